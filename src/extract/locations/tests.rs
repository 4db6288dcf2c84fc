use crate::extract::rule_table::{Case, check_entities};

/// (text, expected places as (name, kind, country), names that must not be places).
#[test]
fn state_after_a_city_picks_the_city_table() {
    // (text, the city's GeoNames id)
    let cases: &[(&str, u64)] = &[
        ("He moved to Springfield, Ill.", 4_250_542),
        ("He moved to Springfield, Mass., in May.", 4_951_788),
        ("He moved to Springfield, Illinois.", 4_250_542),
        ("He moved to Portland, Maine.", 4_975_802),
        ("He moved to Portland, Ore.", 5_746_545),
        ("He moved to Portland, ME 04101.", 4_975_802),
    ];
    let pipeline = crate::Pipeline::new(crate::PipelineOptions::default());
    for (text, id) in cases {
        let doc = crate::Document::new("t", *text);
        let r = pipeline.process(&doc);
        let city = r.locations.first().and_then(|l| l.geonames_id);
        assert_eq!(city, Some(*id), "{text:?}: {:?}", r.locations);
    }
}

#[test]
fn location_rule_table() {
    let cases: &[Case] = &[
        // A region's noun before or after a name says it is the region, not its capital.
        (
            "The quake struck off the coast of Aomori prefecture, and in the province of \
             Quebec residents felt nothing.",
            &[
                ("Aomori", "admin_region", Some("JP")),
                ("Quebec", "admin_region", Some("CA")),
            ],
            &[],
        ),
        (
            "The damage in the parish of St. Elizabeth was extensive.",
            &[("St. Elizabeth", "place", None)],
            &[],
        ),
        // A sentence opening on a place sets the scene: the name after it is no region.
        (
            "In New York, Mamdani, a 34-year-old assemblyman, won.",
            &[("New York City", "city", Some("US"))],
            &["Mamdani"],
        ),
        // A surname after a nickname in quotes is no place.
        (
            "Willie Mae \"Big Mama\" Thornton was born in 1926.",
            &[],
            &["Thornton"],
        ),
        // A model number after a name makes it a product; a place word before it keeps
        // the place.
        (
            "A SpaceX Falcon 9 rocket lifted off. In Ohio 12 people died.",
            &[("Ohio", "admin_region", Some("US"))],
            &["Falcon"],
        ),
        // A kind of place and "of" name a place no list holds, of one word too; a listed
        // one keeps its entry.
        (
            "Russia claimed to have captured the town of Siversk. He lives in the city of \
             Paris.",
            &[("Siversk", "place", None), ("Paris", "city", Some("FR"))],
            &[],
        ),
        // No one calls a world city a town: one of a country the article never names is
        // a place no list holds.
        (
            "The quake shook the towns of Bogo and Medellin in Cebu, in the Philippines.",
            &[("Medellin", "place", None), ("Bogo", "city", Some("PH"))],
            &["Medellín"],
        ),
        // A crude benchmark is no place, after a country's name too.
        (
            "Brent fell 42 cents, while U.S. West Texas Intermediate crude fell 38 cents.",
            &[],
            &["West", "Texas", "West Texas Intermediate"],
        ),
        // Names listed after a kind of places and "of" are those places.
        (
            "Fires burned on the islands of Evia and Chios.",
            &[("Evia", "place", None), ("Chios", "city", Some("GR"))],
            &[],
        ),
        // A company named like a region is the region after "the".
        (
            "Deforestation in the Amazon rose 10% last year, Brazil said.",
            &[("Amazon", "region", None)],
            &[],
        ),
        // A name in capitals without its accents is the accented place's own.
        (
            "BELEM, Brazil (Reuters) - Talks opened in Belem on Monday.",
            &[("Belém", "city", Some("BR"))],
            &["Belem"],
        ),
        (
            "Russian forces advanced in the eastern Donetsk region.",
            &[("Donetsk", "admin_region", Some("UA"))],
            &[],
        ),
        // A court case's party is no place; a one-word name read as a place elsewhere in
        // the article is that place.
        (
            "AUSTIN, Texas (AP) — A judge blocked the law, citing Stone v. Graham. It \
             applies to 11 districts, including Austin and Houston.",
            &[("Austin", "city", Some("US")), ("Houston", "city", Some("US"))],
            &["Graham"],
        ),
        // The dateline's place, written in capitals, chosen in the state after it; its
        // country is preferred for the article's other names.
        (
            "SANTA CLARA, Calif., June 5, 2024 - The Santa Clara-based chipmaker rose.",
            &[
                ("Santa Clara", "city", Some("US")),
                ("California", "admin_region", Some("US")),
            ],
            &[],
        ),
        // A state after a city of its own is the state, not a city of the same name.
        (
            "Seagen, based in Bothell, Washington, makes four approved cancer drugs.",
            &[
                ("Bothell", "city", Some("US")),
                ("Washington", "admin_region", Some("US")),
            ],
            &[],
        ),
        // A planet is a place on no map, whatever towns share its name.
        (
            "CAPE CANAVERAL, Fla. — The probe will reach Jupiter in April 2030.",
            &[("Jupiter", "place", None), ("Florida", "admin_region", Some("US"))],
            &[],
        ),
        // A common word that GeoNames also lists as another spelling of a town ("Tour"
        // for Tours) opens a sentence as a word.
        (
            "Tour operators cancelled flights. Luck ran out for the hikers.",
            &[],
            &["Tours", "Lutsk"],
        ),
        // A city's club in a story about sport; the city where the words say so, and in
        // a story that names one club.
        (
            "Arsenal finished second behind Liverpool in the Premier League after Bayer \
             Leverkusen sold Florian Wirtz to Liverpool.",
            &[],
            &["Liverpool"],
        ),
        (
            "Fans gathered in Liverpool as Liverpool beat Everton in the Premier League.",
            &[("Liverpool", "city", Some("GB"))],
            &[],
        ),
        (
            "The mayor of Liverpool met Liverpool FC officials on Monday.",
            &[("Liverpool", "city", Some("GB"))],
            &[],
        ),
        // A given name after a title is the person's, not a city.
        (
            "They were arrested, Franklin County Sheriff Dallas Baldwin told reporters.",
            &[],
            &["Dallas"],
        ),
        // A kind of place and "of" say what follows is that place.
        (
            "In the northern province of Cao Bang, a bus was swept away.",
            &[("Cao Bang", "place", None)],
            &[],
        ),
        // A city named in two languages is named by either alone.
        (
            "She chose to stay in San Sebastián for another season.",
            &[("Donostia / San Sebastián", "city", Some("ES"))],
            &[],
        ),
        // A country's name that ends another country's long name is its short form.
        (
            "Cases rose in the Democratic Republic of Congo. In eastern Congo, clinics filled.",
            &[("Democratic Republic of the Congo", "country", Some("CD"))],
            &["Republic of the Congo"],
        ),
        // A world city is itself in a story that names the country of a town named
        // after it.
        (
            "U.S. Secretary of State Antony Blinken flew to Paris on Monday.",
            &[("United States", "country", Some("US")), ("Paris", "city", Some("FR"))],
            &[],
        ),
        // A name written without its accents: the larger of its own name and the accented
        // one.
        (
            "The summit met in the Amazon city of Belem on Monday.",
            &[("Belém", "city", Some("BR"))],
            &[],
        ),
        // "St." or "Saint": the same name, so the larger city; a state after it says
        // which.
        (
            "The delegation flew to St. Petersburg for talks with the Kremlin.",
            &[("Saint Petersburg", "city", Some("RU"))],
            &[],
        ),
        (
            "The storm hit St. Petersburg, Fla., on Monday.",
            &[("St. Petersburg", "city", Some("US"))],
            &[],
        ),
        // A US state before a town named like it; a city's own name in capitals.
        (
            "Pfizer sued Metsera in a Delaware court on Oct. 31.",
            &[("Delaware", "admin_region", Some("US"))],
            &[],
        ),
        (
            "NEW DELHI: The government said on Monday it would wait for the report.",
            &[("New Delhi", "city", Some("IN"))],
            &["Delhi"],
        ),
        // A lawmaker's state; a part of the state.
        (
            "Sen. Chuck Schumer of New York said families in western New York deserve answers.",
            &[("New York", "admin_region", Some("US"))],
            &["New York City"],
        ),
        // The rainforest by the words that say so; the company is no place.
        (
            "Deforestation in the Amazon rainforest fell. Amazon shares rose.",
            &[("Amazon", "region", None)],
            &[],
        ),
        // A world city that goes by a country's name is not what that name means.
        (
            "The group, which also includes Mexico and Brazil, will meet.",
            &[("Mexico", "country", Some("MX")), ("Brazil", "country", Some("BR"))],
            &[],
        ),
        // A name a state once qualified keeps that sense where it stands alone, before
        // or after.
        (
            "Crowds in Paris grew. The festival had moved to Paris, Texas.",
            &[("Paris", "city", Some("US")), ("Texas", "admin_region", Some("US"))],
            &[],
        ),
        // A city named like a woman, in a list between places.
        (
            "Red alerts were issued for Rome, Florence and Bologna.",
            &[
                ("Rome", "city", Some("IT")),
                ("Florence", "city", Some("IT")),
                ("Bologna", "city", Some("IT")),
            ],
            &[],
        ),
        // A sentence's opening word and "of" are not part of the place they are of.
        (
            "Residents of Camarillo Heights said they had minutes to leave.",
            &[("Camarillo Heights", "place", None)],
            &["Residents of Camarillo Heights"],
        ),
        (
            "Gulf of Aqaba ports reopened on Monday.",
            &[("Gulf of Aqaba", "place", None)],
            &[],
        ),
        // A listed body whose name ends in a town's: the body, not the town in Libya.
        (
            "The BJP won 240 of the 543 seats in the Lok Sabha, the lower house.",
            &[],
            &["Sabha"],
        ),
        (
            "NAIROBI, April 25 (AP) — Floods swept away homes.",
            &[("Nairobi", "city", Some("KE"))],
            &[],
        ),
        (
            "Talks resumed in Cairo and Doha.",
            &[("Cairo", "city", Some("EG")), ("Doha", "city", Some("QA"))],
            &[],
        ),
        (
            "Clashes spread across the Gaza Strip and the West Bank.",
            &[
                ("Gaza Strip", "region", Some("PS")),
                ("West Bank", "region", Some("PS")),
            ],
            &[],
        ),
        (
            "The USA, the U.S. and America are one country.",
            &[("United States", "country", Some("US"))],
            &[],
        ),
        // GeoNames' alternate names that are surnames name no far city ("Adams" for
        // Pulandian, "Bush" for Būsh).
        (
            "Troops moved from Hudson to Adams and on to Bush.",
            &[("Hudson", "city", Some("US"))],
            &["Pulandian", "Būsh", "Jersey City"],
        ),
        (
            "Officials in Washington declined to comment.",
            &[("Washington", "city", Some("US"))],
            &[],
        ),
        (
            "Voters in the state of Washington backed it.",
            &[("Washington", "admin_region", Some("US"))],
            &[],
        ),
        (
            "The festival moved to Paris, Texas.",
            &[("Paris", "city", Some("US"))],
            &[],
        ),
        (
            "The festival moved to Paris.",
            &[("Paris", "city", Some("FR"))],
            &[],
        ),
        (
            "Films retail for $9.99 US dollars; the Hong Kong dollar held. Dollars flowed \
             to Canada.",
            &[("Canada", "country", Some("CA"))],
            &["United States", "Hong Kong"],
        ),
        (
            "The Atlanta and St. Louis plants will close.",
            &[("St. Louis", "city", Some("US"))],
            &["St", "Louis"],
        ),
        // "on" joins no places into one; "Island" is no name of Iceland in English.
        (
            "Coron is in Palawan, Philippines on Busuanga Island.",
            &[("Philippines", "country", Some("PH"))],
            &["Philippines on Busuanga Island", "Iceland"],
        ),
        ("The Bank of England raised rates.", &[], &["England"]),
        // A title after a place belongs to it: the place is named, not a longer name.
        (
            "Support came from US President Barack Obama and former Pennsylvania Senator \
             Rick Santorum. REUTERS/Jason Reed U.K. Prime Minister Theresa May spoke.",
            &[
                ("United States", "country", Some("US")),
                ("Pennsylvania", "admin_region", Some("US")),
                ("United Kingdom", "country", Some("GB")),
            ],
            &[],
        ),
        ("The Virginia General Assembly met.", &[], &["Virginia"]),
        // A package's alias filed under the wrong country is left out.
        ("He was born in the Czechoslovak Republic.", &[], &["Netherlands Antilles"]),
        (
            "He spoke to Islamic Republic of Iran Broadcasting.",
            &[],
            &["Iran"],
        ),
        (
            "Jordan Peterson spoke in Jordan.",
            &[("Jordan", "country", Some("JO"))],
            &[],
        ),
        (
            "That was a nice idea. Nice work, said Reading.",
            &[],
            &["Nice", "Reading"],
        ),
        (
            "The carnival in Nice drew crowds.",
            &[("Nice", "city", Some("FR"))],
            &[],
        ),
        ("Chad said he would come.", &[], &["Chad"]),
        (
            "Michael Jordan trained in Jordan. Jordan scored 30.",
            &[("Jordan", "country", Some("JO"))],
            &[],
        ),
        (
            "Charles J. Fillmore taught linguistics. Fillmore wrote on frames.",
            &[],
            &["Fillmore"],
        ),
        (
            "Flights to New York and New Delhi resumed.",
            &[
                ("New York City", "city", Some("US")),
                ("New Delhi", "city", Some("IN")),
            ],
            &["York"],
        ),
        (
            "Sales rebounded in March and in the last week of March.",
            &[],
            &["March"],
        ),
        (
            "Boeing won a US$40 billion deal; Qantas paid A$5 million.",
            &[],
            &["United States"],
        ),
        (
            "Refugees fled to Chad.",
            &[("Chad", "country", Some("TD"))],
            &[],
        ),
        // A center is a place unless it is one of study ("Pew Research Center").
        (
            "Jobs spoke at the Moscone Center. Planes leave the Everett Factory.",
            &[
                ("Moscone Center", "place", None),
                ("Everett Factory", "place", None),
            ],
            &[],
        ),
        (
            "The Pew Research Center and the Southern Poverty Law Center said so.",
            &[],
            &["Pew Research Center", "Southern Poverty Law Center"],
        ),
        (
            "Protesters filled Tahrir Square.",
            &[("Tahrir Square", "place", None)],
            &[],
        ),
        (
            "Ships crossed the Gulf of Aqaba.",
            &[("Gulf of Aqaba", "place", None)],
            &["Aqaba"],
        ),
        ("Rebels took Gilgit-Baltistan.", &[], &["Gilgit"]),
        // A given name's city said to be somewhere is the city in every mention.
        (
            "Tulsa is in the Green Country region of Oklahoma. Tulsa has many parks.",
            &[
                ("Tulsa", "city", Some("US")),
                ("Oklahoma", "admin_region", Some("US")),
            ],
            &[],
        ),
        ("Florence is in the hospital.", &[], &["Florence"]),
        // A region after its town, as in an address.
        (
            "Goode was born in Exeter, Devon. He grew up in Livorno, Tuscany, and Rome.",
            &[("Devon", "place", None), ("Tuscany", "admin_region", Some("IT"))],
            &[],
        ),
        // Provinces beyond the US states, and a province far larger than any city of
        // its name is the province.
        (
            "Floods hit Punjab and Sindh. Ontario and Bavaria sent aid.",
            &[
                ("Punjab", "admin_region", Some("PK")),
                ("Sindh", "admin_region", Some("PK")),
                ("Ontario", "admin_region", Some("CA")),
                ("Bavaria", "admin_region", Some("DE")),
            ],
            &[],
        ),
        // A capital that shares its name with a larger state keeps the name.
        (
            "Officials in Washington and New York reacted.",
            &[
                ("Washington", "city", Some("US")),
                ("New York City", "city", Some("US")),
            ],
            &[],
        ),
        // Authors in a citation are no places; a year in brackets after a place is no
        // citation.
        (
            "Training helps (Thorell, Nutley, Bohlin, & Klingberg, 2009). He flew to Paris (2009).",
            &[("Paris", "city", Some("FR"))],
            &["Nutley", "Bohlin"],
        ),
        // A title after a place leaves the place: "the Los Angeles Sheriff's office".
        (
            "A detective for the Los Angeles Sheriff's office was there.",
            &[("Los Angeles", "city", Some("US"))],
            &[],
        ),
        // A state abbreviated after a city is a place; alone the word is none.
        (
            "Born in Springfield, Ill., he moved to Albany, N.Y. and Austin, TX 78701.",
            &[
                ("Illinois", "admin_region", Some("US")),
                ("New York", "admin_region", Some("US")),
                ("Texas", "admin_region", Some("US")),
            ],
            &["Ill", "N.Y.", "TX"],
        ),
        (
            "He fell ill. Mass was said in Boston. Dr. Ann Lee, MD, spoke.",
            &[("Boston", "city", Some("US"))],
            &["Massachusetts", "Maryland", "Illinois"],
        ),
        // A run that ends like a road, a resort or a building names a place no list
        // holds.
        (
            "We drove the Creek Turnpike to Eureka Springs and slept at the Harlow Resort.",
            &[
                ("Creek Turnpike", "place", None),
                ("Eureka Springs", "place", None),
                ("Harlow Resort", "place", None),
            ],
            &[],
        ),
        // A place's last word after a given name that is a place.
        (
            "The ships retreated from Manila Bay, then up the Jordan River.",
            &[
                ("Manila Bay", "place", None),
                ("Jordan River", "place", None),
            ],
            &[],
        ),
    ];
    check_entities(cases, |r| {
        r.locations
            .iter()
            .map(|l| {
                (
                    l.name.to_string(),
                    l.kind.to_string(),
                    l.country.as_deref().map(str::to_string),
                )
            })
            .collect()
    });
}
