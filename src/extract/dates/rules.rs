//! The rule table: one entry per family of expressions.
//!
//! A rule is a pattern (with the placeholders of [`super::pattern::re`]), the words that
//! must be in a sentence for it to run, how far before such a word a match may begin, and
//! the builder that turns a match into a [`super::Spec`]. See the module docs of
//! [`super`] for how to add one.

use std::sync::OnceLock;

use super::build_calendar::*;
use super::build_relative::*;
use super::groups::{Built, Groups};
use super::pattern::Pattern;
use super::triggers::{DASH_DIGIT, DECADE_END, DIGIT, MINUTES, SHAPES, SLASH_DIGIT, YEAR};

/// One family of expressions: a pattern and what a match means.
pub(super) struct Rule {
    pub(super) pattern: &'static str,
    pub(super) build: fn(&Groups, &str, usize) -> Built,
    /// Words one of which the text must contain for the rule to be worth running; empty
    /// means always run. A cheap test that skips most rules on most texts. Case is
    /// ignored, except that a word written with a capital needs one ("May" for a month
    /// leaves out the verb "may").
    pub(super) triggers: &'static [&'static str],
    /// Words or shapes one of which the text must also hold, when not empty: a digit for
    /// a rule whose pattern cannot match without one ("March 3" needs one beside its
    /// month word), a unit for "three days ago" beside its "ago".
    pub(super) needs: &'static [&'static str],
    /// The most runs of white space a match can hold before the trigger it contains
    /// ("the end of March": three before "Mar"). Every match that yields an expression
    /// holds a trigger as the scan finds it, so a search need not begin before the
    /// trigger's word less this many words, nor go on past the sentence's last trigger.
    /// `None` searches the whole sentence: a rule with a trigger of two words ("from now")
    /// can match "from  now", which the scan does not find.
    pub(super) window: Option<u8>,
}

/// Month names as written in the month rules' patterns, capital and all.
pub(super) const MONTH_TRIGGERS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Weekday names, for the rules that a weekday's name sets off.
pub(super) const WEEKDAY_TRIGGERS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];
/// Units in the plural, for rules that take no singular ("for years", "decades-long");
/// "centur" stands for "centuries", as a trigger need only begin its word.
pub(super) const PLURAL_UNITS: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centur",
];
/// Units that a count goes with ("three days ago", "twice a year").
pub(super) const COUNTED_UNITS: &[&str] = &["day", "week", "month", "year", "decade"];

/// The most rules the trigger masks of [`super::triggers`] hold (a `u64` of rules).
pub(super) const MAX_RULES: usize = 64;

// The table's limits, checked when the crate compiles: a rule too many, or a trigger that
// the scan could never find, is a build error with this message, never a panic.
const _: () = {
    assert!(
        RULES.len() <= MAX_RULES,
        "dates: more rules than the trigger masks hold; widen RuleMasks in triggers.rs"
    );
    let mut r = 0;
    while r < RULES.len() {
        assert!(
            all_findable(RULES[r].triggers) && all_findable(RULES[r].needs),
            "dates: a trigger is a shape of triggers.rs or a word beginning with an ASCII letter"
        );
        r += 1;
    }
};

/// True when each of `words` is a shape ([`SHAPES`]) or begins with an ASCII letter, as the
/// trigger scan reads only words that do.
const fn all_findable(words: &[&str]) -> bool {
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        if w.is_empty() || !(w[0].is_ascii_alphabetic() || is_shape(w)) {
            return false;
        }
        i += 1;
    }
    true
}

const fn is_shape(word: &[u8]) -> bool {
    let mut s = 0;
    'shapes: while s < SHAPES.len() {
        let shape = SHAPES[s].0.as_bytes();
        s += 1;
        if shape.len() != word.len() {
            continue;
        }
        let mut k = 0;
        while k < shape.len() {
            if shape[k] != word[k] {
                continue 'shapes;
            }
            k += 1;
        }
        return true;
    }
    false
}

/// Each rule's pattern, compiled on first use: a short text compiles only the rules its
/// triggers call for, which keeps start-up fast.
pub(super) static PATTERNS: [OnceLock<Pattern>; RULES.len()] =
    [const { OnceLock::new() }; RULES.len()];

pub(super) const RULES: &[Rule] = &[
    // Tuesday, March 3, 2025 / March 3 / Mar. 3rd, 2025 / last Oct. 23
    Rule {
        pattern: r"\b(?:(?i:(last|this|next))\s+)?(?:({WEEKDAY}),?\s+)?({MONTHD})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?",
        window: Some(2),
        build: month_day,
        needs: &[DIGIT],
        triggers: MONTH_TRIGGERS,
    },
    // 3 March 2025 / the 3rd of March
    Rule {
        pattern: r"\b(?:({WEEKDAY}),?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHD})\b(?:,?\s+(\d{4})\b)?",
        window: Some(4),
        build: day_month,
        needs: &[DIGIT],
        triggers: MONTH_TRIGGERS,
    },
    // 2025-03-03, 2025-03-03T10:30
    Rule {
        pattern: r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b",
        window: Some(0),
        build: iso,
        needs: &[],
        triggers: &[DASH_DIGIT],
    },
    // 03/03/2025
    Rule {
        pattern: r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b",
        window: Some(0),
        build: numeric,
        needs: &[],
        triggers: &[SLASH_DIGIT],
    },
    // early March, March 2025, mid-March, last March, late last September, June last year
    Rule {
        pattern: r"\b(?:(?i:(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?(?:(?i:(last|this|next|coming))\s+)?({MONTH})(?:,?\s+(?:of\s+)?(\d{4})\b|\s+(?:(?i:of)\s+)?(?i:(last|this|next))\s+(?i:year)\b)?",
        window: Some(4),
        build: month,
        needs: &[],
        triggers: MONTH_TRIGGERS,
    },
    // 2025, early 2025, mid-2024, fiscal 2025, earlier in 2025, post-1959
    Rule {
        pattern: r"\b(?:(?i:(early|mid|late|pre|post|earlier\s+in|later\s+in|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?((?i:fiscal|FY)\s*)?\b(1[0-9]{3}|20[0-9]{2})\b",
        window: Some(4),
        build: year,
        needs: &[],
        triggers: &[YEAR],
    },
    // nineteen ninety-six, January nineteen ninety-seven, the year two thousand (spoken
    // news)
    Rule {
        pattern: r"\b(?:({MONTH})\s+)?(?:(?i:the\s+year)\s+)?(?:(?i:nineteen)[\s-]+(?i:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{TENS}))(?:[\s-]+(?i:(one|two|three|four|five|six|seven|eight|nine)))?|(?i:two\s+thousand)(?:\s+(?i:and))?(?:[\s-]+(?i:(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)))?)\b",
        window: Some(4),
        build: spelled_year,
        needs: &[],
        triggers: &["nineteen", "thousand"],
    },
    // the 1990s, the mid-1990s, the '90s, the 70s
    Rule {
        pattern: r"(?:\b(?i:the)\s+)?(?:(?i:(early|mid|late|later))[\s-]+)?(?:\b(1[0-9]|20)([0-9])0s\b|(?:'|\b)([1-9])0s\b)",
        window: Some(2),
        build: decade,
        needs: &[],
        triggers: &[DECADE_END],
    },
    // the 21st century, the late 20th century, 21st-century
    Rule {
        pattern: r"(?:\b(?i:the)\s+)?(?:(?i:(early|mid|late))[\s-]+)?\b(\d{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)\b",
        window: Some(3),
        build: century,
        needs: &[DIGIT],
        triggers: &["centur"],
    },
    // Q1 2025, the first quarter of 2025, third-quarter, the second half of last year, the
    // first half of the year, the end of the third quarter
    Rule {
        pattern: r"\b(?:(?i:(early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))\s+)?(?:Q([1-4])|(?i:(?:the\s+)?(first|second|third|fourth)|the\s+(final|last))[\s-]+(?i:(quarter|half)))(?:(?:\s+(?i:of))?\s+(\d{4})|\s+(?i:of)\s+(?i:(last|this|next|the))\s+(?i:year))?\b",
        window: Some(5),
        build: quarter,
        needs: &[],
        triggers: &["q1", "q2", "q3", "q4", "quarter", "half"],
    },
    // this year's third quarter, the 1988 second quarter, the year-ago quarter, the
    // year-earlier period
    Rule {
        pattern: r"\b(?:(?i:the)\s+)?(?:(?i:(this|last|next))\s+(?i:year's)|(\d{4})|(?i:year[\s-](?:ago|earlier)))[\s-]+(?:(?i:(first|second|third|fourth))[\s-]+)?(?i:(quarter|period))\b",
        window: Some(4),
        build: year_quarter,
        needs: &[],
        triggers: &["quarter", "period"],
    },
    // the same period last year, the comparable quarter, the same month a year ago,
    // year-earlier (profit)
    Rule {
        pattern: r"\b(?:(?i:the)\s+(?:(?i:(same|comparable|corresponding|year-ago|year-earlier|prior-year))\s+)?(?i:(period|quarter|month|week|season))(?:\s+(?i:((?:of\s+)?(?:a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:last|previous|prior)\s+year))))?|(?i:(year-(?:ago|earlier))))\b",
        window: Some(6),
        build: comparison,
        needs: &[],
        triggers: &["same", "comparable", "corresponding", "prior", "year"],
    },
    // the July-September quarter, the April-June period of 2024 (a quarter by its months,
    // as Japanese and Korean companies report)
    Rule {
        pattern: r"\b(?:(?i:the)\s+)?(January|April|July|October)[-–](March|June|September|Sept|December)[\s-]+(?i:quarter|period)(?:\s+(?:of\s+)?(\d{4}))?\b",
        window: Some(3),
        build: months_quarter,
        needs: &[],
        triggers: &["quarter", "period"],
    },
    // the quarter, the latest quarter, the latest period (of a company's results)
    Rule {
        pattern: r"\b(?i:the\s+(?:(latest|most\s+recent)\s+)?(quarter|period))\b",
        window: Some(3),
        build: the_quarter,
        needs: &[],
        triggers: &["quarter", "period"],
    },
    // this summer, last winter, spring 2025, summer
    Rule {
        pattern: r"\b(?:(?i:(this|last|next|early|late|mid|the\s+past|the\s+coming|the\s+following))[\s-]+)?((?i:spring|summer|autumn|winter)|(?i:fall))\b(?:\s+(?:of\s+)?(\d{4})\b)?",
        window: Some(2),
        build: season,
        needs: &[],
        triggers: &["spring", "summer", "autumn", "fall", "winter"],
    },
    // today, yesterday, tomorrow, tonight, last night, this morning
    Rule {
        pattern: r"\b(?i:((?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))\b",
        window: Some(1),
        build: rel_day,
        needs: &[],
        triggers: &[
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "night",
            "morning",
            "afternoon",
            "evening",
        ],
    },
    // the next morning, that night, later that evening
    Rule {
        pattern: r"\b(?i:(the\s+next|the\s+following|the\s+previous|that|that\s+same|the\s+same|early\s+that|earlier\s+that|late\s+that|later\s+that))\s+(?i:(morning|afternoon|evening|night))\b",
        window: Some(3),
        build: part_of_that_day,
        needs: &["next", "following", "previous", "that", "same"],
        triggers: &["morning", "afternoon", "evening", "night"],
    },
    // mid-afternoon, mid morning
    Rule {
        pattern: r"\b(?i:mid)[\s-]?(?i:(morning|afternoon|evening))\b",
        window: Some(1),
        build: mid_part_of_day,
        needs: &[],
        triggers: &["mid"],
    },
    // last Friday, next Tuesday, Tuesday evening, late Thursday, early on Monday
    Rule {
        pattern: r"\b(?:(?i:(last|next|this|coming|past|previous|this\s+past|early(?:\s+on)?|late(?:\s+on)?))\s+)?({WEEKDAY})(?:\s+(morning|afternoon|evening|night))?\b",
        window: Some(2),
        build: weekday,
        needs: &[],
        triggers: WEEKDAY_TRIGGERS,
    },
    // last week, this year, next month, earlier this year, the past decade, the following
    // year, that day
    Rule {
        pattern: r"\b(?:(?i:(the\s+(?:very\s+)?(?:beginning|start|end|middle)\s+of|(?:early|earlier|late|later)\s+in|early|late|mid))[\s-]+)?(?i:(last|next|this|the\s+past|past|the\s+coming|coming|the\s+previous|previous|the\s+following|following|earlier\s+this|later\s+this|earlier\s+that|later\s+that|the\s+current|current|the\s+same|that\s+same|that|the\s+next|the\s+last|the\s+(?:entire|whole)|the))\s+(?i:(day|week|weekend|month|quarter|year|decade|century))\b",
        window: Some(6),
        build: rel_unit,
        needs: &[
            "last",
            "next",
            "this",
            "past",
            "coming",
            "previous",
            "following",
            "earlier",
            "later",
            "current",
            "same",
            "that",
            "weekend",
            "the",
        ],
        triggers: &["day", "week", "month", "quarter", "year", "decade", "centur"],
    },
    // the fiscal year, the current fiscal year, the full year, year-end, year's end
    Rule {
        pattern: r"\b(?:(?i:the)\s+(?:(?i:(current|full|latest))\s+)?(?i:(fiscal\s+year|full\s+year))|((?i:year)(?:[\s-]|['’][sS]\s+)(?i:end)))\b",
        window: Some(3),
        build: fiscal_year,
        needs: &[],
        triggers: &["fiscal", "full", "year"],
    },
    // three days ago, two weeks later, a year earlier ("two weeks before the vote" is the
    // duration "two weeks": TimeML leaves the preposition out)
    Rule {
        pattern: r"\b(?:(?i:(about|around|nearly|almost|more\s+than|over|less\s+than|some|roughly|just|only))\s+)?({NUM})[\s-]+(?i:(days?|weeks?|months?|years?|decades?))\s+(?i:(ago|earlier|later|from\s+now))\b",
        window: None,
        build: ago,
        needs: COUNTED_UNITS,
        triggers: &["ago", "earlier", "later", "from now"],
    },
    // now, recently, currently, in recent years, the coming weeks, the upcoming months, the
    // near term, the current (crisis), a recent (sale)
    Rule {
        pattern: r"\b(?i:(now|currently|nowadays|at\s+present|presently|these\s+days|at\s+the\s+moment|recently|lately|recent\s+(?:years|months|weeks|days|decades|quarters)|the\s+past|the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future|(?:the\s+)?(?:coming|upcoming|next\s+few|following\s+few)\s+(?:days|weeks|months|years|decades|quarters)|the\s+(?:days|weeks|months|years)\s+ahead|over\s+the\s+(?:years|decades)|once\s+again|the\s+(?:near|short|long)\s+term|current|recent))\b",
        window: Some(2),
        build: reference,
        needs: &[],
        triggers: &[
            "now",
            "current",
            "present",
            "days",
            "moment",
            "recent",
            "lately",
            "past",
            "future",
            "ahead",
            "years",
            "coming",
            "upcoming",
            "next",
            "following",
            "term",
        ],
    },
    // two years, 48 hours, a decade, a 48-hour ceasefire, decades-long
    Rule {
        pattern: r"\b(?:(?i:(about|around|nearly|almost|more\s+than|over|less\s+than|under|at\s+least|some|roughly|up\s+to|just|only))\s+)?({NUM}(?:\s+(?i:and\s+a\s+half)|[\s-]1/2|\s?½)?)[\s-]+(?:(?i:straight|consecutive|successive|trading|business|working|more|full|additional|extra|further)\s+)?(?i:(seconds?|minutes?|hours?|days?|weeks?|months?|quarters|years?|decades?|centuries|century))\b(?:[\s-](?i:(long|old))|\s+(?i:(and\s+a\s+half))\b)?",
        window: Some(6),
        build: duration,
        needs: &[],
        triggers: &[
            "second", "minute", "hour", "day", "week", "month", "quarters", "year", "decade",
            "centur",
        ],
    },
    Rule {
        pattern: r"\b(?i:(seconds|minutes|hours|days|weeks|months|years|decades|centuries))(-(?i:long))?\b",
        window: Some(0),
        build: vague_duration,
        needs: &[],
        triggers: PLURAL_UNITS,
    },
    Rule {
        pattern: r"\b(?i:for|over|in|within)\s+(?:(?i:just|only|mere)\s+)?(?P<t>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b",
        window: Some(2),
        build: vague_duration_after_preposition,
        needs: &[],
        triggers: PLURAL_UNITS,
    },
    // every Friday, each year, each July, every spring, every two years, weekly, twice a
    // month
    Rule {
        pattern: r"\b(?i:(every|each))\s+(?:(other|\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty))\s+)?((?:{WEEKDAY}|(?i:days?|weeks?|months?|quarters?|years?|hours?|minutes?|morning|evening|night|weekend|spring|summer|fall|autumn|winter))\b|{MONTHWORD})",
        window: Some(0),
        build: set_every,
        needs: &[
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "day",
            "week",
            "month",
            "quarter",
            "year",
            "hour",
            "minute",
            "morning",
            "evening",
            "night",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ],
        triggers: &["every", "each"],
    },
    Rule {
        pattern: r"\b(?i:(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly))\b",
        window: Some(0),
        build: set_adverb,
        needs: &[],
        // A trigger need only begin its word: "week" finds "weekly", "year" "yearly".
        triggers: &[
            "daily", "week", "month", "annually", "year", "hour", "night", "quarter", "biweekly",
        ],
    },
    Rule {
        pattern: r"\b(?i:(once|twice|three\s+times|four\s+times))\s+(?i:a|an|per|every)\s+(?i:(day|week|month|year|decade))\b",
        window: Some(1),
        build: set_times,
        needs: COUNTED_UNITS,
        triggers: &["once", "twice", "times"],
    },
    // 10:30 a.m. EST, 5.26 p.m. (as British and Indian papers write it), 3 p.m., 14:00
    // GMT, noon, midnight
    Rule {
        pattern: r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|(?i:am|pm)\b)(?:\s+(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|local\s+time))?",
        window: Some(1),
        build: clock_12,
        needs: &[DIGIT],
        triggers: &["am", "pm", "a.m", "p.m"],
    },
    Rule {
        pattern: r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s+(GMT|UTC|EST|EDT|CET|CEST|BST|local\s+time|hours|hrs))?",
        window: Some(0),
        build: clock_24,
        needs: &[],
        triggers: &[MINUTES],
    },
    // 1030 GMT, 0900 ET (the wire services' clock, four digits and a zone)
    Rule {
        pattern: r"\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC|ET)\b",
        window: Some(1),
        build: clock_24,
        needs: &[DIGIT],
        triggers: &["GMT", "UTC", "ET"],
    },
    // ten o'clock, 4 in the morning, 11 at night, 5 o'clock in the afternoon
    Rule {
        pattern: r"\b(\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?::([0-5]\d))?\s+(?:([oO]['’](?i:clock))(?:\s+((?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?|((?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))\b",
        window: Some(5),
        build: clock_spoken,
        needs: &[],
        triggers: &["clock", "morning", "afternoon", "evening", "night"],
    },
    Rule {
        pattern: r"\b(?i:(noon|midnight|midday))\b",
        window: Some(0),
        build: clock_word,
        needs: &[],
        triggers: &["noon", "midnight", "midday"],
    },
    // the first Sunday in October, the last Friday of March 2025
    Rule {
        pattern: r"\b(?:(?i:the)\s+)?(?i:(first|second|third|fourth|last))\s+({WEEKDAY})\s+(?i:in|of)\s+({MONTH})\b(?:,?\s+(\d{4})\b)?",
        window: Some(2),
        build: nth_weekday,
        needs: MONTH_TRIGGERS,
        triggers: WEEKDAY_TRIGGERS,
    },
    // Christmas, New Year's Day, Good Friday, Memorial Day
    Rule {
        pattern: r"\b(?:(?i:(last|next|this))\s+)?(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Boxing\s+Day|Easter\s+Sunday|Easter\s+Monday|Easter|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|Shrove\s+Tuesday|Mardi\s+Gras|Pentecost|Thanksgiving\s+Day|Thanksgiving|Black\s+Friday|Cyber\s+Monday|Election\s+Day|Memorial\s+Day|Labor\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents['’]?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Columbus\s+Day|Veterans['’]?\s+Day|Veteran['’]s\s+Day|Remembrance\s+Day|Armistice\s+Day|Juneteenth|Bastille\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|Ramadan|Eid\s+al-(?:Fitr|Adha)|Hanukkah|Passover|Diwali)\b",
        window: None,
        build: holiday,
        needs: &[],
        // "Day" stands for every "... Day"; a weekday for "Good Friday", "Black Friday".
        triggers: &[
            "Christmas",
            "New year",
            "Halloween",
            "Day",
            "Easter",
            "Thanksgiving",
            "Ramadan",
            "Eid",
            "Hanukkah",
            "Passover",
            "Diwali",
            "Mardi",
            "Pentecost",
            "Juneteenth",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Sunday",
        ],
    },
];
