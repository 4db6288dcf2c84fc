//! Fuzzes the two other ways in: JSON Lines input and the command line's options.
//!
//! The first byte picks the mode. JSONL: the rest is split into lines, each loaded as the
//! batch loads a line (with and without `--lossy`) and, when it gives a document,
//! processed and written in every format; a line must give a document or a clear error,
//! never a panic. Options: the rest is split at NUL bytes into arguments, parsed by the
//! binary's own parser and checked into a run, which must succeed or say why.
#![no_main]

#[path = "../../src/cli.rs"]
#[allow(dead_code)]
mod cli;

use clap::Parser;
use dossier::input::{InputOptions, Job, JsonlFields, load};
use dossier::output::{Format, encode};
use dossier::{Pipeline, PipelineOptions};
use libfuzzer_sys::fuzz_target;

fn jsonl(data: &[u8]) {
    for lossy in [false, true] {
        let opts = InputOptions {
            lossy,
            max_bytes: 1 << 16,
            jsonl: Some(JsonlFields::default()),
            ..InputOptions::default()
        };
        let pipeline = Pipeline::new(PipelineOptions::default());
        for (i, line) in data.split(|&b| b == b'\n').enumerate() {
            let job = Job::JsonLine {
                source: "fuzz".into(),
                line: i + 1,
                bytes: line.to_vec(),
            };
            match load(job, &opts) {
                Ok(doc) => {
                    let record = pipeline.process(&doc);
                    for format in [Format::Json, Format::Jsonl, Format::CsvMentions] {
                        let bytes = encode(format, &record).expect("encodes");
                        if format == Format::Jsonl {
                            let line = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
                            assert!(!line.contains(&b'\n'), "one line per record");
                            let text = std::str::from_utf8(line).expect("UTF-8");
                            assert!(
                                !text.contains(['\u{2028}', '\u{2029}']),
                                "separators escaped"
                            );
                            serde_json::from_str::<serde_json::Value>(text).expect("JSON");
                        }
                    }
                }
                Err(f) => assert!(!f.error.to_string().is_empty()),
            }
        }
    }
}

fn options(data: &[u8]) {
    let args: Vec<String> = std::iter::once("dossier".to_string())
        .chain(
            data.split(|&b| b == 0)
                .map(|a| String::from_utf8_lossy(a).into_owned()),
        )
        .collect();
    let Ok(parsed) = cli::Args::try_parse_from(&args) else {
        return;
    };
    if parsed.command.is_some() {
        return;
    }
    match parsed.into_run() {
        Ok(run) => assert!(run.options.jobs >= 1 && run.options.pipeline.max_mentions >= 1),
        Err(msg) => assert!(!msg.is_empty()),
    }
}

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((&mode, rest)) if mode % 2 == 0 => jsonl(rest),
        Some((_, rest)) => options(rest),
        None => {}
    }
});
