//! Files a person points the app at (a backup to restore, a clinic protocol, a key file, a
//! photo): read only when they are regular files, never past a size limit, and without ever
//! blocking on a FIFO or a device. The file is opened first (non-blocking) and the opened file
//! is what gets checked, so swapping the path for a FIFO after a check cannot hang the app.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

/// The largest clinic protocol file read, in bytes.
pub const MAX_PROTOCOL_FILE_BYTES: u64 = crate::protocol::bounds::MAX_PROTOCOL_BYTES as u64;
/// The largest key file read, in bytes (a key is 32 bytes, or 64 hex digits and whitespace).
pub const MAX_KEY_FILE_BYTES: u64 = 4 * 1024;
/// The largest backup restored, in bytes (photos are not in the journal: years of entries are
/// a few megabytes).
pub const MAX_BACKUP_BYTES: u64 = 1024 * 1024 * 1024;
/// The largest photo embedded in a report, in bytes.
pub const MAX_PHOTO_BYTES: u64 = 64 * 1024 * 1024;

/// Why an input file was not read. Messages never carry the file's content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputFileError {
    /// A folder, FIFO, device or socket.
    #[error("not a regular file")]
    NotAFile,
    /// Larger than the limit for its kind.
    #[error("larger than {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// Opening or reading failed.
    #[error("cannot be read ({0})")]
    Unreadable(std::io::ErrorKind),
}

/// Opens `path` for reading without blocking (a FIFO would wait for a writer forever) and
/// checks that what was opened is a regular file no larger than `limit`.
pub fn open_input(path: &Path, limit: u64) -> Result<File, InputFileError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|e| InputFileError::Unreadable(e.kind()))?;
    let meta = file
        .metadata()
        .map_err(|e| InputFileError::Unreadable(e.kind()))?;
    if !meta.is_file() {
        return Err(InputFileError::NotAFile);
    }
    if meta.len() > limit {
        return Err(InputFileError::TooLarge { limit });
    }
    Ok(file)
}

/// Reads a whole input file of at most `limit` bytes.
pub fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, InputFileError> {
    let file = open_input(path, limit)?;
    let mut bytes = Vec::new();
    // A file that grows while being read still stops at the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputFileError::Unreadable(e.kind()))?;
    if bytes.len() as u64 > limit {
        return Err(InputFileError::TooLarge { limit });
    }
    Ok(bytes)
}

/// Why copying an input file failed: reading it, or writing the copy (a full disk is the
/// copy's problem, never the input's).
#[derive(Debug)]
pub enum CopyFailure {
    /// The input cannot be read (see [`InputFileError`]).
    Input(InputFileError),
    /// Writing the copy failed.
    Output(std::io::Error),
}

/// Copies an input file of at most `limit` bytes into `out`; returns the bytes copied.
pub fn copy_input(path: &Path, out: &mut impl Write, limit: u64) -> Result<u64, CopyFailure> {
    let file = open_input(path, limit).map_err(CopyFailure::Input)?;
    let mut input = file.take(limit + 1);
    let mut buffer = vec![0u8; 64 * 1024];
    let mut copied = 0u64;
    loop {
        let n = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(CopyFailure::Input(InputFileError::Unreadable(e.kind()))),
        };
        copied += n as u64;
        if copied > limit {
            return Err(CopyFailure::Input(InputFileError::TooLarge { limit }));
        }
        out.write_all(&buffer[..n]).map_err(CopyFailure::Output)?;
    }
    Ok(copied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_a_small_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            read_input(dir.path(), 10),
            Err(InputFileError::NotAFile),
            "a folder"
        );
        #[cfg(target_os = "linux")]
        assert_eq!(
            read_input(Path::new("/dev/zero"), 10),
            Err(InputFileError::NotAFile)
        );
        let file = dir.path().join("f");
        std::fs::write(&file, b"0123456789x").unwrap();
        assert_eq!(
            read_input(&file, 10),
            Err(InputFileError::TooLarge { limit: 10 })
        );
        assert_eq!(read_input(&file, 11).unwrap(), b"0123456789x");
        assert!(matches!(
            read_input(&dir.path().join("missing"), 10),
            Err(InputFileError::Unreadable(std::io::ErrorKind::NotFound))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn never_blocks_on_a_fifo() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        // No writer ever comes: a blocking open would hang this test forever.
        assert_eq!(read_input(&fifo, 10), Err(InputFileError::NotAFile));
    }
}
