//! The triage result in the bundle: a `ClinicalImpression` per judged session and a
//! `Communication` per "I contacted my provider" record.
//!
//! Why these (FHIR R4): a ClinicalImpression is "a record of a clinical assessment", with the
//! data it considered (`investigation.item` → the Observations behind each red flag) and what it
//! found (`finding`: each red-flag episode, its level, status and dates in `basis`). RiskAssessment
//! predicts outcomes with probabilities, which triage does not; Flag is a standing warning for
//! whoever next cares for the patient, not the result of judging a log; DetectedIssue is about
//! clinical actions (a drug interaction). The patient's record that they reached their provider
//! is a Communication: information sent (`sender` the Patient, `sent` the time), `about` the
//! assessment, `reasonReference` the Observations behind the flag, the patient's note as
//! `payload`. See `core/docs/reports.md`.

use chrono::{DateTime, Utc};

use super::json::{J, annotation, entry, narrative, reference, s};
use super::observation_uuid;
use crate::report::assessment::status_code;
use crate::report::write::{stable_uuid, when};
use crate::report::{ReportData, ReportSession, SessionTriage};
use crate::text::{Args, Texts};
use crate::triage::{Episode, ReasonKind};

/// The ClinicalImpression and Communications of one session, as bundle entries.
pub(super) fn entries(
    data: &ReportData,
    session: &ReportSession,
    triage: &SessionTriage,
    patient: &str,
    procedure: Option<&str>,
    care_plan: Option<&str>,
    texts: &Texts<'_>,
) -> Vec<J> {
    let Some(plan) = &session.plan else {
        return Vec::new();
    };
    let zone = data.zone;
    let locale = data.locale;
    let time = |at: DateTime<Utc>| s(crate::report::write::local_rfc3339(at, zone));
    let at = |instant: DateTime<Utc>| when(instant, zone, locale);
    let view = triage.view(plan, &session.entries, locale, zone);
    // Observations exist in the bundle only for entries in the selection.
    let in_bundle = |id: i64| session.entries.iter().find(|e| e.id == id);
    let observation = |id: i64| in_bundle(id).map(|e| reference(&observation_uuid(session, e)));

    let level = triage.assessment.level.code();
    let level_word = texts.get(&format!("report-level-word-{level}"), None);
    let level_text = texts.get(&format!("report-level-text-{level}"), None);
    let impression = stable_uuid(&format!(
        "clinicalimpression:{}:{}:{}",
        session.record.id,
        session.key(),
        triage.judged_at.timestamp()
    ));
    let mut args = Args::new();
    args.set("number", session.record.number);
    args.set("when", at(triage.judged_at));
    args.set("level", level_word.clone());
    let title = texts.get("report-fhir-impression", Some(&args));

    let mut investigations = Vec::new();
    let mut findings = Vec::new();
    for (episode, words) in triage.episodes().iter().zip(&view.episodes) {
        let flag = flag_title(episode, &words.title, triage, texts);
        let items: Vec<J> = episode
            .entry_ids
            .iter()
            .chain(episode.resolved_by.iter())
            .filter_map(|&id| observation(id))
            .collect();
        let mut args = Args::new();
        args.set("flag", flag.clone());
        let mut investigation = vec![(
            "code",
            J::Obj(vec![(
                "text",
                s(texts.get("report-fhir-investigation", Some(&args))),
            )]),
        )];
        if !items.is_empty() {
            investigation.push(("item", J::Arr(items)));
        }
        investigations.push(J::Obj(investigation));
        let mut finding = vec![("itemCodeableConcept", J::Obj(vec![("text", s(flag))]))];
        // The first entry that raised it, if the selection holds it.
        let raised = episode
            .entry_ids
            .iter()
            .filter(|&&id| {
                triage
                    .entry(&session.entries, id)
                    .is_some_and(|e| e.observed_at >= episode.started_at)
            })
            .find_map(|&id| observation(id));
        if let Some(reference) = raised {
            finding.push(("itemReference", reference));
        }
        finding.push(("basis", s(basis(episode, texts, &at))));
        findings.push(J::Obj(finding));
    }

    let mut fields = vec![
        ("resourceType", s("ClinicalImpression")),
        ("id", s(impression.clone())),
        ("text", narrative(&title)),
        ("status", s("completed")),
        (
            "code",
            J::Obj(vec![(
                "text",
                s(texts.get("report-fhir-impression-code", None)),
            )]),
        ),
        ("description", s(level_text.clone())),
        ("subject", reference(patient)),
        ("effectiveDateTime", time(triage.judged_at)),
        ("date", time(data.generated_at)),
    ];
    if !investigations.is_empty() {
        fields.push(("investigation", J::Arr(investigations)));
    }
    fields.push(("summary", s(format!("{level_word}: {level_text}"))));
    if !findings.is_empty() {
        fields.push(("finding", J::Arr(findings)));
    }
    let supporting: Vec<J> = procedure
        .into_iter()
        .chain(care_plan)
        .map(reference)
        .collect();
    if !supporting.is_empty() {
        fields.push(("supportingInfo", J::Arr(supporting)));
    }
    // Findings below red-flag level, and entries triage did not judge, in words.
    let mut notes: Vec<J> = view
        .reasons
        .iter()
        .filter(|r| r.kind != ReasonKind::RedFlag)
        .map(|r| annotation(&r.title))
        .collect();
    if let Some(note) = &view.not_assessed_note {
        notes.push(annotation(note));
    }
    if !notes.is_empty() {
        fields.push(("note", J::Arr(notes)));
    }
    let mut out = vec![entry(&impression, J::Obj(fields))];

    for contact in &triage.contacts {
        let uuid = stable_uuid(&format!(
            "communication:{}:{}",
            contact.id,
            contact.contacted_at.timestamp()
        ));
        let about = match &contact.rule_id {
            Some(rule) => {
                let title = view
                    .episodes
                    .iter()
                    .find(|e| &e.rule_id == rule)
                    .map_or_else(|| rule.clone(), |e| e.title.clone());
                let mut args = Args::new();
                args.set("flag", title);
                texts.get("report-contact-about", Some(&args))
            }
            None => texts.get("report-contact-about-all", None),
        };
        let mut args = Args::new();
        args.set("when", at(contact.contacted_at));
        args.set("about", about.clone());
        // The Observations behind the flags it was about.
        let mut reasons: Vec<J> = Vec::new();
        let mut seen = Vec::new();
        for episode in triage.episodes() {
            let covers = contact
                .rule_id
                .as_deref()
                .is_none_or(|rule| rule == episode.rule_id);
            if !covers || episode.started_at > contact.contacted_at {
                continue;
            }
            for &id in &episode.entry_ids {
                if !seen.contains(&id) {
                    if let Some(reference) = observation(id) {
                        reasons.push(reference);
                        seen.push(id);
                    }
                }
            }
        }
        let mut fields = vec![
            ("resourceType", s("Communication")),
            ("id", s(uuid.clone())),
            (
                "text",
                narrative(&texts.get("report-fhir-communication", Some(&args))),
            ),
            ("status", s("completed")),
            ("subject", reference(patient)),
            ("topic", J::Obj(vec![("text", s(about))])),
            ("about", J::Arr(vec![reference(&impression)])),
            ("sent", time(contact.contacted_at)),
            ("sender", reference(patient)),
        ];
        if !reasons.is_empty() {
            fields.push(("reasonReference", J::Arr(reasons)));
        }
        if !contact.note.is_empty() {
            fields.push((
                "payload",
                J::Arr(vec![J::Obj(vec![(
                    "contentString",
                    s(contact.note.clone()),
                )])]),
            ));
        }
        out.push(entry(&uuid, J::Obj(fields)));
    }
    out
}

/// The flag's title, naming the symptom when the flag watches several.
fn flag_title(episode: &Episode, title: &str, triage: &SessionTriage, texts: &Texts<'_>) -> String {
    let shared = triage
        .episodes()
        .iter()
        .any(|other| other.rule_id == episode.rule_id && other.symptom != episode.symptom);
    if !shared {
        return title.to_string();
    }
    let mut args = Args::new();
    args.set("flag", title.to_string());
    args.set("symptom", crate::view::symptom_name(episode.symptom, texts));
    texts.get("report-episode-title", Some(&args))
}

/// "Urgent; Settled; Since: 24 Nov 2026, 09:00; Settled: 26 Nov 2026, 09:00".
fn basis(episode: &Episode, texts: &Texts<'_>, at: &dyn Fn(DateTime<Utc>) -> String) -> String {
    let status = status_code(episode.status);
    let mut parts = vec![
        texts.get(
            &format!("report-level-word-{}", episode.flag_level.code()),
            None,
        ),
        texts.get(&format!("report-status-{status}"), None),
        format!(
            "{}: {}",
            texts.get("report-date-since", None),
            at(episode.started_at)
        ),
    ];
    if episode.last_evidence_at > episode.started_at {
        parts.push(format!(
            "{}: {}",
            texts.get("report-date-latest", None),
            at(episode.last_evidence_at)
        ));
    }
    if let Some(resolved) = episode.resolved_at {
        parts.push(format!(
            "{}: {}",
            texts.get("report-date-resolved", None),
            at(resolved)
        ));
    }
    if let Some(contacted) = episode.contacted_at {
        parts.push(format!(
            "{}: {}",
            texts.get("report-date-contacted", None),
            at(contacted)
        ));
    }
    parts.join("; ")
}
