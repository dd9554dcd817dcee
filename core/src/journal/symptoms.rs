//! The symptom log and daily check-ins.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use rusqlite::{OptionalExtension, Row, params};

use super::{Journal, JournalError, from_db, to_db};
use crate::local_time::resolve_local;
use crate::symptom::{BodyArea, NewSymptom, SymptomEntry, SymptomKind, Temperature};

/// How far in the future an entry may be dated (clock skew between devices).
const FUTURE_SLACK: TimeDelta = TimeDelta::minutes(10);

fn check(new: &NewSymptom, now: DateTime<Utc>) -> Result<(), JournalError> {
    super::sane_time("now", now)?;
    super::sane_time("observed_at", new.observed_at)?;
    new.validate().map_err(|err| {
        let text = err.to_string();
        let (field, message) = text.split_once(": ").unwrap_or(("symptom", text.as_str()));
        JournalError::invalid(field, message)
    })?;
    if new.observed_at > now + FUTURE_SLACK {
        return Err(JournalError::invalid(
            "observed_at",
            "cannot be in the future",
        ));
    }
    Ok(())
}

const COLUMNS: &str =
    "id, session_id, kind, severity, observed_at, area, note, yes_no, temperature_dc";

/// A text column read even if its bytes are not valid UTF-8: on a plain journal, a damaged
/// note must not make the whole log unreadable (SQLite's checks do not cover cell contents).
pub(crate) fn lossy_text(row: &Row<'_>, index: usize) -> rusqlite::Result<String> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(index)? {
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
            String::from_utf8_lossy(bytes).into_owned()
        }
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
    })
}

/// A short code column (kind, area) as text, without allocating; `""` if it is not text.
fn code<'r>(row: &'r Row<'_>, index: usize) -> rusqlite::Result<&'r str> {
    Ok(match row.get_ref(index)? {
        rusqlite::types::ValueRef::Text(bytes) => std::str::from_utf8(bytes).unwrap_or(""),
        _ => "",
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<SymptomEntry> {
    let kind = code(row, 2)?;
    let area = code(row, 5)?;
    let severity: i64 = row.get(3)?;
    Ok(SymptomEntry {
        id: row.get(0)?,
        session_id: row.get(1)?,
        kind: SymptomKind::from_code(kind).unwrap_or(SymptomKind::Other),
        severity: u8::try_from(severity).unwrap_or(10).min(10),
        observed_at: from_db(row.get(4)?)?,
        area: BodyArea::ALL
            .into_iter()
            .find(|a| a.code() == area)
            .unwrap_or(BodyArea::Other),
        note: lossy_text(row, 6)?,
        yes_no: row.get::<_, i64>(7)? != 0,
        temperature: row
            .get::<_, Option<i64>>(8)?
            .and_then(|t| u16::try_from(t).ok())
            .map(|deci_celsius| Temperature { deci_celsius }),
    })
}

impl Journal {
    /// Logs a symptom for a session; returns the stored entry once it is durable.
    pub fn log_symptom(
        &self,
        session_id: i64,
        new: &NewSymptom,
        now: DateTime<Utc>,
    ) -> Result<SymptomEntry, JournalError> {
        let mut entries = self.log_symptoms(session_id, std::slice::from_ref(new), now)?;
        entries
            .pop()
            .ok_or(JournalError::Storage("nothing logged".into()))
    }

    /// Logs several symptoms at once: all are stored, or none (e.g. "same as yesterday").
    pub fn log_symptoms(
        &self,
        session_id: i64,
        news: &[NewSymptom],
        now: DateTime<Utc>,
    ) -> Result<Vec<SymptomEntry>, JournalError> {
        for new in news {
            check(new, now)?;
        }
        let ids = self.write(|tx| {
            if !Journal::session_exists(tx, session_id)? {
                return Err(JournalError::NotFound {
                    what: "session",
                    id: session_id,
                });
            }
            let mut stmt = tx.prepare_cached(
                "INSERT INTO symptom_entries (session_id, kind, severity, observed_at, area, note, created_at, updated_at, yes_no, temperature_dc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9)",
            )?;
            let mut ids = Vec::with_capacity(news.len());
            for new in news {
                stmt.execute(params![
                    session_id,
                    new.kind.code(),
                    new.severity,
                    to_db(new.observed_at),
                    new.area.code(),
                    new.note,
                    to_db(now),
                    new.yes_no,
                    new.temperature.map(|t| t.deci_celsius)
                ])?;
                ids.push(tx.last_insert_rowid());
            }
            Ok(ids)
        })?;
        ids.into_iter()
            .zip(news)
            .map(|(id, new)| {
                Ok(SymptomEntry {
                    id,
                    session_id,
                    kind: new.kind,
                    severity: new.severity,
                    // Stored to the second; return what a later read gives back.
                    observed_at: from_db(to_db(new.observed_at))?,
                    area: new.area,
                    note: new.note.clone(),
                    yes_no: new.yes_no,
                    temperature: new.temperature,
                })
            })
            .collect()
    }

    /// Replaces an entry's fields.
    pub fn edit_symptom(
        &self,
        id: i64,
        new: &NewSymptom,
        now: DateTime<Utc>,
    ) -> Result<SymptomEntry, JournalError> {
        check(new, now)?;
        let changed = self.write(|tx| {
            Ok(tx.execute(
                "UPDATE symptom_entries SET kind = ?2, severity = ?3, observed_at = ?4, area = ?5, note = ?6, updated_at = ?7,
                 yes_no = ?8, temperature_dc = ?9
                 WHERE id = ?1",
                params![
                    id,
                    new.kind.code(),
                    new.severity,
                    to_db(new.observed_at),
                    new.area.code(),
                    new.note,
                    to_db(now),
                    new.yes_no,
                    new.temperature.map(|t| t.deci_celsius)
                ],
            )?)
        })?;
        if changed == 0 {
            return Err(JournalError::NotFound {
                what: "symptom entry",
                id,
            });
        }
        self.symptom(id)
    }

    /// Deletes an entry.
    pub fn delete_symptom(&self, id: i64) -> Result<(), JournalError> {
        let deleted =
            self.write(|tx| Ok(tx.execute("DELETE FROM symptom_entries WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(JournalError::NotFound {
                what: "symptom entry",
                id,
            });
        }
        Ok(())
    }

    /// One entry.
    pub fn symptom(&self, id: i64) -> Result<SymptomEntry, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM symptom_entries WHERE id = ?1"
            ))?;
            let mut rows = stmt.query_map([id], from_row)?;
            match rows.next() {
                Some(entry) => Ok(entry?),
                None => Err(JournalError::NotFound {
                    what: "symptom entry",
                    id,
                }),
            }
        })
    }

    /// A session's entries in `[from, until)`, oldest first.
    pub fn symptoms_between(
        &self,
        session_id: i64,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<SymptomEntry>, JournalError> {
        let whole_log = from == DateTime::<Utc>::MIN_UTC && until == DateTime::<Utc>::MAX_UTC;
        let (entries, repair) = self.read(|conn| {
            // One snapshot for the rows and the counts, whatever another process writes.
            let tx = conn.unchecked_transaction()?;
            let mut stmt = tx.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM symptom_entries
                 WHERE session_id = ?1 AND observed_at >= ?2 AND observed_at < ?3
                 ORDER BY observed_at, id"
            ))?;
            let rows = stmt.query_map(params![session_id, to_db(from), to_db(until)], from_row)?;
            let entries = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            drop(stmt);
            let stored: Option<i64> = tx
                .prepare_cached("SELECT entry_count FROM sessions WHERE id = ?1")?
                .query_row([session_id], |r| r.get(0))
                .optional()?;
            let Some(stored) = stored else {
                return Err(JournalError::NotFound {
                    what: "session",
                    id: session_id,
                });
            };
            // The query above walks the index; a damaged index entry would silently drop a row
            // (SQLite's page check does not compare an index with its table). The whole log is
            // checked against the count the triggers keep; only when they disagree is the table
            // itself counted, to tell a damaged index (an error the patient sees) from a wrong
            // count (repaired).
            let mut repair = None;
            if whole_log && usize::try_from(stored).ok() != Some(entries.len()) {
                let counted: i64 = tx
                    .prepare_cached(
                        "SELECT count(*) FROM symptom_entries NOT INDEXED WHERE session_id = ?1",
                    )?
                    .query_row([session_id], |r| r.get(0))?;
                if usize::try_from(counted).ok() != Some(entries.len()) {
                    return Err(JournalError::Corrupted);
                }
                repair = Some(counted);
            }
            tx.commit()?;
            Ok((entries, repair))
        })?;
        if let Some(count) = repair {
            // Best effort: a journal that cannot be written now is repaired on a later read.
            let _ = self.write(|tx| {
                tx.execute(
                    "UPDATE sessions SET entry_count = ?2 WHERE id = ?1",
                    params![session_id, count],
                )?;
                Ok(())
            });
        }
        Ok(entries)
    }

    /// Every entry of a session, oldest first.
    pub fn symptoms(&self, session_id: i64) -> Result<Vec<SymptomEntry>, JournalError> {
        self.symptoms_between(
            session_id,
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
        )
    }

    /// A session's entries on a local date in `zone`.
    pub fn symptoms_on(
        &self,
        session_id: i64,
        date: NaiveDate,
        zone: Tz,
    ) -> Result<Vec<SymptomEntry>, JournalError> {
        let midnight = chrono::NaiveTime::MIN;
        let from = resolve_local(zone, date, midnight);
        let until = resolve_local(zone, date.succ_opt().unwrap_or(date), midnight);
        self.symptoms_between(session_id, from, until)
    }

    /// "Same as yesterday": yesterday's entries as new ones observed at `now`, notes and
    /// yes/no answers kept; a measured temperature is not (it was yesterday's reading).
    pub fn same_as_yesterday(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
        zone: Tz,
    ) -> Result<Vec<NewSymptom>, JournalError> {
        let today = now.with_timezone(&zone).date_naive();
        let yesterday = today.pred_opt().unwrap_or(today);
        Ok(self
            .symptoms_on(session_id, yesterday, zone)?
            .into_iter()
            .map(|e| NewSymptom {
                kind: e.kind,
                severity: e.severity,
                observed_at: now,
                area: e.area,
                note: e.note,
                yes_no: e.yes_no,
                temperature: None,
            })
            .collect())
    }

    /// Records that the patient did their check-in for a local day (idempotent).
    pub fn check_in(
        &self,
        session_id: i64,
        day: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        self.write(|tx| {
            if !Journal::session_exists(tx, session_id)? {
                return Err(JournalError::NotFound {
                    what: "session",
                    id: session_id,
                });
            }
            tx.execute(
                "INSERT OR IGNORE INTO check_ins (session_id, day, done_at) VALUES (?1, ?2, ?3)",
                params![session_id, day.to_string(), to_db(now)],
            )?;
            Ok(())
        })
    }

    /// The local days a session has a check-in for.
    pub fn check_ins(&self, session_id: i64) -> Result<Vec<NaiveDate>, JournalError> {
        self.read(|conn| {
            let mut stmt = conn
                .prepare_cached("SELECT day FROM check_ins WHERE session_id = ?1 ORDER BY day")?;
            let days = stmt
                .query_map([session_id], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(days.iter().filter_map(|d| d.parse().ok()).collect())
        })
    }
}
