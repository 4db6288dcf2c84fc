//! What the text says a name is: "Caloi is a Brazilian bicycle manufacturer", "Coron, a town
//! on Busuanga Island". A definition right after a mention outweighs a guess from the name's
//! shape, so a person the rules or the tagger guessed from a single word becomes the
//! organization or the place the article defines it as, with all of its mentions (a full
//! name stays a person), and a place no list holds becomes the organization it is said to be. A place
//! the lists hold (with a country and coordinates) is never retyped: "North Melbourne, a
//! football club" stays the suburb it also is.
//!
//! Hand-written: a few word lists over the words right after a mention. No parser is
//! needed for "is a … manufacturer", and none in Rust is small enough to compile in.

use std::borrow::Cow;

use super::Context;
use super::actors::{Actor, ActorKind, STORM_WORDS};
use super::locations::Location;
use super::names::Chunk;
use crate::span::{Span, overlaps_any};
use crate::text::WordSet;

/// Nouns that define an organization ("a Japanese video game developer").
static ORG_NOUNS: WordSet = WordSet::new(&[
    "company", "manufacturer", "maker", "firm", "corporation", "band", "label", "publisher",
    "airline", "carrier", "bank", "retailer", "chain", "brand", "newspaper", "magazine",
    "broadcaster", "network", "channel", "station", "agency", "party", "club", "team",
    "organization", "organisation", "association", "charity", "university", "college",
    "developer", "studio", "conglomerate", "subsidiary", "startup", "start-up", "franchise", "insurer",
    "automaker", "carmaker", "supermarket", "distributor", "operator", "foundation", "society",
    "union", "ensemble", "orchestra", "duo", "trio", "quartet",
]);

/// Nouns that define a place ("a town on Busuanga Island").
static PLACE_NOUNS: WordSet = WordSet::new(&[
    "town", "city", "village", "island", "province", "municipality", "county", "region",
    "district", "river", "lake", "mountain", "suburb", "neighbourhood", "neighborhood",
    "borough", "capital", "port", "resort", "peninsula", "valley", "archipelago", "hamlet",
    "commune", "parish", "settlement",
]);

/// Words that may follow the defining noun: the definition ends there ("a company based
/// in …", "a band from …", "a town."), where "a bank employee" goes on to another noun.
static AFTER_NOUN: WordSet = WordSet::new(&[
    "that", "which", "who", "whose", "based", "in", "of", "from", "founded", "headquartered",
    "and", "with", "owned", "known", "on", "near", "located", "situated", "formed", "since",
    "for", "at", "by", "where",
]);

/// Articles a definition opens with.
static ARTICLE: WordSet = WordSet::new(&["a", "an", "the"]);

/// What a definition says a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Defined {
    /// An organization.
    Organization,
    /// A place.
    Place,
}

/// The kind the words right after byte `end` of `src` define: ", a/an/the [up to four
/// words] NOUN" or " is/was a … NOUN", the noun ending the phrase.
pub fn defined_after(src: &str, end: usize) -> Option<Defined> {
    let rest = src.get(end..)?;
    let rest = rest.get(..rest.len().min(160))?;
    let mut words = rest
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .peekable();
    // "Caloi, a …" or "Caloi is a …" (the comma stays on the first word when there is none
    // before it).
    let lead = *words.peek()?;
    if lead == "," {
        words.next();
    } else if !rest.starts_with(',') {
        if !matches!(lead, "is" | "was" | "are" | "were") {
            return None;
        }
        words.next();
    }
    let article = words.next()?;
    let article = article.trim_start_matches(',');
    // "Safaricom, East Africa's largest telecoms operator": a possessive name stands where
    // the article does.
    if !ARTICLE.contains_lowercase(article) {
        let mut word = article;
        let mut k = 0;
        while !crate::text::POSSESSIVE_ENDINGS.iter().any(|p| word.ends_with(p)) {
            k += 1;
            if k == 3 || !word.starts_with(char::is_uppercase) {
                return None;
            }
            word = words.next()?;
        }
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
    }
    for _ in 0..5 {
        let raw = words.next()?;
        let word = raw.trim_end_matches(['.', ',', ';', ':', ')']);
        let closes = word.len() < raw.len();
        // Written in lower case: "a University of Texas biologist" is no university.
        let kind = if ORG_NOUNS.contains(word) {
            Some(Defined::Organization)
        } else if PLACE_NOUNS.contains(word) {
            Some(Defined::Place)
        } else {
            None
        };
        if let Some(kind) = kind {
            let ends = closes || words.peek().is_none_or(|n| AFTER_NOUN.contains_lowercase(n));
            if ends {
                return Some(kind);
            }
        }
        // "a member of the party": the phrase's noun came before "of".
        if closes || AFTER_NOUN.contains_lowercase(word) || ARTICLE.contains_lowercase(word) {
            return None;
        }
    }
    None
}

/// Verbs of a share price's move, after "shares" or "stock".
static MOVES: WordSet = WordSet::new(&[
    "fell", "rose", "jumped", "slid", "dropped", "gained", "climbed", "tumbled", "surged",
    "sank", "slumped", "soared", "plunged", "rallied", "closed", "ended", "were", "have",
    "traded", "added", "lost", "edged",
]);

/// Whether the words around a mention trade it on a market, as only a company is: "Kenvue
/// shareholders", "Kimberly-Clark shares fell", "shares of Kenvue". ("Smith shares his
/// story": the verb, no stock.)
pub fn traded(src: &str, span: Span) -> bool {
    let after = &src[span.end..];
    let after = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
        .or_else(|| after.strip_prefix(' '))
        .unwrap_or("");
    let mut words = after.split(' ');
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let moved = || MOVES.contains(second.trim_end_matches([',', '.']));
    matches!(first, "shareholders" | "shareholders'" | "stockholders")
        || (matches!(first, "shares" | "stock") && moved())
        || src[..span.start].ends_with("shares of ")
        || src[..span.start].ends_with("Shares of ")
}

/// Retypes persons (and places no list holds) that the article defines as something else,
/// and makes the organization or place it defines of a name that neither the rules nor the
/// tagger took ("Konami, a Japanese video game developer"), with its other mentions.
pub fn retype<'t>(
    ctx: &Context<'t, '_>,
    chunks: &[Chunk],
    actors: &mut Vec<Actor<'t>>,
    locations: &mut Vec<Location>,
) {
    let src = ctx.src;
    let mut changed = drop_storms(ctx, chunks, actors);
    changed |= define_unclaimed(ctx, chunks, actors, locations);
    let defined = |mentions: &[super::Mention]| {
        mentions.iter().find_map(|m| {
            defined_after(src, m.span.end).or_else(|| traded(src, m.span).then_some(Defined::Organization))
        })
    };
    let mut k = 0;
    while k < actors.len() {
        let a = &mut actors[k];
        // A full name is a person on better evidence than one word is.
        let guess = a.kind == ActorKind::Person && !a.name.contains(' ');
        match defined(&a.mentions).filter(|_| guess) {
            Some(Defined::Organization) => {
                a.kind = ActorKind::Organization;
                a.role = None;
                changed = true;
            }
            Some(Defined::Place) => {
                let a = actors.remove(k);
                let name = a.name.into_owned();
                match locations.iter().position(|l| l.name == name) {
                    Some(i) => locations[i].mentions.extend(a.mentions),
                    None => locations.push(Location::unlisted(name, a.mentions)),
                }
                changed = true;
                continue;
            }
            None => {}
        }
        k += 1;
    }
    let mut k = 0;
    while k < locations.len() {
        let l = &locations[k];
        let unlisted = l.geonames_id.is_none() && l.country.is_empty();
        if unlisted && defined(&l.mentions) == Some(Defined::Organization) {
            let l = locations.remove(k);
            let name = l.name.into_owned();
            match actors.iter().position(|a| a.name == name.as_str()) {
                Some(i) => actors[i].mentions.extend(l.mentions),
                None => actors.push(Actor::unlisted(
                    Cow::Owned(name),
                    ActorKind::Organization,
                    l.mentions,
                )),
            }
            changed = true;
            continue;
        }
        k += 1;
    }
    if changed {
        super::merge::in_text_order(actors, locations);
    }
}

/// Drops the persons named as a storm is ("Melissa was forecast to cross Cuba" after
/// "Hurricane Melissa"): a storm, named like a person, is no actor. True when it dropped one.
fn drop_storms(ctx: &Context, chunks: &[Chunk], actors: &mut Vec<Actor>) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let mut storms: Vec<&str> = Vec::new();
    for c in chunks {
        let toks = &tokens[c.tokens.clone()];
        let lead = toks
            .iter()
            .take_while(|t| STORM_WORDS.contains(t.text(src)))
            .count();
        if lead > 0 && lead < toks.len() {
            let name = Span::new(toks[lead].span.start, c.span.end);
            storms.push(super::names::strip_possessive(name, src).text(src));
        }
    }
    let before = actors.len();
    if !storms.is_empty() {
        actors.retain(|a| a.kind != ActorKind::Person || !storms.contains(&&*a.name));
    }
    actors.len() < before
}

/// "Initially, the Italian company, Fiat, …", "Meanwhile, the firm …": a word that opens a
/// sentence before ", the", or ends in "-ly", is an adverb more often than a name.
fn adverb_opener(src: &str, chunk: &Chunk) -> bool {
    let the_after = src[chunk.span.end..]
        .trim_start_matches([',', ' '])
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "));
    chunk.sentence_initial
        && chunk.tokens.len() == 1
        && (the_after || chunk.span.text(src).ends_with("ly"))
}

/// Makes an entity of each name, in no heading, that no actor or location holds and that
/// the words after one of its mentions define. True when it made one.
fn define_unclaimed<'t>(
    ctx: &Context<'t, '_>,
    chunks: &[Chunk],
    actors: &mut Vec<Actor<'t>>,
    locations: &mut Vec<Location>,
) -> bool {
    let src = ctx.src;
    // Most articles define nothing: the names defined come first, the mentions taken only
    // when there is one.
    let defined: Vec<(&Chunk, Defined)> = chunks
        .iter()
        .filter(|c| !c.in_heading)
        .filter_map(|c| {
            let traded = || traded(src, c.span).then_some(Defined::Organization);
            Some((c, defined_after(src, c.span.end).or_else(traded)?))
        })
        .filter(|(c, _)| !adverb_opener(src, c))
        .collect();
    if defined.is_empty() {
        return false;
    }
    let mut taken: Vec<Span> = actors
        .iter()
        .flat_map(|a| a.mentions.iter())
        .chain(locations.iter().flat_map(|l| l.mentions.iter()))
        .map(|m| m.span)
        .collect();
    taken.sort_unstable_by_key(|s| s.start);
    // Mentions may nest: their union, as `overlaps_any` asks.
    taken.dedup_by(|next, kept| {
        let joins = next.start < kept.end;
        if joins {
            kept.end = kept.end.max(next.end);
        }
        joins
    });
    let free = |c: &&Chunk| !c.in_heading && !overlaps_any(&taken, c.span);
    let mut made = false;
    for (chunk, kind) in defined {
        let name = chunk.span.text(src);
        if !free(&chunk) {
            // "Passaic Valley Construction, a company owned by": places read inside a
            // name defined as an organization are the organization's words.
            if kind == Defined::Organization && take_places_inside(chunk.span, actors, locations) {
                actors.push(Actor::unlisted(
                    Cow::Borrowed(name),
                    ActorKind::Organization,
                    vec![ctx.mention(chunk.span)],
                ));
                made = true;
            }
            continue;
        }
        let mentions: Vec<super::Mention> = chunks
            .iter()
            .filter(free)
            .filter(|c| c.span.text(src) == name)
            .map(|c| ctx.mention(c.span))
            .collect();
        // A one-word person guessed elsewhere ("stated that Bilka is") or a place no list
        // holds takes the defined mentions, and `retype` then reads their definition.
        if let Some(a) = actors.iter_mut().find(|a| a.name == name) {
            if a.kind == ActorKind::Person && !name.contains(' ') {
                a.mentions.extend(mentions);
                made = true;
            }
            continue;
        }
        if let Some(l) = locations.iter_mut().find(|l| l.name == name) {
            if l.geonames_id.is_none() && l.country.is_empty() {
                l.mentions.extend(mentions);
                made = true;
            }
            continue;
        }
        match kind {
            Defined::Organization => actors.push(Actor::unlisted(
                Cow::Borrowed(name),
                ActorKind::Organization,
                mentions,
            )),
            Defined::Place => locations.push(Location::unlisted(name.to_string(), mentions)),
        }
        made = true;
    }
    made
}

/// Removes the place mentions inside `span` when nothing else overlaps it: no actor, and
/// no place mention that reaches past it or covers all of it. True when it removed any.
fn take_places_inside(span: Span, actors: &[Actor], locations: &mut Vec<Location>) -> bool {
    let inside = |m: &super::Mention| span.contains(m.span) && m.span != span;
    if actors.iter().flat_map(|a| &a.mentions).any(|m| m.span.overlaps(span))
        || locations
            .iter()
            .flat_map(|l| &l.mentions)
            .any(|m| m.span.overlaps(span) && !inside(m))
    {
        return false;
    }
    let mut took = false;
    for l in locations.iter_mut() {
        let before = l.mentions.len();
        l.mentions.retain(|m| !inside(m));
        took |= l.mentions.len() < before;
    }
    locations.retain(|l| !l.mentions.is_empty());
    took
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::{structure, text};

    /// A one-word person guessed from a later mention ("stated that Bilka is") becomes the
    /// organization the first mention defines, with both mentions.
    #[test]
    fn a_guess_made_elsewhere_yields_to_the_definition() {
        let src = "Bilka is a Danish chain of hypermarkets. Salling has stated that Bilka is a name.";
        let layer = text::analyze(src);
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        let g = Gazetteer::embedded();
        let hits = g.find_all(src, &layer.tokens);
        let chunks = super::super::names::chunks(&ctx, g, &[], &hits);
        let later = src.rfind("Bilka").unwrap();
        let mut actors = vec![Actor::unlisted(
            Cow::Borrowed("Bilka"),
            ActorKind::Person,
            vec![ctx.mention(Span::new(later, later + 5))],
        )];
        let mut locations = Vec::new();
        retype(&ctx, &chunks, &mut actors, &mut locations);
        assert_eq!(actors.len(), 1, "{actors:?}");
        assert_eq!(actors[0].kind, ActorKind::Organization);
        assert_eq!(actors[0].mentions.len(), 2);
    }

    #[test]
    fn defined_after_table() {
        // (text, the name it begins with, what the words after it define)
        let cases: &[(&str, &str, Option<Defined>)] = &[
            ("Caloi is a Brazilian bicycle manufacturer.", "Caloi", Some(Defined::Organization)),
            ("Konami, a Japanese video game developer based in Tokyo", "Konami", Some(Defined::Organization)),
            ("Coron is a town on Busuanga Island.", "Coron", Some(Defined::Place)),
            ("Linkin Park is an American rock band from California.", "Linkin Park", Some(Defined::Organization)),
            ("Smith, a former bank employee, said", "Smith", None),
            ("Parmesan, a University of Texas biologist", "Parmesan", None),
            ("Smith is a member of the party.", "Smith", None),
            ("Smith said the company lost money.", "Smith", None),
            ("Smith is the son of a baker.", "Smith", None),
            ("Smith, the team captain, scored.", "Smith", None),
            ("Smith was the team's coach.", "Smith", None),
            (
                "Safaricom, East Africa's largest telecoms operator, said",
                "Safaricom",
                Some(Defined::Organization),
            ),
            ("Mombasa, Kenya's main port, was shut.", "Mombasa", Some(Defined::Place)),
            ("Smith, Arsenal's manager, said", "Smith", None),
            ("Smith, Japan's largest union group", "Smith", None),
            ("Smith, whose company's shares fell", "Smith", None),
        ];
        for &(src, name, want) in cases {
            assert_eq!(defined_after(src, name.len()), want, "{src}");
        }
    }
}
