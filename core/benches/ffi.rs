//! `today` through the Rust API of the bindings' object (`AftercareCompanion`) on the same
//! 5-year journal the JVM benchmark builds (tests/kotlin/.../TodayOverheadBench.kt): the
//! difference between the two medians is the cost of crossing the FFI from the JVM.

use std::hint::black_box;

use aftercare_core::AftercareCompanion;
use criterion::{Criterion, criterion_group, criterion_main};

mod five_years;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let zone = "Europe/Berlin".to_string();
    let now = five_years::build(dir.path(), &zone);
    let companion = AftercareCompanion::open(
        dir.path().join("journal.db").display().to_string(),
        None,
        now,
    )
    .unwrap();
    c.bench_function("today via AftercareCompanion (Rust, no FFI)", |b| {
        b.iter(|| black_box(companion.today(now, zone.clone(), None).unwrap()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
