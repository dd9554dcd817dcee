//! "All fine today": daily check-ins with nothing new and nothing worse, one per session and
//! local day (the `check_ins` table of the first schema).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{OptionalExtension, Row, params};

use super::{Journal, JournalError, SessionStatus, from_db, to_db};
use crate::triage::CheckIn;

fn from_row(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    let day: String = row.get(2)?;
    Ok(CheckIn {
        id: row.get(0)?,
        session_id: row.get(1)?,
        // Written by this code as YYYY-MM-DD; a damaged day falls back to the instant's own.
        day: day
            .parse::<NaiveDate>()
            .or_else(|_| from_db(row.get(3)?).map(|at| at.date_naive()))?,
        at: from_db(row.get(3)?)?,
    })
}

impl Journal {
    /// Records "All fine today" for done session `session_id` at `now`: the patient's local day
    /// in `zone` gets a check-in saying nothing is new and nothing got worse. A second one on the
    /// same day is the same check-in (the first is kept and returned).
    pub fn check_in_all_fine(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
        zone: Tz,
    ) -> Result<CheckIn, JournalError> {
        super::sane_time("now", now)?;
        let session = self.session(session_id)?;
        if session.status != SessionStatus::Done || session.ended_at.is_none_or(|end| end > now) {
            return Err(JournalError::NotDone);
        }
        let day = now.with_timezone(&zone).date_naive();
        self.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO check_ins (session_id, day, done_at) VALUES (?1, ?2, ?3)",
                params![session_id, day.to_string(), to_db(now)],
            )?;
            Ok(tx.query_row(
                "SELECT id, session_id, day, done_at FROM check_ins WHERE session_id = ?1 AND day = ?2",
                params![session_id, day.to_string()],
                from_row,
            )?)
        })
    }

    /// A session's "All fine today" check-ins, oldest first.
    pub fn all_fine_check_ins(&self, session_id: i64) -> Result<Vec<CheckIn>, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, session_id, day, done_at FROM check_ins WHERE session_id = ?1
                 ORDER BY done_at, id",
            )?;
            let rows = stmt.query_map([session_id], from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// One check-in.
    pub fn check_in_record(&self, id: i64) -> Result<CheckIn, JournalError> {
        self.read(|conn| {
            conn.prepare_cached("SELECT id, session_id, day, done_at FROM check_ins WHERE id = ?1")?
                .query_row([id], from_row)
                .optional()?
                .ok_or(JournalError::NotFound {
                    what: "check-in",
                    id,
                })
        })
    }

    /// Deletes a check-in (recorded by mistake).
    pub fn delete_check_in(&self, id: i64) -> Result<(), JournalError> {
        let deleted =
            self.write(|tx| Ok(tx.execute("DELETE FROM check_ins WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(JournalError::NotFound {
                what: "check-in",
                id,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use chrono::{TimeDelta, TimeZone};

    use super::*;
    use crate::journal::NewSession;
    use crate::protocol::ProtocolRef;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 22, 30, 0).unwrap()
    }

    /// A microneedling session in Madrid recorded at `now`: done a day before it, or booked
    /// `days_ahead` days after it.
    pub(crate) fn microneedling(
        journal: &Journal,
        status: SessionStatus,
        now: DateTime<Utc>,
        days_ahead: i64,
    ) -> i64 {
        let (starts_at, ended_at) = match status {
            SessionStatus::Done => (None, Some(now - TimeDelta::days(1))),
            SessionStatus::Planned => (Some(now + TimeDelta::days(days_ahead)), None),
        };
        journal
            .add_session(
                &NewSession {
                    protocol: ProtocolRef {
                        id: "microneedling".into(),
                        version: 1,
                    },
                    status,
                    starts_at,
                    ended_at,
                    zone: chrono_tz::Europe::Madrid,
                },
                now,
            )
            .unwrap()
            .id
    }

    fn session(journal: &Journal, status: SessionStatus) -> i64 {
        microneedling(journal, status, now(), 3)
    }

    #[test]
    fn one_all_fine_per_local_day_kept_deleted_and_refused_for_a_booked_session() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
        let done = session(&journal, SessionStatus::Done);
        let madrid = chrono_tz::Europe::Madrid;
        // 22:30 UTC is 23:30 in Madrid (the 21st) and 07:30 in Tokyo (the 22nd).
        let first = journal.check_in_all_fine(done, now(), madrid).unwrap();
        assert_eq!(first.day.to_string(), "2026-11-21");
        let again = journal
            .check_in_all_fine(done, now() + TimeDelta::minutes(20), madrid)
            .unwrap();
        assert_eq!(again, first, "the same day's check-in");
        let tokyo = journal
            .check_in_all_fine(done, now(), chrono_tz::Asia::Tokyo)
            .unwrap();
        assert_eq!(tokyo.day.to_string(), "2026-11-22");
        assert_eq!(
            journal.all_fine_check_ins(done).unwrap(),
            vec![first.clone(), tokyo.clone()]
        );
        assert_eq!(journal.check_in_record(tokyo.id).unwrap(), tokyo);
        journal.delete_check_in(first.id).unwrap();
        assert_eq!(journal.all_fine_check_ins(done).unwrap(), vec![tokyo]);
        assert!(matches!(
            journal.delete_check_in(first.id),
            Err(JournalError::NotFound { .. })
        ));
        let booked = session(&journal, SessionStatus::Planned);
        assert!(matches!(
            journal.check_in_all_fine(booked, now(), madrid),
            Err(JournalError::NotDone)
        ));
        assert!(matches!(
            journal.check_in_all_fine(999, now(), madrid),
            Err(JournalError::NotFound { .. })
        ));
        // Deleting the session deletes its check-ins.
        journal.delete_session(done).unwrap();
        assert!(journal.all_fine_check_ins(done).unwrap().is_empty());
    }
}
