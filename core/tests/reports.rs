//! The provider report: golden CSV and ICS, the FHIR bundle's structure, empty and malformed
//! selections, photos. The HTML page has its own file (`report_html.rs`).
//!
//! Golden files live in `core/tests/golden/`; regenerate them with
//! `UPDATE_GOLDEN=1 cargo test -p aftercare-core --test reports` and review the diff.

mod report_fixture;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use aftercare_core::journal::JournalError;
use aftercare_core::report::{
    self, PhotoContent, PhotoProblem, ReportError, ReportFormat, ReportRequest, csv::COLUMNS,
};
use aftercare_core::{BodyArea, Locale, NewSymptom, SymptomEntry, SymptomKind};
use report_fixture::*;
use serde_json::Value;

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .split("\r\n")
            .zip(actual.split("\r\n"))
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!(
            "{name} differs from the golden file (first at line {line}); if the change is \
             intended, run with UPDATE_GOLDEN=1 and review the diff\n--- actual ---\n{actual}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

#[test]
fn csv_matches_the_golden_file() {
    let f = fixture();
    let csv = report(&f, ReportFormat::Csv, &request(Locale::En));
    golden("report.csv", &csv);
    let es = report(&f, ReportFormat::Csv, &request(Locale::Es));
    golden("report.es.csv", &es);
}

#[test]
fn csv_is_rfc_4180() {
    let f = fixture();
    let csv = report(&f, ReportFormat::Csv, &request(Locale::En));
    assert!(csv.ends_with("\r\n"));
    assert!(!csv.replace("\r\n", "").contains('\r'));
    let rows = parse_csv(&csv);
    assert_eq!(rows[0], COLUMNS);
    // The header, 8 entries, then the disclaimer row (no entry id; the notice in `note`).
    assert_eq!(rows.len(), 1 + 8 + 1);
    let last = rows.last().unwrap();
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(last[0], "");
    assert!(last[col("note")].starts_with("Aftercare is a companion, not a doctor"));
    assert_eq!(last[col("record")], "");
    assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
    assert!(
        rows[1..rows.len() - 1]
            .iter()
            .all(|r| r[col("record")] == "symptom_entry")
    );
    // The columns added for yes/no answers come last, as every new column does.
    assert_eq!(&COLUMNS[COLUMNS.len() - 2..], ["answer", "temperature_c"]);
    // Quotes, commas and line breaks survive; a formula is defused.
    assert_eq!(rows[3][col("note")], "Better, but \"tight\"");
    assert_eq!(rows[7][col("note")], "Chills\nin the evening");
    assert_eq!(rows[5][col("note")], "'=flaky");
    // The red flags name their rules; the low point a worsening flag rose from too.
    assert_eq!(rows[6][col("red_flags")], "flag-redness-worsening");
    assert_eq!(rows[3][col("red_flags")], "flag-redness-worsening");
    assert_eq!(rows[1][col("red_flags")], "");
    assert_eq!(rows[7][col("red_flags")], "flag-fever");
    assert_eq!(rows[1][col("in_usual_window")], "true");
    assert_eq!(rows[7][col("in_usual_window")], "false");
    assert_eq!(
        rows[1][col("observed_at_local")],
        "2026-11-21T12:00:00+01:00"
    );
    assert_eq!(rows[1][col("hours_since_session")], "2.0");
    assert_eq!(rows[1][col("recovery_day")], "1");
}

/// A strict RFC 4180 reader for the tests.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "quote inside an unquoted field");
                quoted = true;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            '\n' => panic!("bare LF outside quotes"),
            c => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "unterminated"
    );
    rows
}

// ---------------------------------------------------------------------------------------------
// iCalendar

#[test]
fn ics_matches_the_golden_files() {
    let f = fixture();
    golden(
        "report.ics",
        &report(&f, ReportFormat::Ics, &request(Locale::En)),
    );
    golden(
        "report.es.ics",
        &report(&f, ReportFormat::Ics, &request(Locale::Es)),
    );
}

#[test]
fn ics_is_well_formed() {
    let f = fixture();
    let ics = report(&f, ReportFormat::Ics, &request(Locale::Es));
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'));
    }
    let unfolded = ics.replace("\r\n ", "");
    let events = unfolded.matches("BEGIN:VEVENT").count();
    assert_eq!(events, unfolded.matches("END:VEVENT").count());
    // The 7-day restrictions lift on 28 Nov; the booked session and its 8 preparation steps.
    assert_eq!(events, 1 + 1 + 8);
    let uids: Vec<&str> = unfolded
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    assert_eq!(uids.len(), events);
    assert_eq!(uids.iter().collect::<HashSet<_>>().len(), events);
    // Every alarm is complete, every time is UTC.
    assert_eq!(
        unfolded.matches("BEGIN:VALARM").count(),
        unfolded.matches("TRIGGER:").count()
    );
    for line in unfolded.lines() {
        if let Some(v) = line
            .strip_prefix("DTSTART:")
            .or(line.strip_prefix("DTEND:"))
            .or(line.strip_prefix("DTSTAMP:"))
        {
            assert!(v.len() == 16 && v.ends_with('Z'), "{line}");
        }
    }
    assert!(unfolded.contains("UID:aftercare:microneedling.1797670800:session"));
    assert!(unfolded.contains("DTSTART:20261219T090000Z"));
    // Same UIDs on every export; a later export drops what has passed.
    let later = f
        .journal
        .report(
            ReportFormat::Ics,
            &request(Locale::Es),
            at("2026-12-15 12:00"),
        )
        .unwrap();
    assert!(!later.contains(":lifted:"));
    assert!(later.contains("UID:aftercare:microneedling.1797670800:session"));
}

// ---------------------------------------------------------------------------------------------
// FHIR

fn fhir(f: &Fixture, req: &ReportRequest) -> Value {
    serde_json::from_str(&report(f, ReportFormat::Fhir, req)).unwrap()
}

fn resources<'v>(bundle: &'v Value, kind: &str) -> Vec<&'v Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn collect_references<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "reference" {
                    out.push(v.as_str().unwrap());
                } else {
                    collect_references(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_references(v, out)),
        _ => {}
    }
}

fn collect_datetimes<'v>(value: &'v Value, out: &mut Vec<(&'v str, &'v str)>) {
    const DATE_TIMES: [&str; 7] = [
        "effectiveDateTime",
        "performedDateTime",
        "createdDateTime",
        "start",
        "end",
        "timestamp",
        "creation",
    ];
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match v {
                    Value::String(s) if DATE_TIMES.contains(&key.as_str()) => out.push((key, s)),
                    _ => collect_datetimes(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_datetimes(v, out)),
        _ => {}
    }
}

#[test]
fn fhir_bundle_is_structurally_sound() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.include_photos = true;
    let text = report(&f, ReportFormat::Fhir, &req);
    assert_eq!(text, report(&f, ReportFormat::Fhir, &req), "deterministic");
    let bundle: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    assert!(is_uuid(bundle["id"].as_str().unwrap()));

    // Every entry: fullUrl urn:uuid:<id>, ids unique.
    let entries = bundle["entry"].as_array().unwrap();
    let mut full_urls = HashSet::new();
    for entry in entries {
        let full_url = entry["fullUrl"].as_str().unwrap();
        let id = entry["resource"]["id"].as_str().unwrap();
        assert!(is_uuid(id), "{id}");
        assert_eq!(full_url, format!("urn:uuid:{id}"));
        assert!(
            full_urls.insert(full_url.to_string()),
            "duplicate {full_url}"
        );
    }
    // Every reference resolves inside the bundle.
    let mut references = Vec::new();
    collect_references(&bundle, &mut references);
    assert!(!references.is_empty());
    for reference in references {
        assert!(full_urls.contains(reference), "dangling {reference}");
    }
    // Every dateTime carries an offset (Berlin in November: +01:00).
    let mut times = Vec::new();
    collect_datetimes(&bundle, &mut times);
    assert!(times.len() > 20);
    for (key, t) in times {
        assert!(
            t.len() == 25 && t.ends_with("+01:00") && t.as_bytes()[10] == b'T',
            "{key}: {t}"
        );
    }

    // One anonymous Patient.
    let patients = resources(&bundle, "Patient");
    assert_eq!(patients.len(), 1);
    assert!(patients[0].get("name").is_none());
    assert!(!text.contains("O'Neil"));

    // Procedure, CarePlan.
    let procedures = resources(&bundle, "Procedure");
    assert_eq!(procedures.len(), 1);
    assert_eq!(procedures[0]["status"], "completed");
    assert!(procedures[0]["subject"]["reference"].is_string());
    assert_eq!(
        procedures[0]["performedDateTime"],
        "2026-11-21T10:00:00+01:00"
    );
    let plans = resources(&bundle, "CarePlan");
    assert_eq!(plans.len(), 1);
    let plan = plans[0];
    assert_eq!(plan["status"], "active");
    assert_eq!(plan["intent"], "plan");
    assert!(plan["subject"]["reference"].is_string());
    let activities = plan["activity"].as_array().unwrap();
    let restrictions: Vec<_> = activities
        .iter()
        .filter(|a| a["detail"]["doNotPerform"] == true)
        .collect();
    assert_eq!(restrictions.len(), 7);
    for a in activities {
        let detail = &a["detail"];
        assert!(detail["status"].is_string());
        assert!(detail["code"]["text"].is_string());
        assert!(detail["scheduledPeriod"].is_object() || detail["scheduledTiming"].is_object());
    }
    let spf = activities
        .iter()
        .find(|a| {
            a["detail"]["scheduledTiming"].is_object()
                && a["detail"]["code"]["text"] == "Apply SPF 30 or higher"
        })
        .unwrap();
    assert_eq!(
        spf["detail"]["scheduledTiming"]["repeat"]["timeOfDay"][0],
        "08:00:00"
    );

    // Observations: codes from clinical-rules.md section 3.
    let observations = resources(&bundle, "Observation");
    assert_eq!(observations.len(), 8);
    let expected_snomed: HashMap<&str, (&str, &str)> = [
        ("Redness", ("444827008", "Erythema of skin")),
        ("Swelling", ("95322002", "Edematous skin")),
        ("Dryness or flaking", ("106076001", "Dry skin")),
        ("Fever or chills", ("386661006", "Fever")),
    ]
    .into_iter()
    .collect();
    for o in &observations {
        assert_eq!(o["status"], "final");
        assert!(o["subject"]["reference"].is_string());
        let category = &o["category"][0]["coding"][0];
        assert_eq!(
            category["system"],
            "http://terminology.hl7.org/CodeSystem/observation-category"
        );
        assert!(category["code"] == "survey" || category["code"] == "exam");
        let code = &o["code"]["coding"][0];
        assert_eq!(code["system"], "http://loinc.org");
        if o["code"]["text"] == "Pain or soreness" {
            assert_eq!(code["code"], "72514-3");
            assert_eq!(o["valueInteger"], 2);
            continue;
        }
        assert_eq!(code["code"], "75325-1");
        assert_eq!(code["display"], "Symptom");
        let value = &o["valueCodeableConcept"];
        let text = value["text"].as_str().unwrap();
        match expected_snomed.get(text) {
            Some((snomed, display)) => {
                let coding = &value["coding"][0];
                assert_eq!(coding["system"], "http://snomed.info/sct");
                assert_eq!(coding["code"], *snomed);
                assert_eq!(coding["display"], *display);
            }
            // Burning has no code in section 3: text only.
            None => assert!(value.get("coding").is_none(), "{text}"),
        }
        let component = &o["component"][0];
        assert_eq!(
            component["code"]["coding"][0]["system"],
            "http://snomed.info/sct"
        );
        assert!(component["valueInteger"].is_u64());
    }
    let fever = observations
        .iter()
        .find(|o| o["valueCodeableConcept"]["text"] == "Fever or chills")
        .unwrap();
    // Annotation.text is markdown: a backslash before the newline keeps the line break.
    assert_eq!(fever["note"][0]["text"], "Chills\\\nin the evening");
    assert_eq!(fever["effectiveDateTime"], "2026-11-25T20:00:00+01:00");

    // Media: the photo, stripped.
    let media = resources(&bundle, "Media");
    assert_eq!(media.len(), 1);
    assert_eq!(media[0]["status"], "completed");
    assert_eq!(media[0]["content"]["contentType"], "image/jpeg");
    let data = decode_base64(media[0]["content"]["data"].as_str().unwrap());
    assert!(data.starts_with(&[0xff, 0xd8]));
    for canary in [&b"GPS-CANARY"[..], b"XMP-CANARY", b"COMMENT-CANARY"] {
        assert!(!data.windows(canary.len()).any(|w| w == canary));
    }
}

#[test]
fn fhir_names_the_patient_only_when_asked_and_ids_are_stable() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.patient_name = Some(NAME.into());
    let named = fhir(&f, &req);
    assert_eq!(resources(&named, "Patient")[0]["name"][0]["text"], NAME);
    let anonymous = fhir(&f, &request(Locale::Es));
    let ids = |b: &Value| -> Vec<String> {
        b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["fullUrl"].as_str().unwrap().to_string())
            .collect()
    };
    // Same records, same ids, whatever the language or name.
    assert_eq!(ids(&named), ids(&anonymous));
    // No photos asked for: no Media.
    assert!(resources(&anonymous, "Media").is_empty());
}

fn is_uuid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && text
            .bytes()
            .all(|b| b == b'-' || b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

// ---------------------------------------------------------------------------------------------
// Selections, empty and malformed

#[test]
fn an_empty_range_gives_an_honest_empty_report() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.from = Some(day("2027-03-01"));
    req.to = Some(day("2027-03-01"));
    let data = report::collect(&f.journal, &req, now()).unwrap();
    assert!(data.is_empty());
    let html = report::render(ReportFormat::Html, &data).unwrap();
    assert!(html.contains("Nothing was recorded in this period."));
    assert!(html.contains("1 Mar 2027 to 1 Mar 2027"));
    assert!(html.contains("It is not a diagnosis."));
    let csv = report::render(ReportFormat::Csv, &data).unwrap();
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next(), Some(COLUMNS.join(",").as_str()));
    assert!(
        lines
            .next()
            .unwrap()
            .contains("Aftercare is a companion, not a doctor")
    );
    assert_eq!(lines.collect::<Vec<_>>(), [""]);
    let bundle: Value =
        serde_json::from_str(&report::render(ReportFormat::Fhir, &data).unwrap()).unwrap();
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["resource"]["resourceType"], "Patient");
    assert!(matches!(
        report::render(ReportFormat::Ics, &data),
        Err(ReportError::EmptyCalendar)
    ));
}

#[test]
fn a_reversed_range_is_a_typed_error_without_health_data() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.from = Some(day("2026-11-25"));
    req.to = Some(day("2026-11-22"));
    req.patient_name = Some(NAME.into());
    let err = report::collect(&f.journal, &req, now()).unwrap_err();
    assert!(matches!(err, ReportError::RangeReversed { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "the range starts (2026-11-25) after it ends (2026-11-22)"
    );
    req.from = None;
    req.patient_name = Some("x\u{7}y".into());
    let err = report::collect(&f.journal, &req, now()).unwrap_err();
    assert!(matches!(err, ReportError::InvalidName));
    assert!(!err.to_string().contains("x\u{7}y"));
    let mut req = request(Locale::En);
    req.session = Some(999);
    let err = report::collect(&f.journal, &req, now()).unwrap_err();
    assert!(matches!(
        err,
        ReportError::Journal(JournalError::NotFound { id: 999, .. })
    ));
}

#[test]
fn a_range_keeps_its_days_and_judges_flags_with_earlier_entries_as_baseline() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.from = Some(day("2026-11-24"));
    req.to = Some(day("2026-11-24"));
    let data = report::collect(&f.journal, &req, now()).unwrap();
    assert_eq!(data.sessions.len(), 1);
    let s = &data.sessions[0];
    let kinds: Vec<SymptomKind> = s.entries.iter().map(|e: &SymptomEntry| e.kind).collect();
    assert_eq!(kinds, [SymptomKind::Redness]);
    // The worsening flag stands on the 22 Nov low point, which is shown as its context.
    let triage = s.triage.as_ref().unwrap();
    let episodes = triage.episodes();
    assert_eq!(episodes.len(), 1);
    assert_eq!(episodes[0].rule_id, "flag-redness-worsening");
    assert!(
        triage
            .context
            .iter()
            .any(|e| e.observed_at == at("2026-11-22 09:00"))
    );
    assert!(
        triage
            .context
            .iter()
            .all(|e| e.observed_at < at("2026-11-24 00:00"))
    );
    // Judged at the end of the range, not at "now".
    assert_eq!(
        triage.judged_at,
        at("2026-11-25 00:00") - chrono::TimeDelta::seconds(1)
    );
    // The fever on the 25th is outside the range: not judged. Header, the entry, disclaimer.
    let csv = report::render(ReportFormat::Csv, &data).unwrap();
    assert_eq!(csv.matches("\r\n").count(), 3);
    assert!(!csv.contains("flag-fever"));
    // Nothing of the calendar falls on that day.
    assert!(matches!(
        report::render(ReportFormat::Ics, &data),
        Err(ReportError::EmptyCalendar)
    ));
}

#[test]
fn a_session_selection_keeps_that_session_and_its_booking() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.session = Some(f.done);
    let data = report::collect(&f.journal, &req, now()).unwrap();
    assert_eq!(data.sessions.len(), 1);
    assert_eq!(data.planned.len(), 1);
    assert_eq!(data.planned[0].record.id, f.planned);
    req.session = Some(f.planned);
    let data = report::collect(&f.journal, &req, now()).unwrap();
    assert!(data.sessions.is_empty());
    assert_eq!(data.planned.len(), 1);
    let ics = report::render(ReportFormat::Ics, &data).unwrap();
    assert!(!ics.contains(":lifted:"));
    assert!(ics.contains(":session\r\n"));
}

#[test]
fn photos_that_changed_or_vanished_are_reported_not_embedded() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.include_photos = true;
    std::fs::write(&f.photo_path, jpeg(8)).unwrap();
    let mut data = report::collect(&f.journal, &req, now()).unwrap();
    data.embed_photos(|p| std::fs::read(&p.path).ok());
    let photo = data.photos().next().unwrap();
    assert_eq!(
        photo.content,
        PhotoContent::Unavailable(PhotoProblem::Changed)
    );
    let html = report::render(ReportFormat::Html, &data).unwrap();
    assert!(html.contains("is not included: the file changed after it was recorded."));
    assert!(!html.contains("<img"));
    let bundle: Value =
        serde_json::from_str(&report::render(ReportFormat::Fhir, &data).unwrap()).unwrap();
    assert!(resources(&bundle, "Media").is_empty());
    // The right bytes, supplied directly (a shell that keeps files elsewhere).
    data.embed_photo(f.photo_id, &jpeg(7));
    assert!(matches!(
        data.photos().next().unwrap().content,
        PhotoContent::Embedded(_)
    ));
    std::fs::remove_file(&f.photo_path).unwrap();
    let html = f.journal.report(ReportFormat::Html, &req, now()).unwrap();
    assert!(html.contains("is not included: the file could not be read."));
}

#[test]
fn csv_and_html_carry_yes_no_answers_temperatures_and_the_emergency_level() {
    let f = fixture();
    f.journal
        .log_symptom(
            f.done,
            &NewSymptom {
                kind: SymptomKind::Fever,
                severity: aftercare_core::symptom::YES,
                observed_at: at("2026-11-26 10:00"),
                area: BodyArea::WholeArea,
                note: String::new(),
                yes_no: true,
                temperature: Some(aftercare_core::Temperature { deci_celsius: 391 }),
            },
            now(),
        )
        .unwrap();
    f.journal
        .log_symptom(
            f.done,
            &NewSymptom {
                kind: SymptomKind::TroubleBreathing,
                severity: 2,
                observed_at: at("2026-11-26 11:00"),
                area: BodyArea::WholeArea,
                note: String::new(),
                yes_no: false,
                temperature: None,
            },
            now(),
        )
        .unwrap();
    let csv = report(&f, ReportFormat::Csv, &request(Locale::En));
    let mut rows = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let records: Vec<::csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let fever = records
        .iter()
        .find(|r| r.get(col("observed_at_local")) == Some("2026-11-26T10:00:00+01:00"))
        .unwrap();
    assert_eq!(&fever[col("severity")], "");
    assert_eq!(&fever[col("answer")], "yes");
    assert_eq!(&fever[col("temperature_c")], "39.1");
    assert!(fever[col("red_flags")].contains("flag-fever-measured"));
    let breathing = records
        .iter()
        .find(|r| &r[col("symptom_code")] == "trouble_breathing")
        .unwrap();
    assert_eq!(&breathing[col("severity")], "2");
    assert_eq!(&breathing[col("answer")], "");
    assert_eq!(&breathing[col("red_flags")], "flag-airway");
    // The disclaimer row keeps the notice in `note`.
    let last = records.last().unwrap();
    assert!(last[col("note")].contains("not a doctor"));

    let html = report(&f, ReportFormat::Html, &request(Locale::En));
    assert!(
        html.contains("badge level-emergency\">Emergency</span>"),
        "emergency level"
    );
    assert!(html.contains("yes, 39.1\u{a0}°C"));
    let es = report(&f, ReportFormat::Html, &request(Locale::Es));
    assert!(es.contains("Emergencia"));
    assert!(es.contains("sí, 39,1\u{a0}°C"));
}
