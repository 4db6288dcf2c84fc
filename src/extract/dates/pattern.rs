//! Pattern assembly and the regex engines that run a rule's pattern.
//!
//! This is the date engine's one seam for speed work: the rules say what matches, this
//! file how fast it is found. Written on `regex-automata`'s engines directly because the
//! `regex` crate, asked for the groups of a match, searches for it a second time, and its
//! literal prefilters cost more than they save here (each rule runs only where its
//! triggers are).

use regex_automata::hybrid;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::PikeVM;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternID};
use rustc_hash::FxHashMap;

pub(super) const MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
pub(super) const MONTH_ABBRS: &str = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
pub(super) const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
pub(super) const NUMBER_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|several|a\\s+few|few|many|some|a\\s+couple\\s+of|couple\\s+of";
/// The tens a unit word may follow ("twenty-five"); no other number word takes one ("a
/// two-day" is two days, not three).
pub(super) const TENS: &str = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

pub(super) fn re(pattern: &str) -> Pattern {
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
        // A month word on its own: a name ends at a word boundary ("May", not "Mayor"),
        // an abbreviation at its stop.
        .replace(
            "{MONTHWORD}",
            &format!("(?:(?:{MONTHS})(?-u:\\b)|(?:{MONTH_ABBRS})\\.)"),
        )
        .replace("{WEEKDAY}", WEEKDAYS)
        .replace("{TENS}", TENS)
        .replace("{NUM}", &format!("(?:\\d{{1,3}}(?:,\\d{{3}})+|\\d+(?:\\.\\d+)?|(?i:{TENS})[\\s-]+(?i:one|two|three|four|five|six|seven|eight|nine)(?-u:\\b)|(?i:{NUMBER_WORDS})(?:\\s+(?i:hundred|thousand)(?-u:\\b))?)"))
        .replace(r"\d", "[0-9]")
        .replace("(?i:", "(?i-u:");
    Pattern::new(&p).unwrap_or_else(|e| panic!("date pattern {pattern}: {e}"))
}

/// A rule's pattern, compiled for the two searches a rule makes: a lazy DFA finds where a
/// match is (forward to its end, then back to its start), and a bounded backtracker takes
/// the groups of that match alone. (The meta engine, asked for groups, looks for the match
/// a second time first.) No literal prefilters: each rule runs only where its triggers
/// are, and extracting literals from these alternations was most of compiling them.
pub(super) struct Pattern {
    pub(super) bounds: hybrid::regex::Regex,
    /// Which bytes can begin a match, by the byte before them (see [`Beginnings`]).
    pub(super) beginnings: Beginnings,
    /// True when a group `t` names the part of a match that is the expression.
    pub(super) narrowed: bool,
    pub(super) groups: BoundedBacktracker,
    /// Groups of a match too long for the backtracker's memory (white space by the
    /// thousand). It would also search if the lazy DFA failed, which these patterns (no
    /// Unicode word boundary, no give-up threshold) never make it do.
    pub(super) fallback: PikeVM,
}

/// What a pattern's searches write to, one per rule and thread, kept from one article to
/// the next: the lazy DFA's states are built once, not per article.
pub(super) struct PatternCache {
    pub(super) bounds: hybrid::regex::Cache,
    pub(super) groups: backtrack::Cache,
    pub(super) caps: Captures,
    /// The groups of matches already taken apart (see [`Pattern::groups`]).
    pub(super) memo: GroupMemo,
}

/// The groups of short matches, by what decides them: the matched bytes and the bytes on
/// either side, which the word boundaries look at. The same few expressions come back
/// over and over ("2015", "last year", "on Monday"), and a look-up costs a tenth of the
/// backtracker's search. Nothing else of the text can change a match's groups, so a
/// remembered answer is the answer.
#[derive(Default)]
pub(super) struct GroupMemo {
    /// Each key's slots, as offsets from the match's start (`u32::MAX` for a group that
    /// took no part).
    pub(super) slots: FxHashMap<Box<[u8]>, Box<[u32]>>,
    /// The key being looked up, built here so that a look-up allocates nothing.
    pub(super) key: Vec<u8>,
}

impl GroupMemo {
    /// Longer matches are rare and are taken apart each time.
    const LONGEST: usize = 64;
    /// Entries kept before the memo starts again, which bounds its memory.
    const ENTRIES: usize = 1024;

    /// Sets `key` to what decides the groups of `found` in `bytes`: whether a byte comes
    /// before and after it, those bytes, and the match's own.
    pub(super) fn set_key(&mut self, bytes: &[u8], found: Match) {
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
    pub(super) fn new(pattern: &str) -> Result<Self, Box<dyn std::error::Error>> {
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

    pub(super) fn create_cache(&self) -> PatternCache {
        PatternCache {
            bounds: self.bounds.create_cache(),
            groups: self.groups.create_cache(),
            caps: self.groups.create_captures(),
            memo: GroupMemo::default(),
        }
    }

    /// The first match in `input`.
    pub(super) fn find(&self, cache: &mut PatternCache, input: &Input) -> Option<Match> {
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
    pub(super) fn find_beginning_in(
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
    pub(super) fn groups(&self, cache: &mut PatternCache, text: &str, found: Match) {
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
    pub(super) fn search_groups(&self, cache: &mut PatternCache, text: &str, found: Match) {
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
pub(super) struct Beginnings {
    /// For each byte before a place (the text start is 256), its kind.
    pub(super) kind_of: Box<[u8; 257]>,
    /// For each kind, a bit for each byte that leads its start state to a live state.
    pub(super) bytes: Vec<[u64; 4]>,
}

impl Beginnings {
    /// Asks the forward DFA, byte by byte, which bytes leave each start state alive.
    pub(super) fn of(dfa: &hybrid::dfa::DFA) -> Result<Self, Box<dyn std::error::Error>> {
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
    pub(super) fn may_begin(&self, before: Option<u8>, byte: u8) -> bool {
        let kind = self.kind_of[before.map_or(256, usize::from)];
        self.bytes[usize::from(kind)][usize::from(byte / 64)] >> (byte % 64) & 1 != 0
    }
}
