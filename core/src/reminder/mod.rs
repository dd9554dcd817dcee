//! Reminders: every notification the shells hand to the OS, decided here.
//!
//! The core lists occurrences (SPF every morning, check-ins, "you can wear makeup again",
//! preparation steps, booking and maintenance), moves them out of quiet hours, picks the ones
//! a shell can hold ([`pending`]) and tells the shell exactly what to cancel and schedule
//! ([`ReminderLedger::sync`]). See `core/docs/reminders.md`.

mod completed;
mod id;
mod ledger;
mod occurrence;
mod pending;
mod render;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use completed::Completed;
pub use id::session_key;
pub use ledger::{ReminderAction, ReminderError, ReminderLedger, ReminderStatus, SyncPlan};
pub use occurrence::Watch;
pub use occurrence::routine_reminder_id;
pub use pending::{
    HORIZON, MAX_SNOOZE, Pending, REFRESH_LEAD, SNOOZE, pending, pending_with, upcoming,
};

/// What a reminder is about; each can be switched off in settings.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Preparation steps before a booked session.
    Preparation,
    /// A restriction lifts ("you can wear makeup again").
    Lifted,
    /// The next session of the series can be booked.
    Booking,
    /// A maintenance session is due.
    Maintenance,
    /// The daily symptom check-in.
    CheckIn,
    /// One-off care steps (first gentle wash).
    Care,
    /// Sunscreen every morning.
    Spf,
}

impl Category {
    /// Every category, most important first.
    pub const ALL: [Category; 7] = [
        Category::Preparation,
        Category::Lifted,
        Category::Booking,
        Category::Maintenance,
        Category::CheckIn,
        Category::Care,
        Category::Spf,
    ];

    /// The stable code used in JSON, ids and text keys.
    pub fn code(self) -> &'static str {
        match self {
            Category::Preparation => "preparation",
            Category::Lifted => "lifted",
            Category::Booking => "booking",
            Category::Maintenance => "maintenance",
            Category::CheckIn => "check_in",
            Category::Care => "care",
            Category::Spf => "spf",
        }
    }
}

/// How the fire time was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// An exact elapsed instant (a restriction lifts 24 h after the session).
    Exact,
    /// A local wall-clock time in the patient's current zone (SPF at 08:00).
    WallClock,
}

/// A button on the notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Mark it done; it never comes back.
    Done,
    /// Bring it back later, once.
    Snooze,
    /// Open the symptom log.
    LogSymptoms,
}

/// A notification button with its label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, uniffi::Record)]
pub struct Action {
    /// What it does.
    pub kind: ActionKind,
    /// Its label in the patient's language.
    pub label: String,
}

/// One notification occurrence, ready for UNUserNotificationCenter or AlarmManager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Reminder {
    /// Stable id from (session, rule, occurrence): the same every time it is recomputed.
    pub id: String,
    /// The id to give the OS: `id#fingerprint`; it changes when the time or text changes, so a
    /// sync replaces an outdated notification instead of keeping it.
    pub os_id: String,
    /// A stable positive 32-bit number from `id`, for APIs that want an integer (Android).
    pub numeric_id: i32,
    /// What it is about.
    pub category: Category,
    /// When to fire.
    pub fire_at: DateTime<Utc>,
    /// When what it is about happens (a restriction lifts at 04:00): `fire_at`, or earlier when
    /// quiet hours held the reminder until they end. A screen shows this instant, so a rule
    /// has one instant everywhere, and may say the reminder was held.
    pub due_at: DateTime<Utc>,
    /// How `fire_at` was decided.
    pub timing: Timing,
    /// Urgent reminders may fire inside quiet hours.
    pub urgent: bool,
    /// The session it belongs to.
    pub session_key: String,
    /// The protocol rule behind it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// Title in the patient's language.
    pub title: String,
    /// Body in the patient's language.
    pub body: String,
    /// Title safe for a locked screen: no health detail.
    pub lock_screen_title: String,
    /// Body safe for a locked screen: no health detail.
    pub lock_screen_body: String,
    /// Buttons.
    pub actions: Vec<Action>,
    /// Where tapping it leads in the app.
    pub deep_link: String,
}
