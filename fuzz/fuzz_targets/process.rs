//! Fuzzes the library's entry point: any bytes, decoded as the batch would decode them,
//! must give a record whose every span slices the input back to its text, in both offset
//! units, and which every output format can write.
#![no_main]

use dossier::output::{Format, encode};
use dossier::{Document, OffsetUnit, Pipeline, PipelineOptions, Record};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, r: &Record, unit: OffsetUnit) {
    let slice = |s: [usize; 2]| -> String {
        assert!(s[0] <= s[1], "span {s:?} reversed");
        match unit {
            OffsetUnit::Chars => text.chars().skip(s[0]).take(s[1] - s[0]).collect(),
            OffsetUnit::Bytes => text
                .get(s[0]..s[1])
                .expect("byte span on char boundaries")
                .to_string(),
        }
    };
    let mentions = r
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter())
        .chain(r.locations.iter().flat_map(|l| l.mentions.iter()));
    for m in mentions {
        assert_eq!(slice(m.span), m.text);
    }
    for d in &r.dates {
        assert_eq!(slice(d.span), d.text);
    }
    for s in &r.sections {
        if let Some(h) = &s.heading {
            assert_eq!(slice(h.span), h.text);
        }
        for i in s.lists.iter().flat_map(|l| l.items.iter()) {
            assert_eq!(slice(i.span), i.text);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut warnings = Vec::new();
    let Ok(text) = dossier::input::decode(data, "fuzz", true, &mut warnings) else {
        return;
    };
    let doc = Document::new("fuzz", text.as_str());
    for unit in [OffsetUnit::Chars, OffsetUnit::Bytes] {
        let pipeline = Pipeline::new(PipelineOptions {
            offsets: unit,
            ..PipelineOptions::default()
        });
        let record = pipeline.process(&doc);
        check(&text, &record, unit);
        for format in [
            Format::Json,
            Format::Jsonl,
            Format::CsvMentions,
            Format::CsvArticles,
            Format::Predictions,
        ] {
            encode(format, &record).expect("encodes");
        }
    }
});
