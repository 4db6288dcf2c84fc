//! The article's lead matter: labelled leads ("Summary – ...", "Article –"), datelines
//! ("CAIRO, March 3 (Reuters) -") and bylines ("By Jane Doe").

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Span;

/// What a lead label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelRole {
    /// A summary of the article ("Summary", "Abstract", "TL;DR", "Key points").
    Summary,
    /// The body of the article ("Article", "Story", "Full story").
    Body,
}

/// A labelled lead line: the label and the text after it (possibly empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labelled {
    /// The label word(s), without the dash or colon.
    pub label: Span,
    /// The text after the label, trimmed (empty when the label stands alone).
    pub body: Span,
    /// What the label introduces.
    pub role: LabelRole,
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?P<label>summary|abstract|tl;\s?dr|key\s+points|highlights|in\s+brief|at\s+a\s+glance|overview|article|story|full\s+story|full\s+article|body|report)\s*(?:[–—:|]|-{1,2})\s*(?P<body>.*?)\s*$",
    )
    .expect("label pattern compiles")
});

/// Parses a labelled lead line starting at byte `offset`.
pub fn labelled(line: &str, offset: usize) -> Option<Labelled> {
    let caps = LABEL.captures(line)?;
    let label = caps.name("label")?;
    // The label must be capitalized as a label is ("Summary –", not "summary: ...").
    if !label.as_str().starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let body = caps.name("body")?;
    let role = match label.as_str().to_lowercase().as_str() {
        "article" | "story" | "full story" | "full article" | "body" | "report" => LabelRole::Body,
        _ => LabelRole::Summary,
    };
    Some(Labelled {
        label: Span::new(offset + label.start(), offset + label.end()),
        body: Span::new(offset + body.start(), offset + body.end()),
        role,
    })
}

/// A dateline at the start of the first paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline, up to and excluding the dash.
    pub span: Span,
    /// The place ("CAIRO", "GAZA CITY, Gaza Strip").
    pub place: Span,
    /// The date, when given ("March 3").
    pub date: Option<Span>,
    /// The news agency, when given ("Reuters").
    pub agency: Option<Span>,
}

// Latin letters only (with accents): Unicode-wide classes made these patterns slow to build,
// and datelines and bylines of English news are written in them.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?P<place>[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}][[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}]'’.\-]*(?:\ [[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}]'’.\-]+){0,3}(?:,\ [A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}][A-Za-z\u{C0}-\u{24F}.'’\-]*(?:\ [A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}][A-Za-z\u{C0}-\u{24F}.'’\-]*){0,2})?)
        (?:,?\ (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}(?:,\ \d{4})?))?
        (?:\ ?\((?P<agency>[A-Za-z\u{C0}-\u{24F}][A-Za-z\u{C0}-\u{24F}\ .&\-]{0,40})\))?
        (?:\ ?(?:-{1,2}|–|—)\ |(?P<colon>:\ ))",
    )
    .expect("dateline pattern compiles")
});

/// Capitals before a colon that open news copy but name no place ("BREAKING: …").
static NOT_PLACES: &[&str] = &[
    "BREAKING", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WARNING",
    "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT", "WATCH", "LIVE", "READ", "ALSO READ",
    "CORRECTION", "CLARIFICATION", "PHOTO", "PHOTOS", "VIDEO", "FILE", "TRANSCRIPT", "FACTBOX",
    "EXPLAINER", "REVIEW", "OBITUARY", "INTERVIEW", "URGENT", "FLASH", "ALERT", "SPONSORED",
    "ADVERTISEMENT", "DISCLAIMER", "FAQ", "TIP", "TIPS", "Q", "A",
];

/// Parses a dateline at the start of `line` (starting at byte `offset`).
pub fn dateline(line: &str, offset: usize) -> Option<Dateline> {
    let caps = DATELINE.captures(line)?;
    let place = caps.name("place")?;
    let first = place.as_str().split(',').next().unwrap_or("");
    // The place part must be written in capitals ("CAIRO"), as datelines are.
    if first.chars().filter(|c| c.is_alphabetic()).count() < 2
        || first.chars().any(char::is_lowercase)
    {
        return None;
    }
    // "NEW DELHI: The …", as Indian papers write it; "BREAKING: …" is a label.
    if caps.name("colon").is_some() && NOT_PLACES.contains(&place.as_str()) {
        return None;
    }
    let agency = caps.name("agency");
    let date = caps.name("date");
    let last = agency
        .map(|m| m.end() + 1)
        .or(date.map(|m| m.end()))
        .unwrap_or(place.end());
    let at = |m: regex::Match| Span::new(offset + m.start(), offset + m.end());
    Some(Dateline {
        span: Span::new(offset + place.start(), offset + last),
        place: at(place),
        date: date.map(at),
        agency: agency.map(at),
    })
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*By\s+[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}][A-Za-z\u{C0}-\u{24F}.'’\-]+,?(?:\s+(?:[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}][A-Za-z\u{C0}-\u{24F}.'’\-]*,?|and|&))*\s*$")
        .expect("byline pattern compiles")
});

/// True when the line is a byline ("By Jane Doe and John Roe").
pub fn is_byline(line: &str) -> bool {
    line.trim_start().starts_with("By ")
        && line.split_whitespace().count() <= 10
        && BYLINE.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_table() {
        let cases: &[(&str, Option<(&str, &str, LabelRole)>)] = &[
            (
                "Summary – The talks resume.,",
                Some(("Summary", "The talks resume.,", LabelRole::Summary)),
            ),
            ("Article –", Some(("Article", "", LabelRole::Body))),
            (
                "Key Points: three things",
                Some(("Key Points", "three things", LabelRole::Summary)),
            ),
            ("summary: lower case is prose", None),
            ("Summaries of the talks were leaked.", None),
        ];
        for (line, want) in cases {
            let got = labelled(line, 0).map(|l| (l.label.text(line), l.body.text(line), l.role));
            assert_eq!(got, *want, "{line}");
        }
    }

    #[test]
    fn dateline_table() {
        // (line, expected (dateline, place, date, agency))
        type Want<'a> = Option<(&'a str, &'a str, Option<&'a str>, Option<&'a str>)>;
        let cases: &[(&str, Want)] = &[
            (
                "CAIRO, March 3 (Reuters) - Egypt said.",
                Some((
                    "CAIRO, March 3 (Reuters)",
                    "CAIRO",
                    Some("March 3"),
                    Some("Reuters"),
                )),
            ),
            (
                "WASHINGTON (AP) — The State Department said.",
                Some(("WASHINGTON (AP)", "WASHINGTON", None, Some("AP"))),
            ),
            (
                "GAZA CITY, Gaza Strip — Residents fled.",
                Some(("GAZA CITY, Gaza Strip", "GAZA CITY, Gaza Strip", None, None)),
            ),
            (
                "DOHA, Qatar, Jan. 5 - Talks resumed.",
                Some(("DOHA, Qatar, Jan. 5", "DOHA, Qatar", Some("Jan. 5"), None)),
            ),
            (
                "NEW DELHI: The government said.",
                Some(("NEW DELHI", "NEW DELHI", None, None)),
            ),
            (
                "CHENNAI, Nov 2 (PTI): Rain lashed the city.",
                Some(("CHENNAI, Nov 2 (PTI)", "CHENNAI", Some("Nov 2"), Some("PTI"))),
            ),
            ("BREAKING: Markets fell.", None),
            ("Cairo - a city of millions.", None),
            ("The talks - long delayed - began.", None),
        ];
        for (line, want) in cases {
            let got = dateline(line, 0).map(|d| {
                (
                    d.span.text(line),
                    d.place.text(line),
                    d.date.map(|s| s.text(line)),
                    d.agency.map(|s| s.text(line)),
                )
            });
            assert_eq!(got, *want, "{line}");
        }
    }

    #[test]
    fn byline_table() {
        let cases: &[(&str, bool)] = &[
            ("By Jane Doe", true),
            ("By Jane Doe and John Roe", true),
            ("By ferry", false),
            ("By the time we left, it rained.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_byline(line), *want, "{line}");
        }
    }
}
