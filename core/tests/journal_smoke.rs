use aftercare_core::journal::{Journal, JournalError, JournalKey, NewSession, SessionStatus};
use aftercare_core::{BodyArea, NewSymptom, SymptomKind};
use chrono::{TimeZone, Utc};

#[test]
fn smoke() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
    let key = JournalKey::new([3; 32]);
    let path = dir.path().join("j.db");
    let (j, rec) = Journal::open(&path, Some(&key), now).unwrap();
    assert!(rec.is_none());
    let s = j
        .add_session(
            &NewSession {
                protocol: aftercare_core::ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(now - chrono::TimeDelta::hours(2)),
                zone: chrono_tz::Europe::Berlin,
            },
            now,
        )
        .unwrap();
    let e = j
        .log_symptom(
            s.id,
            &NewSymptom {
                kind: SymptomKind::Redness,
                severity: 4,
                observed_at: now,
                area: BodyArea::Cheeks,
                note: "PLAINTEXT-CANARY-NOTE".into(),
                yes_no: false,
                temperature: None,
            },
            now,
        )
        .unwrap();
    assert_eq!(j.symptoms(s.id).unwrap(), vec![e]);
    j.backup(&dir.path().join("b.db"), Some(&key), now).unwrap();
    drop(j);
    let bytes = std::fs::read(&path).unwrap();
    let wal = std::fs::read(dir.path().join("j.db-wal")).unwrap_or_default();
    let hay = [bytes, wal].concat();
    assert!(!hay.windows(21).any(|w| w == b"PLAINTEXT-CANARY-NOTE"));
    let err = Journal::open(&path, Some(&JournalKey::new([4; 32])), now).unwrap_err();
    assert!(matches!(err, JournalError::WrongKey), "{err:?}");
    let err = Journal::open(&path, None, now).unwrap_err();
    assert!(matches!(err, JournalError::NoKey), "{err:?}");
    let (j, _) = Journal::open(&path, Some(&key), now).unwrap();
    assert_eq!(j.symptoms(s.id).unwrap().len(), 1);
    assert!(j.integrity_ok().unwrap());
    drop(j);
    let (r, _) = Journal::restore(
        &dir.path().join("b.db"),
        &dir.path().join("r.db"),
        Some(&key),
        now,
    )
    .unwrap();
    assert_eq!(r.symptoms(s.id).unwrap().len(), 1);
    // flip a header byte in a plain journal
    let plain = dir.path().join("p.db");
    let (p, _) = Journal::open(&plain, None, now).unwrap();
    drop(p);
    let mut b = std::fs::read(&plain).unwrap();
    b[0] ^= 0xff;
    b[5] ^= 0xff;
    std::fs::write(&plain, b).unwrap();
    let (p, rec) = Journal::open(&plain, None, now).unwrap();
    assert!(rec.is_some(), "recovered");
    drop(p);
    let moved = rec.unwrap().moved_to;
    assert!(moved[0].exists());
    // newer schema
    let newer = dir.path().join("n.db");
    {
        // As a newer app leaves it: its version in the header and in the version log.
        drop(Journal::open(&newer, None, now).unwrap());
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.execute_batch("INSERT INTO schema_log (version) VALUES (99); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    let err = Journal::open(&newer, None, now).unwrap_err();
    assert!(
        matches!(err, JournalError::NewerSchema { found: 99, .. }),
        "{err:?}"
    );
    assert_eq!(before, std::fs::read(&newer).unwrap());
}
