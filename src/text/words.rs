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
    index: OnceLock<Index>,
}

/// A set's hash index, behind a filter of first bytes and lengths: most words asked
/// about are not in the set, and most of those are turned away without hashing.
struct Index {
    /// Bit `n` of entry `b` set when a word of `n` bytes (63 for longer) begins with `b`.
    lengths: [u64; 256],
    words: FxHashSet<&'static str>,
}

impl Index {
    fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = [0u64; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << w.len().min(63);
            }
        }
        Index {
            lengths,
            words: words.iter().copied().collect(),
        }
    }

    fn get(&self, word: &str) -> Option<&'static str> {
        let first = word.as_bytes().first().map_or(0, |&b| usize::from(b));
        if !word.is_empty() && self.lengths[first] & (1 << word.len().min(63)) == 0 {
            return None;
        }
        self.words.get(word).copied()
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

    /// The set's own copy of `word`, when it holds it.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        if self.words.len() <= SCAN_MAX {
            return self.words.iter().copied().find(|w| *w == word);
        }
        self.index.get_or_init(|| Index::new(self.words)).get(word)
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
        assert!(LARGE.contains_lowercase("J") && SMALL.contains_lowercase("OF"));
        assert!(!SMALL.contains_lowercase("ÖF") && !SMALL.contains_lowercase("off"));
    }
}
