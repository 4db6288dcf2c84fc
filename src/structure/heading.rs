//! Headings: which lines are headings, and at what level.
//!
//! Explicit forms (Markdown `#`, setext underlines) are certain. Implicit forms are judged
//! from the line alone: numbered ("2. Background"), ALL CAPS, title case, or a title-case
//! question. In documents whose paragraphs are separated by blank lines, a short
//! sentence-case line standing alone ("Early life and education") is a heading too; in
//! documents without blank lines that would mistake short paragraphs for headings, so it
//! is not used there.

/// How a heading was recognized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingStyle {
    /// `# Heading`.
    Markdown,
    /// A line underlined with `===` or `---`.
    Setext,
    /// "2. Background", "2.1 Scope".
    Numbered,
    /// "POLITICAL FALLOUT".
    AllCaps,
    /// "Political and Legal Fallout", "What Sparked the Initiative?".
    TitleCase,
    /// "Early life and education", only between blank lines.
    Standalone,
}

/// Words left in lower case by title case.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
    "from", "as", "vs", "vs.", "via", "into", "over", "per", "up", "off", "than", "upon", "de",
    "la", "del", "der", "van", "von", "al", "el", "is", "are", "be", "its", "it", "so", "yet",
    "amid", "after", "before", "about", "under", "between",
];

/// Longest line (in words) taken as an implicit heading.
const MAX_HEADING_WORDS: usize = 14;

/// Markdown heading: `### Text ###` gives (3, byte range of "Text" within the line).
pub fn markdown(line: &str) -> Option<(u8, usize, usize)> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    if lead > 3 {
        return None;
    }
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &trimmed[hashes..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None; // "#hashtag"
    }
    let body = rest.trim().trim_end_matches('#').trim_end();
    if body.is_empty() {
        return None;
    }
    let start = lead + hashes + (rest.len() - rest.trim_start().len());
    Some((hashes as u8, start, start + body.len()))
}

/// Setext underline: a line of `=` (level 1) or `-` (level 2), three or more.
pub fn setext_level(line: &str) -> Option<u8> {
    let t = line.trim();
    if t.len() < 3 {
        return None;
    }
    if t.bytes().all(|b| b == b'=') {
        Some(1)
    } else if t.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

/// A horizontal rule (`---`, `***`, `___`, `* * *`), which separates but holds no text.
pub fn is_rule(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && ["-", "*", "_", "=", "~", "#"]
            .iter()
            .any(|m| t.chars().all(|c| c.to_string() == *m))
}

/// "2.1. Scope" → (level 3, heading text range starting at the number).
pub fn numbered(line: &str) -> Option<u8> {
    let t = line.trim();
    let mut parts = 0;
    let mut i = 0;
    let b = t.as_bytes();
    loop {
        let d = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 2 {
            break;
        }
        parts += 1;
        i += d;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
        }
        break;
    }
    if parts == 0 || !b.get(i).is_some_and(|c| *c == b' ' || *c == b'\t') {
        return None;
    }
    let rest = t[i..].trim();
    let words = rest.split_whitespace().count();
    let starts_upper = rest.chars().next().is_some_and(|c| c.is_uppercase());
    let end_ok = !rest.ends_with([',', ';', ':']) && (!rest.ends_with('.') || words <= 5);
    (starts_upper && words <= MAX_HEADING_WORDS && end_ok).then_some(parts as u8 + 1)
}

fn words(t: &str) -> impl Iterator<Item = &str> {
    t.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

fn is_capitalized(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True when most content words are capitalized and the first word is.
pub fn is_title_case(t: &str) -> bool {
    let mut all = words(t).peekable();
    let Some(first) = all.peek() else {
        return false;
    };
    if !is_capitalized(first) {
        return false;
    }
    let (mut content, mut caps) = (0, 0);
    for w in all {
        let lower = w.to_lowercase();
        if MINOR_WORDS.contains(&lower.as_str()) {
            continue;
        }
        content += 1;
        caps += usize::from(is_capitalized(w));
    }
    content > 0 && caps * 5 >= content * 4
}

fn is_all_caps(t: &str) -> bool {
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3 && !t.chars().any(char::is_lowercase)
}

fn looks_like_data(t: &str) -> bool {
    t.contains('@') || t.contains("http") || t.contains("www.") || t.contains('|')
}

/// Judges one line that stands alone as an implicit heading.
///
/// `standalone` says whether the document separates paragraphs with blank lines and the
/// line has blank lines (or a block edge) around it.
pub fn implicit(line: &str, standalone: bool) -> Option<(HeadingStyle, u8)> {
    let t = line.trim();
    let n_words = t.split_whitespace().count();
    if n_words == 0 || n_words > MAX_HEADING_WORDS || looks_like_data(t) {
        return None;
    }
    if let Some(level) = numbered(t) {
        return Some((HeadingStyle::Numbered, level));
    }
    if !t.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || c == '“' || c == '"' || c == '\''
    }) {
        return None;
    }
    let terminal = t.ends_with(['.', ',', ';', ':', '!']) || t.ends_with("...");
    let question = t.ends_with('?');
    if is_all_caps(t) && !terminal {
        return Some((HeadingStyle::AllCaps, 2));
    }
    if (question || !terminal) && is_title_case(t) {
        return Some((HeadingStyle::TitleCase, 2));
    }
    if standalone && !terminal && !question && n_words <= 10 {
        return Some((HeadingStyle::Standalone, 2));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implicit_heading_table() {
        // (line, standalone, expected style)
        let cases: &[(&str, bool, Option<HeadingStyle>)] = &[
            (
                "What Sparked the Diplomatic Initiative?",
                false,
                Some(HeadingStyle::TitleCase),
            ),
            (
                "What’s Next for the U.S.?",
                false,
                Some(HeadingStyle::TitleCase),
            ),
            (
                "Timeline, Actors, and Locations",
                false,
                Some(HeadingStyle::TitleCase),
            ),
            (
                "Political and Legal Fallout",
                false,
                Some(HeadingStyle::TitleCase),
            ),
            ("POLITICAL FALLOUT", false, Some(HeadingStyle::AllCaps)),
            ("2. Background", false, Some(HeadingStyle::Numbered)),
            (
                "2.2 The Motivated Learner",
                true,
                Some(HeadingStyle::Numbered),
            ),
            ("4. Discussion.", true, Some(HeadingStyle::Numbered)),
            (
                "Early life and education",
                true,
                Some(HeadingStyle::Standalone),
            ),
            ("Early life and education", false, None),
            ("Key players include:", false, None),
            ("Within the U.S., opinions are divided:", false, None),
            (
                "Heightened casualties have pressured Washington to act.",
                false,
                None,
            ),
            ("Why did you do it?", false, None),
            ("Contact: press@example.org", true, None),
            ("Average rating", false, None),
            ("2,500 troops were deployed on Monday", false, None),
        ];
        for (line, standalone, want) in cases {
            assert_eq!(implicit(line, *standalone).map(|h| h.0), *want, "{line}");
        }
    }

    #[test]
    fn markdown_table() {
        let cases: &[(&str, Option<(u8, &str)>)] = &[
            ("# Title", Some((1, "Title"))),
            ("### Deeper Context ###", Some((3, "Deeper Context"))),
            ("#hashtag", None),
            ("####### seven", None),
            ("#", None),
        ];
        for (line, want) in cases {
            assert_eq!(
                markdown(line).map(|(l, s, e)| (l, &line[s..e])),
                *want,
                "{line}"
            );
        }
    }
}
