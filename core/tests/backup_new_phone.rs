//! Backups that survive the phone (issue #22): locked with a recovery code or a passphrase
//! through SQLCipher's own key derivation, restorable on a "new phone" (a journal with another
//! key), refused with a wrong code or passphrase (nothing written, try again), plain journals,
//! old device-key backups on the phone that made them, and no health data readable in the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aftercare_core::journal::{
    BackupLock, ClinicContact, Journal, JournalError, JournalKey, KDF_ROUNDS, NewPhoto, NewSession,
    Passphrase, SessionStatus, new_recovery_code,
};
use aftercare_core::protocol::ProtocolRef;
use aftercare_core::{BodyArea, NewSymptom, SymptomKind, Temperature};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

/// Words a patient wrote: none may be readable in a locked backup's bytes.
const NOTE: &str = "itchy-weeping-blister-canary";
const PHOTO_NOTE: &str = "left-cheek-photo-canary";
const CLINIC: &str = "Glow Canary Skin Clinic";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
}

fn phone_key(byte: u8) -> JournalKey {
    JournalKey::new([byte; 32])
}

/// A journal on "a phone" (its own folder, its own key) with a session, entries, a photo and
/// the clinic's contact; returns what it holds.
fn phone_with_records(dir: &Path, key: Option<&JournalKey>) -> (PathBuf, String) {
    let path = dir.join("journal.db");
    let (journal, _) = Journal::open(&path, key, now()).unwrap();
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
                zone: chrono_tz::Europe::Madrid,
            },
            now(),
        )
        .unwrap()
        .id;
    for (n, kind) in [
        SymptomKind::Redness,
        SymptomKind::Swelling,
        SymptomKind::Itching,
    ]
    .into_iter()
    .enumerate()
    {
        journal
            .log_symptom(
                session,
                &NewSymptom {
                    kind,
                    severity: 3 + n as u8,
                    observed_at: now() - TimeDelta::hours(n as i64 + 1),
                    area: BodyArea::Cheeks,
                    note: format!("{NOTE} {n}"),
                    yes_no: false,
                    temperature: None,
                },
                now(),
            )
            .unwrap();
    }
    // A fever answered yes with its temperature: the answer and the reading travel too.
    journal
        .log_symptom(
            session,
            &NewSymptom {
                kind: SymptomKind::Fever,
                severity: 0,
                observed_at: now() - TimeDelta::hours(5),
                area: BodyArea::WholeArea,
                note: String::new(),
                yes_no: true,
                temperature: Some(Temperature { deci_celsius: 384 }),
            },
            now(),
        )
        .unwrap();
    journal
        .add_photo(
            session,
            &NewPhoto {
                path: "/photos/1.jpg".into(),
                taken_at: now() - TimeDelta::hours(3),
                sha256: "ab".repeat(32),
                note: PHOTO_NOTE.into(),
            },
        )
        .unwrap();
    journal
        .save_clinic(
            &ClinicContact {
                name: CLINIC.into(),
                phone: "+34 910 000 000".into(),
                email: "care@example.org".into(),
            },
            now(),
        )
        .unwrap();
    (path, contents(&journal))
}

/// Everything the journal holds that a patient would check, as text.
fn contents(journal: &Journal) -> String {
    let mut out = String::new();
    for session in journal.sessions().unwrap() {
        out.push_str(&format!("{session:?}\n"));
        for entry in journal.symptoms(session.id).unwrap() {
            out.push_str(&format!("{entry:?}\n"));
        }
        for photo in journal.photos(session.id).unwrap() {
            out.push_str(&format!("{photo:?}\n"));
        }
    }
    out.push_str(&format!("{:?}", journal.clinic().unwrap()));
    out
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
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

fn readable(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn a_recovery_code_backup_moves_to_a_new_phone_and_takes_its_key() {
    let old_phone = tempfile::tempdir().unwrap();
    let (old_journal, expected) = phone_with_records(old_phone.path(), Some(&phone_key(1)));
    let code = new_recovery_code().unwrap();
    let shown = code.to_string();
    let backup = old_phone.path().join("backup.aftercare");
    {
        let (journal, _) = Journal::open(&old_journal, Some(&phone_key(1)), now()).unwrap();
        journal
            .backup_locked(&backup, &code.passphrase(), now())
            .unwrap();
    }
    // What the backup says before any code: how it is locked, the cost, the day. No more.
    let info = Journal::inspect_backup(&backup).unwrap();
    assert_eq!(info.lock, BackupLock::RecoveryCode);
    assert_eq!(info.kdf_rounds, Some(KDF_ROUNDS));
    assert_eq!(info.made_at, Some(now()));

    // The new phone: another folder, another key. The code as the patient types it back.
    let new_phone = tempfile::tempdir().unwrap();
    let path = new_phone.path().join("journal.db");
    let typed = Passphrase::recovery_code(&shown.to_lowercase().replace('-', " ")).unwrap();
    let (journal, recovery) =
        Journal::restore_locked(&backup, &path, Some(&phone_key(2)), &typed, now()).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(contents(&journal), expected);
    assert!(journal.integrity_ok().unwrap());
    drop(journal);
    // Encrypted with the new phone's key: it opens with it, not with the old phone's.
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3\0"));
    assert!(!readable(&bytes, NOTE));
    assert!(matches!(
        Journal::open(&path, Some(&phone_key(1)), now()),
        Err(JournalError::WrongKey)
    ));
    let (journal, recovery) = Journal::open(&path, Some(&phone_key(2)), now()).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(contents(&journal), expected);
}

#[test]
fn a_wrong_code_or_passphrase_changes_nothing_and_the_right_one_then_works() {
    let old_phone = tempfile::tempdir().unwrap();
    let (old_journal, expected) = phone_with_records(old_phone.path(), Some(&phone_key(1)));
    let code = new_recovery_code().unwrap();
    let chosen = Passphrase::chosen("mi gata duerme en la ventana").unwrap();
    let by_code = old_phone.path().join("code.aftercare");
    let by_passphrase = old_phone.path().join("passphrase.aftercare");
    {
        let (journal, _) = Journal::open(&old_journal, Some(&phone_key(1)), now()).unwrap();
        journal
            .backup_locked(&by_code, &code.passphrase(), now())
            .unwrap();
        journal
            .backup_locked(&by_passphrase, &chosen, now())
            .unwrap();
    }
    assert_eq!(
        Journal::inspect_backup(&by_passphrase).unwrap().lock,
        BackupLock::Passphrase
    );
    let other_code = new_recovery_code().unwrap().passphrase();
    for (backup, wrong) in [
        (&by_code, other_code.clone()),
        (
            &by_code,
            Passphrase::to_unlock("mi gata duerme en la ventana", false).unwrap(),
        ),
        (
            &by_passphrase,
            Passphrase::to_unlock("mi gata duerme en la ventanA", false).unwrap(),
        ),
        (&by_passphrase, code.passphrase()),
    ] {
        let new_phone = tempfile::tempdir().unwrap();
        // An empty journal already made on the new phone (the app's first run) is left as is.
        drop(
            Journal::open(
                &new_phone.path().join("journal.db"),
                Some(&phone_key(2)),
                now(),
            )
            .unwrap(),
        );
        let before = files(new_phone.path());
        match Journal::restore_locked(
            backup,
            &new_phone.path().join("journal.db"),
            Some(&phone_key(2)),
            &wrong,
            now(),
        ) {
            Err(JournalError::WrongPassphrase) => {}
            other => panic!("{}: {:?}", backup.display(), other.map(|_| ())),
        }
        assert_eq!(files(new_phone.path()), before, "something was written");
        // Without any code: it says what it needs, and writes nothing either.
        match Journal::restore(
            backup,
            &new_phone.path().join("journal.db"),
            Some(&phone_key(2)),
            now(),
        ) {
            Err(JournalError::BackupLocked(lock)) => assert!(lock.needs_secret()),
            other => panic!("{:?}", other.map(|_| ())),
        }
        assert_eq!(files(new_phone.path()), before);
        // Try again with the right one.
        let right = if backup == &by_code {
            code.passphrase()
        } else {
            Passphrase::to_unlock("  mi gata duerme en la ventana ", false).unwrap()
        };
        let (journal, _) = Journal::restore_locked(
            backup,
            &new_phone.path().join("journal.db"),
            Some(&phone_key(2)),
            &right,
            now(),
        )
        .unwrap();
        assert_eq!(contents(&journal), expected);
    }
}

#[test]
fn no_note_symptom_or_name_is_readable_in_a_backup_and_every_salt_is_fresh() {
    for key in [None, Some(phone_key(1))] {
        let phone = tempfile::tempdir().unwrap();
        let (path, _) = phone_with_records(phone.path(), key.as_ref());
        let (journal, _) = Journal::open(&path, key.as_ref(), now()).unwrap();
        let code = new_recovery_code().unwrap();
        let a = phone.path().join("a.aftercare");
        let b = phone.path().join("b.aftercare");
        journal
            .backup_locked(&a, &code.passphrase(), now())
            .unwrap();
        journal
            .backup_locked(&b, &code.passphrase(), now())
            .unwrap();
        let (a, b) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
        for bytes in [&a, &b] {
            for secret in [
                NOTE,
                PHOTO_NOTE,
                CLINIC,
                "care@example.org",
                "910 000",
                "itchy",
                "redness",
                "swelling",
                "microneedling",
            ] {
                assert!(!readable(bytes, secret), "{secret:?} readable ({key:?})");
            }
        }
        // The header is the same; the database after it starts with a new random salt.
        let header = a.windows(2).position(|w| w == b"\n\n").unwrap() + 2;
        assert_eq!(a[..header], b[..header]);
        assert_ne!(a[header..header + 16], b[header..header + 16]);
        let text = String::from_utf8(a[..header].to_vec()).unwrap();
        assert!(
            text.starts_with(
                "aftercare-backup 1\nlock recovery-code\nkdf pbkdf2-hmac-sha512 256000\n"
            ),
            "{text}"
        );
    }
}

#[test]
fn a_plain_journal_backs_up_with_a_passphrase_or_plainly_and_restores_encrypted() {
    let phone = tempfile::tempdir().unwrap();
    let (path, expected) = phone_with_records(phone.path(), None);
    let chosen = Passphrase::chosen("correct horse battery staple").unwrap();
    let locked = phone.path().join("locked.aftercare");
    let plain = phone.path().join("plain.aftercare");
    {
        let (journal, _) = Journal::open(&path, None, now()).unwrap();
        journal.backup_locked(&locked, &chosen, now()).unwrap();
        journal.backup(&plain, None, now()).unwrap();
    }
    assert_eq!(
        Journal::inspect_backup(&plain).unwrap().lock,
        BackupLock::None
    );
    for (label, key) in [
        ("plain phone", None),
        ("encrypting phone", Some(phone_key(9))),
    ] {
        for backup in [&locked, &plain] {
            let ctx = format!("{label}, {}", backup.display());
            let new_phone = tempfile::tempdir().unwrap();
            let target = new_phone.path().join("journal.db");
            let (journal, _) = if backup == &locked {
                Journal::restore_locked(backup, &target, key.as_ref(), &chosen, now())
            } else {
                Journal::restore(backup, &target, key.as_ref(), now())
            }
            .unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
            assert_eq!(contents(&journal), expected, "{ctx}");
            drop(journal);
            let bytes = std::fs::read(&target).unwrap();
            assert_eq!(
                bytes.starts_with(b"SQLite format 3\0"),
                key.is_none(),
                "{ctx}"
            );
            let (journal, recovery) = Journal::open(&target, key.as_ref(), now()).unwrap();
            assert_eq!(recovery, None, "{ctx}");
            assert_eq!(contents(&journal), expected, "{ctx}");
        }
    }
}

/// A backup made before this change: the bare database, encrypted with the phone's own key
/// (the bytes the earlier code wrote are the database part of a journal-key backup now).
#[test]
fn an_old_device_key_backup_restores_on_the_phone_that_made_it() {
    let phone = tempfile::tempdir().unwrap();
    let (path, expected) = phone_with_records(phone.path(), Some(&phone_key(1)));
    let current = phone.path().join("current.aftercare");
    {
        let (journal, _) = Journal::open(&path, Some(&phone_key(1)), now()).unwrap();
        journal
            .backup(&current, Some(&phone_key(1)), now())
            .unwrap();
    }
    let bytes = std::fs::read(&current).unwrap();
    let header = bytes.windows(2).position(|w| w == b"\n\n").unwrap() + 2;
    assert!(bytes[..header].starts_with(b"aftercare-backup 1\nlock journal-key\n"));
    let old = phone.path().join("old.sqlite");
    std::fs::write(&old, &bytes[header..]).unwrap();
    let info = Journal::inspect_backup(&old).unwrap();
    assert_eq!((info.format, info.lock), (0, BackupLock::JournalKey));

    for backup in [&old, &current] {
        // Another phone's key, or none: refused, nothing written.
        let elsewhere = tempfile::tempdir().unwrap();
        let target = elsewhere.path().join("journal.db");
        assert!(matches!(
            Journal::restore(backup, &target, Some(&phone_key(2)), now()),
            Err(JournalError::WrongKey)
        ));
        assert!(matches!(
            Journal::restore(backup, &target, None, now()),
            Err(JournalError::NoKey)
        ));
        assert!(
            files(elsewhere.path()).is_empty(),
            "{:?}",
            files(elsewhere.path()).keys()
        );
        // The phone that made it (after a reset: its journal is empty again).
        let same_phone = tempfile::tempdir().unwrap();
        let (journal, _) = Journal::restore(
            backup,
            &same_phone.path().join("journal.db"),
            Some(&phone_key(1)),
            now(),
        )
        .unwrap();
        assert_eq!(contents(&journal), expected);
    }
}

#[test]
fn a_newer_format_or_a_tampered_header_is_refused_and_changes_nothing() {
    let phone = tempfile::tempdir().unwrap();
    let (path, _) = phone_with_records(phone.path(), Some(&phone_key(1)));
    let code = new_recovery_code().unwrap();
    let backup = phone.path().join("b.aftercare");
    {
        let (journal, _) = Journal::open(&path, Some(&phone_key(1)), now()).unwrap();
        journal
            .backup_locked(&backup, &code.passphrase(), now())
            .unwrap();
    }
    let original = std::fs::read(&backup).unwrap();
    let newer = phone.path().join("newer.aftercare");
    let mut bytes = original.clone();
    bytes[17] = b'2';
    std::fs::write(&newer, &bytes).unwrap();
    let fewer_rounds = phone.path().join("rounds.aftercare");
    let text = String::from_utf8_lossy(&original).replacen("256000", "256001", 1);
    let mut bytes = original.clone();
    bytes[..text.find("\n\n").unwrap()]
        .copy_from_slice(&text.as_bytes()[..text.find("\n\n").unwrap()]);
    std::fs::write(&fewer_rounds, &bytes).unwrap();
    let target_dir = tempfile::tempdir().unwrap();
    let target = target_dir.path().join("journal.db");
    assert!(matches!(
        Journal::restore_locked(
            &newer,
            &target,
            Some(&phone_key(2)),
            &code.passphrase(),
            now()
        ),
        Err(JournalError::NewerBackupFormat {
            found: 2,
            supported: 1
        })
    ));
    assert!(matches!(
        Journal::restore_locked(
            &fewer_rounds,
            &target,
            Some(&phone_key(2)),
            &code.passphrase(),
            now()
        ),
        Err(JournalError::WrongPassphrase)
    ));
    assert!(
        files(target_dir.path()).is_empty(),
        "{:?}",
        files(target_dir.path()).keys()
    );
}
