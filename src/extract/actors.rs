//! Actors: people, organizations and groups, each merged across its spellings.
//!
//! Evidence, strongest first: the curated organization table and demonyms (gazetteer
//! hits); titles before a name ("Foreign Minister Sameh Shoukry"); organization words
//! ending a name ("... Ministry", "... University") or heading it ("Bank of ..."); given
//! names; name particles ("al-", "bin"); verbs of saying; acronyms defined in the text.
//! Countries acting in a sentence become state actors; demonyms and countries before a
//! role noun ("Egyptian and Qatari diplomats", "U.S. officials") become group actors.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::names::{Chunk, FUNCTION_WORDS};
use super::{Context, Mention};
use crate::gazetteer::{Entry, Gazetteer, Hit, PlaceKind};
use crate::span::{Span, overlapping, overlaps_any};
use crate::text::{TokenKind, WordSet};

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    pub org_type: Option<&'static str>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
}

/// Actors found, and the spans they claim (so that "Jordan" in "Michael Jordan" is not
/// also a place).
pub struct Found<'a> {
    /// The actors, in order of first mention.
    pub actors: Vec<Actor<'a>>,
    /// Spans of person and organization names built from chunks.
    pub claimed: Vec<Span>,
}

/// Last words that make a capitalized run an organization.
static ORG_SUFFIXES: WordSet = WordSet::new(&[
    "Ministry",
    "Department",
    "Council",
    "Authority",
    "Agency",
    "Party",
    "Army",
    "Forces",
    "Brigades",
    "Brigade",
    "Front",
    "Movement",
    "Commission",
    "Committee",
    "Union",
    "Bank",
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "LLC",
    "Co.",
    "Group",
    "University",
    "College",
    "Institute",
    "Association",
    "Organization",
    "Organisation",
    "Foundation",
    "Federation",
    "League",
    "Court",
    "Parliament",
    "Assembly",
    "Police",
    "Service",
    "Services",
    "Office",
    "Bureau",
    "Board",
    "Center",
    "Centre",
    "Church",
    "Club",
    "Company",
    "Times",
    "Post",
    "News",
    "Airlines",
    "Airways",
    "Network",
    "Society",
    "Trust",
    "Fund",
    "Alliance",
    "Coalition",
    "Guard",
    "Navy",
    "Corps",
    "School",
    "Academy",
    "Administration",
    "Cabinet",
    "Government",
    "Senate",
    "Congress",
    "Tribunal",
    "Institution",
    "Laboratory",
    "Laboratories",
    "Labs",
    "Press",
    "Magazine",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Records",
    "Studios",
    "Team",
    "FC",
    "Council",
    "Secretariat",
    "Directorate",
    "Command",
    "Regiment",
    "Battalion",
    "Division",
    "Caucus",
    "Industries",
    "Holdings",
    "Group",
    "Systems",
    "Technologies",
    "Partners",
    "Consortium",
    "Observatory",
    "Hospital",
    "Museum",
    "Library",
    "Broadcasting",
]);

/// First words that, followed by "of"/"for", make a run an organization ("Ministry of ...").
static ORG_HEADS: WordSet = WordSet::new(&[
    "Ministry",
    "Department",
    "University",
    "Bank",
    "Council",
    "Office",
    "Court",
    "Institute",
    "Church",
    "House",
    "Museum",
    "Academy",
    "Federation",
    "Union",
    "Association",
    "Society",
    "League",
    "Board",
    "Agency",
    "Commission",
    "Committee",
    "Organization",
    "Organisation",
    "Party",
    "Army",
    "Bureau",
    "College",
    "School",
    "Center",
    "Centre",
    "Federal",
    "National",
    "Royal",
    "Order",
    "Assembly",
    "Congress",
    "Parliament",
]);

/// Nouns naming people in a role, after a demonym, country or organization.
static ROLE_NOUNS: WordSet = WordSet::new(&[
    "officials",
    "diplomats",
    "leaders",
    "negotiators",
    "mediators",
    "representatives",
    "envoys",
    "delegates",
    "delegation",
    "forces",
    "troops",
    "soldiers",
    "militants",
    "fighters",
    "authorities",
    "officers",
    "police",
    "ministers",
    "lawmakers",
    "legislators",
    "politicians",
    "activists",
    "protesters",
    "demonstrators",
    "citizens",
    "residents",
    "civilians",
    "refugees",
    "workers",
    "voters",
    "intermediaries",
    "counterparts",
    "rebels",
    "prisoners",
    "hostages",
    "settlers",
    "journalists",
    "people",
    "allies",
    "critics",
    "analysts",
    "experts",
    "investigators",
    "prosecutors",
    "judges",
    "lawyers",
    "students",
    "doctors",
    "medics",
    "farmers",
    "nationals",
    "partners",
    "policymakers",
    "leadership",
    "negotiating team",
    "team",
    "side",
    "public",
    "population",
    "community",
    "communities",
    "military",
    "army",
    "navy",
    "government",
    "administration",
    "regime",
    "media",
    "press",
    "companies",
    "firms",
    "businesses",
    "banks",
    "investors",
    "fans",
    "players",
    "scientists",
    "researchers",
    "teenagers",
    "children",
    "women",
    "men",
    "families",
    "veterans",
    "pilgrims",
    "migrants",
    "immigrants",
    "workers",
    "mediator",
    "negotiator",
    "official",
    "diplomat",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
]);

/// Words that cannot stand between a demonym and its role noun ("Qatar as intermediaries").
static NOT_MODIFIERS: WordSet = WordSet::new(&[
    "as", "and", "or", "of", "to", "in", "for", "with", "by", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "must", "can", "could", "should", "may", "might", "the", "a",
    "an", "that", "which", "who", "also", "not", "still", "now", "remains", "says", "said", "on",
    "at", "from", "but", "than",
]);

/// Title words that end a title inside a capitalized run ("... Foreign Minister", "... Sheikh").
static TITLE_HEADS: WordSet = WordSet::new(&[
    "President",
    "Minister",
    "Secretary",
    "Governor",
    "Senator",
    "Ambassador",
    "Envoy",
    "Chairman",
    "Chairwoman",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "General",
    "Commander",
    "Mayor",
    "Judge",
    "Sheikh",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Leader",
    "Speaker",
    "CEO",
    "Chancellor",
    "Commissioner",
    "Representative",
    "Senator",
    "Sen.",
    "Rep.",
    "Gen.",
    "Col.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "Imam",
    "Ayatollah",
    "Rabbi",
    "Pope",
    "Cardinal",
    "Archbishop",
    "Bishop",
    "Minister-President",
    "Premier",
    "Founder",
]);

/// Verbs of saying that mark the name next to them as a person's.
static SAYING: WordSet = WordSet::new(&[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "stated",
    "argued",
    "wrote",
    "asked",
    "explained",
    "insisted",
    "warned",
    "claimed",
    "recalled",
    "replied",
    "announced",
    "tweeted",
    "posted",
    "urged",
    "stressed",
    "admitted",
    "believes",
    "thinks",
    "acknowledged",
    "testified",
    "confirmed",
    "denied",
]);

/// Prepositions after which a country is a place rather than an actor.
static PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in",
    "at",
    "to",
    "into",
    "from",
    "within",
    "across",
    "throughout",
    "near",
    "inside",
    "outside",
    "around",
    "of",
    "via",
    "through",
    "toward",
    "towards",
    "over",
    "visit",
    "visited",
    "visiting",
    "entered",
    "left",
    "reached",
]);

/// Words that begin Arabic, Persian and other names or join their parts.
static NAME_PARTICLES: WordSet = WordSet::new(&[
    "al", "el", "bin", "ibn", "bint", "Abu", "Abd", "Abdel", "Abdul", "van", "von", "de", "da",
    "di", "del", "der", "ben",
]);

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
    org_type: Option<&'static str>,
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
        // A run that defines an acronym ("Syrian Observatory for Human Rights (SOHR)") names
        // an organization unless other evidence says otherwise.
        let defined_org = || {
            defined_acronym(src, chunk)
                .filter(|_| chunk.tokens.len() >= 2 && !chunk.in_heading)
                .map(|_| {
                    let name = single_spaced(chunk.span.text(src));
                    let affiliation = inner
                        .first()
                        .filter(|h| h.span.start == chunk.span.start)
                        .and_then(|h| {
                            h.entries.iter().find_map(|e| match e {
                                Entry::Group(gi) if g.groups[*gi as usize].demonym => {
                                    country_affiliation(g.groups[*gi as usize].country)
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
        if let Some(raw) = classify_chunk(ctx, g, chunk, inner).or_else(defined_org) {
            claimed.push(raw.span);
            if let Some(acr) = defined_acronym(src, chunk) {
                acronyms.insert(acr.text(src), raw.key.clone());
                raws.push(Raw {
                    span: acr,
                    ..clone_raw(&raw)
                });
            }
            raws.push(raw);
        }
    }

    // 2. Gazetteer hits outside claimed names.
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
        let span = super::names::strip_possessive(hit.span, src);
        if let Some(&Entry::Organization(o)) = hit
            .entries
            .iter()
            .find(|e| matches!(e, Entry::Organization(_)))
        {
            let org = &g.organizations[o as usize];
            if let Some(raw) = role_from(ctx, span, org.name, "of|from") {
                raws.push(raw);
            }
            raws.push(Raw {
                key: Key::Org(o),
                span,
                name: Cow::Borrowed(org.name),
                kind: ActorKind::Organization,
                affiliation: (!org.country.is_empty()).then_some(Cow::Borrowed(org.country)),
                role: None,
                org_type: Some(org.org_type),
            });
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
            let names_people = span.text(src) == group.name && group.plural;
            if names_people && !hit.entries.iter().any(|e| matches!(e, Entry::Place(_))) {
                raws.push(Raw {
                    key: Key::Group(Cow::Borrowed(group.name)),
                    span,
                    name: Cow::Borrowed(group.name),
                    kind: ActorKind::Group,
                    affiliation: country_affiliation(group.country),
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
        if let Some(place) = country {
            if let Some((role, end)) = role_after(ctx, hit.span.end) {
                let name = single_spaced(Span::new(hit.span.start, end).text(src));
                raws.push(Raw {
                    key: Key::Group(format!("{} {}", place.key, role).into()),
                    span: Span::new(span.start, end),
                    name,
                    kind: ActorKind::Group,
                    affiliation: Some(Cow::Borrowed(place.key)),
                    role: Some(Cow::Borrowed(role)),
                    org_type: None,
                });
            } else if acts(ctx, span) {
                raws.push(Raw {
                    key: Key::State(place.key),
                    span,
                    name: Cow::Borrowed(place.name),
                    kind: ActorKind::Organization,
                    affiliation: Some(Cow::Borrowed(place.key)),
                    role: None,
                    org_type: Some("state"),
                });
            }
        }
    }

    // 3. Acronyms defined earlier, used alone later.
    if !acronyms.is_empty() {
        let tokens = &ctx.layer.tokens;
        let mut covered = vec![false; tokens.len()];
        let mut first_of: HashMap<&Key, usize> = HashMap::default();
        for (n, r) in raws.iter().enumerate() {
            for c in &mut covered[ctx.layer.token_at(r.span.start)..ctx.layer.token_at(r.span.end)]
            {
                *c = true;
            }
            first_of.entry(&r.key).or_insert(n);
        }
        let mut found = Vec::new();
        for (n, t) in tokens.iter().enumerate() {
            if let Some(key) = acronyms.get(t.text(src))
                && !covered[n]
                && let Some(&model) = first_of.get(key)
            {
                found.push(Raw {
                    span: t.span,
                    ..clone_raw(&raws[model])
                });
            }
        }
        raws.extend(found);
    }
    // 4. Single names that repeat part of a person's full name.
    link_short_names(ctx, chunks, hits, &mut raws, &mut claimed);

    raws.sort_by_key(|r| (r.span.start, r.span.end));
    raws.dedup_by(|a, b| a.span == b.span && a.key == b.key);
    Found {
        actors: merge(ctx, raws),
        claimed,
    }
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

/// Decides what a capitalized run names, if anything.
fn classify_chunk<'a>(
    ctx: &Context<'a, '_>,
    g: &Gazetteer,
    chunk: &Chunk,
    inner: &[&Hit],
) -> Option<Raw<'a>> {
    let src = ctx.src;
    let toks = &ctx.layer.tokens[chunk.tokens.clone()];
    // The run's words, read from its tokens when asked (no list is built: this runs for
    // every capitalized run).
    let word = |i: usize| toks[i].text(src);
    let words = || toks.iter().map(|t| t.text(src));
    let last_word = super::names::strip_possessive(toks.last()?.span, src).text(src);

    // Leading demonym or country gives an affiliation ("Egyptian Foreign Minister ...").
    let mut first = 0;
    let mut affiliation = None;
    if let Some(h) = inner.first().filter(|h| h.span.start == chunk.span.start) {
        let code = h.entries.iter().find_map(|e| match e {
            Entry::Group(gi) if g.groups[*gi as usize].demonym => {
                Some(g.groups[*gi as usize].country)
            }
            Entry::Place(p) if g.is_country(*p) => Some(g.places[*p as usize].key),
            _ => None,
        });
        if let Some(code) = code {
            affiliation = country_affiliation(code);
            first = toks
                .iter()
                .position(|t| t.span.start >= h.span.end)
                .unwrap_or(toks.len());
        }
    }

    // Title before a name, inside the run or just before it: the longest listed title at
    // the front, or else the last title word inside the run ("Treasury Secretary John
    // Mbadi", "ECB President Christine Lagarde").
    let mut title_len = title_prefix(g, src, &toks[first..]);
    if title_len == 0
        && let Some(k) = toks
            .get(first..toks.len().saturating_sub(1))
            .unwrap_or(&[])
            .iter()
            .rposition(|t| TITLE_HEADS.contains(t.text(src)))
    {
        title_len = k + 1;
        if affiliation.is_none() {
            affiliation = inner
                .iter()
                .find(|h| h.span.end <= toks[first + k].span.start)
                .and_then(|h| {
                    h.entries.iter().find_map(|e| match e {
                        Entry::Organization(o) => {
                            Some(Cow::Borrowed(g.organizations[*o as usize].name))
                        }
                        Entry::Place(p) if g.is_country(*p) => {
                            Some(Cow::Borrowed(g.places[*p as usize].key))
                        }
                        Entry::Group(gi) => country_affiliation(g.groups[*gi as usize].country),
                        _ => None,
                    })
                });
        }
    }
    let before_title = lowercase_title_before(g, ctx, chunk.tokens.start);
    if title_len > 0 || before_title {
        let name_toks = &toks[first + title_len..];
        let name_toks = trim_connectors(src, name_toks);
        if let (Some(a), Some(b)) = (name_toks.first(), name_toks.last()) {
            let span = Span::new(
                a.span.start,
                super::names::strip_possessive(b.span, src).end,
            );
            let is_known = inner.iter().any(|h| h.span == span);
            if !is_known && !chunk.in_heading && looks_like_name(span.text(src)) {
                return Some(person(span, src, affiliation));
            }
        }
    }

    let n = toks.len();
    if chunk.in_heading {
        // Headings capitalize every word; only a heading that is nothing but a name
        // ("Brock Holt" over a biography) is taken, and only on given-name evidence.
        // Only the heading that holds the chunk can be the chunk: one search, where a walk
        // over every heading for every chunk in one was quadratic in the headings.
        let whole = ctx
            .heading_at(chunk.span.start)
            .is_some_and(|h| h.trim(src) == chunk.span);
        let given = g.given_names.contains(word(0)) && !FUNCTION_WORDS.contains(word(0));
        return (whole && given && (2..=3).contains(&n) && inner.is_empty())
            .then(|| person(chunk.span, src, affiliation));
    }
    // Organization words.
    let org_suffix = n >= 2 && ORG_SUFFIXES.contains(last_word);
    let org_head = n >= 3 && ORG_HEADS.contains(word(0)) && matches!(word(1), "of" | "for" | "on");
    if org_suffix || org_head {
        let span = chunk.span;
        return Some(Raw {
            key: Key::NewOrg(Cow::Borrowed(span.text(src))),
            span,
            name: Cow::Borrowed(span.text(src)),
            kind: ActorKind::Organization,
            affiliation,
            role: None,
            org_type: None,
        });
    }
    let capitalized = words()
        .filter(|w| {
            w.starts_with(char::is_uppercase) || w.starts_with("al-") || w.starts_with("el-")
        })
        .count();
    // A given name opening the run makes it a person even around a place name
    // ("George Washington", "Jordan Peterson"), unless both halves are known names.
    let first_end = toks[0].span.end;
    let first_is_known = inner.iter().any(|h| {
        h.span.start == chunk.span.start
            && h.entries.iter().any(|e| match e {
                Entry::Place(p) => g.places[*p as usize].kind != PlaceKind::City,
                _ => true,
            })
    });
    let rest_is_known = inner.iter().any(|h| h.span.start >= first_end);
    let ends_like_place = [
        "House", "Hall", "Street", "Square", "Road", "Avenue", "River", "Island", "Park",
    ]
    .contains(&last_word);
    let given = g.given_names.contains(word(0))
        && !FUNCTION_WORDS.contains(word(0))
        && (!first_is_known || !rest_is_known)
        && !ends_like_place
        && n >= 2;
    if given && (2..=4).contains(&n) && capitalized >= 2 {
        return Some(person(chunk.span, src, affiliation));
    }
    if !inner.is_empty() {
        return None; // a run holding a known place or group: left to those rules
    }
    let particle = words().skip(1).any(|w| {
        // "bin" or "bin-Salman": the particle alone or joined by a hyphen.
        NAME_PARTICLES.contains(w)
            || w.split_once('-')
                .is_some_and(|(p, _)| NAME_PARTICLES.contains(p))
    });
    // An all-capitals word (an acronym) is no part of a person's name.
    let has_acronym = words().any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    let saying = saying_next_to(ctx, chunk) && !has_acronym;
    if (2..=4).contains(&n) && capitalized >= 2 && (given || particle || saying) {
        return Some(person(chunk.span, src, affiliation));
    }
    let acronym = word(0)
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if n == 1 && saying && !chunk.sentence_initial && !acronym {
        return Some(person(chunk.span, src, affiliation));
    }
    // An encyclopedic opening: "Évariste Galois (25 October 1811 – 31 May 1832)", "(born 1965)".
    if (2..=4).contains(&n)
        && capitalized == n
        && inner.is_empty()
        && life_dates(&src[chunk.span.end..])
    {
        return Some(person(chunk.span, src, affiliation));
    }
    // An apposition naming a role: "Sameh Shoukry, the foreign minister, said".
    if (2..=4).contains(&n)
        && capitalized == n
        && inner.is_empty()
        && !has_acronym
        && apposition_role(g, &src[chunk.span.end..])
    {
        return Some(person(chunk.span, src, affiliation));
    }
    // A scholarly citation: "Heidenreich & Turano, 2011", "Rueda et al. (2012)".
    if n <= 3 && capitalized == n && !acronym && cites(&src[chunk.span.end..]) {
        return Some(person(chunk.span, src, affiliation));
    }
    // A lone given name in mid-sentence ("told Cara", "Marilyn laughed"), unless the name
    // is also an everyday word.
    if n == 1
        && !chunk.sentence_initial
        && !acronym
        && word(0).chars().count() >= 3
        && g.given_names.contains(word(0))
        && !FUNCTION_WORDS.contains(word(0))
        && !COMMON_WORD_NAMES.contains(word(0))
    {
        return Some(person(chunk.span, src, affiliation));
    }
    None
}

/// Given names that are also everyday words, months or titles; alone they prove nothing.
static COMMON_WORD_NAMES: WordSet = WordSet::new(&[
    "Will",
    "May",
    "June",
    "April",
    "August",
    "Hope",
    "Grace",
    "Faith",
    "Joy",
    "Bill",
    "Art",
    "Mark",
    "Rose",
    "Iris",
    "Lily",
    "Summer",
    "Autumn",
    "Winter",
    "Dawn",
    "Sky",
    "Rich",
    "Guy",
    "Jack",
    "Frank",
    "Sunny",
    "Honor",
    "Chance",
    "Page",
    "Young",
    "Case",
    "Lane",
    "Major",
    "Royal",
    "Star",
    "Max",
    "Justice",
    "Christian",
    "Pat",
    "Sue",
    "Gene",
    "Don",
    "Bob",
    "Jan",
    "Eve",
    "Sun",
    "Long",
    "Black",
    "White",
    "Brown",
    "Green",
    "Gray",
    "Grey",
    "King",
    "Prince",
    "Duke",
    "Earl",
    "Baron",
    "Dean",
    "Judge",
    "Pope",
    "Bishop",
    "Cardinal",
    "Church",
    "Chase",
    "Hunter",
    "Miles",
    "Price",
    "Cash",
    "Angel",
    "Crystal",
    "Amber",
    "Ruby",
    "Pearl",
    "Jade",
    "Ivy",
    "Holly",
    "Heather",
    "Violet",
    "Destiny",
    "Harmony",
    "Melody",
    "Liberty",
    "Trinity",
    "Glory",
    "Mercy",
    "Patience",
    "Prudence",
    "Charity",
    "Constance",
    "Sterling",
    "Ray",
    "Bud",
    "Buck",
    "Chip",
    "Rusty",
    "Dusty",
    "Sandy",
    "Misty",
    "Stormy",
    "Rain",
    "River",
    "Forest",
    "Ocean",
    "Storm",
    "Wolf",
    "Fox",
    "Bear",
    "Hawk",
    "Robin",
    "Jay",
    "Wren",
    "Lark",
    "Dove",
    "Mercedes",
    "Lexus",
    "Porsche",
    "Tesla",
    "Apple",
    "Amazon",
    "Paris",
    "London",
    "Sydney",
    "Florence",
    "Georgia",
    "Virginia",
    "Carolina",
    "Dakota",
    "Montana",
    "Nevada",
    "Austin",
    "Dallas",
    "Houston",
    "Orlando",
    "Phoenix",
    "Chelsea",
    "Madison",
    "Brooklyn",
    "Jordan",
    "Israel",
    "India",
    "China",
    "Kenya",
    "Asia",
    "Africa",
    "America",
    "Europe",
    "Christmas",
    "Easter",
    "Sunday",
    "Monday",
    "Friday",
    "Series",
    "League",
    "Image",
    "Street",
    "Devil",
    "God",
    "Lord",
    "Lady",
    "Miss",
    "Sir",
    "Madam",
    "Doctor",
    "Professor",
    "General",
    "Colonel",
    "Captain",
    "President",
]);

/// ", the foreign minister", ", a spokesman for": an apposition whose head is a person title.
fn apposition_role(g: &Gazetteer, after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    if !matches!(
        words.next(),
        Some("the" | "a" | "an" | "its" | "his" | "her" | "their")
    ) {
        return false;
    }
    // The title may follow up to two modifiers ("the country's foreign minister").
    words.take(3).any(|w| {
        let w = w.trim_end_matches([',', '.']);
        w.starts_with(char::is_lowercase) && g.is_title_capitalized(w)
    })
}

/// A parenthesis of birth (and death) dates right after a name.
fn life_dates(after: &str) -> bool {
    let Some(inner) = after.strip_prefix(" (") else {
        return false;
    };
    // At most 80 bytes, cut on a character boundary (found by the fuzzer). The bracket
    // is looked for in those bytes only: a text of names before brackets never closed
    // would otherwise be searched to its end after each name.
    let window = &inner.as_bytes()[..inner.len().min(80)];
    let mut end = memchr::memchr(b')', window).unwrap_or(window.len());
    while !inner.is_char_boundary(end) {
        end -= 1;
    }
    let inner = &inner[..end];
    let has_year = inner
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    has_year
        && (inner.starts_with("born")
            || inner.starts_with("b.")
            || inner.contains('–')
            || inner.contains(" - ")
            || inner.starts_with(|c: char| c.is_ascii_digit()))
}

/// What follows a name that a citation makes of it: "et al.", ", 2011)", " (2012)", " & Smith".
fn cites(after: &str) -> bool {
    let a = after.trim_start_matches([',', ' ']);
    let year_at = |s: &str| {
        s.len() >= 4
            && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && matches!(&s[..2], "15" | "16" | "17" | "18" | "19" | "20")
    };
    a.starts_with("et al")
        || (after.starts_with(", ") && year_at(a) && a[4..].starts_with([')', ';', ',', 'a', 'b']))
        || (after.starts_with(" (")
            && year_at(&after[2..])
            && after[6..].starts_with([')', ',', ';', 'a', 'b']))
}

fn person<'a>(span: Span, src: &'a str, affiliation: Option<Cow<'a, str>>) -> Raw<'a> {
    let name = single_spaced(span.text(src));
    Raw {
        key: Key::Person(name.clone()),
        span,
        name,
        kind: ActorKind::Person,
        affiliation,
        role: None,
        org_type: None,
    }
}

fn looks_like_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !FUNCTION_WORDS.contains(words[0])
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
}

fn trim_connectors<'t>(src: &str, toks: &'t [crate::text::Token]) -> &'t [crate::text::Token] {
    let mut s = toks;
    while let Some(t) = s.first() {
        if t.text(src).starts_with(char::is_lowercase) || t.kind != TokenKind::Word {
            s = &s[1..];
        } else {
            break;
        }
    }
    s
}

/// Number of tokens at the front of `toks` that form a person title ("Prime Minister").
fn title_prefix(g: &Gazetteer, src: &str, toks: &[crate::text::Token]) -> usize {
    let mut best = 0;
    for k in 1..toks.len().min(5) {
        let text = Span::new(toks[0].span.start, toks[k - 1].span.end).text(src);
        if g.titles.contains(&single_spaced(text)) {
            best = k;
        }
    }
    // "Mr" written with a separate stop: "Mr ." is not produced, but "Mr." is one token.
    best
}

/// `text` with each run of white space made one space ("Prime  Minister" → "Prime
/// Minister"), borrowed when it already is so.
fn single_spaced(text: &str) -> Cow<'_, str> {
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

/// A lower-case title just before the name that begins at token `i`: "foreign minister
/// Sameh Shoukry", "said spokesman John Kirby".
fn lowercase_title_before(g: &Gazetteer, ctx: &Context, i: usize) -> bool {
    let prev = |k: usize| i.checked_sub(k).map(|j| ctx.layer.tokens[j].text(ctx.src));
    if let Some(w) = prev(1) {
        let lower = w.starts_with(char::is_lowercase);
        if lower
            && g.is_title_capitalized(w)
            && !matches!(w, "chief" | "officer" | "chair" | "father" | "justice")
        {
            return true;
        }
        if let Some(w2) = prev(2) {
            // "foreign minister": the two words as the text has them when one space
            // parts them, else joined by one.
            let two = || {
                let (a, b) = (ctx.layer.tokens[i - 2].span, ctx.layer.tokens[i - 1].span);
                if &ctx.src[a.end..b.start] == " " {
                    std::borrow::Cow::Borrowed(&ctx.src[a.start..b.end])
                } else {
                    std::borrow::Cow::Owned(format!("{w2} {w}"))
                }
            };
            if lower && g.is_title_capitalized(&two()) {
                return true;
            }
            // An abbreviated title, cut from its stop by the tokenizer: "Mr. Collins", "Dr. Ruiz".
            if w == "." && w2.starts_with(char::is_uppercase) {
                // The word and its stop as the text has them when nothing parts them.
                let (a, stop) = (ctx.layer.tokens[i - 2].span, ctx.layer.tokens[i - 1].span);
                let abbreviated = if a.end == stop.start {
                    std::borrow::Cow::Borrowed(&ctx.src[a.start..stop.end])
                } else {
                    std::borrow::Cow::Owned(format!("{w2}."))
                };
                if g.titles.contains(&abbreviated) {
                    return true;
                }
            }
        }
    }
    false
}

/// A saying verb right after the chunk or one of "said", "says", "told", "added" right
/// before it. The chunk's tokens say where it is: its span may end inside its last token
/// (a possessive), but no other token begins before the next one.
fn saying_next_to(ctx: &Context, chunk: &Chunk) -> bool {
    let next = ctx
        .layer
        .tokens
        .get(chunk.tokens.end)
        .map(|t| t.text(ctx.src));
    let prev = chunk
        .tokens
        .start
        .checked_sub(1)
        .map(|k| ctx.layer.tokens[k].text(ctx.src));
    next.is_some_and(|w| SAYING.contains(w))
        || prev.is_some_and(|w| matches!(w, "said" | "says" | "told" | "added"))
}

/// "Islamic State (IS)": the acronym's span, when its letters are the run's initials.
fn defined_acronym(src: &str, chunk: &Chunk) -> Option<Span> {
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
    let ok = initials == letters || (letters.len() >= 2 && initials.starts_with(&letters));
    let start = chunk.span.end + 2;
    ok.then(|| Span::new(start, start + close))
}

/// A role noun right after `end` ("diplomats", "security officials"): (role, end of it).
fn role_after(ctx: &Context, end: usize) -> Option<(&'static str, usize)> {
    let i = ctx.layer.token_at(end);
    let toks = &ctx.layer.tokens;
    for k in 0..2 {
        let t = toks.get(i + k)?;
        let w = t.text(ctx.src);
        if !w.starts_with(char::is_lowercase) || (k == 0 && NOT_MODIFIERS.contains(w)) {
            return None;
        }
        if let Some(role) = ROLE_NOUNS.get(w) {
            // "U.S. envoy Steve Witkoff": a singular role before a name describes that person.
            let named = toks.get(i + k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && n.text(ctx.src).starts_with(char::is_uppercase)
            });
            if !role.ends_with('s') && named {
                return None;
            }
            return Some((role, t.span.end));
        }
    }
    None
}

/// "Representatives from Hamas": a role noun, then "from"/"of", then the organization.
fn role_from<'a>(
    ctx: &Context<'a, '_>,
    org: Span,
    org_name: &'static str,
    _joins: &str,
) -> Option<Raw<'a>> {
    let i = ctx.layer.token_at(org.start);
    let toks = &ctx.layer.tokens;
    let join = toks.get(i.checked_sub(1)?)?;
    if !matches!(join.text(ctx.src), "from" | "of") {
        return None;
    }
    let role_tok = toks.get(i.checked_sub(2)?)?;
    let role = role_tok.text(ctx.src).to_lowercase();
    let role = ROLE_NOUNS.get(&role).filter(|r| r.ends_with('s'))?;
    Some(Raw {
        key: Key::Group(format!("{org_name} {role}").into()),
        span: Span::new(role_tok.span.start, org.end),
        name: format!("{org_name} {role}").into(),
        kind: ActorKind::Group,
        affiliation: Some(Cow::Borrowed(org_name)),
        role: Some(Cow::Borrowed(role)),
        org_type: None,
    })
}

/// "Egyptian and Qatari diplomats": group actors for each demonym before a role noun.
/// Returns the groups and the end of the phrase.
fn group_phrase<'a>(
    ctx: &Context<'a, '_>,
    g: &Gazetteer,
    hits: &[Hit],
    idx: usize,
) -> (Vec<Raw<'a>>, usize) {
    let src = ctx.src;
    let mut members: Vec<(Span, &crate::gazetteer::Group)> = Vec::new();
    let mut k = idx;
    while let Some(hit) = hits.get(k) {
        let Some(group) = hit.entries.iter().find_map(|e| match e {
            Entry::Group(gi) => Some(&g.groups[*gi as usize]),
            _ => None,
        }) else {
            break;
        };
        members.push((hit.span, group));
        // Another demonym joined by "and", "or" or a comma?
        let between = hits
            .get(k + 1)
            .map(|n| src[hit.span.end..n.span.start].trim());
        if matches!(between, Some("and" | "or" | "," | ", and")) {
            k += 1;
        } else {
            break;
        }
    }
    let Some(&(last_span, _)) = members.last() else {
        return (Vec::new(), 0);
    };
    let Some((role, end)) = role_after(ctx, last_span.end) else {
        return (Vec::new(), 0);
    };
    let raws = members
        .iter()
        .enumerate()
        .map(|(n, (span, group))| {
            let adjective = span.text(src);
            let name: Cow<'a, str> = format!("{adjective} {role}").into();
            let span = if n + 1 == members.len() {
                Span::new(span.start, end)
            } else {
                *span
            };
            Raw {
                key: Key::Group(name.clone()),
                span,
                name,
                kind: ActorKind::Group,
                affiliation: country_affiliation(group.country),
                role: Some(Cow::Borrowed(role)),
                org_type: None,
            }
        })
        .collect();
    (raws, end)
}

/// A country acts in its sentence unless it is where something happens ("in Israel") or
/// a modifier of a noun ("Israeli", "U.S. policy").
fn acts(ctx: &Context, span: Span) -> bool {
    let i = ctx.layer.token_at(span.start);
    if after_place_preposition(ctx, i) {
        return false;
    }
    let j = ctx.layer.token_at(span.end);
    let next = ctx
        .layer
        .tokens
        .get(j)
        .map(|t| t.text(ctx.src))
        .unwrap_or("");
    // "U.S. foreign policy": a lower-case word right after the name makes it a modifier,
    // unless that word is a verb form the name is the subject of.
    if next.starts_with(char::is_lowercase) && !ctx.src[span.end..].starts_with(['’', '\'']) {
        return is_verbish(next);
    }
    !ctx.in_heading(span)
}

/// Whether the name starting at token `i` follows a preposition of place, directly or as a
/// later conjunct of places that do ("in Turkey and Syria", "from Syria, Iraq and the West").
fn after_place_preposition(ctx: &Context, mut i: usize) -> bool {
    let toks = &ctx.layer.tokens;
    let word = |j: usize| toks[j].text(ctx.src);
    // At most a few conjuncts back, so the walk stays short on any input.
    for _ in 0..6 {
        let Some(mut j) = i.checked_sub(1) else {
            return false;
        };
        if word(j).eq_ignore_ascii_case("the") {
            let Some(k) = j.checked_sub(1) else {
                return false;
            };
            j = k;
        }
        let w = word(j);
        // "as" is a place only in "as far (away) as"; "such as" lists actors.
        let far_as = w.eq_ignore_ascii_case("as") && j > 0 && matches!(word(j - 1), "far" | "away");
        if far_as || PLACE_PREPOSITIONS.contains_lowercase(w) {
            return true;
        }
        if !(w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or") || w == ",") {
            return false;
        }
        // Step back over the previous conjunct's capitalized words.
        let Some(mut k) = j.checked_sub(1) else {
            return false;
        };
        while k > 0
            && word(k).starts_with(char::is_uppercase)
            && word(k - 1).starts_with(char::is_uppercase)
        {
            k -= 1;
        }
        if !word(k).starts_with(char::is_uppercase) {
            return false;
        }
        i = k;
    }
    false
}

fn is_verbish(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "must"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "and"
            | "remains"
            | "said"
            | "says"
            | "did"
            | "does"
            | "are"
            | "were"
    ) || (w.ends_with("ed") && w.len() > 4)
        || (w.ends_with('s')
            && !w.ends_with("ss")
            && w.len() > 3
            && !w.ends_with("ies")
            && SAYING.contains(w))
}

/// Links single-word mentions ("Shoukry") to the person whose full name they end or begin:
/// the nearest such name before the mention, so two people who share a surname are never
/// merged and each short mention goes to the one last named.
fn link_short_names(
    ctx: &Context,
    chunks: &[Chunk],
    hits: &[Hit],
    raws: &mut Vec<Raw>,
    claimed: &mut Vec<Span>,
) {
    let src = ctx.src;
    // Full names by last word and by first word: (end of mention, index of its raw).
    let mut by_last: HashMap<&str, Vec<(usize, usize)>> =
        HashMap::with_capacity_and_hasher(raws.len(), Default::default());
    let mut by_first: HashMap<&str, Vec<(usize, usize)>> =
        HashMap::with_capacity_and_hasher(raws.len(), Default::default());
    for (n, r) in raws
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == ActorKind::Person && r.name.contains(' '))
    {
        if let (Some(first), Some(last)) = (r.name.split(' ').next(), r.name.rsplit(' ').next()) {
            by_last.entry(last).or_default().push((r.span.end, n));
            by_first.entry(first).or_default().push((r.span.end, n));
        }
    }
    if by_last.is_empty() {
        return;
    }
    for list in by_last.values_mut().chain(by_first.values_mut()) {
        list.sort_unstable();
    }
    let nearest_before = |map: &HashMap<&str, Vec<(usize, usize)>>, word: &str, pos: usize| {
        map.get(word).and_then(|list| {
            list[..list.partition_point(|(end, _)| *end <= pos)]
                .last()
                .map(|&(_, n)| n)
        })
    };
    let mut linked = Vec::new();
    let mut spans = Vec::new();
    for chunk in chunks {
        let known = hits
            .binary_search_by_key(&chunk.span.start, |h| h.span.start)
            .is_ok_and(|i| hits[i].span == chunk.span);
        if chunk.tokens.len() != 1 || overlaps_any(claimed, chunk.span) || known {
            continue;
        }
        let word = chunk.span.text(src);
        let start = chunk.span.start;
        if let Some(n) =
            nearest_before(&by_last, word, start).or_else(|| nearest_before(&by_first, word, start))
        {
            linked.push(Raw {
                span: chunk.span,
                ..clone_raw(&raws[n])
            });
            spans.push(chunk.span);
        }
    }
    raws.extend(linked);
    claimed.extend(spans);
    claimed.sort();
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

#[cfg(test)]
mod tests {
    use super::{is_single_spaced, single_spaced};
    use crate::extract::rule_table::{Case, check_entities};

    proptest::proptest! {
        #[test]
        fn single_spacing_is_the_text_equal_to_its_words_joined_by_spaces(
            text in crate::text::texts_of(&["a", "Ł", " ", "  ", "\t", "\n", "\u{a0}", "ó"], 12),
        ) {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(is_single_spaced(&text), joined == text);
        }
    }

    #[test]
    fn single_spacing_table() {
        // (text, single-spaced already)
        let cases: &[(&str, bool)] = &[
            ("Prime Minister", true),
            ("Prime  Minister", false),
            (" Prime Minister", false),
            ("Prime Minister ", false),
            ("Prime\tMinister", false),
            ("Prime\nMinister", false),
            ("Prime\u{b}Minister", false),
            ("", true),
            ("Łódź Mayor", true),
            ("Łódź  Mayor", false),
            ("Łódź\u{a0}Mayor", false),
            ("Mayor\u{2009}Łódź", false),
            ("Mayor Łódź ", false),
            (" Łódź", false),
            ("São  Paulo", false),
            ("São Paulo\t", false),
        ];
        for (text, want) in cases {
            assert_eq!(is_single_spaced(text), *want, "{text:?}");
            let spaced = single_spaced(text);
            assert_eq!(
                spaced,
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                "{text:?}"
            );
        }
    }

    fn check(cases: &[Case]) {
        check_entities(cases, |r| {
            r.actors
                .iter()
                .map(|a| {
                    (
                        a.name.to_string(),
                        a.kind.to_string(),
                        a.affiliation.as_deref().map(str::to_string),
                    )
                })
                .collect()
        });
    }

    #[test]
    fn actor_rule_table() {
        check(&[
            // Curated organizations and their aliases merge.
            (
                "The State Department and the Department of State are one.",
                &[("Department of State", "organization", Some("US"))],
                &[],
            ),
            (
                "Hamas said it would respond.",
                &[("Hamas", "organization", Some("PS"))],
                &[],
            ),
            // Organization words.
            (
                "The Kenya Private Sector Alliance objected.",
                &[("Kenya Private Sector Alliance", "organization", Some("KE"))],
                &[],
            ),
            (
                "He studied at the University of Portsmouth.",
                &[("University of Portsmouth", "organization", None)],
                &[],
            ),
            (
                "He spoke to Islamic Republic of Iran Broadcasting.",
                &[(
                    "Islamic Republic of Iran Broadcasting",
                    "organization",
                    Some("IR"),
                )],
                &[],
            ),
            // Acronyms defined in the text, then used alone.
            (
                "The Syrian Observatory for Human Rights (SOHR) said. Later SOHR added details.",
                &[(
                    "Syrian Observatory for Human Rights",
                    "organization",
                    Some("SY"),
                )],
                &[],
            ),
            // Titles, inside the run or before it in lower case.
            (
                "Prime Minister Jafar Hassan laid the stone.",
                &[("Jafar Hassan", "person", None)],
                &["Prime Minister Jafar Hassan"],
            ),
            (
                "ECB President Christine Lagarde spoke.",
                &[("Christine Lagarde", "person", Some("European Central Bank"))],
                &[],
            ),
            (
                "Egyptian Foreign Minister Sameh Shoukry arrived.",
                &[("Sameh Shoukry", "person", Some("EG"))],
                &[],
            ),
            (
                "The talks were led by opposition leader Kalonzo Musyoka today.",
                &[("Kalonzo Musyoka", "person", None)],
                &[],
            ),
            // Given names, particles, verbs of saying.
            (
                "Reporting by Andrew Mills in Doha.",
                &[("Andrew Mills", "person", None)],
                &[],
            ),
            (
                "Reporting by Nidal al-Mughrabi in Cairo.",
                &[("Nidal al-Mughrabi", "person", None)],
                &[],
            ),
            (
                "\"It is over,\" said Okonkwo Adebayo.",
                &[("Okonkwo Adebayo", "person", None)],
                &[],
            ),
            (
                "George Washington crossed the river.",
                &[("George Washington", "person", None)],
                &[],
            ),
            (
                "He thanked Mr. Okafor and Dr. Lindqvist for the gift.",
                &[("Okafor", "person", None), ("Lindqvist", "person", None)],
                &[],
            ),
            (
                "Okonkwo Adebayo, the foreign minister, declined.",
                &[("Okonkwo Adebayo", "person", None)],
                &[],
            ),
            // A later surname links to the full name; two people sharing one stay apart.
            (
                "Sameh Shoukry met envoys. Shoukry said talks would go on.",
                &[("Sameh Shoukry", "person", None)],
                &["Shoukry"],
            ),
            (
                "John Smith met Jane Smith. Smith said little.",
                &[
                    ("John Smith", "person", None),
                    ("Jane Smith", "person", None),
                ],
                &["Smith"],
            ),
            // Lone given names, citations, life dates.
            (
                "The driver told Marilyn to wait.",
                &[("Marilyn", "person", None)],
                &[],
            ),
            ("The results may change soon.", &[], &["May"]),
            (
                "Attention improves with practice (Rueda et al., 2012).",
                &[("Rueda", "person", None)],
                &[],
            ),
            (
                "Évariste Galois (25 October 1811 – 31 May 1832) was a mathematician.",
                &[("Évariste Galois", "person", None)],
                &[],
            ),
            // Groups: demonyms and countries before a role, coordinated, roles from organizations.
            (
                "Intermediaries such as Egyptian and Qatari diplomats helped.",
                &[
                    ("Egyptian diplomats", "group", Some("EG")),
                    ("Qatari diplomats", "group", Some("QA")),
                ],
                &[],
            ),
            (
                "Senior U.S. officials met them.",
                &[("U.S. officials", "group", Some("US"))],
                &[],
            ),
            (
                "Representatives from Hamas attended.",
                &[("Hamas representatives", "group", Some("Hamas"))],
                &[],
            ),
            (
                "Palestinians and Israelis voted.",
                &[
                    ("Palestinians", "group", Some("PS")),
                    ("Israelis", "group", Some("IL")),
                ],
                &[],
            ),
            (
                "Sunnis and Kurds protested.",
                &[("Sunnis", "group", None), ("Kurds", "group", None)],
                &[],
            ),
            ("Israeli security concerns grew.", &[], &["Israelis"]),
            (
                "U.S. envoy Steve Witkoff flew in.",
                &[("Steve Witkoff", "person", None)],
                &["U.S. envoy"],
            ),
            // Countries act unless they are where something happens.
            (
                "Israel rejected the plan.",
                &[("Israel", "organization", Some("IL"))],
                &[],
            ),
            (
                "The quake was felt in Turkey, Syria and Lebanon.",
                &[],
                &["Turkey", "Syria", "Lebanon"],
            ),
            (
                "It was felt as far away as Syria. Stakeholders such as Israel objected.",
                &[("Israel", "organization", Some("IL"))],
                &["Syria"],
            ),
            ("The talks took place in Qatar.", &[], &["Qatar"]),
        ]);
    }
}
