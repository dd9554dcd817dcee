//! Forms the patient had not saved when the app went to the background (the `unsaved_forms`
//! table, one row at most): the system may end a backgrounded app at any time, and what was
//! typed must not go with it. The body is the app layer's own encoding; the journal keeps it
//! opaque, encrypted like every other record when the journal is.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Journal, JournalError, to_db};

/// The largest body kept: far above any form (notes are capped when saved), small enough that
/// a runaway draft cannot fill the phone.
pub const MAX_UNSAVED_FORMS_BYTES: usize = 1 << 20;

impl Journal {
    /// Keeps the unsaved forms, replacing what was kept before. A body above
    /// [`MAX_UNSAVED_FORMS_BYTES`] is refused as too long, and what was kept stays.
    pub fn keep_unsaved_forms(&self, body: &str, now: DateTime<Utc>) -> Result<(), JournalError> {
        if body.len() > MAX_UNSAVED_FORMS_BYTES {
            return Err(JournalError::invalid(
                "unsaved_forms",
                format!("longer than {MAX_UNSAVED_FORMS_BYTES} bytes"),
            ));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO unsaved_forms (id, body, kept_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET body = excluded.body, kept_at = excluded.kept_at",
                params![body, to_db(now)],
            )?;
            Ok(())
        })
    }

    /// Takes the kept unsaved forms out of the journal: they are handed back once.
    pub fn take_unsaved_forms(&self) -> Result<Option<String>, JournalError> {
        self.write(|tx| {
            let body: Option<String> = tx
                .query_row("SELECT body FROM unsaved_forms WHERE id = 1", [], |row| {
                    row.get(0)
                })
                .optional()?;
            if body.is_some() {
                tx.execute("DELETE FROM unsaved_forms", [])?;
            }
            Ok(body)
        })
    }

    /// Forgets the kept unsaved forms (the app is in the foreground again with them in memory).
    pub fn forget_unsaved_forms(&self) -> Result<(), JournalError> {
        self.write(|tx| {
            tx.execute("DELETE FROM unsaved_forms", [])?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 29, 20, 0, 0).unwrap()
    }

    #[test]
    fn kept_forms_come_back_once_and_the_last_one_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let (journal, _) = Journal::open(&path, None, now()).unwrap();
        assert_eq!(journal.take_unsaved_forms().unwrap(), None);
        journal.keep_unsaved_forms("first", now()).unwrap();
        journal.keep_unsaved_forms("second", now()).unwrap();
        drop(journal);
        let (journal, _) = Journal::open(&path, None, now()).unwrap();
        assert_eq!(
            journal.take_unsaved_forms().unwrap().as_deref(),
            Some("second")
        );
        assert_eq!(journal.take_unsaved_forms().unwrap(), None);
        journal.keep_unsaved_forms("third", now()).unwrap();
        journal.forget_unsaved_forms().unwrap();
        assert_eq!(journal.take_unsaved_forms().unwrap(), None);
    }

    #[test]
    fn an_oversized_body_is_refused_and_the_kept_one_stays() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
        journal.keep_unsaved_forms("kept", now()).unwrap();
        let huge = "x".repeat(MAX_UNSAVED_FORMS_BYTES + 1);
        assert!(matches!(
            journal.keep_unsaved_forms(&huge, now()),
            Err(JournalError::InvalidInput { .. })
        ));
        assert_eq!(
            journal.take_unsaved_forms().unwrap().as_deref(),
            Some("kept")
        );
    }
}
