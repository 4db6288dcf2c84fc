//! Word boundaries: where a word token ends. Kept free of any other module but
//! [`crate::ascii`] so that the build script, which indexes gazetteer names by their first
//! word, cuts names exactly as the tokenizer cuts text.

use crate::ascii;

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
        let other = !(ascii::letters(x) | ascii::digits(x)) & 0x8080_8080_8080_8080;
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

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True for a month's full name in any case ("March", "MARCH").
pub fn is_month_name(w: &str) -> bool {
    MONTH_NAMES.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// True for a weekday's full name in any case ("Monday").
pub fn is_weekday_name(w: &str) -> bool {
    WEEKDAY_NAMES.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// True for one capital letter alone: an initial when a stop follows ("W" in "George W.").
pub fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_and_initials_table() {
        // (word, month name, weekday name, initial)
        let cases: &[(&str, bool, bool, bool)] = &[
            ("March", true, false, false),
            ("MARCH", true, false, false),
            ("Mar", false, false, false),
            ("Marches", false, false, false),
            ("monday", false, true, false),
            ("W", false, false, true),
            ("Ł", false, false, true),
            ("w", false, false, false),
            ("WB", false, false, false),
            ("", false, false, false),
        ];
        for &(w, month, day, initial) in cases {
            assert_eq!(is_month_name(w), month, "{w:?}");
            assert_eq!(is_weekday_name(w), day, "{w:?}");
            assert_eq!(is_initial(w), initial, "{w:?}");
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
}
