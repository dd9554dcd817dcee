//! The reminder ledger, kept in the journal so a reminder that fired, was done or was dismissed
//! stays that way across launches, reboots and updates.

use std::collections::BTreeMap;

use rusqlite::params;

use super::{Journal, JournalError, from_db, to_db};
use crate::reminder::{ReminderLedger, ReminderStatus};

impl Journal {
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
