//! The history: entries and contacts by day, the session picker, deletions after asking.

use chrono::TimeDelta;

use super::super::tests::{Harness, done_session, history, ready, start, symptom};
use super::*;
use crate::app::{AppAction, ScreenBody, SeverityBand};
use crate::symptom::SymptomKind;
use crate::text::Locale;

fn open(h: &mut Harness) -> crate::app::Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::History,
    })
}

#[test]
fn entries_by_day_newest_first_with_contacts() {
    let mut h = Harness::recovering(60);
    let journal = h.journal();
    journal
        .log_symptoms(
            1,
            &[
                symptom(
                    SymptomKind::Redness,
                    4,
                    start() - TimeDelta::hours(50),
                    "first evening",
                ),
                symptom(SymptomKind::Swelling, 2, start() - TimeDelta::hours(2), ""),
                symptom(
                    SymptomKind::Itching,
                    8,
                    start() - TimeDelta::hours(1),
                    "at night",
                ),
            ],
            start(),
        )
        .unwrap();
    journal
        .record_provider_contact(
            1,
            None,
            start() - TimeDelta::minutes(30),
            "nurse called back",
            start(),
        )
        .unwrap();
    let update = open(&mut h);
    let model = history(&update.screen);
    assert_eq!(model.days.len(), 2);
    assert_eq!(model.days[0].title, "Today");
    let titles: Vec<_> = model.days[0]
        .items
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "You contacted your provider",
            "Itching, 8 of 10, severe",
            "Swelling, 2 of 10, mild"
        ]
    );
    assert!(
        model.days[0].items[0]
            .detail
            .as_ref()
            .unwrap()
            .ends_with("nurse called back")
    );
    assert_eq!(model.days[0].items[1].band, Some(SeverityBand::Severe));
    assert!(
        model.days[0].items[1]
            .detail
            .as_ref()
            .unwrap()
            .contains("at night")
    );
    assert_eq!(model.days[1].title, "Thu 19 Nov");
    assert_eq!(model.sessions.len(), 1);
    assert!(model.sessions[0].selected);
    // Deleting the contact asks first, and says what changes.
    let delete = model.days[0].items[0].commands[0].clone();
    let update = h.press(&delete);
    let dialog = update.screen.dialog.clone().unwrap();
    assert!(dialog.body.contains("ask for contact again"));
    let update = h.press(&dialog.confirm);
    assert_eq!(
        update.message.unwrap().text,
        "Contact with your provider removed."
    );
    assert!(journal.provider_contacts(1).unwrap().is_empty());
    // An entry too.
    let delete = history(&update.screen).days[0].items[0].commands[1].clone();
    assert_eq!(
        delete.accessibility_label,
        "Delete: Itching, 8 of 10, severe"
    );
    h.press(&delete);
    let update = h.dispatch(AppAction::Confirm);
    assert_eq!(update.message.unwrap().text, "Entry deleted.");
    assert_eq!(journal.symptoms(1).unwrap().len(), 2);
}

#[test]
fn each_session_has_its_own_history() {
    let mut h = Harness::with(Locale::En, |journal| {
        ready(journal, Locale::En);
        let old = done_session(journal, start() - TimeDelta::days(40));
        done_session(journal, start() - TimeDelta::hours(5));
        journal
            .log_symptoms(
                old.id,
                &[symptom(
                    SymptomKind::Redness,
                    3,
                    start() - TimeDelta::days(39),
                    "",
                )],
                start(),
            )
            .unwrap();
    });
    let update = open(&mut h);
    let model = history(&update.screen);
    assert_eq!(model.empty.as_ref().unwrap().heading, "Nothing logged yet");
    assert_eq!(model.sessions.len(), 2);
    assert!(
        model.sessions[0]
            .label
            .starts_with("Microneedling, session 2")
    );
    let older = model.sessions[1].action.clone();
    let update = h.dispatch(older);
    let model = history(&update.screen);
    assert_eq!(model.days.len(), 1);
    assert!(model.sessions[1].selected);
    let report = model.report.clone();
    let update = h.press(&report);
    assert!(matches!(update.screen.body, ScreenBody::Report { .. }));
}

#[test]
fn a_long_history_comes_a_page_at_a_time() {
    let mut h = Harness::recovering(24 * 9);
    let entries: Vec<_> = (0..150)
        .map(|i| {
            symptom(
                SymptomKind::DrynessFlaking,
                (i % 5) as u8,
                start() - TimeDelta::minutes(80 * i + 1),
                "",
            )
        })
        .collect();
    h.journal().log_symptoms(1, &entries, start()).unwrap();
    let count = |model: &HistoryScreen| model.days.iter().map(|d| d.items.len()).sum::<usize>();
    let update = open(&mut h);
    let model = history(&update.screen);
    assert_eq!(count(model), PAGE as usize);
    // The newest first: the page is the latest entries, not the oldest.
    assert!(model.days[0].title == "Today");
    let more = model.show_earlier.clone().unwrap();
    assert_eq!(more.label, "Show earlier entries");
    let update = h.press(&more);
    let model = history(&update.screen);
    assert_eq!(count(model), 150);
    assert!(model.show_earlier.is_none());
    let times: Vec<_> = model
        .days
        .iter()
        .flat_map(|d| d.items.iter())
        .map(|i| i.detail.clone())
        .collect();
    assert_eq!(times.len(), 150);
}
