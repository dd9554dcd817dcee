//! A 5-year journal (30 sessions, 20,000 symptom entries, 2,000 photos), plain and encrypted:
//! open + first `today` (goal < 5 ms), `today` (goal < 1 ms), and logging one entry next to a
//! bare rusqlite insert with the same pragmas (goal: within 1.2x).

use std::hint::black_box;
use std::path::Path;

use aftercare_core::journal::{Journal, JournalKey, NewSession, SessionStatus};
use aftercare_core::{BodyArea, NewSymptom, ProtocolRef, SymptomKind};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rusqlite::{Connection, params};

const SESSIONS: i64 = 30;
const ENTRIES: i64 = 20_000;
const PHOTOS: i64 = 2_000;

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2021, 11, 1, 9, 0, 0).unwrap()
}

/// Five years of sessions every ~2 months, entries and photos spread over them.
fn build(path: &Path, key: Option<&JournalKey>) -> DateTime<Utc> {
    let zone: Tz = "Europe/Berlin".parse().unwrap();
    let (journal, _) = Journal::open(path, key, start()).unwrap();
    let mut ids = Vec::new();
    let gap = TimeDelta::days(61);
    for i in 0..SESSIONS {
        let ended = start() + gap * i as i32;
        let s = journal
            .add_session(
                &NewSession {
                    protocol: ProtocolRef {
                        id: "microneedling".into(),
                        version: 1,
                    },
                    status: SessionStatus::Done,
                    starts_at: None,
                    ended_at: Some(ended),
                    zone,
                },
                ended,
            )
            .unwrap();
        ids.push((s.id, ended));
    }
    drop(journal);
    // Bulk fill through a raw connection in one transaction: the journal's own API commits
    // (and fsyncs) per entry, which is what we measure below, not what we set up with.
    let mut conn = Connection::open(path).unwrap();
    if let Some(key) = key {
        conn.execute_batch(&format!("PRAGMA key = \"{}\";", hex_key(key)))
            .unwrap();
    }
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO symptom_entries (session_id, kind, severity, observed_at, area, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?4, ?4)",
            )
            .unwrap();
        let kinds = [
            "redness",
            "swelling",
            "dryness_flaking",
            "tightness",
            "itching",
        ];
        for n in 0..ENTRIES {
            let (session, ended) = ids[(n * SESSIONS / ENTRIES) as usize];
            let at = ended + TimeDelta::hours(1 + (n % 40) * 6);
            insert
                .execute(params![
                    session,
                    kinds[(n % 5) as usize],
                    n % 6,
                    at.timestamp(),
                    "cheeks",
                    "a short note about the day"
                ])
                .unwrap();
        }
        let mut photo = tx
            .prepare("INSERT INTO photos (session_id, path, taken_at, sha256, note) VALUES (?1, ?2, ?3, ?4, '')")
            .unwrap();
        for n in 0..PHOTOS {
            let (session, ended) = ids[(n * SESSIONS / PHOTOS) as usize];
            photo
                .execute(params![
                    session,
                    format!("photos/{n}.jpg"),
                    (ended + TimeDelta::hours(n % 48)).timestamp(),
                    "0".repeat(64)
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    // "Now": two days after the last session.
    ids.last().unwrap().1 + TimeDelta::hours(50)
}

fn hex_key(key: &JournalKey) -> String {
    // The bench knows its own key bytes; the journal never exposes a key.
    let _ = key;
    format!("x'{}'", "11".repeat(32))
}

fn entry(now: DateTime<Utc>) -> NewSymptom {
    NewSymptom {
        kind: SymptomKind::Redness,
        severity: 3,
        observed_at: now,
        area: BodyArea::Cheeks,
        note: "bench".into(),
        yes_no: false,
        temperature: None,
    }
}

fn bench(c: &mut Criterion) {
    let zone: Tz = "Europe/Berlin".parse().unwrap();
    let mut group = c.benchmark_group("journal");
    group.sample_size(30);
    for encrypted in [false, true] {
        let label = if encrypted { "encrypted" } else { "plain" };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let key = encrypted.then(|| JournalKey::new([0x11; 32]));
        let now = build(&path, key.as_ref());

        group.bench_function(BenchmarkId::new("open + first today", label), |b| {
            b.iter(|| {
                let (journal, _) = Journal::open(&path, key.as_ref(), now).unwrap();
                black_box(journal.today(now, zone, None).unwrap());
            })
        });

        // Once a day opening also reads every page (`quick_check`); each iteration here is a
        // day later than the last, so every open pays for it.
        let mut day = now;
        group.bench_function(
            BenchmarkId::new("open (daily check due) + first today", label),
            |b| {
                b.iter(|| {
                    day += TimeDelta::hours(25);
                    let (journal, _) = Journal::open(&path, key.as_ref(), day).unwrap();
                    black_box(journal.today(now, zone, None).unwrap());
                })
            },
        );

        // Logging is compared on two identical copies, so both sides grow their WAL and hit
        // checkpoints the same way.
        let logged = dir.path().join("logged.db");
        let bare = dir.path().join("bare.db");
        for copy in [&logged, &bare] {
            std::fs::copy(&path, copy).unwrap();
            let mut check = path.as_os_str().to_os_string();
            check.push("-keycheck");
            let mut to = copy.as_os_str().to_os_string();
            to.push("-keycheck");
            let _ = std::fs::copy(&check, &to);
        }
        let (journal, _) = Journal::open(&path, key.as_ref(), now).unwrap();
        let (logging, _) = Journal::open(&logged, key.as_ref(), now).unwrap();
        let latest = journal.sessions().unwrap().last().unwrap().id;
        group.bench_function(BenchmarkId::new("today", label), |b| {
            b.iter(|| black_box(journal.today(now, zone, None).unwrap()))
        });
        group.bench_function(BenchmarkId::new("log one entry", label), |b| {
            b.iter(|| black_box(logging.log_symptom(latest, &entry(now), now).unwrap()))
        });

        // The same insert on a bare connection with the same pragmas, in its own transaction.
        let raw = Connection::open(&bare).unwrap();
        if let Some(key) = &key {
            raw.execute_batch(&format!("PRAGMA key = \"{}\";", hex_key(key)))
                .unwrap();
        }
        raw.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .unwrap();
        group.bench_function(BenchmarkId::new("bare rusqlite insert", label), |b| {
            b.iter(|| {
                raw.execute_batch("BEGIN IMMEDIATE").unwrap();
                {
                    let mut stmt = raw
                        .prepare_cached(
                            "INSERT INTO symptom_entries (session_id, kind, severity, observed_at, area, note, created_at, updated_at)
                             VALUES (?1, 'redness', 3, ?2, 'cheeks', 'bench', ?2, ?2)",
                        )
                        .unwrap();
                    stmt.execute(params![latest, now.timestamp()]).unwrap();
                }
                raw.execute_batch("COMMIT").unwrap();
            })
        });
        drop(raw);
        drop(logging);
        drop(journal);
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
