//! What a recovery code or passphrase costs to use: SQLCipher's key derivation
//! (PBKDF2-HMAC-SHA512) at the rounds the backup format writes (256,000, SQLCipher 4's
//! default) and, for comparison, at half and double that. Measured as opening a one-page
//! database locked with a passphrase and reading its schema: nearly all of it is the
//! derivation, which every unlock (a restore, a wrong code tried) pays once, and every backup
//! pays once more. Then a whole backup and restore of a small journal with a recovery code.

use std::hint::black_box;
use std::path::Path;

use aftercare_core::journal::{
    Journal, JournalKey, KDF_ROUNDS, NewSession, SessionStatus, new_recovery_code,
};
use aftercare_core::{BodyArea, NewSymptom, ProtocolRef, SymptomKind};
use chrono::{TimeDelta, TimeZone, Utc};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rusqlite::Connection;

/// A one-page database locked with `passphrase` at `rounds`.
fn locked(path: &Path, passphrase: &str, rounds: u32) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = '{passphrase}'; PRAGMA kdf_iter = {rounds}; \
         CREATE TABLE t (x); INSERT INTO t VALUES (1);"
    ))
    .unwrap();
}

fn unlock(path: &Path, passphrase: &str, rounds: u32) -> i64 {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = '{passphrase}'; PRAGMA kdf_iter = {rounds};"
    ))
    .unwrap();
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap()
}

fn derivation(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("kdf");
    group.sample_size(20);
    for rounds in [KDF_ROUNDS / 2, KDF_ROUNDS, KDF_ROUNDS * 2] {
        let path = dir.path().join(format!("{rounds}.db"));
        locked(&path, "7K3M-QX9P-2VHD-T8RA-4NWE-6JCB", rounds);
        group.bench_with_input(BenchmarkId::new("unlock", rounds), &rounds, |b, &rounds| {
            b.iter(|| black_box(unlock(&path, "7K3M-QX9P-2VHD-T8RA-4NWE-6JCB", rounds)))
        });
    }
    group.finish();
}

fn backup_and_restore(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
    let key = JournalKey::new([7; 32]);
    let path = dir.path().join("journal.db");
    let (journal, _) = Journal::open(&path, Some(&key), now).unwrap();
    let session = journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(now - TimeDelta::days(3)),
                zone: chrono_tz::Europe::Madrid,
            },
            now,
        )
        .unwrap()
        .id;
    for n in 0..200 {
        let symptom = NewSymptom {
            kind: SymptomKind::Redness,
            severity: (n % 11) as u8,
            observed_at: now - TimeDelta::minutes(n),
            area: BodyArea::Cheeks,
            note: format!("entry {n}"),
            yes_no: false,
            temperature: None,
        };
        journal.log_symptom(session, &symptom, now).unwrap();
    }
    let code = new_recovery_code().unwrap().passphrase();
    let backup = dir.path().join("b.aftercare");
    let mut group = c.benchmark_group("backup");
    group.sample_size(10);
    group.bench_function("with a recovery code, 200 entries", |b| {
        b.iter(|| journal.backup_locked(&backup, &code, now).unwrap())
    });
    group.bench_function("restore with a recovery code, 200 entries", |b| {
        b.iter(|| {
            let target = tempfile::tempdir().unwrap();
            let restored = Journal::restore_locked(
                &backup,
                &target.path().join("journal.db"),
                Some(&JournalKey::new([8; 32])),
                &code,
                now,
            )
            .unwrap();
            black_box(restored.0.sessions().unwrap().len())
        })
    });
    group.finish();
}

criterion_group!(benches, derivation, backup_and_restore);
criterion_main!(benches);
