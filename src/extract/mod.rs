//! Extractors: actors, locations and dates, each its own module over shared inputs.
//!
//! All extractors read the same [`Context`] (text, text layer, layout). Actors and
//! locations share one gazetteer pass and one capitalized-name chunking, done here once,
//! so that a span claimed by one (a person "Jordan Peterson") is not claimed by another
//! (a place "Jordan").

pub mod actors;
pub mod calendar;
pub mod clubs;
pub mod dates;
pub mod definitions;
pub mod locations;
pub mod merge;
pub mod names;
pub mod national;
pub mod repeats;
pub mod tagger;

use crate::gazetteer::{Gazetteer, Hit};
use crate::span::{Span, overlaps_any};
use crate::structure::Layout;
use crate::text::TextLayer;

pub use actors::{Actor, ActorKind};
pub use dates::{Anchor, AnchorSource, DateMention, DateOrder, TimexMod, TimexType};
pub use locations::Location;

/// What every extractor reads: the text (`'t`, which the extractions may borrow) and
/// the stages' results over it (`'l`, which they may not).
pub struct Context<'t, 'l> {
    /// The article text.
    pub src: &'t str,
    /// Its tokens, sentences and lines.
    pub layer: &'l TextLayer,
    /// Its structure.
    pub layout: &'l Layout,
    /// The title and heading spans, in order, for O(log n) look-ups.
    headings: Vec<Span>,
}

impl<'t, 'l> Context<'t, 'l> {
    /// The context of one article.
    pub fn new(src: &'t str, layer: &'l TextLayer, layout: &'l Layout) -> Self {
        let mut headings: Vec<Span> = layout.headings().map(|h| h.span).collect();
        headings.sort();
        Context {
            src,
            layer,
            layout,
            headings,
        }
    }

    /// A mention at `span` with its sentence and section.
    pub fn mention(&self, span: Span) -> Mention {
        Mention {
            span,
            sentence: self.layer.sentence_at(span.start),
            section: self.layout.section_at(span.start),
        }
    }

    /// True when `span` lies in boilerplate, which is kept out of the content.
    pub fn in_boilerplate(&self, span: Span) -> bool {
        overlaps_any(&self.layout.boilerplate, span)
    }

    /// True when `span` overlaps the dateline.
    pub fn in_dateline(&self, span: Span) -> bool {
        self.layout
            .dateline
            .as_ref()
            .is_some_and(|d| d.span.overlaps(span))
    }

    /// True when `span` lies in the title or a section heading.
    pub fn in_heading(&self, span: Span) -> bool {
        overlaps_any(&self.headings, span)
    }

    /// The span of the title or section heading that holds byte `pos`, if any.
    pub fn heading_at(&self, pos: usize) -> Option<Span> {
        let i = self.headings.partition_point(|h| h.end <= pos);
        self.headings.get(i).copied().filter(|h| h.start <= pos)
    }
}

/// One place where an entity or date is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: Option<usize>,
    /// Index of its section.
    pub section: Option<usize>,
}

/// Options for the extractors.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// A reference date given by the caller (option or JSONL field).
    pub anchor: Option<Anchor>,
    /// Order of numeric dates.
    pub date_order: DateOrder,
    /// The most dates, and the most name and place candidates, one article yields; the
    /// earliest are kept. Bounds memory on hostile text ("2020 2020 …" for megabytes).
    pub max_mentions: usize,
    /// The learned tagger run after the rules, if any (see [`tagger`]).
    pub tagger: tagger::Choice,
    /// Which extractors' results the caller wants.
    pub only: Wanted,
}

/// Which extractions a caller wants. Actors and places are found together (each claims
/// names from the other), and dates keep names off date words, so an extractor that is
/// needed by a wanted one still runs; what is saved is the work no wanted result depends
/// on: everything but the date rules for dates alone, everything for neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wanted {
    /// People, organizations and groups.
    pub actors: bool,
    /// Places.
    pub locations: bool,
    /// Temporal expressions (and the anchor they were resolved against).
    pub dates: bool,
}

impl Default for Wanted {
    fn default() -> Self {
        Wanted {
            actors: true,
            locations: true,
            dates: true,
        }
    }
}

/// The default of [`Settings::max_mentions`]: some fifty times what a long news article
/// holds, and a record of a few megabytes at most.
pub const MAX_MENTIONS: usize = 10_000;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            anchor: None,
            date_order: DateOrder::default(),
            max_mentions: MAX_MENTIONS,
            tagger: tagger::Choice::Embedded,
            only: Wanted::default(),
        }
    }
}

/// Everything the extractors found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extractions<'a> {
    /// People, organizations and groups.
    pub actors: Vec<Actor<'a>>,
    /// Places.
    pub locations: Vec<Location>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// The anchor dates were resolved against.
    pub anchor: Option<Anchor>,
    /// What [`Settings::max_mentions`] cut short, one line each, for the record's warnings.
    pub truncated: Vec<String>,
}

/// What the rules found, before the tagger.
struct Rules<'t, 'g> {
    dates: Vec<DateMention>,
    /// The dates' spans, in order.
    date_spans: Vec<Span>,
    /// The quoted titles of works, in order.
    titles: Vec<Span>,
    anchor: Option<Anchor>,
    truncated: Vec<String>,
    hits: Vec<Hit<'g>>,
    chunks: Vec<names::Chunk>,
    found: actors::Found<'t>,
    locations: Vec<Location>,
}

fn rules<'t, 'g>(
    ctx: &Context<'t, '_>,
    gazetteer: &'g Gazetteer,
    settings: &Settings,
) -> Rules<'t, 'g> {
    let cap = settings.max_mentions;
    let mut truncated = Vec::new();
    let (dates, anchor, dates_cut) =
        dates::find_at_most(ctx, settings.anchor, settings.date_order, cap);
    if dates_cut {
        truncated.push(dates_cut_warning(cap));
    }
    let date_spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
    // Titles of works quoted ("Out of Africa"): their words name no one and no place.
    let titles = names::work_titles(ctx.src);
    let mut hits: Vec<Hit> = gazetteer.find_all(ctx.src, &ctx.layer.tokens);
    hits.retain(|h| {
        !ctx.in_boilerplate(h.span)
            && !names::is_currency_prefix(h.span, ctx.src)
            && !names::in_work_title(&titles, h.span)
    });
    let mut chunks = names::chunks(ctx, gazetteer, &date_spans, &hits);
    if !titles.is_empty() {
        chunks.retain(|c| !overlaps_any(&titles, c.span));
    }
    // Names and places are found from these two lists; cutting both at the same place of
    // the text keeps what is found before it as it would be without the cut.
    if hits.len() > cap || chunks.len() > cap {
        let cut = [
            hits.get(cap).map(|h| h.span.start),
            chunks.get(cap).map(|c| c.span.start),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(usize::MAX);
        hits.retain(|h| h.span.end <= cut);
        chunks.retain(|c| c.span.end <= cut);
        truncated.push(format!(
            "more than {cap} name or place candidates: only those before byte {cut} are kept (max_mentions)"
        ));
    }
    let found = actors::find(ctx, gazetteer, &hits, &chunks);
    let locations = locations::find(ctx, gazetteer, &hits, &chunks, &found.claimed);
    Rules {
        dates,
        date_spans,
        titles,
        anchor,
        truncated,
        hits,
        chunks,
        found,
        locations,
    }
}

/// Runs all extractors over one article: the rules, then the tagger where it is on.
pub fn run<'t>(
    ctx: &Context<'t, '_>,
    gazetteer: &Gazetteer,
    settings: &Settings,
) -> Extractions<'t> {
    let only = settings.only;
    if !only.actors && !only.locations {
        if !only.dates {
            return Extractions::default();
        }
        let cap = settings.max_mentions;
        let (dates, anchor, cut) =
            dates::find_at_most(ctx, settings.anchor, settings.date_order, cap);
        return Extractions {
            dates,
            anchor,
            truncated: cut.then(|| dates_cut_warning(cap)).into_iter().collect(),
            ..Extractions::default()
        };
    }
    let mut r = rules(ctx, gazetteer, settings);
    // What no tagged name and no repeated one may overlap: the dates and the names the
    // rules claimed.
    let mut taken = r.date_spans.clone();
    taken.extend_from_slice(&r.titles);
    taken.extend_from_slice(&r.found.claimed);
    if let Some(model) = settings.tagger.model() {
        let (segments, facts) = tagger_input(ctx, gazetteer, &r);
        let tagged = tagger::tag(&model, &facts.sources(ctx), &segments, &ctx.layer.tokens);
        merge::add_tagged(
            ctx,
            gazetteer,
            &tagged,
            &taken,
            &mut r.found.actors,
            &mut r.locations,
        );
    }
    definitions::retype(ctx, &r.chunks, &mut r.found.actors, &mut r.locations);
    clubs::city_clubs(ctx, gazetteer, &mut r.found.actors, &mut r.locations);
    merge::join_company_heads(gazetteer, &mut r.found.actors);
    repeats::add_repeats(ctx, gazetteer, &r.chunks, &taken, &mut r.found.actors, &mut r.locations);
    national::localize(ctx.src, &mut r.found.actors, &r.locations);
    let mut found = Extractions {
        actors: r.found.actors,
        locations: r.locations,
        dates: r.dates,
        anchor: r.anchor,
        truncated: r.truncated,
    };
    if !only.actors {
        found.actors.clear();
    }
    if !only.locations {
        found.locations.clear();
    }
    if !only.dates {
        found.dates.clear();
        found.anchor = None;
    }
    found
}

fn dates_cut_warning(cap: usize) -> String {
    format!("more than {cap} dates: only those found before the limit are kept (max_mentions)")
}

/// What the tagger reads after the rules: the segments it labels and the facts about
/// their tokens.
fn tagger_input(
    ctx: &Context,
    gazetteer: &Gazetteer,
    r: &Rules,
) -> (Vec<tagger::Segment>, merge::TokenFacts) {
    let mut segments = merge::segments(&r.chunks);
    let facts = merge::TokenFacts::new(
        ctx,
        gazetteer,
        &r.hits,
        &mut segments,
        &r.found.actors,
        &r.locations,
        &r.date_spans,
    );
    (segments, facts)
}

/// The tagger's segments of one article with their features, computed exactly as
/// [`run`] computes them: what `examples/train_tagger.rs` learns from.
pub fn tagger_examples(
    ctx: &Context,
    gazetteer: &Gazetteer,
    settings: &Settings,
) -> Vec<tagger::Example> {
    let r = rules(ctx, gazetteer, settings);
    let (segments, facts) = tagger_input(ctx, gazetteer, &r);
    let sources = facts.sources(ctx);
    segments
        .iter()
        .map(|seg| {
            let spans = ctx.layer.tokens[seg.tokens.clone()]
                .iter()
                .map(|t| t.span)
                .collect();
            (spans, tagger::features::of_segment(&sources, seg))
        })
        .collect()
}

/// Rule tables for entity extractors: each case is a text, the entities it must yield as
/// (name, kind, country or affiliation), and names it must not yield.
#[cfg(test)]
pub(crate) mod rule_table {
    use crate::{PipelineOptions, Document, Pipeline, Record};

    /// (text, expected (name, kind, country), names that must be absent).
    pub type Case = (
        &'static str,
        &'static [(&'static str, &'static str, Option<&'static str>)],
        &'static [&'static str],
    );

    /// Runs every case; `pick` lists a record's entities as (name, kind, country).
    pub fn check_entities(
        cases: &[Case],
        pick: fn(&Record) -> Vec<(String, String, Option<String>)>,
    ) {
        let pipeline = Pipeline::new(PipelineOptions::default());
        let mut failures = Vec::new();
        for (text, want, absent) in cases {
            let got = pick(&pipeline.process(&Document::new("t", *text)));
            for (name, kind, country) in *want {
                if !got
                    .iter()
                    .any(|(n, k, c)| n == name && k == kind && c.as_deref() == *country)
                {
                    failures.push(format!(
                        "{text:?}: missing {name} ({kind}, {country:?}); got {got:?}"
                    ));
                }
            }
            for name in *absent {
                if got.iter().any(|(n, _, _)| n == name) {
                    failures.push(format!("{text:?}: unexpected {name}; got {got:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{structure, text};

    #[test]
    fn heading_at_table() {
        let src = "Talks Resume in Cairo\n\nBody text here, with more words.\n\n## Next Steps\n\nMore text follows.";
        let layer = text::analyze(src);
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        // (a word, a word of the heading that holds it)
        let cases: &[(&str, Option<&str>)] = &[
            ("Resume", Some("Talks")),
            ("Talks", Some("Cairo")),
            ("Body", None),
            ("follows", None),
            ("Steps", Some("Next")),
        ];
        for (word, want) in cases {
            let got = ctx.heading_at(src.find(word).unwrap()).map(|h| h.text(src));
            match want {
                Some(w) => assert!(got.is_some_and(|h| h.contains(w)), "{word}: {got:?}"),
                None => assert_eq!(got, None, "{word}"),
            }
        }
        assert_eq!(ctx.heading_at(src.len()), None);
    }
}
