//! The output contract: every record validates against the published schema and a
//! record with a value outside a closed vocabulary does not; the CSVs load with typed
//! columns; usage mistakes are refused.

mod common;

use std::path::PathBuf;

use common::run;
use dossier::output::{ARTICLE_COLUMNS, ArticleRow, MENTION_COLUMNS, MentionRow};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("schema/record.schema.json")).expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema parses");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn fixtures() -> String {
    root().join("fixtures/articles").display().to_string()
}

/// An article that names places, people, organizations and dates, Namibia among them.
const NAMIBIA: &str = "Namibia signs water deal\n\n\
WINDHOEK, March 3 (Reuters) - Namibia and the World Bank signed a $300 million water \
agreement on Tuesday, Finance Minister Ericah Shafudah said in Windhoek. The project, \
first proposed in 2019, will run for five years and supply the capital every day.\n";

#[test]
fn every_fixture_record_validates_and_carries_every_field() {
    let v = validator();
    let out = run(
        &[
            "--format",
            "jsonl",
            "--reference-date",
            "2025-03-05",
            &fixtures(),
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines.len() >= 8, "{} records", lines.len());
    for line in lines {
        let value: serde_json::Value = serde_json::from_str(line).expect("json");
        let errors: Vec<String> = v.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        // Absent values are null, never left out: a columnar reader sees one schema.
        for field in [
            "meta", "error", "title", "summary", "dateline", "byline", "anchor",
        ] {
            assert!(value.get(field).is_some(), "{field} missing");
        }
    }
}

#[test]
fn records_outside_the_closed_vocabularies_do_not_validate() {
    let v = validator();
    let out = run(&["--reference-date", "2025-03-05"], NAMIBIA.as_bytes());
    assert_eq!(out.code, 0, "{}", out.stderr);
    let good: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert!(v.is_valid(&good));
    let bad: [(&str, serde_json::Value); 9] = [
        ("/actors/0/kind", "banana".into()),
        ("/actors/0/org_type", "bakery".into()),
        ("/locations/0/kind", "planet".into()),
        ("/locations/0/lat", 500.0.into()),
        ("/locations/0/lon", (-181.0).into()),
        ("/dates/0/type", "WHENEVER".into()),
        ("/dates/0/mod", "SOMETIMES".into()),
        ("/dates/0/span/0", (-1).into()),
        ("/offsets", "words".into()),
    ];
    for (pointer, value) in bad {
        let mut record = good.clone();
        *record
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}")) = value;
        assert!(!v.is_valid(&record), "{pointer} accepted a bad value");
    }
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("title");
    assert!(
        !v.is_valid(&missing),
        "a record without its title field validated"
    );
}

/// SQL words that DuckDB or Spark reserve; no CSV column may be one.
const RESERVED: &[&str] = &[
    "all",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "default",
    "desc",
    "describe",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "grant",
    "group",
    "having",
    "in",
    "into",
    "lateral",
    "leading",
    "limit",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "pivot",
    "primary",
    "qualify",
    "references",
    "select",
    "show",
    "some",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "using",
    "when",
    "where",
    "window",
    "with",
    "date",
    "time",
    "timestamp",
    "interval",
    "user",
    "current_date",
];

/// Values pandas reads as missing by default.
const PANDAS_NA: &[&str] = &[
    "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>",
    "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
];

/// The rows of a CSV with header `columns`, each read as a `T` (a wrong type fails).
fn typed_rows<T: serde::de::DeserializeOwned>(csv: &[u8], columns: &[&str]) -> Vec<T> {
    let mut reader = csv::Reader::from_reader(csv);
    let header: Vec<&str> = reader.headers().expect("header").iter().collect();
    assert_eq!(header, columns);
    reader
        .deserialize()
        .map(|r| r.expect("typed row"))
        .collect()
}

#[test]
fn csv_columns_are_safe_names_and_load_typed() {
    for name in MENTION_COLUMNS.iter().chain(&ARTICLE_COLUMNS) {
        assert!(!RESERVED.contains(name), "column {name} is a reserved word");
    }
    let mentions = run(
        &["--format", "csv", "--reference-date", "2025-03-05"],
        NAMIBIA.as_bytes(),
    );
    assert_eq!(mentions.code, 0, "{}", mentions.stderr);
    let rows: Vec<MentionRow> = typed_rows(mentions.stdout.as_bytes(), &MENTION_COLUMNS);
    let namibia = rows
        .iter()
        .find(|r| r.category == "location" && r.name == "Namibia")
        .expect("Namibia found");
    assert_eq!(namibia.country, "NAM");
    assert!(
        namibia.lat.is_some() && namibia.geonames_id > 0,
        "{namibia:?}"
    );
    let date = rows
        .iter()
        .find(|r| r.text == "Tuesday")
        .expect("Tuesday found");
    assert_eq!(
        (date.category.as_str(), date.kind.as_str()),
        ("date", "DATE")
    );
    assert_eq!(date.timex_value, "2025-03-04");
    assert_eq!(
        (date.timex_begin.as_str(), date.timex_end.as_str()),
        ("2025-03-04", "2025-03-05")
    );
    let years = rows
        .iter()
        .find(|r| r.text == "five years")
        .expect("duration");
    assert_eq!(
        (years.kind.as_str(), years.timex_value.as_str()),
        ("DURATION", "P5Y")
    );
    for row in &rows {
        for field in [
            &row.kind,
            &row.country,
            &row.org_type,
            &row.affiliation,
            &row.timex_mod,
        ] {
            assert!(!PANDAS_NA.contains(&field.as_str()), "{row:?}");
        }
        assert!(row.sentence >= -1 && row.section >= -1 && row.span_start < row.span_end);
    }

    let articles = run(
        &[
            "--format",
            "csv",
            "--csv",
            "articles",
            "--reference-date",
            "2025-03-05",
        ],
        NAMIBIA.as_bytes(),
    );
    assert_eq!(articles.code, 0, "{}", articles.stderr);
    let rows: Vec<ArticleRow> = typed_rows(articles.stdout.as_bytes(), &ARTICLE_COLUMNS);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row.title, "Namibia signs water deal");
    assert!(row.dateline.starts_with("WINDHOEK"), "{row:?}");
    assert_eq!(
        (row.anchor_date.as_str(), row.anchor_source.as_str()),
        ("2025-03-05", "option")
    );
    assert!(
        row.actor_count > 0 && row.location_count > 0 && row.date_count > 0,
        "{row:?}"
    );
}

#[test]
fn csv_files_of_an_output_dir_each_have_their_header() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    for (csv, columns) in [
        ("mentions", &MENTION_COLUMNS[..]),
        ("articles", &ARTICLE_COLUMNS[..]),
    ] {
        let out = run(
            &[
                "--format",
                "csv",
                "--csv",
                csv,
                "--output-dir",
                &out_dir.display().to_string(),
                &fixtures(),
            ],
            b"",
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stdout, "", "nothing but records goes to stdout");
        let files: Vec<PathBuf> = std::fs::read_dir(&out_dir)
            .expect("out dir")
            .map(|e| e.expect("entry").path())
            .collect();
        assert!(files.len() >= 8);
        for file in &files {
            let bytes = std::fs::read(file).expect("csv file");
            let _: Vec<serde::de::IgnoredAny> = typed_rows(&bytes, columns);
        }
        std::fs::remove_dir_all(&out_dir).expect("clean");
    }
}

#[test]
fn flags_that_do_nothing_in_the_mode_given_are_refused_or_warned() {
    let article = root()
        .join("fixtures/articles/005_plain_quake.txt")
        .display()
        .to_string();
    for args in [
        vec!["--csv", "articles", article.as_str()],
        vec!["--format", "jsonl", "--csv", "mentions", article.as_str()],
        vec!["--text-field", "body", article.as_str()],
        vec!["--id-field", "key", article.as_str()],
        vec!["--date-field", "dct", article.as_str()],
    ] {
        let out = run(&args, b"");
        assert_eq!(out.code, 2, "{args:?} was accepted");
        assert!(out.stderr.contains("applies only"), "{}", out.stderr);
        assert_eq!(out.stdout, "");
    }
    let out = run(&["--glob", "*.txt", article.as_str()], b"");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("--glob applies only to folders"),
        "{}",
        out.stderr
    );
    let empty = tempfile::tempdir().expect("tempdir");
    let out = run(
        &["--glob", "*.zzz", &empty.path().display().to_string()],
        b"",
    );
    assert_ne!(
        out.code, 0,
        "a glob matching nothing must not pass in silence"
    );
    assert!(out.stderr.contains("no files"), "{}", out.stderr);
}

/// Loads both CSVs with pandas and DuckDB, where Python has them; says so when it does
/// not, rather than passing in silence.
#[test]
fn csvs_load_typed_in_pandas_and_duckdb() {
    let python = std::env::var("DOSSIER_PYTHON").unwrap_or_else(|_| "python3".into());
    let probe = std::process::Command::new(&python)
        .args(["-c", "import pandas, duckdb"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "SKIPPED csvs_load_typed_in_pandas_and_duckdb: {python} cannot import pandas and duckdb \
             (set DOSSIER_PYTHON to a Python that can)"
        );
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    for csv in ["mentions", "articles"] {
        let path = dir.path().join(format!("{csv}.csv"));
        let out = run(
            &[
                "--format",
                "csv",
                "--csv",
                csv,
                "--reference-date",
                "2025-03-05",
                "-o",
                &path.display().to_string(),
                &fixtures(),
            ],
            b"",
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        files.push(path);
    }
    let namibia = dir.path().join("namibia.csv");
    let out = run(
        &["--format", "csv", "-o", &namibia.display().to_string()],
        NAMIBIA.as_bytes(),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let script = root().join("tests/load_csv.py");
    let out = std::process::Command::new(&python)
        .arg(&script)
        .args([&files[0], &files[1], &namibia])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn completions_man_page_and_stats_are_printed() {
    for (shell, marker) in [
        ("bash", "_dossier()"),
        ("zsh", "#compdef dossier"),
        ("fish", "complete -c dossier"),
    ] {
        let out = run(&["completions", shell], b"");
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.contains(marker), "{shell}");
        assert!(
            out.stdout.contains("max-mentions"),
            "{shell}: options missing"
        );
    }
    let out = run(&["completions", "tcsh-9000"], b"");
    assert_eq!(out.code, 2);
    let out = run(&["man"], b"");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(".TH dossier 1"));
    assert!(
        out.stdout.contains("reference\\-date"),
        "options missing from the man page"
    );
    let out = run(&["--stats", "--format", "jsonl", &fixtures()], b"");
    assert_eq!(out.code, 0, "{}", out.stderr);
    let records = out.stdout.lines().count();
    assert!(
        out.stderr
            .contains(&format!("{records} records, 0 failed, 0 skipped in ")),
        "{}",
        out.stderr
    );
    let out = run(&["--format", "jsonl", &fixtures()], b"");
    assert_eq!(
        out.stderr, "",
        "no summary without --stats when stderr is not a terminal"
    );
}

#[test]
fn only_makes_the_extractions_asked_for_and_the_same_ones() {
    let records = |only: &[&str]| -> Vec<serde_json::Value> {
        let mut args = vec!["--format", "jsonl", "--reference-date", "2025-03-05"];
        args.extend_from_slice(only);
        let fixtures = fixtures();
        args.push(&fixtures);
        let out = run(&args, b"");
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect()
    };
    let all = records(&[]);
    for (only, kept) in [
        ("dates", &["dates", "anchor"][..]),
        ("actors,locations", &["actors", "locations"][..]),
        ("actors", &["actors"][..]),
        ("structure", &[][..]),
    ] {
        let some = records(&["--only", only]);
        assert_eq!(some.len(), all.len());
        for (a, s) in all.iter().zip(&some) {
            assert_eq!(
                a["sections"], s["sections"],
                "--only {only}: structure differs"
            );
            for field in ["actors", "locations", "dates", "anchor"] {
                if kept.contains(&field) {
                    assert_eq!(a[field], s[field], "--only {only}: {field} differs");
                } else {
                    assert!(
                        s[field].is_null() || s[field].as_array().is_some_and(Vec::is_empty),
                        "--only {only}: {field} is not empty"
                    );
                }
            }
        }
    }
    let out = run(&["--only", "places"], b"text");
    assert_eq!(out.code, 2);
}
