//! Gazetteer: every known name (places, organizations, demonyms, groups), plus the
//! given-name and person-title lists the actor rules use.
//!
//! Names are indexed by their first token, so matching is one hash lookup per word of
//! the text and building the index at start-up is cheap (an Aho-Corasick automaton over
//! the ~70,000 names took over 100 ms to build). Matching is case-sensitive (names are
//! proper nouns as written), longest first (so "Bank of England" wins over "England")
//! and respects word boundaries. Deciding what a
//! match means — which of several "Washington"s, whether "Jordan" is a person — is left to
//! the extractors.

pub mod tables;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use crate::span::Span;
use crate::text::Token;
#[cfg(test)]
use crate::text::tokenize;
use tables::{field, rows};

/// What kind of place an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A sovereign country or territory with an ISO code.
    Country,
    /// A state, province or similar.
    AdminRegion,
    /// A city or town.
    City,
    /// A region without an administrative boundary ("Middle East", "Gaza Strip").
    Region,
    /// A continent.
    Continent,
    /// A landmark or other named place.
    Place,
}

impl PlaceKind {
    /// The name used in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::AdminRegion => "admin_region",
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
            PlaceKind::Continent => "continent",
            PlaceKind::Place => "place",
        }
    }

    fn parse(s: &str) -> PlaceKind {
        match s {
            "country" => PlaceKind::Country,
            "admin_region" => PlaceKind::AdminRegion,
            "city" => PlaceKind::City,
            "continent" => PlaceKind::Continent,
            "region" => PlaceKind::Region,
            _ => PlaceKind::Place,
        }
    }
}

/// A place from the tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The table key (ISO code for countries, GeoNames id for cities, `R-...` for regions).
    pub key: &'static str,
    /// Canonical name.
    pub name: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of the country it is in (or is), "" when none.
    pub country: &'static str,
    /// Latitude as written in the table (parsed on demand by [`Place::lat`]).
    pub lat_text: &'static str,
    /// Longitude as written in the table (parsed on demand by [`Place::lon`]).
    pub lon_text: &'static str,
    /// Population as written (parsed on demand by [`Place::population`]).
    pub population_text: &'static str,
    /// GeoNames id as written (parsed on demand by [`Place::geonames_id`]).
    pub geonames_id_text: &'static str,
}

/// An organization from the curated table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Canonical name.
    pub name: &'static str,
    /// Its type (ministry, armed_group, company...).
    pub org_type: &'static str,
    /// ISO code of the country it belongs to, "" when international.
    pub country: &'static str,
}

/// A demonym or group word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Canonical group name ("Egyptians", "Sunnis").
    pub name: String,
    /// The country (or continent key) it is tied to, "" when none.
    pub country: &'static str,
    /// True for a nationality adjective or noun derived from a country.
    pub demonym: bool,
    /// True when the canonical name ("Israelis") names people on its own; false for
    /// names that are also the adjective ("Chinese", "French").
    pub plural: bool,
}

/// What a matched name may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    /// Index into [`Gazetteer::places`].
    Place(u32),
    /// Index into [`Gazetteer::organizations`].
    Organization(u32),
    /// Index into [`Gazetteer::groups`].
    Group(u32),
}

/// One match of a known name in a text.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'g> {
    /// Where the name is.
    pub span: Span,
    /// Everything the name may refer to.
    pub entries: &'g [Entry],
}

/// A name, the first token it is found by, and its range in the entry list.
#[derive(Debug, Clone, Copy)]
struct IndexedName {
    key: &'static str,
    name: &'static str,
    start: u32,
    len: u32,
}

/// A sorted list of names answering membership by binary search: the given-name table is
/// written sorted, so building it costs one pass, where a hash set cost 34,000 inserts at
/// every start-up.
#[derive(Debug, Clone, Default)]
pub struct NameList(Vec<&'static str>);

impl NameList {
    fn new(names: impl Iterator<Item = &'static str>) -> Self {
        let mut list: Vec<&'static str> = names.collect();
        if !list.is_sorted() {
            list.sort_unstable();
        }
        NameList(list)
    }

    /// True when `name` is in the list.
    pub fn contains(&self, name: &str) -> bool {
        self.0.binary_search(&name).is_ok()
    }
}

/// The range of `names` (sorted by key) each key covers.
fn key_ranges(names: &[IndexedName]) -> FxHashMap<&'static str, (u32, u32)> {
    let mut ranges: FxHashMap<&'static str, (u32, u32)> = FxHashMap::default();
    ranges.reserve(names.len() / 2);
    let mut from = 0;
    for i in 1..=names.len() {
        if i == names.len() || names[i].key != names[from].key {
            ranges.insert(names[from].key, (from as u32, i as u32));
            from = i;
        }
    }
    ranges
}

/// A one-hash Bloom filter over the names' first tokens: no false negatives, a few per
/// cent false positives (which the binary search then rejects).
struct KeyFilter {
    bits: Vec<u64>,
}

impl KeyFilter {
    const BITS: u64 = 1 << 20;

    fn hash(key: &str) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        h.write(key.as_bytes());
        h.finish() % Self::BITS
    }

    fn new<'a>(keys: impl Iterator<Item = &'a str>) -> Self {
        let mut bits = vec![0u64; (Self::BITS / 64) as usize];
        for k in keys {
            let h = Self::hash(k);
            bits[(h / 64) as usize] |= 1 << (h % 64);
        }
        KeyFilter { bits }
    }

    fn may_contain(&self, key: &str) -> bool {
        let h = Self::hash(key);
        self.bits[(h / 64) as usize] & (1 << (h % 64)) != 0
    }
}

/// All the names dossier knows, ready for matching.
pub struct Gazetteer {
    /// Places.
    pub places: Vec<Place>,
    /// Organizations.
    pub organizations: Vec<Organization>,
    /// Demonyms and groups.
    pub groups: Vec<Group>,
    /// Given names.
    pub given_names: NameList,
    /// Person titles ("President", "Gen.").
    pub titles: FxHashSet<&'static str>,
    /// Every name, sorted by first token and then longest first.
    names: Vec<IndexedName>,
    /// Which first tokens exist, approximately, to reject most words in one hash.
    key_filter: KeyFilter,
    /// For each first token, its range in `names`.
    key_ranges: FxHashMap<&'static str, (u32, u32)>,
    entries: Vec<Entry>,
}

static EMBEDDED: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build_embedded);

impl Place {
    /// The columns both place tables share: key, name, kind, country, lat, lon.
    fn from_row(r: &[&'static str]) -> Place {
        Place {
            key: field(r, 0),
            name: field(r, 1),
            kind: PlaceKind::parse(field(r, 2)),
            country: field(r, 3),
            lat_text: field(r, 4),
            lon_text: field(r, 5),
            population_text: "",
            geonames_id_text: "",
        }
    }

    /// Population (0 when unknown).
    pub fn population(&self) -> u64 {
        self.population_text.parse().unwrap_or(0)
    }

    /// GeoNames id, when known.
    pub fn geonames_id(&self) -> Option<u64> {
        self.geonames_id_text.parse().ok()
    }

    /// Latitude, when known. Numbers are parsed only for places an article names:
    /// parsing all 34,000 rows' numbers at start-up cost more than everything else.
    pub fn lat(&self) -> Option<f64> {
        self.lat_text.parse().ok()
    }

    /// Longitude, when known.
    pub fn lon(&self) -> Option<f64> {
        self.lon_text.parse().ok()
    }
}

impl Gazetteer {
    /// The gazetteer built from the tables compiled into the binary (built once).
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    fn build_embedded() -> Gazetteer {
        let mut b = Builder::default();
        for r in rows(tables::PLACES) {
            b.places.push(Place {
                population_text: field(&r, 6),
                geonames_id_text: field(&r, 7),
                ..Place::from_row(&r)
            });
        }
        // GeoNames places are sorted by key (the converter writes them so); regions follow.
        let geonames = b.places.len();
        debug_assert!(b.places.windows(2).all(|w| w[0].key <= w[1].key));
        for r in rows(tables::REGIONS) {
            let idx = b.places.len() as u32;
            let name = field(&r, 1);
            b.places.push(Place::from_row(&r));
            b.add(name, Entry::Place(idx));
            for alias in field(&r, 6).split('|') {
                b.add(alias, Entry::Place(idx));
            }
        }
        let places = &b.places;
        let index_of = |key: &str| -> Option<u32> {
            let found = places[..geonames].binary_search_by(|p| p.key.cmp(key)).ok();
            found
                .or_else(|| {
                    places[geonames..]
                        .iter()
                        .position(|p| p.key == key)
                        .map(|i| i + geonames)
                })
                .map(|i| i as u32)
        };
        // Each place name carries the row of its place; the key confirms it.
        let mut bulk = Vec::with_capacity(70_000);
        for r in rows(tables::PLACE_NAMES) {
            let (name, key) = (field(&r, 0), field(&r, 1));
            let row = field(&r, 2)
                .parse::<usize>()
                .ok()
                .filter(|&i| places.get(i).is_some_and(|p| p.key == key));
            if let Some(idx) = row.map(|i| i as u32).or_else(|| index_of(key)) {
                bulk.push((name, Entry::Place(idx)));
            }
        }
        let aliases: Vec<(&'static str, u32)> = rows(tables::PLACE_ALIASES)
            .filter_map(|r| index_of(field(&r, 1)).map(|i| (field(&r, 0), i)))
            .collect();
        b.bulk = bulk;
        for (alias, idx) in aliases {
            b.add(alias, Entry::Place(idx));
        }
        for r in rows(tables::ORGANIZATIONS) {
            let idx = b.organizations.len() as u32;
            let name = field(&r, 0);
            b.organizations.push(Organization {
                name,
                org_type: field(&r, 1),
                country: field(&r, 2),
            });
            b.add(name, Entry::Organization(idx));
            for alias in field(&r, 3).split('|') {
                b.add(alias, Entry::Organization(idx));
            }
        }
        let mut group_index: FxHashMap<String, u32> = FxHashMap::default();
        // The hand-kept table first: it corrects the package's ambiguous entries ("American").
        for table in [tables::DEMONYM_EXTRA, tables::DEMONYMS] {
            for r in rows(table) {
                let word = field(&r, 0);
                let plural = field(&r, 2) == "plural";
                let country = field(&r, 1);
                let name = if plural {
                    word.to_string()
                } else {
                    plural_of(word)
                };
                let names_people = name != word || plural;
                let idx = *group_index.entry(name.clone()).or_insert_with(|| {
                    b.groups.push(Group {
                        name,
                        country,
                        demonym: true,
                        plural: names_people,
                    });
                    (b.groups.len() - 1) as u32
                });
                b.groups[idx as usize].plural |= names_people;
                b.add(word, Entry::Group(idx));
            }
        }
        for r in rows(tables::GROUPS) {
            let name = field(&r, 1).to_string();
            let country = field(&r, 2);
            let idx = *group_index.entry(name.clone()).or_insert_with(|| {
                b.groups.push(Group {
                    name,
                    country,
                    demonym: false,
                    plural: true,
                });
                (b.groups.len() - 1) as u32
            });
            b.add(field(&r, 0), Entry::Group(idx));
        }
        let given_names = NameList::new(
            tables::GIVEN_NAMES
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty()),
        );
        let titles = tables::PERSON_TITLES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        b.finish(given_names, titles)
    }

    /// Every known name in `text` (whose tokens are `tokens`), longest first at each
    /// token, on word boundaries.
    pub fn find_all(&self, text: &str, tokens: &[Token]) -> Vec<Hit<'_>> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            let word = t.text(text);
            if !word.starts_with(char::is_alphabetic) {
                i += 1;
                continue;
            }
            match self.match_at(text, t.span.start, word) {
                Some(hit) => {
                    hits.push(hit);
                    while i < tokens.len() && tokens[i].span.start < hit.span.end {
                        i += 1;
                    }
                }
                None => i += 1,
            }
        }
        hits
    }

    /// The longest known name starting at byte `start`, whose first token is `word`.
    fn match_at(&self, text: &str, start: usize, word: &str) -> Option<Hit<'_>> {
        // The token may carry a possessive ("Hamas’s") or a hyphenated tail ("Hamas-led").
        let keys = [
            Some(word),
            strip_possessive(word),
            word.split_once('-').map(|(head, _)| head),
        ];
        for key in keys.into_iter().flatten() {
            if !self.key_filter.may_contain(key) {
                continue; // most words of a text begin no name: skip the binary search
            }
            for n in self.candidates(key) {
                if text[start..].starts_with(n.name) {
                    let span = Span::new(start, start + n.name.len());
                    if is_word_boundary(text, span) {
                        return Some(Hit {
                            span,
                            entries: self.entries_of(n),
                        });
                    }
                }
            }
        }
        None
    }

    /// The names whose first token is `key`, longest first.
    fn candidates(&self, key: &str) -> &[IndexedName] {
        self.key_ranges
            .get(key)
            .map_or(&[], |&(from, to)| &self.names[from as usize..to as usize])
    }

    fn entries_of(&self, n: &IndexedName) -> &[Entry] {
        &self.entries[n.start as usize..(n.start + n.len) as usize]
    }

    /// The entries for exactly this name, if it is known.
    pub fn lookup(&self, name: &str) -> &[Entry] {
        let Some(key) = first_token(name) else {
            return &[];
        };
        self.candidates(key)
            .iter()
            .find(|n| n.name == name)
            .map_or(&[], |n| self.entries_of(n))
    }
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

/// The first token of a name, as the text layer would cut it.
fn first_token(name: &str) -> Option<&str> {
    crate::text::first_word(name)
}

fn strip_possessive(word: &str) -> Option<&str> {
    ["’s", "'s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .filter(|w| !w.is_empty())
}

/// True when the span starts and ends on word boundaries of `text`.
fn is_word_boundary(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let inner_ok = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    // A name ending in "." ("U.S.") may be followed by anything; otherwise no letter may follow.
    let name_ends_with_dot = text[..span.end].ends_with('.');
    // "Gilgit" in "Gilgit-Baltistan" is part of another name.
    let compound =
        text[span.end..].starts_with('-') && text[span.end + 1..].starts_with(char::is_uppercase);
    inner_ok(before)
        && (name_ends_with_dot || inner_ok(after))
        && !matches!(before, Some('-' | '@' | '_'))
        && !compound
}

#[derive(Default)]
struct Builder {
    places: Vec<Place>,
    organizations: Vec<Organization>,
    groups: Vec<Group>,
    /// (name, entry) pairs from the hand-kept tables; sorted and grouped in `finish`.
    patterns: Vec<(&'static str, Entry)>,
    /// (name, entry) pairs of the generated place-name table, which comes in index order.
    bulk: Vec<(&'static str, Entry)>,
}

impl Builder {
    fn add(&mut self, name: &'static str, entry: Entry) {
        let name = name.trim();
        // Names with a leading article are matched without it; spans stay tight.
        let name = name.strip_prefix("the ").unwrap_or(name);
        if name.chars().count() < 2 {
            return;
        }
        self.patterns.push((name, entry));
    }

    fn finish(self, given_names: NameList, titles: FxHashSet<&'static str>) -> Gazetteer {
        // Sorted by first token, then longest name first (so the first match at a token is
        // the longest), then name; a name's entries keep the order the tables gave them.
        // The generated table already comes in this order (checked, and sorted if not), so
        // only the few hand-kept names are sorted, then merged in.
        type Keyed = (&'static str, &'static str, usize, Entry);
        let order = |a: &Keyed, b: &Keyed| {
            a.0.cmp(b.0)
                .then(b.1.len().cmp(&a.1.len()))
                .then(a.1.cmp(b.1))
                .then(a.2.cmp(&b.2))
        };
        let keyed = |offset: usize| {
            move |(i, (name, entry)): (usize, (&'static str, Entry))| {
                first_token(name).map(|key| (key, name, offset + i, entry))
            }
        };
        let mut bulk: Vec<Keyed> = self
            .bulk
            .into_iter()
            .enumerate()
            .filter_map(keyed(0))
            .collect();
        if !bulk.windows(2).all(|w| order(&w[0], &w[1]).is_le()) {
            bulk.sort_unstable_by(order);
        }
        let mut extra: Vec<Keyed> = self
            .patterns
            .into_iter()
            .enumerate()
            .filter_map(keyed(bulk.len()))
            .collect();
        extra.sort_unstable_by(order);
        let mut patterns = Vec::with_capacity(bulk.len() + extra.len());
        let (mut x, mut y) = (bulk.into_iter().peekable(), extra.into_iter().peekable());
        loop {
            let take_bulk = match (x.peek(), y.peek()) {
                (Some(a), Some(b)) => order(a, b).is_le(),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            patterns.extend(if take_bulk { x.next() } else { y.next() });
        }
        let mut entries = Vec::with_capacity(patterns.len());
        let mut names: Vec<IndexedName> = Vec::with_capacity(patterns.len());
        for (key, name, _, entry) in patterns {
            match names.last_mut() {
                Some(last)
                    if last.name == name && entries[last.start as usize..].contains(&entry) =>
                {
                    continue;
                }
                Some(last) if last.name == name => last.len += 1,
                _ => names.push(IndexedName {
                    key,
                    name,
                    start: entries.len() as u32,
                    len: 1,
                }),
            }
            entries.push(entry);
        }
        Gazetteer {
            places: self.places,
            organizations: self.organizations,
            groups: self.groups,
            given_names,
            titles,
            key_filter: KeyFilter::new(names.iter().map(|n| n.key)),
            key_ranges: key_ranges(&names),
            names,
            entries,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(text: &str) -> Vec<&str> {
        Gazetteer::embedded()
            .find_all(text, &tokenize(text))
            .into_iter()
            .map(|h| h.span.text(text))
            .collect()
    }

    #[test]
    fn matching_table() {
        let cases: &[(&str, &[&str])] = &[
            ("talks in Cairo and Doha", &["Cairo", "Doha"]),
            ("the Gaza Strip and West Bank", &["Gaza Strip", "West Bank"]),
            ("the Bank of England said", &["Bank of England"]),
            ("Egyptian and Qatari diplomats", &["Egyptian", "Qatari"]),
            ("U.S. officials", &["U.S."]),
            ("Cairoland is not Cairo", &["Cairo"]),
            ("the Department of State", &["Department of State"]),
        ];
        for (text, want) in cases {
            assert_eq!(&names_in(text), want, "{text}");
        }
    }

    #[test]
    fn aliases_share_entries() {
        let g = Gazetteer::embedded();
        assert_eq!(g.lookup("USA"), g.lookup("United States"));
        assert_eq!(
            g.lookup("State Department"),
            g.lookup("Department of State")
        );
        assert!(g.given_names.contains("James"));
        assert!(g.titles.contains("President"));
    }
}
