//! Aftercare core: protocols, the recovery timeline, reminders, the symptom journal, triage and
//! reports for people recovering from in-clinic skin treatments.
//!
//! The core is pure and deterministic: callers pass "now" and the time zone; nothing here reads
//! the clock or the network. Patient-facing text comes from [`text`] in English and Spanish.

pub mod app;
pub mod catalog;
pub mod ffi;
pub mod input_file;
pub mod journal;
pub mod local_time;
pub mod phase;
pub mod plan;
pub mod preparation;
pub mod protocol;
pub mod region;
pub mod reminder;
pub mod report;
pub mod series;
pub mod session;
pub mod settings;
pub mod span;
pub mod status;
pub mod symptom;
pub mod text;
pub mod triage;
pub mod view;
pub mod zones;

uniffi::setup_scaffolding!();

/// Instants cross the FFI as the platform's timestamp (`java.time.Instant`, `Date`).
pub type Timestamp = chrono::DateTime<chrono::Utc>;
uniffi::custom_type!(Timestamp, std::time::SystemTime, { remote });

pub use catalog::Catalog;
pub use ffi::{AftercareApp, AftercareCompanion, AftercareError};
pub use phase::{Phase, PhaseKind};
pub use plan::{Milestone, MilestoneKind, PlanError, PlanItem, PlanOptions, RecoveryPlan};
pub use preparation::{PreparationStep, preparation};
pub use protocol::{Protocol, ProtocolError, ProtocolRef, Rule, RuleKind, Window};
pub use reminder::{Category, Pending, Reminder, ReminderLedger, SyncPlan, Watch, pending};
pub use series::{NextSessionWindow, SeriesProgress, series_progress};
pub use session::{DayTimes, TreatmentSession};
pub use settings::{PatientSettings, QuietHours};
pub use span::Span;
pub use status::{RecoveryStatus, status_at};
pub use symptom::{
    BodyArea, NewSymptom, SymptomEntry, SymptomError, SymptomKind, Temperature, TemperatureUnit,
};
pub use text::Locale;
pub use triage::{
    Assessment, Episode, FlagStatus, ProviderContact, Reason, ReasonKind, TriageLevel, assess,
};
