//! The first run, step by step, to Today.

use chrono::TimeDelta;

use super::super::tests::{Harness, choice, command, first_run, notice, today};
use super::*;
use crate::app::{AppAction, Effect, NoticeKind, Screen};
use crate::journal::PermissionState;
use crate::text::Locale;

fn step(h: &Harness) -> FirstRunStep {
    first_run(&h.screen()).step
}

fn press(h: &mut Harness, label: &str) -> crate::app::Update {
    let screen = h.screen();
    let cmd = command(&first_run(&screen).commands, label).clone();
    h.press(&cmd)
}

#[test]
fn first_run_to_home() {
    let mut h = Harness::new();
    let screen = h.screen();
    let welcome = first_run(&screen);
    assert_eq!(welcome.step, FirstRunStep::Welcome);
    assert_eq!(welcome.progress, "Step 1 of 6");
    assert!(
        welcome
            .disclaimer
            .as_ref()
            .unwrap()
            .contains("not a doctor")
    );
    assert!(screen.up.is_none() && screen.navigation.is_empty());
    // Nothing else can be reached before the first run ends.
    h.dispatch(AppAction::Navigate {
        destination: crate::app::Destination::Settings,
    });
    assert_eq!(step(&h), FirstRunStep::Welcome);

    press(&mut h, "Get started");
    assert_eq!(step(&h), FirstRunStep::Treatment);
    press(&mut h, "Next");
    let screen = h.screen();
    assert_eq!(
        first_run(&screen).error.as_deref(),
        Some("Choose your treatment to continue.")
    );
    assert_eq!(first_run(&screen).step, FirstRunStep::Treatment);
    let pick = choice(&first_run(&screen).protocols, "Microneedling").clone();
    h.dispatch(pick.action);
    assert!(choice(&first_run(&h.screen()).protocols, "Microneedling").selected);
    press(&mut h, "Next");

    // When: done "now" by default.
    let screen = h.screen();
    let when = first_run(&screen);
    assert_eq!(when.step, FirstRunStep::When);
    assert_eq!(when.time.as_ref().unwrap().text, "Now");
    assert!(when.timings[0].selected);
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: h.now + TimeDelta::hours(3),
    });
    press(&mut h, "Next");
    let screen = h.screen();
    assert_eq!(
        first_run(&screen).time.as_ref().unwrap().error.as_deref(),
        Some("This is in the future. Choose a time that has passed.")
    );
    let ended = h.now - TimeDelta::hours(2);
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: ended,
    });
    press(&mut h, "Next");

    // Zone: the phone's, or another that must exist.
    let screen = h.screen();
    assert_eq!(
        first_run(&screen).paragraphs[0],
        "Reminders and times follow your time zone. Your phone is set to Berlin (UTC+1)."
    );
    let other = choice(&first_run(&screen).zone_choices, "Use another time zone").clone();
    h.dispatch(other.action);
    // Another zone is a place chosen from the list: a search alone is not one.
    h.type_text(Field::Zone, "Mars/Olympus");
    assert!(first_run(&h.screen()).zone_matches.is_empty());
    press(&mut h, "Next");
    let screen = h.screen();
    assert_eq!(first_run(&screen).step, FirstRunStep::Zone);
    assert_eq!(
        first_run(&screen).zone.as_ref().unwrap().error.as_deref(),
        Some("Choose your city, or another in your time zone, from the list.")
    );
    h.type_text(Field::Zone, "madr");
    let madrid = choice(&first_run(&h.screen()).zone_matches, "Madrid (UTC+1)").clone();
    h.dispatch(madrid.action);
    press(&mut h, "Next");

    // Clinic: checked per field, nothing saved until it fits.
    assert_eq!(step(&h), FirstRunStep::Clinic);
    h.type_text(Field::ClinicName, "Glow Clinic");
    h.type_text(Field::ClinicPhone, "call me maybe");
    h.type_text(Field::ClinicEmail, "glow");
    press(&mut h, "Save and continue");
    let screen = h.screen();
    let inputs = &first_run(&screen).clinic;
    assert!(inputs[0].error.is_none());
    assert!(inputs[1].error.as_ref().unwrap().contains("digits"));
    assert!(
        inputs[2]
            .error
            .as_ref()
            .unwrap()
            .contains("clinic@example.com")
    );
    assert!(!inputs[1].error.as_ref().unwrap().contains("maybe"));
    assert!(h.journal().sessions().unwrap().is_empty());
    h.type_text(Field::ClinicPhone, "+49 30 1234 5678");
    h.type_text(Field::ClinicEmail, "care@glow.example");
    let update = press(&mut h, "Save and continue");
    // Saved: the session, settings, the clinic; the reminders are handed to the phone.
    assert!(
        update
            .effects
            .iter()
            .any(|e| matches!(e, Effect::SyncReminders { schedule, .. } if !schedule.is_empty()))
    );
    let journal = h.journal();
    let sessions = journal.sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].ended_at, Some(ended));
    assert_eq!(journal.clinic().unwrap().name, "Glow Clinic");
    assert_eq!(journal.settings().unwrap().1, chrono_tz::Europe::Madrid);
    let state = journal.app_state().unwrap();
    assert!(state.first_run_done && !state.zone_follows_phone);

    // Reminders: no way back to re-save; the permission request comes from the platform.
    let screen = h.screen();
    assert_eq!(first_run(&screen).step, FirstRunStep::Reminders);
    assert!(screen.up.is_none());
    h.dispatch(AppAction::Back);
    assert_eq!(step(&h), FirstRunStep::Reminders);
    let update = press(&mut h, "Turn on reminders");
    assert_eq!(update.effects, vec![Effect::RequestNotificationPermission]);
    let update = h.dispatch(AppAction::NotificationPermission { granted: true });
    let home = today(&update.screen);
    assert_eq!(home.heading, "Day 1 of your recovery");
    // The patient fixed Madrid on a phone set to Berlin: the app says so, and offers the phone's.
    assert_eq!(home.banners.len(), 1, "{:?}", home.banners);
    assert_eq!(
        home.banners[0].text,
        "Your phone is set to Berlin (UTC+1), but times are shown in Madrid (UTC+1)."
    );
    assert_eq!(
        h.journal().app_state().unwrap().notifications,
        PermissionState::Granted
    );
}

#[test]
fn a_denied_permission_explains_and_the_app_goes_on() {
    let mut h = Harness::new();
    press(&mut h, "Get started");
    let pick = choice(&first_run(&h.screen()).protocols, "Microneedling").clone();
    h.dispatch(pick.action);
    press(&mut h, "Next");
    press(&mut h, "Next");
    press(&mut h, "Next");
    press(&mut h, "Skip");
    assert_eq!(step(&h), FirstRunStep::Reminders);
    press(&mut h, "Turn on reminders");
    let update = h.dispatch(AppAction::NotificationPermission { granted: false });
    let shown = notice(&update.screen);
    assert_eq!(shown.kind, NoticeKind::NotificationsDenied);
    assert!(shown.paragraphs[0].contains("still shown in the app"));
    let open = command(&shown.commands, "Open notification settings").clone();
    let update = h.press(&open);
    assert!(update.effects.contains(&Effect::OpenSystemSettings {
        page: crate::app::SystemPage::Notifications
    }));
    let home = today(&update.screen);
    assert!(home.banners[0].text.contains("Notifications are off"));
}

#[test]
fn a_booked_session_needs_a_time_ahead() {
    let mut h = Harness::new();
    press(&mut h, "Get started");
    let pick = choice(&first_run(&h.screen()).protocols, "Microneedling").clone();
    h.dispatch(pick.action);
    press(&mut h, "Next");
    let booked = choice(&first_run(&h.screen()).timings, "It is booked").clone();
    h.dispatch(booked.action);
    let screen = h.screen();
    let time = first_run(&screen).time.clone().unwrap();
    assert_eq!(time.text, "Not chosen yet");
    assert_eq!(time.earliest, Some(h.now));
    press(&mut h, "Next");
    assert_eq!(
        first_run(&h.screen())
            .time
            .as_ref()
            .unwrap()
            .error
            .as_deref(),
        Some("This is needed.")
    );
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: h.now - TimeDelta::days(1),
    });
    press(&mut h, "Next");
    assert!(
        first_run(&h.screen())
            .time
            .as_ref()
            .unwrap()
            .error
            .as_ref()
            .unwrap()
            .contains("has passed")
    );
    let appointment = h.now + TimeDelta::days(3);
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: appointment,
    });
    press(&mut h, "Next");
    press(&mut h, "Next");
    press(&mut h, "Skip");
    press(&mut h, "Not now");
    let sessions = h.journal().sessions().unwrap();
    assert_eq!(sessions[0].status, SessionStatus::Planned);
    assert_eq!(sessions[0].starts_at, Some(appointment));
    // Today before the session: when it is, and how to prepare (a checklist).
    let screen = h.screen();
    let empty = today(&screen).empty.clone().unwrap();
    assert!(empty.heading.contains("booked"));
    assert_eq!(empty.commands[0].label, "Mark the session as done");
    let checklist = today(&screen).preparation.clone().unwrap();
    assert!(!checklist.items.is_empty());
}

#[test]
fn back_walks_the_steps_and_names_where_it_leads() {
    let mut h = Harness::new();
    press(&mut h, "Get started");
    let screen: Screen = h.screen();
    let up = screen.up.unwrap();
    assert_eq!(up.accessibility_label, "Back to Welcome to Aftercare");
    h.press(&up);
    assert_eq!(step(&h), FirstRunStep::Welcome);
    h.dispatch(AppAction::Back);
    assert_eq!(step(&h), FirstRunStep::Welcome);
}

#[test]
fn a_spanish_phone_gets_the_first_run_in_spanish_and_keeps_it() {
    let mut h = Harness::with(Locale::Es, |_| {});
    let screen = h.screen();
    assert_eq!(screen.locale, Locale::Es);
    assert_eq!(first_run(&screen).progress, "Paso 1 de 6");
    press(&mut h, "Empezar");
    let pick = choice(&first_run(&h.screen()).protocols, "Microneedling").clone();
    h.dispatch(pick.action);
    press(&mut h, "Siguiente");
    press(&mut h, "Siguiente");
    press(&mut h, "Siguiente");
    press(&mut h, "Omitir");
    assert_eq!(h.journal().settings().unwrap().0.locale, Locale::Es);
    press(&mut h, "Ahora no");
    assert_eq!(today(&h.screen()).heading, "Día 1 de tu recuperación");
}

#[test]
fn a_clinic_protocol_imported_on_the_first_run_is_chosen() {
    let mut h = Harness::new();
    press(&mut h, "Get started");
    let update = press(&mut h, "Import your clinic's protocol");
    assert!(matches!(
        &update.effects[..],
        [Effect::PickFile {
            purpose: FilePurpose::ClinicProtocol,
            ..
        }]
    ));
    let file = h.dir.path().join("glow.json");
    std::fs::write(
        &file,
        include_str!("../../../docs/examples/glow-clinic-microneedling.json"),
    )
    .unwrap();
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::ClinicProtocol,
        path: file.display().to_string(),
    });
    assert!(update.message.unwrap().text.starts_with("Added: "));
    let chosen: Vec<_> = first_run(&update.screen)
        .protocols
        .iter()
        .filter(|c| c.selected)
        .collect();
    assert_eq!(chosen.len(), 1);
    assert!(
        chosen[0]
            .detail
            .as_ref()
            .unwrap()
            .contains("From your clinic")
    );
    // A broken file says where it is wrong, and changes nothing.
    std::fs::write(&file, "{\"format\": 1}").unwrap();
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::ClinicProtocol,
        path: file.display().to_string(),
    });
    let message = update.message.unwrap();
    assert!(
        message.text.contains("problem at protocol."),
        "{}",
        message.text
    );
    assert_eq!(message.tone, crate::app::Tone::Problem);
}

#[test]
fn each_step_has_its_own_title_in_both_languages() {
    for (locale, titles) in [
        (
            Locale::En,
            [
                "Welcome",
                "Your treatment",
                "Your session",
                "Time zone",
                "Your clinic",
                "Reminders",
            ],
        ),
        (
            Locale::Es,
            [
                "Primeros pasos",
                "Tu tratamiento",
                "Tu sesión",
                "Zona horaria",
                "Tu clínica",
                "Recordatorios",
            ],
        ),
    ] {
        let mut h = Harness::with(locale, |_| {});
        let mut seen = Vec::new();
        loop {
            let screen = h.screen();
            let model = first_run(&screen).clone();
            seen.push(screen.title.clone());
            // Walk on with what each step needs.
            match model.step {
                FirstRunStep::Welcome | FirstRunStep::When | FirstRunStep::Zone => {
                    h.press(&model.commands[0]);
                }
                FirstRunStep::Treatment => {
                    h.dispatch(model.protocols[0].action.clone());
                    h.press(&model.commands[0]);
                }
                FirstRunStep::Clinic => {
                    h.press(&model.commands[1]);
                }
                FirstRunStep::Reminders => break,
            }
        }
        assert_eq!(seen, titles, "{locale:?}");
        assert!(!seen.iter().any(|t| t == "Bienvenida"));
    }
}

#[test]
fn after_an_at_home_roller_the_first_run_names_a_healthcare_professional() {
    for (treatment, said, never) in [
        (
            "At-home roller",
            "needs a healthcare professional",
            "your provider",
        ),
        (
            "Microneedling",
            "needs your provider",
            "healthcare professional",
        ),
    ] {
        let mut h = Harness::new();
        press(&mut h, "Get started");
        let pick = choice(&first_run(&h.screen()).protocols, treatment).clone();
        h.dispatch(pick.action);
        press(&mut h, "Next");
        h.dispatch(AppAction::EditTime {
            field: Field::SessionTime,
            at: h.now - TimeDelta::hours(2),
        });
        press(&mut h, "Next");
        press(&mut h, "Next");
        assert_eq!(step(&h), FirstRunStep::Clinic);
        press(&mut h, "Skip");
        let screen = h.screen();
        assert_eq!(first_run(&screen).step, FirstRunStep::Reminders);
        let paragraphs = first_run(&screen).paragraphs.join(" ");
        assert!(paragraphs.contains(said), "{treatment}: {paragraphs}");
        assert!(!paragraphs.contains(never), "{treatment}: {paragraphs}");
    }
}
