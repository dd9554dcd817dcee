//! Files that are not what the code assumes (hardening v3, issue #19): a key check beside
//! another journal, a WAL from another journal, damage anywhere in the header or in any page,
//! and a restore on a full disk. Each test failed on the code before its fix.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use aftercare_core::journal::{
    INTEGRITY_CHECK_EVERY, Journal, JournalError, JournalKey, NewSession, Recovery, SessionStatus,
};
use aftercare_core::protocol::ProtocolRef;
use aftercare_core::{BodyArea, NewSymptom, SymptomKind};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
}

fn key(byte: u8) -> JournalKey {
    JournalKey::new([byte; 32])
}

/// A journal at `path` with one session and `count` entries whose notes start with `tag`;
/// returns the notes in id order. Closed when this returns.
fn journal_with(path: &Path, key: Option<&JournalKey>, tag: &str, count: usize) -> Vec<String> {
    let (journal, _) = Journal::open(path, key, now()).unwrap();
    let session = journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(now() - TimeDelta::days(2)),
                zone: chrono_tz::Europe::Berlin,
            },
            now(),
        )
        .unwrap()
        .id;
    for n in 0..count {
        log(
            &journal,
            session,
            &format!("{tag} {n} {}", "words ".repeat(40)),
        );
    }
    notes(&journal)
}

fn log(journal: &Journal, session: i64, note: &str) {
    let symptom = NewSymptom {
        kind: SymptomKind::Redness,
        severity: 3,
        observed_at: now() - TimeDelta::hours(1),
        area: BodyArea::Cheeks,
        note: note.into(),
        yes_no: false,
        temperature: None,
    };
    journal.log_symptom(session, &symptom, now()).unwrap();
}

/// Every note in the journal, sessions in order, entries by id.
fn notes(journal: &Journal) -> Vec<String> {
    let mut all = Vec::new();
    for session in journal.sessions().unwrap() {
        let mut entries = journal.symptoms(session.id).unwrap();
        entries.sort_by_key(|e| e.id);
        all.extend(entries.into_iter().map(|e| e.note));
    }
    all
}

/// Every regular file in `dir` except the lock files, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .filter(|e| !e.file_name().to_string_lossy().ends_with("-lock"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[track_caller]
fn assert_untouched(before: &BTreeMap<String, Vec<u8>>, dir: &Path, ctx: &str) {
    let after = snapshot(dir);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "{ctx}: files changed"
    );
    for (name, bytes) in before {
        assert!(after[name] == *bytes, "{ctx}: {name} changed");
    }
}

fn moved_aside(dir: &Path) -> Vec<String> {
    snapshot(dir)
        .into_keys()
        .filter(|n| n.contains(".corrupt-") || n.contains(".orphan-") || n.contains(".replaced-"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. A key check beside the wrong journal

/// Journal A (key 1) copied into a folder whose key check was made for key 2, and the other
/// way round: whichever file is the odd one, no key moves anything; the journal's own key
/// still opens it.
#[test]
fn a_key_check_made_for_another_journal_never_moves_anything() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    let a_notes = journal_with(&a.join("j.db"), Some(&key(1)), "A", 5);
    let b_notes = journal_with(&b.join("j.db"), Some(&key(2)), "B", 3);

    // The odd one is the journal: A's file beside B's key check.
    let odd_journal = dir.path().join("odd-journal");
    std::fs::create_dir(&odd_journal).unwrap();
    std::fs::copy(a.join("j.db"), odd_journal.join("j.db")).unwrap();
    std::fs::copy(b.join("j.db-keycheck"), odd_journal.join("j.db-keycheck")).unwrap();
    // The odd one is the key check: B's file beside A's key check.
    let odd_check = dir.path().join("odd-check");
    std::fs::create_dir(&odd_check).unwrap();
    std::fs::copy(b.join("j.db"), odd_check.join("j.db")).unwrap();
    std::fs::copy(a.join("j.db-keycheck"), odd_check.join("j.db-keycheck")).unwrap();

    for (folder, journal_key, notes_there) in
        [(&odd_journal, 1, &a_notes), (&odd_check, 2, &b_notes)]
    {
        let path = folder.join("j.db");
        for (label, wrong) in [
            ("key 1", Some(key(1))),
            ("key 2", Some(key(2))),
            ("key 3", Some(key(3))),
            ("no key", None),
        ] {
            if wrong.as_ref() == Some(&key(journal_key)) {
                continue;
            }
            let ctx = format!("{}: {label}", folder.display());
            let before = snapshot(folder);
            match Journal::open(&path, wrong.as_ref(), now()) {
                Err(JournalError::WrongKey | JournalError::NoKey) => {}
                Err(other) => panic!("{ctx}: {other:?}"),
                Ok((_, recovery)) => panic!("{ctx}: opened (recovery {recovery:?})"),
            }
            assert_untouched(&before, folder, &ctx);
        }
        // The journal's own key opens it, with everything in it; nothing was moved aside.
        let (journal, recovery) = Journal::open(&path, Some(&key(journal_key)), now())
            .unwrap_or_else(|e| panic!("{}: own key: {e:?}", folder.display()));
        assert_eq!(recovery, None);
        assert_eq!(&notes(&journal), notes_there);
        drop(journal);
        assert!(moved_aside(folder).is_empty(), "{:?}", moved_aside(folder));
        // And from now on the key check speaks for this journal.
        let before = snapshot(folder);
        let other = if journal_key == 1 { 2 } else { 1 };
        assert!(matches!(
            Journal::open(&path, Some(&key(other)), now()),
            Err(JournalError::WrongKey)
        ));
        assert_untouched(&before, folder, "after the own key rewrote the check");
    }
}

/// A plain journal beside a key check left by an encrypted one opens without a key (the key
/// check speaks only for encrypted files), and is never moved.
#[test]
fn a_stale_key_check_beside_a_plain_journal_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let enc = dir.path().join("enc.db");
    journal_with(&enc, Some(&key(1)), "E", 1);
    let plain = dir.path().join("j.db");
    let notes_before = journal_with(&plain, None, "P", 2);
    std::fs::copy(
        dir.path().join("enc.db-keycheck"),
        dir.path().join("j.db-keycheck"),
    )
    .unwrap();
    let (journal, recovery) = Journal::open(&plain, None, now()).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(notes(&journal), notes_before);
}

// ---------------------------------------------------------------------------------------------
// 2. A WAL that belongs to another journal

/// The bytes of a `-wal` journal `path` has while open with `extra` more entries in it (they are
/// in the WAL only: the WAL is checkpointed at 1,000 pages or when the journal closes).
fn wal_of(path: &Path, key: Option<&JournalKey>, tag: &str, extra: usize) -> Vec<u8> {
    let (journal, _) = Journal::open(path, key, now()).unwrap();
    let session = journal.sessions().unwrap()[0].id;
    for n in 0..extra {
        log(&journal, session, &format!("{tag} wal {n}"));
    }
    let wal = std::fs::read(suffixed(path, "-wal")).unwrap();
    assert!(wal.len() > 32, "the entries are in the WAL");
    drop(journal);
    wal
}

fn suffixed(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

#[test]
fn a_wal_from_another_journal_is_set_aside_and_never_replayed() {
    // The mark beside A as it is, gone, or tampered with (found by fuzzing `journal_files`: a
    // link at the mark's name was set aside and the WAL then trusted as a journal's without
    // one).
    let marks = ["kept", "deleted", "a link", "other bytes"];
    for (label, key_a, key_b, mark) in [
        ("plain", None, None, 0),
        ("encrypted, same key", Some(key(1)), Some(key(1)), 0),
        ("encrypted, other key", Some(key(1)), Some(key(2)), 0),
        ("plain", None, None, 1),
        ("plain", None, None, 2),
        ("plain", None, None, 3),
        ("encrypted, same key", Some(key(1)), Some(key(1)), 1),
        ("encrypted, same key", Some(key(1)), Some(key(1)), 2),
    ] {
        let label = format!("{label}, mark {}", marks[mark]);
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.db");
        let b = dir.path().join("b.db");
        let a_notes = journal_with(&a, key_a.as_ref(), "A", 4);
        journal_with(&b, key_b.as_ref(), "B", 2);
        let foreign = wal_of(&b, key_b.as_ref(), "B", 3);
        std::fs::write(suffixed(&a, "-wal"), &foreign).unwrap();
        let a_mark = suffixed(&a, "-walmark");
        match mark {
            1 => std::fs::remove_file(&a_mark).unwrap(),
            2 => {
                std::fs::remove_file(&a_mark).unwrap();
                std::os::unix::fs::symlink(suffixed(&b, "-walmark"), &a_mark).unwrap();
            }
            3 => std::fs::write(&a_mark, b"aftercare-walmark-v1 00 11\n").unwrap(),
            _ => {}
        }

        let opened = Journal::open(&a, key_a.as_ref(), now());
        let (journal, recovery) = opened.unwrap_or_else(|e| panic!("{label}: {e:?}"));
        assert_eq!(
            notes(&journal),
            a_notes,
            "{label}: B's entries were replayed into A"
        );
        let recovery =
            recovery.unwrap_or_else(|| panic!("{label}: the foreign WAL was not reported"));
        assert!(
            recovery
                .foreign_files
                .iter()
                .any(|p| std::fs::read(p).ok().as_deref() == Some(&foreign[..])),
            "{label}: the foreign WAL was not kept: {recovery:?}"
        );
        assert!(recovery.moved_to.is_empty(), "{label}: {recovery:?}");

        let names: Vec<String> = snapshot(dir.path()).into_keys().collect();
        assert!(
            !names.iter().any(|n| n.starts_with("a.db.corrupt-")),
            "{label}: A was moved aside: {names:?}"
        );
        drop(journal);
        // Told once: the next open is quiet and A is whole.
        let (journal, recovery) = Journal::open(&a, key_a.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{label}");
        assert_eq!(notes(&journal), a_notes, "{label}");
    }
}

/// The rest of the class: a rollback journal from another database (SQLite would play it back
/// into the journal), and links or a FIFO at companions' names (SQLite, the key check or the
/// locks would write through them) are set aside at open; what the links name is untouched.
#[test]
fn a_rollback_journal_and_links_at_companion_names_are_set_aside() {
    for key in [None, Some(key(1))] {
        let ctx = if key.is_some() { "encrypted" } else { "plain" };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let expected = journal_with(&path, key.as_ref(), "A", 3);

        // A hot rollback journal of another database, taken mid-transaction.
        let other = dir.path().join("other.db");
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; CREATE TABLE t (x);",
        )
        .unwrap();
        for n in 0..200 {
            conn.execute("INSERT INTO t VALUES (?1)", [format!("{n:0>400}")])
                .unwrap();
        }
        conn.execute_batch("BEGIN; UPDATE t SET x = x || 'changed';")
            .unwrap();
        let hot = std::fs::read(suffixed(&other, "-journal")).unwrap();
        assert!(
            hot.len() > 4096,
            "{ctx}: the transaction spilled to its journal"
        );
        conn.execute_batch("ROLLBACK;").unwrap();
        drop(conn);
        std::fs::write(suffixed(&path, "-journal"), &hot).unwrap();

        // Links to a file of the patient's at the other companions' names, and a FIFO.
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"the patient's own file").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        for suffix in ["-shm", "-walmark", "-check", "-lock"] {
            let _ = std::fs::remove_file(suffixed(&path, suffix));
            std::os::unix::fs::symlink(&victim, suffixed(&path, suffix)).unwrap();
        }
        if key.is_none() {
            std::os::unix::fs::symlink(&victim, suffixed(&path, "-keycheck")).unwrap();
        }
        let fifo = suffixed(&path, "-wal");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );

        let (journal, recovery) = Journal::open(&path, key.as_ref(), now())
            .unwrap_or_else(|e| panic!("{ctx}: {e} / {e:?}"));
        assert_eq!(notes(&journal), expected, "{ctx}");
        let recovery = recovery.unwrap_or_else(|| panic!("{ctx}: nothing reported"));
        assert!(!recovery.damaged(), "{ctx}: {recovery:?}");
        let aside: Vec<String> = recovery
            .foreign_files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for suffix in ["-journal", "-wal", "-shm", "-walmark", "-check"] {
            assert!(
                aside
                    .iter()
                    .any(|n| n.starts_with(&format!("j.db{suffix}.foreign-"))),
                "{ctx}: {suffix} not set aside: {aside:?}"
            );
        }
        let log = journal.sessions().unwrap()[0].id;
        journal
            .log_symptom(
                log,
                &NewSymptom {
                    kind: SymptomKind::Redness,
                    severity: 1,
                    observed_at: now(),
                    area: BodyArea::Cheeks,
                    note: "after".into(),
                    yes_no: false,
                    temperature: None,
                },
                now(),
            )
            .unwrap();
        assert!(journal.integrity_ok().unwrap(), "{ctx}");
        drop(journal);
        assert_eq!(
            std::fs::read(&victim).unwrap(),
            b"the patient's own file",
            "{ctx}: written through a link"
        );
        let mode = std::fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{ctx}: its mode changed through a link");
        let (journal, recovery) = Journal::open(&path, key.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{ctx}: told twice");
        assert_eq!(notes(&journal).len(), expected.len() + 1, "{ctx}");
    }
}

/// The journal's own WAL, left by a process that died with the journal open, is replayed: no
/// entry acknowledged before the crash is set aside.
#[test]
fn the_journals_own_wal_after_a_crash_is_replayed() {
    for key in [None, Some(key(1))] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let mut expected = journal_with(&path, key.as_ref(), "A", 2);
        let (journal, _) = Journal::open(&path, key.as_ref(), now()).unwrap();
        let session = journal.sessions().unwrap()[0].id;
        log(&journal, session, "after the crash too");
        expected.push("after the crash too".into());
        // The files as a crash leaves them: copied while the journal is open.
        let crashed = dir.path().join("crashed");
        std::fs::create_dir(&crashed).unwrap();
        for (name, bytes) in snapshot(dir.path()) {
            std::fs::write(crashed.join(name), bytes).unwrap();
        }
        drop(journal);
        assert!(crashed.join("j.db-wal").exists());
        let (journal, recovery) =
            Journal::open(&crashed.join("j.db"), key.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{key:?}");
        assert_eq!(notes(&journal), expected, "{key:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Damage anywhere: one path

/// What opening and reading a damaged copy led to.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// The damage hit nothing in use: opened, and every read answered.
    Intact,
    /// Moved aside at open.
    Recovered,
    /// Opened; a read met the damage, and the next open moved it aside.
    RecoveredAtNextOpen,
}

/// Opens a damaged journal the way a patient would, twice if needed, and checks the one path:
/// no error other than `Corrupted` from a read, recovery told once, a working journal after.
fn one_path(
    path: &Path,
    key: Option<&JournalKey>,
    at: DateTime<Utc>,
    ctx: &str,
) -> Result<Outcome, String> {
    let reads = |journal: &Journal| -> Result<(), JournalError> {
        journal.sessions()?;
        for session in journal.sessions()? {
            journal.symptoms(session.id)?;
        }
        journal.stored_settings()?;
        journal.verify_pages()?;
        Ok(())
    };
    let plain = |err: &JournalError| {
        let shown = err.to_string();
        for raw in ["Unknown", "SystemIoFailure", "NotADatabase", "internal"] {
            if shown.contains(raw) {
                return Err(format!("{ctx}: {shown:?} shows {raw:?}"));
            }
        }
        Ok(())
    };
    let outcome = match Journal::open(path, key, at) {
        Err(err) => {
            plain(&err)?;
            return Err(format!("{ctx}: open failed: {err} / {err:?}"));
        }
        Ok((_, Some(recovery))) if recovery.moved_to.is_empty() => {
            return Err(format!("{ctx}: a recovery that moved nothing"));
        }
        Ok((_, Some(_))) => Outcome::Recovered,
        Ok((journal, None)) => match reads(&journal) {
            Ok(()) => Outcome::Intact,
            Err(JournalError::Corrupted) => {
                drop(journal);
                match Journal::open(path, key, at) {
                    Ok((_, Some(_))) => Outcome::RecoveredAtNextOpen,
                    Ok((_, None)) => {
                        return Err(format!(
                            "{ctx}: damage met by a read, not recovered at the next open"
                        ));
                    }
                    Err(err) => return Err(format!("{ctx}: the next open failed: {err:?}")),
                }
            }
            Err(err) => {
                plain(&err)?;
                return Err(format!("{ctx}: a read failed with {err} / {err:?}"));
            }
        },
    };
    // Told once: a working journal now, quiet on the next open, and it takes a write.
    let (journal, again) =
        Journal::open(path, key, at).map_err(|e| format!("{ctx}: then {e:?}"))?;
    if again.is_some() {
        return Err(format!("{ctx}: told twice"));
    }
    reads(&journal).map_err(|e| format!("{ctx}: still damaged: {e:?}"))?;
    if outcome != Outcome::Intact && !journal.sessions().unwrap().is_empty() {
        return Err(format!("{ctx}: not a fresh journal after recovery"));
    }
    journal
        .save_settings(&Default::default(), chrono_tz::Europe::Berlin)
        .map_err(|e| format!("{ctx}: cannot write afterwards: {e:?}"))?;
    Ok(outcome)
}

fn copy_damaged(base: &Path, into: &Path, damage: impl FnOnce(&mut Vec<u8>)) -> PathBuf {
    for (name, bytes) in snapshot(base.parent().unwrap()) {
        std::fs::write(into.join(name), bytes).unwrap();
    }
    let path = into.join(base.file_name().unwrap());
    let mut bytes = std::fs::read(&path).unwrap();
    damage(&mut bytes);
    std::fs::write(&path, &bytes).unwrap();
    path
}

/// Every byte of a plain journal's 100-byte header set to 0x00, 0xff and its complement, opened
/// the same day (the daily check not due) and a day later (due).
#[test]
fn header_damage_in_a_plain_journal_takes_the_one_path() {
    let base_dir = tempfile::tempdir().unwrap();
    let base = base_dir.path().join("j.db");
    journal_with(&base, None, "P", 30);
    let original = std::fs::read(&base).unwrap();
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for offset in 0..100 {
        for value in [0x00, 0xff, original[offset] ^ 0xff] {
            if value == original[offset] {
                continue;
            }
            for at in [now(), now() + INTEGRITY_CHECK_EVERY] {
                let ctx = format!("byte {offset} = {value:#04x} at {at}");
                let dir = tempfile::tempdir().unwrap();
                let path = copy_damaged(&base, dir.path(), |b| b[offset] = value);
                match one_path(&path, None, at, &ctx) {
                    Ok(outcome) => *tally.entry(format!("{outcome:?}")).or_default() += 1,
                    Err(failure) => failures.push(failure),
                }
            }
        }
    }
    eprintln!("header sweep: {tally:?}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(tally.contains_key("Recovered"));
}

/// Bytes changed in a copy of a journal.
type Damage = Box<dyn Fn(&mut Vec<u8>)>;

/// Bytes all through a plain journal (one every 251, and every page's type byte; three bits of
/// each flipped), opened a day later: never stuck, and a journal moved aside is moved as it was
/// found, never written to first. (Found by fuzzing `journal_files`: the empty index page of the
/// stored protocols turned into a table page passed the page check, the read of the protocols
/// failed, and the journal was written to before it was moved aside.)
#[test]
fn damage_anywhere_in_a_plain_journal_is_moved_aside_as_it_was_found() {
    let base_dir = tempfile::tempdir().unwrap();
    let base = base_dir.path().join("j.db");
    journal_with(&base, None, "P", 30);
    {
        let (journal, _) = Journal::open(&base, None, now()).unwrap();
        journal
            .import_protocol(
                include_str!("../docs/examples/glow-clinic-microneedling.json"),
                now(),
            )
            .unwrap();
    }
    let len = std::fs::metadata(&base).unwrap().len() as usize;
    // One byte every 251, and the page-type byte of every page (where fuzzing found an empty
    // index page turned into a table page: the page check passes it, a read does not).
    let mut offsets: Vec<usize> = (100..len).step_by(251).collect();
    offsets.extend((4096..len).step_by(4096));
    let mut failures = Vec::new();
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for offset in offsets {
        let ctx = format!("byte {offset} ^ 0x07");
        let dir = tempfile::tempdir().unwrap();
        let path = copy_damaged(&base, dir.path(), |b| b[offset] ^= 0x07);
        let damaged = std::fs::read(&path).unwrap();
        match Journal::open(&path, None, now() + INTEGRITY_CHECK_EVERY) {
            Ok((_, Some(recovery))) => {
                if std::fs::read(&recovery.moved_to[0]).unwrap() != damaged {
                    failures.push(format!("{ctx}: written to before it was moved aside"));
                }
                *tally.entry("recovered".into()).or_default() += 1;
            }
            Ok((_, None)) => *tally.entry("opened".into()).or_default() += 1,
            Err(err) => failures.push(format!("{ctx}: {err:?}")),
        }
        drop(dir);
    }
    eprintln!("whole-file sweep: {tally:?}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// 64 bytes in the middle of every page of an encrypted journal flipped (and its first 16
/// bytes, the salt), opened the same day: moved aside at open or at the next open.
#[test]
fn page_damage_in_an_encrypted_journal_takes_the_one_path() {
    let base_dir = tempfile::tempdir().unwrap();
    let base = base_dir.path().join("j.db");
    journal_with(&base, Some(&key(1)), "E", 30);
    let len = std::fs::metadata(&base).unwrap().len() as usize;
    let pages = len / 4096;
    assert!(pages >= 8, "{pages} pages");
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut damages: Vec<(String, Damage)> = vec![(
        "salt".into(),
        Box::new(|b: &mut Vec<u8>| b[..16].iter_mut().for_each(|x| *x ^= 0xff)),
    )];
    for page in 1..=pages {
        damages.push((
            format!("page {page}"),
            Box::new(move |b: &mut Vec<u8>| {
                let at = (page - 1) * 4096 + 2048 - 32;
                b[at..at + 64].iter_mut().for_each(|x| *x ^= 0xff);
            }),
        ));
    }
    for (name, damage) in damages {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_damaged(&base, dir.path(), |b| damage(b));
        match one_path(&path, Some(&key(1)), now(), &format!("encrypted, {name}")) {
            Ok(Outcome::Intact) => failures.push(format!("{name}: every page carries an HMAC")),
            Ok(outcome) => *tally.entry(format!("{outcome:?}")).or_default() += 1,
            Err(failure) => failures.push(failure),
        }
    }
    eprintln!("page sweep ({pages} pages): {tally:?}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// 8. Restore on a full disk

/// A small tmpfs (root only; skipped with a note otherwise) holding a backup: filled up, a
/// restore says the disk is full and leaves nothing behind; with space, the same backup restores.
#[test]
fn a_restore_on_a_full_disk_says_the_disk_is_full() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.db");
    let expected = journal_with(&source, None, "R", 1200);
    let backup = dir.path().join("backup.db");
    {
        let (journal, _) = Journal::open(&source, None, now()).unwrap();
        journal.backup(&backup, None, now()).unwrap();
    }
    let disk = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(disk.path())
        .output();
    if !matches!(&mounted, Ok(out) if out.status.success()) {
        eprintln!("SKIPPED: cannot mount a small tmpfs (needs root)");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(disk.path());
    let size = std::fs::metadata(&backup).unwrap().len();
    assert!(size > 256 * 1024, "backup of {size} bytes");
    // Leave less room than the backup needs.
    let fill = disk.path().join("fill");
    let _ = std::process::Command::new("dd")
        .arg("if=/dev/zero")
        .arg(format!("of={}", fill.display()))
        .arg("bs=4k")
        .stderr(std::process::Stdio::null())
        .status();
    let free = std::fs::metadata(&fill).unwrap().len();
    std::process::Command::new("truncate")
        .arg("-s")
        .arg((free - size / 2).to_string())
        .arg(&fill)
        .status()
        .unwrap();
    let target = disk.path().join("j.db");
    let before = snapshot(disk.path());
    match Journal::restore(&backup, &target, None, now()) {
        Err(JournalError::DiskFull) => {}
        Err(other) => panic!("restore on a full disk: {other} / {other:?}"),
        Ok(_) => panic!("restored into less space than the backup needs"),
    }
    assert_untouched(&before, disk.path(), "full disk");
    std::fs::remove_file(&fill).unwrap();
    let (journal, recovery): (Journal, Option<Recovery>) =
        Journal::restore(&backup, &target, None, now()).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(notes(&journal), expected);
}

/// Found by fuzzing (`journal_files`): a FIFO at the key check's (or the WAL mark's) name made
/// opening wait forever for a writer. Every companion is read without blocking, only if it is a
/// regular file; FIFOs at every companion's name are set aside.
#[test]
fn fifos_at_every_companion_name_never_hang_opening() {
    for key in [None, Some(key(1))] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let expected = journal_with(&path, key.as_ref(), "F", 2);
        for suffix in [
            "-wal",
            "-shm",
            "-journal",
            "-keycheck",
            "-walmark",
            "-check",
        ] {
            let fifo = suffixed(&path, suffix);
            let _ = std::fs::remove_file(&fifo);
            assert!(
                std::process::Command::new("mkfifo")
                    .arg(&fifo)
                    .status()
                    .unwrap()
                    .success()
            );
        }
        let (done, wait) = std::sync::mpsc::channel();
        let opening = path.clone();
        let opening_key = key.clone();
        std::thread::spawn(move || {
            let result = Journal::open(&opening, opening_key.as_ref(), now())
                .map(|(journal, recovery)| (notes(&journal), recovery));
            let _ = done.send(result);
        });
        let (found, recovery) = wait
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("opening hung on a FIFO")
            .unwrap_or_else(|e| panic!("{key:?}: {e:?}"));
        assert_eq!(found, expected);
        assert_eq!(recovery.map(|r| r.foreign_files.len()), Some(6));
    }
}
