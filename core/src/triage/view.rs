//! The view of an assessment: what the "how am I doing" screen and the CLI show.

use std::collections::HashMap;

use chrono_tz::Tz;
use serde::Serialize;

use super::{Assessment, Reason, ReasonKind, TriageLevel};
use crate::local_time::{Stamp, Style};
use crate::plan::RecoveryPlan;
use crate::symptom::{BodyArea, SymptomEntry, SymptomKind};
use crate::text::{Args, Locale, Texts};
use crate::view::{SCHEMA, area_name, symptom_name};

/// An entry behind a reason, without the patient's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ReasonEntryView {
    /// Journal id.
    pub id: i64,
    /// Symptom kind code.
    pub kind: SymptomKind,
    /// The symptom's name in the locale.
    pub symptom: String,
    /// Severity, 0 to 10.
    pub severity: u8,
    /// Body area code.
    pub area: BodyArea,
    /// The area's name in the locale.
    pub area_name: String,
    /// When it was observed.
    pub observed: Stamp,
}

/// A reason as shown to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ReasonView {
    /// How soon the provider should hear about it.
    pub level: TriageLevel,
    /// What kind of finding it is.
    pub kind: ReasonKind,
    /// The red-flag rule, if it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// The red flag's title, or what is worth watching.
    pub title: String,
    /// A line of explanation, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The entries behind it, in the order they were observed.
    pub entries: Vec<ReasonEntryView>,
}

/// An assessment as shown to a person: never a diagnosis, always the protocol's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct AssessmentView {
    /// JSON schema version.
    pub schema: u32,
    /// Locale of the texts.
    pub locale: Locale,
    /// The overall level.
    pub level: TriageLevel,
    /// One line saying what the level means.
    pub headline: String,
    /// One line saying what to do.
    pub advice: String,
    /// The findings, most urgent first.
    pub reasons: Vec<ReasonView>,
    /// Until when daily check-ins stay open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub watch_until: Option<Stamp>,
    /// The provider-comes-first notice.
    pub disclaimer: String,
}

impl AssessmentView {
    /// The view of `assessment` in `locale`, local times in `zone`; `entries` are the ones it
    /// was made from (ids it cannot find are left out).
    pub fn new(
        plan: &RecoveryPlan,
        assessment: &Assessment,
        entries: &[SymptomEntry],
        locale: Locale,
        zone: Tz,
    ) -> AssessmentView {
        let texts = plan.protocol().texts(locale);
        let mut by_id: HashMap<i64, &SymptomEntry> = HashMap::with_capacity(entries.len());
        for entry in entries {
            by_id.entry(entry.id).or_insert(entry);
        }
        let level = assessment.level.code();
        AssessmentView {
            schema: SCHEMA,
            locale,
            level: assessment.level,
            headline: texts.get(&format!("triage-headline-{level}"), None),
            advice: texts.get(&format!("triage-advice-{level}"), None),
            reasons: assessment
                .reasons
                .iter()
                .map(|reason| reason_view(plan, reason, &by_id, &texts, zone))
                .collect(),
            watch_until: assessment
                .watch_until
                .map(|at| Stamp::new(at, zone, locale, Style::DateTime)),
            disclaimer: texts.get("disclaimer", None),
        }
    }
}

fn reason_view(
    plan: &RecoveryPlan,
    reason: &Reason,
    by_id: &HashMap<i64, &SymptomEntry>,
    texts: &Texts<'_>,
    zone: Tz,
) -> ReasonView {
    let entries: Vec<&SymptomEntry> = reason
        .entry_ids
        .iter()
        .filter_map(|id| by_id.get(id).copied())
        .collect();
    let (title, detail) = match reason.kind {
        ReasonKind::RedFlag => {
            match reason
                .rule_id
                .as_deref()
                .and_then(|id| plan.protocol().rule(id))
            {
                Some(rule) => (
                    texts.get(&rule.text, None),
                    texts.attr(&rule.text, "detail", None),
                ),
                // A rule the plan does not know (an assessment from another plan): say the level.
                None => (
                    texts.get(&format!("triage-headline-{}", reason.level.code()), None),
                    None,
                ),
            }
        }
        ReasonKind::Unexpected | ReasonKind::StrongExpected => {
            let key = if reason.kind == ReasonKind::Unexpected {
                "triage-reason-unexpected"
            } else {
                "triage-reason-strong"
            };
            // Watch reasons are grouped by symptom kind, so the first entry names it.
            let kind = entries.first().map_or(SymptomKind::Other, |e| e.kind);
            let symptom = symptom_name(kind, texts);
            let mut args = Args::new();
            args.set("symptom_lower", symptom.to_lowercase());
            args.set("symptom", symptom);
            (
                texts.get(key, Some(&args)),
                texts.attr(key, "detail", Some(&args)),
            )
        }
    };
    ReasonView {
        level: reason.level,
        kind: reason.kind,
        rule_id: reason.rule_id.clone(),
        title,
        detail,
        entries: entries
            .into_iter()
            .map(|e| ReasonEntryView {
                id: e.id,
                kind: e.kind,
                symptom: symptom_name(e.kind, texts),
                severity: e.severity,
                area: e.area,
                area_name: area_name(e.area, texts),
                observed: Stamp::new(e.observed_at, zone, texts.locale(), Style::DateTime),
            })
            .collect(),
    }
}
