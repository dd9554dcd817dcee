//! The report: choices, checks, and the share sheet with the file.

use chrono::TimeDelta;

use super::super::tests::{Harness, choice, report, start, symptom};
use super::*;
use crate::app::{AppAction, Destination, FileSource};
use crate::symptom::SymptomKind;

fn open(h: &mut Harness) -> crate::app::Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Report,
    })
}

#[test]
fn a_report_is_shared_as_a_file_named_without_health_data() {
    let mut h = Harness::recovering(30);
    h.journal()
        .log_symptoms(
            1,
            &[symptom(
                SymptomKind::Redness,
                4,
                start() - TimeDelta::hours(2),
                "private words",
            )],
            start(),
        )
        .unwrap();
    let update = open(&mut h);
    let model = report(&update.screen);
    assert!(choice(&model.periods, "This session").selected);
    assert!(choice(&model.formats, "Printable page").selected);
    assert_eq!(
        choice(&model.formats, "Printable page").detail.as_deref(),
        Some("To read, print or save as PDF")
    );
    assert!(model.photos.is_some());
    assert!(model.name_input.is_none());
    let name = model.name.action.clone();
    h.dispatch(name);
    h.type_text(Field::ReportName, "Ana García");
    let create = report(&h.screen()).create.clone();
    let update = h.press(&create);
    let [Effect::ShareFile { file }] = &update.effects[..] else {
        panic!("{:?}", update.effects);
    };
    assert_eq!(file.media_type, "text/html; charset=utf-8");
    assert_eq!(file.file_name, "aftercare-report-20261121-1000.html");
    assert_eq!(file.title, "Share your report");
    let FileSource::Bytes { bytes } = &file.source else {
        panic!("a report travels as bytes");
    };
    let html = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        html.contains("<html") && html.contains("Ana García") && html.contains("private words")
    );
    assert_eq!(
        update.message.unwrap().text,
        "Your report is ready to share."
    );
    // CSV: no photos toggle.
    let csv = choice(&report(&h.screen()).formats, "Spreadsheet (CSV)")
        .action
        .clone();
    let update = h.dispatch(csv);
    assert!(report(&update.screen).photos.is_none());
    let update = h.press(&report(&update.screen).create.clone());
    let [Effect::ShareFile { file }] = &update.effects[..] else {
        panic!("{:?}", update.effects);
    };
    assert!(file.file_name.ends_with(".csv"));
}

#[test]
fn the_form_reports_what_cannot_be_made() {
    let mut h = Harness::recovering(30);
    open(&mut h);
    let custom = choice(&report(&h.screen()).periods, "Choose the days")
        .action
        .clone();
    h.dispatch(custom);
    h.type_text(Field::ReportFrom, "2026-11-30");
    h.type_text(Field::ReportTo, "2026-11-01");
    let name = report(&h.screen()).name.action.clone();
    h.dispatch(name);
    let create = report(&h.screen()).create.clone();
    let update = h.press(&create);
    assert!(update.effects.is_empty());
    let model = report(&update.screen);
    assert_eq!(
        model.to.as_ref().unwrap().error.as_deref(),
        Some("The last day is before the first day.")
    );
    assert_eq!(
        model.name_input.as_ref().unwrap().error.as_deref(),
        Some("This is needed.")
    );
    h.type_text(Field::ReportFrom, "21/11/2026");
    let update = h.press(&create);
    assert_eq!(
        report(&update.screen)
            .from
            .as_ref()
            .unwrap()
            .error
            .as_deref(),
        Some("Use a date like 2026-11-21.")
    );
    // A calendar of a past week has nothing ahead in it.
    let week = choice(&report(&h.screen()).periods, "The last 7 days")
        .action
        .clone();
    h.dispatch(week);
    let off = report(&h.screen()).name.action.clone();
    h.dispatch(off);
    let ics = choice(&report(&h.screen()).formats, "Calendar (iCalendar)")
        .action
        .clone();
    h.dispatch(ics);
    h.advance(TimeDelta::days(60));
    let update = h.press(&create);
    assert!(update.effects.is_empty());
    assert!(
        report(&update.screen)
            .error
            .as_ref()
            .unwrap()
            .starts_with("There is nothing ahead")
    );
}

#[test]
fn an_empty_journal_has_nothing_to_report() {
    let mut h = Harness::with(crate::text::Locale::En, |j| {
        super::super::tests::ready(j, crate::text::Locale::En)
    });
    let update = open(&mut h);
    let model = report(&update.screen);
    assert_eq!(
        model.empty.as_ref().unwrap().heading,
        "Nothing to report yet"
    );
    assert!(!model.create.enabled);
}
