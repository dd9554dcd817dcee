//! The one public error of the bindings. Every internal error maps into it; messages are safe
//! to show a patient and never carry what they wrote.

use crate::journal::JournalError;
use crate::local_time::TimeInputError;
use crate::report::ReportError;

/// What went wrong, for Kotlin (`AftercareException`) and Swift (`AftercareError`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum AftercareError {
    /// Input that does not fit: which field and why. (Not `message`: that is every
    /// exception's own text in Kotlin and Swift.)
    #[error("{field}: {reason}")]
    InvalidInput {
        /// The field, e.g. `severity` or `protocol.rules[3].window.until`.
        field: String,
        /// Why.
        reason: String,
    },
    /// A record that does not exist.
    #[error("no {what} with id {id}")]
    NotFound {
        /// What kind of record.
        what: String,
        /// Its id.
        id: i64,
    },
    /// The key is wrong, or the journal is encrypted and no key was given. Nothing was changed.
    #[error("the journal cannot be opened with this key")]
    WrongKey,
    /// A journal or backup from a newer version of the app; nothing was changed.
    #[error(
        "made by a newer version of the app (schema {found}, this version reads up to {supported})"
    )]
    NewerVersion {
        /// Its schema version.
        found: u32,
        /// The newest this version reads.
        supported: u32,
    },
    /// The disk is full; nothing was written.
    #[error("the disk is full; nothing was written")]
    DiskFull,
    /// The journal cannot be written (permissions, read-only storage).
    #[error("the journal cannot be written here")]
    ReadOnly,
    /// The journal was found damaged while in use; opening it again moves it aside and starts
    /// a new one (see `AftercareCompanion.recovery`).
    #[error("the journal is damaged; open it again to recover")]
    Damaged,
    /// Any other storage failure.
    #[error("storage error: {detail}")]
    Storage {
        /// What failed (operation or SQLite code).
        detail: String,
    },
    /// A failure inside the core that should never happen (a caught panic).
    #[error("unexpected failure in the core")]
    Internal,
}

impl From<JournalError> for AftercareError {
    fn from(err: JournalError) -> AftercareError {
        match err {
            JournalError::InvalidInput { field, message } => AftercareError::InvalidInput {
                field,
                reason: message,
            },
            JournalError::NotFound { what, id } => AftercareError::NotFound {
                what: what.to_string(),
                id,
            },
            // Both mean "this journal cannot be opened with the key given (or none)"; the
            // phone always passes its key.
            JournalError::WrongKey | JournalError::NoKey => AftercareError::WrongKey,
            JournalError::NewerSchema { found, supported }
            | JournalError::NewerBackup { found, supported }
            | JournalError::NewerBackupFormat { found, supported } => {
                AftercareError::NewerVersion { found, supported }
            }
            JournalError::DiskFull => AftercareError::DiskFull,
            JournalError::ReadOnly => AftercareError::ReadOnly,
            JournalError::Corrupted => AftercareError::Damaged,
            JournalError::InvalidBackup => AftercareError::InvalidInput {
                field: "backup".into(),
                reason: err.to_string(),
            },
            JournalError::WrongPassphrase | JournalError::BackupLocked(_) => {
                AftercareError::InvalidInput {
                    field: "secret".into(),
                    reason: err.to_string(),
                }
            }
            JournalError::RestoreOverData => AftercareError::InvalidInput {
                field: "path".into(),
                reason: err.to_string(),
            },
            JournalError::MissingDirectory(_) => AftercareError::InvalidInput {
                field: "path".into(),
                reason: "the folder does not exist".into(),
            },
            JournalError::NotDone => AftercareError::InvalidInput {
                field: "session_id".into(),
                reason: "a booked session has no recovery plan yet".into(),
            },
            JournalError::NotAFile(_)
            | JournalError::DanglingLink(_)
            | JournalError::NotAJournal(_) => AftercareError::InvalidInput {
                field: "path".into(),
                reason: "not a file the journal can live in".into(),
            },
            JournalError::OutputIsJournal(_) => AftercareError::InvalidInput {
                field: "dest".into(),
                reason: "that is the journal or one of its own files".into(),
            },
            JournalError::OutputIsKeyFile(_) => AftercareError::InvalidInput {
                field: "dest".into(),
                reason: "that is the journal's key file".into(),
            },
            JournalError::OutputNotRegular(_) => AftercareError::InvalidInput {
                field: "dest".into(),
                reason: "not a regular file (a link, a folder, a device or a FIFO)".into(),
            },
            JournalError::EncryptionUnavailable => AftercareError::InvalidInput {
                field: "key".into(),
                reason: err.to_string(),
            },
            other => AftercareError::Storage {
                detail: other.to_string(),
            },
        }
    }
}

impl From<TimeInputError> for AftercareError {
    fn from(err: TimeInputError) -> AftercareError {
        let field = match err {
            TimeInputError::UnknownZone(_) => "zone",
            _ => "time",
        };
        AftercareError::InvalidInput {
            field: field.into(),
            reason: err.to_string(),
        }
    }
}

/// Runs `f`, turning a panic into [`AftercareError::Internal`] so none crosses the FFI.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T, AftercareError>) -> Result<T, AftercareError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or(Err(AftercareError::Internal))
}

impl From<ReportError> for AftercareError {
    fn from(err: ReportError) -> AftercareError {
        let field = match &err {
            ReportError::Journal(_) => "",
            ReportError::RangeReversed { .. } | ReportError::DateOutOfRange(_) => "from",
            ReportError::InvalidName => "patient_name",
            ReportError::EmptyCalendar => "format",
        };
        match err {
            ReportError::Journal(journal) => AftercareError::from(journal),
            other => AftercareError::InvalidInput {
                field: field.into(),
                reason: other.to_string(),
            },
        }
    }
}
