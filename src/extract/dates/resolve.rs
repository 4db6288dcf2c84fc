//! A [`Spec`] and the anchor date to a TIMEX3 type, value and offset.

use super::tense::Tense;
use super::{Feast, Spec, TimexType, Unit};
use crate::extract::calendar::{CivilDate, days_in_month, timex_date};

/// Resolves a spec against the anchor: (type, value, offset). A date without a year, or a
/// bare weekday, goes the way `tense` looks (the last such date in the past tense, the
/// next in the future); with no tense, a weekday is the last one and a month the nearest.
pub fn resolve(
    spec: &Spec,
    anchor: Option<CivilDate>,
    tense: Tense,
) -> Option<(TimexType, Option<String>, Option<String>)> {
    use TimexType::*;
    let date = |v: String| Some((Date, Some(v), None));
    match spec {
        Spec::Calendar { y, m, d, .. } => {
            let y = y.or_else(|| anchor.map(|a| year_of(a, m.unwrap_or(1), tense)));
            match (y, m, d) {
                (Some(y), Some(m), Some(d)) => date(CivilDate::new(y, *m, *d)?.iso()),
                (Some(_), _, _) | (None, Some(_), _) => date(timex_date(y, *m, *d)),
                (None, None, _) => None,
            }
        }
        Spec::WeekOf { y, m, d } => {
            let y = y.or_else(|| anchor.map(|a| year_of(a, *m, tense)));
            match y {
                Some(y) => date(rel_unit_value(CivilDate::new(y, *m, *d)?, Unit::Week, 0, false)),
                None => date("XXXX-WXX".to_string()),
            }
        }
        Spec::Decade(d) => date(format!("{d:03}")),
        Spec::Century(c) => date(format!("{c:02}")),
        Spec::Part(y, p) => {
            // A quarter without its year is the anchor's, or last year's when it would
            // begin over six months ahead ("the fourth quarter" said in January) and the
            // sentence does not look ahead. A sentence that looks ahead keeps the
            // anchor's year while the quarter's results may still be awaited ("will report
            // third-quarter profit" in October); once the quarter is four months gone, it
            // means next year's ("will cut jobs in the first quarter" in November).
            let first_month = match *p {
                "Q2" => 4,
                "Q3" | "H2" => 7,
                "Q4" => 10,
                _ => 1,
            };
            // In the past tense a quarter that begins over three months ahead is last
            // year's ("reported a third-quarter loss" in March); a nearer one may be what
            // a plan announced in the past is for ("announced cuts during the fourth
            // quarter" in August).
            let y = y.or(anchor.map(|a| match tense {
                Tense::Future if a.m >= first_month + 6 => a.y + 1,
                Tense::Future => a.y,
                Tense::Past | Tense::Reported if first_month > a.m + 3 => a.y - 1,
                _ => infer_year(a, first_month),
            }));
            match y {
                Some(y) => date(format!("{y:04}-{p}")),
                None => date(format!("XXXX-{p}")),
            }
        }
        Spec::MonthOfYear { m, rel } => match anchor {
            Some(a) => date(timex_date(Some(a.y + *rel as i32), Some(*m), None)),
            None => Some((Date, None, Some(offset_years(*rel)))),
        },
        // The period compared with is found later (`refer::refer_back`); this is the value
        // when the text names none.
        Spec::Comparison { years } => match anchor {
            Some(a) => date(format!("{:04}", i64::from(a.y) - years)),
            None => Some((Date, None, Some(offset_years(-years)))),
        },
        Spec::Season { y, rel, code } => {
            let y = y.or_else(|| {
                let a = anchor?;
                Some(match rel {
                    Some(rel) => a.y + *rel as i32,
                    None => season_year(a, code, tense),
                })
            });
            match y {
                Some(y) => date(format!("{y:04}-{code}")),
                None => Some((Date, None, rel.map(offset_years))),
            }
        }
        Spec::RelDay { days, part } => match anchor {
            Some(a) => Some(day_with_part(a.add_days(*days), *part)),
            None => Some((
                if part.is_some() { Time } else { Date },
                None,
                Some(offset_days(*days)),
            )),
        },
        Spec::Weekday { wd, rel, part, .. } => {
            let ty = if part.is_some() { Time } else { Date };
            let Some(a) = anchor else {
                return Some((ty, None, Some(format!("XXXX-WXX-{wd}"))));
            };
            let today = i64::from(a.weekday());
            let target = i64::from(*wd);
            let delta = match rel {
                // Ahead in the future tense; else the most recent such day (news style). The
                // anchor's own weekday means that day.
                0 if tense == Tense::Future => (target - today).rem_euclid(7),
                0 => -((today - target).rem_euclid(7)),
                -1 => {
                    let back = (today - target).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                }
                1 => {
                    let fwd = (target - today).rem_euclid(7);
                    if fwd == 0 { 7 } else { fwd }
                }
                _ => target - today, // "this Friday": the one in the anchor's week
            };
            Some(day_with_part(a.add_days(delta), *part))
        }
        Spec::YearQuarter { y, rel, part } => {
            let a = anchor?;
            let latest = rel_unit_value(a, Unit::Quarter, -1, false);
            let year = match (y, part) {
                (Some(y), _) => *y,
                (None, Some(_)) => a.y + *rel as i32,
                (None, None) => latest[..4].parse::<i32>().ok()? + *rel as i32,
            };
            let part = part.unwrap_or(&latest[5..]);
            date(format!("{year:04}-{part}"))
        }
        // "the weekend" said on a weekday is the one just past, unless the sentence looks
        // ahead; on a Saturday or Sunday it is that weekend.
        Spec::RelUnit {
            unit: Unit::Weekend,
            n: 0,
            ..
        } if tense != Tense::Future && anchor.is_some_and(|a| a.weekday() <= 5) => {
            date(rel_unit_value(anchor?, Unit::Weekend, -1, false))
        }
        Spec::RelUnit { unit, n, exact } => match anchor {
            Some(a) => date(rel_unit_value(a, *unit, *n, *exact)),
            None => {
                let letter = match unit {
                    Unit::Day => "D",
                    Unit::Week | Unit::Weekend => "W",
                    Unit::Month => "M",
                    Unit::Quarter => "Q",
                    Unit::Year => "Y",
                    Unit::Decade => "DE",
                    Unit::Century => "CE",
                };
                let sign = if *n < 0 { "-" } else { "+" };
                Some((Date, None, Some(format!("{sign}P{}{letter}", n.abs()))))
            }
        },
        // Resolved against the date named before it by `refer.rs`; this is the value when
        // the text names none.
        Spec::Anaphoric {
            unit: Unit::Day,
            n,
            part: part @ Some(_),
        } => match anchor {
            Some(a) => Some(day_with_part(a.add_days(*n), *part)),
            None => Some((Time, None, Some(offset_days(*n)))),
        },
        Spec::Anaphoric { unit, n, .. } => resolve(
            &Spec::RelUnit {
                unit: *unit,
                n: *n,
                exact: false,
            },
            anchor,
            tense,
        ),
        Spec::Feast {
            feast, y: Some(y), ..
        } => date(feast_date(*feast, *y)?.iso()),
        Spec::Feast { feast, rel, .. } => match anchor {
            Some(a) => {
                let this = feast_date(*feast, a.y)?;
                let day = match rel {
                    -1 if this.iso() < a.iso() => this,
                    -1 => feast_date(*feast, a.y - 1)?,
                    1 if this.iso() > a.iso() => this,
                    1 => feast_date(*feast, a.y + 1)?,
                    _ => feast_date(*feast, year_of(a, this.m, tense))?,
                };
                date(day.iso())
            }
            None => Some((Date, None, None)),
        },
        Spec::Holiday { m, d, y: Some(y) } => date(format!("{y:04}-{m:02}-{d:02}")),
        Spec::Holiday { m, d, .. } => match anchor {
            Some(a) => date(format!("{:04}-{m:02}-{d:02}", year_of(a, *m, tense))),
            None => date(format!("XXXX-{m:02}-{d:02}")),
        },
        Spec::RelMonth { m, d, rel } => match anchor {
            Some(a) => {
                // A month compares by month ("last April" in April is a year back), a day
                // by day ("last April 10" on April 19 is nine days back).
                let this = (*m, d.unwrap_or(0));
                let now = (a.m, if d.is_some() { a.d } else { 0 });
                let y = match rel {
                    -1 if this < now => a.y,
                    -1 => a.y - 1,
                    1 if this > now => a.y,
                    1 => a.y + 1,
                    _ => a.y,
                };
                date(timex_date(Some(y), Some(*m), *d))
            }
            None => date(timex_date(None, Some(*m), *d)),
        },
        Spec::Ref(r) => date((*r).to_string()),
        Spec::TheQuarter {
            ending: Some(p), ..
        } => resolve(&Spec::Part(None, p), anchor, tense),
        Spec::TheQuarter { .. } => anchor.map(|a| {
            (
                Date,
                Some(rel_unit_value(a, Unit::Quarter, -1, false)),
                None,
            )
        }),
        Spec::Clock { h, min, day, utc } => {
            let t = if *h == 24 {
                "24:00".to_string()
            } else {
                format!("{h:02}:{min:02}")
            };
            let t = if *utc { t + "Z" } else { t };
            match (anchor, day) {
                (Some(a), Some(d)) => Some((Time, Some(format!("{}T{t}", a.add_days(*d))), None)),
                _ => Some((Time, Some(format!("T{t}")), None)),
            }
        }
        Spec::Fixed(ty, v) => Some((*ty, (!v.is_empty()).then(|| v.clone()), None)),
    }
}

/// The day of a moveable feast in year `y`.
fn feast_date(feast: Feast, y: i32) -> Option<CivilDate> {
    match feast {
        Feast::Thanksgiving(after) => {
            let first = CivilDate::new(y, 11, 1)?;
            // Thursday is ISO weekday 4.
            let to_thursday = (4 + 7 - i64::from(first.weekday())) % 7;
            Some(first.add_days(to_thursday + 21 + i64::from(after)))
        }
        Feast::ElectionDay => {
            let second = CivilDate::new(y, 11, 2)?;
            // Tuesday is ISO weekday 2; the first on or after November 2.
            let to_tuesday = (2 + 7 - i64::from(second.weekday())) % 7;
            Some(second.add_days(to_tuesday))
        }
        Feast::NthWeekday { m, wd, n } => {
            let (m, wd) = (u32::from(m), i64::from(wd));
            if n > 0 {
                let first = CivilDate::new(y, m, 1)?;
                let to_wd = (wd + 7 - i64::from(first.weekday())) % 7;
                Some(first.add_days(to_wd + 7 * i64::from(n - 1)))
            } else {
                let last = CivilDate::new(y, m, days_in_month(y, m))?;
                let back = (i64::from(last.weekday()) + 7 - wd) % 7;
                Some(last.add_days(-back - 7 * i64::from(-n - 1)))
            }
        }
        Feast::Easter(after) => {
            // The Gregorian computus (Meeus/Jones/Butcher).
            let a = y % 19;
            let (b, c) = (y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            let sunday = CivilDate::new(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
            Some(sunday.add_days(i64::from(after)))
        }
    }
}

/// A resolved day, as a DATE, or as a TIME when a part of the day is named ("...TEV").
pub(super) fn day_with_part(
    day: CivilDate,
    part: Option<&'static str>,
) -> (TimexType, Option<String>, Option<String>) {
    match part {
        Some(p) => (TimexType::Time, Some(format!("{day}T{p}")), None),
        None => (TimexType::Date, Some(day.iso()), None),
    }
}

/// The year of a month (and day) written without one: in the future tense the next such
/// month from the anchor's, in the past tense the last one, else [`infer_year`].
fn year_of(anchor: CivilDate, m: u32, tense: Tense) -> i32 {
    match tense {
        // The anchor's own month stays: "scheduled for March 3-5" said on March 4.
        Tense::Future if m < anchor.m => anchor.y + 1,
        Tense::Future => anchor.y,
        // "was shot on Oct. 23" in a May story: last October.
        Tense::Past if m > anchor.m => anchor.y - 1,
        // News reports later dates after a verb of saying ("said the vote is on Dec. 15"):
        // that moves no date back that the default would not.
        Tense::Past => infer_year(anchor, m),
        // With no tense, a month over six months back is the coming one: "a dividend paid
        // in January" in an October story.
        Tense::Reported | Tense::Unknown if m + 6 < anchor.m => anchor.y + 1,
        Tense::Reported | Tense::Unknown => infer_year(anchor, m),
    }
}

/// The year of a season named without one: a season spoken of in the past tense that has
/// not begun by the anchor is last year's ("held their autumn meetings" in March); one to
/// come that is over is next year's; else the nearest.
fn season_year(anchor: CivilDate, code: &str, tense: Tense) -> i32 {
    let first_month = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    match tense {
        Tense::Past | Tense::Reported if first_month > anchor.m => anchor.y - 1,
        Tense::Future if first_month + 2 < anchor.m => anchor.y + 1,
        _ => infer_year(anchor, first_month),
    }
}

/// The year of a month/day written without one: the anchor's year, unless that puts a
/// date far in the future of a news story, when it is taken as last year's.
pub(super) fn infer_year(anchor: CivilDate, m: u32) -> i32 {
    if m > anchor.m + 6 {
        anchor.y - 1
    } else {
        anchor.y
    }
}

fn offset_years(years: i64) -> String {
    format!("{}P{}Y", if years < 0 { "-" } else { "+" }, years.abs())
}

pub(super) fn offset_days(days: i64) -> String {
    if days == 0 {
        "P0D".into()
    } else {
        format!("{}P{}D", if days < 0 { "-" } else { "+" }, days.abs())
    }
}

pub(super) fn rel_unit_value(a: CivilDate, unit: Unit, n: i64, exact: bool) -> String {
    match unit {
        Unit::Day => a.add_days(n).iso(),
        Unit::Week => {
            let (y, w) = a.add_days(7 * n).iso_week();
            if exact {
                a.add_days(7 * n).iso()
            } else {
                format!("{y:04}-W{w:02}")
            }
        }
        Unit::Weekend => {
            let (y, w) = a.add_days(7 * n).iso_week();
            format!("{y:04}-W{w:02}-WE")
        }
        Unit::Month => {
            let d = a.add_months(n);
            if exact {
                d.iso()
            } else {
                timex_date(Some(d.y), Some(d.m), None)
            }
        }
        Unit::Quarter => {
            let q0 = (a.m - 1) / 3;
            let total = i64::from(a.y) * 4 + i64::from(q0) + n;
            format!("{:04}-Q{}", total.div_euclid(4), total.rem_euclid(4) + 1)
        }
        Unit::Year => {
            if exact {
                a.add_months(12 * n).iso()
            } else {
                format!("{:04}", i64::from(a.y) + n)
            }
        }
        Unit::Decade => format!("{:03}", (i64::from(a.y) / 10) + n),
        Unit::Century => format!("{:02}", (i64::from(a.y) / 100) + n),
    }
}
