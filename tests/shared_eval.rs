//! Accuracy guards on the shared annotated documents (`../shared/data/gum_train.jsonl`).
//! Skipped, with a note, when that file is absent: the project's own tests do not need it.
//! The README's figures come from `dossier eval` and `../shared/eval/score.py`; these
//! tests recompute the strict structure scores the same way so a regression fails CI.

use std::collections::HashSet;
use std::path::PathBuf;

use dossier::{Document, Pipeline, PipelineOptions, Record};
use serde_json::Value;

fn gold_docs() -> Option<Vec<Value>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gum_train.jsonl");
    let text = std::fs::read_to_string(&path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("gold line parses"))
            .collect(),
    )
}

/// `[start, end)` in code points, trimmed of white space as the scorer does.
fn trimmed(chars: &[char], s: usize, e: usize) -> (usize, usize) {
    let (mut s, mut e) = (s, e.min(chars.len()));
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

struct Counts {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = self.tp as f64 / self.pred.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn structure_spans(r: &Record) -> (Vec<[usize; 2]>, Vec<[usize; 2]>) {
    (r.heading_spans().collect(), r.item_spans().collect())
}

#[test]
fn headings_and_items_strict_f1_at_least_090() {
    let Some(docs) = gold_docs() else {
        eprintln!("skipped: ../shared/data/gum_train.jsonl is absent");
        return;
    };
    let pipeline = Pipeline::new(PipelineOptions::default());
    let mut heads = Counts {
        tp: 0,
        pred: 0,
        gold: 0,
    };
    let mut items = Counts {
        tp: 0,
        pred: 0,
        gold: 0,
    };
    for d in &docs {
        let text = d["text"].as_str().expect("text");
        let chars: Vec<char> = text.chars().collect();
        let doc = Document::new(d["id"].as_str().unwrap_or("?"), text);
        let record = pipeline.process(&doc);
        let (ph, pi) = structure_spans(&record);
        for (pred, key, counts) in [(ph, "headings", &mut heads), (pi, "items", &mut items)] {
            let gold: HashSet<(usize, usize)> = d[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| {
                            trimmed(
                                &chars,
                                x["start"].as_u64().unwrap_or(0) as usize,
                                x["end"].as_u64().unwrap_or(0) as usize,
                            )
                        })
                        .filter(|(s, e)| e > s)
                        .collect()
                })
                .unwrap_or_default();
            let pred: HashSet<(usize, usize)> = pred
                .iter()
                .map(|s| trimmed(&chars, s[0], s[1]))
                .filter(|(s, e)| e > s)
                .collect();
            counts.tp += gold.intersection(&pred).count();
            counts.pred += pred.len();
            counts.gold += gold.len();
        }
    }
    assert!(
        heads.f1() >= 0.90,
        "headings strict F1 {:.4} ({}/{}/{})",
        heads.f1(),
        heads.tp,
        heads.pred,
        heads.gold
    );
    assert!(
        items.f1() >= 0.90,
        "items strict F1 {:.4} ({}/{}/{})",
        items.f1(),
        items.tp,
        items.pred,
        items.gold
    );
}
