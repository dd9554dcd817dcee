//! "I contacted my provider": the patient's record that a red flag reached their provider.
//!
//! Kept in the log and the report; triage reads them so a flag the provider already knows about
//! stops calling for contact until something new is logged.

use chrono::{DateTime, Utc};
use rusqlite::{Row, params};

use super::symptoms::lossy_text;
use super::{Journal, JournalError, from_db, to_db};
use crate::symptom::{MAX_NOTE_CHARS, SymptomError, check_note};
use crate::triage::ProviderContact;

/// How far in the future a contact may be dated (clock skew between devices).
const FUTURE_SLACK: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

/// The longest rule id a contact may name (rule ids are short slugs).
const MAX_RULE_ID: usize = 64;

const COLUMNS: &str = "id, session_id, rule_id, contacted_at, note";

fn from_row(row: &Row<'_>) -> rusqlite::Result<ProviderContact> {
    Ok(ProviderContact {
        id: row.get(0)?,
        session_id: row.get(1)?,
        rule_id: row.get(2)?,
        contacted_at: from_db(row.get(3)?)?,
        note: lossy_text(row, 4)?,
    })
}

impl Journal {
    /// Records that the patient contacted their provider at `contacted_at` about the red flag
    /// `rule_id` of a session, or about every flag raised by then when `rule_id` is `None`.
    pub fn record_provider_contact(
        &self,
        session_id: i64,
        rule_id: Option<&str>,
        contacted_at: DateTime<Utc>,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<ProviderContact, JournalError> {
        if let Some(rule) = rule_id {
            let slug = rule
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if rule.is_empty() || rule.len() > MAX_RULE_ID || !slug {
                return Err(JournalError::invalid("rule_id", "not a rule id"));
            }
        }
        check_note(note).map_err(|err| match err {
            SymptomError::NoteTooLong => {
                JournalError::invalid("note", format!("at most {MAX_NOTE_CHARS} characters"))
            }
            _ => JournalError::invalid("note", "contains control characters"),
        })?;
        if contacted_at > now + FUTURE_SLACK {
            return Err(JournalError::invalid(
                "contacted_at",
                "cannot be in the future",
            ));
        }
        if let Some(rule) = rule_id
            && !self.is_session_flag(session_id, rule)?
        {
            return Err(JournalError::invalid(
                "rule_id",
                "not a warning sign of this session's protocol",
            ));
        }
        let id = self.write(|tx| {
            if !Journal::session_exists(tx, session_id)? {
                return Err(JournalError::NotFound {
                    what: "session",
                    id: session_id,
                });
            }
            tx.execute(
                "INSERT INTO provider_contacts (session_id, rule_id, contacted_at, note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![session_id, rule_id, to_db(contacted_at), note, to_db(now)],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(ProviderContact {
            id,
            session_id,
            rule_id: rule_id.map(str::to_string),
            contacted_at: from_db(to_db(contacted_at))?,
            note: note.to_string(),
        })
    }

    /// Whether `rule` is a red flag that can speak for session `session_id`: one of its own
    /// protocol, or of an earlier session's (late signs count from every session).
    fn is_session_flag(&self, session_id: i64, rule: &str) -> Result<bool, JournalError> {
        let sessions = self.sessions()?;
        let Some(session) = sessions.iter().find(|s| s.id == session_id) else {
            return Err(JournalError::NotFound {
                what: "session",
                id: session_id,
            });
        };
        let catalog = self.catalog();
        let until = session.ended_at.or(session.starts_at);
        Ok(sessions
            .iter()
            .filter(|s| s.id == session_id || s.ended_at.zip(until).is_some_and(|(e, u)| e < u))
            .filter_map(|s| catalog.get(&s.protocol.id, Some(s.protocol.version)))
            .any(|protocol| {
                protocol
                    .rule(rule)
                    .is_some_and(|r| matches!(r.kind, crate::protocol::RuleKind::RedFlag(_)))
            }))
    }

    /// A session's provider contacts, oldest first.
    pub fn provider_contacts(&self, session_id: i64) -> Result<Vec<ProviderContact>, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM provider_contacts WHERE session_id = ?1
                 ORDER BY contacted_at, id"
            ))?;
            let contacts = stmt
                .query_map([session_id], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            if contacts.is_empty() && !Journal::session_exists(conn, session_id)? {
                return Err(JournalError::NotFound {
                    what: "session",
                    id: session_id,
                });
            }
            Ok(contacts)
        })
    }

    /// Deletes a provider contact recorded by mistake.
    pub fn delete_provider_contact(&self, id: i64) -> Result<(), JournalError> {
        let deleted =
            self.write(|tx| Ok(tx.execute("DELETE FROM provider_contacts WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(JournalError::NotFound {
                what: "provider contact",
                id,
            });
        }
        Ok(())
    }
}
