//! Bad input, each with its documented outcome (README, "Errors and limits"): never a
//! panic, never a lost record, a clear message naming the input.

use std::fs;
use std::path::{Path, PathBuf};

mod common;
use common::{Output, run};
use dossier::Record;

fn record(out: &Output) -> Record<'static> {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).expect("write");
    p
}

#[test]
fn degenerate_texts_give_empty_but_valid_records() {
    let cases: &[(&str, &[u8])] = &[
        ("empty", b""),
        ("whitespace", b"  \n\t\r\n  \n"),
        ("punctuation", b"!!! ... ,,, ??? --- ***"),
        ("one word", b"Cairo"),
        ("control characters", b"Talks\x07 in\x1b Cairo\x0c resumed."),
        (
            "lone CR line ends",
            b"Talks Resume\rThe talks in Doha resumed.\rMore text follows here.",
        ),
    ];
    for (name, bytes) in cases {
        let out = run(&[], bytes);
        assert_eq!(out.code, 0, "{name}: {}", out.stderr);
        let r = record(&out);
        assert!(r.error.is_none(), "{name}");
    }
}

#[test]
fn encodings() {
    // UTF-16 with a byte-order mark is decoded.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Talks in Cairo.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let r = record(&run(&[], &utf16));
    assert_eq!(r.locations[0].name, "Cairo");
    // Latin-1 is an error naming the byte offset...
    let out = run(&[], b"Caf\xe9 talks in Cairo.");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("-: not valid UTF-8 at byte 3"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    // ...or, with --lossy, replaced with a warning in the record.
    let r = record(&run(&["--lossy"], b"Caf\xe9 talks in Cairo."));
    assert_eq!(r.warnings.len(), 1);
    assert_eq!(r.locations[0].mentions[0].text, "Cairo");
    // NUL bytes mark a binary.
    let out = run(&[], b"Talks\0in\0Cairo");
    assert!(
        out.stderr.contains("binary file (NUL bytes), skipped"),
        "{}",
        out.stderr
    );
}

#[test]
fn size_limit_refuses_large_input_and_keeps_others() {
    let dir = tempfile::tempdir().expect("tmp");
    write(dir.path(), "small.txt", b"Talks in Cairo.");
    write(dir.path(), "large.txt", &vec![b'a'; 5000]);
    let out = run(
        &["--max-bytes", "1000", &dir.path().display().to_string()],
        b"",
    );
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("large.txt: 5000 bytes is over the limit of 1000 bytes"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout.lines().count(), 1);
}

#[test]
fn binary_files_in_a_folder_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().expect("tmp");
    write(dir.path(), "a.txt", b"Talks in Cairo.");
    write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(dir.path(), "archive.txt", b"\x1f\x8b\x08\0\0\0\0\0");
    let out = run(&[&dir.path().display().to_string()], b"");
    assert_eq!(
        out.code, 0,
        "skipped binaries are not failures: {}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("image.txt: binary file (PNG image), skipped"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("archive.txt: binary file (gzip), skipped"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout.lines().count(), 1);
}

#[cfg(unix)]
#[test]
fn batch_faults_each_give_one_line_and_the_run_goes_on() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tmp");
    write(dir.path(), "good.txt", b"Talks in Cairo.");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink loop");
    let odd = std::ffi::OsStr::from_bytes(b"odd-\xff.txt");
    fs::write(dir.path().join(odd), b"Talks in Doha.").expect("odd name");
    let out = run(&[&dir.path().display().to_string()], b"");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("loop"), "{}", out.stderr);
    let records: Vec<Record> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect();
    assert_eq!(records.len(), 2);
    assert!(
        records
            .iter()
            .any(|r| r.id.contains('\u{FFFD}') && !r.warnings.is_empty())
    );
}

#[test]
fn unwritable_output_exits_2() {
    let out = run(
        &["--output", "/nonexistent-dir/out.json"],
        b"Talks in Cairo.",
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("cannot create /nonexistent-dir/out.json"),
        "{}",
        out.stderr
    );
    if Path::new("/dev/full").exists() {
        let out = run(&["--output", "/dev/full"], b"Talks in Cairo.");
        assert_eq!(
            out.code, 2,
            "a full disk is an output error: {}",
            out.stderr
        );
        // The path once, the reason once.
        assert_eq!(
            out.stderr.trim(),
            "dossier: cannot write /dev/full: No space left on device (os error 28)"
        );
    }
}

#[test]
fn output_dir_writes_one_file_per_input() {
    let input = tempfile::tempdir().expect("tmp");
    fs::create_dir(input.path().join("sub")).expect("mkdir");
    write(input.path(), "a.txt", b"Talks in Cairo.");
    write(&input.path().join("sub"), "b.txt", b"Talks in Doha.");
    let out_dir = tempfile::tempdir().expect("tmp");
    let out = run(
        &[
            "--output-dir",
            &out_dir.path().display().to_string(),
            &input.path().display().to_string(),
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let a: Record =
        serde_json::from_str(&fs::read_to_string(out_dir.path().join("a.txt.json")).expect("a"))
            .expect("json");
    let b: Record = serde_json::from_str(
        &fs::read_to_string(out_dir.path().join("sub/b.txt.json")).expect("b"),
    )
    .expect("json");
    assert_eq!((a.id.as_ref(), b.id.as_ref()), ("a.txt", "sub/b.txt"));
    let leftovers: Vec<_> = walk(out_dir.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

#[test]
fn markup_and_mixed_scripts_keep_spans_exact() {
    let text = "<table><tr><td>Cairo</td><td>2025</td></tr></table>\n\n| Country | Capital |\n|---|---|\n| Egypt | Cairo |\n\nمرحبا Talks in Doha 🙂 with Qatar’s envoy, שלום, 你好 and e\u{301}lan on March 3, 2025.\n";
    for unit in ["chars", "bytes"] {
        let r = record(&run(&["--offsets", unit], text.as_bytes()));
        let slice = |s: [usize; 2]| -> String {
            if unit == "chars" {
                text.chars().skip(s[0]).take(s[1] - s[0]).collect()
            } else {
                text[s[0]..s[1]].to_string()
            }
        };
        let mentions: Vec<_> = r
            .locations
            .iter()
            .flat_map(|l| l.mentions.iter())
            .chain(r.actors.iter().flat_map(|a| a.mentions.iter()))
            .collect();
        assert!(mentions.iter().any(|m| m.text == "Doha"));
        for m in mentions {
            assert_eq!(slice(m.span), m.text, "{unit}");
        }
        for d in &r.dates {
            assert_eq!(slice(d.span), d.text, "{unit}");
        }
    }
}

/// Large pathological inputs are processed (their linear cost is shown by the benchmark,
/// `benches/run.sh`, since no test asserts a time).
#[test]
fn pathological_inputs_are_processed() {
    type Make = fn(usize) -> String;
    let shapes: &[(&str, Make)] = &[
        ("capitalized words", |n| {
            (0..n)
                .map(|i| ["Cairo", "Hamas", "John", "Smith", "Council", "Monday"][i % 6])
                .collect::<Vec<_>>()
                .join(" ")
        }),
        ("one long line", |n| {
            "talks in Cairo on March 3, 2025 and more words here ".repeat(n / 10)
        }),
        // Lines with no stop: each line end once made the next line be searched for a
        // stop to the end of the text, which took minutes on a few megabytes.
        ("short lines without stops", |n| {
            (0..n / 4)
                .map(|i| format!("talks with Egypt {i}\n"))
                .collect()
        }),
        // Names before brackets never closed: each once had the rest of the text searched
        // for its closing bracket.
        ("names before unclosed brackets", |n| {
            "John Smith (talks ".repeat(n / 3)
        }),
        // Headings holding names: each name in a heading was once checked against every
        // heading of the article.
        ("headings with names", |n| {
            "## Talks With John Smith\n\nThe talks went on.\n\n".repeat(n / 8)
        }),
        ("bullets", |n| {
            (0..n / 5)
                .map(|i| format!("- item {i} about Egypt\n"))
                .collect()
        }),
        ("years", |n| {
            (0..n)
                .map(|i| (1990 + i % 30).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        }),
    ];
    for (name, make) in shapes {
        let text = make(50_000);
        let out = run(&["--format", "jsonl"], text.as_bytes());
        assert_eq!(out.code, 0, "{name}");
        let r: Record = serde_json::from_str(&out.stdout).expect("record");
        assert_eq!(r.stats.chars, text.chars().count(), "{name}");
    }
}

#[test]
fn nested_lists_50_deep_keep_their_depth() {
    let text: String = (0..50)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect();
    let r = record(&run(&[], text.as_bytes()));
    let depths: Vec<usize> = r
        .sections
        .iter()
        .flat_map(|s| s.lists.iter().flat_map(|l| l.items.iter().map(|i| i.depth)))
        .collect();
    assert_eq!(depths, (0..50).collect::<Vec<_>>());
}
