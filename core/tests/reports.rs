//! The provider report: golden CSV and ICS, the FHIR bundle's structure, the HTML page's
//! accessibility and self-containment, empty and malformed selections, photos.
//!
//! Golden files live in `core/tests/golden/`; regenerate them with
//! `UPDATE_GOLDEN=1 cargo test -p aftercare-core --test reports` and review the diff.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use aftercare_core::journal::{Journal, JournalError, NewPhoto, NewSession, SessionStatus};
use aftercare_core::local_time::parse_instant;
use aftercare_core::report::{
    self, PhotoContent, PhotoProblem, ReportError, ReportFormat, ReportRequest, csv::COLUMNS,
    photo::sha256_hex,
};
use aftercare_core::{
    BodyArea, Locale, NewSymptom, PatientSettings, ProtocolRef, SymptomEntry, SymptomKind,
};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde_json::Value;

const ZONE: Tz = chrono_tz::Europe::Berlin;
const NOTE_CANARY: &str = "NOTE-CANARY-7731";
const NAME: &str = "Ana María O'Neil";

fn at(text: &str) -> DateTime<Utc> {
    parse_instant(text, ZONE).unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn now() -> DateTime<Utc> {
    at("2026-11-26 12:00")
}

/// A JPEG-shaped file with EXIF (GPS and orientation), XMP and a comment around a tiny scan.
fn jpeg(seed: u8) -> Vec<u8> {
    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xff, marker];
        s.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(payload);
        s
    }
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01".to_vec();
    exif.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
    exif.extend_from_slice(b"GPS-CANARY 52.5200N 13.4050E");
    let mut j = vec![0xff, 0xd8];
    j.extend(segment(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    j.extend(segment(0xe1, &exif));
    j.extend(segment(0xe1, b"http://ns.adobe.com/xap/1.0/\0XMP-CANARY"));
    j.extend(segment(0xfe, b"COMMENT-CANARY"));
    j.extend(segment(0xdb, &[seed; 65]));
    j.extend(segment(0xc0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
    j.extend(segment(0xda, &[1, 1, 0, 0, 63, 0]));
    j.extend_from_slice(&[seed, 0xff, 0x00, 0x42, 0x43]);
    j.extend_from_slice(&[0xff, 0xd9]);
    j
}

struct Fixture {
    _dir: tempfile::TempDir,
    journal: Journal,
    done: i64,
    planned: i64,
    photo_path: PathBuf,
    photo_id: i64,
}

/// One microneedling session that ended Sat 21 Nov 2026 10:00 in Berlin, a week of entries
/// (two red flags among them), one photo, and the next session booked for 19 Dec.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = Journal::open(&dir.path().join("journal.db"), None, now()).unwrap();
    journal
        .save_settings(&PatientSettings::default(), ZONE)
        .unwrap();
    let protocol = ProtocolRef {
        id: "microneedling".into(),
        version: 1,
    };
    let done = journal
        .add_session(
            &NewSession {
                protocol: protocol.clone(),
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(at("2026-11-21 10:00")),
                zone: ZONE,
            },
            now(),
        )
        .unwrap()
        .id;
    let planned = journal
        .add_session(
            &NewSession {
                protocol,
                status: SessionStatus::Planned,
                starts_at: Some(at("2026-12-19 10:00")),
                ended_at: None,
                zone: ZONE,
            },
            now(),
        )
        .unwrap()
        .id;
    let entries = [
        (
            "2026-11-21 12:00",
            SymptomKind::Redness,
            6,
            BodyArea::Cheeks,
            "Warm, like a sunburn",
        ),
        (
            "2026-11-21 20:00",
            SymptomKind::Swelling,
            3,
            BodyArea::WholeArea,
            "",
        ),
        (
            "2026-11-22 09:00",
            SymptomKind::Redness,
            4,
            BodyArea::Cheeks,
            "Better, but \"tight\"",
        ),
        (
            "2026-11-22 20:00",
            SymptomKind::Pain,
            2,
            BodyArea::Forehead,
            "",
        ),
        (
            "2026-11-23 20:00",
            SymptomKind::DrynessFlaking,
            2,
            BodyArea::Cheeks,
            "=flaky",
        ),
        (
            "2026-11-24 09:00",
            SymptomKind::Redness,
            7,
            BodyArea::Cheeks,
            NOTE_CANARY,
        ),
        (
            "2026-11-25 20:00",
            SymptomKind::Fever,
            3,
            BodyArea::WholeArea,
            "Chills\nin the evening",
        ),
        (
            "2026-11-26 09:00",
            SymptomKind::Burning,
            1,
            BodyArea::Nose,
            "",
        ),
    ];
    for (when, kind, severity, area, note) in entries {
        journal
            .log_symptom(
                done,
                &NewSymptom {
                    kind,
                    severity,
                    observed_at: at(when),
                    area,
                    note: note.to_string(),
                },
                now(),
            )
            .unwrap();
    }
    let photo_path = dir.path().join("photo-1.jpg");
    let bytes = jpeg(7);
    std::fs::write(&photo_path, &bytes).unwrap();
    let photo_id = journal
        .add_photo(
            done,
            &NewPhoto {
                path: photo_path.to_string_lossy().into_owned(),
                taken_at: at("2026-11-22 09:05"),
                sha256: sha256_hex(&bytes),
                note: "Left cheek".into(),
            },
        )
        .unwrap()
        .id;
    Fixture {
        _dir: dir,
        journal,
        done,
        planned,
        photo_path,
        photo_id,
    }
}

fn request(locale: Locale) -> ReportRequest {
    ReportRequest::new(locale, ZONE)
}

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

fn report(f: &Fixture, format: ReportFormat, req: &ReportRequest) -> String {
    f.journal.report(format, req, now()).unwrap()
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
    assert_eq!(last[0], "");
    assert!(last[COLUMNS.len() - 1].starts_with("Aftercare is a companion, not a doctor"));
    assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
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
    assert_eq!(fever["note"][0]["text"], "Chills\nin the evening");
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

fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let pad = chunk.iter().filter(|&&c| c == b'=').count();
        let mut n = 0u32;
        for &c in chunk {
            n = (n << 6) | if c == b'=' { 0 } else { value(c) };
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - pad]);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// HTML

#[test]
fn html_is_self_contained_accessible_and_printable() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.include_photos = true;
    req.patient_name = Some(NAME.into());
    let html = report(&f, ReportFormat::Html, &req);
    assert_eq!(html, report(&f, ReportFormat::Html, &req), "deterministic");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(html.matches("<html").count(), 1);
    assert_eq!(html.matches("</html>").count(), 1);
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.matches("<h2").count() >= 3);
    assert!(html.contains("Ana María O&#39;Neil"));
    // No external resource at all.
    assert!(
        !html.contains("http:") && !html.contains("https:"),
        "external URL"
    );
    assert!(!html.contains("src=\"//") && !html.contains("href=\"//"));
    assert!(html.contains("Content-Security-Policy"));
    // Tables have header cells with scope, and captions.
    assert!(html.matches("<table>").count() >= 3);
    assert_eq!(
        html.matches("<table>").count(),
        html.matches("<caption>").count()
    );
    assert!(!html.contains("<th>"));
    for th in html.split("<th ").skip(1) {
        assert!(
            th.starts_with("scope=\"col\"") || th.starts_with("scope=\"row\""),
            "<th {}",
            &th[..40.min(th.len())]
        );
    }
    // Every image and chart is described.
    let imgs: Vec<&str> = html.split("<img ").skip(1).collect();
    assert_eq!(imgs.len(), 1);
    for img in imgs {
        let tag = &img[..img.find('>').unwrap()];
        assert!(
            tag.contains(" alt=\"Photo of the treated skin"),
            "{}",
            &tag[tag.len() - 80..]
        );
        assert!(tag.starts_with("src=\"data:image/jpeg;base64,"));
    }
    let svgs: Vec<&str> = html.split("<svg ").skip(1).collect();
    // Redness, swelling, pain, dryness, fever, burning.
    assert_eq!(svgs.len(), 6);
    for svg in svgs {
        let tag = &svg[..svg.find('>').unwrap()];
        assert!(tag.contains("role=\"img\""));
        assert!(tag.contains("aria-labelledby=") || tag.contains("aria-label="));
        let body = &svg[svg.find('>').unwrap()..];
        assert!(
            body.starts_with("><title") || body.starts_with(">\n<title"),
            "{}",
            &body[..40]
        );
        assert!(body.contains("<desc"));
    }
    // The usual window of redness (0 to 2 days) is shaded; fever has none.
    assert!(html.contains("Redness: severity by day since the session"));
    assert!(html.contains("(0 to 2 days after the session)"));
    assert!(html.contains("The protocol does not list this as usual after the session."));
    // Print CSS, red flags with reasons, the entries, the disclaimer.
    assert!(html.contains("@media print"));
    assert!(html.contains("@page"));
    assert!(html.contains("class=\"flag level-urgent\""));
    assert!(html.contains("class=\"flag level-contact_provider\""));
    assert!(html.contains("Chills\nin the evening"));
    assert!(html.contains(NOTE_CANARY));
    assert!(html.contains("Your provider&#39;s instructions come first"));
    assert!(html.contains("It is not a diagnosis."));
    // The photo is embedded without its metadata.
    let start = html.find("data:image/jpeg;base64,").unwrap() + 23;
    let end = start + html[start..].find('"').unwrap();
    let data = decode_base64(&html[start..end]);
    for canary in [&b"GPS-CANARY"[..], b"XMP-CANARY", b"COMMENT-CANARY"] {
        assert!(!data.windows(canary.len()).any(|w| w == canary));
    }
    // Well-formed enough: every opened element of these kinds is closed.
    for tag in [
        "section", "table", "thead", "tbody", "tr", "figure", "svg", "ul", "dl", "div",
    ] {
        let open =
            html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
        let close = html.matches(&format!("</{tag}>")).count();
        assert_eq!(open, close, "<{tag}>");
    }
}

#[test]
fn html_is_localized() {
    let f = fixture();
    let html = report(&f, ReportFormat::Html, &request(Locale::Es));
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains("Informe de Aftercare"));
    assert!(html.contains("Enrojecimiento: intensidad por día desde la sesión"));
    assert!(html.contains("No es un diagnóstico."));
    // Decimals with a comma: the first redness entry came 2 hours after the session.
    assert!(html.contains("3 anotaciones, de 0,1 a 3 días después de la sesión"));
    assert!(html.contains("(de 0 a 2 días después de la sesión)"));
    // Without --photos the photo is counted, not shown.
    assert!(!html.contains("<img"));
    assert!(html.contains("En este periodo se tomó 1 foto"));
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
    assert_eq!(s.red_flags.len(), 1);
    assert_eq!(
        s.red_flags[0].rule_id.as_deref(),
        Some("flag-redness-worsening")
    );
    assert_eq!(s.flag_context.len(), 1);
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
