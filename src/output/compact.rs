//! Compact JSON for JSON Lines, written field by field.
//!
//! serde_json escapes every field name anew and looks at string bytes one by one, which
//! makes it a large share of a run's time. This writer puts the field names down as they are and passes
//! over runs of plain text eight bytes at a time. It writes exactly what
//! `serde_json::to_writer` writes for the same record (the tests hold it to that on the
//! fixtures and on generated articles), so the serde types stay the one schema. Floats,
//! the offset unit and the free-form `meta` object still go through serde_json.

use std::borrow::Cow;
use std::io;

use crate::error::ErrorKind;
use crate::extract::{ActorKind, AnchorSource, TimexMod, TimexType};
use crate::gazetteer::{OrgType, PlaceKind};
use crate::record::{
    ActorRecord, AnchorRecord, DateRecord, DatelineRecord, ErrorInfo, HeadingRecord, ItemRecord,
    ListRecord, LocationRecord, MentionRecord, OutSpan, ParagraphRecord, Record, SectionRecord,
    Stats, Summary, TextSpan,
};

/// Appends `record` to `out` as one line of compact JSON, without the newline.
pub fn write_record(out: &mut Vec<u8>, record: &Record) -> io::Result<()> {
    let mut w = Json { out };
    w.record(record)
}

/// A value that writes itself as compact JSON.
trait WriteJson {
    fn write(&self, w: &mut Json) -> io::Result<()>;
}

struct Json<'a> {
    out: &'a mut Vec<u8>,
}

/// The text that opens an object with its first field, `{"name":`, made at compile time.
macro_rules! first {
    ($name:expr) => {
        concat!("{\"", $name, "\":")
    };
}

/// The text that starts a further field, `,"name":`, made at compile time.
macro_rules! next {
    ($name:expr) => {
        concat!(",\"", $name, "\":")
    };
}

impl Json<'_> {
    /// Writes a field name made by [`first!`] or [`next!`]. Inlined, so that the name's
    /// length is known where it is written and no call to `memcpy` is made for it (the
    /// calls, with their varying lengths, were mispredicted branches).
    #[inline(always)]
    fn key(&mut self, key: &'static str) {
        self.out.extend_from_slice(key.as_bytes());
    }

    fn close(&mut self) {
        self.out.push(b'}');
    }

    #[inline(always)]
    fn field<T: WriteJson + ?Sized>(&mut self, key: &'static str, value: &T) -> io::Result<()> {
        self.key(key);
        value.write(self)
    }

    fn serde<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> io::Result<()> {
        let from = self.out.len();
        serde_json::to_writer(&mut *self.out, value).map_err(io::Error::from)?;
        // serde_json leaves U+2028 and U+2029 as they are; they are escaped here as
        // `write_str` escapes them (rare: a JSONL input's own fields holding one).
        if memchr::memmem::find(&self.out[from..], b"\xE2\x80\xA8").is_some()
            || memchr::memmem::find(&self.out[from..], b"\xE2\x80\xA9").is_some()
        {
            let written = String::from_utf8_lossy(&self.out[from..])
                .replace('\u{2028}', "\\u2028")
                .replace('\u{2029}', "\\u2029");
            self.out.truncate(from);
            self.out.extend_from_slice(written.as_bytes());
        }
        Ok(())
    }

    fn record(&mut self, r: &Record) -> io::Result<()> {
        self.key(first!("schema_version"));
        r.schema_version.write(self)?;
        self.field(next!("id"), &r.id)?;
        self.key(next!("offsets"));
        self.serde(&r.offsets)?;
        self.key(next!("meta"));
        match &r.meta {
            Some(meta) => self.serde(meta)?,
            None => self.out.extend_from_slice(b"null"),
        }
        self.field(next!("error"), &r.error)?;
        self.field(next!("title"), &r.title)?;
        self.field(next!("summary"), &r.summary)?;
        self.field(next!("dateline"), &r.dateline)?;
        self.field(next!("byline"), &r.byline)?;
        self.field(next!("sections"), &r.sections)?;
        self.field(next!("boilerplate"), &r.boilerplate)?;
        self.field(next!("actors"), &r.actors)?;
        self.field(next!("locations"), &r.locations)?;
        self.field(next!("dates"), &r.dates)?;
        self.field(next!("anchor"), &r.anchor)?;
        self.field(next!("stats"), &r.stats)?;
        self.field(next!("warnings"), &r.warnings)?;
        self.close();
        Ok(())
    }
}

impl WriteJson for str {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        write_str(w.out, self);
        Ok(())
    }
}

impl WriteJson for String {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        self.as_str().write(w)
    }
}

impl WriteJson for Cow<'_, str> {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        (**self).write(w)
    }
}

/// The record's closed vocabularies write their names, which are plain ASCII words.
macro_rules! write_names {
    ($($t:ty),*) => {
        $(impl WriteJson for $t {
            fn write(&self, w: &mut Json) -> io::Result<()> {
                w.out.push(b'"');
                w.out.extend_from_slice(self.as_str().as_bytes());
                w.out.push(b'"');
                Ok(())
            }
        })*
    };
}
write_names!(
    ErrorKind,
    ActorKind,
    OrgType,
    PlaceKind,
    TimexType,
    TimexMod,
    AnchorSource
);

impl WriteJson for bool {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        w.out
            .extend_from_slice(if *self { b"true" } else { b"false" });
        Ok(())
    }
}

macro_rules! write_integers {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write(&self, w: &mut Json) -> io::Result<()> {
                w.out.extend_from_slice(itoa::Buffer::new().format(*self).as_bytes());
                Ok(())
            }
        }
    )*};
}
write_integers!(u8, u32, u64, usize);

impl WriteJson for f64 {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        w.serde(self)
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        match self {
            Some(v) => v.write(w),
            None => {
                w.out.extend_from_slice(b"null");
                Ok(())
            }
        }
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        w.out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                w.out.push(b',');
            }
            v.write(w)?;
        }
        w.out.push(b']');
        Ok(())
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        self.as_slice().write(w)
    }
}

impl WriteJson for OutSpan {
    fn write(&self, w: &mut Json) -> io::Result<()> {
        self.as_slice().write(w)
    }
}

/// A field's name in the output: its own, or the one its serde attribute renames it to.
macro_rules! name {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $rename:literal) => {
        $rename
    };
}

/// Writes a struct's fields in declaration order, as serde's derive does; `field =>
/// "name"` for a field serde renames.
macro_rules! write_struct {
    ($t:ty, $first:ident $(, $field:ident $(=> $rename:literal)?)*) => {
        impl WriteJson for $t {
            fn write(&self, w: &mut Json) -> io::Result<()> {
                w.key(first!(stringify!($first)));
                self.$first.write(w)?;
                $(w.field(next!(name!($field $($rename)?)), &self.$field)?;)*
                w.close();
                Ok(())
            }
        }
    };
}

write_struct!(TextSpan<'_>, text, span);
write_struct!(ErrorInfo, kind, message);
write_struct!(Summary<'_>, text, span, label);
write_struct!(DatelineRecord<'_>, text, span, place, date, agency);
write_struct!(HeadingRecord<'_>, text, span, level);
write_struct!(SectionRecord<'_>, heading, label, span, paragraphs, lists);
write_struct!(ParagraphRecord, span);
write_struct!(ListRecord<'_>, ordered, intro, items, span);
write_struct!(ItemRecord<'_>, text, span, depth);
write_struct!(MentionRecord<'_>, text, span, sentence, section);
write_struct!(
    ActorRecord<'_>,
    name,
    kind,
    aliases,
    affiliation,
    role,
    org_type,
    mention_count,
    mentions
);
write_struct!(
    LocationRecord<'_>,
    name,
    kind,
    country,
    lat,
    lon,
    geonames_id,
    mention_count,
    mentions
);
write_struct!(AnchorRecord<'_>, value, source, span);
write_struct!(
    Stats, chars, words, sentences, paragraphs, sections, list_items
);

write_struct!(
    DateRecord<'_>,
    text,
    span,
    timex_type => "type",
    value,
    modifier => "mod",
    offset,
    begin,
    end,
    sentence,
    section
);

/// Eight copies of byte `b`.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// True when one of the eight bytes of `x` must be escaped in a JSON string, or may begin
/// a character that is: a control character (below 0x20), a quote, a backslash, or 0xE2,
/// the first byte of U+2028 and U+2029. Each test is exact for "any byte".
fn needs_escape(x: u64) -> bool {
    let high = splat(0x80);
    let control = x.wrapping_sub(splat(0x20)) & !x & high;
    let quote = x ^ splat(b'"');
    let backslash = x ^ splat(b'\\');
    let e2 = x ^ splat(0xE2);
    let zero_in = |y: u64| y.wrapping_sub(splat(0x01)) & !y & high;
    control | zero_in(quote) | zero_in(backslash) | zero_in(e2) != 0
}

/// True when a byte of `bytes` must be escaped in a JSON string: eight bytes at a time,
/// the last few with spaces, which need no escape.
fn any_needs_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    chunks
        .by_ref()
        .any(|c| needs_escape(crate::ascii::first_eight(c)))
        || needs_escape(crate::ascii::first_eight_spaced(chunks.remainder()))
}

/// Writes `s` as a JSON string, escaped as serde_json escapes it: the two-letter escapes
/// for quote, backslash, \b, \t, \n, \f and \r, `\u00XX` for other control characters.
/// Unlike serde_json, the line and paragraph separators U+2028 and U+2029 are escaped too
/// (`\u2028`, `\u2029`): line-oriented readers such as Python's `str.splitlines()` would
/// otherwise split a JSON line at them. Everything else is written as it is.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // Most strings need no escape at all: a test of all their bytes, eight at a time, lets
    // them be copied whole.
    if !any_needs_escape(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut plain = 0; // bytes before this are written
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_ne_bytes(chunk.try_into().unwrap_or([0; 8]));
            if !needs_escape(x) {
                i += 8;
                continue;
            }
        }
        // This chunk (or the tail) holds a byte to escape: byte by byte up to its end.
        let end = (i + 8).min(bytes.len());
        while i < end {
            let b = bytes[i];
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                0x08 => b"\\b",
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                0x0C => b"\\f",
                b'\r' => b"\\r",
                0x00..0x20 => &[],
                0xE2 if bytes[i + 1..].starts_with(b"\x80\xA8") => b"\\u2028",
                0xE2 if bytes[i + 1..].starts_with(b"\x80\xA9") => b"\\u2029",
                _ => {
                    i += 1;
                    continue;
                }
            };
            out.extend_from_slice(&bytes[plain..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            } else {
                out.extend_from_slice(escape);
            }
            // A separator escaped is three bytes of the text.
            i += if b == 0xE2 { 3 } else { 1 };
            plain = i;
        }
    }
    out.extend_from_slice(&bytes[plain..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::OffsetUnit;
    use crate::{Document, Pipeline, PipelineOptions};

    /// What serde_json writes, with the line and paragraph separators escaped.
    fn serde_escaped<T: serde::Serialize + ?Sized>(value: &T) -> String {
        serde_json::to_string(value)
            .unwrap()
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029")
    }

    fn same_as_serde(record: &Record) {
        let mut out = Vec::new();
        write_record(&mut out, record).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_escaped(record),
            "{}",
            record.id
        );
    }

    proptest::proptest! {
        #[test]
        fn the_escape_test_sees_every_byte(
            plain in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b' ', 0x7F, 0xC3, 0xA9, 0x80]),
                0..40,
            ),
            special in proptest::option::of((
                0usize..40,
                proptest::sample::select(vec![b'"', b'\\', 0x00, b'\n', 0x1F, 0xE2]),
            )),
        ) {
            // Plain bytes, with at most one that needs an escape somewhere among them.
            let mut bytes = plain;
            if let Some((at, b)) = special {
                bytes.insert(at.min(bytes.len()), b);
            }
            let want = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\' || b == 0xE2);
            proptest::prop_assert_eq!(any_needs_escape(&bytes), want);
        }
    }

    #[test]
    fn fixture_records_are_written_as_serde_json_writes_them() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
        let mut records = 0;
        for unit in [OffsetUnit::Chars, OffsetUnit::Bytes] {
            let pipeline = Pipeline::new(PipelineOptions {
                offsets: unit,
                ..PipelineOptions::default()
            });
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "json") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let mut doc = Document::new(path.display().to_string(), text.as_str());
                // A JSONL input's other fields, a date field that is no date, a warning.
                let meta = serde_json::json!({"source": "wire \"x\"", "n": 1.5, "tags": [1, null]});
                doc.meta = meta.as_object().cloned();
                doc.date = Some("yesterday".into());
                doc.warnings.push("bytes\treplaced".into());
                let record = pipeline.process(&doc);
                assert!(!record.actors.is_empty() && !record.dates.is_empty());
                same_as_serde(&record);
                records += 1;
            }
        }
        assert!(records >= 16);
        same_as_serde(&Record::failed(
            "lines.jsonl:3",
            crate::error::ErrorKind::JsonLine,
            "expected value at line 1 column 1: \"{\"".into(),
            OffsetUnit::Chars,
        ));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut cases: Vec<String> = [
            "",
            "plain text of some length, longer than eight bytes",
            "quote \" and backslash \\ inside",
            "\"",
            "\\\\",
            "tab\there, new line\nthere, return\r, feed\u{c} and bell\u{8}",
            "\u{0}\u{1}\u{1f} controls, \u{7f} delete",
            "Cara’s inhaler – émigré 北京 🌍",
            "1234567\"",
            "12345678\\",
            "line\u{2028}separator and paragraph\u{2029}separator",
            "\u{2028}\u{2029}\u{2028}",
            "1234567\u{2028}89",
            "123456\u{2029}",
            "dash \u{2014} and quotes \u{201c}\u{201d}, not separators",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every byte below 0x80 at every place in a 16-byte string.
        for b in 0u8..0x80 {
            for at in 0..16 {
                let mut s = vec![b'a'; 16];
                s[at] = b;
                cases.push(String::from_utf8(s).unwrap());
            }
        }
        for s in cases {
            let mut out = Vec::new();
            write_str(&mut out, &s);
            let written = String::from_utf8(out).unwrap();
            assert_eq!(written, serde_escaped(&s), "{s:?}");
            assert_eq!(serde_json::from_str::<String>(&written).unwrap(), s);
            assert!(!written.contains(['\u{2028}', '\u{2029}']), "{s:?}");
        }
    }
}
