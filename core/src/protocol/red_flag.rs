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
    /// An entry inside the window more severe than every earlier entry of the same symptom
    /// since the session ended (at least one earlier entry is needed).
    Worsening,
}

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
}
