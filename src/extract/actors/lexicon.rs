//! Word lists the actor rules read: organization words, role nouns, titles, verbs of
//! saying, place prepositions, name particles, and capitalized common words that are
//! seldom names. Add a word to the list whose doc says what it is for.

use crate::text::WordSet;

/// Last words that make a capitalized run an organization.
pub(crate) static ORG_SUFFIXES: WordSet = WordSet::new(&[
    "Ministry",
    "Department",
    "Council",
    "Authority",
    "Agency",
    "Party",
    "Army",
    "Forces",
    "Brigades",
    "Brigade",
    "Front",
    "Movement",
    "Commission",
    "Committee",
    "Union",
    "Bank",
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Limited",
    "LLC",
    "plc",
    "PLC",
    "GmbH",
    "Co",
    "Co.",
    // Nordic, Italian, Dutch, Australian and Malaysian legal forms: "Nokia Oyj", "Volvo
    // AB", "Equinor ASA", "Fiat SpA", "Philips B.V.", "Qantas Pty", "Maybank Bhd".
    "Oy",
    "Oyj",
    "AB",
    "ASA",
    "SpA",
    "BV",
    "Pty",
    "Bhd",
    "Group",
    "University",
    "College",
    "Institute",
    "Association",
    "Organization",
    "Organisation",
    "Foundation",
    "Federation",
    "League",
    "Court",
    "Parliament",
    "Assembly",
    "Police",
    "Service",
    "Services",
    "Office",
    "Bureau",
    "Board",
    "Church",
    "Club",
    "Company",
    "Times",
    "Post",
    "News",
    "Airlines",
    "Airways",
    "Network",
    "Society",
    "Trust",
    "Fund",
    "Alliance",
    "Coalition",
    "Guard",
    "Navy",
    "Corps",
    "School",
    "Academy",
    "Administration",
    "Cabinet",
    "Government",
    "Senate",
    "Congress",
    "Tribunal",
    "Institution",
    "Laboratory",
    "Laboratories",
    "Labs",
    "Press",
    "Magazine",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Chronicle",
    "Examiner",
    "Inquirer",
    "Courier",
    "Observer",
    "Telegraph",
    "Telegram",
    "Star-Telegram",
    "Statesman",
    "American-Statesman",
    "Dispatch",
    "Ledger",
    "Sentinel",
    "Lottery",
    "Brigade",
    "Records",
    "Studios",
    "Team",
    "FC",
    "Council",
    "Secretariat",
    "Directorate",
    "Command",
    "Regiment",
    "Battalion",
    "Division",
    "Caucus",
    "Industries",
    "Securities",
    "Holdings",
    "Group",
    "Systems",
    "Technologies",
    "Partners",
    "Consortium",
    "Observatory",
    "Hospital",
    "Infirmary",
    "Clinic",
    "Hospice",
    "Museum",
    "Library",
    "Broadcasting",
    "Motors",
    "Automobiles",
    "Aircraft",
    "Airplanes",
    "Aerospace",
    "Aviation",
    "Electronics",
    "Pharmaceuticals",
    "Petroleum",
]);

/// The last words of units counted by number: courts of appeals, fleets, divisions.
pub(super) static NUMBERED_UNITS: WordSet = WordSet::new(&[
    "Circuit", "District", "Fleet", "Division", "Brigade", "Regiment", "Battalion", "Army",
    "Corps", "Infantry", "Airborne", "Cavalry", "Squadron", "Wing",
]);

/// The last word of a unit named by its number alone ("Ninth Circuit", "7th Fleet").
pub(super) static UNIT_HEADS: WordSet = WordSet::new(&[
    "Circuit", "Fleet", "Division", "Brigade", "Regiment", "Battalion", "Army", "Corps",
    "Squadron",
]);

/// Ordinal words that number a unit ("Second Circuit", "Third Army").
pub(super) static ORDINAL_WORDS: WordSet = WordSet::new(&[
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
    "Tenth", "Eleventh", "Twelfth",
]);

/// A company's legal form after its name ("Nvidia Corp.", "Siemens AG", "HSBC Holdings"):
/// the company with or without it is one actor.
pub(crate) static LEGAL_FORMS: WordSet = WordSet::new(&[
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Limited", "LLC",
    "plc", "PLC", "Plc", "AG", "SA", "S.A.", "NV", "N.V.", "SE", "GmbH", "Holdings", "Oy", "Oyj",
    "AB", "ASA", "SpA", "S.p.A.", "BV", "B.V.", "Pty", "Bhd", "KGaA",
]);

/// Words that open a storm's name ("Hurricane Milton", "Storm Ciarán"): named like a
/// person, a storm is no actor.
pub(crate) static STORM_WORDS: WordSet = WordSet::new(&[
    "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Superstorm",
]);

/// Words that open a sentence to say what the company named after them is ("Rival Sony
/// Group Corp", "Drugmaker Pfizer Inc"), capitalized only as the sentence's first.
pub(super) static COMPANY_DESCRIPTORS: WordSet = WordSet::new(&[
    "Rival", "Rivals", "Parent", "Competitor", "Peer", "Fellow", "Struggling", "Troubled",
    "Embattled", "Chipmaker", "Automaker", "Carmaker", "Drugmaker", "Retailer", "Lender",
    "Insurer", "Planemaker", "Startup", "Conglomerate", "Broadcaster", "Miner", "Airline",
]);

/// Lower-case words after a name that make it a broadcaster or a paper ("told France
/// Inter radio", "the Asahi newspaper").
pub(super) static MEDIA_AFTER: WordSet = WordSet::new(&[
    "radio", "television", "newspaper", "broadcaster", "daily", "tabloid", "channel",
]);

/// Lower-case words after a name that make it a body ("the Ifo institute", "the Unite
/// union"), or before it ("the statistics office Destatis", "market regulator Sebi").
pub(super) static BODY_AFTER: WordSet = WordSet::new(&[
    "institute", "agency", "ministry", "foundation", "union", "militia",
]);
pub(super) static BODY_BEFORE: WordSet = WordSet::new(&[
    "office", "agency", "regulator", "watchdog", "institute", "ministry", "bureau", "authority",
]);

/// Lower-case words after a name that make it a building or a place ("Charles de Gaulle
/// airport", "Arthur Ashe stadium"): no person's and no body's.
pub(crate) static FACILITY_AFTER: WordSet = WordSet::new(&[
    "airport", "stadium", "station", "bridge", "highway", "motorway", "expressway", "dam",
]);

/// Words for a company's trade that stand before its name in news ("drugmaker Bavarian
/// Nordic"); none is also a person's job ("broadcaster", "miner").
pub(super) static COMPANY_TRADE_NOUNS: WordSet = WordSet::new(&[
    "chipmaker", "automaker", "carmaker", "drugmaker", "retailer", "lender", "insurer",
    "planemaker", "startup", "conglomerate", "airline", "steelmaker", "brewer",
    "shipbuilder", "telecoms",
]);

/// Jobs held at an organization: a run after "<job> at" names where the job is held
/// ("an analyst at Wedbush Securities", "news editor at Global Voices").
pub(super) static JOBS_AT: WordSet = WordSet::new(&[
    "editor", "reporter", "correspondent", "columnist", "analyst", "economist", "strategist",
    "spokesman", "spokeswoman", "spokesperson", "researcher", "engineer", "employee",
    "executive", "manager", "director", "founder", "co-founder", "chairman", "chairwoman",
    "staffer", "intern", "partner", "consultant", "scientist", "fellow", "professor",
    "lecturer", "trader", "banker", "developer", "designer", "producer", "officer",
]);

/// Of [`JOBS_AT`], those whose "for" names an employer too ("a reporter for Reuters"),
/// where "a spokesman for" or "a lawyer for" is followed by a person as often.
pub(super) static MEDIA_JOBS: WordSet = WordSet::new(&[
    "editor", "reporter", "correspondent", "columnist", "writer", "photographer",
]);

/// Relatives and friends, named after a possessive ("our friend Vane Ivanovic").
pub(super) static KIN_NOUNS: WordSet = WordSet::new(&[
    "friend", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother",
    "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "grandfather",
    "grandmother", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee",
    "colleague", "stepfather", "stepmother", "stepson", "stepdaughter", "widow", "widower",
    "mentor", "roommate", "classmate",
]);

/// The determiners of a person's relatives ("our friend", "his daughter").
pub(super) static POSSESSIVE_DETERMINERS: WordSet =
    WordSet::new(&["my", "our", "his", "her", "their", "your"]);

/// Nouns that "public" modifies ("public health agency", "public opinion"): there it names
/// no group of people.
pub(super) static PUBLIC_NOUNS: WordSet = WordSet::new(&[
    "health", "sector", "opinion", "service", "services", "debt", "spending", "transport",
    "safety", "order", "finances", "broadcaster", "prosecutor", "prosecutors", "interest",
    "funds", "money", "works", "hospital", "hospitals", "support", "pressure", "inquiry",
    "hearing", "holiday", "employees", "servants", "policy", "housing", "offering",
    "statement", "comments", "schools", "television", "radio", "investment", "accounts",
]);

/// Words of a company's trade between its short name and its legal form ("Toyota Motor
/// Corp.", "Samsung Electronics Co."), left out to find the listed company.
pub(super) static COMPANY_TRADES: WordSet = WordSet::new(&[
    "Motor", "Motors", "Group", "Electronics", "Industries", "Company", "Enterprises",
    "Technologies", "Technology", "International", "Airlines", "Pharmaceuticals", "Petroleum",
]);

/// The last word of a club's name without its "F.C." ("City" of "Manchester City F.C."),
/// the word the club goes by alone; none for a one-word name.
pub(crate) fn club_name_tail(name: &str) -> Option<&str> {
    let club = ["F.C.", "FC", "A.F.C.", "AFC", "C.F.", "CF"]
        .iter()
        .find_map(|form| name.strip_suffix(form)?.strip_suffix(' '))
        .unwrap_or(name);
    club.rsplit_once(' ').map(|(_, tail)| tail)
}

/// `name` without a legal form at its end ("Nvidia Corp" → "Nvidia"); `name` itself when
/// it has none or is nothing else.
pub(crate) fn without_legal_form(name: &str) -> &str {
    match name.rsplit_once(' ') {
        // "Dow Jones & Co." → "Dow Jones".
        Some((rest, last)) if LEGAL_FORMS.contains(last) => {
            rest.trim_end_matches([',', '&', ' '])
        }
        _ => name,
    }
}

/// Whether `acronym` ("AMD") is made of the initials of `name`'s words ("Advanced Micro
/// Devices Inc"), leaving out its legal form and its small words ("of", "the", "and"):
/// the organization, written short without being defined.
pub(crate) fn is_initialism(acronym: &str, name: &str) -> bool {
    if !(2..=6).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let mut initials = without_legal_form(name)
        .split([' ', '-'])
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&" | "de" | "on" | "in" | ""))
        .map(|w| w.chars().next());
    let mut letters = acronym.chars();
    loop {
        match (initials.next(), letters.next()) {
            (None, None) => return name.contains(' '),
            (Some(Some(i)), Some(l)) if i == l => {}
            _ => return false,
        }
    }
}

/// Plural party names that end a party's name after a qualifier ("Free Democrats",
/// "Progressive Conservatives", "Vic Greens"): the party, not the US one or its voters.
pub(super) static PARTY_PLURALS: WordSet = WordSet::new(&[
    "Democrats", "Republicans", "Socialists", "Conservatives", "Liberals", "Greens", "Tories",
]);

/// Words before "Center" or "Centre" that make the center an organization ("Pew Research
/// Center", "Southern Poverty Law Center", "National Hurricane Center"), as does a verb of
/// saying next to it; any other center is a place ("Moscone Center", "Johnson Space
/// Center"), as 29 of 35 are in the training corpora.
pub(super) static CENTER_OF_STUDY: WordSet = WordSet::new(&[
    "Research", "Law", "Policy", "Studies", "Resource", "Resources", "Fraud", "Anti-Fraud",
    "Rights", "Justice", "Hurricane", "Prediction", "Warning", "Counterterrorism",
]);

/// First words that, followed by "of"/"for", make a run an organization ("Ministry of ...").
pub(super) static ORG_HEADS: WordSet = WordSet::new(&[
    "Ministry",
    "Department",
    "Dept",
    "University",
    "Bank",
    "Council",
    "Office",
    "Court",
    "Institute",
    "Church",
    "House",
    "Museum",
    "Academy",
    "Federation",
    "Union",
    "Association",
    "Society",
    "League",
    "Board",
    "Agency",
    "Commission",
    "Committee",
    "Organization",
    "Organisation",
    "Party",
    "Army",
    "Bureau",
    "College",
    "School",
    "Center",
    "Centre",
    "Federal",
    "National",
    "Royal",
    "Order",
    "Assembly",
    "Congress",
    "Parliament",
    "Universidad",
    "Universidade",
    "Université",
    "Universität",
    "Instituto",
    "Institut",
    "Centro",
    "Laboratory",
    "Laboratorio",
    "Brotherhood",
    "Circle",
    "Municipality",
    "Foundation",
    "Fund",
]);

/// Last words of a sports club after its city ("Leeds United", "Boston Red Sox").
pub(super) static CLUB_WORDS: WordSet = WordSet::new(&[
    "United", "Sox", "FC", "F.C.", "Athletic", "Rovers", "Wanderers", "Albion", "Hotspur",
]);

/// Plurals that name places after a place's name ("Golan Heights", "Blue Mountains").
pub(super) static PLURAL_PLACE_WORDS: WordSet = WordSet::new(&[
    "Islands",
    "Isles",
    "Heights",
    "Hills",
    "Mountains",
    "Falls",
    "Springs",
    "Lakes",
    "Plains",
    "Keys",
    "Rapids",
    "Woods",
    "Gardens",
    "Meadows",
    "Fields",
    "Flats",
    "Sands",
    "Downs",
    "Highlands",
    "Lowlands",
    "Territories",
    "Provinces",
    "States",
    "Estates",
    "Docks",
    "Rocks",
    "Narrows",
    "Straits",
    "Glades",
    "Dunes",
    "Valleys",
    "Parks",
    "Towers",
]);

/// Nouns naming people in a role, after a demonym, country or organization.
pub(crate) static ROLE_NOUNS: WordSet = WordSet::new(&[
    "officials",
    "diplomats",
    "leaders",
    "negotiators",
    "mediators",
    "representatives",
    "envoys",
    "delegates",
    "delegation",
    "forces",
    "troops",
    "soldiers",
    "militants",
    "fighters",
    "authorities",
    "officers",
    "police",
    "ministers",
    "lawmakers",
    "legislators",
    "politicians",
    "activists",
    "protesters",
    "demonstrators",
    "citizens",
    "residents",
    "civilians",
    "refugees",
    "workers",
    "voters",
    "intermediaries",
    "counterparts",
    "rebels",
    "prisoners",
    "hostages",
    "settlers",
    "journalists",
    "people",
    "allies",
    "critics",
    "analysts",
    "experts",
    "investigators",
    "prosecutors",
    "judges",
    "lawyers",
    "students",
    "doctors",
    "medics",
    "farmers",
    "nationals",
    "partners",
    "policymakers",
    "leadership",
    "negotiating team",
    "team",
    "side",
    "public",
    "population",
    "community",
    "communities",
    "military",
    "army",
    "navy",
    "government",
    "administration",
    "regime",
    "media",
    "press",
    "companies",
    "firms",
    "businesses",
    "banks",
    "investors",
    "fans",
    "players",
    "scientists",
    "researchers",
    "teenagers",
    "children",
    "women",
    "men",
    "families",
    "veterans",
    "pilgrims",
    "migrants",
    "immigrants",
    "workers",
    "mediator",
    "negotiator",
    "official",
    "diplomat",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
]);

/// Words that cannot stand between a demonym and its role noun ("Qatar as intermediaries").
pub(super) static NOT_MODIFIERS: WordSet = WordSet::new(&[
    "as", "and", "or", "of", "to", "in", "for", "with", "by", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "must", "can", "could", "should", "may", "might", "the", "a",
    "an", "that", "which", "who", "also", "not", "still", "now", "remains", "says", "said", "on",
    "at", "from", "but", "than",
]);

/// A saint's title in a Romance language, which opens places' names ("San Remigio", "São
/// Paulo") far more often than people's, though lists hold it as a given name. ("Santa"
/// also opens "Santa Claus" and "Santa Anna": left to the lists.)
pub(super) static SAINTLY: WordSet = WordSet::new(&["San", "Santo", "Sao", "São", "Sankt"]);

/// Generation marks that may stand after a name.
pub(crate) static GENERATIONS: WordSet = WordSet::new(&["Jr", "Sr", "II", "III", "IV"]);

/// Nouns a headline gives an age as it would a name: "Girl, 15, killed at rail crossing".
pub(super) static AGED_NOUNS: WordSet = WordSet::new(&[
    "Girl", "Boy", "Man", "Woman", "Teen", "Teenager", "Mother", "Father", "Mum", "Dad",
    "Baby", "Toddler", "Child", "Student", "Pensioner", "Driver", "Cyclist", "Pedestrian",
    "Grandmother", "Grandfather", "Suspect", "Victim", "Schoolgirl", "Schoolboy", "Youth",
]);

/// A party's adjective or member noun. Written before a politician's name ("Republican
/// Curtis Sliwa"); no person's name holds one after its first word ("Christian Democratic
/// Appeal" is no Christian of that surname).
pub(super) static POLITICAL_WORDS: WordSet = WordSet::new(&[
    "Democratic", "Democrat", "Democrats", "Republican", "Republicans", "Socialist",
    "Socialists", "Communist", "Nationalist", "Progressive", "Labour", "Liberal",
    "Conservative", "Tory",
]);

/// Titles that qualify the title after them ("Deputy Governor", "Acting Director").
pub(super) static TITLE_QUALIFIERS: WordSet = WordSet::new(&[
    "Deputy", "Vice", "Acting", "Assistant", "Associate", "Interim", "Former", "Senior",
]);

/// Title words that end a title inside a capitalized run ("... Foreign Minister", "... Sheikh").
pub(crate) static TITLE_HEADS: WordSet = WordSet::new(&[
    "President",
    "Minister",
    "Secretary",
    "Governor",
    "Senator",
    "Ambassador",
    "Envoy",
    "Chairman",
    "Chair",
    "Chairperson",
    "Chairwoman",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "General",
    "Commander",
    "Mayor",
    "Sheriff",
    "Attorney",
    "Prosecutor",
    "Chief",
    "Superintendent",
    "Coroner",
    "Marshal",
    "Treasurer",
    "Comptroller",
    "Councilman",
    "Councilwoman",
    "Councillor",
    "Judge",
    "Sheikh",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Leader",
    "Speaker",
    "CEO",
    "Chancellor",
    "Commissioner",
    "Administrator",
    "Representative",
    "Senator",
    "Sen.",
    "Rep.",
    "Gen.",
    "Col.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "Imam",
    "Ayatollah",
    "Rabbi",
    "Pope",
    "Cardinal",
    "Archbishop",
    "Bishop",
    "Minister-President",
    "Premier",
    "Founder",
]);

/// Verbs of saying that mark the name next to them as a person's.
pub(super) static SAYING: WordSet = WordSet::new(&[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "stated",
    "argued",
    "wrote",
    "asked",
    "explained",
    "insisted",
    "warned",
    "claimed",
    "recalled",
    "replied",
    "announced",
    "tweeted",
    "posted",
    "urged",
    "stressed",
    "admitted",
    "believes",
    "thinks",
    "acknowledged",
    "testified",
    "confirmed",
    "denied",
]);

/// Words that place a name between a preposition of place and the name ("in northern
/// Syria", "in neighbouring Tanzania"): the name is still where something happens.
pub(super) static PLACE_ADJECTIVES: WordSet = WordSet::new(&[
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "northeast", "northwest", "southeast", "southwest", "north", "south",
    "east", "west", "neighbouring", "neighboring", "nearby", "war-torn", "rural", "coastal",
    "mainland", "landlocked", "occupied",
]);

/// Prepositions after which a country is a place rather than an actor.
pub(super) static PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in",
    "at",
    "to",
    "into",
    "from",
    "within",
    "across",
    "throughout",
    "near",
    "inside",
    "outside",
    "around",
    "of",
    "via",
    "through",
    "toward",
    "towards",
    "over",
    "visit",
    "visited",
    "visiting",
    "entered",
    "left",
    "reached",
]);

/// Capitalized terms that name no actor and no place, though they read like a name
/// ("El Niño" is a climate pattern, not a person).
pub(super) static TERMS: WordSet = WordSet::new(&[
    "El Niño",
    "La Niña",
    "El Nino",
    "La Nina",
    // A crude oil benchmark, no place.
    "West Texas Intermediate",
]);

/// Last words that make a capitalized run a building, a place, an event, a work or an
/// office rather than a person, whatever given name it opens with ("Royal Palace",
/// "George Washington Bridge", "Paris Air Show", "Dow Jones Industrial Average", "Vice
/// President").
pub(super) static NOT_A_PERSON_LAST: WordSet = WordSet::new(&[
    "Center",
    "Centre",
    "Factory",
    "House",
    "Hall",
    "Street",
    "Square",
    "Road",
    "Avenue",
    "River",
    "Island",
    "Park",
    "Bridge",
    "Palace",
    "Tower",
    "Building",
    "Station",
    "Airport",
    "Stadium",
    "Arena",
    "Museum",
    "Gallery",
    "Library",
    "Hospital",
    "Cathedral",
    "Theater",
    "Theatre",
    "Hotel",
    "World",
    "Show",
    "Games",
    "Olympics",
    "Paralympics",
    "Series",
    "Cup",
    "Staff",
    "Trophy",
    "Prize",
    "Award",
    "Awards",
    "Medal",
    "Festival",
    "Championship",
    "Championships",
    "Tour",
    "Average",
    "Index",
    "Exchange",
    "Collaboration",
    "Studies",
    "Project",
    "Program",
    "Programme",
    "Act",
    "Treaty",
    "Agreement",
    "Accord",
    "Summit",
    "Conference",
    "Forum",
    "Expo",
    "President",
    "Chairman",
    "Minister",
    "Secretary",
    "Governor",
    "Director",
    "Officer",
    "Executive",
    "Manager",
]);

/// Words that begin Arabic, Persian and other names or join their parts.
pub(super) static NAME_PARTICLES: WordSet = WordSet::new(&[
    "al", "el", "bin", "ibn", "bint", "Abu", "Abd", "Abdel", "Abdul", "van", "von", "de", "da",
    "di", "del", "der", "ben", "arap",
]);

/// Given names that are also everyday words or titles; alone they prove nothing (month
/// and weekday names are asked of `text` apart).
pub(super) static COMMON_WORD_NAMES: WordSet = WordSet::new(&[
    "Will",
    "Okay",
    "Hope",
    "Grace",
    "Faith",
    "Joy",
    "Bill",
    "Art",
    "Mark",
    "Rose",
    "Iris",
    "Lily",
    "Summer",
    "Autumn",
    "Winter",
    "Dawn",
    "Sky",
    "Rich",
    "Guy",
    "Jack",
    "Frank",
    "Sunny",
    "Honor",
    "Chance",
    "Page",
    "Young",
    "Case",
    "Lane",
    "Major",
    "Royal",
    "Star",
    "Max",
    "Justice",
    "Christian",
    "Pat",
    "Sue",
    "Gene",
    "Don",
    "Bob",
    "Jan",
    "Eve",
    "Sun",
    "Long",
    "Black",
    "White",
    "Brown",
    "Green",
    "Gray",
    "Grey",
    "King",
    "Prince",
    "Duke",
    "Earl",
    "Baron",
    "Dean",
    "Judge",
    "Pope",
    "Bishop",
    "Cardinal",
    "Church",
    "Chase",
    "Hunter",
    "Miles",
    "Price",
    "Cash",
    "Angel",
    "Crystal",
    "Amber",
    "Ruby",
    "Pearl",
    "Jade",
    "Ivy",
    "Holly",
    "Heather",
    "Violet",
    "Destiny",
    "Harmony",
    "Melody",
    "Liberty",
    "Trinity",
    "Glory",
    "Mercy",
    "Patience",
    "Prudence",
    "Charity",
    "Constance",
    "Sterling",
    "Ray",
    "Bud",
    "Buck",
    "Chip",
    "Rusty",
    "Dusty",
    "Sandy",
    "Misty",
    "Stormy",
    "Rain",
    "River",
    "Forest",
    "Ocean",
    "Storm",
    "Wolf",
    "Fox",
    "Bear",
    "Hawk",
    "Robin",
    "Jay",
    "Wren",
    "Lark",
    "Dove",
    "Mercedes",
    "Lexus",
    "Porsche",
    "Tesla",
    "Apple",
    "Amazon",
    "Paris",
    "London",
    "Sydney",
    "Florence",
    "Georgia",
    "Virginia",
    "Carolina",
    "Dakota",
    "Montana",
    "Nevada",
    "Austin",
    "Dallas",
    "Houston",
    "Orlando",
    "Phoenix",
    "Chelsea",
    "Madison",
    "Brooklyn",
    "Jordan",
    "Israel",
    "India",
    "China",
    "Kenya",
    "Asia",
    "Africa",
    "America",
    "Europe",
    "Christmas",
    "Easter",
    "Sunday",
    "Monday",
    "Friday",
    "Series",
    "League",
    "Image",
    "Street",
    "Devil",
    "God",
    "Lord",
    "Lady",
    "Miss",
    "Sir",
    "Madam",
    "Doctor",
    "Professor",
    "General",
    "Colonel",
    "Captain",
    "President",
]);

/// Head nouns an organization is called by alone, after "the", once named in full.
pub(crate) static HEAD_ALONE: WordSet = WordSet::new(&[
    "League", "Commission", "Council", "Party", "Bank", "Board", "Committee", "Agency",
    "Union", "Society", "Association", "University", "Court", "Army", "Ministry",
    "Department", "Company", "Corporation", "Federation", "Institute", "Foundation", "Club",
    "Academy", "Administration", "Assembly", "Bureau", "Museum", "Senate", "Parliament",
]);
