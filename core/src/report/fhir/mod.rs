//! FHIR R4: a `collection` Bundle of what the patient recorded.
//!
//! - **Patient**: always present, so every subject reference resolves; `name` only when the
//!   patient gave one (otherwise an anonymous Patient with just its id).
//! - **Procedure** per done session: `completed`, the protocol's name as `code.text`.
//! - **CarePlan** per session with a plan: `intent` `plan`; an activity per restriction
//!   (`doNotPerform: true`, `scheduledPeriod`) and per routine (`scheduledPeriod`, or
//!   `scheduledTiming` with `timeOfDay` for daily ones).
//! - **Observation** per symptom entry, category `survey` (patient-reported): LOINC 75325-1
//!   "Symptom" with the symptom as a SNOMED CT `valueCodeableConcept` and the 0–10 severity as a
//!   component; pain as LOINC 72514-3 with the severity as `valueInteger`.
//! - **Media** per embedded photo (metadata stripped), `content.data` in base64.
//!
//! Every entry's `fullUrl` is `urn:uuid:<id>` and every resource's `id` is that UUID, derived
//! from stable journal ids (see [`super::write::stable_uuid`]); references use the fullUrls.
//! Codes come from `shared/clinical-rules.md` section 3; see `core/docs/reports.md`.

mod json;
mod markdown;
mod observation;
mod triage;

use self::json::{J, annotation, coding, entry, narrative, period, reference, s};
use super::write::{local_rfc3339, stable_uuid};
use super::{PhotoContent, ReportData, ReportSession};
use crate::journal::SessionStatus;
use crate::protocol::{RuleKind, Schedule};
use crate::symptom::{SymptomEntry, SymptomKind};

pub use self::observation::ABSENT;
use crate::text::{Args, Texts};

/// LOINC's system URI.
pub const LOINC: &str = "http://loinc.org";
/// SNOMED CT's system URI.
pub const SNOMED: &str = "http://snomed.info/sct";
/// The observation category code system.
pub const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
/// The media type code system.
pub const MEDIA_TYPE: &str = "http://terminology.hl7.org/CodeSystem/media-type";

/// LOINC: a symptom observation.
pub const SYMPTOM: (&str, &str) = ("75325-1", "Symptom");
/// LOINC: pain severity 0–10.
pub const PAIN_SEVERITY: (&str, &str) = (
    "72514-3",
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
);
/// SNOMED CT: the severity attribute, for the severity component.
pub const SEVERITY: (&str, &str) = ("246112005", "Severity");
/// LOINC: a body temperature, for a fever's measured temperature (UCUM `Cel`).
pub const BODY_TEMPERATURE: (&str, &str) = ("8310-5", "Body temperature");
/// UCUM's system URI.
pub const UCUM: &str = "http://unitsofmeasure.org";

/// The SNOMED CT code and display for a symptom, where `clinical-rules.md` section 3 lists
/// one or a published value set confirms a finding code (see `core/docs/reports.md`); the
/// others are sent as text only. Findings, never diagnoses: spreading redness is not sent as
/// "cellulitis", lip swelling not as "angioedema".
pub fn snomed(kind: SymptomKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        SymptomKind::Redness => ("444827008", "Erythema of skin"),
        SymptomKind::Swelling => ("95322002", "Edematous skin"),
        SymptomKind::Bruising => ("302227002", "Ecchymosis"),
        SymptomKind::Blisters => ("247464001", "Blistering eruption"),
        SymptomKind::Warmth => ("17038008", "Increased skin temperature"),
        SymptomKind::Itching => ("418363000", "Itching of skin"),
        SymptomKind::DrynessFlaking => ("106076001", "Dry skin"),
        SymptomKind::Fever => ("386661006", "Fever"),
        SymptomKind::HivesRash => ("126485001", "Urticaria"),
        SymptomKind::TroubleBreathing => ("267036007", "Dyspnea"),
        SymptomKind::Faintness => ("404640003", "Dizziness"),
        SymptomKind::EyePain => ("41652007", "Eye pain"),
        SymptomKind::VisionChange => ("63102001", "Visual disturbance"),
        SymptomKind::Numbness => ("44077006", "Numbness"),
        _ => return None,
    })
}

/// The ids of a session's resources.
struct Ids {
    procedure: String,
    care_plan: String,
}

fn session_ids(session: &ReportSession) -> Ids {
    let key = format!("{}:{}", session.record.id, session.key());
    Ids {
        procedure: stable_uuid(&format!("procedure:{key}")),
        care_plan: stable_uuid(&format!("careplan:{key}")),
    }
}

/// The patient's resource id.
pub(crate) fn patient_uuid(data: &ReportData) -> String {
    stable_uuid(&format!("patient:{}", data.patient_key))
}

/// An observation's resource id.
fn observation_uuid(session: &ReportSession, entry: &SymptomEntry) -> String {
    stable_uuid(&format!(
        "observation:{}:{}:{}",
        session.record.id,
        session.key(),
        entry.id
    ))
}

/// The bundle as pretty-printed JSON.
pub fn fhir(data: &ReportData) -> String {
    let texts = Texts::new(data.locale);
    let zone = data.zone;
    let now = data.generated_at;
    let time = |at| s(local_rfc3339(at, zone));
    let patient = patient_uuid(data);
    let words = observation::Words::new(&texts);
    let mut entries = Vec::with_capacity(1 + data.entry_count() + data.sessions.len() * 2);

    let who = data
        .patient_name
        .clone()
        .unwrap_or_else(|| texts.get("report-fhir-anonymous", None));
    let mut fields = vec![
        ("resourceType", s("Patient")),
        ("id", s(patient.clone())),
        ("text", narrative(&who)),
    ];
    if let Some(name) = &data.patient_name {
        fields.push((
            "name",
            J::Arr(vec![J::Obj(vec![("text", s(name.clone()))])]),
        ));
    }
    entries.push(entry(&patient, J::Obj(fields)));

    for session in &data.sessions {
        let ids = session_ids(session);
        let record = &session.record;
        let name = super::html::protocol_name(
            session.protocol.as_deref(),
            &record.protocol.id,
            data.locale,
        );
        let done = record.status == SessionStatus::Done;
        if let (true, Some(ended)) = (done, record.ended_at) {
            let mut args = Args::new();
            args.set("protocol", name.clone());
            args.set("number", record.number);
            args.set("when", super::write::when(ended, zone, data.locale));
            let mut fields = vec![
                ("resourceType", s("Procedure")),
                ("id", s(ids.procedure.clone())),
                (
                    "text",
                    narrative(&texts.get("report-fhir-procedure", Some(&args))),
                ),
                ("status", s("completed")),
                ("code", J::Obj(vec![("text", s(name.clone()))])),
                ("subject", reference(&patient)),
            ];
            match record.starts_at {
                Some(start) => fields.push((
                    "performedPeriod",
                    period(local_rfc3339(start, zone), local_rfc3339(ended, zone)),
                )),
                None => fields.push(("performedDateTime", time(ended))),
            }
            let mut args = Args::new();
            args.set("id", record.protocol.id.clone());
            args.set("version", record.protocol.version);
            args.set("number", record.number);
            fields.push((
                "note",
                J::Arr(vec![annotation(
                    &texts.get("report-fhir-procedure-note", Some(&args)),
                )]),
            ));
            entries.push(entry(&ids.procedure, J::Obj(fields)));
        }

        if let Some(plan) = &session.plan {
            let rule_texts = plan.protocol().texts(data.locale);
            let mut activities = Vec::new();
            for (item, rule) in plan.rules() {
                let (do_not, daily) = match &rule.kind {
                    RuleKind::Restriction { .. } => (true, None),
                    RuleKind::Routine { schedule, .. } => match schedule {
                        Schedule::Once => (false, None),
                        Schedule::Daily { slot } => (false, Some(plan.day_times.at(*slot))),
                    },
                    _ => continue,
                };
                let status = if item.ends_at <= now {
                    "completed"
                } else if item.starts_at <= now {
                    "in-progress"
                } else {
                    "not-started"
                };
                let span = period(
                    local_rfc3339(item.starts_at, zone),
                    local_rfc3339(item.ends_at, zone),
                );
                let mut detail = vec![
                    (
                        "code",
                        J::Obj(vec![(
                            "text",
                            s(crate::view::rule_title(rule, &rule_texts)),
                        )]),
                    ),
                    ("status", s(status)),
                    ("doNotPerform", J::Bool(do_not)),
                ];
                match daily {
                    Some(at) => detail.push((
                        "scheduledTiming",
                        J::Obj(vec![(
                            "repeat",
                            J::Obj(vec![
                                ("boundsPeriod", span),
                                ("frequency", J::Int(1)),
                                ("period", J::Int(1)),
                                ("periodUnit", s("d")),
                                (
                                    "timeOfDay",
                                    J::Arr(vec![s(at.format("%H:%M:%S").to_string())]),
                                ),
                            ]),
                        )]),
                    )),
                    None => detail.push(("scheduledPeriod", span)),
                }
                if let Some(text) = crate::view::rule_attr(rule, "detail", &rule_texts) {
                    detail.push(("description", s(text)));
                }
                activities.push(J::Obj(vec![("detail", J::Obj(detail))]));
            }
            let mut args = Args::new();
            args.set("protocol", name.clone());
            args.set("number", record.number);
            let title = texts.get("report-fhir-careplan", Some(&args));
            let mut fields = vec![
                ("resourceType", s("CarePlan")),
                ("id", s(ids.care_plan.clone())),
                ("text", narrative(&title)),
                (
                    "status",
                    s(if plan.horizon <= now {
                        "completed"
                    } else {
                        "active"
                    }),
                ),
                ("intent", s("plan")),
                ("title", s(title)),
                ("description", s(texts.get("disclaimer", None))),
                ("subject", reference(&patient)),
                (
                    "period",
                    period(
                        local_rfc3339(plan.session.ended_at, zone),
                        local_rfc3339(plan.horizon, zone),
                    ),
                ),
            ];
            if done {
                fields.push(("supportingInfo", J::Arr(vec![reference(&ids.procedure)])));
            }
            if !activities.is_empty() {
                fields.push(("activity", J::Arr(activities)));
            }
            entries.push(entry(&ids.care_plan, J::Obj(fields)));
        }

        let when = |at| super::write::when(at, zone, data.locale);
        for e in &session.entries {
            let uuid = observation_uuid(session, e);
            entries.push(entry(
                &uuid,
                observation::observation(&uuid, &patient, e, &words, &time, &when),
            ));
        }

        for c in &session.check_ins {
            let uuid = stable_uuid(&format!(
                "observation:{}:{}:check-in:{}",
                session.record.id,
                session.key(),
                c.id
            ));
            entries.push(entry(
                &uuid,
                observation::check_in(&uuid, &patient, c.at, &words, &time, &when),
            ));
        }

        for item in &session.photos {
            let PhotoContent::Embedded(image) = &item.content else {
                continue;
            };
            let photo = &item.photo;
            let uuid = stable_uuid(&format!("media:{}:{}", photo.id, photo.sha256));
            let mut args = Args::new();
            args.set(
                "when",
                super::write::when(photo.taken_at, zone, data.locale),
            );
            let title = texts.get("report-photo-alt", Some(&args));
            let mut fields = vec![
                ("resourceType", s("Media")),
                ("id", s(uuid.clone())),
                ("text", narrative(&title)),
                ("status", s("completed")),
                (
                    "type",
                    J::Obj(vec![(
                        "coding",
                        J::Arr(vec![coding(MEDIA_TYPE, "image", "Image")]),
                    )]),
                ),
            ];
            if done {
                fields.push(("partOf", J::Arr(vec![reference(&ids.procedure)])));
            }
            fields.push(("subject", reference(&patient)));
            fields.push(("createdDateTime", time(photo.taken_at)));
            fields.push((
                "content",
                J::Obj(vec![
                    ("contentType", s(image.media_type)),
                    ("data", s(super::photo::base64(&image.bytes))),
                    ("title", s(title)),
                    ("creation", time(photo.taken_at)),
                ]),
            ));
            if !photo.note.is_empty() {
                fields.push(("note", J::Arr(vec![annotation(&photo.note)])));
            }
            entries.push(entry(&uuid, J::Obj(fields)));
        }

        if let Some(judged) = &session.triage {
            entries.extend(triage::entries(
                data,
                session,
                judged,
                &patient,
                done.then_some(ids.procedure.as_str()),
                session.plan.as_ref().map(|_| ids.care_plan.as_str()),
                &texts,
            ));
        }
    }

    let bundle_id = stable_uuid(&format!(
        "bundle:{}:{}:{:?}:{:?}:{:?}",
        data.patient_key,
        now.timestamp(),
        data.from,
        data.to,
        data.session_filter
    ));
    let bundle = J::Obj(vec![
        ("resourceType", s("Bundle")),
        ("id", s(bundle_id)),
        ("type", s("collection")),
        ("timestamp", time(now)),
        ("entry", J::Arr(entries)),
    ]);
    let mut text = serde_json::to_string_pretty(&bundle).unwrap_or_default();
    text.push('\n');
    text
}
