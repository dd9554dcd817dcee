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
    h.type_text(Field::Zone, "Atlantis/Capital");
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
    assert!(model.zone.as_ref().unwrap().error.is_some());
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
