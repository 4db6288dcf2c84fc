//! Fixed word lists with constant-time membership.
//!
//! Every stage keeps small vocabularies (function words, titles, role nouns) as plain
//! `&[&str]` tables for readability; a linear scan of a 200-word table per token showed
//! up as a tenth of the run time, so each table gets a hash index built on first use.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A constant list of words, looked up through a hash set built on first use.
pub struct WordSet {
    words: &'static [&'static str],
    index: OnceLock<FxHashSet<&'static str>>,
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

    /// The set's own copy of `word`, when it holds it.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        if self.words.len() <= SCAN_MAX {
            return self.words.iter().copied().find(|w| *w == word);
        }
        self.index
            .get_or_init(|| self.words.iter().copied().collect())
            .get(word)
            .copied()
    }

    /// The words, in the order written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

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
    }
}
