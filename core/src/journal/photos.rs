//! Photo metadata: the shell keeps the image file; the journal keeps where, when and its hash.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Journal, JournalError, from_db, to_db};
use crate::symptom::{MAX_NOTE_CHARS, SymptomError, check_note};

/// A photo to record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize, serde::Deserialize)]
pub struct NewPhoto {
    /// The image file's path in the app's storage.
    pub path: String,
    /// When it was taken.
    pub taken_at: DateTime<Utc>,
    /// SHA-256 of the file, lowercase hex (64 characters).
    pub sha256: String,
    /// Free text.
    pub note: String,
}

/// A recorded photo.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Photo {
    /// Its id.
    pub id: i64,
    /// The session it belongs to.
    pub session_id: i64,
    /// The image file's path.
    pub path: String,
    /// When it was taken.
    pub taken_at: DateTime<Utc>,
    /// SHA-256 of the file.
    pub sha256: String,
    /// Free text.
    pub note: String,
}

impl Journal {
    /// Records a photo's metadata.
    pub fn add_photo(&self, session_id: i64, new: &NewPhoto) -> Result<Photo, JournalError> {
        if new.path.trim().is_empty() || new.path.len() > 4096 {
            return Err(JournalError::invalid("path", "1 to 4096 characters"));
        }
        if new.sha256.len() != 64
            || !new
                .sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(JournalError::invalid(
                "sha256",
                "64 lowercase hex characters",
            ));
        }
        // The same rules as a symptom's note: a photo's note is shown in lists and reports too,
        // so terminal escapes and other control characters are refused.
        check_note(&new.note).map_err(|err| match err {
            SymptomError::NoteTooLong => {
                JournalError::invalid("note", format!("at most {MAX_NOTE_CHARS} characters"))
            }
            _ => JournalError::invalid("note", "contains control characters"),
        })?;
        let id = self.write(|tx| {
            if !Journal::session_exists(tx, session_id)? {
                return Err(JournalError::NotFound { what: "session", id: session_id });
            }
            tx.execute(
                "INSERT INTO photos (session_id, path, taken_at, sha256, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![session_id, new.path, to_db(new.taken_at), new.sha256, new.note],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Photo {
            id,
            session_id,
            path: new.path.clone(),
            taken_at: from_db(to_db(new.taken_at)).map_err(JournalError::from)?,
            sha256: new.sha256.clone(),
            note: new.note.clone(),
        })
    }

    /// A session's photos, oldest first.
    pub fn photos(&self, session_id: i64) -> Result<Vec<Photo>, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, session_id, path, taken_at, sha256, note FROM photos WHERE session_id = ?1 ORDER BY taken_at, id",
            )?;
            let rows = stmt.query_map([session_id], |r| {
                Ok(Photo {
                    id: r.get(0)?,
                    session_id: r.get(1)?,
                    path: super::symptoms::lossy_text(r, 2)?,
                    taken_at: from_db(r.get(3)?)?,
                    sha256: r.get(4)?,
                    note: super::symptoms::lossy_text(r, 5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Forgets a photo (the shell deletes the file).
    pub fn delete_photo(&self, id: i64) -> Result<(), JournalError> {
        let deleted = self.write(|tx| Ok(tx.execute("DELETE FROM photos WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(JournalError::NotFound { what: "photo", id });
        }
        Ok(())
    }
}
