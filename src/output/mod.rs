//! Output: records as pretty JSON, JSON Lines, or CSV (one row per mention, or one row
//! per article).
//!
//! Encoding a record is a pure function ([`encode`]) so batch workers can do it in
//! parallel; [`Writer`] adds what a stream needs around the encoded records (a CSV
//! header, the brackets of a JSON array) and writes them in order.

mod compact;

use std::io::{self, Write};

use serde::Serialize;

use crate::record::{MentionRecord, Record};

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON: one object, or an array of objects for several inputs.
    Json,
    /// One compact record per line.
    Jsonl,
    /// CSV, one row per actor, location and date mention.
    CsvMentions,
    /// CSV, one row per article.
    CsvArticles,
    /// One line per article in the span format of the evaluation scorer
    /// (`{"id", "spans", "timex", "headings", "items"}`), for measuring accuracy.
    Predictions,
}

/// Columns of the mention CSV.
pub const MENTION_COLUMNS: [&str; 11] = [
    "id", "category", "kind", "name", "text", "start", "end", "sentence", "section", "country",
    "value",
];

/// Columns of the article CSV.
pub const ARTICLE_COLUMNS: [&str; 15] = [
    "id",
    "title",
    "error",
    "chars",
    "words",
    "sentences",
    "paragraphs",
    "sections",
    "list_items",
    "actors",
    "locations",
    "dates",
    "top_actors",
    "top_locations",
    "anchor",
];

/// One row of the mention CSV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct MentionRow {
    /// Record id.
    pub id: String,
    /// actor, location or date.
    pub category: String,
    /// person/organization/group, a place kind, or a TIMEX3 type.
    pub kind: String,
    /// Canonical name (for dates, the text).
    pub name: String,
    /// The mention's text.
    pub text: String,
    /// Span start.
    pub start: usize,
    /// Span end.
    pub end: usize,
    /// Sentence index.
    pub sentence: Option<usize>,
    /// Section index.
    pub section: Option<usize>,
    /// Country code (a location's country, an actor's affiliation).
    pub country: Option<String>,
    /// TIMEX3 value for dates.
    pub value: Option<String>,
}

/// Encodes one record's rows or object, without framing.
pub fn encode(format: Format, record: &Record) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    encode_into(format, record, &mut buf)?;
    Ok(buf)
}

/// [`encode`], appending to `buf`: a buffer used again for article after article stays in
/// the nearest caches, where a new one is memory the encoder writes to for the first time.
pub fn encode_into(format: Format, record: &Record, buf: &mut Vec<u8>) -> io::Result<()> {
    // A JSON Lines record runs to about 1.6 times its article's length: room for twice
    // that saves the copies of a growing buffer.
    buf.reserve(4096 + 2 * record.stats.chars);
    match format {
        Format::Json => serde_json::to_writer_pretty(&mut *buf, record)?,
        Format::Jsonl => {
            compact::write_record(&mut *buf, record)?;
            buf.push(b'\n');
        }
        Format::CsvMentions => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut *buf);
            for row in mention_rows(record) {
                w.serialize(row).map_err(io::Error::other)?;
            }
            w.flush()?;
        }
        Format::CsvArticles => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut *buf);
            w.write_record(article_row(record))
                .map_err(io::Error::other)?;
            w.flush()?;
        }
        Format::Predictions => {
            serde_json::to_writer(&mut *buf, &predictions(record))?;
            buf.push(b'\n');
        }
    }
    Ok(())
}

/// The mention rows of a record: actors, then locations, then dates.
pub fn mention_rows(r: &Record) -> Vec<MentionRow> {
    let mut rows = Vec::new();
    let mut entity =
        |category: &str, kind: &str, name: &str, m: &MentionRecord, country: Option<&str>| {
            rows.push(MentionRow {
                id: r.id.to_string(),
                category: category.into(),
                kind: kind.into(),
                name: name.into(),
                text: m.text.to_string(),
                start: m.span[0],
                end: m.span[1],
                sentence: m.sentence,
                section: m.section,
                country: country.map(str::to_string),
                value: None,
            });
        };
    for a in &r.actors {
        for m in &a.mentions {
            entity("actor", &a.kind, &a.name, m, a.affiliation.as_deref());
        }
    }
    for l in &r.locations {
        for m in &l.mentions {
            entity("location", &l.kind, &l.name, m, l.country.as_deref());
        }
    }
    for d in &r.dates {
        rows.push(MentionRow {
            id: r.id.to_string(),
            category: "date".into(),
            kind: d.timex_type.to_string(),
            name: d.text.to_string(),
            text: d.text.to_string(),
            start: d.span[0],
            end: d.span[1],
            sentence: d.sentence,
            section: d.section,
            country: None,
            value: d.value.as_deref().map(str::to_string),
        });
    }
    rows
}

/// A record as scorer predictions. Labels: PERSON, ORG (organizations other than states,
/// which are places), GROUP, LOC (every location mention), DATE (DATE and TIME
/// expressions; durations, sets and the deictic PRESENT_REF/PAST_REF/FUTURE_REF are not
/// dates, and all of them stay in `timex`). Headings are the title and section
/// headings; items are list-item texts.
pub fn predictions(r: &Record) -> serde_json::Value {
    use serde_json::json;
    let span = |s: [usize; 2], label: &str| json!({"start": s[0], "end": s[1], "label": label});
    let mut spans = Vec::new();
    for a in &r.actors {
        let label = match (&*a.kind, a.org_type.as_deref()) {
            ("person", _) => "PERSON",
            ("organization", Some("state")) => continue,
            ("organization", _) => "ORG",
            _ => "GROUP",
        };
        spans.extend(a.mentions.iter().map(|m| span(m.span, label)));
    }
    for l in &r.locations {
        spans.extend(l.mentions.iter().map(|m| span(m.span, "LOC")));
    }
    for d in &r.dates {
        // Deictic references (now, recently, soon) are TIMEX3 expressions but not dates.
        let reference = d.value.as_deref().is_some_and(|v| v.ends_with("_REF"));
        if matches!(&*d.timex_type, "DATE" | "TIME") && !reference {
            spans.push(span(d.span, "DATE"));
        }
    }
    let timex: Vec<_> = r
        .dates
        .iter()
        .map(|d| json!({"start": d.span[0], "end": d.span[1], "type": d.timex_type, "value": d.value, "text": d.text}))
        .collect();
    let headings: Vec<_> = r
        .heading_spans()
        .map(|s| json!({"start": s[0], "end": s[1]}))
        .collect();
    let items: Vec<_> = r
        .item_spans()
        .map(|s| json!({"start": s[0], "end": s[1]}))
        .collect();
    json!({"id": r.id, "spans": spans, "timex": timex, "headings": headings, "items": items})
}

fn top<'a>(items: impl Iterator<Item = (&'a str, usize)>) -> String {
    let mut v: Vec<(&str, usize)> = items.collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.iter()
        .take(5)
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The article row of a record.
pub fn article_row(r: &Record) -> Vec<String> {
    let s = &r.stats;
    vec![
        r.id.to_string(),
        r.title
            .as_ref()
            .map(|t| t.text.to_string())
            .unwrap_or_default(),
        r.error
            .as_ref()
            .map(|e| e.message.clone())
            .unwrap_or_default(),
        s.chars.to_string(),
        s.words.to_string(),
        s.sentences.to_string(),
        s.paragraphs.to_string(),
        s.sections.to_string(),
        s.list_items.to_string(),
        r.actors.len().to_string(),
        r.locations.len().to_string(),
        r.dates.len().to_string(),
        top(r.actors.iter().map(|a| (&*a.name, a.mention_count))),
        top(r.locations.iter().map(|l| (&*l.name, l.mention_count))),
        r.anchor
            .as_ref()
            .map(|a| a.value.to_string())
            .unwrap_or_default(),
    ]
}

/// Writes encoded records in order, with the framing the format needs.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    /// Pretty JSON of several records is written as an array.
    array: bool,
    written: usize,
}

impl<W: Write> Writer<W> {
    /// A writer; `array` makes JSON output an array (for several inputs).
    pub fn new(out: W, format: Format, array: bool) -> io::Result<Self> {
        let mut w = Writer {
            out,
            format,
            array,
            written: 0,
        };
        match format {
            Format::CsvMentions => w.header(&MENTION_COLUMNS)?,
            Format::CsvArticles => w.header(&ARTICLE_COLUMNS)?,
            _ => {}
        }
        Ok(w)
    }

    fn header(&mut self, cols: &[&str]) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(cols).map_err(io::Error::other)?;
        let bytes = w
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.out.write_all(&bytes)
    }

    /// Writes one record encoded by [`encode`] with the same format.
    pub fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.format == Format::Json && self.array {
            self.out
                .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        self.out.write_all(bytes)?;
        if self.format == Format::Json && !self.array {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    /// Encodes and writes one record.
    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        let bytes = encode(self.format, record)?;
        self.write_encoded(&bytes)
    }

    /// Flushes buffered output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Closes the framing and flushes.
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json && self.array {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}
