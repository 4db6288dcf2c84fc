//! The one look-up structure for fixed sets of strings: open-addressing hash tables of
//! names, and a Bloom filter in front of the large ones. The gazetteer's tables are built
//! at compile time; the stages' word sets ([`crate::text::WordSet`]) at first use.
//!
//! `build.rs` fills the gazetteer's with this same code (it includes this file), so the hash must
//! depend on neither the platform nor another crate: it is 64-bit FNV-1a, which is also
//! cheap on the short words of a text. A perfect-hash crate (phf) would hash with SipHash,
//! several times the cost on the short words every capitalized token is looked up as.

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

/// 64-bit words in a filter of words (64 KB): each word in it sets two bits of one word, so
/// a test is one fetch. The index's 55,000 first words let some 3% of other words pass;
/// the 34,000 given names, about 1%.
pub const FILTER_WORDS: usize = 1 << 13;

/// The filter word and the two bits `key` sets.
#[allow(dead_code)] // called by build.rs, which includes this file, and by the tests
pub fn filter_bits(key: &str) -> (usize, u64) {
    filter_bits_of_hash(hash(key))
}

/// The filter of `keys`: each sets its [`filter_bits`].
#[allow(dead_code)] // called by build.rs, which includes this file, and by the tests
pub fn filter_of<'k>(keys: impl IntoIterator<Item = &'k str>) -> Vec<u64> {
    let mut filter = vec![0u64; FILTER_WORDS];
    for key in keys {
        let (word, bits) = filter_bits(key);
        filter[word] |= bits;
    }
    filter
}

/// The filter word and bits of a key whose [`hash`] is `h`: from bits of the hash above the
/// low ones that place a name in a table's slots.
fn filter_bits_of_hash(h: u64) -> (usize, u64) {
    let word = (h >> 20) as usize & (FILTER_WORDS - 1);
    (word, 1 << ((h >> 33) & 63) | 1 << ((h >> 39) & 63))
}

/// False when no word of `filter` has [`hash`] `h`; true when one may. Most words of a text
/// begin no known name and are no given name: this turns them away before a table look-up.
pub fn may_contain_hash(filter: &[u64; FILTER_WORDS], h: u64) -> bool {
    let (word, bits) = filter_bits_of_hash(h);
    filter[word] & bits == bits
}

/// A fixed set of distinct names in an open-addressing table with linear probing, each
/// name with a value (its index in a list, or its range in the gazetteer's names).
///
/// A slot holds the name's [`head`] and its value in sixteen bytes, so that a look-up is
/// one fetch from the table: the names lie all over a large table, and fetching them (the
/// slot, then the name's address, then its bytes) was most of a look-up's cost. Only a
/// name longer than [`HEAD_BYTES`] is confirmed against the name itself.
#[derive(Clone, Copy)]
pub struct NameTable {
    /// Power-of-two many slots, each 0 (empty) or `value << 96 | head`, the value never 0.
    pub slots: &'static [u128],
}

/// The bytes of a name a [`head`] holds: names this long or shorter are equal when their
/// heads are.
pub const HEAD_BYTES: usize = 11;

/// A name's first [`HEAD_BYTES`] bytes (zero-padded, little-endian) with its length, up
/// to 255, in the twelfth byte: the low 96 bits of a slot.
pub fn head(name: &[u8]) -> u128 {
    let mut bytes = [0u8; 16];
    let kept = name.len().min(HEAD_BYTES);
    bytes[..kept].copy_from_slice(&name[..kept]);
    bytes[HEAD_BYTES] = u8::try_from(name.len()).unwrap_or(u8::MAX);
    u128::from_le_bytes(bytes)
}

/// The bits of a slot its [`head`] takes.
const HEAD_MASK: u128 = (1 << 96) - 1;

impl NameTable {
    /// The value of `name`, whose [`hash`] is `h`: [`find_value`] in this table.
    #[inline]
    pub fn find_value(&self, name: &str, h: u64, same: impl Fn(u32) -> bool) -> Option<u32> {
        find_value(self.slots, name, h, same)
    }
}

/// The value of `name`, whose [`hash`] is `h`, in the table of `slots` ([`table_slots`]
/// made them). `same(value)` tells whether a name longer than [`HEAD_BYTES`] is the one
/// with that value; shorter names need no such test.
#[inline]
pub fn find_value(slots: &[u128], name: &str, h: u64, same: impl Fn(u32) -> bool) -> Option<u32> {
    let mask = slots.len() - 1;
    let wanted = head(name.as_bytes());
    let mut i = h as usize & mask;
    loop {
        let slot = slots[i];
        if slot == 0 {
            return None;
        }
        if slot & HEAD_MASK == wanted {
            let value = (slot >> 96) as u32;
            if name.len() <= HEAD_BYTES || same(value) {
                return Some(value);
            }
        }
        i = (i + 1) & mask;
    }
}

/// The bits of a first token's value that hold the count of its names.
const RANGE_LEN_BITS: u32 = 15;

/// A first token's value in its table: where its names begin in the gazetteer's list of
/// names (high bits) and how many there are (low bits), so that one fetch gives both.
#[allow(dead_code)] // called by build.rs, which includes this file
pub fn range_value(from: usize, len: usize) -> u32 {
    assert!(
        len > 0 && len < 1 << RANGE_LEN_BITS && from < 1 << (32 - RANGE_LEN_BITS),
        "a first token's range fits its value"
    );
    (from as u32) << RANGE_LEN_BITS | len as u32
}

/// The range in the gazetteer's list of names that [`range_value`] made `value` of.
pub fn range_of_value(value: u32) -> std::ops::Range<usize> {
    let from = (value >> RANGE_LEN_BITS) as usize;
    from..from + (value & ((1 << RANGE_LEN_BITS) - 1)) as usize
}

/// The slots of a table over `entries` (distinct names, each with a value other than 0),
/// at most half full.
#[allow(dead_code)] // called by build.rs, which includes this file, and by the tests
pub fn table_slots(entries: &[(&str, u32)]) -> Vec<u128> {
    let size = (entries.len() * 2).next_power_of_two().max(2);
    let mask = size - 1;
    let mut slots = vec![0u128; size];
    for (name, value) in entries {
        assert!(*value != 0, "a name's value is never 0");
        let mut i = hash(name) as usize & mask;
        while slots[i] != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = u128::from(*value) << 96 | head(name.as_bytes());
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
        let entries: Vec<(&str, u32)> = NAMES.iter().zip(1..).map(|(n, v)| (*n, v)).collect();
        let table = NameTable {
            slots: Vec::leak(table_slots(&entries)),
        };
        let find = |name: &str| {
            table
                .find_value(name, hash(name), |v| NAMES[v as usize - 1] == name)
                .map(|v| v as usize - 1)
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
            assert_eq!(find(name), *want, "{name:?}");
        }
    }

    #[test]
    fn filter_has_no_false_negatives() {
        let filter: [u64; FILTER_WORDS] = filter_of(["Cairo", "Doha", "al-Qaeda"])
            .try_into()
            .expect("a filter's size");
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
