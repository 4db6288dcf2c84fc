//! Tokens: words, numbers and punctuation with their spans.
//!
//! Hand-written rather than regex-based because it is on the hot path and needs a few
//! news-specific joins: dotted abbreviations ("U.S.", "a.m."), inner apostrophes and
//! hyphens ("Hamas’s", "decades-long"), and numbers with separators ("2,500", "10:30").

use super::word::{dotted_abbreviation, is_common_punctuation, word_end};
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner hyphens, apostrophes or abbreviation dots).
    Word,
    /// Starts with a digit ("2025", "2,500", "1990s", "21st").
    Number,
    /// A single punctuation or symbol character.
    Punct,
}

/// A token and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        self.span.text(src)
    }

    /// True for a word whose first character is upper case.
    pub fn is_capitalized(&self, src: &str) -> bool {
        self.kind == TokenKind::Word
            && self
                .text(src)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// Splits `src` into tokens, skipping white space.
#[cfg(any(test, feature = "internals"))]
pub fn tokenize(src: &str) -> Vec<Token> {
    tokenize_counting_words_into(src, Vec::new()).0
}

/// [`tokenize`] into `tokens` (emptied first), with the number of tokens that are not
/// punctuation.
pub(crate) fn tokenize_counting_words_into(
    src: &str,
    mut tokens: Vec<Token>,
) -> (Vec<Token>, usize) {
    let mut words = 0;
    // English news runs to about one token in five bytes: room for one in four saves
    // copying every token when the vector would grow near its end.
    tokens.clear();
    tokens.reserve(src.len() / 4 + 8);
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let kind;
        if b < 0x80 {
            // ASCII, the bulk of English text, by a class table with no decoding.
            match ASCII_KIND[usize::from(b)] {
                AsciiKind::Space => {
                    i += 1;
                    continue;
                }
                AsciiKind::Letter => {
                    // A dotted abbreviation needs a stop right after the first letter.
                    let abbr = if bytes.get(i + 1) == Some(&b'.') {
                        dotted_abbreviation(&src[i..])
                    } else {
                        0
                    };
                    i = if abbr > 0 {
                        i + abbr
                    } else {
                        word_end(src, i + 1)
                    };
                    kind = TokenKind::Word;
                }
                AsciiKind::Digit => {
                    i = number_end(src, i);
                    kind = TokenKind::Number;
                }
                AsciiKind::Other => {
                    i += 1;
                    kind = TokenKind::Punct;
                }
            }
        } else {
            let c = src[i..].chars().next().unwrap_or(' ');
            if is_common_punctuation(c) {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            } else if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            } else if c.is_alphabetic() {
                let abbr = if bytes.get(i + c.len_utf8()) == Some(&b'.') {
                    dotted_abbreviation(&src[i..])
                } else {
                    0
                };
                i = if abbr > 0 { i + abbr } else { word_end(src, i) };
                kind = TokenKind::Word;
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            }
        }
        words += usize::from(kind != TokenKind::Punct);
        tokens.push(Token {
            span: Span::new(start, i),
            kind,
        });
    }
    (tokens, words)
}

/// What an ASCII byte begins: as `char::is_whitespace`, `is_alphabetic` and
/// `is_ascii_digit` class it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AsciiKind {
    Space,
    Letter,
    Digit,
    Other,
}

const ASCII_KIND: [AsciiKind; 128] = {
    let mut kind = [AsciiKind::Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        kind[b] = if c.is_ascii_alphabetic() {
            AsciiKind::Letter
        } else if c.is_ascii_digit() {
            AsciiKind::Digit
        } else if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            AsciiKind::Space
        } else {
            AsciiKind::Other
        };
        b += 1;
    }
    kind
};

/// End of a number starting at `i`: digits with inner `,` `.` `:` separators, then letters
/// ("1990s", "21st") or a hyphenated word ("48-hour") are not part of it beyond suffixes.
fn number_end(src: &str, mut i: usize) -> usize {
    let bytes = src.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        let separator =
            matches!(b, b',' | b'.' | b':') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || separator {
            i += 1;
        } else {
            break;
        }
    }
    // Ordinal and decade suffixes belong to the number.
    let rest = &src[i..];
    for suffix in ["st", "nd", "rd", "th", "s"] {
        if rest.starts_with(suffix)
            && !rest[suffix.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            return i + suffix.len();
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens by decoding every character: what [`tokenize`] must give.
    fn tokenize_by_chars(src: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut i = 0;
        while let Some(c) = src[i..].chars().next() {
            let start = i;
            let kind;
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            } else if c.is_alphabetic() {
                let abbr = dotted_abbreviation(&src[i..]);
                i = if abbr > 0 { i + abbr } else { word_end(src, i) };
                kind = TokenKind::Word;
            } else if c.is_ascii_digit() {
                i = number_end(src, i);
                kind = TokenKind::Number;
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            }
            tokens.push(Token {
                span: Span::new(start, i),
                kind,
            });
        }
        tokens
    }

    proptest::proptest! {
        #[test]
        fn tokens_match_a_char_by_char_scan(
            text in crate::text::texts_of(&[
                "U.S.", "a", "Hamas", "’s", "'", "-", " ", "\t", "\u{b}", "\u{a0}", "2,500",
                "10:30", ".", "é", "Łódź", "1990s", "21st", "\u{301}", "٣", "—", "e.g.", "x1",
            ], 30),
        ) {
            proptest::prop_assert_eq!(tokenize(&text), tokenize_by_chars(&text));
        }
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S. officials", &["U.S.", "officials"]),
            ("Hamas’s stance", &["Hamas’s", "stance"]),
            ("decades-long conflict.", &["decades-long", "conflict", "."]),
            (
                "2,500 troops at 10:30 a.m.",
                &["2,500", "troops", "at", "10:30", "a.m."],
            ),
            ("the 1990s and 21st", &["the", "1990s", "and", "21st"]),
            ("3.5%", &["3.5", "%"]),
            ("U.S.–Hamas", &["U.S.", "–", "Hamas"]),
            ("e.g. this", &["e.g.", "this"]),
            ("end.", &["end", "."]),
            ("a 48-hour truce", &["a", "48", "-", "hour", "truce"]),
            ("Łódź, café", &["Łódź", ",", "café"]),
        ];
        for (src, want) in cases {
            let got: Vec<&str> = tokenize(src).iter().map(|t| t.text(src)).collect();
            assert_eq!(&got, want, "{src:?}");
        }
    }
}
