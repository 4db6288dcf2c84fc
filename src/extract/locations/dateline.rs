//! The dateline's place ("SANTA CLARA, Calif.", "GAZA CITY, Gaza Strip", "BERLIN"): where
//! the story was filed. Datelines write the city in capitals, which no gazetteer look-up
//! matches, so the city is looked up in title case, chosen inside the state or country
//! written after it, and that state or country is a place of its own, as it is after a
//! city in the text ("Springfield, Ill.").

use rustc_hash::FxHashSet as HashSet;

use super::{choose, places_of};
use crate::extract::Context;
use crate::gazetteer::{Gazetteer, Place, PlaceKind};
use crate::span::Span;
use crate::text::us_state_after;

/// The dateline's city and the state or country after it, each with its span, in text
/// order; none when the dateline names no place the gazetteer holds.
pub(super) fn dateline_places<'g>(
    ctx: &Context,
    g: &'g Gazetteer,
    mentioned: &HashSet<&str>,
) -> Vec<(Span, &'g Place)> {
    let Some(d) = ctx.layout.dateline else {
        return Vec::new();
    };
    let src = ctx.src;
    let text = d.place.text(src);
    let city_text = text.split_once(", ").map_or(text, |(c, _)| c);
    let city = Span::new(d.place.start, d.place.start + city_text.len());
    let qualifier: Option<(Span, &Place)> = if city.end < d.place.end {
        let q = Span::new(city.end + 2, d.place.end);
        match us_state_after(src, city.end).filter(|s| s.span.end <= d.place.end) {
            Some(s) => places_of(g, g.lookup(s.state))
                .find(|p| p.kind == PlaceKind::AdminRegion && p.country() == "US")
                .map(|p| (s.span, p)),
            None => places_of(g, g.lookup(&title_case(q.text(src))))
                .filter(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::AdminRegion | PlaceKind::Region))
                .max_by_key(|p| (p.kind == PlaceKind::Country, p.population()))
                .map(|p| (q, p)),
        }
    } else {
        None
    };
    let places: Vec<&Place> = places_of(g, g.lookup(&title_case(city_text))).collect();
    let mut out = Vec::with_capacity(2);
    if let Some(best) = choose(ctx, &places, qualifier.map(|q| q.1), mentioned, city) {
        out.push((city, best));
    }
    out.extend(qualifier);
    out
}

/// A name in capitals in title case ("SANTA CLARA" → "Santa Clara", "N'DJAMENA" →
/// "N'Djamena"); a name with a lower-case letter ("Gaza Strip", "Calif.") as it is.
fn title_case(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphanumeric();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::title_case;

    #[test]
    fn title_case_table() {
        let cases: &[(&str, &str)] = &[
            ("SANTA CLARA", "Santa Clara"),
            ("WINSTON-SALEM", "Winston-Salem"),
            ("N'DJAMENA", "N'Djamena"),
            ("ST. LOUIS", "St. Louis"),
            ("Gaza Strip", "Gaza Strip"),
            ("Calif.", "Calif."),
        ];
        for (text, want) in cases {
            assert_eq!(title_case(text), *want, "{text}");
        }
    }
}
