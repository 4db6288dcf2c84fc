//! What the words around a name make of it: money ("US$40 billion"), a stock index, an
//! event's, a prize's or a law's name, a court case.

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
    "Open", "Cup", "Trophy", "Prize", "Award", "Awards", "Games", "Olympics", "Championship",
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
    LAW_HEADS.contains(last) || EVENT_OR_LAW_HEADS.contains(next)
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
