//! `today` through the Rust API of the bindings' object (`AftercareCompanion`) on the same
//! 5-year journal the JVM benchmark builds (tests/kotlin/.../TodayOverheadBench.kt): the
//! difference between the two medians is the cost of crossing the FFI from the JVM.

use std::hint::black_box;

use aftercare_core::ffi::NewSessionInput;
use aftercare_core::journal::SessionStatus;
use aftercare_core::{AftercareCompanion, BodyArea, NewSymptom, SymptomKind};
use chrono::{TimeDelta, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let zone = "Europe/Berlin".to_string();
    let start = Utc.with_ymd_and_hms(2021, 11, 1, 9, 0, 0).unwrap();
    let kinds = [
        SymptomKind::Redness,
        SymptomKind::Swelling,
        SymptomKind::DrynessFlaking,
        SymptomKind::Tightness,
        SymptomKind::Itching,
    ];
    let companion = AftercareCompanion::open(
        dir.path().join("journal.db").display().to_string(),
        None,
        start,
    )
    .unwrap();
    let sessions: Vec<_> = (0..30)
        .map(|i| {
            let ended = start + TimeDelta::days(61 * i);
            let input = NewSessionInput {
                protocol_id: "microneedling".into(),
                protocol_version: Some(1),
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(ended),
                zone: zone.clone(),
            };
            (companion.add_session(input, ended).unwrap().id, ended)
        })
        .collect();
    let now = sessions.last().unwrap().1 + TimeDelta::hours(50);
    let mut by_session: Vec<Vec<NewSymptom>> = vec![Vec::new(); sessions.len()];
    for n in 0..20_000usize {
        let s = n * 30 / 20_000;
        by_session[s].push(NewSymptom {
            kind: kinds[n % 5],
            severity: (n % 6) as u8,
            observed_at: sessions[s].1 + TimeDelta::hours(1 + (n as i64 % 40) * 6),
            area: BodyArea::Cheeks,
            note: "a short note about the day".into(),
        });
    }
    // Logged later than the last entry (nothing is logged "in the future"); asked at `now`.
    let logged_at = sessions.last().unwrap().1 + TimeDelta::days(20);
    for ((id, _), entries) in sessions.iter().zip(by_session) {
        companion
            .log_symptoms(*id, entries, logged_at, zone.clone())
            .unwrap();
    }
    c.bench_function("today via AftercareCompanion (Rust, no FFI)", |b| {
        b.iter(|| black_box(companion.today(now, zone.clone(), None).unwrap()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
