//! Rule tables for date detection and normalization: (sentence, expected mentions as
//! (text, type, value, mod)), resolved against the anchor 2025-03-05 (a Wednesday).

use super::pattern::*;
use super::rules::*;
use super::search::*;
use super::triggers::*;
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
    found_on(ANCHOR, src)
}

fn found_on(
    anchor: &str,
    src: &str,
) -> Vec<(String, &'static str, Option<String>, Option<&'static str>)> {
    let layer = text::analyze(src);
    let layout = structure::analyze(src, &layer);
    let ctx = Context::new(src, &layer, &layout);
    let anchor = Anchor {
        date: CivilDate::parse(anchor).unwrap(),
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
                m.modifier.map(TimexMod::as_str),
            )
        })
        .collect()
}

fn check(cases: &[(&str, &[Want])]) {
    check_on(ANCHOR, cases)
}

/// As [`check`], against another anchor (for what the anchor's month decides).
fn check_on(anchor: &str, cases: &[(&str, &[Want])]) {
    let mut failures = Vec::new();
    for (src, want) in cases {
        let got = found_on(anchor, src);
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
            &[("The upcoming months", "DURATION", Some("PXM"), None)],
        ),
        (
            "Violence has risen in recent years.",
            &[("recent years", "DURATION", Some("PXY"), None)],
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
        // A capitalized "Daily" beside a name's word is part of the name.
        ("The Daily Mail and Zeta Daily in Tijuana ran the story.", &[]),
        ("He wrote for the Weekly Standard.", &[]),
        (
            "Daily, the council meets at noon.",
            &[
                ("Daily", "SET", Some("P1D"), None),
                ("noon", "TIME", Some("2025-03-05T12:00"), None),
            ],
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
        // the last day named before it, else the anchor's (TimeML: "7 a.m." is a TIME with
        // its date).
        (
            "A wildfire tore through homes on Monday. The fire started shortly before 9 a.m. \
             near Moorpark.",
            &[
                ("Monday", "DATE", Some("2025-03-03"), None),
                ("9 a.m.", "TIME", Some("2025-03-03T09:00"), None),
            ],
        ),
        // A day that owns a noun tells of an earlier event: not the day of the time.
        (
            "Markets recovered on Tuesday after Monday's 6% slide. The index rose 2% by \
             3:30 p.m.",
            &[
                ("Tuesday", "DATE", Some("2025-03-04"), None),
                ("Monday", "DATE", Some("2025-03-03"), None),
                ("3:30 p.m.", "TIME", Some("2025-03-04T15:30"), None),
            ],
        ),
        (
            "The blast came on Friday at 10:35 a.m. near the port.",
            &[
                ("Friday", "DATE", Some("2025-02-28"), None),
                ("10:35 a.m.", "TIME", Some("2025-02-28T10:35"), None),
            ],
        ),
        // A price a market closed at lies behind, whatever the sentence plans.
        (
            "Holders will receive $21 a share based on Friday's closing price.",
            &[("Friday", "DATE", Some("2025-02-28"), None)],
        ),
        (
            "Investors will watch Friday's jobs report.",
            &[("Friday", "DATE", Some("2025-03-07"), None)],
        ),
        // A time of a named day dates the times after it; results a company reports in
        // the present are scheduled.
        (
            "A plane crashed on Tuesday evening. It had lifted off at about 5:15 p.m. when an \
             engine failed.",
            &[
                ("Tuesday evening", "TIME", Some("2025-03-04TEV"), None),
                ("5:15 p.m.", "TIME", Some("2025-03-04T17:15"), None),
            ],
        ),
        (
            "Lightning sparked the fire on Sunday evening. It had burned 76,000 hectares by \
             midday.",
            &[
                ("Sunday evening", "TIME", Some("2025-03-02TEV"), None),
                ("midday", "TIME", Some("2025-03-05T12:00"), None),
            ],
        ),
        (
            "Amazon reports its results on Thursday after markets close.",
            &[("Thursday", "DATE", Some("2025-03-06"), None)],
        ),
        // A month in the past is behind the anchor, whatever year the sentence named
        // before it; the past of what was said, after the month, is the saying's.
        (
            "It expects profit in March 2026, up from its previous forecast made in August.",
            &[
                ("March 2026", "DATE", Some("2026-03"), None),
                ("August", "DATE", Some("2024-08"), None),
            ],
        ),
        (
            "Powell said another cut in April was far from assured.",
            &[("April", "DATE", Some("2025-04"), None)],
        ),
        // A day named later in another clause is not the time's.
        (
            "The panel voted on Friday in a session that began at 11 a.m. and will remain \
             open until March 14.",
            &[
                ("Friday", "DATE", Some("2025-02-28"), None),
                ("11 a.m.", "TIME", Some("2025-02-28T11:00"), None),
                ("March 14", "DATE", Some("2025-03-14"), None),
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
        ("Boris Johnson and May spoke; Fox or March may run.", &[]),
        ("The second Test is a day-night match; sales rose a year-on-year 5%.", &[]),
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

mod engine;
mod news_comparisons;
mod news_calendar;
mod news_durations;
mod news_references;
mod news_relative;
