//! Dates: finding temporal expressions and normalizing them to TIMEX3.
//!
//! Two steps, as in interim and HeidelTime: patterns turn text into a [`Spec`] (what the
//! words say: "last Friday", "March 3", "three days ago"), then [`resolve`] turns a spec
//! into a TIMEX3 value against the article's anchor date. The anchor is passed in or
//! found in the article's opening lines; the clock is never read, so the same input
//! always gives the same values. Without an anchor, relative expressions keep a null
//! value and say their offset instead ("-P1D").

use std::cell::RefCell;
use std::sync::{LazyLock, OnceLock};

use regex_automata::hybrid;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::PikeVM;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternID};
use rustc_hash::FxHashMap;

use super::calendar::{CivilDate, interval, timex_date};
use super::{Context, Mention};
use crate::span::Span;
use crate::text::{ascii_digits, ascii_letters, first_eight};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    pub modifier: Option<&'static str>,
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
    /// recent one before the anchor, as in news).
    Weekday {
        wd: u32,
        rel: i64,
        part: Option<&'static str>,
    },
    /// A unit relative to the anchor's: "last week" (-1), "this year" (0), "three days ago".
    RelUnit { unit: Unit, n: i64, exact: bool },
    /// A holiday with a fixed month and day.
    Holiday { m: u32, d: u32 },
    /// A month named with "last" (-1), "this" (0) or "next" (+1): the last such month
    /// before the anchor's, the anchor year's, or the next one after it.
    RelMonth { m: u32, rel: i64 },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// "the quarter" (`latest` false: the quarter last named, else the last one ended) or
    /// "the latest quarter".
    TheQuarter { latest: bool },
    /// A time of day, possibly on a relative day.
    Clock { h: u32, min: u32, day: Option<i64> },
    /// A ready TIMEX3 value (durations, sets).
    Fixed(TimexType, String),
}

/// A rule's match, before its groups are taken.
struct Matched {
    /// The span it would have as a candidate.
    span: Span,
    /// The rule's index in [`RULES`].
    rule: usize,
    /// The sentence it is in, and where in that sentence.
    sentence: Span,
    found: Match,
}

/// A numeric date ("3/4/2025", modifier NUMERIC) with its month and day in `order`, or
/// `None` when they make no date; any other spec as it is.
fn numeric_in_order(spec: Spec, modifier: Option<&str>, order: DateOrder) -> Option<Spec> {
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
struct Candidate {
    span: Span,
    spec: Spec,
    modifier: Option<&'static str>,
}

const MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBRS: &str = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|several|a\\s+few|few|many|some|a\\s+couple\\s+of|couple\\s+of";
/// The tens a unit word may follow ("twenty-five"); no other number word takes one ("a
/// two-day" is two days, not three).
const TENS: &str = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

fn re(pattern: &str) -> Pattern {
    // ASCII word boundaries keep every pattern on the regex crate's fast DFA; a Unicode
    // boundary would force its slower engines on every article. Digits and case folding
    // are ASCII too: the rules run only where the trigger scan found ASCII digits, and
    // the values are read as ASCII numbers, so Unicode digits (and the Kelvin sign that
    // folds to "k") only split the DFA's alphabet, into some 140 byte classes instead of
    // 60 to 90, and made every state's row of transitions twice as long.
    let p = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace("{MONTH}", &format!("(?:{MONTHS}|(?:{MONTH_ABBRS})\\.)"))
        .replace("{MONTHD}", &format!("(?:{MONTHS}|(?:{MONTH_ABBRS})\\.?)"))
        .replace("{WEEKDAY}", WEEKDAYS)
        .replace("{NUM}", &format!("(?:\\d+(?:\\.\\d+)?|(?i:{TENS})[\\s-]+(?i:one|two|three|four|five|six|seven|eight|nine)(?-u:\\b)|(?i:{NUMBER_WORDS}))"))
        .replace(r"\d", "[0-9]")
        .replace("(?i:", "(?i-u:");
    Pattern::new(&p).unwrap_or_else(|e| panic!("date pattern {pattern}: {e}"))
}

/// A rule's pattern, compiled for the two searches a rule makes: a lazy DFA finds where a
/// match is (forward to its end, then back to its start), and a bounded backtracker takes
/// the groups of that match alone. (The meta engine, asked for groups, looks for the match
/// a second time first.) No literal prefilters: each rule runs only where its triggers
/// are, and extracting literals from these alternations was most of compiling them.
struct Pattern {
    bounds: hybrid::regex::Regex,
    /// Which bytes can begin a match, by the byte before them (see [`Beginnings`]).
    beginnings: Beginnings,
    /// True when a group `t` names the part of a match that is the expression.
    narrowed: bool,
    groups: BoundedBacktracker,
    /// Groups of a match too long for the backtracker's memory (white space by the
    /// thousand). It would also search if the lazy DFA failed, which these patterns (no
    /// Unicode word boundary, no give-up threshold) never make it do.
    fallback: PikeVM,
}

/// What a pattern's searches write to, one per rule and thread, kept from one article to
/// the next: the lazy DFA's states are built once, not per article.
struct PatternCache {
    bounds: hybrid::regex::Cache,
    groups: backtrack::Cache,
    caps: Captures,
    /// The groups of matches already taken apart (see [`Pattern::groups`]).
    memo: GroupMemo,
}

/// The groups of short matches, by what decides them: the matched bytes and the bytes on
/// either side, which the word boundaries look at. The same few expressions come back
/// over and over ("2015", "last year", "on Monday"), and a look-up costs a tenth of the
/// backtracker's search. Nothing else of the text can change a match's groups, so a
/// remembered answer is the answer.
#[derive(Default)]
struct GroupMemo {
    /// Each key's slots, as offsets from the match's start (`u32::MAX` for a group that
    /// took no part).
    slots: FxHashMap<Box<[u8]>, Box<[u32]>>,
    /// The key being looked up, built here so that a look-up allocates nothing.
    key: Vec<u8>,
}

impl GroupMemo {
    /// Longer matches are rare and are taken apart each time.
    const LONGEST: usize = 64;
    /// Entries kept before the memo starts again, which bounds its memory.
    const ENTRIES: usize = 1024;

    /// Sets `key` to what decides the groups of `found` in `bytes`: whether a byte comes
    /// before and after it, those bytes, and the match's own.
    fn set_key(&mut self, bytes: &[u8], found: Match) {
        let before = found.start().checked_sub(1);
        let after = (found.end() < bytes.len()).then_some(found.end());
        self.key.clear();
        self.key
            .push(u8::from(before.is_some()) | u8::from(after.is_some()) << 1);
        let from = before.unwrap_or(found.start());
        let to = after.map_or(found.end(), |a| a + 1);
        self.key.extend_from_slice(&bytes[from..to]);
    }
}

impl Pattern {
    fn new(pattern: &str) -> Result<Self, Box<dyn std::error::Error>> {
        // Parsed once, compiled twice: forward with groups, and reversed without.
        let hir = regex_automata::util::syntax::parse(pattern)?;
        let forward = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(WhichCaptures::All))
            .build_from_hir(&hir)?;
        let reverse = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .reverse(true)
                    .which_captures(WhichCaptures::None),
            )
            .build_from_hir(&hir)?;
        let dfa = hybrid::dfa::DFA::config().prefilter(None);
        let fwd = hybrid::dfa::Builder::new()
            .configure(dfa.clone())
            .build_from_nfa(forward.clone())?;
        // The reverse search finds the start of a match already found: it wants every
        // match, not the first, as a reverse DFA of a leftmost-first regex does.
        let rev = hybrid::dfa::Builder::new()
            .configure(
                dfa.specialize_start_states(false)
                    .match_kind(MatchKind::All),
            )
            .build_from_nfa(reverse)?;
        let beginnings = Beginnings::of(&fwd)?;
        let narrowed = forward
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, "t")
            .is_some();
        Ok(Pattern {
            beginnings,
            narrowed,
            bounds: hybrid::regex::Builder::new().build_from_dfas(fwd, rev),
            groups: BoundedBacktracker::builder().build_from_nfa(forward.clone())?,
            fallback: PikeVM::builder().build_from_nfa(forward)?,
        })
    }

    fn create_cache(&self) -> PatternCache {
        PatternCache {
            bounds: self.bounds.create_cache(),
            groups: self.groups.create_cache(),
            caps: self.groups.create_captures(),
            memo: GroupMemo::default(),
        }
    }

    /// The first match in `input`.
    fn find(&self, cache: &mut PatternCache, input: &Input) -> Option<Match> {
        match self.bounds.try_search(&mut cache.bounds, input) {
            Ok(found) => found,
            Err(_) => self
                .fallback
                .find(&mut self.fallback.create_cache(), input.clone()),
        }
    }

    /// The match the search of `text` from `from` on finds, when it begins at or before
    /// `last`; `None` when that search finds none or one that begins later.
    ///
    /// Each place from `from` to `last` where a match can begin is tried in turn with an
    /// anchored forward search, which runs only as far as the match it finds: the first
    /// that matches is the leftmost match, and its end is the leftmost-first end, as an
    /// unanchored search would give. No search runs on to the end of the text, and no
    /// reverse search is needed for the start.
    fn find_beginning_in(
        &self,
        cache: &mut PatternCache,
        text: &str,
        from: usize,
        last: usize,
    ) -> Option<Match> {
        let bytes = text.as_bytes();
        let places = bytes
            .iter()
            .enumerate()
            .take(last.saturating_add(1))
            .skip(from);
        for (start, &byte) in places {
            let before = start.checked_sub(1).map(|i| bytes[i]);
            if !self.beginnings.may_begin(before, byte) {
                continue;
            }
            let input = Input::new(text).range(start..).anchored(Anchored::Yes);
            let (forward, _) = cache.bounds.as_parts_mut();
            let end = match self.bounds.forward().try_search_fwd(forward, &input) {
                Ok(end) => end.map(|m| m.offset()),
                Err(_) => self
                    .fallback
                    .find(&mut self.fallback.create_cache(), input)
                    .map(|m| m.end()),
            };
            if let Some(end) = end {
                return Some(Match::must(0, start..end));
            }
        }
        None
    }

    /// The groups of `found`, a match in `text`, into `cache.caps`: an anchored search
    /// bounded to the match, whose look-arounds still see the text on either side. Only
    /// the match and the bytes beside it decide them: a short match's are remembered.
    fn groups(&self, cache: &mut PatternCache, text: &str, found: Match) {
        if found.len() > GroupMemo::LONGEST {
            return self.search_groups(cache, text, found);
        }
        cache.memo.set_key(text.as_bytes(), found);
        if let Some(known) = cache.memo.slots.get(cache.memo.key.as_slice()) {
            for (slot, &offset) in cache.caps.slots_mut().iter_mut().zip(known.iter()) {
                *slot = (offset != u32::MAX)
                    .then(|| NonMaxUsize::new(found.start() + offset as usize))
                    .flatten();
            }
            let matched = !known.is_empty();
            cache.caps.set_pattern(matched.then_some(PatternID::ZERO));
            return;
        }
        self.search_groups(cache, text, found);
        // No slots stand for no match (which a match the DFA found never is).
        let relative = if cache.caps.is_match() {
            cache
                .caps
                .slots()
                .iter()
                .map(|slot| {
                    slot.and_then(|at| u32::try_from(at.get() - found.start()).ok())
                        .unwrap_or(u32::MAX)
                })
                .collect()
        } else {
            Box::default()
        };
        if cache.memo.slots.len() >= GroupMemo::ENTRIES {
            cache.memo.slots.clear();
        }
        let key = cache.memo.key.as_slice().into();
        cache.memo.slots.insert(key, relative);
    }

    /// The groups of `found` by a search: see [`Pattern::groups`].
    fn search_groups(&self, cache: &mut PatternCache, text: &str, found: Match) {
        let bounded = Input::new(text)
            .range(found.range())
            .anchored(Anchored::Yes);
        let short = found.len() <= self.groups.max_haystack_len();
        if !short
            || self
                .groups
                .try_captures(&mut cache.groups, bounded.clone(), &mut cache.caps)
                .is_err()
        {
            let mut fallback = self.fallback.create_cache();
            self.fallback
                .captures(&mut fallback, bounded, &mut cache.caps);
        }
    }
}

/// The bytes that can begin a match of a pattern, for each kind of byte before them (the
/// kinds the forward DFA's start states tell apart: a word byte, a line end, none...).
/// Most places in a window cannot begin a match ("of" in "the end of March" for a rule
/// that begins with a digit); this test turns them away before a search is set up.
struct Beginnings {
    /// For each byte before a place (the text start is 256), its kind.
    kind_of: Box<[u8; 257]>,
    /// For each kind, a bit for each byte that leads its start state to a live state.
    bytes: Vec<[u64; 4]>,
}

impl Beginnings {
    /// Asks the forward DFA, byte by byte, which bytes leave each start state alive.
    fn of(dfa: &hybrid::dfa::DFA) -> Result<Self, Box<dyn std::error::Error>> {
        let mut cache = dfa.create_cache();
        let mut kind_of = Box::new([0u8; 257]);
        let mut starts = Vec::new();
        let mut bytes = Vec::new();
        for before in 0..=256usize {
            let haystack = match u8::try_from(before) {
                Ok(b) => vec![b, b'x'],
                Err(_) => vec![b'x'],
            };
            let input = Input::new(&haystack)
                .range(haystack.len() - 1..)
                .anchored(Anchored::Yes);
            let start = dfa.start_state_forward(&mut cache, &input)?;
            let kind = match starts.iter().position(|s| *s == start) {
                Some(kind) => kind,
                None => {
                    let mut live = [0u64; 4];
                    for b in 0..=255u8 {
                        if !dfa.next_state(&mut cache, start, b)?.is_dead() {
                            live[usize::from(b / 64)] |= 1 << (b % 64);
                        }
                    }
                    starts.push(start);
                    bytes.push(live);
                    starts.len() - 1
                }
            };
            kind_of[before] = u8::try_from(kind)?;
        }
        Ok(Beginnings { kind_of, bytes })
    }

    /// True when a match may begin with `byte` after `before` (`None` at the text start).
    #[inline]
    fn may_begin(&self, before: Option<u8>, byte: u8) -> bool {
        let kind = self.kind_of[before.map_or(256, usize::from)];
        self.bytes[usize::from(kind)][usize::from(byte / 64)] >> (byte % 64) & 1 != 0
    }
}

thread_local! {
    /// Each rule's search state on this thread (by rule), made when the rule first runs.
    static CACHES: RefCell<Vec<Option<PatternCache>>> = const { RefCell::new(Vec::new()) };
}

/// One family of expressions: a pattern and what a match means.
struct Rule {
    pattern: &'static str,
    /// Compiled on first use: a short text compiles only the rules its triggers call for,
    /// which keeps start-up fast.
    re: OnceLock<Pattern>,
    build: fn(&Groups, &str, usize) -> Built,
    /// Words one of which the text must contain for the rule to be worth running; empty
    /// means always run. A cheap test that skips most rules on most texts. Case is
    /// ignored, except that a word written with a capital needs one ("May" for a month
    /// leaves out the verb "may").
    triggers: &'static [&'static str],
    /// Words or shapes one of which the text must also hold, when not empty: a digit for
    /// a rule whose pattern cannot match without one ("March 3" needs one beside its
    /// month word), a unit for "three days ago" beside its "ago".
    needs: &'static [&'static str],
    /// The most runs of white space a match can hold before the trigger it contains
    /// ("the end of March": three before "Mar"). Every match that yields an expression
    /// holds a trigger as the scan finds it, so a search need not begin before the
    /// trigger's word less this many words, nor go on past the sentence's last trigger.
    /// `None` searches the whole sentence: a rule with a trigger of two words ("from now")
    /// can match "from  now", which the scan does not find.
    window: Option<u8>,
}

/// Month names as written in the month rules' patterns, capital and all.
const MONTH_TRIGGERS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Units in the plural, for rules that take no singular ("for years", "decades-long").
const PLURAL_UNITS: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
];
/// Units that a count goes with ("three days ago", "twice a year").
const COUNTED_UNITS: &[&str] = &["day", "week", "month", "year", "decade"];

/// The trigger that stands for "any ASCII digit".
const DIGIT: &str = "0-9";
/// A digit after a hyphen, as in "2025-03-03".
const DASH_DIGIT: &str = "-0-9";
/// A digit after a slash, as in "3/4/2025".
const SLASH_DIGIT: &str = "/0-9";
/// A colon before a digit 0-5, the first digit of minutes, as in "10:30".
const MINUTES: &str = ":0-5";
/// "0s", the end of a decade, as in "1990s".
const DECADE_END: &str = "0s";
/// Four digits alone beginning with 1 or 20, a possible year.
const YEAR: &str = "1000-2099";

/// Triggers that are shapes of characters, not words, with their bits (the top bits of a
/// sentence's trigger mask). A rule that needs a date-like number names the shape its
/// pattern cannot match without, so most sentences with digits are not searched by it.
const SHAPES: [(&str, u128); 6] = [
    (DIGIT, 1 << 127),
    (DASH_DIGIT, 1 << 126),
    (SLASH_DIGIT, 1 << 125),
    (MINUTES, 1 << 124),
    (DECADE_END, 1 << 123),
    (YEAR, 1 << 122),
];

/// The bits available to trigger words, below the shapes'.
const WORD_BITS: usize = 128 - SHAPES.len();

/// The shapes the digit at `text[k]` makes with its neighbours, as mask bits.
fn digit_shapes(text: &[u8], k: usize) -> u128 {
    let b = text[k];
    let mut bits = SHAPES[0].1;
    match k.checked_sub(1).map(|j| text[j]) {
        Some(b'-') => bits |= SHAPES[1].1,
        Some(b'/') => bits |= SHAPES[2].1,
        Some(b':') if b <= b'5' => bits |= SHAPES[3].1,
        _ => {}
    }
    if b == b'0' && text.get(k + 1) == Some(&b's') {
        bits |= SHAPES[4].1;
    }
    // The first digit of a run of exactly four: 1xxx or 20xx.
    let run_start = k == 0 || !text[k - 1].is_ascii_digit();
    if run_start
        && text
            .get(k + 1..k + 4)
            .is_some_and(|r| r.iter().all(u8::is_ascii_digit))
        && !text.get(k + 4).is_some_and(u8::is_ascii_digit)
        && (b == b'1' || (b == b'2' && text[k + 1] == b'0'))
    {
        bits |= SHAPES[5].1;
    }
    bits
}

/// The indices of the set bits of `words`, bit `i` of word `w` being `64 * w + i`, in order.
fn set_bits(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(w, &word)| {
        let mut bits = word;
        std::iter::from_fn(move || {
            let i = bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            (i < 64).then_some(64 * w + i)
        })
    })
}

/// A trigger mask as two words for [`set_bits`], its low bits first.
fn halves(mask: u128) -> [u64; 2] {
    [mask as u64, (mask >> 64) as u64]
}

/// Each rule's trigger mask (bit `i` for trigger word `i`, the top bits for [`SHAPES`];
/// `None` for a rule that always runs) and the mask of its needs, and the same turned
/// round: for each trigger, the rules it calls for.
struct RuleMasks {
    /// For each rule, (its triggers, its needs).
    each: Vec<(Option<u128>, u128)>,
    /// For each trigger bit, the rules (bit `r` for rule `r`) it triggers.
    triggered_by: [u64; 128],
    /// The rules that always run.
    untriggered: u64,
    /// For each trigger bit, the rules whose needs it meets.
    met_by: [u64; 128],
    /// The rules that need nothing.
    needless: u64,
}

impl RuleMasks {
    fn new(each: Vec<(Option<u128>, u128)>) -> Self {
        assert!(each.len() <= 64, "rule sets hold 64 rules");
        let (mut triggered_by, mut met_by) = ([0; 128], [0; 128]);
        let (mut untriggered, mut needless) = (0, 0);
        for (r, &(any, needs)) in each.iter().enumerate() {
            match any {
                Some(any) => set_bits(&halves(any)).for_each(|b| triggered_by[b] |= 1 << r),
                None => untriggered |= 1 << r,
            }
            match needs {
                0 => needless |= 1 << r,
                _ => set_bits(&halves(needs)).for_each(|b| met_by[b] |= 1 << r),
            }
        }
        RuleMasks {
            each,
            triggered_by,
            untriggered,
            met_by,
            needless,
        }
    }

    /// The rules worth running on text with the triggers of `mask` (bit `r` for rule `r`):
    /// each rule with no triggers or one of them in `mask`, whose needs are none or one of
    /// them in `mask`.
    fn wanted(&self, mask: u128) -> u64 {
        let (mut triggered, mut met) = (self.untriggered, self.needless);
        for b in set_bits(&halves(mask)) {
            triggered |= self.triggered_by[b];
            met |= self.met_by[b];
        }
        triggered & met
    }
}

/// The trigger words, and the rules' trigger masks.
static TRIGGERS: LazyLock<(TriggerWords, RuleMasks)> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = RULES
        .iter()
        .flat_map(|r| r.triggers.iter().chain(r.needs).copied())
        .filter(|t| !SHAPES.iter().any(|(shape, _)| shape == t))
        .collect();
    words.sort_unstable();
    words.dedup();
    assert!(
        words.len() <= WORD_BITS,
        "trigger masks hold {WORD_BITS} words"
    );
    let mask_of = |triggers: &[&str]| {
        triggers.iter().fold(0u128, |mask, t| {
            let shape = SHAPES.iter().find(|(shape, _)| shape == t);
            mask | shape.map_or_else(
                || words.binary_search(t).map_or(0, |i| 1u128 << i),
                |(_, bit)| *bit,
            )
        })
    };
    let masks = RULES
        .iter()
        .map(|r| {
            let any = (!r.triggers.is_empty()).then(|| mask_of(r.triggers));
            (any, mask_of(r.needs))
        })
        .collect();
    (TriggerWords::new(&words), RuleMasks::new(masks))
});

/// Trigger words by their first two letters, for a test at each word start. This replaced
/// an overlapping Aho-Corasick search over every byte: the words are few and short, and
/// only a word start can begin one.
struct TriggerWords {
    /// For each bucket ([`TriggerWords::bucket`]), its range in `words`.
    buckets: Vec<Bucket>,
    /// The words, by bucket.
    words: Vec<TriggerWord>,
}

/// The trigger words that begin with one pair of letters.
#[derive(Clone, Copy, Default)]
struct Bucket {
    /// Their range in [`TriggerWords::words`].
    from: u16,
    to: u16,
    /// Bit `i` set when one of them has third letter `i` ([`LETTER_INDEX`]), or is two
    /// letters long (all bits). Most words that share a bucket's first two letters ("the"
    /// with "thursday") are turned away by this one test, without a compare that a
    /// processor cannot predict.
    thirds: u32,
}

/// One trigger word, its first eight bytes packed for a case-blind compare in one step.
#[derive(Clone)]
struct TriggerWord {
    /// The first eight bytes (little-endian), zero past the word's end.
    head: u64,
    /// 0x20 at the letters of `head`: OR-ing it into a text's bytes folds the case of
    /// exactly those letters and nothing else.
    fold: u64,
    /// 0xFF over the bytes of `head`.
    keep: u64,
    /// The whole word, for words longer than eight bytes.
    word: &'static [u8],
    bit: u128,
}

/// For an ASCII letter its place in the alphabet (0-25), for any other byte 26.
const LETTER_INDEX: [u8; 256] = {
    let mut index = [26u8; 256];
    let mut b = 0;
    while b < 26 {
        index[b'a' as usize + b] = b as u8;
        index[b'A' as usize + b] = b as u8;
        b += 1;
    }
    index
};

impl TriggerWords {
    /// `words`, each beginning with an ASCII letter: a lower-case letter matches either
    /// case, a capital only itself.
    fn new(words: &[&'static str]) -> Self {
        let mut by_bucket: Vec<(usize, TriggerWord)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let bytes = w.as_bytes();
                let (mut head, mut fold, mut keep) = (0u64, 0u64, 0u64);
                for (k, &b) in bytes.iter().take(8).enumerate() {
                    head |= u64::from(b) << (8 * k);
                    keep |= 0xFF << (8 * k);
                    if b.is_ascii_lowercase() {
                        fold |= 0x20 << (8 * k);
                    }
                }
                let bucket = Self::bucket(first_eight(bytes));
                assert!(bucket < 26 * 27, "a trigger begins with a letter: {w}");
                let word = TriggerWord {
                    head,
                    fold,
                    keep,
                    word: bytes,
                    bit: 1u128 << i,
                };
                (bucket, word)
            })
            .collect();
        by_bucket.sort_by_key(|(bucket, _)| *bucket);
        let mut buckets = vec![Bucket::default(); 27 * 27];
        for (k, (bucket, w)) in by_bucket.iter().enumerate() {
            let b = &mut buckets[*bucket];
            if b.from == b.to {
                b.from = k as u16;
            }
            b.to = k as u16 + 1;
            b.thirds |= match w.word.get(2) {
                Some(&third) => 1 << LETTER_INDEX[usize::from(third)],
                None => u32::MAX,
            };
        }
        TriggerWords {
            buckets,
            words: by_bucket.into_iter().map(|(_, w)| w).collect(),
        }
    }

    /// The bucket of a text by its first two bytes, given as the low bytes of `head` (a
    /// text's [`first_eight`]: a missing byte is 0, which is no letter); at least 26 * 27
    /// unless the first is an ASCII letter.
    fn bucket(head: u64) -> usize {
        let first = LETTER_INDEX[usize::from(head as u8)];
        let second = LETTER_INDEX[usize::from((head >> 8) as u8)];
        usize::from(first) * 27 + usize::from(second)
    }

    /// The bits of the words `text` begins with, case folded as [`TriggerWords::new`] says
    /// ("Years" gives "year", "may" not "May").
    #[inline]
    fn at(&self, text: &[u8]) -> u128 {
        // One load gives the first three letters and the compare's eight bytes.
        let head = first_eight(text);
        let bucket = self.buckets[Self::bucket(head)];
        let third = LETTER_INDEX[usize::from((head >> 16) as u8)];
        if bucket.thirds & (1 << third) == 0 {
            return 0;
        }
        let (from, to) = (bucket.from, bucket.to);
        let mut mask = 0;
        for w in &self.words[usize::from(from)..usize::from(to)] {
            if (head | w.fold) & w.keep == w.head
                && (w.word.len() <= 8
                    || text
                        .get(..w.word.len())
                        .is_some_and(|t| t.eq_ignore_ascii_case(w.word)))
            {
                mask |= w.bit;
            }
        }
        mask
    }
}

/// The triggers of each sentence: which it contains, and where.
struct SentenceTriggers {
    /// For each sentence, the mask of the triggers it contains.
    masks: Vec<u128>,
    /// Each place a trigger word or a shape other than a bare digit begins, as (byte
    /// offset in its sentence, mask of the triggers there), sentence after sentence.
    hits: Vec<(usize, u128)>,
    /// For each sentence, where its hits begin in `hits`; one more at the end.
    bounds: Vec<usize>,
}

impl SentenceTriggers {
    /// The hits of sentence `i`.
    fn hits(&self, i: usize) -> &[(usize, u128)] {
        &self.hits[self.bounds[i]..self.bounds[i + 1]]
    }
}

/// The triggers of each sentence. A word trigger must begin a word: "mar" in "summary" is
/// no month, "am" in "Hamas" no time; but it may run on, as in "years" or "Monday", and a
/// word may begin after a hyphen ("mid-March").
fn sentence_triggers(src: &str, sentences: &[Span]) -> SentenceTriggers {
    let (words, _) = &*TRIGGERS;
    let bytes = src.as_bytes();
    let digit = SHAPES[0].1;
    let mut found = SentenceTriggers {
        masks: Vec::with_capacity(sentences.len()),
        // About one trigger in 110 bytes of news; room for one in 64 seldom grows.
        hits: Vec::with_capacity(src.len() / 64),
        bounds: Vec::with_capacity(sentences.len() + 1),
    };
    for s in sentences {
        found.bounds.push(found.hits.len());
        let text = s.text(src).as_bytes();
        let mut mask = 0;
        let mut after_letter = s.start > 0 && bytes[s.start - 1].is_ascii_alphabetic();
        // Eight bytes at a time (the last chunk zero-padded): the letters that follow no
        // letter begin words, and each digit is looked at for its shapes.
        // The text from the sentence's start on: a trigger word is read as far as it goes.
        let from_start = &bytes[s.start..];
        let mut at = 0;
        while at < text.len() {
            let x = first_eight(&text[at..]);
            let letters = ascii_letters(x);
            let mut starts = letters & !(letters << 8 | u64::from(after_letter) << 7);
            while starts != 0 {
                let k = at + starts.trailing_zeros() as usize / 8;
                let here = words.at(&from_start[k..]);
                if here != 0 {
                    mask |= here;
                    found.hits.push((k, here));
                }
                starts &= starts - 1;
            }
            let mut digits = ascii_digits(x);
            while digits != 0 {
                let k = at + digits.trailing_zeros() as usize / 8;
                let here = digit_shapes(text, k);
                mask |= here;
                // A bare digit is only ever needed, never a trigger: not worth a place.
                if here != digit {
                    found.hits.push((k, here));
                }
                digits &= digits - 1;
            }
            after_letter = letters >> 63 != 0;
            at += 8;
        }
        found.masks.push(mask);
    }
    found.bounds.push(found.hits.len());
    found
}

/// Where a search for a match that holds the trigger at `pos` of `text` may begin: the
/// start of the run of non-white-space that holds the trigger, `runs` runs of white space
/// further back. Only ASCII white space ends a run here, so the window is never narrower
/// than the patterns' `\s` makes it.
///
/// The walk stops at `floor` (the search's first untried place), so that the windows of a
/// sentence's triggers are walked over once in all, not once each: a run of digits and
/// slashes with no white space ("1/1/1/…") would otherwise be walked back to the sentence
/// start for every trigger in it, quadratic in its length.
fn window_start(text: &[u8], pos: usize, runs: u8, floor: usize) -> usize {
    let mut i = pos;
    let mut left = runs;
    if i <= floor {
        return i;
    }
    loop {
        while i > floor && !text[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        if left == 0 || i == floor {
            return i;
        }
        while i > floor && text[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        left -= 1;
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    vec![
        // Tuesday, March 3, 2025 / March 3 / Mar. 3rd, 2025
        Rule {
            pattern: r"\b(?:({WEEKDAY}),?\s+)?({MONTHD})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?",
            re: OnceLock::new(),
            window: Some(1),
            build: month_day,
            needs: &[DIGIT],
            triggers: MONTH_TRIGGERS,
        },
        // 3 March 2025 / the 3rd of March
        Rule {
            pattern: r"\b(?:({WEEKDAY}),?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHD})\b(?:,?\s+(\d{4})\b)?",
            re: OnceLock::new(),
            window: Some(4),
            build: day_month,
            needs: &[DIGIT],
            triggers: MONTH_TRIGGERS,
        },
        // 2025-03-03, 2025-03-03T10:30
        Rule {
            pattern: r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b",
            re: OnceLock::new(),
            window: Some(0),
            build: iso,
            needs: &[],
            triggers: &[DASH_DIGIT],
        },
        // 03/03/2025
        Rule {
            pattern: r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b",
            re: OnceLock::new(),
            window: Some(0),
            build: numeric,
            needs: &[],
            triggers: &[SLASH_DIGIT],
        },
        // early March, March 2025, mid-March, last March, late last September
        Rule {
            pattern: r"\b(?:(?i:(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?(?:(?i:(last|this|next|coming))\s+)?({MONTH})(?:,?\s+(?:of\s+)?(\d{4})\b)?",
            re: OnceLock::new(),
            window: Some(4),
            build: month,
            needs: &[],
            triggers: MONTH_TRIGGERS,
        },
        // 2025, early 2025, mid-2024, fiscal 2025, earlier in 2025
        Rule {
            pattern: r"\b(?:(?i:(early|mid|late|earlier\s+in|later\s+in|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?((?i:fiscal|FY)\s*)?\b(1[0-9]{3}|20[0-9]{2})\b",
            re: OnceLock::new(),
            window: Some(4),
            build: year,
            needs: &[],
            triggers: &[YEAR],
        },
        // the 1990s, the mid-1990s, the '90s
        Rule {
            pattern: r"(?:\b(?i:the)\s+)?(?:(?i:(early|mid|late|later))[\s-]+)?(?:\b(1[0-9]|20)([0-9])0s\b|'([0-9])0s\b)",
            re: OnceLock::new(),
            window: Some(2),
            build: decade,
            needs: &[],
            triggers: &[DECADE_END],
        },
        // the 21st century, the late 20th century, 21st-century
        Rule {
            pattern: r"(?:\b(?i:the)\s+)?(?:(?i:(early|mid|late))[\s-]+)?\b(\d{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)\b",
            re: OnceLock::new(),
            window: Some(3),
            build: century,
            needs: &[DIGIT],
            triggers: &["centur"],
        },
        // Q1 2025, the first quarter of 2025, third-quarter, the second half of 2024
        Rule {
            pattern: r"\b(?:Q([1-4])|(?i:(?:the\s+)?(first|second|third|fourth)|the\s+(final|last))[\s-]+(?i:(quarter|half))(?:\s+of)?)(?:\s+(\d{4}))?\b",
            re: OnceLock::new(),
            window: Some(2),
            build: quarter,
            needs: &[],
            triggers: &["q1", "q2", "q3", "q4", "quarter", "half"],
        },
        // the quarter, the latest quarter (of a company's results)
        Rule {
            pattern: r"\b(?i:the\s+(?:(latest|most\s+recent)\s+)?quarter)\b",
            re: OnceLock::new(),
            window: Some(3),
            build: the_quarter,
            needs: &[],
            triggers: &["quarter"],
        },
        // this summer, last winter, spring 2025, summer
        Rule {
            pattern: r"\b(?:(?i:(this|last|next|early|late|mid|the\s+past|the\s+coming|the\s+following))[\s-]+)?((?i:spring|summer|autumn|winter)|(?i:fall))\b(?:\s+(?:of\s+)?(\d{4})\b)?",
            re: OnceLock::new(),
            window: Some(2),
            build: season,
            needs: &[],
            triggers: &["spring", "summer", "autumn", "fall", "winter"],
        },
        // today, yesterday, tomorrow, tonight, last night, this morning
        Rule {
            pattern: r"\b(?i:((?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))\b",
            re: OnceLock::new(),
            window: Some(1),
            build: rel_day,
            needs: &[],
            triggers: &[
                "today",
                "yesterday",
                "tomorrow",
                "tonight",
                "night",
                "morning",
                "afternoon",
                "evening",
            ],
        },
        // last Friday, next Tuesday, Tuesday evening
        Rule {
            pattern: r"\b(?:(?i:(last|next|this|coming|past|previous|this\s+past))\s+)?({WEEKDAY})(?:\s+(morning|afternoon|evening|night))?\b",
            re: OnceLock::new(),
            window: Some(2),
            build: weekday,
            needs: &[],
            triggers: &[
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ],
        },
        // last week, this year, next month, earlier this year, the past decade
        Rule {
            pattern: r"\b(?i:(last|next|this|the\s+past|past|the\s+coming|coming|the\s+previous|previous|the\s+following|following|earlier\s+this|later\s+this|the\s+current|current|the\s+same|that|the\s+next|the\s+last))\s+(?i:(week|weekend|month|quarter|year|decade|century))\b",
            re: OnceLock::new(),
            window: Some(2),
            build: rel_unit,
            needs: &[
                "last",
                "next",
                "this",
                "past",
                "coming",
                "previous",
                "following",
                "earlier",
                "later",
                "current",
                "same",
                "that",
            ],
            triggers: &["week", "month", "quarter", "year", "decade", "century"],
        },
        // three days ago, two weeks later, a year earlier
        Rule {
            pattern: r"\b({NUM})[\s-]+(?i:(days?|weeks?|months?|years?|decades?))\s+(?i:(ago|earlier|later|before|after|from\s+now))\b",
            re: OnceLock::new(),
            window: None,
            build: ago,
            needs: COUNTED_UNITS,
            triggers: &["ago", "earlier", "later", "before", "after", "from now"],
        },
        // now, recently, currently, in recent years, the coming weeks, the upcoming months
        Rule {
            pattern: r"\b(?i:(now|currently|nowadays|at\s+present|presently|these\s+days|at\s+the\s+moment|recently|lately|recent\s+(?:years|months|weeks|days|decades)|the\s+past|the\s+future|the\s+(?:coming|upcoming|next\s+few|following\s+few)\s+(?:days|weeks|months|years|decades)|soon|formerly|previously|once\s+again))\b",
            re: OnceLock::new(),
            window: Some(2),
            build: reference,
            needs: &[],
            triggers: &[
                "now",
                "current",
                "present",
                "days",
                "moment",
                "recent",
                "lately",
                "past",
                "future",
                "coming",
                "upcoming",
                "next",
                "following",
                "soon",
                "former",
                "previous",
            ],
        },
        // two years, 48 hours, a decade, a 48-hour ceasefire, decades-long
        Rule {
            pattern: r"\b(?:(?i:(about|around|nearly|almost|more\s+than|over|less\s+than|under|at\s+least|some|roughly|up\s+to|just|only))\s+)?({NUM})[\s-]+(?i:(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century))\b(?:[\s-](?i:(long|old)))?",
            re: OnceLock::new(),
            window: Some(6),
            build: duration,
            needs: &[],
            triggers: &[
                "second", "minute", "hour", "day", "week", "month", "year", "decade", "centur",
            ],
        },
        Rule {
            pattern: r"\b(?i:(seconds|minutes|hours|days|weeks|months|years|decades|centuries))(-(?i:long))?\b",
            re: OnceLock::new(),
            window: Some(0),
            build: vague_duration,
            needs: &[],
            triggers: PLURAL_UNITS,
        },
        Rule {
            pattern: r"\b(?i:for|over|in|within)\s+(?P<t>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b",
            re: OnceLock::new(),
            window: Some(1),
            build: vague_duration_after_preposition,
            needs: &[],
            triggers: PLURAL_UNITS,
        },
        // every Friday, each year, weekly, twice a month
        Rule {
            pattern: r"\b(?i:(every|each))\s+(?:(other)\s+)?({WEEKDAY}|(?i:day|week|month|year|morning|evening|night|weekend|summer|winter))\b",
            re: OnceLock::new(),
            window: Some(0),
            build: set_every,
            needs: &[
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
                "day",
                "week",
                "month",
                "year",
                "morning",
                "evening",
                "night",
                "summer",
                "winter",
            ],
            triggers: &["every", "each"],
        },
        Rule {
            pattern: r"\b(?i:(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly))\b",
            re: OnceLock::new(),
            window: Some(0),
            build: set_adverb,
            needs: &[],
            triggers: &[
                "daily",
                "weekly",
                "monthly",
                "annually",
                "yearly",
                "hourly",
                "nightly",
                "quarterly",
                "biweekly",
            ],
        },
        Rule {
            pattern: r"\b(?i:(once|twice|three\s+times|four\s+times))\s+(?i:a|an|per|every)\s+(?i:(day|week|month|year|decade))\b",
            re: OnceLock::new(),
            window: Some(1),
            build: set_times,
            needs: COUNTED_UNITS,
            triggers: &["once", "twice", "times"],
        },
        // 10:30 a.m. EST, 3 p.m., 14:00 GMT, noon, midnight
        Rule {
            pattern: r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|(?i:am|pm)\b)(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|local\s+time))?",
            re: OnceLock::new(),
            window: Some(1),
            build: clock_12,
            needs: &[DIGIT],
            triggers: &["am", "pm", "a.m", "p.m"],
        },
        Rule {
            pattern: r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s+(?:GMT|UTC|EST|EDT|CET|CEST|BST|local\s+time|hours|hrs))?",
            re: OnceLock::new(),
            window: Some(0),
            build: clock_24,
            needs: &[],
            triggers: &[MINUTES],
        },
        Rule {
            pattern: r"\b(?i:(noon|midnight|midday))\b",
            re: OnceLock::new(),
            window: Some(0),
            build: clock_word,
            needs: &[],
            triggers: &["noon", "midnight", "midday"],
        },
        // Christmas, New Year's Day
        Rule {
            pattern: r"\b(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Boxing\s+Day|Easter|Thanksgiving|Ramadan|Eid\s+al-(?:Fitr|Adha)|Hanukkah|Passover|Diwali)\b",
            re: OnceLock::new(),
            window: None,
            build: holiday,
            needs: &[],
            triggers: &[
                "Christmas",
                "New year",
                "Halloween",
                "Valentine",
                "Independence day",
                "Boxing day",
                "Easter",
                "Thanksgiving",
                "Ramadan",
                "Eid",
                "Hanukkah",
                "Passover",
                "Diwali",
            ],
        },
    ]
});

fn month_number(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.');
    let key = s.get(..3)?.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| *m == key)
    .map(|i| i as u32 + 1)
}

fn weekday_number(s: &str) -> Option<u32> {
    let key = s.get(..3)?.to_ascii_lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|d| *d == key)
        .map(|i| i as u32 + 1)
}

fn number_value(s: &str) -> Option<f64> {
    let s = s.trim().to_ascii_lowercase();
    if let Ok(n) = s.parse::<f64>() {
        return Some(n);
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
        [w] => unit(w),
        [a, b] => {
            let (tens, ones) = (unit(a)?, unit(b)?);
            ((20.0..100.0).contains(&tens) && ones < 10.0).then_some(tens + ones)
        }
        _ => None,
    }
}

fn is_vague_number(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    s.contains("several")
        || s.contains("few")
        || s.contains("many")
        || s.contains("some")
        || s.contains("couple")
}

fn modifier_of(word: Option<&str>) -> Option<&'static str> {
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
        _ => return None,
    })
}

/// The groups of one match, as the rules read them.
struct Groups<'h> {
    text: &'h str,
    caps: &'h Captures,
}

/// One group's match in the text.
#[derive(Debug, Clone, Copy)]
struct Group<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Groups<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    fn get(&self, i: usize) -> Option<Group<'h>> {
        self.caps.get_group(i).map(|s| self.group(s))
    }

    /// The group named `name`, if it took part in the match.
    fn name(&self, name: &str) -> Option<Group<'h>> {
        self.caps.get_group_by_name(name).map(|s| self.group(s))
    }

    fn group(&self, s: regex_automata::Span) -> Group<'h> {
        Group {
            text: self.text,
            start: s.start,
            end: s.end,
        }
    }
}

impl<'h> Group<'h> {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
}

fn cap<'a>(c: &Groups<'a>, i: usize) -> Option<&'a str> {
    c.get(i).map(|m| m.as_str())
}

fn cap_num<T: std::str::FromStr>(c: &Groups, i: usize) -> Option<T> {
    cap(c, i).and_then(|s| s.parse().ok())
}

type Built = Option<(Spec, Option<&'static str>)>;

fn month_day(c: &Groups, _: &str, _: usize) -> Built {
    calendar_day(c, 3, 2)
}

fn day_month(c: &Groups, _: &str, _: usize) -> Built {
    calendar_day(c, 2, 3)
}

/// A day of a month (year optional, group 4; weekday optional, group 1), checked to exist.
fn calendar_day(c: &Groups, day_group: usize, month_group: usize) -> Built {
    let d: u32 = cap_num(c, day_group)?;
    let m = month_number(cap(c, month_group)?)?;
    let y: Option<i32> = cap_num(c, 4);
    CivilDate::new(y.unwrap_or(2000), m, d)?;
    let weekday = cap(c, 1).and_then(weekday_number);
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

fn iso(c: &Groups, _: &str, _: usize) -> Built {
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

fn numeric(c: &Groups, src: &str, start: usize) -> Built {
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

fn month(c: &Groups, src: &str, start: usize) -> Built {
    let word = cap(c, 3)?;
    let m = month_number(word)?;
    let y: Option<i32> = cap_num(c, 4);
    let modifier = modifier_of(cap(c, 1));
    // "last March" is the March before the anchor's month, "next March" the one after it.
    if let Some(rel) = cap(c, 2).filter(|_| y.is_none()) {
        let rel = match rel.to_ascii_lowercase().as_str() {
            "last" => -1,
            "this" => 0,
            _ => 1,
        };
        return Some((Spec::RelMonth { m, rel }, modifier));
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
fn month_context(src: &str, start: usize, word: &str) -> bool {
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
        // "in May" is a month; "the March" and "Theresa May" are not.
        return cue && prev != "of" && prev != "and" && prev != "or";
    }
    cue || !src[..start]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric())
        || starts_sentence(src, start)
}

fn year(c: &Groups, src: &str, start: usize) -> Built {
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
fn year_context(src: &str, start: usize, end: usize) -> bool {
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
    if matches!(after, Some('%' | '$' | '€' | '£'))
        || src[end..].starts_with(",0")
        || src[end..].starts_with(".0")
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

fn decade(c: &Groups, _: &str, _: usize) -> Built {
    let modifier = modifier_of(cap(c, 1));
    let value = match (cap(c, 2), cap(c, 3), cap(c, 4)) {
        (Some(cent), Some(dec), _) => format!("{cent}{dec}"),
        (_, _, Some(dec)) => format!("19{dec}"),
        _ => return None,
    };
    Some((Spec::Decade(value.parse().ok()?), modifier))
}

fn century(c: &Groups, _: &str, _: usize) -> Built {
    let n: i32 = cap_num(c, 2)?;
    if !(1..=22).contains(&n) {
        return None;
    }
    Some((Spec::Century(n - 1), modifier_of(cap(c, 1))))
}

/// "the latest quarter": the last one ended before the anchor; "the quarter": the one
/// the text last named (see [`refer_the_quarters`]), else the same.
fn the_quarter(c: &Groups, _: &str, _: usize) -> Built {
    let latest = cap(c, 1).is_some();
    Some((Spec::TheQuarter { latest }, None))
}

fn quarter(c: &Groups, _: &str, _: usize) -> Built {
    let y: Option<i32> = cap_num(c, 5);
    let part = if let Some(q) = cap(c, 1) {
        match q {
            "1" => "Q1",
            "2" => "Q2",
            "3" => "Q3",
            _ => "Q4",
        }
    } else {
        let ord = cap(c, 2).or_else(|| cap(c, 3))?.to_ascii_lowercase();
        let half = cap(c, 4)?.eq_ignore_ascii_case("half");
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
    if part.starts_with('H') {
        y?;
    }
    Some((Spec::Part(y, part), None))
}

fn season(c: &Groups, src: &str, start: usize) -> Built {
    // Seasons are written in lower case; "Spring Street", "Winter Olympics" are names.
    let written = cap(c, 2)?;
    let season_start = c.get(2)?.start();
    let capitalized = written.starts_with(char::is_uppercase);
    let name_follows = next_word(src, c.get(2)?.end()).starts_with(char::is_uppercase);
    if capitalized && (!starts_sentence(src, season_start) || name_follows) {
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

fn rel_day(c: &Groups, _: &str, _: usize) -> Built {
    let t = cap(c, 1)?.to_ascii_lowercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let part = |s: &str| -> Option<&'static str> {
        if s.ends_with("morning") {
            Some("MO")
        } else if s.ends_with("afternoon") {
            Some("AF")
        } else if s.ends_with("evening") {
            Some("EV")
        } else if s.ends_with("night") {
            Some("NI")
        } else {
            None
        }
    };
    let days = if t.starts_with("yesterday") || t == "last night" {
        -1
    } else if t.starts_with("tomorrow") {
        1
    } else {
        0
    };
    let part = if t == "tonight" { Some("NI") } else { part(&t) };
    Some((Spec::RelDay { days, part }, None))
}

fn weekday(c: &Groups, src: &str, _: usize) -> Built {
    let wd = weekday_number(cap(c, 2)?)?;
    // "The Sunday Times", "Good Friday Agreement": a weekday inside a name.
    let end = c.get(0)?.end();
    let next = next_word(src, end);
    if cap(c, 3).is_none() && next.starts_with(char::is_uppercase) && month_number(next).is_none() {
        return None;
    }
    let rel = match cap(c, 1).map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("last" | "past" | "previous" | "this past") => -1,
        Some("next" | "coming") => 1,
        Some("this") => 2, // this week's
        _ => 0,
    };
    let part = cap(c, 3).map(|p| match p {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    });
    Some((Spec::Weekday { wd, rel, part }, None))
}

fn unit_of(s: &str) -> Option<Unit> {
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

fn rel_unit(c: &Groups, _: &str, _: usize) -> Built {
    let lead = cap(c, 1)?.to_ascii_lowercase();
    let lead = lead.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = unit_of(cap(c, 2)?)?;
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
    let (n, modifier) = match lead.as_str() {
        "last" | "previous" | "the previous" => (-1, None),
        "next" | "the coming" | "coming" | "the following" | "following" | "the next" => (1, None),
        "earlier this" => (0, Some("START")),
        "later this" => (0, Some("END")),
        // "that year", "the same month" refer to another time in the story, not the anchor.
        "that" | "the same" => return None,
        _ => (0, None),
    };
    Some((
        Spec::RelUnit {
            unit,
            n,
            exact: false,
        },
        modifier,
    ))
}

fn ago(c: &Groups, _: &str, _: usize) -> Built {
    let num = cap(c, 1)?;
    let unit = unit_of(cap(c, 2)?)?;
    let dir = cap(c, 3)?.to_ascii_lowercase();
    let sign = if dir == "ago" || dir == "earlier" || dir == "before" {
        -1
    } else {
        1
    };
    let relative_to_anchor = dir == "ago" || dir.starts_with("from");
    if !relative_to_anchor || is_vague_number(num) {
        // "two weeks later" counts from another event, not from the anchor.
        let r = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some((Spec::Ref(r), None));
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
        None,
    ))
}

fn reference(c: &Groups, src: &str, _: usize) -> Built {
    let t = cap(c, 1)?.to_ascii_lowercase();
    // "the past three years": the words lead a duration, they are not one themselves.
    let next = next_word(src, c.get(0)?.end()).to_ascii_lowercase();
    let leads_duration = next.starts_with(|ch: char| ch.is_ascii_digit())
        || number_value(&next).is_some()
        || matches!(next.as_str(), "several" | "few" | "many" | "couple")
        || unit_of(&next).is_some();
    if t == "the past" && leads_duration {
        return None;
    }
    let r = if t.starts_with("recent")
        || t == "lately"
        || t == "the past"
        || t == "formerly"
        || t == "previously"
        || t.starts_with("recent ")
    {
        "PAST_REF"
    } else if t.contains("coming")
        || t.contains("upcoming")
        || t.contains("next")
        || t.contains("following")
        || t == "the future"
        || t == "soon"
    {
        "FUTURE_REF"
    } else if t == "once again" {
        return None;
    } else {
        "PRESENT_REF"
    };
    Some((Spec::Ref(r), None))
}

fn duration_value(num: &str, unit: &str) -> Option<String> {
    let u = unit.to_ascii_lowercase();
    let (letter, time, scale) = match u.trim_end_matches('s') {
        "second" => ("S", true, 1.0),
        "minute" => ("M", true, 1.0),
        "hour" => ("H", true, 1.0),
        "day" => ("D", false, 1.0),
        "week" => ("W", false, 1.0),
        "month" => ("M", false, 1.0),
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
    let n = number_value(num)? * scale;
    let n = if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    Some(format!("P{t}{n}{letter}"))
}

fn duration(c: &Groups, src: &str, start: usize) -> Built {
    let num = cap(c, 2)?;
    let unit = cap(c, 3)?;
    if cap(c, 4).is_some_and(|w| w.eq_ignore_ascii_case("old")) {
        return None; // an age
    }
    let num_l = num.trim().to_ascii_lowercase();
    let singular = matches!(num_l.as_str(), "a" | "an" | "one" | "1");
    if singular
        && unit.to_ascii_lowercase().ends_with('s')
        && !unit.eq_ignore_ascii_case("centuries")
    {
        return None; // "a decades-long ...": the number belongs to something else
    }
    // "300 million cubic metres a year": a rate, which TIMEX3 calls a SET.
    if matches!(num_l.as_str(), "a" | "an") && cap(c, 1).is_none() && cap(c, 4).is_none() {
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
        if after_quantity && !unit.to_ascii_lowercase().ends_with('s') {
            let value = duration_value("1", unit)?;
            return Some((Spec::Fixed(TimexType::Set, value), None));
        }
    }
    if num_l == "one" && unit.eq_ignore_ascii_case("day") && starts_sentence(src, start) {
        return None; // "One day, ..." is a narrative opener
    }
    let value = duration_value(num, unit)?;
    Some((
        Spec::Fixed(TimexType::Duration, value),
        modifier_of(cap(c, 1)),
    ))
}

/// "decades-long", "months of talks": a bare plural unit is a duration only in these forms.
fn vague_duration(c: &Groups, src: &str, _: usize) -> Built {
    let end = c.get(0)?.end();
    if c.get(2).is_none() && !src[end..].starts_with(" of ") {
        return None;
    }
    let value = duration_value("several", cap(c, 1)?)?;
    Some((Spec::Fixed(TimexType::Duration, value), None))
}

fn vague_duration_after_preposition(c: &Groups, _: &str, _: usize) -> Built {
    let value = duration_value("several", cap(c, 1)?)?;
    Some((Spec::Fixed(TimexType::Duration, value), None))
}

fn set_every(c: &Groups, _: &str, _: usize) -> Built {
    let what = cap(c, 3)?;
    let other = c.get(2).is_some();
    let value = if let Some(wd) =
        weekday_number(what).filter(|_| what.chars().next().is_some_and(char::is_uppercase))
    {
        format!("XXXX-WXX-{wd}")
    } else {
        let n = if other { 2 } else { 1 };
        match what.to_ascii_lowercase().as_str() {
            "day" => format!("P{n}D"),
            "week" => format!("P{n}W"),
            "month" => format!("P{n}M"),
            "year" => format!("P{n}Y"),
            "weekend" => "XXXX-WXX-WE".into(),
            "morning" => "TMO".into(),
            "evening" => "TEV".into(),
            "night" => "TNI".into(),
            "summer" => "XXXX-SU".into(),
            "winter" => "XXXX-WI".into(),
            _ => return None,
        }
    };
    Some((Spec::Fixed(TimexType::Set, value), None))
}

fn set_adverb(c: &Groups, _: &str, _: usize) -> Built {
    let v = match cap(c, 1)?.to_ascii_lowercase().as_str() {
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

fn set_times(c: &Groups, _: &str, _: usize) -> Built {
    let v = match cap(c, 2)?.to_ascii_lowercase().as_str() {
        "day" => "P1D",
        "week" => "P1W",
        "month" => "P1M",
        "year" => "P1Y",
        _ => "P10Y",
    };
    Some((Spec::Fixed(TimexType::Set, v.into()), None))
}

fn clock_12(c: &Groups, _: &str, _: usize) -> Built {
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
    Some((Spec::Clock { h, min, day: None }, None))
}

fn clock_24(c: &Groups, src: &str, start: usize) -> Built {
    let h: u32 = cap_num(c, 1)?;
    let min: u32 = cap_num(c, 2)?;
    let m = c.get(0)?;
    // Not a ratio, score or verse inside a longer run ("3:16:20", "1:2:3").
    if src[m.end()..].starts_with(':') || src[..start].ends_with(':') {
        return None;
    }
    Some((Spec::Clock { h, min, day: None }, None))
}

fn clock_word(c: &Groups, _: &str, _: usize) -> Built {
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
        },
        None,
    ))
}

fn holiday(c: &Groups, _: &str, _: usize) -> Built {
    let name = cap(c, 1)?.replace('’', "'");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let (m, d) = match name.as_str() {
        "Christmas" | "Christmas Day" => (12, 25),
        "Christmas Eve" => (12, 24),
        "New Year's Day" => (1, 1),
        "New Year's Eve" => (12, 31),
        "Halloween" => (10, 31),
        "Valentine's Day" => (2, 14),
        "Boxing Day" => (12, 26),
        "Independence Day" => (7, 4),
        // Moveable feasts: a date without a fixed value.
        _ => return Some((Spec::Fixed(TimexType::Date, String::new()), None)),
    };
    Some((Spec::Holiday { m, d }, None))
}

/// The word just before byte `pos` (letters, digits, dots), or "".
fn prev_word(src: &str, pos: usize) -> &str {
    let before = src[..pos].trim_end_matches(|c: char| c.is_whitespace() || c == '-');
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// The word just after byte `pos`, or "".
fn next_word(src: &str, pos: usize) -> &str {
    let after = src[pos..].trim_start_matches([' ', '\t']);
    let end = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    &after[..end]
}

/// True when `pos` starts a sentence or a line.
fn starts_sentence(src: &str, pos: usize) -> bool {
    let before = src[..pos].trim_end_matches([' ', '\t', '"', '“', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r', ':'])
}

/// Finds every temporal expression of the article and resolves it against the anchor:
/// `anchor` if given, else a full date in the article's opening (or its dateline).
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
    let refers: Vec<Span> = cands
        .iter()
        .filter(|c| matches!(c.spec, Spec::TheQuarter { latest: false }))
        .map(|c| c.span)
        .collect();
    let mentions: Vec<DateMention> = cands
        .into_iter()
        .filter_map(|c| {
            let (timex_type, value, offset) = resolve(&c.spec, anchor.map(|a| a.date))?;
            let (begin, end) = match (&value, timex_type) {
                (Some(v), TimexType::Date | TimexType::Time) => {
                    interval(v).map_or((None, None), |(b, e)| (Some(b), Some(e)))
                }
                _ => (None, None),
            };
            let modifier = c.modifier.filter(|m| *m != "NUMERIC");
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
    let mut mentions = mentions;
    date_the_times(&mut mentions, anchor.map(|a| a.date));
    refer_the_quarters(&mut mentions, &refers);
    (mentions, anchor, cut)
}

/// "the quarter" (at the spans `refers`) is the quarter the text named last before it
/// ("Profit rose in the third quarter. ... In the quarter, sales fell"), when it named one.
fn refer_the_quarters(mentions: &mut [DateMention], refers: &[Span]) {
    if refers.is_empty() {
        return;
    }
    let mut last: Option<String> = None;
    for m in mentions.iter_mut() {
        // `refers` is in text order, as the candidates were.
        if refers
            .binary_search_by_key(&m.span.start, |r| r.start)
            .is_ok()
        {
            if let Some(q) = &last {
                m.value = Some(q.clone());
                let (b, e) = interval(q).map_or((None, None), |(b, e)| (Some(b), Some(e)));
                m.begin = b;
                m.end = e;
            }
            continue;
        }
        if let Some(v) = m
            .value
            .as_deref()
            .filter(|v| v.len() == 7 && v[4..].starts_with("-Q"))
        {
            last = Some(v.to_string());
        }
    }
}

/// A time of day without its day ("10:35 a.m.") takes the day it belongs to: the nearest
/// day named in its sentence ("on Friday at 10:35 a.m."), else the anchor's.
fn date_the_times(mentions: &mut [DateMention], anchor: Option<CivilDate>) {
    // The mentions that name a day, in text order (as the mentions are): each time looks
    // at the one before it and the one after it, the nearest of its sentence's.
    let days: Vec<(usize, Option<usize>, String)> = mentions
        .iter()
        .filter_map(|o| {
            let v = o
                .value
                .as_deref()
                .filter(|v| CivilDate::parse(v).is_some())?;
            Some((o.span.start, o.mention.sentence, v.to_string()))
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
        let (at, sentence) = (m.span.start, m.mention.sentence);
        let next = days.partition_point(|d| d.0 < at);
        let day = [next.checked_sub(1), Some(next)]
            .into_iter()
            .flatten()
            .filter_map(|k| days.get(k))
            .filter(|d| sentence.is_some() && d.1 == sentence)
            .min_by_key(|d| d.0.abs_diff(at))
            .map(|d| d.2.clone())
            .or_else(|| anchor.map(|a| a.iso()));
        if let Some(day) = day {
            let value = format!("{day}{time}");
            let (begin, end) = interval(&value).map_or((None, None), |(b, e)| (Some(b), Some(e)));
            m.value = Some(value);
            m.begin = begin;
            m.end = end;
        }
    }
}

/// All non-overlapping candidates, longest first at each place, at most `cap` of them;
/// true when some were dropped. Each rule runs only on the sentences that contain one of
/// its trigger words; an expression never spans sentences.
fn candidates(
    src: &str,
    sentences: &[Span],
    order: DateOrder,
    cap: usize,
) -> (Vec<Candidate>, bool) {
    candidates_searched(src, sentences, order, Search::Windows, cap)
}

/// How much of a sentence a rule's pattern searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Search {
    /// Only around the rule's triggers (see [`Rule::window`]).
    Windows,
    /// The whole sentence, for every rule: the reference the windows are tested against.
    #[cfg(test)]
    Whole,
}

fn candidates_searched(
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
            let pattern = rule.re.get_or_init(|| re(rule.pattern));
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
        let (Some(pattern), Some(cache)) = (rule.re.get(), caches[found.rule].as_mut()) else {
            continue; // a rule that matched was compiled, and its cache made
        };
        let text = found.sentence.text(src);
        pattern.groups(cache, text, found.found);
        let caps = Groups {
            text,
            caps: &cache.caps,
        };
        let Some(m) = caps.get(0) else { continue };
        let Some((spec, modifier)) = (rule.build)(&caps, text, m.start()) else {
            continue;
        };
        let Some(spec) = numeric_in_order(spec, modifier, order) else {
            continue;
        };
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
    // A day range ("March 3-5"): the second day is a date of the same month.
    let mut ranges = Vec::new();
    for c in &chosen {
        if let Spec::Calendar {
            y,
            m: Some(m),
            d: Some(d),
            ..
        } = c.spec
        {
            let rest = &src[c.span.end..];
            let dash = rest.chars().next().filter(|ch| matches!(ch, '-' | '–'));
            let digits: String = rest
                .get(dash.map_or(0, char::len_utf8)..)
                .unwrap_or("")
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let start = c.span.end + dash.map_or(0, char::len_utf8);
            let end = start + digits.len();
            let boundary =
                !src[end..].starts_with(|ch: char| ch.is_alphanumeric() || ch == '/' || ch == ':');
            if let (Some(_), Ok(d2)) = (dash, digits.parse::<u32>())
                && digits.len() <= 2
                && d2 > d
                && boundary
                && CivilDate::new(y.unwrap_or(2000), m, d2).is_some()
            {
                ranges.push(Candidate {
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
        }
    }
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

/// Spans are tight: no trailing punctuation or white space.
fn tighten(src: &str, span: Span) -> Span {
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

fn ends_with_month_abbr(t: &str) -> bool {
    MONTH_ABBRS
        .split('|')
        .any(|m| t.ends_with(&format!("{m}.")))
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

/// Resolves a spec against the anchor: (type, value, offset).
pub fn resolve(
    spec: &Spec,
    anchor: Option<CivilDate>,
) -> Option<(TimexType, Option<String>, Option<String>)> {
    use TimexType::*;
    let date = |v: String| Some((Date, Some(v), None));
    match spec {
        Spec::Calendar { y, m, d, .. } => {
            let y = y.or_else(|| anchor.map(|a| infer_year(a, m.unwrap_or(1))));
            match (y, m, d) {
                (Some(y), Some(m), Some(d)) => date(CivilDate::new(y, *m, *d)?.iso()),
                (Some(_), _, _) | (None, Some(_), _) => date(timex_date(y, *m, *d)),
                (None, None, _) => None,
            }
        }
        Spec::Decade(d) => date(format!("{d:03}")),
        Spec::Century(c) => date(format!("{c:02}")),
        Spec::Part(y, p) => {
            let y = y.or(anchor.map(|a| a.y));
            match y {
                Some(y) => date(format!("{y:04}-{p}")),
                None => date(format!("XXXX-{p}")),
            }
        }
        Spec::Season { y, rel, code } => {
            let y = y.or_else(|| anchor.map(|a| a.y + rel.unwrap_or(0) as i32));
            match y {
                Some(y) => date(format!("{y:04}-{code}")),
                None => Some((
                    Date,
                    None,
                    rel.map(|r| format!("{}P{}Y", if r < 0 { "-" } else { "+" }, r.abs())),
                )),
            }
        }
        Spec::RelDay { days, part } => match anchor {
            Some(a) => Some(day_with_part(a.add_days(*days), *part)),
            None => Some((
                if part.is_some() { Time } else { Date },
                None,
                Some(offset_days(*days)),
            )),
        },
        Spec::Weekday { wd, rel, part } => {
            let ty = if part.is_some() { Time } else { Date };
            let Some(a) = anchor else {
                return Some((ty, None, Some(format!("XXXX-WXX-{wd}"))));
            };
            let today = i64::from(a.weekday());
            let target = i64::from(*wd);
            let delta = match rel {
                // Most recent such day before the anchor (news style); the anchor's own weekday means that day.
                0 => -((today - target).rem_euclid(7)),
                -1 => {
                    let back = (today - target).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                }
                1 => {
                    let fwd = (target - today).rem_euclid(7);
                    if fwd == 0 { 7 } else { fwd }
                }
                _ => target - today, // "this Friday": the one in the anchor's week
            };
            Some(day_with_part(a.add_days(delta), *part))
        }
        Spec::RelUnit { unit, n, exact } => match anchor {
            Some(a) => date(rel_unit_value(a, *unit, *n, *exact)),
            None => {
                let letter = match unit {
                    Unit::Day => "D",
                    Unit::Week | Unit::Weekend => "W",
                    Unit::Month => "M",
                    Unit::Quarter => "Q",
                    Unit::Year => "Y",
                    Unit::Decade => "DE",
                    Unit::Century => "CE",
                };
                let sign = if *n < 0 { "-" } else { "+" };
                Some((Date, None, Some(format!("{sign}P{}{letter}", n.abs()))))
            }
        },
        Spec::Holiday { m, d } => match anchor {
            Some(a) => date(format!("{:04}-{m:02}-{d:02}", infer_year(a, *m))),
            None => date(format!("XXXX-{m:02}-{d:02}")),
        },
        Spec::RelMonth { m, rel } => match anchor {
            Some(a) => {
                let y = match rel {
                    -1 if *m < a.m => a.y,
                    -1 => a.y - 1,
                    1 if *m > a.m => a.y,
                    1 => a.y + 1,
                    _ => a.y,
                };
                date(timex_date(Some(y), Some(*m), None))
            }
            None => date(timex_date(None, Some(*m), None)),
        },
        Spec::Ref(r) => date((*r).to_string()),
        Spec::TheQuarter { .. } => anchor.map(|a| {
            (
                Date,
                Some(rel_unit_value(a, Unit::Quarter, -1, false)),
                None,
            )
        }),
        Spec::Clock { h, min, day } => {
            let t = if *h == 24 {
                "24:00".to_string()
            } else {
                format!("{h:02}:{min:02}")
            };
            match (anchor, day) {
                (Some(a), Some(d)) => Some((Time, Some(format!("{}T{t}", a.add_days(*d))), None)),
                _ => Some((Time, Some(format!("T{t}")), None)),
            }
        }
        Spec::Fixed(ty, v) => Some((*ty, (!v.is_empty()).then(|| v.clone()), None)),
    }
}

/// A resolved day, as a DATE, or as a TIME when a part of the day is named ("...TEV").
fn day_with_part(
    day: CivilDate,
    part: Option<&'static str>,
) -> (TimexType, Option<String>, Option<String>) {
    match part {
        Some(p) => (TimexType::Time, Some(format!("{day}T{p}")), None),
        None => (TimexType::Date, Some(day.iso()), None),
    }
}

/// The year of a month/day written without one: the anchor's year, unless that puts a
/// date far in the future of a news story, when it is taken as last year's.
fn infer_year(anchor: CivilDate, m: u32) -> i32 {
    if m > anchor.m + 6 {
        anchor.y - 1
    } else {
        anchor.y
    }
}

fn offset_days(days: i64) -> String {
    if days == 0 {
        "P0D".into()
    } else {
        format!("{}P{}D", if days < 0 { "-" } else { "+" }, days.abs())
    }
}

fn rel_unit_value(a: CivilDate, unit: Unit, n: i64, exact: bool) -> String {
    match unit {
        Unit::Day => a.add_days(n).iso(),
        Unit::Week => {
            let (y, w) = a.add_days(7 * n).iso_week();
            if exact {
                a.add_days(7 * n).iso()
            } else {
                format!("{y:04}-W{w:02}")
            }
        }
        Unit::Weekend => {
            let (y, w) = a.add_days(7 * n).iso_week();
            format!("{y:04}-W{w:02}-WE")
        }
        Unit::Month => {
            let d = a.add_months(n);
            if exact {
                d.iso()
            } else {
                timex_date(Some(d.y), Some(d.m), None)
            }
        }
        Unit::Quarter => {
            let q0 = (a.m - 1) / 3;
            let total = i64::from(a.y) * 4 + i64::from(q0) + n;
            format!("{:04}-Q{}", total.div_euclid(4), total.rem_euclid(4) + 1)
        }
        Unit::Year => {
            if exact {
                a.add_months(12 * n).iso()
            } else {
                format!("{:04}", i64::from(a.y) + n)
            }
        }
        Unit::Decade => format!("{:03}", (i64::from(a.y) / 10) + n),
        Unit::Century => format!("{:02}", (i64::from(a.y) / 100) + n),
    }
}

#[cfg(test)]
mod tests;
