//! Rule tables for date detection and normalization: (sentence, expected mentions as
//! (text, type, value, mod)), resolved against the anchor 2025-03-05 (a Wednesday).

use super::*;
use crate::structure;
use crate::text;

const ANCHOR: &str = "2025-03-05";

type Want = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

fn found(src: &str) -> Vec<(String, &'static str, Option<String>, Option<&'static str>)> {
    let layer = text::analyze(src);
    let layout = structure::analyze(src, &layer);
    let ctx = Context::new(src, &layer, &layout);
    let anchor = Anchor {
        date: CivilDate::parse(ANCHOR).unwrap(),
        source: AnchorSource::Option,
        span: None,
    };
    let (mentions, _) = find(&ctx, Some(anchor), DateOrder::Mdy);
    mentions
        .into_iter()
        .map(|m| {
            (
                m.span.text(src).to_string(),
                m.timex_type.as_str(),
                m.value,
                m.modifier,
            )
        })
        .collect()
}

fn check(cases: &[(&str, &[Want])]) {
    let mut failures = Vec::new();
    for (src, want) in cases {
        let got = found(src);
        let want: Vec<_> = want
            .iter()
            .map(|(t, ty, v, m)| (t.to_string(), *ty, v.map(str::to_string), *m))
            .collect();
        if got != want {
            failures.push(format!("{src:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn absolute_dates() {
    check(&[
        (
            "Talks began on March 3, 2025, in Cairo.",
            &[("March 3, 2025", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "The deal was signed 3 March 2025.",
            &[("3 March 2025", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "Officials met on Mar. 3 in Doha.",
            &[("Mar. 3", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "The report is dated 2025-03-03.",
            &[("2025-03-03", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "The form says 03/04/2025.",
            &[("03/04/2025", "DATE", Some("2025-03-04"), None)],
        ),
        (
            "Elections are due in March 2026.",
            &[("March 2026", "DATE", Some("2026-03"), None)],
        ),
        (
            "The war began in 2023.",
            &[("2023", "DATE", Some("2023"), None)],
        ),
        (
            "Trade grew in the 1990s.",
            &[("the 1990s", "DATE", Some("199"), None)],
        ),
        (
            "Prices soared in mid-2024.",
            &[("mid-2024", "DATE", Some("2024"), Some("MID"))],
        ),
        (
            "Talks resume in early March.",
            &[("early March", "DATE", Some("2025-03"), Some("START"))],
        ),
        // "last", "this" and "next" before a month stay in the span and move its year:
        // the last such month before the anchor's (March 2025), or the next one after it.
        (
            "Prices rose last March.",
            &[("last March", "DATE", Some("2024-03"), None)],
        ),
        (
            "The plant closed last January.",
            &[("last January", "DATE", Some("2025-01"), None)],
        ),
        (
            "The vote was held late last September.",
            &[("late last September", "DATE", Some("2024-09"), Some("END"))],
        ),
        (
            "Elections are due next March.",
            &[("next March", "DATE", Some("2026-03"), None)],
        ),
        (
            "The summit opens this October in Doha.",
            &[("this October", "DATE", Some("2025-10"), None)],
        ),
        (
            "Revenue rose in fiscal 2025.",
            &[("fiscal 2025", "DATE", Some("2025"), None)],
        ),
        (
            "Sales fell in Q1 2025.",
            &[("Q1 2025", "DATE", Some("2025-Q1"), None)],
        ),
        (
            "It shaped the 21st century.",
            &[("the 21st century", "DATE", Some("20"), None)],
        ),
        (
            "This renewed effort began earlier in 2025 after clashes.",
            &[("earlier in 2025", "DATE", Some("2025"), Some("START"))],
        ),
        (
            "On Tuesday, March 8, 2011, the court ruled.",
            &[("Tuesday, March 8, 2011", "DATE", Some("2011-03-08"), None)],
        ),
    ]);
}

#[test]
fn relative_dates() {
    check(&[
        (
            "The minister spoke today.",
            &[("today", "DATE", Some("2025-03-05"), None)],
        ),
        (
            "Troops withdrew yesterday.",
            &[("yesterday", "DATE", Some("2025-03-04"), None)],
        ),
        (
            "A vote is expected tomorrow.",
            &[("tomorrow", "DATE", Some("2025-03-06"), None)],
        ),
        (
            "Officials met on Tuesday.",
            &[("Tuesday", "DATE", Some("2025-03-04"), None)],
        ),
        (
            "They met last Friday.",
            &[("last Friday", "DATE", Some("2025-02-28"), None)],
        ),
        (
            "They meet next Monday.",
            &[("next Monday", "DATE", Some("2025-03-10"), None)],
        ),
        (
            "Prices fell last week.",
            &[("last week", "DATE", Some("2025-W09"), None)],
        ),
        (
            "Exports rose last year.",
            &[("last year", "DATE", Some("2024"), None)],
        ),
        (
            "Growth slowed this month.",
            &[("this month", "DATE", Some("2025-03"), None)],
        ),
        (
            "He resigned three days ago.",
            &[("three days ago", "DATE", Some("2025-03-02"), None)],
        ),
        (
            "The upcoming months will be critical.",
            &[("The upcoming months", "DATE", Some("FUTURE_REF"), None)],
        ),
        (
            "Violence has risen in recent years.",
            &[("recent years", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "Fighting resumed Tuesday evening.",
            &[("Tuesday evening", "TIME", Some("2025-03-04TEV"), None)],
        ),
    ]);
}

#[test]
fn durations_sets_times() {
    check(&[
        (
            "The ceasefire lasted two years.",
            &[("two years", "DURATION", Some("P2Y"), None)],
        ),
        (
            "Both sides agreed to a 48-hour ceasefire.",
            &[("48-hour", "DURATION", Some("PT48H"), None)],
        ),
        (
            "It ended a decades-long conflict.",
            &[("decades-long", "DURATION", Some("PXDE"), None)],
        ),
        (
            "After months of talks they agreed.",
            &[("months", "DURATION", Some("PXM"), None)],
        ),
        (
            "Protests happen every Friday.",
            &[("every Friday", "SET", Some("XXXX-WXX-5"), None)],
        ),
        (
            "The council meets weekly.",
            &[("weekly", "SET", Some("P1W"), None)],
        ),
        // "biweekly" was no trigger: it was found only beside another one.
        (
            "The newsletter goes out biweekly.",
            &[("biweekly", "SET", Some("P2W"), None)],
        ),
        (
            "The vote closes at 10:30 a.m. EST.",
            &[("10:30 a.m. EST", "TIME", Some("2025-03-05T10:30"), None)],
        ),
        (
            "Talks ran past midnight.",
            &[("midnight", "TIME", Some("2025-03-05T24:00"), None)],
        ),
        // A time of day takes the day it belongs to: the day named in its sentence, else
        // the anchor's (TimeML: "7 a.m." is a TIME with its date).
        (
            "The blast came on Friday at 10:35 a.m. near the port.",
            &[
                ("Friday", "DATE", Some("2025-02-28"), None),
                ("10:35 a.m.", "TIME", Some("2025-02-28T10:35"), None),
            ],
        ),
        (
            "Polls close at 8 p.m. on March 9, 2025, officials said.",
            &[
                ("8 p.m.", "TIME", Some("2025-03-09T20:00"), None),
                ("March 9, 2025", "DATE", Some("2025-03-09"), None),
            ],
        ),
        (
            "It lasted more than a decade.",
            &[(
                "more than a decade",
                "DURATION",
                Some("P10Y"),
                Some("MORE_THAN"),
            )],
        ),
    ]);
}

#[test]
fn guarded_false_positives() {
    check(&[
        ("Theresa May said talks would go on.", &[]),
        ("They may agree if pressed.", &[]),
        ("The March on Washington drew crowds.", &[]),
        ("Some 2,500 troops were deployed.", &[]),
        ("The party won 2025 votes in the district.", &[]),
        ("Call 555-2025 for details.", &[]),
        ("The score was 3-1 after extra time.", &[]),
        // Digits and case folding are ASCII: a Unicode digit is no day, a long s no "s".
        (
            "Talks resumed on March \u{663}, 2025.",
            &[("2025", "DATE", Some("2025"), None)],
        ),
        ("It ended twenty-\u{17F}ix days later.", &[]),
        (
            "Upgrade to version 2.0 now.",
            &[("now", "DATE", Some("PRESENT_REF"), None)],
        ),
    ]);
}

/// Expressions as wire stories, government statements and features write them, each in a
/// sentence. With the rows of the tables above this makes over 250 expressions, more than
/// 40 of which must produce nothing.
#[test]
fn news_expression_table() {
    check(&[
        // Absolute dates and months.
        (
            "The ceasefire took effect on January 19, 2025.",
            &[("January 19, 2025", "DATE", Some("2025-01-19"), None)],
        ),
        (
            "Elections were held on 12 October 2024.",
            &[("12 October 2024", "DATE", Some("2024-10-12"), None)],
        ),
        (
            "The summit opened Feb. 10 in Paris.",
            &[("Feb. 10", "DATE", Some("2025-02-10"), None)],
        ),
        (
            "He was born on July 4, 1976.",
            &[("July 4, 1976", "DATE", Some("1976-07-04"), None)],
        ),
        (
            "The law passed on Dec. 31, 1999.",
            &[("Dec. 31, 1999", "DATE", Some("1999-12-31"), None)],
        ),
        (
            "The treaty was signed in 1979.",
            &[("1979", "DATE", Some("1979"), None)],
        ),
        (
            "The company was founded in 1998 by two engineers.",
            &[("1998", "DATE", Some("1998"), None)],
        ),
        (
            "Protests erupted in October 2019.",
            &[("October 2019", "DATE", Some("2019-10"), None)],
        ),
        (
            "By September 2024 the fund had run dry.",
            &[("September 2024", "DATE", Some("2024-09"), None)],
        ),
        (
            "The data cover 2020-2023.",
            &[
                ("2020", "DATE", Some("2020"), None),
                ("2023", "DATE", Some("2023"), None),
            ],
        ),
        (
            "The figures for 2023–2025 were revised.",
            &[
                ("2023", "DATE", Some("2023"), None),
                ("2025", "DATE", Some("2025"), None),
            ],
        ),
        (
            "Talks ran from 2001 to 2009.",
            &[
                ("2001", "DATE", Some("2001"), None),
                ("2009", "DATE", Some("2009"), None),
            ],
        ),
        (
            "The report, dated 2024-11-05, was leaked.",
            &[("2024-11-05", "DATE", Some("2024-11-05"), None)],
        ),
        (
            "The meeting is set for 04/15/2025.",
            &[("04/15/2025", "DATE", Some("2025-04-15"), None)],
        ),
        (
            "On 3/4/25 the shipment arrived.",
            &[("3/4/25", "DATE", Some("2025-03-04"), None)],
        ),
        (
            "Sales peaked in the 1980s.",
            &[("the 1980s", "DATE", Some("198"), None)],
        ),
        (
            "Music from the '60s filled the hall.",
            &[("the '60s", "DATE", Some("196"), None)],
        ),
        (
            "Growth slowed in the early 2000s.",
            &[("the early 2000s", "DATE", Some("200"), Some("START"))],
        ),
        (
            "By the mid-1990s the party had collapsed.",
            &[("the mid-1990s", "DATE", Some("199"), Some("MID"))],
        ),
        (
            "The 1930s saw mass unemployment.",
            &[("The 1930s", "DATE", Some("193"), None)],
        ),
        (
            "The building dates from the late 19th century.",
            &[("the late 19th century", "DATE", Some("18"), Some("END"))],
        ),
        (
            "It was the bloodiest war of the 20th century.",
            &[("the 20th century", "DATE", Some("19"), None)],
        ),
        (
            "The custom goes back to 12th century law.",
            &[("12th century", "DATE", Some("11"), None)],
        ),
        (
            "Inflation hit a peak in late 2022.",
            &[("late 2022", "DATE", Some("2022"), Some("END"))],
        ),
        (
            "Talks are expected to resume in early 2026.",
            &[("early 2026", "DATE", Some("2026"), Some("START"))],
        ),
        (
            "Revenue rose in mid-2023.",
            &[("mid-2023", "DATE", Some("2023"), Some("MID"))],
        ),
        (
            "Output fell in the first quarter of 2025.",
            &[("the first quarter of 2025", "DATE", Some("2025-Q1"), None)],
        ),
        // A quarter without its year is the anchor year's, as business news writes it,
        // and the adjective "third-quarter" is one; a half needs its year.
        (
            "Profit rose in the third quarter, the company said.",
            &[("the third quarter", "DATE", Some("2025-Q3"), None)],
        ),
        (
            "Third-quarter profit rose 5%.",
            &[("Third-quarter", "DATE", Some("2025-Q3"), None)],
        ),
        (
            "The bank posted fourth-quarter earnings on Tuesday.",
            &[
                ("fourth-quarter", "DATE", Some("2025-Q4"), None),
                ("Tuesday", "DATE", Some("2025-03-04"), None),
            ],
        ),
        (
            "Sales in Q2 beat forecasts.",
            &[("Q2", "DATE", Some("2025-Q2"), None)],
        ),
        ("Madrid led at the end of the first half.", &[]),
        // "the quarter" is the quarter last named, else (like "the latest quarter") the
        // last one ended before the anchor.
        (
            "Profit rose in the third quarter. In the quarter, sales fell.",
            &[
                ("the third quarter", "DATE", Some("2025-Q3"), None),
                ("the quarter", "DATE", Some("2025-Q3"), None),
            ],
        ),
        (
            "Results for the latest quarter were weak.",
            &[("the latest quarter", "DATE", Some("2024-Q4"), None)],
        ),
        (
            "Sales fell in the quarter, the company said.",
            &[("the quarter", "DATE", Some("2024-Q4"), None)],
        ),
        (
            "Profits jumped in Q3 2024.",
            &[("Q3 2024", "DATE", Some("2024-Q3"), None)],
        ),
        (
            "Spending will rise in the second half of 2025.",
            &[("the second half of 2025", "DATE", Some("2025-H2"), None)],
        ),
        (
            "The project ends in fiscal 2027.",
            &[("fiscal 2027", "DATE", Some("2027"), None)],
        ),
        (
            "The vote took place in late March.",
            &[("late March", "DATE", Some("2025-03"), Some("END"))],
        ),
        (
            "Deliveries begin in mid-April.",
            &[("mid-April", "DATE", Some("2025-04"), Some("MID"))],
        ),
        (
            "The harvest starts at the end of May.",
            &[("the end of May", "DATE", Some("2025-05"), Some("END"))],
        ),
        (
            "She retired in June.",
            &[("June", "DATE", Some("2025-06"), None)],
        ),
        (
            "The plan was unveiled in May.",
            &[("May", "DATE", Some("2025-05"), None)],
        ),
        (
            "Prices have risen since January.",
            &[("January", "DATE", Some("2025-01"), None)],
        ),
        (
            "From May to July, fighting intensified.",
            &[
                ("May", "DATE", Some("2025-05"), None),
                ("July", "DATE", Some("2025-07"), None),
            ],
        ),
        (
            "Rain fell between May and July.",
            &[
                ("May", "DATE", Some("2025-05"), None),
                ("July", "DATE", Some("2025-07"), None),
            ],
        ),
        (
            "The 2024 election changed everything.",
            &[("2024", "DATE", Some("2024"), None)],
        ),
        (
            "In 2019, the war broke out.",
            &[("2019", "DATE", Some("2019"), None)],
        ),
        (
            "The deadline is 30 June 2025.",
            &[("30 June 2025", "DATE", Some("2025-06-30"), None)],
        ),
        (
            "Sept. 11, 2001 changed the world.",
            &[("Sept. 11, 2001", "DATE", Some("2001-09-11"), None)],
        ),
        (
            "The first case was reported at 2020-01-21T09:30.",
            &[("2020-01-21T09:30", "TIME", Some("2020-01-21T09:30"), None)],
        ),
        (
            "Talks are scheduled for March 3-5.",
            &[
                ("March 3", "DATE", Some("2025-03-03"), None),
                ("5", "DATE", Some("2025-03-05"), None),
            ],
        ),
        (
            "The Treaty of 1648 ended the war.",
            &[("1648", "DATE", Some("1648"), None)],
        ),
        (
            "Records go back to 1850.",
            &[("1850", "DATE", Some("1850"), None)],
        ),
        (
            "He served until 2016.",
            &[("2016", "DATE", Some("2016"), None)],
        ),
        (
            "In the summer of 2024, heat records fell.",
            &[("summer of 2024", "DATE", Some("2024-SU"), None)],
        ),
        (
            "Officials met on Jan. 5.",
            &[("Jan. 5", "DATE", Some("2025-01-05"), None)],
        ),
        (
            "The strike began Nov. 3, 2023, at dawn.",
            &[("Nov. 3, 2023", "DATE", Some("2023-11-03"), None)],
        ),
        (
            "The accord of 17 September 1978 still stands.",
            &[("17 September 1978", "DATE", Some("1978-09-17"), None)],
        ),
        (
            "Work resumes on the 3rd of April.",
            &[("the 3rd of April", "DATE", Some("2025-04-03"), None)],
        ),
        (
            "Results are due in April 2025.",
            &[("April 2025", "DATE", Some("2025-04"), None)],
        ),
        (
            "The crisis deepened throughout 2008.",
            &[("2008", "DATE", Some("2008"), None)],
        ),
        (
            "Oil prices collapsed in 2014 and 2020.",
            &[
                ("2014", "DATE", Some("2014"), None),
                ("2020", "DATE", Some("2020"), None),
            ],
        ),
        (
            "The museum reopened on Sunday, June 1, 2025.",
            &[("Sunday, June 1, 2025", "DATE", Some("2025-06-01"), None)],
        ),
        (
            "The ruling of Aug. 8, 1974 was final.",
            &[("Aug. 8, 1974", "DATE", Some("1974-08-08"), None)],
        ),
        (
            "The dam was completed in 1970 after a decade of work.",
            &[
                ("1970", "DATE", Some("1970"), None),
                ("a decade", "DURATION", Some("P10Y"), None),
            ],
        ),
        // Relative to the article's date (Wednesday 2025-03-05).
        (
            "Today the cabinet meets.",
            &[("Today", "DATE", Some("2025-03-05"), None)],
        ),
        (
            "The results came in yesterday.",
            &[("yesterday", "DATE", Some("2025-03-04"), None)],
        ),
        (
            "Talks will resume tomorrow.",
            &[("tomorrow", "DATE", Some("2025-03-06"), None)],
        ),
        (
            "The president speaks tonight.",
            &[("tonight", "TIME", Some("2025-03-05TNI"), None)],
        ),
        (
            "Shelling continued last night.",
            &[("last night", "TIME", Some("2025-03-04TNI"), None)],
        ),
        (
            "The minister resigned this morning.",
            &[("this morning", "TIME", Some("2025-03-05TMO"), None)],
        ),
        (
            "Protesters gathered yesterday afternoon.",
            &[("yesterday afternoon", "TIME", Some("2025-03-04TAF"), None)],
        ),
        (
            "A vote is due tomorrow evening.",
            &[("tomorrow evening", "TIME", Some("2025-03-06TEV"), None)],
        ),
        (
            "The envoy arrived on Monday.",
            &[("Monday", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "Officials confirmed the deal on Wednesday.",
            &[("Wednesday", "DATE", Some("2025-03-05"), None)],
        ),
        (
            "Talks collapsed on Friday.",
            &[("Friday", "DATE", Some("2025-02-28"), None)],
        ),
        (
            "The rally was held Sunday.",
            &[("Sunday", "DATE", Some("2025-03-02"), None)],
        ),
        (
            "They spoke last Monday.",
            &[("last Monday", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "The court will rule next Friday.",
            &[("next Friday", "DATE", Some("2025-03-07"), None)],
        ),
        (
            "The board meets next Wednesday.",
            &[("next Wednesday", "DATE", Some("2025-03-12"), None)],
        ),
        (
            "The deal may be signed this Friday.",
            &[("this Friday", "DATE", Some("2025-03-07"), None)],
        ),
        (
            "Fighting resumed Thursday morning.",
            &[("Thursday morning", "TIME", Some("2025-02-27TMO"), None)],
        ),
        (
            "Markets rallied this week.",
            &[("this week", "DATE", Some("2025-W10"), None)],
        ),
        (
            "A decision is expected next week.",
            &[("next week", "DATE", Some("2025-W11"), None)],
        ),
        (
            "Exports fell last month.",
            &[("last month", "DATE", Some("2025-02"), None)],
        ),
        (
            "The plant opens next month.",
            &[("next month", "DATE", Some("2025-04"), None)],
        ),
        (
            "Elections are due next year.",
            &[("next year", "DATE", Some("2026"), None)],
        ),
        (
            "This year has been difficult.",
            &[("This year", "DATE", Some("2025"), None)],
        ),
        (
            "The bank raised rates earlier this year.",
            &[("earlier this year", "DATE", Some("2025"), Some("START"))],
        ),
        (
            "A ruling is expected later this month.",
            &[("later this month", "DATE", Some("2025-03"), Some("END"))],
        ),
        (
            "Rebels advanced earlier this week.",
            &[("earlier this week", "DATE", Some("2025-W10"), Some("START"))],
        ),
        (
            "Clashes broke out last weekend.",
            &[("last weekend", "DATE", Some("2025-W09-WE"), None)],
        ),
        (
            "Crowds are expected this weekend.",
            &[("this weekend", "DATE", Some("2025-W10-WE"), None)],
        ),
        (
            "Growth will slow next quarter.",
            &[("next quarter", "DATE", Some("2025-Q2"), None)],
        ),
        (
            "Profits fell last quarter.",
            &[("last quarter", "DATE", Some("2024-Q4"), None)],
        ),
        (
            "Violence has surged over the past decade.",
            &[("the past decade", "DURATION", Some("P10Y"), None)],
        ),
        (
            "Prices doubled over the past week.",
            &[("the past week", "DURATION", Some("P1W"), None)],
        ),
        (
            "He was arrested three days ago.",
            &[("three days ago", "DATE", Some("2025-03-02"), None)],
        ),
        (
            "The bill passed two weeks ago.",
            &[("two weeks ago", "DATE", Some("2025-W08"), None)],
        ),
        (
            "A year ago the town was quiet.",
            &[("A year ago", "DATE", Some("2024"), None)],
        ),
        (
            "The mine closed five years ago.",
            &[("five years ago", "DATE", Some("2020"), None)],
        ),
        (
            "The talks began six months ago.",
            &[("six months ago", "DATE", Some("2024-09"), None)],
        ),
        // The value of "N units ago" is as fine as its unit (TimeML's guidelines): a year
        // for years, a month for months, a week for weeks, a day for days.
        (
            "The plant opened three years ago, officials said.",
            &[("three years ago", "DATE", Some("2022"), None)],
        ),
        (
            "The strike began 10 days ago.",
            &[("10 days ago", "DATE", Some("2025-02-23"), None)],
        ),
        (
            "The rains came a month ago.",
            &[("a month ago", "DATE", Some("2025-02"), None)],
        ),
        (
            "He left the party a week ago.",
            &[("a week ago", "DATE", Some("2025-W09"), None)],
        ),
        (
            "Two weeks later, the army withdrew.",
            &[("Two weeks later", "DATE", Some("FUTURE_REF"), None)],
        ),
        (
            "Three days earlier, he had fled.",
            &[("Three days earlier", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "The group has recently changed tactics.",
            &[("recently", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "The border is currently closed.",
            &[("currently", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "The talks are now in their third week.",
            &[("now", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "Few families farm nowadays.",
            &[("nowadays", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "At present, no talks are planned.",
            &[("At present", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "These days the square is empty.",
            &[("These days", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "Tensions have risen lately.",
            &[("lately", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "Such deals failed in the past.",
            &[("the past", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "Prices will rise in the future.",
            &[("the future", "DATE", Some("FUTURE_REF"), None)],
        ),
        (
            "A decision is expected soon.",
            &[("soon", "DATE", Some("FUTURE_REF"), None)],
        ),
        (
            "More aid will arrive in the coming weeks.",
            &[("the coming weeks", "DATE", Some("FUTURE_REF"), None)],
        ),
        (
            "Attacks have grown in recent months.",
            &[("recent months", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "The site was previously a military base.",
            &[("previously", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "Fighting intensified this summer.",
            &[("this summer", "DATE", Some("2025-SU"), None)],
        ),
        (
            "Heating costs soared last winter.",
            &[("last winter", "DATE", Some("2024-WI"), None)],
        ),
        (
            "The museum reopens next spring.",
            &[("next spring", "DATE", Some("2026-SP"), None)],
        ),
        (
            "Construction resumes in the fall.",
            &[("fall", "DATE", Some("2025-FA"), None)],
        ),
        (
            "Shops closed early on Christmas Eve.",
            &[("Christmas Eve", "DATE", Some("2024-12-24"), None)],
        ),
        (
            "The parade is held on Independence Day.",
            &[("Independence Day", "DATE", Some("2025-07-04"), None)],
        ),
        (
            "Fireworks lit the sky on New Year's Eve.",
            &[("New Year's Eve", "DATE", Some("2024-12-31"), None)],
        ),
        // Durations.
        (
            "The siege lasted two years.",
            &[("two years", "DURATION", Some("P2Y"), None)],
        ),
        (
            "Rescuers searched for 48 hours.",
            &[("48 hours", "DURATION", Some("PT48H"), None)],
        ),
        (
            "The war lasted a decade.",
            &[("a decade", "DURATION", Some("P10Y"), None)],
        ),
        (
            "Negotiations took three months.",
            &[("three months", "DURATION", Some("P3M"), None)],
        ),
        (
            "The strike lasted ten days.",
            &[("ten days", "DURATION", Some("P10D"), None)],
        ),
        (
            "The meeting ran 90 minutes.",
            &[("90 minutes", "DURATION", Some("PT90M"), None)],
        ),
        (
            "The tremor lasted 30 seconds.",
            &[("30 seconds", "DURATION", Some("PT30S"), None)],
        ),
        (
            "Aid was cut off for six weeks.",
            &[("six weeks", "DURATION", Some("P6W"), None)],
        ),
        (
            "Both sides agreed to a 30-day truce.",
            &[("30-day", "DURATION", Some("P30D"), None)],
        ),
        (
            "He began a week-long visit to Cairo.",
            &[("a week-long", "DURATION", Some("P1W"), None)],
        ),
        (
            "The plan spans a 10-year period.",
            &[("10-year", "DURATION", Some("P10Y"), None)],
        ),
        (
            "Talks dragged on for several years.",
            &[("several years", "DURATION", Some("PXY"), None)],
        ),
        (
            "Power returned after a few days.",
            &[("a few days", "DURATION", Some("PXD"), None)],
        ),
        (
            "The dispute took many months to settle.",
            &[("many months", "DURATION", Some("PXM"), None)],
        ),
        (
            "The region has been unstable for decades.",
            &[("decades", "DURATION", Some("PXDE"), None)],
        ),
        (
            "The drought lasted about two years.",
            &[("about two years", "DURATION", Some("P2Y"), Some("APPROX"))],
        ),
        (
            "The feud went on for nearly three decades.",
            &[(
                "nearly three decades",
                "DURATION",
                Some("P30Y"),
                Some("APPROX"),
            )],
        ),
        (
            "The talks lasted less than a week.",
            &[(
                "less than a week",
                "DURATION",
                Some("P1W"),
                Some("LESS_THAN"),
            )],
        ),
        (
            "He ruled for over 20 years.",
            &[("over 20 years", "DURATION", Some("P20Y"), Some("MORE_THAN"))],
        ),
        (
            "Detainees can be held for up to six months.",
            &[(
                "up to six months",
                "DURATION",
                Some("P6M"),
                Some("LESS_THAN"),
            )],
        ),
        (
            "Unemployment rose over the past three years.",
            &[("three years", "DURATION", Some("P3Y"), None)],
        ),
        (
            "The flight took 1.5 hours.",
            &[("1.5 hours", "DURATION", Some("PT1.5H"), None)],
        ),
        (
            "The family lived there for twenty-five years.",
            &[("twenty-five years", "DURATION", Some("P25Y"), None)],
        ),
        // A number word takes a unit word after it only when it is a tens word: "a
        // two-day" is two days, not "a" (1) plus "two" (2).
        (
            "Ministers met for a two-day summit in Cairo.",
            &[("two-day", "DURATION", Some("P2D"), None)],
        ),
        (
            "Rescuers worked through a five-hour search.",
            &[("five-hour", "DURATION", Some("PT5H"), None)],
        ),
        (
            "The siege lasted ninety-one days.",
            &[("ninety-one days", "DURATION", Some("P91D"), None)],
        ),
        (
            "The treaty held for seventy years.",
            &[("seventy years", "DURATION", Some("P70Y"), None)],
        ),
        (
            "The cathedral took a century to build.",
            &[("a century", "DURATION", Some("P100Y"), None)],
        ),
        (
            "The dynasty ruled for two centuries.",
            &[("two centuries", "DURATION", Some("P200Y"), None)],
        ),
        (
            "The rebels held the town for weeks.",
            &[("weeks", "DURATION", Some("PXW"), None)],
        ),
        (
            "A 72-hour curfew was imposed.",
            &[("72-hour", "DURATION", Some("PT72H"), None)],
        ),
        (
            "Years of drought emptied the villages.",
            &[("Years", "DURATION", Some("PXY"), None)],
        ),
        // Sets.
        (
            "Markets close early every Friday.",
            &[("every Friday", "SET", Some("XXXX-WXX-5"), None)],
        ),
        (
            "Inspectors visit every day.",
            &[("every day", "SET", Some("P1D"), None)],
        ),
        (
            "The committee meets every week.",
            &[("every week", "SET", Some("P1W"), None)],
        ),
        (
            "The festival is held each year.",
            &[("each year", "SET", Some("P1Y"), None)],
        ),
        (
            "The paper appears every other week.",
            &[("every other week", "SET", Some("P2W"), None)],
        ),
        (
            "The ministry publishes figures daily.",
            &[("daily", "SET", Some("P1D"), None)],
        ),
        (
            "The index is updated monthly.",
            &[("monthly", "SET", Some("P1M"), None)],
        ),
        (
            "The award is given annually.",
            &[("annually", "SET", Some("P1Y"), None)],
        ),
        (
            "The council meets twice a month.",
            &[("twice a month", "SET", Some("P1M"), None)],
        ),
        (
            "Prices are reviewed once a year.",
            &[("once a year", "SET", Some("P1Y"), None)],
        ),
        (
            "Trains run three times a week.",
            &[("three times a week", "SET", Some("P1W"), None)],
        ),
        (
            "Guards patrol every morning.",
            &[("every morning", "SET", Some("TMO"), None)],
        ),
        (
            "Results are reported quarterly.",
            &[("quarterly", "SET", Some("P3M"), None)],
        ),
        (
            "Readings are taken hourly.",
            &[("hourly", "SET", Some("PT1H"), None)],
        ),
        (
            "Fans gather every weekend.",
            &[("every weekend", "SET", Some("XXXX-WXX-WE"), None)],
        ),
        (
            "Services are held every Sunday.",
            &[("every Sunday", "SET", Some("XXXX-WXX-7"), None)],
        ),
        (
            "The plant produces 300 million cubic metres of water a year.",
            &[("a year", "SET", Some("P1Y"), None)],
        ),
        // Times of day.
        (
            "The blast happened at 10:30 a.m.",
            &[("10:30 a.m.", "TIME", Some("2025-03-05T10:30"), None)],
        ),
        (
            "Polls close at 3 p.m.",
            &[("3 p.m.", "TIME", Some("2025-03-05T15:00"), None)],
        ),
        (
            "The curfew starts at 9pm.",
            &[("9pm", "TIME", Some("2025-03-05T21:00"), None)],
        ),
        (
            "The train left at 7:45 PM.",
            &[("7:45 PM", "TIME", Some("2025-03-05T19:45"), None)],
        ),
        (
            "Trading halted at 14:00 GMT.",
            &[("14:00 GMT", "TIME", Some("2025-03-05T14:00"), None)],
        ),
        (
            "The ceremony begins at noon.",
            &[("noon", "TIME", Some("2025-03-05T12:00"), None)],
        ),
        (
            "The attack came at 12:30 a.m.",
            &[("12:30 a.m.", "TIME", Some("2025-03-05T00:30"), None)],
        ),
        (
            "The quake struck at 6 a.m. local time.",
            &[("6 a.m. local time", "TIME", Some("2025-03-05T06:00"), None)],
        ),
        (
            "Sirens sounded around 11:15.",
            &[("11:15", "TIME", Some("2025-03-05T11:15"), None)],
        ),
        (
            "Flights resumed at 08:00 UTC.",
            &[("08:00 UTC", "TIME", Some("2025-03-05T08:00"), None)],
        ),
        (
            "Crowds gathered by midday.",
            &[("midday", "TIME", Some("2025-03-05T12:00"), None)],
        ),
        // Several in one sentence.
        (
            "On Monday, March 3, 2025, at 10 a.m., officials said talks would last two weeks.",
            &[
                ("Monday, March 3, 2025", "DATE", Some("2025-03-03"), None),
                ("10 a.m.", "TIME", Some("2025-03-03T10:00"), None),
                ("two weeks", "DURATION", Some("P2W"), None),
            ],
        ),
        (
            "The truce, agreed in January, held until late February.",
            &[
                ("January", "DATE", Some("2025-01"), None),
                ("late February", "DATE", Some("2025-02"), Some("END")),
            ],
        ),
        // Nothing to find.
        ("Theresa May met the press.", &[]),
        ("They may agree if pressed.", &[]),
        ("Will May resign?", &[]),
        ("Mr. March denied the report.", &[]),
        ("The May Day parade was cancelled.", &[]),
        ("Protesters march through the capital.", &[]),
        ("She will march on.", &[]),
        ("We may never know.", &[]),
        ("Prices may fall.", &[]),
        ("The Mayflower sailed from Plymouth.", &[]),
        ("He read the Sun on the train.", &[]),
        ("The Second World War reshaped Europe.", &[]),
        ("Version 2.0 was released.", &[]),
        ("Room 2014 was locked.", &[]),
        ("Flight 2019 landed safely.", &[]),
        ("He scored 1999 points in his career.", &[]),
        ("The agency employs 2030 workers.", &[]),
        ("There were 1200 protesters.", &[]),
        ("Temperatures reached 45 degrees.", &[]),
        ("The ratio was 3:1.", &[]),
        ("The company sold 2,024 units.", &[]),
        ("The 747 landed.", &[]),
        ("She is 25 years old.", &[]),
        ("A 3-year-old boy was hurt.", &[]),
        ("The decision was a long time coming.", &[]),
        ("Up to 1,500 people were evacuated.", &[]),
        ("The Times reported it.", &[]),
        ("The stock fell 2.5%.", &[]),
        ("He dialed 911.", &[]),
        ("The model Z-2000 sold well.", &[]),
        ("The Sunday Times said the plan had failed.", &[]),
        ("Saturday Night Live returned.", &[]),
        ("The Good Friday Agreement was signed by both sides.", &[]),
        ("Spring Street was closed.", &[]),
        ("The Winter Olympics open in Milan.", &[]),
        ("A $2025 fine was imposed.", &[]),
        ("The team won 3-2 on penalties.", &[]),
        ("She has two children.", &[]),
        ("I'll see you later.", &[]),
        ("The 1-0 win lifted the team.", &[]),
        ("Ages 18-24 were surveyed.", &[]),
        ("He wore number 23.", &[]),
        ("Leaves fall from the trees.", &[]),
        ("The decade-old dispute flared.", &[]),
        ("Police arrested 2017 suspects.", &[]),
    ]);
}

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
        ("in mid-March", &["Mar"]),
        ("a summary of Hamas", &[]),
        ("at 5pm and 7 A.M. local", &["a.m", "pm"]),
        ("MONDAY, or a Monday", &["Monday"]),
        ("on New Year's Eve", &["New year", "year"]),
        ("the years", &["year", "years"]),
        ("Émarch", &[]),
        ("ÉMarch", &["Mar"]),
        ("newyear new\tyear", &["year"]),
        ("Independence Day", &["Independence day", "day"]),
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
