//! The journal's errors. Messages name operations, fields and file places, never what the
//! patient wrote (notes, symptoms, names).

use std::path::PathBuf;

use rusqlite::ErrorCode;

/// Why a journal operation failed.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The folder the journal should live in does not exist.
    #[error("the folder {0} does not exist")]
    MissingDirectory(PathBuf),
    /// The file or its folder cannot be written.
    #[error("the journal is read-only (file or folder permissions)")]
    ReadOnly,
    /// The journal's path names a folder, a device or a FIFO, not a file.
    #[error("{0} is not a file (a folder or a device?); give the journal file's path")]
    NotAFile(PathBuf),
    /// The journal's path is a symbolic link to a file that does not exist.
    #[error("{0} is a link to a file that does not exist")]
    DanglingLink(PathBuf),
    /// The file is an SQLite database of another program (or a journal that lost its tables);
    /// it was left untouched.
    #[error("{0} is a database, but not an Aftercare journal; nothing was changed")]
    NotAJournal(PathBuf),
    /// Another program has the journal open (or is setting it up) and it must not be moved.
    #[error("another program is using the journal; close it and try again")]
    InUse,
    /// An output (a backup, a report) would overwrite the journal or one of its own files.
    #[error("{0} is the journal or one of its own files; choose another name")]
    OutputIsJournal(PathBuf),
    /// An output would overwrite the journal's key file.
    #[error("{0} is the journal's key file; choose another name")]
    OutputIsKeyFile(PathBuf),
    /// An output names something that is not a regular file (a link, a folder, a device, a
    /// FIFO): it is never replaced.
    #[error(
        "{0} is not a regular file (a link, a folder, a device or a FIFO); choose another name"
    )]
    OutputNotRegular(PathBuf),
    /// The disk (or the journal's size limit) is full; nothing was written.
    #[error("the disk is full; nothing was written")]
    DiskFull,
    /// The key is not this journal's key (or the key check beside it belongs to another
    /// journal). Nothing was moved.
    #[error("the journal cannot be opened with this key; nothing was changed")]
    WrongKey,
    /// The journal is encrypted (or damaged past recognition) and no key was given. Nothing was
    /// moved.
    #[error("the journal is encrypted (or damaged) and no key was given; nothing was changed")]
    NoKey,
    /// A key was given but this build has no encryption.
    #[error("this build cannot encrypt the journal (built without the `encryption` feature)")]
    EncryptionUnavailable,
    /// The journal was written by a newer version of the app; it was left untouched.
    #[error(
        "the journal was written by a newer version of the app (schema {found}, this app reads up to {supported})"
    )]
    NewerSchema {
        /// The file's schema version.
        found: u32,
        /// The newest this code reads.
        supported: u32,
    },
    /// A backup from a newer version of the app.
    #[error(
        "the backup was made by a newer version of the app (schema {found}, this app reads up to {supported})"
    )]
    NewerBackup {
        /// The backup's schema version.
        found: u32,
        /// The newest this code reads.
        supported: u32,
    },
    /// A backup in a format written by a newer version of the app.
    #[error(
        "the backup was made by a newer version of the app (backup format {found}, this app reads up to {supported})"
    )]
    NewerBackupFormat {
        /// The backup's format.
        found: u32,
        /// The newest this code reads.
        supported: u32,
    },
    /// A backup locked with a recovery code or passphrase, restored without one.
    #[error("this backup is locked with {}; give it to restore", lock_words(.0))]
    BackupLocked(super::backup_file::BackupLock),
    /// The recovery code or passphrase given does not open the backup; nothing was written.
    #[error("this recovery code or passphrase does not open the backup; nothing was changed")]
    WrongPassphrase,
    /// The file is not an Aftercare backup, or it is damaged.
    #[error("this file is not a readable Aftercare backup")]
    InvalidBackup,
    /// The session is only booked: it has no recovery plan or assessment yet.
    #[error("session_id: a booked session has no recovery plan yet")]
    NotDone,
    /// Restoring over a journal that already has records.
    #[error("restore needs a new, empty journal; this one already has records")]
    RestoreOverData,
    /// Input that does not fit: the field and why.
    #[error("{field}: {message}")]
    InvalidInput {
        /// Which field.
        field: String,
        /// Why.
        message: String,
    },
    /// A record that does not exist.
    #[error("no {what} with id {id}")]
    NotFound {
        /// What kind of record.
        what: &'static str,
        /// Its id.
        id: i64,
    },
    /// The database is damaged (found after opening).
    #[error("the journal file is damaged")]
    Corrupted,
    /// Any other storage failure, by SQLite's error code (shown in plain words).
    #[error("storage error: {}", describe(.0))]
    Storage(String),
    /// A file-system failure outside SQLite.
    #[error("could not {op}: {kind}")]
    Io {
        /// What was being done.
        op: &'static str,
        /// The kind of failure.
        kind: std::io::ErrorKind,
    },
}

fn lock_words(lock: &super::backup_file::BackupLock) -> &'static str {
    match lock {
        super::backup_file::BackupLock::RecoveryCode => "a recovery code",
        super::backup_file::BackupLock::Passphrase => "a passphrase",
        super::backup_file::BackupLock::JournalKey => "the journal's key",
        super::backup_file::BackupLock::None => "nothing",
    }
}

/// Plain words for a storage failure code (never a Rust or SQLite identifier).
fn describe(code: &str) -> &'static str {
    match code {
        "DatabaseBusy" | "DatabaseLocked" => "the journal is busy in another program",
        "SystemIoFailure" => "the disk could not be read or written",
        "OutOfMemory" => "the phone or computer ran out of memory",
        "PermissionDenied" | "AuthorizationForStatementDenied" => "permission denied",
        "FileLockingProtocolFailed" => "the journal's file could not be locked",
        "TooBig" => "too much data at once",
        "ConstraintViolation" => "a value the journal does not accept",
        "unexpected value in the journal" | "TypeMismatch" => "an unexpected value in the journal",
        "OperationInterrupted" | "OperationAborted" => "the operation was interrupted",
        "NoLargeFileSupport" => "the file system cannot hold a file this large",
        "no rows" => "a record was expected and not found",
        _ => "an unexpected storage failure",
    }
}

impl JournalError {
    /// An input error for `field`.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> JournalError {
        JournalError::InvalidInput {
            field: field.into(),
            message: message.into(),
        }
    }

    pub(crate) fn io(op: &'static str, err: std::io::Error) -> JournalError {
        match (err.raw_os_error(), err.kind()) {
            (Some(28), _) | (_, std::io::ErrorKind::StorageFull) => JournalError::DiskFull,
            // EROFS, EACCES, and EPERM (an immutable file, even for root).
            (Some(30) | Some(13) | Some(1), _) | (_, std::io::ErrorKind::PermissionDenied) => {
                JournalError::ReadOnly
            }
            _ => JournalError::Io {
                op,
                kind: err.kind(),
            },
        }
    }
}

impl From<rusqlite::Error> for JournalError {
    fn from(err: rusqlite::Error) -> JournalError {
        // SQLite's own messages can quote SQL but never bound values; we still keep only codes.
        match err.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => JournalError::DiskFull,
            Some(ErrorCode::ReadOnly) => JournalError::ReadOnly,
            // The folder exists (checked before opening), so failing to open or create the
            // file or its -wal/-shm means it cannot be written there.
            Some(ErrorCode::CannotOpen) => JournalError::ReadOnly,
            Some(ErrorCode::DatabaseCorrupt) => JournalError::Corrupted,
            Some(ErrorCode::NotADatabase) => JournalError::Corrupted,
            Some(code) => JournalError::Storage(format!("{code:?}")),
            None => match err {
                rusqlite::Error::QueryReturnedNoRows => JournalError::Storage("no rows".into()),
                rusqlite::Error::FromSqlConversionFailure(..)
                | rusqlite::Error::InvalidColumnType(..)
                | rusqlite::Error::IntegralValueOutOfRange(..) => {
                    JournalError::Storage("unexpected value in the journal".into())
                }
                _ => JournalError::Storage("internal".into()),
            },
        }
    }
}
