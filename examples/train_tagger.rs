//! Trains dossier's entity tagger and writes `data/tagger.bin`.
//!
//! ```sh
//! cargo run --release --example train_tagger -- --date 2026-12-07 \
//!     --train ../shared/data/gum_train.jsonl:academic,bio,interview,news,textbook,vlog,voyage \
//!     --train ../shared/data/open/wnut17_train.jsonl \
//!     --train ../shared/data/open/btc.jsonl \
//!     --train ../shared/data/open/uner_ewt_train.jsonl
//! ```
//!
//! Each `--train FILE[:GENRE,…]` reads a corpus in the shared one-document-a-line format
//! (`text`, `spans` with code-point offsets and PERSON/ORG/LOC/MISC labels), keeping only
//! the listed genres when given. Every document goes through dossier's own pipeline, so the
//! tagger learns from exactly the segments and features it will see: its capitalized runs,
//! with what the rules made of each token. An averaged structured perceptron (Collins 2002)
//! learns BIO labels; the averaged weights are quantized to 8 bits and laid out as the
//! table `tagger::model` reads. Same corpora and command, same bytes: documents are
//! visited in an order shuffled by a fixed seed, and the header holds no clock.
//!
//! `--eval GOLD.jsonl=PRED.jsonl` writes dossier's predictions for GOLD with the model just
//! trained (the format `dossier eval` writes, for `../shared/eval/score.py`), so a model can
//! be measured before it is compiled in. Never train or tune on a dev or test split.

use std::collections::HashMap;
use std::fs;
use std::io::Write;

use clap::Parser;
use dossier::output::{Format, encode};
use dossier::tagger::{self, LABELS, Scorer};
use dossier::training::{self, Sequence};
use dossier::{Document, Pipeline, PipelineOptions};

#[derive(Parser)]
struct Args {
    /// A training corpus, with the genres to keep after a colon.
    #[arg(long, required = true)]
    train: Vec<String>,
    /// The date written in the model's header (YYYY-MM-DD).
    #[arg(long)]
    date: String,
    /// Passes over the training data.
    #[arg(long, default_value_t = 8)]
    epochs: usize,
    /// Models trained from different shuffles whose mean is the model.
    #[arg(long, default_value_t = 16)]
    runs: usize,
    /// The first run's number: each run's shuffle is drawn from its number.
    #[arg(long, default_value_t = 0)]
    first_run: u64,
    /// Where the model goes.
    #[arg(long, default_value = "data/tagger.bin")]
    out: String,
    /// GOLD=PRED: write predictions for GOLD with the new model to PRED.
    #[arg(long)]
    eval: Vec<String>,
}

/// Weights while learning, with the running sums the average is taken from.
struct Weights {
    w: HashMap<u32, [f32; LABELS]>,
    /// Sum of step × update, per weight (the averaging trick).
    u: HashMap<u32, [f32; LABELS]>,
    t: Vec<f32>,
    tu: Vec<f32>,
    step: f32,
}

impl Scorer for Weights {
    fn add(&self, feature: u32, scores: &mut [f32]) {
        if let Some(w) = self.w.get(&feature) {
            for (s, x) in scores.iter_mut().zip(w) {
                *s += x;
            }
        }
    }
    fn transition(&self, from: Option<usize>, to: usize) -> f32 {
        self.t[from.unwrap_or(LABELS) * LABELS + to]
    }
}

impl Weights {
    fn update(&mut self, ex: &Sequence, guess: &[usize], sign: f32) {
        let labels = if sign > 0.0 { &ex.labels } else { guess };
        for (i, feats) in ex.features.tokens().enumerate() {
            let l = labels[i];
            for f in feats {
                self.w.entry(*f).or_insert([0.0; LABELS])[l] += sign;
                self.u.entry(*f).or_insert([0.0; LABELS])[l] += sign * self.step;
            }
            let from = if i == 0 { LABELS } else { labels[i - 1] };
            self.t[from * LABELS + l] += sign;
            self.tu[from * LABELS + l] += sign * self.step;
        }
    }

    /// The averaged weights: w - u / step.
    fn averaged(&self) -> (Vec<(u32, [f32; LABELS])>, Vec<f32>) {
        let mut feats: Vec<(u32, [f32; LABELS])> = self
            .w
            .iter()
            .map(|(k, w)| {
                let u = &self.u[k];
                let mut a = [0f32; LABELS];
                for l in 0..LABELS {
                    a[l] = w[l] - u[l] / self.step;
                }
                (*k, a)
            })
            .collect();
        feats.sort_by_key(|(k, _)| *k);
        let t = self
            .t
            .iter()
            .zip(&self.tu)
            .map(|(w, u)| w - u / self.step)
            .collect();
        (feats, t)
    }
}

/// One averaged perceptron over `examples`, visited in an order shuffled from `seed`.
fn train(
    examples: &[Sequence],
    epochs: usize,
    mut seed: u64,
) -> (Vec<(u32, [f32; LABELS])>, Vec<f32>) {
    let mut weights = Weights {
        w: HashMap::new(),
        u: HashMap::new(),
        t: vec![0.0; (LABELS + 1) * LABELS],
        tu: vec![0.0; (LABELS + 1) * LABELS],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 0..epochs {
        // Fisher-Yates with a fixed xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut wrong = 0;
        for &k in &order {
            let ex = &examples[k];
            let guess = tagger::decode(&weights, &ex.features);
            if guess != ex.labels {
                wrong += 1;
                weights.update(ex, &ex.labels.clone(), 1.0);
                weights.update(ex, &guess, -1.0);
            }
            weights.step += 1.0;
        }
        eprintln!(
            "epoch {}: {wrong} of {} sequences wrong",
            epoch + 1,
            examples.len()
        );
    }
    weights.averaged()
}

/// The mean of `runs` models trained from different shuffles (parameter mixing, McDonald
/// et al. 2010): one perceptron's weights swing with the order it saw the data in, by
/// several points of F1 on a corpus as small as GUM's train split; their mean does not,
/// and it is one table of the same size, read at the same speed. Four runs still left
/// GUM dev ORG F1 anywhere in .64–.67 by the seeds drawn; sixteen keep it within .005,
/// for some ten seconds of training.
fn mixed(
    examples: &[Sequence],
    epochs: usize,
    runs: usize,
    first: u64,
) -> (Vec<(u32, [f32; LABELS])>, Vec<f32>) {
    let mut sum: HashMap<u32, [f32; LABELS]> = HashMap::new();
    let mut transitions = vec![0f32; (LABELS + 1) * LABELS];
    for run in first..first + runs as u64 {
        let seed = 0x2545_f491_4f6c_dd1du64 ^ run.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        eprintln!("run {run}");
        let (feats, t) = train(examples, epochs, seed);
        for (k, w) in feats {
            let s = sum.entry(k).or_insert([0.0; LABELS]);
            for l in 0..LABELS {
                s[l] += w[l] / runs as f32;
            }
        }
        for (a, b) in transitions.iter_mut().zip(t) {
            *a += b / runs as f32;
        }
    }
    let mut feats: Vec<(u32, [f32; LABELS])> = sum.into_iter().collect();
    feats.sort_by_key(|(k, _)| *k);
    (feats, transitions)
}

fn main() {
    let args = Args::parse();
    let pipeline = Pipeline::new(PipelineOptions {
        tagger: tagger::Choice::Off,
        ..PipelineOptions::default()
    });
    let mut examples = Vec::new();
    let mut corpora = Vec::new();
    for spec in &args.train {
        let (path, genres) = training::parse_spec(spec);
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let (ex, docs) = training::read_corpus(&text, genres.as_deref(), &pipeline)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let size = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        corpora.push(format!(
            "  {spec} ({docs} documents, {} sequences, file of {size} bytes)",
            ex.len()
        ));
        examples.extend(ex);
    }
    eprintln!("{} sequences", examples.len());
    let (feats, transitions) = mixed(&examples, args.epochs, args.runs, args.first_run);
    // One scale for all weights, from the largest: 8 bits keep the ranking of labels.
    let max = feats
        .iter()
        .flat_map(|(_, w)| w.iter())
        .fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let quantized: Vec<(u32, Vec<i8>)> = feats
        .iter()
        .map(|(k, w)| {
            (
                *k,
                w.iter()
                    .map(|x| (x / scale).round() as i8)
                    .collect::<Vec<i8>>(),
            )
        })
        .filter(|(_, w)| w.iter().any(|&x| x != 0))
        .collect();
    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let header = format!(
        "dossier entity tagger, written by examples/train_tagger.rs\n\
         labels: O, then B and I of PERSON, ORG, LOC, MISC\n\
         trained on:\n{}\n\
         licences: GUM annotations CC BY 4.0, texts per genre (only openly licensed genres kept); \
         Broad Twitter Corpus CC BY 4.0; WNUT-17 CC BY 4.0; UNER English-EWT CC BY-SA 4.0. \
         These weights are published under CC BY-SA 4.0 (see data/README.md).\n\
         epochs: {}; runs mixed: {}; features kept: {} of {}\n\
         sequences digest: {}\n\
         date: {}\n\
         command: {command}\n",
        corpora.join("\n"),
        args.epochs,
        args.runs,
        quantized.len(),
        feats.len(),
        training::digest(&examples),
        args.date
    );
    let bytes = tagger::model::write(&header, LABELS, &transitions, &quantized, scale);
    fs::write(&args.out, &bytes).expect("model written");
    eprintln!(
        "{}: {} bytes, {} features",
        args.out,
        bytes.len(),
        quantized.len()
    );

    if !args.eval.is_empty() {
        let leaked: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let pipeline = Pipeline::new(PipelineOptions {
            tagger: tagger::Choice::Custom(leaked),
            ..PipelineOptions::default()
        });
        for pair in &args.eval {
            let (gold, pred) = pair.split_once('=').expect("--eval GOLD=PRED");
            let mut out = fs::File::create(pred).expect("prediction file");
            for line in fs::read_to_string(gold).expect("gold").lines() {
                let d: serde_json::Value = serde_json::from_str(line).expect("JSON line");
                let mut doc = Document::new(
                    d["id"].as_str().unwrap_or(""),
                    d["text"].as_str().unwrap_or(""),
                );
                doc.date = d["dct"].as_str().map(str::to_string);
                let record = pipeline.process(&doc);
                out.write_all(&encode(Format::Predictions, &record).expect("encodes"))
                    .expect("written");
            }
        }
    }
}
