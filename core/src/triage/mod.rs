//! Triage: judging the symptom log against the protocol's red flags.
//!
//! [`assess`] is pure: it reads a plan, the session's symptom entries and "now", and says how
//! soon the provider should hear about what was logged, with the rules and entries behind it.
//! It never diagnoses; it only points at the protocol's own signs. [`AssessmentView`] puts an
//! assessment into words for a person.

mod assess;
mod view;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::protocol::Level;
use crate::reminder::Watch;

pub use assess::assess;
pub use view::{AssessmentView, ReasonEntryView, ReasonView};

/// How recent an entry must be to raise a watch reason: older ones have had their check-ins.
pub const WATCH_LOOKBACK: TimeDelta = TimeDelta::hours(72);
/// How long daily check-ins stay open after an assessment at watch level or above.
pub const WATCH_FOR: TimeDelta = TimeDelta::hours(48);
/// The severity from which an expected symptom is worth watching.
pub const STRONG_SEVERITY: u8 = 6;

/// The patient's record that they contacted their provider about a red flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct ProviderContact {
    /// Its id in the journal.
    pub id: i64,
    /// The session whose flag it answers.
    pub session_id: i64,
    /// The red-flag rule it was about; `None` means every flag raised by then.
    pub rule_id: Option<String>,
    /// When the patient reached their provider.
    pub contacted_at: DateTime<Utc>,
    /// Free text (what the provider said); may be empty.
    pub note: String,
}

/// How soon the provider should hear about the log, from nothing to now.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum TriageLevel {
    /// Everything logged fits normal healing.
    #[default]
    Normal,
    /// Something to keep logging daily; no red flag.
    Watch,
    /// A red flag: contact the provider soon.
    ContactProvider,
    /// A red flag: contact the provider now.
    Urgent,
}

impl TriageLevel {
    /// Every level, lowest first.
    pub const ALL: [TriageLevel; 4] = [
        TriageLevel::Normal,
        TriageLevel::Watch,
        TriageLevel::ContactProvider,
        TriageLevel::Urgent,
    ];

    /// The stable snake_case code used in JSON and text keys.
    pub fn code(self) -> &'static str {
        match self {
            TriageLevel::Normal => "normal",
            TriageLevel::Watch => "watch",
            TriageLevel::ContactProvider => "contact_provider",
            TriageLevel::Urgent => "urgent",
        }
    }
}

impl From<Level> for TriageLevel {
    fn from(level: Level) -> TriageLevel {
        match level {
            Level::ContactProvider => TriageLevel::ContactProvider,
            Level::Urgent => TriageLevel::Urgent,
        }
    }
}

/// What kind of finding a reason is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// A red flag of the protocol was raised.
    RedFlag,
    /// A symptom no expected-symptom rule covers at the time it was observed.
    Unexpected,
    /// An expected symptom at severity [`STRONG_SEVERITY`] or more.
    StrongExpected,
}

/// One finding behind an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// The red-flag rule raised; `None` for watch reasons.
    pub rule_id: Option<String>,
    /// How soon the provider should hear about it.
    pub level: TriageLevel,
    /// The entries behind it, in the order they were observed.
    pub entry_ids: Vec<i64>,
    /// What kind of finding it is.
    pub kind: ReasonKind,
}

/// The triage of a symptom log at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Assessment {
    /// The highest level of any reason; `Normal` when there are none.
    pub level: TriageLevel,
    /// Findings, most urgent first, then by rule id, then in the order entries were observed.
    pub reasons: Vec<Reason>,
    /// Until when daily check-ins should stay open (level `Watch` or above).
    pub watch_until: Option<DateTime<Utc>>,
}

impl Assessment {
    /// The check-in stretch the reminders should open for this assessment, if any.
    ///
    /// Check-ins may break through quiet hours only for an urgent assessment: a contact-provider
    /// sign can wait for the morning, an urgent one should not.
    pub fn watch(&self) -> Option<Watch> {
        self.watch_until.map(|until| Watch {
            from: until - WATCH_FOR,
            until,
            urgent: self.level == TriageLevel::Urgent,
        })
    }
}
