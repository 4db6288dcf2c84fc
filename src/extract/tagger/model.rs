//! The tagger's weights: a compiled-in file read in place, without a copy or a parse.
//!
//! The file (`data/tagger.bin`, written by `examples/train_tagger.rs`) is a text header
//! ended by a NUL byte (corpora, licences, command), then, little-endian:
//! magic `DTG2`, the label count `L`, the slot count `N` (a power of two), the weight scale,
//! the transition scores (`(L + 1) × L` f32, the last row from the sequence start), then `N`
//! slots of 16 bytes: a u32 feature key (0 for an empty slot) and its `L` i8 weights,
//! padded. A feature's slot is its key's low bits, then the next ones (linear probing), so
//! a look-up is one read of one cache line, mostly: the table is some megabytes, and a
//! key and its weights apart would cost two misses where one does. No crate stores a fixed hash table of this shape with
//! zero start-up cost; `fst` and `phf` would rebuild or re-hash what the trainer has
//! already laid out.

/// A model read from its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Model<'b> {
    /// Labels the model scores.
    pub labels: usize,
    slots: usize,
    scale: f32,
    transitions: &'b [u8],
    table: &'b [u8],
}

/// The magic number after the header.
pub const MAGIC: &[u8; 4] = b"DTG2";

/// Bytes of one slot: the key and up to [`SLOT`] - 4 weights.
const SLOT: usize = 16;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'b> Model<'b> {
    /// Reads a model file; `None` when it is not one (or is cut short).
    pub fn parse(bytes: &'b [u8]) -> Option<Model<'b>> {
        // The body begins at the first multiple of 16 after the header's NUL, and the
        // table at a multiple of 16 after it: with the bytes aligned (as the compiled-in
        // model is), no slot straddles two cache lines.
        let body = bytes.get((memchr::memchr(0, bytes)? + 1).next_multiple_of(16)..)?;
        if body.get(..4)? != MAGIC {
            return None;
        }
        let labels = u32_at(body, 4)? as usize;
        let slots = u32_at(body, 8)? as usize;
        let scale = f32::from_bits(u32_at(body, 12)?);
        if !slots.is_power_of_two() || labels == 0 || labels > SLOT - 4 {
            return None;
        }
        let t_len = (labels + 1) * labels * 4;
        let transitions = body.get(16..16 + t_len)?;
        let t_end = (16 + t_len).next_multiple_of(16);
        let table = body.get(t_end..t_end + slots * SLOT)?;
        Some(Model {
            labels,
            slots,
            scale,
            transitions,
            table,
        })
    }

    /// The header text: what the model was trained on, and how.
    pub fn header(bytes: &[u8]) -> &str {
        let end = memchr::memchr(0, bytes).unwrap_or(0);
        std::str::from_utf8(&bytes[..end]).unwrap_or("")
    }

    /// Adds the weights of `feature` for every label to `scores`.
    #[inline]
    pub fn add(&self, feature: u32, scores: &mut [f32]) {
        let mask = self.slots - 1;
        let mut slot = feature as usize & mask;
        loop {
            let at = slot * SLOT;
            let entry = &self.table[at..at + SLOT];
            let key = u32::from_le_bytes([entry[0], entry[1], entry[2], entry[3]]);
            if key == feature {
                for (s, &q) in scores.iter_mut().zip(&entry[4..4 + self.labels]) {
                    *s += f32::from(q as i8) * self.scale;
                }
                return;
            }
            if key == 0 {
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The score of moving from label `from` (`None`: the start) to label `to`.
    #[inline]
    pub fn transition(&self, from: Option<usize>, to: usize) -> f32 {
        let row = from.unwrap_or(self.labels);
        let at = (row * self.labels + to) * 4;
        f32::from_le_bytes(self.transitions[at..at + 4].try_into().unwrap_or([0; 4]))
    }
}

/// Lays out a model file: `header`, then the table of `features` (key, weight per label,
/// already scaled to i8 by `scale`) and `transitions`. Used by the trainer; a test reads
/// back what it writes.
pub fn write(
    header: &str,
    labels: usize,
    transitions: &[f32],
    features: &[(u32, Vec<i8>)],
    scale: f32,
) -> Vec<u8> {
    assert!(labels <= SLOT - 4, "a slot holds {} weights", SLOT - 4);
    let slots = (features.len() * 4 / 3 + 1).next_power_of_two();
    let mut table = vec![0u8; slots * SLOT];
    for (key, w) in features {
        let mut slot = *key as usize & (slots - 1);
        while table[slot * SLOT..slot * SLOT + 4] != [0; 4] {
            slot = (slot + 1) & (slots - 1);
        }
        let entry = &mut table[slot * SLOT..(slot + 1) * SLOT];
        entry[..4].copy_from_slice(&key.to_le_bytes());
        for (e, &x) in entry[4..].iter_mut().zip(w) {
            *e = x as u8;
        }
    }
    let mut out = header.as_bytes().to_vec();
    out.push(0);
    out.resize(out.len().next_multiple_of(16), 0);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(labels as u32).to_le_bytes());
    out.extend_from_slice(&(slots as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    for t in transitions {
        out.extend_from_slice(&t.to_le_bytes());
    }
    out.resize(out.len().next_multiple_of(16), 0);
    out.extend_from_slice(&table);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_model_reads_back() {
        let transitions: Vec<f32> = (0..6).map(|i| i as f32 * 0.5).collect();
        let features = vec![
            (7u32, vec![1i8, -2]),
            (7 + 8, vec![3, 4]),
            (12345, vec![-128, 127]),
        ];
        let bytes = write("trained on nothing\n", 2, &transitions, &features, 0.25);
        let m = Model::parse(&bytes).expect("parses");
        assert_eq!(Model::header(&bytes), "trained on nothing\n");
        let score = |f: u32| {
            let mut s = [0f32; 2];
            m.add(f, &mut s);
            s
        };
        assert_eq!(score(7), [0.25, -0.5]);
        assert_eq!(score(15), [0.75, 1.0]);
        assert_eq!(score(12345), [-32.0, 31.75]);
        assert_eq!(score(99), [0.0, 0.0]);
        assert_eq!(m.transition(None, 1), 2.5);
        assert_eq!(m.transition(Some(0), 1), 0.5);
        assert!(Model::parse(&bytes[..bytes.len() - 1]).is_none());
        assert!(Model::parse(b"no model here").is_none());
    }
}
