//! The view of an assessment: what the "how am I doing" screen, the CLI and the report show.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::{Assessment, EarlierSession, Episode, FlagStatus, Reason, ReasonKind, TriageLevel};
use crate::local_time::{Stamp, Style};
use crate::plan::RecoveryPlan;
use crate::protocol::{Protocol, Rule, WhoToContact};
use crate::region::Region;
use crate::symptom::{BodyArea, SymptomEntry, SymptomKind};
use crate::text::{Args, Locale, Texts};
use crate::view::{SCHEMA, area_name, rule_attr, rule_title, symptom_name};

/// An entry behind a reason, without the patient's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ReasonEntryView {
    /// Journal id.
    pub id: i64,
    /// Symptom kind code.
    pub kind: SymptomKind,
    /// The symptom's name in the locale.
    pub symptom: String,
    /// Severity, 0 to 10 (a yes/no answer: 0 or 10).
    pub severity: u8,
    /// Whether the severity answers yes or no (a fever).
    pub yes_no: bool,
    /// The measured temperature, in the region's unit ("38.4 °C"), if one was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<String>,
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
    /// How much it counts now.
    pub level: TriageLevel,
    /// The flag's own level (what it asks for while active).
    pub flag_level: TriageLevel,
    /// What kind of finding it is.
    pub kind: ReasonKind,
    /// Where a red flag stands (`active` for watch reasons).
    pub status: FlagStatus,
    /// The status in words ("Now", "Earlier", "You contacted your provider").
    pub status_label: String,
    /// The red-flag rule, if it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// The red flag's title, or what is worth watching.
    pub title: String,
    /// A line of explanation, if there is one: for an earlier or contacted flag, what to do if
    /// it comes back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// When its first entry was observed.
    pub since: Stamp,
    /// When the patient contacted their provider about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacted: Option<Stamp>,
    /// The entries behind it, in the order they were observed.
    pub entries: Vec<ReasonEntryView>,
}

/// A red-flag episode as the history and the report show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct EpisodeView {
    /// The red-flag rule.
    pub rule_id: String,
    /// The flag's title.
    pub title: String,
    /// The flag's own level.
    pub flag_level: TriageLevel,
    /// The symptom.
    pub symptom: SymptomKind,
    /// Where it stands now.
    pub status: FlagStatus,
    /// The status in words.
    pub status_label: String,
    /// When its first raising entry was observed.
    pub started: Stamp,
    /// When the entry that resolved it was observed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Stamp>,
    /// When the patient contacted their provider about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacted: Option<Stamp>,
    /// The entries that raised or sustained it.
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
    /// One line saying what to do (for an urgent level: what to do when the clinic cannot be
    /// reached, with the local emergency number).
    pub advice: String,
    /// Who the patient contacts: their provider, or a healthcare professional after an
    /// at-home treatment.
    pub who: WhoToContact,
    /// The local emergency number (from the phone's region; 112 when it is unknown).
    pub emergency_number: String,
    /// The current findings, most urgent first.
    pub reasons: Vec<ReasonView>,
    /// Every red-flag episode so far, resolved ones included, oldest first.
    pub episodes: Vec<EpisodeView>,
    /// Ids of entries that were not assessed.
    pub not_assessed: Vec<i64>,
    /// Why they were not assessed, in words, when there are any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_assessed_note: Option<String>,
    /// Until when daily check-ins stay open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub watch_until: Option<Stamp>,
    /// The latest "All fine today" check-in counted, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_in: Option<Stamp>,
    /// The provider-comes-first notice.
    pub disclaimer: String,
}

/// What a view needs to put an assessment into words.
struct Words<'a> {
    plan: &'a RecoveryPlan,
    /// The plan's protocol, then earlier sessions' protocols, newest first.
    protocols: Vec<&'a Protocol>,
    by_id: HashMap<i64, &'a SymptomEntry>,
    texts: Texts<'a>,
    zone: Tz,
    region: Region,
    /// Symptoms that were behind a red flag in this session, settled or not, with the first
    /// time they were: never called "not usually expected" afterwards.
    flagged: Vec<(SymptomKind, DateTime<Utc>)>,
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
        AssessmentView::with_earlier(
            plan,
            &[],
            assessment,
            entries,
            locale,
            zone,
            Region::default(),
        )
    }

    /// [`AssessmentView::new`] for an assessment that also read earlier sessions (a flag only
    /// an earlier protocol has is still named in its own words), for a phone in `region` (its
    /// emergency number and temperature unit).
    pub fn with_earlier(
        plan: &RecoveryPlan,
        earlier: &[EarlierSession<'_>],
        assessment: &Assessment,
        entries: &[SymptomEntry],
        locale: Locale,
        zone: Tz,
        region: Region,
    ) -> AssessmentView {
        let mut protocols: Vec<&Protocol> = vec![plan.protocol()];
        protocols.extend(earlier.iter().rev().map(|s| s.protocol));
        let mut by_id: HashMap<i64, &SymptomEntry> = HashMap::with_capacity(entries.len());
        for entry in entries {
            by_id.entry(entry.id).or_insert(entry);
        }
        let mut flagged: Vec<(SymptomKind, DateTime<Utc>)> = Vec::new();
        for episode in &assessment.episodes {
            match flagged
                .iter_mut()
                .find(|(kind, _)| *kind == episode.symptom)
            {
                Some((_, first)) => *first = (*first).min(episode.started_at),
                None => flagged.push((episode.symptom, episode.started_at)),
            }
        }
        let words = Words {
            plan,
            protocols,
            by_id,
            texts: plan.protocol().texts(locale),
            zone,
            region,
            flagged,
        };
        let texts = &words.texts;
        let level = assessment.level.code();
        let mut level_args = Args::new();
        level_args.set("number", region.emergency_number());
        let not_assessed: Vec<i64> = assessment.not_assessed.iter().map(|n| n.entry_id).collect();
        let not_assessed_note = (!not_assessed.is_empty()).then(|| {
            let mut args = Args::new();
            args.set("count", not_assessed.len());
            args.set("ended", words.stamp(plan.session.ended_at).text);
            texts.get("triage-not-assessed-before", Some(&args))
        });
        AssessmentView {
            schema: SCHEMA,
            locale,
            level: assessment.level,
            // "Everything you logged looks like normal healing" would claim a log there is not;
            // "nothing logged" would deny an "All fine today" check-in.
            headline: if assessment.level == TriageLevel::Normal
                && entries.is_empty()
                && assessment.checked_in.is_none()
            {
                texts.get("triage-headline-normal-nothing-logged", None)
            } else {
                texts.get(&format!("triage-headline-{level}"), Some(&level_args))
            },
            advice: texts.get(&format!("triage-advice-{level}"), Some(&level_args)),
            who: texts.who(),
            emergency_number: region.emergency_number().to_string(),
            reasons: assessment
                .reasons
                .iter()
                .map(|reason| words.reason(reason))
                .collect(),
            episodes: assessment
                .episodes
                .iter()
                .map(|episode| words.episode(episode))
                .collect(),
            not_assessed,
            not_assessed_note,
            watch_until: assessment.watch_until.map(|at| words.stamp(at)),
            checked_in: assessment.checked_in.map(|at| words.stamp(at)),
            disclaimer: texts.get("disclaimer", None),
        }
    }
}

impl Words<'_> {
    fn stamp(&self, at: DateTime<Utc>) -> Stamp {
        Stamp::new(at, self.zone, self.texts.locale(), Style::DateTime)
    }

    /// The rule behind a flag, from the newest protocol that has it.
    fn rule(&self, rule_id: &str) -> Option<(&Protocol, &Rule)> {
        self.protocols
            .iter()
            .find_map(|protocol| protocol.rule(rule_id).map(|rule| (*protocol, rule)))
    }

    fn entries(&self, ids: &[i64]) -> Vec<ReasonEntryView> {
        ids.iter()
            .filter_map(|id| self.by_id.get(id).copied())
            .map(|e| ReasonEntryView {
                id: e.id,
                kind: e.kind,
                symptom: symptom_name(e.kind, &self.texts),
                severity: e.severity,
                yes_no: e.yes_no,
                temperature: e.temperature.map(|t| {
                    t.text(
                        self.region.temperature_unit(),
                        self.texts.locale().decimal_comma(),
                    )
                }),
                area: e.area,
                area_name: area_name(e.area, &self.texts),
                observed: self.stamp(e.observed_at),
            })
            .collect()
    }

    /// A flag's title and detail in its own protocol's words; the level's headline for a rule no
    /// plan knows (an assessment made from other plans).
    fn flag_words(&self, rule_id: &str, level: TriageLevel) -> (String, Option<String>) {
        match self.rule(rule_id) {
            Some((protocol, rule)) => {
                let texts = protocol.texts(self.texts.locale());
                (rule_title(rule, &texts), rule_attr(rule, "detail", &texts))
            }
            None => (
                self.texts
                    .get(&format!("triage-headline-{}", level.code()), None),
                None,
            ),
        }
    }

    fn status_label(&self, status: FlagStatus) -> String {
        let code = match status {
            FlagStatus::Resolved => "resolved",
            FlagStatus::Past => "past",
            FlagStatus::Earlier => "earlier",
            FlagStatus::Contacted => "contacted",
            FlagStatus::Active => "active",
        };
        self.texts.get(&format!("triage-status-{code}"), None)
    }

    /// What to do about a flag that no longer counts at its own level.
    fn stepped_down(
        &self,
        status: FlagStatus,
        since: DateTime<Utc>,
        contacted: Option<DateTime<Utc>>,
    ) -> Option<String> {
        let mut args = Args::new();
        match (status, contacted) {
            (FlagStatus::Contacted, Some(at)) => {
                args.set("date", self.stamp(at).text);
                Some(self.texts.get("triage-contacted-detail", Some(&args)))
            }
            (FlagStatus::Earlier, _) => {
                args.set("date", self.stamp(since).text);
                Some(self.texts.get("triage-earlier-detail", Some(&args)))
            }
            _ => None,
        }
    }

    fn reason(&self, reason: &Reason) -> ReasonView {
        let entries = self.entries(&reason.entry_ids);
        let (title, detail) = match reason.kind {
            ReasonKind::RedFlag => {
                let (title, detail) = self.flag_words(
                    reason.rule_id.as_deref().unwrap_or_default(),
                    reason.flag_level,
                );
                let latest = entries
                    .last()
                    .and_then(|e| self.by_id.get(&e.id))
                    .map_or(reason.since, |e| e.observed_at);
                let stepped = self.stepped_down(reason.status, latest, reason.contacted_at);
                (title, stepped.or(detail))
            }
            ReasonKind::Unexpected | ReasonKind::StrongExpected => {
                // Watch reasons are grouped by symptom kind, so the first entry names it.
                let first = reason
                    .entry_ids
                    .first()
                    .and_then(|id| self.by_id.get(id).copied());
                let kind = first.map_or(SymptomKind::Other, |e| e.kind);
                // Expected at this moment, but not this strongly (e.g. more than pinpoint
                // bleeding): say so rather than "not expected".
                let above = first.is_some_and(|e| {
                    self.plan.rules().any(|(item, rule)| {
                        rule.names_expected(e.kind)
                            && item.starts_at <= e.observed_at
                            && e.observed_at < item.ends_at
                    })
                });
                // A symptom that was a red flag earlier is never "not usually expected" now:
                // the patient already heard it was a sign.
                let flagged = self
                    .flagged
                    .iter()
                    .find(|(flagged, _)| *flagged == kind)
                    .map(|(_, first)| *first);
                let key = match reason.kind {
                    ReasonKind::StrongExpected => "triage-reason-strong",
                    _ if flagged.is_some() => "triage-reason-after-flag",
                    _ if above => "triage-reason-above-expected",
                    _ => "triage-reason-unexpected",
                };
                let symptom = symptom_name(kind, &self.texts);
                let mut args = Args::new();
                args.set("symptom_lower", symptom.to_lowercase());
                args.set("symptom", symptom);
                if let Some(first) = flagged {
                    args.set("date", self.stamp(first).text);
                }
                (
                    self.texts.get(key, Some(&args)),
                    self.texts.attr(key, "detail", Some(&args)),
                )
            }
        };
        ReasonView {
            level: reason.level,
            flag_level: reason.flag_level,
            kind: reason.kind,
            status: reason.status,
            status_label: self.status_label(reason.status),
            rule_id: reason.rule_id.clone(),
            title,
            detail,
            since: self.stamp(reason.since),
            contacted: reason.contacted_at.map(|at| self.stamp(at)),
            entries,
        }
    }

    fn episode(&self, episode: &Episode) -> EpisodeView {
        EpisodeView {
            rule_id: episode.rule_id.clone(),
            title: self.flag_words(&episode.rule_id, episode.flag_level).0,
            flag_level: episode.flag_level,
            symptom: episode.symptom,
            status: episode.status,
            status_label: self.status_label(episode.status),
            started: self.stamp(episode.started_at),
            resolved: episode.resolved_at.map(|at| self.stamp(at)),
            contacted: episode.contacted_at.map(|at| self.stamp(at)),
            entries: self.entries(&episode.entry_ids),
        }
    }
}
