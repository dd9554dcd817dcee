//! The time, zone and duration parsing the CLI and the shells use: typed times ("2026-11-21
//! 10:00", RFC 3339), IANA zones, clock times, quiet hours and protocol spans ("1d12h").
//! Never a panic; what is accepted is a sane instant and writes back to itself.
#![no_main]

use std::str::FromStr;

use aftercare_core::local_time::{parse_instant, parse_zone};
use aftercare_core::{QuietHours, Span};
use chrono::{Datelike, NaiveTime};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // "zone|time": the zone part may be anything too.
    let (zone_text, time_text) = text.split_once('|').unwrap_or(("UTC", text));
    let zone = parse_zone(zone_text).unwrap_or(chrono_tz::Tz::UTC);
    if let Ok(instant) = parse_instant(time_text, zone) {
        let year = instant.year();
        assert!(
            (1900..=2199).contains(&year),
            "accepted an instant in year {year}"
        );
    }
    if let Ok(span) = Span::from_str(text) {
        let again = Span::from_str(&span.to_string()).expect("a span writes back readably");
        assert_eq!(again, span);
    }
    if let Some((start, end)) = text.split_once('-') {
        let start = NaiveTime::parse_from_str(start, "%H:%M");
        let end = NaiveTime::parse_from_str(end, "%H:%M");
        if let (Ok(start), Ok(end)) = (start, end) {
            let _ = QuietHours::new(start, end);
        }
    }
});
