//! Loading a protocol file: strict parsing, validation with the place of each problem, and
//! resolving `extends` against a base protocol.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

use super::Protocol;
use super::bounds;
use super::red_flag::{Pattern, RedFlag, WORSENING_MIN_SEVERITY, WORSENING_RISE_BY};
use super::rule::{Rule, RuleKind, Schedule};
use super::series::SeriesRule;
use super::spec::{self, ProtocolFile, RuleKindTag, RuleSpec};
use super::window::{Anchor, Window};
use crate::span::Span;
use crate::symptom::{SymptomKind, Temperature, TemperatureUnit};
use crate::text::{self, Locale, TextBundle};

/// One thing wrong with a protocol file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, e.g. `rules[3].window.until`.
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a protocol file was refused. Messages name places and ids, never patient data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// The file is not JSON of the protocol shape (syntax, unknown field, wrong type).
    #[error("{0}")]
    Malformed(Problem),
    /// The file has the right shape but its content is not valid.
    #[error("{}{}", .0[0], more(.0.len()))]
    Invalid(Vec<Problem>),
}

fn more(n: usize) -> String {
    match n {
        0 | 1 => String::new(),
        2 => " (and 1 more problem)".to_string(),
        n => format!(" (and {} more problems)", n - 1),
    }
}

impl ProtocolError {
    /// Every problem found, in file order.
    pub fn problems(&self) -> &[Problem] {
        match self {
            ProtocolError::Malformed(problem) => std::slice::from_ref(problem),
            ProtocolError::Invalid(problems) => problems,
        }
    }
}

/// The largest protocol version number accepted.
const MAX_VERSION: u32 = 1_000_000;
/// The most sessions a series may have.
const MAX_SESSIONS: u32 = 20;
/// The longest maintenance interval in months.
const MAX_MAINTENANCE_MONTHS: u32 = 36;

/// Parses JSON into the file shape; the error names the path of the first problem.
pub(crate) fn parse(json: &str) -> Result<ProtocolFile, ProtocolError> {
    let file_problem = |message: String| {
        ProtocolError::Malformed(Problem {
            path: "(file)".to_string(),
            message,
        })
    };
    if json.len() > bounds::MAX_PROTOCOL_BYTES {
        return Err(file_problem(format!(
            "the file is larger than {} KiB",
            bounds::MAX_PROTOCOL_BYTES / 1024
        )));
    }
    // Editors on Windows often start UTF-8 files with a byte-order mark; it is not content.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if bounds::json_depth(json, bounds::MAX_JSON_DEPTH) > bounds::MAX_JSON_DEPTH {
        return Err(file_problem(format!(
            "arrays and objects are nested more than {} deep",
            bounds::MAX_JSON_DEPTH
        )));
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    let file: ProtocolFile = serde_path_to_error::deserialize(&mut *de).map_err(|err| {
        ProtocolError::Malformed(Problem {
            path: json_path(&err.path().to_string()),
            message: err.into_inner().to_string(),
        })
    })?;
    // Anything after the protocol's closing brace is a second document: refuse it.
    de.end().map_err(|err| {
        ProtocolError::Malformed(Problem {
            path: "(file)".to_string(),
            message: err.to_string(),
        })
    })?;
    Ok(file)
}

/// `serde_path_to_error` writes `.` for the root and `?` where a syntax error left no key.
fn json_path(path: &str) -> String {
    let trimmed = path.trim_end_matches('?').trim_end_matches('.');
    if trimmed.is_empty() {
        "(file)".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Checks a parsed file and builds the protocol; `base` finds the protocol it extends.
pub(crate) fn build<'b>(
    file: ProtocolFile,
    builtin: bool,
    base: impl Fn(&str, Option<u32>) -> Option<&'b Protocol>,
) -> Result<Protocol, ProtocolError> {
    let mut v = Validator::default();
    if file.format != spec::FORMAT {
        v.problem(
            "format",
            format!(
                "unsupported format {} (this app reads format {})",
                file.format,
                spec::FORMAT
            ),
        );
    }
    v.check_id("id", &file.id);
    if !(1..=MAX_VERSION).contains(&file.version) {
        v.problem("version", format!("must be between 1 and {MAX_VERSION}"));
    }

    let own_texts = v.compile_messages(&file.messages);

    let base = match &file.extends {
        None => None,
        Some(ext) => match base(&ext.id, ext.version) {
            Some(found) => Some(found),
            None => {
                let what = match ext.version {
                    Some(version) => format!("{} v{version}", ext.id),
                    None => ext.id.clone(),
                };
                v.problem(
                    "extends",
                    format!("no built-in protocol {what:?} to extend"),
                );
                None
            }
        },
    };
    if file.extends.is_none() {
        if !file.overrides.is_empty() {
            v.problem(
                "overrides",
                "only a protocol that extends another can override windows",
            );
        }
        if !file.remove.is_empty() {
            v.problem(
                "remove",
                "only a protocol that extends another can remove rules",
            );
        }
    }

    let mut rules: Vec<Rule> = Vec::new();
    // Overrides that name a text of their own: (index in `overrides`, the rule's kind, text).
    let mut overridden_texts: Vec<(usize, RuleKind, String)> = Vec::new();
    // Where each merged rule came from: `None` for the base, `Some(i)` for `rules[i]`.
    let mut origins: Vec<Option<usize>> = Vec::new();
    if let Some(base) = base {
        let mut removed = BTreeSet::new();
        for (i, id) in file.remove.iter().enumerate() {
            let path = format!("remove[{i}]");
            if base.rule(id).is_none() {
                v.problem(&path, format!("{} has no rule {id:?}", base.reference()));
            } else if !removed.insert(id.as_str()) {
                v.problem(&path, format!("rule {id:?} is removed twice"));
            }
        }
        rules.extend(
            base.rules
                .iter()
                .filter(|r| !removed.contains(r.id.as_str()))
                .cloned(),
        );
        origins.resize(rules.len(), None);
        let mut overridden = BTreeSet::new();
        for (i, over) in file.overrides.iter().enumerate() {
            let path = format!("overrides[{i}]");
            match rules.iter_mut().find(|r| r.id == over.rule) {
                None if removed.contains(over.rule.as_str()) => v.problem(
                    &format!("{path}.rule"),
                    format!("rule {:?} is also removed", over.rule),
                ),
                None => v.problem(
                    &format!("{path}.rule"),
                    format!("{} has no rule {:?}", base.reference(), over.rule),
                ),
                Some(_) if !overridden.insert(over.rule.as_str()) => v.problem(
                    &format!("{path}.rule"),
                    format!("rule {:?} is overridden twice", over.rule),
                ),
                Some(rule) => {
                    let before = v.problems.len();
                    if let Some(window) = &over.window {
                        v.check_window(
                            &format!("{path}.window"),
                            &format!("{path}.window"),
                            &rule.kind,
                            window,
                        );
                    } else if over.text.is_none() {
                        v.problem(&path, "an override changes a window, a text or both");
                    }
                    v.check_sources(&path, &over.sources, builtin);
                    if let Some(text) = &over.text {
                        v.check_text(&format!("{path}.text"), text);
                    }
                    if v.problems.len() == before {
                        if let Some(window) = over.window {
                            rule.window = window;
                        }
                        if !over.sources.is_empty() {
                            rule.sources = over.sources.clone();
                        }
                        if let Some(text) = &over.text {
                            rule.text = text.clone();
                            overridden_texts.push((i, rule.kind.clone(), text.clone()));
                        }
                    }
                }
            }
        }
    }

    for (i, spec) in file.rules.iter().enumerate() {
        if let Some(rule) = v.rule(&format!("rules[{i}]"), spec, builtin) {
            rules.push(rule);
            origins.push(Some(i));
        }
    }
    if rules.is_empty() && v.problems.is_empty() {
        v.problem("rules", "a protocol needs at least one rule");
    }

    // Ids are checked over the merged list so an added rule cannot shadow a base rule.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, rule) in rules.iter().enumerate() {
        if let Some(first) = seen.insert(rule.id.as_str(), i) {
            let other = match origins[first] {
                None => "the base protocol".to_string(),
                Some(index) => format!("rules[{index}]"),
            };
            v.problem(
                &own_path(origins[i], "id"),
                format!("duplicate rule id {:?} (also in {other})", rule.id),
            );
        }
    }
    let series: Vec<usize> = rules
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.kind, RuleKind::Series(_)))
        .map(|(i, _)| i)
        .collect();
    if let [_, second, ..] = series[..] {
        v.problem(
            &own_path(origins[second], "kind"),
            "a protocol has at most one series rule",
        );
    }

    let has_text = |key: &str, attr: Option<&str>| {
        own_texts
            .as_ref()
            .is_some_and(|own| own.has(Locale::En, key, attr))
            || text::builtin().has(Locale::En, key, attr)
    };
    if !has_text(&file.name, None) {
        v.problem("name", missing_text(&file.name, None));
    }
    let own_rules = rules
        .iter()
        .zip(&origins)
        .filter(|(_, origin)| origin.is_some())
        .map(|(rule, origin)| (own_path(*origin, "text"), &rule.kind, &rule.text));
    let override_texts = overridden_texts
        .iter()
        .map(|(i, kind, text)| (format!("overrides[{i}].text"), kind, text));
    for (path, kind, key) in own_rules.chain(override_texts) {
        for attr in required_attributes(kind) {
            if !has_text(key, *attr) {
                v.problem(&path, missing_text(key, *attr));
                break;
            }
        }
    }

    if !v.problems.is_empty() {
        return Err(ProtocolError::Invalid(v.problems));
    }
    Ok(Protocol {
        id: file.id,
        version: file.version,
        name: file.name,
        treatment: file.treatment,
        based_on: base.map(Protocol::reference),
        rules,
        builtin,
        messages: file.messages,
        texts: own_texts.map(Arc::new),
    })
}

fn own_path(origin: Option<usize>, field: &str) -> String {
    match origin {
        None => format!("extends.{field}"),
        Some(index) => format!("rules[{index}].{field}"),
    }
}

fn missing_text(key: &str, attr: Option<&str>) -> String {
    match attr {
        None => format!("no English text for message {key:?} (add it under messages.en)"),
        Some(attr) => format!(
            "message {key:?} needs a .{attr} attribute in English (add it under messages.en)"
        ),
    }
}

/// The text attributes every rule of a kind must have besides its title.
fn required_attributes(kind: &RuleKind) -> &'static [Option<&'static str>] {
    match kind {
        // Reminders announce a lifted restriction ("You can wear makeup again").
        RuleKind::Restriction { .. } => &[None, Some("lifted")],
        _ => &[None],
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn check_id(&mut self, path: &str, id: &str) {
        let ok = (1..=64).contains(&id.len())
            && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.problem(
                path,
                format!("{id:?} is not a valid id (1–64 lowercase letters, digits and dashes)"),
            );
        }
    }

    fn compile_messages(&mut self, messages: &BTreeMap<String, String>) -> Option<TextBundle> {
        if messages.is_empty() {
            return None;
        }
        // Each locale is checked on its own so a broken Spanish file leaves the English usable.
        let mut good = Vec::new();
        for (tag, source) in messages {
            let path = format!("messages.{tag}");
            let Some(locale) = Locale::from_tag(tag).filter(|l| l.code() == tag) else {
                self.problem(&path, "unsupported locale (supported: en, es)");
                continue;
            };
            if source.len() > bounds::MAX_MESSAGES_BYTES {
                self.problem(
                    &path,
                    format!(
                        "the messages are larger than {} KiB",
                        bounds::MAX_MESSAGES_BYTES / 1024
                    ),
                );
                continue;
            }
            // Fluent's parser and formatter recurse into placeables: bound them first.
            if bounds::placeable_depth(source, bounds::MAX_PLACEABLE_DEPTH)
                > bounds::MAX_PLACEABLE_DEPTH
            {
                self.problem(
                    &path,
                    format!(
                        "placeables ({{ … }}) are nested more than {} deep",
                        bounds::MAX_PLACEABLE_DEPTH
                    ),
                );
                continue;
            }
            match TextBundle::compile([(locale, source.as_str())]) {
                Err((_, err)) => self.problem(&path, err.to_string()),
                Ok(bundle) => match bundle.first_unrenderable(locale) {
                    Some((key, error)) => {
                        self.problem(&path, format!("message {key:?} cannot be shown: {error}"))
                    }
                    None => good.push((locale, source.as_str())),
                },
            }
        }
        if good.is_empty() {
            return None;
        }
        TextBundle::compile(good).ok()
    }

    fn check_text(&mut self, path: &str, text: &str) {
        if !is_fluent_id(text) {
            self.problem(
                path,
                format!("{text:?} is not a message id (letters, digits, - and _)"),
            );
        }
    }

    /// Source keys of a rule or override at `path`; a built-in must name at least one.
    fn check_sources(&mut self, path: &str, sources: &[String], builtin: bool) {
        let mut seen_sources = BTreeSet::new();
        for (i, source) in sources.iter().enumerate() {
            let p = format!("{path}.sources[{i}]");
            if source.trim().is_empty() || source.len() > 64 {
                self.problem(&p, "a source key is 1–64 characters");
            } else if !seen_sources.insert(source) {
                self.problem(&p, format!("source {source:?} is listed twice"));
            }
        }
        if builtin && sources.is_empty() {
            self.problem(
                &format!("{path}.sources"),
                "a built-in rule or override names its sources",
            );
        }
    }

    fn rule(&mut self, path: &str, spec: &RuleSpec, builtin: bool) -> Option<Rule> {
        let before = self.problems.len();
        self.check_id(&format!("{path}.id"), &spec.id);
        self.check_text(&format!("{path}.text"), &spec.text);
        self.check_sources(path, &spec.sources, builtin);

        let worsening = spec.pattern == Some(Pattern::Worsening);
        let allowed: &[&str] = match spec.kind {
            RuleKindTag::ExpectedSymptom => &["symptoms", "max_severity"],
            RuleKindTag::Restriction | RuleKindTag::Preparation => &["topic"],
            RuleKindTag::Routine => &["topic", "schedule"],
            RuleKindTag::RedFlag if worsening => &[
                "symptoms",
                "level",
                "pattern",
                "min_severity",
                "areas",
                "rise_by",
                "scope",
                "only_unexpected",
                "with",
                "with_min_severity",
                "clears_after",
            ],
            RuleKindTag::RedFlag => &[
                "symptoms",
                "level",
                "pattern",
                "min_severity",
                "areas",
                "scope",
                "only_unexpected",
                "with",
                "with_min_severity",
                "clears_after",
                "min_temperature",
            ],
            RuleKindTag::Series => &["sessions", "recommended", "maintenance_months"],
        };
        let present = [
            ("symptoms", spec.symptoms.is_some()),
            ("topic", spec.topic.is_some()),
            ("schedule", spec.schedule.is_some()),
            ("level", spec.level.is_some()),
            ("pattern", spec.pattern.is_some()),
            ("min_severity", spec.min_severity.is_some()),
            ("areas", spec.areas.is_some()),
            ("rise_by", spec.rise_by.is_some()),
            ("scope", spec.scope.is_some()),
            ("only_unexpected", spec.only_unexpected.is_some()),
            ("with", spec.with.is_some()),
            ("with_min_severity", spec.with_min_severity.is_some()),
            ("clears_after", spec.clears_after.is_some()),
            ("min_temperature", spec.min_temperature.is_some()),
            ("max_severity", spec.max_severity.is_some()),
            ("sessions", spec.sessions.is_some()),
            ("recommended", spec.recommended.is_some()),
            ("maintenance_months", spec.maintenance_months.is_some()),
        ];
        let tag = tag_name(spec.kind);
        for (field, is_present) in present {
            if is_present && !allowed.contains(&field) {
                let message = if field == "rise_by" && spec.kind == RuleKindTag::RedFlag {
                    "only a worsening red flag has a rise".to_string()
                } else if field == "min_temperature" && spec.kind == RuleKindTag::RedFlag {
                    "only a present red flag has a temperature".to_string()
                } else {
                    format!("not allowed in a {tag} rule")
                };
                self.problem(&format!("{path}.{field}"), message);
            }
        }
        let mut required = |field: &str, value: bool| {
            if !value {
                self.problem(
                    &format!("{path}.{field}"),
                    format!("required in a {tag} rule"),
                );
            }
        };
        let kind = match spec.kind {
            RuleKindTag::ExpectedSymptom => {
                required("symptoms", spec.symptoms.is_some());
                RuleKind::ExpectedSymptom {
                    symptoms: spec.symptoms.clone().unwrap_or_default(),
                    max_severity: spec.max_severity.unwrap_or(10),
                }
            }
            RuleKindTag::Restriction | RuleKindTag::Preparation | RuleKindTag::Routine => {
                required("topic", spec.topic.is_some());
                let topic = spec.topic.unwrap_or(super::Topic::Other);
                match spec.kind {
                    RuleKindTag::Restriction => RuleKind::Restriction { topic },
                    RuleKindTag::Preparation => RuleKind::Preparation { topic },
                    _ => {
                        required("schedule", spec.schedule.is_some());
                        RuleKind::Routine {
                            topic,
                            schedule: spec.schedule.unwrap_or(Schedule::Once),
                        }
                    }
                }
            }
            RuleKindTag::RedFlag => {
                required("symptoms", spec.symptoms.is_some());
                required("level", spec.level.is_some());
                RuleKind::RedFlag(RedFlag {
                    level: spec.level.unwrap_or(super::Level::ContactProvider),
                    pattern: spec.pattern.unwrap_or(Pattern::Present),
                    symptoms: spec.symptoms.clone().unwrap_or_default(),
                    min_severity: spec.min_severity.unwrap_or(if worsening {
                        WORSENING_MIN_SEVERITY
                    } else {
                        1
                    }),
                    areas: spec.areas.clone().unwrap_or_default(),
                    rise_by: spec.rise_by.unwrap_or(WORSENING_RISE_BY),
                    scope: spec.scope.unwrap_or_default(),
                    only_unexpected: spec.only_unexpected.unwrap_or(false),
                    with: spec.with.clone().unwrap_or_default(),
                    with_min_severity: spec.with_min_severity.unwrap_or(1),
                    clears_after: spec.clears_after,
                    min_temperature: spec
                        .min_temperature
                        .as_deref()
                        .and_then(|t| Temperature::parse(t, TemperatureUnit::Celsius)),
                })
            }
            RuleKindTag::Series => {
                required("sessions", spec.sessions.is_some());
                required("recommended", spec.recommended.is_some());
                RuleKind::Series(SeriesRule {
                    sessions: spec.sessions.unwrap_or(1),
                    recommended: spec.recommended.unwrap_or(super::SpanRange {
                        from: spec.window.from,
                        until: spec.window.until.unwrap_or(spec.window.from),
                    }),
                    maintenance_months: spec.maintenance_months,
                })
            }
        };

        if let Some(symptoms) = &spec.symptoms {
            if symptoms.is_empty() {
                self.problem(
                    &format!("{path}.symptoms"),
                    "must name at least one symptom",
                );
            }
            let unique: BTreeSet<_> = symptoms.iter().collect();
            if unique.len() != symptoms.len() {
                self.problem(&format!("{path}.symptoms"), "a symptom is listed twice");
            }
        }
        if let Some(areas) = &spec.areas
            && areas.is_empty()
        {
            self.problem(&format!("{path}.areas"), "leave out areas to mean anywhere");
        }
        if let Some(min) = spec.min_severity
            && !(1..=10).contains(&min)
        {
            self.problem(&format!("{path}.min_severity"), "must be between 1 and 10");
        }
        if let Some(rise) = spec.rise_by
            && !(1..=10).contains(&rise)
        {
            self.problem(&format!("{path}.rise_by"), "must be between 1 and 10");
        }
        if let Some(with) = &spec.with {
            if with.is_empty() {
                self.problem(&format!("{path}.with"), "leave out with to mean alone");
            }
            if with.iter().collect::<BTreeSet<_>>().len() != with.len() {
                self.problem(&format!("{path}.with"), "a symptom is listed twice");
            }
        }
        if spec.with_min_severity.is_some() && spec.with.is_none() {
            self.problem(
                &format!("{path}.with_min_severity"),
                "only a red flag with companion signs (with) has one",
            );
        }
        if let Some(min) = spec.with_min_severity
            && !(1..=10).contains(&min)
        {
            self.problem(
                &format!("{path}.with_min_severity"),
                "must be between 1 and 10",
            );
        }
        if let Some(span) = spec.clears_after
            && (span < Span::hours(1) || span > Span::days(14))
        {
            self.problem(
                &format!("{path}.clears_after"),
                "must be between 1h and 14d",
            );
        }
        if let Some(text) = &spec.min_temperature {
            let parsed = Temperature::parse(text, TemperatureUnit::Celsius);
            if !parsed.is_some_and(|t| (Temperature::LOWEST..=Temperature::HIGHEST).contains(&t)) {
                self.problem(
                    &format!("{path}.min_temperature"),
                    "use a temperature like \"38.0C\" or \"100.4F\", between 30 and 45 °C",
                );
            }
            if spec
                .symptoms
                .as_ref()
                .is_some_and(|s| s != &[SymptomKind::Fever])
            {
                self.problem(
                    &format!("{path}.min_temperature"),
                    "only a fever flag (symptoms [\"fever\"]) has a temperature",
                );
            }
        }
        if let Some(max) = spec.max_severity
            && max > 10
        {
            self.problem(&format!("{path}.max_severity"), "must be between 0 and 10");
        }
        if let RuleKind::Series(series) = &kind {
            if !(1..=MAX_SESSIONS).contains(&series.sessions) {
                self.problem(
                    &format!("{path}.sessions"),
                    format!("must be between 1 and {MAX_SESSIONS}"),
                );
            }
            if let Some(months) = series.maintenance_months
                && !(1..=MAX_MAINTENANCE_MONTHS).contains(&months)
            {
                self.problem(
                    &format!("{path}.maintenance_months"),
                    format!("must be between 1 and {MAX_MAINTENANCE_MONTHS}"),
                );
            }
        }
        self.check_window(
            &format!("{path}.window"),
            &format!("{path}.recommended"),
            &kind,
            &spec.window,
        );

        (self.problems.len() == before).then(|| Rule {
            id: spec.id.clone(),
            kind,
            window: spec.window,
            text: spec.text.clone(),
            sources: spec.sources.clone(),
        })
    }

    /// Checks a window against its own shape and what the rule's kind needs.
    /// `recommended_path` is where a series' recommended gap is written: the rule's own
    /// `recommended`, or for an override the window that no longer contains the base's gap.
    fn check_window(
        &mut self,
        path: &str,
        recommended_path: &str,
        kind: &RuleKind,
        window: &Window,
    ) {
        if let Err((field, message)) = window.check() {
            self.problem(&format!("{path}.{field}"), message);
            return;
        }
        let wanted = match kind {
            RuleKind::Preparation { .. } => Anchor::BeforeSession,
            _ => Anchor::AfterSession,
        };
        if window.anchor != wanted {
            let name = match wanted {
                Anchor::AfterSession => "after_session",
                Anchor::BeforeSession => "before_session",
            };
            self.problem(
                &format!("{path}.anchor"),
                format!("a {} rule is anchored {name}", kind.tag()),
            );
            return;
        }
        match kind {
            RuleKind::Routine {
                schedule: Schedule::Once,
                ..
            } if window.until.is_none() => {
                self.problem(&format!("{path}.until"), "a one-off routine needs an end");
            }
            RuleKind::Series(series) => {
                let Some(latest) = window.until else {
                    self.problem(
                        &format!("{path}.until"),
                        "the latest next session is required",
                    );
                    return;
                };
                if window.from < Span::days(1) {
                    self.problem(&format!("{path}.from"), "sessions are at least a day apart");
                }
                let rec = series.recommended;
                if rec.until < rec.from {
                    self.problem(
                        &format!("{recommended_path}.until"),
                        "ends before it starts",
                    );
                } else if rec.from < window.from || rec.until > latest {
                    self.problem(
                        recommended_path,
                        format!(
                            "the recommended gap ({} to {}) must lie inside the window ({} to {latest})",
                            rec.from, rec.until, window.from
                        ),
                    );
                }
            }
            _ => {}
        }
    }
}

fn tag_name(tag: RuleKindTag) -> &'static str {
    match tag {
        RuleKindTag::ExpectedSymptom => "expected_symptom",
        RuleKindTag::Restriction => "restriction",
        RuleKindTag::Routine => "routine",
        RuleKindTag::Preparation => "preparation",
        RuleKindTag::RedFlag => "red_flag",
        RuleKindTag::Series => "series",
    }
}

fn is_fluent_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The protocol in file format, flattened.
pub(super) fn to_file(protocol: &Protocol) -> ProtocolFile {
    ProtocolFile {
        format: spec::FORMAT,
        id: protocol.id.clone(),
        version: protocol.version,
        name: protocol.name.clone(),
        treatment: protocol.treatment,
        extends: None,
        rules: protocol.rules.iter().map(rule_to_spec).collect(),
        overrides: Vec::new(),
        remove: Vec::new(),
        messages: protocol.messages.clone(),
    }
}

fn rule_to_spec(rule: &Rule) -> RuleSpec {
    let mut spec = RuleSpec {
        id: rule.id.clone(),
        kind: RuleKindTag::ExpectedSymptom,
        window: rule.window,
        text: rule.text.clone(),
        sources: rule.sources.clone(),
        symptoms: None,
        topic: None,
        schedule: None,
        level: None,
        pattern: None,
        min_severity: None,
        areas: None,
        rise_by: None,
        scope: None,
        only_unexpected: None,
        with: None,
        with_min_severity: None,
        clears_after: None,
        min_temperature: None,
        max_severity: None,
        sessions: None,
        recommended: None,
        maintenance_months: None,
    };
    match &rule.kind {
        RuleKind::ExpectedSymptom {
            symptoms,
            max_severity,
        } => {
            spec.symptoms = Some(symptoms.clone());
            spec.max_severity = (*max_severity < 10).then_some(*max_severity);
        }
        RuleKind::Restriction { topic } => {
            spec.kind = RuleKindTag::Restriction;
            spec.topic = Some(*topic);
        }
        RuleKind::Routine { topic, schedule } => {
            spec.kind = RuleKindTag::Routine;
            spec.topic = Some(*topic);
            spec.schedule = Some(*schedule);
        }
        RuleKind::Preparation { topic } => {
            spec.kind = RuleKindTag::Preparation;
            spec.topic = Some(*topic);
        }
        RuleKind::RedFlag(flag) => {
            spec.kind = RuleKindTag::RedFlag;
            spec.symptoms = Some(flag.symptoms.clone());
            spec.level = Some(flag.level);
            spec.pattern = Some(flag.pattern);
            spec.min_severity = Some(flag.min_severity);
            spec.areas = (!flag.areas.is_empty()).then(|| flag.areas.clone());
            spec.rise_by = (flag.pattern == Pattern::Worsening).then_some(flag.rise_by);
            spec.scope = Some(flag.scope);
            spec.only_unexpected = flag.only_unexpected.then_some(true);
            spec.with = (!flag.with.is_empty()).then(|| flag.with.clone());
            spec.with_min_severity = (!flag.with.is_empty()).then_some(flag.with_min_severity);
            spec.clears_after = flag.clears_after;
            spec.min_temperature = flag
                .min_temperature
                .map(|t| format!("{:.1}C", t.degrees(TemperatureUnit::Celsius)));
        }
        RuleKind::Series(series) => {
            spec.kind = RuleKindTag::Series;
            spec.sessions = Some(series.sessions);
            spec.recommended = Some(series.recommended);
            spec.maintenance_months = series.maintenance_months;
        }
    }
    spec
}
