//! # dossier
//!
//! Turns English news-article text into one structured record per article: title,
//! summary, sections and lists, the actors, locations and dates it names — each with
//! exact spans into the input — as JSON, JSON Lines or CSV.
//!
//! The pipeline runs one way: [`input`] (decoding, files, folders) → [`text`] (lines,
//! tokens, sentences) → [`structure`] (title, sections, lists, boilerplate) → [`extract`]
//! (actors, locations, dates over the shared [`gazetteer`]) → [`record`] (the output
//! schema) → [`output`] (writers). [`batch`] runs the pipeline over many inputs in
//! parallel with ordered, streaming output.
//!
//! ```
//! use dossier::{Document, Pipeline, PipelineOptions};
//!
//! let pipeline = Pipeline::new(PipelineOptions::default());
//! let doc = Document::new("-", "CAIRO, March 3, 2025 (Reuters) - Egyptian and Qatari diplomats met Hamas in Cairo.");
//! let record = pipeline.process(&doc);
//! assert_eq!(record.locations[0].name, "Cairo");
//! assert!(record.actors.iter().any(|a| a.name == "Hamas"));
//! assert_eq!(record.dates[0].value.as_deref(), Some("2025-03-03"));
//!
//! // The record as the command line writes it.
//! let json = dossier::output::encode(dossier::Format::Jsonl, &record).unwrap();
//! assert!(json.starts_with(b"{"));
//! ```
//!
//! What is public is what a caller needs: the [`Pipeline`] and its [`PipelineOptions`],
//! [`input`] (documents, files, folders, JSONL), [`record`] (the record's types and its
//! JSON Schema), [`output`] (JSON, JSONL and CSV encoders), [`batch`] (ordered, parallel
//! runs over many inputs), [`tagger`] (the learned tagger's model) and [`training`] (what
//! the tagger is retrained from).
//! The stages themselves are internal; the `internals` feature opens them to the stage
//! benchmark (`benches/stages.rs`) and is no stable API.
#![warn(missing_docs)]
#![forbid(unsafe_code)]

/// Declares the pipeline's stage modules: crate-private, unless the `internals` feature
/// opens them (to the stage benchmark).
macro_rules! stages {
    ($($(#[$attr:meta])* mod $name:ident;)*) => {$(
        $(#[$attr])*
        #[cfg(feature = "internals")]
        #[doc(hidden)]
        pub mod $name;
        $(#[$attr])*
        #[cfg(not(feature = "internals"))]
        pub(crate) mod $name;
    )*};
}

mod ascii;
pub mod batch;
pub mod error;
pub mod input;
mod lookup;
pub mod output;
pub mod record;
pub mod training;
stages! {
    mod extract;
    mod gazetteer;
    mod span;
    mod structure;
    mod text;
}

pub use error::{Error, ErrorKind, Result};
pub use extract::MAX_MENTIONS;
pub use extract::Wanted;
pub use extract::calendar::CivilDate;
pub use extract::dates::DateOrder;
pub use extract::tagger;
pub use input::{Document, InputOptions, Source};
pub use output::Format;
pub use record::Record;
pub use span::{OffsetUnit, Span};

use extract::{Anchor, AnchorSource, Context, Settings};
use gazetteer::Gazetteer;

/// What shapes a record: the options of the pipeline itself. (How inputs are read and
/// records written is [`batch::BatchOptions`].)
#[derive(Debug, Clone)]
pub struct PipelineOptions {
    /// Unit of output spans.
    pub offsets: OffsetUnit,
    /// Reference date for relative dates; overrides a document's own date and the text.
    pub reference_date: Option<CivilDate>,
    /// Order of numeric dates.
    pub date_order: DateOrder,
    /// The most dates, and name or place candidates, kept from one article (the earliest);
    /// the record says so in its warnings when the limit is reached.
    pub max_mentions: usize,
    /// The learned entity tagger run after the rules: the compiled-in model by default.
    pub tagger: tagger::Choice,
    /// Which extractions to make (all by default); structure is always made.
    pub only: Wanted,
}

impl Default for PipelineOptions {
    fn default() -> Self {
        PipelineOptions {
            offsets: OffsetUnit::Chars,
            reference_date: None,
            date_order: DateOrder::Mdy,
            max_mentions: MAX_MENTIONS,
            tagger: tagger::Choice::Embedded,
            only: Wanted::default(),
        }
    }
}

/// The article pipeline with its options; cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Pipeline {
    options: PipelineOptions,
}

impl Pipeline {
    /// A pipeline with `options`. The gazetteer and the tagger are compiled in, so this
    /// costs nothing.
    pub fn new(options: PipelineOptions) -> Self {
        Pipeline { options }
    }

    /// The options.
    pub fn options(&self) -> &PipelineOptions {
        &self.options
    }

    /// Compiles the patterns a typical article needs (they are compiled on first use), so
    /// that timings measure work, not start-up.
    pub fn warm_up(&self) {
        let _ = self.process(&Document::new("-", "Warm-up on March 3, 2025 in Cairo."));
    }

    /// The extractors' settings for `doc`: its reference date (the option's, else the
    /// document's own) and the pipeline's options.
    fn settings(&self, doc: &Document) -> Settings {
        let anchor = self
            .options
            .reference_date
            .map(|date| Anchor {
                date,
                source: AnchorSource::Option,
                span: None,
            })
            .or_else(|| {
                doc.date
                    .as_deref()
                    .and_then(CivilDate::parse_timestamp)
                    .map(|date| Anchor {
                        date,
                        source: AnchorSource::Field,
                        span: None,
                    })
            });
        Settings {
            anchor,
            date_order: self.options.date_order,
            max_mentions: self.options.max_mentions,
            tagger: self.options.tagger,
            only: self.options.only,
        }
    }

    /// The tagger's segments of `doc` with their features and token spans (bytes), as the
    /// pipeline computes them before tagging: what the tagger's trainer learns from.
    pub fn tagger_examples(&self, doc: &Document) -> Vec<tagger::Example> {
        let src = doc.text.as_str();
        let layer = text::analyze(src);
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        extract::tagger_examples(&ctx, Gazetteer::embedded(), &self.settings(doc))
    }

    /// Processes one document into its record. Never fails: every text has a record. The
    /// record borrows its texts from `doc`.
    ///
    /// Each thread that calls it keeps the token buffers of its last document (up to
    /// 65,536 tokens, some 2 MB) for the next one, as it keeps its pattern caches.
    pub fn process<'a>(&self, doc: &'a Document) -> Record<'a> {
        let src = doc.text.as_str();
        let layer = text::analyze_reusing(src, SPARE_LAYER.take());
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        let settings = self.settings(doc);
        let mut found = extract::run(&ctx, Gazetteer::embedded(), &settings);
        let truncated = std::mem::take(&mut found.truncated);
        let mut record = Record::build(doc, &layer, &layout, found, self.options.offsets);
        record.warnings.extend(truncated);
        if let Some(d) = doc.date.as_deref().filter(|d| {
            CivilDate::parse_timestamp(d).is_none() && self.options.reference_date.is_none()
        }) {
            record.warnings.push(format!(
                "date field {d:?} is not a YYYY-MM-DD date; ignored"
            ));
        }
        if layer.tokens.capacity() <= SPARE_TOKENS {
            SPARE_LAYER.set(layer);
        }
        record
    }
}

thread_local! {
    /// The text layer of the last article processed on this thread, whose vectors the next
    /// article's layer is built in.
    static SPARE_LAYER: std::cell::Cell<text::TextLayer> = std::cell::Cell::new(text::TextLayer::default());
}

/// The most tokens a kept layer has room for (some 1.5 MB): the layer of a huge article is
/// not worth its memory for the rest of the run.
const SPARE_TOKENS: usize = 1 << 16;
