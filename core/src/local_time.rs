//! Local wall-clock time in the patient's IANA zone: resolving, parsing and writing it.
//!
//! Two kinds of time meet here (see `docs/timeline.md`):
//! - healing windows are elapsed time, kept as UTC instants and only *written* in local time;
//! - daily routines are wall-clock times ("08:00 every morning"), resolved per local date.
//!
//! A wall-clock time that does not exist (the DST gap) is moved forward by the length of the gap,
//! so 02:30 on a spring-forward night in Berlin is 03:30 CEST. A wall-clock time that exists twice
//! (the overlap) resolves to the first of the two, so a daily routine happens once.

use chrono::{
    DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta,
    TimeZone, Utc,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::text::Locale;

/// Why a time typed by a person was refused. Messages echo only the time and zone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeInputError {
    /// Not a zone in the IANA database.
    #[error("unknown time zone {0:?} (use an IANA name such as Europe/Berlin)")]
    UnknownZone(String),
    /// Not a date-time this app reads.
    #[error("cannot read {0:?} as a date and time (use \"2026-11-21 10:00\" or RFC 3339)")]
    Malformed(String),
    /// A date outside the years this app accepts ([`EARLIEST_YEAR`]–[`LATEST_YEAR`]).
    #[error("{0:?} is outside the years 1900 to 2199")]
    OutOfRange(String),
    /// The local time falls in a daylight-saving gap and never happened.
    #[error("{time} did not happen in {zone}: the clocks skipped it for daylight saving")]
    Nonexistent {
        /// The local time as typed.
        time: String,
        /// The zone.
        zone: String,
    },
}

/// The earliest year a time typed or passed in may fall in: a session in year 1 is a typo, and
/// dates near the calendar's edges would overflow the arithmetic of a recovery plan.
pub const EARLIEST_YEAR: i32 = 1900;
/// The latest year a time typed or passed in may fall in.
pub const LATEST_YEAR: i32 = 2199;

/// Whether an instant falls within [`EARLIEST_YEAR`]..=[`LATEST_YEAR`].
pub fn is_sane(instant: DateTime<Utc>) -> bool {
    use chrono::Datelike;
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&instant.year())
}

/// Looks up an IANA zone by name.
pub fn parse_zone(name: &str) -> Result<Tz, TimeInputError> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| TimeInputError::UnknownZone(name.to_string()))
}

/// Reads "2026-11-21 10:00" (local to `zone`), or RFC 3339 with an offset or `Z`.
///
/// A local time in a DST gap is an error (it never happened); one in an overlap is read as the
/// first of the two, and RFC 3339 with an explicit offset picks the other.
pub fn parse_instant(text: &str, zone: Tz) -> Result<DateTime<Utc>, TimeInputError> {
    let instant = parse_any_instant(text, zone)?;
    if !is_sane(instant) {
        return Err(TimeInputError::OutOfRange(text.trim().to_string()));
    }
    Ok(instant)
}

fn parse_any_instant(text: &str, zone: Tz) -> Result<DateTime<Utc>, TimeInputError> {
    let text = text.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        return Ok(instant.with_timezone(&Utc));
    }
    let naive = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
    .ok_or_else(|| TimeInputError::Malformed(text.to_string()))?;
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(TimeInputError::Nonexistent {
            time: text.to_string(),
            zone: zone.name().to_string(),
        }),
    }
}

/// The instant of a wall-clock `time` on local `date` in `zone`: gaps move forward by their
/// length, overlaps take the first occurrence.
pub fn resolve_local(zone: Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = date.and_time(time);
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Read the time with the offset in force before the gap: that lands after the gap by
            // exactly as much as the gap is long. A day before is safely before any one transition.
            let before = naive - TimeDelta::days(1);
            let offset = zone
                .offset_from_utc_datetime(&before)
                .fix()
                .local_minus_utc();
            Utc.from_utc_datetime(&(naive - TimeDelta::seconds(i64::from(offset))))
        }
    }
}

/// The local calendar date of an instant.
pub fn local_date(instant: DateTime<Utc>, zone: Tz) -> NaiveDate {
    instant.with_timezone(&zone).date_naive()
}

/// How an instant is written for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "Sat 22 Nov, 10:00"
    DateTime,
    /// "Sat 22 Nov"
    Date,
    /// "10:00"
    Time,
}

/// Writes an instant in local time for a person, in the locale's words.
pub fn format_local(instant: DateTime<Utc>, zone: Tz, locale: Locale, style: Style) -> String {
    let local = instant.with_timezone(&zone);
    let time = local.format("%H:%M");
    let day = || {
        format!(
            "{} {} {}",
            locale.weekday_abbr(local.weekday()),
            local.day(),
            locale.month_abbr(local.month())
        )
    };
    match style {
        Style::DateTime => format!("{}, {time}", day()),
        Style::Date => day(),
        Style::Time => time.to_string(),
    }
}

/// "22 Nov 2026": a local date with its year, in the locale's words.
pub fn date_with_year(date: NaiveDate, locale: Locale) -> String {
    format!(
        "{} {} {}",
        date.day(),
        locale.month_abbr(date.month()),
        date.year()
    )
}

/// An instant as the JSON output gives it: UTC, local with offset, and written for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct Stamp {
    /// The instant (RFC 3339 in UTC in JSON; a timestamp in the bindings).
    pub utc: DateTime<Utc>,
    /// RFC 3339 in the zone's local time, with its offset.
    pub local: String,
    /// Written for a person in the chosen locale.
    pub text: String,
}

impl Stamp {
    /// Stamps an instant for `zone` and `locale`.
    pub fn new(instant: DateTime<Utc>, zone: Tz, locale: Locale, style: Style) -> Stamp {
        Stamp {
            utc: instant,
            local: instant
                .with_timezone(&zone)
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            text: format_local(instant, zone, locale, style),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz(name: &str) -> Tz {
        parse_zone(name).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// Found by fuzzing (`tests/fuzz/corpus/time_input/regress-year-3`): year 3 was accepted.
    #[test]
    fn times_outside_the_sane_years_are_refused() {
        let berlin = tz("Europe/Berlin");
        for text in [
            "0001-01-01 10:00",
            "0-3-\u{b}221:\u{b}22",
            "0003-01-01T00:00:00Z",
            "1899-12-31 23:00",
            "2200-01-01 10:00",
            "9999-12-31T23:59:59+14:00",
        ] {
            match parse_instant(text, berlin) {
                Err(TimeInputError::OutOfRange(_)) | Err(TimeInputError::Malformed(_)) => {}
                other => panic!("{text:?}: {other:?}"),
            }
        }
        assert!(matches!(
            parse_instant("0001-01-01 10:00", berlin),
            Err(TimeInputError::OutOfRange(_))
        ));
        assert!(parse_instant("1900-01-02 10:00", berlin).is_ok());
        assert!(parse_instant("2199-12-31 10:00", berlin).is_ok());
    }

    #[test]
    fn gap_moves_forward_by_its_length() {
        // Berlin springs forward 2026-03-29 02:00 -> 03:00.
        let t = resolve_local(tz("Europe/Berlin"), date(2026, 3, 29), hm(2, 30));
        assert_eq!(t.to_rfc3339(), "2026-03-29T01:30:00+00:00");
        assert_eq!(t.with_timezone(&tz("Europe/Berlin")).time(), hm(3, 30));
        // Lord Howe's gap is 30 minutes: 02:00 -> 02:30 on 2026-10-04.
        let lh = tz("Australia/Lord_Howe");
        let t = resolve_local(lh, date(2026, 10, 4), hm(2, 15));
        assert_eq!(t.with_timezone(&lh).time(), hm(2, 45));
    }

    #[test]
    fn overlap_takes_the_first_occurrence() {
        // New York falls back 2026-11-01 02:00 -> 01:00; 01:30 happens twice.
        let ny = tz("America/New_York");
        let t = resolve_local(ny, date(2026, 11, 1), hm(1, 30));
        assert_eq!(t.to_rfc3339(), "2026-11-01T05:30:00+00:00");
    }

    #[test]
    fn parses_local_and_rfc3339_and_refuses_gaps() {
        let berlin = tz("Europe/Berlin");
        let t = parse_instant("2026-11-21 10:00", berlin).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-21T09:00:00+00:00");
        let t = parse_instant("2026-11-21T10:00:00Z", berlin).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-21T10:00:00+00:00");
        assert!(matches!(
            parse_instant("2026-03-29 02:30", berlin),
            Err(TimeInputError::Nonexistent { .. })
        ));
        assert!(matches!(
            parse_instant("yesterday", berlin),
            Err(TimeInputError::Malformed(_))
        ));
        assert!(matches!(
            parse_zone("Mars/Olympus"),
            Err(TimeInputError::UnknownZone(_))
        ));
    }

    #[test]
    fn writes_dates_in_the_locale() {
        let berlin = tz("Europe/Berlin");
        let t = parse_instant("2026-11-17 09:00", berlin).unwrap();
        assert_eq!(
            format_local(t, berlin, Locale::En, Style::Date),
            "Tue 17 Nov"
        );
        assert_eq!(
            format_local(t, berlin, Locale::Es, Style::Date),
            "mar 17 nov"
        );
        assert_eq!(
            format_local(t, berlin, Locale::En, Style::DateTime),
            "Tue 17 Nov, 09:00"
        );
    }
}
