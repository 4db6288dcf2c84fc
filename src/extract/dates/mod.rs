//! Dates: finding temporal expressions and normalizing them to TIMEX3.
//!
//! Two steps, as in HeidelTime: patterns turn text into a [`Spec`] (what the words say:
//! "last Friday", "March 3", "three days ago"), then [`resolve`] turns a spec into a TIMEX3
//! value against the article's anchor date. The anchor is passed in or found in the
//! article's opening lines; the clock is never read, so the same input always gives the
//! same values. Without an anchor, relative expressions keep a null value and say their
//! offset instead ("-P1D").
//!
//! One file per concern, in the order a text goes through them:
//!
//! | file | what it holds |
//! |---|---|
//! | `rules.rs` | the rule table: each rule's pattern, trigger words, window and builder |
//! | `triggers.rs` | the scan that finds each sentence's trigger words and digit shapes, and picks the rules worth running |
//! | `pattern.rs` | pattern assembly (`{MONTH}`, `{NUM}`...) and the regex engines; the one seam where speed work lives |
//! | `search.rs` | running the rules over the sentences and choosing the longest non-overlapping matches |
//! | `groups.rs` | how a builder reads a match: its groups, number words, month and weekday names, the words beside it |
//! | `build_calendar.rs`, `build_relative.rs` | the builders: a match's groups to a [`Spec`] |
//! | `resolve.rs` | a [`Spec`] and the anchor to a TIMEX3 type and value |
//! | `refer.rs` | the passes over the found mentions: a time takes its day, "the quarter" the one last named, "a year earlier" the period compared with |
//! | this file | the public types and the order of the steps |
//!
//! **Adding a rule** touches three places: a [`rules::Rule`] in `RULES` (its pattern, the
//! words that trigger it, how many words of its match may come before the trigger), its
//! builder in one of the `build_*` files, and rows in the tables of `tests/` (a sentence,
//! and the mentions expected against the anchor 2025-03-05) that fail without it. The
//! table's limits are checked when the crate compiles, never at run time: at most 64
//! rules (`const` assertions in `rules.rs`); trigger words beyond what the masks hold
//! share bits, which costs speed, never a result.

mod build_calendar;
mod build_relative;
mod groups;
mod pattern;
mod refer;
mod resolve;
mod rules;
mod search;
mod tense;
mod triggers;

use super::calendar::{CivilDate, interval};
use super::{Context, Mention};
use crate::span::Span;

pub use resolve::resolve;
use refer::Refer;
use search::{Candidate, candidates};

/// TIMEX3 types.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurring time.
    Set,
}

impl TimexType {
    /// The TIMEX3 name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// TIMEX3 `mod`: how an expression narrows or loosens its value (TimeML 1.2.1).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum TimexMod {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

impl TimexMod {
    /// The TIMEX3 name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexMod::Before => "BEFORE",
            TimexMod::After => "AFTER",
            TimexMod::OnOrBefore => "ON_OR_BEFORE",
            TimexMod::OnOrAfter => "ON_OR_AFTER",
            TimexMod::LessThan => "LESS_THAN",
            TimexMod::MoreThan => "MORE_THAN",
            TimexMod::EqualOrLess => "EQUAL_OR_LESS",
            TimexMod::EqualOrMore => "EQUAL_OR_MORE",
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Approx => "APPROX",
        }
    }

    /// The mod named `name`; `None` for any other name (the builders' internal marks).
    fn from_name(name: &str) -> Option<TimexMod> {
        const ALL: [TimexMod; 12] = [
            TimexMod::Before,
            TimexMod::After,
            TimexMod::OnOrBefore,
            TimexMod::OnOrAfter,
            TimexMod::LessThan,
            TimexMod::MoreThan,
            TimexMod::EqualOrLess,
            TimexMod::EqualOrMore,
            TimexMod::Start,
            TimexMod::Mid,
            TimexMod::End,
            TimexMod::Approx,
        ];
        ALL.into_iter().find(|m| m.as_str() == name)
    }
}

/// Order of day and month in numeric dates such as 03/04/2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// Month first (US): 03/04/2025 is March 4.
    #[default]
    Mdy,
    /// Day first: 03/04/2025 is 3 April.
    Dmy,
}

/// Where the anchor date came from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum AnchorSource {
    /// `--reference-date`.
    Option,
    /// The JSONL date field.
    Field,
    /// A date in the article's dateline or opening lines.
    Text,
}

impl AnchorSource {
    /// The name used in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            AnchorSource::Option => "option",
            AnchorSource::Field => "field",
            AnchorSource::Text => "text",
        }
    }
}

/// The reference date relative expressions resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// The date.
    pub date: CivilDate,
    /// Where it came from.
    pub source: AnchorSource,
    /// Where in the text, for [`AnchorSource::Text`].
    pub span: Option<Span>,
}

/// One temporal expression, normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where it is (also in `mention`).
    pub span: Span,
    /// Sentence and section.
    pub mention: Mention,
    /// TIMEX3 type.
    pub timex_type: TimexType,
    /// TIMEX3 value, when it could be resolved.
    pub value: Option<String>,
    /// TIMEX3 mod.
    pub modifier: Option<TimexMod>,
    /// Offset from the anchor of an unresolved relative expression.
    pub offset: Option<String>,
    /// Start of the denoted interval.
    pub begin: Option<String>,
    /// End of the denoted interval (exclusive).
    pub end: Option<String>,
}

/// Calendar units of relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A weekend.
    Weekend,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// Moveable feasts with a rule for their date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// Days after Western Easter Sunday: Easter 0, Good Friday -2, Pentecost 49.
    Easter(i16),
    /// Days after US Thanksgiving, the fourth Thursday of November: Black Friday 1.
    Thanksgiving(i16),
    /// US Election Day, the Tuesday after the first Monday of November.
    ElectionDay,
    /// The `n`th ISO weekday `wd` of month `m`, counted from the month's end when `n` is
    /// negative: Labor Day (9, 1, 1), Memorial Day (5, 1, -1).
    NthWeekday { m: u8, wd: u8, n: i8 },
}

/// What a temporal expression says, before resolution. Field names are the calendar's
/// own: `y`/`m`/`d` year, month, day; `wd` ISO weekday; `rel`/`n` offsets in units;
/// `part` a TIMEX3 part of day (MO, AF, EV, NI).
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    /// A calendar date, possibly missing its year (taken from the anchor).
    Calendar {
        y: Option<i32>,
        m: Option<u32>,
        d: Option<u32>,
        weekday: Option<u32>,
    },
    /// A decade, as its first three digits (199 for the 1990s).
    Decade(i32),
    /// A century, as its first two digits (20 for the 21st century).
    Century(i32),
    /// A quarter or half: (year, "Q1" | "H2").
    Part(Option<i32>, &'static str),
    /// A quarter of a year named by its number or relative to the anchor's: "this year's
    /// third quarter" (rel 0), "the 1988 second quarter" (y), "the year-ago quarter"
    /// (rel -1, no part: the quarter of the latest one ended, a year before).
    YearQuarter {
        y: Option<i32>,
        rel: i64,
        part: Option<&'static str>,
    },
    /// A month of a year named relative to the anchor's: "June last year" (rel -1).
    MonthOfYear { m: u32, rel: i64 },
    /// A comparison with the same stretch of time `years` before: "a year ago", "a year
    /// earlier", "year-earlier", "the same period last year". It is the period the text
    /// named last (a quarter, a half, a month) shifted back; without one, the anchor's year
    /// shifted back.
    Comparison { years: i64 },
    /// A season, with a year or a relative offset in years.
    Season {
        y: Option<i32>,
        rel: Option<i64>,
        code: &'static str,
    },
    /// A day relative to the anchor (0 today, -1 yesterday), with a part of day.
    RelDay {
        days: i64,
        part: Option<&'static str>,
    },
    /// A weekday; `rel` is -1 for "last", +1 for "next", 0 for a bare weekday (the most
    /// recent one before the anchor, as in news). `echo`: a possessive ("Sunday's final")
    /// that names an event rather than the clause's time, so the same weekday named before
    /// in the article tells which one it is.
    Weekday {
        wd: u32,
        rel: i64,
        part: Option<&'static str>,
        echo: bool,
    },
    /// A unit relative to the date the text named last: "the following year" (+1), "that
    /// day" (0), "the previous month" (-1); without one, relative to the anchor. A day may
    /// carry a part of day ("the next morning", "that night"), which makes it a TIME.
    Anaphoric {
        unit: Unit,
        n: i64,
        part: Option<&'static str>,
    },
    /// A unit relative to the anchor's: "last week" (-1), "this year" (0), "three days ago".
    RelUnit { unit: Unit, n: i64, exact: bool },
    /// The ISO week holding a day: "the week of March 6" (year optional, as for a day).
    WeekOf { y: Option<i32>, m: u32, d: u32 },
    /// A holiday with a fixed month and day, in the year written after it ("Christmas
    /// 2019") or, without one, the year the tense points to.
    Holiday { m: u32, d: u32, y: Option<i32> },
    /// A moveable feast whose date the calendar computes ("Easter", "Thanksgiving"):
    /// `rel` -1 for "last", +1 for "next", 0 for the nearest; `y` the year written after it.
    Feast {
        feast: Feast,
        rel: i64,
        y: Option<i32>,
    },
    /// A month, or a day of one, named with "last" (-1), "this" (0) or "next" (+1): the
    /// last such month (day) before the anchor's, the anchor year's, or the next one after
    /// it.
    RelMonth { m: u32, d: Option<u32>, rel: i64 },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// "the quarter" (`latest` false: the quarter last named, else the last one ended, or
    /// the calendar quarter `ending` names: "the quarter ended Sept. 30") or "the latest
    /// quarter".
    TheQuarter {
        latest: bool,
        ending: Option<&'static str>,
    },
    /// A time of day, possibly on a relative day; `utc` when said in UTC or GMT.
    Clock {
        h: u32,
        min: u32,
        day: Option<i64>,
        utc: bool,
    },
    /// A ready TIMEX3 value (durations, sets).
    Fixed(TimexType, String),
}

/// Finds every temporal expression of the article and resolves it against the anchor:
/// `anchor` if given, else a full date in the article's opening (or its dateline).
#[cfg(any(test, feature = "internals"))]
pub fn find(
    ctx: &Context,
    anchor: Option<Anchor>,
    order: DateOrder,
) -> (Vec<DateMention>, Option<Anchor>) {
    let (mentions, anchor, _) = find_at_most(ctx, anchor, order, usize::MAX);
    (mentions, anchor)
}

/// [`find`], keeping at most `cap` expressions: those found before the place where a rule
/// met its `cap`-th match, so that each kept one is what an unbounded search gives there.
/// The bool is true when expressions were dropped.
pub fn find_at_most(
    ctx: &Context,
    anchor: Option<Anchor>,
    order: DateOrder,
    cap: usize,
) -> (Vec<DateMention>, Option<Anchor>, bool) {
    let src = ctx.src;
    let sentences: Vec<Span> = ctx.layer.sentences.iter().map(|s| s.span).collect();
    let (mut cands, cut) = candidates(src, &sentences, order, cap);
    let anchor = anchor.or_else(|| anchor_from_text(ctx, &cands));
    cands.retain(|c| !c.span.is_empty());
    // The tense of the sentence around a date.
    let tense_at = |span: Span| {
        let i = sentences.partition_point(|s| s.end <= span.start);
        let sentence = sentences.get(i).copied().unwrap_or(span);
        tense::around(src, sentence, span)
    };
    in_year_written_before(&mut cands, &sentences, &tense_at, anchor.map(|a| a.date));
    let refers: Vec<(usize, Refer)> = cands
        .iter()
        .filter_map(|c| {
            let mut refer = Refer::of(&c.spec)?;
            if let Refer::Anaphoric {
                unit: Unit::Day,
                n: 0,
                past,
                ..
            } = &mut refer
            {
                *past = tense_at(c.span) == tense::Tense::Past;
            }
            Some((c.span.start, refer))
        })
        .collect();
    let mentions: Vec<DateMention> = cands
        .into_iter()
        .filter_map(|c| {
            let tense = match c.spec {
                // "closed until Friday", "postponed until Tuesday morning": a deadline
                // ahead, whatever the tense of the verb before it.
                Spec::Weekday { rel: 0, .. } if tense::after_until(src, c.span.start) => {
                    tense::Tense::Future
                }
                Spec::Weekday { rel: 0, .. }
                | Spec::Calendar { y: None, .. }
                | Spec::Feast { rel: 0, y: None, .. }
                | Spec::Holiday { y: None, .. }
                | Spec::Part(None, _)
                | Spec::TheQuarter { ending: Some(_), .. }
                | Spec::Season {
                    y: None, rel: None, ..
                }
                | Spec::RelUnit {
                    unit: Unit::Weekend,
                    n: 0,
                    ..
                } => tense_at(c.span),
                _ => tense::Tense::Unknown,
            };
            // A past verb seldom reports an event of the coming month as last year's
            // unless it is that event's own verb: "told customers of a cutback in
            // September" in an August story is this September; "died on Sept. 3" is not.
            let coming_month = match (&c.spec, anchor) {
                (Spec::Calendar { y: None, m: Some(m), .. }, Some(a)) => *m == a.date.m % 12 + 1,
                _ => false,
            };
            let tense = if tense == tense::Tense::Past
                && coming_month
                && !tense::past_verb_before(src, c.span.start)
            {
                tense::Tense::Reported
            } else {
                tense
            };
            let (timex_type, value, offset) = resolve(&c.spec, anchor.map(|a| a.date), tense)?;
            let (begin, end) = match (&value, timex_type) {
                (Some(v), TimexType::Date | TimexType::Time) => {
                    interval(v).map_or((None, None), |(b, e)| (Some(b), Some(e)))
                }
                _ => (None, None),
            };
            let modifier = c.modifier.and_then(TimexMod::from_name);
            Some(DateMention {
                span: c.span,
                mention: ctx.mention(c.span),
                timex_type,
                value,
                modifier,
                offset,
                begin,
                end,
            })
        })
        .collect();
    let mut mentions = refer::join_time_and_day(src, mentions);
    refer::date_the_times(src, &mut mentions, anchor.map(|a| a.date));
    refer::refer_back(&mut mentions, &refers, anchor.map(|a| a.date));
    (mentions, anchor, cut)
}

/// "suspended by a court in June 2023 before being upheld in July": a month written
/// without its year, after a month with one in the same sentence, is in that year (or the
/// next, when it comes before that month), unless it is spoken of as ahead, or as past
/// and that would put it after the anchor ("the year ending in March 2026, up from the
/// forecast made in August", written in November 2025, is last August).
fn in_year_written_before(
    cands: &mut [Candidate],
    sentences: &[Span],
    tense_at: &impl Fn(Span) -> tense::Tense,
    anchor: Option<CivilDate>,
) {
    let mut written: Option<(usize, i32, u32)> = None;
    for c in cands.iter_mut() {
        match &mut c.spec {
            Spec::Calendar {
                y: Some(y),
                m: Some(m),
                ..
            } => {
                let sentence = sentences.partition_point(|s| s.end <= c.span.start);
                written = Some((sentence, *y, *m));
            }
            Spec::Calendar { y: y @ None, m: Some(m), .. } => {
                let sentence = sentences.partition_point(|s| s.end <= c.span.start);
                if let Some((at, wy, wm)) = written
                    && at == sentence
                {
                    let year = if *m >= wm { wy } else { wy + 1 };
                    let tense = tense_at(c.span);
                    let ahead_of_anchor =
                        anchor.is_some_and(|a| (year, *m) > (a.y, a.m));
                    if tense != tense::Tense::Future && !(tense == tense::Tense::Past && ahead_of_anchor) {
                        *y = Some(year);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A full date (with year) in the dateline or in the first lines of the article.
fn anchor_from_text(ctx: &Context, cands: &[Candidate]) -> Option<Anchor> {
    let limit = ctx
        .layout
        .sections
        .first()
        .and_then(|s| s.blocks.first())
        .map_or(400, |b| b.span().end.max(400));
    cands
        .iter()
        .filter(|c| c.span.start < limit)
        .find_map(|c| match c.spec {
            Spec::Calendar {
                y: Some(y),
                m: Some(m),
                d: Some(d),
                ..
            } => Some(Anchor {
                date: CivilDate::new(y, m, d)?,
                source: AnchorSource::Text,
                span: Some(c.span),
            }),
            _ => None,
        })
}

#[cfg(test)]
mod tests;
