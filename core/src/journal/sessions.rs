//! Treatment sessions, planned and done.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::{Journal, JournalError, from_db, to_db};
use crate::protocol::ProtocolRef;
use crate::session::TreatmentSession;

/// Whether a session happened or is booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    /// Booked for `starts_at`.
    Planned,
    /// Happened; ended at `ended_at`.
    Done,
}

/// A session to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The protocol and version to plan with (must be in the journal's catalog).
    pub protocol: ProtocolRef,
    /// Planned or done.
    pub status: SessionStatus,
    /// The appointment (required when planned).
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ended (required when done).
    pub ended_at: Option<DateTime<Utc>>,
    /// The patient's zone for it.
    pub zone: Tz,
}

/// A recorded session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Its id.
    pub id: i64,
    /// The protocol and exact version it was planned with.
    pub protocol: ProtocolRef,
    /// Planned or done.
    pub status: SessionStatus,
    /// The appointment, if known.
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ended, if done.
    pub ended_at: Option<DateTime<Utc>>,
    /// The patient's zone for it.
    pub zone: Tz,
    /// Its number among the done sessions of the same protocol (1 for the first); 0 if planned.
    pub number: u32,
}

impl SessionRecord {
    /// The session as the timeline sees it, if it is done.
    pub fn treatment(&self) -> Option<TreatmentSession> {
        Some(TreatmentSession {
            protocol: self.protocol.clone(),
            ended_at: self.ended_at?,
            zone: self.zone,
            number: self.number.max(1),
        })
    }
}

/// How far in the future a "done" time may be (clock skew between devices).
const FUTURE_SLACK: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

const COLUMNS: &str = "id, protocol_id, protocol_version, status, starts_at, ended_at, zone";

fn from_row(row: &Row<'_>) -> rusqlite::Result<SessionRecord> {
    let status: String = row.get(3)?;
    let zone: String = row.get(6)?;
    Ok(SessionRecord {
        id: row.get(0)?,
        protocol: ProtocolRef {
            id: row.get(1)?,
            version: row.get(2)?,
        },
        status: if status == "done" {
            SessionStatus::Done
        } else {
            SessionStatus::Planned
        },
        starts_at: row.get::<_, Option<i64>>(4)?.map(from_db).transpose()?,
        ended_at: row.get::<_, Option<i64>>(5)?.map(from_db).transpose()?,
        zone: zone.parse().unwrap_or(Tz::UTC),
        number: 0,
    })
}

/// Numbers done sessions per protocol id in order of their end.
fn number(sessions: &mut [SessionRecord]) {
    sessions.sort_by_key(|s| (s.ended_at.or(s.starts_at), s.id));
    let mut counts: std::collections::BTreeMap<String, u32> = Default::default();
    for s in sessions.iter_mut() {
        if s.status == SessionStatus::Done {
            let n = counts.entry(s.protocol.id.clone()).or_insert(0);
            *n += 1;
            s.number = *n;
        }
    }
}

impl Journal {
    /// Records a session after checking it.
    pub fn add_session(
        &self,
        new: &NewSession,
        now: DateTime<Utc>,
    ) -> Result<SessionRecord, JournalError> {
        super::sane_time("now", now)?;
        for (field, at) in [("starts_at", new.starts_at), ("ended_at", new.ended_at)] {
            if let Some(at) = at {
                super::sane_time(field, at)?;
            }
        }
        if self
            .catalog()
            .get(&new.protocol.id, Some(new.protocol.version))
            .is_none()
        {
            return Err(JournalError::invalid(
                "protocol",
                format!("no protocol {} in this journal", new.protocol),
            ));
        }
        let (status, starts_at, ended_at) = match new.status {
            SessionStatus::Done => {
                let ended = new.ended_at.ok_or_else(|| {
                    JournalError::invalid("ended_at", "a done session needs its end")
                })?;
                if ended > now + FUTURE_SLACK {
                    return Err(JournalError::invalid(
                        "ended_at",
                        "a done session cannot end in the future",
                    ));
                }
                if new.starts_at.is_some_and(|s| s >= ended) {
                    return Err(JournalError::invalid("starts_at", "must be before the end"));
                }
                ("done", new.starts_at, Some(ended))
            }
            SessionStatus::Planned => {
                let starts = new.starts_at.ok_or_else(|| {
                    JournalError::invalid("starts_at", "a planned session needs its appointment")
                })?;
                if new.ended_at.is_some() {
                    return Err(JournalError::invalid(
                        "ended_at",
                        "a planned session has not ended",
                    ));
                }
                ("planned", Some(starts), None)
            }
        };
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO sessions (protocol_id, protocol_version, status, starts_at, ended_at, zone, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    new.protocol.id,
                    new.protocol.version,
                    status,
                    starts_at.map(to_db),
                    ended_at.map(to_db),
                    new.zone.name(),
                    to_db(now)
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.session(id)
    }

    /// Marks a planned session done at `ended_at`.
    pub fn complete_session(
        &self,
        id: i64,
        ended_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SessionRecord, JournalError> {
        super::sane_time("now", now)?;
        super::sane_time("ended_at", ended_at)?;
        if ended_at > now + FUTURE_SLACK {
            return Err(JournalError::invalid(
                "ended_at",
                "a done session cannot end in the future",
            ));
        }
        let current = self.session(id)?;
        if current.starts_at.is_some_and(|s| s >= ended_at) {
            return Err(JournalError::invalid(
                "ended_at",
                "must be after the appointment",
            ));
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE sessions SET status = 'done', ended_at = ?2 WHERE id = ?1",
                params![id, to_db(ended_at)],
            )?;
            Ok(())
        })?;
        self.session(id)
    }

    /// Deletes a session with everything logged for it.
    pub fn delete_session(&self, id: i64) -> Result<(), JournalError> {
        let deleted =
            self.write(|tx| Ok(tx.execute("DELETE FROM sessions WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(JournalError::NotFound {
                what: "session",
                id,
            });
        }
        Ok(())
    }

    /// One session.
    pub fn session(&self, id: i64) -> Result<SessionRecord, JournalError> {
        self.sessions()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or(JournalError::NotFound {
                what: "session",
                id,
            })
    }

    /// Every session, oldest first (done by end, planned by appointment), numbered.
    pub fn sessions(&self) -> Result<Vec<SessionRecord>, JournalError> {
        let mut sessions = self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM sessions"))?;
            let rows = stmt.query_map([], from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })?;
        number(&mut sessions);
        Ok(sessions)
    }

    /// The done session a patient is recovering from at `at`: the latest one that had ended
    /// by then, else (an entry dated before every session) the latest done one; with no `at`,
    /// the latest done one. `None` when no session is done yet. New log entries belong to it.
    pub fn recovering_from(
        &self,
        at: Option<DateTime<Utc>>,
    ) -> Result<Option<SessionRecord>, JournalError> {
        let done: Vec<SessionRecord> = self
            .sessions()?
            .into_iter()
            .filter(|s| s.status == SessionStatus::Done)
            .collect();
        let ended_by_then = done
            .iter()
            .rev()
            .find(|s| at.is_none_or(|at| s.ended_at.is_some_and(|ended| ended <= at)));
        Ok(ended_by_then.or(done.last()).cloned())
    }

    /// Whether session `id` exists.
    pub(crate) fn session_exists(tx: &rusqlite::Connection, id: i64) -> Result<bool, JournalError> {
        Ok(tx
            .query_row("SELECT 1 FROM sessions WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }
}
