//! What the tagger's trainer (`examples/train_tagger.rs`) learns from, shared with the test
//! that the compiled-in model is up to date (`tests/tagger.rs`).
//!
//! The tagger's features include the rules' decisions, so a change to a rule changes what
//! the model should have been trained on. The trainer writes a digest of every training
//! sequence's features and labels into the model's header; the test reads the same corpora
//! through the pipeline as it is and compares, so a rule changed without retraining fails
//! there instead of leaving a model that no command reproduces.
//!
//! No file is read here: the caller passes each corpus's text.

use serde_json::Value;

use crate::tagger::EntityType;
use crate::tagger::features::Features;
use crate::{Document, Pipeline};

/// One training sequence: a segment's features per token and its gold labels.
pub struct Sequence {
    /// The features of each token.
    pub features: Features,
    /// The gold label of each token ([`crate::tagger::LABELS`]).
    pub labels: Vec<usize>,
}

/// A training corpus as the trainer is given it: `FILE` or `FILE:GENRE,GENRE`, the
/// genres to keep. Returns the file and the genres.
pub fn parse_spec(spec: &str) -> (&str, Option<Vec<&str>>) {
    match spec.split_once(':') {
        Some((path, genres)) => (path, Some(genres.split(',').collect())),
        None => (spec, None),
    }
}

/// The training sequences of a corpus in the shared one-document-a-line format (`text`,
/// `spans` with code-point offsets and PERSON/ORG/LOC/MISC labels, optional `genre` and
/// `dct`), keeping the documents of `genres` when given, and the number of documents kept.
/// A line that is not such a document is an error naming its line number.
pub fn read_corpus(
    text: &str,
    genres: Option<&[&str]>,
    pipeline: &Pipeline,
) -> Result<(Vec<Sequence>, usize), String> {
    let mut out = Vec::new();
    let mut docs = 0;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let d: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        if genres.is_some_and(|g| !g.contains(&d["genre"].as_str().unwrap_or(""))) {
            continue;
        }
        docs += 1;
        let body = d["text"]
            .as_str()
            .ok_or_else(|| format!("line {}: no \"text\"", n + 1))?;
        let gold = gold_names(&d, body);
        let mut doc = Document::new(d["id"].as_str().unwrap_or(""), body);
        doc.date = d["dct"].as_str().map(str::to_string);
        for (spans, features) in pipeline.tagger_examples(&doc) {
            let mut labels = vec![0usize; spans.len()];
            let mut prev: Option<usize> = None; // the gold name the last token was in
            for (i, tok) in spans.iter().enumerate() {
                let inside = gold
                    .iter()
                    .position(|&(a, b, _)| tok.start >= a && tok.start < b);
                if let Some(g) = inside {
                    labels[i] = gold[g].2.begin_label() + usize::from(prev == Some(g));
                }
                prev = inside;
            }
            out.push(Sequence { features, labels });
        }
    }
    Ok((out, docs))
}

/// The document's gold names as byte ranges of `body`, with their types.
fn gold_names(d: &Value, body: &str) -> Vec<(usize, usize, EntityType)> {
    let mut bytes: Vec<usize> = body.char_indices().map(|(b, _)| b).collect();
    bytes.push(body.len());
    d["spans"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or(&[])
        .iter()
        .filter_map(|s| {
            let t = EntityType::from_name(s["label"].as_str()?)?;
            let (a, b) = (s["start"].as_u64()?, s["end"].as_u64()?);
            Some((
                *bytes.get(usize::try_from(a).ok()?)?,
                *bytes.get(usize::try_from(b).ok()?)?,
                t,
            ))
        })
        .collect()
}

/// A digest of training sequences (FNV-1a over every feature id and label, in order), as
/// 16 hexadecimal digits: the same sequences give the same digest on every platform.
pub fn digest(sequences: &[Sequence]) -> String {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut eat = |x: u32| {
        for b in x.to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for s in sequences {
        for (feats, &label) in s.features.tokens().zip(&s.labels) {
            feats.iter().for_each(|&f| eat(f));
            eat(0); // no feature id is 0: the token ends
            eat(label as u32);
        }
        eat(u32::MAX); // the sequence ends
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_lines_become_labelled_sequences() {
        let pipeline = Pipeline::new(crate::PipelineOptions {
            tagger: crate::tagger::Choice::Off,
            ..crate::PipelineOptions::default()
        });
        let text = concat!(
            r#"{"id":"a","genre":"news","text":"Jana Novák met Oskar Berg in Tyomvik.","spans":[{"start":0,"end":10,"label":"PERSON"},{"start":29,"end":36,"label":"LOC"}]}"#,
            "\n",
            r#"{"id":"b","genre":"fiction","text":"Mira sailed to Tyom.","spans":[]}"#,
            "\n"
        );
        let (all, docs) = read_corpus(text, None, &pipeline).expect("reads");
        assert_eq!(docs, 2);
        let (news, docs) = read_corpus(text, Some(&["news"]), &pipeline).expect("reads");
        assert_eq!(docs, 1);
        // "Jana Novák": B-PERSON, I-PERSON; "Tyomvik": B-LOC.
        let labels: Vec<usize> = news.iter().flat_map(|s| s.labels.clone()).collect();
        let person = EntityType::Person.begin_label();
        let loc = EntityType::Loc.begin_label();
        assert!(
            labels.windows(2).any(|w| w == [person, person + 1]),
            "{labels:?}"
        );
        assert!(labels.contains(&loc), "{labels:?}");
        assert_ne!(digest(&all), digest(&news));
        assert_eq!(digest(&news), digest(&news));
        let err = read_corpus("{\"id\":1}\nnot json\n", None, &pipeline).err();
        assert!(err.is_some_and(|e| e.starts_with("line 1")));
    }
}
