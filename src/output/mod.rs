//! Output: records as pretty JSON, JSON Lines, or CSV (one row per mention, or one row
//! per article).
//!
//! Encoding a record is a pure function ([`encode`]) so batch workers can do it in
//! parallel; [`Writer`] adds what a stream needs around the encoded records (a CSV
//! header, the brackets of a JSON array) and writes them in order.

mod compact;

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::{ActorKind, TimexType};
use crate::gazetteer::OrgType;
use crate::record::{DateRecord, Record};

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

/// Columns of the mention CSV, as [`MentionRow`] names them.
pub const MENTION_COLUMNS: [&str; 19] = [
    "id",
    "category",
    "kind",
    "name",
    "text",
    "span_start",
    "span_end",
    "sentence",
    "section",
    "org_type",
    "affiliation",
    "country",
    "lat",
    "lon",
    "geonames_id",
    "timex_value",
    "timex_mod",
    "timex_begin",
    "timex_end",
];

/// Columns of the article CSV, as [`ArticleRow`] names them.
pub const ARTICLE_COLUMNS: [&str; 21] = [
    "id",
    "title",
    "summary",
    "dateline",
    "byline",
    "error_kind",
    "error_message",
    "chars",
    "words",
    "sentences",
    "paragraphs",
    "sections",
    "list_items",
    "actor_count",
    "location_count",
    "date_count",
    "top_actors",
    "top_locations",
    "anchor_date",
    "anchor_source",
    "warnings",
];

/// What an integer column holds when there is no value: a number, so that every reader
/// keeps the column an integer (pandas turns an integer column with a blank into floats).
pub const NO_INDEX: i64 = -1;

/// One row of the mention CSV: one mention of an actor or a location, or one date.
/// Columns that do not apply to the row's category are blank (and `-1` for integers).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct MentionRow {
    /// Record id.
    pub id: String,
    /// `actor`, `location` or `date`.
    pub category: String,
    /// The actor's kind, the place's kind, or the TIMEX3 type.
    pub kind: String,
    /// Canonical name (for dates, the text).
    pub name: String,
    /// The mention's text.
    pub text: String,
    /// Span start, in the record's unit.
    pub span_start: usize,
    /// Span end (exclusive).
    pub span_end: usize,
    /// 0-based sentence index; -1 outside any sentence.
    pub sentence: i64,
    /// 0-based section index; -1 in the title, summary or boilerplate.
    pub section: i64,
    /// An organization's type.
    pub org_type: String,
    /// An actor's affiliation: an ISO 3166-1 alpha-3 country code or an organization.
    pub affiliation: String,
    /// A place's country, ISO 3166-1 alpha-3. (Alpha-2 "NA", Namibia, is read as a
    /// missing value by pandas.)
    pub country: String,
    /// A place's latitude.
    pub lat: Option<f64>,
    /// A place's longitude.
    pub lon: Option<f64>,
    /// A place's GeoNames id; -1 when unknown.
    pub geonames_id: i64,
    /// A date's TIMEX3 value.
    pub timex_value: String,
    /// A date's TIMEX3 mod.
    pub timex_mod: String,
    /// Start of the interval a date denotes (ISO).
    pub timex_begin: String,
    /// End of that interval (exclusive).
    pub timex_end: String,
}

/// One row of the article CSV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ArticleRow {
    /// Record id.
    pub id: String,
    /// The title.
    pub title: String,
    /// The labelled summary's text.
    pub summary: String,
    /// The dateline.
    pub dateline: String,
    /// The byline.
    pub byline: String,
    /// For an error record, what kind of error; blank otherwise.
    pub error_kind: String,
    /// For an error record, the message.
    pub error_message: String,
    /// Code points.
    pub chars: usize,
    /// Words and numbers.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Sections.
    pub sections: usize,
    /// List items.
    pub list_items: usize,
    /// Actors.
    pub actor_count: usize,
    /// Locations.
    pub location_count: usize,
    /// Dates.
    pub date_count: usize,
    /// The five most mentioned actors, `; `-separated.
    pub top_actors: String,
    /// The five most mentioned locations.
    pub top_locations: String,
    /// The date relative dates were resolved against.
    pub anchor_date: String,
    /// Where that date came from.
    pub anchor_source: String,
    /// The record's warnings, `; `-separated.
    pub warnings: String,
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
            w.serialize(article_row(record)).map_err(io::Error::other)?;
            w.flush()?;
        }
        Format::Predictions => {
            serde_json::to_writer(&mut *buf, &predictions(record))?;
            buf.push(b'\n');
        }
    }
    Ok(())
}

/// An ISO 3166-1 alpha-2 code as alpha-3; anything else as it is.
fn country_code(code: &str) -> String {
    crate::gazetteer::alpha3(code).map_or_else(|| code.to_string(), str::to_string)
}

fn index(i: Option<usize>) -> i64 {
    i.and_then(|i| i64::try_from(i).ok()).unwrap_or(NO_INDEX)
}

/// The mention rows of a record: actors, then locations, then dates.
pub fn mention_rows(r: &Record) -> Vec<MentionRow> {
    let row = |category: &str, kind: &str, name: &str, text: &str, span: [usize; 2]| MentionRow {
        id: r.id.to_string(),
        category: category.into(),
        kind: kind.into(),
        name: name.into(),
        text: text.into(),
        span_start: span[0],
        span_end: span[1],
        sentence: NO_INDEX,
        section: NO_INDEX,
        org_type: String::new(),
        affiliation: String::new(),
        country: String::new(),
        lat: None,
        lon: None,
        geonames_id: NO_INDEX,
        timex_value: String::new(),
        timex_mod: String::new(),
        timex_begin: String::new(),
        timex_end: String::new(),
    };
    let mut rows = Vec::new();
    for a in &r.actors {
        for m in &a.mentions {
            rows.push(MentionRow {
                sentence: index(m.sentence),
                section: index(m.section),
                org_type: a
                    .org_type
                    .map(|t| t.as_str().to_string())
                    .unwrap_or_default(),
                affiliation: a
                    .affiliation
                    .as_deref()
                    .map(country_code)
                    .unwrap_or_default(),
                ..row("actor", a.kind.as_str(), &a.name, &m.text, m.span)
            });
        }
    }
    for l in &r.locations {
        for m in &l.mentions {
            rows.push(MentionRow {
                sentence: index(m.sentence),
                section: index(m.section),
                country: l.country.as_deref().map(country_code).unwrap_or_default(),
                lat: l.lat,
                lon: l.lon,
                geonames_id: l
                    .geonames_id
                    .and_then(|g| i64::try_from(g).ok())
                    .unwrap_or(NO_INDEX),
                ..row("location", l.kind.as_str(), &l.name, &m.text, m.span)
            });
        }
    }
    for d in &r.dates {
        let text = |v: &Option<std::borrow::Cow<str>>| v.as_deref().unwrap_or("").to_string();
        rows.push(MentionRow {
            sentence: index(d.sentence),
            section: index(d.section),
            timex_value: text(&d.value),
            timex_mod: d
                .modifier
                .map(|m| m.as_str().to_string())
                .unwrap_or_default(),
            timex_begin: text(&d.begin),
            timex_end: text(&d.end),
            ..row("date", d.timex_type.as_str(), &d.text, &d.text, d.span)
        });
    }
    rows
}

/// True when `second` is the second day of a pair or range that `first` begins ("April 24
/// and 25", "June 3 or 4", "March 3-5"): written as its day number alone, a few characters
/// after `first`, in the same month.
fn second_day_of(first: &DateRecord, second: &DateRecord) -> bool {
    // "2025-04": the month of a value that names a day.
    fn month_of<'v>(d: &'v DateRecord) -> Option<&'v str> {
        d.value
            .as_deref()
            .filter(|v| v.len() == 10)
            .map(|v| &v[..7])
    }
    second.span[0] >= first.span[1]
        && second.span[0] - first.span[1] <= " through ".len()
        && second.text.starts_with(|c: char| c.is_ascii_digit())
        && month_of(first).is_some_and(|m| month_of(second) == Some(m))
}

/// A record as scorer predictions. Labels: PERSON, ORG (organizations other than states),
/// GROUP, LOC (every location mention, and a state acting, "US" of "US President": its
/// country, as the corpora annotate it), DATE (DATE and TIME expressions; durations,
/// sets and the deictic PRESENT_REF/PAST_REF/FUTURE_REF are not dates, and all of them
/// stay in `timex`). Headings are the title and section headings; items are list-item
/// texts.
pub fn predictions(r: &Record) -> serde_json::Value {
    use serde_json::json;
    let span = |s: [usize; 2], label: &str| json!({"start": s[0], "end": s[1], "label": label});
    let mut spans = Vec::new();
    for a in &r.actors {
        let label = match (a.kind, a.org_type) {
            (ActorKind::Person, _) => "PERSON",
            (ActorKind::Organization, Some(OrgType::State)) => "LOC",
            (ActorKind::Organization, _) => "ORG",
            (ActorKind::Group, _) => "GROUP",
        };
        spans.extend(a.mentions.iter().map(|m| span(m.span, label)));
    }
    for l in &r.locations {
        spans.extend(l.mentions.iter().map(|m| span(m.span, "LOC")));
    }
    // A state acting is an actor and a place at once: one labelled span, not two.
    let mut seen = std::collections::HashSet::new();
    spans.retain(|s| seen.insert((s["start"].as_u64(), s["end"].as_u64(), s["label"].clone())));
    let mut last_date: Option<(usize, &DateRecord)> = None;
    for d in &r.dates {
        // Deictic references (now, recently, soon) are TIMEX3 expressions but not dates.
        let reference = d.value.as_deref().is_some_and(|v| v.ends_with("_REF"));
        if !matches!(d.timex_type, TimexType::Date | TimexType::Time) || reference {
            continue;
        }
        // "April 24 and 25", "March 3-5": two TIMEX3 (TimeML), one date as the corpora
        // label names, so one span here.
        if let Some((i, first)) = last_date
            && second_day_of(first, d)
        {
            spans[i]["end"] = json!(d.span[1]);
            last_date = None;
            continue;
        }
        last_date = Some((spans.len(), d));
        spans.push(span(d.span, "DATE"));
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
pub fn article_row(r: &Record) -> ArticleRow {
    let s = &r.stats;
    let text = |t: Option<&str>| t.unwrap_or("").to_string();
    ArticleRow {
        id: r.id.to_string(),
        title: text(r.title.as_ref().map(|t| &*t.text)),
        summary: text(r.summary.as_ref().map(|t| &*t.text)),
        dateline: text(r.dateline.as_ref().map(|t| &*t.text)),
        byline: text(r.byline.as_ref().map(|t| &*t.text)),
        error_kind: text(r.error.as_ref().map(|e| e.kind.as_str())),
        error_message: text(r.error.as_ref().map(|e| &*e.message)),
        chars: s.chars,
        words: s.words,
        sentences: s.sentences,
        paragraphs: s.paragraphs,
        sections: s.sections,
        list_items: s.list_items,
        actor_count: r.actors.len(),
        location_count: r.locations.len(),
        date_count: r.dates.len(),
        top_actors: top(r.actors.iter().map(|a| (&*a.name, a.mention_count))),
        top_locations: top(r.locations.iter().map(|l| (&*l.name, l.mention_count))),
        anchor_date: text(r.anchor.as_ref().map(|a| &*a.value)),
        anchor_source: text(r.anchor.as_ref().map(|a| a.source.as_str())),
        warnings: r.warnings.join("; "),
    }
}

/// The header line of a CSV format, empty for the others: each CSV output (stdout, `-o`,
/// or each file of `--output-dir`) begins with it.
pub fn header(format: Format) -> io::Result<Vec<u8>> {
    let cols: &[&str] = match format {
        Format::CsvMentions => &MENTION_COLUMNS,
        Format::CsvArticles => &ARTICLE_COLUMNS,
        _ => return Ok(Vec::new()),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(cols).map_err(io::Error::other)?;
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
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
        w.out.write_all(&header(format)?)?;
        Ok(w)
    }

    /// A writer that adds nothing around the records: no CSV header, no JSON array.
    pub fn unframed(out: W, format: Format) -> Self {
        Writer {
            out,
            format,
            array: false,
            written: 0,
        }
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
