//! Where a journal's files live: the path the caller gave, resolved; its companion files; their
//! private permissions; temporary files beside it; and whether some other path (a report, a
//! backup) would land on one of them.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use super::error::JournalError;

/// Suffixes of the files that belong to a journal: SQLite's own, the key check, the WAL mark,
/// the locks and the damage marker.
const COMPANIONS: [&str; 9] = [
    "",
    "-wal",
    "-shm",
    "-journal",
    "-keycheck",
    "-walmark",
    "-lock",
    "-setup-lock",
    "-check",
];

/// What the journal's own names may continue with: moved-aside files (`.corrupt-…`,
/// `.replaced-…`, `.orphan-…`, `.foreign-…`) and temporary files (`.new-…`, `.restore-…`,
/// `.partial-…`).
const DERIVED: [&str; 7] = [
    ".corrupt-",
    ".replaced-",
    ".orphan-",
    ".foreign-",
    ".new-",
    ".restore-",
    ".partial-",
];

/// The journal's path with its folder made absolute and symbolic links followed, so every
/// companion file sits where SQLite puts the WAL (beside the real file). Refuses a folder, a
/// device, a FIFO or a link to nothing at the journal's place.
pub(crate) fn resolve(path: &Path) -> Result<PathBuf, JournalError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(JournalError::MissingDirectory(dir));
    }
    let name = path
        .file_name()
        .ok_or_else(|| JournalError::NotAFile(path.to_path_buf()))?;
    let dir = std::fs::canonicalize(&dir).map_err(|e| JournalError::io("find the folder", e))?;
    let full = dir.join(name);
    match std::fs::symlink_metadata(&full) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(full),
        Err(e) => Err(JournalError::io("look at the journal", e)),
        Ok(meta) if meta.file_type().is_symlink() => match std::fs::canonicalize(&full) {
            Ok(target) if target.is_file() => Ok(target),
            Ok(_) => Err(JournalError::NotAFile(path.to_path_buf())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(JournalError::DanglingLink(path.to_path_buf()))
            }
            Err(e) => Err(JournalError::io("follow the link to the journal", e)),
        },
        Ok(meta) if meta.is_file() => Ok(full),
        Ok(_) => Err(JournalError::NotAFile(path.to_path_buf())),
    }
}

/// Opens a file for reading only if it is a regular file, without ever blocking (a FIFO or a
/// device planted at a companion's name is never read).
pub(crate) fn open_regular(path: &Path) -> Option<std::fs::File> {
    crate::input_file::open_input(path, u64::MAX).ok()
}

/// A small regular file's text (a key check, a WAL mark), read without blocking.
pub(crate) fn read_small(path: &Path) -> Option<String> {
    let bytes = crate::input_file::read_input(path, 4096).ok()?;
    String::from_utf8(bytes).ok()
}

/// `path` with `suffix` appended to its file name.
pub(crate) fn suffixed(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Refuses a journal file this process cannot write, before SQLite opens it: SQLite would open
/// it read-only and create a `-shm` with the file's own (read-only) mode, which keeps the
/// journal read-only even after the file's mode is fixed.
pub(crate) fn check_writable(path: &Path) -> Result<(), JournalError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| JournalError::io("open the journal", e))?;
    let meta = file
        .metadata()
        .map_err(|e| JournalError::io("look at the journal", e))?;
    if !meta.is_file() {
        return Err(JournalError::NotAFile(path.to_path_buf()));
    }
    Ok(())
}

/// Makes the journal's files readable by this user only (0600): notes are health data, and
/// SQLite creates files with the umask (often 0644). The journal itself only ever loses
/// permissions here; its `-wal`/`-shm` also regain the owner's write bit, so a read-only `-shm`
/// left by an older version cannot keep a writable journal read-only.
pub(crate) fn make_private(path: &Path) {
    make_file_private(path);
    for suffix in ["-wal", "-shm", "-keycheck"] {
        let companion = suffixed(path, suffix);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Never through a link: a link at a companion's name is not the journal's.
            if let Ok(meta) = std::fs::symlink_metadata(&companion)
                && meta.file_type().is_file()
                && meta.permissions().mode() & 0o777 != 0o600
            {
                let _ =
                    std::fs::set_permissions(&companion, std::fs::Permissions::from_mode(0o600));
            }
        }
        #[cfg(not(unix))]
        let _ = companion;
    }
}

/// Removes group and other permissions from one file (best effort: a file of another user
/// cannot be changed, and opening it then fails with a clear error of its own).
pub(crate) fn make_file_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::symlink_metadata(path)
            && meta.is_file()
            && meta.permissions().mode() & 0o077 != 0
        {
            let mode = meta.permissions().mode() & 0o700;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// `path` with `suffix` appended, or with `suffix-1`, `suffix-2`, … if that name is taken: a
/// name nothing has, for a file moved aside (never over another).
pub(crate) fn free_name(path: &Path, suffix: &str) -> PathBuf {
    let mut to = suffixed(path, suffix);
    let mut n = 1;
    while std::fs::symlink_metadata(&to).is_ok() {
        to = suffixed(path, &format!("{suffix}-{n}"));
        n += 1;
    }
    to
}

/// Renames the journal's files with these suffixes (those that exist, links included) to
/// `<name>.<label>-<UTC time>` beside it, private, never over another file; returns where they
/// went. Never deletes.
pub(crate) fn rename_aside<'s>(
    journal: &Path,
    suffixes: impl IntoIterator<Item = &'s str>,
    label: &str,
    now: chrono::DateTime<chrono::Utc>,
    op: &'static str,
) -> Result<Vec<PathBuf>, JournalError> {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut moved = Vec::new();
    for suffix in suffixes {
        let from = suffixed(journal, suffix);
        if std::fs::symlink_metadata(&from).is_err() {
            continue;
        }
        let to = free_name(&from, &format!(".{label}-{stamp}"));
        std::fs::rename(&from, &to).map_err(|e| JournalError::io(op, e))?;
        make_file_private(&to);
        moved.push(to);
    }
    sync_dir(journal);
    Ok(moved)
}

/// Flushes the folder holding `path`, so a rename in it survives power loss (best effort:
/// not every system can sync a folder).
pub(crate) fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent()
        && let Ok(dir) = std::fs::File::open(dir)
    {
        let _ = dir.sync_all();
    }
}

/// Refines a vague storage failure: SQLite reports a full disk met while growing the `-shm` or
/// syncing as a generic I/O error ("SystemIoFailure"). If the folder of `near` has (almost) no
/// space left, that is what the patient needs to hear.
pub(crate) fn explain(err: JournalError, near: &Path) -> JournalError {
    let vague = matches!(&err, JournalError::Storage(code) if code == "SystemIoFailure");
    if vague && space_left(near) < 64 * 1024 {
        return JournalError::DiskFull;
    }
    err
}

/// Bytes an unprivileged writer may still use in the folder of `path` (`u64::MAX` if unknown).
fn space_left(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let Ok(c_path) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
            return u64::MAX;
        };
        let mut stats = std::mem::MaybeUninit::<libc::statvfs>::uninit();
        // SAFETY: a valid C string and a buffer of the right type; statvfs only writes into it.
        let status = unsafe { libc::statvfs(c_path.as_ptr(), stats.as_mut_ptr()) };
        if status != 0 {
            return u64::MAX;
        }
        // SAFETY: statvfs returned 0, so it filled the struct.
        let stats = unsafe { stats.assume_init() };
        // The field types differ between systems (u32 on some, u64 on Linux).
        #[allow(clippy::useless_conversion)]
        let (blocks, size) = (u64::from(stats.f_bavail), u64::from(stats.f_frsize));
        blocks.saturating_mul(size)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        u64::MAX
    }
}

/// Whether writing to `candidate` would land on the journal at `journal` (already resolved) or
/// one of its files, however the candidate is spelled: relative, through links, in another case
/// on a case-insensitive disk, or as another hard link to the same file.
pub(crate) fn is_journal_file(journal: &Path, candidate: &Path) -> bool {
    let (Some(dir), Some(journal_name)) = (journal.parent(), journal.file_name()) else {
        return false;
    };
    let journal_name = journal_name.to_string_lossy().to_lowercase();
    // The same file under any name.
    if let Ok(meta) = std::fs::metadata(candidate) {
        for suffix in COMPANIONS {
            if let Ok(own) = std::fs::metadata(suffixed(journal, suffix))
                && same_file(&meta, &own)
            {
                return true;
            }
        }
    }
    // The name a new file would get: the candidate resolved as the journal is.
    let resolved = match std::fs::canonicalize(candidate) {
        Ok(path) => path,
        Err(_) => {
            let parent = match candidate.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let (Ok(parent), Some(name)) = (std::fs::canonicalize(parent), candidate.file_name())
            else {
                return false;
            };
            parent.join(name)
        }
    };
    let (Some(cand_dir), Some(cand_name)) = (resolved.parent(), resolved.file_name()) else {
        return false;
    };
    let same_dir = cand_dir == dir
        || matches!(
            (std::fs::metadata(cand_dir), std::fs::metadata(dir)),
            (Ok(a), Ok(b)) if same_file(&a, &b)
        );
    if !same_dir {
        return false;
    }
    let name = cand_name.to_string_lossy().to_lowercase();
    let Some(rest) = name.strip_prefix(&journal_name) else {
        return false;
    };
    COMPANIONS.contains(&rest)
        || COMPANIONS.iter().any(|s| {
            rest.strip_prefix(s)
                .is_some_and(|r| DERIVED.iter().any(|d| r.starts_with(d)))
        })
}

#[cfg(unix)]
pub(crate) fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
pub(crate) fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_are_the_journals_own_files_however_spelled() {
        let dir = tempfile::tempdir().unwrap();
        let journal = resolve(&dir.path().join("j.db")).unwrap();
        std::fs::write(&journal, b"x").unwrap();
        let own = [
            "j.db",
            "J.DB",
            "j.db-wal",
            "j.db-shm",
            "j.db-journal",
            "j.db-keycheck",
            "j.db-walmark",
            "j.db-wal.foreign-20261121T120000Z",
            "j.db-keycheck.partial-abcdefABCDEF",
            "j.db-lock",
            "j.db-setup-lock",
            "j.db-check",
            "j.db.corrupt-20261121T120000Z",
            "j.db-wal.replaced-20261121T120000Z-1",
            "j.db.new-12-abcdef",
        ];
        for name in own {
            assert!(is_journal_file(&journal, &dir.path().join(name)), "{name}");
        }
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        assert!(is_journal_file(&journal, &sub.join("../j.db-wal")));
        std::fs::hard_link(&journal, dir.path().join("other-name")).unwrap();
        assert!(is_journal_file(&journal, &dir.path().join("other-name")));
        for name in ["j.db.bak", "j.dbx", "report.csv", "j.db-walrus"] {
            assert!(!is_journal_file(&journal, &dir.path().join(name)), "{name}");
        }
        assert!(!is_journal_file(&journal, &sub.join("j.db")));
    }
}
