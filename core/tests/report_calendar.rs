//! The calendar follows each session's own zone: exporting with another zone moves nothing.

use aftercare_core::journal::{Journal, NewSession, SessionStatus};
use aftercare_core::local_time::parse_instant;
use aftercare_core::report::{ReportFormat, ReportRequest};
use aftercare_core::{Locale, PatientSettings, ProtocolRef};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

const MADRID: Tz = chrono_tz::Europe::Madrid;

fn at(text: &str) -> DateTime<Utc> {
    parse_instant(text, MADRID).unwrap()
}

/// `UID` → `DTSTART` of every event.
fn starts(ics: &str) -> Vec<(String, String)> {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = Vec::new();
    let mut uid = None;
    for line in unfolded.split("\r\n") {
        if let Some(v) = line.strip_prefix("UID:") {
            uid = Some(v.to_string());
        }
        if let Some(v) = line.strip_prefix("DTSTART:") {
            out.push((uid.take().unwrap(), v.to_string()));
        }
    }
    out
}

#[test]
fn a_madrid_patients_calendar_does_not_move_with_the_export_zone() {
    let dir = tempfile::tempdir().unwrap();
    let now = at("2026-11-26 12:00");
    let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now).unwrap();
    journal
        .save_settings(&PatientSettings::default(), MADRID)
        .unwrap();
    let protocol = ProtocolRef {
        id: "microneedling".into(),
        version: 1,
    };
    for (status, starts_at, ended_at) in [
        (SessionStatus::Done, None, Some(at("2026-11-21 10:00"))),
        (SessionStatus::Planned, Some(at("2026-12-19 10:00")), None),
    ] {
        journal
            .add_session(
                &NewSession {
                    protocol: protocol.clone(),
                    status,
                    starts_at,
                    ended_at,
                    zone: MADRID,
                },
                now,
            )
            .unwrap();
    }
    let export = |zone: Tz| {
        journal
            .report(
                ReportFormat::Ics,
                &ReportRequest::new(Locale::En, zone),
                now,
            )
            .unwrap()
    };
    let madrid = export(MADRID);
    let chicago = export(chrono_tz::America::Chicago);
    let tokyo = export(chrono_tz::Asia::Tokyo);
    assert_eq!(starts(&madrid), starts(&chicago), "same UIDs, same times");
    assert_eq!(starts(&madrid), starts(&tokyo));
    // "Arrive with clean skin" is due on the morning of the appointment in Madrid (08:00,
    // 07:00 UTC), not the evening before in Chicago time.
    let prep: Vec<_> = starts(&chicago)
        .into_iter()
        .filter(|(uid, _)| uid.ends_with(":prep"))
        .collect();
    assert!(!prep.is_empty());
    for (_, start) in &prep {
        // Every preparation step falls on a Madrid morning (08:00) or evening (20:00).
        let hour = &start[9..11];
        assert!(hour == "07" || hour == "19", "{start}");
    }
    // The descriptions write the appointment in Madrid time too.
    assert!(chicago.replace("\r\n ", "").contains("19 Dec\\, 10:00"));
}

#[test]
fn a_preparation_step_marked_done_leaves_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let now = at("2026-11-26 12:00");
    let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now).unwrap();
    journal
        .save_settings(&PatientSettings::default(), MADRID)
        .unwrap();
    let booked = journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Planned,
                starts_at: Some(at("2026-12-19 10:00")),
                ended_at: None,
                zone: MADRID,
            },
            now,
        )
        .unwrap()
        .id;
    let prep = || {
        let ics = journal
            .report(
                ReportFormat::Ics,
                &ReportRequest::new(Locale::En, MADRID),
                now,
            )
            .unwrap();
        starts(&ics)
            .into_iter()
            .map(|(uid, _)| uid)
            .filter(|uid| uid.ends_with(":prep"))
            .collect::<Vec<_>>()
    };
    let before = prep();
    assert!(before.iter().any(|uid| uid.contains(":prep-hydrate:")));
    journal
        .set_preparation_done(booked, "prep-hydrate", true, now)
        .unwrap();
    let after = prep();
    assert_eq!(after.len(), before.len() - 1, "{after:?}");
    assert!(!after.iter().any(|uid| uid.contains(":prep-hydrate:")));
    // Undone, it is back.
    journal
        .set_preparation_done(booked, "prep-hydrate", false, now)
        .unwrap();
    assert_eq!(prep(), before);
}
