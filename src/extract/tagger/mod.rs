//! The learned entity tagger: names the lists don't know.
//!
//! A first-order linear-chain model over BIO labels for PERSON, ORG, LOC and MISC,
//! trained as an averaged structured perceptron with hashed sparse features and decoded
//! exactly (Viterbi). It runs only on the article's capitalized runs (the name chunks the
//! rules see), where every name is, so it costs a fraction of a pass over every token; its
//! features include the rules' own decisions for each token and for the same word
//! elsewhere in the article, so it learns when to trust them.
//!
//! - Where to add a feature: [`features::of_segment`] (then retrain).
//! - Where the weights are: `data/tagger.bin`, compiled in; [`model`] reads it in place.
//! - How to retrain: `cargo run --release --example train_tagger` (see its docs and the
//!   README's development section); the same corpora and command give the same bytes.
//! - How its spans join the rules' entities: `extract::merge`.
//!
//! The model is small and hand-written here rather than taken from a crate: the CRF
//! crates (`crfs`, `crfsuite`) read models of their own formats at run time and parse
//! them at start-up, keep string-keyed features (an allocation per feature per token),
//! and bind C code or need a training library we would still have to drive; a perceptron
//! over hashed features is some 200 lines and reads its weights in place.

pub mod features;
pub mod model;

use crate::span::Span;
use crate::text::Token;

use features::{Features, Sources};
use model::Model;

/// One segment as the tagger sees it, for training: its tokens' byte spans and features
/// ([`crate::Pipeline::tagger_examples`] gives an article's).
pub type Example = (Vec<Span>, Features);

/// What the tagger names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityType {
    /// A person.
    Person,
    /// An organization.
    Org,
    /// A place.
    Loc,
    /// Another name (an event, a work, a product): found, not kept.
    Misc,
}

impl EntityType {
    /// All types, in label order.
    pub const ALL: [EntityType; 4] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Misc,
    ];

    /// The label of the type's first token; the next label is that of its inner tokens.
    pub fn begin_label(self) -> usize {
        1 + 2 * self as usize
    }

    /// The type from a corpus label (PERSON, ORG, LOC, MISC).
    pub fn from_name(name: &str) -> Option<EntityType> {
        match name {
            "PERSON" | "PER" => Some(EntityType::Person),
            "ORG" => Some(EntityType::Org),
            "LOC" | "GPE" => Some(EntityType::Loc),
            "MISC" => Some(EntityType::Misc),
            _ => None,
        }
    }
}

/// Labels: 0 outside a name, then B and I of each [`EntityType`].
pub const LABELS: usize = 1 + 2 * EntityType::ALL.len();

/// The type and whether it begins a name, of label `l` (`None` for outside).
pub fn label_type(l: usize) -> Option<(EntityType, bool)> {
    (l > 0).then(|| (EntityType::ALL[(l - 1) / 2], (l - 1).is_multiple_of(2)))
}

/// What the rules made of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    /// Nothing.
    #[default]
    None,
    /// Part of a person's name (the first token when `true`).
    Person(bool),
    /// Part of an organization's name.
    Org(bool),
    /// Part of a group's name.
    Group(bool),
    /// Part of a place's name.
    Loc(bool),
    /// Part of a temporal expression.
    Date,
}

impl Mark {
    /// A small number for the mark, for features.
    pub fn code(self) -> u32 {
        match self {
            Mark::None => 0,
            Mark::Person(b) => 1 + u32::from(b),
            Mark::Org(b) => 3 + u32::from(b),
            Mark::Group(b) => 5 + u32::from(b),
            Mark::Loc(b) => 7 + u32::from(b),
            Mark::Date => 9,
        }
    }

    /// The bit of the mark's kind in [`Sources::memory`].
    pub fn kind_bit(self) -> u16 {
        match self {
            Mark::None => 0,
            Mark::Person(_) => 1,
            Mark::Org(_) => 2,
            Mark::Group(_) => 4,
            Mark::Loc(_) => 8,
            Mark::Date => 16,
        }
    }
}

/// A run of tokens the tagger labels: a capitalized run of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Indices of its tokens.
    pub tokens: std::ops::Range<usize>,
}

/// A name the tagger found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged {
    /// Where it is (bytes).
    pub span: Span,
    /// What it names.
    pub kind: EntityType,
}

/// Bytes aligned to a cache line.
#[repr(C, align(64))]
struct Aligned<B: ?Sized>(B);

/// The compiled-in model, aligned so that its slots sit in cache lines (see [`model`]).
static MODEL_ALIGNED: &Aligned<[u8]> = &Aligned(*include_bytes!("../../../data/tagger.bin"));
static MODEL_BYTES: &[u8] = &MODEL_ALIGNED.0;

/// The compiled-in model, or `None` if its file is not a model (a test makes sure it is).
pub fn embedded() -> Option<Model<'static>> {
    Model::parse(MODEL_BYTES).filter(|m| m.labels == LABELS)
}

/// The header of the compiled-in model: what it was trained on, and how.
pub fn embedded_header() -> &'static str {
    Model::header(MODEL_BYTES)
}

/// What scores labels: the compiled model, or the trainer's weights while it learns.
pub trait Scorer {
    /// Adds the weights of `feature` for every label to `scores`.
    fn add(&self, feature: u32, scores: &mut [f32]);
    /// The score of moving from label `from` (`None`: the start) to label `to`.
    fn transition(&self, from: Option<usize>, to: usize) -> f32;
}

impl Scorer for Model<'_> {
    fn add(&self, feature: u32, scores: &mut [f32]) {
        Model::add(self, feature, scores)
    }
    fn transition(&self, from: Option<usize>, to: usize) -> f32 {
        Model::transition(self, from, to)
    }
}

/// The best label sequence for `features` under `model` (Viterbi), with BIO kept: an
/// inner label only after the first or an inner label of its type.
pub fn decode<S: Scorer>(model: &S, features: &Features) -> Vec<usize> {
    let n = features.len();
    if n == 0 {
        return Vec::new();
    }
    // Transition scores with BIO's bans as minus infinity, the last row from the start.
    let mut trans = [[0f32; LABELS]; LABELS + 1];
    for (from, row) in trans.iter_mut().enumerate() {
        let from = (from < LABELS).then_some(from);
        for (to, t) in row.iter_mut().enumerate() {
            let allowed = match label_type(to) {
                Some((ty, false)) => from.and_then(label_type).is_some_and(|(ft, _)| ft == ty),
                _ => true,
            };
            *t = if allowed {
                model.transition(from, to)
            } else {
                f32::NEG_INFINITY
            };
        }
    }
    let mut score = vec![[f32::NEG_INFINITY; LABELS]; n];
    let mut back = vec![[0u8; LABELS]; n];
    let mut emit = [0f32; LABELS];
    for (i, feats) in features.tokens().enumerate() {
        emit.fill(0.0);
        for &f in feats {
            model.add(f, &mut emit);
        }
        if i == 0 {
            for to in 0..LABELS {
                score[0][to] = emit[to] + trans[LABELS][to];
            }
            continue;
        }
        let prev = score[i - 1];
        for to in 0..LABELS {
            let mut best = (f32::NEG_INFINITY, 0);
            for (from, p) in prev.iter().enumerate() {
                let s = p + trans[from][to];
                if s > best.0 {
                    best = (s, from);
                }
            }
            score[i][to] = best.0 + emit[to];
            back[i][to] = best.1 as u8;
        }
    }
    let mut label = (0..LABELS)
        .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = label;
        label = usize::from(back[i][label]);
    }
    out
}

/// The names in a segment's labels, as token ranges with their types.
pub fn names_in(labels: &[usize]) -> Vec<(std::ops::Range<usize>, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &l) in labels.iter().enumerate() {
        match label_type(l) {
            Some((t, false)) if open.is_some_and(|(_, ot)| ot == t) => {}
            other => {
                if let Some((s, t)) = open.take() {
                    out.push((s..i, t));
                }
                if let Some((t, _)) = other {
                    open = Some((i, t));
                }
            }
        }
    }
    if let Some((s, t)) = open {
        out.push((s..labels.len(), t));
    }
    out
}

/// Which model tags, if any.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Choice {
    /// No tagger: the rules and lists alone.
    Off,
    /// The compiled-in model.
    #[default]
    Embedded,
    /// A model file's bytes (as `examples/train_tagger.rs` writes them), for trying a
    /// retrained model without rebuilding.
    Custom(&'static [u8]),
}

impl std::fmt::Debug for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Choice::Off => f.write_str("Off"),
            Choice::Embedded => f.write_str("Embedded"),
            Choice::Custom(b) => write!(f, "Custom({} bytes)", b.len()),
        }
    }
}

impl Choice {
    /// The model chosen, when on and readable.
    pub fn model(self) -> Option<Model<'static>> {
        match self {
            Choice::Off => None,
            Choice::Embedded => embedded(),
            Choice::Custom(bytes) => Model::parse(bytes).filter(|m| m.labels == LABELS),
        }
    }
}

/// Tags every segment with `model`.
pub fn tag(
    model: &Model,
    sources: &Sources,
    segments: &[Segment],
    tokens: &[Token],
) -> Vec<Tagged> {
    let mut out = Vec::new();
    for seg in segments {
        let feats = features::of_segment(sources, seg);
        let labels = decode(model, &feats);
        for (range, kind) in names_in(&labels) {
            let (a, b) = (seg.tokens.start + range.start, seg.tokens.start + range.end);
            out.push(Tagged {
                span: features::span_of(tokens, a..b),
                kind,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_table() {
        let (o, bp, ip, bo, io) = (0, 1, 2, 3, 4);
        let cases: &[(&[usize], &[(usize, usize, EntityType)])] = &[
            (&[], &[]),
            (&[o, o], &[]),
            (&[bp, ip], &[(0, 2, EntityType::Person)]),
            (
                &[bp, bp],
                &[(0, 1, EntityType::Person), (1, 2, EntityType::Person)],
            ),
            (
                &[bo, io, o, bp],
                &[(0, 2, EntityType::Org), (3, 4, EntityType::Person)],
            ),
            (
                &[bp, io],
                &[(0, 1, EntityType::Person), (1, 2, EntityType::Org)],
            ),
        ];
        for (labels, want) in cases {
            let got: Vec<(usize, usize, EntityType)> = names_in(labels)
                .into_iter()
                .map(|(r, t)| (r.start, r.end, t))
                .collect();
            assert_eq!(got, *want, "{labels:?}");
        }
    }

    #[test]
    fn the_embedded_model_loads() {
        let m = embedded().expect("data/tagger.bin is a model of the tagger's labels");
        assert_eq!(m.labels, LABELS);
        assert!(
            embedded_header().contains("train_tagger"),
            "{}",
            embedded_header()
        );
    }
}
