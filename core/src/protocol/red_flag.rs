//! Red flags: signs in the symptom log that mean the patient should contact their provider.

use serde::{Deserialize, Serialize};

use crate::span::Span;
use crate::symptom::{BodyArea, SymptomKind, Temperature};

/// How soon the provider needs to hear about a sign.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Contact the provider soon (same or next working day).
    ContactProvider,
    /// Contact the provider now; when they cannot be reached, urgent care.
    Urgent,
    /// Call emergency services now (the local emergency number).
    Emergency,
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

/// How far apart in time a companion sign (`with`) may be logged and still count together.
pub const WITH_WITHIN: chrono::TimeDelta = chrono::TimeDelta::hours(24);

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
    /// Only entries the plan does not expect at the time they were observed (no expected-symptom
    /// window covers them, or they are above its `max_severity`) count: swelling that builds
    /// inside its usual window is the normal course, the same rise after it is not.
    pub only_unexpected: bool,
    /// Companion signs: when not empty, an entry counts only if one of these symptoms, at
    /// `with_min_severity` or more, was logged within [`WITH_WITHIN`] of it (swelling with
    /// hives; feeling faint with hives).
    pub with: Vec<SymptomKind>,
    /// The lowest severity of a companion sign.
    pub with_min_severity: u8,
    /// How long the sign must stay low before the flag settles: `None`, one low entry settles
    /// it; `Some(span)`, it settles only with low entries at least `span` apart and nothing
    /// raising it between them (infection signs: a fever masked by paracetamol for a few hours
    /// is still a fever).
    pub clears_after: Option<Span>,
    /// A measured temperature at or above this raises the flag, whatever the severity or the
    /// yes/no answer (a measured fever).
    pub min_temperature: Option<Temperature>,
}
