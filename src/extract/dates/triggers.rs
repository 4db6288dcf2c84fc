//! The trigger scan: which of the rules' trigger words and digit shapes each sentence
//! holds, and where, so that each rule searches only the sentences (and the windows of
//! them) where it can match.

use std::sync::LazyLock;

use super::rules::RULES;
use crate::ascii::{self, first_eight};
use crate::span::Span;

/// The trigger that stands for "any ASCII digit".
pub(super) const DIGIT: &str = "0-9";
/// A digit after a hyphen, as in "2025-03-03".
pub(super) const DASH_DIGIT: &str = "-0-9";
/// A digit after a slash, as in "3/4/2025".
pub(super) const SLASH_DIGIT: &str = "/0-9";
/// A colon before a digit 0-5, the first digit of minutes, as in "10:30".
pub(super) const MINUTES: &str = ":0-5";
/// "0s", the end of a decade, as in "1990s".
pub(super) const DECADE_END: &str = "0s";
/// Four digits alone beginning with 1 or 20, a possible year.
pub(super) const YEAR: &str = "1000-2099";

/// Triggers that are shapes of characters, not words, with their bits (the top bits of a
/// sentence's trigger mask). A rule that needs a date-like number names the shape its
/// pattern cannot match without, so most sentences with digits are not searched by it.
pub(super) const SHAPES: [(&str, u128); 6] = [
    (DIGIT, 1 << 127),
    (DASH_DIGIT, 1 << 126),
    (SLASH_DIGIT, 1 << 125),
    (MINUTES, 1 << 124),
    (DECADE_END, 1 << 123),
    (YEAR, 1 << 122),
];

/// The bits available to trigger words, below the shapes'.
pub(super) const WORD_BITS: usize = 128 - SHAPES.len();

/// The mask bit of trigger word `i` (of the sorted words). Past [`WORD_BITS`] words, words
/// share bits: a sentence with one of them then counts as holding the others, which
/// costs a search that finds nothing, never a match.
pub(super) fn word_bit(i: usize) -> u128 {
    1 << (i % WORD_BITS)
}

/// The shapes the digit at `text[k]` makes with its neighbours, as mask bits.
pub(super) fn digit_shapes(text: &[u8], k: usize) -> u128 {
    let b = text[k];
    let mut bits = SHAPES[0].1;
    match k.checked_sub(1).map(|j| text[j]) {
        Some(b'-') => bits |= SHAPES[1].1,
        Some(b'/') => bits |= SHAPES[2].1,
        Some(b':') if b <= b'5' => bits |= SHAPES[3].1,
        _ => {}
    }
    if b == b'0' && text.get(k + 1) == Some(&b's') {
        bits |= SHAPES[4].1;
    }
    // The first digit of a run of exactly four: 1xxx or 20xx.
    let run_start = k == 0 || !text[k - 1].is_ascii_digit();
    if run_start
        && text
            .get(k + 1..k + 4)
            .is_some_and(|r| r.iter().all(u8::is_ascii_digit))
        && !text.get(k + 4).is_some_and(u8::is_ascii_digit)
        && (b == b'1' || (b == b'2' && text[k + 1] == b'0'))
    {
        bits |= SHAPES[5].1;
    }
    bits
}

/// The indices of the set bits of `words`, bit `i` of word `w` being `64 * w + i`, in order.
pub(super) fn set_bits(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(w, &word)| {
        let mut bits = word;
        std::iter::from_fn(move || {
            let i = bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            (i < 64).then_some(64 * w + i)
        })
    })
}

/// A trigger mask as two words for [`set_bits`], its low bits first.
pub(super) fn halves(mask: u128) -> [u64; 2] {
    [mask as u64, (mask >> 64) as u64]
}

/// Each rule's trigger mask (bit `i` for trigger word `i`, the top bits for [`SHAPES`];
/// `None` for a rule that always runs) and the mask of its needs, and the same turned
/// round: for each trigger, the rules it calls for.
pub(super) struct RuleMasks {
    /// For each rule, (its triggers, its needs).
    pub(super) each: Vec<(Option<u128>, u128)>,
    /// For each trigger bit, the rules (bit `r` for rule `r`) it triggers.
    pub(super) triggered_by: [u64; 128],
    /// The rules that always run.
    pub(super) untriggered: u64,
    /// For each trigger bit, the rules whose needs it meets.
    pub(super) met_by: [u64; 128],
    /// The rules that need nothing.
    pub(super) needless: u64,
}

impl RuleMasks {
    pub(super) fn new(each: Vec<(Option<u128>, u128)>) -> Self {
        let (mut triggered_by, mut met_by) = ([0; 128], [0; 128]);
        let (mut untriggered, mut needless) = (0, 0);
        for (r, &(any, needs)) in each.iter().enumerate() {
            match any {
                Some(any) => set_bits(&halves(any)).for_each(|b| triggered_by[b] |= 1 << r),
                None => untriggered |= 1 << r,
            }
            match needs {
                0 => needless |= 1 << r,
                _ => set_bits(&halves(needs)).for_each(|b| met_by[b] |= 1 << r),
            }
        }
        RuleMasks {
            each,
            triggered_by,
            untriggered,
            met_by,
            needless,
        }
    }

    /// The rules worth running on text with the triggers of `mask` (bit `r` for rule `r`):
    /// each rule with no triggers or one of them in `mask`, whose needs are none or one of
    /// them in `mask`.
    pub(super) fn wanted(&self, mask: u128) -> u64 {
        let (mut triggered, mut met) = (self.untriggered, self.needless);
        for b in set_bits(&halves(mask)) {
            triggered |= self.triggered_by[b];
            met |= self.met_by[b];
        }
        triggered & met
    }
}

/// The trigger words, and the rules' trigger masks.
pub(super) static TRIGGERS: LazyLock<(TriggerWords, RuleMasks)> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = RULES
        .iter()
        .flat_map(|r| r.triggers.iter().chain(r.needs).copied())
        .filter(|t| !SHAPES.iter().any(|(shape, _)| shape == t))
        .collect();
    words.sort_unstable();
    words.dedup();
    let mask_of = |triggers: &[&str]| {
        triggers.iter().fold(0u128, |mask, t| {
            let shape = SHAPES.iter().find(|(shape, _)| shape == t);
            mask | shape.map_or_else(
                || words.binary_search(t).map_or(0, word_bit),
                |(_, bit)| *bit,
            )
        })
    };
    let masks = RULES
        .iter()
        .map(|r| {
            let any = (!r.triggers.is_empty()).then(|| mask_of(r.triggers));
            (any, mask_of(r.needs))
        })
        .collect();
    (TriggerWords::new(&words), RuleMasks::new(masks))
});

/// Trigger words by their first two letters, for a test at each word start: the words are
/// few and short, and only a word start can begin one.
pub(super) struct TriggerWords {
    /// For each bucket ([`TriggerWords::bucket`]), its range in `words`.
    pub(super) buckets: Vec<Bucket>,
    /// The words, by bucket.
    pub(super) words: Vec<TriggerWord>,
}

/// The trigger words that begin with one pair of letters.
#[derive(Clone, Copy, Default)]
pub(super) struct Bucket {
    /// Their range in [`TriggerWords::words`].
    pub(super) from: u16,
    pub(super) to: u16,
    /// Bit `i` set when one of them has third letter `i` ([`LETTER_INDEX`]), or is two
    /// letters long (all bits). Most words that share a bucket's first two letters ("the"
    /// with "thursday") are turned away by this one test, without a compare that a
    /// processor cannot predict.
    pub(super) thirds: u32,
}

/// One trigger word, its first eight bytes packed for a case-blind compare in one step.
#[derive(Clone)]
pub(super) struct TriggerWord {
    /// The first eight bytes (little-endian), zero past the word's end.
    pub(super) head: u64,
    /// 0x20 at the letters of `head`: OR-ing it into a text's bytes folds the case of
    /// exactly those letters and nothing else.
    pub(super) fold: u64,
    /// 0xFF over the bytes of `head`.
    pub(super) keep: u64,
    /// The whole word, for words longer than eight bytes.
    pub(super) word: &'static [u8],
    pub(super) bit: u128,
}

/// For an ASCII letter its place in the alphabet (0-25), for any other byte 26.
pub(super) const LETTER_INDEX: [u8; 256] = {
    let mut index = [26u8; 256];
    let mut b = 0;
    while b < 26 {
        index[b'a' as usize + b] = b as u8;
        index[b'A' as usize + b] = b as u8;
        b += 1;
    }
    index
};

impl TriggerWords {
    /// `words`, each beginning with an ASCII letter: a lower-case letter matches either
    /// case, a capital only itself.
    pub(super) fn new(words: &[&'static str]) -> Self {
        let mut by_bucket: Vec<(usize, TriggerWord)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let bytes = w.as_bytes();
                let (mut head, mut fold, mut keep) = (0u64, 0u64, 0u64);
                for (k, &b) in bytes.iter().take(8).enumerate() {
                    head |= u64::from(b) << (8 * k);
                    keep |= 0xFF << (8 * k);
                    if b.is_ascii_lowercase() {
                        fold |= 0x20 << (8 * k);
                    }
                }
                let bucket = Self::bucket(first_eight(bytes));
                let word = TriggerWord {
                    head,
                    fold,
                    keep,
                    word: bytes,
                    bit: word_bit(i),
                };
                (bucket, word)
            })
            .collect();
        by_bucket.sort_by_key(|(bucket, _)| *bucket);
        let mut buckets = vec![Bucket::default(); 27 * 27];
        for (k, (bucket, w)) in by_bucket.iter().enumerate() {
            let b = &mut buckets[*bucket];
            if b.from == b.to {
                b.from = k as u16;
            }
            b.to = k as u16 + 1;
            b.thirds |= match w.word.get(2) {
                Some(&third) => 1 << LETTER_INDEX[usize::from(third)],
                None => u32::MAX,
            };
        }
        TriggerWords {
            buckets,
            words: by_bucket.into_iter().map(|(_, w)| w).collect(),
        }
    }

    /// The bucket of a text by its first two bytes, given as the low bytes of `head` (a
    /// text's [`first_eight`]: a missing byte is 0, which is no letter); at least 26 * 27
    /// unless the first is an ASCII letter.
    pub(super) fn bucket(head: u64) -> usize {
        let first = LETTER_INDEX[usize::from(head as u8)];
        let second = LETTER_INDEX[usize::from((head >> 8) as u8)];
        usize::from(first) * 27 + usize::from(second)
    }

    /// The bits of the words `text` begins with, case folded as [`TriggerWords::new`] says
    /// ("Years" gives "year", "may" not "May").
    #[inline]
    pub(super) fn at(&self, text: &[u8]) -> u128 {
        // One load gives the first three letters and the compare's eight bytes.
        let head = first_eight(text);
        let bucket = self.buckets[Self::bucket(head)];
        let third = LETTER_INDEX[usize::from((head >> 16) as u8)];
        if bucket.thirds & (1 << third) == 0 {
            return 0;
        }
        let (from, to) = (bucket.from, bucket.to);
        let mut mask = 0;
        for w in &self.words[usize::from(from)..usize::from(to)] {
            if (head | w.fold) & w.keep == w.head
                && (w.word.len() <= 8
                    || text
                        .get(..w.word.len())
                        .is_some_and(|t| t.eq_ignore_ascii_case(w.word)))
            {
                mask |= w.bit;
            }
        }
        mask
    }
}

/// The triggers of each sentence: which it contains, and where.
pub(super) struct SentenceTriggers {
    /// For each sentence, the mask of the triggers it contains.
    pub(super) masks: Vec<u128>,
    /// Each place a trigger word or a shape other than a bare digit begins, as (byte
    /// offset in its sentence, mask of the triggers there), sentence after sentence.
    pub(super) hits: Vec<(usize, u128)>,
    /// For each sentence, where its hits begin in `hits`; one more at the end.
    pub(super) bounds: Vec<usize>,
}

impl SentenceTriggers {
    /// The hits of sentence `i`.
    pub(super) fn hits(&self, i: usize) -> &[(usize, u128)] {
        &self.hits[self.bounds[i]..self.bounds[i + 1]]
    }
}

/// The triggers of each sentence. A word trigger must begin a word: "mar" in "summary" is
/// no month, "am" in "Hamas" no time; but it may run on, as in "years" or "Monday", and a
/// word may begin after a hyphen ("mid-March").
pub(super) fn sentence_triggers(src: &str, sentences: &[Span]) -> SentenceTriggers {
    let (words, _) = &*TRIGGERS;
    let bytes = src.as_bytes();
    let digit = SHAPES[0].1;
    let mut found = SentenceTriggers {
        masks: Vec::with_capacity(sentences.len()),
        // About one trigger in 110 bytes of news; room for one in 64 seldom grows.
        hits: Vec::with_capacity(src.len() / 64),
        bounds: Vec::with_capacity(sentences.len() + 1),
    };
    for s in sentences {
        found.bounds.push(found.hits.len());
        let text = s.text(src).as_bytes();
        let mut mask = 0;
        let mut after_letter = s.start > 0 && bytes[s.start - 1].is_ascii_alphabetic();
        // Eight bytes at a time (the last chunk zero-padded): the letters that follow no
        // letter begin words, and each digit is looked at for its shapes.
        // The text from the sentence's start on: a trigger word is read as far as it goes.
        let from_start = &bytes[s.start..];
        let mut at = 0;
        while at < text.len() {
            let x = first_eight(&text[at..]);
            let letters = ascii::letters(x);
            let mut starts = letters & !(letters << 8 | u64::from(after_letter) << 7);
            while starts != 0 {
                let k = at + starts.trailing_zeros() as usize / 8;
                let here = words.at(&from_start[k..]);
                if here != 0 {
                    mask |= here;
                    found.hits.push((k, here));
                }
                starts &= starts - 1;
            }
            let mut digits = ascii::digits(x);
            while digits != 0 {
                let k = at + digits.trailing_zeros() as usize / 8;
                let here = digit_shapes(text, k);
                mask |= here;
                // A bare digit is only ever needed, never a trigger: not worth a place.
                if here != digit {
                    found.hits.push((k, here));
                }
                digits &= digits - 1;
            }
            after_letter = letters >> 63 != 0;
            at += 8;
        }
        found.masks.push(mask);
    }
    found.bounds.push(found.hits.len());
    found
}

/// Where a search for a match that holds the trigger at `pos` of `text` may begin: the
/// start of the run of non-white-space that holds the trigger, `runs` runs of white space
/// further back. Only ASCII white space ends a run here, so the window is never narrower
/// than the patterns' `\s` makes it.
///
/// The walk stops at `floor` (the search's first untried place), so that the windows of a
/// sentence's triggers are walked over once in all, not once each: a run of digits and
/// slashes with no white space ("1/1/1/…") would otherwise be walked back to the sentence
/// start for every trigger in it, quadratic in its length.
pub(super) fn window_start(text: &[u8], pos: usize, runs: u8, floor: usize) -> usize {
    let mut i = pos;
    let mut left = runs;
    if i <= floor {
        return i;
    }
    loop {
        while i > floor && !text[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        if left == 0 || i == floor {
            return i;
        }
        while i > floor && text[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        left -= 1;
    }
}
