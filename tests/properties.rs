//! Invariants on arbitrary input: the pipeline never panics; every span is in bounds and
//! slices the input back to its text (in both offset units); heading, paragraph and
//! list-item spans never overlap; the JSON validates against the published schema; CSV
//! reads back to the same rows.

use std::sync::OnceLock;

use dossier::output::{Format, MentionRow, encode, encode_into, mention_rows};
use dossier::{Document, OffsetUnit, Pipeline, PipelineOptions, Record};
use proptest::prelude::*;

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/record.schema.json");
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
        jsonschema::validator_for(&schema).expect("schema compiles")
    })
}

fn slice(text: &str, s: [usize; 2], unit: OffsetUnit) -> Option<String> {
    if s[0] > s[1] {
        return None;
    }
    match unit {
        OffsetUnit::Chars => {
            let n = text.chars().count();
            (s[1] <= n).then(|| text.chars().skip(s[0]).take(s[1] - s[0]).collect())
        }
        OffsetUnit::Bytes => text.get(s[0]..s[1]).map(str::to_string),
    }
}

fn check(text: &str, unit: OffsetUnit) -> Result<(), TestCaseError> {
    let doc = Document::new("p", text);
    let record = Pipeline::new(PipelineOptions {
        offsets: unit,
        ..PipelineOptions::default()
    })
    .process(&doc);
    let texts = record
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().map(|m| (m.span, m.text.as_ref())))
        .chain(
            record
                .locations
                .iter()
                .flat_map(|l| l.mentions.iter().map(|m| (m.span, m.text.as_ref()))),
        )
        .chain(record.dates.iter().map(|d| (d.span, d.text.as_ref())))
        .chain(record.boilerplate.iter().map(|b| (b.span, b.text.as_ref())))
        .chain(record.title.iter().map(|t| (t.span, t.text.as_ref())))
        .chain(record.summary.iter().map(|s| (s.span, s.text.as_ref())));
    for (span, t) in texts {
        let got = slice(text, span, unit);
        prop_assert_eq!(got.as_deref(), Some(t), "span {:?}", span);
    }
    // Headings, paragraphs and list items never overlap one another.
    let mut blocks: Vec<[usize; 2]> = Vec::new();
    for s in &record.sections {
        blocks.extend(s.heading.iter().map(|h| h.span));
        blocks.extend(s.paragraphs.iter().map(|p| p.span));
        blocks.extend(s.lists.iter().flat_map(|l| l.items.iter().map(|i| i.span)));
        for i in s.lists.iter().flat_map(|l| l.items.iter()) {
            let got = slice(text, i.span, unit);
            prop_assert_eq!(got.as_deref(), Some(i.text.as_ref()));
        }
    }
    blocks.sort();
    for w in blocks.windows(2) {
        prop_assert!(
            w[0][1] <= w[1][0],
            "overlapping blocks {:?} and {:?}",
            w[0],
            w[1]
        );
    }
    let line = encode(Format::Jsonl, &record).expect("encodes");
    // A buffer used again (the batch keeps one per thread) gets the same bytes after its
    // old ones.
    let mut reused = b"old record\n".to_vec();
    encode_into(Format::Jsonl, &record, &mut reused).expect("encodes");
    prop_assert_eq!(&reused[..11], b"old record\n");
    prop_assert_eq!(&reused[11..], &line[..]);
    // The hand-written JSON Lines writer writes what serde_json writes, but for the line
    // and paragraph separators, which it escapes (so no line reader splits a record).
    let serde_line = serde_json::to_string(&record).expect("serde encodes") + "\n";
    let serde_line = serde_line
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    prop_assert_eq!(String::from_utf8_lossy(&line), serde_line);
    let json: serde_json::Value = serde_json::from_slice(&line).expect("json");
    prop_assert!(
        validator().is_valid(&json),
        "{:?}",
        validator()
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    let back: Record = serde_json::from_value(json).expect("reads back");
    prop_assert_eq!(&back, &record);
    let csv = encode(Format::CsvMentions, &record).expect("csv");
    let rows: Vec<MentionRow> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_slice())
        .deserialize()
        .collect::<Result<_, _>>()
        .expect("csv reads back");
    prop_assert_eq!(rows, mention_rows(&record));
    Ok(())
}

/// Pieces of news-like text, joined at random into articles.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Talks Resume in Cairo".to_string()),
        Just("# Markdown Heading".to_string()),
        Just("What Comes Next?".to_string()),
        Just("BACKGROUND".to_string()),
        Just("2. Background".to_string()),
        Just("Summary – The talks resumed.,".to_string()),
        Just("DOHA, Jan 14 (Reuters) - Qatari and Egyptian diplomats met Hamas.".to_string()),
        Just("Key players include:".to_string()),
        Just("- Senior U.S. officials from the Department of State".to_string()),
        Just("  - Representatives from Hamas".to_string()),
        Just("1) first".to_string()),
        Just("Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Tuesday, March 3, 2025, that talks would go on for two weeks.".to_string()),
        Just("Average Rating".to_string()),
        Just("".to_string()),
        "[ -~]{0,40}",
        "\\PC{0,20}",
    ];
    (prop::collection::vec(piece, 0..20), prop::bool::ANY)
        .prop_map(|(lines, crlf)| lines.join(if crlf { "\r\n" } else { "\n" }))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_every_invariant(text in "\\PC{0,300}") {
        check(&text, OffsetUnit::Chars)?;
        check(&text, OffsetUnit::Bytes)?;
    }

    #[test]
    fn article_like_texts_keep_every_invariant(text in article()) {
        check(&text, OffsetUnit::Chars)?;
        check(&text, OffsetUnit::Bytes)?;
    }
}

/// Inputs the fuzzer (`fuzz/`) once crashed on, kept as regressions.
#[test]
fn fuzz_regressions_keep_every_invariant() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("regression folder") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let Ok(text) = dossier::input::decode(&bytes, "fuzz", true, &mut Vec::new()) else {
            continue;
        };
        check(&text, OffsetUnit::Chars).expect("chars");
        check(&text, OffsetUnit::Bytes).expect("bytes");
        n += 1;
    }
    assert!(n > 0, "no regression inputs found");
}
