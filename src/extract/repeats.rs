//! The other occurrences of a name the article already gave an entity.
//!
//! The rules and the tagger read each occurrence of a name from what stands around it, so
//! one occurrence can be taken ("the elite group the Sea Org") and the next left ("after he
//! left the Sea Org."). An article names one thing with one name: every other occurrence of
//! a mention's exact text that nothing else took joins that mention's entity.
//!
//! An occurrence is left alone where it may be a word of a longer name or a plain word:
//! - a capitalized word other than a function word stands one space before or after it
//!   ("Fillmore" in "Fillmore Auditorium");
//! - it is one word opening a sentence, and the article also writes that word in lower case
//!   ("Frame" of "Frame Semantics" at the start of "Frame by frame, …");
//! - it lies in the dateline or boilerplate, or overlaps anything taken (a date, a name).
//!
//! A text that was a mention of several entities goes to the one most of its mentions
//! were of, and to none on a tie ("Kay" once of each of two persons Kay). Some texts are
//! never repeated: text in capitals, which is as often a term the tagger misread ("SSS"
//! for sea surface salinity) as an acronym; a title or an organization's head noun alone
//! ("Secretary", "Court"), a name only where its context makes it one; and groups
//! (nationalities, roles), which the lists find wherever they are.

use super::actors::{Actor, ActorKind, HEAD_ALONE};
use super::locations::Location;
use super::merge::in_text_order;
use super::{Context, names};
use crate::gazetteer::Gazetteer;
use crate::span::Span;
use crate::text::Token;

/// Which entity a text names: an actor's index or a location's.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Target {
    Actor(usize),
    Location(usize),
}

/// Adds, to each person, organization and location, the occurrences of its mentions' texts
/// that no span of `taken_before` (dates, claimed names) or of any entity overlaps.
/// Occurrences are looked for in `chunks`, the article's runs of capitalized words.
pub fn add_repeats(
    ctx: &Context,
    g: &Gazetteer,
    chunks: &[names::Chunk],
    taken_before: &[Span],
    actors: &mut [Actor],
    locations: &mut [Location],
) {
    let src = ctx.src;
    // Each mention's text with its entity, sorted: equal texts, then equal entities, are
    // neighbours, so counting needs no map, and the order is the same every run.
    let mentions = actors.iter().map(|a| a.mentions.len()).sum::<usize>()
        + locations.iter().map(|l| l.mentions.len()).sum::<usize>();
    let mut pairs: Vec<(&str, Target)> = Vec::with_capacity(mentions);
    for (i, a) in actors.iter().enumerate() {
        if a.kind != ActorKind::Group {
            let target = Target::Actor(i);
            pairs.extend(a.mentions.iter().map(|m| (mention_text(src, m.span), target)));
        }
    }
    for (i, l) in locations.iter().enumerate() {
        let target = Target::Location(i);
        pairs.extend(l.mentions.iter().map(|m| (mention_text(src, m.span), target)));
    }
    pairs.sort_unstable();
    // The texts to look for, each with the entity most of its mentions were of (none on a
    // tie), keyed by their first word.
    let mut texts: Vec<(&str, &str, Target)> = Vec::new();
    for same_text in pairs.chunk_by(|a, b| a.0 == b.0) {
        let text = same_text[0].0;
        let mut best: Option<(Target, usize)> = None;
        let mut tie = false;
        for run in same_text.chunk_by(|a, b| a.1 == b.1) {
            match best {
                Some((_, n)) if run.len() < n => {}
                Some((_, n)) if run.len() == n => tie = true,
                _ => {
                    best = Some((run[0].1, run.len()));
                    tie = false;
                }
            }
        }
        if let (Some((target, _)), false) = (best, tie) {
            texts.push((text.split(' ').next().unwrap_or(text), text, target));
        }
    }
    if texts.is_empty() {
        return;
    }
    // By first word, and longest first among texts of one first word ("Sea Org" before
    // "Sea").
    texts.sort_unstable_by(|a, b| a.0.cmp(b.0).then(b.1.len().cmp(&a.1.len())));
    // A bit per first word: most capitalized words of an article open no text, and the
    // filter turns them away without a search.
    let mut filter = [0u64; 4];
    for (first, _, _) in &texts {
        let b = filter_bit(first);
        filter[b / 64] |= 1 << (b % 64);
    }
    let mut taken: Vec<Span> = Vec::with_capacity(taken_before.len() + mentions);
    taken.extend_from_slice(taken_before);
    taken.extend(actors.iter().flat_map(|a| a.mentions.iter().map(|m| m.span)));
    taken.extend(locations.iter().flat_map(|l| l.mentions.iter().map(|m| m.span)));
    taken.sort_unstable();
    let tokens = &ctx.layer.tokens;
    let mut found: Vec<(Span, Target)> = Vec::new();
    // Walk the chunks' words and the taken spans together: `reach` is the furthest end of
    // the taken spans that start at or before the word.
    let (mut next, mut reach) = (0, 0);
    for i in chunks.iter().flat_map(|c| c.tokens.clone()) {
        let t = tokens[i];
        let start = t.span.start;
        while next < taken.len() && taken[next].start <= start {
            reach = reach.max(taken[next].end);
            next += 1;
        }
        // The first byte turns away most tokens before any call.
        let first = src.as_bytes()[start];
        if reach > start
            || found.last().is_some_and(|(f, _)| f.end > start)
            || (first.is_ascii() && !first.is_ascii_uppercase())
            || !t.is_capitalized(src)
        {
            continue;
        }
        let b = filter_bit(t.text(src));
        if filter[b / 64] & (1 << (b % 64)) == 0 {
            continue;
        }
        let word = mention_text(src, t.span);
        let from = texts.partition_point(|x| x.0 < word);
        let rest = &src[start..];
        let Some(&(_, text, target)) = texts[from..]
            .iter()
            .take_while(|x| x.0 == word)
            .find(|x| rest.starts_with(x.1) && ends_a_word(&rest[x.1.len()..]))
        else {
            continue;
        };
        let span = Span::new(start, start + text.len());
        // No taken span starts inside a text of several words.
        if taken.get(next).is_some_and(|s| s.start < span.end)
            || !repeatable(g, text)
            || ctx.in_boilerplate(span)
            || ctx.in_dateline(span)
            || beside_a_name(ctx, i, span)
        {
            continue;
        }
        let opens_sentence = ctx
            .layer
            .sentence_at(start)
            .is_some_and(|k| ctx.layer.sentences[k].tokens.start == i);
        if opens_sentence && !text.contains(' ') && written_in_lower_case(src, tokens, text) {
            continue;
        }
        found.push((span, target));
    }
    if found.is_empty() {
        return;
    }
    for (span, target) in found {
        let mention = ctx.mention(span);
        match target {
            Target::Actor(i) => actors[i].mentions.push(mention),
            Target::Location(i) => locations[i].mentions.push(mention),
        }
    }
    in_text_order(actors, locations);
}

/// A word's bit of the 256-bit filter of first words, from its first two bytes (which a
/// possessive or a hyphen after it leaves alone; every text has two).
fn filter_bit(word: &str) -> usize {
    match word.as_bytes() {
        [a, b, ..] => (usize::from(*a) * 31 + usize::from(*b)) & 255,
        _ => 0,
    }
}

/// A mention's or a token's text without a possessive, and up to a hyphen that opens a
/// lower-case word ("Scientology-related"): what a name is looked up by.
fn mention_text(src: &str, span: Span) -> &str {
    let text = names::strip_possessive(span, src).text(src);
    match text.find('-') {
        Some(k) if text[k + 1..].starts_with(char::is_lowercase) => &text[..k],
        _ => text,
    }
}

/// True when a token of `tokens` is `word` in lower case. A scan, not a set: it is asked
/// of a few words an article at most, and a word of another length costs one comparison.
fn written_in_lower_case(src: &str, tokens: &[Token], word: &str) -> bool {
    let Some(first) = word.chars().next().and_then(|c| c.to_lowercase().next()) else {
        return false;
    };
    let mut buf = [0; 4];
    let first = first.encode_utf8(&mut buf).as_bytes()[0];
    let bytes = src.as_bytes();
    tokens.iter().any(|t| {
        t.span.len() == word.len()
            && bytes[t.span.start] == first
            && t.text(src)
                .chars()
                .flat_map(char::to_lowercase)
                .eq(word.chars().flat_map(char::to_lowercase))
    })
}

/// True for a text whose other occurrences may be taken for it. Text in capitals is as
/// often a term the tagger misread ("SSS") as an acronym, and a title or an
/// organization's head noun alone ("the Secretary", "the Court") is a name only where its
/// context makes it one: their occurrences are read one by one.
fn repeatable(g: &Gazetteer, text: &str) -> bool {
    text.chars().nth(1).is_some()
        && text.starts_with(char::is_uppercase)
        && text.chars().any(char::is_lowercase)
        && !g.titles.contains(text)
        && !HEAD_ALONE.contains(text)
}

/// True when what follows a match ends its word: nothing, a character that is no letter
/// or digit, a possessive, or a hyphen before a lower-case word ("Scientology-related").
fn ends_a_word(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None => true,
        Some('\'' | '’') => {
            chars.next() == Some('s') && !chars.next().is_some_and(char::is_alphanumeric)
        }
        Some('-') => chars.next().is_some_and(char::is_lowercase),
        Some(c) => !c.is_alphanumeric(),
    }
}

/// A capitalized word that is not a function word stands one space before or after `span`
/// (whose first token is `i`): the occurrence may be a word of a longer name.
fn beside_a_name(ctx: &Context, i: usize, span: Span) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let name_word = |k: usize| {
        let t = tokens[k];
        t.is_capitalized(src) && !names::FUNCTION_WORDS.contains(t.text(src))
    };
    let before = i
        .checked_sub(1)
        .is_some_and(|k| tokens[k].span.end + 1 == span.start && name_word(k));
    let next = ctx.layer.token_at(span.end);
    let after = next < tokens.len() && tokens[next].span.start == span.end + 1 && name_word(next);
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{structure, text};

    #[derive(Clone, Copy)]
    enum Kind {
        Person,
        Org,
        Loc,
    }

    /// Gives each of `names` (text, occurrence, kind) an entity of its own (one per text
    /// and kind), runs the pass, and returns the entities as "kind name xMENTIONS".
    fn repeated(src: &str, names: &[(&str, usize, Kind)]) -> Vec<String> {
        let layer = text::analyze(src);
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        let mut actors: Vec<Actor> = Vec::new();
        let mut locations: Vec<Location> = Vec::new();
        for &(name, occ, kind) in names {
            let start = src.match_indices(name).nth(occ).expect("name in text").0;
            let mention = ctx.mention(Span::new(start, start + name.len()));
            match kind {
                Kind::Person | Kind::Org => {
                    let kind = if matches!(kind, Kind::Person) {
                        ActorKind::Person
                    } else {
                        ActorKind::Organization
                    };
                    match actors.iter_mut().find(|a| a.name == name && a.kind == kind) {
                        Some(a) => a.mentions.push(mention),
                        None => actors.push(Actor::unlisted(name.into(), kind, vec![mention])),
                    }
                }
                Kind::Loc => match locations.iter_mut().find(|l| l.name == name) {
                    Some(l) => l.mentions.push(mention),
                    None => locations.push(Location {
                        mentions: vec![mention],
                        ..Location::unlisted(name.to_string(), Vec::new())
                    }),
                },
            }
        }
        let g = Gazetteer::embedded();
        let hits = g.find_all(src, &layer.tokens);
        let chunks = names::chunks(&ctx, g, &[], &hits);
        add_repeats(&ctx, g, &chunks, &[], &mut actors, &mut locations);
        let mut out: Vec<String> = actors
            .iter()
            .map(|a| format!("{} {} x{}", a.kind, a.name, a.mentions.len()))
            .collect();
        out.extend(
            locations
                .iter()
                .map(|l| format!("place {} x{}", l.name, l.mentions.len())),
        );
        out
    }

    #[test]
    fn repeats_table() {
        use Kind::{Loc, Org, Person};
        // (text, the names found, the entities after the pass)
        let cases: &[(&str, &[(&str, usize, Kind)], &[&str])] = &[
            (
                "He joined the Sea Org in May. He left the Sea Org in June.",
                &[("Sea Org", 0, Org)],
                &["organization Sea Org x2"],
            ),
            // A possessive and a hyphenated compound hold the name.
            (
                "Vantrel spoke first. By 1965, Vantrel's view had changed.",
                &[("Vantrel", 0, Person)],
                &["person Vantrel x2"],
            ),
            (
                "Scientology sued him. He left Scientology-related work.",
                &[("Scientology", 0, Org)],
                &["organization Scientology x2"],
            ),
            // Not a word of a longer name, nor the start of a longer word.
            (
                "Vantrel spoke first. The Vantrel Auditorium opened. Vantrelli left.",
                &[("Vantrel", 0, Person)],
                &["person Vantrel x1"],
            ),
            // A function word before the name is no name.
            (
                "The Onion said so. I write for The Onion.",
                &[("Onion", 0, Org)],
                &["organization Onion x2"],
            ),
            // A word opening a sentence, which the article also writes in lower case.
            (
                "Critics praised Frame. Frame by frame, the film ran.",
                &[("Frame", 0, Person)],
                &["person Frame x1"],
            ),
            (
                "Critics praised Vantrel. Vantrel left the next day.",
                &[("Vantrel", 0, Person)],
                &["person Vantrel x2"],
            ),
            // Capitals, titles and a body's head noun alone are read where they stand.
            (
                "The SSS rose. Then the SSS fell.",
                &[("SSS", 0, Org)],
                &["organization SSS x1"],
            ),
            (
                "The Secretary signed. Then the Secretary left.",
                &[("Secretary", 0, Person)],
                &["person Secretary x1"],
            ),
            (
                "The Court ruled. Then the Court rose.",
                &[("Court", 0, Org)],
                &["organization Court x1"],
            ),
            // Most mentions decide between entities; a tie decides nothing.
            (
                "Vantrel spoke. Vantrel left. Vantrel is far. We met Vantrel.",
                &[("Vantrel", 0, Person), ("Vantrel", 1, Person), ("Vantrel", 2, Loc)],
                &["person Vantrel x3", "place Vantrel x1"],
            ),
            (
                "Vantrel spoke. Vantrel is far. We met Vantrel.",
                &[("Vantrel", 0, Person), ("Vantrel", 1, Loc)],
                &["person Vantrel x1", "place Vantrel x1"],
            ),
            // The longest text first.
            (
                "Dunmore Bay is cold. Dunmore swims in Dunmore Bay.",
                &[("Dunmore Bay", 0, Loc), ("Dunmore", 1, Person)],
                &["person Dunmore x1", "place Dunmore Bay x2"],
            ),
        ];
        for (src, names, want) in cases {
            assert_eq!(repeated(src, names), *want, "{src}");
        }
    }

    #[test]
    fn ends_a_word_table() {
        for (after, expected) in [
            ("", true),
            (" left", true),
            (".", true),
            ("'s book", true),
            ("’s", true),
            ("-related", true),
            ("-Smith", false),
            ("son", false),
            ("'t", false),
            ("2", false),
        ] {
            assert_eq!(ends_a_word(after), expected, "{after:?}");
        }
    }
}
