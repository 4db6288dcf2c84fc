//! Sentences: token ranges ended by terminal punctuation or by line structure.
//!
//! A full stop ends a sentence unless it belongs to an abbreviation ("Dr.", "Jan."), an
//! initial ("John F. Kennedy") or a number; closing quotes and brackets after the stop stay
//! with the sentence. Blank lines always end a sentence, and so does a line end unless the
//! line looks hard-wrapped (long, no final punctuation, next line not a list item).

use std::ops::Range;

use super::{Line, Token, TokenKind, WordSet};
use crate::span::Span;

/// A sentence: its span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Indices into the token list.
    pub tokens: Range<usize>,
}

/// Words that, followed by a full stop, do not end a sentence.
static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cmdr", "adm", "maj", "sgt",
    "cpl", "pvt", "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "jr", "sr", "hon", "pres",
    "supt", "insp", "det", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no",
    "nos", "vs", "v", "approx", "est", "dept", "univ", "assn", "bros", "inc", "corp", "ltd", "co",
    "cf", "al", "fig", "vol", "pp", "p", "ch",
]);

/// Words after which a dotted abbreviation ("U.S.") is taken to end the sentence anyway.
static SENTENCE_STARTERS: WordSet = WordSet::new(&[
    "The",
    "But",
    "And",
    "In",
    "It",
    "He",
    "She",
    "They",
    "This",
    "That",
    "We",
    "I",
    "A",
    "However",
    "Its",
    "There",
    "Those",
    "These",
    "His",
    "Her",
    "Their",
    "Our",
    "Meanwhile",
    "Still",
    "Yet",
]);

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

/// Splits the tokens of `src` into sentences.
#[cfg(feature = "internals")]
pub fn split_sentences(src: &str, tokens: &[Token], lines: &[Line]) -> Vec<Sentence> {
    split_sentences_into(src, tokens, lines, Vec::new())
}

/// [`split_sentences`] into `sentences` (emptied first).
pub(crate) fn split_sentences_into(
    src: &str,
    tokens: &[Token],
    lines: &[Line],
    sentences: Vec<Sentence>,
) -> Vec<Sentence> {
    split_sentences_with::<true>(src, tokens, lines, sentences)
}

/// [`split_sentences_into`]; with `QUICK` false, every token takes the full test (the
/// reference the quick pass is tested against).
fn split_sentences_with<const QUICK: bool>(
    src: &str,
    tokens: &[Token],
    lines: &[Line],
    mut sentences: Vec<Sentence>,
) -> Vec<Sentence> {
    sentences.clear();
    sentences.reserve(tokens.len() / 15 + 1);
    let mut start = 0;
    let mut line_idx = 0;
    let bytes = src.as_bytes();
    let mut ends = EndBytes::new(bytes);
    let mut i = 0;
    while i < tokens.len() {
        if QUICK {
            // Only a token with a byte that can end a sentence in it or in the gap after
            // it can end one: the tokens before the next such byte are passed at once.
            let p = ends.next_from(tokens[i].span.start);
            while tokens.get(i + 1).is_some_and(|n| n.span.start <= p) {
                i += 1;
            }
        }
        let tok = tokens[i];
        // Nearly every token ends no sentence: one that can end none by itself, followed
        // by a token at most one byte away that is no line break, is passed at once, as the
        // full test below would pass it.
        if QUICK
            && let Some(next) = tokens.get(i + 1)
            && !may_end_sentence(bytes, tok)
            && !line_break_possible(bytes, tok, *next)
        {
            i += 1;
            continue;
        }
        let mut end = i + 1; // one past the last token of the sentence if it ends here
        let mut boundary = false;
        if tok.kind == TokenKind::Punct && is_terminal(tok.text(src)) {
            while end < tokens.len()
                && is_closer(tokens[end].text(src))
                && no_gap(src, tokens[end - 1], tokens[end])
            {
                end += 1;
            }
            boundary = match tokens.get(end) {
                None => true,
                Some(next) => {
                    !attached_to_previous(src, tokens, i) && starts_sentence(src, *next, tok)
                }
            };
        } else if tok.kind == TokenKind::Word
            && src.as_bytes()[tok.span.end - 1] == b'.'
            && tok.span.len() > 2
        {
            // A dotted abbreviation ending a sentence: "... policy of the U.S. The talks ..."
            boundary = tokens
                .get(end)
                .is_some_and(|n| SENTENCE_STARTERS.contains(n.text(src)));
        }
        let last = end - 1;
        if !boundary {
            if let Some(next) = tokens.get(end) {
                boundary = line_break_between(src, lines, &mut line_idx, tokens[last], *next);
            } else {
                boundary = true;
            }
        }
        if boundary {
            let span = Span::new(tokens[start].span.start, tokens[last].span.end);
            sentences.push(Sentence {
                span,
                tokens: start..end,
            });
            start = end;
        }
        i = end;
    }
    sentences
}

/// Where the bytes are that a sentence can end at: a stop, "!", "?", the first byte of
/// "…" (and of other three-byte punctuation) in a token, a line break in a gap. A token
/// with none of them in it or in the gap after it fails every test that ends a sentence:
/// it is no terminal mark, no dotted word, and has no line break after it.
struct EndBytes<'a> {
    bytes: &'a [u8],
    /// The next `.`, line feed or 0xE2 at or after the last position asked, and the next
    /// `!`, `?` or carriage return (the length of the text when there is none): two
    /// three-byte searches, each made again only once passed.
    stops: usize,
    marks: usize,
}

impl<'a> EndBytes<'a> {
    /// The two sets of three bytes, searched for apart (`memchr3`).
    const STOPS: [u8; 3] = [b'.', b'\n', 0xE2];
    const MARKS: [u8; 3] = [b'!', b'?', b'\r'];

    fn new(bytes: &'a [u8]) -> Self {
        let mut ends = EndBytes {
            bytes,
            stops: 0,
            marks: 0,
        };
        ends.stops = ends.find(0, Self::STOPS);
        ends.marks = ends.find(0, Self::MARKS);
        ends
    }

    fn find(&self, from: usize, [a, b, c]: [u8; 3]) -> usize {
        let rest = self.bytes.get(from..).unwrap_or_default();
        memchr::memchr3(a, b, c, rest).map_or(self.bytes.len(), |k| from + k)
    }

    /// The first such byte at or after `from` (the text's length if none is); `from`
    /// never goes back from one call to the next.
    fn next_from(&mut self, from: usize) -> usize {
        if self.stops < from {
            self.stops = self.find(from, Self::STOPS);
        }
        if self.marks < from {
            self.marks = self.find(from, Self::MARKS);
        }
        self.stops.min(self.marks)
    }
}

/// False for a token the loop's terminal tests pass over: a number, a punctuation mark
/// other than a stop, "!", "?" or one beginning as "…" does, a word that does not end in a
/// stop or has at most two bytes. Judged by bytes, without cutting out the text.
fn may_end_sentence(bytes: &[u8], tok: Token) -> bool {
    match tok.kind {
        TokenKind::Number => false,
        TokenKind::Punct => matches!(bytes[tok.span.start], b'.' | b'!' | b'?' | 0xE2),
        TokenKind::Word => tok.span.len() > 2 && bytes[tok.span.end - 1] == b'.',
    }
}

/// False when the gap between `a` and `b` is too short to hold the line structure
/// [`line_break_between`] looks for: nothing, or one byte that is no line break.
fn line_break_possible(bytes: &[u8], a: Token, b: Token) -> bool {
    match b.span.start - a.span.end {
        0 => false,
        1 => matches!(bytes[a.span.end], b'\n' | b'\r'),
        _ => true,
    }
}

fn no_gap(src: &str, a: Token, b: Token) -> bool {
    src.get(a.span.end..b.span.start).is_some_and(str::is_empty)
}

/// True when the stop at `i` belongs to the word before it (abbreviation, initial).
fn attached_to_previous(src: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].text(src) != "." || i == 0 || !no_gap(src, tokens[i - 1], tokens[i]) {
        return false;
    }
    let prev = tokens[i - 1];
    if prev.kind != TokenKind::Word {
        return false;
    }
    let word = prev.text(src);
    super::word::is_initial(word) || (word.len() <= 6 && word.is_ascii() && ABBREVIATIONS.contains_lowercase(word))
}

/// Whether `next` can begin a new sentence after the terminal token `stop`.
fn starts_sentence(src: &str, next: Token, stop: Token) -> bool {
    if next.span.start == stop.span.end
        && stop.kind == TokenKind::Punct
        && next.kind != TokenKind::Punct
    {
        return false; // "Yahoo!Inc" or "3.x": no space, no break
    }
    let t = next.text(src);
    match t.chars().next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        // "Birmingham, Ala., killed": a stop before a comma ends an abbreviation, never a
        // sentence.
        Some(',' | ';' | ':') => false,
        Some(c) => {
            matches!(
                c,
                '"' | '“' | '‘' | '\'' | '(' | '[' | '-' | '–' | '—' | '*' | '•'
            ) || !c.is_alphabetic()
        }
        None => false,
    }
}

/// Whether the line structure between `a` and `b` ends a sentence.
fn line_break_between(src: &str, lines: &[Line], line_idx: &mut usize, a: Token, b: Token) -> bool {
    let gap = &src.as_bytes()[a.span.end..b.span.start];
    // Nearly every gap is empty or one space.
    if gap.len() < 2 && gap.first().is_none_or(|&c| c != b'\n' && c != b'\r') {
        return false;
    }
    let breaks = gap.iter().filter(|&&c| c == b'\n' || c == b'\r').count();
    if breaks == 0 {
        return false;
    }
    let crlf = gap.windows(2).filter(|w| w == b"\r\n").count();
    if breaks - crlf >= 2 {
        return true; // blank line
    }
    while *line_idx + 1 < lines.len() && lines[*line_idx].span.end < a.span.end {
        *line_idx += 1;
    }
    let Some(line) = lines.get(*line_idx) else {
        return true;
    };
    let line_text = line.span.text(src).trim();
    let ends_open = !line_text.ends_with(['.', '!', '?', ':', ';', '"', '”']);
    let next_line = &src[b.span.start..];
    // A numbered item ("12." or "3)") shows in the line's first four bytes: the search for
    // its stop looks no further, or lines with no stop at all would each be searched to
    // the end of the text.
    let head = &next_line.as_bytes()[..next_line.len().min(4)];
    let next_is_item = next_line.starts_with(['-', '*', '•', '–', '—', '#'])
        || head
            .iter()
            .position(|&c| c == b'.' || c == b')')
            .is_some_and(|k| k > 0 && head[..k].iter().all(u8::is_ascii_digit));
    let wrapped =
        line_text.chars().count() >= 50 && ends_open && !next_is_item && line.indent(src) == 0;
    !wrapped
}

#[cfg(test)]
mod tests {
    use super::super::analyze;
    use super::split_sentences_with;

    fn sentences(src: &str) -> Vec<&str> {
        analyze(src)
            .sentences
            .iter()
            .map(|s| s.span.text(src))
            .collect()
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "plain",
                "Talks began. They ended.",
                &["Talks began.", "They ended."],
            ),
            (
                "title abbreviation",
                "Dr. Smith spoke. Gen. Lee left.",
                &["Dr. Smith spoke.", "Gen. Lee left."],
            ),
            (
                "a stop before a comma",
                "A bombing in Birmingham, Ala., killed a guard; in Wash.; at 3 p.m.: a blast.",
                &["A bombing in Birmingham, Ala., killed a guard; in Wash.; at 3 p.m.: a blast."],
            ),
            (
                "initials",
                "John F. Kennedy spoke.",
                &["John F. Kennedy spoke."],
            ),
            (
                "dotted abbreviation inside",
                "U.S. officials met. Talks went on.",
                &["U.S. officials met.", "Talks went on."],
            ),
            (
                "dotted abbreviation at end",
                "He left the U.S. The talks failed.",
                &["He left the U.S.", "The talks failed."],
            ),
            (
                "month abbreviation",
                "On Jan. 5 talks began.",
                &["On Jan. 5 talks began."],
            ),
            (
                "decimal",
                "It grew 3.5 percent. Then fell.",
                &["It grew 3.5 percent.", "Then fell."],
            ),
            (
                "e.g.",
                "Groups, e.g. Hamas, met.",
                &["Groups, e.g. Hamas, met."],
            ),
            (
                "quote closes",
                "\"We will go.\" She left.",
                &["\"We will go.\"", "She left."],
            ),
            ("question", "Why? Because.", &["Why?", "Because."]),
            (
                "lowercase after stop",
                "the U.S. is here. and more",
                &["the U.S. is here. and more"],
            ),
            (
                "heading line",
                "Public Sentiment\nOpinion varies.",
                &["Public Sentiment", "Opinion varies."],
            ),
            (
                "blank line",
                "First part\n\nsecond part",
                &["First part", "second part"],
            ),
            (
                "hard wrapped",
                "The negotiations that began in Cairo last week were\nextended by two days.",
                &["The negotiations that began in Cairo last week were\nextended by two days."],
            ),
            (
                "list items",
                "Key players include:\n- Hamas\n- Israel",
                &["Key players include:", "- Hamas", "- Israel"],
            ),
            (
                "numbered item after a long open line",
                "The negotiations that began in Cairo last week were\n3) extended by two days",
                &[
                    "The negotiations that began in Cairo last week were",
                    "3) extended by two days",
                ],
            ),
            (
                "a number too long for an item number: still wrapped",
                "The negotiations that began in Cairo last week were\n2025) extended by two days",
                &[
                    "The negotiations that began in Cairo last week were\n2025) extended by two days",
                ],
            ),
            (
                "a stop after the first four bytes: still wrapped",
                "The negotiations that began in Cairo last week were\nextended. By two days",
                &[
                    "The negotiations that began in Cairo last week were\nextended.",
                    "By two days",
                ],
            ),
        ];
        for (name, src, want) in cases {
            assert_eq!(&sentences(src), want, "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_quick_pass_splits_as_the_full_test_does(
            text in crate::text::texts_of(&[
                "Talks", " ", "  ", "\n", "\r\n", "\r", "\n\n", ".", "!", "?", "…", "”", ")", "\t",
                "U.S.", "Dr", "J", "e.g.", "2025", "3)", "- ", "“", "–", "said", "ok.",
                "long line of words without a stop here",
            ], 40),
        ) {
            let tokens = crate::text::tokenize(&text);
            let lines = crate::text::split_lines(&text);
            let quick = split_sentences_with::<true>(&text, &tokens, &lines, Vec::new());
            let full = split_sentences_with::<false>(&text, &tokens, &lines, Vec::new());
            proptest::prop_assert_eq!(quick, full);
        }
    }
}
