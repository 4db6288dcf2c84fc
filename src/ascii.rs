//! Eight bytes at a time: a text's bytes read as little-endian 64-bit words, and tests
//! that mark, in one step, which of the eight are ASCII letters, digits or
//! spaces. The tokenizer, the date triggers, the heading rules, the word sets and the JSON
//! writer scan text this way.
//!
//! Written by hand: each helper is a few integer operations, and a crate for them (or
//! SIMD) would cost more in dependencies and `unsafe` than it would save.

/// The first eight bytes of `bytes` as a little-endian word, zero-padded past its end:
/// for the eight-at-a-time tests of this module and for compares of short byte strings in one step.
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
pub fn letters(x: u64) -> u64 {
    // Fold case first: the letters are then one range.
    bytes_in_range(x | 0x2020_2020_2020_2020, b'a', b'z') & !x
}

/// The high bit of each byte of `x` set where that byte is ASCII white space, as
/// `char::is_whitespace` has it: space, tab, line feed, vertical tab, form feed, return.
pub fn spaces(x: u64) -> u64 {
    (bytes_in_range(x, 0x09, 0x0D) | bytes_in_range(x, b' ', b' ')) & !x
}

/// The high bit of each byte of `x` set where that byte is an ASCII digit.
pub fn digits(x: u64) -> u64 {
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
                assert_eq!(letters(x), want, "byte {b:#x} at {k}");
                let want = if b.is_ascii_digit() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                assert_eq!(digits(x), want, "byte {b:#x} at {k}");
                let want = if b.is_ascii() && char::from(b).is_whitespace() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                // The other bytes of `x` are spaces: only byte `k` is asked about.
                let others = spaces(x) & !(0xFF << (8 * k));
                assert_eq!(spaces(x) & (0xFF << (8 * k)), want, "byte {b:#x} at {k}");
                assert_eq!(others, 0x8080_8080_8080_8080 & !(0xFF << (8 * k)));
            }
        }
    }
}
