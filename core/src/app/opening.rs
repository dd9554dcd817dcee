//! Opening the journal for the app: every failure becomes a notice the patient can read (a wrong
//! key stops without writing anything), and a damaged journal moved aside is remembered until
//! the patient has seen where it went.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::notice::NoticeKind;
use crate::journal::{Journal, JournalError, JournalKey};
use crate::text::Locale;

/// What the shell gives the app once.
#[derive(Clone)]
pub struct Config {
    /// The journal file.
    pub path: PathBuf,
    /// The journal's key, if it is encrypted.
    pub key: Option<JournalKey>,
    /// A private folder the shell can share files from (reports, backups).
    pub share_dir: PathBuf,
    /// The phone's language, used until the patient saves settings.
    pub device_locale: Locale,
    /// The phone's region (from its language tag): the emergency number and temperature unit.
    pub device_region: crate::region::Region,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Paths name no health data; the key is never printed (JournalKey redacts itself).
        f.debug_struct("Config")
            .field("path", &self.path)
            .field("key", &self.key)
            .field("share_dir", &self.share_dir)
            .field("device_locale", &self.device_locale)
            .field("device_region", &self.device_region)
            .finish()
    }
}

/// The outcome of opening.
pub(crate) enum Opened {
    /// The journal; where a damaged one was moved, if it was; and where files beside it that
    /// were not its own (another journal's WAL, a link at a companion's name) were set aside.
    Ready {
        journal: Arc<Journal>,
        moved_to: Vec<String>,
        set_aside: Vec<String>,
    },
    /// It cannot be used; the notice says why.
    Blocked(NoticeKind),
}

/// The notice for a failure to open (or to keep using) the journal.
pub(crate) fn blocker(err: &JournalError) -> NoticeKind {
    match err {
        JournalError::WrongKey | JournalError::NoKey => NoticeKind::WrongKey,
        JournalError::NewerSchema { .. } | JournalError::NewerBackup { .. } => {
            NoticeKind::NewerVersion
        }
        JournalError::DiskFull => NoticeKind::StorageFull,
        JournalError::Corrupted => NoticeKind::DamagedInUse,
        _ => NoticeKind::CannotOpen,
    }
}

/// Opens the journal; never writes to a journal it cannot open with the key.
pub(crate) fn open(config: &Config, now: DateTime<Utc>) -> Opened {
    match Journal::open(&config.path, config.key.as_ref(), now) {
        Ok((journal, recovery)) => {
            let shown = |paths: &[std::path::PathBuf]| -> Vec<String> {
                paths.iter().map(|p| p.display().to_string()).collect()
            };
            Opened::Ready {
                journal: Arc::new(journal),
                moved_to: recovery
                    .as_ref()
                    .map(|r| shown(&r.moved_to))
                    .unwrap_or_default(),
                set_aside: recovery
                    .as_ref()
                    .map(|r| shown(&r.foreign_files))
                    .unwrap_or_default(),
            }
        }
        Err(err) => Opened::Blocked(blocker(&err)),
    }
}
