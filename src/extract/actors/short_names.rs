//! Single names that repeat part of a person's full name ("Merkel" after "Angela
//! Merkel") join that person, and so do a longer name's last words ("Le Pen" after
//! "Marine Le Pen"); an organization's head noun alone ("the League" after "the
//! Australian Football League") joins that organization.

use super::*;

use rustc_hash::FxHashMap as HashMap;

use crate::extract::Context;
use crate::extract::names::Chunk;
use crate::gazetteer::{Entry, Hit};
use crate::span::{Span, overlaps_any};

/// Particles that open an Iberian family name: "Luiz Inácio Lula da Silva", "Hugo Rafael
/// Chávez de Frías". The word before is what the news calls them, as a surname.
const FAMILY_PARTICLES: [&str; 6] = ["da", "de", "do", "dos", "das", "del"];

/// Whether `word` stands inside the full name `name` before a family particle, not first.
fn before_family_particle(name: &str, word: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    (1..words.len().saturating_sub(2)).any(|k| words[k] == word && FAMILY_PARTICLES.contains(&words[k + 1]))
}

/// Links single-word mentions ("Shoukry") to the person whose full name they end or begin:
/// the nearest such name before the mention, so two people who share a surname are never
/// merged and each short mention goes to the one last named. A listed name is linked only
/// when it is in `left_to_people` (an organization's name that is a surname here) or names
/// only places and repeats a surname.
pub(super) fn link_short_names(
    ctx: &Context,
    chunks: &[Chunk],
    hits: &[Hit],
    left_to_people: &[Span],
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
        let words: Vec<&str> = r.name.split(' ').collect();
        for k in 1..words.len().saturating_sub(2) {
            if FAMILY_PARTICLES.contains(&words[k + 1]) {
                by_last.entry(words[k]).or_default().push((r.span.end, n));
            }
        }
    }
    if by_last.is_empty() {
        return;
    }
    for list in by_last.values_mut().chain(by_first.values_mut()) {
        list.sort_unstable();
    }
    // In a headline, the short name comes before the full one: "Merkel says" over a story
    // of "Angela Merkel"; the first full name after it is meant.
    let nearest_before = |map: &HashMap<&str, Vec<(usize, usize)>>, word: &str, chunk: &Chunk| {
        let pos = chunk.span.start;
        map.get(word).and_then(|list| {
            let before = list.partition_point(|(end, _)| *end <= pos);
            let after = || list.get(before).filter(|_| chunk.in_heading);
            list[..before].last().or_else(after).map(|&(_, n)| n)
        })
    };
    let mut linked = Vec::new();
    let mut spans = Vec::new();
    for chunk in chunks {
        let hit = hits
            .binary_search_by_key(&chunk.span.start, |h| h.span.start)
            .ok()
            .map(|i| &hits[i])
            .filter(|h| h.span == chunk.span && !left_to_people.contains(&chunk.span));
        if chunk.tokens.len() != 1 || overlaps_any(claimed, chunk.span) {
            continue;
        }
        // A known place repeats a person's surname ("Fillmore" after "Charles J.
        // Fillmore", "Jordan" after "Michael Jordan"): the person, by surname only.
        let place_only = hit.is_some_and(|h| h.entries.iter().all(|e| matches!(e, Entry::Place(_))));
        if hit.is_some() && !place_only {
            continue;
        }
        let word = chunk.span.text(src);
        let start = chunk.span.start;
        let person = if place_only {
            // "held in Jordan" stays the place. Narrower than the cues that make an
            // ambiguous name a place: "most of Belgrano's army" is the person's.
            let after_place_word = ctx.layer.token_at(start).checked_sub(1).is_some_and(|k| {
                matches!(
                    ctx.layer.tokens[k].text(src),
                    "in" | "at" | "from" | "near" | "across" | "throughout" | "outside" | "inside"
                )
            });
            if after_place_word {
                continue;
            }
            nearest_before(&by_last, word, chunk)
        } else {
            nearest_before(&by_last, word, chunk).or_else(|| nearest_before(&by_first, word, chunk))
        };
        if let Some(n) = person {
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

/// Links a person named by the last words of a longer name given before ("Le Pen" after
/// "Marine Le Pen", "bin Salman" after "Mohammed bin Salman", "Merkel said" after "Angela
/// Merkel") to that person: the nearest such name before.
pub(super) fn link_name_tails(raws: &mut [Raw]) {
    let people: Vec<(usize, usize)> = raws
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == ActorKind::Person && r.name.contains(' '))
        .map(|(n, r)| (r.span.end, n))
        .collect();
    if people.is_empty() {
        return;
    }
    for k in 0..raws.len() {
        let r = &raws[k];
        // A surname alone that a cue made a person of ("On Monday, Merkel said") joins
        // the full name as the surnames the cues left do.
        if r.kind != ActorKind::Person {
            continue;
        }
        let full = people.iter().rev().find(|&&(end, n)| {
            let longer = &raws[n].name;
            end <= r.span.start
                && longer.len() > r.name.len()
                && ((longer.ends_with(&*r.name)
                    && longer.as_bytes()[longer.len() - r.name.len() - 1] == b' ')
                    || before_family_particle(longer, &r.name))
        });
        if let Some(&(_, n)) = full {
            raws[k] = Raw {
                span: raws[k].span,
                ..clone_raw(&raws[n])
            };
        }
    }
}

/// The one sports club of `clubs` whose name ends with the single word `word` ("City" of
/// Manchester City F.C.); none when two end with it ("United" after Manchester United
/// and West Ham United) or none does.
pub(crate) fn the_club_ending_with<'c>(
    clubs: impl Iterator<Item = (usize, &'c str)>,
    word: &str,
) -> Option<usize> {
    let mut found = clubs.filter(|&(_, name)| club_name_tail(name) == Some(word));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Links a club's last word alone ("City face Arsenal") to the one club of the article
/// whose name ends with it, whatever the word was read as ("said City manager Pep
/// Guardiola" reads like a person).
pub(super) fn link_club_tails(raws: &mut [Raw]) {
    // One entry per club, however often it is named.
    let mut clubs: Vec<usize> = Vec::new();
    for (n, r) in raws.iter().enumerate() {
        if r.org_type == Some(OrgType::Sports) && clubs.iter().all(|&c| raws[c].name != r.name) {
            clubs.push(n);
        }
    }
    if clubs.is_empty() {
        return;
    }
    let links: Vec<(usize, usize)> = raws
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.name.contains(' ') && r.org_type.is_none())
        .filter_map(|(k, r)| {
            let named = clubs.iter().map(|&n| (n, &*raws[n].name));
            the_club_ending_with(named, &r.name).map(|n| (k, n))
        })
        .collect();
    for (k, n) in links {
        raws[k] = Raw {
            span: raws[k].span,
            ..clone_raw(&raws[n])
        };
    }
}

/// How many organizations back "the League" looks for its full name.
const HEAD_REACH: usize = 32;

/// Links "the League", "the Commission" (capitalized, after "the", not the start of a
/// longer name) to the nearest organization named before whose name holds that word.
/// Without one the word names nothing: "the Company" of a contract is no actor.
pub(super) fn link_head_nouns(ctx: &Context, raws: &mut Vec<Raw>, claimed: &mut Vec<Span>) {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let mut orgs: Vec<(usize, usize)> = raws
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == ActorKind::Organization && r.name.contains(' '))
        .map(|(n, r)| (r.span.end, n))
        .collect();
    if orgs.is_empty() {
        return;
    }
    orgs.sort_unstable();
    // Spans taken only as the word alone ("the League said" as a person): that guess yields
    // to the organization. Sorted, for a search per candidate rather than a scan.
    let mut alone: Vec<Span> = raws
        .iter()
        .filter(|r| r.name.len() == r.span.len())
        .map(|r| r.span)
        .collect();
    alone.sort_unstable();
    let mut linked = Vec::new();
    for k in 1..tokens.len() {
        let word = tokens[k].text(src);
        if !HEAD_ALONE.contains(word) || !tokens[k - 1].text(src).eq_ignore_ascii_case("the") {
            continue;
        }
        // "the League of Nations", "the Bank Holding Act": a longer name.
        let longer = tokens.get(k + 1).is_some_and(|n| {
            let t = n.text(src);
            n.span.start == tokens[k].span.end + 1
                && (t.starts_with(char::is_uppercase) || matches!(t, "of" | "for" | "on"))
        });
        let span = tokens[k].span;
        let taken_alone = alone.binary_search(&span).is_ok();
        if longer || (overlaps_any(claimed, span) && !taken_alone) {
            continue;
        }
        let before = orgs.partition_point(|&(end, _)| end <= span.start);
        let found = orgs[before.saturating_sub(HEAD_REACH)..before]
            .iter()
            .rev()
            .find(|&&(_, n)| raws[n].name.split(' ').any(|w| w == word));
        if let Some(&(_, n)) = found {
            linked.push(Raw {
                span,
                ..clone_raw(&raws[n])
            });
        }
    }
    if linked.is_empty() {
        return;
    }
    // `linked` is in text order, as the tokens it came from.
    raws.retain(|r| {
        !(r.name.len() == r.span.len() && linked.binary_search_by_key(&r.span, |l| l.span).is_ok())
    });
    claimed.extend(linked.iter().map(|r| r.span));
    claimed.sort();
    raws.extend(linked);
}
