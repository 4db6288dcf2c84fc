//! Builders of expressions relative to the anchor ("yesterday", "last week", "three days
//! ago"), of durations, sets and clock times.

use super::groups::*;
use super::{Spec, TimexType, Unit};

pub(super) fn rel_day(c: &Groups, _: &str, _: usize) -> Built {
    let t = cap(c, 1)?.to_ascii_lowercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let days = if t.starts_with("yesterday") || t == "last night" {
        -1
    } else if t.starts_with("tomorrow") {
        1
    } else {
        0
    };
    let part = if t == "tonight" {
        Some("NI")
    } else {
        part_of_day(t.rsplit(' ').next().unwrap_or(&t))
    };
    Some((Spec::RelDay { days, part }, None))
}

/// The TIMEX3 code of a part of day named by `word` ("morning" MO).
fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// "the next morning", "that night", "later that evening": a part of the day the story
/// spoke of last (or of the day after or before it).
pub(super) fn part_of_that_day(c: &Groups, _: &str, _: usize) -> Built {
    let lead = cap(c, 1)?.to_ascii_lowercase();
    let lead = lead.split_whitespace().collect::<Vec<_>>().join(" ");
    let part = part_of_day(cap(c, 2)?);
    let (n, modifier) = match lead.as_str() {
        "the next" | "the following" => (1, None),
        "the previous" => (-1, None),
        "early that" | "earlier that" => (0, Some("START")),
        "late that" | "later that" => (0, Some("END")),
        _ => (0, None),
    };
    Some((
        Spec::Anaphoric {
            unit: Unit::Day,
            n,
            part,
        },
        modifier,
    ))
}

/// "mid-afternoon", "mid morning": a part of a day that the time-of-day pass finds (the
/// day named beside it, else the anchor's).
pub(super) fn mid_part_of_day(c: &Groups, _: &str, _: usize) -> Built {
    let part = part_of_day(cap(c, 1)?)?;
    Some((Spec::Fixed(TimexType::Time, format!("T{part}")), Some("MID")))
}

pub(super) fn weekday(c: &Groups, src: &str, _: usize) -> Built {
    let wd = weekday_number(cap(c, 2)?)?;
    // "The Sunday Times", "Good Friday Agreement": a weekday inside a name.
    let end = c.get(0)?.end();
    let next = next_word(src, end);
    if cap(c, 3).is_none() && next.starts_with(char::is_uppercase) && month_number(next).is_none() {
        return None;
    }
    // "late on Saturday" is "late Saturday".
    let lead = cap(c, 1).map(|s| {
        let s = s.to_ascii_lowercase();
        s.split_whitespace().filter(|w| *w != "on").collect::<Vec<_>>().join(" ")
    });
    let rel = match lead.as_deref() {
        Some("last" | "past" | "previous" | "this past") => -1,
        Some("next" | "coming") => 1,
        Some("this") => 2, // this week's
        _ => 0,
    };
    let part = cap(c, 3).and_then(part_of_day);
    // "late Thursday", "early Friday": the end or the start of the day.
    let echo = rel == 0
        && part.is_none()
        && crate::text::POSSESSIVE_ENDINGS.iter().any(|p| src[end..].starts_with(p));
    Some((Spec::Weekday { wd, rel, part, echo }, modifier_of(lead.as_deref())))
}

pub(super) fn unit_of(s: &str) -> Option<Unit> {
    let s = s.to_ascii_lowercase();
    let s = s.trim_end_matches('s');
    Some(match s {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "weekend" => Unit::Weekend,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" | "centurie" => Unit::Century,
        _ => return None,
    })
}

pub(super) fn rel_unit(c: &Groups, src: &str, _: usize) -> Built {
    let lead = cap(c, 2)?.to_ascii_lowercase();
    let lead = lead.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = unit_of(cap(c, 3)?)?;
    // "the end of last year", "earlier in the day": a part of the period.
    let part = cap(c, 1).map(|p| p.to_ascii_lowercase().replace("very ", ""));
    let part = part.as_deref().and_then(|p| modifier_of(Some(p)));
    if lead == "the" || lead == "the entire" || lead == "the whole" {
        let whole = c.get(0)?;
        return the_unit(src, whole.start(), whole.end(), unit, part.is_some())
            .map(|spec| (spec, part));
    }
    if matches!(lead.as_str(), "the past" | "past" | "the last")
        && matches!(
            unit,
            Unit::Decade | Unit::Century | Unit::Year | Unit::Month | Unit::Week
        )
    {
        // "the past decade": a duration reaching up to the anchor.
        let v = match unit {
            Unit::Decade => "P10Y",
            Unit::Century => "P100Y",
            Unit::Year => "P1Y",
            Unit::Month => "P1M",
            _ => "P1W",
        };
        return Some((Spec::Fixed(TimexType::Duration, v.into()), None));
    }
    // "the following year", "that day", "earlier that day": a time relative to the one the
    // story spoke of last, not to the anchor.
    let anaphoric = match lead.as_str() {
        "the following" | "following" => Some((1, None)),
        "the previous" => Some((-1, None)),
        "the next" if unit == Unit::Day => Some((1, None)),
        "that" | "the same" | "that same" => Some((0, None)),
        "earlier that" => Some((0, Some("START"))),
        "later that" => Some((0, Some("END"))),
        _ => None,
    };
    if let Some((n, modifier)) = anaphoric {
        return Some((
            Spec::Anaphoric {
                unit,
                n,
                part: None,
            },
            part.or(modifier),
        ));
    }
    if unit == Unit::Day {
        return None; // "the last day", "this day": no day relative to the anchor
    }
    let (n, modifier) = match lead.as_str() {
        "last" | "previous" => (-1, None),
        "next" | "the coming" | "coming" | "the next" => (1, None),
        "earlier this" => (0, Some("START")),
        "later this" => (0, Some("END")),
        _ => (0, None),
    };
    Some((
        Spec::RelUnit {
            unit,
            n,
            exact: false,
        },
        part.or(modifier),
    ))
}

/// "the day", "the year" with no other word: the period the story speaks of, but only where
/// the words around say so ("ended the day", "for the year", "the rest of the month",
/// "later in the week"); elsewhere "the year" is any year. `part` is true after "the end
/// of", "earlier in" and the like. "the year ended March 31" is a year's length
/// (TimeBank: P1Y).
fn the_unit(src: &str, start: usize, end: usize, unit: Unit, part: bool) -> Option<Spec> {
    // "the weekend" is the nearest one (see `resolve`).
    if unit == Unit::Weekend {
        return Some(Spec::RelUnit {
            unit,
            n: 0,
            exact: false,
        });
    }
    let next = next_word(src, end).to_ascii_lowercase();
    // "the day before", "the year 2000", "the year that followed": another time.
    if matches!(
        next.as_str(),
        "before" | "after" | "earlier" | "later" | "ago" | "of" | "that" | "when" | "in" | "on"
    ) || src[end..].starts_with('-')
        || next.starts_with(|ch: char| ch.is_ascii_digit())
        || number_value(&next).is_some()
    {
        return None;
    }
    if unit == Unit::Year && matches!(next.as_str(), "ended" | "ending" | "to") {
        return Some(Spec::Fixed(TimexType::Duration, "P1Y".into()));
    }
    let prev = prev_word(src, start).to_ascii_lowercase();
    let cue = part
        || match unit {
            // "closed for the day", "ended the day at 8,017"
            Unit::Day => matches!(
                prev.as_str(),
                "end" | "ends" | "ended" | "ending" | "finish" | "finished" | "finishing" | "for"
            ),
            Unit::Week | Unit::Month | Unit::Year => {
                // "during the week" is as often any week as this one.
                matches!(prev.as_str(), "for" | "throughout" | "through")
                    || (prev == "during" && unit != Unit::Week)
                    || (prev == "of"
                        && matches!(
                            word_before_previous(src, start).to_ascii_lowercase().as_str(),
                            "months"
                                | "weeks"
                                | "days"
                                | "half"
                                | "quarter"
                                | "rest"
                                | "remainder"
                                | "part"
                                | "balance"
                                | "most"
                                | "bulk"
                        ))
            }
            _ => false,
        };
    cue.then_some(Spec::Anaphoric {
        unit,
        n: 0,
        part: None,
    })
}

pub(super) fn ago(c: &Groups, _: &str, _: usize) -> Built {
    let modifier = modifier_of(cap(c, 1));
    let num = cap(c, 2)?;
    let unit = unit_of(cap(c, 3)?)?;
    let dir = cap(c, 4)?.to_ascii_lowercase();
    // "a year ago", "a year earlier": the same period a year before, in business news the
    // quarter or month the story reports on (see `refer.rs`).
    if unit == Unit::Year && number_value(num) == Some(1.0) && (dir == "ago" || dir == "earlier")
    {
        return Some((Spec::Comparison { years: 1 }, modifier));
    }
    let sign = if dir == "ago" || dir == "earlier" {
        -1
    } else {
        1
    };
    let relative_to_anchor = dir == "ago" || dir.starts_with("from");
    if !relative_to_anchor {
        // "two weeks later" counts from another event, not from the anchor: the TIMEX3 is
        // the duration (TimeML), "several weeks later" one of unknown length.
        let num = if is_vague_number(num) { "several" } else { num };
        let value = duration_value(num, cap(c, 3)?)?;
        return Some((Spec::Fixed(TimexType::Duration, value), modifier));
    }
    if is_vague_number(num) {
        let r = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some((Spec::Ref(r), modifier));
    }
    let n = number_value(num)?;
    if n.fract() != 0.0 {
        return None;
    }
    Some((
        Spec::RelUnit {
            unit,
            n: sign * n as i64,
            exact: false,
        },
        modifier,
    ))
}

pub(super) fn reference(c: &Groups, src: &str, _: usize) -> Built {
    let t = cap(c, 1)?.to_ascii_lowercase();
    // "the past three years": the words lead a duration, they are not one themselves.
    let next_raw = next_word(src, c.get(0)?.end());
    let next = next_raw.to_ascii_lowercase();
    let leads_duration = next.starts_with(|ch: char| ch.is_ascii_digit())
        || number_value(&next).is_some()
        || matches!(next.as_str(), "several" | "few" | "many" | "couple")
        || unit_of(&next).is_some();
    if t == "the past" && leads_duration {
        return None;
    }
    // "the now-cancelled deal": an adjective of the noun, not a time of its own.
    if t == "now" && src[c.get(0)?.end()..].starts_with('-') {
        return None;
    }
    // "the current crisis", "a recent sale": TimeML marks the adjective as a reference to
    // now or the past, but not "the current account" nor a noun ("the current is strong").
    if (t == "current" || t == "recent") && !adjective_before_noun(next_raw, t == "current") {
        return None;
    }
    // "recent years", "the coming weeks": a duration of unknown length (TimeML: PXY, PXW).
    if t != "these days"
        && let Some(unit) = t.split_whitespace().rev().find(|w| unit_of(w).is_some())
        && let Some(value) = duration_value("several", unit)
    {
        return Some((Spec::Fixed(TimexType::Duration, value), None));
    }
    let r = if t.starts_with("recent") || t == "lately" || t == "the past" {
        "PAST_REF"
    } else if t.contains("coming")
        || t.contains("upcoming")
        || t.contains("next")
        || t.contains("following")
        || t.ends_with("future")
        || t.ends_with("term")
    {
        "FUTURE_REF"
    } else if t == "once again" {
        return None;
    } else {
        "PRESENT_REF"
    };
    Some((Spec::Ref(r), None))
}

/// True when `next`, the word after "current" or "recent", is the noun or adjective the
/// word qualifies: a word that is not a function word.
fn adjective_before_noun(next: &str, current: bool) -> bool {
    next.starts_with(|ch: char| ch.is_alphabetic())
        && !matches!(
            next,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "of"
                | "and"
                | "or"
                | "in"
                | "to"
                | "from"
                | "that"
                | "through"
                | "at"
                | "on"
                | "by"
                | "for"
                | "with"
                | "as"
        )
        && !(current && matches!(next, "account" | "accounts" | "affairs" | "flows" | "flow"))
}

pub(super) fn duration_value(num: &str, unit: &str) -> Option<String> {
    let u = unit.to_ascii_lowercase();
    let (letter, time, scale) = match u.trim_end_matches('s') {
        "second" => ("S", true, 1.0),
        "minute" => ("M", true, 1.0),
        "hour" => ("H", true, 1.0),
        "day" => ("D", false, 1.0),
        "week" => ("W", false, 1.0),
        "month" => ("M", false, 1.0),
        "quarter" => ("Q", false, 1.0),
        "year" => ("Y", false, 1.0),
        "decade" => ("Y", false, 10.0),
        "century" | "centurie" => ("Y", false, 100.0),
        _ => return None,
    };
    let t = if time { "T" } else { "" };
    if is_vague_number(num) {
        let vague = match u.trim_end_matches('s') {
            "decade" => "DE",
            "century" | "centurie" => "CE",
            _ => letter,
        };
        return Some(format!("P{t}X{vague}"));
    }
    // "two and a half years", "2 1/2 hours", "an hour and a half" (`num` "an and a half").
    let lower = num.to_ascii_lowercase();
    let whole = ["and a half", "1/2", "½"]
        .iter()
        .find_map(|half| lower.strip_suffix(half))
        .map(|w| w.trim_end_matches([' ', '-']).trim_end_matches(" and").trim());
    let n = match whole {
        Some(w) => number_value(w)? + 0.5,
        None => number_value(&lower)?,
    };
    let n = n * scale;
    // A half of a unit in the next smaller one, as TimeML writes it ("P2Y6M", "PT5H30M").
    let split = |whole: f64, big: &str, per: f64, small: &str| {
        format!("P{t}{whole}{big}{}{small}", (n - whole) * per)
    };
    Some(match (letter, time) {
        _ if n.fract() == 0.0 => format!("P{t}{}{letter}", n as i64),
        ("Y", false) => split(n.trunc(), "Y", 12.0, "M"),
        ("H", true) => split(n.trunc(), "H", 60.0, "M"),
        ("M", true) => split(n.trunc(), "M", 60.0, "S"),
        _ => format!("P{t}{n}{letter}"),
    })
}

pub(super) fn duration(c: &Groups, src: &str, start: usize) -> Built {
    let num = cap(c, 2)?;
    let unit = cap(c, 3)?;
    if cap(c, 4).is_some_and(|w| w.eq_ignore_ascii_case("old")) {
        return None; // an age
    }
    // "49 flybys over four years", "used over three years": "over" is "during", and the
    // duration is "four years" alone; "in over six years", "lasted over a week", "just
    // over an hour" are more than that.
    if cap(c, 1).is_some_and(|w| w.eq_ignore_ascii_case("over")) {
        let prev = prev_word(src, start).to_ascii_lowercase();
        let more_than = matches!(
            prev.as_str(),
            "" | "in" | "for" | "of" | "after" | "since" | "to" | "just" | "well" | "last"
                | "lasted" | "lasting" | "lasts" | "took" | "take" | "takes" | "taking"
                | "spent" | "than" | "within" | "from" | "by" | "at" | "with" | "is" | "was"
                | "were" | "are" | "been" | "be" | "slightly" | "only"
        );
        if !more_than {
            let value = duration_value(num, unit)?;
            return Some((Spec::Fixed(TimexType::Duration, value), Some(DURING)));
        }
    }
    let num_l = num.trim().to_ascii_lowercase();
    let singular = matches!(num_l.as_str(), "a" | "an" | "one" | "1");
    if singular
        && unit.to_ascii_lowercase().ends_with('s')
        && !unit.eq_ignore_ascii_case("centuries")
    {
        return None; // "a decades-long ...": the number belongs to something else
    }
    // "three-quarters of the vote": a fraction.
    if unit.eq_ignore_ascii_case("quarters") && c.get(0)?.as_str().contains('-') {
        return None;
    }
    // "a second time", "a second A380": the ordinal, not the unit.
    if matches!(num_l.as_str(), "a" | "an") && unit.eq_ignore_ascii_case("second") {
        let next = next_word(src, c.get(0)?.end());
        let ordinal = next.starts_with(|ch: char| ch.is_alphanumeric())
            && !matches!(
                next,
                "ago" | "later" | "earlier" | "before" | "after" | "or" | "and" | "of" | "to"
                    | "in" | "for" | "longer"
            );
        if ordinal {
            return None;
        }
    }
    // "300 million cubic metres a year": a rate, which TIMEX3 calls a SET.
    if matches!(num_l.as_str(), "a" | "an")
        && cap(c, 1).is_none()
        && cap(c, 4).is_none()
        && cap(c, 5).is_none()
    {
        let prev = prev_word(src, start).to_ascii_lowercase();
        let duration_cue = matches!(
            prev.as_str(),
            "for"
                | "about"
                | "over"
                | "in"
                | "within"
                | "than"
                | "nearly"
                | "almost"
                | "around"
                | "lasted"
                | "took"
                | "spent"
                | "after"
                | "before"
                | "just"
                | "only"
                | "barely"
                | "half"
                | "least"
                | "last"
                | "past"
                | "of"
                | "under"
                | "up"
                | "to"
                | "and"
                | "or"
                | "by"
                | "once"
                | "twice"
                | ""
        );
        let after_quantity = prev.chars().next().is_some_and(|ch| ch.is_alphanumeric())
            && !duration_cue
            && !starts_sentence(src, start);
        // "comes a week after the restructuring": an offset, not a rate.
        let offset = matches!(
            next_word(src, c.get(0)?.end()),
            "after" | "before" | "later" | "earlier" | "ago" | "since" | "into"
        );
        if after_quantity && !offset && !unit.to_ascii_lowercase().ends_with('s') {
            let value = duration_value("1", unit)?;
            return Some((Spec::Fixed(TimexType::Set, value), None));
        }
    }
    if num_l == "one" && unit.eq_ignore_ascii_case("day") && starts_sentence(src, start) {
        return None; // "One day, ..." is a narrative opener
    }
    let num = match cap(c, 5) {
        Some(half) => format!("{num} {half}"),
        None => num.to_string(),
    };
    let value = duration_value(&num, unit)?;
    Some((
        Spec::Fixed(TimexType::Duration, value),
        modifier_of(cap(c, 1)),
    ))
}

/// "the fiscal year", "the full year": the anchor's year (a company's year, named where
/// its results are); "year-end" its end. "the fiscal year ended June 30" (or "starting July
/// 1") is a year's length (TimeBank: P1Y).
pub(super) fn fiscal_year(c: &Groups, src: &str, _: usize) -> Built {
    let this_year = Spec::RelUnit {
        unit: Unit::Year,
        n: 0,
        exact: false,
    };
    if cap(c, 3).is_some() {
        return Some((this_year, Some("END")));
    }
    let next = next_word(src, c.get(0)?.end()).to_ascii_lowercase();
    if matches!(next.as_str(), "ended" | "ending" | "starting" | "beginning") {
        return Some((Spec::Fixed(TimexType::Duration, "P1Y".into()), None));
    }
    Some((this_year, None))
}

/// "the same period last year", "the comparable quarter", "year-earlier (profit)": a
/// comparison with the period the text speaks of, a year before. "the same period" alone
/// is the period just named, not a comparison, and gives nothing; "the year-ago quarter" is
/// [`super::build_calendar::year_quarter`]'s.
pub(super) fn comparison(c: &Groups, _: &str, _: usize) -> Built {
    if cap(c, 4).is_some() {
        return Some((Spec::Comparison { years: 1 }, None));
    }
    let adjective = cap(c, 1).map(str::to_ascii_lowercase);
    let noun = cap(c, 2)?.to_ascii_lowercase();
    let year_phrase = cap(c, 3).is_some();
    match adjective.as_deref() {
        _ if year_phrase => {}
        Some("year-ago" | "year-earlier") if noun == "quarter" || noun == "period" => return None,
        Some("comparable" | "corresponding" | "year-ago" | "year-earlier" | "prior-year") => {}
        _ => return None,
    }
    Some((Spec::Comparison { years: 1 }, None))
}

/// "decades-long", "months of talks": a bare plural unit is a duration only in these forms.
pub(super) fn vague_duration(c: &Groups, src: &str, _: usize) -> Built {
    let end = c.get(0)?.end();
    if c.get(2).is_none() && !src[end..].starts_with(" of ") {
        return None;
    }
    let value = duration_value("several", cap(c, 1)?)?;
    Some((Spec::Fixed(TimexType::Duration, value), None))
}

pub(super) fn vague_duration_after_preposition(c: &Groups, _: &str, _: usize) -> Built {
    let value = duration_value("several", cap(c, 1)?)?;
    Some((Spec::Fixed(TimexType::Duration, value), None))
}

pub(super) fn set_every(c: &Groups, _: &str, _: usize) -> Built {
    let what = cap(c, 3)?;
    // "every two years": the count's duration; "every other week" two of them.
    if let Some(num) = cap(c, 2).filter(|n| !n.eq_ignore_ascii_case("other")) {
        let value = duration_value(num, what)?;
        return Some((Spec::Fixed(TimexType::Set, value), None));
    }
    let other = c.get(2).is_some();
    let value = if let Some(wd) =
        weekday_number(what).filter(|_| what.chars().next().is_some_and(char::is_uppercase))
    {
        format!("XXXX-WXX-{wd}")
    } else if let Some(m) =
        month_number(what).filter(|_| !other && what.starts_with(char::is_uppercase))
    {
        format!("XXXX-{m:02}")
    } else {
        let n = if other { 2 } else { 1 };
        match what.to_ascii_lowercase().as_str() {
            "hour" => format!("PT{n}H"),
            "minute" => format!("PT{n}M"),
            "day" => format!("P{n}D"),
            "week" => format!("P{n}W"),
            "month" => format!("P{n}M"),
            "year" => format!("P{n}Y"),
            "quarter" => format!("P{}M", 3 * n),
            "weekend" => "XXXX-WXX-WE".into(),
            "morning" => "TMO".into(),
            "evening" => "TEV".into(),
            "night" => "TNI".into(),
            "spring" => "XXXX-SP".into(),
            "summer" => "XXXX-SU".into(),
            "fall" | "autumn" => "XXXX-FA".into(),
            "winter" => "XXXX-WI".into(),
            _ => return None,
        }
    };
    Some((Spec::Fixed(TimexType::Set, value), None))
}

pub(super) fn set_adverb(c: &Groups, src: &str, start: usize) -> Built {
    let written = cap(c, 1)?;
    // "The Daily Mail", "Zeta Daily", "Weekly Standard": a capitalized word beside another
    // name's word is a part of that name.
    if written.starts_with(char::is_uppercase) {
        let named = |w: &str| w.starts_with(char::is_uppercase) && !w.eq_ignore_ascii_case("the");
        let after = next_word(src, c.get(0)?.end());
        let before = prev_word(src, start);
        if named(after) || (named(before) && !starts_sentence(src, start)) {
            return None;
        }
    }
    let word = written.to_ascii_lowercase();
    // "a quarterly dividend", "quarterly results": how often a company reports, not when
    // anything happens (TimeBank leaves them out); "paid quarterly" is a SET.
    if word == "quarterly" && next_word(src, c.get(0)?.end()).starts_with(char::is_lowercase) {
        return None;
    }
    let v = match word.as_str() {
        "daily" => "P1D",
        "weekly" => "P1W",
        "biweekly" => "P2W",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "annually" | "yearly" => "P1Y",
        "hourly" => "PT1H",
        "nightly" => "TNI",
        _ => return None,
    };
    Some((Spec::Fixed(TimexType::Set, v.into()), None))
}

pub(super) fn set_times(c: &Groups, _: &str, _: usize) -> Built {
    let v = match cap(c, 2)?.to_ascii_lowercase().as_str() {
        "day" => "P1D",
        "week" => "P1W",
        "month" => "P1M",
        "year" => "P1Y",
        _ => "P10Y",
    };
    Some((Spec::Fixed(TimexType::Set, v.into()), None))
}

pub(super) fn clock_12(c: &Groups, _: &str, _: usize) -> Built {
    let mut h: u32 = cap_num(c, 1)?;
    let min: u32 = cap_num(c, 2).unwrap_or(0);
    if !(1..=12).contains(&h) || min > 59 {
        return None;
    }
    let pm = cap(c, 3)?.to_ascii_lowercase().starts_with('p');
    if pm && h != 12 {
        h += 12;
    } else if !pm && h == 12 {
        h = 0;
    }
    clock_in(h, min, cap(c, 4))
}

/// "ten o'clock", "4 in the morning", "11 at night". Without "o'clock" a number is a time
/// only after a word that sets a time ("at 4 in the morning", not "scored 3 in the
/// afternoon").
pub(super) fn clock_spoken(c: &Groups, src: &str, start: usize) -> Built {
    let mut h = number_value(cap(c, 1)?)? as u32;
    let min: u32 = cap_num(c, 2).unwrap_or(0);
    let oclock = cap(c, 3).is_some();
    let part = cap(c, 4).or(cap(c, 5)).map(str::to_ascii_lowercase);
    let before = prev_word(src, start).to_ascii_lowercase();
    let setter = matches!(
        before.as_str(),
        "at" | "by" | "until" | "till" | "around" | "about" | "after" | "before" | "since"
            | "from" | "to" | "past" | "near"
    );
    if !(1..=12).contains(&h) || (!oclock && !setter) {
        return None;
    }
    match part.as_deref().map(|p| p.rsplit(' ').next().unwrap_or(p)) {
        Some("afternoon" | "evening") if h != 12 => h += 12,
        Some("night") if (6..12).contains(&h) => h += 12,
        Some("morning" | "night") if h == 12 => h = 0,
        _ => {}
    }
    clock_in(h, min, None)
}

/// A time of day said in `zone`: in UTC (or GMT) TIMEX3 writes it with "Z"; other zones stay
/// local time, as TimeBank writes them.
fn clock_in(h: u32, min: u32, zone: Option<&str>) -> Built {
    let utc = zone.is_some_and(|z| matches!(z, "UTC" | "GMT" | "Z"));
    Some((
        Spec::Clock {
            h,
            min,
            day: None,
            utc,
        },
        None,
    ))
}

pub(super) fn clock_24(c: &Groups, src: &str, start: usize) -> Built {
    let h: u32 = cap_num(c, 1)?;
    let min: u32 = cap_num(c, 2)?;
    let m = c.get(0)?;
    // Not a ratio, score or verse inside a longer run ("3:16:20", "1:2:3").
    if src[m.end()..].starts_with(':') || src[..start].ends_with(':') {
        return None;
    }
    clock_in(h, min, cap(c, 3))
}

pub(super) fn clock_word(c: &Groups, _: &str, _: usize) -> Built {
    let h = if cap(c, 1)?.eq_ignore_ascii_case("midnight") {
        24
    } else {
        12
    };
    Some((
        Spec::Clock {
            h,
            min: 0,
            day: None,
            utc: false,
        },
        None,
    ))
}
