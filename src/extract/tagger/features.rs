//! The tagger's features: for each token of a segment, a list of hashed feature ids.
//!
//! Training (`examples/train_tagger.rs`) and tagging call this one function, so the two
//! can never disagree. To add a feature, push one more `f.add(TEMPLATE, value)` below with
//! a template number not used yet, then retrain: old models simply never saw it.

use super::{Mark, Segment};
use crate::span::Span;
use crate::text::Token;

/// The hashed features of a segment's tokens: one run of ids per token, in one vector.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    ids: Vec<u32>,
    /// Where each token's run ends in `ids`.
    ends: Vec<usize>,
}

impl Features {
    /// Tokens in the segment.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True for a segment of no token.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The features of each token, in order.
    pub fn tokens(&self) -> impl Iterator<Item = &[u32]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(a, &b)| &self.ids[a..b])
    }
}

/// What the features of a segment are read from: the article's tokens and what the rules
/// and lists said about each of them.
pub struct Sources<'a> {
    /// The article text.
    pub src: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// For each token, what the rules made of it.
    pub marks: &'a [Mark],
    /// For each token, the gazetteer's kinds of names covering it (bits of [`gaz`]).
    pub gazetteer: &'a [u8],
    /// For each token, true when it is a given name of the name lists.
    pub given: &'a [bool],
    /// For each token, the marks the rules gave the same word anywhere in the article
    /// (a bit for each [`Mark`] kind, a given name apart: [`GIVEN_IN_NAME`]), and whether
    /// the word is seen in lower case there.
    pub memory: &'a [u16],
    /// For each token, true when it begins a sentence.
    pub initial: &'a [bool],
    /// For each token, true when it is in the title or a heading.
    pub heading: &'a [bool],
}

/// The gazetteer bits of [`Sources::gazetteer`].
pub mod gaz {
    /// A place that is not a country.
    pub const PLACE: u8 = 1;
    /// A country.
    pub const COUNTRY: u8 = 2;
    /// A curated organization.
    pub const ORG: u8 = 4;
    /// A group or a demonym.
    pub const GROUP: u8 = 8;
    /// The token begins the name.
    pub const FIRST: u8 = 16;
}

/// The bit of [`Sources::memory`] that says the word opens a person's longer name
/// somewhere, where [`super::Mark::kind_bit`]'s person bit says it is a surname or a name
/// alone.
pub const GIVEN_IN_NAME: u16 = 1 << 14;

/// The bit of [`Sources::memory`] that says the word is written in lower case somewhere.
pub const SEEN_LOWER: u16 = 1 << 15;

/// Accumulates hashed features for one token.
struct Hasher<'f> {
    out: &'f mut Vec<u32>,
}

impl Hasher<'_> {
    fn add(&mut self, template: u32, value: &str) {
        self.add_bytes(template, value.as_bytes());
    }

    fn add_bytes(&mut self, template: u32, value: &[u8]) {
        // FNV-1a over the template and the value: stable across builds and platforms,
        // which the model file depends on.
        let mut h = 0x811c_9dc5u32 ^ template.wrapping_mul(0x9e37_79b9);
        for &b in value {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        self.out.push(h | 1); // 0 marks an empty slot of the model's table
    }

    fn add_num(&mut self, template: u32, value: u32) {
        self.add_bytes(template, &value.to_le_bytes());
    }
}

/// The word's shape: capitals as `X`, lower case as `x`, digits as `d`, runs of one class
/// shortened to two ("Xxxxx" → "Xxx", "U.S." → "X.X.").
fn shape(word: &str, out: &mut String) {
    out.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        run = if k == last { run + 1 } else { 1 };
        last = k;
        if run <= 2 {
            out.push(k);
        }
    }
}

fn lower(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// The last `n` characters of `word`, when it has more than `n`.
fn suffix(word: &str, n: usize) -> Option<&str> {
    let (at, _) = word.char_indices().rev().nth(n)?;
    let from = at + word[at..].chars().next().map_or(0, char::len_utf8);
    Some(&word[from..])
}

/// The text of token `i`, or a marker past either end of the article.
fn word_at<'a>(s: &Sources<'a>, i: isize) -> &'a str {
    if i < 0 {
        return "<s>";
    }
    match s.tokens.get(i as usize) {
        Some(t) => t.text(s.src),
        None => "</s>",
    }
}

/// The features of each token of `segment`.
pub fn of_segment(s: &Sources, segment: &Segment) -> Features {
    let mut all = Features {
        ids: Vec::with_capacity(24 * segment.tokens.len()),
        ends: Vec::with_capacity(segment.tokens.len()),
    };
    let (mut lw, mut sh, mut tmp) = (String::new(), String::new(), String::new());
    let (first, last) = (segment.tokens.start, segment.tokens.end - 1);
    for i in segment.tokens.clone() {
        let mut f = Hasher { out: &mut all.ids };
        let w = s.tokens[i].text(s.src);
        lower(w, &mut lw);
        shape(w, &mut sh);
        f.add(0, "");
        f.add(1, w);
        f.add(2, &lw);
        f.add(3, &sh);
        for n in 3..=4 {
            if let Some(end) = suffix(&lw, n) {
                f.add(3 + n as u32, end); // 6, 7: suffixes
            }
        }
        let ii = i as isize;
        for (template, d) in [(9, -1), (10, 1)] {
            lower(word_at(s, ii + d), &mut tmp);
            f.add(template, &tmp);
        }
        let prev = word_at(s, ii - 1);
        shape(prev, &mut tmp);
        tmp.push('|');
        tmp.push_str(&sh);
        f.add(13, &tmp);
        shape(word_at(s, ii + 1), &mut tmp);
        tmp.insert(0, '|');
        tmp.insert_str(0, &sh);
        f.add(14, &tmp);
        lower(prev, &mut tmp);
        tmp.push('|');
        tmp.push_str(&lw);
        f.add(15, &tmp);
        // Place in the segment, and its length.
        let place = u32::from(i == first) | u32::from(i == last) << 1;
        let len = (segment.tokens.len() as u32).min(5);
        f.add_num(16, place | len << 2);
        f.add_num(17, u32::from(s.initial[i]) | u32::from(s.heading[i]) << 1);
        if s.gazetteer[i] != 0 {
            f.add_num(19, u32::from(s.gazetteer[i]) | (place << 8));
        }
        if s.given[i] {
            f.add_num(20, place);
        }
        let mark = s.marks[i];
        f.add_num(22, mark.code() | place << 8);
        f.add_num(23, u32::from(s.memory[i]));
        // The rules' mark of the neighbours: a name the rules found ends here or not.
        f.add_num(24, s.marks.get(i + 1).map_or(99, |m| m.code()));
        f.add_num(25, if i > 0 { s.marks[i - 1].code() } else { 99 });
        all.ends.push(all.ids.len());
    }
    all
}

/// The span from the first to the last of `tokens`.
pub fn span_of(tokens: &[Token], range: std::ops::Range<usize>) -> Span {
    Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    )
}

#[cfg(test)]
mod tests {
    use super::shape;

    #[test]
    fn shape_table() {
        let cases = [
            ("Cairo", "Xxx"),
            ("U.S.", "X.X."),
            ("IBM", "XX"),
            ("1990s", "ddx"),
            ("al-Sisi", "xx-Xxx"),
            ("McDonald", "XxXxx"),
            ("", ""),
        ];
        let mut out = String::new();
        for (word, want) in cases {
            shape(word, &mut out);
            assert_eq!(out, want, "{word}");
        }
    }
}
