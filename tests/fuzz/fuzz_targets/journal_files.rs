//! A real journal with files beside it that are not what they seem: a WAL of another journal
//! (whole, or with fuzzed bytes), fuzzed key checks and WAL marks, a rollback journal, links
//! and FIFOs at companions' names, and damage to the journal's own bytes. Opening may refuse or
//! recover, but never panics, never replays the other journal's entries into this one, never
//! writes through a link (its target keeps its bytes and mode), and never loses the journal's
//! bytes (they stay at the path, or where the recovery says it moved them).
#![no_main]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use aftercare_core::journal::{Journal, NewSession, SessionStatus};
use aftercare_core::{BodyArea, Catalog, NewSymptom, SymptomKind};
use chrono::{DateTime, TimeDelta, Utc};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

/// 21 November 2026, 09:00 UTC.
const START: i64 = 1_795_251_600;

/// Notes of the other journal: never to be seen in this one.
const OTHER: &str = "other-journal-qz7";

/// What is put at one companion's name.
#[derive(Arbitrary, Debug)]
enum Companion {
    /// Left as it is.
    Keep,
    /// These bytes.
    Bytes(Vec<u8>),
    /// The other journal's own file of that name.
    Other,
    /// A link to the victim file.
    Link,
    /// A link to nothing.
    Dangling,
    /// A FIFO.
    Fifo,
}

#[derive(Arbitrary, Debug)]
struct Input {
    /// Bytes of the journal changed: (offset, xor).
    damage: Vec<(u32, u8)>,
    wal: Companion,
    shm: Companion,
    rollback: Companion,
    keycheck: Companion,
    walmark: Companion,
    check: Companion,
    /// Open a day later (the daily full check runs).
    next_day: bool,
}

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("valid")
}

/// The files of a journal with three entries, and of another with its entries in its WAL (made
/// once): (this journal's files, the other's files).
type Files = Vec<(String, Vec<u8>)>;

fn bases() -> &'static (Files, Files) {
    static BASES: OnceLock<(Files, Files)> = OnceLock::new();
    BASES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let ours = dir.path().join("ours");
        let theirs = dir.path().join("theirs");
        std::fs::create_dir(&ours).expect("dir");
        std::fs::create_dir(&theirs).expect("dir");
        drop(journal(&ours.join("journal.db"), "ours"));
        let other = journal(&theirs.join("journal.db"), OTHER);
        // Their files while open: the entries are in the WAL.
        let files = (read_all(&ours), read_all(&theirs));
        drop(other);
        files
    })
}

fn journal(path: &Path, tag: &str) -> Journal {
    let now = at(START);
    let (journal, _) = Journal::open(path, None, now).expect("a new journal");
    let protocol = Catalog::builtin()
        .get("microneedling", None)
        .expect("built-in")
        .reference();
    let session = journal
        .add_session(
            &NewSession {
                protocol,
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(now - TimeDelta::hours(30)),
                zone: chrono_tz::Europe::Berlin,
            },
            now,
        )
        .expect("session")
        .id;
    for n in 0..3 {
        let symptom = NewSymptom {
            kind: SymptomKind::Redness,
            severity: 3,
            observed_at: now - TimeDelta::hours(n),
            area: BodyArea::Cheeks,
            note: format!("{tag} {n}"),
            yes_no: false,
            temperature: None,
        };
        journal.log_symptom(session, &symptom, now).expect("entry");
    }
    journal
}

fn read_all(dir: &Path) -> Files {
    let mut files: Files = std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    files.sort();
    files
}

fn place(dir: &Path, suffix: &str, what: &Companion, victim: &Path) {
    let path = dir.join(format!("journal.db{suffix}"));
    match what {
        Companion::Keep => return,
        _ => {
            let _ = std::fs::remove_file(&path);
        }
    }
    match what {
        Companion::Keep => {}
        Companion::Bytes(bytes) => std::fs::write(&path, bytes).expect("write"),
        Companion::Other => {
            let name = format!("journal.db{suffix}");
            if let Some((_, bytes)) = bases().1.iter().find(|(n, _)| *n == name) {
                std::fs::write(&path, bytes).expect("write");
            }
        }
        Companion::Link => std::os::unix::fs::symlink(victim, &path).expect("link"),
        Companion::Dangling => {
            std::os::unix::fs::symlink(dir.join("nowhere"), &path).expect("link")
        }
        Companion::Fifo => {
            let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
            // SAFETY: a valid C string; mkfifo only creates a file.
            unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
        }
    }
}

fuzz_target!(|input: Input| {
    let (ours, _) = bases();
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in ours {
        std::fs::write(dir.path().join(name), bytes).expect("copy");
    }
    let path: PathBuf = dir.path().join("journal.db");
    let mut bytes = std::fs::read(&path).expect("journal");
    for (offset, xor) in input.damage.iter().take(16) {
        let at = *offset as usize % bytes.len();
        bytes[at] ^= xor;
    }
    std::fs::write(&path, &bytes).expect("damaged");
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, b"the patient's own file").expect("victim");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).expect("mode");
    place(dir.path(), "-wal", &input.wal, &victim);
    place(dir.path(), "-shm", &input.shm, &victim);
    place(dir.path(), "-journal", &input.rollback, &victim);
    place(dir.path(), "-keycheck", &input.keycheck, &victim);
    place(dir.path(), "-walmark", &input.walmark, &victim);
    place(dir.path(), "-check", &input.check, &victim);

    let now = if input.next_day {
        at(START + 86_400)
    } else {
        at(START)
    };
    let result = Journal::open(&path, None, now);
    let mut kept = std::fs::read(&path).ok().as_deref() == Some(&bytes[..]);
    if let Ok((journal, recovery)) = &result {
        if let Some(recovery) = recovery {
            kept |= recovery
                .moved_to
                .iter()
                .any(|p| std::fs::read(p).ok().as_deref() == Some(&bytes[..]));
        }
        // Whatever opened answers its reads, and never with the other journal's entries.
        if let Ok(sessions) = journal.sessions() {
            for session in sessions {
                if let Ok(entries) = journal.symptoms(session.id) {
                    assert!(
                        !entries.iter().any(|e| e.note.starts_with(OTHER)),
                        "the other journal's entries were replayed into this one: {input:?}, {recovery:?}"
                    );
                }
            }
        }
        let _ = journal.stored_settings();
    }
    // Opened in place, the journal may have been written (its WAL, its check); anything else
    // must have kept its bytes.
    assert!(
        kept || matches!(&result, Ok((_, None))) || matches!(&result, Ok((_, Some(r))) if !r.damaged()),
        "the journal's bytes are gone after {:?}: {input:?}",
        result.as_ref().map(|(_, r)| r).map_err(|e| e.to_string())
    );
    drop(result);
    assert_eq!(
        std::fs::read(&victim).expect("victim"),
        b"the patient's own file",
        "written through a link"
    );
    let mode = std::fs::metadata(&victim).expect("victim").permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "the victim's mode changed through a link");
});
