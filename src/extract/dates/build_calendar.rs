//! Builders of calendar expressions: dates, months, years, decades, centuries, quarters,
//! seasons and holidays.

use super::groups::*;
use super::{Feast, Spec, TimexType};
use crate::extract::calendar::CivilDate;

/// "Oct. 23", "Tuesday, March 3, 2025", and "last Oct. 23" (group 1), which is the
/// latest October 23 before the anchor whatever the tense.
pub(super) fn month_day(c: &Groups, _: &str, _: usize) -> Built {
    let built = calendar_day(c, 1, 3, 2)?;
    if let (
        Some(rel),
        Spec::Calendar {
            y: None,
            m: Some(m),
            d,
            weekday: None,
        },
    ) = (cap(c, 1), &built.0)
    {
        let (m, d, rel) = (*m, *d, rel_of(rel));
        return Some((Spec::RelMonth { m, d, rel }, None));
    }
    Some(built)
}

pub(super) fn day_month(c: &Groups, _: &str, _: usize) -> Built {
    calendar_day(c, 0, 2, 3)
}

/// A day of a month (year optional, group 4 + `shift`; weekday optional, group 1 +
/// `shift`), checked to exist.
pub(super) fn calendar_day(c: &Groups, shift: usize, day_group: usize, month_group: usize) -> Built {
    let d: u32 = cap_num(c, day_group + shift)?;
    let m = month_number(cap(c, month_group + shift)?)?;
    let y: Option<i32> = cap_num(c, 4 + shift);
    CivilDate::new(y.unwrap_or(2000), m, d)?;
    let weekday = cap(c, 1 + shift).and_then(weekday_number);
    Some((
        Spec::Calendar {
            y,
            m: Some(m),
            d: Some(d),
            weekday,
        },
        None,
    ))
}

pub(super) fn iso(c: &Groups, _: &str, _: usize) -> Built {
    let date = CivilDate::new(cap_num(c, 1)?, cap_num(c, 2)?, cap_num(c, 3)?)?;
    if let (Some(h), Some(min)) = (cap_num::<u32>(c, 4), cap_num::<u32>(c, 5)) {
        if h > 23 || min > 59 {
            return None;
        }
        return Some((
            Spec::Fixed(TimexType::Time, format!("{date}T{h:02}:{min:02}")),
            None,
        ));
    }
    Some((
        Spec::Calendar {
            y: Some(date.y),
            m: Some(date.m),
            d: Some(date.d),
            weekday: None,
        },
        None,
    ))
}

pub(super) fn numeric(c: &Groups, src: &str, start: usize) -> Built {
    // Not part of a longer slash-separated run ("1/2/3/4") or a fraction.
    if src[..start].ends_with('/') {
        return None;
    }
    let a: u32 = cap_num(c, 1)?;
    let b: u32 = cap_num(c, 2)?;
    let ys = cap(c, 3)?;
    let mut y: i32 = ys.parse().ok()?;
    if ys.len() == 2 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    // The order is applied in `find`; here both readings are kept by encoding m/d as given.
    Some((
        Spec::Calendar {
            y: Some(y),
            m: Some(a),
            d: Some(b),
            weekday: None,
        },
        Some("NUMERIC"),
    ))
}

pub(super) fn month(c: &Groups, src: &str, start: usize) -> Built {
    let word = cap(c, 3)?;
    let m = month_number(word)?;
    let y: Option<i32> = cap_num(c, 4);
    let modifier = modifier_of(cap(c, 1));
    // "June last year": that year's June.
    if let Some(rel) = cap(c, 5) {
        let rel = rel_of(rel);
        return Some((Spec::MonthOfYear { m, rel }, modifier));
    }
    // "last March" is the March before the anchor's month, "next March" the one after it.
    if let Some(rel) = cap(c, 2).filter(|_| y.is_none()) {
        let rel = rel_of(rel);
        return Some((Spec::RelMonth { m, d: None, rel }, modifier));
    }
    if y.is_none() && modifier.is_none() && !month_context(src, start, word) {
        return None;
    }
    Some((
        Spec::Calendar {
            y,
            m: Some(m),
            d: None,
            weekday: None,
        },
        modifier,
    ))
}

/// A bare month name needs a cue that it is a month: a preposition before it ("in May"),
/// "last"/"next", or, for the ambiguous "May" and "March", nothing else will do.
pub(super) fn month_context(src: &str, start: usize, word: &str) -> bool {
    let prev = prev_word(src, start).to_ascii_lowercase();
    let cue = matches!(
        prev.as_str(),
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "through"
            | "during"
            | "of"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            | "mid"
            | "to"
            | "and"
            | "between"
            | "before"
            | "after"
            | "throughout"
            | "or"
            | "each"
            | "every"
            | "that"
            | "into"
    );
    if matches!(word, "May" | "March") {
        // "in May" is a month; "the March" and "Theresa May" are not; "February and
        // March" is, after another month.
        let after_month = || {
            let before = src[..prev_word_start(src, start)].trim_end().trim_end_matches(',');
            crate::text::is_month_name(prev_word(before, before.len()))
        };
        return (cue && prev != "of" && prev != "and" && prev != "or")
            || (matches!(prev.as_str(), "and" | "or") && after_month())
            || modifies_noun(src, start + word.len(), &prev);
    }
    cue || prev == "for"
        || modifies_noun(src, start + word.len(), &prev)
        || (!GIVEN_NAME_MONTHS.contains(&word)
            && !prev_word(src, start).starts_with(char::is_uppercase)
            && noun_after(src, start + word.len()))
        || !src[..start]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric())
        || starts_sentence(src, start)
}

/// Months besides May that are also given names ("June Carter", "April Ryan", "August
/// Wilson"): only a determiner before one shows that it modifies a noun. The others need
/// none: "signals September cut", "ahead of November polls". ("May" and "March" are asked
/// apart, above.)
const GIVEN_NAME_MONTHS: [&str; 4] = ["April", "June", "July", "August"];

/// Whether a month name ending at `end` after the determiner `prev` modifies the noun after
/// it: "the October slaying", "a June agreement", "The March accession", "its September
/// meeting"; not "the March on Washington" nor "the June Carter show".
fn modifies_noun(src: &str, end: usize, prev: &str) -> bool {
    matches!(prev, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our")
        && noun_after(src, end)
}

/// Whether a lower-case noun follows the month name ending at `end`, one space after it
/// ("Mayflower" holds no month), and not a word that ends or joins a phrase ("was", "and").
fn noun_after(src: &str, end: usize) -> bool {
    let Some(rest) = src.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let noun: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    noun.len() > 2
        && noun.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            noun,
            "and" | "for" | "the" | "was" | "were" | "has" | "had" | "have" | "with" | "from"
                | "that" | "which" | "who" | "will" | "would" | "into" | "onto"
        )
}

pub(super) fn year(c: &Groups, src: &str, start: usize) -> Built {
    let y: i32 = cap_num(c, 3)?;
    let modifier = modifier_of(cap(c, 1));
    let fiscal = c.get(2).is_some();
    let m3 = c.get(3)?;
    if modifier.is_none() && !fiscal && !year_context(src, m3.start(), m3.end()) {
        return None;
    }
    let _ = start; // the year's own position (m3) is what the guards need
    Some((
        Spec::Calendar {
            y: Some(y),
            m: None,
            d: None,
            weekday: None,
        },
        modifier,
    ))
}

/// A four-digit number is a year unless it is a count ("2025 votes"), an amount, part of
/// a longer number or code, or out of the range news years use.
pub(super) fn year_context(src: &str, start: usize, end: usize) -> bool {
    let before = src[..start].chars().next_back();
    let after = src[end..].chars().next();
    // A dash between two years is a range ("2023–2025"); any other symbol glued to the
    // number makes it an amount or a code ("$2025", "555-2025", "3.2025").
    if matches!(
        before,
        Some('$' | '€' | '£' | '#' | '/' | '.' | ',' | ':' | '+' | '-' | '–')
    ) {
        let head = &src[..start - before.map_or(0, char::len_utf8)];
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let range = matches!(before, Some('-' | '–')) && digits == 4;
        if !range {
            return false;
        }
    }
    // "1299.59", "2000,5": part of a longer number.
    let decimal = matches!(after, Some('.' | ','))
        && src[end + 1..].starts_with(|c: char| c.is_ascii_digit());
    if matches!(after, Some('%' | '$' | '€' | '£')) || decimal {
        return false;
    }
    // "the Russell 2000 index", "(Smith 2005)": a number in a name after "the", or a
    // citation. A year after a name is otherwise kept: "WWDC 2005" is the event's year.
    let prev_raw = prev_word(src, start);
    let prev_start = prev_word_start(src, start);
    if prev_raw.starts_with(char::is_uppercase)
        && prev_raw.len() > 1
        && !starts_sentence(src, prev_start)
        && month_number(prev_raw).is_none()
        && !NAMES_BEFORE_A_YEAR.contains(&prev_raw)
        && (word_before_previous(src, start).eq_ignore_ascii_case("the")
            || src[..prev_start].ends_with('('))
    {
        return false;
    }
    let prev = prev_word(src, start).to_ascii_lowercase();
    if matches!(
        prev.as_str(),
        "no" | "no."
            | "number"
            | "route"
            | "flight"
            | "room"
            | "page"
            | "pages"
            | "vol"
            | "model"
            | "version"
            | "code"
    ) {
        return false;
    }
    let next = next_word(src, end);
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    // "2025 votes", "1500 troops": a count followed by a plural noun.
    if next_lower
        && next.ends_with('s')
        && !matches!(next, "was" | "has" | "is" | "as" | "saw" | "marks")
    {
        return matches!(
            prev.as_str(),
            "in" | "since" | "by" | "until" | "during" | "from" | "before" | "after"
        );
    }
    true
}

/// A year in words, as spoken news writes it: "nineteen ninety-six" (a century and the
/// rest), "the year two thousand", "two thousand and one". "Two thousand" alone is a count
/// unless "the year" or a preposition of time leads it and no noun follows.
pub(super) fn spelled_year(c: &Groups, src: &str, _: usize) -> Built {
    let whole = c.get(0)?;
    let text = whole.as_str().to_ascii_lowercase();
    let next = next_word(src, whole.end());
    let lower_follows = next.starts_with(|ch: char| ch.is_ascii_lowercase());
    let y = if let Some(tens) = cap(c, 2) {
        // "nineteen ninety-six on a technicality", "a nineteen ninety-seven attack"; but
        // "nineteen twenty-five-year-olds" counts people.
        if lower_follows && next.ends_with('s') && !matches!(next, "was" | "is" | "has") {
            return None;
        }
        let rest = number_value(tens)? + cap(c, 3).and_then(number_value).unwrap_or(0.0);
        1900 + rest as i32
    } else {
        let led = text.contains("the year")
            || c.get(1).is_some()
            || matches!(
                prev_word(src, whole.start()).to_ascii_lowercase().as_str(),
                "in" | "by" | "since" | "until" | "before" | "after" | "from" | "of"
            );
        // "two thousand people", "two thousand years": a count.
        let noun_follows = lower_follows
            && !matches!(
                next,
                "was" | "is" | "has" | "had" | "and" | "when" | "that" | "on" | "in" | "to"
            );
        if !led || noun_follows {
            return None;
        }
        2000 + cap(c, 4).and_then(number_value).unwrap_or(0.0) as i32
    };
    let m = cap(c, 1).and_then(month_number);
    Some((
        Spec::Calendar {
            y: Some(y),
            m,
            d: None,
            weekday: None,
        },
        None,
    ))
}

/// Capitalized words a year may follow.
const NAMES_BEFORE_A_YEAR: &[&str] = &[
    "Spring", "Summer", "Autumn", "Fall", "Winter", "Christmas", "Easter", "Thanksgiving",
    "Ramadan", "FY", "Fiscal", "AD", "BC", "CE", "BCE", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

pub(super) fn decade(c: &Groups, src: &str, _: usize) -> Built {
    let modifier = modifier_of(cap(c, 1));
    // "the 70s" without its apostrophe: a decade after "the" (or in "the 70s and 80s"), not
    // an age ("in their 70s") nor a temperature ("highs in the 70s").
    if let Some(bare) = c.get(4).filter(|g| !src[..g.start()].ends_with('\'')) {
        let from = (bare.start().saturating_sub(60)..bare.start())
            .find(|&i| src.is_char_boundary(i))
            .unwrap_or(bare.start());
        let before = src[from..bare.start()].to_ascii_lowercase();
        let prev = if modifier.is_some() {
            word_before_previous(src, bare.start())
        } else {
            prev_word(src, bare.start())
        };
        let weather_or_age = before.split(|ch: char| !ch.is_ascii_alphabetic()).any(|w| {
            matches!(w, "their" | "his" | "her" | "high" | "highs" | "low" | "lows")
                || w.starts_with("temperature")
                || w.starts_with("degree")
        });
        if !matches!(prev.to_ascii_lowercase().as_str(), "the" | "and" | "or") || weather_or_age {
            return None;
        }
    }
    let value = match (cap(c, 2), cap(c, 3), cap(c, 4)) {
        (Some(cent), Some(dec), _) => format!("{cent}{dec}"),
        (_, _, Some(dec)) => format!("19{dec}"),
        _ => return None,
    };
    Some((Spec::Decade(value.parse().ok()?), modifier))
}

pub(super) fn century(c: &Groups, _: &str, _: usize) -> Built {
    let n: i32 = cap_num(c, 2)?;
    if !(1..=22).contains(&n) {
        return None;
    }
    Some((Spec::Century(n - 1), modifier_of(cap(c, 1))))
}

/// "the latest quarter" (or period): the last one ended before the anchor; "the quarter": the one
/// the text last named (see [`refer_the_quarters`]), else the same.
pub(super) fn the_quarter(c: &Groups, src: &str, _: usize) -> Built {
    let latest = cap(c, 1).is_some();
    if !latest && cap(c, 2)?.eq_ignore_ascii_case("period") {
        return None; // "the period" is any stretch of time
    }
    let ending = quarter_ending(&src[c.get(0)?.end()..]);
    Some((Spec::TheQuarter { latest, ending }, None))
}

/// "(the quarter) ended Sept. 30", "ending Dec. 31": the calendar quarter that a quarter
/// ending on the last days of a calendar quarter's month is, when the story named no
/// quarter before (a fiscal "first quarter" may end on Sept. 30). A quarter ending in
/// another month ("ended Aug. 26") is a fiscal one, which the text does not name.
fn quarter_ending(after: &str) -> Option<&'static str> {
    let mut words = after.split_whitespace();
    let mut verb = words.next()?;
    if matches!(verb, "that" | "which") {
        verb = words.next()?;
    }
    if !matches!(verb, "ended" | "ending" | "ends" | "end") {
        return None;
    }
    let m = month_number(words.next()?)?;
    let day: u32 = words.next()?.trim_end_matches([',', '.']).parse().ok()?;
    if day < 24 {
        return None;
    }
    match m {
        3 => Some("Q1"),
        6 => Some("Q2"),
        9 => Some("Q3"),
        12 => Some("Q4"),
        _ => None,
    }
}

/// "this year's third quarter", "the 1988 quarter", "the year-ago period": a quarter of a
/// year named with it. A period goes only with "year-ago"/"year-earlier" (a quarter's
/// results compared with a year before).
pub(super) fn year_quarter(c: &Groups, _: &str, _: usize) -> Built {
    let rel = match cap(c, 1).map(str::to_ascii_lowercase).as_deref() {
        Some("this") => 0,
        Some("last") => -1,
        Some("next") => 1,
        _ => -1, // year-ago, year-earlier; unused with a year
    };
    let y: Option<i32> = cap_num(c, 2);
    let year_ago = cap(c, 1).is_none() && y.is_none();
    let part = match cap(c, 3).map(str::to_ascii_lowercase).as_deref() {
        Some("first") => Some("Q1"),
        Some("second") => Some("Q2"),
        Some("third") => Some("Q3"),
        Some("fourth") => Some("Q4"),
        _ => None,
    };
    // "the 1988 period": that year's quarter of the results spoken of.
    if cap(c, 4)?.eq_ignore_ascii_case("period") && !year_ago && y.is_none() {
        return None;
    }
    Some((Spec::YearQuarter { y, rel, part }, None))
}

/// "the July-September quarter": a quarter named by its first and last months.
pub(super) fn months_quarter(c: &Groups, _: &str, _: usize) -> Built {
    let part = match (cap(c, 1)?, cap(c, 2)?) {
        ("January", "March") => "Q1",
        ("April", "June") => "Q2",
        ("July", "September" | "Sept") => "Q3",
        ("October", "December") => "Q4",
        _ => return None,
    };
    Some((Spec::Part(cap_num(c, 3), part), None))
}

pub(super) fn quarter(c: &Groups, _: &str, _: usize) -> Built {
    let y: Option<i32> = cap_num(c, 6);
    let part = if let Some(q) = cap(c, 2) {
        match q {
            "1" => "Q1",
            "2" => "Q2",
            "3" => "Q3",
            _ => "Q4",
        }
    } else {
        let ord = cap(c, 3).or_else(|| cap(c, 4))?.to_ascii_lowercase();
        let half = cap(c, 5)?.eq_ignore_ascii_case("half");
        match (ord.as_str(), half) {
            ("first", false) => "Q1",
            ("second", false) => "Q2",
            ("third", false) => "Q3",
            ("fourth" | "final" | "last", false) => "Q4",
            ("first", true) => "H1",
            ("second" | "final" | "last", true) => "H2",
            _ => return None,
        }
    };
    // A quarter without its year is the anchor year's, as business news writes it ("the
    // third quarter", "third-quarter profit"); a bare "first half" (of a match, a book...)
    // needs its year.
    // "the end of the third quarter", "late in the first half": a part of it.
    let modifier = modifier_of(cap(c, 1));
    // "the first quarter of last year".
    if let Some(rel) = cap(c, 7) {
        let rel = rel_of(rel);
        return Some((
            Spec::YearQuarter {
                y: None,
                rel,
                part: Some(part),
            },
            modifier,
        ));
    }
    if part.starts_with('H') {
        y?;
    }
    Some((Spec::Part(y, part), modifier))
}

pub(super) fn season(c: &Groups, src: &str, start: usize) -> Built {
    // Seasons are written in lower case; "Spring Street", "Winter Olympics" are names.
    let written = cap(c, 2)?;
    let season_start = c.get(2)?.start();
    let capitalized = written.starts_with(char::is_uppercase);
    let name_follows = next_word(src, c.get(2)?.end()).starts_with(char::is_uppercase);
    // British news capitalizes them too: "in Autumn", "their Autumn meetings".
    let season_cue = cap(c, 1).is_some()
        || matches!(
            prev_word(src, season_start).to_ascii_lowercase().as_str(),
            "in" | "during" | "this" | "last" | "next" | "their" | "its" | "of" | "by" | "until"
        );
    if capitalized && (name_follows || !(starts_sentence(src, season_start) || season_cue)) {
        return None;
    }
    let word = written.to_ascii_lowercase();
    let code = match word.as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        _ => "WI",
    };
    let y: Option<i32> = cap_num(c, 3);
    let lead = cap(c, 1).map(|s| s.to_ascii_lowercase());
    let (rel, modifier) = match lead.as_deref() {
        Some("this") => (Some(0), None),
        Some("last" | "the past") => (Some(-1), None),
        Some("next" | "the coming" | "the following") => (Some(1), None),
        Some(m) => (None, modifier_of(Some(m))),
        None => (None, None),
    };
    // "fall" is a verb unless something marks it as the season.
    if word == "fall"
        && y.is_none()
        && lead.is_none()
        && !matches!(
            prev_word(src, start).to_ascii_lowercase().as_str(),
            "the" | "in" | "this" | "last" | "next" | "of"
        )
    {
        return None;
    }
    Some((Spec::Season { y, rel, code }, modifier))
}

/// "the first Sunday in October", "the last Friday of March 2025": that day of the month.
pub(super) fn nth_weekday(c: &Groups, _: &str, _: usize) -> Built {
    let n = match cap(c, 1)?.to_ascii_lowercase().as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        _ => -1,
    };
    let wd = u8::try_from(weekday_number(cap(c, 2)?)?).ok()?;
    let m = u8::try_from(month_number(cap(c, 3)?)?).ok()?;
    let feast = Feast::NthWeekday { m, wd, n };
    Some((Spec::Feast { feast, rel: 0, y: cap_num(c, 4) }, None))
}

pub(super) fn holiday(c: &Groups, src: &str, _: usize) -> Built {
    // "Easter Island", "Good Friday Agreement", "Christmas Carol": a holiday's name inside
    // another name.
    let next = next_word(src, c.get(0)?.end());
    if next.starts_with(char::is_uppercase) && month_number(next).is_none() {
        return None;
    }
    let rel = match cap(c, 1).map(str::to_ascii_lowercase).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
    let name = cap(c, 2)?.replace('’', "'");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let feast = |feast| Some((Spec::Feast { feast, rel, y: None }, None));
    // US holidays on a weekday of a month (5 U.S.C. 6103), Mother's and Father's Day as
    // the US keeps them.
    let nth = |m, wd, n| feast(Feast::NthWeekday { m, wd, n });
    let (m, d) = match name.as_str() {
        "Christmas" | "Christmas Day" => (12, 25),
        "Christmas Eve" => (12, 24),
        "New Year's Day" => (1, 1),
        "New Year's Eve" => (12, 31),
        "Halloween" => (10, 31),
        "Valentine's Day" => (2, 14),
        "Boxing Day" => (12, 26),
        "Independence Day" => (7, 4),
        "Juneteenth" => (6, 19),
        "Veterans Day" | "Veterans' Day" | "Veteran's Day" | "Remembrance Day" | "Armistice Day" => {
            (11, 11)
        }
        "Bastille Day" => (7, 14),
        "Canada Day" => (7, 1),
        "Australia Day" => (1, 26),
        "Anzac Day" => (4, 25),
        n if n.ends_with("Patrick's Day") => (3, 17),
        "Easter" | "Easter Sunday" => return feast(Feast::Easter(0)),
        "Easter Monday" => return feast(Feast::Easter(1)),
        "Good Friday" => return feast(Feast::Easter(-2)),
        "Maundy Thursday" | "Holy Thursday" => return feast(Feast::Easter(-3)),
        "Palm Sunday" => return feast(Feast::Easter(-7)),
        "Ash Wednesday" => return feast(Feast::Easter(-46)),
        "Shrove Tuesday" | "Mardi Gras" => return feast(Feast::Easter(-47)),
        "Pentecost" => return feast(Feast::Easter(49)),
        "Thanksgiving" | "Thanksgiving Day" => return feast(Feast::Thanksgiving(0)),
        "Black Friday" => return feast(Feast::Thanksgiving(1)),
        "Cyber Monday" => return feast(Feast::Thanksgiving(4)),
        "Election Day" => return feast(Feast::ElectionDay),
        "MLK Day" => return nth(1, 1, 3),
        n if n.starts_with("Martin Luther King") => return nth(1, 1, 3),
        n if n.starts_with("Presidents") => return nth(2, 1, 3),
        "Mother's Day" => return nth(5, 7, 2),
        "Memorial Day" => return nth(5, 1, -1),
        "Father's Day" => return nth(6, 7, 3),
        "Labor Day" => return nth(9, 1, 1),
        "Columbus Day" => return nth(10, 1, 2),
        // Feasts of lunar calendars: a date without a value.
        _ => return Some((Spec::Fixed(TimexType::Date, String::new()), None)),
    };
    Some((Spec::Holiday { m, d, y: None }, None))
}

/// The offset "last" (-1), "this" (0) or "next" (+1) says.
fn rel_of(word: &str) -> i64 {
    match word.to_ascii_lowercase().as_str() {
        "last" => -1,
        "this" | "the" => 0,
        _ => 1,
    }
}
