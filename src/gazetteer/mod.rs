//! Gazetteer: every known name (places, organizations, demonyms, groups), plus the
//! given-name and person-title lists the actor rules use.
//!
//! Names are indexed by their first token, so matching is one hash lookup per word of
//! the text. The index is built at compile time by `build.rs` from the tables under
//! `data/` (static arrays and hash tables, see `lookup.rs`), so nothing is parsed at
//! start-up. Matching is case-sensitive (names are
//! proper nouns as written), longest first (so "Bank of England" wins over "England")
//! and respects word boundaries. Deciding what a
//! match means — which of several "Washington"s, whether "Jordan" is a person — is left to
//! the extractors.

use crate::lookup::{self, NameTable};
use crate::span::Span;
use crate::text::Token;
#[cfg(test)]
use crate::text::tokenize;

/// What kind of place an entry is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
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
}

/// A string of the compiled-in tables: its offset and length in their one text, so that
/// the tables hold no pointers (see `build.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Str(u32, u32);

impl Str {
    /// The string.
    #[inline]
    fn get(self) -> &'static str {
        let at = self.0 as usize;
        TEXT.get(at..at + self.1 as usize).unwrap_or_default()
    }

    /// Its length in bytes, known without fetching it.
    #[inline]
    fn len(self) -> usize {
        self.1 as usize
    }
}

/// A place from the tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    key: Str,
    name: Str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    country: Str,
    /// Latitude, when known.
    lat: Option<f64>,
    /// Longitude, when known.
    lon: Option<f64>,
    /// Population (0 when unknown).
    population: u64,
    /// GeoNames id, when known.
    geonames_id: Option<u64>,
    /// The first-level division's code within its country ("IL" for a city in Illinois
    /// and for Illinois itself), "" when unknown.
    admin1: Str,
}

/// The ISO 3166-1 alpha-3 code of the country with alpha-2 code `alpha2` ("NA" gives
/// "NAM"), when the tables know it.
pub fn alpha3(alpha2: &str) -> Option<&'static str> {
    let (entries, _) = COUNTRY_CODES.as_chunks::<5>();
    let i = entries
        .binary_search_by(|e| e[..2].cmp(alpha2.as_bytes()))
        .ok()?;
    std::str::from_utf8(&entries[i][2..]).ok()
}

/// What an organization is: the closed vocabulary of `data/organizations.tsv`'s type
/// column (checked when the crate is built), and `state` for a country acting.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum OrgType {
    ArmedGroup,
    Company,
    Court,
    Government,
    Intergovernmental,
    Legislature,
    Military,
    Ministry,
    NewsAgency,
    Ngo,
    Party,
    Security,
    Sports,
    State,
    University,
}

impl OrgType {
    /// The name used in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgType::ArmedGroup => "armed_group",
            OrgType::Company => "company",
            OrgType::Court => "court",
            OrgType::Government => "government",
            OrgType::Intergovernmental => "intergovernmental",
            OrgType::Legislature => "legislature",
            OrgType::Military => "military",
            OrgType::Ministry => "ministry",
            OrgType::NewsAgency => "news_agency",
            OrgType::Ngo => "ngo",
            OrgType::Party => "party",
            OrgType::Security => "security",
            OrgType::Sports => "sports",
            OrgType::State => "state",
            OrgType::University => "university",
        }
    }
}

/// An organization from the curated table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    name: Str,
    /// Its type.
    pub org_type: OrgType,
    country: Str,
}

impl Organization {
    /// Canonical name.
    pub fn name(&self) -> &'static str {
        self.name.get()
    }

    /// ISO code of the country it belongs to, "" when international.
    pub fn country(&self) -> &'static str {
        self.country.get()
    }
}

/// A demonym or group word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    name: Str,
    country: Str,
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

/// A name and its range in the entry list.
#[derive(Debug, Clone, Copy)]
struct IndexedName {
    name: Str,
    /// Up to eight bytes of the name after its first token (little-endian, zero-padded):
    /// most candidates are told apart from the text by this alone, without fetching the
    /// name from wherever it lies in memory.
    tail: u64,
    start: u32,
    len: u32,
}

/// A fixed list of names (given names, person titles) answering membership in one hash.
#[derive(Clone, Copy)]
pub struct NameList {
    /// Each name with its index in `names` plus one.
    table: NameTable,
    /// The names, for those longer than a slot's head.
    names: &'static [Str],
    /// For a list far larger than the nearest caches, a filter of its names: most words
    /// asked about are not in the list, and one fetch from the filter, which stays cached,
    /// turns nearly all of them away without a fetch from the table.
    filter: Option<&'static [u64; lookup::FILTER_WORDS]>,
}

impl NameList {
    /// True when `name` is in the list, as written or, when it has diacritics the list's
    /// spelling lacks, without them ("Tomáš" as "Tomas"). Inlined up to the filter, which
    /// turns most words away: those cost no call.
    #[inline]
    pub fn contains(&self, name: &str) -> bool {
        self.contains_exact(name)
            || (!name.is_ascii() && without_marks(name).is_some_and(|n| self.contains_exact(&n)))
    }

    /// [`contains`](Self::contains), or two listed names joined by a hyphen, as given names
    /// are ("Jean-Marc", "Anne-Sophie", "Karl-Heinz"): the list cannot hold every pair.
    pub fn contains_or_pair(&self, name: &str) -> bool {
        self.contains(name)
            || name.split_once('-').is_some_and(|(a, b)| {
                a.len() > 1 && b.len() > 1 && !b.contains('-') && self.contains(a) && self.contains(b)
            })
    }

    #[inline]
    fn contains_exact(&self, name: &str) -> bool {
        let h = lookup::hash(name);
        if self
            .filter
            .is_some_and(|filter| !lookup::may_contain_hash(filter, h))
        {
            return false;
        }
        self.holds(name, h)
    }

    /// True when the table holds `name`, whose hash is `h`.
    #[inline(never)]
    fn holds(&self, name: &str, h: u64) -> bool {
        self.table
            .find_value(name, h, |v| self.names[v as usize - 1].get() == name)
            .is_some()
    }
}

/// `name` without the combining marks of its canonical decomposition ("Dvořáček" as
/// "Dvoracek"), or `None` when it has none to remove. Letters that do not decompose ("ł",
/// "ø") stay as they are.
pub(crate) fn without_marks(name: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let folded: String = name.nfd().filter(|c| !is_combining_mark(*c)).collect();
    (folded != name).then_some(folded)
}

/// All the names dossier knows, ready for matching.
pub struct Gazetteer {
    /// Places.
    pub places: &'static [Place],
    /// Bit `i` set when place `i` is a country.
    countries: &'static [u64],
    /// Organizations.
    pub organizations: &'static [Organization],
    /// Demonyms and groups.
    pub groups: &'static [Group],
    /// Given names.
    pub given_names: NameList,
    /// Person titles ("President", "Gen.").
    pub titles: NameList,
    /// The titles that begin with an upper-case ASCII letter, with that letter lowered.
    titles_lowered: NameList,
    /// Every name, sorted by first token and then longest first.
    names: &'static [IndexedName],
    /// Which pairs of bytes begin a first token (see [`lookup::pair_bit`]).
    key_pairs: &'static [u64; lookup::PAIR_WORDS],
    /// Which first tokens exist, approximately, to reject most words in one cheap hash.
    key_filter: &'static [u64; lookup::FILTER_WORDS],
    /// The distinct first tokens, each with its range in `names` (see [`lookup::range_value`]).
    keys: NameTable,
    entries: &'static [Entry],
}

/// The index `build.rs` generates. Clippy is kept out: coordinates such as 3.1416 would
/// read to it as approximations of π.
#[allow(clippy::all)]
mod data {
    use super::{
        Entry, Group, IndexedName, NameList, OrgType, Organization, Place, PlaceKind, Str,
    };
    use crate::lookup::NameTable;
    include!(concat!(env!("OUT_DIR"), "/gazetteer_data.rs"));
    /// The text every [`Str`] of the tables is in. A constant, not a static: code reaches
    /// it by its own address, with nothing to relocate.
    pub(super) const TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer_text.txt"));
}
use data::*;

static EMBEDDED: Gazetteer = Gazetteer {
    places: &PLACES,
    countries: &COUNTRY_PLACES,
    organizations: &ORGANIZATIONS,
    groups: &GROUPS,
    given_names: GIVEN_NAMES,
    titles: TITLES,
    titles_lowered: TITLES_LOWERED,
    names: &NAMES,
    key_pairs: &KEY_PAIRS,
    key_filter: &KEY_FILTER,
    keys: KEYS,
    entries: &ENTRIES,
};

impl Group {
    /// Canonical group name ("Egyptians", "Sunnis").
    pub fn name(&self) -> &'static str {
        self.name.get()
    }

    /// The country (or continent key) it is tied to, "" when none.
    pub fn country(&self) -> &'static str {
        self.country.get()
    }
}

impl Place {
    /// The table key (ISO code for countries, GeoNames id for cities, `R-...` for regions).
    pub fn key(&self) -> &'static str {
        self.key.get()
    }

    /// Canonical name.
    pub fn name(&self) -> &'static str {
        self.name.get()
    }

    /// ISO 3166-1 alpha-2 code of the country it is in (or is), "" when none.
    pub fn country(&self) -> &'static str {
        self.country.get()
    }

    /// Population (0 when unknown).
    pub fn population(&self) -> u64 {
        self.population
    }

    /// The first-level division's code within the country, "" when unknown.
    pub fn admin1(&self) -> &'static str {
        self.admin1.get()
    }

    /// GeoNames id, when known.
    pub fn geonames_id(&self) -> Option<u64> {
        self.geonames_id
    }

    /// Latitude, when known.
    pub fn lat(&self) -> Option<f64> {
        self.lat
    }

    /// Longitude, when known.
    pub fn lon(&self) -> Option<f64> {
        self.lon
    }
}

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// True when place `place` (an index into [`Gazetteer::places`]) is a country: the
    /// test the extractors make of every place a name may be, without fetching the place.
    pub fn is_country(&self, place: u32) -> bool {
        let i = place as usize;
        self.countries[i / 64] >> (i % 64) & 1 != 0
    }

    /// Every known name in `text` (whose tokens are `tokens`), longest first at each
    /// token, on word boundaries.
    pub fn find_all(&self, text: &str, tokens: &[Token]) -> Vec<Hit<'_>> {
        // About one known name in 60 tokens of news; room for one in 32 seldom grows.
        let mut hits = Vec::with_capacity(tokens.len() / 32);
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            // Most words are lower case, and only a handful of names begin in lower case
            // ("al-Qaeda"): a word whose first two bytes begin no name is skipped at once,
            // by a set of pairs small enough to stay in the nearest cache. The bytes are
            // read from the text as they are, before the word is cut out of it.
            let word_bytes = text.as_bytes().get(t.span.start..t.span.end);
            let pair = lookup::pair_bit(word_bytes.unwrap_or_default());
            if self.key_pairs[pair / 64] & (1 << (pair % 64)) == 0 {
                i += 1;
                continue;
            }
            let word = t.text(text);
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
        let bytes = word.as_bytes();
        self.match_key(text, start, word)
            .or_else(|| {
                let possessive = bytes.last() == Some(&b's');
                possessive
                    .then(|| strip_possessive(word))
                    .flatten()
                    .and_then(|key| self.match_key(text, start, key))
            })
            .or_else(|| {
                let hyphen = bytes.iter().position(|&b| b == b'-')?;
                self.match_key(text, start, &word[..hyphen])
            })
    }

    /// The longest known name starting at byte `start` whose first token is `key`. Inlined
    /// up to the filter, which turns most keys away: those cost no call.
    #[inline]
    fn match_key(&self, text: &str, start: usize, key: &str) -> Option<Hit<'_>> {
        let h = lookup::hash(key);
        if !lookup::may_contain_hash(self.key_filter, h) {
            return None;
        }
        self.match_hashed(text, start, key, h)
    }

    /// [`Gazetteer::match_key`] for a key the filter let through, whose hash is `h`.
    #[inline(never)]
    fn match_hashed(&self, text: &str, start: usize, key: &str, h: u64) -> Option<Hit<'_>> {
        let names = self.names_of_key(key, h)?;
        // The eight bytes after the key in the text, zero-padded at its end (a name has
        // no zero byte, so padding never matches one).
        let text_tail = crate::ascii::first_eight(&text.as_bytes()[start + key.len()..]);
        for n in names {
            // The text begins with the key; it holds the name if it also holds the rest.
            let extra = n.name.len() - key.len();
            let mask = match extra {
                0 => 0,
                1..8 => (1u64 << (8 * extra)) - 1,
                _ => u64::MAX,
            };
            if text_tail & mask == n.tail && (extra <= 8 || text[start..].starts_with(n.name.get()))
            {
                let span = Span::new(start, start + n.name.len());
                if is_word_boundary(text, span) {
                    return Some(Hit {
                        span,
                        entries: self.entries_of(n),
                    });
                }
            }
        }
        None
    }

    /// The names whose first token is `key`, longest first.
    fn candidates(&self, key: &str) -> &[IndexedName] {
        self.names_of_key(key, lookup::hash(key))
            .unwrap_or_default()
    }

    /// The names whose first token is `key` (whose hash is `h`), longest first; `None`
    /// when no name begins with it.
    fn names_of_key(&self, key: &str, h: u64) -> Option<&[IndexedName]> {
        let in_names = |value: u32| &self.names[lookup::range_of_value(value)];
        // A key is the first token of each of its names: the first confirms a long key.
        let value = self.keys.find_value(key, h, |v| {
            in_names(v)[0].name.get().as_bytes().get(..key.len()) == Some(key.as_bytes())
        })?;
        Some(in_names(value))
    }

    fn entries_of(&self, n: &IndexedName) -> &[Entry] {
        &self.entries[n.start as usize..(n.start + n.len) as usize]
    }

    /// True when `phrase` with its first letter in upper case is a person title ("foreign
    /// minister" → "Foreign Minister"). Asked of the word before every name: a phrase in
    /// lower-case ASCII is looked up as it is, with no string built.
    pub fn is_title_capitalized(&self, phrase: &str) -> bool {
        match phrase.as_bytes().first() {
            None => false,
            Some(b) if b.is_ascii_lowercase() => self.titles_lowered.contains(phrase),
            Some(b) if b.is_ascii() => self.titles.contains(phrase),
            Some(_) => {
                let mut c = phrase.chars();
                let capitalized = c
                    .next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default();
                self.titles.contains(&capitalized)
            }
        }
    }

    /// The entries for exactly this name, if it is known.
    pub fn lookup(&self, name: &str) -> &[Entry] {
        let Some(key) = first_token(name) else {
            return &[];
        };
        self.candidates(key)
            .iter()
            .find(|n| n.name.get() == name)
            .map_or(&[], |n| self.entries_of(n))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_bits_are_the_places_of_kind_country() {
        let g = Gazetteer::embedded();
        let mut countries = 0;
        for (i, place) in g.places.iter().enumerate() {
            let i = u32::try_from(i).unwrap();
            assert_eq!(
                g.is_country(i),
                place.kind == PlaceKind::Country,
                "{}",
                place.name()
            );
            countries += usize::from(g.is_country(i));
        }
        assert!(countries > 150, "{countries} countries");
    }

    #[test]
    fn every_country_of_people_has_coordinates() {
        // The capital's, found though GeoNames writes it otherwise than the country table
        // ("Brasília" for "Brasilia", "Astana" for "Nur-Sultan").
        let g = Gazetteer::embedded();
        let missing: Vec<&str> = g
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Country && p.population() >= 100_000)
            .filter(|p| p.lat().is_none() || p.lon().is_none())
            .map(|p| p.name())
            .collect();
        assert!(missing.is_empty(), "no coordinates: {missing:?}");
    }

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

    /// The index `build.rs` wrote answers for every row of the generated place-name table.
    #[test]
    fn every_place_name_is_indexed() {
        let g = Gazetteer::embedded();
        let table = include_str!("../../data/place_names.tsv");
        let mut rows = 0;
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, key)) = line.split_once('\t') else {
                continue;
            };
            let (name, key) = (name.trim(), key.trim());
            rows += 1;
            let found = g.lookup(name).iter().any(|e| match e {
                Entry::Place(i) => g.places[*i as usize].key() == key,
                _ => false,
            });
            // A name the tokenizer cannot start a word with is not indexed (no first word).
            assert!(
                found || crate::text::first_word(name).is_none(),
                "{name} -> {key}"
            );
        }
        assert!(rows > 60_000, "{rows} rows");
    }

    #[test]
    fn every_indexed_name_is_found_in_text() {
        // Through the whole scan, pair set and filter included, also with a possessive or
        // a hyphenated tail on a one-word name.
        let g = Gazetteer::embedded();
        for n in g.names {
            let name = n.name.get();
            let one_word = crate::text::first_word(name) == Some(name);
            let texts = [
                Some(name.to_string()),
                one_word.then(|| format!("{name}’s")),
                // The tail is cut at the first hyphen: "Guinea-Bissau-led" is not looked up.
                (one_word && !name.contains('-')).then(|| format!("{name}-led")),
            ];
            for text in texts.into_iter().flatten() {
                let hits = g.find_all(&text, &tokenize(&text));
                assert!(
                    hits.first()
                        .is_some_and(|h| h.span == Span::new(0, name.len())),
                    "{text:?}: {hits:?}"
                );
            }
        }
    }

    #[test]
    fn pair_bits_table() {
        let cases: &[(&[u8], usize)] = &[
            (b"al", usize::from(b'a') << 8 | usize::from(b'l')),
            (b"A", usize::from(b'A') << 8),
            (b"", 0),
            ("\u{c9}".as_bytes(), 0xC3 << 8 | 0x89),
        ];
        for (word, want) in cases {
            assert_eq!(lookup::pair_bit(word), *want, "{word:?}");
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
        for (written, listed) in [("Tomáš", "Tomas"), ("José", "Jose"), ("Zoë", "Zoe")] {
            assert!(g.given_names.contains(listed), "{listed}");
            assert!(g.given_names.contains(written), "{written}");
        }
        assert!(!g.given_names.contains("Dvořáček"));
        let titles: &[(&str, bool)] = &[
            ("president", true),
            ("President", true),
            ("secretary of State", true),
            ("Secretary of State", true),
            ("secretary  of State", false),
            ("presidents", false),
            ("", false),
            ("élysée", false),
        ];
        for (phrase, want) in titles {
            assert_eq!(g.is_title_capitalized(phrase), *want, "{phrase:?}");
        }
        assert!(g.titles.contains("President"));
    }

    #[test]
    fn every_given_name_passes_the_filter_and_few_other_words_do() {
        let g = Gazetteer::embedded();
        let filter = g.given_names.filter.expect("the given names have a filter");
        let missed: Vec<_> = data::GIVEN_NAMES_NAMES
            .iter()
            .filter(|n| !g.given_names.contains(n.get()))
            .collect();
        assert!(missed.is_empty(), "{missed:?}");
        // Made-up words are no given names: the filter alone turns nearly all away.
        let passed = (0..10_000)
            .map(|i| format!("Qzx{i}"))
            .filter(|w| lookup::may_contain_hash(filter, lookup::hash(w)))
            .count();
        assert!(passed < 300, "{passed} of 10,000 pass");
    }
}
