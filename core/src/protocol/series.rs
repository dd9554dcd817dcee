//! The series rule: how many sessions, how far apart, and maintenance afterwards.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A range of elapsed offsets after a session, such as "4 to 6 weeks".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanRange {
    /// The start of the range.
    pub from: Span,
    /// The end of the range.
    pub until: Span,
}

/// A treatment series. The rule's window is the allowed gap to the next session (earliest to
/// latest); `recommended` is the part of it the clinic aims for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SeriesRule {
    /// Sessions in the initial series.
    pub sessions: u32,
    /// The recommended gap to the next session.
    pub recommended: SpanRange,
    /// Months between maintenance sessions once the series is complete; `None` for no maintenance.
    pub maintenance_months: Option<u32>,
}
