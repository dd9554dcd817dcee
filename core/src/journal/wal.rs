//! Which WAL is the journal's own. SQLite replays any well-formed `-wal` it finds beside a
//! database, whichever database wrote it; a `-wal` restored by hand or by a sync tool from
//! another journal (or another copy of this one) would put someone else's pages into this
//! journal, and an encrypted one would be damaged by them.
//!
//! So every process that writes the journal keeps `<journal>-walmark`: the identity of the
//! journal file (an encrypted file's SQLCipher salt; a plain file's random application id) and
//! the header of the WAL generation it is writing (checkpoint sequence, salts, checksum, which
//! SQLite renews each time the WAL starts over). It is written after each commit that started a
//! new generation, before the commit returns, so every acknowledged entry's WAL is marked.
//! Opening compares a WAL left behind (no other process has the journal open) with the mark:
//! one that does not match is set aside (`-wal.foreign-<time>`, with its `-shm`), never
//! replayed, and reported. Without a mark (a journal last written by an earlier version) the WAL
//! is replayed as SQLite always did.
//!
//! The same goes for the rest of the class: a rollback journal (`-journal`) beside a journal
//! that only ever runs in WAL mode is never its own (SQLite would play it back into the file),
//! and a link, FIFO or folder at a companion's name (SQLite would write through it) is not a
//! companion at all. Both are set aside the same way.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::error::JournalError;
use super::place;

const MAGIC: &str = "aftercare-walmark-v1";
/// The WAL header: magic, version, page size, then what changes per generation.
const WAL_HEADER: usize = 32;
/// Where the per-generation part of the header starts: checkpoint sequence, salt 1, salt 2 and
/// the header's checksum (20 bytes).
const GENERATION: std::ops::Range<usize> = 12..32;
/// A WAL shorter than its header and one frame holds nothing to replay.
const SMALLEST_FRAME: u64 = 24 + 512;
/// SQLite's own automatic checkpoint, which a WAL hook replaces, runs at this many pages.
const AUTOCHECKPOINT_PAGES: i32 = 1000;

/// Where the mark of a journal lives.
pub(crate) fn mark_path(journal: &Path) -> PathBuf {
    place::suffixed(journal, "-walmark")
}

/// The identity of a journal file: an encrypted file's SQLCipher salt, or a plain file's
/// application id (random since this version; 0 in older journals, which matches any).
fn identity(journal: &Path) -> Option<[u8; 16]> {
    let mut header = [0u8; 72];
    place::open_regular(journal)?.read_exact(&mut header).ok()?;
    if &header[..16] == b"SQLite format 3\0" {
        let mut id = [0u8; 16];
        id[..4].copy_from_slice(&header[68..72]);
        Some(id)
    } else {
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&header[..16]);
        Some(salt)
    }
}

/// The per-generation part of a WAL's header, if it has a valid one.
fn generation(wal: &Path) -> Option<[u8; 20]> {
    let mut header = [0u8; WAL_HEADER];
    place::open_regular(wal)?.read_exact(&mut header).ok()?;
    let magic = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
    if magic & 0xffff_fffe != 0x377f_0682 {
        return None;
    }
    let mut part = [0u8; 20];
    part.copy_from_slice(&header[GENERATION]);
    Some(part)
}

fn line(identity: &[u8; 16], generation: &[u8; 20]) -> String {
    format!(
        "{MAGIC} {} {}\n",
        super::key::hex(identity),
        super::key::hex(generation)
    )
}

/// Reads the mark: `(identity, generation)`, `None` when there is none or it cannot be read.
fn read_mark(journal: &Path) -> Option<([u8; 16], [u8; 20])> {
    let text = place::read_small(&mark_path(journal))?;
    let mut parts = text.split_whitespace();
    if parts.next()? != MAGIC {
        return None;
    }
    let identity = unhex_into::<16>(parts.next()?)?;
    let generation = unhex_into::<20>(parts.next()?)?;
    Some((identity, generation))
}

fn unhex_into<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Whether `journal` was written by a version that marks its WAL: a plain journal with a random
/// identity, or an encrypted one whose key check names its file.
fn keeps_marks(journal: &Path, identity: &[u8; 16]) -> bool {
    let plain = place::open_regular(journal).is_some_and(|mut f| {
        let mut magic = [0u8; 16];
        f.read_exact(&mut magic).is_ok() && &magic == b"SQLite format 3\0"
    });
    if plain {
        identity.iter().any(|&b| b != 0)
    } else {
        super::key::names_its_file(journal)
    }
}

/// Keeps the mark of one connection's WAL generation up to date.
struct Marker {
    journal: PathBuf,
    last: Option<[u8; 20]>,
}

impl Marker {
    /// After a commit: if the WAL started a new generation since the last look, record it.
    fn note(&mut self) -> std::io::Result<()> {
        let Some(current) = generation(&place::suffixed(&self.journal, "-wal")) else {
            return Ok(());
        };
        if self.last == Some(current) {
            return Ok(());
        }
        write_mark(&self.journal)?;
        self.last = Some(current);
        Ok(())
    }
}

/// Writes the mark in place under an exclusive lock: two processes writing the journal each
/// read the WAL header inside the lock, so the last write holds the current generation.
fn write_mark(journal: &Path) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(mark_path(journal))?;
    if !file.metadata()?.is_file() {
        return Err(std::io::ErrorKind::InvalidInput.into());
    }
    super::lock::hold_blocking(&file)?;
    // Read under the lock: another writer may have started a newer generation meanwhile.
    let (Some(current), Some(identity)) = (
        generation(&place::suffixed(journal, "-wal")),
        identity(journal),
    ) else {
        return Ok(());
    };
    let text = line(&identity, &current);
    file.seek(SeekFrom::Start(0))?;
    file.write_all(text.as_bytes())?;
    file.set_len(text.len() as u64)?;
    file.sync_all()
}

/// Installs the marker on a journal's connection (replacing SQLite's automatic checkpoint,
/// which is itself a WAL hook, with the same checkpoint at the same size).
pub(crate) fn watch(conn: &mut Connection, journal: &Path) -> Result<(), JournalError> {
    let mut marker = Marker {
        journal: journal.to_path_buf(),
        last: None,
    };
    conn.wal_hook(Some(move |wal: &mut rusqlite::hooks::Wal, pages: i32| {
        if let Err(err) = marker.note() {
            // The commit is on disk, but a WAL without its mark would be set aside after a
            // crash: the write is reported as failed (never acknowledged), and the next write
            // tries the mark again.
            let code = if matches!(
                JournalError::io("mark the WAL", err),
                JournalError::DiskFull
            ) {
                rusqlite::ffi::SQLITE_FULL
            } else {
                rusqlite::ffi::SQLITE_IOERR
            };
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(code),
                None,
            ));
        }
        if pages >= AUTOCHECKPOINT_PAGES {
            // As SQLite's default hook: a passive checkpoint, its failure ignored.
            let _ = wal.checkpoint();
        }
        Ok(())
    }))?;
    Ok(())
}

/// The companions SQLite or this code opens by name beside the journal.
const COMPANIONS: [&str; 6] = [
    "-wal",
    "-shm",
    "-journal",
    "-keycheck",
    "-walmark",
    "-check",
];

/// Sets aside what lies beside `journal` under a companion's name but is not its own (see the
/// module doc): returns where it went. Callers hold the use lock exclusively (no other process
/// has the journal open, so a WAL is a leftover, not a live one).
pub(crate) fn set_aside_foreign(
    journal: &Path,
    now: DateTime<Utc>,
) -> Result<Vec<PathBuf>, JournalError> {
    // Judged before anything moves: a mark that is a link or a FIFO is a mark that was tampered
    // with, not a missing one.
    let wal_foreign = wal_is_foreign(journal);
    let mut foreign: Vec<&str> = COMPANIONS
        .into_iter()
        .filter(|suffix| {
            std::fs::symlink_metadata(place::suffixed(journal, suffix))
                .is_ok_and(|m| !m.file_type().is_file())
        })
        .collect();
    let rollback = std::fs::symlink_metadata(place::suffixed(journal, "-journal"))
        .is_ok_and(|m| m.file_type().is_file() && m.len() > 0);
    if rollback && !foreign.contains(&"-journal") {
        foreign.push("-journal");
    }
    if !foreign.contains(&"-wal") && wal_foreign {
        foreign.push("-wal");
        if !foreign.contains(&"-shm") {
            foreign.push("-shm");
        }
    }
    if foreign.is_empty() {
        return Ok(Vec::new());
    }
    place::rename_aside(
        journal,
        foreign,
        "foreign",
        now,
        "set aside a file that is not the journal's",
    )
}

/// Whether the regular `-wal` beside `journal` holds frames of a generation its mark does not
/// name, or was marked for another file. A mark that cannot be read (a link, a FIFO, other
/// bytes) names nothing. With no mark at all, only a journal from before marks existed is
/// trusted as SQLite always did: a plain journal without a random identity, an encrypted one
/// whose key check does not name its file (both written by an earlier version).
fn wal_is_foreign(journal: &Path) -> bool {
    let wal = place::suffixed(journal, "-wal");
    let holds_frames = std::fs::symlink_metadata(&wal)
        .is_ok_and(|m| m.file_type().is_file() && m.len() >= WAL_HEADER as u64 + SMALLEST_FRAME);
    if !holds_frames {
        return false;
    }
    let Some(current) = generation(&wal) else {
        // SQLite ignores a WAL without a valid header: nothing of it is replayed.
        return false;
    };
    let identity = identity(journal).unwrap_or_default();
    let mark_present = std::fs::symlink_metadata(mark_path(journal)).is_ok();
    let Some((marked_identity, marked_generation)) = read_mark(journal) else {
        return mark_present || keeps_marks(journal, &identity);
    };
    let unknown = |id: &[u8; 16]| id.iter().all(|&b| b == 0);
    let same_file = unknown(&identity) || unknown(&marked_identity) || identity == marked_identity;
    !(same_file && current == marked_generation)
}
