//! List items: recognizing bullet and numbered markers at the start of a line.

use crate::span::Span;

/// A list marker found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Width of the indentation before the marker (a tab counts four).
    pub indent: usize,
    /// The marker itself ("-", "1.", "a)").
    pub marker: Span,
    /// The item's text after the marker, trimmed.
    pub body: Span,
    /// Numbered or lettered rather than bulleted.
    pub ordered: bool,
    /// The number of a numbered marker ("3." gives 3), used to tell lists from headings.
    pub number: Option<u32>,
}

const BULLETS: &[char] = &['-', '*', '•', '–', '·', '▪', '◦', '‣', '●', '○', '■'];

/// Parses a list marker at the start of `line`, which starts at byte `offset` of the text.
pub fn parse_marker(line: &str, offset: usize) -> Option<Marker> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let indent = line[..lead]
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let first = trimmed.chars().next()?;
    let (marker_len, ordered, number) = if BULLETS.contains(&first) {
        (first.len_utf8(), false, None)
    } else {
        ordered_marker(trimmed)?
    };
    let after = &trimmed[marker_len..];
    // A marker must be followed by white space and then some text.
    if !after.starts_with([' ', '\t']) {
        return None;
    }
    let body_text = after.trim();
    if body_text.is_empty() {
        return None;
    }
    // "-- " or "** " are separators or emphasis, not bullets.
    if !ordered
        && body_text.starts_with(first)
        && body_text.chars().all(|c| c == first || c.is_whitespace())
    {
        return None;
    }
    let marker_start = offset + lead;
    let body_start = marker_start + marker_len + (after.len() - after.trim_start().len());
    Some(Marker {
        indent,
        marker: Span::new(marker_start, marker_start + marker_len),
        body: Span::new(body_start, body_start + body_text.len()),
        ordered,
        number,
    })
}

/// "1." "12)" "(3)" "a)" "b." "iv)": returns (length, ordered, number).
fn ordered_marker(s: &str) -> Option<(usize, bool, Option<u32>)> {
    let bytes = s.as_bytes();
    let open = usize::from(bytes.first() == Some(&b'('));
    let digits = bytes[open..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if (1..=3).contains(&digits) {
        let close = *bytes.get(open + digits)?;
        let ok = if open == 1 {
            close == b')'
        } else {
            close == b'.' || close == b')'
        };
        let number = s[open..open + digits].parse().ok();
        return ok.then_some((open + digits + 1, true, number));
    }
    // One lower-case letter or a short lower-case roman numeral, closed by ")" (or "." for a letter).
    let letters = bytes[open..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let close = *bytes.get(open + letters)?;
    let roman = letters <= 4
        && bytes[open..open + letters]
            .iter()
            .all(|b| matches!(b, b'i' | b'v' | b'x'));
    let ok = match (letters, close, open) {
        (1, b')', _) | (1, b'.', 0) => true,
        (2..=4, b')', _) => roman,
        _ => false,
    };
    ok.then_some((open + letters + 1, true, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_table() {
        // (line, expected (marker, body, ordered, indent))
        let cases: &[(&str, Option<(&str, &str, bool, usize)>)] = &[
            (
                "- Representatives from Hamas",
                Some(("-", "Representatives from Hamas", false, 0)),
            ),
            ("  * nested item", Some(("*", "nested item", false, 2))),
            ("• bullet", Some(("•", "bullet", false, 0))),
            ("– en dash bullet", Some(("–", "en dash bullet", false, 0))),
            ("1. First", Some(("1.", "First", true, 0))),
            ("12) Twelfth", Some(("12)", "Twelfth", true, 0))),
            ("(3) Third", Some(("(3)", "Third", true, 0))),
            ("a) letter", Some(("a)", "letter", true, 0))),
            ("iv) roman", Some(("iv)", "roman", true, 0))),
            ("\t- tabbed", Some(("-", "tabbed", false, 4))),
            ("-dash without space", None),
            ("2025. A year", None),
            ("3.5 percent rose", None),
            ("---", None),
            ("- ", None),
            ("-- --", None),
            ("is) not", None),
            ("The end", None),
        ];
        for (line, want) in cases {
            let got = parse_marker(line, 0)
                .map(|m| (m.marker.text(line), m.body.text(line), m.ordered, m.indent));
            assert_eq!(got, *want, "{line:?}");
        }
    }
}
