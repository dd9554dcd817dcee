//! Sessions: booking, adding a past one, marking done, deleting after a confirmation.

use chrono::TimeDelta;

use super::super::tests::{Harness, choice, command, sessions, start, symptom};
use super::*;
use crate::app::{AppAction, Destination, Effect, ScreenBody};
use crate::symptom::SymptomKind;

fn open(h: &mut Harness) -> crate::app::Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Sessions,
    })
}

#[test]
fn booking_then_marking_done() {
    let mut h = Harness::recovering(30 * 24);
    let update = open(&mut h);
    let model = sessions(&update.screen);
    assert_eq!(model.done.items.len(), 1);
    assert_eq!(model.booked.empty.as_deref(), Some("Nothing booked."));
    assert!(
        model.series.iter().any(|l| l.starts_with("Next session")),
        "{:?}",
        model.series
    );
    let book = command(&model.commands, "Book a session").clone();
    let update = h.press(&book);
    let form = sessions(&update.screen).form.clone().unwrap();
    assert!(
        choice(&form.protocols, "Microneedling").selected,
        "the latest treatment by default"
    );
    assert_eq!(form.time.text, "Not chosen yet");
    let update = h.press(&form.save);
    assert_eq!(
        sessions(&update.screen)
            .form
            .as_ref()
            .unwrap()
            .time
            .error
            .as_deref(),
        Some("This is needed.")
    );
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: h.now - TimeDelta::hours(1),
    });
    let update = h.press(&form.save);
    assert!(
        sessions(&update.screen)
            .form
            .as_ref()
            .unwrap()
            .time
            .error
            .as_ref()
            .unwrap()
            .contains("passed")
    );
    let appointment = h.now + TimeDelta::days(2);
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: appointment,
    });
    let update = h.press(&form.save);
    assert_eq!(update.message.unwrap().text, "Session booked.");
    assert!(
        update
            .effects
            .iter()
            .any(|e| matches!(e, Effect::SyncReminders { .. }))
    );
    let model = sessions(&update.screen);
    assert!(model.form.is_none());
    let booked = model.booked.items[0].clone();
    assert!(booked.detail.as_ref().unwrap().starts_with("Booked for"));
    // Three days later it happened: mark it done, but not before it started.
    h.advance(TimeDelta::days(3));
    let mark = command(&booked.commands, "Mark as done").clone();
    let update = h.press(&mark);
    let form = sessions(&update.screen).form.clone().unwrap();
    assert!(form.protocols.is_empty());
    assert_eq!(form.time.earliest, Some(appointment));
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: appointment - TimeDelta::hours(1),
    });
    let update = h.press(&form.save);
    assert_eq!(
        sessions(&update.screen)
            .form
            .as_ref()
            .unwrap()
            .time
            .error
            .as_deref(),
        Some("The session cannot end before it started.")
    );
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: appointment + TimeDelta::hours(1),
    });
    let update = h.press(&form.save);
    assert_eq!(update.message.unwrap().text, "Session marked as done.");
    let model = sessions(&update.screen);
    assert!(model.booked.items.is_empty());
    assert_eq!(model.done.items[0].title, "Microneedling, session 2");
    // Back closes an open form before leaving the screen.
    let add = command(&model.commands, "Add a past session").clone();
    h.press(&add);
    let update = h.dispatch(AppAction::Back);
    assert!(sessions(&update.screen).form.is_none());
    let update = h.dispatch(AppAction::Back);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
}

#[test]
fn deleting_a_session_says_what_goes_with_it_and_asks_first() {
    let mut h = Harness::recovering(30);
    h.journal()
        .log_symptoms(
            1,
            &[
                symptom(SymptomKind::Redness, 2, start() - TimeDelta::hours(2), ""),
                symptom(SymptomKind::Swelling, 2, start() - TimeDelta::hours(1), ""),
            ],
            start(),
        )
        .unwrap();
    let update = open(&mut h);
    let delete = sessions(&update.screen).done.items[0].commands[0].clone();
    assert_eq!(delete.style, CommandStyle::Destructive);
    assert_eq!(
        delete.accessibility_label,
        "Delete session: Microneedling, session 1"
    );
    let update = h.press(&delete);
    let dialog = update.screen.dialog.clone().unwrap();
    assert_eq!(dialog.title, "Delete this session?");
    assert_eq!(
        dialog.body,
        "The session and 2 entries logged for it will be deleted. This cannot be undone."
    );
    h.press(&dialog.cancel);
    assert_eq!(h.journal().sessions().unwrap().len(), 1);
    h.press(&delete);
    let update = h.press(&dialog.confirm);
    assert_eq!(update.message.unwrap().text, "Session deleted.");
    assert!(h.journal().sessions().unwrap().is_empty());
    assert_eq!(
        sessions(&update.screen).empty.as_ref().unwrap().heading,
        "No sessions yet"
    );
    // Deleting what no longer exists: said so, no dialog.
    let update = h.dispatch(AppAction::Sessions {
        action: SessionsAction::Delete { id: 1 },
    });
    assert!(update.screen.dialog.is_none());
    assert_eq!(
        update.message.unwrap().text,
        "That record no longer exists."
    );
}

#[test]
fn a_booking_reminder_opens_the_form() {
    let mut h = Harness::recovering(30 * 24);
    let ended = h.journal().sessions().unwrap()[0].ended_at.unwrap();
    let update = h.dispatch(AppAction::OpenLink {
        url: format!(
            "aftercare://book?session=microneedling.{}",
            ended.timestamp()
        ),
    });
    assert_eq!(
        sessions(&update.screen).form.as_ref().unwrap().heading,
        "Book a session"
    );
    assert_eq!(
        update.screen.up.unwrap().accessibility_label,
        "Back to Today"
    );
}

#[test]
fn a_picker_slip_years_away_is_refused() {
    let mut h = Harness::recovering(30);
    open(&mut h);
    h.dispatch(AppAction::Sessions {
        action: SessionsAction::Book,
    });
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: chrono::DateTime::from_timestamp(253_402_300_000, 0).unwrap(),
    });
    let save = sessions(&h.screen()).form.clone().unwrap().save;
    let update = h.press(&save);
    let error = sessions(&update.screen)
        .form
        .clone()
        .unwrap()
        .time
        .error
        .unwrap();
    assert!(
        error.starts_with("This date is too far from today"),
        "{error}"
    );
    assert_eq!(h.journal().sessions().unwrap().len(), 1);
    h.dispatch(AppAction::Sessions {
        action: SessionsAction::AddDone,
    });
    h.dispatch(AppAction::EditTime {
        field: Field::SessionTime,
        at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
    });
    let update = h.press(&save);
    assert!(
        sessions(&update.screen)
            .form
            .clone()
            .unwrap()
            .time
            .error
            .is_some()
    );
}
