//! Runs the `dossier` binary as a user would: stdin, files, folders and JSONL input, in
//! every format, reading the output back into the record types.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;
use dossier::Record;
use dossier::output::MentionRow;

const SEED: &str = "fixtures/articles/000_c61d9b8a47f87fb5.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dossier() -> Command {
    let mut c = Command::new(cargo_bin("dossier"));
    c.current_dir(root());
    c
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command, stdin: Option<&[u8]>) -> Output {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().expect("stdin").write_all(bytes).ok(); // the binary may exit before reading (a usage error): a closed pipe is fine
    }
    let out = child.wait_with_output().expect("binary finishes");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn records(jsonl: &str) -> Vec<Record<'static>> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn schema_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(root().join("schema/record.schema.json")).expect("schema file"),
    )
    .expect("schema parses");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// A folder of copies of the fixtures under several names.
fn corpus(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures: Vec<PathBuf> = fs::read_dir(root().join("fixtures/articles"))
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    for i in 0..n {
        let sub = dir.path().join(format!("batch{}", i % 3));
        fs::create_dir_all(&sub).expect("mkdir");
        fs::copy(
            &fixtures[i % fixtures.len()],
            sub.join(format!("article{i:04}.txt")),
        )
        .expect("copy");
    }
    dir
}

#[test]
fn stdin_gives_one_pretty_record() {
    let text = fs::read(root().join(SEED)).expect("seed");
    let out = run(&mut dossier(), Some(&text));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("{\n"), "pretty JSON expected");
    let record: Record = serde_json::from_str(&out.stdout).expect("record parses");
    assert_eq!(record.id, "-");
    assert_eq!(record.stats.list_items, 14);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let v = schema_validator();
    assert!(
        v.is_valid(&value),
        "{:?}",
        v.iter_errors(&value)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
}

#[test]
fn file_spans_slice_back_to_their_text_in_both_units() {
    let text = fs::read_to_string(root().join("fixtures/articles/007_allcaps_mining.txt"))
        .expect("fixture");
    for unit in ["chars", "bytes"] {
        let out = run(
            dossier().args([
                "--offsets",
                unit,
                "fixtures/articles/007_allcaps_mining.txt",
            ]),
            None,
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let r: Record = serde_json::from_str(&out.stdout).expect("record");
        let slice = |s: [usize; 2]| -> String {
            if unit == "chars" {
                text.chars().skip(s[0]).take(s[1] - s[0]).collect()
            } else {
                text[s[0]..s[1]].to_string()
            }
        };
        for m in r
            .actors
            .iter()
            .flat_map(|a| a.mentions.iter())
            .chain(r.locations.iter().flat_map(|l| l.mentions.iter()))
        {
            assert_eq!(slice(m.span), m.text, "{unit}");
        }
        for d in &r.dates {
            assert_eq!(slice(d.span), d.text, "{unit}");
        }
    }
}

#[test]
fn folder_gives_sorted_deterministic_jsonl_and_csv() {
    let dir = corpus(30);
    let args = |fmt: &str, jobs: &str| {
        vec![
            "--format".to_string(),
            fmt.to_string(),
            "--jobs".to_string(),
            jobs.to_string(),
            dir.path().display().to_string(),
        ]
    };
    let one = run(dossier().args(args("jsonl", "1")), None);
    let many = run(dossier().args(args("jsonl", "4")), None);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(one.stdout, many.stdout, "output must not depend on --jobs");
    let recs = records(&one.stdout);
    assert_eq!(recs.len(), 30);
    let ids: Vec<&str> = recs.iter().map(|r| r.id.as_ref()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(
        ids[0].starts_with("batch0/"),
        "ids are relative to the input root: {}",
        ids[0]
    );
    let v = schema_validator();
    for line in one.stdout.lines() {
        assert!(v.is_valid(&serde_json::from_str(line).expect("json")));
    }

    let csv_out = run(dossier().args(args("csv", "2")), None);
    assert_eq!(csv_out.code, 0, "{}", csv_out.stderr);
    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_bytes());
    assert_eq!(
        reader.headers().expect("header").iter().collect::<Vec<_>>(),
        dossier::output::MENTION_COLUMNS
    );
    let rows: Vec<MentionRow> = reader
        .deserialize()
        .map(|r| r.expect("row parses"))
        .collect();
    let expected: usize = recs
        .iter()
        .map(|r| dossier::output::mention_rows(r).len())
        .sum();
    assert_eq!(rows.len(), expected);
    assert!(
        rows.iter().any(|r| r.category == "date") && rows.iter().any(|r| r.category == "location")
    );

    let articles = run(
        dossier().args([
            "--format",
            "csv",
            "--csv",
            "articles",
            &dir.path().display().to_string(),
        ]),
        None,
    );
    let mut reader = csv::Reader::from_reader(articles.stdout.as_bytes());
    assert_eq!(reader.records().count(), 30);
}

#[test]
fn csv_quoting_survives_commas_quotes_and_newlines() {
    let text = "Talks Resume\n\n\"Hamas, Israel\" and the \"U.N.\"\nmet in Cairo, Egypt, on March 3, 2025.\n";
    let out = run(dossier().args(["--format", "csv"]), Some(text.as_bytes()));
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let rows: Vec<MentionRow> = reader.deserialize().map(|r| r.expect("row")).collect();
    let r: Record =
        serde_json::from_str(&run(&mut dossier(), Some(text.as_bytes())).stdout).expect("record");
    assert_eq!(rows, dossier::output::mention_rows(&r));
    assert!(rows.iter().any(|r| r.text == "March 3, 2025"));
}

#[test]
fn jsonl_input_keeps_every_line_in_order() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Egypt hosted talks in Cairo yesterday.\", \"date\": \"2025-03-05\", \"source\": \"wire\"}\n",
        "{not json}\n",
        "{\"id\": \"c\", \"body\": \"no text field\"}\n",
        "{\"id\": \"d\", \"text\": \"Qatar said on Monday that talks would resume.\"}\n",
    );
    let out = run(dossier().args(["--input", "jsonl"]), Some(input.as_bytes()));
    assert_eq!(out.code, 1, "failed lines make exit code 1");
    let recs = records(&out.stdout);
    assert_eq!(
        recs.iter().map(|r| r.id.as_ref()).collect::<Vec<_>>(),
        ["a", "-:2", "c", "d"]
    );
    assert!(recs[1].error.is_some() && recs[2].error.is_some());
    assert_eq!(
        recs[0]
            .meta
            .as_ref()
            .and_then(|m| m.get("source"))
            .and_then(|v| v.as_str()),
        Some("wire")
    );
    assert_eq!(
        recs[0].anchor.as_ref().map(|a| a.source.as_str()),
        Some("field")
    );
    assert_eq!(recs[0].dates[0].value.as_deref(), Some("2025-03-04"));
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
}

/// What a pipe such as Spark's `rdd.pipe(checkCode=True)` needs: failed lines keep their
/// place as error records, they are still reported, and the run exits 0.
#[test]
fn allow_failures_exits_0_with_error_records_in_place() {
    let input = "{\"id\": \"a\", \"text\": \"Talks in Cairo.\"}\n{not json}\n\n{\"id\": \"d\", \"text\": \"Rain in Doha.\"}\n";
    let out = run(
        dossier().args(["--input", "jsonl", "--jobs", "1", "--allow-failures"]),
        Some(input.as_bytes()),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let recs = records(&out.stdout);
    assert_eq!(
        recs.iter().map(|r| r.id.as_ref()).collect::<Vec<_>>(),
        ["a", "-:2", "-:3", "d"]
    );
    assert!(recs[1].error.is_some() && recs[2].error.is_some() && recs[3].error.is_none());
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    // A usage error is still one.
    let out = run(
        dossier().args(["--allow-failures", "--max-bytes", "0"]),
        Some(b"x"),
    );
    assert_eq!(out.code, 2);
}

#[test]
fn bad_files_are_reported_and_the_batch_goes_on() {
    let dir = corpus(4);
    fs::write(dir.path().join("latin1.txt"), b"caf\xE9 in Cairo").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.path().join("missing-target"),
        dir.path().join("broken.txt"),
    )
    .expect("symlink");
    let errors = dir.path().join("errors.jsonl");
    let out = run(
        dossier().args([
            "--errors",
            &errors.display().to_string(),
            &dir.path().display().to_string(),
        ]),
        None,
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        records(&out.stdout).len(),
        4,
        "every good file still gives its record"
    );
    assert!(
        out.stderr.contains("latin1.txt: not valid UTF-8 at byte 3"),
        "{}",
        out.stderr
    );
    let logged = fs::read_to_string(&errors).expect("errors file");
    assert!(logged.lines().any(|l| l.contains("not_utf8")), "{logged}");
    #[cfg(unix)]
    assert!(out.stderr.contains("broken.txt"), "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"));
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = corpus(200);
    for jobs in ["1", "2"] {
        let mut child = dossier()
            .args(["--jobs", jobs, &dir.path().display().to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        let mut first = String::new();
        // The reader is dropped after one line, closing the pipe like `| head -1`.
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut first)
            .expect("one line");
        let out = child.wait_with_output().expect("finishes");
        assert!(first.starts_with('{'));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "{stderr}"
        );
        assert!(out.status.success(), "{:?}", out.status);
    }
}

#[test]
fn usage_errors_exit_2_before_reading_input() {
    for args in [
        vec!["--reference-date", "2025-13-40"],
        vec!["--jobs", "0"],
        vec!["--glob", "[", "fixtures"],
        vec!["--format", "xml"],
    ] {
        let out = run(dossier().args(&args), None);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn schema_command_prints_the_published_schema() {
    let out = run(dossier().arg("schema"), None);
    let printed: serde_json::Value = serde_json::from_str(&out.stdout).expect("schema json");
    let published: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(root().join("schema/record.schema.json")).expect("file"),
    )
    .expect("json");
    assert_eq!(
        printed, published,
        "run `dossier schema > schema/record.schema.json` after changing the record"
    );
}

#[test]
fn reference_date_resolves_relative_dates() {
    let out = run(
        dossier().args(["--reference-date", "2025-03-05"]),
        Some(b"The talks ended yesterday."),
    );
    let r: Record = serde_json::from_str(&out.stdout).expect("record");
    assert_eq!(r.dates[0].value.as_deref(), Some("2025-03-04"));
    assert_eq!(r.anchor.as_ref().map(|a| a.source.as_str()), Some("option"));
}

/// `dossier eval`'s output for one document: its labelled spans and its TIMEX3 count.
fn eval_one(date: &str, text: &str) -> (Vec<(u64, u64, String)>, usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let gold = dir.path().join("gold.jsonl");
    let doc = serde_json::json!({"id": "q", "dct": date, "text": text});
    fs::write(&gold, format!("{doc}\n")).expect("write");
    let out = run(dossier().arg("eval").arg(&gold), None);
    let v: serde_json::Value = serde_json::from_str(out.stdout.trim()).expect("one JSON line");
    let spans = v["spans"]
        .as_array()
        .expect("spans")
        .iter()
        .map(|s| {
            let n = |k: &str| s[k].as_u64().expect("offset");
            (
                n("start"),
                n("end"),
                s["label"].as_str().expect("label").to_string(),
            )
        })
        .collect();
    (spans, v["timex"].as_array().expect("timex").len())
}

/// `dossier eval` writes each labelled span once: a country that acts ("Qatar has
/// ordered") is an actor and a place, but one LOC span for the scorer.
#[test]
fn eval_writes_each_labelled_span_once() {
    let (spans, _) = eval_one(
        "2008-03-01",
        "Qatar has ordered 60 Boeing planes. Qatar said the deal was signed in Doha.",
    );
    let unique: std::collections::HashSet<_> = spans.iter().collect();
    assert_eq!(unique.len(), spans.len(), "duplicate spans in {spans:?}");
    assert!(spans.contains(&(0, 5, "LOC".to_string())), "{spans:?}");
}

/// A pair of days is two TIMEX3 but one DATE span, as entity corpora label it.
#[test]
fn eval_writes_a_pair_of_days_as_one_date() {
    let (spans, timex) = eval_one(
        "1999-02-10",
        "The summit is on April 24 and 25 in Washington.",
    );
    let dates: Vec<_> = spans.iter().filter(|s| s.2 == "DATE").collect();
    assert_eq!(dates, [&(17, 32, "DATE".to_string())], "{spans:?}");
    assert_eq!(timex, 2);
}

/// Every input kind in every format: the output parses back, record by record or row by row.
#[test]
fn every_input_kind_in_every_format() {
    let dir = corpus(6);
    let folder = dir.path().display().to_string();
    let seed = fs::read(root().join(SEED)).expect("seed");
    let jsonl = "{\"id\": \"x1\", \"text\": \"Talks in Cairo on March 3, 2025.\"}\n{\"id\": \"x2\", \"text\": \"Hamas met Qatari diplomats in Doha.\"}\n";
    // (name, args, stdin, number of articles)
    let inputs: Vec<(&str, Vec<String>, Vec<u8>, usize)> = vec![
        ("stdin", vec![], seed.clone(), 1),
        ("file", vec![SEED.to_string()], Vec::new(), 1),
        ("folder", vec![folder.clone()], Vec::new(), 6),
        (
            "jsonl",
            vec!["--input".into(), "jsonl".into()],
            jsonl.as_bytes().to_vec(),
            2,
        ),
    ];
    for (name, args, stdin, n) in &inputs {
        for format in ["json", "jsonl", "csv", "csv-articles"] {
            let mut cmd = dossier();
            cmd.args(args);
            match format {
                "csv-articles" => cmd.args(["--format", "csv", "--csv", "articles"]),
                f => cmd.args(["--format", f]),
            };
            let out = run(&mut cmd, (!stdin.is_empty()).then_some(stdin.as_slice()));
            assert_eq!(out.code, 0, "{name} {format}: {}", out.stderr);
            let count = match format {
                "json" if *n == 1 => {
                    let _: Record = serde_json::from_str(&out.stdout)
                        .unwrap_or_else(|e| panic!("{name} {format}: {e}"));
                    1
                }
                "json" => serde_json::from_str::<Vec<Record>>(&out.stdout)
                    .unwrap_or_else(|e| panic!("{name} {format}: {e}"))
                    .len(),
                "jsonl" => records(&out.stdout).len(),
                "csv" => {
                    let rows: Vec<MentionRow> = csv::Reader::from_reader(out.stdout.as_bytes())
                        .deserialize()
                        .map(|r| r.expect("row"))
                        .collect();
                    let ids: std::collections::BTreeSet<String> =
                        rows.into_iter().map(|r| r.id).collect();
                    ids.len()
                }
                _ => csv::Reader::from_reader(out.stdout.as_bytes())
                    .records()
                    .count(),
            };
            assert_eq!(count, *n, "{name} {format}");
        }
    }
}
