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

    /// True when `word` in lower case is in the set (whose words are lower case).
    /// Short ASCII words, nearly all of them, are lowered on the stack.
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
        assert!(LARGE.contains_lowercase("J") && SMALL.contains_lowercase("OF"));
        assert!(!SMALL.contains_lowercase("ÖF") && !SMALL.contains_lowercase("off"));
    }
}
