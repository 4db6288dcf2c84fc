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
/// Pure-ASCII text (the common case) needs no table at all. Otherwise each 64-byte block
/// keeps the code points before it and a bit for each of its bytes that begins one, so
/// that a look-up is one mask and one population count, however far into a block it is.
pub struct CharMap<'a> {
    src: &'a str,
    /// For each 64-byte block: the code points before it, and its bytes that begin one
    /// (bit `i` for byte `i`). Empty for ASCII input.
    blocks: Vec<(usize, u64)>,
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
            let starts = code_point_starts(chunk);
            blocks.push((count, starts));
            count += starts.count_ones() as usize;
        }
        CharMap { src, blocks }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length): the
    /// code points that begin before it.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.src.len());
        if self.blocks.is_empty() {
            return byte;
        }
        // The end of a text whose length is a multiple of the block size starts a block
        // of its own: it is the end of the last block, all of whose bits count.
        let block = (byte / BLOCK).min(self.blocks.len() - 1);
        let (before, starts) = self.blocks[block];
        let within = byte - block * BLOCK;
        let below = if within >= BLOCK {
            starts
        } else {
            starts & ((1 << within) - 1)
        };
        before + below.count_ones() as usize
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
                Span::new(self.char_offset(span.start), self.char_offset(span.end))
            }
        }
    }
}

/// A bit for each byte of `chunk` (at most 64) that begins a code point, that is, each
/// byte that is not a UTF-8 continuation byte (top bits 10); eight bytes at a time.
fn code_point_starts(chunk: &[u8]) -> u64 {
    let mut padded = [0u8; BLOCK];
    let full: &[u8; BLOCK] = match chunk.try_into() {
        Ok(full) => full,
        Err(_) => {
            padded[..chunk.len()].copy_from_slice(chunk);
            &padded
        }
    };
    let mut starts = 0u64;
    for (k, eight) in full.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
        // The top bit of each byte whose top bits are 10...
        let continuations = x & !(x << 1) & 0x8080_8080_8080_8080;
        // ...gathered into the low byte, byte k's at bit k: each product term lands on
        // its own bit, so no carry disturbs another.
        let gathered = (continuations >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        starts |= (!gathered & 0xFF) << (8 * k);
    }
    if chunk.len() < BLOCK {
        // The padding begins no code point of the text.
        starts &= (1 << chunk.len()) - 1;
    }
    starts
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
            let map = CharMap::new(text);
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    map.char_offset(cut),
                    text[..cut].chars().count(),
                    "{text:?} at {cut}"
                );
            }
            assert_eq!(map.chars(), text.chars().count(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_char_offset_counts_the_code_points_that_begin_before_it(
            text in crate::text::texts_of(&["a", " ", "é", "🙂", "–", "Doha", "北京"], 120),
            at in 0usize..700,
        ) {
            // Any byte offset, inside a code point or past the end included.
            let begun = text.as_bytes()[..at.min(text.len())]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count();
            proptest::prop_assert_eq!(CharMap::new(&text).char_offset(at), begun);
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
