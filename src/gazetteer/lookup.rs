//! Look-up structures built at compile time: a Bloom filter over the index's first words
//! and open-addressing hash tables of names.
//!
//! `build.rs` fills them with this same code (it includes this file), so the hash must
//! depend on neither the platform nor another crate: it is 64-bit FNV-1a, which is also
//! cheap on the short words of a text. A perfect-hash crate (phf) was tried first; its
//! SipHash cost a tenth of the run time, since every capitalized word is looked up.

/// 64-bit FNV-1a of `key`.
pub fn hash(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// 64-bit words in a set of first-byte pairs: one bit for each pair of bytes.
pub const PAIR_WORDS: usize = (1 << 16) / 64;

/// The bit of a word's first two bytes in a set of pairs (a lone byte pairs with 0).
pub fn pair_bit(word: &[u8]) -> usize {
    let first = word.first().map_or(0, |&b| usize::from(b));
    let second = word.get(1).map_or(0, |&b| usize::from(b));
    first << 8 | second
}

/// 64-bit words in the first-word filter (64 KB): each first word sets two bits of one
/// word, so a test is one fetch. With about 55,000 first words, some 4% of other words pass.
pub const FILTER_WORDS: usize = 1 << 13;

/// The filter word and the two bits `key` sets.
#[allow(dead_code)] // called by build.rs, which includes this file, and by the tests
pub fn filter_bits(key: &str) -> (usize, u64) {
    filter_bits_of_hash(hash(key))
}

/// The filter word and bits of a key whose [`hash`] is `h`: from bits of the hash the
/// tables' slots and fingerprints leave aside.
fn filter_bits_of_hash(h: u64) -> (usize, u64) {
    let word = (h >> 20) as usize & (FILTER_WORDS - 1);
    (word, 1 << ((h >> 33) & 63) | 1 << ((h >> 39) & 63))
}

/// False when no first word of the index has [`hash`] `h`; true when one may. Most words
/// of a text begin no known name, and this turns them away before any table look-up.
pub fn may_contain_hash(filter: &[u64; FILTER_WORDS], h: u64) -> bool {
    let (word, bits) = filter_bits_of_hash(h);
    filter[word] & bits == bits
}

/// A fixed set of distinct names in an open-addressing table with linear probing.
///
/// Each slot holds the name's index and the high half of its hash, so that a probe
/// rejects a different name without reading the name: the names lie all over a large
/// table, and fetching them was most of a look-up's cost. A name the slot's hash accepts
/// is confirmed by its [`head`], kept in an array of its own: one fetch for a name of up
/// to fifteen bytes, where the name itself would take two (its address, then its bytes).
#[derive(Clone, Copy)]
pub struct NameTable {
    /// Power-of-two many slots, each 0 (empty) or `fingerprint << INDEX_BITS | (1 + index)`:
    /// four bytes, so that the slots of the largest table take half a megabyte.
    pub slots: &'static [u32],
    /// The [`head`] of each name.
    pub heads: &'static [u128],
    /// The names.
    pub names: &'static [&'static str],
}

/// The bytes of a name a [`head`] holds: names this long or shorter are equal when their
/// heads are.
pub const HEAD_BYTES: usize = 15;

/// A name's first [`HEAD_BYTES`] bytes (zero-padded, little-endian) with its length, up
/// to 255, in the last byte.
pub fn head(name: &[u8]) -> u128 {
    let mut bytes = [0u8; 16];
    let kept = name.len().min(HEAD_BYTES);
    bytes[..kept].copy_from_slice(&name[..kept]);
    bytes[15] = u8::try_from(name.len()).unwrap_or(u8::MAX);
    u128::from_le_bytes(bytes)
}

/// The bits of a slot that hold the name's index (plus one): a table holds fewer than
/// 2^17 names.
pub const INDEX_BITS: u32 = 17;

/// The part of a hash kept in a slot: its top bits, which the slot's place (from the low
/// bits) does not already tell.
fn fingerprint(h: u64) -> u32 {
    (h >> (64 - (32 - INDEX_BITS))) as u32
}

impl NameTable {
    /// The index of `name` in the table's names.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.find_hashed(name, hash(name))
    }

    /// [`NameTable::find`] for a name whose [`hash`] is `h`.
    pub fn find_hashed(&self, name: &str, h: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let fp = fingerprint(h);
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            let k = (slot & ((1 << INDEX_BITS) - 1)) as usize - 1;
            if slot >> INDEX_BITS == fp
                && self.heads[k] == head(name.as_bytes())
                && (name.len() <= HEAD_BYTES || self.names[k] == name)
            {
                return Some(k);
            }
            i = (i + 1) & mask;
        }
    }

    /// True when `name` is in the table.
    pub fn contains(&self, name: &str) -> bool {
        self.find(name).is_some()
    }
}

/// The slots of a table over `names` (distinct), at most half full.
#[allow(dead_code)] // called by build.rs, which includes this file, and by the tests
pub fn table_slots(names: &[&str]) -> Vec<u32> {
    assert!(
        names.len() < 1 << INDEX_BITS,
        "a name table holds fewer than 2^17 names"
    );
    let size = (names.len() * 2).next_power_of_two().max(2);
    let mask = size - 1;
    let mut slots = vec![0u32; size];
    for (k, name) in names.iter().enumerate() {
        let h = hash(name);
        let mut i = h as usize & mask;
        while slots[i] != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = fingerprint(h) << INDEX_BITS | (k as u32 + 1);
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_finds_exactly_its_names() {
        static NAMES: [&str; 7] = [
            "Cairo",
            "Doha",
            "Gaza",
            "",
            "Kyiv",
            "Kingdom of Saudi Arabia",
            "Kingdom of Saudi Arabiaa",
        ];
        let slots: &'static [u32] = Vec::leak(table_slots(&NAMES));
        let heads: &'static [u128] = Vec::leak(NAMES.iter().map(|n| head(n.as_bytes())).collect());
        let table = NameTable {
            slots,
            heads,
            names: &NAMES,
        };
        let cases: &[(&str, Option<usize>)] = &[
            ("Cairo", Some(0)),
            ("Kyiv", Some(4)),
            ("", Some(3)),
            ("cairo", None),
            ("Cair", None),
            ("Cairo ", None),
            ("Kingdom of Saudi Arabia", Some(5)),
            ("Kingdom of Saudi Arabiaa", Some(6)),
            // Same head and length as a name, different after the head.
            ("Kingdom of Saudi Arabib", None),
        ];
        for (name, want) in cases {
            assert_eq!(table.find(name), *want, "{name:?}");
        }
    }

    #[test]
    fn filter_has_no_false_negatives() {
        let mut filter = [0u64; FILTER_WORDS];
        for key in ["Cairo", "Doha", "al-Qaeda"] {
            let (word, bits) = filter_bits(key);
            filter[word] |= bits;
        }
        let may_contain = |key: &str| may_contain_hash(&filter, hash(key));
        assert!(may_contain("Cairo") && may_contain("Doha") && may_contain("al-Qaeda"));
        // Almost every other word is turned away.
        let passed = (0..10_000)
            .filter(|i| may_contain(&format!("Word{i}")))
            .count();
        assert!(passed < 10, "{passed} of 10,000 passed");
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
    }
}
