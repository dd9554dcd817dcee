//! The protocol file format (JSON), exactly as written on disk. See `docs/protocol-format.md`.
//!
//! These structs only describe shape: every field is strict (`deny_unknown_fields`) and
//! [`super::load`] turns them into a checked [`super::Protocol`]. A protocol serializes back into
//! the same shape, flattened (no `extends`), so an exported protocol loads again.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::TreatmentKind;
use super::red_flag::{Level, Pattern, Scope};
use super::rule::{Schedule, Topic};
use super::series::SpanRange;
use super::window::Window;
use crate::span::Span;
use crate::symptom::{BodyArea, SymptomKind};

/// The only file format version this code reads and writes.
pub const FORMAT: u32 = 1;

/// A protocol file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolFile {
    /// File format version; must be [`FORMAT`].
    pub format: u32,
    /// Stable id: lowercase letters, digits and dashes.
    pub id: String,
    /// Version of this protocol; a session keeps the version it was planned with.
    pub version: u32,
    /// Fluent message id of the protocol's display name.
    pub name: String,
    /// The treatment it is for.
    pub treatment: TreatmentKind,
    /// The built-in protocol this one starts from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<ExtendsSpec>,
    /// Rules added (or, with an id of the base's, replacing a removed one).
    #[serde(default)]
    pub rules: Vec<RuleSpec>,
    /// Windows of the base protocol's rules that this one changes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<OverrideSpec>,
    /// Ids of the base protocol's rules that this one drops.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
    /// The protocol's own Fluent messages, by locale code (`en`, `es`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub messages: BTreeMap<String, String>,
}

/// Which protocol a file extends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtendsSpec {
    /// The base protocol's id.
    pub id: String,
    /// The base's version; the newest if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
}

/// A new window (and, optionally, text) for one rule of the base protocol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverrideSpec {
    /// The base rule's id.
    pub rule: String,
    /// Its window in this protocol (default: the base's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    /// Fluent message id of the rule's text in this protocol (default: the base's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Source keys for the new window; they replace the base rule's. Required in built-ins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// The kind of a rule as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKindTag {
    /// See [`super::RuleKind::ExpectedSymptom`].
    ExpectedSymptom,
    /// See [`super::RuleKind::Restriction`].
    Restriction,
    /// See [`super::RuleKind::Routine`].
    Routine,
    /// See [`super::RuleKind::Preparation`].
    Preparation,
    /// See [`super::RuleKind::RedFlag`].
    RedFlag,
    /// See [`super::RuleKind::Series`].
    Series,
}

/// A rule as written in the file: common fields plus the fields of its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Stable id, unique in the protocol.
    pub id: String,
    /// Which kind of rule.
    pub kind: RuleKindTag,
    /// When it applies.
    pub window: Window,
    /// Fluent message id of its text.
    pub text: String,
    /// Source keys.
    #[serde(default)]
    pub sources: Vec<String>,
    /// expected_symptom, red_flag: the symptoms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symptoms: Option<Vec<SymptomKind>>,
    /// restriction, routine, preparation: what it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Topic>,
    /// routine: when it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// red_flag: how urgent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// red_flag: which course raises it (default `present`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<Pattern>,
    /// red_flag: lowest severity that counts, 1–10 (default 1; 4 for `worsening`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_severity: Option<u8>,
    /// red_flag: only these areas count (default anywhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub areas: Option<Vec<BodyArea>>,
    /// red_flag with pattern `worsening`: points above the lowest earlier entry that make a
    /// rise, 1–10 (default 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rise_by: Option<u8>,
    /// red_flag: which sessions' windows count (default `latest_session`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// red_flag: only entries the plan does not expect at their time count (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_unexpected: Option<bool>,
    /// red_flag: companion signs, one of which must be logged within 24 h (default none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with: Option<Vec<SymptomKind>>,
    /// red_flag with `with`: the lowest severity of a companion sign, 1–10 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_min_severity: Option<u8>,
    /// red_flag: how long the sign must stay low before the flag settles (default: one low
    /// entry settles it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clears_after: Option<Span>,
    /// red_flag: a measured temperature at or above this raises the flag ("38.0C", "100.4F").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_temperature: Option<String>,
    /// expected_symptom: the highest severity that is still expected, 0–10 (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_severity: Option<u8>,
    /// series: sessions in the series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<u32>,
    /// series: recommended gap between sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended: Option<SpanRange>,
    /// series: months between maintenance sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintenance_months: Option<u32>,
}
