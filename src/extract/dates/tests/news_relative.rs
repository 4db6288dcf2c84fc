//! News sentences with expressions relative to the article's date (Wednesday 2025-03-05).

use super::check;

#[test]
fn news_relative() {
    check(&[
        // "pending" looks ahead of the verbs before it.
        (
            "They are being held at the county jail pending a court appearance on Thursday.",
            &[("Thursday", "DATE", Some("2025-03-06"), None)],
        ),
        (
            "The plan took effect Feb. 9 pending ratification by holders.",
            &[("Feb. 9", "DATE", Some("2025-02-09"), None)],
        ),
        // Verbs of a meeting or a journey in the present look ahead.
        (
            "EU leaders meet in Brussels on Thursday and Friday to decide on the assets.",
            &[
                ("Thursday", "DATE", Some("2025-03-06"), None),
                ("Friday", "DATE", Some("2025-03-07"), None),
            ],
        ),
        (
            "The envoy arrives in Kyiv on Monday, officials said.",
            &[("Monday", "DATE", Some("2025-03-10"), None)],
        ),
        // A parenthesis does not end the clause; "rose to 1.12 billion" is no infinitive.
        (
            "Earnings rose 9% to 1.12 billion euros ($1.29 billion) in the three months to \
             the end of January, beating the 1.05 billion expected by analysts.",
            &[
                ("three months", "DURATION", Some("P3M"), None),
                ("the end of January", "DATE", Some("2025-01"), Some("END")),
            ],
        ),
        // Relative to the article's date (Wednesday 2025-03-05).
        // The tense of the words nearest a bare weekday or a month without a year.
        (
            "Talks will resume on Friday.",
            &[("Friday", "DATE", Some("2025-03-07"), None)],
        ),
        (
            "Officials said Monday that talks will resume Friday.",
            &[
                ("Monday", "DATE", Some("2025-03-03"), None),
                ("Friday", "DATE", Some("2025-03-07"), None),
            ],
        ),
        // A relative clause keeps its own tense: the main verb across the comma does not
        // move the date.
        (
            "The talks, which began in late February, will resume in late April.",
            &[
                ("late February", "DATE", Some("2025-02"), Some("END")),
                ("late April", "DATE", Some("2025-04"), Some("END")),
            ],
        ),
        (
            "Mr. Schwarz will succeed Mr. Davison Feb. 1, soon after Mr. Davison retires.",
            &[("Feb. 1", "DATE", Some("2026-02-01"), None)],
        ),
        // "late" and "early" before a weekday are the end and the start of that day.
        (
            "The storm is expected to make landfall late Thursday or early Friday.",
            &[
                ("late Thursday", "DATE", Some("2025-03-06"), Some("END")),
                ("early Friday", "DATE", Some("2025-03-07"), Some("START")),
            ],
        ),
        (
            "The envoys joined the talks late on Saturday.",
            &[("late on Saturday", "DATE", Some("2025-03-01"), Some("END"))],
        ),
        (
            "The bomb exploded late Monday night near the market.",
            &[("late Monday night", "TIME", Some("2025-03-03TNI"), Some("END"))],
        ),
        // "since" looks back, whatever the verb.
        (
            "Police have searched for him since shortly after the Oct. 23 slaying.",
            &[("Oct. 23", "DATE", Some("2024-10-23"), None)],
        ),
        // A plan still running when told: the coming day.
        (
            "Protesters were planning to drive around the airport on Monday.",
            &[("Monday", "DATE", Some("2025-03-10"), None)],
        ),
        (
            "The talks had been scheduled to end Friday.",
            &[("Friday", "DATE", Some("2025-02-28"), None)],
        ),
        (
            "The vote will be held in January.",
            &[("January", "DATE", Some("2026-01"), None)],
        ),
        (
            "The vote was held in January.",
            &[("January", "DATE", Some("2025-01"), None)],
        ),
        // A month later in the year than the article's, spoken of in the past, is last
        // year's; after a verb of saying, a deadline or an infinitive it may lie ahead.
        (
            "He became the subject of a manhunt in November.",
            &[("November", "DATE", Some("2024-11"), None)],
        ),
        (
            "The doctor was shot to death on the night of Oct. 23.",
            &[("Oct. 23", "DATE", Some("2024-10-23"), None)],
        ),
        (
            "He was last seen Nov. 3, the day before the warrant.",
            &[("Nov. 3", "DATE", Some("2024-11-03"), None)],
        ),
        (
            "The index is within 70 points of its record high set on Aug. 6.",
            &[("Aug. 6", "DATE", Some("2024-08-06"), None)],
        ),
        (
            "Shootings that injured two doctors in November are unsolved.",
            &[("November", "DATE", Some("2024-11"), None)],
        ),
        // A participle before a noun is no past verb ("a still unspecified date").
        (
            "The dividend would be paid on a still unspecified date in April.",
            &[("April", "DATE", Some("2025-04"), None)],
        ),
        (
            "Investors will vote on the proposed merger in November.",
            &[("November", "DATE", Some("2025-11"), None)],
        ),
        // An attribution that closes the clause, with the day it was said, is no cue for
        // the date before it.
        (
            "NATO has decided to admit Poland in early April, an official said on Monday.",
            &[
                ("early April", "DATE", Some("2025-04"), Some("START")),
                ("Monday", "DATE", Some("2025-03-03"), None),
            ],
        ),
        (
            "Talks will resume at the earliest in October, the minister said Monday.",
            &[
                ("October", "DATE", Some("2025-10"), None),
                ("Monday", "DATE", Some("2025-03-03"), None),
            ],
        ),
        // A deadline written with its time of day.
        (
            "The offer was extended until 5 p.m. EST, April 6.",
            &[("5 p.m. EST, April 6", "TIME", Some("2025-04-06T17:00"), None)],
        ),
        (
            "Officials said the vote is on April 15.",
            &[("April 15", "DATE", Some("2025-04-15"), None)],
        ),
        (
            "The offer was extended to April 16.",
            &[("April 16", "DATE", Some("2025-04-16"), None)],
        ),
        (
            "The talks that were supposed to conclude by May collapsed.",
            &[("May", "DATE", Some("2025-05"), None)],
        ),
        (
            "NATO has decided to admit Poland in early April, an official said.",
            &[("early April", "DATE", Some("2025-04"), Some("START"))],
        ),
        (
            "The bank said its effort would continue past the April 1 deadline it had set.",
            &[("April 1", "DATE", Some("2025-04-01"), None)],
        ),
        (
            "The dividend will be paid on a date in January to holders of record.",
            &[("January", "DATE", Some("2026-01"), None)],
        ),
        (
            "The company agreed to acquire the bank in January.",
            &[("January", "DATE", Some("2025-01"), None)],
        ),
        (
            "The agency extended its deadline until 9 a.m. EST Tuesday.",
            &[("9 a.m. EST Tuesday", "TIME", Some("2025-03-11T09:00"), None)],
        ),
        (
            "The father will leave at 4 a.m. Thursday, Castro said.",
            &[("4 a.m. Thursday", "TIME", Some("2025-03-06T04:00"), None)],
        ),
        (
            "A hearing has been scheduled for June 3.",
            &[("June 3", "DATE", Some("2025-06-03"), None)],
        ),
        // Counted from another event, not from the article's date: a duration (TimeML).
        (
            "Several weeks later, the talks collapsed.",
            &[("Several weeks later", "DURATION", Some("PXW"), None)],
        ),
        (
            "Prices have risen in recent days.",
            &[("recent days", "DURATION", Some("PXD"), None)],
        ),
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
        // "the weekend" said on a weekday is the one past, unless the sentence looks ahead.
        (
            "Protesters marched over the weekend.",
            &[("the weekend", "DATE", Some("2025-W09-WE"), None)],
        ),
        (
            "Talks will resume after the weekend.",
            &[("the weekend", "DATE", Some("2025-W10-WE"), None)],
        ),
        (
            "Clashes broke out this weekend.",
            &[("this weekend", "DATE", Some("2025-W09-WE"), None)],
        ),
        ("Markets were calm during the week.", &[]),
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
            &[("Two weeks later", "DURATION", Some("P2W"), None)],
        ),
        (
            "Three days earlier, he had fled.",
            &[("Three days earlier", "DURATION", Some("P3D"), None)],
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
        // "soon" and "previously" order an event against another, and TimeBank leaves them
        // out.
        ("A decision is expected soon.", &[]),
        (
            "More aid will arrive in the coming weeks.",
            &[("the coming weeks", "DURATION", Some("PXW"), None)],
        ),
        (
            "Attacks have grown in recent months.",
            &[("recent months", "DURATION", Some("PXM"), None)],
        ),
        ("The site was previously a military base.", &[]),
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
        // Moveable feasts: the calendar's rule gives the day.
        (
            "Families gathered for Thanksgiving Day.",
            &[("Thanksgiving Day", "DATE", Some("2024-11-28"), None)],
        ),
        (
            "The boy was found last Thanksgiving.",
            &[("last Thanksgiving", "DATE", Some("2024-11-28"), None)],
        ),
        (
            "Pilgrims will arrive for Easter.",
            &[("Easter", "DATE", Some("2025-04-20"), None)],
        ),
        (
            "The church was full last Easter.",
            &[("last Easter", "DATE", Some("2024-03-31"), None)],
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
        (
            "Crime will be a theme of the campaign from now to Election Day.",
            &[
                ("now", "DATE", Some("PRESENT_REF"), None),
                ("Election Day", "DATE", Some("2025-11-04"), None),
            ],
        ),
        (
            "Turnout was high on Election Day.",
            &[("Election Day", "DATE", Some("2024-11-05"), None)],
        ),
        (
            "The mayor will light the tree on Christmas Eve.",
            &[("Christmas Eve", "DATE", Some("2025-12-24"), None)],
        ),
        (
            "Relatives visited on Thanksgiving, the family said.",
            &[("Thanksgiving", "DATE", Some("2024-11-28"), None)],
        ),
        // Feasts counted from Easter or Thanksgiving, and holidays on a weekday of a month.
        (
            "Stores opened at dawn on Black Friday.",
            &[("Black Friday", "DATE", Some("2024-11-29"), None)],
        ),
        (
            "Retailers will cut prices on Cyber Monday.",
            &[("Cyber Monday", "DATE", Some("2025-12-01"), None)],
        ),
        (
            "Shops will close on Good Friday.",
            &[("Good Friday", "DATE", Some("2025-04-18"), None)],
        ),
        (
            "Parades were held on Memorial Day.",
            &[("Memorial Day", "DATE", Some("2024-05-27"), None)],
        ),
        (
            "The strike will end before Labor Day.",
            &[("Labor Day", "DATE", Some("2025-09-01"), None)],
        ),
        (
            "Offices closed for Martin Luther King Jr. Day.",
            &[("Martin Luther King Jr. Day", "DATE", Some("2025-01-20"), None)],
        ),
        (
            "Florists were busy on Mother's Day.",
            &[("Mother's Day", "DATE", Some("2024-05-12"), None)],
        ),
        (
            "Veterans marched on Veterans Day.",
            &[("Veterans Day", "DATE", Some("2024-11-11"), None)],
        ),
        // A holiday's name inside another name is no date.
        (
            "The Good Friday Agreement ended the conflict.",
            &[],
        ),
        (
            "They flew on to Easter Island, then Christmas Island.",
            &[],
        ),
        // A year written after a holiday is its year, whatever the tense.
        (
            "The mayor will recall the flood of Christmas 2019.",
            &[
                ("Christmas", "DATE", Some("2019-12-25"), None),
                ("2019", "DATE", Some("2019"), None),
            ],
        ),
        (
            "Churches reopened on Easter, 2021, after the lockdown.",
            &[
                ("Easter", "DATE", Some("2021-04-04"), None),
                ("2021", "DATE", Some("2021"), None),
            ],
        ),
        (
            "Polls will open at 6 a.m. on Election Day 2028.",
            &[
                ("6 a.m.", "TIME", Some("2028-11-07T06:00"), None),
                ("Election Day", "DATE", Some("2028-11-07"), None),
                ("2028", "DATE", Some("2028"), None),
            ],
        ),
        (
            "Sales on Thanksgiving 2021 rose by a tenth.",
            &[
                ("Thanksgiving", "DATE", Some("2021-11-25"), None),
                ("2021", "DATE", Some("2021"), None),
            ],
        ),
        // A number that is no year leaves the holiday to the tense.
        (
            "At Christmas 1500 guests came to the palace.",
            &[("Christmas", "DATE", Some("2024-12-25"), None)],
        ),
        // A part of the day the story spoke of, or of the day after it.
        (
            "He was arrested on Monday and appeared in court the next morning.",
            &[
                ("Monday", "DATE", Some("2025-03-03"), None),
                ("the next morning", "TIME", Some("2025-03-04TMO"), None),
            ],
        ),
        (
            "The blast hit on Feb. 20. Later that night, police sealed the area.",
            &[
                ("Feb. 20", "DATE", Some("2025-02-20"), None),
                ("Later that night", "TIME", Some("2025-02-20TNI"), Some("END")),
            ],
        ),
        (
            "The talks ended on Sunday. The following evening the envoy flew home.",
            &[
                ("Sunday", "DATE", Some("2025-03-02"), None),
                ("The following evening", "TIME", Some("2025-03-03TEV"), None),
            ],
        ),
        (
            "The ministers met that afternoon in the capital.",
            &[("that afternoon", "TIME", Some("2025-03-05TAF"), None)],
        ),
        (
            "By mid afternoon, official sources said the town had fallen.",
            &[("mid afternoon", "TIME", Some("2025-03-05TAF"), Some("MID"))],
        ),
        (
            "In London at mid-afternoon yesterday, shares were higher.",
            &[("mid-afternoon yesterday", "TIME", Some("2025-03-04TAF"), Some("MID"))],
        ),
        (
            "On Friday, the rally began in mid-morning.",
            &[
                ("Friday", "DATE", Some("2025-02-28"), None),
                ("mid-morning", "TIME", Some("2025-02-28TMO"), Some("MID")),
            ],
        ),
        // Spoken clock times.
        (
            "The father will leave at 4 in the morning, Castro said.",
            &[("4 in the morning", "TIME", Some("2025-03-05T04:00"), None)],
        ),
        (
            "The vote opens at ten o'clock.",
            &[("ten o'clock", "TIME", Some("2025-03-05T10:00"), None)],
        ),
        (
            "The curfew starts at 11 at night.",
            &[("11 at night", "TIME", Some("2025-03-05T23:00"), None)],
        ),
        (
            "Voting closed on Friday at 5 o'clock in the afternoon.",
            &[
                ("Friday", "DATE", Some("2025-02-28"), None),
                ("5 o'clock in the afternoon", "TIME", Some("2025-02-28T17:00"), None),
            ],
        ),
        (
            "He scored 3 in the afternoon session.",
            &[],
        ),
        // A hedge between a deadline's preposition and its date; a participle's state
        // after "stay"; what is asked of someone lies ahead.
        (
            "Both airports will stay closed until at least Thursday.",
            &[("Thursday", "DATE", Some("2025-03-06"), None)],
        ),
        (
            "The shops will stay closed on Friday.",
            &[("Friday", "DATE", Some("2025-03-07"), None)],
        ),
        (
            "The opposition urged supporters to join nationwide demonstrations on Thursday.",
            &[("Thursday", "DATE", Some("2025-03-06"), None)],
        ),
        // A clock time written with a stop, as British and Indian papers do.
        (
            "The rocket lifted off at 5.26 p.m. on Sunday.",
            &[("5.26 p.m.", "TIME", Some("2025-03-02T17:26"), None), ("Sunday", "DATE", Some("2025-03-02"), None)],
        ),
    ]);
}
