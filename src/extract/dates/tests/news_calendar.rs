//! News sentences with calendar expressions: dates, months, years, quarters, seasons, holidays.

use super::{check, check_on};

#[test]
fn news_calendar() {
    check(&[
        // "May" and "March" after another month and "and"/"or".
        (
            "Output stays steady in January, February and March because of seasonality.",
            &[
                ("January", "DATE", Some("2025-01"), None),
                ("February", "DATE", Some("2025-02"), None),
                ("March", "DATE", Some("2025-03"), None),
            ],
        ),
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
        // A weekday of a month by its rank; from its end with "last".
        (
            "The election will be held on the first Sunday in October.",
            &[("the first Sunday in October", "DATE", Some("2025-10-05"), None)],
        ),
        (
            "The vote was held on the last Friday of February.",
            &[("the last Friday of February", "DATE", Some("2025-02-28"), None)],
        ),
        (
            "The fair opens on the second Tuesday of July 2026.",
            &[("the second Tuesday of July 2026", "DATE", Some("2026-07-14"), None)],
        ),
        // The end or the start of a quarter.
        (
            "The deadline is the end of the third quarter.",
            &[("the end of the third quarter", "DATE", Some("2025-Q3"), Some("END"))],
        ),
        // A half of the year the article is in.
        (
            "Sales rose 12% in the first half of the year.",
            &[("the first half of the year", "DATE", Some("2025-H1"), None)],
        ),
        // The week of a day is the ISO week holding it.
        (
            "The hearing will be held the week of March 17.",
            &[("the week of March 17", "DATE", Some("2025-W12"), None)],
        ),
        (
            "Talks stalled the week of Feb. 3, 2025, officials said.",
            &[("the week of Feb. 3, 2025", "DATE", Some("2025-W06"), None)],
        ),
        (
            "He spoke during the week of heavy rain.",
            &[],
        ),
        // A month that modifies a noun after an article, or after "for".
        (
            "Police solved the October slaying.",
            &[("October", "DATE", Some("2024-10"), None)],
        ),
        (
            "The company revised the job figures for January.",
            &[("January", "DATE", Some("2025-01"), None)],
        ),
        (
            "The June accession will enable them to vote.",
            &[("June", "DATE", Some("2025-06"), None)],
        ),
        (
            // What was said keeps the saying's tense: "was" reports "is", and the
            // meeting is the nearest September.
            "Lagarde said the bank's September meeting was wide open.",
            &[("September", "DATE", Some("2025-09"), None)],
        ),
        (
            "The bank will decide at its September meeting.",
            &[("September", "DATE", Some("2025-09"), None)],
        ),
        (
            "The ECB signals September cut as inflation eases.",
            &[("September", "DATE", Some("2025-09"), None)],
        ),
        (
            "The ECB signals a September cut as inflation eases.",
            &[("September", "DATE", Some("2025-09"), None)],
        ),
        (
            "Analysts see a rate cut in June, the bank said.",
            &[("June", "DATE", Some("2025-06"), None)],
        ),
        // The coming month after a past verb is the coming one; two months on, last year's.
        (
            "The kingdom told its customers of a cutback in its oil supply in April.",
            &[("April", "DATE", Some("2025-04"), None)],
        ),
        (
            "She has invited the ministers to a ceremony on April 12 to mark the accession.",
            &[("April 12", "DATE", Some("2025-04-12"), None)],
        ),
        (
            "The plant closed in May after a fire.",
            &[("May", "DATE", Some("2024-05"), None)],
        ),
        ("Black September claimed the attack.", &[]),
        ("They met June Carter in Nashville.", &[]),
        ("He led the March on Washington.", &[]),
        ("They watched the June Carter show.", &[]),
        // A day with "last", "this" or "next": the day, a year back or ahead as it falls.
        (
            "He was shot to death last Oct. 23 at his home.",
            &[("last Oct. 23", "DATE", Some("2024-10-23"), None)],
        ),
        (
            "The vote held last March 1 still stands.",
            &[("last March 1", "DATE", Some("2025-03-01"), None)],
        ),
        (
            "The vote held last March 9 still stands.",
            &[("last March 9", "DATE", Some("2024-03-09"), None)],
        ),
        (
            "The trial opens next Jan. 12 in Boston.",
            &[("next Jan. 12", "DATE", Some("2026-01-12"), None)],
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
        // A quarter named by its months; "the same period last year" is that quarter's.
        (
            "Revenue rose in the July-September quarter from the same period last year.",
            &[
                ("the July-September quarter", "DATE", Some("2024-Q3"), None),
                ("the same period last year", "DATE", Some("2023-Q3"), None),
            ],
        ),
        (
            "Sales fell 3% in the October-December period of 2024.",
            &[("the October-December period of 2024", "DATE", Some("2024-Q4"), None)],
        ),
        // A quarter without its year is the anchor year's, as business news writes it,
        // and the adjective "third-quarter" is one; a half needs its year.
        (
            "Profit rose in the third quarter, the company said.",
            &[("the third quarter", "DATE", Some("2024-Q3"), None)],
        ),
        (
            "Third-quarter profit rose 5%.",
            &[("Third-quarter", "DATE", Some("2024-Q3"), None)],
        ),
        (
            "The bank posted fourth-quarter earnings on Tuesday.",
            &[
                // Said in March: last year's fourth quarter, whose results come out now.
                ("fourth-quarter", "DATE", Some("2024-Q4"), None),
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
                ("the third quarter", "DATE", Some("2024-Q3"), None),
                ("the quarter", "DATE", Some("2024-Q3"), None),
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
            "The company will report fourth-quarter results in October.",
            &[
                ("fourth-quarter", "DATE", Some("2025-Q4"), None),
                ("October", "DATE", Some("2025-10"), None),
            ],
        ),
        // A quarter named with its year, or compared with the year before.
        (
            "Profit rose from the year-ago quarter.",
            &[("the year-ago quarter", "DATE", Some("2023-Q4"), None)],
        ),
        (
            "Sales fell 3% from the year-earlier period.",
            &[("the year-earlier period", "DATE", Some("2023-Q4"), None)],
        ),
        (
            "Net income beat the year-ago fourth quarter.",
            &[("the year-ago fourth quarter", "DATE", Some("2024-Q4"), None)],
        ),
        (
            "Revenue in this year's first quarter rose.",
            &[("this year's first quarter", "DATE", Some("2025-Q1"), None)],
        ),
        (
            "Net fell from last year's quarter.",
            &[("last year's quarter", "DATE", Some("2023-Q4"), None)],
        ),
        (
            "Analysts see gains in next year's second quarter.",
            &[("next year's second quarter", "DATE", Some("2026-Q2"), None)],
        ),
        (
            "Earnings trailed the 2023 third quarter.",
            &[("the 2023 third quarter", "DATE", Some("2023-Q3"), None)],
        ),
        (
            "Output slipped from the 2023 quarter.",
            &[("the 2023 quarter", "DATE", Some("2023-Q4"), None)],
        ),
        (
            "The latest period showed a loss.",
            &[("The latest period", "DATE", Some("2024-Q4"), None)],
        ),
        ("The period was difficult for the bank.", &[]),
        (
            "Profit rose from the year-ago quarter. In the quarter, sales fell.",
            &[
                ("the year-ago quarter", "DATE", Some("2023-Q4"), None),
                ("the quarter", "DATE", Some("2024-Q4"), None),
            ],
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
        // Told in the past tense in March, June and May are last year's.
        (
            "She retired in June.",
            &[("June", "DATE", Some("2024-06"), None)],
        ),
        (
            "The plan was unveiled in May.",
            &[("May", "DATE", Some("2024-05"), None)],
        ),
        (
            "Prices have risen since January.",
            &[("January", "DATE", Some("2025-01"), None)],
        ),
        (
            "From May to July, fighting intensified.",
            &[
                ("May", "DATE", Some("2024-05"), None),
                ("July", "DATE", Some("2024-07"), None),
            ],
        ),
        (
            "Rain fell between May and July.",
            &[
                ("May", "DATE", Some("2024-05"), None),
                ("July", "DATE", Some("2024-07"), None),
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
            "The summit will be held on April 24 and 25.",
            &[
                ("April 24", "DATE", Some("2025-04-24"), None),
                ("25", "DATE", Some("2025-04-25"), None),
            ],
        ),
        (
            "The vote is set for June 3 or 4, officials said.",
            &[
                ("June 3", "DATE", Some("2025-06-03"), None),
                ("4", "DATE", Some("2025-06-04"), None),
            ],
        ),
        (
            "Talks run from March 3 through 5 in Geneva.",
            &[
                ("March 3", "DATE", Some("2025-03-03"), None),
                ("5", "DATE", Some("2025-03-05"), None),
            ],
        ),
        (
            "Talks are scheduled for March 3-5, 2026, in Geneva.",
            &[
                ("March 3", "DATE", Some("2026-03-03"), None),
                ("5, 2026", "DATE", Some("2026-03-05"), None),
            ],
        ),
        (
            "Leaders met there on April 24 and 25, 1999.",
            &[
                ("April 24", "DATE", Some("1999-04-24"), None),
                ("25, 1999", "DATE", Some("1999-04-25"), None),
            ],
        ),
        (
            "Two died on April 24 and 25 people were hurt.",
            &[("April 24", "DATE", Some("2024-04-24"), None)],
        ),
        (
            "Polls closed on March 3 and 4 p.m. was the deadline.",
            &[
                ("March 3", "DATE", Some("2025-03-03"), None),
                ("4 p.m.", "TIME", Some("2025-03-03T16:00"), None),
            ],
        ),
        (
            "The post-1959 politics split thousands of families.",
            &[("post-1959", "DATE", Some("1959"), Some("AFTER"))],
        ),
        (
            "Most pre-2000 buildings lack the insulation.",
            &[("pre-2000", "DATE", Some("2000"), Some("BEFORE"))],
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
    ]);
}

#[test]
fn quarters_said_late_in_the_year() {
    // Looking ahead, a quarter four months gone is next year's; one just ended is still
    // the one whose results are awaited.
    check_on(
        "2025-11-02",
        &[
            (
                "The company will cut jobs in the first quarter.",
                &[("the first quarter", "DATE", Some("2026-Q1"), None)],
            ),
            (
                "It plans to pause increases in the second quarter.",
                &[("the second quarter", "DATE", Some("2026-Q2"), None)],
            ),
            (
                "It will report third-quarter profit on Thursday.",
                &[
                    ("third-quarter", "DATE", Some("2025-Q3"), None),
                    ("Thursday", "DATE", Some("2025-11-06"), None),
                ],
            ),
            (
                "The company cut jobs in the first quarter.",
                &[("the first quarter", "DATE", Some("2025-Q1"), None)],
            ),
        ],
    );
}
