//! How a builder reads a match: its groups, and the words and numbers in them.

use regex_automata::util::captures::Captures;

use super::Spec;

pub(super) fn month_number(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.');
    let key = s.get(..3)?.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| *m == key)
    .map(|i| i as u32 + 1)
}

pub(super) fn weekday_number(s: &str) -> Option<u32> {
    let key = s.get(..3)?.to_ascii_lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|d| *d == key)
        .map(|i| i as u32 + 1)
}

pub(super) fn number_value(s: &str) -> Option<f64> {
    let s = s.trim().to_ascii_lowercase();
    if let Ok(n) = s.parse::<f64>() {
        return Some(n);
    }
    // "15,638": thousands set off by commas.
    if s.contains(',') && s.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return s.replace(',', "").parse().ok();
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let unit = |w: &str| -> Option<f64> {
        Some(match w {
            "a" | "an" | "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "six" => 6.0,
            "seven" => 7.0,
            "eight" => 8.0,
            "nine" => 9.0,
            "ten" => 10.0,
            "eleven" => 11.0,
            "twelve" => 12.0,
            "thirteen" => 13.0,
            "fourteen" => 14.0,
            "fifteen" => 15.0,
            "sixteen" => 16.0,
            "seventeen" => 17.0,
            "eighteen" => 18.0,
            "nineteen" => 19.0,
            "twenty" => 20.0,
            "thirty" => 30.0,
            "forty" => 40.0,
            "fifty" => 50.0,
            "sixty" => 60.0,
            "seventy" => 70.0,
            "eighty" => 80.0,
            "ninety" => 90.0,
            "hundred" => 100.0,
            _ => return None,
        })
    };
    match words.as_slice() {
        // "two thousand", "a hundred"
        [rest @ .., scale @ ("hundred" | "thousand")] if !rest.is_empty() => {
            let n = number_value(&rest.join(" "))?;
            Some(n * if *scale == "hundred" { 100.0 } else { 1000.0 })
        }
        [w] => unit(w),
        [a, b] => {
            let (tens, ones) = (unit(a)?, unit(b)?);
            ((20.0..100.0).contains(&tens) && ones < 10.0).then_some(tens + ones)
        }
        _ => None,
    }
}

pub(super) fn is_vague_number(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    s.contains("several")
        || s.contains("few")
        || s.contains("many")
        || s.contains("some")
        || s.contains("couple")
}

pub(super) fn modifier_of(word: Option<&str>) -> Option<&'static str> {
    let w = word?.to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "early" | "earlier in" | "the beginning of" | "the start of" => "START",
        "mid" | "the middle of" => "MID",
        "late" | "later" | "later in" | "the end of" => "END",
        "about" | "around" | "roughly" | "some" | "nearly" | "almost" => "APPROX",
        "more than" | "over" => "MORE_THAN",
        "less than" | "under" | "up to" | "just" | "only" => "LESS_THAN",
        "at least" => "EQUAL_OR_MORE",
        "pre" => "BEFORE",
        "post" => "AFTER",
        _ => return None,
    })
}

/// The groups of one match, as the rules read them.
pub(super) struct Groups<'h> {
    pub(super) text: &'h str,
    pub(super) caps: &'h Captures,
}

/// One group's match in the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Group<'h> {
    pub(super) text: &'h str,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl<'h> Groups<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub(super) fn get(&self, i: usize) -> Option<Group<'h>> {
        self.caps.get_group(i).map(|s| self.group(s))
    }

    /// The group named `name`, if it took part in the match.
    pub(super) fn name(&self, name: &str) -> Option<Group<'h>> {
        self.caps.get_group_by_name(name).map(|s| self.group(s))
    }

    pub(super) fn group(&self, s: regex_automata::Span) -> Group<'h> {
        Group {
            text: self.text,
            start: s.start,
            end: s.end,
        }
    }
}

impl<'h> Group<'h> {
    pub(super) fn start(&self) -> usize {
        self.start
    }

    pub(super) fn end(&self) -> usize {
        self.end
    }

    pub(super) fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
}

pub(super) fn cap<'a>(c: &Groups<'a>, i: usize) -> Option<&'a str> {
    c.get(i).map(|m| m.as_str())
}

pub(super) fn cap_num<T: std::str::FromStr>(c: &Groups, i: usize) -> Option<T> {
    cap(c, i).and_then(|s| s.parse().ok())
}

/// What a rule's builder makes of a match: its meaning and its modifier (a TIMEX3 `mod`
/// name, or [`DURING`]).
pub(super) type Built = Option<(Spec, Option<&'static str>)>;

/// The "modifier" a builder gives when the match's first word is a preposition outside
/// the expression ("over" in "flybys over four years"): the span then starts at group 2,
/// and the mention has no `mod`.
pub(super) const DURING: &str = "during";

/// The word just before byte `pos` (letters, digits, dots), or "".
pub(super) fn prev_word(src: &str, pos: usize) -> &str {
    let before = src[..pos].trim_end_matches(|c: char| c.is_whitespace() || c == '-');
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// The word before the word just before byte `pos` ("months" in "months of the year"),
/// or "".
pub(super) fn word_before_previous(src: &str, pos: usize) -> &str {
    prev_word(src, prev_word_start(src, pos))
}

/// Where the word just before byte `pos` begins ([`prev_word`]).
pub(super) fn prev_word_start(src: &str, pos: usize) -> usize {
    let before = src[..pos].trim_end_matches(|c: char| c.is_whitespace() || c == '-');
    before.len() - prev_word(src, pos).len()
}

/// The word just after byte `pos`, or "".
pub(super) fn next_word(src: &str, pos: usize) -> &str {
    let after = src[pos..].trim_start_matches([' ', '\t']);
    let end = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    &after[..end]
}

/// True when `pos` starts a sentence or a line.
pub(super) fn starts_sentence(src: &str, pos: usize) -> bool {
    let before = src[..pos].trim_end_matches([' ', '\t', '"', '“', '‘', '\'', '`', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r', ':'])
}
