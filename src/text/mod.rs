//! Text: the layer every later stage reads — lines, tokens and sentences, all as spans.
//!
//! Nothing here knows about headings or entities; structure and extractors build on these
//! spans. Line ends of every kind (LF, CRLF, lone CR) are recognized so that offsets stay
//! true to the original text.

mod sentence;
mod token;
mod us_states;
mod word;
mod words;

#[cfg(feature = "internals")]
pub use sentence::split_sentences;
pub use sentence::Sentence;
#[cfg(any(test, feature = "internals"))]
pub use token::tokenize;
pub use token::{Token, TokenKind};
pub use word::{first_word, is_initial, is_month_name, is_weekday_name};
pub use us_states::us_state_after;
pub use words::{PAST_FORMS, POSSESSIVE_ENDINGS, WordSet};

use crate::span::Span;

/// One line of the input, without its line end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The line's text, excluding `\r`/`\n`.
    pub span: Span,
}

impl Line {
    /// True when the line holds nothing but white space.
    pub fn is_blank(&self, src: &str) -> bool {
        trim(self.span.text(src)).is_empty()
    }

    /// Width of the line's leading white space, a tab counting as four columns.
    pub fn indent(&self, src: &str) -> usize {
        self.span
            .text(src)
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum()
    }
}

/// Lines, tokens and sentences of one text.
#[derive(Debug, Clone, Default)]
pub struct TextLayer {
    /// Every line, in order.
    pub lines: Vec<Line>,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every sentence, in order; together they cover all tokens.
    pub sentences: Vec<Sentence>,
    /// How many tokens are words or numbers (not punctuation): counted as the tokens are
    /// made, so that no later stage walks the tokens again for it.
    pub words: usize,
}

impl TextLayer {
    /// Index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= pos)
            .map(|_| i)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
}

/// Splits `src` into lines, recognizing LF, CRLF and lone CR.
#[cfg(any(test, feature = "internals"))]
pub fn split_lines(src: &str) -> Vec<Line> {
    split_lines_into(src, Vec::new())
}

/// [`split_lines`] into `lines` (emptied first).
fn split_lines_into(src: &str, mut lines: Vec<Line>) -> Vec<Line> {
    let bytes = src.as_bytes();
    // Counted first (a vectorized count costs less than growing the vector).
    lines.clear();
    lines.reserve(memchr::memchr_iter(b'\n', bytes).count() + 1);
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        let at = i + off;
        lines.push(Line {
            span: Span::new(start, at),
        });
        i = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
        start = i;
    }
    if start < bytes.len() {
        lines.push(Line {
            span: Span::new(start, bytes.len()),
        });
    }
    lines
}

/// Builds the text layer of `src`.
pub fn analyze(src: &str) -> TextLayer {
    analyze_reusing(src, TextLayer::default())
}

/// [`analyze`], in the vectors of `spare`, the layer of a text no longer needed: memory
/// the last text wrote is likely still in the nearest caches, where new memory is not
/// (the tokens alone take some 30 KB of an article of 6 KB).
pub fn analyze_reusing(src: &str, spare: TextLayer) -> TextLayer {
    let lines = split_lines_into(src, spare.lines);
    let (tokens, words) = token::tokenize_counting_words_into(src, spare.tokens);
    let sentences = sentence::split_sentences_into(src, &tokens, &lines, spare.sentences);
    TextLayer {
        lines,
        tokens,
        sentences,
        words,
    }
}

/// `s` without its leading and trailing white space, as `str::trim` cuts it. A text that
/// begins and ends with ASCII other than white space, as nearly every line does, is
/// returned at once, without decoding a character at either end.
pub fn trim(s: &str) -> &str {
    let is_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    match s.as_bytes() {
        [first, .., last] | [first @ last]
            if first.is_ascii() && last.is_ascii() && !is_space(*first) && !is_space(*last) =>
        {
            s
        }
        _ => s.trim(),
    }
}

/// For property tests: texts made of up to `max` of `pieces` (words, spaces, marks) in any
/// order, which reach the odd corners of a scan far more often than random characters do.
#[cfg(test)]
pub(crate) fn texts_of(
    pieces: &[&'static str],
    max: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..max)
        .prop_map(|p| p.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn trim_cuts_what_str_trim_cuts(
            text in texts_of(&["a", " ", "\t", "\x0B", "\r\n", "\u{a0}", "é", "\u{2003}", "!", "\x1C"], 8),
        ) {
            proptest::prop_assert_eq!(trim(&text), text.trim());
        }
    }

    #[test]
    fn a_layer_built_in_another_ones_vectors_is_the_same_layer() {
        // (the text whose layer is given up, the text analyzed in its vectors)
        let cases: &[(&str, &str)] = &[
            ("", "Talks resumed in Cairo on Monday."),
            (
                "A long first text.\nWith lines.\n\n- and a list\n- of two items\n",
                "Short.",
            ),
            ("Short.", "Two sentences here. And a second line\nin Doha."),
            ("Same text.", "Same text."),
        ];
        for (before, text) in cases {
            let fresh = analyze(text);
            let reused = analyze_reusing(text, analyze(before));
            assert_eq!(reused.lines, fresh.lines, "{text:?}");
            assert_eq!(reused.tokens, fresh.tokens, "{text:?}");
            assert_eq!(reused.sentences, fresh.sentences, "{text:?}");
            assert_eq!(reused.words, fresh.words, "{text:?}");
        }
    }

    #[test]
    fn words_are_the_tokens_that_are_not_punctuation() {
        // (text, words)
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("...", 0),
            ("Talks resumed in Cairo on Monday.", 6),
            (
                "On Jan. 14, 2025, U.S. envoys met (again) in Doha — “finally”.",
                11,
            ),
            ("Émigrés' 3.5% rise: 12,000 people!", 5),
        ];
        for (text, want) in cases {
            let layer = analyze(text);
            let punct = layer.tokens.iter().filter(|t| t.kind == TokenKind::Punct);
            assert_eq!(layer.words, layer.tokens.len() - punct.count(), "{text:?}");
            assert_eq!(layer.words, *want, "{text:?}");
        }
    }

    #[test]
    fn line_ends_table() {
        let cases: &[(&str, &[&str])] = &[
            ("a\nb", &["a", "b"]),
            ("a\r\nb\r\n", &["a", "b"]),
            ("a\rb", &["a", "b"]),
            ("a\n\nb", &["a", "", "b"]),
            ("", &[]),
        ];
        for (src, want) in cases {
            let got: Vec<&str> = split_lines(src).iter().map(|l| l.span.text(src)).collect();
            assert_eq!(&got, want, "{src:?}");
        }
    }
}
