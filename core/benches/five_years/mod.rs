//! The 5-year journal the FFI and app benchmarks share: 30 microneedling sessions two months
//! apart and 20,000 entries, built through the bindings' object as a phone would build it.

use aftercare_core::ffi::NewSessionInput;
use aftercare_core::journal::SessionStatus;
use aftercare_core::{AftercareCompanion, BodyArea, NewSymptom, SymptomKind};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

/// Builds it in `dir`; returns "now" (50 hours after the last session ended).
pub fn build(dir: &std::path::Path, zone: &str) -> DateTime<Utc> {
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
            yes_no: false,
            temperature: None,
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
