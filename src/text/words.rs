//! Fixed word lists with constant-time membership.
//!
//! Every stage keeps small vocabularies (function words, titles, role nouns) as plain
//! `&[&str]` tables for readability; a linear scan of a 200-word table for every token
//! would cost more than the rest of the token's work, so each table gets an index built on
//! first use: the same hash table ([`crate::lookup`]) the gazetteer's names are in.

use crate::lookup;
use std::sync::OnceLock;

/// A constant list of words, looked up through an index built on first use.
pub struct WordSet {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// A set's index, behind a filter of first bytes and lengths: most words asked about are
/// not in the set, and most of those are turned away without hashing.
struct Index {
    /// Bit `n` of entry `b` set when a word of `n` bytes (63 for longer) begins with `b`.
    lengths: [u64; 256],
    /// The words, each with its index in the list plus one.
    slots: Box<[u128]>,
}

impl Index {
    fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = [0u64; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << w.len().min(63);
            }
        }
        let entries: Vec<(&str, u32)> = words.iter().copied().zip(1..).collect();
        Index {
            lengths,
            slots: lookup::table_slots(&entries).into_boxed_slice(),
        }
    }

    /// False when no word of the set has `word`'s first byte and length: the test that
    /// turns most words away, made where the set is asked.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let first = word.as_bytes().first().map_or(0, |&b| usize::from(b));
        word.is_empty() || self.lengths[first] & (1 << word.len().min(63)) != 0
    }

    /// The set's copy of `word`, which [`Index::may_hold`] let through.
    #[inline(never)]
    fn get(&self, words: &'static [&'static str], word: &str) -> Option<&'static str> {
        let word_of = |v: u32| words[v as usize - 1];
        lookup::find_value(&self.slots, word, lookup::hash(word), |v| {
            word_of(v) == word
        })
        .map(word_of)
    }
}

/// Up to this many words a scan beats hashing.
const SCAN_MAX: usize = 8;

impl WordSet {
    /// A set over `words` (case-sensitive).
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            index: OnceLock::new(),
        }
    }

    /// True when `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The set's own copy of `word`, when it holds it. Inlined up to the first-byte and
    /// length filter, so that a word it turns away costs no call.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&'static str> {
        if self.words.len() <= SCAN_MAX {
            return self.scan(word);
        }
        let index = self.index.get_or_init(|| Index::new(self.words));
        if !index.may_hold(word) {
            return None;
        }
        index.get(self.words, word)
    }

    #[inline(never)]
    fn scan(&self, word: &str) -> Option<&'static str> {
        self.words.iter().copied().find(|w| *w == word)
    }

    /// True when `word` in lower case is in the set (whose words are lower case). Short
    /// ASCII words, nearly all of them, are lowered on the stack.
    pub fn contains_lowercase(&self, word: &str) -> bool {
        let mut buf = [0u8; 24];
        if word.is_ascii() && word.len() <= buf.len() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // ASCII in, ASCII out: always valid UTF-8.
            return std::str::from_utf8(lower).is_ok_and(|w| self.contains(w));
        }
        self.contains(&word.to_lowercase())
    }
}

/// The endings of a possessive: "Sunday's", "Hungary’s".
pub const POSSESSIVE_ENDINGS: [&str; 2] = ["'s", "’s"];

/// Past forms of common verbs that do not end in "-ed" ("said", "began", "struck"): the
/// date rules read them as a past tense, the actor rules as the verb a name is subject of.
pub static PAST_FORMS: WordSet = WordSet::new(&[
    "said", "told", "was", "were", "had", "did", "met", "held", "began", "came", "went", "left",
    "took", "made", "gave", "found", "won", "lost", "fell", "rose", "led", "sent", "saw", "spoke",
    "wrote", "fled", "hit", "struck", "shot", "became", "got", "paid", "sold", "bought", "brought",
    "thought", "felt", "kept", "ran", "stood", "broke", "chose", "drew", "flew", "grew", "knew",
    "meant", "put", "set", "spent", "taught", "woke", "threw", "sought", "fought", "beat",
    "cut", "quit", "shut", "heard", "dealt", "fed", "drove", "rode", "shook", "withdrew",
    "oversaw", "undertook", "forgot", "hid", "laid", "sat", "slid", "stole", "swore", "swept",
    "sank", "sped", "hung", "bore", "understood", "arose",
]);

#[cfg(test)]
mod tests {
    use super::*;

    static SMALL: WordSet = WordSet::new(&["of", "for"]);
    static LARGE: WordSet = WordSet::new(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);

    #[test]
    fn membership_table() {
        let cases: &[(&WordSet, &str, bool)] = &[
            (&SMALL, "of", true),
            (&SMALL, "Of", false),
            (&SMALL, "", false),
            (&LARGE, "j", true),
            (&LARGE, "a", true),
            (&LARGE, "k", false),
            (&LARGE, "ab", false),
        ];
        for (set, word, want) in cases {
            assert_eq!(set.contains(word), *want, "{word}");
        }
        assert_eq!(LARGE.get("c"), Some("c"));
        // Lengths from 63 on share one filter bit: the hash decides.
        static LONG: WordSet = WordSet::new(&[
            "a",
            "b",
            "c",
            "d",
            "e",
            "f",
            "g",
            "h",
            "i",
            "jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj",
        ]);
        assert!(LONG.contains(&"j".repeat(70)) && !LONG.contains(&"j".repeat(64)));
        assert!(!LONG.contains("jj") && !LONG.contains(""));
        // Words of up to eleven bytes are told apart by a slot's head alone, longer ones
        // against the word itself: the cut falls between "abcdefghijk" and "abcdefghijkl".
        static MIXED: WordSet = WordSet::new(&[
            "abcdefgh",
            "abcdefghi",
            "abcdefghijk",
            "abcdefghijkl",
            "\u{e9}t\u{e9}",
            "x",
            "of",
            "the",
            "bin",
            "ibn",
            "della",
            "al-",
        ]);
        let mixed: &[(&str, bool)] = &[
            ("abcdefgh", true),
            ("abcdefghi", true),
            ("abcdefg", false),
            ("abcdefghij", false),
            ("abcdefghijk", true),
            ("abcdefghijkl", true),
            ("abcdefghijkm", false),
            ("abcdefghijklm", false),
            ("abcdefgi", false),
            ("\u{e9}t\u{e9}", true),
            ("ete", false),
            ("x", true),
            ("y", false),
            ("della", true),
            ("dell", false),
            ("al-", true),
            ("", false),
            ("x\0", false),
            ("of\0\0", false),
        ];
        for (word, want) in mixed {
            assert_eq!(MIXED.contains(word), *want, "{word:?}");
        }
        assert_eq!(MIXED.get("the"), Some("the"));
        assert!(LARGE.contains_lowercase("J") && SMALL.contains_lowercase("OF"));
        assert!(!SMALL.contains_lowercase("ÖF") && !SMALL.contains_lowercase("off"));
    }

    proptest::proptest! {
        #[test]
        fn a_word_in_lower_case_is_looked_up_lowered(
            word in crate::text::texts_of(&["a", "B", "cD", "X", "@", "[", "\0", "É", "ö", "-"], 12),
        ) {
            // Sets small enough to be scanned and large enough to be indexed, with words
            // up to eight bytes and longer.
            static WORDS: WordSet = WordSet::new(&[
                "a", "b", "x", "ab", "cd", "acd", "a-b", "bcdx", "@a", "é", "é-b", "abcdabcd",
                "abcdabcdx", "cdcdcdcdcd",
            ]);
            static FEW: WordSet = WordSet::new(&["a", "cd", "bcdx", "ö"]);
            for set in [&WORDS, &FEW] {
                proptest::prop_assert_eq!(
                    set.contains_lowercase(&word),
                    set.contains(&word.to_lowercase()),
                    "{:?}", word
                );
            }
        }
    }
}
