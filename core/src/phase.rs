//! The phases of recovery, each with what is normal in it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A stretch of recovery a patient recognises.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// The first 6 hours.
    FirstHours,
    /// The rest of the first 24 hours.
    #[serde(rename = "day_1")]
    Day1,
    /// 24 to 48 hours.
    #[serde(rename = "day_2")]
    Day2,
    /// 48 hours to 7 days.
    #[serde(rename = "week_1")]
    Week1,
    /// From day 7 until the next session (or the end of the plan).
    UntilNextSession,
}

impl PhaseKind {
    /// Every phase in order with the elapsed offset it starts at.
    pub const ALL: [(PhaseKind, Span); 5] = [
        (PhaseKind::FirstHours, Span::ZERO),
        (PhaseKind::Day1, Span::hours(6)),
        (PhaseKind::Day2, Span::hours(24)),
        (PhaseKind::Week1, Span::hours(48)),
        (PhaseKind::UntilNextSession, Span::days(7)),
    ];

    /// The stable code used in JSON and text keys.
    pub fn code(self) -> &'static str {
        match self {
            PhaseKind::FirstHours => "first_hours",
            PhaseKind::Day1 => "day_1",
            PhaseKind::Day2 => "day_2",
            PhaseKind::Week1 => "week_1",
            PhaseKind::UntilNextSession => "until_next_session",
        }
    }
}

/// One phase of a plan, with the rules that are in force during it (indices into the plan's items).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    /// Which phase.
    pub kind: PhaseKind,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// When it ends.
    pub ends_at: DateTime<Utc>,
    /// Expected symptoms whose window overlaps the phase.
    pub expected: Vec<usize>,
    /// Restrictions in force at some point during the phase.
    pub restrictions: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_are_the_codes() {
        for (kind, _) in PhaseKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
        }
    }
}
