//! The bindings' inputs as a phone shell could pass them: symptoms, settings, sessions, report
//! requests, days and zones, in any order. No call may end in `Internal` (a panic caught at the
//! boundary), and no error may carry the note or the name it was given.
#![no_main]

use std::sync::{Arc, LazyLock, Mutex};

use aftercare_core::ffi::{NewSessionInput, ReportInput, Settings};
use aftercare_core::journal::SessionStatus;
use aftercare_core::report::ReportFormat;
use aftercare_core::{
    AftercareCompanion, AftercareError, BodyArea, Category, Locale, NewSymptom, SymptomKind,
};
use chrono::{DateTime, Utc};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum Call {
    Log {
        kind: u8,
        severity: u8,
        observed: i64,
        area: u8,
        note: String,
        now: i64,
        yes_no: bool,
        temperature: Option<u16>,
    },
    Edit {
        id: i64,
        severity: u8,
        note: String,
        now: i64,
    },
    Settings {
        zone: String,
        wake: String,
        check_in: String,
        quiet: Option<(String, String)>,
        spanish: bool,
    },
    Session {
        done: bool,
        at: i64,
        zone: String,
        protocol: String,
        now: i64,
    },
    Report {
        format: u8,
        from: Option<String>,
        to: Option<String>,
        session: Option<i64>,
        name: Option<String>,
        zone: String,
        now: i64,
    },
    Today {
        now: i64,
        zone: String,
    },
    Timeline {
        session: i64,
        now: i64,
        zone: String,
    },
    Import(String),
    Contacted {
        rule: Option<String>,
        at: i64,
        note: String,
        now: i64,
    },
    Assessment {
        session: i64,
        now: i64,
        zone: String,
    },
}

/// The zone log answers are written in.
const ZONE: &str = "Europe/Madrid";

/// One journal for many inputs, replaced now and then so it stays small.
struct Place {
    _dir: tempfile::TempDir,
    companion: Arc<AftercareCompanion>,
    runs: u32,
}

fn place() -> Place {
    let dir = tempfile::tempdir().expect("temp dir");
    let companion = AftercareCompanion::open(
        dir.path().join("journal.db").display().to_string(),
        None,
        instant(1_795_000_000),
    )
    .expect("a new journal opens");
    Place {
        _dir: dir,
        companion,
        runs: 0,
    }
}

static PLACE: LazyLock<Mutex<Place>> = LazyLock::new(|| Mutex::new(place()));

fn instant(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

/// Marks a note or name, so an error that repeats it is told from one whose fixed wording
/// happens to contain the fuzzed text ("severity: must be between 0 and 10").
const MARK: &str = "qz7";

/// Fails on a caught panic, and on an error that repeats `secret` (the note or name).
fn check<T>(result: Result<T, AftercareError>, secret: Option<&str>, others: &[&str]) {
    let Err(err) = result else { return };
    assert!(err != AftercareError::Internal, "a panic inside the core");
    if let Some(secret) = secret.filter(|s| s.trim().chars().count() >= 4) {
        // Only a secret that is not also part of another field (a zone echoed back) counts.
        if !others.iter().any(|o| o.contains(secret)) {
            let text = err.to_string();
            assert!(
                !text.contains(secret),
                "the error repeats health data: {text}"
            );
        }
    }
}

fuzz_target!(|calls: Vec<Call>| {
    let mut place = PLACE.lock().unwrap_or_else(|p| p.into_inner());
    place.runs += 1;
    if place.runs > 2_000 {
        *place = place_fresh();
    }
    let c = &place.companion;
    for call in calls.into_iter().take(8) {
        match call {
            Call::Log {
                kind,
                severity,
                observed,
                area,
                note,
                now,
                yes_no,
                temperature,
            } => {
                let note = format!("{MARK}{note}");
                let symptom = NewSymptom {
                    kind: SymptomKind::ALL[usize::from(kind) % SymptomKind::ALL.len()],
                    severity,
                    observed_at: instant(observed),
                    area: BodyArea::ALL[usize::from(area) % BodyArea::ALL.len()],
                    note: note.clone(),
                    yes_no,
                    temperature: temperature
                        .map(|deci_celsius| aftercare_core::Temperature { deci_celsius }),
                };
                let session = c.sessions().ok().and_then(|s| s.last().map(|s| s.id));
                check(
                    c.log_symptom(session.unwrap_or(1), symptom, instant(now), ZONE.into()),
                    Some(&note),
                    &[],
                );
            }
            Call::Edit {
                id,
                severity,
                note,
                now,
            } => {
                let note = format!("{MARK}{note}");
                let symptom = NewSymptom {
                    kind: SymptomKind::Redness,
                    severity,
                    observed_at: instant(now),
                    area: BodyArea::Cheeks,
                    note: note.clone(),
                    yes_no: false,
                    temperature: None,
                };
                check(
                    c.edit_symptom(id, symptom, instant(now), ZONE.into()),
                    Some(&note),
                    &[],
                );
            }
            Call::Settings {
                zone,
                wake,
                check_in,
                quiet,
                spanish,
            } => {
                let (quiet_hours_start, quiet_hours_end) = match quiet {
                    Some((a, b)) => (Some(a), Some(b)),
                    None => (None, None),
                };
                let settings = Settings {
                    zone,
                    wake_time: wake,
                    check_in_time: check_in,
                    quiet_hours_start,
                    quiet_hours_end,
                    locale: if spanish { Locale::Es } else { Locale::En },
                    categories: vec![Category::CheckIn],
                };
                check(c.save_settings(settings), None, &[]);
            }
            Call::Session {
                done,
                at,
                zone,
                protocol,
                now,
            } => {
                let input = NewSessionInput {
                    protocol_id: protocol,
                    protocol_version: None,
                    status: if done {
                        SessionStatus::Done
                    } else {
                        SessionStatus::Planned
                    },
                    starts_at: (!done).then(|| instant(at)),
                    ended_at: done.then(|| instant(at)),
                    zone,
                };
                check(c.add_session(input, instant(now)), None, &[]);
            }
            Call::Report {
                format,
                from,
                to,
                session,
                name,
                zone,
                now,
            } => {
                let name = name.map(|n| format!("{MARK}{n}"));
                let formats = [
                    ReportFormat::Html,
                    ReportFormat::Csv,
                    ReportFormat::Fhir,
                    ReportFormat::Ics,
                ];
                let input = ReportInput {
                    format: formats[usize::from(format) % formats.len()],
                    from: from.clone(),
                    to: to.clone(),
                    session_id: session,
                    include_photos: false,
                    patient_name: name.clone(),
                    zone: zone.clone(),
                    locale: None,
                };
                let others = [
                    from.as_deref().unwrap_or(""),
                    to.as_deref().unwrap_or(""),
                    zone.as_str(),
                ];
                check(c.report(input, instant(now)), name.as_deref(), &others);
            }
            Call::Today { now, zone } => check(c.today(instant(now), zone, None), None, &[]),
            Call::Timeline { session, now, zone } => {
                check(c.timeline(session, instant(now), zone, None), None, &[]);
            }
            Call::Import(json) => check(c.import_protocol(json, instant(1_795_000_000)), None, &[]),
            Call::Contacted {
                rule,
                at,
                note,
                now,
            } => {
                let note = format!("{MARK}{note}");
                let session = c.sessions().ok().and_then(|s| s.last().map(|s| s.id));
                let others: Vec<&str> = rule.iter().map(String::as_str).collect();
                check(
                    c.record_provider_contact(
                        session.unwrap_or(1),
                        rule.clone(),
                        instant(at),
                        note.clone(),
                        instant(now),
                    ),
                    Some(&note),
                    &others,
                );
            }
            Call::Assessment { session, now, zone } => {
                check(
                    c.assessment(session, instant(now), zone.clone(), None),
                    None,
                    &[&zone],
                );
            }
        }
    }
});

fn place_fresh() -> Place {
    place()
}
