//! The triage result: "I contacted my provider" and its undo, writing to the clinic, words.

use chrono::TimeDelta;

use super::super::tests::{Harness, clinic, command, start, symptom, triage};
use super::*;
use crate::app::{AppAction, ScreenBody, TodayAction};
use crate::symptom::SymptomKind;

fn urgent() -> Harness {
    let h = Harness::recovering(30);
    h.journal().save_clinic(&clinic(), start()).unwrap();
    h.journal()
        .log_symptoms(
            1,
            &[symptom(
                SymptomKind::Fever,
                5,
                start() - TimeDelta::hours(1),
                "secret note",
            )],
            start(),
        )
        .unwrap();
    h
}

fn open(h: &mut Harness) -> crate::app::Update {
    h.dispatch(AppAction::Today {
        action: TodayAction::OpenTriage { session_id: 1 },
    })
}

#[test]
fn contacted_steps_the_flag_down_and_can_be_undone() {
    let mut h = urgent();
    let update = open(&mut h);
    let result = triage(&update.screen);
    assert_eq!(update.screen.title, "What your log says");
    let card = &result.reasons[0];
    assert_eq!(card.status, FlagStatus::Active);
    assert_eq!(card.level_label, "Contact your provider now");
    assert!(
        card.accessibility_label
            .starts_with("Contact your provider now. Now.")
    );
    let about = card.contacted.clone().unwrap();
    assert!(
        about
            .accessibility_label
            .starts_with("I contacted my provider about:")
    );
    let update = h.press(&about);
    let message = update.message.clone().unwrap();
    assert_eq!(message.text, "Noted: you contacted your provider.");
    let result = triage(&update.screen);
    assert_eq!(result.verdict.as_ref().unwrap().level, TriageLevel::Watch);
    assert_eq!(result.reasons[0].status, FlagStatus::Contacted);
    assert!(result.reasons[0].contacted.is_none());
    assert_eq!(h.journal().provider_contacts(1).unwrap().len(), 1);
    let update = h.press(&message.command.unwrap());
    assert_eq!(
        update.message.unwrap().text,
        "Contact with your provider removed."
    );
    assert_eq!(
        triage(&update.screen).verdict.as_ref().unwrap().level,
        TriageLevel::Urgent
    );
    assert!(h.journal().provider_contacts(1).unwrap().is_empty());
}

#[test]
fn writing_to_the_clinic_never_carries_health_data() {
    let mut h = urgent();
    let update = open(&mut h);
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    let email = command(&verdict.commands, "Email your clinic").clone();
    let update = h.press(&email);
    let [
        Effect::Email {
            uri,
            address,
            subject,
        },
    ] = &update.effects[..]
    else {
        panic!("{:?}", update.effects);
    };
    assert_eq!(address, "care@glow.example");
    assert_eq!(subject, "Question about my aftercare");
    assert_eq!(
        uri,
        "mailto:care@glow.example?subject=Question%20about%20my%20aftercare"
    );
    for private in ["fever", "Fever", "secret", "note"] {
        assert!(!uri.contains(private) && !subject.contains(private));
    }
    assert_eq!(
        mailto("a@b.example", "¿Dudas? sí & no"),
        "mailto:a@b.example?subject=%C2%BFDudas%3F%20s%C3%AD%20%26%20no"
    );
}

#[test]
fn reasons_show_entries_in_words_without_notes() {
    let mut h = urgent();
    let update = open(&mut h);
    let text = format!("{:?}", triage(&update.screen));
    assert!(!text.contains("secret note"));
    let entry = &triage(&update.screen).reasons[0].entries[0];
    assert_eq!(entry.band, Some(SeverityBand::Moderate));
    assert!(entry.detail.as_ref().unwrap().starts_with("Cheeks · "));
    let back = h.dispatch(AppAction::Back);
    assert!(matches!(back.screen.body, ScreenBody::Today { .. }));
}

#[test]
fn a_booked_session_has_nothing_to_assess() {
    let mut h = Harness::recovering(30);
    let booked = h
        .journal()
        .add_session(
            &crate::journal::NewSession {
                protocol: crate::protocol::ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: crate::journal::SessionStatus::Planned,
                starts_at: Some(start() + TimeDelta::days(30)),
                ended_at: None,
                zone: chrono_tz::Europe::Berlin,
            },
            start(),
        )
        .unwrap();
    let update = h.dispatch(AppAction::Today {
        action: TodayAction::OpenTriage {
            session_id: booked.id,
        },
    });
    let result = triage(&update.screen);
    assert!(result.verdict.is_none());
    assert_eq!(
        result.empty.as_ref().unwrap().heading,
        "Nothing to assess yet"
    );
}

#[test]
fn a_double_tap_on_contacted_records_it_once() {
    let mut h = urgent();
    let update = open(&mut h);
    let contacted = command(
        &triage(&update.screen).verdict.as_ref().unwrap().commands,
        "I contacted my provider",
    )
    .clone();
    h.press(&contacted);
    h.dispatch(contacted.action.clone());
    assert_eq!(h.journal().provider_contacts(1).unwrap().len(), 1);
    // A minute later it is a new contact.
    h.advance(TimeDelta::minutes(2));
    h.dispatch(contacted.action);
    assert_eq!(h.journal().provider_contacts(1).unwrap().len(), 2);
}
