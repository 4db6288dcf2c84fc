//! The tense a date is spoken of in: whether the words of its sentence nearest to it look
//! back or ahead. It decides which way an under-specified date resolves: "Talks will resume
//! on Tuesday" is the coming Tuesday, "talks resumed on Tuesday" the last one; "in October"
//! said in March is last October in the past tense and next October in the future.
//!
//! A small explicit analysis, not a parser: the nearest cue word on either side of the date
//! within its sentence wins (auxiliaries and cue words: will, 'll, plans, next, ago; past
//! forms: said, was, a verb in -ed; "is" and "are", the present, which leave the date to
//! the caller's default as no cue does). With no cue the caller keeps its default.

use super::groups::{prev_word, prev_word_start, starts_sentence, word_before_previous};
use crate::span::Span;
use crate::text::{PAST_FORMS, WordSet};

/// The tense around a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// The nearest cue looks back ("said", "was", "attacked").
    Past,
    /// The nearest cue looks ahead ("will", "plans to", "scheduled").
    Future,
    /// The nearest cue looks back, but the date may lie ahead of it: what a verb of saying
    /// reports ("said the vote is on Dec. 15"), a plan made in the past ("was planned for
    /// March", "decided to admit them in March") or a deadline ("extended to Nov. 16"). A
    /// weekday or a quarter still looks back; a month is not moved to last year.
    Reported,
    /// No cue in the sentence.
    Unknown,
}

/// Bytes looked at on either side of a date.
const WINDOW: usize = 160;

/// Words that speak of what is to come.
static FUTURE: WordSet = WordSet::new(&[
    "will",
    "would",
    "may",
    "might",
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
    "pending",
    // Verbs of a meeting or a journey in the present, which news uses for what is
    // scheduled ("EU leaders meet in Brussels on Thursday").
    "meet",
    "meets",
    "gather",
    "gathers",
    "convene",
    "convenes",
    "reconvene",
    "reconvenes",
    "arrive",
    "arrives",
    "travels",
    "resumes",
]);

/// Words besides the past forms of verbs ([`PAST_FORMS`]) that look back, and "since",
/// whose date is always behind ("searched for him since the Oct. 23 slaying").
static PAST: WordSet = WordSet::new(&["ago", "yesterday", "earlier", "since"]);

/// Verbs of saying in the past: the date after them may be what was said, not when.
static SAID: WordSet = WordSet::new(&[
    "said", "told", "announced", "reported", "added", "stated", "noted", "declared",
    "explained", "confirmed", "disclosed", "revealed", "indicated", "predicted",
]);

/// Words that open a clause of its own after a verb of saying ("said the vote is on Dec.
/// 15"), where "announced the plan Aug. 21" dates the saying.
static CLAUSE: WordSet = WordSet::new(&[
    "that", "is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "can",
    "could", "may", "might", "should", "must",
]);

/// Words that open a noun phrase after "to": "to" a preposition there, not the sign of an
/// infinitive.
static NOUN_OPENER: WordSet = WordSet::new(&[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that",
    "these", "those", "some", "any", "all", "each", "every", "more", "less", "about",
]);

/// Prepositions of a deadline, which may lie ahead of a past verb ("extended to Nov. 16").
static DEADLINE: WordSet =
    WordSet::new(&["by", "until", "till", "through", "to", "past", "before"]);

/// Words that turn a following future cue into the past ("had been due", "previously
/// planned").
static PERFECT: WordSet = WordSet::new(&["had", "been", "was", "were", "previously", "originally"]);

/// Of those, the words that say the plan was carried out ("began as previously planned").
static CARRIED_OUT: WordSet = WordSet::new(&["previously", "originally"]);

/// The auxiliary a passive participle follows, and the verbs a participle's state
/// follows ("will stay closed", "remains shut"): the participle takes their tense.
static BE: WordSet = WordSet::new(&["be", "being", "is", "are", "stay", "stays", "remain", "remains"]);

/// Verbs of asking someone to do something, whose infinitive lies ahead.
static REQUESTS: WordSet = WordSet::new(&[
    "urged", "urges", "urging", "asked", "asks", "ordered", "orders", "invited", "invites",
    "encouraged", "encourages", "pressed", "presses", "appealed", "appeals", "called", "calls",
]);

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
    // "based on Friday's closing price", "a premium to Friday's close": a price a market
    // has closed at lies behind, whatever the sentence plans ("ahead of Friday's close"
    // looks ahead).
    if closed_price_after(src, at.end) && !matches!(prev_word(src, at.start), "of" | "before") {
        return Tense::Past;
    }
    let deadline = after_deadline(src, at.start);
    // The clause marks nearest the date on either side.
    let left_stop = clause_mark_before(&src[start..at.start]).map(|p| start + p);
    let right_stop = clause_mark_after(&src[at.end..end]).map(|p| at.end + p);
    let mut best: Option<(usize, Tense)> = None;
    let mut word_start = None;
    // The two words before the current one: "had been scheduled" looks back.
    let mut before: [&str; 2] = ["", ""];
    // And the word before those: "urged its supporters to join".
    let mut older = "";
    // Whether a verb of saying came before the current word.
    let mut reported_speech = false;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = c.is_alphabetic();
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(w)) => {
                word_start = None;
                let (ws, we) = (start + w, start + i);
                let word = &text[w..i];
                let earlier = before;
                let oldest = older;
                older = before[0];
                before = [before[1], word];
                if ws < at.end && at.start < we {
                    continue; // a word of the date itself ("next Friday")
                }
                // "is set to resume", "a summit set for April", "was forecast to reach":
                // the plan or the forecast of "set to", not the past of "set".
                // "agrees to pause output in the first quarter": a present verb of intent
                // and its infinitive look ahead.
                let set_to = (matches!(word, "to" | "for") && PLANNED.contains_lowercase(earlier[1]))
                    // "set sentencing for March 12", "set a hearing for Monday": what is
                    // set for a date right after "for" is planned for it.
                    || (word == "for"
                        && src.get(we..at.start).is_some_and(|gap| gap.trim().is_empty())
                        && [oldest, earlier[0]].iter().any(|w| PLANNED.contains_lowercase(w)))
                    || (word == "to" && INTENDS.contains_lowercase(earlier[1]))
                    // "urged supporters to join protests on Thursday", "called on voters to":
                    // what is asked of someone lies ahead of the asking.
                    || (word == "to"
                        && [oldest, earlier[0], earlier[1]]
                            .iter()
                            .any(|w| REQUESTS.contains_lowercase(w)));
                // "bookings for the winter are strong": the present, unless the word after
                // the auxiliary has a tense of its own ("is expected", "are held"); "is to
                // resume" is a plan.
                let be = matches!(word, "is" | "are");
                let after_be = if be { next_word(src, we) } else { None };
                let plan = after_be == Some("to");
                // What a verb of saying reports keeps the saying's tense ("said the vote is
                // on Dec. 15").
                let present = be
                    && !plan
                    && !reported_speech
                    && after_be.is_none_or(|w| cue(w).is_none());
                reported_speech |= SAID.contains_lowercase(word);
                // "Amazon reports third-quarter results on Thursday": a company's results
                // named in the present are scheduled.
                let scheduled_results = matches!(word, "reports" | "report" | "posts" | "releases")
                    && we <= at.start
                    && !modifies_noun(earlier)
                    && src[we..at.start]
                        .split(' ')
                        .any(|w| matches!(w, "results" | "earnings"));
                let Some(mut tense) = (if set_to || plan || scheduled_results {
                    Some(Tense::Future)
                } else if present {
                    Some(Tense::Unknown)
                } else {
                    cue(word)
                }) else {
                    continue;
                };
                // "took effect Aug. 9 pending ratification": what is pending after a date
                // is not the date's own plan.
                if ws >= at.end && word == "pending" {
                    continue;
                }
                // "will leave at 4 a.m. Thursday, Castro said.": the attribution that closes
                // a clause dates the saying, not the date.
                if ws >= at.end && SAID.contains_lowercase(word) && closes_clause(src, we) {
                    continue;
                }
                let after = |words: &WordSet| earlier.iter().any(|w| words.contains_lowercase(w));
                // "were planning to drive there on Monday": a plan still running when it
                // was told looks ahead; "was planned for March" may still lie ahead of the
                // saying.
                let progressive = word.ends_with("ing") && matches!(earlier[1], "was" | "were");
                // "was forecast to reach", "were set to meet": told in the past, still
                // ahead; "had been set to" is the plan of an earlier time.
                let told_ahead = set_to && matches!(earlier[0], "was" | "were");
                if tense == Tense::Future && after(&PERFECT) && !progressive && !told_ahead {
                    tense = if after(&CARRIED_OUT) { Tense::Past } else { Tense::Reported };
                }
                // "will be held": a participle after "be" takes its tense from the auxiliary.
                if tense == Tense::Past && after(&BE) {
                    continue;
                }
                // "will cut", "to beat": a form shared with the present, after a modal or
                // "to", is no past.
                if tense == Tense::Past
                    && matches!(
                        earlier[1].to_ascii_lowercase().as_str(),
                        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall"
                            | "should" | "to" | "ll"
                    )
                {
                    continue;
                }
                // "were planning to", "was expected to": the plan's word after the
                // auxiliary decides, not the auxiliary's past.
                if tense == Tense::Past
                    && matches!(word, "was" | "were")
                    && next_word(src, we).is_some_and(|w| cue(w) == Some(Tense::Future))
                {
                    continue;
                }
                // "compared with analysts' estimates": a participle that works as a
                // preposition is no verb.
                if word.eq_ignore_ascii_case("compared")
                    && next_word(src, we).is_some_and(|w| matches!(w, "with" | "to"))
                {
                    continue;
                }
                // "a still unspecified date", "the proposed merger": a participle that
                // modifies a noun is no verb.
                if tense == Tense::Past && word.ends_with("ed") && modifies_noun(earlier) {
                    continue;
                }
                // "would publish reduced schedules", "to offer discounted fares": an "-ed"
                // word right after a verb that a modal or "to" governs modifies a noun.
                if tense == Tense::Past
                    && word.ends_with("ed")
                    && matches!(
                        earlier[0].to_ascii_lowercase().as_str(),
                        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall"
                            | "should" | "to" | "ll"
                    )
                    && !matches!(earlier[1], "have" | "has" | "had" | "be" | "been" | "being" | "get")
                {
                    continue;
                }
                // "a September cut", "signals September cut", "the rate cut in June": a form
                // that is also a noun, after a determiner, a date or a noun it is named by.
                if tense == Tense::Past
                    && NOUN_TOO.contains_lowercase(word)
                    && (modifies_noun(earlier)
                        || NOUN_BEFORE_NOUN.contains_lowercase(earlier[1])
                        || (ws >= at.end && src[at.end..ws].trim().is_empty()))
                {
                    continue;
                }
                let (other_clause, distance) = if we <= at.start {
                    (left_stop.is_some_and(|p| we <= p), at.start - we)
                } else {
                    (right_stop.is_some_and(|p| ws > p), ws - at.end)
                };
                // "The talks, which began in late May, will resume": a cue across a comma
                // or a dash is in another clause, and counts only when none is in the
                // date's own.
                let distance = if other_clause { distance + WINDOW } else { distance };
                if tense == Tense::Past
                    && (deadline || !dates_past_cue(src, word, (ws, we), at.start))
                {
                    tense = Tense::Reported;
                }
                // "Powell said another reduction in December was far from assured": the
                // past of what was said, after the date, is the saying's, not the date's.
                if tense == Tense::Past && reported_speech && ws >= at.end && matches!(word, "was" | "were") {
                    tense = Tense::Reported;
                }
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, tense));
                }
            }
            _ => {}
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// Marks that end a clause; a closed parenthesis on the date's side is passed over
/// ("rose 9% to 1.12 billion euros ($1.29 billion) in the three months to September": the
/// verb and the date share one clause).
const CLAUSE_MARKS: [char; 6] = [',', ';', '—', '–', '(', ')'];

/// Whether "'s close" or "'s closing" follows byte `end`.
fn closed_price_after(src: &str, end: usize) -> bool {
    let rest = &src[end..];
    let rest = rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("’s ")).unwrap_or("");
    rest.starts_with("close") || rest.starts_with("closing")
}

/// Where the clause mark nearest the end of `text` is, a whole parenthesis skipped.
fn clause_mark_before(text: &str) -> Option<usize> {
    let mut end = text.len();
    loop {
        let p = text[..end].rfind(CLAUSE_MARKS)?;
        if !text[p..].starts_with(')') {
            return Some(p);
        }
        match text[..p].rfind(['(', ')']) {
            Some(open) if text[open..].starts_with('(') => end = open,
            _ => return Some(p),
        }
    }
}

/// Where the clause mark nearest the start of `text` is, a whole parenthesis skipped.
fn clause_mark_after(text: &str) -> Option<usize> {
    let mut from = 0;
    loop {
        let p = from + text[from..].find(CLAUSE_MARKS)?;
        if !text[p..].starts_with('(') {
            return Some(p);
        }
        match text[p + 1..].find(['(', ')']) {
            Some(close) if text[p + 1 + close..].starts_with(')') => from = p + close + 2,
            _ => return Some(p),
        }
    }
}

/// Whether an "-ed" word after the two words `before` it modifies a noun: it follows a
/// determiner, or a determiner and an adverb ("a newly elected", "a still unspecified").
fn modifies_noun(before: [&str; 2]) -> bool {
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "still" | "yet" | "now" | "much");
    DETERMINER.contains_lowercase(before[1])
        || (DETERMINER.contains_lowercase(before[0]) && adverb(before[1]))
}

/// Participles that, before "to" or "for", tell a plan or a forecast: "set to resume",
/// "forecast to reach", "poised for".
static PLANNED: WordSet =
    WordSet::new(&["set", "forecast", "projected", "predicted", "poised", "expected"]);

/// Present verbs of intent, which make their infinitive a plan ("votes to", "vows to").
static INTENDS: WordSet = WordSet::new(&[
    "agree", "agrees", "decide", "decides", "vote", "votes", "pledge", "pledges", "vow", "vows",
    "promise", "promises", "seek", "seeks", "want", "wants", "hope", "hopes", "threaten",
    "threatens", "prepare", "prepares", "intend", "plan",
]);

/// Past forms ([`PAST_FORMS`]) that are nouns as well: "a rate cut", "a big hit", "the
/// first set".
static NOUN_TOO: WordSet =
    WordSet::new(&["cut", "hit", "set", "beat", "shut", "put", "quit"]);

/// Nouns that name the kind of a cut in news: "rate cut", "power cut".
static NOUN_BEFORE_NOUN: WordSet = WordSet::new(&[
    "rate", "rates", "price", "tax", "job", "jobs", "budget", "spending", "power", "wage",
    "interest", "output", "production", "supply",
]);

/// Determiners before a noun phrase.
static DETERMINER: WordSet = WordSet::new(&[
    "a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those", "any",
]);

/// Whether the date at byte `date` is a deadline, which may lie ahead of a past verb
/// ("extended to Nov. 16", "continue past the Nov. 1 deadline"; not "from May to July").
fn after_deadline(src: &str, date: usize) -> bool {
    // "until 5 p.m. EST, Nov. 6": past the time of day to the word before it.
    let date = before_time_of_day(src, date);
    // "until at least Thursday": the preposition before the hedge.
    let date = src[..date]
        .trim_end()
        .strip_suffix("at least")
        .map_or(date, |s| s.trim_end().len());
    let (before, verb) = match prev_word(src, date) {
        w if w.eq_ignore_ascii_case("the") => (word_before_previous(src, date), ""),
        w => (w, word_before_previous(src, date)),
    };
    // "to" after a verb, not in a range.
    let range = before == "to" && !verb.starts_with(|c: char| c.is_ascii_lowercase());
    // "offences in the year to March", "the three months to September": a period's end,
    // which figures are counted to, not a deadline.
    let period_end = before == "to"
        && matches!(
            verb.to_ascii_lowercase().as_str(),
            "year" | "months" | "weeks" | "quarter" | "period" | "days"
        );
    DEADLINE.contains_lowercase(before) && !range && !period_end
}

/// Whether the past cue `cue` ending at byte `cue_end` dates what follows it at `date`
/// (not a deadline: [`after_deadline`]): not when the date is the time of an infinitive
/// ("decided to admit them in March") or, after a verb of saying, of a clause that says
/// what was said ("said the vote is on Dec. 15"; but "announced the plan Aug. 21").
fn dates_past_cue(src: &str, cue: &str, (cue_start, cue_end): (usize, usize), date: usize) -> bool {
    let said = SAID.contains_lowercase(cue);
    if cue_start > date {
        // "In September, it announced plans": the saying is the event.
        return true;
    }
    // Words as written, a number one of them: "rose to 1.12 billion" has no infinitive.
    let words = || {
        src.get(cue_end..date)
            .unwrap_or("")
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
    };
    // "to" before a verb, not before a noun phrase ("changed to a calendar year in May").
    let infinitive = words()
        .zip(words().skip(1))
        .any(|(to, next)| {
            to.eq_ignore_ascii_case("to")
                && next.starts_with(|c: char| c.is_lowercase())
                && !NOUN_OPENER.contains(next)
        });
    let reported = said && words().any(|w| CLAUSE.contains_lowercase(w));
    !(infinitive || reported)
}

/// True when the word just before byte `at` of `src` is "until" or "till" after a verb:
/// a weekday that follows is a deadline ahead ("markets will stay closed until Friday";
/// "not until Tuesday" said on a Tuesday is that day). "Up until Thursday, they had ..."
/// and a sentence that opens with "Until Thursday, ..." look back.
pub fn after_until(src: &str, at: usize) -> bool {
    // "until 9 a.m. EST Tuesday": past the time of day to the word before it.
    let at = before_time_of_day(src, at);
    let until = prev_word(src, at);
    let before = word_before_previous(src, at);
    // "could continue through Thursday afternoon": a verb of lasting in the present
    // carries "through" ahead as "until" does ("continued through Thursday" looks back).
    let lasting_through = until.eq_ignore_ascii_case("through")
        && matches!(
            before,
            "continue" | "continues" | "last" | "lasts" | "run" | "runs" | "remain" | "remains"
                | "stay" | "stays" | "persist" | "persists"
        );
    (matches!(until.to_ascii_lowercase().as_str(), "until" | "till") || lasting_through)
        && before.ends_with(|c: char| c.is_alphabetic())
        && !before.eq_ignore_ascii_case("up")
        && !starts_sentence(src, prev_word_start(src, at))
}

/// Where a time of day written just before byte `at` begins ("9 a.m. EST" of "9 a.m. EST
/// Tuesday", "5 p.m. EST," of "5 p.m. EST, Nov. 6"), or `at` when there is none.
fn before_time_of_day(src: &str, mut at: usize) -> usize {
    loop {
        let trimmed = src[..at].trim_end_matches([' ', '\t']);
        let comma = trimmed.strip_suffix(',').unwrap_or(trimmed).len();
        let word_at = if is_time_word(prev_word(src, at)) {
            at
        } else if comma < trimmed.len() && is_time_word(prev_word(src, comma)) {
            comma
        } else {
            return at;
        };
        at = prev_word_start(src, word_at);
    }
}

/// Words that may date an attribution before its clause ends ("…, an official said on
/// Wednesday.").
static ATTRIBUTION_DAY: WordSet = WordSet::new(&[
    "on", "last", "this", "late", "early", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "yesterday", "today", "tonight", "morning", "afternoon",
    "evening", "night", "week",
]);

/// Whether the clause ends right after byte `at` ("…, Castro said.", "said, adding", or
/// "said on Wednesday.", the day being when it was said).
fn closes_clause(src: &str, at: usize) -> bool {
    let mut rest = src.get(at..).unwrap_or("");
    for _ in 0..3 {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let word_end = trimmed
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(trimmed.len());
        if word_end == 0 || !ATTRIBUTION_DAY.contains_lowercase(&trimmed[..word_end]) {
            break;
        }
        rest = &trimmed[word_end..];
    }
    rest.trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '"' | '\'' | '\n' | '\u{201d}'))
}

/// A word of a time of day: "9", "10:30", "a.m.", "noon", "EST".
fn is_time_word(w: &str) -> bool {
    !w.is_empty()
        && (w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" | "noon" | "midnight"
            )
            || (w.len() <= 4 && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())))
}

/// Whether a past verb dates the date at byte `at` itself: it stands right before it, or
/// before the preposition that opens it ("died on April 24", "arrived Tuesday"), not
/// before a noun the date belongs to ("a cutback in its oil supply in September").
pub fn past_verb_before(src: &str, at: usize) -> bool {
    let mut word = prev_word(src, at);
    if matches!(word, "on" | "in" | "at" | "by" | "during" | "until" | "since") {
        word = word_before_previous(src, at);
    }
    cue(word) == Some(Tense::Past) || (word.ends_with("ed") && word.starts_with(char::is_lowercase))
}

/// The tense a word is a cue of, if any.
/// The word that starts after byte `at` past spaces, when one does.
fn next_word(src: &str, at: usize) -> Option<&str> {
    let rest = src.get(at..)?;
    let rest = rest.get(rest.len() - rest.trim_start_matches(' ').len()..)?;
    // A word is short: look at 24 letters at most, so a run of letters costs nothing.
    let end = rest
        .char_indices()
        .take(24)
        .find(|(_, c)| !c.is_alphabetic())
        .map(|(i, _)| i)?;
    (end > 0).then(|| &rest[..end])
}

fn cue(word: &str) -> Option<Tense> {
    // "May" the month is no modal.
    if FUTURE.contains_lowercase(word) && word != "May" {
        Some(Tense::Future)
    } else if PAST.contains_lowercase(word)
        || PAST_FORMS.contains(word)
        || (word.len() > 4
            && word.ends_with("ed")
            && word.starts_with(char::is_lowercase)
            && !word.ends_with("ceed")
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
            ("OPEC+ agrees to pause output hikes in first quarter", "first quarter", Tense::Future),
            ("The board votes to cut the dividend in June.", "June", Tense::Future),
            ("Rebels fought for the town in March.", "March", Tense::Past),
            ("The talks, which began in late May, will resume.", "late May", Tense::Past),
            ("On Tuesday, the talks will resume.", "Tuesday", Tense::Future),
            ("He will succeed Daniel P. Davison Feb. 1, soon after.", "Feb. 1", Tense::Future),
            ("Protesters were planning to drive around the airport on Monday.", "Monday", Tense::Future),
            ("Protesters had been planning a march on Monday.", "Monday", Tense::Reported),
            (
                "Protesters planned a demonstration on Saturday and were planning to drive around.",
                "Saturday",
                Tense::Future,
            ),
            ("Talks resumed on Tuesday.", "Tuesday", Tense::Past),
            // A parenthesis is no clause's end.
            (
                "Earnings rose to 1.12 billion euros ($1.29 billion) in September, beating \
                 the 1.05 billion expected by analysts.",
                "September",
                Tense::Past,
            ),
            ("Profit (before tax) rose in March, which analysts expected.", "March", Tense::Past),
            ("Djokovic beat Musetti earlier in the day.", "earlier in the day", Tense::Past),
            ("Retailers will cut prices on Monday.", "Monday", Tense::Future),
            ("Shops plan to cut prices on Monday.", "Monday", Tense::Future),
            ("The ECB signals a September cut.", "September", Tense::Unknown),
            ("Heat was forecast to reach 47 C by the weekend.", "the weekend", Tense::Future),
            ("Sales were projected to double by June.", "June", Tense::Future),
            ("The ECB signals September cut.", "September", Tense::Unknown),
            ("Markets price in a rate cut in June.", "June", Tense::Unknown),
            ("The bank cut rates in June.", "June", Tense::Past),
            (
                "It expects $32 billion, plus or minus 2%, for the quarter ending in October, \
                 compared with estimates of $31 billion.",
                "October",
                Tense::Future,
            ),
            ("Sales in March rose 5% compared to a year earlier.", "March", Tense::Past),
            (
                "Passenger numbers rose 6%, and bookings for the winter are in line.",
                "the winter",
                Tense::Unknown,
            ),
            ("Traded in London, it is to resume trading in Paris Tuesday.", "Tuesday", Tense::Future),
            ("The bank cut its rate on Wednesday.", "Wednesday", Tense::Past),
            ("The minister said Tuesday he will visit on Friday.", "Tuesday", Tense::Past),
            ("The minister said Tuesday he will visit on Friday.", "Friday", Tense::Future),
            ("They'll meet in October.", "October", Tense::Future),
            ("A vote is scheduled for April.", "April", Tense::Future),
            ("Judge Salas set sentencing for March 12.", "March 12", Tense::Future),
            ("Figures showed 50,510 offences in the year to March.", "March", Tense::Past),
            (
                "Alerts were issued where temperatures were expected to reach 44 C on Sunday.",
                "Sunday",
                Tense::Future,
            ),
            (
                "Airlines said they would publish reduced schedules by Thursday evening.",
                "Thursday evening",
                Tense::Future,
            ),
            ("He said he would be finished by Monday.", "Monday", Tense::Future),
            ("The judge set a hearing for Monday.", "Monday", Tense::Future),
            ("The court set bail for him on Monday.", "Monday", Tense::Past),
            ("The United Nations meets Tuesday.", "Tuesday", Tense::Future),
            ("The United Nations says Tuesday is a holiday.", "Tuesday", Tense::Unknown),
            ("The bombs exploded outside the embassies Friday.", "Friday", Tense::Past),
            ("It rains in Cairo.", "Cairo", Tense::Unknown),
            ("Elections are due next Friday.", "next Friday", Tense::Future),
            ("It had been due to expire Friday evening.", "Friday", Tense::Reported),
            ("The vote will be held in January.", "January", Tense::Future),
            ("The offensive began as previously planned Saturday.", "Saturday", Tense::Past),
            ("The thrift announced the plan Aug. 21.", "Aug. 21", Tense::Past),
            ("He said the father would arrive Thursday.", "Thursday", Tense::Future),
            ("They could leave as soon as Tuesday.", "Tuesday", Tense::Future),
            ("He was last seen Nov. 3 in Vermont.", "Nov. 3", Tense::Past),
            ("Officials said the vote is on Dec. 15.", "Dec. 15", Tense::Reported),
            ("Officials said on Tuesday the vote failed.", "Tuesday", Tense::Past),
            ("The deadline was extended to Nov. 16.", "Nov. 16", Tense::Reported),
            ("The effort would continue past the Nov. 1 deadline set in May.", "Nov. 1", Tense::Reported),
            ("NATO decided to admit Poland in early March.", "early March", Tense::Reported),
            ("The firm changed to a calendar year in December.", "December", Tense::Past),
            ("He moved to Paris in December.", "December", Tense::Past),
            ("He will leave at 4 a.m. Thursday, Castro said.", "Thursday", Tense::Future),
            ("The plant closed in December, a spokesman said.", "December", Tense::Past),
            ("Production peaks in December, a spokesman said.", "December", Tense::Unknown),
            ("Production resumes in December, a spokesman said.", "December", Tense::Future),
            ("In September, it announced plans to buy the firm.", "September", Tense::Past),
            ("President Bush on Tuesday said the talks may resume.", "Tuesday", Tense::Past),
            ("It may finally be resolved in a hearing on March 6.", "March 6", Tense::Future),
            ("The summit set for April was moved.", "April", Tense::Future),
            ("The case is heard in May.", "May", Tense::Unknown),
            ("A hearing has been scheduled for June 3.", "June 3", Tense::Reported),
            ("Police have searched for him since shortly after the Oct. 23 slaying.", "Oct. 23", Tense::Past),
            ("Prices have risen since March.", "March", Tense::Past),
            ("The airports will stay closed on Thursday.", "Thursday", Tense::Future),
            ("The airports remained closed on Thursday.", "Thursday", Tense::Past),
            ("The party urged supporters to join protests on Thursday.", "Thursday", Tense::Future),
            ("The party urged its supporters to join protests on Thursday.", "Thursday", Tense::Future),
            ("Leaders called on voters to turn out on Sunday.", "Sunday", Tense::Future),
            ("The party urged supporters on Thursday to join protests.", "Thursday", Tense::Past),
        ];
        for (src, date, want) in cases {
            let at = src.find(date).expect("the date is in the sentence");
            let got = around(src, Span::new(0, src.len()), Span::new(at, at + date.len()));
            assert_eq!(got, *want, "{src:?} at {date:?}");
        }
    }
}
