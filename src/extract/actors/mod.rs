//! Actors: people, organizations and groups, each merged across its spellings.
//!
//! Evidence, strongest first: the curated organization table and demonyms (gazetteer
//! hits); titles before a name ("Foreign Minister Sameh Shoukry"); organization words
//! ending a name ("... Ministry", "... University") or heading it ("Bank of ..."); given
//! names; name particles ("al-", "bin"); verbs of saying; acronyms defined in the text.
//! Countries acting in a sentence become state actors; demonyms and countries before a
//! role noun ("Egyptian and Qatari diplomats", "U.S. officials") become group actors.
//! The learned tagger (`extract::tagger`) runs after these rules and adds what they miss.
//!
//! Where things are: [`find`] here gathers the evidence in order and `merge` joins the
//! mentions of one actor; `classify` decides what a capitalized run names; `groups` finds
//! group and state actors; `short_names` joins a surname to its full name; `lexicon` holds
//! the word lists (a word to add goes there); `tests` holds the rule tables.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::names::Chunk;
use super::{Context, Mention};
use crate::gazetteer::{Entry, Gazetteer, Hit, OrgType, Organization, Place, PlaceKind};
use crate::span::{Span, overlapping};

mod classify;
mod groups;
mod lexicon;

pub(crate) use lexicon::{
    FACILITY_AFTER, GENERATIONS, HEAD_ALONE, ORG_SUFFIXES, ROLE_NOUNS, STORM_WORDS, TITLE_HEADS, club_name_tail, is_initialism,
    without_legal_form,
};
mod short_names;
#[cfg(test)]
mod tests;

use classify::*;
use groups::*;
use lexicon::*;
use short_names::*;
pub(crate) use short_names::the_club_ending_with;

/// What kind of actor.
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
pub enum ActorKind {
    /// A person.
    Person,
    /// An organization or a state.
    Organization,
    /// A group of people (a nationality, a faith, "Egyptian diplomats").
    Group,
}

impl ActorKind {
    /// The name used in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
        }
    }
}

/// One actor with all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor<'a> {
    /// Canonical name: the gazetteer's, or the text's (`'a`) single-spaced.
    pub name: Cow<'a, str>,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Other spellings seen.
    pub aliases: Vec<Cow<'a, str>>,
    /// Country code or organization it belongs to.
    pub affiliation: Option<Cow<'a, str>>,
    /// The role of a group ("diplomats").
    pub role: Option<Cow<'a, str>>,
    /// For organizations, their type.
    pub org_type: Option<OrgType>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
}

impl<'a> Actor<'a> {
    /// An actor no list holds: its name as the text writes it, nothing else known.
    pub fn unlisted(name: Cow<'a, str>, kind: ActorKind, mentions: Vec<Mention>) -> Actor<'a> {
        Actor {
            name,
            kind,
            aliases: Vec::new(),
            affiliation: None,
            role: None,
            org_type: None,
            mentions,
        }
    }
}

/// Actors found, and the spans they claim (so that "Jordan" in "Michael Jordan" is not
/// also a place).
pub struct Found<'a> {
    /// The actors, in order of first mention.
    pub actors: Vec<Actor<'a>>,
    /// Spans of person and organization names built from chunks.
    pub claimed: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key<'a> {
    Org(u32),
    NewOrg(Cow<'a, str>),
    State(&'static str),
    Person(Cow<'a, str>),
    Group(Cow<'a, str>),
}

/// One mention of an actor before mentions of the same actor are merged. Names borrow
/// the text or the gazetteer where they can.
struct Raw<'a> {
    key: Key<'a>,
    span: Span,
    name: Cow<'a, str>,
    kind: ActorKind,
    affiliation: Option<Cow<'a, str>>,
    role: Option<Cow<'a, str>>,
    org_type: Option<OrgType>,
}

/// The part of `chunk` after "of" (and any "the") that follows a person's name ending at
/// `end`, as a chunk of its own.
fn of_remainder(ctx: &Context, chunk: &Chunk, end: usize) -> Option<Chunk> {
    let toks = &ctx.layer.tokens;
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(ctx.src));
    let at = ctx.layer.token_at(end);
    if at >= chunk.tokens.end || word(at) != "of" {
        return None;
    }
    let first = if word(at + 1) == "the" { at + 2 } else { at + 1 };
    (first < chunk.tokens.end).then(|| Chunk {
        span: Span::new(toks[first].span.start, chunk.span.end),
        tokens: first..chunk.tokens.end,
        sentence_initial: false,
        in_heading: chunk.in_heading,
    })
}

/// Finds the actors of the article.
pub fn find<'a>(ctx: &Context<'a, '_>, g: &Gazetteer, hits: &[Hit], chunks: &[Chunk]) -> Found<'a> {
    let src = ctx.src;
    let mut raws: Vec<Raw<'a>> = Vec::new();
    let mut claimed: Vec<Span> = Vec::new();
    let mut acronyms: HashMap<&str, Key<'a>> = HashMap::default();
    let hits_in = |span: Span| {
        let from = hits.partition_point(|h| h.span.start < span.start);
        hits[from..]
            .iter()
            .take_while(move |h| h.span.start < span.end)
            .filter(move |h| span.contains(h.span))
    };

    // 1. Chunks: titles, organization words, given names, particles, saying verbs.
    let mut inner: Vec<&Hit> = Vec::new(); // reused: one allocation, not one per chunk
    for chunk in chunks {
        inner.clear();
        inner.extend(hits_in(chunk.span));
        let inner = &inner;
        if inner.len() == 1 && inner[0].span == chunk.span {
            continue; // a known name: handled with the gazetteer hits
        }
        // A term may end a longer run: "U.S. West Texas Intermediate".
        let text = chunk.span.text(src);
        if TERMS.contains(text) || text.match_indices(' ').any(|(i, _)| TERMS.contains(&text[i + 1..])) {
            claimed.push(chunk.span);
            continue;
        }
        // "the Second Circuit", "the 9th Circuit", "the Seventh Fleet": a court or a unit
        // by its number.
        if let Some((span, org_type)) = numbered_unit(ctx, chunk) {
            claimed.push(span);
            raws.push(new_org(span, src, None, org_type));
            continue;
        }
        if let Some(airline) = airline_of_flight(ctx, chunk) {
            claimed.push(chunk.span);
            let listed = inner.iter().find(|h| h.span == airline).and_then(|h| {
                h.entries.iter().find_map(|e| match e {
                    Entry::Organization(o) => Some(*o),
                    _ => None,
                })
            });
            raws.push(match listed {
                Some(o) => listed_org(g, o, airline),
                None => new_org(airline, src, None, OrgType::Company),
            });
            continue;
        }
        // "U.S. Federal Trade Commission", "US Federal Reserve": a listed body after the
        // name of its own country is that body, the country a word of its name.
        if let Some(o) = national_body(g, chunk, inner) {
            claimed.push(chunk.span);
            raws.push(listed_org(g, o, chunk.span));
            continue;
        }
        // A run that defines an acronym ("Syrian Observatory for Human Rights (SOHR)") names
        // an organization when one of its words says so: an organization word, or a known
        // organization, people or country ("Syrian"; not a town named "Officer"). Terms
        // are defined the same way ("Consumer Price Index (CPI)", "System Under Test
        // (SUT)") and outnumber organizations among the training corpora's acronyms;
        // those are left to the tagger.
        let defined_org = || {
            defined_acronym(src, chunk, false)
                .filter(|_| chunk.tokens.len() >= 2 && !chunk.in_heading)
                .filter(|_| names_an_org(src, chunk) || inner.iter().any(|h| names_a_body(g, h)))
                .map(|_| {
                    let name = single_spaced(chunk.span.text(src));
                    let affiliation = inner
                        .first()
                        .filter(|h| h.span.start == chunk.span.start)
                        .and_then(|h| {
                            h.entries.iter().find_map(|e| match e {
                                Entry::Group(gi) if g.groups[*gi as usize].demonym => {
                                    country_affiliation(g.groups[*gi as usize].country())
                                }
                                _ => None,
                            })
                        });
                    Raw {
                        key: Key::NewOrg(name.clone()),
                        span: chunk.span,
                        name,
                        kind: ActorKind::Organization,
                        affiliation,
                        role: None,
                        org_type: None,
                    }
                })
        };
        if chunk.tokens.len() == 1 && crate::extract::names::qualifies_place(ctx, g, hits, chunk.span)
        {
            continue; // "Exeter, Devon": a place
        }
        if let Some(mut raw) = classify_chunk(ctx, g, chunk, inner).or_else(defined_org) {
            if raw.kind == ActorKind::Organization
                && let Some(start) = numbered_unit_start(src, raw.span, &raw.name)
            {
                // "5th U.S. Circuit Court of Appeals": the number names which court.
                let span = Span::new(start, raw.span.end);
                let name = single_spaced(span.text(src));
                raw = Raw {
                    key: Key::NewOrg(name.clone()),
                    span,
                    name,
                    ..raw
                };
            }
            if raw.kind == ActorKind::Person && raw.affiliation.is_none() {
                // "Hungary's Viktor Orbán", "Qatar's Prime Minister Sheikh Mohammed".
                raw.affiliation = owning_country(g, src, hits, chunk.span.start.min(raw.span.start));
            }
            // "Troy Patterson of Slate Magazine": the person ends before "of"; what they
            // are of may be an organization of its own.
            let rest = (raw.kind == ActorKind::Person && raw.span.end < chunk.span.end)
                .then(|| of_remainder(ctx, chunk, raw.span.end))
                .flatten();
            claimed.push(raw.span);
            if let Some(rest) = rest {
                let rest_inner: Vec<&Hit> = hits_in(rest.span).collect();
                let known = rest_inner.len() == 1 && rest_inner[0].span == rest.span;
                // An acronym no list holds there is the body's ("Leung Yiu-chung of NWSC").
                let acronym = || {
                    let t = rest.span.text(src);
                    (rest.tokens.len() == 1
                        && rest_inner.is_empty()
                        && (2..=6).contains(&t.len())
                        && t.bytes().all(|b| b.is_ascii_uppercase()))
                    .then(|| Raw {
                        org_type: None,
                        ..new_org(rest.span, src, None, OrgType::Company)
                    })
                };
                if !known
                    && let Some(org) = classify_chunk(ctx, g, &rest, &rest_inner).or_else(acronym)
                    && org.kind == ActorKind::Organization
                {
                    claimed.push(org.span);
                    raws.push(org);
                }
            }
            if let Some(acr) = defined_acronym(src, chunk, raw.kind == ActorKind::Organization) {
                acronyms.insert(acr.text(src), raw.key.clone());
                raws.push(Raw {
                    span: acr,
                    ..clone_raw(&raw)
                });
            }
            raws.push(raw);
        }
    }

    // 2. Gazetteer hits outside claimed names. A one-word organization that repeats the
    // last word of a person named before it ("Ford" after "Gerald Ford") is that person:
    // it is left to the short-name step below.
    let mut surnames: HashMap<String, usize> = HashMap::default();
    for r in raws
        .iter()
        .filter(|r| r.kind == ActorKind::Person && r.name.contains(' '))
    {
        if let Some(last) = r.name.rsplit(' ').next() {
            let end = surnames.entry(last.to_string()).or_insert(r.span.end);
            *end = (*end).min(r.span.end);
        }
    }
    let mut left_to_people: Vec<Span> = Vec::new();
    let mut skip_until = 0;
    for (idx, hit) in hits.iter().enumerate() {
        if hit.span.start < skip_until
            || overlapping(&claimed, hit.span)
                .iter()
                .any(|c| *c != hit.span)
        {
            continue;
        }
        if ctx.in_heading(hit.span)
            && !hit
                .entries
                .iter()
                .any(|e| matches!(e, Entry::Organization(_)))
        {
            continue; // headings repeat the text's names; organizations still count
        }
        let span = super::names::hit_span(hit, g, src);
        if let Some((society, country)) = national_society(g, src, hit) {
            raws.push(new_org(society, src, Some(country), OrgType::Ngo));
            claimed.push(society);
            skip_until = society.end;
            continue;
        }
        if super::names::the_region_not_company(g, src, hit) {
            continue; // a place, left to the locations
        }
        if let Some(&Entry::Organization(o)) = hit
            .entries
            .iter()
            .find(|e| matches!(e, Entry::Organization(_)))
        {
            if surnames
                .get(span.text(src))
                .is_some_and(|&end| end <= span.start)
            {
                left_to_people.push(hit.span);
                continue;
            }
            let org = &g.organizations[o as usize];
            let mut span = span;
            match city_before_team(g, src, org, span, idx, hits) {
                Some((city, true)) => span.start = city.span.start, // "LA Dodgers"
                Some((city, false)) => {
                    // "Pawtucket Red Sox", "Scranton Yankees": another city's team that
                    // shares the listed team's nickname.
                    let team = Span::new(city.span.start, span.end);
                    raws.push(new_org(team, src, None, OrgType::Sports));
                    claimed.push(team);
                    continue;
                }
                None => {}
            }
            if org.org_type == OrgType::Company
                && let Some(end) = model_after(src, span.end)
            {
                claimed.push(Span::new(span.start, end)); // "Airbus A380": a product
                continue;
            }
            if org.org_type == OrgType::Company
                && let Some(region) = regional_unit(g, src, span, hits.get(idx + 1))
            {
                // "GM Europe", "Ford Australia": the company's unit there, not the place.
                let unit = super::names::strip_possessive(Span::new(span.start, region.span.end), src);
                let place_country = region.entries.iter().find_map(|e| match e {
                    Entry::Place(p) if g.is_country(*p) => Some(g.places[*p as usize].key()),
                    _ => None,
                });
                raws.push(new_org(unit, src, place_country, OrgType::Company));
                claimed.push(unit);
                skip_until = region.span.end;
                continue;
            }
            if let Some(raw) = role_from(ctx, span, org.name(), "of|from") {
                raws.push(raw);
            }
            raws.push(listed_org(g, o, span));
            continue;
        }
        if let Some(&Entry::Group(gi)) = hit.entries.iter().find(|e| matches!(e, Entry::Group(_))) {
            let (groups, end) = group_phrase(ctx, g, hits, idx);
            if !groups.is_empty() {
                raws.extend(groups);
                skip_until = end;
                continue;
            }
            let group = &g.groups[gi as usize];
            // The people themselves ("Palestinians", "Kurds"), not an adjective ("Palestinian").
            let names_people = span.text(src) == group.name() && group.plural;
            if names_people && !hit.entries.iter().any(|e| matches!(e, Entry::Place(_))) {
                raws.push(Raw {
                    key: Key::Group(Cow::Borrowed(group.name())),
                    span,
                    name: Cow::Borrowed(group.name()),
                    kind: ActorKind::Group,
                    affiliation: country_affiliation(group.country()),
                    role: None,
                    org_type: None,
                });
            }
            continue;
        }
        let country = hit.entries.iter().find_map(|e| match e {
            Entry::Place(p) if g.is_country(*p) => Some(&g.places[*p as usize]),
            _ => None,
        });
        if let Some(place) = country.map(|p| long_form_country(g, src, hits, span, p)) {
            if let Some((role, end)) = role_after(ctx, hit.span.end) {
                let name = single_spaced(Span::new(hit.span.start, end).text(src));
                raws.push(Raw {
                    key: Key::Group(format!("{} {}", place.key(), role).into()),
                    span: Span::new(span.start, end),
                    name,
                    kind: ActorKind::Group,
                    affiliation: Some(Cow::Borrowed(place.key())),
                    role: Some(Cow::Borrowed(role)),
                    org_type: None,
                });
            } else if acts(ctx, g, span) {
                raws.push(Raw {
                    key: Key::State(place.key()),
                    span,
                    name: Cow::Borrowed(place.name()),
                    kind: ActorKind::Organization,
                    affiliation: Some(Cow::Borrowed(place.key())),
                    role: None,
                    org_type: Some(OrgType::State),
                });
            }
        }
    }

    // 3. Acronyms defined earlier, used alone later; and, undefined, the initials of one
    // organization the article names in full ("ISRO" with the Indian Space Research
    // Organisation, "CFA" with the Country Fire Authority).
    let long_orgs: Vec<usize> = (0..raws.len())
        .filter(|&n| raws[n].kind == ActorKind::Organization && raws[n].name.contains(' '))
        .collect();
    if !acronyms.is_empty() || !long_orgs.is_empty() {
        let tokens = &ctx.layer.tokens;
        let mut covered = vec![false; tokens.len()];
        let mut first_of: HashMap<&Key, usize> = HashMap::default();
        // An acronym alone read as a person ("ISRO launches satellite") is a guess the
        // organization's initials outweigh.
        let guessed = |r: &Raw| {
            r.kind == ActorKind::Person && !long_orgs.is_empty() && r.name.bytes().all(|b| b.is_ascii_uppercase())
        };
        for (n, r) in raws.iter().enumerate() {
            if guessed(r) {
                continue;
            }
            for c in &mut covered[ctx.layer.token_at(r.span.start)..ctx.layer.token_at(r.span.end)]
            {
                *c = true;
            }
            first_of.entry(&r.key).or_insert(n);
        }
        let mut found = Vec::new();
        for (n, t) in tokens.iter().enumerate() {
            let word = t.text(src);
            // Acronyms and initials are written in capitals: most tokens are passed at once.
            if covered[n] || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let model = match acronyms.get(word) {
                Some(key) => first_of.get(key).copied().map(|m| (m, t.span)),
                None => {
                    // "ISRO's rocket": the initials without the possessive.
                    let span = super::names::strip_possessive(t.span, src);
                    initials_of_one(span.text(src), &long_orgs, &raws).map(|m| (m, span))
                }
            };
            if let Some((model, span)) = model {
                found.push(Raw {
                    span,
                    ..clone_raw(&raws[model])
                });
            }
        }
        if !found.is_empty() {
            raws.retain(|r| !guessed(r) || !found.iter().any(|f| f.span == r.span));
        }
        raws.extend(found);
    }
    // 4. Single names that repeat part of a person's full name.
    link_short_names(ctx, chunks, hits, &left_to_people, &mut raws, &mut claimed);
    raws.sort_by_key(|r| (r.span.start, r.span.end));
    link_name_tails(&mut raws);
    link_club_tails(&mut raws);
    // 5. An organization's head noun alone ("the League").
    link_head_nouns(ctx, &mut raws, &mut claimed);

    raws.sort_by_key(|r| (r.span.start, r.span.end));
    raws.dedup_by(|a, b| a.span == b.span && a.key == b.key);
    Found {
        actors: merge(ctx, raws),
        claimed,
    }
}

/// The country a short name stands for where the article names another country in full
/// with it ("Congo" after "Democratic Republic of Congo"), as the locations stage decides.
fn long_form_country<'g>(g: &'g Gazetteer, src: &str, hits: &[Hit], span: Span, place: &'g Place) -> &'g Place {
    let short = span.text(src);
    hits.iter()
        .filter(|h| super::names::ends_long_name(h.span.text(src), short))
        .find_map(|h| {
            h.entries.iter().find_map(|e| match e {
                Entry::Place(p) if g.is_country(*p) && g.places[*p as usize].key() != place.key() => {
                    Some(&g.places[*p as usize])
                }
                _ => None,
            })
        })
        .unwrap_or(place)
}

/// The place hit right after a company's name, one space apart, when it is a country,
/// a continent or a region ("Ford Australia", "EADS North America"): the company's unit.
fn regional_unit<'h, 'g>(
    g: &Gazetteer,
    src: &str,
    company: Span,
    next: Option<&'h Hit<'g>>,
) -> Option<&'h Hit<'g>> {
    next.filter(|h| {
        src.get(company.end..h.span.start) == Some(" ")
            && h.entries.iter().all(|e| match e {
                Entry::Place(p) => matches!(
                    g.places[*p as usize].kind,
                    PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region
                ),
                _ => false,
            })
    })
}

/// The country whose possessive stands right before `at` ("Hungary's Viktor Orbán").
fn owning_country(g: &Gazetteer, src: &str, hits: &[Hit], at: usize) -> Option<Cow<'static, str>> {
    let before = src.get(..at)?;
    let before = before.strip_suffix(' ')?;
    let owner_end = crate::text::POSSESSIVE_ENDINGS
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .map(str::len)?;
    // Hits are in order of start; listed names nest only a few deep.
    let upto = hits.partition_point(|h| h.span.start < owner_end);
    let hit = hits[..upto].iter().rev().take(4).find(|h| h.span.end == owner_end)?;
    hit.entries.iter().find_map(|e| match e {
        Entry::Place(p) if g.is_country(*p) => country_affiliation(g.places[*p as usize].key()),
        _ => None,
    })
}

/// A country's own society of the Red Cross movement ("Kenya Red Cross", "Turkish Red
/// Crescent"), when `hit` is the country or its people: the society, not the ICRC in
/// Geneva, and not the country acting.
fn national_society(g: &Gazetteer, src: &str, hit: &Hit) -> Option<(Span, &'static str)> {
    let rest = src.get(hit.span.end..)?.strip_prefix(' ')?;
    let len = ["Red Cross", "Red Crescent"].iter().find_map(|w| {
        rest.starts_with(w)
            .then_some(w.len())
            .filter(|&n| !rest[n..].starts_with(char::is_alphanumeric))
    })?;
    let country = hit.entries.iter().find_map(|e| match e {
        Entry::Place(p) if g.is_country(*p) => Some(g.places[*p as usize].key()),
        Entry::Group(gi) if g.groups[*gi as usize].demonym => Some(g.groups[*gi as usize].country()),
        _ => None,
    })?;
    Some((Span::new(hit.span.start, hit.span.end + 1 + len), country))
}

/// The city or region hit right before a listed team's nickname, one space apart, and
/// whether it is the team's own ("LA" before "Dodgers") or another's ("Pawtucket" before
/// "Red Sox").
fn city_before_team<'h, 'g>(
    g: &Gazetteer,
    src: &str,
    team: &Organization,
    nickname: Span,
    idx: usize,
    hits: &'h [Hit<'g>],
) -> Option<(&'h Hit<'g>, bool)> {
    if team.org_type != OrgType::Sports || nickname.text(src) == team.name() {
        return None;
    }
    let place = hits[..idx].last()?;
    let places: Option<Vec<&Place>> = place
        .entries
        .iter()
        .map(|e| match e {
            Entry::Place(p) => Some(&g.places[*p as usize]),
            _ => None,
        })
        .collect();
    let places = places?;
    let is_city = |p: &&Place| matches!(p.kind, PlaceKind::City | PlaceKind::AdminRegion);
    if places.is_empty()
        || !places.iter().all(is_city)
        || src.get(place.span.end..nickname.start) != Some(" ")
    {
        return None;
    }
    let own = team.name().starts_with(place.span.text(src))
        || places.iter().any(|p| team.name().starts_with(p.name()));
    Some((place, own))
}

/// The listed organization `o`, mentioned at `span`.
/// A court of appeals, a fleet or an army named by its number alone: an ordinal word and
/// the unit's words ("Second Circuit", "Seventh Fleet"), or the unit's words after an
/// ordinal in digits ("9th Circuit").
fn numbered_unit(ctx: &Context, chunk: &Chunk) -> Option<(Span, OrgType)> {
    let src = ctx.src;
    let words: Vec<&str> = ctx.layer.tokens[chunk.tokens.clone()].iter().map(|t| t.text(src)).collect();
    let (last, rest) = words.split_last()?;
    if !UNIT_HEADS.contains(last) || chunk.tokens.len() > 3 {
        return None;
    }
    let org_type = if *last == "Circuit" { OrgType::Court } else { OrgType::Military };
    match rest.split_first() {
        Some((first, between))
            if ORDINAL_WORDS.contains(first) && between.iter().all(|w| NUMBERED_UNITS.contains(w)) =>
        {
            Some((chunk.span, org_type))
        }
        _ if rest.iter().all(|w| NUMBERED_UNITS.contains(w)) => {
            let start = numbered_unit_start(src, chunk.span, last)?;
            Some((Span::new(start, chunk.span.end), org_type))
        }
        _ => None,
    }
}

/// Where a numbered unit's name begins when an ordinal stands just before the run that
/// names it ("5th U.S. Circuit", "101st Airborne Division", "7th Fleet").
fn numbered_unit_start(src: &str, span: Span, name: &str) -> Option<usize> {
    if !name.split(' ').any(|w| NUMBERED_UNITS.contains(w)) {
        return None;
    }
    let before = &src[..span.start];
    let word = before.strip_suffix(' ')?.rsplit([' ', '\n', '(']).next()?;
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th");
    ordinal.then(|| span.start - 1 - word.len())
}

/// The listed organization a run names when it is the name of a country (or its
/// adjective) and then that organization of the country's.
fn national_body(g: &Gazetteer, chunk: &Chunk, inner: &[&Hit]) -> Option<u32> {
    let [country, body] = inner else {
        return None;
    };
    if country.span.start != chunk.span.start || body.span.end != chunk.span.end {
        return None;
    }
    let code = country.entries.iter().find_map(|e| match e {
        Entry::Place(p) if g.is_country(*p) => Some(g.places[*p as usize].key()),
        Entry::Group(gi) if g.groups[*gi as usize].demonym => Some(g.groups[*gi as usize].country()),
        _ => None,
    })?;
    body.entries.iter().find_map(|e| match e {
        Entry::Organization(o) if g.organizations[*o as usize].country() == code => Some(*o),
        _ => None,
    })
}

fn listed_org<'a>(g: &Gazetteer, o: u32, span: Span) -> Raw<'a> {
    let org = &g.organizations[o as usize];
    Raw {
        key: Key::Org(o),
        span,
        name: Cow::Borrowed(org.name()),
        kind: ActorKind::Organization,
        affiliation: (!org.country().is_empty()).then_some(Cow::Borrowed(org.country())),
        role: None,
        org_type: Some(org.org_type),
    }
}

/// An organization no list holds, named by its text at `span`.
fn new_org<'a>(span: Span, src: &'a str, country: Option<&'static str>, org_type: OrgType) -> Raw<'a> {
    let name = single_spaced(span.text(src));
    Raw {
        key: Key::NewOrg(name.clone()),
        span,
        name,
        kind: ActorKind::Organization,
        affiliation: country.map(Cow::Borrowed),
        role: None,
        org_type: Some(org_type),
    }
}

/// An organization no list holds whose kind the words around it do not say ("told
/// France Inter radio", "the statistics office Destatis", "an analyst at Wedbush").
fn untyped_org<'a>(span: Span, src: &'a str) -> Raw<'a> {
    Raw {
        org_type: None,
        ..new_org(span, src, None, OrgType::Company)
    }
}

/// The one organization of `orgs` (indices into `raws`) whose initials `word` is, of
/// three letters or more: "AI" or "PM" alone could stand for too much.
fn initials_of_one(word: &str, orgs: &[usize], raws: &[Raw]) -> Option<usize> {
    if !(3..=6).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut matching = orgs.iter().filter(|&&n| lexicon::is_initialism(word, &raws[n].name));
    let first = *matching.next()?;
    matching
        .all(|&n| raws[n].key == raws[first].key)
        .then_some(first)
}

fn clone_raw<'a>(r: &Raw<'a>) -> Raw<'a> {
    Raw {
        key: r.key.clone(),
        span: r.span,
        name: r.name.clone(),
        kind: r.kind,
        affiliation: r.affiliation.clone(),
        role: r.role.clone(),
        org_type: r.org_type,
    }
}

fn country_affiliation(code: &'static str) -> Option<Cow<'static, str>> {
    (!code.is_empty()).then(|| Cow::Borrowed(code.strip_prefix("CONT-").unwrap_or(code)))
}

/// `text` with each run of white space made one space ("Prime  Minister" → "Prime
/// Minister"), borrowed when it already is so.
pub(crate) fn single_spaced(text: &str) -> Cow<'_, str> {
    if is_single_spaced(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// True when `text` has no white space but single spaces between words. ASCII text, nearly
/// all names, is judged in one pass over its bytes: its white space is the space and \t \n
/// \x0B \x0C \r. A non-ASCII byte hands the text to the Unicode test, which knows other
/// spaces; a fault found before it is one for that test too.
fn is_single_spaced(text: &str) -> bool {
    let mut after_space = true; // a space first is one too many
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return false,
            0x80.. => {
                let mut prev_space = false;
                return text.trim() == text
                    && text.chars().all(|c| {
                        let bad = c.is_whitespace() && (c != ' ' || prev_space);
                        prev_space = c == ' ';
                        !bad
                    });
            }
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
}

/// The end of a model designation right after a company's name ("Airbus A380", "Boeing
/// 747-400", "Tata Nano" is not one): a space, then one word of at most three capitals,
/// digits and hyphens holding a digit, not a year ("Boeing 2008 results").
fn model_after(src: &str, end: usize) -> Option<usize> {
    let rest = src[end..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let word = rest[..len].trim_end_matches('-');
    let capitals = word.bytes().take_while(u8::is_ascii_uppercase).count();
    let tail = &word[capitals..];
    let year = capitals == 0
        && tail.len() == 4
        && tail.bytes().all(|b| b.is_ascii_digit())
        && matches!(&tail[..2], "19" | "20");
    let model = capitals <= 3
        && tail.starts_with(|c: char| c.is_ascii_digit())
        && tail
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b.is_ascii_uppercase());
    (model && !year).then_some(end + 1 + word.len())
}

/// True when a word of the run is one that makes a run an organization, first or last
/// ("Committee to Protect Journalists", "Federal Aviation Administration").
fn names_an_org(src: &str, chunk: &Chunk) -> bool {
    chunk
        .span
        .text(src)
        .split_whitespace()
        .any(|w| ORG_SUFFIXES.contains(w) || ORG_HEADS.contains(w))
}

/// True when a known name inside a run can make it an organization's: an organization, a
/// people or a country.
fn names_a_body(g: &Gazetteer, h: &Hit) -> bool {
    h.entries.iter().any(|e| match e {
        Entry::Organization(_) | Entry::Group(_) => true,
        Entry::Place(p) => g.is_country(*p),
    })
}

/// "Islamic State (IS)": the acronym's span, when its letters are the run's initials.
///
/// After an organization's name (`org`), capitals in brackets are its acronym whatever
/// their letters: a name's own language may give others ("People's Party for Freedom and
/// Democracy (VVD)", "Kurdistan Workers' Party (PKK)").
fn defined_acronym(src: &str, chunk: &Chunk, org: bool) -> Option<Span> {
    let rest = &src[chunk.span.end..];
    let inner = rest.strip_prefix(" (")?;
    // An acronym has at most eight bytes: its bracket closes within nine.
    let close = memchr::memchr(b')', &inner.as_bytes()[..inner.len().min(9)])?;
    let acr = &inner[..close];
    if acr.len() < 2 || acr.len() > 8 || !acr.chars().all(|c| c.is_ascii_uppercase() || c == '-') {
        return None;
    }
    let initials: String = chunk
        .span
        .text(src)
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    let letters: String = acr.chars().filter(char::is_ascii_uppercase).collect();
    let ok = (org && (2..=6).contains(&letters.len()))
        || initials == letters
        || (letters.len() >= 2 && initials.starts_with(&letters));
    let start = chunk.span.end + 2;
    ok.then(|| Span::new(start, start + close))
}

/// Merges raw mentions into actors, one per key, in order of first mention.
fn merge<'a>(ctx: &Context<'a, '_>, raws: Vec<Raw<'a>>) -> Vec<Actor<'a>> {
    // The actors in order of first mention, and where each key's actor is: the map holds
    // an index, so that growing it moves no actor and the order needs no copy of the keys.
    let mut actors: Vec<Actor<'a>> = Vec::with_capacity(raws.len());
    let mut index: HashMap<Key<'a>, usize> =
        HashMap::with_capacity_and_hasher(raws.len(), Default::default());
    for raw in raws {
        let mention = ctx.mention(raw.span);
        let surface = single_spaced(raw.span.text(ctx.src));
        match index.get(&raw.key) {
            Some(&i) => {
                let a = &mut actors[i];
                a.mentions.push(mention);
                if *surface != a.name
                    && !a.aliases.iter().any(|x| *x == *surface)
                    && raw.kind != ActorKind::Group
                {
                    a.aliases.push(surface);
                }
            }
            None => {
                let aliases = if *surface != raw.name && raw.kind != ActorKind::Group {
                    vec![surface]
                } else {
                    Vec::new()
                };
                index.insert(raw.key, actors.len());
                actors.push(Actor {
                    name: raw.name,
                    kind: raw.kind,
                    aliases,
                    affiliation: raw.affiliation,
                    role: raw.role,
                    org_type: raw.org_type,
                    mentions: vec![mention],
                });
            }
        }
    }
    actors
}
