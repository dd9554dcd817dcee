//! The log form: per-field errors, saving, the triage result after an urgent entry, several
//! symptoms, "same as yesterday", photos, editing and discarding.

use chrono::TimeDelta;

use super::super::tests::{Harness, choice, clinic, history, log, start, symptom, today, triage};
use super::*;
use crate::app::{AppAction, Destination, Effect, FilePurpose, ScreenBody, Update};
use crate::triage::TriageLevel;

fn open_form(h: &mut Harness) -> Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Log,
    })
}

/// Chooses a kind (through "Something else" when it is not among the kinds expected now) and
/// its severity (for a fever: yes above 0, no at 0).
fn pick(h: &mut Harness, index: usize, kind: &str, severity: u8) {
    let screen = h.screen();
    let form = &log(&screen).symptoms[index];
    if !form.kinds.iter().any(|k| k.label == kind) {
        let more = form.more_kinds.clone().expect("Something else");
        h.press(&more);
    }
    let screen = h.screen();
    let kind = choice(&log(&screen).symptoms[index].kinds, kind)
        .action
        .clone();
    h.dispatch(kind);
    let screen = h.screen();
    let form = &log(&screen).symptoms[index];
    let answer = match (&form.severity, &form.fever) {
        (Some(input), _) => input.options[severity as usize].action.clone(),
        (None, Some(fever)) => fever.answers[usize::from(severity == 0)].action.clone(),
        (None, None) => panic!("neither a severity nor a yes/no"),
    };
    h.dispatch(answer);
}

#[test]
fn an_empty_form_reports_each_field_and_saves_nothing() {
    let mut h = Harness::recovering(30);
    let update = open_form(&mut h);
    let form = log(&update.screen);
    assert_eq!(form.heading, "How do you feel?");
    assert_eq!(form.symptoms.len(), 1);
    let first = &form.symptoms[0];
    assert_eq!(first.kinds_label, "What did you notice?");
    assert_eq!(first.areas_label, "Where is it?");
    // 30 hours after the session: first what is usual now, then "Something else".
    let offered: Vec<&str> = first.kinds.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(
        offered,
        [
            "Redness",
            "Swelling",
            "Itching",
            "Burning or stinging",
            "Tightness",
            "Bruising",
            "Warmth"
        ]
    );
    assert_eq!(first.more_kinds.as_ref().unwrap().label, "Something else");
    assert_eq!(first.areas.len(), 16);
    assert!(
        first
            .areas
            .iter()
            .any(|a| a.label == "Whole treated area" && a.selected)
    );
    assert_eq!(first.time.text, "Now");
    assert_eq!(first.time.latest, Some(h.now));
    assert_eq!(
        (
            first.time.confirm_label.as_str(),
            first.time.cancel_label.as_str()
        ),
        ("OK", "Cancel")
    );
    assert_eq!(first.severity.as_ref().unwrap().options.len(), 11);
    assert_eq!(
        first.severity.as_ref().unwrap().anchors[2].label,
        "Worst imaginable"
    );
    assert!(
        form.same_as_yesterday.is_none(),
        "nothing was logged yesterday"
    );
    let save = form.save.clone();
    h.dispatch(AppAction::EditTime {
        field: Field::SymptomTime { index: 0 },
        at: h.now + TimeDelta::hours(2),
    });
    h.type_text(Field::SymptomNote { index: 0 }, "pulled\u{7}at it");
    let update = h.press(&save);
    let form = log(&update.screen);
    let first = &form.symptoms[0];
    assert_eq!(
        form.error.as_deref(),
        Some("Some answers need a look: see the message under each one.")
    );
    assert_eq!(
        first.kind_error.as_deref(),
        Some("Choose what you noticed.")
    );
    assert_eq!(
        first.severity.as_ref().unwrap().error.as_deref(),
        Some("Choose how strong it is.")
    );
    assert!(
        first
            .severity
            .as_ref()
            .unwrap()
            .accessibility_label
            .contains("Choose how strong it is.")
    );
    assert!(first.time.error.as_ref().unwrap().contains("future"));
    assert_eq!(first.note.error.as_deref(), Some("Use plain text only."));
    assert!(
        !first.note.error.as_ref().unwrap().contains("pulled"),
        "errors never repeat notes"
    );
    assert!(h.journal().symptoms(1).unwrap().is_empty());
    // Fixing a field clears its error.
    pick(&mut h, 0, "Redness", 3);
    let screen = h.screen();
    assert!(log(&screen).symptoms[0].kind_error.is_none());
    assert!(
        log(&screen).symptoms[0]
            .severity
            .as_ref()
            .unwrap()
            .error
            .is_none()
    );
}

#[test]
fn saving_says_saved_and_returns() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    pick(&mut h, 0, "Redness", 3);
    let screen = h.screen();
    assert_eq!(
        log(&screen).symptoms[0]
            .severity
            .as_ref()
            .unwrap()
            .value_label
            .as_deref(),
        Some("3 of 10, mild")
    );
    h.type_text(Field::SymptomNote { index: 0 }, "warm after the shower");
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert_eq!(update.message.as_ref().unwrap().text, "Saved.");
    let home = today(&update.screen);
    assert_eq!(home.logged_today.as_deref(), Some("1 entry logged today."));
    let entries = h.journal().symptoms(1).unwrap();
    assert_eq!(entries[0].note, "warm after the shower");
    assert_eq!(entries[0].observed_at, h.now);
}

#[test]
fn an_urgent_entry_leads_to_the_call_to_action() {
    let mut h = Harness::recovering(30);
    h.journal().save_clinic(&clinic(), h.now).unwrap();
    open_form(&mut h);
    pick(&mut h, 0, "Fever or chills", 7);
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert!(
        update.message.is_none(),
        "the result is the screen, not a snackbar"
    );
    assert!(
        update
            .effects
            .iter()
            .any(|e| matches!(e, Effect::SyncReminders { .. }))
    );
    let result = triage(&update.screen);
    let verdict = result.verdict.as_ref().unwrap();
    assert_eq!(verdict.level, TriageLevel::Urgent);
    assert_eq!(verdict.level_label, "Contact your provider now");
    assert_eq!(verdict.headline, "Fever or chills: yes, this morning");
    assert_eq!(verdict.commands[0].label, "Call your clinic");
    // One message, one next step: no "check in once a day" beside "contact your provider now".
    assert_eq!(verdict.check_in, None);
    assert_eq!(
        verdict.advice,
        "Call your clinic now. If it is closed or no one answers, go to urgent care. In an emergency, call 112."
    );
    assert_eq!(result.reasons[0].entries.len(), 1);
    assert_eq!(result.reasons[0].entries[0].title, "Fever or chills, yes");
    assert_eq!(result.reasons[0].entries[0].band, None);
    // Back from the result goes home, not to the form.
    let update = h.dispatch(AppAction::Back);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    // Logging more of the same does not raise it again: "saved".
    open_form(&mut h);
    pick(&mut h, 0, "Fever or chills", 7);
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert_eq!(update.message.unwrap().text, "Saved.");
}

#[test]
fn several_symptoms_at_once_and_same_as_yesterday() {
    let mut h = Harness::recovering(50);
    open_form(&mut h);
    pick(&mut h, 0, "Redness", 2);
    let add = log(&h.screen()).add_symptom.clone().unwrap();
    h.press(&add);
    h.press(&add);
    pick(&mut h, 1, "Dryness or flaking", 3);
    pick(&mut h, 2, "Itching", 1);
    let screen = h.screen();
    let remove = log(&screen).symptoms[2].remove.clone().unwrap();
    assert_eq!(remove.accessibility_label, "Remove symptom 3");
    h.press(&remove);
    let area = choice(&log(&h.screen()).symptoms[1].areas, "Forehead")
        .action
        .clone();
    h.dispatch(area);
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert_eq!(update.message.unwrap().text, "Saved 2 entries.");
    let entries = h.journal().symptoms(1).unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].area, BodyArea::Forehead);
    // A day later the form offers yesterday's entries.
    h.advance(TimeDelta::days(1));
    let update = open_form(&mut h);
    let same = log(&update.screen).same_as_yesterday.clone().unwrap();
    let update = h.press(&same);
    let form = log(&update.screen);
    assert_eq!(form.symptoms.len(), 2);
    assert!(
        form.symptoms[0]
            .kinds
            .iter()
            .any(|k| k.selected && k.label == "Redness")
    );
    assert_eq!(form.symptoms[0].time.text, "Now");
    assert!(form.same_as_yesterday.is_none());
    let update = h.press(&form.save.clone());
    assert_eq!(update.message.unwrap().text, "Saved 2 entries.");
    assert_eq!(h.journal().symptoms(1).unwrap().len(), 4);
}

#[test]
fn leaving_a_filled_form_asks_first() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    // An untouched form just closes.
    let update = h.dispatch(AppAction::Back);
    assert!(update.screen.dialog.is_none());
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    open_form(&mut h);
    pick(&mut h, 0, "Swelling", 4);
    let update = h.dispatch(AppAction::Back);
    let dialog = update.screen.dialog.clone().unwrap();
    assert_eq!(dialog.title, "Discard this entry?");
    assert_eq!(dialog.confirm.style, crate::app::CommandStyle::Destructive);
    let update = h.press(&dialog.cancel);
    assert!(update.screen.dialog.is_none());
    assert!(
        log(&update.screen).symptoms[0]
            .severity
            .as_ref()
            .unwrap()
            .value
            .is_some(),
        "kept"
    );
    h.dispatch(AppAction::Back);
    let update = h.dispatch(AppAction::Confirm);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    assert!(h.journal().symptoms(1).unwrap().is_empty());
    // A stray confirm with no dialog does nothing.
    let update = h.dispatch(AppAction::Confirm);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
}

#[test]
fn editing_an_entry_from_the_history() {
    let mut h = Harness::recovering(30);
    let journal = h.journal();
    journal
        .log_symptoms(
            1,
            &[symptom(
                SymptomKind::Redness,
                3,
                start() - TimeDelta::hours(3),
                "a",
            )],
            start(),
        )
        .unwrap();
    let update = h.dispatch(AppAction::Navigate {
        destination: Destination::History,
    });
    let edit = history(&update.screen).days[0].items[0].commands[0].clone();
    assert_eq!(edit.label, "Edit");
    let update = h.press(&edit);
    let form = log(&update.screen);
    assert!(form.editing && form.add_symptom.is_none() && form.photo.is_none());
    assert_eq!(update.screen.title, "Edit entry");
    assert_eq!(form.symptoms[0].note.value, "a");
    assert_ne!(form.symptoms[0].time.text, "Now");
    let severity = form.symptoms[0].severity.as_ref().unwrap().options[5]
        .action
        .clone();
    h.dispatch(severity);
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert!(matches!(update.screen.body, ScreenBody::History { .. }));
    assert_eq!(h.journal().symptom(1).unwrap().severity, 5);
    // Delete from the form asks first.
    let edit = history(&h.screen()).days[0].items[0].commands[0].clone();
    h.press(&edit);
    let delete = log(&h.screen()).delete.clone().unwrap();
    let update = h.press(&delete);
    assert_eq!(
        update.screen.dialog.as_ref().unwrap().title,
        "Delete this entry?"
    );
    let update = h.dispatch(AppAction::Confirm);
    assert!(matches!(update.screen.body, ScreenBody::History { .. }));
    assert!(h.journal().symptoms(1).unwrap().is_empty());
}

#[test]
fn a_time_before_the_session_ended_is_refused() {
    let mut h = Harness::recovering(3);
    open_form(&mut h);
    pick(&mut h, 0, "Redness", 3);
    h.dispatch(AppAction::EditTime {
        field: Field::SymptomTime { index: 0 },
        at: h.now - TimeDelta::hours(5),
    });
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    let time = &log(&update.screen).symptoms[0].time;
    assert_eq!(
        time.error.as_deref(),
        Some("This is before your session ended. Choose a later time.")
    );
    assert!(
        time.accessibility_label
            .contains("before your session ended")
    );
}

#[test]
fn a_photo_is_hashed_and_kept_with_the_entry() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    let add = log(&h.screen()).photo.clone().unwrap().add;
    assert_eq!(add.label, "Add a photo");
    let update = h.press(&add);
    assert!(matches!(
        &update.effects[..],
        [Effect::PickFile {
            purpose: FilePurpose::Photo,
            ..
        }]
    ));
    let file = h.dir.path().join("cheek.jpg");
    std::fs::write(&file, b"\xff\xd8\xff not really a jpeg").unwrap();
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Photo,
        path: file.display().to_string(),
    });
    let photo = log(&update.screen).photo.clone().unwrap();
    assert_eq!(photo.attached.as_deref(), Some("Photo added"));
    assert_eq!(photo.add.label, "Choose another photo");
    pick(&mut h, 0, "Redness", 2);
    let save = log(&h.screen()).save.clone();
    h.press(&save);
    let photos = h.journal().photos(1).unwrap();
    assert_eq!(photos.len(), 1);
    assert_eq!(photos[0].sha256.len(), 64);
    assert_eq!(photos[0].path, file.display().to_string());
    // A file that cannot be read is said so.
    open_form(&mut h);
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Photo,
        path: h.dir.path().join("missing.jpg").display().to_string(),
    });
    assert_eq!(update.message.unwrap().text, "That file could not be read.");
}

#[test]
fn a_double_tap_on_save_stores_once_and_a_long_yesterday_is_said() {
    let mut h = Harness::recovering(50);
    open_form(&mut h);
    pick(&mut h, 0, "Redness", 2);
    let save = log(&h.screen()).save.clone();
    h.press(&save);
    h.dispatch(save.action.clone());
    assert_eq!(h.journal().symptoms(1).unwrap().len(), 1);
    // Yesterday had 25 entries: 20 are copied, and the form says so.
    let yesterday = h.now - TimeDelta::hours(24);
    let many: Vec<_> = (0..25)
        .map(|i| {
            symptom(
                SymptomKind::Itching,
                1,
                yesterday - TimeDelta::minutes(i),
                "",
            )
        })
        .collect();
    h.journal().log_symptoms(1, &many, h.now).unwrap();
    open_form(&mut h);
    let same = log(&h.screen()).same_as_yesterday.clone().unwrap();
    let update = h.press(&same);
    assert_eq!(log(&update.screen).symptoms.len(), 20);
    assert!(
        update
            .message
            .unwrap()
            .text
            .starts_with("The first 20 of yesterday's 25 entries")
    );
}

#[test]
fn a_full_disk_saves_nothing_says_so_and_keeps_the_form() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    pick(&mut h, 0, "Redness", 4);
    h.type_text(Field::SymptomNote { index: 0 }, "keep me");
    // SQLite raises a limit below the current size to the current size: fill what is left.
    let journal = h.journal();
    journal.limit_pages_for_tests(1).unwrap();
    let filler = symptom(SymptomKind::Other, 0, h.now, &"x".repeat(2_000));
    let mut stored = 0;
    while journal.log_symptom(1, &filler, h.now).is_ok() {
        stored += 1;
        assert!(stored < 10_000, "the disk never filled");
    }
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    let message = update.message.unwrap();
    assert_eq!(
        message.text,
        "Your phone's storage is full. Nothing was saved."
    );
    assert_eq!(message.tone, crate::app::Tone::Problem);
    let form = log(&update.screen);
    assert_eq!(
        form.symptoms[0].note.value, "keep me",
        "nothing the patient typed is lost"
    );
    assert_eq!(h.journal().symptoms(1).unwrap().len(), stored);
}

#[test]
fn the_time_picker_speaks_the_app_language() {
    let mut h = Harness::recovering_in(crate::text::Locale::Es, 30);
    let update = open_form(&mut h);
    let time = &log(&update.screen).symptoms[0].time;
    assert_eq!(time.text, "Ahora");
    assert_eq!(
        (time.confirm_label.as_str(), time.cancel_label.as_str()),
        ("Aceptar", "Cancelar")
    );
}

#[test]
fn the_kinds_usual_now_come_first_then_something_else() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    let screen = h.screen();
    let more = log(&screen).symptoms[0].more_kinds.clone().unwrap();
    assert_eq!(
        more.accessibility_label,
        "Something else: show every symptom"
    );
    let update = h.press(&more);
    let first = &log(&update.screen).symptoms[0];
    assert_eq!(first.kinds.len(), SymptomKind::ALL.len());
    assert!(first.more_kinds.is_none());
    // Seeing every kind enters nothing: leaving does not ask to discard.
    assert!(!h.app.drafts.log.as_ref().unwrap().dirty());
    for label in [
        "Swelling of the lips, tongue or throat",
        "Trouble breathing or swallowing",
        "Hives or an itchy rash",
        "A change in vision",
        "Pain, swelling or redness where blood was drawn",
    ] {
        choice(&first.kinds, label);
    }
    // A second symptom starts short again; a chosen kind stays visible with the full list.
    let add = log(&update.screen).add_symptom.clone().unwrap();
    let update = h.press(&add);
    assert!(log(&update.screen).symptoms[1].more_kinds.is_some());
    pick(&mut h, 1, "Fever or chills", 10);
    let screen = h.screen();
    assert!(choice(&log(&screen).symptoms[1].kinds, "Fever or chills").selected);
    // Ten days on nothing is usual any more: the full list at once.
    let mut late = Harness::recovering(24 * 10);
    let update = open_form(&mut late);
    let first = &log(&update.screen).symptoms[0];
    assert_eq!(first.kinds.len(), SymptomKind::ALL.len());
    assert!(first.more_kinds.is_none());
    // In Spanish too.
    let mut es = Harness::recovering_in(crate::text::Locale::Es, 30);
    let update = open_form(&mut es);
    let first = &log(&update.screen).symptoms[0];
    assert_eq!(first.more_kinds.as_ref().unwrap().label, "Otra cosa");
    assert_eq!(first.kinds[0].label, "Enrojecimiento");
}

#[test]
fn a_fever_is_yes_or_no_with_an_optional_temperature() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    pick(&mut h, 0, "Fever or chills", 10);
    let screen = h.screen();
    let form = &log(&screen).symptoms[0];
    assert!(form.severity.is_none(), "no 0–10 scale for a fever");
    let fever = form.fever.as_ref().unwrap();
    assert_eq!(fever.question, "Do you have a fever or chills?");
    let answers: Vec<(&str, bool)> = fever
        .answers
        .iter()
        .map(|a| (a.label.as_str(), a.selected))
        .collect();
    assert_eq!(answers, [("Yes", true), ("No", false)]);
    assert_eq!(fever.unit, TemperatureUnit::Celsius, "no region: °C");
    assert_eq!(fever.temperature.kind, InputKind::Decimal);
    assert_eq!(
        fever.temperature.hint.as_deref(),
        Some("For example 38.4\u{a0}°C")
    );
    // A typo is refused with the range, never the typed text.
    h.type_text(Field::SymptomTemperature { index: 0 }, "3,84");
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    let error = log(&update.screen).symptoms[0]
        .fever
        .as_ref()
        .unwrap()
        .temperature
        .error
        .clone()
        .unwrap();
    assert_eq!(
        error,
        "Use a temperature between 30.0\u{a0}°C and 45.0\u{a0}°C, like 38.4\u{a0}°C."
    );
    assert!(h.journal().symptoms(1).unwrap().is_empty());
    // A reading in the other unit is understood, and a measured fever is urgent.
    h.type_text(Field::SymptomTemperature { index: 0 }, "101.3 F");
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    assert_eq!(verdict.level, TriageLevel::Urgent);
    let entry = &h.journal().symptoms(1).unwrap()[0];
    assert!(entry.yes_no);
    assert_eq!(entry.severity, YES);
    assert_eq!(entry.temperature, Some(Temperature { deci_celsius: 385 }));
}

#[test]
fn a_fever_answered_no_needs_an_answer_and_a_stored_score_keeps_its_scale() {
    let mut h = Harness::recovering(30);
    open_form(&mut h);
    pick(&mut h, 0, "Redness", 5);
    // Switching to fever drops the 0–10 score: a yes/no must be chosen.
    pick_kind_only(&mut h, "Fever or chills");
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    let fever = log(&update.screen).symptoms[0].fever.clone().unwrap();
    assert_eq!(fever.answer_error.as_deref(), Some("Choose yes or no."));
    let no = fever.answers[1].action.clone();
    h.dispatch(no);
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert_eq!(update.message.unwrap().text, "Saved.");
    let stored = h.journal().symptoms(1).unwrap();
    assert_eq!((stored[0].severity, stored[0].yes_no), (0, true));
    // A fever logged 0–10 before yes/no answers existed is edited on its own scale.
    let old = h
        .journal()
        .log_symptom(1, &symptom(SymptomKind::Fever, 4, h.now, ""), h.now)
        .unwrap();
    h.app.drafts.log = Some(Draft::editing(&old));
    h.app.stack.push(Route::Log);
    let screen = h.screen();
    let form = &log(&screen).symptoms[0];
    assert!(form.fever.is_none());
    assert!(form.severity.as_ref().unwrap().options[4].selected);
}

#[test]
fn an_entry_just_before_the_recorded_end_is_accepted() {
    let mut h = Harness::recovering(2);
    open_form(&mut h);
    pick(&mut h, 0, "Bleeding", 8);
    let ended = h.journal().sessions().unwrap()[0].ended_at.unwrap();
    h.dispatch(AppAction::EditTime {
        field: Field::SymptomTime { index: 0 },
        at: ended - TimeDelta::minutes(5),
    });
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    // Heavy bleeding minutes before a rounded end is heavy bleeding after the session.
    let verdict = triage(&update.screen).verdict.clone().unwrap();
    assert_eq!(verdict.level, TriageLevel::Urgent);
    // Two hours before the end is still refused: it could not be assessed.
    open_form(&mut h);
    pick(&mut h, 0, "Bleeding", 8);
    h.dispatch(AppAction::EditTime {
        field: Field::SymptomTime { index: 0 },
        at: ended - TimeDelta::hours(2),
    });
    let save = log(&h.screen()).save.clone();
    let update = h.press(&save);
    assert_eq!(
        log(&update.screen).symptoms[0].time.error.as_deref(),
        Some("This is before your session ended. Choose a later time.")
    );
}

/// Chooses a kind only (through "Something else" if needed).
fn pick_kind_only(h: &mut Harness, kind: &str) {
    let screen = h.screen();
    let form = &log(&screen).symptoms[0];
    if !form.kinds.iter().any(|k| k.label == kind) {
        let more = form.more_kinds.clone().expect("Something else");
        h.press(&more);
    }
    let screen = h.screen();
    let action = choice(&log(&screen).symptoms[0].kinds, kind).action.clone();
    h.dispatch(action);
}
