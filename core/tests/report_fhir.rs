//! The FHIR bundle beyond its structure (`reports.rs`): patient notes as literal markdown, a
//! severity of 0 as an absent finding, and the triage result as a ClinicalImpression with a
//! Communication per "I contacted my provider" record.

mod report_fixture;

use aftercare_core::report::{ReportFormat, fhir::ABSENT};
use aftercare_core::{BodyArea, Locale, NewSymptom, SymptomKind};
use report_fixture::*;
use serde_json::Value;

fn bundle(f: &Fixture, locale: Locale) -> Value {
    serde_json::from_str(&report(f, ReportFormat::Fhir, &request(locale))).unwrap()
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

fn full_url_of(_bundle: &Value, resource: &Value) -> String {
    let id = resource["id"].as_str().unwrap();
    format!("urn:uuid:{id}")
}

fn log(f: &Fixture, at_text: &str, kind: SymptomKind, severity: u8, note: &str) {
    f.journal
        .log_symptom(
            f.done,
            &NewSymptom {
                kind,
                severity,
                observed_at: at(at_text),
                area: BodyArea::ChinJaw,
                note: note.into(),
                yes_no: false,
                temperature: None,
            },
            now(),
        )
        .unwrap();
}

#[test]
fn notes_are_literal_markdown() {
    let f = fixture();
    let note = "# spreading\n- <b>left</b> cheek & *jaw*\n1. worse\n    indented [x](y)";
    log(&f, "2026-11-26 10:00", SymptomKind::Itching, 3, note);
    let bundle = bundle(&f, Locale::En);
    let observation = resources(&bundle, "Observation")
        .into_iter()
        .find(|o| o["effectiveDateTime"] == "2026-11-26T10:00:00+01:00")
        .unwrap();
    let text = observation["note"][0]["text"].as_str().unwrap();
    assert_eq!(
        text,
        "\\# spreading\\\n\\- \\<b\\>left\\<\\/b\\> cheek \\& \\*jaw\\*\\\n1\\. worse\\\n\u{a0}\u{a0}\u{a0}\u{a0}indented \\[x\\](y)"
    );
    // Nothing a markdown renderer would read as HTML, a heading or a list is left unescaped.
    assert!(
        !text.contains("<b>")
            && !text
                .lines()
                .any(|l| l.starts_with('#') || l.starts_with("- "))
    );
}

#[test]
fn a_severity_of_zero_is_an_absent_finding() {
    let f = fixture();
    log(&f, "2026-11-26 10:00", SymptomKind::Redness, 0, "");
    log(&f, "2026-11-26 10:05", SymptomKind::Bleeding, 0, "");
    log(&f, "2026-11-26 10:10", SymptomKind::Pain, 0, "");
    let bundle = bundle(&f, Locale::En);
    let at_time = |t: &str| {
        resources(&bundle, "Observation")
            .into_iter()
            .find(|o| o["effectiveDateTime"] == t)
            .unwrap()
            .clone()
    };
    // Redness (SNOMED-coded): the finding is the code, the value says it was absent.
    let redness = at_time("2026-11-26T10:00:00+01:00");
    assert_eq!(redness["code"]["coding"][0]["code"], "444827008");
    assert_eq!(redness["code"]["text"], "Redness");
    assert_eq!(
        redness["valueCodeableConcept"]["coding"][0]["system"],
        "http://snomed.info/sct"
    );
    assert_eq!(
        redness["valueCodeableConcept"]["coding"][0]["code"],
        ABSENT.0
    );
    assert_eq!(
        redness["valueCodeableConcept"]["coding"][0]["display"],
        "Absent"
    );
    assert!(
        redness.get("component").is_none(),
        "no severity for an absent finding"
    );
    assert!(
        redness["text"]["div"]
            .as_str()
            .unwrap()
            .contains("no redness (Chin")
    );
    // Bleeding has no code in section 3: text only, still absent.
    let bleeding = at_time("2026-11-26T10:05:00+01:00");
    assert!(bleeding["code"].get("coding").is_none());
    assert_eq!(bleeding["code"]["text"], "Bleeding");
    assert_eq!(
        bleeding["valueCodeableConcept"]["coding"][0]["code"],
        ABSENT.0
    );
    // Pain keeps its 0–10 score: 0 is "no pain" on that scale.
    let pain = at_time("2026-11-26T10:10:00+01:00");
    assert_eq!(pain["code"]["coding"][0]["code"], "72514-3");
    assert_eq!(pain["valueInteger"], 0);
    // A present symptom is unchanged: "Symptom" answered by the finding, severity alongside.
    let present = resources(&bundle, "Observation")
        .into_iter()
        .find(|o| o["effectiveDateTime"] == "2026-11-21T12:00:00+01:00")
        .unwrap();
    assert_eq!(present["code"]["coding"][0]["code"], "75325-1");
    assert_eq!(
        present["valueCodeableConcept"]["coding"][0]["code"],
        "444827008"
    );
    assert_eq!(present["component"][0]["valueInteger"], 6);
}

#[test]
fn the_triage_result_is_a_clinical_impression_with_its_evidence() {
    let f = fixture();
    let bundle = bundle(&f, Locale::En);
    let impressions = resources(&bundle, "ClinicalImpression");
    assert_eq!(impressions.len(), 1);
    let impression = impressions[0];
    assert_eq!(impression["status"], "completed");
    assert_eq!(impression["effectiveDateTime"], "2026-11-26T12:00:00+01:00");
    assert_eq!(
        impression["summary"],
        "Contact provider: A current red flag: the protocol asks the patient to contact the provider."
    );
    let patient = full_url_of(&bundle, resources(&bundle, "Patient")[0]);
    assert_eq!(impression["subject"]["reference"], patient);
    let procedure = full_url_of(&bundle, resources(&bundle, "Procedure")[0]);
    assert_eq!(impression["supportingInfo"][0]["reference"], procedure);
    // One finding and one investigation per red-flag episode: redness rising, fever.
    let findings = impression["finding"].as_array().unwrap();
    let investigations = impression["investigation"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    assert_eq!(investigations.len(), 2);
    let observations = resources(&bundle, "Observation");
    let url_at = |t: &str| {
        full_url_of(
            &bundle,
            observations
                .iter()
                .find(|o| o["effectiveDateTime"] == t)
                .unwrap(),
        )
    };
    let redness = findings
        .iter()
        .position(|f| f["itemCodeableConcept"]["text"] == "Redness getting worse from day 3")
        .unwrap();
    assert_eq!(
        findings[redness]["itemReference"]["reference"],
        url_at("2026-11-24T09:00:00+01:00")
    );
    assert_eq!(
        findings[redness]["basis"],
        "Contact provider; Current; Since: 24 Nov 2026, 09:00"
    );
    let items: Vec<&str> = investigations[redness]["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["reference"].as_str().unwrap())
        .collect();
    // The low point it rose from, then the entry that raised it.
    assert_eq!(
        items,
        [
            url_at("2026-11-22T09:00:00+01:00"),
            url_at("2026-11-24T09:00:00+01:00")
        ]
    );
    let fever = findings
        .iter()
        .find(|f| f["itemCodeableConcept"]["text"] == "Fever or chills")
        .unwrap();
    assert_eq!(
        fever["basis"],
        "Urgent; Provider contacted; Since: 25 Nov 2026, 20:00; Provider contacted: 26 Nov 2026, 08:30"
    );
}

#[test]
fn a_provider_contact_is_a_communication_about_the_assessment() {
    let f = fixture();
    let bundle = bundle(&f, Locale::En);
    let communications = resources(&bundle, "Communication");
    assert_eq!(communications.len(), 1);
    let c = communications[0];
    assert_eq!(c["status"], "completed");
    assert_eq!(c["sent"], "2026-11-26T08:30:00+01:00");
    let patient = full_url_of(&bundle, resources(&bundle, "Patient")[0]);
    assert_eq!(c["sender"]["reference"], patient);
    assert_eq!(c["subject"]["reference"], patient);
    assert_eq!(c["topic"]["text"], "about: Fever or chills");
    let impression = full_url_of(&bundle, resources(&bundle, "ClinicalImpression")[0]);
    assert_eq!(c["about"][0]["reference"], impression);
    // The fever entry behind the flag, and the patient's words as they wrote them.
    let fever = resources(&bundle, "Observation")
        .into_iter()
        .find(|o| o["effectiveDateTime"] == "2026-11-25T20:00:00+01:00")
        .unwrap();
    assert_eq!(
        c["reasonReference"][0]["reference"],
        full_url_of(&bundle, fever)
    );
    assert_eq!(
        c["payload"][0]["contentString"],
        "Nurse said: keep watching,\nphone again if > 38 °C"
    );
    // Localized narrative; same ids in every language.
    let es = bundle_es(&f);
    let es_c = resources(&es, "Communication")[0];
    assert_eq!(es_c["id"], c["id"]);
    assert!(
        es_c["text"]["div"]
            .as_str()
            .unwrap()
            .contains("contactó con su profesional")
    );
}

fn bundle_es(f: &Fixture) -> Value {
    bundle(f, Locale::Es)
}

#[test]
fn a_fever_answered_yes_or_no_carries_its_temperature_and_new_kinds_their_codes() {
    let f = fixture();
    let fever = |at_text: &str, yes: bool, tenths: Option<u16>| NewSymptom {
        kind: SymptomKind::Fever,
        severity: if yes { aftercare_core::symptom::YES } else { 0 },
        observed_at: at(at_text),
        area: BodyArea::WholeArea,
        note: String::new(),
        yes_no: true,
        temperature: tenths.map(|deci_celsius| aftercare_core::Temperature { deci_celsius }),
    };
    for new in [
        fever("2026-11-26 10:00", true, Some(384)),
        fever("2026-11-26 10:30", false, None),
    ] {
        f.journal.log_symptom(f.done, &new, now()).unwrap();
    }
    log(&f, "2026-11-26 11:00", SymptomKind::HivesRash, 3, "");
    log(&f, "2026-11-26 11:05", SymptomKind::SpreadingRedness, 4, "");
    let bundle = bundle(&f, Locale::En);
    let observations = resources(&bundle, "Observation");
    let at_time = |t: &str| {
        observations
            .iter()
            .find(|o| o["effectiveDateTime"] == t)
            .copied()
            .unwrap()
    };
    let yes = at_time("2026-11-26T10:00:00+01:00");
    assert_eq!(yes["code"]["coding"][0]["code"], "75325-1");
    assert_eq!(
        yes["valueCodeableConcept"]["coding"][0]["code"],
        "386661006"
    );
    // No severity: the patient answered yes, not a score. The temperature in UCUM Cel.
    let components = yes["component"].as_array().unwrap();
    assert_eq!(components.len(), 1);
    assert_eq!(components[0]["code"]["coding"][0]["code"], "8310-5");
    assert_eq!(
        components[0]["code"]["coding"][0]["system"],
        "http://loinc.org"
    );
    assert_eq!(components[0]["valueQuantity"]["value"], 38.4);
    assert_eq!(components[0]["valueQuantity"]["code"], "Cel");
    assert_eq!(
        components[0]["valueQuantity"]["system"],
        "http://unitsofmeasure.org"
    );
    assert!(
        yes["text"]["div"]
            .as_str()
            .unwrap()
            .contains("Fever or chills, yes, 38.4\u{a0}°C measured, Whole treated area"),
        "{}",
        yes["text"]["div"]
    );
    let no = at_time("2026-11-26T10:30:00+01:00");
    assert_eq!(no["valueCodeableConcept"]["coding"][0]["code"], ABSENT.0);
    assert!(no.get("component").is_none());
    // A new kind with a finding code, and one sent as text only (never as a diagnosis).
    let hives = at_time("2026-11-26T11:00:00+01:00");
    assert_eq!(
        hives["valueCodeableConcept"]["coding"][0]["code"],
        "126485001"
    );
    let spreading = at_time("2026-11-26T11:05:00+01:00");
    assert!(spreading["valueCodeableConcept"].get("coding").is_none());
    assert_eq!(
        spreading["valueCodeableConcept"]["text"],
        "Redness spreading, or red streaks"
    );
}
