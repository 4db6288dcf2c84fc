//! The first-word filter: a one-hash Bloom filter over the index's first words.
//!
//! Most words of a text begin no known name; the filter rejects them with one cheap hash
//! before the perfect-hash look-up (whose SipHash cost a tenth of the run time when every
//! word went through it). `build.rs` sets the bits with this same code, so the hash must
//! not depend on the platform or on any other crate: it is 64-bit FNV-1a.

/// Bits in the filter: about 60,000 first words set some 6% of them.
pub const BITS: usize = 1 << 20;

/// The filter as 64-bit words.
pub const WORDS: usize = BITS / 64;

/// The bit `key` sets.
pub fn bit(key: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h % BITS as u64) as usize
}

/// False when no first word of the index is `key`; true when one may be.
pub fn may_contain(bits: &[u64; WORDS], key: &str) -> bool {
    let b = bit(key);
    bits[b / 64] & (1 << (b % 64)) != 0
}
