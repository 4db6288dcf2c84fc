//! Word boundaries: where a word token ends. Kept free of any other module so that the
//! build script, which indexes gazetteer names by their first word, cuts names exactly
//! as the tokenizer cuts text.

/// A straight or curly apostrophe.
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Length in bytes of a dotted abbreviation such as "U.S." or "a.m." at the start of `s`.
pub fn dotted_abbreviation(s: &str) -> usize {
    // Almost every word fails at its second byte: an ASCII letter not followed by a stop.
    if let [first, second, ..] = s.as_bytes()
        && first.is_ascii()
        && *second != b'.'
    {
        return 0;
    }
    let mut len = 0;
    let mut pairs = 0;
    let mut it = s.char_indices();
    while let Some((_, c)) = it.next() {
        if !c.is_alphabetic() {
            break;
        }
        match it.next() {
            Some((j, '.')) => {
                pairs += 1;
                len = j + 1;
            }
            _ => break,
        }
    }
    if pairs >= 2 { len } else { 0 }
}

/// The first token of `s` when it is a word (no leading space): what the tokenizer would
/// cut, without allocating. Used to index names by their first word.
pub fn first_word(s: &str) -> Option<&str> {
    let c = s.chars().next()?;
    if !c.is_alphabetic() {
        return None;
    }
    let abbr = dotted_abbreviation(s);
    let end = if abbr > 0 { abbr } else { word_end(s, 0) };
    Some(&s[..end])
}

/// End of a word starting at `i`: alphanumerics joined by inner hyphens and apostrophes.
#[inline]
pub fn word_end(src: &str, mut i: usize) -> usize {
    let bytes = src.as_bytes();
    // ASCII letters and digits, the bulk of English text, eight bytes at a time: the
    // first byte that is neither ends the loop at once, with no branch per byte.
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        let other = !(ascii_letters(x) | ascii_digits(x)) & 0x8080_8080_8080_8080;
        if other == 0 {
            i += 8;
            continue;
        }
        i += other.trailing_zeros() as usize / 8;
        return match ASCII_CLASS[usize::from(bytes[i])] {
            END => i,
            _ => word_end_by_chars(src, i),
        };
    }
    while let Some(&b) = bytes.get(i) {
        match ASCII_CLASS[usize::from(b)] {
            WORD => i += 1,
            END => return i,
            _ => return word_end_by_chars(src, i),
        }
    }
    i
}

/// [`word_end`] from a hyphen, apostrophe or non-ASCII character on: kept out of line so
/// that the ASCII loop above stays small where it is inlined.
#[inline(never)]
fn word_end_by_chars(src: &str, mut i: usize) -> usize {
    let mut chars = src[i..].chars().peekable();
    while let Some(c) = chars.next() {
        let joins =
            (c == '-' || is_apostrophe(c)) && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if joins || !is_common_punctuation(c) && (c.is_alphanumeric() || is_mark(c)) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// What an ASCII byte does to a word: continues it (letters, digits), ends it, or needs a
/// closer look (a hyphen or apostrophe may join two parts; a non-ASCII byte begins a
/// character to decode).
const WORD: u8 = 0;
const END: u8 = 1;
const LOOK: u8 = 2;

const ASCII_CLASS: [u8; 256] = {
    let mut class = [LOOK; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else if b as u8 == b'-' || b as u8 == b'\'' {
            LOOK
        } else {
            END
        };
        b += 1;
    }
    class
};

/// Dashes, curly quotes, bullets and the ellipsis (U+2010 to U+2027): the non-ASCII
/// characters news text holds most, none of them a letter, digit, mark or space. Asked
/// first, it spares them the Unicode tables' slow look-up.
pub fn is_common_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{2027}').contains(&c)
}

/// Combining marks stay inside the word they modify.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The first eight bytes of `bytes` as a little-endian word, zero-padded past its end:
/// for the eight-at-a-time tests below and for compares of short byte strings in one step.
/// (A zero byte is neither letter nor digit, and no word or name holds one.)
pub fn first_eight(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(head) => u64::from_le_bytes(*head),
        // Two loads that may overlap (the bytes they share are the same), rather than a
        // copy of a length known only at run time, which is a call to memcpy.
        None => {
            let n = bytes.len();
            let (lo, hi) = match n {
                4.. => (
                    u64::from(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])),
                    u64::from(u32::from_le_bytes([
                        bytes[n - 4],
                        bytes[n - 3],
                        bytes[n - 2],
                        bytes[n - 1],
                    ])) << (8 * (n - 4)),
                ),
                2.. => (
                    u64::from(u16::from_le_bytes([bytes[0], bytes[1]])),
                    u64::from(u16::from_le_bytes([bytes[n - 2], bytes[n - 1]])) << (8 * (n - 2)),
                ),
                1 => (u64::from(bytes[0]), 0),
                _ => (0, 0),
            };
            lo | hi
        }
    }
}

/// [`first_eight`] with spaces, not zeros, past the end of a short `bytes`: for the
/// eight-at-a-time tests a zero byte would trip (a control character, a word byte), where a
/// space trips none of them.
pub fn first_eight_spaced(bytes: &[u8]) -> u64 {
    const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    let pad = SPACES
        .checked_shl(8 * bytes.len().min(8) as u32)
        .unwrap_or(0);
    first_eight(bytes) | pad
}

/// The high bit of each byte of `x` set where that byte is an ASCII letter.
pub fn ascii_letters(x: u64) -> u64 {
    // Fold case first: the letters are then one range.
    bytes_in_range(x | 0x2020_2020_2020_2020, b'a', b'z') & !x
}

/// The high bit of each byte of `x` set where that byte is an ASCII capital letter.
pub fn ascii_capitals(x: u64) -> u64 {
    bytes_in_range(x, b'A', b'Z') & !x
}

/// The high bit of each byte of `x` set where that byte is ASCII white space, as
/// `char::is_whitespace` has it: space, tab, line feed, vertical tab, form feed, return.
pub fn ascii_spaces(x: u64) -> u64 {
    (bytes_in_range(x, 0x09, 0x0D) | bytes_in_range(x, b' ', b' ')) & !x
}

/// The high bit of each byte of `x` set where that byte is an ASCII digit.
pub fn ascii_digits(x: u64) -> u64 {
    bytes_in_range(x, b'0', b'9') & !x
}

/// The high bit of each byte of `x` set where its low seven bits lie in `lo..=hi`
/// (`hi` < 0x80). Masking the high bits first keeps the sums from carrying between bytes.
fn bytes_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & !HIGH;
    let at_least_lo = low + ONES * u64::from(0x80 - lo);
    let beyond_hi = low + ONES * u64::from(0x7F - hi);
    at_least_lo & !beyond_hi & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_eight_pads_every_length_with_zeros_or_spaces() {
        let bytes = b"abcdefghij";
        for n in 0..=bytes.len() {
            let kept = n.min(8);
            for (pad, got) in [
                (0u8, first_eight(&bytes[..n])),
                (b' ', first_eight_spaced(&bytes[..n])),
            ] {
                let mut want = [pad; 8];
                want[..kept].copy_from_slice(&bytes[..kept]);
                assert_eq!(
                    got,
                    u64::from_le_bytes(want),
                    "{n} bytes, padded with {pad}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_end_matches_the_char_by_char_rule(
            text in crate::text::texts_of(&[
                "a", "Z", "7", "-", "'", "’", " ", ".", "é", "\u{301}", "_", "@", "[", "`",
                "{", "\u{7f}", "\0", "longerword", "x9",
            ], 40),
            start in 0usize..40,
        ) {
            let start = (0..=start.min(text.len())).rev().find(|&i| text.is_char_boundary(i));
            let start = start.unwrap_or(0);
            proptest::prop_assert_eq!(word_end(&text, start), word_end_by_chars(&text, start));
        }
    }

    #[test]
    fn common_punctuation_is_no_letter_digit_mark_or_space() {
        for c in '\u{2010}'..='\u{2027}' {
            assert!(is_common_punctuation(c));
            assert!(
                !c.is_alphanumeric() && !is_mark(c) && !c.is_whitespace(),
                "{c:?}"
            );
        }
        assert!(!is_common_punctuation('\u{200F}') && !is_common_punctuation('\u{2028}'));
    }

    #[test]
    fn ascii_letters_and_digits_mark_exactly_those_bytes() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let x = u64::from(b) << (8 * k) | 0x2020_2020_2020_2020 & !(0xFF << (8 * k));
                let want = if b.is_ascii_alphabetic() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                assert_eq!(ascii_letters(x), want, "byte {b:#x} at {k}");
                let want = if b.is_ascii_digit() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                assert_eq!(ascii_digits(x), want, "byte {b:#x} at {k}");
                let want = if b.is_ascii_uppercase() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                assert_eq!(ascii_capitals(x), want, "byte {b:#x} at {k}");
                let want = if b.is_ascii() && char::from(b).is_whitespace() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                // The other bytes of `x` are spaces: only byte `k` is asked about.
                let others = ascii_spaces(x) & !(0xFF << (8 * k));
                assert_eq!(
                    ascii_spaces(x) & (0xFF << (8 * k)),
                    want,
                    "byte {b:#x} at {k}"
                );
                assert_eq!(others, 0x8080_8080_8080_8080 & !(0xFF << (8 * k)));
            }
        }
    }
}
