//! The engine behind the rules: trigger scan, windows, beginnings, remembered groups.

use regex_automata::Input;

use super::*;

mod properties {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    /// The TIMEX3 value forms dossier emits.
    fn timex_grammar() -> Regex {
        Regex::new(
            r"(?x)^(?:
              \d{4}(?:-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?
            | \d{3} | \d{2}
            | XXXX-(?:\d{2}(?:-\d{2})?|WXX-(?:[1-7]|WE)|SP|SU|FA|WI|Q[1-4]|H[12])
            | T(?:\d{2}:\d{2}|MO|AF|EV|NI)
            | P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE) | PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)
            | PRESENT_REF | PAST_REF | FUTURE_REF
            )$",
        )
        .expect("grammar compiles")
    }

    fn phrase() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("on March 3, 2025".to_string()),
            Just("in early 2026".to_string()),
            Just("last Friday".to_string()),
            Just("three days ago".to_string()),
            Just("the 1990s".to_string()),
            Just("Q4 2024".to_string()),
            Just("every Tuesday".to_string()),
            Just("for about two years".to_string()),
            Just("at 10:30 a.m. EST".to_string()),
            Just("this summer".to_string()),
            Just("next week".to_string()),
            Just("tonight".to_string()),
            Just("the late 19th century".to_string()),
            Just("Christmas".to_string()),
            (1u32..=31, 1u32..=12, 1900i32..2100).prop_map(|(d, m, y)| format!("{m}/{d}/{y}")),
            (1000i32..2100).prop_map(|y| format!("in {y}")),
            (0u32..30, 0u32..70).prop_map(|(h, m)| format!("at {h}:{m:02}")),
            "[a-zA-Z ,.]{0,20}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn values_follow_the_timex_grammar_and_intervals_are_ordered(
            parts in prop::collection::vec(phrase(), 1..8),
            anchored in prop::bool::ANY,
            y in 1950i32..2090, m in 1u32..=12, d in 1u32..=28,
        ) {
            let src = parts.join(" and ");
            let layer = text::analyze(&src);
            let layout = structure::analyze(&src, &layer);
            let ctx = Context::new(&src, &layer, &layout);
            let anchor = anchored.then(|| Anchor { date: CivilDate::new(y, m, d).expect("valid"), source: AnchorSource::Option, span: None });
            let (mentions, _) = find(&ctx, anchor, DateOrder::Mdy);
            let grammar = timex_grammar();
            for m in mentions {
                if let Some(v) = &m.value {
                    prop_assert!(grammar.is_match(v), "value {v:?} of {:?}", m.span.text(&src));
                }
                if let (Some(b), Some(e)) = (&m.begin, &m.end) {
                    prop_assert!(b < e, "{b} !< {e} for {:?}", m.span.text(&src));
                }
                prop_assert!(!m.span.is_empty());
            }
        }
    }
}

/// The shapes `text` holds, by a plain scan of its digits.
fn shape_bits(text: &[u8]) -> u128 {
    (0..text.len())
        .filter(|&k| text[k].is_ascii_digit())
        .fold(0, |bits, k| bits | digit_shapes(text, k))
}

/// The trigger bits a plain scan finds: every trigger word that begins at a byte which is
/// an ASCII letter after no ASCII letter, attributed to the sentence holding its start.
fn triggers_by_plain_scan(src: &str, sentences: &[Span]) -> Vec<u128> {
    let (words, _) = &*TRIGGERS;
    let bytes = src.as_bytes();
    let mut masks = vec![0u128; sentences.len()];
    for (mask, s) in masks.iter_mut().zip(sentences) {
        for i in s.start..s.end {
            let starts_word =
                bytes[i].is_ascii_alphabetic() && (i == 0 || !bytes[i - 1].is_ascii_alphabetic());
            if starts_word {
                for w in &words.words {
                    // A capital in the trigger needs a capital in the text.
                    if bytes[i..].len() >= w.word.len()
                        && bytes[i..i + w.word.len()].eq_ignore_ascii_case(w.word)
                        && (w.word[0].is_ascii_lowercase() || bytes[i] == w.word[0])
                    {
                        *mask |= w.bit;
                    }
                }
            }
        }
        *mask |= shape_bits(s.text(src).as_bytes());
    }
    masks
}

/// The trigger words of `text` as one sentence, by name.
fn trigger_words(text: &str) -> Vec<&'static str> {
    let (words, _) = &*TRIGGERS;
    let mask = sentence_triggers(text, &[Span::new(0, text.len())]).masks[0];
    let mut found: Vec<&str> = words
        .words
        .iter()
        .filter(|w| mask & w.bit != 0)
        .map(|w| std::str::from_utf8(w.word).unwrap())
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn trigger_word_table() {
    let cases: &[(&str, &[&str])] = &[
        ("in mid-March", &["Mar", "mid"]),
        ("a summary of Hamas", &[]),
        ("at 5pm and 7 A.M. local", &["a.m", "pm"]),
        ("MONDAY, or a Monday", &["Monday"]),
        ("on New Year's Eve", &["New year", "year"]),
        ("the years", &["the", "year", "years"]),
        ("Émarch", &[]),
        ("ÉMarch", &["Mar"]),
        ("newyear new\tyear", &["year"]),
        ("Independence Day", &["Day", "day"]),
        ("Thanksgivin", &[]),
        ("it may rain in May", &["May"]),
        ("christmas in MAY", &["May"]),
    ];
    for (text, want) in cases {
        assert_eq!(trigger_words(text), *want, "{text:?}");
    }
}

proptest::proptest! {
    #[test]
    fn trigger_masks_match_a_plain_scan(
        text in crate::text::texts_of(&[
            "mar", "May", "summer", "x", "ab", "-", " ", "5", "pm", "é", "A.m", "year",
            "Q1", "'", "new year", "NOW", ":3", "/1", "0s", "Independence Day",
        ], 40),
        cut in 0usize..200,
    ) {
        // Two sentences, so that a sentence also starts after a letter.
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let sentences = [Span::new(0, cut), Span::new(cut, text.len())];
        let found = sentence_triggers(&text, &sentences);
        proptest::prop_assert_eq!(&found.masks, &triggers_by_plain_scan(&text, &sentences));
        // The places hold every trigger of the mask; bare digits have no place.
        let digit = SHAPES[0].1;
        for (i, mask) in found.masks.iter().enumerate() {
            let placed = found.hits(i).iter().fold(0, |all, (_, m)| all | m);
            proptest::prop_assert_eq!(placed | (mask & digit), *mask);
        }
    }
}

#[test]
fn year_shape_table() {
    let year = SHAPES.iter().find(|(s, _)| *s == YEAR).unwrap().1;
    let cases: &[(&str, bool)] = &[
        ("in 2025.", true),
        ("1999", true),
        ("the 1990s", true),
        ("(2001)", true),
        ("12345 votes", false),
        ("2100", false),
        ("999", false),
        ("3000 troops", false),
        ("20251", false),
        ("x2025", true),
    ];
    for (text, want) in cases {
        assert_eq!(shape_bits(text.as_bytes()) & year != 0, *want, "{text:?}");
    }
}

/// The candidates of `text` found by searching only around the triggers, and by searching
/// every sentence whole; they must be the same.
fn windows_and_whole(text: &str) -> (Vec<Candidate>, Vec<Candidate>) {
    let layer = text::analyze(text);
    let sentences: Vec<Span> = layer.sentences.iter().map(|s| s.span).collect();
    (
        candidates_searched(
            text,
            &sentences,
            DateOrder::Mdy,
            Search::Windows,
            usize::MAX,
        )
        .0,
        candidates_searched(text, &sentences, DateOrder::Mdy, Search::Whole, usize::MAX).0,
    )
}

#[test]
fn windows_find_what_whole_sentences_find_in_the_fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    let mut articles = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let (windows, whole) = windows_and_whole(&text);
        assert!(!whole.is_empty(), "{}", path.display());
        assert_eq!(windows, whole, "{}", path.display());
        articles += 1;
    }
    assert!(articles >= 8);
}

#[test]
fn windows_find_what_whole_sentences_find_in_the_shared_documents() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gum_train.jsonl");
    let Ok(lines) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap_or_default();
        let (windows, whole) = windows_and_whole(text);
        assert_eq!(windows, whole, "{}", doc["id"]);
    }
}

proptest::proptest! {
    #[test]
    fn windows_find_what_whole_sentences_find(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "March", "Mar.", "May", "3", "2025", "21st", "1990s", "'90s", "the", "of",
                "end", "early", "mid-", "fiscal", "Tuesday,", "last", "this", "past", "week",
                "years", "ago", "from now", "a couple of", "one", "more than", "about",
                "century", "Q1", "first quarter", "summer", "every", "biweekly", "twice a",
                "10:30", "a.m.", "pm", "noon", "Christmas Eve", "at the moment", "once again",
                "recent", "days", "2025-03-03", "3/4/25", "for", "long", "x", ".", ",",
            ]),
            0..30,
        ),
        gaps in proptest::collection::vec(
            proptest::sample::select(vec![" ", " ", " ", "  ", "\t", "\n", "\u{a0}", "-", ""]),
            30,
        ),
    ) {
        let text: String = pieces.iter().zip(&gaps).flat_map(|(p, g)| [*p, *g]).collect();
        let (windows, whole) = windows_and_whole(&text);
        proptest::prop_assert_eq!(windows, whole, "{:?}", text);
    }
}

#[test]
fn groups_of_a_match_too_long_for_the_backtracker_come_from_the_fallback() {
    // White space by the thousand inside one expression: the backtracker's memory cannot
    // hold the match, and the groups are taken by the PikeVM instead.
    let text = format!("Talks began on March{}3, 2025 in Doha.", " ".repeat(20_000));
    let pattern = re(RULES[0].pattern);
    assert!(text.len() > pattern.groups.max_haystack_len());
    let got = found(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "DATE");
    assert_eq!(got[0].2.as_deref(), Some("2025-03-03"));
}

#[test]
fn every_rule_compiles_and_some_byte_begins_each() {
    for rule in RULES.iter() {
        let pattern = re(rule.pattern);
        let begins =
            |before: Option<u8>| (0..=255u8).any(|b| pattern.beginnings.may_begin(before, b));
        assert!(begins(None) && begins(Some(b' ')), "{}", rule.pattern);
        // ASCII digits and case folding keep the lazy DFA's alphabet, and so each state's
        // row of transitions, small (Unicode `\d` alone took it to some 140 classes).
        let classes = pattern.bounds.forward().byte_classes().alphabet_len();
        assert!(classes < 100, "{classes} byte classes: {}", rule.pattern);
    }
}

#[test]
fn beginnings_table() {
    // The numeric-date rule: a digit after no word byte begins a match; a digit inside a
    // number, a letter or a space does not.
    let pattern = re(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b");
    let cases: &[(Option<u8>, u8, bool)] = &[
        (None, b'3', true),
        (Some(b' '), b'3', true),
        (Some(b'('), b'1', true),
        (Some(b'\n'), b'1', true),
        (Some(b'2'), b'3', false),
        (Some(b'x'), b'3', false),
        (Some(b' '), b'x', false),
        (Some(b' '), b' ', false),
        (None, b'/', false),
    ];
    for &(before, byte, want) in cases {
        assert_eq!(
            pattern.beginnings.may_begin(before, byte),
            want,
            "{:?} then {:?}",
            before.map(char::from),
            char::from(byte)
        );
    }
}

#[test]
fn a_search_from_the_places_a_match_may_begin_finds_the_leftmost_first_match() {
    // (text, first place, last place, the match the anchored tries find)
    let cases: &[(&str, usize, usize, Option<(usize, usize)>)] = &[
        ("on 3/4/2025 and 5/6/2026", 0, 20, Some((3, 11))),
        ("on 3/4/2025 and 5/6/2026", 4, 20, Some((16, 24))),
        ("on 3/4/2025 and 5/6/2026", 4, 15, None),
        ("13/4/25", 0, 0, Some((0, 7))),
        ("113/4/25", 0, 3, None),
        // Past the end, or an empty range: nothing to try.
        ("3/4/2025", 0, 100, Some((0, 8))),
        ("3/4/2025", 5, 2, None),
        ("", 0, 0, None),
    ];
    let pattern = re(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b");
    let mut cache = pattern.create_cache();
    for &(text, from, last, want) in cases {
        let got = pattern
            .find_beginning_in(&mut cache, text, from, last)
            .map(|m| (m.start(), m.end()));
        assert_eq!(got, want, "{text:?} from {from} to {last}");
        // The unanchored search agrees wherever its match begins in range.
        let whole = pattern.find(&mut cache, &Input::new(text).range(from..));
        let in_range = whole
            .filter(|m| m.start() <= last)
            .map(|m| (m.start(), m.end()));
        assert_eq!(got, in_range, "{text:?} from {from} to {last}");
    }
}

/// The groups of every match of `pattern` in `text`, as (start, end) of each group.
fn groups_of_matches(
    pattern: &Pattern,
    cache: &mut PatternCache,
    text: &str,
    remembered: bool,
) -> Vec<Vec<Option<(usize, usize)>>> {
    let mut all = Vec::new();
    let mut at = 0;
    while let Some(m) = pattern.find(cache, &Input::new(text).range(at..)) {
        if remembered {
            pattern.groups(cache, text, m);
        } else {
            pattern.search_groups(cache, text, m);
        }
        all.push(
            (0..cache.caps.group_len())
                .map(|i| cache.caps.get_group(i).map(|g| (g.start, g.end)))
                .collect(),
        );
        at = m.end().max(m.start() + 1);
        if at > text.len() {
            break;
        }
    }
    all
}

#[test]
fn remembered_groups_heed_the_bytes_beside_a_match() {
    // The same bytes "a" take group 1 before a space and group 2 before a letter: the
    // byte after a match is part of what decides its groups.
    let pattern = re(r"(?:(a)\b|(a))");
    let mut cache = pattern.create_cache();
    let cases: &[(&str, usize)] = &[("a ", 1), ("ab", 2), ("x a", 1), ("a", 1), ("ab", 2)];
    for &(text, want) in cases {
        let m = pattern.find(&mut cache, &Input::new(text)).unwrap();
        pattern.groups(&mut cache, text, m);
        let got = (1..=2).find(|&g| cache.caps.get_group(g).is_some());
        assert_eq!(got, Some(want), "{text:?}");
    }
}

proptest::proptest! {
    #[test]
    fn remembered_groups_are_the_searched_groups(
        texts in proptest::collection::vec(crate::text::texts_of(&[
            "March", "3", "3rd", "2025", ",", " ", "of", "the", "Tuesday", "a", "x", "-",
            "years", "ago", "last", "week", "5:30", "p.m.", "\n",
        ], 12), 1..6),
    ) {
        // Rules with groups and word boundaries on both sides of their matches.
        for rule in [0, 1, 12, 13, 21] {
            let pattern = re(RULES[rule].pattern);
            let mut remembering = pattern.create_cache();
            let mut searching = pattern.create_cache();
            // The memo is shared by all the texts, as by all articles on a thread; each
            // text is read twice, the second time with every match's groups remembered.
            for text in &texts {
                let searched = groups_of_matches(&pattern, &mut searching, text, false);
                for _ in 0..2 {
                    proptest::prop_assert_eq!(
                        &groups_of_matches(&pattern, &mut remembering, text, true),
                        &searched,
                        "rule {} in {:?}", rule, text
                    );
                }
            }
        }
    }
}

#[test]
fn set_bits_table() {
    let cases: &[(&[u64], &[usize])] = &[
        (&[], &[]),
        (&[0], &[]),
        (&[0b1011], &[0, 1, 3]),
        (&[1 << 63, 1], &[63, 64]),
        (&[0, u64::MAX >> 62], &[64, 65]),
    ];
    for &(words, want) in cases {
        assert_eq!(set_bits(words).collect::<Vec<_>>(), want, "{words:?}");
    }
}

proptest::proptest! {
    #[test]
    fn the_rules_a_mask_calls_for_are_those_each_rule_wants(
        // Masks built from the rules' own bits, so that rules are called for, and noise.
        picks in proptest::collection::vec((0usize..64, proptest::bool::ANY), 0..6),
        noise in proptest::num::u128::ANY,
        with_noise in proptest::bool::ANY,
    ) {
        let (_, masks) = &*TRIGGERS;
        let mut mask = if with_noise { noise } else { 0 };
        for (r, needs) in picks {
            if let Some(&(any, need)) = masks.each.get(r % masks.each.len()) {
                let from = if needs { need } else { any.unwrap_or(0) };
                // The lowest bit of the rule's triggers or needs.
                mask |= from & from.wrapping_neg();
            }
        }
        let wanted = masks.wanted(mask);
        for (r, &(any, needs)) in masks.each.iter().enumerate() {
            let want = any.is_none_or(|a| a & mask != 0) && (needs == 0 || needs & mask != 0);
            proptest::prop_assert_eq!(wanted >> r & 1 == 1, want, "rule {} mask {:#x}", r, mask);
        }
    }
}

#[test]
fn trigger_words_past_the_mask_share_bits_and_are_all_found() {
    // Three times as many words as the masks hold bits: none is lost, each finds its bit.
    let words: Vec<&'static str> = (0..3 * WORD_BITS)
        .map(|i| &*format!("w{i:03}x").leak())
        .collect();
    let table = TriggerWords::new(&words);
    for (i, w) in words.iter().enumerate() {
        let found = table.at(format!("{w} then").as_bytes());
        assert_ne!(found & word_bit(i), 0, "{w}");
        assert_eq!(found.count_ones(), 1, "{w}: one bit, shared or not");
    }
    assert_eq!(word_bit(WORD_BITS), word_bit(0));
    assert!(RULES.len() <= MAX_RULES);
}
