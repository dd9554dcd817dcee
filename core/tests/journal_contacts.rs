//! Provider contacts and the clinic's contact in the journal: stored, listed, checked, deleted.

use aftercare_core::journal::{ClinicContact, Journal, JournalError, NewSession, SessionStatus};
use chrono::{TimeDelta, TimeZone, Utc};

fn journal() -> (tempfile::TempDir, Journal, i64, chrono::DateTime<Utc>) {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
    let (j, _) = Journal::open(&dir.path().join("j.db"), None, now).unwrap();
    let s = j
        .add_session(
            &NewSession {
                protocol: aftercare_core::ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(now - TimeDelta::hours(30)),
                zone: chrono_tz::Europe::Madrid,
            },
            now,
        )
        .unwrap();
    (dir, j, s.id, now)
}

#[test]
fn provider_contacts_are_kept_in_order_and_can_be_deleted() {
    let (_dir, j, session, now) = journal();
    let later = j
        .record_provider_contact(session, None, now, "", now)
        .unwrap();
    let first = j
        .record_provider_contact(
            session,
            Some("flag-fever"),
            now - TimeDelta::hours(2),
            "nurse said: come in tomorrow",
            now,
        )
        .unwrap();
    assert_eq!(
        j.provider_contacts(session).unwrap(),
        vec![first.clone(), later.clone()]
    );
    j.delete_provider_contact(later.id).unwrap();
    assert_eq!(j.provider_contacts(session).unwrap(), vec![first]);
    assert!(matches!(
        j.delete_provider_contact(later.id),
        Err(JournalError::NotFound { .. })
    ));
    // Deleting the session takes its contacts with it.
    j.delete_session(session).unwrap();
    assert!(matches!(
        j.provider_contacts(session),
        Err(JournalError::NotFound { .. })
    ));
}

#[test]
fn bad_provider_contacts_are_refused_without_echoing_the_note() {
    let (_dir, j, session, now) = journal();
    let canary = "CANARY\u{7}";
    for (rule, at, note, field) in [
        (Some("Flag Fever"), now, "", "rule_id"),
        (Some(""), now, "", "rule_id"),
        (Some("flag-feverr"), now, "", "rule_id"),
        (Some("no-makeup"), now, "", "rule_id"),
        (None, now + TimeDelta::hours(1), "", "contacted_at"),
        (None, now, canary, "note"),
    ] {
        let err = j
            .record_provider_contact(session, rule, at, note, now)
            .unwrap_err();
        match &err {
            JournalError::InvalidInput { field: f, .. } => assert_eq!(f, field),
            other => panic!("{other:?}"),
        }
        assert!(!err.to_string().contains("CANARY"));
    }
    assert!(matches!(
        j.record_provider_contact(session + 100, None, now, "", now),
        Err(JournalError::NotFound { .. })
    ));
    assert!(j.provider_contacts(session).unwrap().is_empty());
}

#[test]
fn the_clinic_contact_is_saved_trimmed_and_checked() {
    let (_dir, j, _, now) = journal();
    assert_eq!(j.clinic().unwrap(), ClinicContact::default());
    let saved = j
        .save_clinic(
            &ClinicContact {
                name: "  Glow Clinic ".into(),
                phone: " +34 600 000 000".into(),
                email: "hola@glow.example ".into(),
            },
            now,
        )
        .unwrap();
    assert_eq!(saved.name, "Glow Clinic");
    assert_eq!(j.clinic().unwrap(), saved);
    let bad = ClinicContact {
        phone: "not a number".into(),
        ..saved.clone()
    };
    assert!(j.save_clinic(&bad, now).is_err());
    assert_eq!(j.clinic().unwrap(), saved, "a refused save changes nothing");
}

#[test]
fn a_contacted_or_old_fever_stops_urgent_check_ins() {
    use aftercare_core::{BodyArea, NewSymptom, SymptomKind};
    let (_dir, j, session, now) = journal();
    let zone = chrono_tz::Europe::Madrid;
    let logged = j
        .log_and_assess(
            session,
            &[NewSymptom {
                kind: SymptomKind::Fever,
                severity: 2,
                observed_at: now,
                area: BodyArea::WholeArea,
                note: String::new(),
                yes_no: false,
                temperature: None,
            }],
            now,
        )
        .unwrap();
    assert!(logged.raised(), "fever calls for contact at once");
    let urgent = |at| {
        j.sync_reminders(at, zone, &[], 64)
            .unwrap()
            .schedule
            .iter()
            .any(|r| r.urgent)
    };
    assert!(
        urgent(now + TimeDelta::minutes(1)),
        "urgent check-ins while it is current"
    );
    // Days later, with nothing new: it steps down; check-ins respect quiet hours again.
    assert!(!urgent(now + TimeDelta::days(4)));
    // Recorded contact: no urgent check-ins even while the evidence is fresh.
    j.record_provider_contact(
        session,
        Some("flag-fever"),
        now + TimeDelta::hours(1),
        "",
        now + TimeDelta::hours(1),
    )
    .unwrap();
    assert!(!urgent(now + TimeDelta::hours(2)));
    let view = j
        .assessment(session, now + TimeDelta::hours(2))
        .unwrap()
        .view(aftercare_core::Locale::En, zone);
    let fever = view
        .reasons
        .iter()
        .find(|r| r.rule_id.as_deref() == Some("flag-fever"))
        .unwrap();
    assert!(
        fever
            .detail
            .as_deref()
            .unwrap()
            .starts_with("You contacted your provider about this on")
    );
}

#[test]
fn every_reminder_category_has_words_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
    let companion = aftercare_core::AftercareCompanion::open(
        dir.path().join("j.db").display().to_string(),
        None,
        now,
    )
    .unwrap();
    for locale in aftercare_core::Locale::ALL {
        let views = companion.reminder_categories(Some(locale)).unwrap();
        assert_eq!(views.len(), aftercare_core::Category::ALL.len());
        for view in views {
            assert!(
                !view.label.is_empty() && !view.label.starts_with("reminder-"),
                "{view:?}"
            );
            assert!(view.description.ends_with('.'), "{view:?}");
            assert!(!view.label.contains('_'), "a word, not an id: {view:?}");
        }
        // The urgent check-ins' own channel, named apart from the daily check-in's.
        let urgent = companion.urgent_reminders(Some(locale)).unwrap();
        assert_eq!(urgent.category, aftercare_core::Category::CheckIn);
        assert!(!urgent.label.starts_with("reminder-"), "{urgent:?}");
        assert!(urgent.description.ends_with('.'), "{urgent:?}");
        let check_in = companion
            .reminder_categories(Some(locale))
            .unwrap()
            .into_iter()
            .find(|v| v.category == aftercare_core::Category::CheckIn)
            .unwrap();
        assert_ne!(urgent.label, check_in.label);
    }
}
