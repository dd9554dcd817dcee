//! Records that exist only for the bindings: inputs and summaries whose core types hold
//! things foreign languages cannot (time zones, protocol references).

use chrono::{DateTime, Utc};

use crate::journal::{Logged, SessionRecord, SessionStatus};
use crate::protocol::Protocol;
use crate::reminder::{Category, Reminder};
use crate::report::ReportFormat;
use crate::symptom::SymptomEntry;
use crate::text::Locale;
use crate::triage::AssessmentView;
use crate::view::{PlanView, SeriesView, StatusView};

/// A recorded session.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Session {
    /// Its id.
    pub id: i64,
    /// The protocol's id.
    pub protocol_id: String,
    /// The exact protocol version it was planned with.
    pub protocol_version: u32,
    /// Planned or done.
    pub status: SessionStatus,
    /// The appointment, if known.
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ended, if done.
    pub ended_at: Option<DateTime<Utc>>,
    /// The patient's IANA zone for it.
    pub zone: String,
    /// Its number among done sessions of the protocol (0 if planned).
    pub number: u32,
}

impl From<&SessionRecord> for Session {
    fn from(record: &SessionRecord) -> Session {
        Session {
            id: record.id,
            protocol_id: record.protocol.id.clone(),
            protocol_version: record.protocol.version,
            status: record.status,
            starts_at: record.starts_at,
            ended_at: record.ended_at,
            zone: record.zone.name().to_string(),
            number: record.number,
        }
    }
}

/// A session to record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NewSessionInput {
    /// The protocol's id (see `protocols`).
    pub protocol_id: String,
    /// Its version; the newest if absent.
    pub protocol_version: Option<u32>,
    /// Planned or done.
    pub status: SessionStatus,
    /// The appointment (required when planned).
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ended (required when done).
    pub ended_at: Option<DateTime<Utc>>,
    /// The patient's IANA zone, e.g. `Europe/Berlin`.
    pub zone: String,
}

/// A protocol in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProtocolSummary {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: u32,
    /// Display name in the requested locale.
    pub name: String,
    /// Whether it ships with the app.
    pub builtin: bool,
    /// The protocol it extends, as `id vN`.
    pub based_on: Option<String>,
    /// How many rules it has.
    pub rules: u32,
}

impl ProtocolSummary {
    /// The summary of a protocol in `locale`.
    pub(crate) fn new(protocol: &Protocol, locale: Locale) -> ProtocolSummary {
        ProtocolSummary {
            id: protocol.id.clone(),
            version: protocol.version,
            name: protocol.display_name(locale),
            builtin: protocol.builtin,
            based_on: protocol.based_on.as_ref().map(|r| r.to_string()),
            rules: u32::try_from(protocol.rules.len()).unwrap_or(u32::MAX),
        }
    }
}

/// The patient's settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Settings {
    /// IANA zone, e.g. `Europe/Berlin`.
    pub zone: String,
    /// Wake time, `HH:MM` (morning routines).
    pub wake_time: String,
    /// Evening check-in time, `HH:MM`.
    pub check_in_time: String,
    /// Quiet hours start, `HH:MM` (both or neither).
    pub quiet_hours_start: Option<String>,
    /// Quiet hours end, `HH:MM`.
    pub quiet_hours_end: Option<String>,
    /// Language.
    pub locale: Locale,
    /// Reminder categories that are on.
    pub categories: Vec<Category>,
}

/// What opening had to set aside: a damaged journal, files beside it that were not its own.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RecoveryNotice {
    /// Where the damaged files were moved (never deleted); empty when the journal was sound.
    pub moved_to: Vec<String>,
    /// Where files beside the journal that were not its own (another journal's WAL, a link at
    /// a companion's name) were set aside, never used; the journal itself is unchanged.
    pub foreign_files: Vec<String>,
}

/// A session's whole timeline, its status now and the series.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Timeline {
    /// The plan: phases, milestones, preparation, red flags.
    pub plan: PlanView,
    /// Where the patient is now.
    pub status: StatusView,
    /// Series progress, for protocols with a series.
    pub series: Option<SeriesView>,
}

/// What a shell must do to mirror the reminders into the OS.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderSync {
    /// OS identifiers to cancel.
    pub cancel: Vec<String>,
    /// Reminders to schedule, with `os_id` as the OS identifier.
    pub schedule: Vec<Reminder>,
    /// Sync again no later than this.
    pub refresh_at: DateTime<Utc>,
}

/// What the patient did with a reminder.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ReminderResponse {
    /// Done: it never comes back.
    Done,
    /// Dismissed: it never comes back.
    Dismiss,
    /// Snoozed: it comes back once, at `until` (at most 7 days ahead).
    Snooze {
        /// When it comes back.
        until: DateTime<Utc>,
    },
}

/// What to put in a report for the provider.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportInput {
    /// HTML (printable, turn it into a PDF natively), CSV, FHIR R4 JSON or iCalendar.
    pub format: ReportFormat,
    /// First local day to include, `YYYY-MM-DD`; from the beginning if absent.
    pub from: Option<String>,
    /// Last local day to include, `YYYY-MM-DD`; up to the end if absent.
    pub to: Option<String>,
    /// Only this session.
    pub session_id: Option<i64>,
    /// Embed photos (HTML and FHIR), read from the paths the journal recorded.
    pub include_photos: bool,
    /// The patient's name as they want it shown; no name if absent.
    pub patient_name: Option<String>,
    /// The zone local days and times are written in.
    pub zone: String,
    /// Language (default: the settings').
    pub locale: Option<Locale>,
}

/// A report, ready to share or print.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Report {
    /// The file's content.
    pub content: String,
    /// Its media type, e.g. `application/fhir+json`.
    pub media_type: String,
    /// The usual file extension, without the dot.
    pub extension: String,
}

/// What logging answered: the stored entries and what the log says now.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LoggedSymptoms {
    /// The stored entries, once durable.
    pub entries: Vec<SymptomEntry>,
    /// The session's assessment with them (none for a booked session).
    pub assessment: Option<AssessmentView>,
    /// Whether they raised it to a call to contact the provider: show the call to action.
    pub raised: bool,
}

impl LoggedSymptoms {
    /// The answer to logging (or editing), in `locale` with local times in `zone`.
    pub(crate) fn new(logged: &Logged, locale: Locale, zone: chrono_tz::Tz) -> LoggedSymptoms {
        LoggedSymptoms {
            entries: logged.entries.clone(),
            assessment: logged.after.as_ref().map(|a| a.view(locale, zone)),
            raised: logged.raised(),
        }
    }
}

/// A reminder category in words, for the platform's own lists (Android notification channels,
/// iOS notification categories).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderCategoryView {
    /// The category.
    pub category: Category,
    /// Its name ("Check-in").
    pub label: String,
    /// One sentence on what it reminds of.
    pub description: String,
}
