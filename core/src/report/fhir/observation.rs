//! One `Observation` per symptom entry, reported by the patient (category `survey`).
//!
//! - A symptom present (severity 1–10): LOINC 75325-1 "Symptom" answered by the symptom
//!   (SNOMED CT where `clinical-rules.md` §3 lists a code, text otherwise), the severity as a
//!   component (SNOMED CT 246112005 "Severity").
//! - A symptom absent (severity 0, "none"): the finding is the `code` and the value is SNOMED CT
//!   2667000 "Absent", with no severity, as FHIR records the absence of a finding; "Symptom:
//!   redness, severity 0" would assert a redness that was not there.
//! - Pain: LOINC 72514-3, the 0–10 score as `valueInteger` (0 is "no pain" on that scale).
//! - A symptom answered yes or no (a fever): present or absent as above, with no severity (the
//!   patient gave none); a measured temperature as a component, LOINC 8310-5 "Body
//!   temperature" in UCUM `Cel`.
//! - An "all fine today" check-in: the patient's daily check-in (text only: no code says "nothing
//!   new, nothing worse"), answered in words, with no severity.

use chrono::{DateTime, Utc};

use super::json::{J, annotation, coding, concept, narrative, reference, s};
use super::{
    BODY_TEMPERATURE, LOINC, OBSERVATION_CATEGORY, PAIN_SEVERITY, SEVERITY, SNOMED, SYMPTOM, UCUM,
    snomed,
};
use crate::report::names::Names;
use crate::symptom::{SymptomEntry, SymptomKind, TemperatureUnit};
use crate::text::{Args, Texts};

/// SNOMED CT: the qualifier "Absent", for a finding that was not there.
pub const ABSENT: (&str, &str) = ("2667000", "Absent");

/// The words every Observation repeats, looked up once per report.
pub(super) struct Words<'a> {
    texts: &'a Texts<'a>,
    names: Names,
    symptom: String,
    severity: String,
    temperature: String,
    absent: String,
}

impl<'a> Words<'a> {
    /// The words in `texts`' language.
    pub(super) fn new(texts: &'a Texts<'a>) -> Words<'a> {
        Words {
            texts,
            names: Names::new(texts),
            symptom: texts.get("report-fhir-symptom", None),
            severity: texts.get("report-fhir-severity", None),
            temperature: texts.get("report-fhir-temperature", None),
            absent: texts.get("report-fhir-absent-value", None),
        }
    }
}

/// The Observation of one entry; `time` writes a dateTime with the report's offset and `when`
/// a time for people.
pub(super) fn observation(
    uuid: &str,
    patient: &str,
    e: &SymptomEntry,
    words: &Words<'_>,
    time: &dyn Fn(DateTime<Utc>) -> J,
    when: &dyn Fn(DateTime<Utc>) -> String,
) -> J {
    let texts = words.texts;
    let name = words.names.symptom(e.kind).to_string();
    let area = words.names.area(e.area).to_string();
    let absent = e.severity == 0 && e.kind != SymptomKind::Pain;
    let mut args = Args::new();
    args.set("when", when(e.observed_at));
    args.set("symptom", name.clone());
    args.set("symptom_lower", name.to_lowercase());
    args.set("severity", e.severity);
    args.set("answer", crate::report::names::answer_text(e, texts));
    args.set("area", area.clone());
    let line_key = if e.yes_no || e.temperature.is_some() {
        "report-entry-line-answer"
    } else if absent {
        "report-fhir-absent"
    } else {
        "report-entry-line"
    };
    let finding = || snomed(e.kind).map(|(code, display)| coding(SNOMED, code, display));
    let mut fields = vec![
        ("resourceType", s("Observation")),
        ("id", s(uuid)),
        ("text", narrative(&texts.get(line_key, Some(&args)))),
        ("status", s("final")),
        (
            "category",
            J::Arr(vec![J::Obj(vec![(
                "coding",
                J::Arr(vec![coding(OBSERVATION_CATEGORY, "survey", "Survey")]),
            )])]),
        ),
    ];
    let code = if e.kind == SymptomKind::Pain {
        concept(
            Some(coding(LOINC, PAIN_SEVERITY.0, PAIN_SEVERITY.1)),
            name.clone(),
        )
    } else if absent {
        concept(finding(), name.clone())
    } else {
        concept(
            Some(coding(LOINC, SYMPTOM.0, SYMPTOM.1)),
            words.symptom.clone(),
        )
    };
    fields.push(("code", code));
    fields.push(("subject", reference(patient)));
    fields.push(("effectiveDateTime", time(e.observed_at)));
    fields.push(("performer", J::Arr(vec![reference(patient)])));
    if e.kind == SymptomKind::Pain {
        fields.push(("valueInteger", J::Int(i64::from(e.severity))));
    } else if absent {
        fields.push((
            "valueCodeableConcept",
            concept(
                Some(coding(SNOMED, ABSENT.0, ABSENT.1)),
                words.absent.clone(),
            ),
        ));
    } else {
        fields.push(("valueCodeableConcept", concept(finding(), name)));
    }
    if !e.note.is_empty() {
        fields.push(("note", J::Arr(vec![annotation(&e.note)])));
    }
    fields.push(("bodySite", J::Obj(vec![("text", s(area))])));
    let mut components = Vec::new();
    if !absent && !e.yes_no && e.kind != SymptomKind::Pain {
        components.push(J::Obj(vec![
            (
                "code",
                concept(
                    Some(coding(SNOMED, SEVERITY.0, SEVERITY.1)),
                    words.severity.clone(),
                ),
            ),
            ("valueInteger", J::Int(i64::from(e.severity))),
        ]));
    }
    if let Some(t) = e.temperature {
        components.push(J::Obj(vec![
            (
                "code",
                concept(
                    Some(coding(LOINC, BODY_TEMPERATURE.0, BODY_TEMPERATURE.1)),
                    words.temperature.clone(),
                ),
            ),
            (
                "valueQuantity",
                J::Obj(vec![
                    ("value", J::Num(t.degrees(TemperatureUnit::Celsius))),
                    ("unit", s("°C")),
                    ("system", s(UCUM)),
                    ("code", s("Cel")),
                ]),
            ),
        ]));
    }
    if !components.is_empty() {
        fields.push(("component", J::Arr(components)));
    }
    J::Obj(fields)
}

/// The Observation of an "all fine today" check-in at `at`.
pub(super) fn check_in(
    uuid: &str,
    patient: &str,
    at: DateTime<Utc>,
    words: &Words<'_>,
    time: &dyn Fn(DateTime<Utc>) -> J,
    when: &dyn Fn(DateTime<Utc>) -> String,
) -> J {
    let texts = words.texts;
    let answer = texts.get("report-check-in-all-fine", None);
    let mut args = Args::new();
    args.set("when", when(at));
    args.set("what", answer.clone());
    J::Obj(vec![
        ("resourceType", s("Observation")),
        ("id", s(uuid)),
        (
            "text",
            narrative(&texts.get("report-fhir-check-in", Some(&args))),
        ),
        ("status", s("final")),
        (
            "category",
            J::Arr(vec![J::Obj(vec![(
                "coding",
                J::Arr(vec![coding(OBSERVATION_CATEGORY, "survey", "Survey")]),
            )])]),
        ),
        (
            "code",
            concept(None, texts.get("report-fhir-check-in-code", None)),
        ),
        ("subject", reference(patient)),
        ("effectiveDateTime", time(at)),
        ("performer", J::Arr(vec![reference(patient)])),
        ("valueCodeableConcept", concept(None, answer)),
    ])
}
