//! What only the platform can do. The app asks; the shell carries it out and reports the
//! outcome back as an [`AppAction`](super::action::AppAction).

use chrono::{DateTime, Utc};

use super::glance::GlanceTimeline;
use crate::reminder::Reminder;

/// Which system settings page to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum SystemPage {
    /// This app's notification settings.
    Notifications,
    /// Android 12+: "Alarms & reminders" for this app (exact alarms).
    ExactAlarms,
}

/// What a file is picked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum FilePurpose {
    /// A clinic's protocol file (JSON) to import.
    ClinicProtocol,
    /// A backup to restore.
    Backup,
    /// A photo of the treated skin for the log.
    Photo,
}

impl FilePurpose {
    /// The media types the picker should offer.
    pub fn media_types(self) -> Vec<String> {
        let types: &[&str] = match self {
            FilePurpose::ClinicProtocol => &["application/json", "text/plain"],
            // Backups travel through mail and cloud drives, which rarely keep a precise type.
            FilePurpose::Backup => &["application/vnd.sqlite3", "application/octet-stream"],
            FilePurpose::Photo => &["image/jpeg", "image/png"],
        };
        types.iter().map(|t| t.to_string()).collect()
    }
}

/// Where a file to share comes from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum FileSource {
    /// Bytes to write to a shareable file first (a report).
    Bytes {
        /// The content.
        bytes: Vec<u8>,
    },
    /// A file the core already wrote in the share folder (a backup).
    Path {
        /// Its path.
        path: String,
    },
}

/// A file to hand to the share sheet.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SharedFile {
    /// Its content.
    pub source: FileSource,
    /// Its media type, e.g. `text/html; charset=utf-8`.
    pub media_type: String,
    /// The file name to offer: a kind and a date, never health data.
    pub file_name: String,
    /// The share sheet's title.
    pub title: String,
}

/// Which effect an outcome is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum EffectKind {
    /// `Effect::ScheduleRefresh`.
    ScheduleRefresh,
    /// `Effect::OpenSystemSettings`.
    OpenSystemSettings,
    /// `Effect::Dial`.
    Dial,
    /// `Effect::Email`.
    Email,
    /// `Effect::ShareFile`.
    ShareFile,
}

/// What became of an effect that opens or schedules something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum LaunchOutcome {
    /// It was opened or scheduled.
    Done,
    /// No app on the phone can do it (no dialer on a tablet, no mail app).
    NoApp,
    /// It failed for another reason.
    Failed,
}

/// Something only the platform can do.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Effect {
    /// Mirror the reminders into the OS: cancel `cancel` first, then schedule `schedule` (each
    /// under its `os_id`). Report `AppAction::RemindersSynced`.
    SyncReminders {
        /// OS identifiers to cancel.
        cancel: Vec<String>,
        /// Reminders to schedule.
        schedule: Vec<Reminder>,
        /// Show only `lock_screen_title`/`lock_screen_body` on a locked screen (Android: a
        /// private notification with that public version; iOS: use them as the content).
        discreet: bool,
    },
    /// Run the app in the background at (or soon after) `at` and dispatch
    /// `AppAction::BackgroundRefresh`, replacing any earlier request.
    ScheduleRefresh {
        /// When.
        at: DateTime<Utc>,
    },
    /// Ask for permission to show notifications (Android 13+, iOS); answer with
    /// `AppAction::NotificationPermission`.
    RequestNotificationPermission,
    /// Open a system settings page.
    OpenSystemSettings {
        /// Which.
        page: SystemPage,
    },
    /// Open the dialer with the clinic's number (the patient still presses call).
    Dial {
        /// A `tel:` URI.
        uri: String,
    },
    /// Open a new e-mail to the clinic.
    Email {
        /// A `mailto:` URI with the subject.
        uri: String,
        /// The address.
        address: String,
        /// The subject (never health data).
        subject: String,
    },
    /// Open the share sheet for a file.
    ShareFile {
        /// The file.
        file: SharedFile,
    },
    /// Open the system file picker; answer with `AppAction::FilePicked` or `FileNotPicked`.
    PickFile {
        /// What it is for.
        purpose: FilePurpose,
        /// The media types to offer.
        media_types: Vec<String>,
    },
    /// The glance changed: write `timeline` where the widgets read it (unless it continues
    /// what was last written) and reload them. Handed over whenever it changed since the last
    /// (the first time in each process, and after a background refresh that found it changed);
    /// no outcome to report.
    UpdateGlance {
        /// The glance at every instant it changes, for the next days.
        timeline: GlanceTimeline,
    },
}
