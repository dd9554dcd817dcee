//! What happened to each reminder (delivered, done, dismissed, snoozed) and the OS sync.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::Reminder;
use super::completed::Completed;
use super::occurrence::Watch;
use super::pending::{MAX_SNOOZE, pending_with};
use crate::plan::RecoveryPlan;
use crate::settings::PatientSettings;

/// The state of one reminder id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum ReminderStatus {
    /// It fired; it never comes back.
    Delivered {
        /// When it fired.
        at: DateTime<Utc>,
    },
    /// The patient marked it done; it never comes back.
    Done {
        /// When.
        at: DateTime<Utc>,
    },
    /// The patient dismissed it; it never comes back.
    Dismissed {
        /// When.
        at: DateTime<Utc>,
    },
    /// The patient snoozed it; it comes back once, then.
    Snoozed {
        /// When it comes back.
        until: DateTime<Utc>,
    },
}

/// What the patient did with a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderAction {
    /// Mark done.
    Done,
    /// Dismiss.
    Dismiss,
    /// Bring back once at `until` (at most 7 days ahead).
    Snooze {
        /// When it comes back.
        until: DateTime<Utc>,
    },
}

/// Why a reminder action was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderError {
    /// The id is empty or too long to be one of ours.
    #[error("reminder id: not a reminder id")]
    BadId,
    /// Snoozing to a time that is not in the future.
    #[error("snooze: the new time must be in the future")]
    SnoozeNotAhead,
    /// Snoozing for more than 7 days.
    #[error("snooze: at most 7 days ahead")]
    SnoozeTooLong,
    /// Snoozing a reminder that is done or dismissed.
    #[error("snooze: this reminder is already done or dismissed")]
    Finished,
}

/// What a shell must do to mirror the core's reminders into the OS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncPlan {
    /// OS identifiers to cancel.
    pub cancel: Vec<String>,
    /// Reminders to schedule (with `os_id` as the OS identifier), in firing order.
    pub schedule: Vec<Reminder>,
    /// Ask again (call sync) no later than this.
    pub refresh_at: DateTime<Utc>,
}

/// One reminder as the OS holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Scheduled {
    id: String,
    fire_at: DateTime<Utc>,
}

/// Reminder state: statuses by id and what the OS was last told to hold. Serializable, so the
/// journal can keep it; the logic lives here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderLedger {
    statuses: BTreeMap<String, ReminderStatus>,
    scheduled: BTreeMap<String, Scheduled>,
}

impl ReminderLedger {
    /// An empty ledger.
    pub fn new() -> ReminderLedger {
        ReminderLedger::default()
    }

    /// The status of a reminder id, if anything happened to it.
    pub fn status(&self, id: &str) -> Option<ReminderStatus> {
        self.statuses.get(id).copied()
    }

    /// Every status, by id.
    pub fn statuses(&self) -> &BTreeMap<String, ReminderStatus> {
        &self.statuses
    }

    /// When an occurrence should fire given what happened to it; `None` if it never should.
    pub(crate) fn fire_time(&self, id: &str, nominal: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.statuses.get(id) {
            None => Some(nominal),
            Some(ReminderStatus::Snoozed { until }) => Some(*until),
            Some(_) => None,
        }
    }

    /// Records what the patient did with reminder `id` at `now`.
    pub fn act(
        &mut self,
        id: &str,
        action: ReminderAction,
        now: DateTime<Utc>,
    ) -> Result<(), ReminderError> {
        if id.is_empty() || id.len() > 512 {
            return Err(ReminderError::BadId);
        }
        let status = match action {
            ReminderAction::Done => ReminderStatus::Done { at: now },
            ReminderAction::Dismiss => ReminderStatus::Dismissed { at: now },
            ReminderAction::Snooze { until } => {
                if matches!(
                    self.statuses.get(id),
                    Some(ReminderStatus::Done { .. } | ReminderStatus::Dismissed { .. })
                ) {
                    return Err(ReminderError::Finished);
                }
                if until <= now {
                    return Err(ReminderError::SnoozeNotAhead);
                }
                if until - now > MAX_SNOOZE {
                    return Err(ReminderError::SnoozeTooLong);
                }
                ReminderStatus::Snoozed { until }
            }
        };
        self.statuses.insert(id.to_string(), status);
        Ok(())
    }

    /// Mirrors the core's reminders into the OS: given the identifiers the OS holds now,
    /// returns what to cancel and what to schedule. Reminders the OS was told to hold and whose
    /// time has passed count as delivered first, so nothing that fired is ever issued again,
    /// even after a time-zone change. Applying the plan and syncing again gives an empty diff.
    #[allow(clippy::too_many_arguments)]
    pub fn sync(
        &mut self,
        plans: &[RecoveryPlan],
        settings: &PatientSettings,
        zone: Tz,
        watches: &[Watch],
        now: DateTime<Utc>,
        limit: usize,
        os_pending: &[String],
    ) -> SyncPlan {
        self.sync_with(
            plans,
            settings,
            zone,
            watches,
            &Completed::default(),
            now,
            limit,
            os_pending,
        )
    }

    /// [`ReminderLedger::sync`] without the reminders for what the patient already did: a
    /// day's check-in once something was logged that day is cancelled on the phone.
    #[allow(clippy::too_many_arguments)]
    pub fn sync_with(
        &mut self,
        plans: &[RecoveryPlan],
        settings: &PatientSettings,
        zone: Tz,
        watches: &[Watch],
        completed: &Completed,
        now: DateTime<Utc>,
        limit: usize,
        os_pending: &[String],
    ) -> SyncPlan {
        self.record_delivered(now);
        let wanted = pending_with(plans, settings, zone, watches, completed, self, now, limit);
        let held: BTreeSet<&str> = os_pending.iter().map(String::as_str).collect();
        let wanted_ids: BTreeSet<&str> =
            wanted.reminders.iter().map(|r| r.os_id.as_str()).collect();
        let cancel = held
            .iter()
            .filter(|id| !wanted_ids.contains(*id))
            .map(|id| id.to_string())
            .collect();
        let schedule: Vec<Reminder> = wanted
            .reminders
            .iter()
            .filter(|r| !held.contains(r.os_id.as_str()))
            .cloned()
            .collect();
        self.scheduled = wanted
            .reminders
            .iter()
            .map(|r| {
                (
                    r.os_id.clone(),
                    Scheduled {
                        id: r.id.clone(),
                        fire_at: r.fire_at,
                    },
                )
            })
            .collect();
        SyncPlan {
            cancel,
            schedule,
            refresh_at: wanted.refresh_at,
        }
    }

    /// The OS identifiers the OS was last told to hold, with their ids and fire times.
    pub(crate) fn scheduled(&self) -> impl Iterator<Item = (&str, &str, DateTime<Utc>)> {
        self.scheduled
            .iter()
            .map(|(os_id, s)| (os_id.as_str(), s.id.as_str(), s.fire_at))
    }

    /// A ledger rebuilt from stored statuses and scheduled reminders.
    pub(crate) fn from_parts(
        statuses: BTreeMap<String, ReminderStatus>,
        scheduled: impl IntoIterator<Item = (String, String, DateTime<Utc>)>,
    ) -> ReminderLedger {
        ReminderLedger {
            statuses,
            scheduled: scheduled
                .into_iter()
                .map(|(os_id, id, fire_at)| (os_id, Scheduled { id, fire_at }))
                .collect(),
        }
    }

    /// Marks reminders the OS held whose time has come as delivered.
    fn record_delivered(&mut self, now: DateTime<Utc>) {
        let fired: Vec<Scheduled> = self
            .scheduled
            .values()
            .filter(|s| s.fire_at <= now)
            .cloned()
            .collect();
        for s in fired {
            let keep = match self.statuses.get(&s.id) {
                Some(ReminderStatus::Done { .. } | ReminderStatus::Dismissed { .. }) => true,
                // The patient snoozed what fired: the snooze is newer than the delivery.
                Some(ReminderStatus::Snoozed { until }) => *until > s.fire_at,
                _ => false,
            };
            if !keep {
                self.statuses
                    .insert(s.id.clone(), ReminderStatus::Delivered { at: s.fire_at });
            }
        }
        self.scheduled.retain(|_, s| s.fire_at > now);
    }

    /// Forgets statuses older than `before` (they can no longer match any listed occurrence).
    pub fn forget_before(&mut self, before: DateTime<Utc>) {
        self.statuses.retain(|_, status| match status {
            ReminderStatus::Delivered { at }
            | ReminderStatus::Done { at }
            | ReminderStatus::Dismissed { at } => *at >= before - TimeDelta::days(1),
            ReminderStatus::Snoozed { until } => *until >= before,
        });
    }
}
