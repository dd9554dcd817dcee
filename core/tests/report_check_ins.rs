//! "All fine today" check-ins in the report: a row of their own in the CSV (`record` =
//! `check_in`), a line on the session's page, a patient-reported Observation in FHIR, and the
//! assessment counts them (the log is not "nothing logged"), in both languages.

mod report_fixture;

use aftercare_core::Locale;
use aftercare_core::report::csv::COLUMNS;
use aftercare_core::report::{ReportFormat, ReportRequest};
use report_fixture::{ZONE, at, fixture, now};

fn rows(csv: &str) -> Vec<Vec<String>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn all_fine_check_ins_travel_in_every_format() {
    let f = fixture();
    // All fine on the evening of day 2, between the entries of that day and the next.
    let fine = f
        .journal
        .check_in_all_fine(f.done, at("2026-11-22 21:30"), ZONE)
        .unwrap();
    for (locale, words, line) in [
        (
            Locale::En,
            "All fine: nothing new, nothing worse",
            "“All fine” check-ins (nothing new, nothing worse): 22 Nov 2026, 21:30.",
        ),
        (
            Locale::Es,
            "Todo bien: nada nuevo, nada peor",
            "Revisiones «todo bien» (nada nuevo, nada peor): 22 nov 2026, 21:30.",
        ),
    ] {
        let request = ReportRequest::new(locale, ZONE);
        let csv = f
            .journal
            .report(ReportFormat::Csv, &request, now())
            .unwrap();
        let rows = rows(&csv);
        let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
        let check_ins: Vec<&Vec<String>> = rows
            .iter()
            .filter(|r| r[col("record")] == "check_in")
            .collect();
        assert_eq!(check_ins.len(), 1, "{csv}");
        let row = check_ins[0];
        assert_eq!(row[col("entry_id")], "");
        assert_eq!(row[col("symptom")], words);
        assert_eq!(row[col("severity")], "");
        assert_eq!(row[col("observed_at_local")], "2026-11-22T21:30:00+01:00");
        assert_eq!(row[col("recovery_day")], "2");
        // In time order among the entries: after day 2's 20:00 entry, before day 3's.
        let index = rows.iter().position(|r| std::ptr::eq(r, row)).unwrap();
        assert_eq!(
            rows[index - 1][col("observed_at_local")],
            "2026-11-22T20:00:00+01:00"
        );
        assert_eq!(
            rows[index + 1][col("observed_at_local")],
            "2026-11-23T20:00:00+01:00"
        );

        let html = f
            .journal
            .report(ReportFormat::Html, &request, now())
            .unwrap();
        assert!(html.contains(line), "{locale:?}: the page lists it");

        let fhir: serde_json::Value = serde_json::from_str(
            &f.journal
                .report(ReportFormat::Fhir, &request, now())
                .unwrap(),
        )
        .unwrap();
        let observations: Vec<&serde_json::Value> = fhir["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| r["valueCodeableConcept"]["text"] == words)
            .collect();
        assert_eq!(observations.len(), 1);
        let o = observations[0];
        assert_eq!(o["resourceType"], "Observation");
        assert_eq!(o["category"][0]["coding"][0]["code"], "survey");
        assert_eq!(o["effectiveDateTime"], "2026-11-22T21:30:00+01:00");
        assert!(o.get("component").is_none(), "no severity");
    }
    // A period without it leaves it out; deleting it takes it out of every format.
    let mut request = ReportRequest::new(Locale::En, ZONE);
    request.from = Some("2026-11-23".parse().unwrap());
    let csv = f
        .journal
        .report(ReportFormat::Csv, &request, now())
        .unwrap();
    assert!(!csv.contains("check_in"));
    f.journal.delete_check_in(fine.id).unwrap();
    let csv = f
        .journal
        .report(
            ReportFormat::Csv,
            &ReportRequest::new(Locale::En, ZONE),
            now(),
        )
        .unwrap();
    assert!(!csv.contains("check_in"));
}

#[test]
fn a_log_of_check_ins_alone_is_not_nothing_logged() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) =
        aftercare_core::journal::Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
    journal
        .save_settings(&aftercare_core::PatientSettings::default(), ZONE)
        .unwrap();
    let session = journal
        .add_session(
            &aftercare_core::journal::NewSession {
                protocol: aftercare_core::ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: aftercare_core::journal::SessionStatus::Done,
                starts_at: None,
                ended_at: Some(at("2026-11-21 10:00")),
                zone: ZONE,
            },
            now(),
        )
        .unwrap()
        .id;
    let nothing = journal
        .assessment(session, now())
        .unwrap()
        .view(Locale::En, ZONE);
    assert_eq!(
        nothing.headline,
        "Nothing logged yet. Log how your skin feels once a day."
    );
    journal
        .check_in_all_fine(session, at("2026-11-25 20:00"), ZONE)
        .unwrap();
    let assessed = journal.assessment(session, now()).unwrap();
    let view = assessed.view(Locale::En, ZONE);
    assert_ne!(view.headline, nothing.headline);
    assert_eq!(view.checked_in.unwrap().text, "Wed 25 Nov, 20:00");
    let verdict = assessed.verdict(
        now(),
        Locale::En,
        ZONE,
        aftercare_core::region::Region::default(),
    );
    assert!(verdict.logged);
    assert_eq!(verdict.label, "Fits normal healing");
    assert_eq!(verdict.headline, "All fine yesterday");
}
