//! Locations: gazetteer places resolved to one entry each, plus named places the tables
//! lack ("Tahrir Square", "Nile River") found by their last word.
//!
//! Precision first: a place name that is also a common word or a given name ("Nice",
//! "Jordan", "Reading") counts only with a cue that it is a place (a preposition of place,
//! "the city of", "Tulsa is in …", or a country or state right after it); a proper name with
//! a cue once counts in all its mentions. Among same-named places the one in a country the
//! article mentions wins, then the larger. A lone word after "Town," ("Exeter, Devon.") is
//! the region the town is in, listed or not.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::names::{Chunk, PLACE_SUFFIXES, qualifies_place, title_follows};
use super::{Context, Mention};
use crate::gazetteer::{Entry, Gazetteer, Hit, Place, PlaceKind};
use crate::span::{Span, overlaps_any};
use crate::text::{WordSet, us_state_after};

mod dateline;

/// One place with all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// Canonical name: the gazetteer's, or the text's for a place no list holds.
    pub name: Cow<'static, str>,
    /// What kind of place.
    pub kind: PlaceKind,
    /// ISO country code, "" when none.
    pub country: &'static str,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// GeoNames id.
    pub geonames_id: Option<u64>,
    /// Mentions in order.
    pub mentions: Vec<Mention>,
}

impl Location {
    /// A place of the gazetteer, with its country, coordinates and GeoNames id.
    pub fn listed(p: &Place, mentions: Vec<Mention>) -> Location {
        Location {
            name: Cow::Borrowed(p.name()),
            kind: p.kind,
            country: p.country().strip_prefix("CONT-").unwrap_or(p.country()),
            lat: p.lat(),
            lon: p.lon(),
            geonames_id: p.geonames_id(),
            mentions,
        }
    }

    /// A place no list holds: its name as the text writes it, with no country, coordinates
    /// or GeoNames id (none rather than wrong ones).
    pub fn unlisted(name: String, mentions: Vec<Mention>) -> Location {
        Location {
            name: Cow::Owned(name),
            kind: PlaceKind::Place,
            country: "",
            lat: None,
            lon: None,
            geonames_id: None,
            mentions,
        }
    }
}

/// Place names that are also ordinary words or given names; they need a cue.
static AMBIGUOUS: WordSet = WordSet::new(&[
    "Nice",
    "Reading",
    "Mobile",
    "Of",
    "Orange",
    "Police",
    "Batman",
    "Jordan",
    "Chad",
    "Split",
    "Bath",
    "Sale",
    "Deal",
    "Hope",
    "Most",
    "Van",
    "Bar",
    "Buy",
    "Date",
    "Florence",
    "Victoria",
    "Eugene",
    "Charlotte",
    "Aurora",
    "Marion",
    "Mercedes",
    "Troy",
    "Austin",
    "Tyler",
    "Orlando",
    "Lincoln",
    "Jackson",
    "Madison",
    "Clinton",
    "Warren",
    "Houston",
    "Independence",
    "Concord",
    "Enterprise",
    "Union",
    "Liberty",
    "Providence",
    "Salem",
    "Temple",
    "Boulder",
    "Paradise",
    "Normal",
    "Gary",
    "Young",
    "Kent",
    "Sandy",
    "Bend",
    "Carmel",
    "Alexandria",
    "Bethlehem",
    "Nazareth",
    "Mesa",
    "Surprise",
    "Commerce",
    "Columbia",
    "Ontario",
    "Lima",
    "Santiago",
    "Como",
    "Cork",
    "Derby",
    "Bury",
    "Wells",
    "March",
    "May",
    "Marshall",
    "Garland",
    "Irving",
    "Pearland",
    "Lawrence",
    "Franklin",
    "Hamilton",
    "Nelson",
    "Wellington",
    "Hastings",
    "Winchester",
    "Chester",
    "Stafford",
    "Dover",
    "Preston",
    "Bradford",
    "Mansfield",
    "Crawley",
    "Gloucester",
    "Luton",
    "Sutton",
    "Harlow",
    "Shannon",
    "Albany",
    "Anna",
    "Elche",
    "Trinidad",
    "Guadalupe",
    "Dolores",
    "Mariano",
    "Leon",
    "Cesar",
    "Rafael",
    "Jose",
    "Juan",
    "Georgia",
    "Tours",
    "Sens",
    "Rugby",
    "Worms",
    "Bologna",
    "Nancy",
    "Metz",
    "Caen",
    "Pau",
    "Kiel",
    "Essen",
    "Hamm",
    "Marl",
    "Moers",
    "Gera",
    "Ulm",
    "Hof",
    "Goes",
    "Best",
    "Ede",
    "Oss",
    "Venlo",
    "Enschede",
    "Wien",
    "Roma",
    "Male",
]);

/// Words before a place name that show it is one.
static PLACE_CUES: WordSet = WordSet::new(&[
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
    "toward",
    "towards",
    "via",
    "through",
    "visit",
    "visited",
    "visiting",
    "city",
    "town",
    "capital",
    "province",
    "state",
    "region",
    "village",
    "of",
    "between",
    "and",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
]);

/// Words that head a place's name before "of" ("Gulf of Aqaba", "Isle of Man").
static PLACE_HEADS: WordSet = WordSet::new(&[
    "Republic", "Kingdom", "Commonwealth", "Gulf", "Bay", "Sea", "Strait", "Straits", "Isle",
    "Isles", "Island", "Islands", "Cape", "Lake", "Mount", "Port", "Fort", "City", "Town",
    "Village", "County", "Province", "State", "District", "Territory", "Valley", "Bank",
    "Bight", "Sound", "Rock", "Cathedral", "Church", "Palace", "Museum", "Tower", "Dome",
    "Temple", "Basilica", "Hill", "Plains", "Sahara",
]);

/// The span of a run that opens a sentence without the common word and "of" before the
/// name: "Residents of Camarillo Heights" → "Camarillo Heights"; "Gulf of Aqaba" stays.
fn after_opening_of(ctx: &Context, chunk: &Chunk) -> Span {
    let toks = &ctx.layer.tokens[chunk.tokens.clone()];
    match chunk.after_opening_of(ctx) {
        // "Sons of the Desert": a suffix alone left is no name.
        Some(from) if toks.len() >= from + 2 && !PLACE_HEADS.contains(toks[0].text(ctx.src)) => {
            Span::new(toks[from].span.start, chunk.span.end)
        }
        _ => chunk.span,
    }
}

/// Finds the article's locations.
pub fn find(
    ctx: &Context,
    g: &Gazetteer,
    hits: &[Hit],
    chunks: &[Chunk],
    claimed: &[Span],
) -> Vec<Location> {
    let src = ctx.src;
    // "Union Pacific said" after "Shares of Union Pacific": a name of several words the
    // actors took once is theirs wherever it stands whole, not two places.
    let names_taken: Vec<&str> = claimed
        .iter()
        .map(|s| s.text(src))
        .filter(|t| t.contains(' '))
        .collect();
    let mut claimed = std::borrow::Cow::Borrowed(claimed);
    if !names_taken.is_empty() {
        let again = chunks
            .iter()
            .filter(|c| names_taken.contains(&c.span.text(src)) && !overlaps_any(&claimed, c.span))
            .map(|c| c.span)
            .collect::<Vec<_>>();
        if !again.is_empty() {
            let all = claimed.to_mut();
            all.extend(again);
            all.sort();
        }
    }
    let claimed: &[Span] = &claimed;
    // Countries named, to prefer places inside them: a country's own name, or a region's
    // that no other country has ("England", "Minnesota").
    let mut mentioned: HashSet<&str> = HashSet::default();
    for h in hits {
        // The one country of all the hit's places, if they share one, and whether one of
        // them is a region.
        let mut country: Option<Option<&str>> = None;
        let mut region = false;
        for e in h.entries {
            let Entry::Place(k) = *e else { continue };
            let p = &g.places[k as usize];
            if g.is_country(k) {
                mentioned.insert(p.key());
            }
            country = match country {
                None => Some(Some(p.country())),
                Some(c) => Some(c.filter(|c| *c == p.country())),
            };
            region |= p.kind == PlaceKind::AdminRegion;
        }
        if region && let Some(Some(c)) = country {
            mentioned.insert(c);
        }
    }

    let mut found: Vec<(Span, Resolved)> = Vec::new();
    // The dateline's place: where the story was filed, so its country is the one the
    // article's ambiguous names are most likely in ("Santa Clara-based" after "SANTA
    // CLARA, Calif.").
    let filed_at = dateline::dateline_places(ctx, g, &mentioned);
    for &(span, place) in &filed_at {
        mentioned.insert(place.country());
        found.push((span, Resolved::Known(place)));
    }
    let dateline_spans: Vec<Span> = filed_at.iter().map(|(s, _)| *s).collect();
    // US states abbreviated after a city ("Springfield, Ill."), each a place of its own
    // and what picks the city.
    let states: Vec<(usize, Span, &Place)> = hits
        .iter()
        .enumerate()
        .filter_map(|(i, h)| state_after_city(g, h, src).map(|(span, p)| (i, span, p)))
        .collect();
    for &(_, span, state) in &states {
        found.push((span, Resolved::Known(state)));
    }
    let state_spans: Vec<Span> = states.iter().map(|s| s.1).collect();
    // Named places the tables lack ("Tahrir Square", "Gulf of Aqaba") come first: the
    // longer name wins over a known name inside it.
    for chunk in chunks {
        if chunk.in_heading
            || overlaps_any(claimed, chunk.span)
            || overlaps_any(&state_spans, chunk.span)
            || overlaps_any(&dateline_spans, chunk.span)
        {
            continue;
        }
        let known = || {
            hits.binary_search_by_key(&chunk.span.start, |h| h.span.start)
                .is_ok_and(|i| hits[i].span == chunk.span)
        };
        if chunk.tokens.len() < 2 {
            // "Exeter, Devon": a region after its place, when no list holds it; "the town
            // of Siversk": a kind of place names it.
            if qualifies_place(ctx, g, hits, chunk.span)
                || (super::names::after_place_noun_of(src, chunk.span) && !known())
            {
                let name = chunk.span.text(src).to_string();
                found.push((chunk.span, Resolved::Unlisted(name)));
            }
            continue;
        }
        let last = ctx.layer.tokens[chunk.tokens.end - 1].text(src);
        let first = ctx.layer.tokens[chunk.tokens.start].text(src);
        let lead_word = matches!(
            first,
            "Mount" | "Lake" | "Gulf" | "Cape" | "Port" | "Fort" | "Saint" | "St." | "Camp"
        );
        let named_kind = super::names::after_place_noun_of(src, chunk.span);
        if (PLACE_SUFFIXES.contains(last) || lead_word || named_kind) && !known() {
            let span = after_opening_of(ctx, chunk);
            found.push((
                span,
                Resolved::Unlisted(
                    span.text(src)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            ));
        }
    }
    // Chunks do not overlap, so the unlisted places are sorted and disjoint.
    let unlisted: Vec<Span> = found.iter().map(|(s, _)| *s).collect();
    // The places of one hit, in a list kept from hit to hit.
    let mut places: Vec<&Place> = Vec::new();
    // Proper names of places that needed a cue: those that had one somewhere, and the
    // mentions that had none.
    let mut cued: HashSet<&str> = HashSet::default();
    let mut uncued: Vec<(Span, &Hit)> = Vec::new();
    // Names a state or country after them resolved, and the mentions resolved without.
    let mut qualified: Vec<(&str, &Place)> = Vec::new();
    let mut bare: Vec<usize> = Vec::new();
    for (i, hit) in hits.iter().enumerate() {
        if overlaps_any(claimed, hit.span)
            || overlaps_any(&unlisted, hit.span)
            || overlaps_any(&state_spans, hit.span)
            || overlaps_any(&dateline_spans, hit.span)
        {
            continue;
        }
        if hit
            .entries
            .iter()
            .any(|e| matches!(e, Entry::Organization(_) | Entry::Group(_)))
            && !super::names::the_region_not_company(g, src, hit)
        {
            continue; // "Hamas", "Egyptian": actors, not places
        }
        places.clear();
        places.extend(places_of(g, hit.entries));
        if places.is_empty() {
            continue;
        }
        // "Bothell, Washington", "Seattle, Washington": a region or country after a city
        // of its own is that region or country, not a city of the same name.
        if let Some(prev) = i.checked_sub(1).map(|k| &hits[k])
            && src[prev.span.end..hit.span.start].trim() == ","
        {
            let holds = |r: &Place| {
                places_of(g, prev.entries).any(|c| {
                    c.kind == PlaceKind::City
                        && c.country() == r.country()
                        && (r.kind == PlaceKind::Country
                            || (r.kind == PlaceKind::AdminRegion && c.admin1() == r.admin1()))
                })
            };
            if places.iter().any(|r| holds(r)) {
                places.retain(|r| holds(r));
            }
        }
        let span = super::names::hit_span(hit, g, src);
        let name = span.text(src);
        // "(Thorell, Nutley, & Klingberg, 2009)": an author, not the town.
        if part_of_longer_name(ctx, chunks, g, span)
            || super::names::in_citation(src, span)
            || super::names::in_case_name(span, src)
            || (super::names::model_number_after(src, span)
                && !places.iter().any(|p| p.kind == PlaceKind::Country))
        {
            continue;
        }
        let next_place = hits
            .get(i + 1)
            .filter(|n| src[hit.span.end..n.span.start].trim() == ",");
        // `states` is in hit order: a search, not a scan for every hit.
        let state = states
            .binary_search_by_key(&i, |s| s.0)
            .ok()
            .map(|k| states[k].2);
        let qualifier: Option<&Place> = state.or_else(|| next_place.and_then(|n| {
            n.entries.iter().find_map(|e| match e {
                Entry::Place(p)
                    if matches!(
                        g.places[*p as usize].kind,
                        PlaceKind::Country | PlaceKind::AdminRegion
                    ) =>
                {
                    Some(&g.places[*p as usize])
                }
                _ => None,
            })
        }));
        let given_name_city = g.given_names.contains(name)
            && places
                .iter()
                .all(|p| p.kind == PlaceKind::City && p.population() < 500_000);
        // Month names that are also towns ("March", Cambridgeshire) need a country or a
        // region after them ("March, England"): "in March" is a date.
        if crate::text::is_month_name(name) && qualifier.is_none() {
            continue;
        }
        // "Jupiter" is the planet unless a state or country follows it ("Jupiter, Fla."):
        // a place, but none on a map.
        if PLANETS.contains(name) && qualifier.is_none() {
            found.push((span, Resolved::Unlisted(name.to_string())));
            continue;
        }
        let proper = given_name_city || small_only(&places);
        let needs_cue = AMBIGUOUS.contains(name) || proper;
        if needs_cue
            && qualifier.is_none()
            && !has_place_cue(ctx, span)
            && !between_places(hits, i, src)
        {
            // One sense per article: a proper name shown to be a place once is the place
            // wherever else it stands alone ("Tulsa has parks" after "in Tulsa"). A common
            // word ("Reading") keeps needing its own cue.
            if proper && !AMBIGUOUS.contains(name) {
                uncued.push((span, hit));
            }
            continue;
        }
        if proper {
            cued.insert(name);
        }
        // A town of a country the article never names, in an article that names others,
        // is more likely a place of that name no list holds ("New Hope" in a story about
        // Jamaica is no town of Minnesota): a place, with no coordinates rather than wrong ones.
        // So is any place the text calls a town ("the towns of Bogo and Medellin" in a
        // story about the Philippines is no Colombian city).
        if qualifier.is_none()
            && !mentioned.is_empty()
            && !places.iter().any(|p| mentioned.contains(p.country()))
            && (small_only(&places) || called_a_town(src, span))
        {
            found.push((span, Resolved::Unlisted(name.to_string())));
            continue;
        }
        if let Some(best) = choose(ctx, &places, qualifier, &mentioned, span) {
            match qualifier {
                Some(_) => qualified.push((name, best)),
                None => bare.push(found.len()),
            }
            found.push((span, Resolved::Known(best)));
        }
    }
    for (span, hit) in uncued {
        if !cued.contains(span.text(src)) {
            continue;
        }
        places.clear();
        places.extend(places_of(g, hit.entries));
        if let Some(best) = choose(ctx, &places, None, &mentioned, span) {
            bare.push(found.len());
            found.push((span, Resolved::Known(best)));
        }
    }
    // One sense per article: "Paris, Texas" once makes every bare "Paris" that Paris.
    for k in bare {
        let (span, Resolved::Known(p)) = &mut found[k] else {
            continue;
        };
        let name = span.text(src);
        if let Some(&(_, q)) = qualified.iter().find(|(n, _)| *n == name) {
            *p = q;
        }
    }

    found.sort_by_key(|(s, _)| *s);
    short_forms_of_long_names(src, &mut found);

    // The locations in order of first mention, and where each one is: a place by its
    // key, a name no list holds by the name. A mention of a place already found builds
    // nothing.
    let mut locations: Vec<Location> = Vec::with_capacity(found.len());
    let mut index: HashMap<LocationKey, usize> =
        HashMap::with_capacity_and_hasher(found.len(), Default::default());
    for (span, r) in found {
        let key = match &r {
            Resolved::Known(p) => LocationKey::Known(p.key()),
            Resolved::Unlisted(name) => LocationKey::Unlisted(name.clone()),
        };
        let i = *index.entry(key).or_insert_with(|| {
            locations.push(match r {
                Resolved::Known(p) => Location::listed(p, Vec::new()),
                Resolved::Unlisted(name) => Location::unlisted(name, Vec::new()),
            });
            locations.len() - 1
        });
        locations[i].mentions.push(ctx.mention(span));
    }
    locations
}

/// "Congo" after "Democratic Republic of Congo": a country's name that ends the long name
/// of another country in the article ("... of Congo", "... of the Congo") is that country's
/// short form there, not the other country of that name.
fn short_forms_of_long_names<'g>(src: &str, found: &mut [(Span, Resolved<'g>)]) {
    let named: Vec<(Span, &'g Place)> = found
        .iter()
        .filter_map(|(s, r)| match r {
            Resolved::Known(p) if p.kind == PlaceKind::Country => Some((*s, *p)),
            _ => None,
        })
        .collect();
    for (span, r) in found.iter_mut() {
        let Resolved::Known(p) = r else { continue };
        if p.kind != PlaceKind::Country {
            continue;
        }
        let short = span.text(src);
        let long = named
            .iter()
            .find(|(s, q)| q.key() != p.key() && super::names::ends_long_name(s.text(src), short));
        if let Some(&(_, q)) = long {
            *p = q;
        }
    }
}

/// The gazetteer's place for a name found by other means (the tagger) than these rules,
/// chosen as for the rules' own mentions, with the countries of `known` preferred. None
/// when no list holds the name: such a place gets no coordinates rather than wrong ones.
pub fn resolve_listed(
    ctx: &Context,
    g: &Gazetteer,
    span: Span,
    known: &[Location],
) -> Option<Location> {
    let places: Vec<&Place> = places_of(g, g.lookup(span.text(ctx.src))).collect();
    let mentioned: HashSet<&str> = known.iter().map(|l| l.country).collect();
    // A small town of a country the article never names is more likely another place of
    // that name that no list holds ("Livorno, Tuscany" is no Tuscany of Canada).
    if small_only(&places) && !places.iter().any(|p| mentioned.contains(p.country())) {
        return None;
    }
    choose(ctx, &places, None, &mentioned, span).map(|p| Location::listed(p, Vec::new()))
}

/// What makes two mentions one location: the same known place, or the same name when no
/// list holds it.
#[derive(PartialEq, Eq, Hash)]
enum LocationKey<'g> {
    Known(&'g str),
    Unlisted(String),
}

enum Resolved<'g> {
    Known(&'g Place),
    Unlisted(String),
}

/// The places among a name's entries.
fn places_of<'g>(g: &'g Gazetteer, entries: &[Entry]) -> impl Iterator<Item = &'g Place> {
    entries.iter().filter_map(|e| match e {
        Entry::Place(p) => Some(&g.places[*p as usize]),
        _ => None,
    })
}

/// Small towns only (no country, region or city over 100,000 of that name).
fn small_only(places: &[&Place]) -> bool {
    places
        .iter()
        .all(|p| p.kind == PlaceKind::City && p.population() < 100_000)
}

/// A preposition of place before the name, "the city of", or being a heading's only word.
/// Also a name that is said to be somewhere: "Tulsa is in the Green Country region",
/// "Tulsa lies in northeastern Oklahoma", "Florence is located on the Arno".
fn has_place_cue(ctx: &Context, span: Span) -> bool {
    let tokens = &ctx.layer.tokens;
    let i = ctx.layer.token_at(span.start);
    if i.checked_sub(1)
        .is_some_and(|j| PLACE_CUES.contains_lowercase(tokens[j].text(ctx.src)))
    {
        return true;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(ctx.src));
    let mut k = ctx.layer.token_at(span.end);
    if !matches!(word(k), "is" | "lies" | "sits" | "was") {
        return false;
    }
    k += 1;
    if matches!(word(k), "located" | "situated" | "set") {
        k += 1;
    }
    if !matches!(word(k), "in" | "on" | "near") {
        return false;
    }
    k += 1;
    if word(k) == "the" {
        k += 1;
    }
    // Somewhere named, or a part of somewhere ("in northeastern Oklahoma", "in the
    // province of"); not "is in talks", "is in the hospital".
    let next = word(k);
    next.starts_with(char::is_uppercase) || LOCATION_WORDS.contains(next)
}

/// Whether hit `i` stands in a list between two names that are only places: "Rome,
/// Florence and Bologna" makes Florence the city, not a woman.
fn between_places(hits: &[Hit], i: usize, src: &str) -> bool {
    let only_places = |h: &Hit| {
        !h.entries.is_empty() && h.entries.iter().all(|e| matches!(e, Entry::Place(_)))
    };
    let (Some(prev), Some(next)) = (i.checked_sub(1).map(|k| &hits[k]), hits.get(i + 1)) else {
        return false;
    };
    src[prev.span.end..hits[i].span.start] == *", "
        && matches!(&src[hits[i].span.end..next.span.start], ", " | " and " | ", and ")
        && only_places(prev)
        && only_places(next)
}

/// Words after "is in (the)" that place a name in a larger place.
static LOCATION_WORDS: WordSet = WordSet::new(&[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "heart",
    "middle",
    "province",
    "state",
    "region",
    "county",
    "district",
    "valley",
    "foothills",
]);

/// The planets, which towns are named after.
static PLANETS: WordSet = WordSet::new(&[
    "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
]);

/// The place is a word inside a longer capitalized name ("Jordan Peterson", "Doha Forum").
fn part_of_longer_name(ctx: &Context, chunks: &[Chunk], g: &Gazetteer, span: Span) -> bool {
    let i = chunks.partition_point(|c| c.span.end <= span.start);
    let Some(chunk) = chunks.get(i).filter(|c| c.span.contains(span)) else {
        return false;
    };
    if chunk.span == span {
        return false;
    }
    // A title after it belongs to the place: "US President Barack Obama", even after a
    // photo credit ("REUTERS/Jason Reed U.S. President George W. Bush").
    if title_follows(ctx, g, span.end) {
        return false;
    }
    let src = ctx.src;
    let after = &ctx.layer.tokens[ctx.layer.token_at(span.end)..chunk.tokens.end];
    let before = &ctx.layer.tokens[chunk.tokens.start..ctx.layer.token_at(span.start)];
    // A given name before it ("Michael Jordan") makes the whole a person.
    if before
        .last()
        .is_some_and(|t| g.given_names.contains(t.text(src)) && g.lookup(t.text(src)).is_empty())
    {
        return true;
    }
    // A capitalized word after it that is not itself a place ("Cairo University" is
    // claimed as an organization already; "Doha Forum" is an event).
    after.first().is_some_and(|t| {
        let w = t.text(src);
        w.starts_with(char::is_uppercase) && g.lookup(w).is_empty() && !PLACE_SUFFIXES.contains(w)
    })
}

/// The US state abbreviated after a place's name ("Springfield, Ill.", "Austin, TX"), with
/// the abbreviation's span. A postal code counts only after a city of its state: "Smith,
/// MD" is a doctor.
fn state_after_city<'g>(g: &'g Gazetteer, hit: &Hit, src: &str) -> Option<(Span, &'g Place)> {
    let found = us_state_after(src, hit.span.end)?;
    let state = places_of(g, g.lookup(found.state))
        .find(|p| p.kind == PlaceKind::AdminRegion && p.country() == "US")?;
    let mut cities = places_of(g, hit.entries);
    let in_state = |p: &Place| p.country() == "US" && p.admin1() == state.admin1();
    (!found.postal || cities.any(in_state)).then_some((found.span, state))
}

/// Nouns of a country's first-level division, which say a name before or after them is
/// the region ("the Donetsk region" is the oblast, not its capital).
static ADMIN_NOUNS: WordSet =
    WordSet::new(&["state", "province", "prefecture", "oblast", "governorate", "region"]);

/// Words for a part of a state, before its name ("western New York").
static STATE_PARTS: WordSet = WordSet::new(&[
    "northern", "southern", "eastern", "western", "upstate", "downstate", "northeastern",
    "northwestern", "southeastern", "southwestern", "central", "rural",
]);

/// Titles of those elected for a state or its districts ("Sen. Chuck Schumer of New York").
static LAWMAKER_TITLES: WordSet = WordSet::new(&[
    "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Congressman",
    "Congresswoman", "Sens.", "Reps.",
]);

/// Whether the name at `start` follows a lawmaker's or governor's title, their name and
/// "of": the state they are elected in ("Sen. Chuck Schumer of New York").
fn lawmaker_of(src: &str, start: usize) -> bool {
    let Some(before) = src[..start].strip_suffix("of ") else {
        return false;
    };
    // The title and at most three words of a name before "of".
    before
        .split_whitespace()
        .rev()
        .take(5)
        .skip(1)
        .any(|w| LAWMAKER_TITLES.contains(w))
}

/// Picks the entry a name refers to.
fn choose<'g>(
    ctx: &Context,
    places: &[&'g Place],
    qualifier: Option<&Place>,
    mentioned: &HashSet<&str>,
    span: Span,
) -> Option<&'g Place> {
    if places.len() == 1 {
        return places.first().copied();
    }
    let src = ctx.src;
    let name = span.text(src);
    let after = src[span.end..].trim_start();
    // Only the last words before the name matter: never copy the whole prefix.
    let before = src[..span.start].trim_end();
    let tail = &before[before.len()
        - before
            .chars()
            .rev()
            .take(16)
            .map(char::len_utf8)
            .sum::<usize>()..];
    // "Aomori prefecture", "the state of Kerala": the region, not its capital city.
    let first_after = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let word_before = tail.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let says_state = ADMIN_NOUNS.contains_lowercase(first_after)
        || tail.strip_suffix(" of").is_some_and(|t| {
            ADMIN_NOUNS.contains_lowercase(t.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
        })
        // "western New York", "upstate New York": a part of the state.
        || STATE_PARTS.contains(word_before)
        || lawmaker_of(src, span.start);
    // A province many times as populous as any city of its name is what the name means
    // ("Ontario" is the province, not the Californian city).
    let largest_city = places
        .iter()
        .filter(|p| p.kind == PlaceKind::City)
        .map(|p| p.population())
        .max()
        .unwrap_or(0);
    let next_largest_city = places
        .iter()
        .filter(|p| p.kind == PlaceKind::City && p.population() < largest_city)
        .map(|p| p.population())
        .max()
        .unwrap_or(0);
    // "Mexico" is the country, though GeoNames also calls its capital so.
    let a_country = places
        .iter()
        .any(|p| p.kind == PlaceKind::Country && p.name() == name);
    let town = places
        .iter()
        .any(|p| p.kind == PlaceKind::City && p.population() >= 1_000_000)
        && called_a_town(src, span);
    let score = |p: &Place| -> (i32, bool, u64) {
        let mut s = 0;
        if p.kind == PlaceKind::AdminRegion && p.population() >= largest_city.saturating_mul(20) {
            s += 10;
        }
        // "a Delaware court": a US state outweighs the towns named like it (Delaware,
        // Ohio), whose states' populations the tables underestimate.
        if p.kind == PlaceKind::AdminRegion && p.country() == "US" && largest_city < 100_000 {
            s += 10;
        }
        if let Some(q) = qualifier {
            if q.kind == PlaceKind::Country && p.country() == q.key() {
                s += 100;
            }
            if q.kind == PlaceKind::AdminRegion && p.country() == q.country() {
                s += 100;
                // "Springfield, Illinois": the Springfield in Illinois.
                if !q.admin1().is_empty() && p.admin1() == q.admin1() {
                    s += 50;
                }
            }
        }
        if says_state && p.kind == PlaceKind::AdminRegion {
            s += 200;
        }
        if !says_state && p.kind == PlaceKind::AdminRegion {
            s -= 5;
        }
        // "Oklahoma" is the state, though GeoNames also calls Oklahoma City so; only a
        // metropolis goes by its region's name ("New York").
        if p.kind == PlaceKind::City
            && p.population() < 1_000_000
            && p.name().strip_suffix(" City").is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            s -= 10;
        }
        if mentioned.contains(p.country()) {
            s += 20;
        }
        // A world city outweighs the towns named after it in a country the article
        // names: "Paris" in a story that names the United States is still in France; but
        // no one calls a world city a town ("the towns of San Remigio and Medellin").
        if p.kind == PlaceKind::City
            && !a_country
            && !town
            && p.population() >= 1_000_000
            && p.population() >= next_largest_city.saturating_mul(50)
        {
            s += 25;
        }
        s += match p.kind {
            PlaceKind::Country => 15,
            PlaceKind::Region | PlaceKind::Continent => 12,
            PlaceKind::City => 10,
            PlaceKind::AdminRegion => 8,
            PlaceKind::Place => 5,
        };
        // Between places of the same score, the one whose own name the text writes
        // ("New Delhi", not Delhi, which GeoNames also calls so) before the larger; a name
        // in two languages ("Donostia / San Sebastián") is its own in either, and a name
        // written without its accents is its own ("Belem" is Belém, not the São Paulo
        // district spelt without them).
        let own = p.name() == name
            // "NEW DELHI" in a dateline is New Delhi's own name, not Delhi's.
            || p.name().eq_ignore_ascii_case(name)
            || p.name().split(" / ").any(|n| n == name)
            || same_but_saint(p.name(), name)
            || (!p.name().is_ascii()
                && crate::gazetteer::without_marks(p.name()).is_some_and(|n| n.eq_ignore_ascii_case(name)));
        (s, own, p.population())
    };
    places.iter().copied().max_by_key(|p| score(p))
}

/// Whether the text before `span` calls the name there a town or a village: "the town
/// of", "towns of Bogo, San Remigio and", "the village of".
fn called_a_town(src: &str, span: Span) -> bool {
    super::names::noun_of_list_before(src, span).is_some_and(|w| TOWN_NOUNS.contains(w))
}

/// Nouns that call a place small.
static TOWN_NOUNS: WordSet = WordSet::new(&[
    "town", "towns", "village", "villages", "township", "townships", "hamlet", "municipality",
    "municipalities",
]);

/// "Saint Petersburg" and "St. Petersburg": one name, the saint's written out or not.
fn same_but_saint(a: &str, b: &str) -> bool {
    matches!((saint_rest(a), saint_rest(b)), (Some((x, r)), Some((y, q))) if x != y && r == q)
}

/// Whether `name` opens with "Saint " (true) or "St. " (false), and the rest.
fn saint_rest(name: &str) -> Option<(bool, &str)> {
    match name.strip_prefix("Saint ") {
        Some(r) => Some((true, r)),
        None => name.strip_prefix("St. ").map(|r| (false, r)),
    }
}

#[cfg(test)]
mod tests;
