//! The checklist before a planned session.

use chrono::{DateTime, Utc};

use crate::protocol::{Anchor, Protocol, Rule, RuleKind};
use crate::span::Span;

/// One step of the checklist: a preparation rule placed before an appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparationStep<'p> {
    /// The rule.
    pub rule: &'p Rule,
    /// When to start (e.g. "stop retinoids from Mon 17 Nov").
    pub starts_at: DateTime<Utc>,
    /// When it ends (usually the appointment).
    pub ends_at: DateTime<Utc>,
}

/// The preparation checklist for a session booked at `appointment`, earliest step first.
pub fn preparation(protocol: &Protocol, appointment: DateTime<Utc>) -> Vec<PreparationStep<'_>> {
    let mut steps: Vec<PreparationStep<'_>> = protocol
        .rules
        .iter()
        .filter(|rule| {
            matches!(rule.kind, RuleKind::Preparation { .. })
                && rule.window.anchor == Anchor::BeforeSession
        })
        .map(|rule| PreparationStep {
            rule,
            starts_at: appointment - rule.window.from.to_duration(),
            ends_at: appointment - rule.window.until.unwrap_or(Span::ZERO).to_duration(),
        })
        .collect();
    // Stable: steps starting together keep protocol order.
    steps.sort_by_key(|s| s.starts_at);
    steps
}
