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
use super::output::{self, Partial};
use super::{Journal, JournalError, place, schema};
use crate::input_file::{self, CopyFailure, MAX_BACKUP_BYTES};

fn keyed(
    path: &Path,
    key: Option<&JournalKey>,
    flags: OpenFlags,
) -> Result<Connection, JournalError> {
    // Never through a link planted at the name.
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NOFOLLOW)?;
    super::open::apply_key(&conn, key)?;
    Ok(conn)
}

/// What a copy is for: a backup, or a journal (whose key check is written, bound to the new
/// file, before the file takes the journal's name).
#[derive(Clone, Copy)]
enum CopyFor<'a> {
    Backup,
    Journal(&'a Path),
}

/// Copies every page of `src` into a new file at `dest`: written privately (0600) beside it
/// under an unpredictable name ([`Partial`]), then renamed, so a half-written copy never has the
/// final name and two backups to one file cannot remove each other's work. A failure removes
/// the temporary file and everything SQLite made beside it.
fn copy(
    src: &Connection,
    dest: &Path,
    key: Option<&JournalKey>,
    purpose: CopyFor<'_>,
) -> Result<(), JournalError> {
    let temp =
        Partial::beside(dest, "partial").map_err(|e| JournalError::io("create the copy", e))?;
    {
        let mut out = keyed(temp.path(), key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        {
            let backup = Backup::new(src, &mut out)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        // A backup is one self-contained file, not a WAL pair.
        out.execute_batch("PRAGMA journal_mode = DELETE;")?;
    }
    if let (CopyFor::Journal(journal), Some(key)) = (purpose, key) {
        super::key::write_check(journal, key, temp.path())?;
    }
    temp.persist(dest)
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
    // Tables and version must agree (a damaged version is not a newer app's backup).
    let kind = schema::kind(src, found).map_err(|_| JournalError::InvalidBackup)?;
    if tables != 2 || found == 0 || kind != schema::Kind::Journal {
        return Err(JournalError::InvalidBackup);
    }
    if found > schema::SCHEMA_VERSION {
        return Err(JournalError::NewerBackup {
            found,
            supported: schema::SCHEMA_VERSION,
        });
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
    /// Writes a consistent snapshot of the journal to `dest` (replacing it, if it is a regular
    /// file: see [`Journal::check_output`]). An encrypted journal's backup is encrypted with the
    /// same key, so it needs that key to restore. The journal's pages are checked first: a
    /// damaged journal is reported, not copied. What killed backups left beside `dest` is
    /// removed first.
    pub fn backup(
        &self,
        dest: &Path,
        key: Option<&JournalKey>,
        _now: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        self.check_output(dest)?;
        output::sweep(dest, "partial");
        self.verify_pages()?;
        let conn = self.lock();
        copy(&conn, dest, key, CopyFor::Backup).map_err(|err| place::explain(err, dest))
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
        let result = (|| {
            let mut staged = Partial::beside(&path, "restore")
                .map_err(|e| JournalError::io("copy the backup", e))?;
            match input_file::copy_input(backup, staged.file(), MAX_BACKUP_BYTES) {
                Ok(_) => {}
                // Writing the copy failed (a full disk): say so, the backup may be fine.
                Err(CopyFailure::Output(e)) => return Err(JournalError::io("copy the backup", e)),
                // Missing, unreadable, not a regular file or too large: not a backup this app
                // reads.
                Err(CopyFailure::Input(_)) => return Err(JournalError::InvalidBackup),
            }
            staged
                .file()
                .sync_all()
                .map_err(|e| JournalError::io("copy the backup", e))?;
            restore_staged(staged.path(), &path, key, now)
        })();
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
    copy(&src, path, key, CopyFor::Journal(path))?;
    drop(src);
    let (conn, recovery) = super::open::open_in_setup(path, key, now, &mut setup)?;
    let in_use = setup.finish()?;
    Ok((Journal::new(path.to_path_buf(), conn, in_use)?, recovery))
}
