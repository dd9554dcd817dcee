//! The reminder ledger, kept in the journal so a reminder that fired, was done or was dismissed
//! stays that way across launches, reboots and updates.

use std::collections::BTreeMap;

use rusqlite::params;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{Journal, JournalError, from_db, to_db};
use crate::reminder::{ReminderAction, ReminderLedger, ReminderStatus, SyncPlan};

impl Journal {
    /// Mirrors the reminders into the OS: given the identifiers the OS holds, what to cancel and
    /// schedule (see [`ReminderLedger::sync`]); the ledger is saved before returning.
    pub fn sync_reminders(
        &self,
        now: DateTime<Utc>,
        zone: Tz,
        os_pending: &[String],
        limit: usize,
    ) -> Result<SyncPlan, JournalError> {
        let _one_at_a_time = self.reminder_lock();
        let context = self.context(now)?;
        let mut ledger = self.reminder_ledger()?;
        let plan = ledger.sync_with(
            &context.plan_list(),
            &context.settings,
            zone,
            &context.watches(),
            &context.completed(zone),
            now,
            limit,
            os_pending,
        );
        self.save_reminder_ledger(&ledger)?;
        Ok(plan)
    }

    /// Records what the patient did with a reminder (done, dismissed, snoozed).
    pub fn act_on_reminder(
        &self,
        id: &str,
        action: ReminderAction,
        now: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        let _one_at_a_time = self.reminder_lock();
        let mut ledger = self.reminder_ledger()?;
        ledger.act(id, action, now).map_err(|err| {
            let text = err.to_string();
            let (field, message) = text.split_once(": ").unwrap_or(("reminder", text.as_str()));
            JournalError::invalid(field, message)
        })?;
        self.save_reminder_ledger(&ledger)
    }

    /// The stored reminder ledger.
    pub fn reminder_ledger(&self) -> Result<ReminderLedger, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT id, status, at FROM reminder_status")?;
            let statuses = stmt
                .query_map([], |r| {
                    let at = from_db(r.get(2)?)?;
                    let status = match r.get::<_, String>(1)?.as_str() {
                        "done" => ReminderStatus::Done { at },
                        "dismissed" => ReminderStatus::Dismissed { at },
                        "snoozed" => ReminderStatus::Snoozed { until: at },
                        _ => ReminderStatus::Delivered { at },
                    };
                    Ok((r.get::<_, String>(0)?, status))
                })?
                .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
            let mut stmt =
                conn.prepare_cached("SELECT os_id, id, fire_at FROM reminder_scheduled")?;
            let scheduled = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, from_db(r.get(2)?)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(ReminderLedger::from_parts(statuses, scheduled))
        })
    }

    /// Stores the ledger (replacing the stored one) in one transaction.
    pub fn save_reminder_ledger(&self, ledger: &ReminderLedger) -> Result<(), JournalError> {
        self.write(|tx| {
            tx.execute("DELETE FROM reminder_status", [])?;
            tx.execute("DELETE FROM reminder_scheduled", [])?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO reminder_status (id, status, at) VALUES (?1, ?2, ?3)",
            )?;
            for (id, status) in ledger.statuses() {
                let (name, at) = match status {
                    ReminderStatus::Delivered { at } => ("delivered", at),
                    ReminderStatus::Done { at } => ("done", at),
                    ReminderStatus::Dismissed { at } => ("dismissed", at),
                    ReminderStatus::Snoozed { until } => ("snoozed", until),
                };
                insert.execute(params![id, name, to_db(*at)])?;
            }
            let mut insert = tx.prepare_cached(
                "INSERT INTO reminder_scheduled (os_id, id, fire_at) VALUES (?1, ?2, ?3)",
            )?;
            for (os_id, id, fire_at) in ledger.scheduled() {
                insert.execute(params![os_id, id, to_db(fire_at)])?;
            }
            Ok(())
        })
    }
}
