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
    /// text changed, which the OS identifiers do not capture). The background refresh comes no
    /// later than `refresh_by` (the glance's timeline asks again by then).
    pub(crate) fn sync(
        &mut self,
        journal: &Journal,
        now: DateTime<Utc>,
        zone: Tz,
        discreet: bool,
        everything: bool,
        refresh_by: Option<DateTime<Utc>>,
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
        let refresh_at = refresh_by.map_or(refresh_at, |by| refresh_at.min(by.max(now)));
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

#[cfg(test)]
mod tests {
    use super::super::tests::Harness;
    use super::super::{AppAction, Effect};

    fn scheduled(effects: &[Effect]) -> Vec<String> {
        effects
            .iter()
            .flat_map(|e| match e {
                Effect::SyncReminders { schedule, .. } => {
                    schedule.iter().map(|r| r.os_id.clone()).collect()
                }
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn the_phone_is_brought_in_line_and_a_second_sync_is_empty() {
        let mut h = Harness::recovering(5);
        let update = h.dispatch(AppAction::RemindersHeld {
            os_ids: vec!["gone#0000".into()],
            limit: 10,
        });
        let [
            Effect::SyncReminders {
                cancel,
                schedule,
                discreet,
            },
            Effect::ScheduleRefresh { at },
            // The first sync in a process hands the glance over too.
            Effect::UpdateGlance { .. },
        ] = &update.effects[..]
        else {
            panic!("{:?}", update.effects);
        };
        assert_eq!(cancel, &vec!["gone#0000".to_string()]);
        assert_eq!(schedule.len(), 10);
        assert!(*discreet);
        assert!(*at > h.now);
        assert_eq!(h.app.mirror.held_count(), Some(10));
        h.dispatch(AppAction::RemindersSynced);
        assert_eq!(h.journal().app_state().unwrap().last_sync, Some(h.now));
        // Nothing changed: nothing to do, not even a new refresh.
        let update = h.dispatch(AppAction::Resumed);
        assert!(update.effects.is_empty(), "{:?}", update.effects);
        // A limit of 0 still holds one; a report of what the phone holds is believed.
        let update = h.dispatch(AppAction::RemindersHeld {
            os_ids: Vec::new(),
            limit: 0,
        });
        assert_eq!(scheduled(&update.effects).len(), 1);
    }

    #[test]
    fn before_the_shell_reports_the_ledger_stands_in() {
        let mut h = Harness::recovering(5);
        let first = scheduled(&h.dispatch(AppAction::Resumed).effects);
        assert!(!first.is_empty());
        // A new process: the app trusts what the journal says was handed over.
        let mut again = super::super::App::open(
            super::super::tests::config(h.dir.path().to_path_buf(), crate::text::Locale::En),
            h.now,
        );
        let update = again.dispatch(AppAction::Resumed, h.now, h.zone);
        assert!(
            scheduled(&update.effects).is_empty(),
            "{:?}",
            update.effects
        );
        h.dispatch(AppAction::RemindersSynced);
    }
}
