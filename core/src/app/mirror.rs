//! The app's picture of the reminders the phone holds, and the effects that bring the phone in
//! line with the journal (the ledger's diff) and schedule the next background refresh.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::effect::Effect;
use crate::journal::{Journal, JournalError};

/// How many reminders the phone holds when the shell has not said (iOS keeps 64).
pub(crate) const DEFAULT_LIMIT: u32 = 64;
/// The most reminders the app hands over at once, whatever the shell says.
const MAX_LIMIT: u32 = 500;

/// What the phone holds, as last reported by the shell or as the app last told it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReminderMirror {
    /// OS identifiers the phone holds; `None` until the shell reports (the ledger's record of
    /// what was last scheduled stands in).
    held: Option<BTreeSet<String>>,
    /// How many the phone can hold.
    limit: u32,
    /// The background refresh last asked for.
    refresh_at: Option<DateTime<Utc>>,
}

impl Default for ReminderMirror {
    fn default() -> ReminderMirror {
        ReminderMirror {
            held: None,
            limit: DEFAULT_LIMIT,
            refresh_at: None,
        }
    }
}

impl ReminderMirror {
    /// The shell reported what the phone holds and how many it can hold.
    pub(crate) fn reported(&mut self, os_ids: Vec<String>, limit: u32) {
        self.held = Some(os_ids.into_iter().collect());
        self.limit = limit.clamp(1, MAX_LIMIT);
    }

    /// A new journal (restored, or recovered after damage) whose ledger the phone knows nothing
    /// about: the phone still holds what it held.
    pub(crate) fn keep_held(&mut self, journal: &Journal) -> Result<(), JournalError> {
        if self.held.is_none() {
            self.held = Some(ledger_held(journal)?);
        }
        self.refresh_at = None;
        Ok(())
    }

    /// Brings the phone in line with the journal at `now` in `zone`. With `everything`, every
    /// held reminder is cancelled and every wanted one scheduled again (after the lock-screen
    /// text changed, which the OS identifiers do not capture).
    pub(crate) fn sync(
        &mut self,
        journal: &Journal,
        now: DateTime<Utc>,
        zone: Tz,
        discreet: bool,
        everything: bool,
    ) -> Result<Vec<Effect>, JournalError> {
        let held = match &self.held {
            Some(held) => held.clone(),
            None => ledger_held(journal)?,
        };
        let limit = self.limit as usize;
        let (cancel, schedule, refresh_at) = if everything {
            let plan = journal.sync_reminders(now, zone, &[], limit)?;
            (
                held.iter().cloned().collect(),
                plan.schedule,
                plan.refresh_at,
            )
        } else {
            let list: Vec<String> = held.iter().cloned().collect();
            let plan = journal.sync_reminders(now, zone, &list, limit)?;
            (plan.cancel, plan.schedule, plan.refresh_at)
        };
        let mut now_held = held;
        for id in &cancel {
            now_held.remove(id);
        }
        now_held.extend(schedule.iter().map(|r| r.os_id.clone()));
        self.held = Some(now_held);
        let mut effects = Vec::new();
        if !cancel.is_empty() || !schedule.is_empty() {
            effects.push(Effect::SyncReminders {
                cancel,
                schedule,
                discreet,
            });
        }
        if self.refresh_at != Some(refresh_at) {
            self.refresh_at = Some(refresh_at);
            effects.push(Effect::ScheduleRefresh { at: refresh_at });
        }
        Ok(effects)
    }

    /// How many reminders the phone holds, as far as the app knows.
    #[cfg(test)]
    pub(crate) fn held_count(&self) -> Option<usize> {
        self.held.as_ref().map(BTreeSet::len)
    }
}

/// The OS identifiers the ledger says were last scheduled.
fn ledger_held(journal: &Journal) -> Result<BTreeSet<String>, JournalError> {
    Ok(journal
        .reminder_ledger()?
        .scheduled()
        .map(|(os_id, _, _)| os_id.to_string())
        .collect())
}
