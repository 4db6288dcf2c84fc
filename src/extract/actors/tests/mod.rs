use super::{is_initialism, is_single_spaced, single_spaced, without_legal_form};
use crate::extract::rule_table::{Case, check_entities};

mod rule_table;

proptest::proptest! {
    #[test]
    fn single_spacing_is_the_text_equal_to_its_words_joined_by_spaces(
        text in crate::text::texts_of(&["a", "Ł", " ", "  ", "\t", "\n", "\u{a0}", "ó"], 12),
    ) {
        let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
        proptest::prop_assert_eq!(is_single_spaced(&text), joined == text);
    }
}

#[test]
fn single_spacing_table() {
    // (text, single-spaced already)
    let cases: &[(&str, bool)] = &[
        ("Prime Minister", true),
        ("Prime  Minister", false),
        (" Prime Minister", false),
        ("Prime Minister ", false),
        ("Prime\tMinister", false),
        ("Prime\nMinister", false),
        ("Prime\u{b}Minister", false),
        ("", true),
        ("Łódź Mayor", true),
        ("Łódź  Mayor", false),
        ("Łódź\u{a0}Mayor", false),
        ("Mayor\u{2009}Łódź", false),
        ("Mayor Łódź ", false),
        (" Łódź", false),
        ("São  Paulo", false),
        ("São Paulo\t", false),
    ];
    for (text, want) in cases {
        assert_eq!(is_single_spaced(text), *want, "{text:?}");
        let spaced = single_spaced(text);
        assert_eq!(
            spaced,
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            "{text:?}"
        );
    }
}

fn check(cases: &[Case]) {
    check_entities(cases, |r| {
        r.actors
            .iter()
            .map(|a| {
                (
                    a.name.to_string(),
                    a.kind.to_string(),
                    a.affiliation.as_deref().map(str::to_string),
                )
            })
            .collect()
    });
}

/// A company named with and without its legal form, or by its initials, is one actor.
/// (text, the actor's name, its mentions' texts)
#[test]
fn same_company_table() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Microsoft Corp said on Monday it would buy Activision. Microsoft will pay $69 \
             billion.",
            "Microsoft",
            &["Microsoft Corp", "Microsoft"],
        ),
        (
            "Shares of Apple Inc. fell 3% on Monday. Apple said it would appeal.",
            "Apple",
            &["Apple Inc", "Apple"],
        ),
        (
            "The U.S. Federal Trade Commission sued in December. The FTC said it would \
             appeal.",
            "Federal Trade Commission",
            &["U.S. Federal Trade Commission", "FTC"],
        ),
        // Initials never defined, read by the rules alone: a headline's before the name.
        (
            "ISRO launches satellite\n\nThe Indian Space Research Organisation said ISRO's \
             rocket flew.",
            "Indian Space Research Organisation",
            &["ISRO", "Indian Space Research Organisation", "ISRO"],
        ),
        (
            "The Country Fire Authority said so. CFA chief officer Jason Heffernan agreed.",
            "Country Fire Authority",
            &["Country Fire Authority", "CFA"],
        ),
    ];
    check_mentions(&crate::Pipeline::new(crate::PipelineOptions::default()), cases);
}

/// Checks that each text's actor `name` has exactly the mentions `want`.
fn check_mentions(pipeline: &crate::Pipeline, cases: &[(&str, &str, &[&str])]) {
    for (text, name, want) in cases {
        let doc = crate::Document::new("t", *text);
        let record = pipeline.process(&doc);
        let got: Vec<&str> = record
            .actors
            .iter()
            .filter(|a| a.name == *name)
            .flat_map(|a| a.mentions.iter().map(|m| m.text.as_ref()))
            .collect();
        assert_eq!(&got, want, "{text}: {:?}", record.actors);
    }
}

/// "the League" after "the Australian Football League" is a mention of it; with no such
/// organization named before, "the Company" is no actor. (text, organization, its
/// mentions' texts)
#[test]
fn head_noun_alone_table() {
    use crate::{Pipeline, PipelineOptions};
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "The Australian Football League fined the club. Later the League said it would \
             appeal.",
            "Australian Football League",
            &["Australian Football League", "League"],
        ),
        (
            "The European Commission opened an inquiry, and the Commission will rule in May.",
            "European Commission",
            &["European Commission", "Commission"],
        ),
        (
            "The Bank of England held rates. The League of Nations met.",
            "Bank of England",
            &["Bank of England"],
        ),
        ("Under the agreement, the Company shall pay the fee.", "Company", &[]),
    ];
    let pipeline = Pipeline::new(PipelineOptions {
        tagger: crate::extract::tagger::Choice::Off,
        ..PipelineOptions::default()
    });
    check_mentions(&pipeline, cases);
}

/// A short name joins the full name it stands for: a club's last word, the name before
/// the particle of a family name, a headline's surname that the story gives in full.
/// (text, actor, its mentions' texts)
#[test]
fn short_name_table() {
    use crate::{Pipeline, PipelineOptions};
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Manchester City beat West Ham on Sunday.\n\n\"It was hard,\" said City manager \
             Pep Guardiola. City face Arsenal next.",
            "Manchester City F.C.",
            &["Manchester City", "City", "City"],
        ),
        (
            "Manchester United and West Ham United drew. United had chances.",
            "Manchester United",
            &["Manchester United"],
        ),
        (
            "Brazil's Lula signs tax bill\n\nBrazilian President Luiz Inacio Lula da Silva \
             signed the bill on Tuesday. Lula said it was fair.",
            "Luiz Inacio Lula da Silva",
            &["Lula", "Luiz Inacio Lula da Silva", "Lula"],
        ),
        (
            "Angela Merkel spoke first. On Monday, Merkel said she would stay.",
            "Angela Merkel",
            &["Angela Merkel", "Merkel"],
        ),
        (
            "Merkel says Europe must act\n\nAngela Merkel said on Monday that Europe must act.",
            "Angela Merkel",
            &["Merkel", "Angela Merkel"],
        ),
    ];
    let pipeline = Pipeline::new(PipelineOptions {
        tagger: crate::extract::tagger::Choice::Off,
        ..PipelineOptions::default()
    });
    check_mentions(&pipeline, cases);
}

#[test]
fn legal_form_and_initials_table() {
    // (name, without its legal form)
    let forms: &[(&str, &str)] = &[
        ("Nvidia Corp", "Nvidia"),
        ("Siemens AG", "Siemens"),
        ("Acme, Inc.", "Acme"),
        ("HSBC Holdings", "HSBC"),
        ("Corp", "Corp"),
        ("Dow Jones & Co", "Dow Jones"),
        ("Ford Motor Company", "Ford Motor Company"),
    ];
    for (name, want) in forms {
        assert_eq!(without_legal_form(name), *want, "{name}");
    }
    // (acronym, name, made of its initials)
    let initials: &[(&str, &str, bool)] = &[
        ("AMD", "Advanced Micro Devices Inc", true),
        ("IRC", "International Rescue Committee", true),
        ("BoE", "Bank of England", false),
        ("BE", "Bank of England", true),
        ("AMD", "Advanced Micro", false),
        ("A", "Apple", false),
        ("WHO", "World Health Organization", true),
        ("UN", "United", false),
    ];
    for (acronym, name, want) in initials {
        assert_eq!(is_initialism(acronym, name), *want, "{acronym} {name}");
    }
}
