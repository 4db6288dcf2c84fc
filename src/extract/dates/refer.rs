//! The passes over the found mentions, in text order, that give an expression the value
//! of another: a time of day takes its day, "the quarter" the quarter last named, "a year
//! earlier" the period the text was speaking of, a year back.

use super::resolve::rel_unit_value;
use super::{DateMention, Spec, TimexType, Unit};
use crate::extract::calendar::{CivilDate, interval};
use crate::span::Span;

/// How far back (in bytes) a comparison looks for the quarter or half it compares with: a
/// results story names its quarter in the opening and compares with "a year ago" through
/// the paragraphs after.
const PERIOD_REACH: usize = 3000;

/// How many sentences back a comparison looks for the period it compares with ("sales fell in January,
/// compared with the same month a year ago").
const SENTENCE_REACH: usize = 1;

/// An expression whose value is another's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Refer {
    /// "the quarter": the quarter last named.
    TheQuarter,
    /// "the 1988 quarter" (`y`), "the year-ago quarter" (`rel` -1): the last named
    /// quarter's part in that year.
    QuarterOf { y: Option<i32>, rel: i64 },
    /// "a year ago", "the same period last year": the period last named, `years` back.
    Comparison { years: i64 },
    /// "Sunday's final": the same weekday last named, when it lies within a week of the
    /// one the tense gave.
    SameWeekday,
    /// "the following year", "that day", "the next morning": `n` units from the date last
    /// named, and the part of day.
    Anaphoric {
        unit: Unit,
        n: i64,
        part: Option<&'static str>,
        /// Said in the past tense: "beat Musetti earlier in the day" after a final named
        /// for Sunday is on no day after the anchor.
        past: bool,
    },
}

impl Refer {
    /// The reference a spec makes, if any.
    pub(super) fn of(spec: &Spec) -> Option<Refer> {
        match *spec {
            Spec::TheQuarter { latest: false, .. } => Some(Refer::TheQuarter),
            Spec::YearQuarter { y, rel, part: None } => Some(Refer::QuarterOf { y, rel }),
            Spec::Comparison { years } => Some(Refer::Comparison { years }),
            Spec::Anaphoric { unit, n, part } => Some(Refer::Anaphoric {
                unit,
                n,
                part,
                past: false,
            }),
            Spec::Weekday { echo: true, .. } => Some(Refer::SameWeekday),
            _ => None,
        }
    }
}

/// The kind of period a value names, when it is one a comparison can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    /// "1989-Q3", "1989-H1".
    QuarterOrHalf,
    /// "1989-10".
    Month,
}

fn period_of(value: &str) -> Option<Period> {
    let b = value.as_bytes();
    if b.len() != 7 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return None;
    }
    match b[5] {
        b'Q' | b'H' if b[6].is_ascii_digit() => Some(Period::QuarterOrHalf),
        b'0' | b'1' if b[6].is_ascii_digit() => Some(Period::Month),
        _ => None,
    }
}

/// The date a value names, as its first day, and the finest unit it names: "1998-10-23"
/// a day, "1998-10" a month, "1998-Q3" a quarter, "1998" a year. Weeks, seasons and
/// references are none of these.
fn dated(value: &str) -> Option<(CivilDate, Unit)> {
    let day = value.split('T').next()?;
    if let Some(d) = CivilDate::parse(day) {
        return Some((d, Unit::Day));
    }
    let y: i32 = day.get(..4)?.parse().ok()?;
    match day.len() {
        4 => Some((CivilDate::new(y, 1, 1)?, Unit::Year)),
        7 if period_of(day) == Some(Period::Month) => {
            let m: u32 = day[5..].parse().ok()?;
            Some((CivilDate::new(y, m, 1)?, Unit::Month))
        }
        7 if day.as_bytes()[5] == b'Q' => {
            let q: u32 = day[6..].parse().ok()?;
            Some((CivilDate::new(y, 3 * q - 2, 1)?, Unit::Quarter))
        }
        _ => None,
    }
}

/// True when a date named to the `named` unit can anchor `unit` ("that year" after "1996",
/// "the next day" only after a day).
fn fine_enough(named: Unit, unit: Unit) -> bool {
    let rank = |u: Unit| match u {
        Unit::Day => 0,
        Unit::Week | Unit::Weekend => 1,
        Unit::Month => 2,
        Unit::Quarter => 3,
        Unit::Year => 4,
        Unit::Decade => 5,
        Unit::Century => 6,
    };
    // A week is counted only from a day: "1998-10" names no week.
    match unit {
        Unit::Week | Unit::Weekend => named == Unit::Day,
        _ => rank(named) <= rank(unit),
    }
}

/// `value` ("1989-Q3") with its year moved by `years`.
fn shift_year(value: &str, years: i64) -> Option<String> {
    let y: i64 = value.get(..4)?.parse().ok()?;
    let y = y + years;
    (0..=9999)
        .contains(&y)
        .then(|| format!("{y:04}{}", &value[4..]))
}

/// Sets a mention's value and the interval it covers.
fn set_value(m: &mut DateMention, value: String) {
    let (b, e) = interval(&value).map_or((None, None), |(b, e)| (Some(b), Some(e)));
    m.value = Some(value);
    m.begin = b;
    m.end = e;
}

/// The period a comparison at `at` (in sentence `sentence`) compares with: the last one
/// named in its sentence or the one before, else the story's lead quarter or half.
fn compared<'a>(
    period: &'a Option<(usize, Option<usize>, Period, String)>,
    lead: &'a Option<(usize, String)>,
    at: usize,
    sentence: Option<usize>,
) -> Option<&'a str> {
    period
        .as_ref()
        .filter(|(_, named_in, _, _)| match (named_in, sentence) {
            (Some(s), Some(here)) => here.saturating_sub(*s) <= SENTENCE_REACH,
            _ => false,
        })
        .map(|p| p.3.as_str())
        .or_else(|| {
            lead.as_ref()
                .filter(|(pos, _)| at.saturating_sub(*pos) <= PERIOD_REACH)
                .map(|l| l.1.as_str())
        })
}

/// Resolves the references `refers` (each at the start of its mention's span, in text
/// order) against the periods named before them.
pub(super) fn refer_back(
    mentions: &mut [DateMention],
    refers: &[(usize, Refer)],
    anchor: Option<CivilDate>,
) {
    if refers.is_empty() {
        return;
    }
    // The last quarter (or half) named, and the last period of any kind, with where.
    let mut quarter: Option<(usize, String)> = None;
    let mut period: Option<(usize, Option<usize>, Period, String)> = None;
    // The first quarter or half named: a results story's lead names the one it reports on,
    // and a later paragraph's forecast ("through the third quarter of 1990") is not what
    // "a year ago" compares with.
    let mut lead: Option<(usize, String)> = None;
    // The last date named, to the unit it names.
    let mut last_date: Option<(CivilDate, Unit)> = None;
    // The sentence the last date was named in.
    let mut last_date_sentence: Option<usize> = None;
    // The last day named on each weekday (ISO 1–7).
    let mut on_weekday: [Option<CivilDate>; 8] = [None; 8];
    for m in mentions.iter_mut() {
        let at = m.span.start;
        let refer = refers
            .binary_search_by_key(&at, |r| r.0)
            .ok()
            .map(|i| refers[i].1);
        match refer {
            Some(Refer::TheQuarter) => {
                if let Some((_, q)) = &quarter {
                    set_value(m, q.clone());
                }
            }
            Some(Refer::QuarterOf { y, rel }) => {
                let value = match y {
                    Some(y) => quarter.as_ref().map(|(_, q)| format!("{y:04}{}", &q[4..])),
                    None => compared(&period, &lead, at, m.mention.sentence)
                        .filter(|v| v.as_bytes()[5] == b'Q')
                        .and_then(|q| shift_year(q, rel)),
                };
                if let Some(v) = value {
                    set_value(m, v);
                }
                continue; // a comparison, not the period spoken of
            }
            Some(Refer::Anaphoric { unit, n, part, past }) => {
                // "subsidies that expire at the end of the year", paragraphs after "January
                // 2019": a year named far back is no longer the one spoken of, and "the
                // year" is the article's own.
                let far = unit == Unit::Year
                    && n == 0
                    && matches!((last_date_sentence, m.mention.sentence), (Some(a), Some(b)) if b > a + 2);
                if let Some((mut date, _)) = last_date.filter(|(_, named)| fine_enough(*named, unit) && !far) {
                    if past
                        && unit == Unit::Day
                        && n == 0
                        && let Some(a) = anchor.filter(|a| date.days() > a.days())
                    {
                        date = a;
                    }
                    let day = rel_unit_value(date, unit, n, false);
                    set_value(m, match part {
                        Some(p) => format!("{day}T{p}"),
                        None => day,
                    });
                }
                // "the following year" is now the year spoken of.
                last_date = m.value.as_deref().and_then(dated);
                last_date_sentence = m.mention.sentence;
                continue;
            }
            Some(Refer::SameWeekday) => {
                let own = m.value.as_deref().and_then(CivilDate::parse);
                if let Some(own) = own
                    && let Some(named) = on_weekday[own.weekday() as usize]
                    && (named.days() - own.days()).abs() <= 7
                    && named != own
                {
                    set_value(m, named.iso());
                }
            }
            Some(Refer::Comparison { years }) => {
                let value = compared(&period, &lead, at, m.mention.sentence)
                    .and_then(|p| shift_year(p, -years));
                if let Some(v) = value {
                    set_value(m, v);
                }
                continue;
            }
            None => {}
        }
        if !matches!(m.timex_type, TimexType::Date | TimexType::Time) {
            continue;
        }
        let Some(v) = m.value.as_deref() else {
            continue;
        };
        if let Some(d) = dated(v) {
            last_date = Some(d);
            last_date_sentence = m.mention.sentence;
            if d.1 == Unit::Day {
                on_weekday[d.0.weekday() as usize] = Some(d.0);
            }
        }
        if m.timex_type != TimexType::Date {
            continue;
        }
        if let Some(kind) = period_of(v) {
            if kind == Period::QuarterOrHalf {
                if v.as_bytes()[5] == b'Q' {
                    quarter = Some((at, v.to_string()));
                }
                if lead.is_none() {
                    lead = Some((at, v.to_string()));
                }
            }
            period = Some((at, m.mention.sentence, kind, v.to_string()));
        }
    }
}

/// "9 a.m. Tuesday", "12:00 UTC today", "5 p.m. EST, Nov. 6": a time of day followed by
/// its day is one expression, a TIME on that day (TimeML takes the two as one).
pub(super) fn join_time_and_day(src: &str, mentions: Vec<DateMention>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last_mut() {
            let time = prev
                .value
                .as_deref()
                .filter(|v| prev.timex_type == TimexType::Time && v.starts_with('T'));
            let day = m
                .value
                .as_deref()
                .filter(|v| m.timex_type == TimexType::Date && CivilDate::parse(v).is_some());
            let gap = src.get(prev.span.end..m.span.start);
            if let (Some(time), Some(day), Some(gap)) = (time, day, gap) {
                let gap = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
                // "8 p.m. on March 9" stays two: "on" is a signal between them (TimeML).
                if gap.is_empty() {
                    let value = format!("{day}{time}");
                    prev.span = Span::new(prev.span.start, m.span.end);
                    prev.mention.span = prev.span;
                    set_value(prev, value);
                    continue;
                }
            }
        }
        out.push(m);
    }
    out
}

/// A day a mention names, for the times of day around it.
struct NamedDay {
    /// Where the mention starts.
    at: usize,
    /// Its sentence.
    sentence: Option<usize>,
    /// The day, ISO.
    day: String,
    /// Whether it owns a noun ("after Tuesday's slide"): an earlier event told of.
    owns: bool,
    /// The part of the day it names ("EV" of "Sunday evening"), if any.
    part: Option<String>,
}

/// Whether a part of the day ("MO", "AF", "EV", "NI") holds the time of day `time`
/// ("T17:15"): "midday" is no time of "Sunday evening". A time without an hour fits.
fn part_holds(part: &str, time: &str) -> bool {
    let Some(hour) = time.get(1..3).and_then(|h| h.parse::<u32>().ok()) else {
        return true;
    };
    match part {
        "MO" => (4..12).contains(&hour),
        "AF" => (12..18).contains(&hour),
        "EV" => (16..23).contains(&hour),
        "NI" => !(6..18).contains(&hour),
        _ => true,
    }
}

/// Whether the words between a time and a day named after it put the day in another
/// clause or relation: "began at 11 a.m. and will remain open until Nov. 14".
fn other_clause(between: &str) -> bool {
    between.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "and" | "but" | "until" | "till" | "by" | "before" | "after" | "since" | "to"
                | "through" | "when" | "while" | "which" | "then"
        )
    })
}

/// A time of day without its day ("10:35 a.m.") takes the day it belongs to: the nearest
/// day named in its sentence ("on Friday at 10:35 a.m."), else the last day named before
/// it (a story tells a day's events after naming the day) other than a day that owns a
/// noun ("after Tuesday's slide", an earlier event told of), else the anchor's.
pub(super) fn date_the_times(src: &str, mentions: &mut [DateMention], anchor: Option<CivilDate>) {
    // The mentions that name a day, in text order (as the mentions are): each time looks
    // at the one before it and the one after it, the nearest of its sentence's.
    let days: Vec<NamedDay> = mentions
        .iter()
        .filter_map(|o| {
            // A time of a named day ("Tuesday evening", 2025-11-04TEV) names that day, for
            // the times of day its part holds.
            let v = o.value.as_deref()?;
            let (v, part) = v.split_once('T').map_or((v, None), |(day, part)| (day, Some(part)));
            CivilDate::parse(v)?;
            let rest = &src[o.span.end..];
            Some(NamedDay {
                at: o.span.start,
                sentence: o.mention.sentence,
                day: v.to_string(),
                owns: rest.starts_with("'s") || rest.starts_with("’s"),
                part: part.map(str::to_string),
            })
        })
        .collect();
    for m in mentions.iter_mut() {
        let time = m
            .value
            .as_deref()
            .filter(|v| m.timex_type == TimexType::Time && v.starts_with('T'));
        let Some(time) = time else {
            continue;
        };
        let fits = |d: &&NamedDay| d.part.as_deref().is_none_or(|p| part_holds(p, time));
        let (at, sentence) = (m.span.start, m.mention.sentence);
        let next = days.partition_point(|d| d.at < at);
        let day = [next.checked_sub(1), Some(next)]
            .into_iter()
            .flatten()
            .filter_map(|k| days.get(k))
            .filter(|d| sentence.is_some() && d.sentence == sentence)
            .filter(|d| d.at < at || !other_clause(&src[m.span.end..d.at]))
            .filter(fits)
            .min_by_key(|d| d.at.abs_diff(at))
            .map(|d| d.day.clone())
            .or_else(|| {
                let before = &days[..next];
                let mut fitting = before.iter().rev().filter(fits);
                let first = fitting.clone().next();
                fitting.find(|d| !d.owns).or(first).map(|d| d.day.clone())
            })
            .or_else(|| anchor.map(|a| a.iso()));
        if let Some(day) = day {
            set_value(m, format!("{day}{time}"));
        }
    }
}
