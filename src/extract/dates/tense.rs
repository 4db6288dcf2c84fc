//! The tense a date is spoken of in: whether the words of its sentence nearest to it look
//! back or ahead. It decides which way an under-specified date resolves: "Talks will resume
//! on Tuesday" is the coming Tuesday, "talks resumed on Tuesday" the last one; "in October"
//! said in March is last October in the past tense and next October in the future.
//!
//! A small explicit analysis, not a parser: the nearest cue word on either side of the date
//! within its sentence wins (auxiliaries and cue words: will, 'll, plans, next, ago; past
//! forms: said, was, a verb in -ed). With no cue the caller keeps its default.

use super::groups::{prev_word, prev_word_start, starts_sentence, word_before_previous};
use crate::span::Span;
use crate::text::WordSet;

/// The tense around a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// The nearest cue looks back ("said", "was", "attacked").
    Past,
    /// The nearest cue looks ahead ("will", "plans to", "scheduled").
    Future,
    /// No cue in the sentence.
    Unknown,
}

/// Bytes looked at on either side of a date.
const WINDOW: usize = 160;

/// Words that speak of what is to come.
static FUTURE: WordSet = WordSet::new(&[
    "will",
    "would",
    "soon",
    "ll",
    "shall",
    "tomorrow",
    "scheduled",
    "upcoming",
    "plans",
    "planned",
    "planning",
    "expected",
    "expects",
    "due",
    "going",
    "intends",
    "aims",
    "slated",
    "coming",
    "payable",
    "effective",
]);

/// Past forms that end in neither "-ed" nor are caught by a rule.
static PAST: WordSet = WordSet::new(&[
    "said", "told", "was", "were", "had", "did", "ago", "yesterday", "met", "held", "began",
    "came", "went", "left", "took", "made", "gave", "found", "won", "lost", "fell", "rose",
    "led", "sent", "saw", "spoke", "wrote", "fled", "hit", "struck", "shot", "became", "got",
    "paid", "sold", "bought", "brought", "thought", "felt", "kept", "ran", "stood", "broke",
    "chose", "drew", "flew", "grew", "knew", "meant", "put", "set", "spent", "taught", "woke",
    "earlier",
]);

/// Words that turn a following future cue into the past ("had been due", "previously
/// planned").
static PERFECT: WordSet = WordSet::new(&["had", "been", "was", "were", "previously", "originally"]);

/// The auxiliary a passive participle follows.
static BE: WordSet = WordSet::new(&["be", "being"]);

/// "-ed" words that are seldom a past verb.
static NOT_PAST: WordSet = WordSet::new(&[
    "united", "armed", "based", "related", "red", "bed", "need", "seed", "speed", "feed",
    "hundred", "indeed", "naked", "wicked", "sacred", "beloved", "detailed", "limited",
    "advanced", "concerned", "interested", "used", "supposed", "allied", "embed",
]);

/// The tense of the sentence `sentence` of `src` around the date at `at`.
pub fn around(src: &str, sentence: Span, at: Span) -> Tense {
    // The words within a window of the date: the nearest cue is all that counts, and a
    // bound keeps a huge sentence of dates ("March 3 March 3 …") linear.
    let floor = sentence.start.min(at.start).max(at.start.saturating_sub(WINDOW));
    let ceiling = sentence.end.max(at.end).min(at.end + WINDOW).min(src.len());
    let start = (floor..=at.start).find(|&i| src.is_char_boundary(i)).unwrap_or(at.start);
    let end = (at.end..=ceiling).rev().find(|&i| src.is_char_boundary(i)).unwrap_or(at.end);
    let Some(text) = src.get(start..end) else {
        return Tense::Unknown;
    };
    let mut best: Option<(usize, Tense)> = None;
    let mut word_start = None;
    // The two words before the current one: "had been scheduled" looks back.
    let mut before: [&str; 2] = ["", ""];
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = c.is_alphabetic();
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(w)) => {
                word_start = None;
                let (ws, we) = (start + w, start + i);
                let word = &text[w..i];
                let earlier = before;
                before = [before[1], word];
                if ws < at.end && at.start < we {
                    continue; // a word of the date itself ("next Friday")
                }
                // "is set to resume": the plan of "set to", not the past of "set".
                let set_to = word == "to" && earlier[1].eq_ignore_ascii_case("set");
                let Some(mut tense) = (if set_to { Some(Tense::Future) } else { cue(word) }) else {
                    continue;
                };
                let after = |words: &WordSet| earlier.iter().any(|w| words.contains_lowercase(w));
                if tense == Tense::Future && after(&PERFECT) {
                    tense = Tense::Past;
                }
                // "will be held": a participle after "be" takes its tense from the auxiliary.
                if tense == Tense::Past && after(&BE) {
                    continue;
                }
                let distance = if we <= at.start {
                    at.start - we
                } else {
                    ws - at.end
                };
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, tense));
                }
            }
            _ => {}
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// True when the word just before byte `at` of `src` is "until" or "till" after a verb:
/// a weekday that follows is a deadline ahead ("markets will stay closed until Friday";
/// "not until Tuesday" said on a Tuesday is that day). "Up until Thursday, they had ..."
/// and a sentence that opens with "Until Thursday, ..." look back.
pub fn after_until(src: &str, at: usize) -> bool {
    let until = prev_word(src, at);
    let before = word_before_previous(src, at);
    matches!(until.to_ascii_lowercase().as_str(), "until" | "till")
        && before.ends_with(|c: char| c.is_alphabetic())
        && !before.eq_ignore_ascii_case("up")
        && !starts_sentence(src, prev_word_start(src, at))
}

/// The tense a word is a cue of, if any.
fn cue(word: &str) -> Option<Tense> {
    if FUTURE.contains_lowercase(word) {
        Some(Tense::Future)
    } else if PAST.contains_lowercase(word)
        || (word.len() > 4
            && word.ends_with("ed")
            && word.starts_with(char::is_lowercase)
            && !NOT_PAST.contains(word))
    {
        Some(Tense::Past)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_table() {
        let cases: &[(&str, &str, Tense)] = &[
            ("Talks will resume on Tuesday.", "Tuesday", Tense::Future),
            ("Talks resumed on Tuesday.", "Tuesday", Tense::Past),
            ("The minister said Tuesday he will visit on Friday.", "Tuesday", Tense::Past),
            ("The minister said Tuesday he will visit on Friday.", "Friday", Tense::Future),
            ("They'll meet in October.", "October", Tense::Future),
            ("A vote is scheduled for April.", "April", Tense::Future),
            ("The United Nations meets Tuesday.", "Tuesday", Tense::Unknown),
            ("The bombs exploded outside the embassies Friday.", "Friday", Tense::Past),
            ("It rains in Cairo.", "Cairo", Tense::Unknown),
            ("Elections are due next Friday.", "next Friday", Tense::Future),
            ("It had been due to expire Friday evening.", "Friday", Tense::Past),
            ("The vote will be held in January.", "January", Tense::Future),
            ("The offensive began as previously planned Saturday.", "Saturday", Tense::Past),
            ("The thrift announced the plan Aug. 21.", "Aug. 21", Tense::Past),
            ("He said the father would arrive Thursday.", "Thursday", Tense::Future),
            ("They could leave as soon as Tuesday.", "Tuesday", Tense::Future),
        ];
        for (src, date, want) in cases {
            let at = src.find(date).expect("the date is in the sentence");
            let got = around(src, Span::new(0, src.len()), Span::new(at, at + date.len()));
            assert_eq!(got, *want, "{src:?} at {date:?}");
        }
    }
}
