//! Backups and restores. A backup is a header ([`super::backup_file`]) and a consistent
//! snapshot of the journal, locked one of three ways: with a recovery code or a passphrase
//! (SQLCipher's own key derivation and export; it opens on any phone), with the journal's own
//! key (only where that key is), or not at all (a plain journal). A restore reads what the
//! header says before anything else, unlocks, checks, and writes a new journal encrypted with
//! the key of the phone it is restored on.

use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags, params};

use super::backup_file::{self, BackupInfo, BackupLock, KDF_ROUNDS};
use super::key::JournalKey;
use super::lock::{MOVE_PATIENCE, Setup};
use super::open::Recovery;
use super::output::{self, Partial};
use super::passphrase::{Passphrase, Zeroed};
use super::{Journal, JournalError, place, schema};
use crate::input_file::{self, MAX_BACKUP_BYTES};

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

/// Opens a database locked with a recovery code or passphrase: SQLCipher derives the key
/// (PBKDF2-HMAC-SHA512, `rounds`) on the first read, with the settings written explicitly so a
/// later SQLCipher with other defaults still reads this format.
fn passphrase_keyed(
    path: &Path,
    secret: &Passphrase,
    rounds: u32,
    flags: OpenFlags,
) -> Result<Connection, JournalError> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NOFOLLOW)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let pragmas = Zeroed(format!(
        "PRAGMA key = {}; PRAGMA kdf_iter = {rounds}; \
         PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512; \
         PRAGMA cipher_hmac_algorithm = HMAC_SHA512; PRAGMA cipher_page_size = 4096;",
        secret.sql_literal().0
    ));
    conn.execute_batch(&pragmas.0)?;
    Ok(conn)
}

/// The key as `ATTACH … KEY ?` takes it: the raw-key literal, or nothing for a plain file.
fn attach_key(key: Option<&JournalKey>) -> Zeroed {
    Zeroed(key.map(JournalKey::sqlcipher_literal).unwrap_or_default())
}

/// Copies every page of `src` (same key) into the empty file at `dest`.
fn copy_pages(src: &Connection, dest: &Path, key: Option<&JournalKey>) -> Result<(), JournalError> {
    let mut out = keyed(dest, key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    {
        let backup = Backup::new(src, &mut out)?;
        backup.run_to_completion(256, Duration::from_millis(5), None)?;
    }
    // One self-contained file, not a WAL pair.
    out.execute_batch("PRAGMA journal_mode = DELETE;")?;
    Ok(())
}

/// SQLCipher's own export: `from`'s main database (every table, index and trigger, and the
/// schema version) into the new file `into`, attached with `key` (a bound parameter: a raw-key
/// literal, a passphrase, or nothing for a plain file); `settings` are SQLCipher pragmas for
/// the attached file (`{db}` stands for its name), run before its first page is written.
fn export(from: &Connection, into: &Path, key: &str, settings: &str) -> Result<(), JournalError> {
    if !cfg!(feature = "encryption") {
        return Err(JournalError::EncryptionUnavailable);
    }
    let version = schema::version(from)?;
    from.execute(
        "ATTACH DATABASE ?1 AS exported KEY ?2",
        params![into.to_string_lossy(), key],
    )?;
    let exported = (|| -> Result<(), JournalError> {
        from.execute_batch(&settings.replace("{db}", "exported"))?;
        from.query_row("SELECT sqlcipher_export('exported')", [], |_| Ok(()))?;
        from.execute_batch(&format!("PRAGMA exported.user_version = {version};"))?;
        Ok(())
    })();
    let detached = from.execute_batch("DETACH DATABASE exported;");
    exported?;
    detached?;
    Ok(())
}

/// The settings a code's or passphrase's backup is written with: SQLCipher 4's defaults,
/// pinned, so a later SQLCipher with other defaults still reads format 1 (the header says the
/// same; `KDF_ROUNDS` is 256,000).
const LOCKED_SETTINGS: &str = "PRAGMA {db}.kdf_iter = 256000; \
     PRAGMA {db}.cipher_kdf_algorithm = PBKDF2_HMAC_SHA512; \
     PRAGMA {db}.cipher_hmac_algorithm = HMAC_SHA512; \
     PRAGMA {db}.cipher_page_size = 4096;";

/// Checks a backup (a private copy of it): an Aftercare journal this version reads, undamaged.
/// A page that cannot be read under `key` is a wrong key when there was one.
fn validate(src: &Connection, key_given: bool) -> Result<(), JournalError> {
    let tables: i64 = src
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sessions', 'symptom_entries')",
            [],
            |r| r.get(0),
        )
        .map_err(|err| match JournalError::from(err) {
            JournalError::Corrupted if key_given => JournalError::WrongKey,
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
    /// Writes a backup of the journal to `dest` (replacing it, if it is a regular file: see
    /// [`Journal::check_output`]), locked with the journal's own key (`key`, for an encrypted
    /// journal: it opens only where that key is) or not at all (a plain journal). For a backup
    /// that opens on a new phone, see [`Journal::backup_locked`]. The journal's pages are
    /// checked first: a damaged journal is reported, not copied. What killed backups left
    /// beside `dest` is removed first.
    pub fn backup(
        &self,
        dest: &Path,
        key: Option<&JournalKey>,
        now: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        let lock = if key.is_some() {
            BackupLock::JournalKey
        } else {
            BackupLock::None
        };
        self.write_backup(dest, lock, now, |conn, database| {
            copy_pages(conn, database, key)
        })
    }

    /// Writes a backup locked with a recovery code or a passphrase (`secret`): SQLCipher
    /// exports the journal into a database keyed from it (PBKDF2-HMAC-SHA512, 256,000 rounds,
    /// a fresh random salt for every backup), behind a header saying so. It opens on any phone
    /// with the same code or passphrase, and with nothing else.
    pub fn backup_locked(
        &self,
        dest: &Path,
        secret: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        if !cfg!(feature = "encryption") {
            return Err(JournalError::EncryptionUnavailable);
        }
        let lock = if secret.is_recovery_code() {
            BackupLock::RecoveryCode
        } else {
            BackupLock::Passphrase
        };
        self.write_backup(dest, lock, now, |conn, database| {
            // The journal's own connection attaches the new, empty file keyed from the secret
            // (a bound parameter: never in SQL text), pins the derivation's settings before its
            // first page is written, and SQLCipher exports into it.
            export(conn, database, secret.secret(), LOCKED_SETTINGS)
        })
    }

    /// A backup: checked target, swept leftovers, checked pages; the database made by `make`
    /// into a private temporary file, then header and database into another, renamed over
    /// `dest`.
    fn write_backup(
        &self,
        dest: &Path,
        lock: BackupLock,
        now: DateTime<Utc>,
        make: impl FnOnce(&Connection, &Path) -> Result<(), JournalError>,
    ) -> Result<(), JournalError> {
        self.check_output(dest)?;
        output::sweep(dest, "partial");
        self.verify_pages()?;
        let result = (|| {
            let database = Partial::beside(dest, "partial")
                .map_err(|e| JournalError::io("create the backup", e))?;
            {
                let conn = self.lock();
                make(&conn, database.path())?;
            }
            let mut out = Partial::beside(dest, "partial")
                .map_err(|e| JournalError::io("create the backup", e))?;
            let mut pages = place::open_regular(database.path()).ok_or(JournalError::Io {
                op: "read the backup",
                kind: std::io::ErrorKind::NotFound,
            })?;
            let file = out.file();
            file.write_all(backup_file::header(lock, now).as_bytes())
                .and_then(|()| std::io::copy(&mut pages, file).map(|_| ()))
                .map_err(|e| JournalError::io("write the backup", e))?;
            out.persist(dest)
        })();
        result.map_err(|err| place::explain(err, dest))
    }

    /// What a backup file says about itself (its format, how it is locked, the key
    /// derivation's cost, when it was made) without unlocking it: never health data.
    pub fn inspect_backup(backup: &Path) -> Result<BackupInfo, JournalError> {
        let mut file = input_file::open_input(backup, MAX_BACKUP_BYTES)
            .map_err(|_| JournalError::InvalidBackup)?;
        let (info, _) = backup_file::read(&mut file)?;
        Ok(info)
    }

    /// Restores a backup locked with the journal's own key (`key`, on the phone that made it)
    /// or not at all into a new journal at `path` (which must not exist or hold no records),
    /// encrypted with `key` if one is given, and opens it, migrating an older backup to this
    /// version. A backup locked with a recovery code or passphrase needs
    /// [`Journal::restore_locked`] ([`JournalError::BackupLocked`] here). A backup from a newer
    /// version, or a file that is not a backup, is refused and nothing is written. While another
    /// process has the journal open, nothing is moved: [`JournalError::InUse`].
    pub fn restore(
        backup: &Path,
        path: &Path,
        key: Option<&JournalKey>,
        now: DateTime<Utc>,
    ) -> Result<(Journal, Option<Recovery>), JournalError> {
        restore(backup, path, key, None, now)
    }

    /// [`Journal::restore`] for a backup locked with a recovery code or passphrase: `secret`
    /// unlocks it (a wrong one is [`JournalError::WrongPassphrase`], and nothing is written),
    /// and the restored journal is encrypted with this phone's `key`.
    pub fn restore_locked(
        backup: &Path,
        path: &Path,
        key: Option<&JournalKey>,
        secret: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(Journal, Option<Recovery>), JournalError> {
        restore(backup, path, key, Some(secret), now)
    }
}

fn restore(
    backup: &Path,
    path: &Path,
    key: Option<&JournalKey>,
    secret: Option<&Passphrase>,
    now: DateTime<Utc>,
) -> Result<(Journal, Option<Recovery>), JournalError> {
    if key.is_some() && !cfg!(feature = "encryption") {
        return Err(JournalError::EncryptionUnavailable);
    }
    let path = place::resolve(path)?;
    // The backup is read once, into a private copy beside the journal: it is a regular file of
    // bounded size (never a FIFO or a device), and cannot change while it is checked.
    let result = (|| {
        let mut staged = Partial::beside(&path, "restore")
            .map_err(|e| JournalError::io("copy the backup", e))?;
        let info = stage(backup, staged.file())?;
        staged
            .file()
            .sync_all()
            .map_err(|e| JournalError::io("copy the backup", e))?;
        let src = unlock(staged.path(), &info, key, secret)?;
        restore_staged(&src, &path, key, &info, now)
    })();
    result.map_err(|err| place::explain(err, &path))
}

/// Copies the database part of `backup` into `out`; returns what its header said. The input is
/// a regular file of at most [`MAX_BACKUP_BYTES`], else not a backup this app reads; writing the
/// copy failing (a full disk) is said as such.
fn stage(backup: &Path, out: &mut std::fs::File) -> Result<BackupInfo, JournalError> {
    let file = input_file::open_input(backup, MAX_BACKUP_BYTES)
        .map_err(|_| JournalError::InvalidBackup)?;
    let mut input = file.take(MAX_BACKUP_BYTES);
    let mut start = Vec::with_capacity(backup_file::MAX_HEADER);
    (&mut input)
        .take(backup_file::MAX_HEADER as u64)
        .read_to_end(&mut start)
        .map_err(|_| JournalError::InvalidBackup)?;
    let (info, offset) = backup_file::parse(&start)?;
    out.write_all(&start[offset..])
        .map_err(|e| JournalError::io("copy the backup", e))?;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(JournalError::InvalidBackup),
        };
        out.write_all(&buffer[..n])
            .map_err(|e| JournalError::io("copy the backup", e))?;
    }
    Ok(info)
}

/// Opens the staged database as its header says, checks it, and returns it with how it is to
/// become the journal.
fn unlock(
    staged: &Path,
    info: &BackupInfo,
    key: Option<&JournalKey>,
    secret: Option<&Passphrase>,
) -> Result<Connection, JournalError> {
    // The staged copy is private: opened writable so SQLCipher can export from it into the
    // journal it attaches (an attached database shares the connection's read-only flag).
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE;
    if info.lock.needs_secret() {
        let Some(secret) = secret else {
            return Err(JournalError::BackupLocked(info.lock));
        };
        if !cfg!(feature = "encryption") {
            return Err(JournalError::EncryptionUnavailable);
        }
        // A code typed for a passphrase's backup (or the reverse) simply does not open it.
        let rounds = info.kdf_rounds.unwrap_or(KDF_ROUNDS);
        let src = passphrase_keyed(staged, secret, rounds, flags)
            .map_err(|_| JournalError::InvalidBackup)?;
        src.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|err| match JournalError::from(err) {
            JournalError::Corrupted => JournalError::WrongPassphrase,
            _ => JournalError::InvalidBackup,
        })?;
        validate(&src, false)?;
        return Ok(src);
    }
    if super::open::looks_plain(staged) {
        let src = keyed(staged, None, flags).map_err(|_| JournalError::InvalidBackup)?;
        validate(&src, false)?;
        return Ok(src);
    }
    // Ciphertext under the journal's own key (a device-key backup): only that key opens it.
    let Some(key) = key else {
        return Err(if super::open::may_be_encrypted(staged) {
            JournalError::NoKey
        } else {
            JournalError::InvalidBackup
        });
    };
    let src = keyed(staged, Some(key), flags).map_err(|_| JournalError::InvalidBackup)?;
    validate(&src, true)?;
    Ok(src)
}

/// [`Journal::restore`] from an unlocked, checked copy of the backup.
fn restore_staged(
    src: &Connection,
    path: &Path,
    key: Option<&JournalKey>,
    info: &BackupInfo,
    now: DateTime<Utc>,
) -> Result<(Journal, Option<Recovery>), JournalError> {
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
    let temp = Partial::beside(path, "partial").map_err(|e| JournalError::io("restore", e))?;
    let same_key =
        info.lock == BackupLock::JournalKey || (info.lock == BackupLock::None && key.is_none());
    if same_key {
        copy_pages(src, temp.path(), key)?;
    } else {
        // Another lock than the journal's (a code, a passphrase, a plain backup restored on a
        // phone that encrypts): SQLCipher re-encrypts it under this phone's key.
        export(src, temp.path(), &attach_key(key).0, "")?;
        if key.is_none() {
            // A plain journal's identity for its WAL mark, as a new one gets.
            super::open::give_identity(temp.path())?;
        }
    }
    if let Some(key) = key {
        super::key::write_check(path, key, temp.path())?;
    }
    temp.persist(path)?;
    let (conn, recovery) = super::open::open_in_setup(path, key, now, &mut setup)?;
    let in_use = setup.finish()?;
    Ok((Journal::new(path.to_path_buf(), conn, in_use)?, recovery))
}

#[cfg(test)]
mod tests {
    #[test]
    fn pinned_settings_agree_with_the_header() {
        assert!(
            super::LOCKED_SETTINGS
                .contains(&format!("kdf_iter = {}", super::backup_file::KDF_ROUNDS))
        );
    }
}
