//! The compiled-in tagger, scored on articles this project wrote and annotated
//! (`fixtures/ner/gold.jsonl`: made-up people, companies and places that no list holds,
//! beside known ones). A missing, broken or badly retrained model fails here.

use dossier::output::{Format, encode};
use dossier::tagger::Choice;
use dossier::{Document, Pipeline, PipelineOptions};
use serde_json::Value;

/// (label, start, end) in code points.
type Span = (String, u64, u64);

fn spans(v: &Value) -> Vec<Span> {
    v["spans"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or(&[])
        .iter()
        .filter_map(|s| {
            let label = s["label"].as_str()?;
            ["PERSON", "ORG", "LOC"].contains(&label).then(|| {
                (
                    label.to_string(),
                    s["start"].as_u64().unwrap_or(0),
                    s["end"].as_u64().unwrap_or(0),
                )
            })
        })
        .collect()
}

/// Relaxed matches (same label, overlapping, one to one): (matched, predicted, gold).
fn relaxed(gold: &[Span], pred: &[Span]) -> (usize, usize, usize) {
    let mut used = vec![false; gold.len()];
    let mut tp = 0;
    for (label, s, e) in pred {
        if let Some(k) = gold
            .iter()
            .enumerate()
            .position(|(k, (gl, gs, ge))| !used[k] && gl == label && gs < e && s < ge)
        {
            used[k] = true;
            tp += 1;
        }
    }
    (tp, pred.len(), gold.len())
}

fn score(choice: Choice) -> (f64, f64, f64) {
    let pipeline = Pipeline::new(PipelineOptions {
        tagger: choice,
        ..PipelineOptions::default()
    });
    let gold_file = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/ner/gold.jsonl");
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    for line in std::fs::read_to_string(gold_file).expect("gold").lines() {
        let gold: Value = serde_json::from_str(line).expect("gold line");
        let doc = Document::new(
            gold["id"].as_str().unwrap_or(""),
            gold["text"].as_str().unwrap_or(""),
        );
        let record = pipeline.process(&doc);
        let pred: Value =
            serde_json::from_slice(&encode(Format::Predictions, &record).expect("encodes"))
                .expect("prediction");
        let (t, p, g) = relaxed(&spans(&gold), &spans(&pred));
        tp += t;
        np += p;
        ng += g;
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(f64::EPSILON))
}

#[test]
fn the_tagger_finds_names_no_list_holds_and_keeps_precision() {
    let (p, r, f) = score(Choice::Embedded);
    let (_, r0, f0) = score(Choice::Off);
    println!("with the tagger P {p:.3} R {r:.3} F1 {f:.3}; rules alone R {r0:.3} F1 {f0:.3}");
    assert!(p >= 0.85, "precision {p:.3}");
    assert!(f >= 0.75, "F1 {f:.3}");
    // The rules find some of these names themselves (defined ones, given names with
    // diacritics): the tagger's share is what it adds over them.
    assert!(
        r >= r0 + 0.05,
        "recall {r:.3} against {r0:.3} without the tagger"
    );
}

#[test]
fn a_model_that_is_not_one_tags_nothing_and_breaks_nothing() {
    let pipeline = Pipeline::new(PipelineOptions {
        tagger: Choice::Custom(b"not a model\0DTG2"),
        ..PipelineOptions::default()
    });
    let doc = Document::new(
        "t",
        "Talks resumed in Cairo on Monday, said Ingrid Solbakken.",
    );
    let record = pipeline.process(&doc);
    assert_eq!(record.locations[0].name, "Cairo");
}

/// The compiled-in model was trained on what the rules say today: the tagger's features
/// include the rules' decisions, so a rule changed without retraining leaves a model that
/// no command reproduces. The corpora are those the model's header names (under
/// `../shared`); where they are absent the test says so and checks nothing.
#[test]
fn the_model_is_trained_on_the_rules_as_they_are() {
    let header = dossier::tagger::embedded_header();
    let digest = header
        .lines()
        .find_map(|l| l.strip_prefix("sequences digest: "))
        .expect("the model's header gives the digest of what it was trained on");
    let specs: Vec<&str> = header
        .lines()
        .skip_while(|l| *l != "trained on:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.trim_start().split(" (").next())
        .collect();
    assert!(!specs.is_empty(), "the header names no corpus:\n{header}");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let pipeline = Pipeline::new(PipelineOptions {
        tagger: Choice::Off,
        ..PipelineOptions::default()
    });
    let mut sequences = Vec::new();
    for spec in &specs {
        let (path, genres) = dossier::training::parse_spec(spec);
        let Ok(text) = std::fs::read_to_string(root.join(path)) else {
            println!(
                "SKIPPED: the training corpus {path} is absent, so whether the model is up to \
                 date with the rules is not checked"
            );
            return;
        };
        let (seq, _) = dossier::training::read_corpus(&text, genres.as_deref(), &pipeline)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        sequences.extend(seq);
    }
    assert_eq!(
        dossier::training::digest(&sequences),
        digest,
        "the rules no longer give what the model was trained on: retrain it with the command \
         in data/README.md"
    );
}
