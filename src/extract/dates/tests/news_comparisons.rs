//! News sentences that compare with a period a year before ("a year ago", "the same period
//! last year", "year-earlier"), and times joined to their day. The anchor is 2025-03-05, a
//! Wednesday.

use super::check;

#[test]
fn news_comparisons() {
    check(&[
        // A quarter that ended on the last days of a calendar quarter is that quarter; one
        // that ended in another month is the fiscal quarter named before.
        (
            "Delta posted net income of $50 million for the quarter ended Sept. 30.",
            &[
                ("the quarter", "DATE", Some("2024-Q3"), None),
                ("Sept. 30", "DATE", Some("2024-09-30"), None),
            ],
        ),
        (
            "Sun reported a loss for its first quarter. For the quarter ended Sept. 29, sales rose.",
            &[
                ("first quarter", "DATE", Some("2025-Q1"), None),
                ("the quarter", "DATE", Some("2025-Q1"), None),
                ("Sept. 29", "DATE", Some("2024-09-29"), None),
            ],
        ),
        (
            "Sales rose in the first quarter. In the quarter ended Aug. 26, profit fell.",
            &[
                ("the first quarter", "DATE", Some("2025-Q1"), None),
                ("the quarter", "DATE", Some("2025-Q1"), None),
                ("Aug. 26", "DATE", Some("2024-08-26"), None),
            ],
        ),
        // A comparison takes the period the story reports on, a year back.
        (
            "Fourth-quarter profit rose to $5 million from $4 million a year earlier.",
            &[
                ("Fourth-quarter", "DATE", Some("2024-Q4"), None),
                ("a year earlier", "DATE", Some("2023-Q4"), None),
            ],
        ),
        (
            "Net income rose in the fourth quarter. Revenue was $2 billion, up from $1.8 billion a year ago.",
            &[
                ("the fourth quarter", "DATE", Some("2024-Q4"), None),
                ("a year ago", "DATE", Some("2023-Q4"), None),
            ],
        ),
        (
            "Sales fell 35% in January, compared with the same month a year ago.",
            &[
                ("January", "DATE", Some("2025-01"), None),
                ("the same month a year ago", "DATE", Some("2024-01"), None),
            ],
        ),
        (
            "Sales rose 43% in February compared to the same period last year.",
            &[
                ("February", "DATE", Some("2025-02"), None),
                ("the same period last year", "DATE", Some("2024-02"), None),
            ],
        ),
        (
            "The bank lost $1 billion in the first quarter. In the same period a year earlier, it gained $704 million.",
            &[
                ("the first quarter", "DATE", Some("2025-Q1"), None),
                ("the same period a year earlier", "DATE", Some("2024-Q1"), None),
            ],
        ),
        (
            "Profit fell in the third quarter of 2024 from the corresponding period of the previous year.",
            &[
                ("the third quarter of 2024", "DATE", Some("2024-Q3"), None),
                ("the corresponding period of the previous year", "DATE", Some("2023-Q3"), None),
            ],
        ),
        (
            "The company posted a loss of $600,000, compared with year-earlier net income of $1 million.",
            &[("year-earlier", "DATE", Some("2024"), None)],
        ),
        (
            "Acme reported a third-quarter loss, compared with a year-ago profit.",
            &[
                ("third-quarter", "DATE", Some("2024-Q3"), None),
                ("year-ago", "DATE", Some("2023-Q3"), None),
            ],
        ),
        (
            "Consumer prices were 3.8 percent higher than a year earlier.",
            &[("a year earlier", "DATE", Some("2024"), None)],
        ),
        (
            "Unemployment is lower than a year ago.",
            &[("a year ago", "DATE", Some("2024"), None)],
        ),
        // The lead's quarter, not a forecast named between.
        (
            "Bethlehem posted a 54% drop in fourth-quarter profit. Analysts expect losses through the third quarter of 2026. The industry will see price erosion. In the year-ago period, Bethlehem earned $101 million.",
            &[
                ("fourth-quarter", "DATE", Some("2024-Q4"), None),
                ("the third quarter of 2026", "DATE", Some("2026-Q3"), None),
                ("the year-ago period", "DATE", Some("2023-Q4"), None),
            ],
        ),
        (
            "Revenue rose in the fourth quarter, and the 2023 period had been weak.",
            &[
                ("the fourth quarter", "DATE", Some("2024-Q4"), None),
                ("the 2023 period", "DATE", Some("2023-Q4"), None),
            ],
        ),
        // "the same period" alone is the one just named, not a comparison.
        (
            "Exports rose in January; imports fell over the same period.",
            &[("January", "DATE", Some("2025-01"), None)],
        ),
        // A quarter spoken of in the past that would begin over three months ahead is last
        // year's; a nearer one may be what a past plan is for.
        (
            "Third-quarter profit is expected to rise.",
            &[("Third-quarter", "DATE", Some("2025-Q3"), None)],
        ),
        (
            "Ford announced plant closures during the second quarter.",
            &[("the second quarter", "DATE", Some("2025-Q2"), None)],
        ),
        // A month or quarter of a year named relative to the anchor's.
        (
            "In June last year, the leadership had a falling out.",
            &[("June last year", "DATE", Some("2024-06"), None)],
        ),
        (
            "In the first quarter of last year, GM reported a loss.",
            &[("the first quarter of last year", "DATE", Some("2024-Q1"), None)],
        ),
        (
            "Output fell in the second half of this year.",
            &[("the second half of this year", "DATE", Some("2025-H2"), None)],
        ),
        (
            "The first quarter of Acme's results was weak.",
            &[("The first quarter", "DATE", Some("2025-Q1"), None)],
        ),
        // "the following year", "that day": relative to the date named last.
        (
            "The party was founded in 1995. The following year it won power.",
            &[
                ("1995", "DATE", Some("1995"), None),
                ("The following year", "DATE", Some("1996"), None),
            ],
        ),
        (
            "The plant opened in March 1989. The following month it closed.",
            &[
                ("March 1989", "DATE", Some("1989-03"), None),
                ("The following month", "DATE", Some("1989-04"), None),
            ],
        ),
        (
            "The strike began on Oct. 23, 2024. Earlier that day, talks had failed.",
            &[
                ("Oct. 23, 2024", "DATE", Some("2024-10-23"), None),
                ("Earlier that day", "DATE", Some("2024-10-23"), Some("START")),
            ],
        ),
        (
            "He resigned in 1998, and later that year he left the country.",
            &[
                ("1998", "DATE", Some("1998"), None),
                ("later that year", "DATE", Some("1998"), Some("END")),
            ],
        ),
        (
            "Police were called on April 3, 2009, and arrested him the same day.",
            &[
                ("April 3, 2009", "DATE", Some("2009-04-03"), None),
                ("the same day", "DATE", Some("2009-04-03"), None),
            ],
        ),
        (
            "The bomb exploded on Aug. 7, 1998. The next day, rescuers dug through the rubble.",
            &[
                ("Aug. 7, 1998", "DATE", Some("1998-08-07"), None),
                ("The next day", "DATE", Some("1998-08-08"), None),
            ],
        ),
        (
            "Sales fell in 2008 after a boom the previous year.",
            &[
                ("2008", "DATE", Some("2008"), None),
                ("the previous year", "DATE", Some("2007"), None),
            ],
        ),
        // A year is too coarse for "the next day"; with no date named, the anchor's.
        (
            "In 1990 the war began, and the next day was calm.",
            &[
                ("1990", "DATE", Some("1990"), None),
                ("the next day", "DATE", Some("2025-03-06"), None),
            ],
        ),
        ("It was the last day of the talks.", &[]),
        // A company's year, and quarters counted.
        (
            "Earnings will fall for the fiscal year, the company said.",
            &[("the fiscal year", "DATE", Some("2025"), None)],
        ),
        (
            "In the fiscal year ended Jan. 31, sales were $59.5 million.",
            &[
                ("the fiscal year", "DURATION", Some("P1Y"), None),
                ("Jan. 31", "DATE", Some("2025-01-31"), None),
            ],
        ),
        (
            "The tax will raise 140 billion shillings in the fiscal year starting July 1.",
            &[
                ("the fiscal year", "DURATION", Some("P1Y"), None),
                ("July 1", "DATE", Some("2025-07-01"), None),
            ],
        ),
        (
            "The deal should close by year-end.",
            &[("year-end", "DATE", Some("2025"), Some("END"))],
        ),
        (
            "New rules should be in place by year's end.",
            &[("year's end", "DATE", Some("2025"), Some("END"))],
        ),
        (
            "The unit has lost money for the past two quarters.",
            &[("two quarters", "DURATION", Some("P2Q"), None)],
        ),
        // A modifier before "ago" belongs to the expression.
        (
            "Pol Pot was arrested nearly four years ago.",
            &[("nearly four years ago", "DATE", Some("2021"), Some("APPROX"))],
        ),
        (
            "The plant closed more than two decades ago.",
            &[("more than two decades ago", "DATE", Some("200"), Some("MORE_THAN"))],
        ),
        // A time followed by its day is one TIME; UTC and GMT times carry "Z".
        (
            "The jet landed at 18:00 UTC Monday in Everett.",
            &[("18:00 UTC Monday", "TIME", Some("2025-03-03T18:00Z"), None)],
        ),
        (
            "The polls will open at 9 a.m. EST Tuesday.",
            &[("9 a.m. EST Tuesday", "TIME", Some("2025-03-11T09:00"), None)],
        ),
        (
            "Obama spoke at 16:00 UTC today from the White House.",
            &[("16:00 UTC today", "TIME", Some("2025-03-05T16:00Z"), None)],
        ),
        (
            "The offer expires at midnight Friday.",
            &[("midnight Friday", "TIME", Some("2025-02-28T24:00"), None)],
        ),
        (
            "The deadline is 5 p.m. EST, March 6.",
            &[("5 p.m. EST, March 6", "TIME", Some("2025-03-06T17:00"), None)],
        ),
    ]);
}
