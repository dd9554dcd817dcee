//! Files that replace another (a report, a backup, a new journal, the key check): written
//! privately under an unpredictable name beside the target, created exclusively without
//! following links (the `tempfile` crate), then renamed over the target, and only ever over a
//! regular file or nothing. A patient's output never lands on the journal, its companions or the
//! key file; what a killed writer left behind is swept on a later run.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::error::JournalError;
use super::{Journal, place};

/// How many random characters a temporary name carries.
const RANDOM_CHARS: usize = 12;

/// How long a sweep waits before looking at an unlocked file's lock again: a writer locks its
/// file the moment it creates it, so a file still unlocked after this has no writer.
const SECOND_LOOK: std::time::Duration = std::time::Duration::from_millis(100);

/// What SQLite may make beside a temporary database.
const SQLITE_SIDE_FILES: [&str; 3] = ["-journal", "-wal", "-shm"];

/// A temporary file beside its target, `<target name>.<label>-<12 random characters>`, private
/// (0600) and locked (`flock`) for its whole life, so a sweep never takes a live one. Dropped
/// without [`Partial::persist`], it is removed with whatever SQLite made beside it.
pub(crate) struct Partial {
    /// Taken by [`Partial::persist`].
    file: Option<tempfile::NamedTempFile>,
}

impl Partial {
    /// Creates the file exclusively (`O_EXCL`, `O_NOFOLLOW`): a link or file planted at the
    /// name is never opened, and the name is not predictable.
    pub(crate) fn beside(target: &Path, label: &str) -> std::io::Result<Partial> {
        let (dir, name) = split(target)?;
        let mut prefix = name.to_os_string();
        prefix.push(format!(".{label}-"));
        let file = tempfile::Builder::new()
            .prefix(&prefix)
            .rand_bytes(RANDOM_CHARS)
            .make_in(&dir, |path| {
                let mut options = std::fs::OpenOptions::new();
                options.read(true).write(true).create_new(true);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
                }
                options.open(path)
            })?;
        // Only this process has the file yet, so the lock cannot be held elsewhere.
        let _ = super::lock::try_hold(file.as_file());
        Ok(Partial { file: Some(file) })
    }

    fn temp(&self) -> &tempfile::NamedTempFile {
        self.file.as_ref().expect("present until persisted")
    }

    /// Where the file is.
    pub(crate) fn path(&self) -> &Path {
        self.temp().path()
    }

    /// The open file.
    pub(crate) fn file(&mut self) -> &mut File {
        self.file
            .as_mut()
            .expect("present until persisted")
            .as_file_mut()
    }

    /// Flushes the file and renames it over `target`, which must be nothing or a regular file
    /// (looked at again right before the rename).
    pub(crate) fn persist(mut self, target: &Path) -> Result<(), JournalError> {
        self.temp()
            .as_file()
            .sync_all()
            .map_err(|e| JournalError::io("flush a file to the disk", e))?;
        refuse_irregular(target)?;
        let temp = self.path().to_path_buf();
        let file = self.file.take().expect("present until persisted");
        match file.persist(target) {
            Ok(_) => {
                remove_side_files(&temp);
                place::sync_dir(target);
                Ok(())
            }
            Err(err) => Err(JournalError::io("name the file", err.error)),
        }
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        // The file itself is removed by `NamedTempFile`; SQLite's files beside it are ours.
        if let Some(file) = &self.file {
            remove_side_files(file.path());
        }
    }
}

fn remove_side_files(temp: &Path) {
    for suffix in SQLITE_SIDE_FILES {
        let _ = std::fs::remove_file(place::suffixed(temp, suffix));
    }
}

/// The folder and file name of a target (a bare name is in the current folder).
fn split(target: &Path) -> std::io::Result<(PathBuf, std::ffi::OsString)> {
    let name = target
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"))?;
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name.to_os_string()))
}

/// Refuses a target that exists and is not a regular file: a link (renaming over it would
/// replace the link, not what it names), a folder, a device, a FIFO or a socket.
fn refuse_irregular(target: &Path) -> Result<(), JournalError> {
    match std::fs::symlink_metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(JournalError::io("look at the output file", e)),
        Ok(meta) if meta.file_type().is_file() => Ok(()),
        Ok(_) => Err(JournalError::OutputNotRegular(target.to_path_buf())),
    }
}

/// Replaces a small private file (the key check) atomically.
pub(crate) fn replace_private(target: &Path, bytes: &[u8]) -> Result<(), JournalError> {
    let mut partial = Partial::beside(target, "partial")
        .map_err(|e| JournalError::io("create a temporary file", e))?;
    partial
        .file()
        .write_all(bytes)
        .map_err(|e| JournalError::io("write a file", e))?;
    partial.persist(target)
}

/// Removes what writers killed mid-way left beside `target` under `label` (`<name>.<label>-…`):
/// only names this code makes, only regular files of this user, and only unlocked ones (their
/// writer is gone: a live writer holds its file's lock from the instant it creates it; a file
/// is looked at twice, [`SECOND_LOOK`] apart, to cover that instant); with what SQLite made
/// beside them. Earlier versions named them `<name>.<label>-<pid>-<12 hex digits>`: those go
/// when their process is gone. Best effort: a file that cannot be removed stays.
pub(crate) fn sweep(target: &Path, label: &str) {
    let Ok((dir, name)) = split(target) else {
        return;
    };
    let prefix = format!("{}.{label}-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut unlocked = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let base = SQLITE_SIDE_FILES
            .iter()
            .find_map(|s| rest.strip_suffix(s))
            .unwrap_or(rest);
        let writer = if is_random(base) {
            None
        } else if let Some(pid) = old_style_pid(base) {
            Some(pid)
        } else {
            continue;
        };
        let path = dir.join(&file_name);
        match writer {
            Some(pid) if ours(&path) && !process_alive(pid) => {
                let _ = std::fs::remove_file(&path);
            }
            Some(_) => {}
            None if ours(&path) && super::lock::is_free(&path) => unlocked.push(path),
            None => {}
        }
    }
    if unlocked.is_empty() {
        return;
    }
    std::thread::sleep(SECOND_LOOK);
    for path in unlocked {
        if super::lock::is_free(&path) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn is_random(text: &str) -> bool {
    text.len() == RANDOM_CHARS && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// `<pid>-<12 hex digits>`: the name an earlier version gave its temporary files.
fn old_style_pid(text: &str) -> Option<u32> {
    let (pid, random) = text.split_once('-')?;
    let hex = random.len() == 12 && random.bytes().all(|b| b.is_ascii_hexdigit());
    hex.then(|| pid.parse().ok()).flatten()
}

/// Whether a file is a regular file of this user (never a link, never another user's).
fn ours(path: &Path) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.file_type().is_file() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions.
        meta.uid() == unsafe { libc::geteuid() }
    }
    #[cfg(not(unix))]
    true
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists.
    let status = unsafe { libc::kill(pid, 0) };
    status == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn process_alive(_: u32) -> bool {
    true
}

/// Files no output may replace besides the journal's own: the key file a shell read the key
/// from. Kept with their identity (device and inode) so any spelling or hard link is caught.
#[derive(Debug, Default)]
pub(crate) struct Protected(Mutex<Vec<PathBuf>>);

impl Protected {
    fn add(&self, path: &Path) {
        let resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(resolved);
    }

    fn covers(&self, candidate: &Path) -> bool {
        let list = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let candidate_meta = std::fs::metadata(candidate).ok();
        let resolved = resolve_new(candidate);
        list.iter().any(|kept| {
            let same_inode = match (&candidate_meta, std::fs::metadata(kept)) {
                (Some(a), Ok(b)) => place::same_file(a, &b),
                _ => false,
            };
            same_inode || resolved.as_deref() == Some(kept.as_path())
        })
    }
}

/// The path a new file at `candidate` would have: its folder resolved, links followed.
fn resolve_new(candidate: &Path) -> Option<PathBuf> {
    if let Ok(path) = std::fs::canonicalize(candidate) {
        return Some(path);
    }
    let (dir, name) = split(candidate).ok()?;
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

impl Journal {
    /// Registers a file no output may ever replace, however spelled (the key file a shell read
    /// the journal's key from).
    pub fn protect(&self, path: &Path) {
        self.protected.add(path);
    }

    /// Refuses an output at `dest` before anything is written: a missing folder
    /// ([`JournalError::MissingDirectory`]), the journal or one of its files
    /// ([`JournalError::OutputIsJournal`]), the key file ([`JournalError::OutputIsKeyFile`]),
    /// and anything that exists and is not a regular file: a link, a folder, a device, a FIFO
    /// ([`JournalError::OutputNotRegular`]).
    pub fn check_output(&self, dest: &Path) -> Result<(), JournalError> {
        let (dir, _) = split(dest).map_err(|_| JournalError::NotAFile(dest.to_path_buf()))?;
        if !dir.is_dir() {
            return Err(JournalError::MissingDirectory(dir));
        }
        if self.owns(dest) {
            return Err(JournalError::OutputIsJournal(dest.to_path_buf()));
        }
        if self.protected.covers(dest) {
            return Err(JournalError::OutputIsKeyFile(dest.to_path_buf()));
        }
        refuse_irregular(dest)
    }

    /// Writes a whole output (a report) to `dest`: checked ([`Journal::check_output`]), written
    /// privately beside it, then renamed over it; a failure leaves `dest` as it was. Leftovers of
    /// killed writers beside `dest` are removed first.
    pub fn write_output(&self, dest: &Path, bytes: &[u8]) -> Result<(), JournalError> {
        self.check_output(dest)?;
        sweep(dest, "partial");
        let result = (|| {
            let mut partial = Partial::beside(dest, "partial")
                .map_err(|e| JournalError::io("create a temporary file", e))?;
            partial
                .file()
                .write_all(bytes)
                .map_err(|e| JournalError::io("write the file", e))?;
            partial.persist(dest)
        })();
        result.map_err(|err| place::explain(err, dest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_unpredictable_private_and_swept_only_when_dead_and_old() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.csv");
        let a = Partial::beside(&target, "partial").unwrap();
        let b = Partial::beside(&target, "partial").unwrap();
        assert_ne!(a.path(), b.path());
        let name = a.path().file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("report.csv.partial-"), "{name}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(a.path()).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        // A live (locked) file is never swept.
        sweep(&target, "partial");
        assert!(a.path().exists());
        // A dead writer's file (unlocked) goes; a patient's look-alike never does.
        let dead = dir.path().join("report.csv.partial-abcdefABCDEF");
        std::fs::write(&dead, b"x").unwrap();
        std::fs::write(place::suffixed(&dead, "-journal"), b"x").unwrap();
        let theirs = [
            "report.csv.partial-mine",
            "report.csv.partial-abcdefABCDEF.txt",
            "report.csv",
            "other.partial-abcdefABCDEF",
        ];
        for name in theirs {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        // An earlier version's name, its process long gone (pid 0x7ffffff0 is never handed out).
        let old = dir
            .path()
            .join("report.csv.partial-2147483632-0123456789ab");
        std::fs::write(&old, b"x").unwrap();
        sweep(&target, "partial");
        assert!(!dead.exists());
        assert!(!old.exists());
        assert!(!place::suffixed(&dead, "-journal").exists());
        for name in theirs {
            assert!(dir.path().join(name).exists(), "{name}");
        }
        drop(a);
        drop(b);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), theirs.len());
    }
}
