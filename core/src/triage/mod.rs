//! Triage: judging the symptom log against the protocol's red flags.
//!
//! [`assess`] is pure: it reads a plan, the session's symptom entries and "now", and says how
//! soon the provider should hear about what was logged, with the rules and entries behind it.
//! It never diagnoses; it only points at the protocol's own signs. [`AssessmentView`] puts an
//! assessment into words for a person.

mod assess;
mod changes;
mod check_in;
mod episode;
mod view;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::protocol::Level;
use crate::reminder::Watch;
use crate::symptom::SymptomKind;

pub use assess::{EarlierSession, TriageInput, assess, assess_with};
pub use check_in::CheckIn;
pub use view::{AssessmentView, EpisodeView, ReasonEntryView, ReasonView};

/// How recent an entry must be to raise a watch reason: older ones have had their check-ins.
pub const WATCH_LOOKBACK: TimeDelta = TimeDelta::hours(72);
/// How long a red flag counts at its own level after its latest raising entry, unless a later
/// entry resolves it. Older evidence steps down to "earlier" (a watch): a fever logged on day 2
/// must not still say "contact your provider now" on day 30.
pub const FLAG_ACTIVE_FOR: TimeDelta = TimeDelta::hours(72);
/// How long an earlier or contacted flag stays among the current reasons (as a watch) after its
/// latest evidence or contact; after that it is history (the report keeps it).
pub const FLAG_LISTED_FOR: TimeDelta = TimeDelta::days(7);
/// How much lower (in points) a later entry must be to resolve a flag when it is not 0.
pub const RESOLVE_DROP: u8 = 2;
/// Entries dated up to this far past "now" (clock skew the journal accepts) count at once.
pub const CLOCK_SLACK: TimeDelta = TimeDelta::minutes(10);
/// Entries dated up to this long before the recorded end of the session are judged as observed
/// at the end. The end is typed or rounded (marking a session done defaults to "now", which may
/// be on the way home), and a session lasts 30–60 minutes (S1): an entry within the hour before
/// the recorded end was noticed during the session or just after it, never days before.
pub const END_TOLERANCE: TimeDelta = TimeDelta::minutes(60);
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
    /// A red flag: contact the provider now (out of hours: urgent care).
    Urgent,
    /// A sign of an emergency: call emergency services now.
    Emergency,
}

impl TriageLevel {
    /// Every level, lowest first.
    pub const ALL: [TriageLevel; 5] = [
        TriageLevel::Normal,
        TriageLevel::Watch,
        TriageLevel::ContactProvider,
        TriageLevel::Urgent,
        TriageLevel::Emergency,
    ];

    /// The stable snake_case code used in JSON and text keys.
    pub fn code(self) -> &'static str {
        match self {
            TriageLevel::Normal => "normal",
            TriageLevel::Watch => "watch",
            TriageLevel::ContactProvider => "contact_provider",
            TriageLevel::Urgent => "urgent",
            TriageLevel::Emergency => "emergency",
        }
    }
}

impl From<Level> for TriageLevel {
    fn from(level: Level) -> TriageLevel {
        match level {
            Level::ContactProvider => TriageLevel::ContactProvider,
            Level::Urgent => TriageLevel::Urgent,
            Level::Emergency => TriageLevel::Emergency,
        }
    }
}

/// What kind of finding a reason is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// A red flag of the protocol was raised.
    RedFlag,
    /// A symptom no expected-symptom rule covers at the time it was observed (or above the
    /// severity the rule expects).
    Unexpected,
    /// An expected symptom at severity [`STRONG_SEVERITY`] or more.
    StrongExpected,
}

/// Where a red flag stands at the moment of the assessment.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum FlagStatus {
    /// No longer a sign: a later entry of the symptom was 0 or clearly lower.
    Resolved,
    /// Its evidence is older than [`FLAG_LISTED_FOR`]: kept in the history and the report only.
    Past,
    /// Its evidence is older than [`FLAG_ACTIVE_FOR`]: "you reported it on …; if it comes back,
    /// contact your provider". Counts as a watch.
    Earlier,
    /// The patient recorded that they contacted their provider after its evidence; nothing new
    /// or worse since. Counts as a watch.
    Contacted,
    /// Raised and current: it counts at the flag's own level.
    Active,
}

/// One red-flag episode: a stretch of entries of one symptom that raised a flag, from the first
/// entry that raised it to the entry that resolved it (if any).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Episode {
    /// The red-flag rule.
    pub rule_id: String,
    /// The flag's own level.
    pub flag_level: TriageLevel,
    /// The symptom.
    pub symptom: SymptomKind,
    /// The entries that raised or sustained it, in observation order (for a rise, the low
    /// point it rose from comes first).
    pub entry_ids: Vec<i64>,
    /// When the first entry that raised it was observed.
    pub started_at: DateTime<Utc>,
    /// When its latest raising entry was observed.
    pub last_evidence_at: DateTime<Utc>,
    /// Its highest severity.
    pub peak: u8,
    /// The entry that resolved it, if one did.
    pub resolved_by: Option<i64>,
    /// When that entry was observed.
    pub resolved_at: Option<DateTime<Utc>>,
    /// The provider contact that covers it, if the patient recorded one.
    pub contacted_at: Option<DateTime<Utc>>,
    /// Where it stands now.
    pub status: FlagStatus,
}

/// One finding behind an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// The red-flag rule raised; `None` for watch reasons.
    pub rule_id: Option<String>,
    /// How much it counts now: the flag's level while active, `Watch` once contacted or earlier.
    pub level: TriageLevel,
    /// The entries behind it, in the order they were observed.
    pub entry_ids: Vec<i64>,
    /// What kind of finding it is.
    pub kind: ReasonKind,
    /// For red flags, where it stands; `Active` for watch reasons.
    pub status: FlagStatus,
    /// The flag's own level (equal to `level` for watch reasons and active flags).
    pub flag_level: TriageLevel,
    /// When the first entry behind it was observed.
    pub since: DateTime<Utc>,
    /// When the patient contacted their provider about it, for status `Contacted`.
    pub contacted_at: Option<DateTime<Utc>>,
}

/// Why an entry of the session was not assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum NotAssessedWhy {
    /// It was observed before the session ended: the recovery rules start at the end.
    BeforeSessionEnded,
}

/// An entry the assessment left out, and why: never silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotAssessed {
    /// The entry.
    pub entry_id: i64,
    /// Why.
    pub why: NotAssessedWhy,
}

/// The triage of a symptom log at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Assessment {
    /// The highest level of any reason; `Normal` when there are none.
    pub level: TriageLevel,
    /// Current findings (active, contacted or earlier flags; watch reasons), most urgent
    /// first, then by rule id, then in the order entries were observed.
    pub reasons: Vec<Reason>,
    /// Every red-flag episode so far, resolved and past ones included, by start.
    pub episodes: Vec<Episode>,
    /// Entries of the session that were not assessed, and why.
    pub not_assessed: Vec<NotAssessed>,
    /// Until when daily check-ins should stay open (level `Watch` or above).
    pub watch_until: Option<DateTime<Utc>>,
    /// The latest "All fine today" check-in counted (a day with nothing worse), if any; see
    /// [`Assessment::count_check_ins`].
    #[serde(default)]
    pub checked_in: Option<DateTime<Utc>>,
}

impl Assessment {
    /// Whether an active flag at contact-provider level or above asks the patient to act.
    pub fn calls_for_contact(&self) -> bool {
        self.level >= TriageLevel::ContactProvider
    }

    /// Rule ids of the active red flags.
    pub fn active_flags(&self) -> impl Iterator<Item = &str> {
        self.reasons
            .iter()
            .filter(|r| r.kind == ReasonKind::RedFlag && r.status == FlagStatus::Active)
            .filter_map(|r| r.rule_id.as_deref())
    }

    /// Whether `after` (the assessment once something was logged) asks for contact where this
    /// one did not: a higher level, or an active flag at contact level or above that was not
    /// active before.
    pub fn raised_by(&self, after: &Assessment) -> bool {
        if !after.calls_for_contact() {
            return false;
        }
        after.level > self.level
            || after
                .reasons
                .iter()
                .filter(|r| {
                    r.status == FlagStatus::Active && r.level >= TriageLevel::ContactProvider
                })
                .filter_map(|r| r.rule_id.as_deref())
                .any(|id| !self.active_flags().any(|before| before == id))
    }
}

impl Assessment {
    /// The check-in stretch the reminders should open for this assessment, if any.
    ///
    /// Check-ins may break through quiet hours only for an urgent (or emergency) assessment: a
    /// contact-provider sign can wait for the morning, an urgent one should not.
    pub fn watch(&self) -> Option<Watch> {
        // Only an active urgent flag is urgent: contacted and earlier ones count as a watch.
        self.watch_until.map(|until| Watch {
            from: until - WATCH_FOR,
            until,
            urgent: self.level >= TriageLevel::Urgent,
        })
    }
}
