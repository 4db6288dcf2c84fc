//! Running the rules over an article's sentences, and choosing among their matches: the
//! longest wins at each place, and only a chosen match is taken apart by its builder.

use std::cell::RefCell;

use regex_automata::{Input, Match};

use super::groups::{DURING, Groups, prev_word, starts_sentence};
use super::pattern::{MONTH_ABBRS, PatternCache, re};
use super::rules::{PATTERNS, RULES};
use super::triggers::{TRIGGERS, sentence_triggers, set_bits, window_start};
use super::{DateOrder, Spec, TimexType};
use crate::extract::calendar::CivilDate;
use crate::span::Span;
use crate::text::WordSet;

/// Words of time that a name capitalizes inside a sentence: CBS's "60 Minutes", ABC's
/// "This Week", "High Noon", USA Today.
static TITLE_WORDS: WordSet = WordSet::new(&[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "weekend", "month", "months", "year", "years", "decade", "decades", "century", "noon",
    "midnight", "today", "tonight", "tomorrow", "yesterday",
]);

/// Whether the expression at `span` is a word of a name, not a time: a duration, a day or
/// a week named by a unit written with a capital inside a sentence in lower case ("USA
/// Today", "60 Minutes"), or "daily" or "weekly" before a capitalized name (the Party
/// daily Granma). A headline in title case keeps its dates ("Stocks Fall This Week").
fn in_a_name(src: &str, span: Span, spec: &Spec) -> bool {
    if !matches!(
        spec,
        Spec::Fixed(..) | Spec::RelUnit { .. } | Spec::RelDay { .. } | Spec::Clock { .. }
    ) {
        return false;
    }
    let text = span.text(src);
    // "the Communist Party daily Granma", "the Berlin daily Der Tagesspiegel"; not "the
    // daily London Metal Exchange fix".
    let newspaper = matches!(text, "daily" | "weekly")
        && prev_word(src, span.start).starts_with(char::is_uppercase)
        && src[span.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // "Today", "Year": a capital on a word in lower case ("TODAY" is shouted, not named).
    let title_unit = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && TITLE_WORDS.contains_lowercase(w)
    };
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next();
    // A capital on the expression's first word may be the sentence's ("Last Year over 4
    // million visitors came"); after a capitalized word it goes on a name ("USA Today",
    // "BBC's Today programme", "High Noon").
    let inside = !starts_sentence(src, span.start);
    let capital_inside = inside
        && (words.any(title_unit)
            || (first.is_some_and(title_unit)
                && prev_word(src, span.start).starts_with(char::is_uppercase)));
    (newspaper || capital_inside) && !title_case_line(src, span)
}

/// Whether the expression at `span` ends in a unit that opens a compound of two parts of
/// time or of a measure ("a day-night match", "day-to-day running", "a year-on-year
/// rise"): no time of its own.
fn in_a_compound(src: &str, span: Span) -> bool {
    let last = span.text(src).rsplit(' ').next().unwrap_or("");
    let unit = matches!(last, "day" | "night" | "week" | "month" | "year" | "quarter");
    let next = src[span.end..]
        .strip_prefix('-')
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("");
    unit && matches!(next, "night" | "to" | "on" | "over" | "by" | "and")
}

/// Whether the line around `span` is written in title case, as a headline is: most of its
/// longer words besides the expression's, four in five at least, begin with a capital.
fn title_case_line(src: &str, span: Span) -> bool {
    let start = src[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = src[span.end..].find('\n').map_or(src.len(), |i| span.end + i);
    let (mut words, mut capitals) = (0, 0);
    for part in [&src[start..span.start], &src[span.end..end]] {
        for w in part.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() > 3) {
            words += 1;
            capitals += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    words >= 3 && capitals * 5 >= words * 4
}

/// A rule's match, before its groups are taken.
pub(super) struct Matched {
    /// The span it would have as a candidate.
    pub(super) span: Span,
    /// The rule's index in [`RULES`].
    pub(super) rule: usize,
    /// The sentence it is in, and where in that sentence.
    pub(super) sentence: Span,
    pub(super) found: Match,
}

/// A numeric date ("3/4/2025", modifier NUMERIC) with its month and day in `order`, or
/// `None` when they make no date; any other spec as it is.
pub(super) fn numeric_in_order(
    spec: Spec,
    modifier: Option<&str>,
    order: DateOrder,
) -> Option<Spec> {
    match spec {
        Spec::Calendar {
            y,
            m: Some(a),
            d: Some(b),
            ..
        } if modifier == Some("NUMERIC") => {
            let (m, d) = if order == DateOrder::Mdy {
                (a, b)
            } else {
                (b, a)
            };
            CivilDate::new(y.unwrap_or(2000), m, d)?;
            Some(Spec::Calendar {
                y,
                m: Some(m),
                d: Some(d),
                weekday: None,
            })
        }
        spec => Some(spec),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Candidate {
    pub(super) span: Span,
    pub(super) spec: Spec,
    pub(super) modifier: Option<&'static str>,
}

thread_local! {
    /// Each rule's search state on this thread (by rule), made when the rule first runs.
    static CACHES: RefCell<Vec<Option<PatternCache>>> = const { RefCell::new(Vec::new()) };
}

/// All non-overlapping candidates, longest first at each place, at most `cap` of them;
/// true when some were dropped. Each rule runs only on the sentences that contain one of
/// its trigger words; an expression never spans sentences.
pub(super) fn candidates(
    src: &str,
    sentences: &[Span],
    order: DateOrder,
    cap: usize,
) -> (Vec<Candidate>, bool) {
    candidates_searched(src, sentences, order, Search::Windows, cap)
}

/// How much of a sentence a rule's pattern searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Search {
    /// Only around the rule's triggers (see [`Rule::window`]).
    Windows,
    /// The whole sentence, for every rule: the reference the windows are tested against.
    #[cfg(test)]
    Whole,
}

pub(super) fn candidates_searched(
    src: &str,
    sentences: &[Span],
    order: DateOrder,
    search: Search,
    cap: usize,
) -> (Vec<Candidate>, bool) {
    // Where the first rule to meet `cap` matches met it: matches after it are not
    // gathered, so only expressions that end before it are sure to be right.
    let mut limit = usize::MAX;
    // About one match in 300 bytes of news; room for one in 200 seldom grows.
    let mut matches: Vec<Matched> = Vec::with_capacity(src.len() / 200);
    let triggers = sentence_triggers(src, sentences);
    let (_, rule_masks) = &*TRIGGERS;
    let mut caches = CACHES.take();
    caches.resize_with(RULES.len(), || None);
    // For each rule, the sentences worth its search, a row of bits (sentence `i` at bit
    // `i`). Each sentence is asked once which rules its few triggers call for; most rules
    // find none in most sentences, and are never asked about them.
    let row = sentences.len().div_ceil(64);
    let mut sentences_of = vec![0u64; RULES.len() * row];
    for (i, &mask) in triggers.masks.iter().enumerate() {
        for r in set_bits(&[rule_masks.wanted(mask)]) {
            sentences_of[r * row + i / 64] |= 1 << (i % 64);
        }
    }
    for (r, ((rule, (any, _)), cache)) in RULES
        .iter()
        .zip(&rule_masks.each)
        .zip(&mut caches)
        .enumerate()
    {
        let window = match (search, rule.window, any) {
            (Search::Windows, Some(runs), Some(any)) => Some((runs, *any)),
            _ => None,
        };
        let mut found_by_rule = 0usize;
        'sentences: for i in set_bits(&sentences_of[r * row..(r + 1) * row]) {
            let sentence = &sentences[i];
            let mut hits = triggers.hits(i);
            // The pattern is compiled when a text first needs it, its cache made when this
            // thread first does.
            let pattern = PATTERNS[r].get_or_init(|| re(rule.pattern));
            let cache = cache.get_or_insert_with(|| pattern.create_cache());
            let offset = sentence.start;
            let text = sentence.text(src);
            // Most runs find nothing: a plain search, which allocates nothing, finds where
            // the matches are.
            let mut at = 0;
            // Places before this one were tried by an anchored search and matched nothing.
            // That search's answer depends on the place alone, never on `at`, so no place
            // is tried twice: the windows of a sentence cost its length once in all.
            let mut untried = 0;
            while at <= text.len() {
                // A match from `at` on that means anything holds a trigger at or after `at`
                // ("once again" holds none and means nothing): it begins in the window of
                // the first such trigger, or else in that of a later one.
                let found = match window {
                    Some((runs, any)) => loop {
                        while let Some((&(pos, m), rest)) = hits.split_first()
                            && (pos < at || m & any == 0)
                        {
                            hits = rest;
                        }
                        let Some(&(pos, _)) = hits.first() else {
                            break None;
                        };
                        let floor = at.max(untried);
                        let from = window_start(text.as_bytes(), pos, runs, floor);
                        if let Some(found) = pattern.find_beginning_in(cache, text, from, pos) {
                            untried = found.start() + 1;
                            break Some(found);
                        }
                        untried = untried.max(pos + 1);
                        hits = &hits[1..];
                    },
                    None => pattern.find(cache, &Input::new(text).range(at..)),
                };
                let Some(m) = found else {
                    break;
                };
                // Matches are never empty; the guard keeps the loop finite if one were.
                at = match text[m.end()..].chars().next() {
                    Some(c) if m.start() == m.end() => m.end() + c.len_utf8(),
                    None if m.start() == m.end() => text.len() + 1,
                    _ => m.end(),
                };
                // A rule may name the part of its match that is the expression (group `t`),
                // leaving out the words that only cue it ("for decades"); that part takes
                // the groups now, every other match only if it is chosen.
                let part = if pattern.narrowed {
                    pattern.groups(cache, text, m);
                    let caps = Groups {
                        text,
                        caps: &cache.caps,
                    };
                    caps.name("t").map_or(m.range(), |t| t.start()..t.end())
                } else {
                    m.range()
                };
                matches.push(Matched {
                    span: tighten(src, Span::new(offset + part.start, offset + part.end)),
                    rule: r,
                    sentence: *sentence,
                    found: m,
                });
                found_by_rule += 1;
                if found_by_rule >= cap {
                    limit = limit.min(offset + m.start());
                    break 'sentences;
                }
            }
        }
    }
    if limit != usize::MAX {
        matches.retain(|m| m.span.end <= limit);
    }
    // Longest wins; ties go to the earlier start, then to the earlier rule.
    matches.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
    });
    // Chosen spans by start; they never overlap, so only the nearest one before a
    // candidate's end can overlap it. A match's meaning is taken only when its span is
    // free: most shorter matches ("March" in "March 3, 2025") never need theirs.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut chosen: Vec<Candidate> = Vec::new();
    for found in matches {
        let span = found.span;
        let clash = taken
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start);
        if clash || span.is_empty() {
            continue;
        }
        let rule = &RULES[found.rule];
        let (Some(pattern), Some(cache)) =
            (PATTERNS[found.rule].get(), caches[found.rule].as_mut())
        else {
            continue; // a rule that matched was compiled, and its cache made
        };
        let text = found.sentence.text(src);
        pattern.groups(cache, text, found.found);
        let caps = Groups {
            text,
            caps: &cache.caps,
        };
        let Some(m) = caps.get(0) else { continue };
        let Some((spec, mut modifier)) = (rule.build)(&caps, text, m.start()) else {
            continue;
        };
        let mut span = span;
        if modifier == Some(DURING) {
            let Some(inner) = caps.get(2) else { continue };
            span = Span::new(found.sentence.start + inner.start(), span.end);
            modifier = None;
        }
        let Some(spec) = numeric_in_order(spec, modifier, order) else {
            continue;
        };
        if in_a_name(src, span, &spec) || in_a_compound(src, span) {
            continue;
        }
        taken.insert(span.start, span.end);
        chosen.push(Candidate {
            span,
            spec,
            modifier,
        });
    }
    CACHES.set(caches);
    chosen.sort_by_key(|c| c.span.start);
    let mut cut = limit != usize::MAX;
    if chosen.len() > cap {
        chosen.truncate(cap);
        cut = true;
    }
    holiday_years(src, &mut chosen);
    week_of_a_day(src, &mut chosen);
    compound_durations(src, &mut chosen);
    let ranges = second_days(src, &mut chosen);
    if !ranges.is_empty() {
        chosen.retain(|c| !ranges.iter().any(|r| r.span.overlaps(c.span)));
        chosen.extend(ranges);
        chosen.sort_by_key(|c| c.span.start);
        if chosen.len() > cap {
            chosen.truncate(cap);
            cut = true;
        }
    }
    (chosen, cut)
}

/// Words that may follow the second day of "April 24 and 25": with any other word after
/// it, the number counts something ("on April 24 and 25 people died").
static AFTER_SECOND_DAY: WordSet = WordSet::new(&[
    "in", "at", "on", "to", "when", "with", "for", "and", "of", "as", "but", "before",
    "after", "while", "during", "respectively", "will", "would", "was", "were", "is", "are",
    "has", "have", "had", "from", "by", "under", "between", "amid", "despite", "because",
]);

/// "the week of March 6": the day and the words before it become one expression, the ISO
/// week holding the day (TimeML writes it 2000-W10).
fn week_of_a_day(src: &str, chosen: &mut [Candidate]) {
    const LEAD: &str = "the week of ";
    for c in chosen.iter_mut() {
        let Spec::Calendar {
            y,
            m: Some(m),
            d: Some(d),
            ..
        } = c.spec
        else {
            continue;
        };
        let Some(start) = c.span.start.checked_sub(LEAD.len()) else {
            continue;
        };
        // `get` and not indexing: `start` may fall inside a character.
        let lead = src.get(start..c.span.start);
        if lead.is_some_and(|l| l.eq_ignore_ascii_case(LEAD))
            && src[..start].chars().next_back().is_none_or(|ch| !ch.is_alphanumeric())
        {
            c.span = Span::new(start, c.span.end);
            c.spec = Spec::WeekOf { y, m, d };
        }
    }
}

/// A holiday or feast with a year right after it ("Christmas 2019", "Easter, 2020"), which
/// the rules found as a year, is that year's; the year stays a date of its own.
fn holiday_years(src: &str, chosen: &mut [Candidate]) {
    for i in 1..chosen.len() {
        let (before, after) = chosen.split_at_mut(i);
        let (holiday, next) = (&mut before[i - 1], &after[0]);
        let Spec::Calendar {
            y: Some(year),
            m: None,
            d: None,
            ..
        } = next.spec
        else {
            continue;
        };
        let (Spec::Holiday { y, .. } | Spec::Feast { y, rel: 0, .. }) = &mut holiday.spec else {
            continue;
        };
        let between = &src[holiday.span.end..next.span.start];
        if matches!(between, " " | ", ") {
            *y = Some(year);
        }
    }
}

/// "four hours and 12 minutes", "two years and three months": two durations joined by
/// "and", the larger unit first, are one (TimeML), "PT4H12M". Merged in place: the second
/// is dropped.
fn compound_durations(src: &str, chosen: &mut Vec<Candidate>) {
    // A value of one whole unit ("P2Y", "PT12M"): its number, letter and rank.
    fn single(value: &str) -> Option<(&str, char, usize)> {
        let (body, time) = match value.strip_prefix("PT") {
            Some(b) => (b, true),
            None => (value.strip_prefix('P')?, false),
        };
        let letter = body.chars().last()?;
        let n = &body[..body.len() - 1];
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let rank = match (time, letter) {
            (false, 'Y') => 0,
            (false, 'M') => 1,
            (false, 'D') => 2,
            (true, 'H') => 3,
            (true, 'M') => 4,
            (true, 'S') => 5,
            _ => return None, // weeks stand alone in ISO 8601
        };
        Some((n, letter, rank))
    }
    let mut k = 0;
    while k + 1 < chosen.len() {
        let (a, b) = (&chosen[k], &chosen[k + 1]);
        let joined = src.get(a.span.end..b.span.start) == Some(" and ") && b.modifier.is_none();
        let merged = match (&a.spec, &b.spec) {
            (Spec::Fixed(TimexType::Duration, va), Spec::Fixed(TimexType::Duration, vb))
                if joined =>
            {
                match (single(va), single(vb)) {
                    (Some((na, la, ra)), Some((nb, lb, rb))) if ra < rb => {
                        let t = |r: usize, before: usize| if r >= 3 && before < 3 { "T" } else { "" };
                        let head = if ra >= 3 { "PT" } else { "P" };
                        Some(format!("{head}{na}{la}{}{nb}{lb}", t(rb, ra)))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(value) = merged {
            chosen[k].span = Span::new(chosen[k].span.start, chosen[k + 1].span.end);
            chosen[k].spec = Spec::Fixed(TimexType::Duration, value);
            chosen.remove(k + 1);
        }
        k += 1;
    }
}

/// The second day of a pair or range of days of one month ("March 3-5", "April 24 and 25",
/// "June 3 or 4, 2026"): a date of the same month, after the first. A year after the
/// second day is both days' year.
fn second_days(src: &str, chosen: &mut [Candidate]) -> Vec<Candidate> {
    let mut seconds = Vec::new();
    for c in chosen.iter_mut() {
        let Spec::Calendar {
            y,
            m: Some(m),
            d: Some(d),
            ..
        } = c.spec
        else {
            continue;
        };
        let rest = &src[c.span.end..];
        // A dash glued to both days, a dash between spaces, or a word between spaces.
        let trimmed = rest.trim_start_matches(' ');
        let spaced = trimmed.len() < rest.len();
        let word = ["and", "or", "to", "through", "-", "–"]
            .into_iter()
            .find(|w| trimmed.starts_with(w));
        let joiner = match word {
            Some(w @ ("-" | "–")) if !spaced => w.len(),
            Some(w) if spaced => {
                let after = &trimmed[w.len()..];
                let inner = after.len() - after.trim_start_matches(' ').len();
                if inner == 0 {
                    continue;
                }
                rest.len() - trimmed.len() + w.len() + inner
            }
            _ => continue,
        };
        let start = c.span.end + joiner;
        let digits = src[start..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let Ok(d2) = src[start..start + digits].parse::<u32>() else {
            continue;
        };
        let tail = &src[start + digits..];
        let tail = ["st", "nd", "rd", "th"]
            .into_iter()
            .find_map(|s| tail.strip_prefix(s))
            .unwrap_or(tail);
        let mut end = src.len() - tail.len();
        // ", 2026" or " 2026" after the second day.
        let year_at = tail
            .strip_prefix(',')
            .unwrap_or(tail)
            .trim_start_matches(' ');
        let year = year_at
            .get(..4)
            .filter(|w| year_at.len() < tail.len() && w.bytes().all(|b| b.is_ascii_digit()))
            .filter(|_| !year_at[4..].starts_with(|ch: char| ch.is_alphanumeric()))
            .and_then(|w| w.parse::<i32>().ok());
        if year.is_some() {
            end = src.len() - year_at.len() + 4;
        }
        let after = &src[end..];
        let glued = after.starts_with(|ch: char| ch.is_alphanumeric() || ch == '/' || ch == ':');
        let fits = match word {
            Some("-" | "–") if !spaced => !glued,
            _ => {
                let next = after.trim_start_matches(' ');
                let next_word: String = next
                    .chars()
                    .take_while(|ch| ch.is_alphabetic())
                    .collect();
                year.is_some()
                    || next.is_empty()
                    || next.starts_with(|ch: char| ".,;:)!?\"'’”\n".contains(ch))
                    || (!next_word.is_empty() && AFTER_SECOND_DAY.contains(&next_word))
            }
        };
        let y = y.or(year);
        if digits > 2
            || d2 <= d
            || !fits
            || CivilDate::new(y.unwrap_or(2000), m, d2).is_none()
        {
            continue;
        }
        if let Spec::Calendar { y: first_y, .. } = &mut c.spec {
            *first_y = y;
        }
        seconds.push(Candidate {
            span: Span::new(start, end),
            spec: Spec::Calendar {
                y,
                m: Some(m),
                d: Some(d2),
                weekday: None,
            },
            modifier: None,
        });
    }
    seconds
}

/// Spans are tight: no trailing punctuation or white space.
pub(super) fn tighten(src: &str, span: Span) -> Span {
    let t = span.text(src);
    let trimmed = t.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let trimmed = if trimmed.ends_with('.')
        && !trimmed.ends_with("a.m.")
        && !trimmed.ends_with("p.m.")
        && !ends_with_month_abbr(trimmed)
    {
        &trimmed[..trimmed.len() - 1]
    } else {
        trimmed
    };
    let lead = trimmed.len() - trimmed.trim_start().len();
    Span::new(span.start + lead, span.start + trimmed.len())
}

pub(super) fn ends_with_month_abbr(t: &str) -> bool {
    MONTH_ABBRS
        .split('|')
        .any(|m| t.ends_with(&format!("{m}.")))
}
