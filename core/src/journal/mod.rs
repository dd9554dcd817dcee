//! The journal: the patient's records in SQLite (sessions, symptom log, photos, check-ins,
//! settings, imported protocols, reminder state), durable, optionally encrypted, never lost.
//!
//! One connection behind a mutex is the only writer in the process; writes run in IMMEDIATE
//! transactions so another process (a widget, a share extension) waits instead of failing.
//! See `core/docs/journal.md`.

mod app_state;
mod assessment;
mod backup;
mod backup_file;
mod check_ins;
mod clinic;
mod contacts;
mod error;
mod key;
mod lock;
mod open;
mod output;
mod passphrase;
mod photos;
mod place;
mod preparation;
mod protocols;
mod reminders;
mod schema;
mod sessions;
mod settings;
mod symptoms;
mod today;
mod unsaved;
mod wal;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use app_state::{AppState, PermissionState};
pub(crate) use assessment::TriageContext;
pub use assessment::{Logged, SessionAssessment};
pub use backup_file::{BACKUP_FORMAT, BackupInfo, BackupLock, KDF_ROUNDS};
pub use clinic::ClinicContact;
pub use error::JournalError;
pub use key::JournalKey;
pub use open::{INTEGRITY_CHECK_EVERY, Recovery};
pub use passphrase::{
    MIN_PASSPHRASE_CHARS, Passphrase, PassphraseProblem, RecoveryCode, new_recovery_code,
};
pub use photos::{NewPhoto, Photo};
pub use schema::SCHEMA_VERSION;
pub use sessions::{NewSession, SessionRecord, SessionStatus};
pub use today::TodayView;
pub(crate) use today::{Context, as_earlier};

use crate::catalog::Catalog;

/// How long a write keeps retrying when another process holds the write lock past the busy
/// timeout; the caller never sees "busy" before this.
pub(crate) const WRITE_PATIENCE: Duration = Duration::from_secs(30);

/// An open journal. Thread-safe: share it behind an `Arc`.
#[derive(Debug)]
pub struct Journal {
    conn: Mutex<Connection>,
    path: PathBuf,
    catalog: RwLock<Catalog>,
    /// Reminder sync reads, changes and writes the ledger; one at a time per journal.
    reminders: Mutex<()>,
    /// Files no output may replace besides the journal's own (the key file).
    protected: output::Protected,
    /// Held for the journal's life: no other process moves its files meanwhile.
    _in_use: lock::InUse,
}

impl Journal {
    /// Opens the journal at `path`, creating it if needed. `key` is a raw 32-byte key for an
    /// encrypted journal. A damaged journal is moved aside (never deleted) and a fresh one
    /// created: the returned [`Recovery`] says so, so the app can tell the patient.
    pub fn open(
        path: &Path,
        key: Option<&JournalKey>,
        now: DateTime<Utc>,
    ) -> Result<(Journal, Option<Recovery>), JournalError> {
        let attempt = |judge| {
            open::open(path, key, now, judge).and_then(|(resolved, conn, recovery, in_use)| {
                Ok((Journal::new(resolved, conn, in_use)?, recovery))
            })
        };
        // Damage met after the first look (reading the stored protocols) takes the same path
        // as damage met by it: marked, and opened again, which checks every page and moves a
        // damaged journal aside; damage the full check does not see, met a second time, is
        // moved aside all the same (found by fuzzing `journal_files`).
        let opened = match attempt(open::Judge::AsFound) {
            Err(JournalError::Corrupted) => {
                if let Ok(resolved) = place::resolve(path) {
                    open::mark_damage(&resolved);
                }
                match attempt(open::Judge::AsFound) {
                    Err(JournalError::Corrupted) => attempt(open::Judge::Damaged),
                    other => other,
                }
            }
            other => other,
        };
        opened.map_err(|err| place::explain(err, path))
    }

    fn new(path: PathBuf, conn: Connection, in_use: lock::InUse) -> Result<Journal, JournalError> {
        let catalog = protocols::load_catalog(&conn)?;
        Ok(Journal {
            conn: Mutex::new(conn),
            path,
            catalog: RwLock::new(catalog),
            reminders: Mutex::new(()),
            protected: output::Protected::default(),
            _in_use: in_use,
        })
    }

    /// Whether writing to `candidate` would overwrite this journal or one of its own files (its
    /// WAL, key check, locks, moved-aside copies), however the path is spelled.
    pub fn owns(&self, candidate: &Path) -> bool {
        place::is_journal_file(&self.path, candidate)
    }

    /// Where the journal lives (folder resolved, links followed).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The protocols: built-ins and those imported into this journal.
    pub fn catalog(&self) -> Catalog {
        self.catalog
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn reminder_lock(&self) -> MutexGuard<'_, ()> {
        self.reminders
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic elsewhere while holding the lock leaves no open transaction behind (rusqlite
        // rolls back on drop), so the connection is still usable.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on the connection for reading.
    fn read<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, JournalError>,
    ) -> Result<T, JournalError> {
        let result = f(&self.lock());
        self.noticed(result)
    }

    /// Damage met by any operation is remembered, so the next open checks and recovers.
    fn noticed<T>(&self, result: Result<T, JournalError>) -> Result<T, JournalError> {
        if matches!(result, Err(JournalError::Corrupted)) {
            open::mark_damage(&self.path);
        }
        result
    }

    /// Runs `f` in an IMMEDIATE transaction and commits; all or nothing. Retries while another
    /// process holds the write lock, so "busy" never reaches the caller in normal use.
    fn write<T>(
        &self,
        mut f: impl FnMut(&Transaction<'_>) -> Result<T, JournalError>,
    ) -> Result<T, JournalError> {
        let mut conn = self.lock();
        let started = Instant::now();
        loop {
            let attempt = (|| {
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let value = f(&tx)?;
                tx.commit()?;
                Ok(value)
            })();
            match attempt {
                Err(JournalError::Storage(code))
                    if is_busy(&code) && started.elapsed() < WRITE_PATIENCE =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => {
                    return self.noticed(other.map_err(|err| place::explain(err, &self.path)));
                }
            }
        }
    }

    /// Caps the database at `pages` pages (SQLite's `max_page_count`) for this connection, so
    /// tests can make the "disk" fill up; writes past it fail with [`JournalError::DiskFull`].
    #[doc(hidden)]
    pub fn limit_pages_for_tests(&self, pages: u32) -> Result<(), JournalError> {
        self.read(|conn| {
            conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
            Ok(())
        })
    }

    /// Checks every page and every index before a deliberate export (a report, a backup):
    /// damage is reported as [`JournalError::Corrupted`] (and recovered at the next open), never
    /// exported as a silently shorter record. Index-only damage is rebuilt from the tables.
    pub fn verify_pages(&self) -> Result<(), JournalError> {
        let sound = self.read(open::check_pages)?;
        if sound {
            Ok(())
        } else {
            open::mark_damage(&self.path);
            Err(JournalError::Corrupted)
        }
    }

    /// Runs SQLite's full integrity check; `true` when it reports "ok".
    pub fn integrity_ok(&self) -> Result<bool, JournalError> {
        self.read(|conn| {
            let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            Ok(verdict == "ok")
        })
    }
}

pub(crate) fn is_busy(code: &str) -> bool {
    code == "DatabaseBusy" || code == "DatabaseLocked"
}

/// Refuses an instant outside the years the app accepts (a typo such as year 1, or a value
/// whose arithmetic would overflow), naming the field.
pub(crate) fn sane_time(field: &str, at: DateTime<Utc>) -> Result<(), JournalError> {
    if crate::local_time::is_sane(at) {
        Ok(())
    } else {
        Err(JournalError::invalid(
            field,
            "must be between the years 1900 and 2199",
        ))
    }
}

/// Seconds since the epoch, as stored.
pub(crate) fn to_db(at: DateTime<Utc>) -> i64 {
    at.timestamp()
}

/// An instant from stored seconds.
pub(crate) fn from_db(seconds: i64) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0).ok_or(rusqlite::Error::IntegralValueOutOfRange(0, seconds))
}
