//! Gazetteer: every known name (places, organizations, demonyms, groups) matched in one
//! Aho-Corasick pass, plus the given-name and person-title lists the actor rules use.
//!
//! Matching is case-sensitive (names are proper nouns as written), leftmost-longest (so
//! "Bank of England" wins over "England") and respects word boundaries. Deciding what a
//! match means — which of several "Washington"s, whether "Jordan" is a person — is left to
//! the extractors.

pub mod tables;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::span::Span;
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
    /// Latitude, when known.
    pub lat: Option<f64>,
    /// Longitude, when known.
    pub lon: Option<f64>,
    /// Population (0 when unknown).
    pub population: u64,
    /// GeoNames id, when known.
    pub geonames_id: Option<u64>,
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

/// All the names dossier knows, ready for matching.
pub struct Gazetteer {
    /// Places.
    pub places: Vec<Place>,
    /// Organizations.
    pub organizations: Vec<Organization>,
    /// Demonyms and groups.
    pub groups: Vec<Group>,
    /// Given names.
    pub given_names: HashSet<&'static str>,
    /// Person titles ("President", "Gen.").
    pub titles: HashSet<&'static str>,
    matcher: AhoCorasick,
    /// For each pattern, its range in `entries`.
    pattern_entries: Vec<(u32, u32)>,
    entries: Vec<Entry>,
}

static EMBEDDED: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build_embedded);

fn parse_coord(s: &str) -> Option<f64> {
    s.parse().ok()
}

impl Gazetteer {
    /// The gazetteer built from the tables compiled into the binary (built once).
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    fn build_embedded() -> Gazetteer {
        let mut b = Builder::default();
        let mut key_index: HashMap<&'static str, u32> = HashMap::new();
        for r in rows(tables::PLACES) {
            let idx = b.places.len() as u32;
            key_index.insert(field(&r, 0), idx);
            b.places.push(Place {
                key: field(&r, 0),
                name: field(&r, 1),
                kind: PlaceKind::parse(field(&r, 2)),
                country: field(&r, 3),
                lat: parse_coord(field(&r, 4)),
                lon: parse_coord(field(&r, 5)),
                population: field(&r, 6).parse().unwrap_or(0),
                geonames_id: field(&r, 7).parse().ok(),
            });
        }
        for r in rows(tables::REGIONS) {
            let idx = b.places.len() as u32;
            let name = field(&r, 1);
            key_index.insert(field(&r, 0), idx);
            b.places.push(Place {
                key: field(&r, 0),
                name,
                kind: PlaceKind::parse(field(&r, 2)),
                country: field(&r, 3),
                lat: parse_coord(field(&r, 4)),
                lon: parse_coord(field(&r, 5)),
                population: 0,
                geonames_id: None,
            });
            b.add(name, Entry::Place(idx));
            for alias in field(&r, 6).split('|') {
                b.add(alias, Entry::Place(idx));
            }
        }
        for table in [tables::PLACE_NAMES, tables::PLACE_ALIASES] {
            for r in rows(table) {
                if let Some(&idx) = key_index.get(field(&r, 1)) {
                    b.add(field(&r, 0), Entry::Place(idx));
                }
            }
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
        let mut group_index: HashMap<String, u32> = HashMap::new();
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
        let given_names = tables::GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        let titles = tables::PERSON_TITLES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        b.finish(given_names, titles)
    }

    /// Every known name in `text`, leftmost-longest, on word boundaries.
    pub fn find_all<'g, 't>(&'g self, text: &'t str) -> impl Iterator<Item = Hit<'g>> + 't
    where
        'g: 't,
    {
        self.matcher.find_iter(text).filter_map(move |m| {
            let span = Span::new(m.start(), m.end());
            if !is_word_boundary(text, span) {
                return None;
            }
            let (start, len) = self.pattern_entries[m.pattern().as_usize()];
            Some(Hit {
                span,
                entries: &self.entries[start as usize..(start + len) as usize],
            })
        })
    }

    /// The entries for exactly this name, if it is known.
    pub fn lookup(&self, name: &str) -> &[Entry] {
        match self.matcher.find(name) {
            Some(m) if m.start() == 0 && m.end() == name.len() => {
                let (start, len) = self.pattern_entries[m.pattern().as_usize()];
                &self.entries[start as usize..(start + len) as usize]
            }
            _ => &[],
        }
    }

    /// The place with this table key (an ISO code for countries).
    pub fn place_by_key(&self, key: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.key == key)
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
    patterns: HashMap<&'static str, Vec<Entry>>,
}

impl Builder {
    fn add(&mut self, name: &'static str, entry: Entry) {
        let name = name.trim();
        // Names with a leading article are matched without it; spans stay tight.
        let name = name.strip_prefix("the ").unwrap_or(name);
        if name.chars().count() < 2 {
            return;
        }
        let list = self.patterns.entry(name).or_default();
        if !list.contains(&entry) {
            list.push(entry);
        }
    }

    fn finish(
        self,
        given_names: HashSet<&'static str>,
        titles: HashSet<&'static str>,
    ) -> Gazetteer {
        let mut names: Vec<(&'static str, Vec<Entry>)> = self.patterns.into_iter().collect();
        names.sort_by(|a, b| a.0.cmp(b.0));
        let mut entries = Vec::new();
        let mut pattern_entries = Vec::with_capacity(names.len());
        for (_, list) in &names {
            pattern_entries.push((entries.len() as u32, list.len() as u32));
            entries.extend_from_slice(list);
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(names.iter().map(|(n, _)| n))
            .expect("gazetteer patterns build");
        Gazetteer {
            places: self.places,
            organizations: self.organizations,
            groups: self.groups,
            given_names,
            titles,
            matcher,
            pattern_entries,
            entries,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(text: &str) -> Vec<&str> {
        Gazetteer::embedded()
            .find_all(text)
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
