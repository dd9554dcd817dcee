//! The app's `screen` and `dispatch` through the bindings' object (`AftercareApp`) on the 5-year
//! journal (30 sessions, 20,000 entries) the FFI benchmark uses. Criterion gives the medians; a
//! plain loop of many calls gives the p99 a frame budget cares about (goal: under 2 ms). The
//! JVM runs the same calls in tests/kotlin/.../AppOverheadBench.kt. The glance (a widget's
//! model) and its 7-day timeline are measured the same way (goals: under 1 ms and 5 ms).

use std::hint::black_box;
use std::time::{Duration, Instant};

use aftercare_core::AftercareApp;
use aftercare_core::app::{AppAction, Destination, LogAction};
use aftercare_core::ffi::AppConfig;
use criterion::{Criterion, criterion_group, criterion_main};

mod five_years;
use five_years::build;

/// This thread's time on a CPU so far, in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`, what the
/// JVM's `ThreadMXBean.currentThreadCpuTime` reads), so a call preempted by other work on a
/// busy machine is not counted as slow. Declared here to keep the benchmark free of a new
/// dependency.
#[cfg(target_os = "linux")]
fn cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec-shaped struct (64-bit Linux) for the call.
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    ok.then(|| (ts.tv_sec as u64) * 1_000_000_000 + ts.tv_nsec as u64)
}

#[cfg(not(target_os = "linux"))]
fn cpu_ns() -> Option<u64> {
    None
}

/// Median and p99 of `runs` calls of `f` in microseconds: wall-clock time, and (where the OS
/// tells) time on a CPU.
fn percentiles(runs: usize, mut f: impl FnMut()) -> ((f64, f64), Option<(f64, f64)>) {
    for _ in 0..runs / 10 {
        f();
    }
    let mut wall = Vec::with_capacity(runs);
    let mut cpu = Vec::with_capacity(runs);
    for _ in 0..runs {
        let c0 = cpu_ns();
        let t0 = Instant::now();
        f();
        wall.push(t0.elapsed());
        if let (Some(c0), Some(c1)) = (c0, cpu_ns()) {
            cpu.push(Duration::from_nanos(c1.saturating_sub(c0)));
        }
    }
    let stats = |samples: &mut Vec<Duration>| {
        samples.sort();
        let us = |d: Duration| d.as_secs_f64() * 1e6;
        (
            us(samples[samples.len() / 2]),
            us(samples[samples.len() * 99 / 100]),
        )
    };
    let cpu = (cpu.len() == runs).then(|| stats(&mut cpu));
    (stats(&mut wall), cpu)
}

/// Prints one measurement in the form the JVM benchmark prints.
fn report(name: &str, ((median, p99), cpu): ((f64, f64), Option<(f64, f64)>)) {
    let cpu = cpu
        .map(|(m, p)| format!(" cpu_median_us={m:.1} cpu_p99_us={p:.1}"))
        .unwrap_or_default();
    println!("BENCH rust {name} median_us={median:.1} p99_us={p99:.1}{cpu}");
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
    // Going to the background with the log form filled: the drafts are written to the journal
    // (one transaction with its fsync), the answer a shell waits for in onStop.
    group.bench_function("dispatch backgrounded (log form kept)", |b| {
        b.iter(|| {
            black_box(
                app.dispatch(AppAction::Backgrounded, now, zone.clone())
                    .unwrap(),
            )
        })
    });
    let week = chrono::TimeDelta::days(7);
    group.bench_function("glance", |b| {
        b.iter(|| black_box(app.glance(now, zone.clone()).unwrap()))
    });
    group.bench_function("glance_timeline 7 days", |b| {
        b.iter(|| black_box(app.glance_timeline(now, zone.clone(), now + week).unwrap()))
    });
    group.finish();

    // p99 from plain samples, printed in the form the JVM benchmark prints.
    let runs = 2_000;
    // The baseline: the home screen's data alone, through the companion (as benches/ffi.rs).
    let companion = app.companion().unwrap();
    report(
        "companion today",
        percentiles(runs, || {
            black_box(companion.today(now, zone.clone(), None).unwrap());
        }),
    );
    go(Destination::Today);
    report(
        "app screen today",
        percentiles(runs, || {
            black_box(app.screen(now, zone.clone()).unwrap());
        }),
    );
    report(
        "app dispatch navigate_today",
        percentiles(runs, || {
            black_box(go(Destination::Today));
        }),
    );
    go(Destination::History);
    report(
        "app screen history",
        percentiles(runs, || {
            black_box(app.screen(now, zone.clone()).unwrap());
        }),
    );
    report(
        "app glance",
        percentiles(runs, || {
            black_box(app.glance(now, zone.clone()).unwrap());
        }),
    );
    let timeline = app.glance_timeline(now, zone.clone(), now + week).unwrap();
    println!(
        "glance_timeline 7 days: {} entries, truncated {}",
        timeline.entries.len(),
        timeline.truncated
    );
    report(
        "app glance_timeline_7_days",
        percentiles(runs, || {
            black_box(app.glance_timeline(now, zone.clone(), now + week).unwrap());
        }),
    );
    go(Destination::Log);
    let mut severity = 0u8;
    report(
        "app dispatch log_severity",
        percentiles(runs, || {
            severity = (severity + 1) % 11;
            let action = AppAction::Log {
                action: LogAction::SetSeverity { index: 0, severity },
            };
            black_box(app.dispatch(action, now, zone.clone()).unwrap());
        }),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
