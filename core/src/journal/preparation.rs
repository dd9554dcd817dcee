//! Preparation steps the patient marked done for a booked session: the Today checklist keeps
//! them, and a step done is a reminder that need not fire.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Journal, JournalError, SessionStatus, from_db, to_db};

/// The longest rule id a step is stored under (protocol ids and rule ids are short words).
const MAX_RULE_ID: usize = 200;

impl Journal {
    /// Marks preparation step `rule_id` of booked session `session_id` done (or not done again)
    /// at `now`. The caller checks that the rule is one of the session's preparation steps.
    pub fn set_preparation_done(
        &self,
        session_id: i64,
        rule_id: &str,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        super::sane_time("now", now)?;
        if rule_id.is_empty()
            || rule_id.len() > MAX_RULE_ID
            || rule_id.chars().any(char::is_control)
        {
            return Err(JournalError::invalid("rule_id", "not a rule id"));
        }
        if self.session(session_id)?.status != SessionStatus::Planned {
            return Err(JournalError::invalid(
                "session_id",
                "only a booked session has preparation steps",
            ));
        }
        self.write(|tx| {
            if done {
                tx.execute(
                    "INSERT OR IGNORE INTO preparation_done (session_id, rule_id, done_at)
                     VALUES (?1, ?2, ?3)",
                    params![session_id, rule_id, to_db(now)],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM preparation_done WHERE session_id = ?1 AND rule_id = ?2",
                    params![session_id, rule_id],
                )?;
            }
            Ok(())
        })
    }

    /// Every preparation step marked done: `(session id, rule id, when)`, by session.
    pub fn preparation_done(&self) -> Result<Vec<(i64, String, DateTime<Utc>)>, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT session_id, rule_id, done_at FROM preparation_done ORDER BY session_id, rule_id",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, from_db(r.get(2)?)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeDelta, TimeZone};

    use super::*;

    #[test]
    fn steps_are_marked_and_unmarked_per_booked_session_and_go_with_it() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now).unwrap();
        let add = |status, days| {
            super::super::check_ins::tests::microneedling(&journal, status, now, days)
        };
        let booked = add(SessionStatus::Planned, 5);
        let done = add(SessionStatus::Done, 0);
        journal
            .set_preparation_done(booked, "prep-stop-actives", true, now)
            .unwrap();
        // Twice is once; the first time is kept.
        journal
            .set_preparation_done(booked, "prep-stop-actives", true, now + TimeDelta::hours(1))
            .unwrap();
        journal
            .set_preparation_done(booked, "prep-hydrate", true, now)
            .unwrap();
        assert_eq!(
            journal.preparation_done().unwrap(),
            vec![
                (booked, "prep-hydrate".to_string(), now),
                (booked, "prep-stop-actives".to_string(), now)
            ]
        );
        journal
            .set_preparation_done(booked, "prep-hydrate", false, now)
            .unwrap();
        assert_eq!(journal.preparation_done().unwrap().len(), 1);
        for (session, rule) in [(done, "prep-hydrate"), (booked, ""), (booked, "a\nb")] {
            assert!(matches!(
                journal.set_preparation_done(session, rule, true, now),
                Err(JournalError::InvalidInput { .. })
            ));
        }
        assert!(matches!(
            journal.set_preparation_done(99, "prep-hydrate", true, now),
            Err(JournalError::NotFound { .. })
        ));
        journal.delete_session(booked).unwrap();
        assert!(journal.preparation_done().unwrap().is_empty());
    }
}
