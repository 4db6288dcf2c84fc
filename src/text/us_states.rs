//! US state abbreviations as news writes them after a city: the AP's ("Springfield, Ill.",
//! "Albany, N.Y.", "Washington, D.C.") and the postal codes ("Austin, TX").
//!
//! Alone, most of them are words or names ("Ill", "Mass", "Wash", "Miss", "La"); after a
//! city and a comma they name the state, which the place rules take as a place and as what
//! picks the city ("Portland, Ore." is not Portland, Maine).

use crate::span::Span;

/// The AP's abbreviations with their stop, and the state each names.
static AP: &[(&str, &str)] = &[
    ("Ala.", "Alabama"),
    ("Ariz.", "Arizona"),
    ("Ark.", "Arkansas"),
    ("Cal.", "California"),
    ("Calif.", "California"),
    ("Colo.", "Colorado"),
    ("Conn.", "Connecticut"),
    ("D.C.", "District of Columbia"),
    ("Del.", "Delaware"),
    ("Fla.", "Florida"),
    ("Ga.", "Georgia"),
    ("Ill.", "Illinois"),
    ("Ind.", "Indiana"),
    ("Kan.", "Kansas"),
    ("Kans.", "Kansas"),
    ("Ky.", "Kentucky"),
    ("La.", "Louisiana"),
    ("Mass.", "Massachusetts"),
    ("Md.", "Maryland"),
    ("Mich.", "Michigan"),
    ("Minn.", "Minnesota"),
    ("Miss.", "Mississippi"),
    ("Mo.", "Missouri"),
    ("Mont.", "Montana"),
    ("N.C.", "North Carolina"),
    ("N.D.", "North Dakota"),
    ("N.H.", "New Hampshire"),
    ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"),
    ("N.Y.", "New York"),
    ("Neb.", "Nebraska"),
    ("Nebr.", "Nebraska"),
    ("Nev.", "Nevada"),
    ("Okla.", "Oklahoma"),
    ("Ore.", "Oregon"),
    ("Oreg.", "Oregon"),
    ("Pa.", "Pennsylvania"),
    ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"),
    ("S.D.", "South Dakota"),
    ("Tenn.", "Tennessee"),
    ("Tex.", "Texas"),
    ("Va.", "Virginia"),
    ("Vt.", "Vermont"),
    ("W.Va.", "West Virginia"),
    ("W. Va.", "West Virginia"),
    ("Wash.", "Washington"),
    ("Wis.", "Wisconsin"),
    ("Wisc.", "Wisconsin"),
    ("Wyo.", "Wyoming"),
];

/// The postal codes and the state each names.
static POSTAL: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DC", "District of Columbia"),
    ("DE", "Delaware"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
];

/// A state written after a city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateAfterCity {
    /// The abbreviation, its stop included.
    pub span: Span,
    /// The state's name as the gazetteer holds it.
    pub state: &'static str,
    /// A postal code ("TX"), which is also a degree or a word ("MD", "OR") unless the city
    /// before it is in that state.
    pub postal: bool,
}

/// The state abbreviation right after `end` (the end of a city's name), as ", Ill." or
/// ", TX", followed by no letter or digit.
pub fn us_state_after(src: &str, end: usize) -> Option<StateAfterCity> {
    let rest = src.get(end..)?.strip_prefix(", ")?;
    let at = end + 2;
    let free = |n: usize| {
        !rest[n..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    };
    if let Some(&(abbr, state)) = AP
        .iter()
        .find(|(abbr, _)| rest.starts_with(abbr) && free(abbr.len()))
    {
        return Some(StateAfterCity {
            span: Span::new(at, at + abbr.len()),
            state,
            postal: false,
        });
    }
    let code = rest.get(..2)?;
    let &(_, state) = POSTAL.iter().find(|(c, _)| *c == code)?;
    // "Austin, TX." at a sentence end, but not "Jackson, MS.Word".
    let after_stop = rest[2..]
        .strip_prefix('.')
        .is_none_or(|r| !r.starts_with(|c: char| c.is_alphanumeric()));
    (free(2) && after_stop).then_some(StateAfterCity {
        span: Span::new(at, at + 2),
        state,
        postal: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_after_a_city_table() {
        // (text, city's end, the abbreviation and its state)
        let cases: &[(&str, usize, Option<(&str, &str)>)] = &[
            ("Springfield, Ill., and", 11, Some(("Ill.", "Illinois"))),
            ("Albany, N.Y.", 6, Some(("N.Y.", "New York"))),
            ("Washington, D.C. on Monday", 10, Some(("D.C.", "District of Columbia"))),
            ("Charleston, W. Va., said", 10, Some(("W. Va.", "West Virginia"))),
            ("Austin, TX 78701", 6, Some(("TX", "Texas"))),
            ("Austin, TX.", 6, Some(("TX", "Texas"))),
            // No stop, more letters, no comma: no abbreviation.
            ("Springfield, Illinois", 11, None),
            ("Boston, Massive", 6, None),
            ("Boston Mass.", 6, None),
            ("Austin, TXU", 6, None),
            ("Jackson, Ms. Lee", 7, None),
        ];
        for (text, end, want) in cases {
            let got = us_state_after(text, *end).map(|s| (s.span.text(text), s.state));
            assert_eq!(got, *want, "{text:?}");
        }
    }
}
