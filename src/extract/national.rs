//! The country of a national body named without one ("Congress", "the Senate", "the
//! Supreme Court"). The lists hold these names for the United States, where most English
//! news uses them; an article set in another country, naming no place in the US, means
//! its own: "Congress" in a story from Buenos Aires is Argentina's, in one from New Delhi
//! India's Congress party.

use super::actors::Actor;
use super::locations::Location;
use crate::gazetteer::{OrgType, PlaceKind};
use std::borrow::Cow;

/// The US bodies whose bare name other countries' bodies share.
const SHARED_NAMES: [&str; 4] = ["Congress", "Senate", "Supreme Court", "House of Representatives"];

/// Gives the bodies of [`SHARED_NAMES`] the country a mention names as their owner
/// ("Brazil's Supreme Court"), or else the article's country, when the article names no
/// place in the US, names one other country most, and no mention says "U.S.". "Congress"
/// followed by "party" is a party.
pub fn localize(src: &str, actors: &mut [Actor], locations: &[Location]) {
    for a in actors.iter_mut() {
        if SHARED_NAMES.contains(&a.name.as_ref())
            && a.affiliation.as_deref() == Some("US")
            && let Some(owner) = possessing_country(src, a, locations)
        {
            a.affiliation = Some(Cow::Borrowed(owner));
        }
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for l in locations.iter().filter(|l| !l.country.is_empty()) {
        match counts.iter_mut().find(|(c, _)| *c == l.country) {
            Some((_, n)) => *n += l.mentions.len(),
            None => counts.push((l.country, l.mentions.len())),
        }
    }
    if counts.iter().any(|(c, _)| *c == "US") {
        return;
    }
    // The most named country, first named on a tie.
    let Some(&(host, _)) = counts.iter().rev().max_by_key(|(_, n)| *n) else {
        return;
    };
    for a in actors.iter_mut() {
        let shared = SHARED_NAMES.contains(&a.name.as_ref()) && a.affiliation.as_deref() == Some("US");
        let said_us = || {
            a.mentions.iter().any(|m| {
                let text = m.span.text(src);
                text.contains("U.S")
                    || text.contains("US ")
                    || text.contains("United States")
                    || text.contains("Capitol")
            })
        };
        if !shared || said_us() {
            continue;
        }
        a.affiliation = Some(Cow::Borrowed(host));
        let party = a.name == "Congress"
            && a.mentions.iter().any(|m| {
                src[m.span.end..].trim_start().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("party"))
            });
        if party {
            a.org_type = Some(OrgType::Party);
        }
    }
}

/// The country whose possessive stands right before one of the actor's mentions:
/// "Brazil's Supreme Court", "South Korea’s Congress".
fn possessing_country(src: &str, a: &Actor, locations: &[Location]) -> Option<&'static str> {
    a.mentions.iter().find_map(|m| {
        let before = src[..m.span.start].strip_suffix(' ')?;
        let owner = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s"))?;
        locations
            .iter()
            .filter(|l| l.kind == PlaceKind::Country && !l.country.is_empty())
            .find(|l| l.mentions.iter().any(|lm| lm.span.end == owner.len()))
            .map(|l| l.country)
    })
}
