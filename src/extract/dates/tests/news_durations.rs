//! News sentences with durations, sets, times of day, several expressions, and none.

use super::check;

#[test]
fn news_durations() {
    check(&[
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
        // Two durations joined by "and", the larger unit first, are one.
        (
            "The semifinal lasted four hours and 12 minutes.",
            &[("four hours and 12 minutes", "DURATION", Some("PT4H12M"), None)],
        ),
        (
            "He served two years and three months in prison.",
            &[("two years and three months", "DURATION", Some("P2Y3M"), None)],
        ),
        (
            "Talks lasted one day and six hours, then three days and two days more.",
            &[
                ("one day and six hours", "DURATION", Some("P1DT6H"), None),
                ("three days", "DURATION", Some("P3D"), None),
                ("two days", "DURATION", Some("P2D"), None),
            ],
        ),
        // "over" as "during" is left out of the duration; after "in", "last" or "just"
        // it is "more than".
        (
            "The probe will make 49 close flybys of Europa over four years.",
            &[("four years", "DURATION", Some("P4Y"), None)],
        ),
        (
            "The index closed at its lowest level in over six years.",
            &[("over six years", "DURATION", Some("P6Y"), Some("MORE_THAN"))],
        ),
        (
            "The inspection is likely to last over a week.",
            &[("over a week", "DURATION", Some("P1W"), Some("MORE_THAN"))],
        ),
        // TimeML leaves "before" and "after" out of the duration they follow.
        (
            "He will rest for two weeks before the Olympic tournament.",
            &[("two weeks", "DURATION", Some("P2W"), None)],
        ),
        (
            "She arrived three days after the vote.",
            &[("three days", "DURATION", Some("P3D"), None)],
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
            &[("1.5 hours", "DURATION", Some("PT1H30M"), None)],
        ),
        // Thousands set off by a comma are one number.
        (
            "The captain had 15,638 hours of flying experience.",
            &[("15,638 hours", "DURATION", Some("PT15638H"), None)],
        ),
        // Halves in the next smaller unit, as TimeBank writes them.
        (
            "Refugees lived in the camps for 2 1/2 years.",
            &[("2 1/2 years", "DURATION", Some("P2Y6M"), None)],
        ),
        (
            "She spent about 5 1/2 hours in Nairobi.",
            &[("about 5 1/2 hours", "DURATION", Some("PT5H30M"), Some("APPROX"))],
        ),
        (
            "The talks lasted an hour and a half.",
            &[("an hour and a half", "DURATION", Some("PT1H30M"), None)],
        ),
        (
            "But a minute and a half later, a pilot called in.",
            &[("a minute and a half", "DURATION", Some("PT1M30S"), None)],
        ),
        (
            "The project is a year and a half behind schedule.",
            &[("a year and a half", "DURATION", Some("P1Y6M"), None)],
        ),
        (
            "The siege lasted two and a half days.",
            &[("two and a half days", "DURATION", Some("P2.5D"), None)],
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
        // A count of units after "every" is how often.
        (
            "The festival takes place every two years.",
            &[("every two years", "SET", Some("P2Y"), None)],
        ),
        (
            "Buses leave every 15 minutes, and every hour at night.",
            &[
                ("every 15 minutes", "SET", Some("PT15M"), None),
                ("every hour", "SET", Some("PT1H"), None),
            ],
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
            "The company must pay $100 million in interest every quarter.",
            &[("every quarter", "SET", Some("P3M"), None)],
        ),
        // A month or a season after "every" or "each" recurs each year.
        (
            "Orangemen march each July from their church.",
            &[("each July", "SET", Some("XXXX-07"), None)],
        ),
        (
            "The river floods every spring.",
            &[("every spring", "SET", Some("XXXX-SP"), None)],
        ),
        (
            "The league meets every autumn in Geneva.",
            &[("every autumn", "SET", Some("XXXX-FA"), None)],
        ),
        (
            "Rents are reviewed every Sept. in the city.",
            &[("every Sept.", "SET", Some("XXXX-09"), None)],
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
        // A rate after a quantity is a SET; before "after" or "later", an offset.
        (
            "It pumps 300 million cubic metres a year. The deal comes a week after a \
             restructuring.",
            &[
                ("a year", "SET", Some("P1Y"), None),
                ("a week", "DURATION", Some("P1W"), None),
            ],
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
        ("The board raised the quarterly dividend.", &[]),
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
            &[("14:00 GMT", "TIME", Some("2025-03-05T14:00Z"), None)],
        ),
        // The wire services' clock: four digits and a zone, no year.
        (
            "Brent was at $64.35 a barrel by 1030 GMT, after 2019 highs.",
            &[
                ("1030 GMT", "TIME", Some("2025-03-05T10:30Z"), None),
                ("2019", "DATE", Some("2019"), None),
            ],
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
            &[("08:00 UTC", "TIME", Some("2025-03-05T08:00Z"), None)],
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
