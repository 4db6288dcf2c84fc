//! Name chunks: maximal runs of capitalized words within a sentence ("Egyptian Foreign
//! Minister Sameh Shoukry", "Bank of England"), the raw material of actor and location
//! rules. Sentence-initial function words ("The", "However") are stripped, and so is a
//! sentence-initial word the article writes in lower case elsewhere.

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

use super::Context;
use crate::gazetteer::{Entry, Gazetteer, Hit};
use crate::span::{OverlapCursor, Span};
use crate::text::{TokenKind, WordSet};

mod surroundings;
pub use surroundings::{
    after_place_noun_of, cites, in_case_name, in_citation, in_event_or_law, in_work_title,
    is_currency_prefix, is_event_or_law_head, is_market_index, noun_of_list_before,
    the_region_not_company, work_titles,
};

/// A run of capitalized words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// From the first to the last word.
    pub span: Span,
    /// Token indices.
    pub tokens: Range<usize>,
    /// The chunk starts a sentence or a line, so its first capital proves little.
    pub sentence_initial: bool,
    /// The chunk is in the title or a heading, where every word may be capitalized.
    pub in_heading: bool,
}

impl Chunk {
    /// The first word of the name in a run that opens a sentence with a word and "of"
    /// ("Shares of Apple Inc.", "Members of the European Union", "Residents of Camarillo
    /// Heights"): the index, in the run, of the word after "of" and any "the". None for
    /// any other run; whether that first word heads the name ("Gulf of Aqaba", "Bank of
    /// England") is the caller's to ask.
    pub fn after_opening_of(&self, ctx: &Context) -> Option<usize> {
        let toks = &ctx.layer.tokens[self.tokens.clone()];
        let word = |k: usize| toks[k].text(ctx.src);
        (self.sentence_initial && toks.len() >= 3 && word(1) == "of")
            .then(|| if word(2) == "the" { 3 } else { 2 })
    }
}

/// Words that join the parts of one name ("Bank of England", "Abu Bakr al-Baghdadi").
static CONNECTORS: WordSet = WordSet::new(&[
    "of", "for", "the", "de", "du", "da", "di", "del", "della", "der", "den", "van", "von", "la",
    "le", "des", "bin", "ibn", "bint", "al", "el", "&", "y", "on", "arap",
]);

/// Abbreviations that open a place's name, their stop kept in it ("St. Elizabeth").
static PLACE_ABBREVIATIONS: WordSet = WordSet::new(&["St", "Ste", "Mt", "Ft"]);

/// Whether `text` is such an abbreviation alone, stop or not: no name by itself.
pub fn is_place_abbreviation(text: &str) -> bool {
    PLACE_ABBREVIATIONS.contains(text.strip_suffix('.').unwrap_or(text))
}

/// Last words that make a capitalized run a named place ("Tahrir Square"), and no
/// person's name after a place ("Manila Bay").
pub static PLACE_SUFFIXES: WordSet = WordSet::new(&[
    "Street",
    "St.",
    "Avenue",
    "Ave.",
    "Road",
    "Boulevard",
    "Square",
    "Bridge",
    "River",
    "Lake",
    "Mountain",
    "Mountains",
    "Island",
    "Islands",
    "Bay",
    "Park",
    "Airport",
    "Station",
    "Center",
    "Centre",
    "Factory",
    "Castle",
    "Palace",
    "Cathedral",
    "Mosque",
    "Tower",
    "Valley",
    "Desert",
    "Sea",
    "Ocean",
    "Gulf",
    "Coast",
    "Peninsula",
    "Province",
    "County",
    "District",
    "Governorate",
    "Prefecture",
    "Canal",
    "Strait",
    "Harbour",
    "Harbor",
    "Port",
    "Forest",
    "Falls",
    "Hills",
    "Heights",
    "Plaza",
    "Gardens",
    "Stadium",
    "Arena",
    "Crossing",
    "Camp",
    "Beach",
    "Glacier",
    "Canyon",
    "Temple",
    "Abbey",
    "Chapel",
    "Fort",
    "Reservoir",
    "Dam",
    "Pass",
    "Highway",
    "Lane",
    "Quarter",
    "Neighbourhood",
    "Neighborhood",
    "Borough",
    "Township",
    "Oblast",
    "Region",
    "Basin",
    "Plateau",
    "Archipelago",
    "Springs",
    "Hotel",
    "Motel",
    "Resort",
    "Turnpike",
    "Expressway",
    "Freeway",
    "Parkway",
    "Drive",
    "Terrace",
    "Trail",
    "Alley",
    "Pier",
    "Wharf",
    "Building",
    "Towers",
    "Mansion",
    "Manor",
    "Ranch",
    "Cemetery",
    "Monument",
    "Aquarium",
    "Base",
]);

/// Capitalized words that open sentences without naming anything.
pub static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "For",
    "With",
    "By",
    "From",
    "To",
    "As",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "During",
    "Since",
    "Although",
    "Though",
    "However",
    "Meanwhile",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "My",
    "Your",
    "There",
    "Here",
    "What",
    "Who",
    "Whom",
    "Why",
    "How",
    "Where",
    "Which",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Every",
    "Other",
    "Others",
    "Such",
    "No",
    "Not",
    "Yet",
    "Still",
    "Also",
    "So",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Tonight",
    "Under",
    "Over",
    "Among",
    "Amid",
    "Despite",
    "Without",
    "Within",
    "Through",
    "Across",
    "Against",
    "Into",
    "About",
    "Above",
    "Below",
    "Near",
    "Per",
    "Via",
    "Because",
    "Unless",
    "Until",
    "Whether",
    "Once",
    "Given",
    "Further",
    "Furthermore",
    "Moreover",
    "Instead",
    "Indeed",
    "Overall",
    "Thus",
    "Hence",
    "Therefore",
    "Conversely",
    "Internationally",
    "Legally",
    "Politically",
    "Recently",
    "Currently",
    "Finally",
    "First",
    "Second",
    "Third",
    "Last",
    "Next",
    "One",
    "Two",
    "Three",
    "Several",
    "Few",
    "More",
    "Less",
    "Much",
    "Any",
    "Either",
    "Neither",
    "Nor",
    "Only",
    "Even",
    "Just",
    "Already",
    "Again",
    "Often",
    "Sometimes",
    "Perhaps",
    "Maybe",
    "Mr",
    "Ms",
    "Mrs",
    // Abbreviated titles, cut from their stop: "said Dr. Oluwaseun Adeyemi" names no "Dr".
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Rev",
    "Adm",
    "Maj",
    "Brig",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Be",
    "Been",
    "Has",
    "Have",
    "Had",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "May",
    "Might",
    "Must",
    "Shall",
    "Let",
    "Yes",
    "Oh",
    "Well",
    "Please",
    "Thank",
    "Thanks",
    "Hello",
    "Dear",
    "Like",
    "Unlike",
    "Upon",
    "Toward",
    "Towards",
    "Whose",
    "Whatever",
    "Whoever",
    "Everyone",
    "Everything",
    "Nothing",
    "Someone",
    "Something",
    "Anyone",
    "Nobody",
    "Key",
    "New",
    "Recent",
    "Senior",
    "Former",
    "Current",
    "Following",
    "According",
    "Regarding",
    "Later",
    "Earlier",
]);

fn is_name_word(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // Lower-case prefixes of Arabic names: "al-Sisi", "el-Sisi", "bin-..."
        Some('a' | 'e') => ["al-", "el-"]
            .iter()
            .any(|p| text.starts_with(p) && text[3..].starts_with(char::is_uppercase)),
        _ => false,
    }
}

/// False for most words that [`is_name_word`] turns away, by the bytes at `start` alone: an
/// ASCII word in lower case other than "al-" or "el-" ("and" and "each" are common).
fn may_be_name_word(bytes: &[u8], start: usize) -> bool {
    match bytes.get(start) {
        Some(b'a' | b'e') => bytes.get(start + 1..start + 3) == Some(b"l-"),
        Some(&first) => !first.is_ascii() || first.is_ascii_uppercase(),
        None => false,
    }
}

/// Strips a possessive ending ("Hamas’s" → "Hamas").
pub fn strip_possessive(span: Span, src: &str) -> Span {
    let t = span.text(src);
    // Every ending below ends in "s", "'" or the last byte of "’": most names end otherwise.
    if !matches!(t.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return span;
    }
    for suffix in ["’s", "'s", "’", "'"] {
        if t.len() > suffix.len() + 1 && t.ends_with(suffix) {
            return Span::new(span.start, span.end - suffix.len());
        }
    }
    span
}

/// A span without a lower-case tail joined by a hyphen to its last word ("Helsinki-based",
/// "Hamas-led"): the name is the part before it.
pub fn strip_hyphen_tail(span: Span, src: &str) -> Span {
    let t = span.text(src);
    match t.rfind('-') {
        Some(k)
            if k > 0
                && t[k + 1..].len() >= 3
                && t[k + 1..].bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            Span::new(span.start, span.start + k)
        }
        _ => span,
    }
}

/// Whether `short` ends `long` as the head of an "of" phrase ("Congo" in "Democratic
/// Republic of Congo", "... of the Congo"): a country's short form in an article that
/// names it in full.
pub fn ends_long_name(long: &str, short: &str) -> bool {
    long.strip_suffix(short)
        .is_some_and(|h| h.ends_with(" of ") || h.ends_with(" of the "))
}

/// A gazetteer hit's span without a possessive ending, unless the listed name ends in
/// one ("Moody's", "St. John's").
pub fn hit_span(hit: &Hit, g: &Gazetteer, src: &str) -> Span {
    let stripped = strip_possessive(hit.span, src);
    if stripped != hit.span && !g.lookup(hit.span.text(src)).is_empty() {
        hit.span
    } else {
        stripped
    }
}

/// Finds the name chunks of the article, leaving out dates and boilerplate. `known` are
/// the gazetteer's hits in text order: a function word that begins one ("New York",
/// "New Delhi") stays in the chunk.
pub fn chunks(ctx: &Context, g: &Gazetteer, date_spans: &[Span], known: &[Hit]) -> Vec<Chunk> {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let sentences = &ctx.layer.sentences;
    // Runs come in the order of the text: the sentence that may begin with one is found
    // by walking on from the last, not by a search.
    let mut sentence = 0;
    let mut starts_sentence = |i: usize| {
        while sentences.get(sentence).is_some_and(|s| s.tokens.start < i) {
            sentence += 1;
        }
        sentences.get(sentence).is_some_and(|s| s.tokens.start == i)
    };
    // First the maximal runs (start, end, initial); stripping their openers needs to know
    // which words the article writes in lower case, asked only of the initial runs.
    // About one run in ten tokens of news; room for one in eight seldom grows.
    let mut runs: Vec<(usize, usize, bool)> = Vec::with_capacity(tokens.len() / 8);
    let mut i = 0;
    let mut dates = OverlapCursor::new(date_spans);
    let mut in_date = |span: Span| dates.overlaps(span);
    while i < tokens.len() {
        let t = tokens[i];
        if !may_be_name_word(src.as_bytes(), t.span.start)
            || t.kind != TokenKind::Word
            || !is_name_word(t.text(src))
            || in_date(t.span)
        {
            i += 1;
            continue;
        }
        // "Philippines on Busuanga Island": a country is no name's first half before "on"
        // ("Council on Foreign Relations" is).
        let ends_country = |at: Span| {
            hits_around(known, at).any(|h| {
                h.span.end == at.end
                    && h
                        .entries
                        .iter()
                        .any(|e| matches!(e, Entry::Place(p) if g.is_country(*p)))
            })
        };
        // A listed name goes on past this stop ("St. Louis").
        let in_known = |stop: Span| hits_around(known, stop).any(|h| h.span.end > stop.end);
        let start = i;
        let mut end = i + 1; // exclusive
        let mut j = i + 1;
        loop {
            if ends_with_possessive(tokens[end - 1].text(src))
                && !COLLECTIVE_POSSESSIVES.contains(possessor(tokens[end - 1].text(src)))
            {
                break;
            }
            let Some(next) = tokens.get(j) else { break };
            if !same_line(src, tokens[j - 1].span, next.span) {
                break;
            }
            let nt = next.text(src);
            // "Friday's Daily Star By Juan Cole": a byline's "By" ends the run before it.
            if nt == "By" && !in_known(next.span) {
                break;
            }
            if next.kind == TokenKind::Word && is_name_word(nt) && !in_date(next.span) {
                end = j + 1;
                j += 1;
            } else if nt == "." && (initial_stop(ctx, g, j, start) || in_known(next.span)) {
                // "George W. Bush", "St. Louis": the stop is kept when the name goes on
                j += 1;
            } else if (CONNECTORS.contains(nt)
                || nt == "&"
                || in_known(next.span)
                // "José dos Santos", "André Corrêa do Lago": Portuguese particles; "do",
                // an English verb too, only after a given name and another word.
                || matches!(nt, "dos" | "das")
                || (nt == "do"
                    && end - start >= 2
                    && tokens[start..end - 1]
                        .iter()
                        .any(|t| g.given_names.contains(t.text(src)))))
                && !(nt == "on" && ends_country(tokens[j - 1].span))
                && tokens.get(j + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && (is_name_word(n.text(src))
                            || (matches!(nt, "of" | "for") && n.text(src) == "the")
                            // "von der Leyen", "de la Rúa": two particles, then the name.
                            || (matches!(nt, "von" | "van" | "de" | "bin" | "ibn")
                                && matches!(n.text(src), "der" | "den" | "la" | "le" | "al" | "el")
                                && tokens
                                    .get(j + 2)
                                    .is_some_and(|m| is_name_word(m.text(src)))))
                })
            {
                // Tentatively include the connector, or a word inside a listed name ("Rio
                // Grande do Sul"); kept only if a name word follows.
                j += 1;
            } else if let Some(last) = quoted_nickname(ctx, g, j) {
                // The surname ends the name: "Harold "Junior" Theriault of the Liberal
                // Party" names him and, apart, the party.
                end = last + 1;
                while tokens.get(end).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && is_name_word(t.text(src))
                        && same_line(src, tokens[end - 1].span, t.span)
                }) {
                    end += 1;
                }
                break;
            } else if let Some(last) = portfolio_list(ctx, g, start, j) {
                end = last + 1;
                j = last + 1;
            } else {
                break;
            }
        }
        let initial = starts_sentence(start)
            || line_initial(src, tokens[start].span.start)
            || after_opening_punct(src, tokens[start].span.start);
        runs.push((start, end, initial));
        i = end.max(i + 1);
    }
    // A function word at the front is stripped anyway: no need to ask about it.
    let questions = runs
        .iter()
        .filter(|r| r.2)
        .map(|r| tokens[r.0].text(src))
        .filter(|w| !FUNCTION_WORDS.contains(w));
    let lower_words = lower_case_vocabulary(ctx, questions);
    let mut out = Vec::with_capacity(runs.len());
    for (start, end, initial) in runs {
        let mut first = start;
        // Strip function words and lower-case-elsewhere words at a sentence start; a title
        // stays, though the article writes "the minister" ("Minister of Education
        // Stefania Giannini said"), save in a heading, where the name alone is read.
        while first < end {
            let w = tokens[first].text(src);
            let at_start = first == start && initial;
            let begins_known = || {
                let at = tokens[first].span.start;
                known
                    .binary_search_by_key(&at, |h| h.span.start)
                    .is_ok()
            };
            // "The All England Club", "the All Blacks": a function word after an article
            // (stripped, or the lower-case one before the run) is the name's.
            let after_article = || {
                let prev = if first > start {
                    Some(tokens[first - 1].text(src))
                } else {
                    first.checked_sub(1).map(|k| tokens[k].text(src))
                };
                prev.is_some_and(|p| matches!(p, "The" | "the"))
                    && tokens.get(first + 1).is_none_or(|t| t.text(src) != ".")
            };
            if (FUNCTION_WORDS.contains(w) && !begins_known() && !after_article())
                || (at_start
                    && lower_words.contains(w)
                    && (!g.is_title_capitalized(w) || ctx.in_heading(tokens[first].span)))
            {
                first += 1;
                // A connector left at the front is dropped too.
                while first < end && CONNECTORS.contains(tokens[first].text(src)) {
                    first += 1;
                }
            } else {
                break;
            }
        }
        // "Vice Adm. Brad Cooper": an abbreviated title of several words names no one.
        let whole_title = abbreviated_title(ctx, g, first, end);
        // "Georgia Gov. Brian Kemp": an abbreviated title ends the run before it (the
        // name is a run of its own), and is no word of the run's name.
        let mut end = end;
        if end >= first + 2 && !whole_title && abbreviated_title(ctx, g, end - 1, end) {
            end -= 1;
        }
        if first < end {
            let last_span = strip_possessive(tokens[end - 1].span, src);
            let span = Span::new(tokens[first].span.start, last_span.end);
            if !ctx.in_boilerplate(span) && !whole_title {
                out.push(Chunk {
                    span,
                    tokens: first..end,
                    sentence_initial: first == start && initial,
                    in_heading: ctx.in_heading(span),
                });
            }
        }
    }
    out
}

/// A nickname in quotes between a given name and a surname, `Sean "Diddy" Combs`,
/// `Joaquín "El Chapo" Guzmán`: at token `j`, an opening quote after a given name, one to
/// three name words, the closing quote and a name word. The index of that last word.
fn quoted_nickname(ctx: &Context, g: &Gazetteer, j: usize) -> Option<usize> {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(src));
    if !matches!(word(j), "\"" | "“") || !g.given_names.contains(word(j.checked_sub(1)?)) {
        return None;
    }
    let inner = (j + 1..j + 4).take_while(|&k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && is_name_word(word(k)))).count();
    let close = j + 1 + inner;
    let surname = close + 1;
    let tight = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    (inner > 0
        && matches!(word(close), "\"" | "”")
        && tight(j, j + 1)
        && tight(close - 1, close)
        && tokens.get(surname).is_some_and(|t| {
            t.kind == TokenKind::Word && is_name_word(word(surname)) && same_line(src, tokens[close].span, t.span)
        }))
    .then_some(surname)
}

/// Whether the tokens `from..to` and the stop right after them are a listed abbreviated
/// title ("Gov.", "Vice Adm.").
fn abbreviated_title(ctx: &Context, g: &Gazetteer, from: usize, to: usize) -> bool {
    let tokens = &ctx.layer.tokens;
    from < to
        && tokens
            .get(to)
            .is_some_and(|t| t.text(ctx.src) == "." && t.span.start == tokens[to - 1].span.end)
        && g.titles.contains(&ctx.src[tokens[from].span.start..=tokens[to - 1].span.end])
}

/// "Ministry of Trade, Industry and Energy": a ministry's, a department's or a minister's
/// portfolios listed after "of" or "for" are its name's. At token `j`, a comma after the
/// run from `start` that opens with such a word: the index of the last word of the list
/// (capitalized words between commas, the last after "and"), if the list is one.
fn portfolio_list(ctx: &Context, g: &Gazetteer, start: usize, j: usize) -> Option<usize> {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(src));
    if !matches!(word(j), "," | "and") {
        return None;
    }
    // The head opens the run or comes after a word or two ("The Ministry", "Union Minister
    // of State", "People's Party").
    let start = (start..j.min(start + 3)).find(|&k| {
        PORTFOLIO_HEADS.contains(word(k)) && matches!(word(k + 1), "of" | "for")
    })?;
    // "Minister of State for Science and Technology", "Party for Freedom and Democracy":
    // a few words of a portfolio, none a given name ("Secretary of State Marco Rubio and
    // Defense Secretary" is two people).
    if start + 2 >= j
        || j - start > 6
        || (start + 2..j).any(|k| {
            let w = word(k);
            !(matches!(w, "of" | "for" | "the" | ",") || is_name_word(w)) || g.given_names.contains(w)
        })
    {
        return None;
    }
    let mut k = j;
    // At most a few portfolios: the walk stays short on any input.
    for _ in 0..6 {
        if word(k) == "," {
            k += 1;
        }
        if word(k) == "and" {
            let last = k + 1;
            // Without a comma the list is one word after "and", and the run ends there or
            // a person's name follows: "Department of State and National Security Council"
            // is two bodies.
            // Nor does a word that opens a body of its own ("Office of University Relations
            // and Division of Student Affairs").
            let ends = k > j
                || (!is_name_word(word(last + 1)) && !matches!(word(last + 1), "of" | "for"))
                || g.given_names.contains(word(last + 1));
            return (is_name_word(word(last)) && ends).then_some(last);
        }
        if !is_name_word(word(k)) || !word(k).starts_with(char::is_uppercase) {
            return None;
        }
        k += 1;
        if !matches!(word(k), "," | "and") {
            return None;
        }
    }
    None
}

/// Heads whose "of" or "for" lists fields joined by "and": "Office of Management and
/// Budget", "Institute of Volcanology and Seismology", "Bureau of Alcohol, Tobacco,
/// Firearms and Explosives".
static PORTFOLIO_HEADS: WordSet = WordSet::new(&[
    "Ministry",
    "Department",
    "Minister",
    "Secretary",
    "Party",
    "Office",
    "Bureau",
    "Institute",
    "Academy",
    "Agency",
    "Commission",
    "Council",
    "Committee",
    "School",
    "College",
    "Centre",
    "Center",
    "Centers",
]);

/// The hits (in text order) that may hold the token at `at`: the last few that begin at or
/// before it. Listed names nest only a few deep ("New York" in "New York City"), so four
/// are enough, and a search keeps the look-up logarithmic.
fn hits_around<'h, 'g>(known: &'h [Hit<'g>], at: Span) -> impl Iterator<Item = &'h Hit<'g>> {
    let upto = known.partition_point(|h| h.span.start <= at.start);
    known[upto.saturating_sub(4)..upto].iter()
}

/// A lone capitalized word that qualifies a listed place before it, as an address does:
/// "Exeter, Devon.", "Livorno, Tuscany, to pay" — a county, region or state that the
/// tables may not hold, and no person ("in Paris, Devon said" is not one: a word must
/// follow it).
pub fn qualifies_place(ctx: &Context, g: &Gazetteer, known: &[Hit], span: Span) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let i = ctx.layer.token_at(span.start);
    let Some(comma) = i.checked_sub(1).map(|k| tokens[k]) else {
        return false;
    };
    if comma.text(src) != "," || comma.span.end + 1 != span.start || !g.lookup(span.text(src)).is_empty()
    {
        return false;
    }
    // "In New York, Mamdani, a 34-year-old assemblyman": a sentence opening on a place
    // sets the scene for the name after it.
    let opening = |at: usize| {
        let before = src[..at].trim_end_matches(' ');
        before.strip_suffix("In").is_some_and(|b| {
            b.is_empty() || b.ends_with(|c: char| c.is_whitespace() || matches!(c, '"' | '“'))
        })
    };
    let place_before = hits_around(known, comma.span).any(|h| {
        h.span.end == comma.span.start
            && !opening(h.span.start)
            && h.entries
                .iter()
                .any(|e| matches!(e, Entry::Place(p) if !g.is_country(*p)))
    });
    // Then the clause or the line goes on: a stop, a comma, a bracket or a line end.
    let next = src[span.end..].chars().next();
    place_before
        && matches!(next, None | Some('.' | ',' | ';' | ')' | '\n' | '\r'))
        && !in_citation(src, span)
}

/// Title words that also go on the names of bodies ("Virginia General Assembly", "Chief
/// Justice" of a court): a place before them may open a longer name.
static TITLES_IN_NAMES: WordSet = WordSet::new(&[
    "General", "Chief", "Justice", "Lady", "Lord", "Miss", "Sir", "Dame", "Father", "Master",
]);

/// Whether a capitalized person title of one or two words follows the name ending at
/// byte `end` ("US President Barack Obama", "former Pennsylvania Senator Rick Santorum",
/// "U.S. Secretary of State"): the name before it is a modifier, the place the title
/// belongs to, not the first word of a longer name.
pub fn title_follows(ctx: &Context, g: &Gazetteer, end: usize) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let j = ctx.layer.token_at(end);
    let Some(first) = tokens.get(j).filter(|t| t.span.start > end) else {
        return false;
    };
    // "the Los Angeles Sheriff's office": the title's possessive is the office's.
    let w = strip_possessive(first.span, src).text(src);
    if !w.starts_with(char::is_uppercase) || TITLES_IN_NAMES.contains(w) || !same_line(src, Span::new(end, end), first.span) {
        return false;
    }
    if g.is_title_capitalized(w) {
        return true;
    }
    // "Gov.", "Sen.": an abbreviated title, its stop a token of its own.
    if abbreviated_title(ctx, g, j, j + 1) {
        return true;
    }
    // "Prime Minister", "Foreign Minister": a title of two words.
    tokens.get(j + 1).is_some_and(|second| {
        let two = src.get(first.span.start..second.span.end).unwrap_or("");
        second.span.start == first.span.end + 1 && g.is_title_capitalized(two)
    })
}

/// Whether a model number follows the name, then a possessive or a lower-case word: "a
/// Falcon 9 rocket", "the Falcon 9's first stage" name a product, not the Venezuelan state.
/// (A place word before it, "in Ohio 12 people died", keeps the place.)
pub fn model_number_after(src: &str, span: Span) -> bool {
    let Some(rest) = src[span.end..].strip_prefix(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let lower_next = after
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
    let before = src[..span.start].trim_end().rsplit(' ').next().unwrap_or("");
    (1..=3).contains(&digits)
        && (after.starts_with("'s") || after.starts_with("’s") || lower_next)
        && !matches!(before, "in" | "In" | "at" | "from" | "to" | "near" | "across" | "of")
}

/// The stop at token `j` closes a middle initial that a name goes on after: the initial
/// follows a given name or another initial of the run ("George W. Bush", "J. K.
/// Rowling"), or opens the run and another initial comes next. A capital letter and a
/// stop after any other word ("Group A. The") end the run.
fn initial_stop(ctx: &Context, g: &Gazetteer, j: usize, run_start: usize) -> bool {
    let src = ctx.src;
    let tokens = &ctx.layer.tokens;
    let is_initial = |k: usize| crate::text::is_initial(tokens[k].text(src));
    let attached = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    let initial = j - 1;
    let Some(next) = tokens.get(j + 1).filter(|n| {
        n.kind == TokenKind::Word && is_name_word(n.text(src)) && same_line(src, tokens[j].span, n.span)
    }) else {
        return false;
    };
    // "St. Elizabeth", "Mt. Kenya": a saint's or a mountain's abbreviation opening the run.
    if initial == run_start
        && attached(initial, j)
        && PLACE_ABBREVIATIONS.contains(tokens[initial].text(src))
    {
        return true;
    }
    // "Karen St. Germain": after a given name, the saint's abbreviation opens a surname.
    if initial > run_start
        && attached(initial, j)
        && tokens[initial].text(src) == "St"
        && g.given_names.contains(tokens[initial - 1].text(src))
    {
        return true;
    }
    if !is_initial(initial) || !attached(initial, j) {
        return false;
    }
    let next_is_initial = is_initial(j + 1)
        && tokens.get(j + 2).is_some_and(|t| t.text(src) == ".")
        && attached(j + 1, j + 2);
    // "ISRO chairman V. Narayanan", "Minister S. Jaishankar": after a person's title, an
    // initial and one name are the person.
    let titled = initial >= 1 && {
        let before = tokens[initial - 1].text(src);
        before.eq_ignore_ascii_case("by") || g.is_title_capitalized(before)
    };
    if titled && !FUNCTION_WORDS.contains(next.text(src)) {
        return true;
    }
    if initial == run_start {
        // "N. Chandrababu Naidu", "F. Scott Fitzgerald": a leading initial with two names
        // after it ("plan B. Then the" has one).
        let two_names = || {
            !FUNCTION_WORDS.contains(next.text(src))
                && tokens.get(j + 2).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && is_name_word(t.text(src))
                        && !FUNCTION_WORDS.contains(t.text(src))
                        && same_line(src, next.span, t.span)
                })
        };
        return next_is_initial || two_names();
    }
    let before = tokens[initial - 1].text(src);
    let after_given = g.given_names.contains(before);
    let after_initial = before == "." && initial >= 2 && is_initial(initial - 2);
    (after_given || after_initial) && (next_is_initial || !FUNCTION_WORDS.contains(next.text(src)))
}

/// People whose possessive is part of a name rather than its owner: "People's Party for
/// Freedom and Democracy", "Women's World Cup", "Children's Hospital".
static COLLECTIVE_POSSESSIVES: WordSet = WordSet::new(&["People", "Women", "Children", "Men"]);

/// The word without its possessive ending ("People's" → "People").
fn possessor(t: &str) -> &str {
    crate::text::POSSESSIVE_ENDINGS
        .iter()
        .find_map(|p| t.strip_suffix(p))
        .unwrap_or(t)
}

fn ends_with_possessive(t: &str) -> bool {
    t.len() > 3 && crate::text::POSSESSIVE_ENDINGS.iter().any(|p| t.ends_with(p))
}

fn same_line(src: &str, a: Span, b: Span) -> bool {
    !src.as_bytes()[a.end..b.start]
        .iter()
        .any(|&b| b == b'\n' || b == b'\r')
}

/// True when only white space and list or quote markers stand between the line start and
/// `pos`. Walks back only over those characters, so it costs nothing on long lines.
fn line_initial(src: &str, pos: usize) -> bool {
    for c in src[..pos].chars().rev() {
        if c == '\n' || c == '\r' {
            return true;
        }
        let marker = matches!(
            c,
            '-' | '*' | '•' | '–' | '—' | '#' | '>' | '0'
                ..='9' | '.' | ')' | '(' | '"' | '“' | '‘' | '\''
        );
        if !(c.is_whitespace() || marker) {
            return false;
        }
    }
    true
}

fn after_opening_punct(src: &str, pos: usize) -> bool {
    src[..pos]
        .trim_end()
        .ends_with(['"', '“', ':', '(', '‘', '—', '–'])
}

/// Of the words `questions`, those the article also writes in lower case somewhere, so
/// that their capital at a sentence start is only the sentence's. The lowered questions
/// share one buffer: no string per question.
///
/// Only the questions are hashed; each lower-case word of the text is first checked
/// against their first bytes and lengths, and a word found leaves the questions.
/// Hashing every word of the article into a vocabulary cost a twentieth of the run time.
fn lower_case_vocabulary<'a>(
    ctx: &Context<'a, '_>,
    questions: impl Iterator<Item = &'a str>,
) -> HashSet<&'a str> {
    // The questions in lower case, one after another in one buffer.
    let mut lowered = String::new();
    let mut asked: Vec<(&'a str, std::ops::Range<usize>)> = Vec::new();
    // For each first byte, the lengths of the questions beginning with it: a test that
    // turns away nearly every word before it is hashed.
    let mut lengths = [0u64; 256];
    for q in questions {
        let from = lowered.len();
        if q.is_ascii() {
            lowered.push_str(q);
            lowered[from..].make_ascii_lowercase();
        } else {
            lowered.push_str(&q.to_lowercase());
        }
        let Some(&first) = lowered.as_bytes().get(from) else {
            continue;
        };
        lengths[usize::from(first)] |= 1 << (lowered.len() - from).min(63);
        asked.push((q, from..lowered.len()));
    }
    let mut wanted: HashSet<&str> = asked.iter().map(|(_, r)| &lowered[r.clone()]).collect();
    let mut found: HashSet<&str> = HashSet::default();
    let bytes = ctx.src.as_bytes();
    for t in &ctx.layer.tokens {
        // The filter first, on the token's first byte and length, without slicing the
        // text; then the case of that byte, for an ASCII word.
        let first = bytes.get(t.span.start).copied().unwrap_or(0);
        let len = t.span.len().min(63);
        if lengths[usize::from(first)] >> len & 1 == 0 || t.kind != TokenKind::Word {
            continue;
        }
        // A word of an address ("carol.st.clair@enron.com") says nothing of how the
        // text writes it.
        let byte_at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
        let before = t.span.start.checked_sub(1).map_or(b' ', byte_at);
        let (after, then) = (byte_at(t.span.end), byte_at(t.span.end + 1));
        if matches!(before, b'.' | b'@' | b'/')
            || after == b'@'
            || (after == b'.' && then.is_ascii_alphanumeric())
        {
            continue;
        }
        let w = t.text(ctx.src);
        let lower_first = if first.is_ascii() {
            first.is_ascii_lowercase()
        } else {
            w.chars().next().is_some_and(char::is_lowercase)
        };
        if lower_first && wanted.remove(w) {
            found.insert(w); // and, no longer a question, is not looked up again
            if wanted.is_empty() {
                break;
            }
        }
    }
    asked
        .into_iter()
        .filter(|(_, r)| found.contains(&lowered[r.clone()]))
        .map(|(q, _)| q)
        .collect()
}

#[cfg(test)]
mod tests;
