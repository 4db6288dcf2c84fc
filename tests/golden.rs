//! Golden fixtures: every `fixtures/articles/NAME.txt|md` is processed and compared with
//! `NAME.expected.json`, a hand-reviewed record. `DOSSIER_BLESS=1 cargo test --test golden`
//! rewrites the expected files; review the diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

use dossier::{Document, Pipeline, PipelineOptions, Record};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("fixtures/articles exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
        .collect();
    files.sort();
    files
}

fn expected_path(article: &Path) -> PathBuf {
    let stem = article
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("utf-8 name");
    article.with_file_name(format!("{stem}.expected.json"))
}

#[test]
fn fixtures_match_their_expected_records() {
    let bless = std::env::var_os("DOSSIER_BLESS").is_some();
    let pipeline = Pipeline::new(PipelineOptions::default());
    let files = fixtures();
    assert!(
        files.len() >= 7,
        "expected the seed and at least six more fixtures"
    );
    let mut failures = Vec::new();
    for article in &files {
        let bytes = fs::read(article).expect("fixture readable");
        let text = dossier::input::decode(
            &bytes,
            &article.display().to_string(),
            false,
            &mut Vec::new(),
        )
        .expect("fixture decodes");
        let name = article
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let doc = Document::new(name, text);
        let record = pipeline.process(&doc);
        let expected_file = expected_path(article);
        if bless {
            let json = serde_json::to_string_pretty(&record).expect("serializes") + "\n";
            fs::write(&expected_file, json).expect("expected file writable");
            continue;
        }
        let Ok(expected_json) = fs::read_to_string(&expected_file) else {
            failures.push(format!(
                "{}: no expected record (run with DOSSIER_BLESS=1)",
                expected_file.display()
            ));
            continue;
        };
        let expected: Record =
            serde_json::from_str(&expected_json).expect("expected record parses");
        if expected != record {
            let got = serde_json::to_string_pretty(&record).unwrap_or_default();
            let first_diff = got
                .lines()
                .zip(expected_json.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let context: Vec<&str> = got
                .lines()
                .skip(first_diff.saturating_sub(3))
                .take(8)
                .collect();
            failures.push(format!(
                "{}: record differs near line {}:\n{}",
                article.display(),
                first_diff + 1,
                context.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The seed article's structure, checked field by field so that a careless bless of the
/// expected file cannot hide a regression in what the issue asks for.
#[test]
fn seed_structure_is_right() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles/000_c61d9b8a47f87fb5.txt");
    let text = fs::read_to_string(path).expect("seed fixture");
    let doc = Document::new("seed", text.clone());
    let r = Pipeline::new(PipelineOptions::default()).process(&doc);
    let slice = |s: [usize; 2]| -> String { text.chars().skip(s[0]).take(s[1] - s[0]).collect() };

    let summary = r.summary.as_ref().expect("labelled summary");
    assert_eq!(summary.label.text, "Summary");
    assert!(summary.text.starts_with("The United States is engaging"));
    assert_eq!(slice(summary.span), summary.text);
    assert_eq!(
        r.sections[0].label.as_ref().map(|l| l.text.as_ref()),
        Some("Article")
    );

    let headings: Vec<&str> = r
        .sections
        .iter()
        .filter_map(|s| s.heading.as_ref())
        .map(|h| h.text.as_ref())
        .collect();
    assert_eq!(
        headings,
        [
            "What Sparked the Diplomatic Initiative?",
            "Timeline, Actors, and Locations",
            "Deeper Context and Underlying Issues",
            "Political and Legal Fallout",
            "Public Sentiment",
            "National Impact and Policy Outcomes",
            "What’s Next for the U.S.?",
        ]
    );
    let lists: Vec<usize> = r
        .sections
        .iter()
        .flat_map(|s| s.lists.iter().map(|l| l.items.len()))
        .collect();
    assert_eq!(lists, [3, 3, 2, 2, 4]);
    let public = &r
        .sections
        .iter()
        .find(|s| {
            s.heading
                .as_ref()
                .is_some_and(|h| h.text == "Public Sentiment")
        })
        .expect("section")
        .lists;
    assert_eq!(public.len(), 2);
    assert!(
        public
            .iter()
            .all(|l| l.intro.as_ref().is_some_and(|i| i.text.ends_with(':')))
    );
    assert_eq!(
        r.boilerplate
            .iter()
            .map(|b| b.text.as_ref())
            .collect::<Vec<_>>(),
        ["Average Rating"]
    );
    for item in r
        .sections
        .iter()
        .flat_map(|s| s.lists.iter().flat_map(|l| l.items.iter()))
    {
        assert_eq!(slice(item.span), item.text);
        assert!(!item.text.starts_with('-'));
    }
}

/// The seed article's actors, locations and dates as issues #3 and #4 list them, checked
/// by name so that a careless bless of the expected file cannot hide a regression.
#[test]
fn seed_entities_are_right() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles/000_c61d9b8a47f87fb5.txt");
    let text = fs::read_to_string(path).expect("seed fixture");
    let doc = Document::new("seed", text);
    let r = Pipeline::new(PipelineOptions::default()).process(&doc);
    let actor = |name: &str| {
        r.actors
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("no actor {name}"))
    };
    for name in [
        "Hamas",
        "Israel",
        "United States",
        "Department of State",
        "National Security Council",
        "Congress",
        "European Union",
        "Palestinian Authority",
    ] {
        assert_eq!(actor(name).kind.as_str(), "organization", "{name}");
    }
    for (name, affiliation) in [
        ("Egyptian diplomats", "EG"),
        ("Qatari diplomats", "QA"),
        ("Palestinians", "PS"),
        ("Israelis", "IL"),
    ] {
        let a = actor(name);
        assert_eq!(
            (a.kind.as_str(), a.affiliation.as_deref()),
            ("group", Some(affiliation)),
            "{name}"
        );
    }
    assert!(actor("United States").aliases.iter().any(|a| a == "U.S."));
    let place = |name: &str| {
        r.locations
            .iter()
            .find(|l| l.name == name)
            .unwrap_or_else(|| panic!("no location {name}"))
    };
    for (name, country) in [
        ("Cairo", "EG"),
        ("Doha", "QA"),
        ("Egypt", "EG"),
        ("Qatar", "QA"),
        ("Israel", "IL"),
        ("Gaza Strip", "PS"),
        ("West Bank", "PS"),
        ("Gaza", "PS"),
    ] {
        assert_eq!(place(name).country.as_deref(), Some(country), "{name}");
    }
    assert_eq!(place("Middle East").kind.as_str(), "region");
    let date = |text: &str| {
        r.dates
            .iter()
            .find(|d| d.text == text)
            .unwrap_or_else(|| panic!("no date {text}"))
    };
    let early = date("earlier in 2025");
    assert_eq!(
        (
            early.timex_type.as_str(),
            early.value.as_deref(),
            early.modifier.map(|m| m.as_str())
        ),
        ("DATE", Some("2025"), Some("START"))
    );
    // A stretch of unknown length ahead (TimeML), not a vague reference to the future.
    let upcoming = date("The upcoming months");
    assert_eq!(
        (upcoming.timex_type.as_str(), upcoming.value.as_deref()),
        ("DURATION", Some("PXM"))
    );
    assert_eq!(date("decades-long").timex_type.as_str(), "DURATION");
}
