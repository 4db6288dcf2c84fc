//! Rule tables of the name chunker and its helpers.

use super::*;
use crate::structure;
use crate::text;

fn chunk_texts(src: &str) -> Vec<&str> {
    let layer = text::analyze(src);
    let layout = structure::analyze(src, &layer);
    let ctx = Context::new(src, &layer, &layout);
    let g = crate::gazetteer::Gazetteer::embedded();
    let hits = g.find_all(src, &layer.tokens);
    chunks(&ctx, g, &[], &hits)
        .into_iter()
        .map(|c| c.span.text(src))
        .collect()
}

#[test]
fn byte_filter_keeps_every_name_word() {
    // (word, is it a name word)
    let cases: &[(&str, bool)] = &[
        ("Cairo", true),
        ("al-Sisi", true),
        ("el-Sisi", true),
        ("Łódź", true),
        ("Émile", true),
        ("and", false),
        ("each", false),
        ("al-qaeda", false),
        ("also", false),
        ("el", false),
        ("a", false),
        ("über", false),
        ("cairo", false),
    ];
    for &(word, want) in cases {
        assert_eq!(is_name_word(word), want, "{word}");
        if want {
            assert!(may_be_name_word(word.as_bytes(), 0), "{word}");
        }
    }
    // Only lower-case ASCII words other than "al-" and "el-" are turned away.
    for word in ["and", "each", "also", "cairo", "el"] {
        assert!(!may_be_name_word(word.as_bytes(), 0), "{word}");
    }
}

#[test]
fn market_index_table() {
    // (text, name in it, is it an index)
    let cases: &[(&str, &str, bool)] = &[
        ("The Dow Jones fell 500 points.", "Dow Jones", true),
        ("The Nasdaq Composite lost 54 points.", "Nasdaq Composite", true),
        ("Stocks in the FTSE 100 rose.", "FTSE 100", true),
        ("The DJIA closed lower.", "DJIA", true),
        ("Dow Jones & Co. owns the paper.", "Dow Jones", false),
        ("Dow Chemical cut jobs.", "Dow", false),
        ("Its shares are listed on Nasdaq.", "Nasdaq", false),
        ("Its shares trade on the Nasdaq under DLTR.", "Nasdaq", false),
        ("The Nasdaq-listed firm grew.", "Nasdaq", false),
        ("Reuters reported the deal.", "Reuters", false),
    ];
    for &(src, name, want) in cases {
        let at = src.find(name).expect("the name is in the text");
        let span = Span::new(at, at + name.len());
        assert_eq!(is_market_index(span, src), want, "{src}");
    }
}

#[test]
fn work_title_table() {
    // (text, the quoted titles of works in it)
    let cases: &[(&str, &[&str])] = &[
        (
            "He starred in \"Butch Cassidy and the Sundance Kid\" and \u{201c}All the \
             President's Men\u{201d}.",
            &["Butch Cassidy and the Sundance Kid", "All the President's Men"],
        ),
        ("Streep co-starred in \"Out of Africa,\" she said.", &["Out of Africa,"]),
        // The title of an article or a report names real bodies and places.
        ("He wrote \"The Human Side of Microsoft's Layoffs\" in 2014.", &[]),
        // Speech, scare quotes around a name, a title without a function word: no titles.
        ("\"We are running out of time,\" Lula said.", &[]),
        ("The group called itself \"Islamic State\" then.", &[]),
        ("He won for \"Ordinary People\" in 1981.", &[]),
        ("\"Is it Over, Then?\" he asked.", &[]),
        ("An unclosed \"Out of Africa", &[]),
    ];
    for (src, want) in cases {
        let got: Vec<&str> = work_titles(src).iter().map(|s| s.text(src)).collect();
        assert_eq!(&got, want, "{src}");
    }
}

#[test]
fn chunk_table() {
    let cases: &[(&str, &[&str])] = &[
        ("The Bank of England raised rates.", &["Bank of England"]),
        (
            "However, Egyptian Foreign Minister Sameh Shoukry said.",
            &["Egyptian Foreign Minister Sameh Shoukry"],
        ),
        ("Talks with Hamas’s leaders resumed.", &["Talks", "Hamas"]),
        (
            "officials met Abu Bakr al-Baghdadi and Ali bin Salman.",
            &["Abu Bakr al-Baghdadi", "Ali bin Salman"],
        ),
        ("Egypt and Qatar mediated.", &["Egypt", "Qatar"]),
        (
            "Heightened casualties rose. Casualties, heightened, rose.",
            &[],
        ),
        ("Cairo\nDoha", &["Cairo", "Doha"]),
        // A lower-case word inside a listed name keeps the run going.
        (
            "Rain hit Rio Grande do Sul. Why do Americans care?",
            &["Rain", "Rio Grande do Sul", "Americans"],
        ),
        // An abbreviated title alone names no one; a leading initial opens a name
        // that two names follow.
        (
            "\"Yes,\" said Dr. Oluwaseun Adeyemi, with N. Chandrababu Naidu.",
            &["Oluwaseun Adeyemi", "N. Chandrababu Naidu"],
        ),
        ("He chose plan B. Then the vote came.", &["B"]),
        // After a title, an initial and one name are the person.
        (
            "ISRO chairman V. Narayanan said so, as did Minister S. Jaishankar.",
            &["ISRO", "V. Narayanan", "Minister S. Jaishankar"],
        ),
        ("Homes in St. Elizabeth and on Mt. Elgon flooded.", &["Homes", "St. Elizabeth", "Mt. Elgon"]),
        ("He lives on Main St. Police said so.", &["Main St", "Police"]),
        ("Vice Adm. Brad Cooper spoke.", &["Brad Cooper"]),
        ("Georgia Gov. Brian Kemp spoke.", &["Georgia", "Brian Kemp"]),
        (
            "The Ministry of Trade, Industry and Energy said so. Trade, Industry and Energy fell.",
            &["Ministry of Trade, Industry and Energy", "Trade", "Industry", "Energy"],
        ),
        (
            "He met the Ministry of Health, Labour and Welfare.",
            &["Ministry of Health, Labour and Welfare"],
        ),
        (
            "Officials from the Department of State and National Security Council met the \
             People's Party for Freedom and Democracy.",
            &[
                "Officials",
                "Department of State",
                "National Security Council",
                "People's Party for Freedom and Democracy",
            ],
        ),
        (
            "André Corrêa do Lago met José dos Santos. Did Trump do Americans a favor?",
            &["André Corrêa do Lago", "José dos Santos", "Trump", "Americans"],
        ),
        (
            "The Philippine Institute of Volcanology and Seismology and the Office of \
             Management and Budget met the Bureau of Alcohol, Tobacco, Firearms and Explosives.",
            &[
                "Philippine Institute of Volcanology and Seismology",
                "Office of Management and Budget",
                "Bureau of Alcohol, Tobacco, Firearms and Explosives",
            ],
        ),
        (
            "He wrote to the Office of University Relations and Division of Student Affairs.",
            &["Office of University Relations", "Division of Student Affairs"],
        ),
        (
            "Minister of Education Stefania Giannini spoke. The minister left.",
            &["Minister of Education Stefania Giannini"],
        ),
    ];
    for (src, want) in cases {
        assert_eq!(&chunk_texts(src), want, "{src}");
    }
}

/// The extractors take a chunk's tokens for where it is: its first token begins it,
/// and the first token after them is the first to begin at or after its end, even when
/// the span leaves out a possessive.
#[test]
fn a_chunk_s_tokens_are_those_its_span_finds() {
    let texts = [
        "Talks with Hamas’s leaders and Egypt's envoy resumed.",
        "However, The Bank of England's governor met Sameh Shoukry' aides.",
        "\u{201c}Abu Bakr al-Baghdadi\u{201d} (Reuters) - U.S. officials met Ali bin Salman.",
    ];
    for src in texts {
        let layer = text::analyze(src);
        let layout = structure::analyze(src, &layer);
        let ctx = Context::new(src, &layer, &layout);
        let found = chunks(&ctx, crate::gazetteer::Gazetteer::embedded(), &[], &[]);
        assert!(found.len() >= 2, "{src}");
        for c in found {
            assert_eq!(layer.token_at(c.span.start), c.tokens.start, "{src}: {c:?}");
            assert_eq!(layer.token_at(c.span.end), c.tokens.end, "{src}: {c:?}");
        }
    }
}
