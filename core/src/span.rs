//! Elapsed durations as written in protocol files: `30m`, `4h`, `5d`, `2w`, `1d12h`.
//!
//! A day in a [`Span`] is always 24 elapsed hours: healing windows are counted from the end of the
//! treatment, not by the calendar (see `docs/timeline.md`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest span a protocol may use: two years. Anything longer is a typo, not aftercare.
pub const MAX_SPAN_MINUTES: i64 = 2 * 365 * 24 * 60;

/// A non-negative elapsed duration with minute resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    minutes: i64,
}

/// Why a span string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpanError {
    /// The text is not of the form `<number><unit>...`.
    #[error("expected a duration like \"30m\", \"24h\", \"5d\" or \"2w\", got {0:?}")]
    Malformed(String),
    /// The span is longer than [`MAX_SPAN_MINUTES`].
    #[error("{0:?} is longer than the 2-year limit")]
    TooLong(String),
}

impl Span {
    /// A span of zero length.
    pub const ZERO: Span = Span { minutes: 0 };

    /// A span of `m` minutes (negative values clamp to zero).
    pub const fn minutes(m: i64) -> Span {
        Span {
            minutes: if m < 0 { 0 } else { m },
        }
    }

    /// A span of `h` hours.
    pub const fn hours(h: i64) -> Span {
        Span::minutes(h * 60)
    }

    /// A span of `d` elapsed days (24 h each).
    pub const fn days(d: i64) -> Span {
        Span::hours(d * 24)
    }

    /// A span of `w` weeks (7 elapsed days each).
    pub const fn weeks(w: i64) -> Span {
        Span::days(w * 7)
    }

    /// Length in whole minutes.
    pub const fn as_minutes(self) -> i64 {
        self.minutes
    }

    /// The same length as a chrono duration, for instant arithmetic.
    pub fn to_duration(self) -> chrono::TimeDelta {
        chrono::TimeDelta::minutes(self.minutes)
    }
}

impl FromStr for Span {
    type Err = SpanError;

    fn from_str(text: &str) -> Result<Span, SpanError> {
        let malformed = || SpanError::Malformed(text.to_string());
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(malformed());
        }
        if trimmed == "0" {
            return Ok(Span::ZERO);
        }
        let mut total: i64 = 0;
        let mut digits = String::new();
        let mut last_unit_rank = usize::MAX;
        let mut chars = trimmed.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit() {
                digits.push(c);
                if digits.len() > 7 {
                    return Err(SpanError::TooLong(text.to_string()));
                }
                continue;
            }
            // `mo` is deliberately not a unit: months are not elapsed time.
            let (per_unit, rank) = match c {
                'w' => (7 * 24 * 60, 0),
                'd' => (24 * 60, 1),
                'h' => (60, 2),
                'm' => (1, 3),
                _ => return Err(malformed()),
            };
            if c == 'm' && chars.peek() == Some(&'o') {
                return Err(malformed());
            }
            // Units must be written largest first and only once: "1d12h", never "12h1d".
            if digits.is_empty() || (last_unit_rank != usize::MAX && rank <= last_unit_rank) {
                return Err(malformed());
            }
            last_unit_rank = rank;
            let n: i64 = digits.parse().map_err(|_| malformed())?;
            digits.clear();
            total = n
                .checked_mul(per_unit)
                .and_then(|v| total.checked_add(v))
                .ok_or_else(|| SpanError::TooLong(text.to_string()))?;
        }
        if !digits.is_empty() {
            return Err(malformed());
        }
        if total > MAX_SPAN_MINUTES {
            return Err(SpanError::TooLong(text.to_string()));
        }
        Ok(Span { minutes: total })
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.minutes;
        if m == 0 {
            return f.write_str("0h");
        }
        let week = 7 * 24 * 60;
        if m % week == 0 {
            return write!(f, "{}w", m / week);
        }
        let (d, rest) = (m / (24 * 60), m % (24 * 60));
        let (h, min) = (rest / 60, rest % 60);
        // Whole hours under three days read better as hours ("48h"), as clinic sheets write them.
        if min == 0 && d < 3 {
            return write!(f, "{}h", m / 60);
        }
        if d > 0 {
            write!(f, "{d}d")?;
        }
        if h > 0 {
            write!(f, "{h}h")?;
        }
        if min > 0 {
            write!(f, "{min}m")?;
        }
        Ok(())
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_unit_and_combinations() {
        assert_eq!("30m".parse::<Span>().unwrap(), Span::minutes(30));
        assert_eq!("24h".parse::<Span>().unwrap(), Span::hours(24));
        assert_eq!("5d".parse::<Span>().unwrap(), Span::days(5));
        assert_eq!("2w".parse::<Span>().unwrap(), Span::weeks(2));
        assert_eq!("1d12h".parse::<Span>().unwrap(), Span::hours(36));
        assert_eq!("0".parse::<Span>().unwrap(), Span::ZERO);
    }

    #[test]
    fn refuses_malformed_negative_month_and_absurd() {
        for bad in ["", "-5d", "5", "d", "12h1d", "5x", "6mo", "1d1d", "5 d"] {
            assert!(
                matches!(bad.parse::<Span>(), Err(SpanError::Malformed(_))),
                "{bad:?}"
            );
        }
        for long in ["200w", "99999999d", "731d"] {
            assert!(
                matches!(long.parse::<Span>(), Err(SpanError::TooLong(_))),
                "{long:?}"
            );
        }
        assert!("104w".parse::<Span>().is_ok());
    }

    #[test]
    fn display_round_trips() {
        for text in ["30m", "4h", "48h", "5d", "2w", "3d12h", "1h30m", "0h"] {
            let span: Span = text.parse().unwrap();
            assert_eq!(span.to_string(), text);
            assert_eq!(span.to_string().parse::<Span>().unwrap(), span);
        }
    }
}
