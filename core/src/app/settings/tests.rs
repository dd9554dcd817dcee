//! Settings: per-field checks, saving (language, zone, lock screen), backup and restore, leaving
//! with unsaved changes.

use super::super::tests::{Harness, choice, settings};
use super::*;
use crate::app::{AppAction, Destination, ScreenBody};

fn open(h: &mut Harness) -> crate::app::Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    })
}

#[test]
fn bad_values_are_refused_per_field_and_nothing_is_saved() {
    let mut h = Harness::recovering(30);
    let update = open(&mut h);
    let model = settings(&update.screen);
    assert_eq!(model.wake.value, "08:00");
    assert!(!model.save.enabled, "nothing changed yet");
    assert!(
        model.lock_screen.on,
        "discreet unless the patient chooses otherwise"
    );
    assert_eq!(model.categories.len(), 7);
    assert_eq!(model.languages[1].label, "Español");
    assert!(model.restore_note.is_some() && !model.restore.enabled);
    h.type_text(Field::WakeTime, "7.30");
    h.type_text(Field::QuietStart, "22:00");
    h.type_text(Field::QuietEnd, "22:00");
    let other = choice(&settings(&h.screen()).zone_choices, "Use another time zone")
        .action
        .clone();
    h.dispatch(other);
    // A search that finds nothing leaves the chosen place as it was.
    h.type_text(Field::Zone, "Atlantis/Capital");
    let model = settings(&h.screen()).clone();
    assert_eq!(model.zone_matches.len(), 1);
    assert_eq!(model.zone_matches[0].label, "Berlin (UTC+1)");
    assert!(model.zone_matches[0].selected);
    h.type_text(Field::ClinicPhone, "12");
    h.type_text(Field::ClinicEmail, "front desk@glow");
    let save = settings(&h.screen()).save.clone();
    assert!(save.enabled);
    let update = h.press(&save);
    let model = settings(&update.screen);
    assert_eq!(model.wake.error.as_deref(), Some("Use a time like 08:00."));
    assert!(model.check_in.error.is_none());
    assert_eq!(
        model.quiet_end.as_ref().unwrap().error.as_deref(),
        Some("Quiet hours must start and end at different times.")
    );
    assert!(model.zone.as_ref().unwrap().error.is_none());
    assert!(model.clinic[1].error.is_some() && model.clinic[2].error.is_some());
    assert!(model.error.is_some());
    assert!(update.message.is_none());
    assert_eq!(h.journal().clinic().unwrap(), Default::default());
    // Leaving asks before dropping the changes.
    let update = h.dispatch(AppAction::Back);
    assert_eq!(
        update.screen.dialog.as_ref().unwrap().title,
        "Discard your changes?"
    );
    let update = h.dispatch(AppAction::Confirm);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    let update = open(&mut h);
    assert_eq!(settings(&update.screen).wake.value, "08:00");
}

#[test]
fn saving_changes_language_zone_and_lock_screen_at_once() {
    let mut h = Harness::recovering(30);
    // The phone reported what it holds: every reminder the app handed over.
    let sync = h.dispatch(AppAction::Resumed);
    let held: Vec<String> = sync
        .effects
        .iter()
        .flat_map(|e| match e {
            crate::app::Effect::SyncReminders { schedule, .. } => {
                schedule.iter().map(|r| r.os_id.clone()).collect()
            }
            _ => Vec::new(),
        })
        .collect();
    assert!(!held.is_empty());
    open(&mut h);
    h.type_text(Field::WakeTime, "07:15");
    h.type_text(Field::ClinicName, "  Glow Clinic  ");
    let spanish = choice(&settings(&h.screen()).languages, "Español")
        .action
        .clone();
    h.dispatch(spanish);
    let discreet = settings(&h.screen()).lock_screen.action.clone();
    h.dispatch(discreet);
    let save = settings(&h.screen()).save.clone();
    let update = h.press(&save);
    assert_eq!(update.message.unwrap().text, "Ajustes guardados.");
    assert_eq!(update.screen.locale, Locale::Es);
    assert_eq!(update.screen.title, "Ajustes");
    let model = settings(&update.screen);
    assert!(!model.save.enabled, "saved: nothing left to save");
    assert_eq!(model.clinic[0].value, "Glow Clinic");
    assert!(!model.lock_screen.on);
    let (saved, _) = h.journal().settings().unwrap();
    assert_eq!(saved.day_times.morning.format("%H:%M").to_string(), "07:15");
    // The lock-screen text changed, which OS ids do not show: everything is handed over again.
    let effect = update
        .effects
        .iter()
        .find(|e| matches!(e, crate::app::Effect::SyncReminders { .. }))
        .unwrap();
    let crate::app::Effect::SyncReminders {
        cancel,
        schedule,
        discreet,
    } = effect
    else {
        unreachable!()
    };
    assert!(!discreet);
    let mut cancelled = cancel.clone();
    cancelled.sort();
    let mut all = held.clone();
    all.sort();
    assert_eq!(cancelled, all);
    assert!(!schedule.is_empty());
    assert!(schedule.iter().all(|r| r.title.chars().next().is_some()));
}

#[test]
fn backup_is_shared_and_restore_waits_for_an_empty_journal() {
    let mut h = Harness::recovering(30);
    let update = open(&mut h);
    let backup = settings(&update.screen).backup.clone();
    // The flow: a recovery code (the first choice), written down, then the file to share.
    let update = h.press(&backup);
    assert!(update.effects.is_empty());
    let flow = settings(&update.screen).backup_flow.clone().unwrap();
    let update = h.dispatch(flow.choices[0].action.clone());
    let flow = settings(&update.screen).backup_flow.clone().unwrap();
    let update = h.press(&flow.commands[0]);
    let [crate::app::Effect::ShareFile { file }] = &update.effects[..] else {
        panic!("{:?}", update.effects);
    };
    let crate::app::FileSource::Path { path } = &file.source else {
        panic!("a backup travels as a file");
    };
    assert!(std::path::Path::new(path).is_file());
    assert!(path.starts_with(h.dir.path().join("share").to_str().unwrap()));
    assert_eq!(file.file_name, "aftercare-backup-20261121-1000.aftercare");
    assert_eq!(file.media_type, "application/octet-stream");
    let update = h.dispatch(AppAction::Settings {
        action: SettingsAction::Restore,
    });
    assert!(update.effects.is_empty());
    assert!(update.message.unwrap().text.contains("empty journal"));
}

#[test]
fn clinic_checks_report_every_bad_field() {
    let (_, problems) = check_clinic(&ClinicContact {
        name: "x".repeat(121),
        phone: "+1 (555) 0100".into(),
        email: "a@b".into(),
    });
    assert_eq!(
        problems.get(Field::ClinicName),
        Some(Problem::TooLong { max: 120 })
    );
    assert_eq!(problems.get(Field::ClinicPhone), None);
    assert_eq!(problems.get(Field::ClinicEmail), Some(Problem::Email));
    let (trimmed, problems) = check_clinic(&ClinicContact {
        name: " Glow ".into(),
        phone: String::new(),
        email: String::new(),
    });
    assert!(problems.is_empty());
    assert_eq!(trimmed.name, "Glow");
    assert_eq!(
        file_name(
            "backup",
            super::super::tests::start(),
            chrono_tz::Asia::Tokyo,
            "sqlite"
        ),
        "aftercare-backup-20261121-1800.sqlite"
    );
}

#[test]
fn the_zone_is_chosen_by_its_place_and_offset_never_by_its_id() {
    for (locale, phone, found, chosen) in [
        (
            Locale::En,
            "Berlin (UTC+1)",
            "Mexico City (UTC\u{2212}6)",
            "Mexico City",
        ),
        (
            Locale::Es,
            "Berlín (UTC+1)",
            "Ciudad de México (UTC\u{2212}6)",
            "Ciudad de México",
        ),
    ] {
        let mut h = Harness::recovering_in(locale, 30);
        let update = open(&mut h);
        let model = settings(&update.screen).clone();
        assert_eq!(model.zone_choices[0].detail.as_deref(), Some(phone));
        assert!(
            model.zone.is_none(),
            "following the phone: nothing to search"
        );
        h.dispatch(model.zone_choices[1].action.clone());
        let typed = if locale == Locale::En {
            "mexico c"
        } else {
            "ciudad de mex"
        };
        h.type_text(Field::Zone, typed);
        let model = settings(&h.screen()).clone();
        let search = model.zone.clone().unwrap();
        assert_eq!(search.value, typed);
        let mexico = choice(&model.zone_matches, found).clone();
        assert!(!mexico.selected);
        h.dispatch(mexico.action);
        let model = settings(&h.screen()).clone();
        assert_eq!(model.zone_matches[0].label, found);
        assert!(model.zone_matches[0].selected);
        assert!(
            model.zone_choices[1]
                .detail
                .as_deref()
                .unwrap()
                .starts_with(chosen)
        );
        assert_eq!(model.zone.unwrap().value, "", "the search is done");
        let save = model.save.clone();
        h.press(&save);
        assert_eq!(
            h.journal().settings().unwrap().1,
            chrono_tz::America::Mexico_City
        );
        // No screen shows the id.
        for destination in [Destination::Settings, Destination::Today] {
            let screen = h.dispatch(AppAction::Navigate { destination }).screen;
            // The ids travel only inside the actions that choose them.
            let text = format!("{screen:?}")
                .replace("id: \"America/Mexico_City\"", "")
                .replace("id: \"Europe/Berlin\"", "");
            assert!(!text.contains("America/Mexico_City") && !text.contains("Europe/Berlin"));
        }
        let today = crate::app::tests::today(&h.screen()).clone();
        assert!(
            today
                .banners
                .iter()
                .any(|b| b.text.contains(chosen) && b.text.contains(phone))
        );
    }
}
