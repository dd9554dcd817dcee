//! `pending(now, 64)` for a 6-session series with every category on (goal: median < 200 µs),
//! and a full `sync` with the OS list from the previous one.

use std::hint::black_box;

use aftercare_core::local_time::{parse_instant, parse_zone};
use aftercare_core::reminder::{ReminderLedger, Watch, pending};
use aftercare_core::{
    Catalog, Locale, PatientSettings, PlanOptions, RecoveryPlan, TreatmentSession,
};
use chrono::TimeDelta;
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let zone = parse_zone("Europe/Berlin").unwrap();
    let protocol = Catalog::builtin()
        .get("microneedling", None)
        .unwrap()
        .clone();
    let first = parse_instant("2026-01-10 10:00", zone).unwrap();
    let gap = TimeDelta::weeks(5);
    let plans: Vec<RecoveryPlan> = (0..6)
        .map(|i| {
            let ended = first + gap * i;
            let session = TreatmentSession {
                protocol: protocol.reference(),
                ended_at: ended,
                zone,
                number: i as u32 + 1,
            };
            let options = PlanOptions {
                next_session: (i < 5).then(|| ended + gap),
                ..PlanOptions::default()
            };
            RecoveryPlan::new(protocol.clone(), session, options).unwrap()
        })
        .collect();
    let settings = PatientSettings {
        locale: Locale::Es,
        ..PatientSettings::default()
    };
    // Two days after the fourth session: lifts, check-ins, SPF, preparation and a watch all due.
    let now = first + gap * 3 + TimeDelta::hours(50);
    let watches = [Watch {
        from: now,
        until: now + TimeDelta::days(10),
        urgent: false,
    }];
    let ledger = ReminderLedger::new();

    c.bench_function("pending(now, 64), 6-session series", |b| {
        b.iter(|| {
            black_box(pending(
                &plans,
                &settings,
                zone,
                &watches,
                &ledger,
                black_box(now),
                64,
            ))
        })
    });

    let mut synced = ReminderLedger::new();
    let first_sync = synced.sync(&plans, &settings, zone, &watches, now, 64, &[]);
    let os: Vec<String> = first_sync
        .schedule
        .iter()
        .map(|r| r.os_id.clone())
        .collect();
    c.bench_function("sync (no changes), 6-session series", |b| {
        b.iter(|| {
            let mut ledger = synced.clone();
            black_box(ledger.sync(&plans, &settings, zone, &watches, now, 64, &os))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
