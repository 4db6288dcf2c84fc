//! What a capitalized run names: a person (titles, given names, particles, verbs of
//! saying), an organization (organization words at its end or head), or nothing.

use super::*;
use std::borrow::Cow;

use crate::extract::Context;
use crate::extract::names::{Chunk, FUNCTION_WORDS};
use crate::gazetteer::{Entry, Gazetteer, Hit, PlaceKind};
use crate::span::Span;
use crate::text::{TokenKind, WordSet};

/// Heads of a government's bodies, which a people before them does not name.
static GOVERNMENT_HEADS: WordSet =
    WordSet::new(&["Ministry", "Department", "Dept", "Office", "Embassy", "Consulate"]);

/// The country a listed name names, as an affiliation, if it names one.
fn country_of(g: &Gazetteer, hit: &Hit) -> Option<Cow<'static, str>> {
    hit.entries.iter().find_map(|e| match e {
        Entry::Place(p) if g.is_country(*p) => country_affiliation(g.places[*p as usize].key()),
        _ => None,
    })
}

/// Decides what a capitalized run names, if anything.
pub(super) fn classify_chunk<'a>(
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
    let last_word = crate::extract::names::strip_possessive(toks.last()?.span, src).text(src);
    if toks.len() >= 2 && STORM_WORDS.contains(word(0)) {
        return None;
    }
    // "the northern province of Cao Bang": a place, not a person of that name.
    if crate::extract::names::after_place_noun_of(src, chunk.span) {
        return None;
    }
    // `Sean "Diddy" Combs`: the chunker joins a nickname in quotes only between a given
    // name and a surname.
    let closing = toks.iter().rposition(|t| matches!(t.text(src), "\"" | "”"));
    if toks.len() >= 5
        && toks.iter().skip(1).any(|t| matches!(t.text(src), "\"" | "“"))
        && g.given_names.contains(word(0))
        && closing.is_some_and(|c| {
            (1..=2).contains(&(toks.len() - c - 1))
                && toks[c + 1..].iter().all(|t| t.text(src).starts_with(char::is_uppercase))
        })
    {
        return Some(person(chunk.span, src, None));
    }
    // "built by Airbus for the European Space Agency": a listed body and the one it works
    // for are two, not one name.
    if !inner.iter().any(|h| h.span == chunk.span)
        && inner.iter().any(|h| {
            h.span.start == chunk.span.start
                && src[h.span.end..].starts_with(" for ")
                && h.entries.iter().any(|e| matches!(e, Entry::Organization(_)))
        })
    {
        return None;
    }
    // "Stone v. Graham": a court case, no one of that name; "the First Amendment": a law.
    if crate::extract::names::in_case_name(chunk.span, src)
        || crate::extract::names::in_event_or_law(chunk.span, src)
    {
        return None;
    }
    // The word after the run, one space apart from it: "told France Inter radio" names a
    // broadcaster, "Charles de Gaulle airport" a place, whatever given name they hold.
    let after = src[chunk.span.end..]
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    if !after.is_empty() && chunk.span.end == toks.last()?.span.end {
        let whole_listed = inner.iter().any(|h| h.span == chunk.span);
        // ("Spy agency kept ...", "Staffing agency had ...": a headline's common word.)
        let body = BODY_AFTER.contains(after) && !chunk.sentence_initial;
        if (MEDIA_AFTER.contains(after) || body) && !whole_listed {
            return Some(untyped_org(chunk.span, src));
        }
        if FACILITY_AFTER.contains(after.trim_end_matches('.')) {
            return None;
        }
    }
    // The two words before the run, one space apart from it.
    let mut before = src[..chunk.span.start].strip_suffix(' ').unwrap_or("").rsplit([' ', '\n']);
    let (prev, prev2) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
    // "Danish drugmaker Bavarian Nordic", "chipmaker Arm Holdings": a company after the
    // word for its trade, when no list holds it.
    // "bought shares of Metsera", "shares of Union Pacific fell": what shares are of is a
    // company, whatever places its words name, unless the lists hold it.
    if prev == "of"
        && prev2 == "shares"
        && !g.given_names.contains(word(0))
        && !inner.iter().any(|h| {
            h.span == chunk.span || h.entries.iter().any(|e| matches!(e, Entry::Organization(_)))
        })
    {
        return Some(new_org(chunk.span, src, None, OrgType::Company));
    }
    // "the U.S. company AST SpaceMobile", "security firm Secusmart" too, unless a title
    // opens the run ("company CEO Tim Cook").
    let company_word = matches!(prev, "company" | "firm")
        && !g.is_title_capitalized(word(0))
        && !TITLE_HEADS.contains(word(0));
    if (COMPANY_TRADE_NOUNS.contains(prev) || company_word)
        && !chunk.sentence_initial
        && !inner.iter().any(|h| h.span == chunk.span)
    {
        return Some(new_org(chunk.span, src, None, OrgType::Company));
    }
    // "the federal statistics office Destatis", "market regulator Sebi": a body after the
    // word for it, when no list holds the run and no given name or title opens it.
    if BODY_BEFORE.contains(prev)
        && !chunk.sentence_initial
        && inner.is_empty()
        && !g.given_names.contains(word(0))
        && !g.is_title_capitalized(word(0))
        && !TITLE_HEADS.contains(word(0))
    {
        return Some(untyped_org(chunk.span, src));
    }
    // "an analyst at Wedbush Securities", "a reporter for Reuters": where a job is held,
    // when no list holds the run and no given name opens it.
    let (prep, job) = (prev, prev2);
    let employer = match prep {
        "at" => JOBS_AT.contains(job),
        "for" => MEDIA_JOBS.contains(job),
        _ => false,
    };
    if employer && inner.is_empty() && !g.given_names.contains(word(0)) && !chunk.in_heading {
        return Some(untyped_org(chunk.span, src));
    }

    // "Republican Curtis Sliwa", "Democrat Abigail Spanberger", "Republican Lt. Gov.
    // Winsome Earle-Sears": a party's adjective, a title maybe, then a given name and a
    // surname name a person.
    if POLITICAL_WORDS.contains(word(0)) && toks.len() >= 3 {
        let rest = &toks[1..];
        let name = &rest[title_prefix(g, src, rest)..];
        let words = name.iter().filter(|t| t.text(src) != ".").count();
        if (2..=3).contains(&words)
            && g.given_names.contains_or_pair(name[0].text(src))
            && name.iter().all(|t| {
                let w = t.text(src);
                w == "." || (w.starts_with(char::is_uppercase) && !ORG_SUFFIXES.contains(w))
            })
        {
            let span = Span::new(name[0].span.start, chunk.span.end);
            return Some(person(span, src, None));
        }
    }
    // Leading demonym or country gives an affiliation ("Egyptian Foreign Minister ...").
    let mut first = 0;
    let mut affiliation = None;
    let mut opening_body_country = None;
    let mut opener_is_people = false;
    if let Some(h) = inner.first().filter(|h| h.span.start == chunk.span.start) {
        // "Georgia Institute of Technology": a country's name that is also a state's
        // says neither.
        let also_a_state = h
            .entries
            .iter()
            .any(|e| matches!(e, Entry::Place(p) if g.places[*p as usize].kind == PlaceKind::AdminRegion));
        let code = h.entries.iter().find_map(|e| match e {
            Entry::Group(gi) if g.groups[*gi as usize].demonym => {
                Some(g.groups[*gi as usize].country())
            }
            Entry::Place(p) if g.is_country(*p) && !also_a_state => Some(g.places[*p as usize].key()),
            _ => None,
        });
        if let Some(code) = code {
            opener_is_people = h.entries.iter().any(|e| matches!(e, Entry::Group(_)));
            affiliation = country_affiliation(code);
            first = toks
                .iter()
                .position(|t| t.span.start >= h.span.end)
                .unwrap_or(toks.len());
        } else {
            // "American Civil Liberties Union of Texas": a listed body opening a longer
            // name gives it its country; its words stay the name's.
            opening_body_country = h.entries.iter().find_map(|e| match e {
                Entry::Organization(o) => country_affiliation(g.organizations[*o as usize].country()),
                _ => None,
            });
            // "Democratic Party of Ivory Coast": a country that ends the name after "of"
            // is its own, whatever country the listed body it opens with has.
            if opening_body_country.is_some()
                && let Some(code) = inner.last().filter(|l| l.span.end == chunk.span.end).and_then(|l| {
                    let of = src[..l.span.start].trim_end();
                    let of = of.strip_suffix(" the").unwrap_or(of);
                    of.ends_with(" of")
                        .then(|| l.entries.iter().find_map(|e| match e {
                            Entry::Place(p) if g.is_country(*p) => Some(g.places[*p as usize].key()),
                            _ => None,
                        }))
                        .flatten()
                })
            {
                opening_body_country = country_affiliation(code);
            }
        }
    }

    // Title before a name, inside the run or just before it: the longest listed title at
    // the front, or else the last title word inside the run ("Treasury Secretary John
    // Mbadi", "ECB President Christine Lagarde").
    // A listed title may open a longer one ("Chief" of "Chief Cabinet Secretary Minoru
    // Kihara"): a title word after another word still ends it. (Right after the listed
    // title, "Prime Minister Sheikh Mohammed", it is the name's.)
    let mut title_len = title_prefix(g, src, &toks[first..]);
    if let Some(k) = toks
        .get(first..toks.len().saturating_sub(1))
        .unwrap_or(&[])
        .iter()
        .rposition(|t| TITLE_HEADS.contains(t.text(src)))
        && (title_len == 0 || k > title_len)
        // "Martin Luther King Jr.": a title word before a generation mark is a surname.
        && !toks[first + k + 1..]
            .iter()
            .all(|t| GENERATIONS.contains(t.text(src)) || t.text(src) == ".")
    {
        // "Siemens Chief Executive Roland Busch": a listed title opening there runs on.
        title_len = k + title_prefix(g, src, &toks[first + k..]).max(1);
        if affiliation.is_none() {
            affiliation = inner
                .iter()
                .find(|h| h.span.end <= toks[first + k].span.start)
                .and_then(|h| {
                    h.entries.iter().find_map(|e| match e {
                        Entry::Organization(o) => {
                            Some(Cow::Borrowed(g.organizations[*o as usize].name()))
                        }
                        Entry::Place(p) if g.is_country(*p) => {
                            Some(Cow::Borrowed(g.places[*p as usize].key()))
                        }
                        Entry::Group(gi) => country_affiliation(g.groups[*gi as usize].country()),
                        _ => None,
                    })
                });
        }
    }
    let before_title = lowercase_title_before(g, ctx, chunk.tokens.start)
        || kin_before(ctx, chunk.tokens.start)
        || in_credit_line(src, chunk.span.start);
    // "General Motors Co.", "General Electric Co.": a listed organization that begins
    // with a title word is no title before a name.
    let listed_from_title = || {
        let title_end = toks[first + title_len - 1].span.end;
        toks.get(first).is_some_and(|t| {
            inner.iter().any(|h| {
                h.span.start == t.span.start
                    && h.span.end > title_end
                    && h.entries.iter().any(|e| matches!(e, Entry::Organization(_)))
            })
        })
    };
    if (title_len > 0 || before_title) && !(title_len > 0 && listed_from_title()) {
        let after_title = &toks[first + title_len..];
        let mut name_toks = trim_connectors(src, after_title);
        // "President of the Linguistic Society of America": what the title is of, no name;
        // "Minister of Foreign Affairs Sergei Lavrov": the name is the given name and the
        // words after it that end the run.
        if after_title
            .first()
            .is_some_and(|t| matches!(t.text(src), "of" | "for"))
        {
            let n = name_toks.len();
            name_toks = (n.saturating_sub(3)..n.saturating_sub(1))
                .find(|&k| g.given_names.contains_or_pair(name_toks[k].text(src)))
                .map_or(&[], |k| &name_toks[k..]);
        }
        // "King Felipe VI of Spain", "Archbishop Desmond Tutu of Cape Town": the name ends
        // before "of" and a listed place; a country there is the person's.
        else if let Some(k) = name_toks.iter().position(|t| t.text(src) == "of").filter(|&k| k > 0)
            && let the = name_toks.get(k + 1).is_some_and(|t| t.text(src) == "the")
            && let Some(at) = name_toks.get(k + 1 + usize::from(the))
            && let Some(place) = inner.iter().find(|h| {
                h.span.start == at.span.start
                    && h.span.end == chunk.span.end
                    && h.entries.iter().all(|e| matches!(e, Entry::Place(_)))
            })
        {
            name_toks = &name_toks[..k];
            if affiliation.is_none() {
                affiliation = country_of(g, place);
            }
        }
        // "Dr. Andrew Chan of Massachusetts General Hospital": after a title, a name
        // before "of" is the person's, and what follows is where they work.
        else if let Some(k) = name_toks.iter().position(|t| t.text(src) == "of")
            && (1..=3).contains(&k)
            && name_toks.len() > k + 1
            && name_toks[..k].iter().all(|t| t.text(src).starts_with(char::is_uppercase))
        {
            name_toks = &name_toks[..k];
        }
        if let (Some(a), Some(b)) = (name_toks.first(), name_toks.last()) {
            let span = Span::new(
                a.span.start,
                crate::extract::names::strip_possessive(b.span, src).end,
            );
            // A city's name after a title is a surname ("President Bush", "Mr. Lincoln");
            // any other listed name is what the title is of.
            let is_known = inner.iter().any(|h| h.span == span && more_than_a_city(g, h));
            // "Chief Operating Officer": a title whose last words are left, not a name;
            // "Virginia General Assembly": a body after a title word, not a person.
            let office = NOT_A_PERSON_LAST.contains(b.text(src))
                || g.titles.contains(b.text(src))
                || ORG_SUFFIXES.contains(b.text(src));
            if !is_known
                && !office
                && !chunk.in_heading
                && looks_like_name(span.text(src))
            {
                return Some(person(span, src, affiliation));
            }
        }
    }

    let n = toks.len();
    // "San Remigio", "Santa Rosa": a saint's name before another name is a place's.
    let given_first = g.given_names.contains_or_pair(word(0))
        && !FUNCTION_WORDS.contains(word(0))
        && !(n >= 2 && SAINTLY.contains(word(0)));
    // "Jordan Bardella", "Chad Smith": a person's whole run that opens with a country's
    // name is their own name, and no affiliation.
    let whole_affiliation = if given_first && first > 0 { None } else { affiliation.clone() };
    if chunk.in_heading {
        // Headings capitalize every word; only a heading that is nothing but a name
        // ("Brock Holt" over a biography) is taken, and only on given-name evidence.
        // Only the heading that holds the chunk can be the chunk: one search, where a walk
        // over every heading for every chunk in one was quadratic in the headings.
        let whole = ctx
            .heading_at(chunk.span.start)
            .is_some_and(|h| h.trim(src) == chunk.span);
        return (whole && given_first && (2..=3).contains(&n) && inner.is_empty())
            .then(|| person(chunk.span, src, whole_affiliation));
    }
    // "George Russell of Mercedes", "Max Verstappen of Red Bull": a given name and one
    // or two more words before "of" are a person of what follows, unless the words name
    // a body or a place ("Georgia Institute of Technology") or a list holds them.
    if given_first
        && first == 0
        && let Some(k) = (2..=3).find(|&k| k + 1 < n && word(k) == "of")
        && (0..k).all(|i| {
            let w = word(i);
            (i == 0 || w.starts_with(char::is_uppercase))
                && !ORG_HEADS.contains(w)
                && !ORG_SUFFIXES.contains(w)
                && !COMPANY_TRADES.contains(w)
                && !NOT_A_PERSON_LAST.contains(w)
                && !crate::extract::names::PLACE_SUFFIXES.contains(w)
                && !crate::extract::names::is_event_or_law_head(w)
                && !g.titles.contains(w)
                && !TITLE_HEADS.contains(w)
        })
        // Three words: a given name, an initial or a particle in the middle ("Patrick
        // Leopold Gordon", "Carlo De Benedetti"), not "Barrett Motor Cars".
        && (k == 2 || {
            let w = word(1);
            g.given_names.contains(w) || crate::text::is_initial(w) || NAME_PARTICLES.contains_lowercase(w)
        })
        // "Vice Presidency": a word of an office or a doctrine is no surname.
        && !["ency", "ancy", "ship", "tion", "sion", "ism", "ology"]
            .iter()
            .any(|x| word(k - 1).ends_with(x))
        && !inner.iter().any(|h| {
            h.span.start < toks[k - 1].span.end && h.span.end > toks[0].span.end && more_than_a_city(g, h)
        })
    {
        let span = Span::new(toks[0].span.start, toks[k - 1].span.end);
        if looks_like_name(span.text(src)) {
            let the = usize::from(word(k + 1) == "the");
            let country = toks.get(k + 1 + the).and_then(|at| {
                inner
                    .iter()
                    .find(|h| h.span.start == at.span.start && h.span.end == chunk.span.end)
                    .and_then(|h| country_of(g, h))
            });
            return Some(person(span, src, country));
        }
    }
    // Organization words, unless a given name and a verb of saying make two words a person
    // ("said Jim Press").
    let study_center = || {
        matches!(last_word, "Center" | "Centre")
            && (CENTER_OF_STUDY.contains(word(n - 2)) || saying_next_to(ctx, chunk))
    };
    // "Saratoga Co.", "Grange Co" are counties, "Hoecker & Co" a man and his partners:
    // "Co" ends a company's name of two words or more ("Ford Motor Co.").
    let county_or_partners =
        matches!(last_word, "Co" | "Co.") && (n < 3 || word(n - 2) == "&");
    let org_suffix = n >= 2
        && !county_or_partners
        && (ORG_SUFFIXES.contains(last_word) || study_center())
        && !(n == 2 && given_first && saying_next_to(ctx, chunk));
    // An organization's head noun and what it is of or for, anywhere in the run
    // ("Linguistic Society of America", "Federal University of Santa Catarina",
    // "Universidade da Coruña").
    let head_at = if (3..=8).contains(&n) {
        (0..n - 2).find(|&k| {
            ORG_HEADS.contains(word(k))
                && matches!(word(k + 1), "of" | "for" | "on" | "de" | "da" | "del" | "di" | "des")
        })
    } else {
        None
    };
    let org_head = head_at.is_some();
    let team = !org_suffix && !org_head && sports_team(g, ctx, chunk, inner);
    if org_suffix || org_head || team {
        // The name leaves out a leading "US-based", what it is part of ("Proceedings of
        // the National Academy of Sciences") and a country right before a head inside
        // the run ("US Department of Defense"); a people further before it is part of the
        // name ("American Civil Liberties Union of Texas").
        let mut from = 0;
        if let Some(k) = head_at.filter(|_| !org_suffix) {
            // "American Society of Clinical Oncology", "Chinese Academy of Sciences": a
            // people before the head is the name's, save a government's ("Egyptian
            // Ministry of Foreign Affairs" is the ministry of Egypt).
            from = if k == first && opener_is_people && !GOVERNMENT_HEADS.contains(word(k)) {
                0
            } else if k == first {
                first
            } else {
                (0..k)
                    .rev()
                    .find(|&i| word(i).starts_with(char::is_lowercase))
                    .map_or(0, |i| i + 1)
            };
        }
        // "Shares of Apple Inc.", "Members of the European Union": a sentence's first word
        // and "of" are what the name is of, unless that word heads an organization's name.
        if let Some(k) = chunk.after_opening_of(ctx)
            && !ORG_HEADS.contains(word(0))
            && !ORG_SUFFIXES.contains(word(0))
            && !inner.iter().any(|h| h.span.start == chunk.span.start)
        {
            from = k;
        }
        // "Rival Sony Group Corp bought ...", "Chipmaker Nvidia Corp": a sentence's
        // first word that says what the company is, not part of its name.
        if chunk.sentence_initial && from == 0 && n >= 3 && COMPANY_DESCRIPTORS.contains(word(0)) {
            from = 1;
        }
        while from + 1 < n && hyphen_modifier(word(from)) {
            from += 1;
        }
        let mut span = Span::new(toks[from].span.start, chunk.span.end);
        if org_suffix && from == 0 {
            span.start = joined_by_and(ctx, g, chunk.tokens.start).unwrap_or(span.start);
        }
        if inner.iter().any(|h| h.span == span) {
            return None; // a listed organization: the gazetteer names it
        }
        let text = span.text(src);
        // "Apple Inc.": a listed company with its legal form is that company, and so is
        // "Toyota Motor Corp.", its trade's word left out too.
        let bare = without_legal_form(text);
        let listed = |name: &str, company_only: bool| {
            g.lookup(name).iter().find_map(|e| match e {
                Entry::Organization(o)
                    if !company_only
                        || g.organizations[*o as usize].org_type == OrgType::Company =>
                {
                    Some(*o)
                }
                _ => None,
            })
        };
        let by_trade = || {
            bare.rsplit_once(' ')
                .filter(|(_, trade)| COMPANY_TRADES.contains(trade))
                .and_then(|(rest, _)| listed(rest, true))
        };
        if bare.len() < text.len()
            && let Some(o) = listed(bare, false).or_else(by_trade)
        {
            return Some(listed_org(g, o, span));
        }
        return Some(Raw {
            key: Key::NewOrg(Cow::Borrowed(bare)),
            span,
            // Named as the lists name companies, without the legal form ("Seagen" for
            // "Seagen Inc."); the mention keeps it.
            name: Cow::Borrowed(bare),
            kind: ActorKind::Organization,
            affiliation: affiliation.or(opening_body_country),
            role: None,
            org_type: None,
        });
    }
    // "Free Democrats", "Progressive Conservatives": a party of its own, not the US party
    // whose plural name ends it; a place or a body before the plural is left to the lists
    // ("Ontario Liberals", "Senate Republicans"), and so are longer runs ("Prominent
    // Southern Republicans").
    if n == 2
        && PARTY_PLURALS.contains(last_word)
        && first == 0
        && inner.iter().all(|h| {
            h.span.start > chunk.span.start
                || h.entries.iter().all(|e| {
                    matches!(e, Entry::Group(gi) if !g.groups[*gi as usize].demonym)
                })
        })
    {
        let span = chunk.span;
        return Some(Raw {
            key: Key::NewOrg(Cow::Borrowed(span.text(src))),
            span,
            name: Cow::Borrowed(span.text(src)),
            kind: ActorKind::Organization,
            affiliation,
            role: None,
            org_type: Some(OrgType::Party),
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
    let first_is_known = inner
        .iter()
        .any(|h| h.span.start == chunk.span.start && more_than_a_city(g, h));
    // ("Christian Van Thillo": a people and a town before a surname no list holds is a
    // person.)
    let rest_is_known = inner
        .iter()
        .any(|h| h.span.start >= first_end && h.span.end == chunk.span.end);
    // A run that ends like a building, an event or an office, or that holds "of" ("Royal
    // Courts of Justice", "Vice Chairman of Ford"), is no person's name, nor is a run
    // that opens with a title and named no one above.
    // So is a listed place followed by a place's last word ("Manila Bay", "Jordan
    // River"): the first word is a given name too, but the run names the place.
    let first_is_place = inner.iter().any(|h| {
        h.span.start == chunk.span.start && h.entries.iter().any(|e| matches!(e, Entry::Place(_)))
    });
    // A title's abbreviation last ("Zimbabwe Gov") ends no one's name. (The word and its
    // stop are put together on the stack: this runs for every capitalized run.)
    let abbreviated_title_last = last_word.len() <= 4 && {
        let mut dotted = [b'.'; 5];
        dotted[..last_word.len()].copy_from_slice(last_word.as_bytes());
        std::str::from_utf8(&dotted[..=last_word.len()]).is_ok_and(|t| g.titles.contains(t))
    };
    // "the Paris Masters", "the Davis Cup": an event's name after "the", whatever given
    // name opens it.
    let the_event = prev == "the" && crate::extract::names::is_event_or_law_head(last_word);
    let not_personal = NOT_A_PERSON_LAST.contains(last_word)
        || the_event
        || abbreviated_title_last
        || words().skip(1).any(|w| w == "of" || POLITICAL_WORDS.contains(w))
        || title_len > 0
        || (first_is_place && crate::extract::names::PLACE_SUFFIXES.contains(last_word));
    // "the Christian Democratic Appeal": a party's word after a given name makes the run a
    // party's name.
    if given_first
        && (3..=5).contains(&n)
        && capitalized == n
        && inner.iter().all(|h| h.entries.iter().all(|e| matches!(e, Entry::Group(_))))
        && words().skip(1).any(|w| POLITICAL_WORDS.contains(w))
    {
        return Some(untyped_org(chunk.span, src));
    }
    let given = given_first && (!first_is_known || !rest_is_known) && !not_personal && n >= 2;
    if given && (2..=4).contains(&n) && capitalized >= 2 {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    // A middle initial: the chunker keeps a stop inside a run only after an initial that
    // a name goes on from ("George W. Bush", "J. K. Rowling").
    let initials = words().filter(|w| *w == ".").count();
    let opens_like_name = given_first || crate::text::is_initial(word(0));
    if initials > 0
        && opens_like_name
        && last_word.chars().count() >= 2
        && !not_personal
        && n - initials <= 4
        && capitalized >= 2
    {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    let acronym = word(0)
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // A scholarly citation, even of an author named like a place: "Heidenreich & Turano,
    // 2011", "Rueda et al. (2012)", "Nutley, Bohlin, & Klingberg, 2009".
    if n <= 3 && capitalized == n && !acronym && crate::extract::names::cites(&src[chunk.span.end..]) {
        return Some(person(chunk.span, src, whole_affiliation));
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
    let saying = saying_next_to(ctx, chunk) && !has_acronym && !not_personal;
    if (2..=4).contains(&n) && capitalized >= 2 && (given || particle || saying) {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    // "the Los Angeles Sheriff's Department said": a body's head noun is no one's name.
    let body_word = ORG_SUFFIXES.contains(word(0)) || HEAD_ALONE.contains(word(0));
    if n == 1 && saying && !chunk.sentence_initial && !acronym && !body_word {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    // An encyclopedic opening: "Évariste Galois (25 October 1811 – 31 May 1832)", "(born 1965)".
    if (2..=4).contains(&n)
        && capitalized == n
        && inner.is_empty()
        && life_dates(&src[chunk.span.end..])
    {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    // An age in apposition: "Verma, 21, was called in", "Pratika Rawal, 25, who".
    if (1..=4).contains(&n)
        && capitalized == n
        && inner.is_empty()
        && !has_acronym
        && !(n == 1 && AGED_NOUNS.contains(word(0)))
        && age_after(&src[chunk.span.end..])
    {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    // An apposition naming a role: "Sameh Shoukry, the foreign minister, said".
    if (2..=4).contains(&n)
        && capitalized == n
        && inner.is_empty()
        && !has_acronym
        && apposition_role(g, &src[chunk.span.end..])
    {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    // A lone given name in mid-sentence ("told Cara", "Marilyn laughed"), unless the name
    // is also an everyday word, or an article makes it a thing ("an honorary Oscar", "a
    // Tony").
    if n == 1
        && !chunk.sentence_initial
        && !matches!(prev, "a" | "an")
        && (!matches!(prev2, "a" | "an") || !prev.starts_with(char::is_lowercase))
        && !acronym
        && word(0).chars().count() >= 3
        && g.given_names.contains(word(0))
        && !FUNCTION_WORDS.contains(word(0))
        && !COMMON_WORD_NAMES.contains(word(0))
        && !crate::text::is_month_name(word(0))
        && !crate::text::is_weekday_name(word(0))
    {
        return Some(person(chunk.span, src, whole_affiliation));
    }
    None
}

/// Whether a listed name is anything but a city: a country, a region, an organization, a
/// group. A city's name is also a surname ("President Bush", "Jordan Peterson").
fn more_than_a_city(g: &Gazetteer, hit: &Hit) -> bool {
    hit.entries.iter().any(|e| match e {
        Entry::Place(p) => g.places[*p as usize].kind != PlaceKind::City,
        _ => true,
    })
}

/// Where an organization's name begins when its run opens after "and" and the words
/// before that are its own: "Swedish Meteorological and Hydrological Institute", "Texas
/// Parks and Wildlife Department". Those words are capitalized and no list knows them,
/// save a people or a place at their front when more follow ("Google and Microsoft
/// Corp." and "Egypt and Qatar Airways" are two names).
fn joined_by_and(ctx: &Context, g: &Gazetteer, start: usize) -> Option<usize> {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    if start < 2 || tokens[start - 1].text(src) != "and" {
        return None;
    }
    let mut k = start - 1;
    while k > 0 {
        let t = &tokens[k - 1];
        let w = t.text(src);
        let adjacent = src[t.span.end..tokens[k].span.start].bytes().all(|b| b == b' ');
        // "Britain's Competition and Markets Authority": what owns the name is no part of it.
        if !adjacent
            || t.kind != TokenKind::Word
            || !w.starts_with(char::is_uppercase)
            || crate::text::POSSESSIVE_ENDINGS.iter().any(|e| w.ends_with(e))
            || FUNCTION_WORDS.contains(w)
            || g.given_names.contains(w)
        {
            break;
        }
        k -= 1;
    }
    let words = start - 1 - k;
    let unknown = |i: usize| g.lookup(tokens[i].text(src)).is_empty();
    let front_ok = unknown(k)
        || (words >= 2
            && g.lookup(tokens[k].text(src))
                .iter()
                .all(|e| matches!(e, Entry::Group(_) | Entry::Place(_))));
    (words >= 1 && front_ok && (k + 1..start - 1).all(unknown)).then(|| tokens[k].span.start)
}

/// "US-based", "Saudi-led", "state-owned": a word whose last part is a lower-case
/// participle, which modifies a name without being part of it.
fn hyphen_modifier(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.len() >= 3 && tail.starts_with(char::is_lowercase))
}

/// A city or region and a plural or a club word after it: a team or a company
/// ("Pittsburgh Pirates", "Boston Red Sox", "Leeds United", "Texas Instruments"). Places
/// named in the plural ("Golan Heights") are listed as such or end in a place word.
fn sports_team(g: &Gazetteer, ctx: &Context, chunk: &Chunk, inner: &[&Hit]) -> bool {
    let src = ctx.src;
    let toks = &ctx.layer.tokens[chunk.tokens.clone()];
    let Some(place) = inner.first().filter(|h| h.span.start == chunk.span.start) else {
        return false;
    };
    // A city large enough to have teams and firms of its name ("Best", a Dutch town, in
    // "Best Wishes" is none), or a state or province.
    let is_place = place.entries.iter().all(|e| match e {
        Entry::Place(p) => {
            let p = &g.places[*p as usize];
            p.kind == PlaceKind::AdminRegion
                || (p.kind == PlaceKind::City && p.population() >= 100_000)
        }
        _ => false,
    });
    let tail = &toks[toks.iter().take_while(|t| t.span.start < place.span.end).count()..];
    // A plural after the city may be a people's name too ("Indianapolis Indians").
    let rest_is_group = inner[1..]
        .iter()
        .all(|h| h.entries.iter().all(|e| matches!(e, Entry::Group(_))));
    if !is_place || !(1..=2).contains(&tail.len()) || !rest_is_group {
        return false;
    }
    let last = crate::extract::names::strip_possessive(tail[tail.len() - 1].span, src).text(src);
    if CLUB_WORDS.contains(last) {
        return true;
    }
    // "Warren Jeffs", "Kyle Jones": a given name and a surname ending in s.
    let given = g.given_names.contains(place.span.text(src));
    let title_case = tail.iter().all(|t| {
        let w = t.text(src);
        w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| !c.is_uppercase())
    });
    !given
        && title_case
        && last.len() >= 4
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("ics")
        && !FUNCTION_WORDS.contains(last)
        && !PLURAL_PLACE_WORDS.contains(last)
}

/// ", the foreign minister", ", a spokesman for": an apposition whose head is a person title.
pub(super) fn apposition_role(g: &Gazetteer, after: &str) -> bool {
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

/// Whether a person's age stands in apposition at the front of `after`: ", 21, was",
/// ", 34, of Leeds" (not ", 21,000 people" nor a list of numbers, ", 21, 22 and 23").
pub(super) fn age_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && rest[..digits].parse::<u32>().is_ok_and(|age| (1..120).contains(&age))
        && rest[digits..]
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// A parenthesis of birth (and death) dates right after a name.
pub(super) fn life_dates(after: &str) -> bool {
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

pub(super) fn person<'a>(span: Span, src: &'a str, affiliation: Option<Cow<'a, str>>) -> Raw<'a> {
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

pub(super) fn looks_like_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    // Names joined by particles run longer ("Sheikh Mohammed bin Abdulrahman Al Thani").
    let longest = if words.iter().any(|w| NAME_PARTICLES.contains(w)) {
        6
    } else {
        5
    };
    !words.is_empty()
        && words.len() <= longest
        && !FUNCTION_WORDS.contains(words[0])
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
}

pub(super) fn trim_connectors<'t>(
    src: &str,
    toks: &'t [crate::text::Token],
) -> &'t [crate::text::Token] {
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
/// A title that qualifies the next ("Deputy" then "Governor") chains with it: the lists
/// hold each, not every compound. Other titles do not: in "Prime Minister Sheikh
/// Mohammed", "Sheikh" is the name's.
pub(super) fn title_prefix(g: &Gazetteer, src: &str, toks: &[crate::text::Token]) -> usize {
    let mut taken = 0;
    loop {
        if taken > 0 && !TITLE_QUALIFIERS.contains(toks[taken - 1].text(src)) {
            return taken;
        }
        let rest = &toks[taken..];
        let mut best = 0;
        for k in 1..rest.len().min(5) {
            let text = Span::new(rest[0].span.start, rest[k - 1].span.end).text(src);
            if g.titles.contains(&single_spaced(text)) {
                best = k;
            }
        }
        if best == 0 {
            return taken;
        }
        taken += best;
    }
}

/// A lower-case title just before the name that begins at token `i`: "foreign minister
/// Sameh Shoukry", "said spokesman John Kirby".
pub(super) fn lowercase_title_before(g: &Gazetteer, ctx: &Context, i: usize) -> bool {
    // A title ending the line before ("... a new leader" over "TOKYO, Oct 21") is not
    // this name's.
    let line_break = i
        .checked_sub(1)
        .is_some_and(|j| ctx.src[ctx.layer.tokens[j].span.end..ctx.layer.tokens[i].span.start].contains('\n'));
    if line_break {
        return false;
    }
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

/// "our friend Vane Ivanovic", "his wife Melania": a relative or a friend named after a
/// possessive is a person.
/// A news agency's credit line, "(Reporting by Francesco Canepa and Balazs Koranyi;
/// Editing by Toby Chopra)": the names after "<credit> by" and joined by "and" or commas
/// are persons, whatever lists hold their words. `start` is where the run begins.
pub(super) fn in_credit_line(src: &str, start: usize) -> bool {
    // Asked of every run: what stands right before it rules out nearly all at once.
    let last = src[..start].trim_end_matches(' ').rsplit([' ', '\n']).next().unwrap_or("");
    if !matches!(last, "by" | "and" | "&") && !last.ends_with(',') {
        return false;
    }
    let from = src.ceil_char_boundary(start.saturating_sub(160));
    let before = &src[from..start];
    let clause = before
        .rfind(['(', ')', ';', '\n'])
        .map_or(before, |k| &before[k + 1..]);
    let mut words = clause.split_whitespace();
    let mut credit = words.next().unwrap_or("");
    if credit.eq_ignore_ascii_case("additional") {
        credit = words.next().unwrap_or("");
    }
    if !CREDITS.contains_lowercase(credit) || words.next() != Some("by") {
        return false;
    }
    // Only other names, commas and "and" stand between "by" and the run.
    let mut last = "by";
    for w in words {
        if !(w == "and" || w == "&" || w.starts_with(char::is_uppercase)) {
            return false;
        }
        last = w;
    }
    last == "by" || last == "and" || last == "&" || last.ends_with(',')
}

/// What a news agency's credit line credits to persons: "Reporting by", "Editing by".
/// ("Photo by" may credit an agency or a company.)
static CREDITS: WordSet = WordSet::new(&["reporting", "editing", "writing", "compiled"]);

pub(super) fn kin_before(ctx: &Context, i: usize) -> bool {
    let prev = |k: usize| i.checked_sub(k).map(|j| ctx.layer.tokens[j].text(ctx.src));
    prev(1).is_some_and(|w| KIN_NOUNS.contains(w))
        && prev(2).is_some_and(|w| POSSESSIVE_DETERMINERS.contains_lowercase(w))
}

/// A saying verb right after the chunk or one of "said", "says", "told", "added" right
/// before it. The chunk's tokens say where it is: its span may end inside its last token
/// (a possessive), but no other token begins before the next one.
pub(super) fn saying_next_to(ctx: &Context, chunk: &Chunk) -> bool {
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

/// "Adam Air Flight 574", "Garuda Indonesia Flight 200": the run before "Flight" and a
/// number is the airline that flies it, whatever words of places or names it holds.
pub(super) fn airline_of_flight(ctx: &Context, chunk: &Chunk) -> Option<Span> {
    let src = ctx.src;
    let toks = &ctx.layer.tokens[chunk.tokens.clone()];
    let [.., airline_end, flight] = toks else {
        return None;
    };
    let numbered = src[chunk.span.end..]
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    if flight.text(src) != "Flight" || !numbered {
        return None;
    }
    // "Passengers on Air India Flight 171": the airline's name follows the run's last
    // lower-case word.
    let start = toks
        .iter()
        .rposition(|t| t.text(src).starts_with(char::is_lowercase))
        .map_or(Some(chunk.span.start), |i| toks.get(i + 1).map(|t| t.span.start))?;
    (start < airline_end.span.end).then(|| Span::new(start, airline_end.span.end))
}
