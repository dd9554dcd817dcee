//! Opening a journal: key, health check, pragmas, migrations, and recovery from damage.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::JournalError;
use super::key::{self, JournalKey, KeyCheck};
use super::schema;

/// How long a writer waits for another (another process, a checkpoint) before retrying.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How often opening runs SQLite's full page check (`quick_check`): it reads every page, which
/// on a 5-year journal costs more than the whole rest of opening. Damage met in between leaves a
/// marker (see [`mark_damage`]) that makes the next open check at once.
pub const INTEGRITY_CHECK_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// What was done about a damaged journal found at open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged files were moved (never deleted): the journal and its `-wal`/`-shm`.
    pub moved_to: Vec<PathBuf>,
}

/// Why the first look at a file failed.
enum Refusal {
    /// SQLite says the file is not a database or is damaged.
    Damaged,
    /// Anything else, already mapped.
    Error(JournalError),
}

impl From<JournalError> for Refusal {
    fn from(err: JournalError) -> Refusal {
        match err {
            JournalError::Corrupted => Refusal::Damaged,
            other => Refusal::Error(other),
        }
    }
}

impl From<rusqlite::Error> for Refusal {
    fn from(err: rusqlite::Error) -> Refusal {
        Refusal::from(JournalError::from(err))
    }
}

/// Opens (creating if needed) the journal at `path`. Damage found at open is moved aside and a
/// fresh journal created; the caller learns of it through the returned [`Recovery`].
pub(crate) fn open(
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
) -> Result<(Connection, Option<Recovery>), JournalError> {
    if key.is_some() && !cfg!(feature = "encryption") {
        return Err(JournalError::EncryptionUnavailable);
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(JournalError::MissingDirectory(dir));
    }
    let existed = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
    let verdict = key::check(path, key);
    if existed && verdict == KeyCheck::Differs {
        // The verifier is certain: a wrong (or missing) key. Touch nothing.
        return Err(JournalError::WrongKey);
    }
    if existed && key.is_none() && may_be_encrypted(path) {
        // Not a plain SQLite file and no key: most likely an encrypted journal whose key check
        // was lost. Refusing is recoverable; moving it aside would look like data loss.
        return Err(JournalError::WrongKey);
    }
    match first_look_patiently(path, key, now) {
        Ok(conn) => {
            // The key opened the journal, so it is the right one: (re)write a missing verifier
            // (a new journal, or one whose verifier was lost to a crash at creation).
            if let Some(key) = key
                && verdict == KeyCheck::Absent
            {
                key::write_check(path, key)?;
            }
            Ok((conn, None))
        }
        Err(Refusal::Error(err)) => Err(err),
        Err(Refusal::Damaged) => {
            // Without a verifier, "not a database" under a key may just be the wrong key:
            // refusing is recoverable, moving a healthy journal aside is not what a patient
            // expects.
            if key.is_some() && verdict != KeyCheck::Matches {
                return Err(JournalError::WrongKey);
            }
            let moved_to = move_aside(path, now, "corrupt")?;
            let conn = first_look_patiently(path, key, now).map_err(|refusal| match refusal {
                Refusal::Error(err) => err,
                Refusal::Damaged => JournalError::Corrupted,
            })?;
            if let Some(key) = key {
                key::write_check(path, key)?;
            }
            Ok((conn, Some(Recovery { moved_to })))
        }
    }
}

/// [`first_look`], retried while another process is creating or migrating the same journal.
fn first_look_patiently(
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
) -> Result<Connection, Refusal> {
    let started = std::time::Instant::now();
    loop {
        match first_look(path, key, now) {
            Err(Refusal::Error(JournalError::Storage(code)))
                if super::is_busy(&code) && started.elapsed() < super::WRITE_PATIENCE =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// Whether a file is a plain (unencrypted) SQLite database, judged by its header: the magic
/// string, or, if that was damaged, the payload fractions (bytes 21–23) every SQLite file has.
/// An encrypted file's first bytes are a random salt and ciphertext.
pub(crate) fn looks_plain(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 24];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    if file.read_exact(&mut header).is_err() {
        return false;
    }
    &header[..16] == b"SQLite format 3\0" || header[21..24] == [64, 32, 32]
}

/// Whether a file could be an encrypted SQLite database: not plain, and whole 1 KiB pages
/// (SQLite and SQLCipher always write whole pages; text or a torn file is not that).
pub(crate) fn may_be_encrypted(path: &Path) -> bool {
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    !looks_plain(path) && len >= 1024 && len % 1024 == 0
}

/// Opens, keys and checks the file; sets the pragmas and migrates.
fn first_look(
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
) -> Result<Connection, Refusal> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn =
        Connection::open_with_flags(path, flags).map_err(|err| match err.sqlite_error_code() {
            Some(ErrorCode::CannotOpen) => Refusal::Error(JournalError::ReadOnly),
            _ => Refusal::from(err),
        })?;
    apply_key(&conn, key)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The first read decrypts and parses page 1: wrong keys and damaged headers fail here.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })?;
    // A newer schema is refused before anything writes to the file (not even the WAL switch).
    let found = schema::version(&conn)?;
    if found > schema::SCHEMA_VERSION {
        return Err(Refusal::Error(JournalError::NewerSchema {
            found,
            supported: schema::SCHEMA_VERSION,
        }));
    }
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(Refusal::Error(JournalError::ReadOnly));
    }
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Refusal::Error(JournalError::Storage(format!(
            "journal mode {mode}"
        ))));
    }
    // FULL: an entry acknowledged to the patient survives power loss.
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    let marker = damage_marker(path);
    if found > 0 && (marker.exists() || check_due(&conn, now)) {
        let verdict: String = conn.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if verdict != "ok" {
            return Err(Refusal::Damaged);
        }
    }
    schema::migrate(&mut conn)?;
    if marker.exists() || check_due(&conn, now) {
        conn.execute(
            "INSERT INTO integrity_checks (id, checked_at) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET checked_at = ?1",
            [now.timestamp()],
        )?;
        let _ = std::fs::remove_file(&marker);
    }
    Ok(conn)
}

/// Whether the last passed full check is older than [`INTEGRITY_CHECK_EVERY`] (or unknown).
fn check_due(conn: &Connection, now: DateTime<Utc>) -> bool {
    let last: Option<i64> = conn
        .query_row(
            "SELECT checked_at FROM integrity_checks WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .ok();
    // A clock set back (last check "in the future") also checks: better once too often.
    last.is_none_or(|at| {
        let elapsed = now.timestamp() - at;
        !(0..INTEGRITY_CHECK_EVERY.num_seconds()).contains(&elapsed)
    })
}

/// Where the "damage was seen" marker of a journal lives.
fn damage_marker(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push("-check");
    PathBuf::from(name)
}

/// Leaves a marker so the next open runs the full check (and recovers if it fails).
pub(crate) fn mark_damage(path: &Path) {
    // Best effort: if even this fails, the daily check still finds the damage.
    let _ = std::fs::write(damage_marker(path), b"damage seen\n");
}

/// Keys a fresh connection. SQLCipher's own log (which would print to stderr on a wrong key)
/// is silenced: errors reach the caller as typed values, and logs never carry health data.
pub(crate) fn apply_key(conn: &Connection, key: Option<&JournalKey>) -> Result<(), JournalError> {
    if cfg!(feature = "encryption") {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    }
    if let Some(key) = key {
        conn.execute_batch(&format!("PRAGMA key = \"{}\";", key.sqlcipher_literal()))?;
    }
    Ok(())
}

/// Moves the journal and its `-wal`/`-shm` aside as `<name>.<label>-<UTC time>`; never deletes.
pub(crate) fn move_aside(
    path: &Path,
    now: DateTime<Utc>,
    label: &str,
) -> Result<Vec<PathBuf>, JournalError> {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut moved = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let mut from = path.as_os_str().to_os_string();
        from.push(suffix);
        let from = PathBuf::from(from);
        if !from.exists() {
            continue;
        }
        let mut to = from.as_os_str().to_os_string();
        to.push(format!(".{label}-{stamp}"));
        let mut to = PathBuf::from(to);
        let mut n = 1;
        while to.exists() {
            let mut again = from.as_os_str().to_os_string();
            again.push(format!(".{label}-{stamp}-{n}"));
            to = PathBuf::from(again);
            n += 1;
        }
        std::fs::rename(&from, &to)
            .map_err(|e| JournalError::io("move the damaged journal aside", e))?;
        moved.push(to);
    }
    Ok(moved)
}
