//! Spans: half-open byte ranges into the original input.
//!
//! Every stage refers to text by `Span` rather than by copied strings. Byte offsets are
//! used inside the library; `CharMap` converts them to Unicode code points (what Python's
//! `text[start:end]` uses) once, when the record is built.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The slice of `src` this span covers; empty when the span does not fit `src`.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// This span with leading and trailing white space of `src` removed.
    pub fn trim(self, src: &str) -> Span {
        let t = self.text(src);
        let lead = t.len() - t.trim_start().len();
        let trimmed = t.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// Whether `s` overlaps any span of `sorted`, which must be sorted by start with no two
/// spans overlapping (so their ends are sorted too): O(log n), keeping every extractor
/// linear in the size of its input.
pub fn overlaps_any(sorted: &[Span], s: Span) -> bool {
    let i = sorted.partition_point(|c| c.end <= s.start);
    sorted.get(i).is_some_and(|c| c.start < s.end)
}

/// [`overlaps_any`] for a run of questions whose spans mostly move forward, as a scan
/// over a text asks them: each answer walks from where the last one ended (backward too,
/// when a question goes back), rather than searching anew.
pub struct OverlapCursor<'a> {
    sorted: &'a [Span],
    /// The first span of `sorted` that ends after the last question's start.
    at: usize,
}

impl<'a> OverlapCursor<'a> {
    /// A cursor over `sorted`, which must be as [`overlaps_any`] wants it.
    pub fn new(sorted: &'a [Span]) -> Self {
        OverlapCursor { sorted, at: 0 }
    }

    /// Whether `s` overlaps any of the spans.
    pub fn overlaps(&mut self, s: Span) -> bool {
        while self.at > 0 && self.sorted[self.at - 1].end > s.start {
            self.at -= 1;
        }
        while self.sorted.get(self.at).is_some_and(|c| c.end <= s.start) {
            self.at += 1;
        }
        self.sorted.get(self.at).is_some_and(|c| c.start < s.end)
    }
}

/// The spans of `sorted` (sorted by start, none overlapping another) that overlap `s`.
pub fn overlapping(sorted: &[Span], s: Span) -> &[Span] {
    let from = sorted.partition_point(|c| c.end <= s.start);
    let len = sorted[from..].partition_point(|c| c.start < s.end);
    &sorted[from..from + len]
}

/// Which unit output offsets are written in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode code points (the default; Python string indices).
    #[default]
    Chars,
    /// UTF-8 bytes.
    Bytes,
}

/// Converts byte offsets of one document to code-point offsets.
///
/// Pure-ASCII text (the common case) needs no table at all; otherwise one entry is kept
/// per 64 bytes so that a lookup counts at most 63 bytes.
pub struct CharMap<'a> {
    src: &'a str,
    /// Code points before each 64-byte block start (empty for ASCII input).
    blocks: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CharMap<'a> {
    /// Builds the map for `src`.
    pub fn new(src: &'a str) -> Self {
        if src.is_ascii() {
            return CharMap {
                src,
                blocks: Vec::new(),
            };
        }
        let bytes = src.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += count_chars(chunk);
        }
        CharMap { src, blocks }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.src.len());
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        // The end of a text whose length is a multiple of the block size starts a block
        // of its own: count it from the last block.
        let block = block.min(self.blocks.len() - 1);
        let base = self.blocks[block];
        let from = block * BLOCK;
        base + count_chars(&self.src.as_bytes()[from..byte])
    }

    /// The number of code points in the text.
    pub fn chars(&self) -> usize {
        self.char_offset(self.src.len())
    }

    /// `span` converted to the given unit.
    pub fn convert(&self, span: Span, unit: OffsetUnit) -> Span {
        match unit {
            OffsetUnit::Bytes => span,
            OffsetUnit::Chars => {
                let start = self.char_offset(span.start);
                // A short span's end is counted on from its start, not from the start of
                // the end's block (up to 63 bytes back): most spans are a few words.
                let short = span.start <= span.end && span.end - span.start <= BLOCK;
                let end = if short && span.end <= self.src.len() {
                    start + count_chars(&self.src.as_bytes()[span.start..span.end])
                } else {
                    self.char_offset(span.end)
                };
                Span::new(start, end)
            }
        }
    }
}

const fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The code points that begin in `bytes` (the bytes that are no UTF-8 continuation byte),
/// eight bytes at a time: a continuation byte is the one whose top bits are 10.
fn count_chars(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for w in words.by_ref() {
        let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        continuations += (x & !(x << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    let rest = words.remainder();
    continuations += rest.iter().filter(|&&b| is_continuation(b)).count();
    bytes.len() - continuations
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_cursor_answers_as_overlaps_any(
            gaps in proptest::collection::vec((0usize..6, 0usize..6), 0..12),
            questions in proptest::collection::vec((0usize..80, 0usize..6), 0..40),
        ) {
            // Sorted spans, none overlapping, some empty, some touching.
            let mut sorted = Vec::new();
            let mut at = 0;
            for (gap, len) in gaps {
                sorted.push(Span::new(at + gap, at + gap + len));
                at += gap + len;
            }
            let mut cursor = OverlapCursor::new(&sorted);
            for (start, len) in questions {
                let s = Span::new(start, start + len);
                proptest::prop_assert_eq!(cursor.overlaps(s), overlaps_any(&sorted, s), "{:?} in {:?}", s, sorted);
            }
        }
    }

    #[test]
    fn chars_are_counted_as_rust_counts_them() {
        let cases = [
            "",
            "plain ascii, longer than one word of eight",
            "Łódź today in Łódź",
            "U.S.–Hamas relations: “talks” resumed — again…",
            "emoji 🙂🙂🙂 then Cairo, 北京 and Zürich",
        ];
        for text in cases {
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let part = &text[cut..];
                assert_eq!(
                    count_chars(part.as_bytes()),
                    part.chars().count(),
                    "{part:?}"
                );
            }
            assert_eq!(CharMap::new(text).chars(), text.chars().count(), "{text:?}");
        }
    }

    #[test]
    fn char_offsets_match_python_indices() {
        let cases: &[(&str, &str)] = &[
            ("plain ascii", "ascii"),
            ("Łódź today in Łódź", "today"),
            ("U.S.–Hamas relations", "Hamas"),
            ("emoji 🙂 then Cairo", "Cairo"),
        ];
        for &(text, needle) in cases {
            let byte = text.find(needle).unwrap();
            let map = CharMap::new(text);
            let span = map.convert(Span::new(byte, byte + needle.len()), OffsetUnit::Chars);
            let chars: Vec<char> = text.chars().collect();
            let got: String = chars[span.start..span.end].iter().collect();
            assert_eq!(got, needle, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_span_converts_as_its_two_ends_do(
            text in crate::text::texts_of(&["a", " ", "é", "🙂", "–", "Doha"], 80),
            a in 0usize..400,
            b in 0usize..400,
        ) {
            let map = CharMap::new(&text);
            let span = Span::new(a.min(text.len() + 2), b.min(text.len() + 2));
            let want = Span::new(map.char_offset(span.start), map.char_offset(span.end));
            proptest::prop_assert_eq!(map.convert(span, OffsetUnit::Chars), want);
        }
    }

    #[test]
    fn end_of_text_on_a_block_boundary() {
        // Found by proptest: a 64-byte text made the end offset 0.
        let text = "é".repeat(32);
        assert_eq!(text.len(), 64);
        assert_eq!(CharMap::new(&text).char_offset(64), 32);
    }

    #[test]
    fn long_non_ascii_text_crosses_blocks() {
        let text = "é".repeat(500) + "Doha";
        let map = CharMap::new(&text);
        let byte = text.find("Doha").unwrap();
        assert_eq!(map.char_offset(byte), 500);
        assert_eq!(map.char_offset(text.len()), 504);
    }

    #[test]
    fn overlap_queries_table() {
        let sorted = [Span::new(2, 5), Span::new(8, 9), Span::new(12, 20)];
        let cases: &[((usize, usize), bool)] = &[
            ((0, 2), false),
            ((0, 3), true),
            ((5, 8), false),
            ((4, 6), true),
            ((9, 12), false),
            ((19, 30), true),
            ((20, 25), false),
        ];
        for &((a, b), want) in cases {
            assert_eq!(overlaps_any(&sorted, Span::new(a, b)), want, "{a}..{b}");
        }
    }

    #[test]
    fn trim_removes_outer_space_only() {
        let src = "  a b \n";
        assert_eq!(Span::new(0, src.len()).trim(src).text(src), "a b");
    }
}
