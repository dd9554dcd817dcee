//! Localized, serializable views of plans and statuses: what the CLI prints as JSON and what the
//! shells render. Field names and shapes are stable; see `cli/JSON.md`.

mod plan;
mod reminders;
mod status;
mod verdict;

use chrono::TimeDelta;
use serde::Serialize;

pub use crate::triage::{AssessmentView, ReasonEntryView, ReasonView};
pub use plan::{
    MilestoneView, PhaseView, PlanView, PreparationView, SeriesView, SessionView, preparation_view,
    series_view,
};
pub use reminders::{ReminderView, RemindersView};
pub(crate) use status::Stage;
pub use status::{RestrictionView, RoutineView, StatusView};
pub use verdict::VerdictView;

use crate::protocol::{Level, Protocol, Rule, RuleKind, Topic};
use crate::symptom::TemperatureUnit;
use crate::text::{Args, Locale, Texts};

/// Version of the JSON views; raised only for changes that break readers.
pub const SCHEMA: u32 = 1;

/// Which protocol, as shown to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ProtocolView {
    /// Protocol id.
    pub id: String,
    /// Protocol version.
    pub version: u32,
    /// Display name in the locale.
    pub name: String,
}

impl ProtocolView {
    /// The view of a protocol in `locale`.
    pub fn new(protocol: &Protocol, locale: Locale) -> ProtocolView {
        ProtocolView {
            id: protocol.id.clone(),
            version: protocol.version,
            name: protocol.display_name(locale),
        }
    }
}

/// A rule as shown to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct RuleView {
    /// Rule id.
    pub id: String,
    /// Rule kind (`restriction`, `routine`, ...).
    pub kind: String,
    /// The kind in words ("Restriction", "Normal").
    pub kind_label: String,
    /// What it is about, for instructions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<Topic>,
    /// How urgent, for red flags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Title.
    pub title: String,
    /// Explanation, if the rule has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Source keys.
    pub sources: Vec<String>,
}

impl RuleView {
    /// The view of a rule with the given texts.
    pub fn new(rule: &Rule, texts: &Texts<'_>) -> RuleView {
        let (topic, level) = match &rule.kind {
            RuleKind::Restriction { topic }
            | RuleKind::Preparation { topic }
            | RuleKind::Routine { topic, .. } => (Some(*topic), None),
            RuleKind::RedFlag(flag) => (None, Some(flag.level)),
            RuleKind::ExpectedSymptom { .. } | RuleKind::Series(_) => (None, None),
        };
        RuleView {
            id: rule.id.clone(),
            kind: rule.kind.tag().to_string(),
            kind_label: texts.get(&format!("rule-kind-{}", rule.kind.tag()), None),
            topic,
            level,
            title: rule_title(rule, texts),
            detail: rule_attr(rule, "detail", texts),
            sources: rule.sources.clone(),
        }
    }
}

/// A rule's own numbers as message arguments, so its text states the numbers the rule uses
/// and an override of the window cannot leave the text behind: `$from` and `$until` (its window
/// as durations, e.g. "2 days"; `$until` only for a closed window), `$from_day` (the recovery
/// day it starts on, as "Day 6" on the screens), for red flags `$min_severity` and `$rise_by`,
/// `$min_temperature` for a measured-fever flag ("38.0 °C (100.4 °F)"), and for expected
/// symptoms `$max_severity`. `$who` comes with the texts.
pub fn rule_args(rule: &Rule, texts: &Texts<'_>) -> Args<'static> {
    let mut args = Args::new();
    args.set("from", duration_text(rule.window.from.to_duration(), texts));
    // The recovery day the window starts on, as the screens count days: day 1 is the first
    // 24 hours after the session, so a rule from 120 h starts on day 6.
    args.set(
        "from_day",
        rule.window.from.to_duration().num_hours() / 24 + 1,
    );
    if let Some(until) = rule.window.until {
        args.set("until", duration_text(until.to_duration(), texts));
    }
    match &rule.kind {
        RuleKind::RedFlag(flag) => {
            args.set("min_severity", flag.min_severity);
            args.set("rise_by", flag.rise_by);
            if let Some(line) = flag.min_temperature {
                // Both units: a rule's text does not know which the patient's thermometer shows.
                let comma = texts.locale().decimal_comma();
                args.set(
                    "min_temperature",
                    format!(
                        "{} ({})",
                        line.text(TemperatureUnit::Celsius, comma),
                        line.text(TemperatureUnit::Fahrenheit, comma)
                    ),
                );
            }
        }
        RuleKind::ExpectedSymptom { max_severity, .. } => args.set("max_severity", *max_severity),
        _ => {}
    }
    args
}

/// A rule's title in the texts' locale, with its own numbers.
pub fn rule_title(rule: &Rule, texts: &Texts<'_>) -> String {
    texts.get(&rule.text, Some(&rule_args(rule, texts)))
}

/// An attribute of a rule's text (`detail`, `lifted`), with its own numbers.
pub fn rule_attr(rule: &Rule, attribute: &str, texts: &Texts<'_>) -> Option<String> {
    texts.attr(&rule.text, attribute, Some(&rule_args(rule, texts)))
}

/// A duration written for a person: "2 days 4 h", "3 h 20 min", "15 min".
pub fn duration_text(duration: TimeDelta, texts: &Texts<'_>) -> String {
    // Round up to the minute: "0 min left" while something is still in force would be wrong.
    let minutes = (duration.num_seconds().max(0) + 59) / 60;
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let mut args = Args::new();
    if days > 0 {
        args.set("days", days);
        args.set("hours", hours);
        texts.get("duration-days-hours", Some(&args))
    } else if hours > 0 {
        args.set("hours", hours);
        args.set("minutes", mins);
        texts.get("duration-hours-minutes", Some(&args))
    } else {
        args.set("minutes", mins);
        texts.get("duration-minutes", Some(&args))
    }
}

/// A logged answer in words: `score(severity)` for a 0–10 rating, "yes" or "no" for a symptom
/// answered that way (a fever), then the temperature measured, if any ("yes, 38.4 °C measured").
pub fn answer_text(
    severity: u8,
    yes_no: bool,
    temperature: Option<&str>,
    score: impl FnOnce(u8) -> String,
    texts: &Texts<'_>,
) -> String {
    let answer = match (yes_no, severity) {
        (false, severity) => score(severity),
        (true, 0) => texts.get("severity-no", None),
        (true, _) => texts.get("severity-yes", None),
    };
    match temperature {
        Some(temperature) => {
            let mut args = Args::new();
            args.set("temperature", temperature);
            format!("{answer}, {}", texts.get("triage-temperature", Some(&args)))
        }
        None => answer,
    }
}

/// A symptom kind's name in the texts' locale ("Dryness or flaking").
pub fn symptom_name(kind: crate::symptom::SymptomKind, texts: &Texts<'_>) -> String {
    texts.get(&format!("symptom-{}", kind.code()), None)
}

/// A body area's name in the texts' locale ("Lips and mouth").
pub fn area_name(area: crate::symptom::BodyArea, texts: &Texts<'_>) -> String {
    texts.get(&format!("area-{}", area.code()), None)
}
