//! What the words around a name make of it: money ("US$40 billion"), a stock index, an
//! event's, a prize's or a law's name, a court case, a citation, the title of a work, a
//! place's kind before it.

use crate::gazetteer::{Entry, Gazetteer, Hit, OrgType, PlaceKind};
use crate::span::Span;
use crate::text::WordSet;

/// The name is a currency's prefix: "US$40 billion", "A$5 million", "HK$ 3 billion",
/// "$9.99 US dollars", "the Hong Kong dollar". A country there names money, not a place
/// or an actor.
pub fn is_currency_prefix(span: Span, src: &str) -> bool {
    let rest = &src.as_bytes()[span.end..];
    match rest {
        [b'$', ..] => true,
        [b' ', b'$', d, ..] => d.is_ascii_digit(),
        [b' ', b'd', b'o', b'l', b'l', b'a', b'r', end @ ..] => {
            let end = end.strip_prefix(b"s").unwrap_or(end);
            end.first().is_none_or(|b| !b.is_ascii_alphanumeric())
        }
        _ => false,
    }
}

/// Stock market indices: the name of a number, not of an organization ("the Dow Jones
/// fell 500 points"), though a tagger trained on tweets takes them for one. A short list
/// in code: the world's headline indices change seldom.
static MARKET_INDICES: &[&str] = &[
    "Dow", "Dow Jones", "DJIA", "Dow Jones Industrial Average", "Nasdaq", "NASDAQ",
    "Nasdaq Composite", "S&P", "S&P 500", "Standard & Poor's 500", "FTSE", "FTSE 100",
    "Nikkei", "Nikkei 225", "DAX", "CAC", "CAC 40", "Hang Seng", "Russell 2000", "Sensex",
    "Nifty", "KOSPI", "Euro Stoxx 50", "Stoxx", "IBEX", "TSX", "ASX",
];

/// Words after an index's name that make it the company or the exchange of that name
/// ("Dow Chemical", "Dow Jones & Co.", "the Nasdaq Stock Market").
static INDEX_OWNER_WORDS: WordSet = WordSet::new(&[
    "&", "Co", "Company", "Chemical", "Corning", "Newswires", "Inc", "Stock", "Exchange",
    "Group", "OMX", "Holdings", "Ltd", "Corp",
]);

/// The name at `span` is a stock market index, not an organization: a listed index name
/// not followed by a word of its owner, and not where a company lists ("listed on
/// Nasdaq", "Nasdaq-listed").
pub fn is_market_index(span: Span, src: &str) -> bool {
    let name = span.text(src);
    if !MARKET_INDICES.contains(&name) {
        return false;
    }
    let rest = &src[span.end..];
    if rest.starts_with('-') {
        return false; // "Nasdaq-listed", "FTSE-100 company"
    }
    let next = rest
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .next()
        .unwrap_or("");
    let before = src[..span.start].trim_end();
    let listed = ["on", "on the"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|b| b.ends_with(|c: char| !c.is_alphanumeric()))
    });
    !INDEX_OWNER_WORDS.contains(next) && !listed
}

/// Words that end the name of an event, a prize or a law.
static EVENT_OR_LAW_HEADS: WordSet = WordSet::new(&[
    "Open", "Masters", "Cup", "Trophy", "Prize", "Award", "Awards", "Games", "Olympics", "Championship",
    "Championships", "Series", "Festival", "Carnival", "Marathon", "Amendment", "Act", "Treaty",
    "Accord", "Accords", "Agreement", "Convention", "Protocol",
]);

/// Words that end a law's name, which is no organization ("the First Amendment").
static LAW_HEADS: WordSet = WordSet::new(&[
    "Amendment", "Act", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Protocol",
]);

/// Whether `word` ends the name of an event, a prize or a law ("Cup", "Agreement").
pub fn is_event_or_law_head(word: &str) -> bool {
    EVENT_OR_LAW_HEADS.contains(word)
}

/// The name at `span` is only a word of an event's, a prize's or a law's name: the word
/// after it, one space away, ends such a name ("Davis" of "the Davis Cup", "U.S." of "the
/// U.S. Open", "Kyoto" of "the Kyoto Protocol"), or it ends with a law's word ("the First
/// Amendment"). It names no actor and no place there.
pub fn in_event_or_law(span: Span, src: &str) -> bool {
    let last = span.text(src).rsplit(' ').next().unwrap_or("");
    let next = src[span.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or("");
    LAW_HEADS.contains(last) || EVENT_OR_LAW_HEADS.contains(next) || wildfire(span, src)
}

/// "the Eaton Fire", "the Franklin Fire": a wildfire's name, the run's last word or the
/// word after it. A body's word after "Fire" makes it no fire's ("the Los Angeles Fire
/// Department", "County Fire Chief Anthony Marrone").
fn wildfire(span: Span, src: &str) -> bool {
    let text = span.text(src);
    let rest = if text.contains(' ') && text.ends_with(" Fire") {
        &src[span.end..]
    } else if let Some(rest) = src[span.end..].strip_prefix(" Fire") {
        rest
    } else {
        return false;
    };
    !rest.starts_with(|c: char| c.is_alphanumeric())
        && !rest.trim_start_matches(' ').starts_with(char::is_uppercase)
}

/// The name at `span` is a party of a court case's name, "Stone v. Graham": the case is
/// named, not the person or the place. Only the lawyers' "v." says so: "vs" and a bare
/// "v" also set players, teams and rivals against each other ("Brazil vs Croatia").
pub fn in_case_name(span: Span, src: &str) -> bool {
    const VERSUS: &str = " v. ";
    src[span.end..]
        .strip_prefix(VERSUS)
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        || src[..span.start].strip_suffix(VERSUS).is_some_and(|b| {
            b.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase))
        })
}

/// Whether the words before `span` name a kind of place and "of" ("the northern province of
/// Cao Bang", "the town of Quillabamba", "the islands of Evia and Chios"): what follows is
/// that place, whatever the lists make of its words.
pub fn after_place_noun_of(src: &str, span: Span) -> bool {
    noun_of_list_before(src, span).is_some_and(|w| PLACE_KIND_NOUNS.contains(w))
}

/// The noun before "of" that opens the list of names in which `span` stands: "town" for
/// "Bogo" in "the town of Bogo", and for "Medellin" in "the towns of San Remigio and
/// Medellin". Only names, commas and "and" may come between; a name after a comma and
/// no "and" must be followed by another ("the governorates of Anbar, Mosul and Salah
/// al-Din"), or "the city of Beersheba, Israeli military says" would list "Israeli".
pub fn noun_of_list_before(src: &str, span: Span) -> Option<&str> {
    let from = src.ceil_char_boundary(span.start.saturating_sub(80));
    let mut rest = src[from..span.start].trim_end();
    let (mut comma, mut and) = (false, false);
    loop {
        let trimmed = rest.trim_end_matches([' ', ',']);
        comma |= trimmed.len() < rest.len() && rest[trimmed.len()..].contains(',');
        let (head, last) = trimmed.rsplit_once(char::is_whitespace)?;
        if last == "of" {
            let listed = !comma
                || and
                || [", ", " and ", " or "].iter().any(|s| src[span.end..].starts_with(s));
            return listed.then(|| head.trim_end().rsplit(char::is_whitespace).next()).flatten();
        }
        and |= last == "and";
        // A stop ends only an abbreviation inside a name ("St."), not a sentence.
        let name_word = last.starts_with(char::is_uppercase)
            && (last.ends_with(char::is_alphanumeric) || (last.ends_with('.') && last.len() <= 4));
        if last != "and" && !name_word {
            return None;
        }
        rest = head;
    }
}

/// Kinds of place, one or many, that "of" and names follow.
static PLACE_KIND_NOUNS: WordSet = WordSet::new(&[
    "province", "provinces", "state", "states", "city", "cities", "town", "towns", "village",
    "villages", "region", "regions", "county", "counties", "district", "districts", "island",
    "islands", "municipality", "municipalities", "prefecture", "prefectures", "governorate",
    "governorates", "commune", "communes", "hamlet", "hamlets", "oblast", "oblasts", "parish",
    "parishes", "canton", "cantons", "department", "departments",
]);

/// "in the Amazon": a listed company named like a region is the region after "the",
/// unless a word of the company's business follows ("the Amazon founder").
pub fn the_region_not_company(g: &Gazetteer, src: &str, hit: &Hit) -> bool {
    let region = hit.entries.iter().any(|e| {
        matches!(e, Entry::Place(p) if g.places[*p as usize].kind == PlaceKind::Region)
    });
    let company = hit.entries.iter().any(|e| {
        matches!(e, Entry::Organization(o)
            if g.organizations[*o as usize].org_type == OrgType::Company)
    });
    region
        && company
        && src[..hit.span.start].split_whitespace().next_back() == Some("the")
        && !src[hit.span.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| COMPANY_CONTEXT.contains(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// Words after a company's name that make it the company's: "the Amazon founder".
static COMPANY_CONTEXT: WordSet = WordSet::new(&[
    "founder", "boss", "chief", "deal", "shares", "stock", "workers", "employees", "warehouse",
    "warehouses", "store", "stores", "app", "website", "spokesperson", "spokesman",
    "spokeswoman", "executive", "executives", "subsidiary", "unit", "division", "acquisition",
    "platform", "account", "device", "devices",
]);

/// A name in a parenthetical citation or before "et al.": "(Thorell, Nutley, & Klingberg,
/// 2009)", "Nutley et al. (2009)". Prose that only looks like one ("flew to Paris (2009)")
/// stays prose: a place's name needs the brackets around it.
pub fn in_citation(src: &str, span: Span) -> bool {
    let after = &src[span.end..];
    if !cites(after) {
        return false;
    }
    if after.trim_start_matches([',', ' ']).starts_with("et al") {
        return true;
    }
    let from = src.ceil_char_boundary(span.start.saturating_sub(200));
    let before = &src[from..span.start];
    before
        .rfind('(')
        .is_some_and(|k| !before[k..].contains(')') && !before[k..].contains('\n'))
}

/// What follows a name that a citation makes of it: "et al.", ", 2011)", " (2012)", or
/// co-authors before one of those (", Nutley, Bohlin, & Klingberg, 2009").
pub fn cites(after: &str) -> bool {
    let year_at = |s: &str| {
        s.len() >= 4
            && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && matches!(&s[..2], "15" | "16" | "17" | "18" | "19" | "20")
    };
    let direct = |after: &str| {
        let a = after.trim_start_matches([',', ' ']);
        a.starts_with("et al")
            || (after.starts_with(", ") && year_at(a) && a[4..].starts_with([')', ';', ',', 'a', 'b']))
            || (after.starts_with(" (")
                && year_at(&after[2..])
                && after[6..].starts_with([')', ',', ';', 'a', 'b']))
    };
    let mut rest = after;
    for _ in 0..8 {
        if direct(rest) {
            return true;
        }
        // One more author: a separator, then one to three capitalized words.
        let Some(r) = [", & ", " & ", ", and ", " and ", ", "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
        else {
            return false;
        };
        // An author's name is short: look no further than a line's worth of bytes, or
        // every name before a long text without a comma would scan all of it.
        let Some(end) = r
            .bytes()
            .take(80)
            .position(|b| matches!(b, b',' | b'&' | b'(' | b')' | b';' | b'\n'))
        else {
            return false;
        };
        let author = r[..end].trim_end();
        let words = author.split(' ').count();
        if author.is_empty()
            || words > 3
            || !author.split(' ').all(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
        rest = &r[author.len()..];
    }
    false
}

/// The titles of films, books, songs and shows quoted in the text: "starred in "Butch
/// Cassidy and the Sundance Kid" and "All the President's Men"", "co-starred in "Out of
/// Africa"". Names inside one are a story's, no person or place the article speaks of. A
/// quotation is such a title when it is three to twelve words, each capitalized or a
/// short function word, with at least one function word ("Men in Black"; two capitalized
/// words alone may be a name in scare quotes, "Islamic State"), and a word for a work or
/// its making comes a few words before it, or another such title just before it. Titles of
/// articles and reports ("The Human Side of Microsoft's Layoffs") name real bodies and
/// places: without such a word, a quotation is left to the names.
pub fn work_titles(src: &str) -> Vec<Span> {
    let mut titles = Vec::new();
    let bytes = src.as_bytes();
    let mut from = 0;
    // The opening marks: '"', and '“' by its first byte (E2 80 9C), found by memchr.
    while let Some(k) = memchr::memchr2(b'"', 0xE2, &bytes[from..]) {
        let open = from + k;
        let body_start = match bytes[open] {
            b'"' => open + 1,
            _ if bytes[open..].starts_with("\u{201c}".as_bytes()) => open + 3,
            _ => {
                from = open + 1;
                continue;
            }
        };
        // The closing mark within a line's worth of text; a title opens with a capital.
        let rest = &src[body_start..];
        if !rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            from = body_start;
            continue;
        }
        let limit = rest.char_indices().nth(100).map_or(rest.len(), |(i, _)| i);
        let Some(close) = rest[..limit].find(['"', '\u{201d}', '\n']) else {
            from = body_start;
            continue;
        };
        let after_title = titles.last().is_some_and(|t: &Span| {
            let gap = src[t.end..open].trim_start_matches(['"', '\u{201d}', ',', '.']);
            matches!(gap, " and " | " or " | ", " | " ")
        });
        if !rest[close..].starts_with('\n')
            && is_title(&rest[..close])
            && (after_title || work_word_before(src, open))
        {
            titles.push(Span::new(body_start, body_start + close));
            from = body_start + close + rest[close..].chars().next().map_or(1, char::len_utf8);
        } else {
            from = body_start;
        }
    }
    titles
}

/// Whether one of the six words before byte `at` is a word for a work or its making.
fn work_word_before(src: &str, at: usize) -> bool {
    let from = src.ceil_char_boundary(at.saturating_sub(60));
    src[from..at]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(6)
        .any(|w| WORK_WORDS.contains_lowercase(w))
}

/// Words for a work, or its making, that its quoted title follows.
static WORK_WORDS: WordSet = WordSet::new(&[
    "starred", "starring", "stars", "star", "co-starred", "co-starring", "directed",
    "director", "film", "films", "movie", "movies", "documentary", "song", "songs", "single",
    "album", "albums", "novel", "novels", "book", "books", "memoir", "play", "plays",
    "musical", "sitcom", "series", "show", "episode", "opera", "painting", "poem",
]);

/// Whether the words of a quotation are a title's: see [`work_titles`].
fn is_title(body: &str) -> bool {
    let body = body.trim_end_matches([',', '.']);
    if body.ends_with(['!', '?']) {
        return false;
    }
    let (mut words, mut function) = (0, 0);
    for (i, w) in body.split(' ').enumerate() {
        words += 1;
        if words > 12 {
            return false;
        }
        if TITLE_FUNCTION_WORDS.contains(w) && i > 0 {
            function += 1;
        } else if !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || w.contains([',', ';', ':', '.'])
        {
            return false;
        }
    }
    words >= 3 && function > 0
}

/// Words written in lower case inside a title.
static TITLE_FUNCTION_WORDS: WordSet = WordSet::new(&[
    "a", "an", "the", "and", "of", "in", "on", "at", "to", "for", "with", "from", "by", "or",
    "but", "vs", "is", "are", "into", "upon", "over",
]);

/// Whether `span` lies inside one of `titles` (in text order).
pub fn in_work_title(titles: &[Span], span: Span) -> bool {
    let k = titles.partition_point(|t| t.end <= span.start);
    titles.get(k).is_some_and(|t| t.contains(span))
}
