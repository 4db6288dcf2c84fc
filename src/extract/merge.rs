//! Joins the tagger's names to the rules' entities.
//!
//! The rules keep what they found, with their canonical names, countries, coordinates
//! and GeoNames ids: a name the lists hold is precise. The tagger adds what they missed: a
//! person, organization or place none of the rules' mentions, dates or claimed spans
//! overlaps. A new name joins an entity of the same name, and a single word that is the
//! last or first word of a person's full name joins that person ("Angela Merkel …
//! Merkel"); otherwise it is a new entity. A name the tagger gives two kinds in one article
//! takes the kind most of its mentions got. A place the lists don't hold has no country and
//! no coordinates: none rather than wrong ones.


use super::actors::{
    Actor, ActorKind, FACILITY_AFTER, GENERATIONS, ORG_SUFFIXES, ROLE_NOUNS, STORM_WORDS, TITLE_HEADS, is_initialism,
    single_spaced, the_club_ending_with, without_legal_form,
};
use super::locations::{Location, resolve_listed};
use super::tagger::{EntityType, Mark, Segment, Tagged, features, features::Sources};
use super::{Context, names};
use crate::gazetteer::{Entry, Gazetteer, Hit, OrgType};
use crate::span::{Span, overlaps_any};
use crate::text::WordSet;

/// The per-token facts the tagger's features read, for an article.
pub struct TokenFacts {
    marks: Vec<Mark>,
    gazetteer: Vec<u8>,
    given: Vec<bool>,
    memory: Vec<u16>,
    initial: Vec<bool>,
    heading: Vec<bool>,
}

impl TokenFacts {
    /// Gathers what the rules and the lists said about each token, and keeps the segments
    /// the tagger can change anything in: those with a token the rules left alone or took
    /// for part of a person's name. In any other segment every token is part of a name the
    /// rules found, which the tagger's names never replace (see [`add_tagged`]).
    pub fn new(
        ctx: &Context,
        g: &Gazetteer,
        hits: &[Hit],
        segments: &mut Vec<Segment>,
        actors: &[Actor],
        locations: &[Location],
        dates: &[Span],
    ) -> Self {
        let layer = ctx.layer;
        let tokens = &layer.tokens;
        let n = tokens.len();
        let mut facts = TokenFacts {
            marks: vec![Mark::None; n],
            gazetteer: vec![0; n],
            given: vec![false; n],
            memory: vec![0; n],
            initial: vec![false; n],
            heading: vec![false; n],
        };
        let range = |span: Span| layer.token_at(span.start)..layer.token_at(span.end);
        let mut mark = |span: Span, make: fn(bool) -> Mark| {
            for (k, i) in range(span).enumerate() {
                facts.marks[i] = make(k == 0);
            }
        };
        for a in actors {
            let make: fn(bool) -> Mark = match a.kind {
                ActorKind::Person => Mark::Person,
                ActorKind::Organization => Mark::Org,
                ActorKind::Group => Mark::Group,
            };
            for m in &a.mentions {
                mark(m.span, make);
            }
        }
        for l in locations {
            for m in &l.mentions {
                mark(m.span, Mark::Loc);
            }
        }
        for d in dates {
            for i in range(*d) {
                facts.marks[i] = Mark::Date;
            }
        }
        for h in hits {
            let mut bits = 0u8;
            for e in h.entries {
                bits |= match e {
                    Entry::Place(p) if g.is_country(*p) => features::gaz::COUNTRY,
                    Entry::Place(_) => features::gaz::PLACE,
                    Entry::Organization(_) => features::gaz::ORG,
                    Entry::Group(_) => features::gaz::GROUP,
                };
            }
            for (k, i) in range(h.span).enumerate() {
                facts.gazetteer[i] |= bits | if k == 0 { features::gaz::FIRST } else { 0 };
            }
        }
        for s in &layer.sentences {
            if let Some(v) = facts.initial.get_mut(s.tokens.start) {
                *v = true;
            }
        }
        segments.retain(|seg| {
            facts.marks[seg.tokens.clone()]
                .iter()
                .any(|m| matches!(m, Mark::None | Mark::Person(_)))
        });
        // The same word elsewhere: the rules' kinds for it, and whether it is written in
        // lower case (a capitalized "May" that is also "may" is less of a name).
        // Each distinct word of the segments (in lower case) has a slot of bits; a segment
        // token points at its word's slot. One buffer lowers every word.
        let mut words: rustc_hash::FxHashMap<String, usize> = Default::default();
        let mut bits: Vec<u16> = Vec::new();
        let mut slot_of: Vec<(usize, usize)> = Vec::new();
        let mut lower = String::new();
        let lowered = |w: &str, lower: &mut String| {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
        };
        for seg in segments.iter() {
            for i in seg.tokens.clone() {
                let t = tokens[i];
                facts.given[i] = g.given_names.contains_or_pair(t.text(ctx.src));
                facts.heading[i] = ctx.in_heading(t.span);
                lowered(t.text(ctx.src), &mut lower);
                let slot = match words.get(lower.as_str()) {
                    Some(&k) => k,
                    None => {
                        words.insert(lower.clone(), bits.len());
                        bits.push(0);
                        bits.len() - 1
                    }
                };
                slot_of.push((i, slot));
            }
        }
        if !words.is_empty() {
            for (i, t) in tokens.iter().enumerate() {
                let w = t.text(ctx.src);
                let m = facts.marks[i];
                if w.starts_with(|c: char| c.is_lowercase()) {
                    if let Some(&k) = words.get(w) {
                        bits[k] |= features::SEEN_LOWER;
                    }
                } else if m != Mark::None {
                    lowered(w, &mut lower);
                    if let Some(&k) = words.get(lower.as_str()) {
                        // A word that only opened a longer person's name ("Tulsa" of a
                        // misread "Tulsa Bartlesville Combined") is a given name there:
                        // weaker evidence that the word alone names a person than a
                        // surname or a name standing alone.
                        let given = m == Mark::Person(true)
                            && facts.marks.get(i + 1) == Some(&Mark::Person(false));
                        bits[k] |= if given {
                            features::GIVEN_IN_NAME
                        } else {
                            m.kind_bit()
                        };
                    }
                }
            }
            for (i, k) in slot_of {
                facts.memory[i] = bits[k];
            }
        }
        facts
    }

    /// The tagger's view of these facts.
    pub fn sources<'a>(&'a self, ctx: &Context<'a, 'a>) -> Sources<'a> {
        Sources {
            src: ctx.src,
            tokens: &ctx.layer.tokens,
            marks: &self.marks,
            gazetteer: &self.gazetteer,
            given: &self.given,
            memory: &self.memory,
            initial: &self.initial,
            heading: &self.heading,
        }
    }
}

/// The segments the tagger labels: the name chunks.
pub fn segments(chunks: &[names::Chunk]) -> Vec<Segment> {
    chunks
        .iter()
        .filter(|c| !c.tokens.is_empty())
        .map(|c| Segment {
            tokens: c.tokens.clone(),
        })
        .collect()
}

/// Adds the tagger's names that no rule found to `actors` and `locations`. Names in the
/// title or a heading of a text with a body, or in the dateline, are left to the rules, as
/// the rules leave them (title case makes every word look like a name there), and so is a word the lists hold as a
/// nationality or group ("Israeli"), which is no person, organization or place.
pub fn add_tagged<'t>(
    ctx: &Context<'t, '_>,
    g: &Gazetteer,
    tagged: &[Tagged],
    taken: &[Span],
    actors: &mut Vec<Actor<'t>>,
    locations: &mut Vec<Location>,
) {
    let src = ctx.src;
    let mut changed = overrule(tagged, actors);
    // A text that is all title (a post, a headline alone) has its names there.
    let has_body = ctx.layout.paragraphs().next().is_some();
    let mut taken: Vec<Span> = taken.to_vec();
    taken.extend(
        actors
            .iter()
            .flat_map(|a| a.mentions.iter().map(|m| m.span)),
    );
    taken.extend(
        locations
            .iter()
            .flat_map(|l| l.mentions.iter().map(|m| m.span)),
    );
    taken.sort();
    // The tagger's names come segment by segment, in text order and apart.
    let tagged_spans: Vec<Span> = tagged.iter().map(|t| t.span).collect();
    let votes = one_sense(src, tagged);
    for t in tagged {
        let span = names::strip_hyphen_tail(names::strip_possessive(t.span, src), src);
        let t = &Tagged {
            span: t.span,
            kind: votes.get(span.text(src)).copied().unwrap_or(t.kind),
        };
        if span.is_empty()
            || overlaps_any(&taken, span)
            || ctx.in_boilerplate(span)
            || (ctx.in_heading(span) && has_body)
            || ctx.in_dateline(span)
            || names::is_currency_prefix(span, src)
            || (t.kind == EntityType::Org && names::is_market_index(span, src))
            || names::in_event_or_law(span, src)
            || (t.kind != EntityType::Org && names::in_case_name(span, src))
            || after_name_and_of(ctx, g, &tagged_spans, span)
        {
            continue;
        }
        let group = g
            .lookup(span.text(src))
            .iter()
            .any(|e| matches!(e, Entry::Group(_)));
        if group {
            continue;
        }
        let text = span.text(src);
        if !text.starts_with(|c: char| c.is_uppercase()) || names::is_place_abbreviation(text) {
            continue;
        }
        // One word with a digit is a model, a code or a handle ("A380", "F-16"), not a
        // person or a place.
        if t.kind != EntityType::Org && !text.contains(' ') && text.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if t.kind == EntityType::Loc
            && (inside_longer_name(ctx, &tagged_spans, span)
                || adjective_of_place(src, span)
                || names::model_number_after(src, span))
        {
            continue;
        }
        // "Leaders of Atacameño communities": people in a role opening a sentence, not a
        // name.
        if text.split(' ').next().is_some_and(|w| ROLE_NOUNS.contains_lowercase(w)) {
            continue;
        }
        // "Hurricane Milton", "Typhoon Gaemi": a storm, named like a person, is no actor.
        let word_before = src[..span.start].trim_end().rsplit([' ', '\n']).next().unwrap_or("");
        if text.split(' ').next().is_some_and(|w| STORM_WORDS.contains(w))
            || STORM_WORDS.contains(word_before)
        {
            continue;
        }
        // "Charles de Gaulle airport": a building named after someone is no actor.
        if t.kind != EntityType::Loc
            && FACILITY_AFTER.contains(word_after(src, span).trim_end_matches('.'))
        {
            continue;
        }
        let last = text.rsplit(' ').next().unwrap_or("");
        // "Saudi Energy Minister Prince Abdulaziz": a people and a portfolio before a
        // title word are the title's, no body.
        if t.kind != EntityType::Loc
            && let Some((people, _)) = text.rsplit_once(' ')
            && !ORG_SUFFIXES.contains(last)
            && TITLE_HEADS.contains(word_after(src, span))
            && g.lookup(people).iter().any(|e| match e {
                Entry::Group(gi) => g.groups[*gi as usize].demonym,
                Entry::Place(p) => g.is_country(*p),
                _ => false,
            })
        {
            continue;
        }
        // "Iván DeJesús, Jr.": a generation cut from its name is no one.
        if t.kind == EntityType::Person && GENERATIONS.contains(text.trim_end_matches('.')) {
            continue;
        }
        // "the Cherokee Turnpike", "the Chiang Kai Shek Memorial": a run whose last word
        // is no one's surname names a place, whatever the tagger read.
        let kind = if t.kind == EntityType::Person
            && (NO_SURNAME_PLACE_WORDS.contains(last) || place_of_the_article(text, actors, locations))
        {
            EntityType::Loc
        } else {
            t.kind
        };
        let name = single_spaced(text);
        let mention = ctx.mention(span);
        changed |= kind != EntityType::Misc;
        match kind {
            EntityType::Person | EntityType::Org => {
                // "City" after "Manchester City": a club by the last word of its name,
                // when no other club of the article ends with it ("United" after
                // Manchester United and West Ham United names neither), whatever kind the
                // tagger read.
                let clubs = actors
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.org_type == Some(OrgType::Sports))
                    .map(|(i, a)| (i, &*a.name));
                // "Mobius" after "Mobius Games Oy": a company no list holds, by the first
                // word of its name, when it is the article's one organization that begins
                // so and no person's name holds the word.
                let company_head = || company_opening_with(g, actors, &name);
                let named_short = the_club_ending_with(clubs, &name).or_else(company_head);
                let kind = if t.kind == EntityType::Person && named_short.is_none() {
                    ActorKind::Person
                } else {
                    ActorKind::Organization
                };
                // "Nvidia" after "Nvidia Corp.", "AMD" after "Advanced Micro Devices": the
                // same company, by its name without the legal form or by its initials.
                let same = |a: &Actor| {
                    a.kind == kind
                        && (a.name == name
                            || a.aliases.contains(&name)
                            || (kind == ActorKind::Organization
                                && (without_legal_form(&a.name) == name
                                    || is_initialism(&name, &a.name))))
                };
                let part_of = |a: &Actor| {
                    kind == ActorKind::Person
                        && a.kind == ActorKind::Person
                        && !name.contains(' ')
                        && a.name.contains(' ')
                        && (a.name.rsplit(' ').next() == Some(&*name)
                            || a.name.split(' ').next() == Some(&*name))
                };
                let found = named_short
                    .or_else(|| actors.iter().position(same))
                    .or_else(|| actors.iter().position(part_of));
                match found {
                    Some(i) => {
                        let a = &mut actors[i];
                        if a.name != name && !a.aliases.contains(&name) {
                            a.aliases.push(name);
                        }
                        a.mentions.push(mention);
                    }
                    None => actors.push(Actor::unlisted(name, kind, vec![mention])),
                }
            }
            EntityType::Loc => {
                // A listed place the rules left for want of a cue gets its coordinates.
                let place = resolve_listed(ctx, g, span, locations)
                    .unwrap_or_else(|| Location::unlisted(name.into_owned(), Vec::new()));
                match locations
                    .iter()
                    .position(|l| l.name == place.name && l.country == place.country)
                {
                    Some(i) => locations[i].mentions.push(mention),
                    None => locations.push(Location {
                        mentions: vec![mention],
                        ..place
                    }),
                }
            }
            EntityType::Misc => {}
        }
    }
    changed |= join_surnames(actors);
    if changed {
        in_text_order(actors, locations);
    }
}

/// "NTSB Chair Jennifer Homendy … Homendy said": a person the rules named by one word
/// joins the full name the tagger found, when that is the article's one person of several
/// words ending with it. True when anything moved.
fn join_surnames(actors: &mut Vec<Actor>) -> bool {
    let mut moved = false;
    for k in 0..actors.len() {
        let a = &actors[k];
        if a.kind != ActorKind::Person || a.name.contains(' ') || a.mentions.is_empty() {
            continue;
        }
        let mut full = actors.iter().enumerate().filter(|(_, b)| {
            b.kind == ActorKind::Person
                && b.name.contains(' ')
                && b.name.rsplit(' ').next() == Some(&*a.name)
        });
        let (Some((i, _)), None) = (full.next(), full.next()) else {
            continue;
        };
        absorb(actors, k, i);
        moved = true;
    }
    if moved {
        actors.retain(|a| !a.mentions.is_empty());
    }
    moved
}

/// The word one space after `span`, if any.
fn word_after(src: &str, span: Span) -> &str {
    src[span.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric() && c != '.').next())
        .unwrap_or("")
}

/// "including Austin and Houston" in a story filed from AUSTIN: one word the rules read as
/// a place elsewhere in the article, and no word of a person's name there, is that place.
fn place_of_the_article(word: &str, actors: &[Actor], locations: &[Location]) -> bool {
    !word.contains(' ')
        && locations.iter().any(|l| l.name == word)
        && !actors
            .iter()
            .any(|a| a.kind == ActorKind::Person && a.name.split(' ').any(|w| w == word))
}

/// The kind most of the tagger's mentions of a name give it, for each name it tagged with
/// more than one kind: one name is one thing in an article ("Bush" a person all through,
/// though two of its mentions read like a place). A tie decides nothing.
fn one_sense<'s>(src: &'s str, tagged: &[Tagged]) -> rustc_hash::FxHashMap<&'s str, EntityType> {
    let mut counts: rustc_hash::FxHashMap<&str, [u32; 3]> = Default::default();
    for t in tagged {
        let k = match t.kind {
            EntityType::Person => 0,
            EntityType::Org => 1,
            EntityType::Loc => 2,
            EntityType::Misc => continue,
        };
        counts.entry(names::strip_possessive(t.span, src).text(src)).or_default()[k] += 1;
    }
    counts
        .into_iter()
        .filter_map(|(text, c)| {
            let total: u32 = c.iter().sum();
            let (k, &top) = c.iter().enumerate().max_by_key(|&(_, n)| *n)?;
            (top < total && top * 2 > total).then(|| {
                let kind = [EntityType::Person, EntityType::Org, EntityType::Loc][k];
                (text, kind)
            })
        })
        .collect()
}

/// Last words of place names that are no one's surname (unlike "Street", "Lake", "Park"
/// or "Temple").
static NO_SURNAME_PLACE_WORDS: WordSet = WordSet::new(&[
    "Turnpike", "Expressway", "Freeway", "Highway", "Parkway", "Boulevard", "Blvd", "Avenue",
    "Ave", "Airport", "Memorial", "Stadium", "Arena", "Museum", "Cathedral", "Mosque",
    "Plaza", "Reservoir", "Canyon", "Glacier", "Peninsula", "Archipelago", "Hotel", "Motel",
    "Resort", "Cemetery", "Aquarium", "Mansion", "Monument", "Towers",
]);

/// Adjectives of the compass, which open place names ("Western Australia") but name none
/// alone.
static COMPASS_ADJECTIVES: WordSet = WordSet::new(&[
    "Western", "Eastern", "Northern", "Southern", "Oriental", "Occidental", "Central",
    "Northeastern", "Northwestern", "Southeastern", "Southwestern",
]);

/// "the Victorian state government", "North American sales": an adjective of a place
/// before its noun, which some training corpora label as the place. The lists know the
/// common ones as demonyms; this catches the rest.
fn adjective_of_place(src: &str, span: Span) -> bool {
    let text = span.text(src);
    // "Western", "the Western World": a direction's adjective names no place.
    let first = text.split(' ').next().unwrap_or("");
    if COMPASS_ADJECTIVES.contains(first) && (!text.contains(' ') || text.ends_with(" World")) {
        return true;
    }
    let last = text.rsplit(' ').next().unwrap_or("");
    let mut after = src[span.end..].chars();
    (last.ends_with("ian") || last.ends_with("ican"))
        && after.next() == Some(' ')
        && after.next().is_some_and(char::is_lowercase)
}

/// Puts each entity's mentions, and the entities by their first mention, in text order
/// again after mentions moved between them.
pub fn in_text_order(actors: &mut [Actor], locations: &mut [Location]) {
    for a in actors.iter_mut() {
        a.mentions.sort_by_key(|m| m.span.start);
    }
    for l in locations.iter_mut() {
        l.mentions.sort_by_key(|m| m.span.start);
    }
    actors.sort_by_key(|a| a.mentions.first().map_or(usize::MAX, |m| m.span.start));
    locations.sort_by_key(|l| l.mentions.first().map_or(usize::MAX, |m| m.span.start));
}

/// A capitalized word that no tagged name holds stands right before or after `span`, one
/// space away ("Washington Mutual", "the California Theater", "Automobile Craiova"): the
/// place is a word of another name the tagger did not finish.
fn inside_longer_name(ctx: &Context, tagged: &[Span], span: Span) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let loose = |k: usize| {
        let t = tokens[k];
        t.is_capitalized(src)
            && !names::FUNCTION_WORDS.contains(t.text(src))
            && !overlaps_any(tagged, t.span)
    };
    let first = ctx.layer.token_at(span.start);
    let after = ctx.layer.token_at(span.end);
    let before = first
        .checked_sub(1)
        .is_some_and(|k| src.get(tokens[k].span.end..span.start) == Some(" ") && loose(k));
    let next = tokens
        .get(after)
        .is_some_and(|t| src.get(span.end..t.span.start) == Some(" ") && loose(after));
    before || next
}

/// "the Ring of Fire": a one-word name after "of" and a capitalized word no tagged name
/// holds is the tail of that longer name. A title before "of" ("President of Russia")
/// leaves the place its own.
fn after_name_and_of(ctx: &Context, g: &Gazetteer, tagged: &[Span], span: Span) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let first = ctx.layer.token_at(span.start);
    let word = |k: usize| tokens[k].text(src);
    !span.text(src).contains(' ')
        && first >= 2
        && word(first - 1) == "of"
        && tokens[first - 2].is_capitalized(src)
        && !names::FUNCTION_WORDS.contains(word(first - 2))
        && !g.is_title_capitalized(word(first - 2))
        && !overlaps_any(tagged, tokens[first - 2].span)
}

/// The article's one company or unlisted organization whose name of several words opens
/// with `word` ("Mobius" of "Mobius Games Oy"), when `word` is no word of a person's
/// longer name, and a given name only when the lists hold the company.
fn company_opening_with(g: &Gazetteer, actors: &[Actor], word: &str) -> Option<usize> {
    if word.contains(' ') {
        return None;
    }
    // "Novo" after "Novo Nordisk", a given name too: only a listed company's first word.
    let given = g.given_names.contains(word);
    // "Fire" opens "Fire and Disaster Management Agency" but is no short name of it: the
    // word after the head must be a word of the name.
    let opens = |a: &Actor| {
        let mut words = a.name.split(' ');
        words.next() == Some(word) && words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    the_one_company(actors, word, |a| {
        matches!(a.org_type, None | Some(OrgType::Company)) && opens(a) && (!given || is_listed(g, a))
    })
}

/// The one organization of `actors` that `is_it` picks, when no person's name of several
/// words holds `word`.
fn the_one_company(actors: &[Actor], word: &str, is_it: impl Fn(&Actor) -> bool) -> Option<usize> {
    let mut orgs = actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Organization && is_it(a));
    let person = actors.iter().any(|a| {
        a.kind == ActorKind::Person && a.name.contains(' ') && a.name.split(' ').any(|w| w == word)
    });
    match (orgs.next(), orgs.next()) {
        (Some((i, _)), None) if !person => Some(i),
        _ => None,
    }
}

/// Whether the lists hold the organization `a` by its name.
fn is_listed(g: &Gazetteer, a: &Actor) -> bool {
    g.lookup(&a.name)
        .iter()
        .any(|e| matches!(e, Entry::Organization(_)))
}

/// Moves the mentions of actor `from` to actor `into`, its name kept as an alias there;
/// `from` is left without mentions, for the caller to drop.
/// "Lilly" after "Eli Lilly": a listed company named for a person, a given name and a
/// surname, by the surname alone, when it is the article's one such company and no
/// person's name holds the word.
fn company_named_for(g: &Gazetteer, actors: &[Actor], word: &str) -> Option<usize> {
    the_one_company(actors, word, |a| {
        a.org_type == Some(OrgType::Company)
            && is_listed(g, a)
            && a.name
                .split_once(' ')
                .is_some_and(|(given, surname)| surname == word && g.given_names.contains(given))
    })
}

fn absorb(actors: &mut [Actor], from: usize, into: usize) {
    let mentions = std::mem::take(&mut actors[from].mentions);
    let name = actors[from].name.clone();
    let a = &mut actors[into];
    if !a.aliases.contains(&name) {
        a.aliases.push(name);
    }
    a.mentions.extend(mentions);
    a.mentions.sort_by_key(|m| m.span);
}

/// Persons named by one word that opens the name of an unlisted company found later
/// ("Activision", read as a person, once "Activision Blizzard, the maker of …" is a
/// company), or that is the surname of a listed company named for a person ("Lilly"
/// after "Eli Lilly"): their mentions join the company.
pub fn join_company_heads(g: &Gazetteer, actors: &mut Vec<Actor>) {
    let mut moved = false;
    for k in 0..actors.len() {
        let a = &actors[k];
        if a.kind != ActorKind::Person || a.name.contains(' ') {
            continue;
        }
        let Some(i) = company_opening_with(g, actors, &a.name)
            .or_else(|| company_named_for(g, actors, &a.name))
        else {
            continue;
        };
        absorb(actors, k, i);
        moved = true;
    }
    if moved {
        actors.retain(|a| !a.mentions.is_empty());
    }
}

/// Where the tagger names an organization or a place over what the rules took for a
/// person ("General Motors", whose "General" reads as a title; "Ford" after a given-name
/// look-up), the person's mentions there go, and the tagger's name takes their place. A
/// person left without mentions goes too. True when anything changed.
fn overrule(tagged: &[Tagged], actors: &mut Vec<Actor>) -> bool {
    let mut changed = false;
    for t in tagged {
        if !matches!(t.kind, EntityType::Org | EntityType::Loc) {
            continue;
        }
        for a in actors.iter_mut().filter(|a| a.kind == ActorKind::Person) {
            let before = a.mentions.len();
            // Only a read of the whole mention overrules it: a part ("Silva" of "Luiz
            // Inácio Lula da Silva" read as a place) does not.
            a.mentions
                .retain(|m| !(t.span.start <= m.span.start && m.span.end <= t.span.end));
            changed |= a.mentions.len() != before;
        }
    }
    if changed {
        actors.retain(|a| !a.mentions.is_empty());
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Settings, run, tagger::Choice};
    use crate::{structure, text};

    /// Runs the rules on `src`, then adds `names` (text, occurrence, type) as if the
    /// tagger had found them; returns the persons, organizations and places by name.
    fn merged(
        src: &str,
        names: &[(&str, usize, EntityType)],
    ) -> (Vec<String>, Vec<String>, Vec<String>) {
        let layer = text::analyze(src);
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        let g = Gazetteer::embedded();
        let rules = Settings {
            tagger: Choice::Off,
            ..Settings::default()
        };
        let mut ex = run(&ctx, g, &rules);
        let tagged: Vec<Tagged> = names
            .iter()
            .map(|(name, occ, kind)| {
                let start = src.match_indices(name).nth(*occ).expect("name in text").0;
                Tagged {
                    span: Span::new(start, start + name.len()),
                    kind: *kind,
                }
            })
            .collect();
        let dates: Vec<Span> = ex.dates.iter().map(|d| d.span).collect();
        add_tagged(&ctx, g, &tagged, &dates, &mut ex.actors, &mut ex.locations);
        let of = |k: ActorKind| -> Vec<String> {
            ex.actors
                .iter()
                .filter(|a| a.kind == k)
                .map(|a| format!("{} x{}", a.name, a.mentions.len()))
                .collect()
        };
        let places = ex
            .locations
            .iter()
            .map(|l| format!("{} {:?} x{}", l.name, l.lat, l.mentions.len()))
            .collect();
        (of(ActorKind::Person), of(ActorKind::Organization), places)
    }

    #[test]
    fn tagged_names_join_the_rules_entities_table() {
        use EntityType::{Loc, Org, Person};
        // (text, the tagger's names, a person, organization or place that must be there
        // as "name xMENTIONS" (places "name lat xMENTIONS"), and one that must not)
        let cases: &[(&str, &[(&str, usize, EntityType)], &str, &str)] = &[
            (
                "Talks went on, said Angela Merkel. Merkel left early.",
                &[("Merkel", 1, Person)],
                "Angela Merkel x2",
                "Merkel x1",
            ),
            // A people and a portfolio before a title are no body.
            (
                "Saudi Energy Minister Prince Abdulaziz bin Salman said so.",
                &[("Saudi Energy", 0, Org)],
                "",
                "Saudi Energy x1",
            ),
            // A surname the rules found alone joins the full name the tagger found.
            (
                "NTSB Chair Jennifer Homendy told reporters. A report is due, Homendy said.",
                &[("Jennifer Homendy", 0, Person)],
                "Jennifer Homendy x2",
                "Homendy x1",
            ),
            (
                "Laura Velmore and Tom Velmore spoke. Later, Velmore said no.",
                &[("Laura Velmore", 0, Person), ("Tom Velmore", 0, Person)],
                "Laura Velmore x1",
                "",
            ),
            (
                "Workers at General Motors walked out on Monday, the union said.",
                &[("General Motors", 0, Org)],
                "General Motors x1",
                "Motors x1",
            ),
            (
                "Floods cut the road to Velmora Pass, officials said on Monday.",
                &[("Velmora Pass", 0, Loc)],
                "Velmora Pass None x1",
                "",
            ),
            (
                "Brightwater Coffee said on Tuesday it would open shops. Brightwater Coffee is based in Portland.",
                &[
                    ("Brightwater Coffee", 0, Org),
                    ("Brightwater Coffee", 1, Org),
                ],
                "Brightwater Coffee x2",
                "",
            ),
            // A lower-case tail after a hyphen is no part of the place's name.
            (
                "Microsoft said it would acquire Helsinki-based Mobius Games Oy for $2 billion.",
                &[("Helsinki-based", 0, Loc)],
                "Helsinki Some(60.1695) x1",
                "Helsinki-based None x1",
            ),
            (
                "Washington Mutual failed; the show was at the California Theater.",
                &[("Washington", 0, Loc), ("California", 0, Loc)],
                "",
                "Washington None x1",
            ),
            (
                "Leaders of Atacameño communities said they were not consulted.",
                &[("Leaders of Atacameño", 0, Org)],
                "",
                "Leaders of Atacameño x1",
            ),
            // A club by the last word of its name, when no other club ends with it.
            (
                "Manchester City beat West Ham on Sunday. City face Arsenal next.",
                &[("City", 1, Person)],
                "Manchester City F.C. x2",
                "City x1",
            ),
            // An unlisted company by the first word of its name.
            (
                "Microsoft said it would buy Mobius Games Oy. Mobius makes puzzle games.",
                &[("Mobius", 1, Person)],
                "Mobius Games x2",
                "Mobius x1",
            ),
            (
                "Manchester United and West Ham United drew. United had chances.",
                &[("United", 2, Org)],
                "United x1",
                "Manchester United x2",
            ),
            // A place read inside a person's name does not overrule the name; an
            // abbreviation alone is no place.
            (
                "It was a defeat to President Luiz Inacio Lula da Silva. Damage in St. \
                 Elizabeth was extensive.",
                &[("Silva", 0, Loc), ("St.", 0, Loc)],
                "Luiz Inacio Lula da Silva x1",
                "St. None x1",
            ),
            (
                "The utility was blamed for the Eaton Fire in Altadena.",
                &[("Eaton Fire", 0, Loc)],
                "Altadena Some(34.1897) x1",
                "Eaton Fire None x1",
            ),
            // A model number after the name: a product, not the Venezuelan state.
            (
                "The Falcon 9's first stage landed at the pad.",
                &[("Falcon", 0, Loc)],
                "",
                "Falcon Some(11.4578) x1",
            ),
            (
                "Airbus unveiled the A380 on Monday.",
                &[("A380", 0, Loc)],
                "Airbus x1",
                "A380 None x1",
            ),
            // A listed place the rules left for want of a cue: the gazetteer's, with
            // coordinates.
            (
                "Apple met at its Cupertino headquarters in California on Monday.",
                &[("Cupertino", 0, Loc)],
                "Cupertino Some(37.323) x1",
                "Cupertino None x1",
            ),
            (
                "He grew up in Livorno, Italy. Cornwall is lovely.",
                &[("Cornwall", 0, Loc)],
                "Cornwall None x1",
                "",
            ),
            // A province is listed with the centre of its people as coordinates.
            (
                "He grew up in Livorno, Italy. Tuscany is lovely.",
                &[("Tuscany", 0, Loc)],
                "Tuscany Some(43.6649) x1",
                "",
            ),
            (
                "The Victorian state government and North American buyers agreed.",
                &[("Victorian", 0, Loc), ("North American", 0, Loc)],
                "",
                "North American None x1",
            ),
            (
                "Israeli officials met on Monday.",
                &[("Israeli", 0, Loc)],
                "",
                "Israeli None x1",
            ),
            // A run whose last word is no one's surname is a place; a generation alone is
            // no one.
            (
                "Traffic backed up on the Velmora Turnpike on Monday.",
                &[("Velmora Turnpike", 0, Person)],
                "Velmora Turnpike None x1",
                "Velmora Turnpike x1",
            ),
            (
                "The club traded Jerry Sands and Iván DeJesús, Jr. on Monday.",
                &[("Jr", 0, Person)],
                "",
                "Jr x1",
            ),
            // A compass adjective alone names no place.
            (
                "Western leaders and the Western World met Southern Baptists.",
                &[("Western", 0, Loc), ("Western World", 0, Loc)],
                "",
                "Western None x1",
            ),
            (
                "Western leaders and the Western World met Southern Baptists.",
                &[("Western World", 0, Loc)],
                "",
                "Western World None x1",
            ),
            // One name is one thing in an article: most of the tagger's mentions decide.
            (
                "Vantrel left early. Vantrel came back. We asked Vantrel why.",
                &[("Vantrel", 0, Person), ("Vantrel", 1, Person), ("Vantrel", 2, Loc)],
                "Vantrel x3",
                "Vantrel None x1",
            ),
            (
                "Vantrel left early. Vantrel came back.",
                &[("Vantrel", 0, Person), ("Vantrel", 1, Loc)],
                "Vantrel None x1",
                "Vantrel x2",
            ),
        ];
        for (src, names, want, absent) in cases {
            let (people, orgs, places) = merged(src, names);
            let all: Vec<&String> = people.iter().chain(&orgs).chain(&places).collect();
            if !want.is_empty() {
                assert!(all.iter().any(|x| x == want), "{src}: no {want} in {all:?}");
            }
            if !absent.is_empty() {
                assert!(
                    !all.iter().any(|x| x == absent),
                    "{src}: {absent} in {all:?}"
                );
            }
        }
    }

    #[test]
    fn names_in_a_heading_of_a_text_with_a_body_are_left_to_the_rules() {
        let src = "Brightwater Coffee Opens in Brno\n\nThe chain opened its first shop on Monday.";
        let (_, orgs, _) = merged(src, &[("Brightwater Coffee", 0, EntityType::Org)]);
        assert!(orgs.is_empty(), "{orgs:?}");
    }

    #[test]
    fn one_word_persons_join_the_company_their_word_opens_table() {
        // (text, the actors as (name, is a person), the name that must have every mention
        // of the first actor, or "" when it keeps its own)
        let cases: &[(&str, &[(&str, bool)], &str)] = &[
            (
                "Activision's games sold. Activision Blizzard, the maker of hits, agreed.",
                &[("Activision", true), ("Activision Blizzard", false)],
                "Activision Blizzard",
            ),
            // The word is also a person's: it may be that person.
            (
                "Kessler spoke. Kessler Dynamics, the drone maker, agreed, said Anna Kessler.",
                &[("Kessler", true), ("Kessler Dynamics", false), ("Anna Kessler", true)],
                "",
            ),
            // Two companies open with it: neither is meant.
            (
                "Acme left. Acme Foods and Acme Tools, its suppliers, stayed.",
                &[("Acme", true), ("Acme Foods", false), ("Acme Tools", false)],
                "",
            ),
            // A given name alone is a person's, unless a listed company opens with it.
            (
                "Jordan spoke. Jordan Brands, the shoe maker, agreed.",
                &[("Jordan", true), ("Jordan Brands", false)],
                "",
            ),
            (
                "Novo said it would not raise its bid. Novo Nordisk had made two offers.",
                &[("Novo", true), ("Novo Nordisk", false)],
                "Novo Nordisk",
            ),
        ];
        for (src, names, joined) in cases {
            let layer = text::analyze(src);
            let layout = structure::analyze(src, &layer);
            let ctx = Context::new(src, &layer, &layout);
            let mut actors: Vec<Actor> = names
                .iter()
                .map(|(name, person)| {
                    let start = src.find(name).expect("name in text");
                    let kind = if *person { ActorKind::Person } else { ActorKind::Organization };
                    let m = ctx.mention(Span::new(start, start + name.len()));
                    Actor::unlisted((*name).into(), kind, vec![m])
                })
                .collect();
            join_company_heads(Gazetteer::embedded(), &mut actors);
            let first = names[0].0;
            let holder = actors
                .iter()
                .find(|a| a.mentions.iter().any(|m| m.span.text(src) == first && m.span.start == src.find(first).unwrap()))
                .map(|a| a.name.to_string());
            let want = if joined.is_empty() { first } else { joined };
            assert_eq!(holder.as_deref(), Some(want), "{src:?}: {actors:?}");
        }
    }
}
