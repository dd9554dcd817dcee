//! The view of pending reminders, for the CLI and for debugging a shell.

use chrono_tz::Tz;
use serde::Serialize;

use super::SCHEMA;
use crate::local_time::{Stamp, Style};
use crate::reminder::{Pending, Reminder};
use crate::text::{Locale, Texts};

/// A reminder with its fire time written in local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ReminderView {
    /// The reminder as a shell schedules it.
    #[serde(flatten)]
    pub reminder: Reminder,
    /// Its fire time, local.
    pub fire: Stamp,
    /// When what it is about happens, local (`fire` unless quiet hours held the reminder).
    pub due: Stamp,
    /// Its category in words ("Check-in", "Sunscreen").
    pub category_label: String,
}

/// Pending reminders and when to ask again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct RemindersView {
    /// JSON schema version.
    pub schema: u32,
    /// Locale of the texts.
    pub locale: Locale,
    /// The zone of local times.
    pub zone: String,
    /// Ask again by then.
    pub refresh_at: Stamp,
    /// The reminders, in firing order.
    pub reminders: Vec<ReminderView>,
}

impl RemindersView {
    /// The view of `pending` in `zone`.
    pub fn new(pending: &Pending, zone: Tz, locale: Locale) -> RemindersView {
        let texts = Texts::new(locale);
        RemindersView {
            schema: SCHEMA,
            locale,
            zone: zone.name().to_string(),
            refresh_at: Stamp::new(pending.refresh_at, zone, locale, Style::DateTime),
            reminders: pending
                .reminders
                .iter()
                .map(|r| ReminderView {
                    reminder: r.clone(),
                    fire: Stamp::new(r.fire_at, zone, locale, Style::DateTime),
                    due: Stamp::new(r.due_at, zone, locale, Style::DateTime),
                    category_label: texts
                        .get(&format!("reminder-category-{}", r.category.code()), None),
                })
                .collect(),
        }
    }
}
