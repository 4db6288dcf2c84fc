//! Headings: which lines are headings, and at what level.
//!
//! Explicit forms (Markdown `#`, setext underlines) are certain. Implicit forms are judged
//! from the line alone: numbered ("2. Background"), ALL CAPS, title case, or a title-case
//! question. In documents whose paragraphs are separated by blank lines, a short
//! sentence-case line standing alone ("Early life and education") is a heading too; in
//! documents without blank lines that would mistake short paragraphs for headings, so it
//! is not used there.

use memchr::memmem;
use std::sync::LazyLock;

use crate::ascii::{first_eight, first_eight_spaced};
use crate::text::{self, WordSet};

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
static MINOR_WORDS: WordSet = WordSet::new(&[
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
    "from", "as", "vs", "vs.", "via", "into", "over", "per", "up", "off", "than", "upon", "de",
    "la", "del", "der", "van", "von", "al", "el", "is", "are", "be", "its", "it", "so", "yet",
    "amid", "after", "before", "about", "under", "between",
]);

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
    let t = text::trim(line);
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
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    if !"-*_=~#".contains(first) {
        return false;
    }
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    count >= 3
}

/// "2.1. Scope" → (level 3, heading text range starting at the number).
pub fn numbered(line: &str) -> Option<u8> {
    let t = text::trim(line);
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
        if MINOR_WORDS.contains_lowercase(w) {
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

/// Lines that are data, captions or address blocks rather than headings: e-mail and web
/// addresses, citations ("[18]", "(1738)"), mostly digits, captions ("Figure 2"), and
/// comma-separated parts without a coordinating word ("Lattice Lab, CNRS, France").
fn looks_like_data(t: &str) -> bool {
    // Searchers built once: setting one up for each short line cost more than searching.
    static MARKERS: LazyLock<[memmem::Finder<'static>; 5]> =
        LazyLock::new(|| ["http", "www.", "Image:", "Photo:", "CC BY"].map(memmem::Finder::new));
    if t.bytes().any(|b| matches!(b, b'@' | b'|' | b'['))
        || MARKERS.iter().any(|m| m.find(t.as_bytes()).is_some())
    {
        return true;
    }
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        return false; // a year heading ("2014") in a chronology
    }
    let (mut letters, mut digits) = (0, 0);
    for c in t.chars() {
        letters += usize::from(c.is_alphabetic());
        digits += usize::from(c.is_ascii_digit());
    }
    if letters < 2 || digits * 2 > letters {
        return true;
    }
    let parenthesized_number = t.split('(').skip(1).any(|part| {
        part.split(')')
            .next()
            .is_some_and(|inner| inner.chars().any(|c| c.is_ascii_digit()))
    });
    let caption = [
        "Figure",
        "Fig.",
        "Table",
        "Chart",
        "Image:",
        "Photo",
        "Source:",
        "Credit:",
        "Extract",
        "Keywords:",
    ]
    .iter()
    .any(|p| t.starts_with(p));
    let listing =
        t.contains(',') && !t.contains(" and ") && !t.contains(" & ") && !t.contains(" or ");
    parenthesized_number || caption || listing
}

/// How a line reads as an implicit heading: its style and level.
pub type Implicit = (HeadingStyle, u8);

/// The judgement [`implicit`] made of a line, for where the line is: the standalone style
/// holds only where the line stands alone, that is where the document separates paragraphs
/// with blank lines and the line has blank lines (or a block edge) around it.
pub fn not_standalone_unless(judged: Option<Implicit>, standalone: bool) -> Option<Implicit> {
    judged.filter(|(style, _)| standalone || *style != HeadingStyle::Standalone)
}

/// Judges one line as an implicit heading, supposing it stands alone (see
/// [`not_standalone_unless`] for a line that does not).
pub fn implicit(line: &str) -> Option<Implicit> {
    let t = text::trim(line);
    // Counting stops past the limit: most lines are long paragraphs.
    let n_words = count_words(t, MAX_HEADING_WORDS + 1);
    if n_words == 0 || n_words > MAX_HEADING_WORDS || looks_like_data(t) {
        return None;
    }
    if let Some(level) = numbered(t) {
        return Some((HeadingStyle::Numbered, level));
    }
    if !t
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || is_date_line(t)
    {
        return None;
    }
    // Closing quotes do not hide how the line ends; a dash ends interrupted speech.
    let body = t.trim_end_matches(['"', '”', '’', '\'', ')']);
    let terminal =
        body.ends_with(['.', ',', ';', ':', '!', '-', '–', '—']) || body.ends_with("...");
    let question = body.ends_with('?');
    if is_all_caps(t) && !terminal {
        return Some((HeadingStyle::AllCaps, 2));
    }
    // A title-case question needs a few words: "Really?" and "Mr. Roberts?" are speech.
    if ((question && n_words >= 3) || (!terminal && !question)) && is_title_case(t) {
        return Some((HeadingStyle::TitleCase, 2));
    }
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(',');
    let spoken = SPOKEN_OPENERS.contains(first);
    if !terminal && !question && n_words <= STANDALONE_MAX_WORDS && !spoken {
        return Some((HeadingStyle::Standalone, 2));
    }
    None
}

/// The number of white-space-separated words in `t`, counting no further than `limit`.
/// Every line is asked, and most are long paragraphs: ASCII text is counted eight bytes at
/// a time (the words that begin in them); a non-ASCII byte before the limit hands the line
/// to the exact Unicode count, which knows no-break and other spaces.
fn count_words(t: &str, limit: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = 0;
    let mut in_word = false;
    // The last chunk is filled with spaces, which begin no word.
    let chunks = t.as_bytes().chunks_exact(8);
    let tail = first_eight_spaced(chunks.remainder());
    for x in chunks.map(first_eight).chain([tail]) {
        let spaces = crate::ascii::spaces(x);
        // A word begins at a byte that is no space after one that is (or, at the chunk's
        // first byte, after the last chunk's space).
        let before = spaces << 8 | u64::from(!in_word) << 7;
        let starts = !spaces & before & HIGH;
        let non_ascii = x & HIGH;
        if non_ascii != 0 {
            // The words that begin before the first non-ASCII byte may reach the limit.
            let below = (1u64 << non_ascii.trailing_zeros()) - 1;
            if words + (starts & below).count_ones() as usize >= limit {
                return limit;
            }
            return t.split_whitespace().take(limit).count();
        }
        words += starts.count_ones() as usize;
        if words >= limit {
            return limit;
        }
        in_word = spaces >> 63 == 0;
    }
    words
}

/// Judges an article's opening line as its title: up to 25 words, no final punctuation
/// (a question only in title case), not a date, not data, not a line of speech.
pub fn is_title(line: &str) -> bool {
    let t = text::trim(line);
    let words = t.split_whitespace().count();
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(',');
    let body = t.trim_end_matches(['"', '”', '’', '\'']);
    let question = body.ends_with('?');
    let data = t.contains('@')
        || t.contains("http")
        || t.contains('|')
        || t.chars().filter(|c| c.is_alphabetic()).count() < 3;
    (1..=25).contains(&words)
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
        && !body.ends_with(['.', ',', ';', ':', '-', '–', '—', '!'])
        && (!question || is_title_case(t))
        && !is_date_line(t)
        && !data
        && (!SPOKEN_OPENERS.contains(first) || is_title_case(t))
        && ![
            "Dear", "Hi", "Hello", "Am", "Would", "Could", "Do", "Did", "Okay",
        ]
        .contains(&first)
}

/// Longest sentence-case line taken as a heading: such headings are short ("Early life",
/// "By plane"); longer unpunctuated lines between blank lines are mostly image captions.
const STANDALONE_MAX_WORDS: usize = 6;

/// Words that open a line of speech rather than a heading ("Oh yeah", "So we are").
static SPOKEN_OPENERS: WordSet = WordSet::new(&[
    "Oh", "Yeah", "Yes", "No", "Well", "So", "And", "But", "Just", "Right", "Okay", "OK", "Uh",
    "Um", "Hmm", "Really", "I", "I'm", "You", "We", "He", "She", "They", "It", "It's", "That",
    "That's", "This", "What", "Who", "Like", "Or", "Because", "Yep", "Nope", "Wow", "Hey", "Hi",
    "Thanks", "Sure", "Mhm", "Ah",
]);

/// A line that is only a date ("Tuesday, January 21, 2014", "14 August 1947") or opens
/// with a full one ("MARCH 3, 2021 PRESS RELEASE"): a dateline, not a heading.
fn is_date_line(t: &str) -> bool {
    let is_month = text::is_month_name;
    let is_day = text::is_weekday_name;
    let words = || {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
    };
    // Both forms need a month; most lines have none, and are done without allocating.
    if !words().any(is_month) {
        return false;
    }
    let words: Vec<&str> = words().collect();
    // Digits, with an ordinal ending at most ("21st"); a word of letters is no number.
    let is_num = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    };
    let only_date = words.iter().all(|w| is_month(w) || is_day(w) || is_num(w));
    let opens_with_date = words.len() >= 3
        && ((is_month(words[0]) && is_num(words[1]) && is_num(words[2]))
            || (is_num(words[0]) && is_month(words[1]) && is_num(words[2])));
    only_date || opens_with_date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_line_table() {
        let cases: &[(&str, bool)] = &[
            ("Tuesday, January 21, 2014", true),
            ("14 August 1947", true),
            ("MARCH 3, 2021 PRESS RELEASE", true),
            ("march 3 2021", true),
            ("Early Life and Career", false),
            ("Monday 21", false),
            ("May the Best Team Win", false),
            ("the 21st of May", false),
            ("May 21st 2014", true),
            ("", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_date_line(line), *want, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_are_counted_as_unicode_counts_them(
            line in crate::text::texts_of(&[
                "a", "bc", " ", "  ", "\t", "\n", "\x0B", "!", "é", "\u{a0}", "\u{2003}",
            ], 60),
            limit in 1usize..20,
        ) {
            proptest::prop_assert_eq!(
                count_words(&line, limit),
                line.split_whitespace().take(limit).count()
            );
        }
    }

    #[test]
    fn word_count_table() {
        // (line, limit, expected): the count must equal the Unicode one, up to the limit.
        let cases: &[(&str, usize, usize)] = &[
            ("", 5, 0),
            ("one", 5, 1),
            ("  two  words ", 5, 2),
            ("a\tb\x0Bc\x0Cd\re", 9, 5),
            ("one two three four", 3, 3),
            ("no\u{a0}break space", 5, 3),
            ("café au lait", 5, 3),
            ("em\u{2003}space", 1, 1),
        ];
        for (line, limit, want) in cases {
            assert_eq!(count_words(line, *limit), *want, "{line:?}");
            assert_eq!(
                line.split_whitespace().take(*limit).count(),
                *want,
                "{line:?}"
            );
        }
    }

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
            // Speech, dates, captions and data are not headings.
            ("Really?", false, None),
            ("Oh yeah", true, None),
            ("And he was watching the game –", true, None),
            ("“Go away! Get out of my room!”", true, None),
            ("Tuesday, January 21, 2014", true, None),
            ("MARCH 3, 2021 PRESS RELEASE", false, None),
            (
                "St. Jerome in His Study (1480), by Domenico Ghirlandaio",
                true,
                None,
            ),
            ("Figure 2. Estimated electricity use", true, None),
            ("Lattice Lab, CNRS, France", false, None),
            ("1, 11.5, 6, 7.2, 4, 8", true, None),
            ("Marbles appeared in the film. [18]", true, None),
            (
                "The dragon's blood tree thrives in Socotra's arid climate",
                true,
                None,
            ),
            (
                "Timeline, Actors, and Locations",
                false,
                Some(HeadingStyle::TitleCase),
            ),
            ("2014", true, Some(HeadingStyle::TitleCase)),
        ];
        for (line, standalone, want) in cases {
            let got = not_standalone_unless(implicit(line), *standalone);
            assert_eq!(got.map(|h| h.0), *want, "{line}");
        }
    }

    #[test]
    fn title_table() {
        let cases: &[(&str, bool)] = &[
            ("Jordan Breaks Ground on Red Sea Desalination Plant", true),
            ("Qatar, Egypt host new round of Gaza ceasefire talks", true),
            ("What Comes Next for Gaza?", true),
            ("Am I doing that right so far?", false),
            (
                "So you don't need to borrow equipment, to do the feet",
                false,
            ),
            ("Friday, January 3, 2014", false),
            ("Dear 3 or 4 Roomers -", false),
            ("The talks resumed on Monday.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_title(line), *want, "{line}");
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
