//! Opening a journal: key, health check, pragmas, migrations, and recovery from damage.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::JournalError;
use super::key::{self, JournalKey, KeyCheck};
use super::lock::{InUse, MOVE_PATIENCE, Setup};
use super::output::{self, Partial};
use super::{place, schema, wal};

/// How long a writer waits for another (another process, a checkpoint) before retrying.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How often opening runs SQLite's full page check (`integrity_check`): it reads every page, which
/// on a 5-year journal costs more than the whole rest of opening. Damage met in between leaves a
/// marker (see [`mark_damage`]) that makes the next open check at once.
pub const INTEGRITY_CHECK_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// What opening had to set aside: a damaged journal, or a WAL that was not the journal's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged journal's files were moved (never deleted): the journal and its
    /// companions. Empty when the journal itself was sound.
    pub moved_to: Vec<PathBuf>,
    /// Where files beside the journal that were not its own were set aside, never used: a WAL
    /// left by another journal (or another copy of this one) with its `-shm`, a rollback
    /// journal, a link or FIFO at a companion's name. Empty when there were none.
    pub foreign_files: Vec<PathBuf>,
}

impl Recovery {
    /// Whether the journal itself was found damaged and replaced by a new one.
    pub fn damaged(&self) -> bool {
        !self.moved_to.is_empty()
    }
}

/// Why the first look at a file failed.
#[derive(Debug)]
enum Refusal {
    /// The file is damaged: SQLite cannot read it, or what it reads disagrees with itself.
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

/// How opening judges the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judge {
    /// As it finds it: damage is what SQLite or the checks meet.
    AsFound,
    /// Already known to be damaged (a read met damage that the full check did not see): moved
    /// aside once the key is shown to be the file's.
    Damaged,
}

/// Opens (creating if needed) the journal at `path`. Damage found at open is moved aside and a
/// fresh journal created; the caller learns of it through the returned [`Recovery`]. The
/// returned [`InUse`] lock must live as long as the connection.
pub(crate) fn open(
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
    judge: Judge,
) -> Result<(PathBuf, Connection, Option<Recovery>, InUse), JournalError> {
    if key.is_some() && !cfg!(feature = "encryption") {
        return Err(JournalError::EncryptionUnavailable);
    }
    let path = place::resolve(path)?;
    let mut setup = Setup::acquire(&path)?;
    let (conn, recovery) = open_judged(&path, key, now, &mut setup, judge)?;
    let in_use = setup.finish()?;
    Ok((path, conn, recovery, in_use))
}

/// Removes what killed processes left beside the journal: half-made journals (`.new-…`,
/// `.partial-…`), staged backups (`.restore-…`) and key checks (`-keycheck.partial-…`); only unlocked files of
/// ours (see [`output::sweep`]). Callers hold the setup lock.
fn sweep_leftovers(path: &Path) {
    output::sweep(path, "new");
    output::sweep(path, "restore");
    output::sweep(path, "partial");
    output::sweep(&key::check_path(path), "partial");
}

/// What is at the journal's path before SQLite sees it.
enum Found {
    /// Nothing: a new journal is created.
    Nothing,
    /// Fewer bytes than the smallest SQLite page: no journal is ever that small, so it was
    /// truncated (or is not a journal at all).
    Stub,
    /// A file that may be a journal.
    File,
}

/// The smallest page SQLite writes; a journal is at least one page.
const SMALLEST_PAGE: u64 = 512;

fn found(path: &Path) -> Result<Found, JournalError> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Found::Nothing),
        Err(e) => Err(JournalError::io("look at the journal", e)),
        Ok(m) if m.len() < SMALLEST_PAGE => Ok(Found::Stub),
        Ok(_) => Ok(Found::File),
    }
}

/// [`open`]'s work, under the setup lock (a restore calls it with its own setup).
pub(crate) fn open_in_setup(
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
    setup: &mut Setup,
) -> Result<(Connection, Option<Recovery>), JournalError> {
    open_judged(path, key, now, setup, Judge::AsFound)
}

fn open_judged(
    path: &Path,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
    setup: &mut Setup,
    judge: Judge,
) -> Result<(Connection, Option<Recovery>), JournalError> {
    setup.share()?;
    sweep_leftovers(path);
    let verdict = key::check(path, key);
    let mut moved_to = Vec::new();
    let mut created = false;
    match found(path)? {
        Found::Nothing => {
            // Companions without a journal (a deleted journal's key check or WAL) belong to
            // nothing: left in place they would poison the new journal (a WAL is replayed into
            // it; a key check makes its own key look wrong). Moved aside, never deleted.
            if orphans_exist(path) {
                setup.exclusive(MOVE_PATIENCE)?;
                move_aside(path, now, "orphan")?;
            }
            create(path, key)?;
            created = true;
        }
        Found::Stub if verdict == KeyCheck::Differs => {
            // Too short to say whose it is, and the verifier says the key is not its key.
            return Err(no_key_or_wrong(key));
        }
        Found::Stub => {
            setup.exclusive(MOVE_PATIENCE)?;
            moved_to = move_aside(path, now, "corrupt")?;
            create(path, key)?;
            created = true;
        }
        Found::File => {
            place::check_writable(path)?;
            if key.is_none()
                && !looks_plain(path)
                && (may_be_encrypted(path) || verdict == KeyCheck::Differs)
            {
                // Not a plain SQLite file and no key: most likely an encrypted journal (whole
                // pages, or a key check beside it). Refusing is recoverable; moving it aside
                // would look like data loss.
                return Err(JournalError::NoKey);
            }
            if key.is_some() && has_plain_magic(path) {
                // A plain journal opened with a key: not damage, whatever the verifier says.
                return Err(JournalError::WrongKey);
            }
            place::make_private(path);
        }
    }
    // A WAL left behind by another journal (and any file under a companion's name that is not
    // the journal's own) is set aside before SQLite can replay or write through it; only when
    // no other process has the journal open (then the WAL is theirs, and live).
    let mut foreign_files = Vec::new();
    if !created && setup.try_exclusive()? {
        foreign_files = wal::set_aside_foreign(path, now)?;
    }
    setup.share()?;
    let looked = if judge == Judge::Damaged && !created {
        Err(Refusal::Damaged)
    } else {
        first_look_patiently(path, key, now)
    };
    let conn = match looked {
        Ok(conn) => conn,
        Err(Refusal::Error(err)) => return Err(err),
        Err(Refusal::Damaged) if created => {
            // The journal just created is already damaged: the storage itself is failing.
            return Err(JournalError::Corrupted);
        }
        Err(Refusal::Damaged) => {
            if let Some(key) = key
                && !key_fits(path, key, verdict)
            {
                // Nothing shows that this key ever opened this file: a wrong key (or a key
                // check that belongs to another journal) is refused, and nothing moves.
                return Err(JournalError::WrongKey);
            }
            // Nothing may move while another process has the journal open: its next write
            // would land in the moved file.
            setup.exclusive(MOVE_PATIENCE)?;
            moved_to = move_aside(path, now, "corrupt")?;
            create(path, key)?;
            setup.share()?;
            first_look_patiently(path, key, now).map_err(|refusal| match refusal {
                Refusal::Error(err) => err,
                Refusal::Damaged => JournalError::Corrupted,
            })?
        }
    };
    // The key opened the journal, so it is the right one: (re)write a verifier that is missing
    // (lost to a crash, or a file copy that missed it), of the first version, or made for
    // another file or key.
    if let Some(key) = key
        && !key::check(path, Some(key)).proves(key::file_salt(path).as_ref())
    {
        key::write_check(path, key, path)?;
    }
    place::make_private(path);
    let recovery = (!moved_to.is_empty() || !foreign_files.is_empty()).then_some(Recovery {
        moved_to,
        foreign_files,
    });
    Ok((conn, recovery))
}

/// The refusal for a journal this key (or no key) cannot open.
fn no_key_or_wrong(key: Option<&JournalKey>) -> JournalError {
    if key.is_some() {
        JournalError::WrongKey
    } else {
        JournalError::NoKey
    }
}

/// Whether `key` is shown to be the key of `path`, which SQLite could not read with it: its
/// verifier was made with this key for this very file (same salt), or some page of the file
/// authenticates under the key (with the file's salt, or, if the salt itself was damaged, with
/// the salt the verifier recorded). Without such proof the key is taken to be wrong: refusing is
/// recoverable, moving a healthy journal aside is not.
fn key_fits(path: &Path, key: &JournalKey, verdict: KeyCheck) -> bool {
    let salt = key::file_salt(path);
    if verdict.proves(salt.as_ref()) {
        return true;
    }
    if let KeyCheck::Matches {
        bound: Some(recorded),
    } = verdict
        && pages_authenticate(path, &key.sqlcipher_literal_with_salt(&recorded))
    {
        return true;
    }
    pages_authenticate(path, &key.sqlcipher_literal())
}

/// Whether at least one page of an encrypted file passes its HMAC under `literal` (a raw key,
/// perhaps with a salt): SQLCipher's `cipher_integrity_check` lists every page that fails.
fn pages_authenticate(path: &Path, literal: &str) -> bool {
    if !cfg!(feature = "encryption") {
        return false;
    }
    const PAGE: u64 = 4096;
    let pages = std::fs::metadata(path).map(|m| m.len() / PAGE).unwrap_or(0);
    if pages == 0 {
        return false;
    }
    let failing = (|| -> rusqlite::Result<u64> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.execute_batch(&format!(
            "PRAGMA cipher_log_level = NONE; PRAGMA key = \"{literal}\";"
        ))?;
        let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        let mut failing = 0;
        for row in rows {
            if row?.contains("for page ") {
                failing += 1;
            }
        }
        Ok(failing)
    })();
    matches!(failing, Ok(n) if n < pages)
}

/// Whether a deleted journal left companions behind (a link there counts, dangling or not).
fn orphans_exist(path: &Path) -> bool {
    COMPANIONS_MOVED
        .iter()
        .any(|suffix| std::fs::symlink_metadata(place::suffixed(path, suffix)).is_ok())
}

/// Creates a new, empty journal at `path` atomically: built beside it under an unpredictable
/// name, private (0600) from the first byte, with its schema, a random identity and its key
/// check, then renamed into place. A crash leaves either no journal or a whole one, never a
/// half-made file another process could take for damage or open with another key.
fn create(path: &Path, key: Option<&JournalKey>) -> Result<(), JournalError> {
    let temp =
        Partial::beside(path, "new").map_err(|e| JournalError::io("create the journal", e))?;
    {
        let mut conn = Connection::open_with_flags(
            temp.path(),
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_NOFOLLOW,
        )?;
        apply_key(&conn, key)?;
        if key.is_none() {
            set_identity(&conn)?;
        }
        schema::migrate(&mut conn)?;
    }
    if let Some(key) = key {
        key::write_check(path, key, temp.path())?;
    }
    temp.persist(path)
}

/// Gives a plain journal its random identity (its application id), which its WAL mark names
/// (an encrypted file has its salt).
fn set_identity(conn: &Connection) -> Result<(), JournalError> {
    let mut id = [0u8; 4];
    getrandom::fill(&mut id).map_err(|_| JournalError::Io {
        op: "make a random identity",
        kind: std::io::ErrorKind::Other,
    })?;
    conn.pragma_update(None, "application_id", i32::from_be_bytes(id) | 1)?;
    Ok(())
}

/// [`set_identity`] for a plain file not yet open (a restored journal before it is renamed in).
pub(crate) fn give_identity(file: &Path) -> Result<(), JournalError> {
    let conn = Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_NOFOLLOW,
    )?;
    set_identity(&conn)
}

/// Whether the file starts with SQLite's magic string: a plain database, never ciphertext.
fn has_plain_magic(path: &Path) -> bool {
    read_header(path).is_some_and(|h| &h[..16] == b"SQLite format 3\0")
}

fn read_header(path: &Path) -> Option<[u8; 24]> {
    use std::io::Read;
    let mut header = [0u8; 24];
    let mut file = place::open_regular(path)?;
    file.read_exact(&mut header).ok()?;
    Some(header)
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
    read_header(path).is_some_and(|h| &h[..16] == b"SQLite format 3\0" || h[21..24] == [64, 32, 32])
}

/// Whether a file could be an encrypted SQLite database: not plain, whole 1 KiB pages (SQLite
/// and SQLCipher always write whole pages; text or a torn file is not that), and a salt that is
/// not all zeros (SQLCipher's is random: a zeroed header is a damaged plain journal).
pub(crate) fn may_be_encrypted(path: &Path) -> bool {
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let zero_salt = read_header(path).is_some_and(|h| h[..16].iter().all(|&b| b == 0));
    !looks_plain(path) && !zero_salt && len >= 1024 && len % 1024 == 0
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
    wal::watch(&mut conn, path)?;
    // The first read decrypts and parses page 1 and the schema: wrong keys and damaged headers
    // fail here. Any failure but the storage's own (busy, locked, I/O, full, permissions) is
    // the file's.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })
    .map_err(file_refusal)?;
    let found = schema::version(&conn).map_err(|_| Refusal::Damaged)?;
    // Another program's database is refused before anything is written to it: migrating it
    // would add our tables to someone else's data. (Found by fuzzing: a schema-2 file without
    // the journal's tables was written to.) A journal whose version disagrees with its tables
    // or its version log is damage, not a journal of a newer app.
    match schema::kind(&conn, found).map_err(file_refusal_journal)? {
        schema::Kind::Foreign => {
            return Err(Refusal::Error(JournalError::NotAJournal(
                path.to_path_buf(),
            )));
        }
        schema::Kind::Inconsistent => return Err(Refusal::Damaged),
        schema::Kind::New | schema::Kind::Journal => {}
    }
    // A newer schema is refused before anything writes to the file (not even the WAL switch).
    if found > schema::SCHEMA_VERSION {
        return Err(Refusal::Error(JournalError::NewerSchema {
            found,
            supported: schema::SCHEMA_VERSION,
        }));
    }
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        // The file and its folder were found writable before opening; SQLite still opens a
        // file read-only when its header says it needs a newer SQLite to write (bytes 18-19):
        // in a journal, that is damage.
        return Err(if header_demands_newer_sqlite(path) {
            Refusal::Damaged
        } else {
            Refusal::Error(JournalError::ReadOnly)
        });
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
    if found > 0
        && (marker.exists() || check_due(&conn, now))
        && !check_pages(&conn).map_err(file_refusal_journal)?
    {
        return Err(Refusal::Damaged);
    }
    // What opening reads next (the stored protocols) is read before anything is written: damage
    // there that the page check does not see is moved aside with the file as it was, not after
    // a write to it (found by fuzzing `journal_files`).
    if found > 0 {
        super::protocols::load_catalog(&conn).map_err(file_refusal_journal)?;
    }
    // A migration that fails on the schema itself (a table its version says is not there yet
    // already exists) means the version in the header is wrong: damage.
    schema::migrate(&mut conn).map_err(file_refusal_journal)?;
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

/// A failure met reading the file: the storage's own failures (busy, locked, I/O, full,
/// permissions) are passed on; anything else says the file is not what it should be.
fn file_refusal(err: rusqlite::Error) -> Refusal {
    file_refusal_journal(JournalError::from(err))
}

fn file_refusal_journal(err: JournalError) -> Refusal {
    match err {
        JournalError::Storage(code) if !storage_failure(&code) => Refusal::Damaged,
        other => Refusal::from(other),
    }
}

/// SQLite error codes that are about the storage or other processes, not the file's content.
fn storage_failure(code: &str) -> bool {
    super::is_busy(code)
        || matches!(
            code,
            "SystemIoFailure"
                | "OutOfMemory"
                | "PermissionDenied"
                | "FileLockingProtocolFailed"
                | "OperationInterrupted"
                | "NoLargeFileSupport"
        )
}

/// Whether a plain file's header asks for a newer SQLite to write or read it (bytes 18-19 above
/// 2); every journal is written with 1 or 2.
fn header_demands_newer_sqlite(path: &Path) -> bool {
    read_header(path).is_some_and(|h| &h[..16] == b"SQLite format 3\0" && (h[18] > 2 || h[19] > 2))
}

/// SQLite's full check: page structure, and every index against its table. Index entries that
/// disagree with their table are rebuilt from it (`REINDEX`: the table holds every record, so
/// nothing is lost); anything else is damage. `true` when the journal is (now) sound.
pub(crate) fn check_pages(conn: &Connection) -> Result<bool, JournalError> {
    let problems = integrity_problems(conn)?;
    if problems.is_empty() {
        return Ok(true);
    }
    let index_only = problems.iter().all(|p| {
        (p.starts_with("row ") && p.contains(" missing from index "))
            || p.starts_with("wrong # of entries in index ")
            || p.starts_with("non-unique entry in index ")
    });
    if index_only && conn.execute_batch("REINDEX;").is_ok() {
        return Ok(integrity_problems(conn)?.is_empty());
    }
    Ok(false)
}

/// What `PRAGMA integrity_check` found (empty when it says "ok").
fn integrity_problems(conn: &Connection) -> Result<Vec<String>, JournalError> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(100)")?;
    let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
    let found = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(if found == ["ok"] { Vec::new() } else { found })
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
    let _ = output::replace_private(&damage_marker(path), b"damage seen\n");
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

/// The companions that travel with the journal when it is moved aside: a WAL belongs to its
/// database (apart, its frames are lost or replayed into the wrong file), a key check to the
/// key and file it was made for, and the WAL mark to the file and its WAL.
const COMPANIONS_MOVED: [&str; 5] = ["-wal", "-shm", "-journal", "-keycheck", "-walmark"];

/// Moves the journal and its companions aside as `<name>.<label>-<UTC time>`, together and
/// private; never deletes. Callers hold the use lock exclusively, so no connection is open.
pub(crate) fn move_aside(
    path: &Path,
    now: DateTime<Utc>,
    label: &str,
) -> Result<Vec<PathBuf>, JournalError> {
    place::rename_aside(
        path,
        std::iter::once("").chain(COMPANIONS_MOVED),
        label,
        now,
        "move the damaged journal aside",
    )
}
