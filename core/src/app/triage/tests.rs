//! The triage result: "I contacted my provider" and its undo, writing to the clinic, words.

use chrono::TimeDelta;

use super::super::tests::{Harness, clinic, command, start, symptom, triage};
use super::*;
use crate::app::{AppAction, ScreenBody, SeverityBand, TodayAction};
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

/// A session that ended 30 hours ago with one entry logged an hour ago.
fn logged(protocol: &str, kind: SymptomKind, severity: u8) -> Harness {
    logged_in(crate::text::Locale::En, protocol, kind, severity)
}

/// [`logged`] with settings saved in `locale`.
fn logged_in(
    locale: crate::text::Locale,
    protocol: &str,
    kind: SymptomKind,
    severity: u8,
) -> Harness {
    let h = Harness::with(locale, |journal| {
        super::super::tests::ready(journal, locale);
        journal
            .add_session(
                &crate::journal::NewSession {
                    protocol: crate::protocol::ProtocolRef {
                        id: protocol.into(),
                        version: 1,
                    },
                    status: crate::journal::SessionStatus::Done,
                    starts_at: None,
                    ended_at: Some(start() - TimeDelta::hours(30)),
                    zone: chrono_tz::Europe::Berlin,
                },
                start(),
            )
            .unwrap();
    });
    h.journal().save_clinic(&clinic(), start()).unwrap();
    h.journal()
        .log_symptoms(
            1,
            &[symptom(kind, severity, start() - TimeDelta::hours(1), "")],
            start(),
        )
        .unwrap();
    h
}

#[test]
fn an_emergency_calls_the_local_emergency_number_first() {
    let mut h = logged("microneedling", SymptomKind::TroubleBreathing, 2);
    let update = open(&mut h);
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    assert_eq!(verdict.level, TriageLevel::Emergency);
    assert_eq!(verdict.tone, Tone::Urgent);
    assert_eq!(verdict.level_label, "Call emergency services now");
    assert_eq!(
        verdict.headline,
        "Trouble breathing or swallowing 2/10 this morning"
    );
    assert!(
        verdict.advice.starts_with("Call 112 now"),
        "{}",
        verdict.advice
    );
    assert_eq!(verdict.check_in, None, "one next step");
    let call = &verdict.commands[0];
    assert_eq!(call.label, "Call 112");
    assert_eq!(call.style, CommandStyle::Primary);
    assert_eq!(call.accessibility_label, "Call emergency services on 112");
    // The clinic follows, never as a second primary step.
    assert!(
        verdict.commands[1..]
            .iter()
            .all(|c| c.style != CommandStyle::Primary)
    );
    let update = h.press(&call.clone());
    assert_eq!(
        update.effects,
        vec![Effect::Dial {
            uri: "tel:112".into()
        }]
    );
    // A phone that cannot call is told the number to call from another one.
    let update = h.dispatch(AppAction::Launched {
        effect: crate::app::EffectKind::Dial,
        outcome: crate::app::LaunchOutcome::NoApp,
    });
    assert_eq!(
        update.message.unwrap().text,
        "This phone cannot make calls. Call 112 from another phone, or ask someone near you to call."
    );
    // Calling the clinic afterwards is about the clinic again.
    let call_clinic = command(&verdict.commands, "Call your clinic").clone();
    h.press(&call_clinic);
    let update = h.dispatch(AppAction::Launched {
        effect: crate::app::EffectKind::Dial,
        outcome: crate::app::LaunchOutcome::NoApp,
    });
    assert!(
        update
            .message
            .unwrap()
            .text
            .contains("Your clinic's number")
    );
}

#[test]
fn the_emergency_number_follows_the_phones_region() {
    for (tag, number) in [
        ("en-US", "911"),
        ("en-GB", "999"),
        ("en-AU", "000"),
        ("es-ES", "112"),
    ] {
        let mut h = logged("microneedling", SymptomKind::LipsTongueThroatSwelling, 4);
        h.app.config.device_region = crate::region::Region::from_language_tag(tag);
        let update = open(&mut h);
        let verdict = triage(&update.screen).verdict.clone().unwrap();
        assert_eq!(verdict.commands[0].label, format!("Call {number}"), "{tag}");
        let update = h.press(&verdict.commands[0].clone());
        assert_eq!(
            update.effects,
            vec![Effect::Dial {
                uri: format!("tel:{number}")
            }]
        );
        // An urgent verdict says the same number for when the clinic cannot be reached.
        let mut h = logged("microneedling", SymptomKind::Fever, 3);
        h.app.config.device_region = crate::region::Region::from_language_tag(tag);
        let update = open(&mut h);
        let verdict = triage(&update.screen).verdict.clone().unwrap();
        assert!(verdict.advice.contains(number), "{tag}: {}", verdict.advice);
        assert_eq!(verdict.commands[0].label, "Call your clinic");
    }
}

#[test]
fn an_at_home_roller_user_is_sent_to_a_healthcare_professional_everywhere() {
    let mut h = logged("at-home-roller", SymptomKind::PusDrainage, 3);
    let update = open(&mut h);
    let result = triage(&update.screen);
    let verdict = result.verdict.clone().unwrap();
    assert_eq!(verdict.level_label, "Contact a healthcare professional now");
    assert_eq!(verdict.headline, "Pus or oozing 3/10 this morning");
    assert_eq!(
        verdict.advice,
        "Call your doctor, or go to urgent care now. In an emergency, call 112."
    );
    let card = &result.reasons[0];
    assert_eq!(card.level_label, "Contact a healthcare professional now");
    assert_eq!(
        card.contacted.as_ref().unwrap().label,
        "I got help about this"
    );
    assert_eq!(
        command(
            &verdict.commands,
            "I got help from a healthcare professional"
        )
        .style,
        CommandStyle::Secondary
    );
    let texts = format!("{result:?}");
    for provider in ["your provider", "your clinic now", "Your provider"] {
        assert!(!texts.contains(provider), "{provider} in {texts}");
    }
    assert!(
        result
            .disclaimer
            .contains("A healthcare professional's advice comes first")
    );
    let about = card.contacted.clone().unwrap();
    let update = h.press(&about);
    assert_eq!(
        update.message.unwrap().text,
        "Noted: you got help from a healthcare professional."
    );
    // History, its delete dialog and what deleting says name nobody's "provider" either.
    let update = h.dispatch(AppAction::Navigate {
        destination: Destination::History,
    });
    let ScreenBody::History { model } = &update.screen.body else {
        panic!("expected History, got {:?}", update.screen.body);
    };
    let line = model
        .days
        .iter()
        .flat_map(|d| &d.items)
        .find(|i| i.title == "You got help from a healthcare professional")
        .unwrap_or_else(|| panic!("no contact line in {model:?}"))
        .clone();
    let delete = line.commands.last().unwrap().clone();
    let update = h.press(&delete);
    let dialog = update.screen.dialog.clone().unwrap();
    assert_eq!(dialog.title, "Delete this record of getting help?");
    assert!(!dialog.body.contains("provider"), "{}", dialog.body);
    let update = h.dispatch(AppAction::Confirm);
    assert_eq!(
        update.message.unwrap().text,
        "Record of getting help removed."
    );
    // In Spanish as well.
    let mut es = logged_in(
        crate::text::Locale::Es,
        "at-home-roller",
        SymptomKind::PusDrainage,
        3,
    );
    let update = open(&mut es);
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    assert_eq!(
        verdict.level_label,
        "Contacta ahora con un profesional sanitario"
    );
    assert_eq!(verdict.headline, "Pus o supuración 3/10 esta mañana");
    assert!(!format!("{:?}", triage(&update.screen)).contains("tu profesional"));
}

#[test]
fn a_watch_keeps_its_daily_check_in_and_spanish_speaks_emergencies() {
    let mut h = logged("microneedling", SymptomKind::Bumps, 2);
    let update = open(&mut h);
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    assert_eq!(verdict.level, TriageLevel::Watch);
    assert!(
        verdict
            .check_in
            .unwrap()
            .starts_with("Check in once a day until")
    );
    let mut es = logged_in(
        crate::text::Locale::Es,
        "microneedling",
        SymptomKind::VisionChange,
        1,
    );
    let update = open(&mut es);
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    assert_eq!(verdict.level_label, "Llama ahora a emergencias");
    assert_eq!(verdict.headline, "Un cambio en la vista 1/10 esta mañana");
    assert_eq!(verdict.commands[0].label, "Llamar al 112");
    assert_eq!(
        triage(&update.screen).reasons[0].title,
        "Un cambio en la vista"
    );
}

#[test]
fn today_draws_the_same_one_step_verdict() {
    let h = logged("microneedling", SymptomKind::LipsTongueThroatSwelling, 3);
    let screen = h.screen();
    let home = super::super::tests::today(&screen);
    let verdict = home.verdict.clone().unwrap();
    assert_eq!(verdict.level, TriageLevel::Emergency);
    assert_eq!(verdict.commands[0].label, "Call 112");
    assert_eq!(verdict.check_in, None);
    // At home the watch list and the disclaimer name a healthcare professional.
    let h = logged("at-home-roller", SymptomKind::Redness, 1);
    let screen = h.screen();
    let home = super::super::tests::today(&screen);
    assert!(
        home.sections
            .iter()
            .any(|s| s.title == "Get help from a healthcare professional if you notice")
    );
    assert!(
        home.disclaimer
            .contains("A healthcare professional's advice comes first")
    );
    assert!(!home.disclaimer.contains("provider"));
}
