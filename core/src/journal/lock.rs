//! Advisory locks beside the journal that every opener in every process respects: one process
//! sets a journal up at a time (creates, checks, recovers, migrates), and nothing moves a journal
//! (a restore, a recovery) while another process has it open.
//!
//! Two lock files, never deleted (deleting a lock file lets two processes lock different files):
//! - `<journal>-setup-lock`, held exclusively while opening or restoring;
//! - `<journal>-lock`, held shared by every open journal for its whole life, and exclusively by
//!   whoever moves the journal's files. Only the holder of the setup lock changes its mode, so
//!   the non-atomic shared/exclusive switch of `flock` cannot let a mover in between.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::JournalError;

/// How long opening waits for another process that is setting the same journal up.
const SETUP_PATIENCE: Duration = Duration::from_secs(30);
/// How long a restore or recovery waits for other processes to close the journal.
pub(crate) const MOVE_PATIENCE: Duration = Duration::from_secs(10);
/// How often a waiting lock is tried again.
const POLL: Duration = Duration::from_millis(10);

/// Where the use lock of a journal lives.
pub(crate) fn use_lock_path(journal: &Path) -> PathBuf {
    super::place::suffixed(journal, "-lock")
}

/// Where the setup lock of a journal lives.
pub(crate) fn setup_lock_path(journal: &Path) -> PathBuf {
    super::place::suffixed(journal, "-setup-lock")
}

/// Opens (creating, private) a lock file; never through a link planted at its name (such a
/// link is set aside, `.foreign-link`, and the lock file made anew).
fn open_lock_file(path: &Path) -> Result<File, JournalError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let is_link = || std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match options.open(path) {
        Err(_) if is_link() => {
            let aside = super::place::free_name(path, ".foreign-link");
            std::fs::rename(path, aside)
                .map_err(|e| JournalError::io("set aside a link at the lock file's name", e))?;
            options.open(path)
        }
        other => other,
    }
    .map_err(|e| JournalError::io("open the journal's lock file", e))
}

/// How the use lock is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Shared,
    Exclusive,
}

/// Why a lock could not be taken now.
enum TryLockError {
    /// Another holder has it.
    WouldBlock,
    /// Locking itself failed.
    Error(std::io::Error),
}

/// How a lock is asked for.
#[derive(Clone, Copy)]
enum Want {
    Shared,
    Exclusive,
}

/// One non-blocking `flock` (advisory, whole file, released when the file is closed).
/// (std's `File::try_lock` would do the same but needs Rust 1.89; the workspace supports 1.85.)
#[cfg(unix)]
fn try_flock(file: &File, want: Want) -> Result<(), TryLockError> {
    use std::os::unix::io::AsRawFd;
    let operation = match want {
        Want::Shared => libc::LOCK_SH,
        Want::Exclusive => libc::LOCK_EX,
    } | libc::LOCK_NB;
    // SAFETY: a valid open file descriptor owned by `file` for the duration of the call.
    if unsafe { libc::flock(file.as_raw_fd(), operation) } == 0 {
        return Ok(());
    }
    let err = std::io::Error::last_os_error();
    if err.kind() == std::io::ErrorKind::WouldBlock {
        Err(TryLockError::WouldBlock)
    } else {
        Err(TryLockError::Error(err))
    }
}

/// Releases a `flock` held through `file`.
#[cfg(unix)]
fn unlock(file: &File) {
    use std::os::unix::io::AsRawFd;
    // SAFETY: as above; unlocking a lock not held is harmless.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_UN) };
}

/// Systems without `flock` (none the app ships on) run without cross-process locks.
#[cfg(not(unix))]
fn try_flock(_: &File, _: Want) -> Result<(), TryLockError> {
    Ok(())
}

#[cfg(not(unix))]
fn unlock(_: &File) {}

/// Locks a file this process just created (a temporary file), so that a sweep of leftovers in
/// another process sees it is alive. Released when the file is closed.
pub(crate) fn try_hold(file: &File) -> bool {
    try_flock(file, Want::Exclusive).is_ok()
}

/// Waits for an exclusive lock on a small file (the WAL mark), held only for a write.
#[cfg(unix)]
pub(crate) fn hold_blocking(file: &File) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    loop {
        // SAFETY: a valid open file descriptor owned by `file` for the duration of the call.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

#[cfg(not(unix))]
pub(crate) fn hold_blocking(_: &File) -> std::io::Result<()> {
    Ok(())
}

/// Whether no process holds a lock on the file at `path` (its writer is gone).
pub(crate) fn is_free(path: &Path) -> bool {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let Ok(file) = options.open(path) else {
        return false;
    };
    // Closing the file releases the lock taken here.
    try_flock(&file, Want::Exclusive).is_ok()
}

/// Tries `attempt` until it succeeds, fails for another reason than "held elsewhere", or
/// `patience` runs out (then [`JournalError::InUse`]).
fn patiently(
    patience: Duration,
    mut attempt: impl FnMut() -> Result<(), TryLockError>,
) -> Result<(), JournalError> {
    let started = Instant::now();
    loop {
        match attempt() {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) if started.elapsed() < patience => {
                std::thread::sleep(POLL)
            }
            Err(TryLockError::WouldBlock) => return Err(JournalError::InUse),
            Err(TryLockError::Error(e)) => return Err(JournalError::io("lock the journal", e)),
        }
    }
}

/// The setup lock, held while a journal is opened or restored, with the use lock in the mode
/// the work needs. Dropping it releases both; [`Setup::finish`] keeps the use lock shared.
#[derive(Debug)]
pub(crate) struct Setup {
    _setup: File,
    in_use: File,
    mode: Option<Mode>,
}

impl Setup {
    /// Waits for any other process setting up the same journal, then takes the setup lock.
    pub(crate) fn acquire(journal: &Path) -> Result<Setup, JournalError> {
        let setup = open_lock_file(&setup_lock_path(journal))?;
        patiently(SETUP_PATIENCE, || try_flock(&setup, Want::Exclusive))?;
        let in_use = open_lock_file(&use_lock_path(journal))?;
        Ok(Setup {
            _setup: setup,
            in_use,
            mode: None,
        })
    }

    /// Holds the use lock shared, as every reader and writer does. Never waits long: only a
    /// holder of the setup lock takes it exclusively, and that is us.
    pub(crate) fn share(&mut self) -> Result<(), JournalError> {
        if self.mode == Some(Mode::Shared) {
            return Ok(());
        }
        self.release();
        patiently(SETUP_PATIENCE, || try_flock(&self.in_use, Want::Shared))?;
        self.mode = Some(Mode::Shared);
        Ok(())
    }

    /// Takes the use lock exclusively if no other process has the journal open, without
    /// waiting; `false` when another process has it open (the lock stays shared then).
    pub(crate) fn try_exclusive(&mut self) -> Result<bool, JournalError> {
        if self.mode == Some(Mode::Exclusive) {
            return Ok(true);
        }
        self.release();
        match try_flock(&self.in_use, Want::Exclusive) {
            Ok(()) => {
                self.mode = Some(Mode::Exclusive);
                Ok(true)
            }
            Err(TryLockError::WouldBlock) => {
                self.share()?;
                Ok(false)
            }
            Err(TryLockError::Error(e)) => Err(JournalError::io("lock the journal", e)),
        }
    }

    /// Holds the use lock exclusively: no other process has the journal open. Waits up to
    /// `patience` for them to close it, else [`JournalError::InUse`].
    pub(crate) fn exclusive(&mut self, patience: Duration) -> Result<(), JournalError> {
        if self.mode == Some(Mode::Exclusive) {
            return Ok(());
        }
        // Our own shared hold would block us: drop it first (we hold the setup lock, so no
        // other mover can slip in).
        self.release();
        patiently(patience, || try_flock(&self.in_use, Want::Exclusive))?;
        self.mode = Some(Mode::Exclusive);
        Ok(())
    }

    fn release(&mut self) {
        if self.mode.take().is_some() {
            unlock(&self.in_use);
        }
    }

    /// Ends the setup: the use lock stays held (shared) for the life of the open journal.
    pub(crate) fn finish(mut self) -> Result<InUse, JournalError> {
        self.share()?;
        let Setup { in_use, .. } = self;
        Ok(InUse { _file: in_use })
    }
}

/// The shared use lock an open journal holds; released when dropped.
#[derive(Debug)]
pub(crate) struct InUse {
    _file: File,
}
