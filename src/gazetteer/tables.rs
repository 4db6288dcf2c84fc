//! The data tables compiled into the binary, and their parsing.
//!
//! Tables are tab-separated text under `data/` (see `data/README.md` for sources and
//! licences). They are included with `include_str!` and parsed once, on first use.

/// GeoNames places: `key name kind country lat lon population geonames_id admin1`.
pub const PLACES: &str = include_str!("../../data/places.tsv");
/// Place names and aliases: `name key`.
pub const PLACE_NAMES: &str = include_str!("../../data/place_names.tsv");
/// Hand-kept short country names: `alias key`.
pub const PLACE_ALIASES: &str = include_str!("../../data/place_aliases.tsv");
/// Hand-kept regions: `key name kind country lat lon aliases`.
pub const REGIONS: &str = include_str!("../../data/regions.tsv");
/// Demonyms from countryinfo: `demonym country number`.
pub const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");
/// Hand-kept extra demonyms: `demonym country number`.
pub const DEMONYM_EXTRA: &str = include_str!("../../data/demonym_extra.tsv");
/// Hand-kept groups: `word canonical country`.
pub const GROUPS: &str = include_str!("../../data/groups.tsv");
/// Hand-kept organizations: `name type country aliases`.
pub const ORGANIZATIONS: &str = include_str!("../../data/organizations.tsv");
/// Given names, one a line.
pub const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");
/// Person titles, one a line.
pub const PERSON_TITLES: &str = include_str!("../../data/person_titles.txt");

/// The data rows of a table: comment lines (`#`) and blank lines skipped, split on tabs.
pub fn rows(table: &str) -> impl Iterator<Item = [&str; MAX_FIELDS]> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            // A fixed array, not a Vec: tens of thousands of rows are parsed at start-up.
            let mut row = [""; MAX_FIELDS];
            for (slot, f) in row.iter_mut().zip(l.split('\t')) {
                *slot = f;
            }
            row
        })
}

/// The most fields any table has.
pub const MAX_FIELDS: usize = 10;

/// Field `i` of a row, or "" when the row is short.
pub fn field<'a>(row: &[&'a str], i: usize) -> &'a str {
    row.get(i).copied().unwrap_or("").trim()
}
