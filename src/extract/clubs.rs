//! "Liverpool signed Florian Wirtz", "second behind Liverpool": in a story about sport, a
//! city's name alone is the club named after it (Liverpool F.C.) when the lists hold one,
//! unless the word before it makes it the place ("in Liverpool", "the city of Liverpool").
//!
//! Organizations no list holds that are named so ("Arsenal", "Chelsea"), and persons of
//! that single name, are those clubs there too.
//!
//! A story is about sport when it names at least two sports organizations the lists hold
//! ("Premier League", "Bayer Leverkusen"): one club named once in a city story ("Liverpool's
//! mayor … Liverpool FC's stadium") does not turn the city into the club.

use std::borrow::Cow;

use super::Context;
use super::actors::{Actor, ActorKind};
use super::locations::Location;
use crate::gazetteer::{Entry, Gazetteer, OrgType, PlaceKind};
use crate::text::WordSet;

/// Words before a city's name that make it the place: "in Liverpool", "the city of
/// Liverpool", "near Milan".
static PLACE_WORDS_BEFORE: WordSet = WordSet::new(&[
    "in", "at", "near", "outside", "around", "across", "of", "streets", "city", "town",
    "downtown", "central",
]);

/// How many listed sports organizations make a story one about sport.
const SPORTS_STORY: usize = 2;

/// Moves the mentions of a city that name its club (see the module docs) to that club.
pub fn city_clubs<'t>(
    ctx: &Context<'t, '_>,
    g: &Gazetteer,
    actors: &mut Vec<Actor<'t>>,
    locations: &mut Vec<Location>,
) {
    let sports = actors
        .iter()
        .filter(|a| a.org_type == Some(OrgType::Sports))
        .count();
    if sports < SPORTS_STORY {
        return;
    }
    let src = ctx.src;
    let mut changed = false;
    let mut k = 0;
    while k < locations.len() {
        let l = &locations[k];
        let Some(o) = (l.kind == PlaceKind::City)
            .then(|| club_named_after(g, &l.name))
            .flatten()
        else {
            k += 1;
            continue;
        };
        let (club, place): (Vec<_>, Vec<_>) = l.mentions.iter().cloned().partition(|m| {
            let before = src[..m.span.start].trim_end();
            let word = before.rsplit([' ', '\n', '(']).next().unwrap_or("");
            !PLACE_WORDS_BEFORE.contains_lowercase(word) && !m.span.text(src).chars().all(char::is_uppercase)
        });
        if club.is_empty() {
            k += 1;
            continue;
        }
        changed = true;
        let org = &g.organizations[o as usize];
        let i = match actors.iter().position(|a| a.name == org.name()) {
            Some(i) => i,
            None => {
                actors.push(Actor {
                    name: Cow::Borrowed(org.name()),
                    kind: ActorKind::Organization,
                    aliases: Vec::new(),
                    affiliation: (!org.country().is_empty()).then_some(Cow::Borrowed(org.country())),
                    role: None,
                    org_type: Some(org.org_type),
                    mentions: Vec::new(),
                });
                actors.len() - 1
            }
        };
        let alias = Cow::Owned(l.name.to_string());
        if actors[i].name != alias && !actors[i].aliases.contains(&alias) {
            actors[i].aliases.push(alias);
        }
        actors[i].mentions.extend(club);
        if place.is_empty() {
            locations.remove(k);
        } else {
            locations[k].mentions = place;
            k += 1;
        }
    }
    // "Arsenal", "Chelsea" read as organizations no list holds, or as one person's single
    // name ("told Arsenal's website"): the clubs of those names.
    let mut k = 0;
    while k < actors.len() {
        let a = &actors[k];
        let guessed = (a.kind == ActorKind::Organization && a.org_type.is_none())
            || (a.kind == ActorKind::Person && !a.name.contains(' '));
        let club = guessed.then(|| club_named_after(g, &a.name)).flatten();
        let Some(o) = club else {
            k += 1;
            continue;
        };
        changed = true;
        let org = &g.organizations[o as usize];
        let short = actors[k].name.clone();
        match actors.iter().position(|b| b.name == org.name()) {
            Some(i) => {
                let a = actors.remove(k);
                let i = if i > k { i - 1 } else { i };
                if !actors[i].aliases.contains(&short) {
                    actors[i].aliases.push(short);
                }
                actors[i].mentions.extend(a.mentions);
            }
            None => {
                let a = &mut actors[k];
                a.kind = ActorKind::Organization;
                a.role = None;
                a.name = Cow::Borrowed(org.name());
                a.aliases.insert(0, short);
                a.affiliation = (!org.country().is_empty()).then_some(Cow::Borrowed(org.country()));
                a.org_type = Some(org.org_type);
                k += 1;
            }
        }
    }
    if changed {
        super::merge::in_text_order(actors, locations);
    }
}

/// The listed sports club named after the city `city` ("Liverpool F.C.", "FC Porto").
fn club_named_after(g: &Gazetteer, city: &str) -> Option<u32> {
    [format!("{city} F.C."), format!("{city} FC"), format!("FC {city}")]
        .iter()
        .find_map(|name| {
            g.lookup(name).iter().find_map(|e| match e {
                Entry::Organization(o) if g.organizations[*o as usize].org_type == OrgType::Sports => {
                    Some(*o)
                }
                _ => None,
            })
        })
}
