//! The app's `screen` and `dispatch` through the bindings' object (`AftercareApp`) on the 5-year
//! journal (30 sessions, 20,000 entries) the FFI benchmark uses. Criterion gives the medians; a
//! plain loop of many calls gives the p99 a frame budget cares about (goal: under 2 ms). The
//! JVM runs the same calls in tests/kotlin/.../AppOverheadBench.kt.

use std::hint::black_box;
use std::time::{Duration, Instant};

use aftercare_core::app::{AppAction, Destination, LogAction};
use aftercare_core::ffi::{AppConfig, NewSessionInput};
use aftercare_core::journal::SessionStatus;
use aftercare_core::{AftercareApp, AftercareCompanion, BodyArea, NewSymptom, SymptomKind};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

/// The 5-year journal, built through the companion as the FFI benchmark builds it; returns
/// "now" (50 hours after the last session ended).
fn build(dir: &std::path::Path, zone: &str) -> DateTime<Utc> {
    let start = Utc.with_ymd_and_hms(2021, 11, 1, 9, 0, 0).unwrap();
    let kinds = [
        SymptomKind::Redness,
        SymptomKind::Swelling,
        SymptomKind::DrynessFlaking,
        SymptomKind::Tightness,
        SymptomKind::Itching,
    ];
    let companion =
        AftercareCompanion::open(dir.join("journal.db").display().to_string(), None, start)
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
                zone: zone.to_string(),
            };
            (companion.add_session(input, ended).unwrap().id, ended)
        })
        .collect();
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
    let logged_at = sessions.last().unwrap().1 + TimeDelta::days(20);
    for ((id, _), entries) in sessions.iter().zip(by_session) {
        companion
            .log_symptoms(*id, entries, logged_at, zone.to_string())
            .unwrap();
    }
    sessions.last().unwrap().1 + TimeDelta::hours(50)
}

/// Median and p99 of `runs` calls of `f`, in microseconds.
fn percentiles(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    for _ in 0..runs / 10 {
        f();
    }
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let t0 = Instant::now();
            f();
            t0.elapsed()
        })
        .collect();
    samples.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    (us(samples[runs / 2]), us(samples[runs * 99 / 100]))
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let zone = "Europe/Berlin".to_string();
    let now = build(dir.path(), &zone);
    let app = AftercareApp::open(
        AppConfig {
            journal_path: dir.path().join("journal.db").display().to_string(),
            key: None,
            share_dir: dir.path().join("share").display().to_string(),
            language: "en".into(),
        },
        now,
    )
    .unwrap();
    let go = |destination| {
        app.dispatch(AppAction::Navigate { destination }, now, zone.clone())
            .unwrap()
    };
    let mut group = c.benchmark_group("app (5-year journal)");
    for (name, destination) in [
        ("screen today", Destination::Today),
        ("screen history", Destination::History),
        ("screen timeline", Destination::Timeline),
    ] {
        go(destination);
        group.bench_function(name, |b| {
            b.iter(|| black_box(app.screen(now, zone.clone()).unwrap()))
        });
    }
    group.bench_function("dispatch navigate today", |b| {
        b.iter(|| black_box(go(Destination::Today)))
    });
    go(Destination::Log);
    let mut severity = 0u8;
    group.bench_function("dispatch log severity", |b| {
        b.iter(|| {
            severity = (severity + 1) % 11;
            let action = AppAction::Log {
                action: LogAction::SetSeverity { index: 0, severity },
            };
            black_box(app.dispatch(action, now, zone.clone()).unwrap())
        })
    });
    group.finish();

    // p99 from plain samples, printed in the form the JVM benchmark prints.
    let runs = 2_000;
    // The baseline: the home screen's data alone, through the companion (as benches/ffi.rs).
    let companion = app.companion().unwrap();
    let (median, p99) = percentiles(runs, || {
        black_box(companion.today(now, zone.clone(), None).unwrap());
    });
    println!("BENCH rust companion today median_us={median:.1} p99_us={p99:.1}");
    go(Destination::Today);
    let (median, p99) = percentiles(runs, || {
        black_box(app.screen(now, zone.clone()).unwrap());
    });
    println!("BENCH rust app screen today median_us={median:.1} p99_us={p99:.1}");
    let (median, p99) = percentiles(runs, || {
        black_box(go(Destination::Today));
    });
    println!("BENCH rust app dispatch navigate_today median_us={median:.1} p99_us={p99:.1}");
    go(Destination::History);
    let (median, p99) = percentiles(runs, || {
        black_box(app.screen(now, zone.clone()).unwrap());
    });
    println!("BENCH rust app screen history median_us={median:.1} p99_us={p99:.1}");
    go(Destination::Log);
    let mut severity = 0u8;
    let (median, p99) = percentiles(runs, || {
        severity = (severity + 1) % 11;
        let action = AppAction::Log {
            action: LogAction::SetSeverity { index: 0, severity },
        };
        black_box(app.dispatch(action, now, zone.clone()).unwrap());
    });
    println!("BENCH rust app dispatch log_severity median_us={median:.1} p99_us={p99:.1}");
}

criterion_group!(benches, bench);
criterion_main!(benches);
