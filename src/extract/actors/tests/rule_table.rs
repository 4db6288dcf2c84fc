//! The actors' rule table: one row per rule, (text, the actors it must give as (name,
//! kind, country), names it must not give).

use super::check;

#[test]
fn actor_rule_table() {
    check(&[
        // A news agency's credit line names persons, whatever lists hold their words.
        (
            "The bank held rates.\n\n(Reporting by Francesco Canepa and Balazs Koranyi; \
             Editing by Toby Chopra)",
            &[
                ("Balazs Koranyi", "person", None),
                ("Toby Chopra", "person", None),
            ],
            &[],
        ),
        // Two particles inside a name; a military staff is no person.
        (
            "European Commission President Ursula von der Leyen spoke. Ukraine's General \
             Staff denied the claim.",
            &[("Ursula von der Leyen", "person", Some("European Commission"))],
            &["Ursula", "Staff"],
        ),
        // A title word after a listed title and another word still ends the title.
        (
            "Chief Cabinet Secretary Minoru Kihara said there were no reports of deaths.",
            &[("Minoru Kihara", "person", None)],
            &["Cabinet Secretary Minoru Kihara"],
        ),
        // A listed title that opens after a body's name runs on from there.
        (
            "Siemens Chief Executive Roland Busch spoke after Siemens Healthineers reported.",
            &[
                ("Roland Busch", "person", Some("Siemens")),
                ("Siemens Healthineers", "organization", Some("DE")),
            ],
            &["Executive Roland Busch"],
        ),
        // An event's, a prize's or a law's name holds no actor.
        (
            "Alcaraz won the U.S. Open final, and Italy took the Davis Cup in Bologna. The \
             law violates the First Amendment, the judge said.",
            &[],
            &["United States", "Davis", "First Amendment"],
        ),
        // A court case's parties are no persons.
        (
            "In 1980, the Supreme Court struck down a Kentucky law in Stone v. Graham.",
            &[],
            &["Stone", "Graham"],
        ),
        // A word the article reads as a place is that place, not a person.
        (
            "AUSTIN, Texas (AP) — A judge blocked the law. It applies to 11 school \
             districts, including Austin and Houston.",
            &[],
            &["Austin"],
        ),
        // A common word opening a body's name, joined by "and", is no short name of it.
        (
            "Most were hurt in Hachinohe, according to the Fire and Disaster Management \
             Agency. Japan sits on the \"Ring of Fire,\" an arc of volcanoes.",
            &[("Fire and Disaster Management Agency", "organization", None)],
            &["Fire"],
        ),
        // A listed body opening a longer name gives it its country.
        (
            "Heather Weaver, a senior ACLU attorney, spoke for the American Civil Liberties \
             Union of Texas.",
            &[
                ("American Civil Liberties Union", "organization", Some("US")),
                ("American Civil Liberties Union of Texas", "organization", Some("US")),
            ],
            &[],
        ),
        // A company after the word for its trade.
        (
            "Danish drugmaker Norvexa Biotics said it could supply 10 million doses.",
            &[("Norvexa Biotics", "organization", None)],
            &["Norvexa"],
        ),
        // A kind of place and "of" say what follows is no person.
        (
            "In the northern province of Cao Bang, a bus was swept away.",
            &[],
            &["Cao Bang"],
        ),
        // A relative or a friend after a possessive is a person.
        (
            "We stayed at the villa of our friend Vane Ivanovic. Her brother Tavish came.",
            &[("Vane Ivanovic", "person", None), ("Tavish", "person", None)],
            &[],
        ),
        // A title inside a run: the person is the name after it.
        (
            "They were arrested, Franklin County Sheriff Dallas Baldwin told reporters.",
            &[("Dallas Baldwin", "person", None)],
            &[],
        ),
        // A byline's "By" ends the name before it.
        (
            "From Friday's Daily Star By Juan Cole Friday, June 04, 2004",
            &[("Juan Cole", "person", None)],
            &["Daily Star By Juan Cole"],
        ),
        // Where a job is held: "<job> at" any, "<job> for" a newsroom.
        (
            "I'm Lauren, news editor at Global Voices. He is a reporter for Zeta Daily.",
            &[
                ("Global Voices", "organization", None),
                ("Zeta Daily", "organization", None),
            ],
            &["Zeta"],
        ),
        // Listed parties and companies by their initials.
        (
            "Members of its Bavarian sister party, the CSU, objected, according to LSEG data.",
            &[
                ("Christian Social Union in Bavaria", "organization", Some("DE")),
                ("London Stock Exchange Group", "organization", Some("GB")),
            ],
            &[],
        ),
        // In a story about sport, a city's name alone is its club.
        (
            "Arsenal finished second behind Liverpool in the Premier League after Bayer \
             Leverkusen sold Florian Wirtz to Liverpool.",
            &[
                ("Liverpool F.C.", "organization", Some("GB")),
                ("Arsenal F.C.", "organization", Some("GB")),
            ],
            &["Liverpool", "Arsenal"],
        ),
        // What shares are of is a company, whatever places its words name, wherever its
        // name stands whole; a broadcaster before "radio"; a building after a name.
        (
            "Investors sold shares of Union Pacific. Union Pacific said so. He bought shares \
             of Metsera, the minister told France Inter radio at Charles de Gaulle airport.",
            &[
                ("Union Pacific", "organization", None),
                ("Metsera", "organization", None),
                ("France Inter", "organization", None),
            ],
            &["Union", "Pacific", "Charles de Gaulle"],
        ),
        // So is a club's name read as a person's.
        (
            "Leeds United and Chelsea met in the Premier League. Zubimendi told Arsenal's \
             website he was happy.",
            &[("Arsenal F.C.", "organization", Some("GB"))],
            &["Arsenal"],
        ),
        // The run before "Flight" and a number is the airline.
        (
            "The losses of Adam Air Flight 574 and Garuda Indonesia Flight 200 killed 102.",
            &[
                ("Adam Air", "organization", None),
                ("Garuda Indonesia", "organization", None),
            ],
            &["Adam Air Flight", "Indonesia"],
        ),
        // A country's short form after another country's long name is that country.
        (
            "Fighting in the Democratic Republic of Congo goes on. Congo has mines.",
            &[("Democratic Republic of the Congo", "organization", Some("CD"))],
            &["Republic of the Congo"],
        ),
        // "Director General" is a title, not a general's rank.
        (
            "Director General Rafael Grossi spoke in Vienna on Monday.",
            &[("Rafael Grossi", "person", None)],
            &["General Rafael Grossi"],
        ),
        // "public" before a noun is an adjective; before a verb it is the public.
        (
            "The Swedish public health agency said so. The British public voted.",
            &[("British public", "group", Some("GB"))],
            &["Swedish public"],
        ),
        // An ordinal before a court's, a fleet's or a division's name says which one.
        (
            "The 5th U.S. Circuit Court of Appeals ruled on Thursday.",
            &[("5th U.S. Circuit Court of Appeals", "organization", Some("US"))],
            &["U.S. Circuit Court of Appeals"],
        ),
        // A court or a unit by its number alone.
        (
            "Goldsmith and the Second Circuit say no; the 9th Circuit ruled otherwise.",
            &[
                ("Second Circuit", "organization", None),
                ("9th Circuit", "organization", None),
            ],
            &["Circuit"],
        ),
        (
            "He served in the Seventh Fleet. The First Amendment protects speech.",
            &[("Seventh Fleet", "organization", None)],
            &["First Amendment"],
        ),
        (
            "Soldiers of the 101st Airborne Division arrived on Monday.",
            &[("101st Airborne Division", "organization", None)],
            &["Airborne Division"],
        ),
        // A listed body after its country's name: the country is a word of its name,
        // not an actor of its own.
        (
            "The US Federal Reserve raised rates on Wednesday.",
            &[("Federal Reserve", "organization", Some("US"))],
            &["United States"],
        ),
        // Two given names joined by a hyphen open a name.
        (
            "Jean-Marc Dubreuil, 61, denies wrongdoing.",
            &[("Jean-Marc Dubreuil", "person", None)],
            &[],
        ),
        // A French lawyer's title.
        (
            "His lawyer, Maître Claire Fontaine, spoke to reporters.",
            &[("Claire Fontaine", "person", None)],
            &["Maître Claire Fontaine"],
        ),
        // What owns a name joined by "and" is not part of it.
        (
            "The deal needs approval from Britain's Competition and Markets Authority.",
            &[("Competition and Markets Authority", "organization", Some("GB"))],
            &["Britain's Competition and Markets Authority"],
        ),
        // A sentence's first word that says what a company is; a Nordic legal form.
        (
            "Analysts liked it. Rival Sony Group Corp bought Mobius Games Oy in 2021.",
            &[("Sony", "organization", Some("JP")), ("Mobius Games", "organization", None)],
            &["Rival Sony Group"],
        ),
        // A player's or a manager's role in lower case before the name.
        (
            "\"It was hard,\" said manager Pep Guardiola.",
            &[("Pep Guardiola", "person", None)],
            &[],
        ),
        // "Co." ends a company's name of two words or more, not a county's.
        (
            "Taiwan Semiconductor Manufacturing Co. and Acme Plastics Co. evacuated plants.",
            &[("TSMC", "organization", Some("TW")), ("Acme Plastics", "organization", None)],
            &["Taiwan"],
        ),
        (
            "Schools in Saratoga Co. opened late.",
            &[],
            &["Saratoga Co", "Saratoga"],
        ),
        // A given name and a place's last word: a person unless the given name is a place.
        (
            "Michael Bay said the film was done. Ships left Manila Bay.",
            &[("Michael Bay", "person", None)],
            &["Manila Bay"],
        ),
        (
            "Witkoff met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha.",
            &[("Sheikh Mohammed bin Abdulrahman Al Thani", "person", Some("QA"))],
            &[],
        ),
        (
            "Goode was born in Exeter, Devon. He met Sawa in London, England.",
            &[("Goode", "person", None)],
            &["Devon"],
        ),
        // A demonym several countries share names the most populous: India, not the
        // British Indian Ocean Territory.
        (
            "Indian officials denied it. Dominicans celebrated.",
            &[("Indian officials", "group", Some("IN")), ("Dominicans", "group", Some("DO"))],
            &[],
        ),
        // Demonyms the package lacks, kept by hand.
        (
            "Uzbek officials met Serbs and Argentinians; Argentine President Javier Milei spoke.",
            &[
                ("Uzbek officials", "group", Some("UZ")),
                ("Serbs", "group", Some("RS")),
                ("Argentinians", "group", Some("AR")),
                ("Javier Milei", "person", Some("AR")),
            ],
            &[],
        ),
        // What a title is of is no person.
        (
            "Fillmore served as President of the Linguistic Society of America.",
            &[("Linguistic Society of America", "organization", None)],
            &[],
        ),
        (
            "Minister of Foreign Affairs Sergei Lavrov and Secretary of Defense Robert Gates met.",
            &[("Sergei Lavrov", "person", None), ("Robert Gates", "person", None)],
            &["Foreign Affairs Sergei Lavrov", "Defense Robert Gates"],
        ),
        // A city's name after a title is a surname; a country's is what the title is of.
        (
            "President Bush met Mr. Lincoln and the Governor of Texas.",
            &[("Bush", "person", None), ("Lincoln", "person", None)],
            &["Texas"],
        ),
        // Co-authors of a citation are persons, even one named like a town.
        (
            "Training helps (Thorell, Nutley, Bohlin, & Klingberg, 2009).",
            &[("Bohlin", "person", None), ("Nutley", "person", None)],
            &[],
        ),
        // A body's head noun next to "said" is no person.
        (
            "The Los Angeles Sheriff's Department said no.",
            &[],
            &["Department"],
        ),
        // A body after a title word is no person.
        (
            "The Virginia General Assembly met.",
            &[("Virginia General Assembly", "organization", None)],
            &["Assembly"],
        ),
        // The person after a country and a title acts, not the country.
        (
            "He met US President Barack Obama.",
            &[("Barack Obama", "person", Some("US"))],
            &["United States"],
        ),
        // Sports teams are organizations, by their full name or a nickname no word shares;
        // the city in the name is no place of the story.
        (
            "Holt joined the Red Sox in 2013. He faced the Houston Astros and the Packers.",
            &[
                ("Boston Red Sox", "organization", Some("US")),
                ("Houston Astros", "organization", Some("US")),
                ("Green Bay Packers", "organization", Some("US")),
            ],
            &["Houston"],
        ),
        (
            "Arsenal FC drew with Paris Saint-Germain; the Toronto Maple Leafs lost.",
            &[
                ("Arsenal F.C.", "organization", Some("GB")),
                ("Paris Saint-Germain", "organization", Some("FR")),
                ("Toronto Maple Leafs", "organization", Some("CA")),
            ],
            &["Paris", "Toronto"],
        ),
        // Another city's team that shares a listed team's nickname is its own.
        (
            "Holt started 2013 with the Pawtucket Red Sox. The Scranton Yankees lost.",
            &[
                ("Pawtucket Red Sox", "organization", None),
                ("Scranton Yankees", "organization", None),
            ],
            &["Boston Red Sox", "New York Yankees"],
        ),
        // Curated organizations and their aliases merge.
        (
            "The State Department and the Department of State are one.",
            &[("Department of State", "organization", Some("US"))],
            &[],
        ),
        (
            "Hamas said it would respond.",
            &[("Hamas", "organization", Some("PS"))],
            &[],
        ),
        (
            "The resort lies on Busuanga Island. Thomas Mann wrote there.",
            &[],
            &["Iceland", "Isle of Man"],
        ),
        // Newspapers and units by their last word.
        (
            "The Fort Worth Star-Telegram and the San Francisco Chronicle reported that \
             Howe's Brigade held.",
            &[
                ("Fort Worth Star-Telegram", "organization", None),
                ("San Francisco Chronicle", "organization", None),
            ],
            &["Fort Worth", "San Francisco"],
        ),
        // A center of study is an organization; another center is a place.
        (
            "The Pew Research Center polled voters at the Moscone Center.",
            &[("Pew Research Center", "organization", None)],
            &["Moscone Center"],
        ),
        // What the article defines a name as outweighs the guess from the name.
        (
            "Konami, a Japanese video game developer, said sales rose.",
            &[("Konami", "organization", None)],
            &[],
        ),
        // A name no rule or model took is made what the article defines it as; a word
        // that opens the sentence before ", the" is an adverb.
        (
            "Sales rose at Velmora, a Dutch bicycle manufacturer.",
            &[("Velmora", "organization", None)],
            &[],
        ),
        (
            "Initially, the Italian company, Fiat, will appoint members. Meanwhile, the \
             carmaker, said sales rose.",
            &[],
            &["Initially", "Meanwhile"],
        ),
        // A stock index is no organization; its owner is.
        (
            "The Dow Jones fell 500 points and the Nasdaq Composite lost 2%. Dow Jones & Co. \
             publishes the paper.",
            &[],
            &["Nasdaq Composite", "Nasdaq"],
        ),
        // Companies by name and short name; a surname named before stays the person's.
        (
            "General Motors and Chrysler asked Congress for loans; GM said it would cut jobs.",
            &[
                ("General Motors", "organization", Some("US")),
                ("Chrysler", "organization", Some("US")),
            ],
            &["GM"],
        ),
        (
            "Ford Motor Company and Lockheed Martin reported losses. Ford said sales fell.",
            &[
                ("Ford Motor Company", "organization", Some("US")),
                ("Lockheed Martin", "organization", Some("US")),
            ],
            &["Ford"],
        ),
        (
            "President Gerald Ford spoke in Michigan. Ford said the economy was strong.",
            &[("Gerald Ford", "person", None)],
            &["Ford Motor Company"],
        ),
        (
            "Ryanair and Aer Lingus cancelled flights from Dublin.",
            &[
                ("Ryanair", "organization", Some("IE")),
                ("Aer Lingus", "organization", Some("IE")),
            ],
            &[],
        ),
        (
            "Douglas Aircraft built the plane; Tesla Motors did not.",
            &[
                ("Douglas Aircraft", "organization", None),
                ("Tesla Motors", "organization", Some("US")),
            ],
            &[],
        ),
        // A company's name before a model designation names a product.
        (
            "The Airbus A380 and the Boeing 747-400 landed; Boeing 2008 results were weak.",
            &[("Boeing", "organization", Some("US"))],
            &["Airbus"],
        ),
        // Given names that open names of buildings, events, indices and offices.
        (
            "The trial opened in the Royal Courts of Justice near the George Washington Bridge.",
            &[],
            &["Royal Courts of Justice", "George Washington Bridge"],
        ),
        (
            "The order lifted the Paris Air Show; the Dow Jones Industrial Average rose.",
            &[],
            &["Paris Air Show", "Dow Jones Industrial Average"],
        ),
        (
            "\"It was hard,\" said Jim Press, the Vice Chairman of Chrysler.",
            &[
                ("Jim Press", "person", None),
                ("Chrysler", "organization", Some("US")),
            ],
            &["Vice Chairman of Chrysler"],
        ),
        (
            "The former Chief Operating Officer, Tim Cook, will succeed him.",
            &[("Tim Cook", "person", None)],
            &["Operating Officer"],
        ),
        (
            "Analyst Paul Nesbit said sales would grow as makers reported their January sales.",
            &[("Paul Nesbit", "person", None)],
            &["Analyst Paul Nesbit", "January"],
        ),
        (
            "Flights to New York resumed; Paris Hilton said so.",
            &[("Paris Hilton", "person", None)],
            &["York"],
        ),
        // Middle initials stay inside the name; initials alone or after other words do not.
        (
            "George W. Bush met John F. Kennedy's widow; J. K. Rowling wrote.",
            &[
                ("George W. Bush", "person", None),
                ("John F. Kennedy", "person", None),
                ("J. K. Rowling", "person", None),
            ],
            &["George W", "John F", "Bush"],
        ),
        (
            "Given at S. F., Cal., by Group A. The rest left.",
            &[],
            &["S. F", "Group A. The"],
        ),
        // A known place that repeats a surname is the person, unless a place word precedes it.
        (
            "Charles J. Fillmore taught at Berkeley. Fillmore wrote on frames. Michael Jordan played in Jordan.",
            &[("Charles J. Fillmore", "person", None)],
            &["Fillmore"],
        ),
        // A company's unit in a country or region; a listed name with its own possessive.
        (
            "GM Europe and Ford Australia got aid; Standard & Poor's cut Moody's rating.",
            &[
                ("GM Europe", "organization", None),
                ("Ford Australia", "organization", Some("AU")),
                ("Standard & Poor's", "organization", Some("US")),
            ],
            &["General Motors", "Ford Motor Company", "Australia"],
        ),
        // An organization's head inside the run; a city's teams; given names before surnames in -s.
        (
            "She joined the Linguistic Society of America and the US-based International Council on Conflict Resolution.",
            &[
                ("Linguistic Society of America", "organization", None),
                ("International Council on Conflict Resolution", "organization", Some("US")),
            ],
            &["US-based International Council on Conflict Resolution"],
        ),
        (
            "It appeared in the Proceedings of the National Academy of Sciences.",
            &[("National Academy of Sciences", "organization", None)],
            &["Proceedings of the National Academy of Sciences"],
        ),
        (
            "The Indianapolis Indians beat the Memphis Redbirds; Stockport United lost. Warren Jeffs spoke. Best Wishes.",
            &[
                ("Indianapolis Indians", "organization", None),
                ("Memphis Redbirds", "organization", None),
                ("Stockport United", "organization", None),
            ],
            &["Best Wishes", "Indians"],
        ),
        // Organization words.
        (
            "The Kenya Private Sector Alliance objected.",
            &[("Kenya Private Sector Alliance", "organization", Some("KE"))],
            &[],
        ),
        (
            "The American Civil Liberties Union of Texas sued the US Department of Defense.",
            &[
                ("American Civil Liberties Union of Texas", "organization", Some("US")),
                ("Department of Defense", "organization", Some("US")),
            ],
            &["Civil Liberties Union of Texas"],
        ),
        (
            "He studied at the University of Portsmouth.",
            &[("University of Portsmouth", "organization", None)],
            &[],
        ),
        (
            "He spoke to Islamic Republic of Iran Broadcasting.",
            &[(
                "Islamic Republic of Iran Broadcasting",
                "organization",
                Some("IR"),
            )],
            &[],
        ),
        // Acronyms defined in the text, then used alone.
        (
            "The Syrian Observatory for Human Rights (SOHR) said. Later SOHR added details.",
            &[(
                "Syrian Observatory for Human Rights",
                "organization",
                Some("SY"),
            )],
            &[],
        ),
        (
            "The Korean Central News Agency (KCNA) reported it. KCNA added details.",
            &[("Korean Central News Agency", "organization", None)],
            &[],
        ),
        // A term defined the same way is no organization: no word of it says so.
        (
            "The Consumer Price Index (CPI) rose before the Initial Public Offering (IPO).",
            &[],
            &["Consumer Price Index", "CPI", "Initial Public Offering", "IPO"],
        ),
        (
            "Its Chief Executive Officer (CEO) and a System Under Test (SUT) were named.",
            &[],
            &["Chief Executive Officer", "CEO", "System Under Test", "SUT"],
        ),
        // Titles, inside the run or before it in lower case.
        (
            "Prime Minister Jafar Hassan laid the stone.",
            &[("Jafar Hassan", "person", None)],
            &["Prime Minister Jafar Hassan"],
        ),
        (
            "ECB President Christine Lagarde spoke.",
            &[("Christine Lagarde", "person", Some("European Central Bank"))],
            &[],
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry arrived.",
            &[("Sameh Shoukry", "person", Some("EG"))],
            &[],
        ),
        (
            "The talks were led by opposition leader Kalonzo Musyoka today.",
            &[("Kalonzo Musyoka", "person", None)],
            &[],
        ),
        // Given names, particles, verbs of saying.
        (
            "Reporting by Andrew Mills in Doha.",
            &[("Andrew Mills", "person", None)],
            &[],
        ),
        (
            "Reporting by Nidal al-Mughrabi in Cairo.",
            &[("Nidal al-Mughrabi", "person", None)],
            &[],
        ),
        (
            "\"It is over,\" said Okonkwo Adebayo.",
            &[("Okonkwo Adebayo", "person", None)],
            &[],
        ),
        (
            "George Washington crossed the river.",
            &[("George Washington", "person", None)],
            &[],
        ),
        (
            "He thanked Mr. Okafor and Dr. Lindqvist for the gift.",
            &[("Okafor", "person", None), ("Lindqvist", "person", None)],
            &[],
        ),
        (
            "Okonkwo Adebayo, the foreign minister, declined.",
            &[("Okonkwo Adebayo", "person", None)],
            &[],
        ),
        // A later surname links to the full name; two people sharing one stay apart.
        (
            "Sameh Shoukry met envoys. Shoukry said talks would go on.",
            &[("Sameh Shoukry", "person", None)],
            &["Shoukry"],
        ),
        (
            "John Smith met Jane Smith. Smith said little.",
            &[
                ("John Smith", "person", None),
                ("Jane Smith", "person", None),
            ],
            &["Smith"],
        ),
        // Lone given names, citations, life dates.
        (
            "The driver told Marilyn to wait.",
            &[("Marilyn", "person", None)],
            &[],
        ),
        ("The results may change soon.", &[], &["May"]),
        (
            "Attention improves with practice (Rueda et al., 2012).",
            &[("Rueda", "person", None)],
            &[],
        ),
        (
            "Évariste Galois (25 October 1811 – 31 May 1832) was a mathematician.",
            &[("Évariste Galois", "person", None)],
            &[],
        ),
        // Groups: demonyms and countries before a role, coordinated, roles from organizations.
        (
            "Intermediaries such as Egyptian and Qatari diplomats helped.",
            &[
                ("Egyptian diplomats", "group", Some("EG")),
                ("Qatari diplomats", "group", Some("QA")),
            ],
            &[],
        ),
        (
            "Senior U.S. officials met them.",
            &[("U.S. officials", "group", Some("US"))],
            &[],
        ),
        (
            "Representatives from Hamas attended.",
            &[("Hamas representatives", "group", Some("Hamas"))],
            &[],
        ),
        (
            "Palestinians and Israelis voted.",
            &[
                ("Palestinians", "group", Some("PS")),
                ("Israelis", "group", Some("IL")),
            ],
            &[],
        ),
        (
            "Sunnis and Kurds protested.",
            &[("Sunnis", "group", None), ("Kurds", "group", None)],
            &[],
        ),
        ("Israeli security concerns grew.", &[], &["Israelis"]),
        (
            "U.S. envoy Steve Witkoff flew in.",
            &[("Steve Witkoff", "person", None)],
            &["U.S. envoy"],
        ),
        // Countries act unless they are where something happens.
        (
            "Israel rejected the plan.",
            &[("Israel", "organization", Some("IL"))],
            &[],
        ),
        (
            "The quake was felt in Turkey, Syria and Lebanon.",
            &[],
            &["Turkey", "Syria", "Lebanon"],
        ),
        (
            "It was felt as far away as Syria. Stakeholders such as Israel objected.",
            &[("Israel", "organization", Some("IL"))],
            &["Syria"],
        ),
        ("The talks took place in Qatar.", &[], &["Qatar"]),
        // A place word between the preposition and the name keeps it a place; a verb after
        // the comma that closes the phrase makes the next name the subject.
        (
            "In neighbouring Tanzania, 155 people died.",
            &[],
            &["Tanzania"],
        ),
        (
            "In northern Syria, Turkey said it would strike.",
            &[("Turkey", "organization", Some("TR"))],
            &["Syria"],
        ),
        // A day the country acts on stands between it and its verb.
        (
            "Jordan on Sunday began building a desalination plant.",
            &[("Jordan", "organization", Some("JO"))],
            &[],
        ),
        // A sentence's first word and "of" are what a company's name is of.
        (
            "Shares of Apple Inc. fell 3% on Monday. Members of the European Union met.",
            &[("Apple", "organization", Some("US")), ("European Union", "organization", None)],
            &["Shares of Apple Inc", "Members of the European Union"],
        ),
        // A qualified plural party name is a party of its own, not the US one.
        (
            "The Social Democrats and the Free Democrats left the coalition in Berlin.",
            &[
                ("Social Democrats", "organization", None),
                ("Free Democrats", "organization", None),
            ],
            &["Democratic Party"],
        ),
        // A country's society of the Red Cross movement is not the ICRC.
        (
            "The Kenya Red Cross said 38 people had died. The Turkish Red Crescent sent tents.",
            &[
                ("Kenya Red Cross", "organization", Some("KE")),
                ("Turkish Red Crescent", "organization", Some("TR")),
            ],
            &["International Committee of the Red Cross", "Kenya"],
        ),
        // A title, a name and "of" a place: the name ends before "of"; a country is the
        // person's.
        (
            "King Felipe VI of Spain led a delegation. President Biden of the United States spoke.",
            &[("Felipe VI", "person", Some("ES")), ("Biden", "person", Some("US"))],
            &[],
        ),
        // A given name and a surname before "of": the person, of a country or a body.
        (
            "George Russell of Britain was third. Max Verstappen of Red Bull won. Gary Chan \
             of NWSC lost.",
            &[
                ("George Russell", "person", Some("GB")),
                ("Max Verstappen", "person", None),
                ("Red Bull", "organization", Some("AT")),
                ("Gary Chan", "person", None),
                ("NWSC", "organization", None),
            ],
            &["George Russell of Britain", "Max Verstappen of Red Bull"],
        ),
        (
            "Dr. Andrew Chan of Massachusetts General Hospital, who was not involved, agreed.",
            &[
                ("Andrew Chan", "person", None),
                ("Massachusetts General Hospital", "organization", None),
            ],
            &["Andrew Chan of Massachusetts General Hospital"],
        ),
        // A surname no list holds after a people's and a town's names; a Portuguese
        // particle inside a name.
        (
            "Its chairman, Christian Van Thillo, agreed with COP30 President André Corrêa do \
             Lago.",
            &[
                ("Christian Van Thillo", "person", None),
                ("André Corrêa do Lago", "person", None),
            ],
            &["André Corrêa"],
        ),
        // A people before a society's head is its name's; before a ministry's, not.
        (
            "It was shown at the American Society of Clinical Oncology's meeting, the \
             Egyptian Ministry of Foreign Affairs said.",
            &[("American Society of Clinical Oncology", "organization", Some("US"))],
            &["Society of Clinical Oncology", "Egyptian Ministry of Foreign Affairs"],
        ),
        // "Chair" after a body's name is a title.
        (
            "Fed Chair Jerome Powell spoke after NTSB Chair Jennifer Homendy.",
            &[
                ("Jerome Powell", "person", Some("Federal Reserve")),
                ("Jennifer Homendy", "person", Some("National Transportation Safety Board")),
            ],
            &[],
        ),
        // An abbreviated title after a state ends the run: the state is whose the
        // title is, and no one.
        (
            "Georgia Gov. Brian Kemp spoke in Atlanta.",
            &[("Brian Kemp", "person", None)],
            &["Georgia Gov", "Georgia"],
        ),
        // A body whose name opens with a given name stays a body.
        (
            "She studied at the Georgia Institute of Technology and Victoria University of Wellington.",
            &[],
            &["Georgia", "Victoria"],
        ),
        // A country whose person or body acts does not act itself.
        (
            "Hungary's Viktor Orbán attended. Germany's Siemens said it would cut jobs.",
            &[("Viktor Orbán", "person", Some("HU")), ("Siemens", "organization", Some("DE"))],
            &["Hungary", "Germany"],
        ),
        // A climate pattern is no one.
        ("The rains were made worse by El Niño.", &[], &["El Niño"]),
        (
            "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani joined the talks.",
            &[("Sheikh Mohammed bin Abdulrahman Al Thani", "person", Some("QA"))],
            &["Qatar"],
        ),
        // An abbreviated title alone is no one; a leading initial opens a name.
        (
            "\"She never cared,\" said Dr. Oluwaseun Adeyemi. Allies led by N. Chandrababu Naidu won.",
            &[
                ("Oluwaseun Adeyemi", "person", None),
                ("N. Chandrababu Naidu", "person", None),
            ],
            &["Dr", "N"],
        ),
        // A listed company with its trade's word and legal form is that company; a listed
        // company that begins with a title word is no title before a name.
        (
            "Toyota Motor Corp. and Ford Motor Co. gained. General Motors Co. fell.",
            &[
                ("Toyota", "organization", Some("JP")),
                ("Ford Motor Company", "organization", Some("US")),
                ("General Motors", "organization", Some("US")),
            ],
            &["Motors Co", "Toyota Motor Corp"],
        ),
        // Capitalized words before "and" that no list knows belong to the name after it.
        (
            "She joined the Swedish Meteorological and Hydrological Institute in 1962.",
            &[("Swedish Meteorological and Hydrological Institute", "organization", None)],
            &["Hydrological Institute"],
        ),
        (
            "Google and Microsoft Corp. agreed.",
            &[("Google", "organization", Some("US")), ("Microsoft", "organization", Some("US"))],
            &["Google and Microsoft Corp"],
        ),
        // Ranks of two words before a name.
        (
            "The spokesman, Rear Admiral Armando Balilo, said the crew was rescued.",
            &[("Armando Balilo", "person", None)],
            &["Rear Admiral Armando Balilo"],
        ),
        // A storm named like a person is no one.
        (
            "The launch, delayed by Hurricane Milton, came a week late. Storm Ciarán hit \
             Britain, and Typhoon Gaemi hit Taiwan.",
            &[],
            &["Hurricane Milton", "Milton", "Storm Ciarán", "Ciarán", "Typhoon Gaemi", "Gaemi"],
        ),
        // Nor is its name alone, wherever it stands.
        (
            "Hurricane Melissa made landfall in Jamaica on Tuesday. Later, Melissa was forecast \
             to cross Cuba.",
            &[],
            &["Melissa"],
        ),
        // Undefined initials of an organization named in full are that organization.
        (
            "ISRO launches satellite. The Indian Space Research Organisation said ISRO's rocket \
             flew, and ISRO chairman V. Narayanan thanked the team.",
            &[
                ("Indian Space Research Organisation", "organization", Some("IN")),
                ("V. Narayanan", "person", None),
            ],
            &["ISRO", "V"],
        ),
        // A country's name that opens a person's own name is no affiliation.
        (
            "The National Rally, led by Jordan Bardella, won about 31.5% of the vote.",
            &[("Jordan Bardella", "person", None)],
            &[],
        ),
        // The last words of a longer name given before are that person.
        (
            "Marine Le Pen spoke in Paris. Le Pen said the party was ready.",
            &[("Marine Le Pen", "person", None)],
            &["Le Pen"],
        ),
        (
            "Chancellor Olaf Scholz's party came third behind the far-right Alternative for \
             Germany (AfD).",
            &[("Alternative for Germany", "organization", Some("DE"))],
            &["AfD", "Germany"],
        ),
        // A company no list holds is named without its legal form.
        (
            "Pfizer said it would buy cancer drug developer Seagen Inc. for $43 billion.",
            &[("Seagen", "organization", None)],
            &["Seagen Inc"],
        ),
        // A title word before a generation mark is a surname; a saint's title opens a
        // place's name; an institute's fields joined by "and" are its name's.
        (
            "Critchley met Martin Luther King Jr. in 1965. The Philippine Institute of \
             Volcanology and Seismology said the towns of San Remigio and Bogo shook.",
            &[
                ("Martin Luther King Jr", "person", None),
                ("Philippine Institute of Volcanology and Seismology", "organization", Some("PH")),
            ],
            &["Jr", "Seismology", "San Remigio"],
        ),
        // An administrator is a title; a surname named like a town is the person's.
        (
            "FAA Administrator Bryan Bedford told reporters. \"We are seeing pressure,\" \
             Bedford said.",
            &[("Bryan Bedford", "person", Some("Federal Aviation Administration"))],
            &["Bedford"],
        ),
        // A country after "of" ends a party's name and is its own, whatever listed party
        // the name opens with.
        (
            "Thiam leads the Democratic Party of Ivory Coast.",
            &[("Democratic Party of Ivory Coast", "organization", Some("CI"))],
            &[],
        ),
        // After an article a given name is a thing: an award, a prize.
        (
            "Redford won an honorary Oscar in 2002.",
            &[],
            &["Oscar"],
        ),
        // Police ranks are titles; a hospital's word ends no one's name; an event's name
        // after "the" is no one's.
        (
            "Detective Chief Inspector Sarah Hughes said the boy was taken to Leeds General \
             Infirmary. Sinner's run began at the Paris Masters.",
            &[("Sarah Hughes", "person", None)],
            &["Chief Inspector Sarah Hughes", "Infirmary", "Paris Masters"],
        ),
        // A body's word before or after a name no list holds.
        (
            "GDP fell 0.3%, the federal statistics office Destatis said. Bus drivers in the \
             Unite union went on strike.",
            &[("Destatis", "organization", None), ("Unite", "organization", None)],
            &[],
        ),
        // "the Amazon" is the region, unless the company's business follows.
        (
            "Deforestation in the Amazon rose 10% last year.",
            &[],
            &["Amazon"],
        ),
        (
            "Fires spread in the Amazon, the Amazon founder Jeff Bezos said.",
            &[("Amazon", "organization", Some("US"))],
            &[],
        ),
        // A country's possessive names the owner, even where US places are named.
        (
            "A panel of Brazil's Supreme Court rejected the appeal. His ally met donors in \
             Miami, and the Supreme Court will rule next week.",
            &[("Supreme Court", "organization", Some("BR"))],
            &[],
        ),
        // Titles that qualify the next chain with it; a saint's abbreviation and "arap"
        // inside a person's name.
        (
            "Deputy Governor Sarah Breeden voted for a cut, said Karen St. Germain, who \
             served under President Daniel arap Moi.",
            &[
                ("Sarah Breeden", "person", None),
                ("Karen St. Germain", "person", None),
                ("Daniel arap Moi", "person", None),
            ],
            &["Governor Sarah Breeden", "Karen St", "Germain", "Daniel"],
        ),
        // A listed body and the one it works for are two; a center that speaks is a body;
        // an age in apposition makes a person.
        (
            "The satellite was built by Airbus for the European Space Agency, the National \
             Hurricane Center said. Verma, 21, was called in for Pratika Rawal, 25, who was \
             hurt.",
            &[
                ("Airbus", "organization", Some("FR")),
                ("European Space Agency", "organization", None),
                ("National Hurricane Center", "organization", None),
                ("Verma", "person", None),
                ("Pratika Rawal", "person", None),
            ],
            &["Airbus for the European Space Agency"],
        ),
        // The word before an Iberian family particle names the person alone, in a list too.
        (
            "He lost to President Luiz Inacio Lula da Silva. The plan included the killing of Lula, \
             Vice President Geraldo Alckmin and a judge.",
            &[("Luiz Inacio Lula da Silva", "person", None)],
            &["Lula"],
        ),
        // A title word ending the line above is not the name's.
        (
            "Voters pick a new leader\n\nTOKYO, Oct 21 (Reuters) - The parliament elected a \
             leader.",
            &[("Reuters", "organization", None)],
            &["TOKYO"],
        ),
        // Shares and shareholders make a company of a name read as a given name.
        (
            "Kimberly-Clark said on Monday it would buy Kenvue. Kenvue shareholders will get \
             cash, and Kimberly-Clark shares fell 14%.",
            &[
                ("Kimberly-Clark", "organization", None),
                ("Kenvue", "organization", None),
            ],
            &[],
        ),
        // A party's word before a given name and a surname.
        (
            "In New York, Mamdani beat Republican Curtis Sliwa, and Democrat Abigail \
             Spanberger defeated Republican Lt. Gov. Winsome Earle-Sears.",
            &[
                ("Curtis Sliwa", "person", None),
                ("Abigail Spanberger", "person", None),
                ("Winsome Earle-Sears", "person", None),
            ],
            &["Republican Curtis Sliwa", "Democrat Abigail Spanberger"],
        ),
        // A nickname in quotes between a given name and a surname is the name's; a
        // party's word after a given name makes no person.
        (
            "Sean \"Diddy\" Combs was sentenced. Combs, 55, will appeal, and the Christian \
             Democratic Appeal (CDA) won 18 seats.",
            &[
                ("Sean \"Diddy\" Combs", "person", None),
                ("Christian Democratic Appeal", "organization", None),
            ],
            &["Diddy"],
        ),
        (
            "The coalition would join D66 and the Christian Democratic Appeal.",
            &[("Christian Democratic Appeal", "organization", None)],
            &[],
        ),
        (
            "He beat Harold \"Junior\" Theriault of the Liberal Party of Nova Scotia.",
            &[
                ("Harold \"Junior\" Theriault", "person", None),
                ("Liberal Party of Nova Scotia", "organization", None),
            ],
            &[],
        ),
        (
            "Willie Mae \"Big Mama\" Thornton was born in 1926.",
            &[("Willie Mae \"Big Mama\" Thornton", "person", None)],
            &[],
        ),
        // A listed company named for a person, by the surname alone.
        (
            "Novo Nordisk and Eli Lilly compete. Lilly said last week it would cut prices.",
            &[("Eli Lilly", "organization", Some("US"))],
            &["Lilly"],
        ),
        // A wildfire's name is no person; a body's word after "Fire" keeps the body.
        (
            "The Franklin Fire started near Malibu, the Los Angeles Fire Department said.",
            &[("Los Angeles Fire Department", "organization", None)],
            &["Franklin Fire"],
        ),
        // "Congress" in a story set in another country is that country's.
        (
            "BUENOS AIRES, Argentina — Argentina's Congress passed the reform. Protesters \
             gathered in Buenos Aires and Córdoba as Congress voted.",
            &[("Congress", "organization", Some("AR"))],
            &[],
        ),
        (
            "Rahul Gandhi's Congress party won 99 seats in the Lok Sabha, said officials in \
             New Delhi and Mumbai.",
            &[("Congress", "organization", Some("IN")), ("Lok Sabha", "organization", Some("IN"))],
            &[],
        ),
        (
            "The U.S. Congress passed the bill, officials in Ottawa and Toronto said.",
            &[("Congress", "organization", Some("US"))],
            &[],
        ),
    ]);
}
