//! Hostile input and hostile use of the command line: linear time on long runs of digits,
//! bounded memory, no lost records, no destroyed input. Each test failed on the code
//! before its fix (README, "Errors and limits").

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;

mod common;
use common::{run, run_with};
use dossier::{Document, Pipeline, PipelineOptions, Record};

fn lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(&p, bytes).expect("write");
    p
}

/// Every file under `dir`, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// 2 MB runs of the shapes that made the date search quadratic (80 KB of "1/" took 5.7 s
/// in a release build, 2 MB did not finish in two minutes). Linear now: each finishes in
/// well under the limit even in a debug build.
#[test]
fn long_digit_runs_take_linear_time() {
    let size = 2 << 20;
    let shapes: &[(&str, String)] = &[
        ("1/", "1/".repeat(size / 2)),
        ("1-", "1-".repeat(size / 2)),
        ("1:", "1:".repeat(size / 2)),
        ("2020-", "2020-".repeat(size / 5)),
        ("1.", "1.".repeat(size / 2)),
        ("March 3 ", "March 3 ".repeat(size / 8)),
    ];
    let pipeline = Pipeline::new(PipelineOptions::default());
    for (name, text) in shapes {
        let started = Instant::now();
        let doc = Document::new("hostile", text.as_str());
        let record = pipeline.process(&doc);
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(120),
            "{name:?} x {}: {took:?}",
            text.len()
        );
        assert!(record.dates.len() <= dossier::MAX_MENTIONS);
    }
}

#[test]
fn mentions_are_capped_with_a_warning() {
    let text = "Talks in Cairo on March 3, 2025 with Angela Merkel. ".repeat(400);
    let config = PipelineOptions {
        max_mentions: 50,
        ..PipelineOptions::default()
    };
    let doc = Document::new("t", text.as_str());
    let record = Pipeline::new(config).process(&doc);
    // At most the cap: a rule's matches stop at its 50th, and what ends after it goes.
    assert!(
        (40..=50).contains(&record.dates.len()),
        "{}",
        record.dates.len()
    );
    let places: usize = record.locations.iter().map(|l| l.mentions.len()).sum();
    let people: usize = record.actors.iter().map(|a| a.mentions.len()).sum();
    assert!((10..=50).contains(&places), "{places}");
    assert!((10..=100).contains(&people), "{people}");
    assert!(
        record
            .warnings
            .iter()
            .any(|w| w.contains("more than 50 dates")),
        "{:?}",
        record.warnings
    );
    assert!(
        record
            .warnings
            .iter()
            .any(|w| w.contains("name or place candidates")),
        "{:?}",
        record.warnings
    );
    // The dates kept are the first ones, each as found without the cap.
    let full = Pipeline::new(PipelineOptions::default()).process(&doc);
    assert_eq!(
        record.dates.iter().map(|d| d.span).collect::<Vec<_>>(),
        full.dates
            .iter()
            .take(record.dates.len())
            .map(|d| d.span)
            .collect::<Vec<_>>()
    );
    // Under the cap nothing changes and nothing is said.
    let short = Document::new("t", "Talks in Cairo on March 3, 2025.");
    assert!(
        Pipeline::new(PipelineOptions::default())
            .process(&short)
            .warnings
            .is_empty()
    );
}

/// The most hostile text of the default limit's size (a paragraph every three bytes, and
/// a year every five) stays under 1 GB of peak memory with two jobs.
#[test]
fn memory_stays_bounded_at_the_default_limit() {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        println!("SKIPPED: /usr/bin/time is not installed; peak memory cannot be read");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let limit = dossier::input::MAX_BYTES as usize;
    let para = "a\n\n".repeat(limit / 3);
    let years = "2020 ".repeat(limit / 5);
    write(dir.path(), "para.txt", para.as_bytes());
    write(dir.path(), "years.txt", years.as_bytes());
    let out = Command::new(time)
        .args(["-f", "%M"])
        .arg(cargo_bin("dossier"))
        .args(["--jobs", "2", "--format", "jsonl", "-o"])
        .arg(dir.path().join("out.jsonl"))
        .arg(dir.path().join("para.txt"))
        .arg(dir.path().join("years.txt"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kb: u64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("peak RSS in {stderr}"));
    assert!(kb < 1 << 20, "peak RSS {kb} KB");
    let written = fs::read_to_string(dir.path().join("out.jsonl")).expect("output");
    assert_eq!(written.lines().count(), 2);
}

#[test]
fn an_unwritable_stderr_loses_no_record() {
    if !Path::new("/dev/full").exists() {
        println!("SKIPPED: no /dev/full on this system");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write(dir.path(), "good.txt", b"Talks resumed in Cairo on Monday.");
    let bad = write(dir.path(), "latin1.txt", b"caf\xE9 in Cairo");
    let full = fs::File::create("/dev/full").expect("/dev/full");
    let out = run_with(
        &[
            "--format",
            "jsonl",
            &good.display().to_string(),
            &bad.display().to_string(),
        ],
        b"",
        Stdio::from(full),
    );
    assert_eq!(out.code, 1, "one input failed");
    assert_eq!(lines(&out.stdout).len(), 1, "the good record is written");
}

#[test]
fn a_closed_stderr_pipe_is_not_fatal() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..20 {
        write(dir.path(), &format!("bad{i:02}.txt"), b"caf\xE9");
    }
    write(dir.path(), "good.txt", b"Talks in Cairo.");
    let mut child = Command::new(cargo_bin("dossier"))
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stderr.take()); // nobody reads stderr: writes to it fail
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&String::from_utf8_lossy(&out.stdout)).len(), 1);
}

#[test]
fn an_output_that_is_an_input_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = b"Talks resumed in Cairo on Monday.";
    let a = write(dir.path(), "a.txt", article);
    let a_str = a.display().to_string();
    let errs = dir.path().join("errors.jsonl").display().to_string();
    let cases: &[&[&str]] = &[
        &[&a_str, "-o", &a_str],
        &[&a_str, "--errors", &a_str],
        &[&a_str, "-o", &errs, "--errors", &errs],
    ];
    for args in cases {
        let out = run(args, b"");
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("dossier: "), "{}", out.stderr);
        assert_eq!(fs::read(&a).expect("input"), article, "{args:?}");
    }
    // A folder's own file, or an output folder inside the folder read.
    let folder = dir.path().display().to_string();
    let inner = dir.path().join("b.txt").display().to_string();
    let out = run(&[&folder, "-o", &inner], b"");
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = run(&[&a_str, "--output-dir", &folder], b"");
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(fs::read(&a).expect("input"), article);
}

#[test]
fn output_file_is_replaced_whole_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt", b"Talks resumed in Cairo on Monday.");
    let target = out_dir.path().join("out.jsonl");
    fs::write(&target, "old\n").expect("write");
    let out = run(
        &[
            &a.display().to_string(),
            "--format",
            "jsonl",
            "-o",
            &target.display().to_string(),
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(lines(&fs::read_to_string(&target).expect("out")).len(), 1);
    assert_eq!(files(out_dir.path()), vec![target.clone()]);
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_leaves_the_output_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("out.jsonl");
    fs::write(&target, "old\n").expect("write");
    let mut child = Command::new(cargo_bin("dossier"))
        .args(["--input", "jsonl", "--jobs", "1", "-o"])
        .arg(&target)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    writeln!(stdin, r#"{{"id": "1", "text": "Talks in Cairo."}}"#).expect("line");
    stdin.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(200));
    drop(stdin);
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(fs::read_to_string(&target).expect("out"), "old\n");
    assert_eq!(files(dir.path()), vec![target]);
}

#[test]
fn too_many_jobs_are_capped_not_a_panic() {
    let out = run(
        &["--jobs", "100000", "--format", "jsonl"],
        b"Talks in Cairo.",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("--jobs 100000"), "{}", out.stderr);
    assert_eq!(lines(&out.stdout).len(), 1);
}

#[test]
fn output_dir_gives_every_record_its_own_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = tempfile::tempdir().expect("tempdir");
    // Two folders with a file of one name: both ids are "x.txt".
    let a = dir.path().join("A");
    let b = dir.path().join("B");
    write(&a, "x.txt", b"Talks in Cairo.");
    write(&b, "x.txt", b"Talks in Doha.");
    let out = run(
        &[
            &a.display().to_string(),
            &b.display().to_string(),
            "--output-dir",
            &out_dir.path().display().to_string(),
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = files(out_dir.path());
    assert_eq!(written.len(), 2, "{written:?}");
    let texts: Vec<String> = written
        .iter()
        .map(|p| fs::read_to_string(p).expect("record"))
        .collect();
    assert!(texts.iter().any(|t| t.contains("Cairo")) && texts.iter().any(|t| t.contains("Doha")));

    // JSONL ids that repeat, are empty, are "." or "..", or are too long for a file name.
    let long = "y".repeat(300);
    let ids = [
        "same",
        "same",
        "",
        ".",
        "..",
        "../..",
        long.as_str(),
        "SAME",
    ];
    let input: String = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            format!(
                "{}\n",
                serde_json::json!({"id": id, "text": format!("Article {i} in Cairo.")})
            )
        })
        .collect();
    let jsonl_out = tempfile::tempdir().expect("tempdir");
    let out = run(
        &[
            "--input",
            "jsonl",
            "--output-dir",
            &jsonl_out.path().display().to_string(),
        ],
        input.as_bytes(),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = files(jsonl_out.path());
    assert_eq!(written.len(), ids.len(), "{written:?}");
    for p in &written {
        assert!(p.starts_with(jsonl_out.path()), "{p:?}");
        assert!(p.file_name().is_some_and(|n| n.len() < 255));
        let record: Record =
            serde_json::from_str(&fs::read_to_string(p).expect("read")).expect("record");
        assert!(record.error.is_none());
    }
    // The same names in the same order on a second run.
    let again = tempfile::tempdir().expect("tempdir");
    run(
        &[
            "--input",
            "jsonl",
            "--output-dir",
            &again.path().display().to_string(),
        ],
        input.as_bytes(),
    );
    let names = |d: &Path| -> Vec<PathBuf> {
        files(d)
            .iter()
            .map(|p| p.strip_prefix(d).expect("inside").to_path_buf())
            .collect()
    };
    assert_eq!(names(jsonl_out.path()), names(again.path()));
}

#[test]
fn jsonl_input_keeps_every_line() {
    // A byte-order mark before the first line, a blank line, invalid UTF-8, a lone
    // surrogate escape: each line gives one record in its place.
    let input = b"\xEF\xBB\xBF{\"id\":\"first\",\"text\":\"Talks in Cairo.\"}\n\n{\"id\":\"latin\",\"text\":\"caf\xE9\"}\n{\"id\":\"half\",\"text\":\"x \\ud800 y\"}\n";
    let out = run(&["--input", "jsonl"], input);
    let records = lines(&out.stdout);
    assert_eq!(records.len(), 4, "{}", out.stdout);
    assert_eq!(records[0]["id"], "first");
    assert!(records[0]["error"].is_null());
    assert!(
        records[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("blank line")
    );
    assert!(
        records[2]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("UTF-8")
    );
    assert!(
        records[3]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("surrogate")
    );
    assert_eq!(out.code, 1);
    // --lossy applies to JSONL as to files.
    let out = run(&["--input", "jsonl", "--lossy"], input);
    let records = lines(&out.stdout);
    assert_eq!(records.len(), 4);
    for i in [0, 2, 3] {
        assert!(records[i]["error"].is_null(), "{}", records[i]);
    }
}

#[test]
fn a_binary_file_read_as_jsonl_is_one_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..20_000u32).map(|i| (i % 251) as u8));
    let p = write(dir.path(), "image.jsonl", &png);
    let out = run(&["--input", "jsonl", &p.display().to_string()], b"");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.contains("binary"), "{}", out.stderr);
}

#[test]
fn a_folder_with_nothing_to_read_is_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(&[&dir.path().display().to_string()], b"");
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("no files to read"), "{}", out.stderr);
    write(dir.path(), "a.txt", b"Talks in Cairo.");
    let out = run(
        &[&dir.path().display().to_string(), "--glob", "*.html"],
        b"",
    );
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("--glob *.html"), "{}", out.stderr);
}

#[cfg(unix)]
#[test]
fn a_broken_link_the_filter_excludes_is_passed_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Talks in Cairo.");
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("link.html"))
        .expect("symlink");
    let out = run(&[&dir.path().display().to_string()], b"");
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn small_messages_say_what_happened() {
    // Standard input over the limit: its size is not known, and not made up.
    let out = run(&["--max-bytes", "10"], b"Talks resumed in Cairo.");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("input is over the limit of 10 bytes"),
        "{}",
        out.stderr
    );
    // Reference dates are exactly YYYY-MM-DD, of years 1000 to 9999.
    for bad in [
        "2025-01-01 junk",
        "2025-01-01T00:00",
        "2025-1-5",
        "0000-01-01",
        "2025-02-30",
    ] {
        let out = run(&["--reference-date", bad], b"Talks in Cairo yesterday.");
        assert_eq!(out.code, 2, "{bad}: {}", out.stderr);
    }
}

#[test]
fn utf32_with_a_byte_order_mark_is_decoded() {
    let text = "Talks resumed in Cairo.";
    let mut le = b"\xFF\xFE\0\0".to_vec();
    let mut be = b"\0\0\xFE\xFF".to_vec();
    for c in text.chars() {
        le.extend((c as u32).to_le_bytes());
        be.extend((c as u32).to_be_bytes());
    }
    for bytes in [le, be] {
        let out = run(&[], &bytes);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let record: Record = serde_json::from_str(&out.stdout).expect("record");
        assert_eq!(record.locations[0].name, "Cairo");
    }
}

#[test]
fn jsonl_output_escapes_line_separators() {
    let input = "{\"id\":\"s\",\"text\":\"Talks in Cairo.\u{2028}More talks.\u{2029}End.\",\"note\":\"a\u{2028}b\"}\n";
    let out = run(&["--input", "jsonl"], input.as_bytes());
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains(['\u{2028}', '\u{2029}']));
    assert_eq!(out.stdout.lines().count(), 1);
    assert_eq!(lines(&out.stdout)[0]["meta"]["note"], "a\u{2028}b");
}
