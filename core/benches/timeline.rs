//! `plan` + `status_at` for a 6-session series (goal: median under 50 µs for the whole series),
//! and the localized views on top, for comparison.

use std::hint::black_box;
use std::sync::Arc;

use aftercare_core::local_time::{parse_instant, parse_zone};
use aftercare_core::view::{PlanView, StatusView};
use aftercare_core::{
    Catalog, Locale, PlanOptions, Protocol, RecoveryPlan, TreatmentSession, series_progress,
    status_at,
};
use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use criterion::{Criterion, criterion_group, criterion_main};

/// A session of the series with its options and the moment to ask about.
type Case = (TreatmentSession, PlanOptions, DateTime<Utc>);

/// Six sessions five weeks apart, each with the next one booked, and a "now" two days after each.
fn series() -> (Arc<Protocol>, Vec<Case>) {
    let zone: Tz = parse_zone("Europe/Berlin").unwrap();
    let protocol = Catalog::builtin()
        .get("microneedling", None)
        .unwrap()
        .clone();
    let first = parse_instant("2026-01-10 10:00", zone).unwrap();
    let gap = TimeDelta::weeks(5);
    let sessions = (0..6)
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
            (session, options, ended + TimeDelta::hours(50))
        })
        .collect();
    (protocol, sessions)
}

fn bench(c: &mut Criterion) {
    let (protocol, sessions) = series();
    c.bench_function("plan+status_at, 6-session series", |b| {
        b.iter(|| {
            for (session, options, now) in &sessions {
                let plan = RecoveryPlan::new(protocol.clone(), session.clone(), *options).unwrap();
                black_box(status_at(&plan, *now, session.zone));
            }
        })
    });
    c.bench_function("series_progress, 6 sessions", |b| {
        let done: Vec<_> = sessions.iter().map(|(s, _, _)| s.clone()).collect();
        b.iter(|| black_box(series_progress(&protocol, black_box(&done))))
    });
    c.bench_function("plan+status_at+views (es), 6-session series", |b| {
        b.iter(|| {
            for (session, options, now) in &sessions {
                let plan = RecoveryPlan::new(protocol.clone(), session.clone(), *options).unwrap();
                let status = status_at(&plan, *now, session.zone);
                black_box(PlanView::new(&plan, session.zone, Locale::Es));
                black_box(StatusView::new(&plan, &status, Locale::Es));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
