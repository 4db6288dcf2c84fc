//! News sentences with the period the story speaks of ("ended the day", "for the year",
//! "the end of last year"), adjectives of time ("the current crisis", "a recent sale"),
//! counts with a qualifier ("six straight days"), numbers that are no year, and the cues
//! of a plan ("set to", "payable", "effective"). Anchor: Wednesday 2025-03-05.

use super::check;

#[test]
fn news_references() {
    check(&[
        // Words of time in names: shows, papers, films. A headline in title case, a
        // quote's first word and text in capitals keep theirs.
        ("Gonzalez said on CBS's \"60 Minutes\" that the boy was fine.", &[]),
        ("Baker said on ABC News' \"This Week\" that the request was valid.", &[]),
        ("A poster showed Gary Cooper in the film \"High Noon.\"", &[]),
        ("The Communist Party daily Granma compared him with Marti.", &[]),
        (
            "The story ran in USA Today on Monday.",
            &[("Monday", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "Stocks Fall Sharply This Week As Oil Soars",
            &[("This Week", "DATE", Some("2025-W10"), None)],
        ),
        (
            "``Today, I'm here to tell you the truth,'' he said.",
            &[("Today", "DATE", Some("2025-03-05"), None)],
        ),
        (
            "I AM SO HAPPY TODAY",
            &[("TODAY", "DATE", Some("2025-03-05"), None)],
        ),
        (
            "Last Year over 4 million visitors came.",
            &[("Last Year", "DATE", Some("2024"), None)],
        ),
        (
            "Prices are fixed by the daily London Metal Exchange auction.",
            &[("daily", "SET", Some("P1D"), None)],
        ),
        // "the day", "the year" with the words that make them the story's own.
        (
            "The Dow fell 3% on Monday to end the day at 7,114.",
            &[
                ("Monday", "DATE", Some("2025-03-03"), None),
                ("the day", "DATE", Some("2025-03-03"), None),
            ],
        ),
        (
            "For the day, the Nikkei closed down 6.4 percent.",
            &[("the day", "DATE", Some("2025-03-05"), None)],
        ),
        // Said in the past, "earlier in the day" is no day ahead of the article's, though
        // the day named before it is.
        (
            "Sinner will face Djokovic on Friday. Djokovic beat Musetti earlier in the day.",
            &[
                ("Friday", "DATE", Some("2025-03-07"), None),
                ("earlier in the day", "DATE", Some("2025-03-05"), Some("START")),
            ],
        ),
        (
            "The final will be on Friday. It starts later in the day.",
            &[
                ("Friday", "DATE", Some("2025-03-07"), None),
                ("later in the day", "DATE", Some("2025-03-07"), Some("END")),
            ],
        ),
        // A weekday's possessive names an event: the one the article named before.
        (
            "Sinner will face Djokovic on Sunday. Tickets for Sunday's final sold out in March.",
            &[
                ("Sunday", "DATE", Some("2025-03-09"), None),
                ("Sunday", "DATE", Some("2025-03-09"), None),
                ("March", "DATE", Some("2025-03"), None),
            ],
        ),
        (
            "Monday's ruling angered the family.",
            &[("Monday", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "Shares rose on Tuesday before falling later in the day.",
            &[
                ("Tuesday", "DATE", Some("2025-03-04"), None),
                ("later in the day", "DATE", Some("2025-03-04"), Some("END")),
            ],
        ),
        (
            "Following a large fall at the start of the day, the index recovered.",
            &[("the start of the day", "DATE", Some("2025-03-05"), Some("START"))],
        ),
        (
            "For the year, pet food volume was flat.",
            &[("the year", "DATE", Some("2025"), None)],
        ),
        (
            "Revenue fell through the first nine months of the year.",
            &[
                ("nine months", "DURATION", Some("P9M"), None),
                ("the year", "DATE", Some("2025"), None),
            ],
        ),
        (
            "The unit had revenue of $76 million for the year ended March 31.",
            &[
                ("the year", "DURATION", Some("P1Y"), None),
                ("March 31", "DATE", Some("2025-03-31"), None),
            ],
        ),
        (
            "The company aims to cut $500 million by the end of the year.",
            &[("the end of the year", "DATE", Some("2025"), Some("END"))],
        ),
        // A year named sentences back is no longer the one "the year" speaks of.
        (
            "The shutdown outlasted the one that ended in January 2019. Controllers work \
             unpaid. Airlines cut flights. Democrats want to extend subsidies that expire at \
             the end of the year.",
            &[
                ("January 2019", "DATE", Some("2019-01"), None),
                ("the end of the year", "DATE", Some("2025"), Some("END")),
            ],
        ),
        (
            "Herbicide use was delayed earlier in the year by heavy rains.",
            &[("earlier in the year", "DATE", Some("2025"), Some("START"))],
        ),
        (
            "In 2019, sales doubled. For the year, profit rose 8%.",
            &[
                ("2019", "DATE", Some("2019"), None),
                ("the year", "DATE", Some("2019"), None),
            ],
        ),
        (
            "Troops should be in place by the end of the month.",
            &[("the end of the month", "DATE", Some("2025-03"), Some("END"))],
        ),
        (
            "For the week, the index dropped 3.8%.",
            &[("the week", "DATE", Some("2025-W10"), None)],
        ),
        (
            "Prices peaked at the end of last year.",
            &[("the end of last year", "DATE", Some("2024"), Some("END"))],
        ),
        (
            "The plant opens at the beginning of next month.",
            &[("the beginning of next month", "DATE", Some("2025-04"), Some("START"))],
        ),
        // "the year" that is another year, or any day.
        ("He was born the year before the war.", &[]),
        ("It was the day of the vote.", &[]),
        ("The year that followed was hard.", &[]),
        ("She was named player of the year.", &[]),
        ("Markets were calm during the week.", &[]),
        ("The day was hot.", &[]),
        // Adjectives of time (TimeML: PRESENT_REF, PAST_REF).
        (
            "The company was delaying construction because of current market conditions.",
            &[("current", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "Castro said Gonzalez would travel with his current wife.",
            &[("current", "DATE", Some("PRESENT_REF"), None)],
        ),
        (
            "He holds 14.6%, according to a recent SEC filing.",
            &[("recent", "DATE", Some("PAST_REF"), None)],
        ),
        (
            "Analysts blame recent losses on fears of a recession.",
            &[("recent", "DATE", Some("PAST_REF"), None)],
        ),
        ("The country ran a current account deficit.", &[]),
        ("The current is strong near the pier.", &[]),
        ("The current of the river carried him away.", &[]),
        (
            "Insurance has been a tough business in recent quarters.",
            &[("recent quarters", "DURATION", Some("PXQ"), None)],
        ),
        (
            "The prospects for growth in the near term appear good.",
            &[("the near term", "DATE", Some("FUTURE_REF"), None)],
        ),
        // A count with a word between it and its unit.
        (
            "The dollar rose after six straight days of losses.",
            &[("six straight days", "DURATION", Some("P6D"), None)],
        ),
        (
            "Japan entered a recession after two consecutive quarters of decline.",
            &[("two consecutive quarters", "DURATION", Some("P2Q"), None)],
        ),
        (
            "Stocks fell 14 percent over the past five trading days.",
            &[("five trading days", "DURATION", Some("P5D"), None)],
        ),
        (
            "The strike will last two more weeks.",
            &[("two more weeks", "DURATION", Some("P2W"), None)],
        ),
        (
            "The release is almost two and a half years behind schedule.",
            &[(
                "almost two and a half years",
                "DURATION",
                Some("P2Y6M"),
                Some("APPROX"),
            )],
        ),
        ("He spoke against the now-cancelled deal.", &[]),
        (
            "The unit may be sold in the near future.",
            &[("the near future", "DATE", Some("FUTURE_REF"), None)],
        ),
        (
            "Funds may have to sell junk bonds in the weeks ahead.",
            &[("the weeks ahead", "DURATION", Some("PXW"), None)],
        ),
        (
            "The Fed expects the economy to slow in coming months.",
            &[("coming months", "DURATION", Some("PXM"), None)],
        ),
        (
            "The convictions were thrown out in nineteen ninety-six on a technicality.",
            &[("nineteen ninety-six", "DATE", Some("1996"), None)],
        ),
        (
            "Police linked the bombing to a nineteen ninety-seven attack on a lounge.",
            &[("nineteen ninety-seven", "DATE", Some("1997"), None)],
        ),
        (
            "He thanked the workers for their dedication over the years.",
            &[("over the years", "DURATION", Some("PXY"), None)],
        ),
        (
            "The index dropped 100 points in just minutes.",
            &[("minutes", "DURATION", Some("PTXM"), None)],
        ),
        ("About three-quarters of the voters backed the plan.", &[]),
        // "a second" that is an ordinal.
        ("Trading was suspended for a second consecutive day.", &[]),
        ("A second A380 is also travelling to the U.S.", &[]),
        ("He ran for office a second time.", &[]),
        (
            "The lights flickered for a second.",
            &[("a second", "DURATION", Some("PT1S"), None)],
        ),
        // Numbers that are no year.
        ("The Nasdaq lost 54.15 points, or 4%, to 1299.59.", &[]),
        ("The Russell 2000 index of smaller companies dropped.", &[]),
        ("The model was first described (Hume 1739) in a treatise.", &[]),
        (
            "Jobs gave the opening keynote to WWDC 2005.",
            &[("2005", "DATE", Some("2005"), None)],
        ),
        (
            "Sales rose in 2000, the company said.",
            &[("2000", "DATE", Some("2000"), None)],
        ),
        (
            "Since 2000, sales have doubled.",
            &[("2000", "DATE", Some("2000"), None)],
        ),
        (
            "Shoppers crowded the stores at Christmas 2024.",
            &[
                ("Christmas", "DATE", Some("2024-12-25"), None),
                ("2024", "DATE", Some("2024"), None),
            ],
        ),
        // Decades without their apostrophe; seasons with a capital.
        (
            "It rid Detroit of the boxy cars of the 70s and 80s.",
            &[
                ("the 70s", "DATE", Some("197"), None),
                ("80s", "DATE", Some("198"), None),
            ],
        ),
        ("Both men are in their 70s.", &[]),
        (
            "Tastes followed the boxy cars of the 70s.",
            &[("the 70s", "DATE", Some("197"), None)],
        ),
        ("Highs will be in the 70s on Friday.", &[("Friday", "DATE", Some("2025-03-07"), None)]),
        (
            "The IMF held their Autumn meetings in Washington.",
            &[("Autumn", "DATE", Some("2024-FA"), None)],
        ),
        ("He lives on Spring Street.", &[]),
        ("The Winter Olympics open soon.", &[]),
        (
            "GM posted a total loss of $8.6 billion for the entire year.",
            &[("the entire year", "DATE", Some("2025"), None)],
        ),
        // Years in words, as spoken news writes them.
        (
            "Keating's convictions were thrown out in nineteen ninety-six.",
            &[("nineteen ninety-six", "DATE", Some("1996"), None)],
        ),
        (
            "January nineteen ninety-seven. Atlanta again.",
            &[("January nineteen ninety-seven", "DATE", Some("1997-01"), None)],
        ),
        (
            "His promise to halve unemployment by the year two thousand was abandoned.",
            &[("the year two thousand", "DATE", Some("2000"), None)],
        ),
        (
            "The law was passed in two thousand and one.",
            &[("two thousand and one", "DATE", Some("2001"), None)],
        ),
        ("Some two thousand people marched.", &[]),
        ("In two thousand years the city has changed.", &[("two thousand years", "DURATION", Some("P2000Y"), None)]),
        // A month of a named year.
        (
            "Dealers whose franchises end after October of next year will be told.",
            &[("October of next year", "DATE", Some("2026-10"), None)],
        ),
        // The cues of a plan.
        (
            "The trial is set to begin on Monday in London.",
            &[("Monday", "DATE", Some("2025-03-10"), None)],
        ),
        (
            "The board declared a dividend payable Jan. 2 to stock of record.",
            &[("Jan. 2", "DATE", Some("2026-01-02"), None)],
        ),
        (
            "He was named chief of staff, effective Feb. 1.",
            &[("Feb. 1", "DATE", Some("2026-02-01"), None)],
        ),
        (
            "The government kept all stock markets closed until Friday.",
            &[("Friday", "DATE", Some("2025-03-07"), None)],
        ),
        (
            "Forecasters warned that gusts could continue through Thursday afternoon.",
            &[("Thursday afternoon", "TIME", Some("2025-03-06TAF"), None)],
        ),
        (
            "Strong winds continued through Thursday.",
            &[("Thursday", "DATE", Some("2025-02-27"), None)],
        ),
        (
            "Officials postponed until Tuesday morning any action on the case.",
            &[("Tuesday morning", "TIME", Some("2025-03-11TMO"), None)],
        ),
        (
            "Up until Monday, they had described him only as a witness.",
            &[("Monday", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "Until Monday, they had not called him a suspect.",
            &[("Monday", "DATE", Some("2025-03-03"), None)],
        ),
        (
            "It was not until Wednesday that the family learned of it.",
            &[("Wednesday", "DATE", Some("2025-03-05"), None)],
        ),
        (
            "The truce, agreed in January, held until late February.",
            &[
                ("January", "DATE", Some("2025-01"), None),
                ("late February", "DATE", Some("2025-02"), Some("END")),
            ],
        ),
    ]);
}
