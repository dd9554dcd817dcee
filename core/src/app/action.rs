//! Everything a shell can tell the app: what the patient did, and what became of an effect.

use chrono::{DateTime, Utc};

use super::backup_flow::BackupAction;
use super::effect::{EffectKind, FilePurpose, LaunchOutcome};
use super::field::Field;
use super::first_run::FirstRunAction;
use super::history::HistoryAction;
use super::log::LogAction;
use super::notice::NoticeAction;
use super::report::ReportAction;
use super::sessions::SessionsAction;
use super::settings::SettingsAction;
use super::timeline::TimelineAction;
use super::today::TodayAction;
use super::triage::TriageAction;
use crate::journal::PermissionState;

/// A place the navigation bar or a command can lead to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Destination {
    /// Today, the home screen.
    Today,
    /// "How do you feel?": a new log entry.
    Log,
    /// The recovery timeline of the current session.
    Timeline,
    /// Sessions and the series.
    Sessions,
    /// Entries by day.
    History,
    /// A report for the clinic.
    Report,
    /// Settings.
    Settings,
}

/// Something that happened: the patient pressed, typed or chose something, or the platform
/// reports the outcome of an effect. Commands and choices in the screen models carry the exact
/// action to dispatch.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AppAction {
    /// Back (system back, or the up arrow): closes a dialog, else leaves the screen.
    Back,
    /// Go to a place (navigation bar, "How do you feel?").
    Navigate {
        /// Where.
        destination: Destination,
    },
    /// A deep link, e.g. from a notification: `aftercare://log?session=…`.
    OpenLink {
        /// The link.
        url: String,
    },
    /// Confirms the pending dialog.
    Confirm,
    /// Dismisses the pending dialog.
    Cancel,
    /// A text input changed.
    EditText {
        /// Which input.
        field: Field,
        /// Its whole new text.
        text: String,
    },
    /// A date-and-time input changed.
    EditTime {
        /// Which input.
        field: Field,
        /// The chosen instant.
        at: DateTime<Utc>,
    },
    /// On the first-run steps.
    FirstRun {
        /// What.
        action: FirstRunAction,
    },
    /// On Today.
    Today {
        /// What.
        action: TodayAction,
    },
    /// On the log form.
    Log {
        /// What.
        action: LogAction,
    },
    /// On the triage result.
    Triage {
        /// What.
        action: TriageAction,
    },
    /// On the timeline.
    Timeline {
        /// What.
        action: TimelineAction,
    },
    /// On sessions.
    Sessions {
        /// What.
        action: SessionsAction,
    },
    /// On the history.
    History {
        /// What.
        action: HistoryAction,
    },
    /// On the report form.
    Report {
        /// What.
        action: ReportAction,
    },
    /// On settings.
    Settings {
        /// What.
        action: SettingsAction,
    },
    /// In the backup or restore flow (drawn in Settings or the first run).
    Backup {
        /// What.
        action: BackupAction,
    },
    /// On a notice.
    Notice {
        /// What.
        action: NoticeAction,
    },
    /// The app came to the foreground (also right after opening): the reminders are synced.
    Resumed,
    /// The app went to the background (iOS: the scene phase became `background`; Android:
    /// `onStop`). The forms not yet saved and the screens open are kept in the journal, so that
    /// the app comes back to them if the system ends the process before the patient returns.
    Backgrounded,
    /// The scheduled background refresh ran (`Effect::ScheduleRefresh`).
    BackgroundRefresh,
    /// What the phone says about the permissions, checked at launch and on resume.
    PermissionsChecked {
        /// Notifications.
        notifications: PermissionState,
        /// Exact alarms (Android 12+); `NotNeeded` elsewhere.
        exact_alarms: PermissionState,
    },
    /// The reminders the phone holds now (iOS: pending requests; Android: the alarms the shell
    /// recorded, none after a reboot), and how many it can hold.
    RemindersHeld {
        /// Their OS identifiers.
        os_ids: Vec<String>,
        /// How many reminders the phone can hold (iOS: 64).
        limit: u32,
    },
    /// `Effect::SyncReminders` was carried out.
    RemindersSynced,
    /// The answer to `Effect::RequestNotificationPermission`.
    NotificationPermission {
        /// Whether notifications are allowed now.
        granted: bool,
    },
    /// The patient picked a file for `Effect::PickFile`; the shell copied it into the app's
    /// private storage at `path`.
    FilePicked {
        /// What it was picked for.
        purpose: FilePurpose,
        /// Where the copy is.
        path: String,
    },
    /// The patient closed the picker without choosing.
    FileNotPicked {
        /// What it was for.
        purpose: FilePurpose,
    },
    /// What became of an effect that opens something (dialer, mail, share sheet, settings) or
    /// schedules the background refresh.
    Launched {
        /// Which effect.
        effect: EffectKind,
        /// What became of it.
        outcome: LaunchOutcome,
    },
}
