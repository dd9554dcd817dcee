//! Backups: a consistent snapshot (SQLite's online backup) that restores into a fresh install
//! of this or any later version. An encrypted journal's backup is encrypted with the same key.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::key::JournalKey;
use super::lock::{MOVE_PATIENCE, Setup};
use super::open::Recovery;
use super::{Journal, JournalError, place, schema};
use crate::input_file::{self, MAX_BACKUP_BYTES};

fn keyed(
    path: &Path,
    key: Option<&JournalKey>,
    flags: OpenFlags,
) -> Result<Connection, JournalError> {
    let conn = Connection::open_with_flags(path, flags)?;
    super::open::apply_key(&conn, key)?;
    Ok(conn)
}

/// Copies every page of `src` into a new file at `dest`: written privately (0600) beside it
/// under a name no other writer uses, then renamed, so a half-written backup never has the final
/// name and two backups to one file cannot remove each other's work. A failure removes the
/// temporary file and everything SQLite made beside it.
fn copy(src: &Connection, dest: &Path, key: Option<&JournalKey>) -> Result<(), JournalError> {
    let tmp = place::unique_beside(dest, "partial")?;
    let result = (|| {
        let mut out = keyed(&tmp, key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        {
            let backup = Backup::new(src, &mut out)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        // A backup is one self-contained file, not a WAL pair.
        out.execute_batch("PRAGMA journal_mode = DELETE;")?;
        drop(out);
        place::sync_file(&tmp)?;
        std::fs::rename(&tmp, dest).map_err(|e| JournalError::io("name the backup", e))?;
        place::sync_dir(dest);
        Ok(())
    })();
    if result.is_err() {
        place::remove_temp(&tmp);
    }
    result
}

/// Checks a backup (a private copy of it): an Aftercare journal this version reads, undamaged.
fn validate(src: &Connection, key: Option<&JournalKey>) -> Result<(), JournalError> {
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
    let found = schema::version(src).map_err(|_| JournalError::InvalidBackup)?;
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
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|_| JournalError::InvalidBackup)?;
    if ok != "ok" {
        return Err(JournalError::InvalidBackup);
    }
    Ok(())
}

impl Journal {
    /// Writes a consistent snapshot of the journal to `dest` (replacing it). An encrypted journal's
    /// backup is encrypted with the same key, so it needs that key to restore. The journal's
    /// pages are checked first: a damaged journal is reported, not copied.
    pub fn backup(&self, dest: &Path, key: Option<&JournalKey>) -> Result<(), JournalError> {
        if dest
            .parent()
            .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
        {
            return Err(JournalError::MissingDirectory(
                dest.parent().unwrap_or(dest).to_path_buf(),
            ));
        }
        if self.owns(dest) {
            return Err(JournalError::OutputIsJournal(dest.to_path_buf()));
        }
        if dest.is_dir() || dest.file_name().is_none() {
            return Err(JournalError::NotAFile(dest.to_path_buf()));
        }
        self.verify_pages()?;
        let conn = self.lock();
        copy(&conn, dest, key).map_err(|err| place::explain(err, dest))
    }

    /// Restores `backup` into a new journal at `path` (which must not exist or hold no records)
    /// and opens it, migrating an older backup to this version. A backup from a newer version,
    /// or a file that is not a backup, is refused and nothing is written. While another process
    /// has the journal open, nothing is moved: [`JournalError::InUse`].
    pub fn restore(
        backup: &Path,
        path: &Path,
        key: Option<&JournalKey>,
        now: DateTime<Utc>,
    ) -> Result<(Journal, Option<Recovery>), JournalError> {
        if key.is_some() && !cfg!(feature = "encryption") {
            return Err(JournalError::EncryptionUnavailable);
        }
        let path = place::resolve(path)?;
        // The backup is read once, into a private copy beside the journal: it is a regular file
        // of bounded size (never a FIFO or a device), and cannot change while it is checked.
        let staged = place::unique_beside(&path, "restore")?;
        let result = (|| {
            let mut out = std::fs::OpenOptions::new()
                .write(true)
                .open(&staged)
                .map_err(|e| JournalError::io("copy the backup", e))?;
            // Missing, unreadable, not a regular file or too large: not a backup this app reads.
            input_file::copy_input(backup, &mut out, MAX_BACKUP_BYTES)
                .map_err(|_| JournalError::InvalidBackup)?;
            out.sync_all()
                .map_err(|e| JournalError::io("copy the backup", e))?;
            drop(out);
            restore_staged(&staged, &path, key, now)
        })();
        place::remove_temp(&staged);
        result.map_err(|err| place::explain(err, &path))
    }
}

/// [`Journal::restore`] from a private, bounded copy of the backup.
fn restore_staged(
    staged: &Path,
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
) -> Result<(Journal, Option<Recovery>), JournalError> {
    if key.is_none() && !super::open::looks_plain(staged) {
        // An encrypted backup is whole pages of ciphertext; anything else is not a backup.
        return Err(if super::open::may_be_encrypted(staged) {
            JournalError::WrongKey
        } else {
            JournalError::InvalidBackup
        });
    }
    let src = keyed(staged, key, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| JournalError::InvalidBackup)?;
    validate(&src, key)?;
    // From here on no other process may open the journal (setup lock) or have it open (use
    // lock, exclusive): a writer acknowledged now could not find its record afterwards.
    let mut setup = Setup::acquire(path)?;
    setup.exclusive(MOVE_PATIENCE)?;
    if std::fs::symlink_metadata(path).is_ok() {
        let (conn, _) = super::open::open_in_setup(path, key, now, &mut setup)?;
        let sessions: i64 = conn.query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))?;
        if sessions > 0 {
            return Err(JournalError::RestoreOverData);
        }
        // The WAL's frames go into the database before it moves, and the two move together.
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        drop(conn);
        setup.exclusive(MOVE_PATIENCE)?;
        // Even an empty journal is moved aside, never deleted.
        super::open::move_aside(path, now, "replaced")?;
    } else {
        // A deleted journal's WAL or key check must not meet the restored one.
        super::open::move_aside(path, now, "orphan")?;
    }
    if let Some(key) = key {
        super::key::write_check(path, key)?;
    }
    copy(&src, path, key)?;
    drop(src);
    let (conn, recovery) = super::open::open_in_setup(path, key, now, &mut setup)?;
    let in_use = setup.finish()?;
    Ok((Journal::new(path.to_path_buf(), conn, in_use)?, recovery))
}
