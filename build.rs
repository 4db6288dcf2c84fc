//! Build script: compiles the data tables under `data/` into the gazetteer's index.
//!
//! The tables are parsed, cut into first words and sorted once, here, and written to
//! `$OUT_DIR` as `gazetteer_data.rs` (static arrays of numbers and hash tables, which
//! `src/gazetteer/mod.rs` includes) and `gazetteer_text.txt` (every string of the tables,
//! once). The arrays refer to strings by offset and length into that text, never by
//! pointer: a pointer in a static must be relocated when a position-independent program
//! starts, and the tables would hold some 270,000 of them.
//!
//! Names are cut into first words by `src/text/word.rs`, the same code the tokenizer
//! uses, so an index key is always what the tokenizer would cut from the text.

#[path = "src/ascii.rs"]
#[allow(dead_code)]
mod ascii;
#[path = "src/lookup.rs"]
#[allow(dead_code)]
mod lookup;
#[path = "src/text/word.rs"]
#[allow(dead_code)]
mod word;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The tables read, relative to the crate root (see `data/README.md`).
const TABLES: &[&str] = &[
    "places.tsv",
    "place_names.tsv",
    "place_aliases.tsv",
    "regions.tsv",
    "demonyms.tsv",
    "demonym_extra.tsv",
    "groups.tsv",
    "organizations.tsv",
    "given_names.txt",
    "person_titles.txt",
    "country_codes.tsv",
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/text/word.rs");
    println!("cargo::rerun-if-changed=src/lookup.rs");
    println!("cargo::rerun-if-changed=src/ascii.rs");
    let tables: HashMap<&str, String> = TABLES
        .iter()
        .map(|name| {
            let path = data.join(name);
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (*name, text)
        })
        .collect();
    let index = Index::build(&tables);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut blob = Blob::default();
    let mut emitted = index.emit(&mut blob);
    emit_country_codes(&mut emitted, &tables["country_codes.tsv"]);
    write(&out.join("gazetteer_data.rs"), &emitted);
    write(&out.join("gazetteer_text.txt"), &blob.text);
}

/// ISO 3166-1 alpha-2 codes with their alpha-3, five bytes an entry ("NANAM"), sorted by
/// alpha-2: one byte array, searched by halves.
fn emit_country_codes(s: &mut String, table: &str) {
    let mut codes: Vec<(&str, &str)> = rows(table).map(|r| (field(&r, 0), field(&r, 1))).collect();
    codes.sort_unstable();
    let mut blob = String::new();
    for (two, three) in &codes {
        assert!(
            two.len() == 2 && three.len() == 3 && two.is_ascii() && three.is_ascii(),
            "data/country_codes.tsv: bad row {two:?} {three:?}"
        );
        blob.push_str(two);
        blob.push_str(three);
    }
    let _ = writeln!(
        s,
        "pub(super) static COUNTRY_CODES: [u8; {}] = *b{blob:?};",
        blob.len()
    );
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Every string the tables hold, each once, in one text.
#[derive(Default)]
struct Blob {
    text: String,
    at: HashMap<String, u32>,
}

impl Blob {
    /// The `Str` literal of `s`, added to the text if it is not there yet.
    fn str(&mut self, s: &str) -> String {
        let at = match self.at.get(s) {
            Some(&at) => at,
            None => {
                let at = u32::try_from(self.text.len()).expect("the text fits 32-bit offsets");
                self.text.push_str(s);
                self.at.insert(s.to_string(), at);
                at
            }
        };
        format!("Str({at},{})", s.len())
    }
}

/// The data rows of a table: comment lines (`#`) and blank lines skipped, split on tabs,
/// each field trimmed.
fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Field `i` of a row, or "" when the row is short.
fn field<'a>(row: &[&'a str], i: usize) -> &'a str {
    row.get(i).copied().unwrap_or("")
}

/// The lines of a one-name-a-line list.
fn list(table: &str) -> Vec<&str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
}

struct Place<'a> {
    key: &'a str,
    name: &'a str,
    kind: &'a str,
    country: &'a str,
    lat: &'a str,
    lon: &'a str,
    population: &'a str,
    geonames_id: &'a str,
    admin1: &'a str,
}

impl<'a> Place<'a> {
    /// The columns both place tables share: key, name, kind, country, lat, lon.
    fn from_row(r: &[&'a str]) -> Self {
        Place {
            key: field(r, 0),
            name: field(r, 1),
            kind: field(r, 2),
            country: field(r, 3),
            lat: field(r, 4),
            lon: field(r, 5),
            population: "",
            geonames_id: "",
            admin1: "",
        }
    }
}

struct Group<'a> {
    name: String,
    country: &'a str,
    demonym: bool,
    plural: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    Place(u32),
    Organization(u32),
    Group(u32),
}

/// A name with its entries' range in the entry list.
struct IndexedName<'a> {
    key: &'a str,
    name: &'a str,
    start: u32,
    len: u32,
}

#[derive(Default)]
struct Index<'a> {
    places: Vec<Place<'a>>,
    /// (name, type, country)
    organizations: Vec<(&'a str, &'a str, &'a str)>,
    groups: Vec<Group<'a>>,
    /// (name, entry) pairs from the generated place-name table, as they come.
    bulk: Vec<(&'a str, Entry)>,
    /// (name, entry) pairs from the hand-kept tables, cleaned by `add`.
    patterns: Vec<(&'a str, Entry)>,
    names: Vec<IndexedName<'a>>,
    entries: Vec<Entry>,
    given_names: Vec<&'a str>,
    titles: Vec<&'a str>,
}

impl<'a> Index<'a> {
    fn build(tables: &'a HashMap<&str, String>) -> Self {
        let table = |name: &str| tables[name].as_str();
        let mut b = Index::default();
        for r in rows(table("places.tsv")) {
            b.places.push(Place {
                population: field(&r, 6),
                geonames_id: field(&r, 7),
                admin1: field(&r, 8),
                ..Place::from_row(&r)
            });
        }
        for r in rows(table("regions.tsv")) {
            let idx = b.places.len() as u32;
            b.places.push(Place::from_row(&r));
            b.add(field(&r, 1), Entry::Place(idx));
            for alias in field(&r, 6).split('|') {
                b.add(alias, Entry::Place(idx));
            }
        }
        let mut by_key: HashMap<&str, u32> = HashMap::new();
        for (i, p) in b.places.iter().enumerate() {
            by_key.entry(p.key).or_insert(i as u32);
        }
        for r in rows(table("place_names.tsv")) {
            if let Some(&idx) = by_key.get(field(&r, 1)) {
                b.bulk.push((field(&r, 0), Entry::Place(idx)));
            }
        }
        for r in rows(table("place_aliases.tsv")) {
            if let Some(&idx) = by_key.get(field(&r, 1)) {
                b.add(field(&r, 0), Entry::Place(idx));
            }
        }
        for r in rows(table("organizations.tsv")) {
            let idx = b.organizations.len() as u32;
            let name = field(&r, 0);
            b.organizations.push((name, field(&r, 1), field(&r, 2)));
            b.add(name, Entry::Organization(idx));
            for alias in field(&r, 3).split('|') {
                b.add(alias, Entry::Organization(idx));
            }
        }
        let mut group_index: HashMap<String, u32> = HashMap::new();
        // The hand-kept table first: it corrects the package's ambiguous entries ("American").
        for name in ["demonym_extra.tsv", "demonyms.tsv"] {
            for r in rows(table(name)) {
                let word = field(&r, 0);
                let plural = field(&r, 2) == "plural";
                let country = field(&r, 1);
                let name = if plural {
                    word.to_string()
                } else {
                    plural_of(word)
                };
                let names_people = name != word || plural;
                let groups = &mut b.groups;
                let idx = *group_index.entry(name.clone()).or_insert_with(|| {
                    groups.push(Group {
                        name,
                        country,
                        demonym: true,
                        plural: names_people,
                    });
                    (groups.len() - 1) as u32
                });
                b.groups[idx as usize].plural |= names_people;
                b.add(word, Entry::Group(idx));
            }
        }
        for r in rows(table("groups.tsv")) {
            let name = field(&r, 1).to_string();
            let country = field(&r, 2);
            let groups = &mut b.groups;
            let idx = *group_index.entry(name.clone()).or_insert_with(|| {
                groups.push(Group {
                    name,
                    country,
                    demonym: false,
                    plural: true,
                });
                (groups.len() - 1) as u32
            });
            b.add(field(&r, 0), Entry::Group(idx));
        }
        b.given_names = list(table("given_names.txt"));
        b.titles = list(table("person_titles.txt"));
        b.index_names();
        b
    }

    /// Adds a hand-kept name. Names with a leading article are matched without it, so
    /// spans stay tight; one-letter names are left out.
    fn add(&mut self, name: &'a str, entry: Entry) {
        let name = name.trim();
        let name = name.strip_prefix("the ").unwrap_or(name);
        if name.chars().count() < 2 {
            return;
        }
        self.patterns.push((name, entry));
    }

    /// Sorts every name by first word, then longest first (so the first match at a token
    /// is the longest), then name, then table order; merges the entries of equal names.
    fn index_names(&mut self) {
        let mut keyed: Vec<(&str, &str, usize, Entry)> = self
            .bulk
            .iter()
            .chain(&self.patterns)
            .enumerate()
            .filter_map(|(i, &(name, entry))| {
                word::first_word(name).map(|key| (key, name, i, entry))
            })
            .collect();
        keyed.sort_by(|a, b| {
            a.0.cmp(b.0)
                .then(b.1.len().cmp(&a.1.len()))
                .then(a.1.cmp(b.1))
                .then(a.2.cmp(&b.2))
        });
        for (key, name, _, entry) in keyed {
            match self.names.last_mut() {
                Some(last)
                    if last.name == name
                        && self.entries[last.start as usize..].contains(&entry) =>
                {
                    continue;
                }
                Some(last) if last.name == name => last.len += 1,
                _ => self.names.push(IndexedName {
                    key,
                    name,
                    start: self.entries.len() as u32,
                    len: 1,
                }),
            }
            self.entries.push(entry);
        }
    }

    /// The Rust source of the index.
    fn emit(&self, blob: &mut Blob) -> String {
        let mut s = String::with_capacity(16 << 20);
        s.push_str("// Generated by build.rs from data/; do not edit.\n\n");
        let _ = writeln!(
            s,
            "pub(super) static PLACES: [Place; {}] = [",
            self.places.len()
        );
        for p in &self.places {
            let _ = writeln!(
                s,
                "Place{{key:{},name:{},kind:PlaceKind::{},country:{},lat:{},lon:{},population:{},geonames_id:{},admin1:{}}},",
                blob.str(p.key),
                blob.str(p.name),
                place_kind(p.kind),
                blob.str(p.country),
                coordinate(p.lat),
                coordinate(p.lon),
                p.population.parse::<u64>().unwrap_or(0),
                option(p.geonames_id.parse::<u64>().ok()),
                blob.str(p.admin1),
            );
        }
        s.push_str("];\n\n");
        // Which places are countries, one bit each: asked of every place a name may be,
        // and answered without fetching the place.
        let mut countries = vec![0u64; self.places.len().div_ceil(64)];
        for (i, p) in self.places.iter().enumerate() {
            if place_kind(p.kind) == "Country" {
                countries[i / 64] |= 1 << (i % 64);
            }
        }
        emit_words(&mut s, "COUNTRY_PLACES", &countries);
        let _ = writeln!(
            s,
            "pub(super) static ORGANIZATIONS: [Organization; {}] = [",
            self.organizations.len()
        );
        for (name, org_type, country) in &self.organizations {
            let _ = writeln!(
                s,
                "Organization{{name:{},org_type:OrgType::{},country:{}}},",
                blob.str(name),
                org_type_variant(org_type),
                blob.str(country)
            );
        }
        s.push_str("];\n\n");
        let _ = writeln!(
            s,
            "pub(super) static GROUPS: [Group; {}] = [",
            self.groups.len()
        );
        for g in &self.groups {
            let _ = writeln!(
                s,
                "Group{{name:{},country:{},demonym:{},plural:{}}},",
                blob.str(&g.name),
                blob.str(g.country),
                g.demonym,
                g.plural
            );
        }
        s.push_str("];\n\n");
        let _ = writeln!(
            s,
            "pub(super) static NAMES: [IndexedName; {}] = [",
            self.names.len()
        );
        for n in &self.names {
            // Up to eight bytes of the name after its first token, for a compare that
            // needs no fetch of the name (see `IndexedName::tail`).
            let mut tail = [0u8; 8];
            let after = &n.name.as_bytes()[n.key.len()..];
            let kept = after.len().min(8);
            tail[..kept].copy_from_slice(&after[..kept]);
            let _ = writeln!(
                s,
                "IndexedName{{name:{},tail:{:#x},start:{},len:{}}},",
                blob.str(n.name),
                u64::from_le_bytes(tail),
                n.start,
                n.len
            );
        }
        s.push_str("];\n\n");
        let _ = writeln!(
            s,
            "pub(super) static ENTRIES: [Entry; {}] = [",
            self.entries.len()
        );
        for e in &self.entries {
            let _ = match e {
                Entry::Place(i) => writeln!(s, "Entry::Place({i}),"),
                Entry::Organization(i) => writeln!(s, "Entry::Organization({i}),"),
                Entry::Group(i) => writeln!(s, "Entry::Group({i}),"),
            };
        }
        s.push_str("];\n\n");
        let mut pairs = vec![0u64; lookup::PAIR_WORDS];
        for n in &self.names {
            let key = n.key.as_bytes();
            // A one-byte key begins words with any second byte ("A-level", "X’s").
            let seconds = match key.get(1) {
                Some(&b) => b..=b,
                None => 0..=255,
            };
            for second in seconds {
                let p = lookup::pair_bit(&[key[0], second]);
                pairs[p / 64] |= 1 << (p % 64);
            }
        }
        emit_words(&mut s, "KEY_PAIRS", &pairs);
        let filter = lookup::filter_of(self.names.iter().map(|n| n.key));
        emit_words(&mut s, "KEY_FILTER", &filter);
        // Each distinct first word, and its range in NAMES.
        let mut keys: Vec<&str> = Vec::new();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        for i in 1..=self.names.len() {
            if i == self.names.len() || self.names[i].key != self.names[from].key {
                keys.push(self.names[from].key);
                ranges.push((from, i));
                from = i;
            }
        }
        let key_slots: Vec<(&str, u32)> = keys
            .iter()
            .zip(&ranges)
            .map(|(key, (a, b))| (*key, lookup::range_value(*a, b - a)))
            .collect();
        emit_slots(&mut s, "KEYS", &key_slots);
        let _ = writeln!(
            s,
            "pub(super) static KEYS: NameTable = NameTable {{ slots: &KEYS_SLOTS }};\n"
        );
        let distinct = |words: &[&'a str]| {
            let mut seen = std::collections::HashSet::new();
            words
                .iter()
                .copied()
                .filter(|w| seen.insert(*w))
                .collect::<Vec<_>>()
        };
        // Most words asked about are no given name, and the table is far larger than the
        // nearest caches: a filter turns them away first. The title lists are small.
        emit_table(
            &mut s,
            blob,
            "GIVEN_NAMES",
            &distinct(&self.given_names),
            true,
        );
        let titles = distinct(&self.titles);
        emit_table(&mut s, blob, "TITLES", &titles, false);
        // The titles that begin with an upper-case ASCII letter, that letter lowered: what
        // a text writes before a name in lower case ("foreign minister Sameh Shoukry").
        let lowered: Vec<String> = titles
            .iter()
            .filter(|t| t.as_bytes()[0].is_ascii_uppercase())
            .map(|t| t[..1].to_ascii_lowercase() + &t[1..])
            .collect();
        let mut seen = std::collections::HashSet::new();
        let lowered: Vec<&str> = lowered
            .iter()
            .map(String::as_str)
            .filter(|w| seen.insert(*w))
            .collect();
        emit_table(&mut s, blob, "TITLES_LOWERED", &lowered, false);
        s
    }
}

/// A static array of 64-bit words (bit sets) in hex, eight to a line.
fn emit_words(s: &mut String, name: &str, words: &[u64]) {
    let _ = writeln!(s, "pub(super) static {name}: [u64; {}] = [", words.len());
    for chunk in words.chunks(8) {
        let row: Vec<String> = chunk.iter().map(|w| format!("{w:#x}")).collect();
        let _ = writeln!(s, "{},", row.join(","));
    }
    s.push_str("];\n\n");
}

/// A `NameList` named `name` over `words` (distinct): the words, then the slots, each
/// word's value its index plus one, and with `filtered` a filter of the words
/// (`{name}_FILTER`).
fn emit_table(s: &mut String, blob: &mut Blob, name: &str, words: &[&str], filtered: bool) {
    let _ = writeln!(
        s,
        "pub(super) static {name}_NAMES: [Str; {}] = [",
        words.len()
    );
    for w in words {
        let _ = writeln!(s, "{},", blob.str(w));
    }
    s.push_str("];\n");
    let entries: Vec<(&str, u32)> = words.iter().zip(1..).map(|(w, v)| (*w, v)).collect();
    emit_slots(s, name, &entries);
    let filter = if filtered {
        let filter = lookup::filter_of(words.iter().copied());
        emit_words(s, &format!("{name}_FILTER"), &filter);
        format!("Some(&{name}_FILTER)")
    } else {
        "None".to_string()
    };
    let _ = writeln!(
        s,
        "pub(super) static {name}: NameList = NameList {{ table: NameTable {{ slots: &{name}_SLOTS }}, names: &{name}_NAMES, filter: {filter} }};\n"
    );
}

/// The slots of a [`lookup::NameTable`] over `entries`, as `{name}_SLOTS`.
fn emit_slots(s: &mut String, name: &str, entries: &[(&str, u32)]) {
    let slots = lookup::table_slots(entries);
    let _ = writeln!(
        s,
        "pub(super) static {name}_SLOTS: [u128; {}] = [",
        slots.len()
    );
    for chunk in slots.chunks(4) {
        let line: Vec<String> = chunk.iter().map(|v| format!("{v:#x}")).collect();
        let _ = writeln!(s, "{},", line.join(","));
    }
    s.push_str("];\n");
}

/// Plural of a demonym used as the group's canonical name ("Egyptian" → "Egyptians").
fn plural_of(word: &str) -> String {
    if word.ends_with("ese") || word.ends_with("ss") || word.ends_with("sh") || word.ends_with("ch")
    {
        word.to_string() // "Chinese", "Swiss", "British", "French" name the people as they are
    } else {
        format!("{word}s")
    }
}

/// The `PlaceKind` variant a table's kind column names.
/// The `OrgType` variant of an organization type of `data/organizations.tsv`; an unknown
/// type stops the build here, naming it, rather than at a compile error in generated code.
fn org_type_variant(org_type: &str) -> String {
    const KNOWN: [&str; 14] = [
        "armed_group",
        "company",
        "court",
        "government",
        "intergovernmental",
        "legislature",
        "military",
        "ministry",
        "news_agency",
        "ngo",
        "party",
        "security",
        "sports",
        "university",
    ];
    assert!(
        KNOWN.contains(&org_type),
        "data/organizations.tsv: unknown organization type {org_type:?}; add it to OrgType in src/gazetteer/mod.rs and to this list"
    );
    org_type
        .split('_')
        .map(|w| w[..1].to_uppercase() + &w[1..])
        .collect()
}

fn place_kind(kind: &str) -> &'static str {
    match kind {
        "country" => "Country",
        "admin_region" => "AdminRegion",
        "city" => "City",
        "continent" => "Continent",
        "region" => "Region",
        _ => "Place",
    }
}

/// A coordinate as an `Option<f64>` literal; `{:?}` of an f64 reads back to the same value.
fn coordinate(text: &str) -> String {
    option(text.parse::<f64>().ok().filter(|v| v.is_finite()))
}

fn option<T: std::fmt::Debug>(v: Option<T>) -> String {
    match v {
        Some(v) => format!("Some({v:?})"),
        None => "None".to_string(),
    }
}
