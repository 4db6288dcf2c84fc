//! Calendar arithmetic for date normalization: civil dates, weekdays, ISO weeks and the
//! intervals TIMEX3 values denote. Proleptic Gregorian, no time zones, no clock.

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Year.
    pub y: i32,
    /// Month, 1–12.
    pub m: u32,
    /// Day, 1–31.
    pub d: u32,
}

impl CivilDate {
    /// A date, if it exists.
    pub fn new(y: i32, m: u32, d: u32) -> Option<CivilDate> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(CivilDate {
            y,
            m,
            d,
        })
    }

    /// Parses exactly `YYYY-MM-DD`, a real date of the years 1000 to 9999 (white space
    /// around it is allowed). Earlier years would give TIMEX3 values of other widths, and
    /// no news is dated by them.
    pub fn parse(s: &str) -> Option<CivilDate> {
        let b = s.trim().as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = digits(0..4).filter(|y| *y >= 1000)?;
        CivilDate::new(y as i32, digits(5..7)?, digits(8..10)?)
    }

    /// Parses the date at the start of a timestamp: `YYYY-MM-DD` alone or followed by `T`
    /// or a space and a time (`2025-03-03T10:00:00Z`), as JSONL date fields hold.
    pub fn parse_timestamp(s: &str) -> Option<CivilDate> {
        let s = s.trim();
        let date = s.get(..10)?;
        let rest = &s[10..];
        let time_follows = rest.is_empty()
            || (rest.starts_with(['T', ' '])
                && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
        time_follows.then(|| CivilDate::parse(date)).flatten()
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        CivilDate { y, m, d }
    }

    /// This date plus `n` days.
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.days() + n)
    }

    /// ISO weekday: Monday 1 ... Sunday 7.
    pub fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = CivilDate {
            y: thursday.y,
            m: 1,
            d: 1,
        };
        (thursday.y, ((thursday.days() - jan1.days()) / 7 + 1) as u32)
    }

    /// This date moved by `n` months, the day clamped to the month's length.
    pub fn add_months(self, n: i64) -> CivilDate {
        let total = i64::from(self.y) * 12 + i64::from(self.m) - 1 + n;
        let y = total.div_euclid(12) as i32;
        let m = (total.rem_euclid(12) + 1) as u32;
        CivilDate {
            y,
            m,
            d: self.d.min(days_in_month(y, m)),
        }
    }

    /// The date as `YYYY-MM-DD`, what its `Display` writes.
    pub fn iso(&self) -> String {
        timex_date(Some(self.y), Some(self.m), Some(self.d))
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// A TIMEX3 calendar value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with `XXXX` for a missing
/// year; a day is written only after a month. Built by hand rather than with `format!`,
/// whose padding is costly next to the few digits written, and every date has one.
pub fn timex_date(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> String {
    let mut out = String::with_capacity(10);
    match y {
        Some(y) => push_padded(&mut out, i64::from(y), 4),
        None => out.push_str("XXXX"),
    }
    if let Some(m) = m {
        out.push('-');
        push_padded(&mut out, i64::from(m), 2);
        if let Some(d) = d {
            out.push('-');
            push_padded(&mut out, i64::from(d), 2);
        }
    }
    out
}

/// Appends `n` as `{n:0width$}` writes it: zero-padded to `width` characters, a minus sign
/// counting as one.
fn push_padded(out: &mut String, n: i64, width: usize) {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n.unsigned_abs());
    if n < 0 {
        out.push('-');
    }
    for _ in digits.len() + usize::from(n < 0)..width {
        out.push('0');
    }
    out.push_str(digits);
}

/// True in leap years.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The Monday starting ISO week `w` of ISO year `y`.
pub fn iso_week_start(y: i32, w: u32) -> CivilDate {
    let jan4 = CivilDate { y, m: 1, d: 4 };
    jan4.add_days(-(i64::from(jan4.weekday()) - 1) + 7 * (i64::from(w) - 1))
}

/// The interval `[begin, end)` a TIMEX3 DATE or TIME value denotes, as ISO strings.
///
/// Handles years, decades (`199`), centuries (`20`), months, days, ISO weeks, quarters,
/// halves, seasons and date-times (`2025-03-03T10:30`, `2025-03-03TEV`). Other values
/// (`PRESENT_REF`, `XXXX-...`) denote no fixed interval and give `None`.
pub fn interval(value: &str) -> Option<(String, String)> {
    let (date_part, time_part) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    if let Some(t) = time_part {
        let day = CivilDate::parse(date_part)?;
        // A time in UTC ("T18:00Z") bounds an interval in UTC.
        return match t.strip_suffix('Z') {
            Some(t) => time_interval(day, t).map(|(b, e)| (format!("{b}Z"), format!("{e}Z"))),
            None => time_interval(day, t),
        };
    }
    let parts: Vec<&str> = date_part.split('-').collect();
    let year = |s: &str| -> Option<i32> {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (b, e) = match parts.as_slice() {
        [c] if c.len() == 2 && c.bytes().all(|b| b.is_ascii_digit()) => {
            let c: i32 = c.parse().ok()?;
            (
                CivilDate {
                    y: c * 100,
                    m: 1,
                    d: 1,
                },
                CivilDate {
                    y: c * 100 + 100,
                    m: 1,
                    d: 1,
                },
            )
        }
        [d] if d.len() == 3 && d.bytes().all(|b| b.is_ascii_digit()) => {
            let d: i32 = d.parse().ok()?;
            (
                CivilDate {
                    y: d * 10,
                    m: 1,
                    d: 1,
                },
                CivilDate {
                    y: d * 10 + 10,
                    m: 1,
                    d: 1,
                },
            )
        }
        [y] => {
            let y = year(y)?;
            (
                CivilDate { y, m: 1, d: 1 },
                CivilDate {
                    y: y + 1,
                    m: 1,
                    d: 1,
                },
            )
        }
        [y, p] => {
            let y = year(y)?;
            match *p {
                "Q1" | "Q2" | "Q3" | "Q4" => {
                    let q: u32 = p[1..].parse().ok()?;
                    let b = CivilDate {
                        y,
                        m: 3 * q - 2,
                        d: 1,
                    };
                    (b, b.add_months(3))
                }
                "H1" | "H2" => {
                    let b = CivilDate {
                        y,
                        m: if *p == "H1" { 1 } else { 7 },
                        d: 1,
                    };
                    (b, b.add_months(6))
                }
                // Meteorological seasons of the northern hemisphere; winter spans the new year.
                "SP" => (CivilDate { y, m: 3, d: 1 }, CivilDate { y, m: 6, d: 1 }),
                "SU" => (CivilDate { y, m: 6, d: 1 }, CivilDate { y, m: 9, d: 1 }),
                "FA" => (CivilDate { y, m: 9, d: 1 }, CivilDate { y, m: 12, d: 1 }),
                "WI" => (
                    CivilDate { y, m: 12, d: 1 },
                    CivilDate {
                        y: y + 1,
                        m: 3,
                        d: 1,
                    },
                ),
                w if w.starts_with('W') => {
                    let w: u32 = w[1..].parse().ok()?;
                    if !(1..=53).contains(&w) {
                        return None;
                    }
                    let b = iso_week_start(y, w);
                    (b, b.add_days(7))
                }
                m => {
                    let m: u32 = m.parse().ok()?;
                    let b = CivilDate::new(y, m, 1)?;
                    (b, b.add_months(1))
                }
            }
        }
        [y, m, d] => {
            let day = CivilDate::new(year(y)?, m.parse().ok()?, d.parse().ok()?)?;
            (day, day.add_days(1))
        }
        _ => return None,
    };
    Some((b.iso(), e.iso()))
}

fn time_interval(day: CivilDate, t: &str) -> Option<(String, String)> {
    let at = |d: CivilDate, h: u32, m: u32| format!("{d}T{h:02}:{m:02}");
    let part = |from: u32, to: u32| {
        let end = if to >= 24 {
            at(day.add_days(1), to - 24, 0)
        } else {
            at(day, to, 0)
        };
        Some((at(day, from, 0), end))
    };
    match t {
        "MO" => part(6, 12),
        "MI" => part(12, 13),
        "AF" => part(12, 18),
        "EV" => part(18, 22),
        "NI" => part(21, 30),
        _ => {
            let (h, m) = t.split_once(':')?;
            let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
            if h == 24 && m == 0 {
                let next = day.add_days(1);
                return Some((at(next, 0, 0), at(next, 0, 1)));
            }
            if h > 23 || m > 59 {
                return None;
            }
            let begin = at(day, h, m);
            let (eh, em) = if m == 59 { (h + 1, 0) } else { (h, m + 1) };
            let end = if eh == 24 {
                at(day.add_days(1), 0, 0)
            } else {
                at(day, eh, em)
            };
            Some((begin, end))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex_dates_are_written_as_padded_formatting_writes_them() {
        for y in [-12345, -120, -1, 0, 7, 98, 2025, 12345] {
            for m in [None, Some(1), Some(12), Some(123)] {
                for d in [None, Some(3), Some(31)] {
                    let want = match (m, d) {
                        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
                        (Some(m), None) => format!("{y:04}-{m:02}"),
                        (None, _) => format!("{y:04}"),
                    };
                    assert_eq!(timex_date(Some(y), m, d), want, "{y} {m:?} {d:?}");
                }
            }
        }
        assert_eq!(timex_date(None, Some(3), Some(4)), "XXXX-03-04");
        assert_eq!(timex_date(None, Some(3), None), "XXXX-03");
        assert_eq!(
            CivilDate::new(2025, 3, 3).unwrap().to_string(),
            "2025-03-03"
        );
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for days in [-800_000i64, -1, 0, 1, 19_000, 20_150, 2_000_000] {
            assert_eq!(CivilDate::from_days(days).days(), days);
        }
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(CivilDate::new(2025, 3, 3).unwrap().weekday(), 1); // a Monday
        assert_eq!(CivilDate::new(2025, 3, 3).unwrap().iso_week(), (2025, 10));
        assert_eq!(CivilDate::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(
            CivilDate::new(2025, 1, 31)
                .unwrap()
                .add_months(1)
                .to_string(),
            "2025-02-28"
        );
        assert!(CivilDate::new(2025, 2, 29).is_none());
    }

    #[test]
    fn interval_table() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("2025", Some(("2025-01-01", "2026-01-01"))),
            ("2025-03", Some(("2025-03-01", "2025-04-01"))),
            ("2025-12", Some(("2025-12-01", "2026-01-01"))),
            ("2025-03-03", Some(("2025-03-03", "2025-03-04"))),
            ("2025-W10", Some(("2025-03-03", "2025-03-10"))),
            ("2025-Q1", Some(("2025-01-01", "2025-04-01"))),
            ("2024-WI", Some(("2024-12-01", "2025-03-01"))),
            ("199", Some(("1990-01-01", "2000-01-01"))),
            ("20", Some(("2000-01-01", "2100-01-01"))),
            (
                "2025-03-03T10:30",
                Some(("2025-03-03T10:30", "2025-03-03T10:31")),
            ),
            (
                "2025-03-03TEV",
                Some(("2025-03-03T18:00", "2025-03-03T22:00")),
            ),
            (
                "2025-03-03TNI",
                Some(("2025-03-03T21:00", "2025-03-04T06:00")),
            ),
            ("PRESENT_REF", None),
            ("XXXX-03", None),
        ];
        for (value, want) in cases {
            let got = interval(value);
            assert_eq!(
                got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
                *want,
                "{value}"
            );
        }
    }
}
