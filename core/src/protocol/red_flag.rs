//! Red flags: signs in the symptom log that mean the patient should contact their provider.

use serde::{Deserialize, Serialize};

use crate::symptom::{BodyArea, SymptomKind};

/// How soon the provider needs to hear about a sign.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Contact the provider soon (same or next working day).
    ContactProvider,
    /// Contact the provider now; emergency services in an emergency.
    Urgent,
}

/// Which course of the logged symptoms raises the flag, judged inside the rule's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pattern {
    /// Any entry inside the window at or above the minimum severity.
    Present,
    /// A meaningful rise: an entry inside the window at or above the minimum severity and at
    /// least `rise_by` points above the lowest earlier entry of the same symptom (since the
    /// session ended, or since the last episode resolved). A rise after improvement counts.
    Worsening,
}

/// Which sessions' windows a flag is judged against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Only the session the entry belongs to (the latest one), e.g. redness still there after
    /// five days: a new session starts that clock again.
    #[default]
    LatestSession,
    /// Every earlier session whose window covers the entry too, for late complications such
    /// as firm bumps weeks after any session of a series.
    EverySession,
}

/// The default lowest severity of a worsening flag: a rise must reach a moderate level.
pub const WORSENING_MIN_SEVERITY: u8 = 4;
/// The default rise, in points, that makes a worsening flag: 1 → 2 is noise, not a trend.
pub const WORSENING_RISE_BY: u8 = 2;

/// A red-flag sign: which symptoms, how severe, where and in which course.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RedFlag {
    /// How urgent the sign is.
    pub level: Level,
    /// Which course raises it.
    pub pattern: Pattern,
    /// The symptoms it watches.
    pub symptoms: Vec<SymptomKind>,
    /// The lowest severity (1–10) that counts.
    pub min_severity: u8,
    /// Only entries in these areas count; empty means anywhere.
    pub areas: Vec<BodyArea>,
    /// Worsening only: how many points above the lowest earlier entry make a rise.
    pub rise_by: u8,
    /// Which sessions' windows count.
    pub scope: Scope,
}
