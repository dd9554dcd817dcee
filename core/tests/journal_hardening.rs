//! The journal against silent omission and unlucky files: a damaged index never makes a read,
//! a report or a backup quietly shorter; empty and one-byte journals are damage; the WAL and
//! SHM of an open journal are private; a journal cannot be restored over while open elsewhere.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use aftercare_core::journal::{Journal, JournalError, NewSession, SessionStatus};
use aftercare_core::protocol::ProtocolRef;
use aftercare_core::report::{self, ReportError, ReportRequest};
use aftercare_core::{BodyArea, Locale, NewSymptom, SymptomKind};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
}

/// A closed plain journal with one session and 60 entries; returns the session id.
fn sixty_entries(path: &Path) -> i64 {
    let (journal, _) = Journal::open(path, None, now()).unwrap();
    let session = journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(now() - TimeDelta::days(3)),
                zone: chrono_tz::Europe::Berlin,
            },
            now(),
        )
        .unwrap()
        .id;
    for n in 0..60 {
        let symptom = NewSymptom {
            kind: SymptomKind::Redness,
            severity: (n % 11) as u8,
            observed_at: now() - TimeDelta::minutes(60 * n),
            area: BodyArea::Cheeks,
            note: format!("entry {n} with a few words"),
            yes_no: false,
            temperature: None,
        };
        journal.log_symptom(session, &symptom, now()).unwrap();
    }
    session
}

/// The page number and page size of an index's root page, from the closed file.
fn index_root(path: &Path, index: &str) -> (usize, usize) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let root: i64 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = ?1",
            [index],
            |r| r.get(0),
        )
        .unwrap();
    let size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    (root as usize, size as usize)
}

/// A 60-entry journal with one byte of its symptom index flipped at `trial`'s place in the
/// index page's cells: the index then lacks (or misplaces) entries the table still holds.
#[test]
fn a_damaged_index_never_silently_shortens_reads_reports_or_backups() {
    let mut rebuilt = 0;
    let mut reported = 0;
    for trial in 0..12 {
        let ctx = format!("trial {trial}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let session = sixty_entries(&path);
        let (root, size) = index_root(&path, "symptoms_by_session_time");
        let mut bytes = std::fs::read(&path).unwrap();
        let page = (root - 1) * size;
        let content_start = u16::from_be_bytes([bytes[page + 5], bytes[page + 6]]) as usize;
        let span = size - content_start;
        let at = page + content_start + (trial * 7919) % span;
        bytes[at] ^= 0xff;
        std::fs::write(&path, &bytes).unwrap();

        // The same day: the periodic check is not due, so only the reads themselves can tell.
        let (journal, _) = Journal::open(&path, None, now()).unwrap();
        match journal.symptoms(session) {
            Ok(entries) => assert_eq!(entries.len(), 60, "{ctx}: a shorter log, silently"),
            Err(JournalError::Corrupted) => reported += 1,
            Err(other) => panic!("{ctx}: {other:?}"),
        }
        let request = ReportRequest::new(Locale::En, chrono_tz::Europe::Berlin);
        match report::collect(&journal, &request, now()) {
            Ok(data) => assert_eq!(data.entry_count(), 60, "{ctx}: a shorter report"),
            Err(ReportError::Journal(JournalError::Corrupted)) => {}
            Err(other) => panic!("{ctx}: {other:?}"),
        }
        match journal.backup(&dir.path().join("b.db"), None, now()) {
            Ok(()) | Err(JournalError::Corrupted) => {}
            Err(other) => panic!("{ctx}: {other:?}"),
        }
        drop(journal);

        // Reopened, the index is rebuilt from the table: every entry is back, nothing moved.
        let (journal, recovery) = Journal::open(&path, None, now()).unwrap();
        if recovery.is_none() {
            assert_eq!(journal.symptoms(session).unwrap().len(), 60, "{ctx}");
            assert!(journal.integrity_ok().unwrap(), "{ctx}");
            rebuilt += 1;
        }
    }
    assert!(
        reported > 0,
        "no trial damaged the index in a way reads meet"
    );
    assert!(rebuilt > 0, "no trial was rebuilt");
}

#[test]
fn empty_and_one_byte_journals_are_damage_moved_aside() {
    for content in [&b""[..], b"x", &[0u8; 511][..]] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        std::fs::write(&path, content).unwrap();
        let (journal, recovery) = Journal::open(&path, None, now()).unwrap();
        let recovery = recovery.expect("reported as recovered");
        assert_eq!(recovery.moved_to.len(), 1);
        assert_eq!(std::fs::read(&recovery.moved_to[0]).unwrap(), content);
        assert!(journal.sessions().unwrap().is_empty());
    }
}

#[test]
fn an_open_journal_and_its_wal_and_shm_are_private() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("j.db");
    let _session = sixty_entries(&path);
    // An older version's files: readable by all, and a -shm left read-only by a refused open
    // (which would keep the journal read-only after its own mode was fixed).
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let shm = dir.path().join("j.db-shm");
    std::fs::write(&shm, b"").unwrap();
    std::fs::set_permissions(&shm, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (journal, _) = Journal::open(&path, None, now()).unwrap();
    journal.verify_pages().unwrap();
    for suffix in ["", "-wal", "-shm", "-lock", "-setup-lock"] {
        let file = dir.path().join(format!("j.db{suffix}"));
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "j.db{suffix} is {mode:o}");
    }
}

#[test]
fn a_restore_waits_for_no_one_and_moves_nothing_while_the_journal_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.db");
    sixty_entries(&source);
    let backup = dir.path().join("backup.db");
    {
        let (journal, _) = Journal::open(&source, None, now()).unwrap();
        journal.backup(&backup, None, now()).unwrap();
        // A backup refuses to land on the journal's own files.
        for own in [
            "source.db",
            "source.db-wal",
            "source.db-keycheck",
            "source.db-lock",
        ] {
            match journal.backup(&dir.path().join(own), None, now()) {
                Err(JournalError::OutputIsJournal(_)) => {}
                other => panic!("{own}: {other:?}"),
            }
        }
    }
    let path = dir.path().join("j.db");
    let (open_elsewhere, _) = Journal::open(&path, None, now()).unwrap();
    let started = std::time::Instant::now();
    match Journal::restore(&backup, &path, None, now()) {
        Err(JournalError::InUse) => {}
        other => panic!("restore over an open journal: {other:?}"),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains(".replaced-") || n.contains(".restore-")),
        "{names:?}"
    );
    drop(open_elsewhere);
    let (journal, _) = Journal::restore(&backup, &path, None, now()).unwrap();
    assert_eq!(journal.sessions().unwrap().len(), 1);
}

/// Found by fuzzing `journal_bytes`: an SQLite file at schema 2 without the journal's tables
/// (another program's database) was written to, then failed with "storage error (Unknown)".
#[test]
fn another_programs_database_is_refused_untouched() {
    for (version, tables) in [
        (
            2,
            "CREATE TABLE integrity_checks (id INTEGER PRIMARY KEY, checked_at INTEGER NOT NULL);",
        ),
        (0, "CREATE TABLE bookmarks (url TEXT);"),
        (7, "CREATE TABLE moz_places (id INTEGER);"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch(&format!("{tables} PRAGMA user_version = {version};"))
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        match Journal::open(&path, None, now()) {
            Err(JournalError::NotAJournal(_)) | Err(JournalError::NewerSchema { .. }) => {}
            other => panic!("schema {version}: {other:?}"),
        }
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "schema {version}: changed"
        );
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("-lock"))
            .collect();
        assert_eq!(names, ["other.sqlite"], "schema {version}");
    }
}

/// The count the triggers keep is only a quick check: a wrong count (its own cell damaged, or
/// a journal written by hand) is recounted from the table and repaired, never reported as a
/// damaged log; moving and deleting entries keeps it right.
#[test]
fn a_wrong_entry_count_is_recounted_and_repaired_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    let session = sixty_entries(&path);
    let count = |path: &Path| -> i64 {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row(
                "SELECT entry_count FROM sessions WHERE id = ?1",
                [session],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(count(&path), 60, "the triggers counted every insert");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE sessions SET entry_count = 999 WHERE id = ?1",
            [session],
        )
        .unwrap();
    let (journal, _) = Journal::open(&path, None, now()).unwrap();
    assert_eq!(journal.symptoms(session).unwrap().len(), 60);
    let first = journal.symptoms(session).unwrap()[0].id;
    journal.delete_symptom(first).unwrap();
    assert_eq!(journal.symptoms(session).unwrap().len(), 59);
    drop(journal);
    assert_eq!(
        count(&path),
        59,
        "repaired, then kept by the delete trigger"
    );
}
