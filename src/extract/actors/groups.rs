//! Groups and states: demonyms and countries before a role noun ("Egyptian diplomats"),
//! and countries acting in a sentence.

use super::*;
use std::borrow::Cow;

use crate::extract::Context;
use crate::gazetteer::{Entry, Gazetteer, Hit};
use crate::span::Span;
use crate::text::TokenKind;

/// A role noun right after `end` ("diplomats", "security officials"): (role, end of it).
pub(super) fn role_after(ctx: &Context, end: usize) -> Option<(&'static str, usize)> {
    let i = ctx.layer.token_at(end);
    let toks = &ctx.layer.tokens;
    for k in 0..2 {
        let t = toks.get(i + k)?;
        let w = t.text(ctx.src);
        if !w.starts_with(char::is_lowercase) || (k == 0 && NOT_MODIFIERS.contains(w)) {
            return None;
        }
        // "Sweden's public health agency": "public" before a noun is its adjective.
        let adjective = w == "public"
            && toks
                .get(i + k + 1)
                .is_some_and(|n| PUBLIC_NOUNS.contains(n.text(ctx.src)));
        if adjective {
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
pub(super) fn role_from<'a>(
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
pub(super) fn group_phrase<'a>(
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
                affiliation: country_affiliation(group.country()),
                role: Some(Cow::Borrowed(role)),
                org_type: None,
            }
        })
        .collect();
    (raws, end)
}

/// A country acts in its sentence unless it is where something happens ("in Israel") or
/// a modifier of a noun ("Israeli", "U.S. policy") or of a title ("US President Barack
/// Obama", where the person acts).
pub(super) fn acts(ctx: &Context, g: &Gazetteer, span: Span) -> bool {
    let i = ctx.layer.token_at(span.start);
    let toks = &ctx.layer.tokens;
    let word = |k: usize| toks.get(k).map(|t| t.text(ctx.src)).unwrap_or("");
    let mut j = ctx.layer.token_at(span.end);
    // "Jordan on Sunday began": the verb after a day or month the name is dated by.
    if matches!(word(j), "on" | "in" | "last" | "this" | "late" | "early")
        && (crate::text::is_weekday_name(word(j + 1)) || crate::text::is_month_name(word(j + 1)))
    {
        j += 2;
        while word(j).bytes().all(|b| b.is_ascii_digit()) && !word(j).is_empty() {
            j += 1;
        }
    }
    let next = word(j);
    // "In northern Syria, Turkey said": a comma that closes an opening phrase of place,
    // and a verb after the name, make it the sentence's subject, not one more place.
    let subject_after_comma = i > 0
        && word(i - 1) == ","
        && next != "and"
        && is_verbish(next);
    if (!subject_after_comma && after_place_preposition(ctx, i)) || ctx.in_dateline(span) {
        return false; // a place, or where the story was filed
    }
    if crate::extract::names::in_event_or_law(span, ctx.src) {
        return false; // "the U.S. Open"
    }
    // "U.S. foreign policy": a lower-case word right after the name makes it a modifier,
    // unless that word is a verb form the name is the subject of.
    if next.starts_with(char::is_lowercase) && !ctx.src[span.end..].starts_with(['’', '\'']) {
        return is_verbish(next);
    }
    // "Hungary's Viktor Orbán", "Germany's Siemens": the person or the body acts, the
    // country is whose they are.
    let owner = crate::text::POSSESSIVE_ENDINGS
        .iter()
        .find_map(|p| ctx.src[span.end..].strip_prefix(p))
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    !owner
        && !ctx.in_heading(span)
        && !crate::extract::names::title_follows(ctx, g, span.end)
}

/// Whether the name starting at token `i` follows a preposition of place, directly or as a
/// later conjunct of places that do ("in Turkey and Syria", "from Syria, Iraq and the West").
pub(super) fn after_place_preposition(ctx: &Context, mut i: usize) -> bool {
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
        if PLACE_ADJECTIVES.contains(word(j)) {
            let Some(k) = j.checked_sub(1) else {
                return false;
            };
            j = k;
            if word(j).eq_ignore_ascii_case("the") {
                let Some(k) = j.checked_sub(1) else {
                    return false;
                };
                j = k;
            }
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

pub(super) fn is_verbish(w: &str) -> bool {
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
    ) || crate::text::PAST_FORMS.contains(w)
        || (w.ends_with("ed") && w.len() > 4)
        || (w.ends_with('s')
            && !w.ends_with("ss")
            && w.len() > 3
            && !w.ends_with("ies")
            && SAYING.contains(w))
}
