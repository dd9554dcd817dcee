//! Backups: a consistent snapshot (SQLite's online backup) that restores into a fresh install
//! of this or any later version. An encrypted journal's backup is encrypted with the same key.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::key::JournalKey;
use super::open::Recovery;
use super::{Journal, JournalError, schema};

fn temp_beside(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".partial");
    PathBuf::from(name)
}

fn keyed(
    path: &Path,
    key: Option<&JournalKey>,
    flags: OpenFlags,
) -> Result<Connection, JournalError> {
    let conn = Connection::open_with_flags(path, flags)?;
    super::open::apply_key(&conn, key)?;
    Ok(conn)
}

/// Copies every page of `src` into a new file at `dest` (written beside it, then renamed, so a
/// half-written backup never has the final name).
fn copy(src: &Connection, dest: &Path, key: Option<&JournalKey>) -> Result<(), JournalError> {
    let tmp = temp_beside(dest);
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut out = keyed(
            &tmp,
            key,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        {
            let backup = Backup::new(src, &mut out)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        // A backup is one self-contained file, not a WAL pair.
        out.execute_batch("PRAGMA journal_mode = DELETE;")?;
        drop(out);
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| JournalError::io("flush the backup", e))?;
        std::fs::rename(&tmp, dest).map_err(|e| JournalError::io("name the backup", e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

impl Journal {
    /// Writes a consistent snapshot of the journal to `dest` (replacing it). An encrypted journal's
    /// backup is encrypted with the same key, so it needs that key to restore.
    pub fn backup(&self, dest: &Path, key: Option<&JournalKey>) -> Result<(), JournalError> {
        if dest
            .parent()
            .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
        {
            return Err(JournalError::MissingDirectory(
                dest.parent().unwrap_or(dest).to_path_buf(),
            ));
        }
        let conn = self.lock();
        copy(&conn, dest, key)
    }

    /// Restores `backup` into a new journal at `path` (which must not exist or hold no records)
    /// and opens it, migrating an older backup to this version. A backup from a newer version,
    /// or a file that is not a backup, is refused and nothing is written.
    pub fn restore(
        backup: &Path,
        path: &Path,
        key: Option<&JournalKey>,
        now: DateTime<Utc>,
    ) -> Result<(Journal, Option<Recovery>), JournalError> {
        if !backup.is_file() {
            return Err(JournalError::InvalidBackup);
        }
        if key.is_none() && !super::open::looks_plain(backup) {
            // An encrypted backup is whole pages of ciphertext; anything else is not a backup.
            return Err(if super::open::may_be_encrypted(backup) {
                JournalError::WrongKey
            } else {
                JournalError::InvalidBackup
            });
        }
        let src = keyed(backup, key, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|_| JournalError::InvalidBackup)?;
        let tables: i64 = src
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sessions', 'symptom_entries')",
                [],
                |r| r.get(0),
            )
            .map_err(|err| match JournalError::from(err) {
                JournalError::Corrupted if key.is_some() => JournalError::WrongKey,
                _ => JournalError::InvalidBackup,
            })?;
        let found = schema::version(&src).map_err(|_| JournalError::InvalidBackup)?;
        if found > schema::SCHEMA_VERSION {
            return Err(JournalError::NewerBackup {
                found,
                supported: schema::SCHEMA_VERSION,
            });
        }
        if tables != 2 || found == 0 {
            return Err(JournalError::InvalidBackup);
        }
        let ok: String = src
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|_| JournalError::InvalidBackup)?;
        if ok != "ok" {
            return Err(JournalError::InvalidBackup);
        }
        if std::fs::metadata(path).is_ok_and(|m| m.len() > 0) {
            let (existing, _) = Journal::open(path, key, now)?;
            if !existing.sessions()?.is_empty() {
                return Err(JournalError::RestoreOverData);
            }
            drop(existing);
            // Even an empty journal is moved aside, never deleted.
            super::open::move_aside(path, now, "replaced")?;
        } else if path
            .parent()
            .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
        {
            return Err(JournalError::MissingDirectory(
                path.parent().unwrap_or(path).to_path_buf(),
            ));
        }
        copy(&src, path, key)?;
        drop(src);
        if let Some(key) = key {
            super::key::write_check(path, key)?;
        }
        Journal::open(path, key, now)
    }
}
