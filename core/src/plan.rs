//! The recovery plan: every rule of a protocol turned into concrete instants for one session.

use std::sync::Arc;

use chrono::{DateTime, Months, Utc};

use crate::local_time;
use crate::phase::{Phase, PhaseKind};
use crate::protocol::{Anchor, Protocol, ProtocolRef, Rule, RuleKind, Schedule, Topic};
use crate::session::{DayTimes, TreatmentSession};
use crate::span::Span;
use crate::symptom::SymptomKind;

/// How long open windows last when neither a next session nor a series gives an end.
pub const DEFAULT_HORIZON: Span = Span::weeks(4);

/// What the caller knows beyond the session itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlanOptions {
    /// The patient's daily times for wall-clock routines.
    pub day_times: DayTimes,
    /// The start of the next session, if one is booked.
    pub next_session: Option<DateTime<Utc>>,
}

/// Why a plan could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The session names another protocol (or version) than the one given.
    #[error("the session follows {session}, not {given}")]
    ProtocolMismatch {
        /// What the session was planned with.
        session: ProtocolRef,
        /// What was passed.
        given: ProtocolRef,
    },
    /// The next session is booked before this one ended.
    #[error("the next session starts before this one ended")]
    NextSessionBeforeEnd,
    /// A session number of 0.
    #[error("session numbers start at 1")]
    SessionNumber,
}

/// One rule of the protocol placed in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanItem {
    /// Index of the rule in the protocol.
    pub rule: usize,
    /// When the rule starts to apply.
    pub starts_at: DateTime<Utc>,
    /// When it stops applying (for an open window: the plan's horizon).
    pub ends_at: DateTime<Utc>,
}

/// What happens at a milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MilestoneKind {
    /// A phase begins.
    PhaseBegins(PhaseKind),
    /// A one-off routine is due (e.g. the first wash).
    RoutineDue,
    /// A daily routine starts (e.g. SPF every morning).
    DailyRoutineStarts,
    /// A restriction lifts ("you can wear makeup again").
    RestrictionLifts,
    /// An expected symptom's usual window ends.
    SymptomWindowEnds,
    /// A preparation step for the next session starts.
    PreparationStarts,
    /// The earliest the next session of the series can be.
    NextSessionEarliest,
    /// The recommended window for the next session opens.
    NextSessionRecommended,
    /// The latest the next session should be.
    NextSessionLatest,
    /// The booked next session.
    NextSession,
    /// A maintenance session is due.
    MaintenanceDue,
}

/// A moment in the plan worth telling the patient about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    /// When.
    pub at: DateTime<Utc>,
    /// What happens.
    pub kind: MilestoneKind,
    /// The plan item it belongs to, if any.
    pub item: Option<usize>,
}

/// A session's recovery plan. Build it with [`RecoveryPlan::new`]; ask it with
/// [`crate::status::status_at`].
#[derive(Debug, Clone)]
pub struct RecoveryPlan {
    /// The session it is for.
    pub session: TreatmentSession,
    /// The patient's daily times.
    pub day_times: DayTimes,
    /// The booked next session, if any.
    pub next_session: Option<DateTime<Utc>>,
    /// Where open windows end: the next session, the series' latest date, maintenance, or
    /// [`DEFAULT_HORIZON`].
    pub horizon: DateTime<Utc>,
    /// Every rule placed in time, in protocol order. Preparation steps appear only when the next
    /// session is booked.
    pub items: Vec<PlanItem>,
    /// The phases, in order, up to the horizon.
    pub phases: Vec<Phase>,
    /// Milestones in time order.
    pub milestones: Vec<Milestone>,
    protocol: Arc<Protocol>,
}

impl RecoveryPlan {
    /// Places every rule of `protocol` in time for `session`.
    pub fn new(
        protocol: Arc<Protocol>,
        session: TreatmentSession,
        options: PlanOptions,
    ) -> Result<RecoveryPlan, PlanError> {
        if session.protocol != protocol.reference() {
            return Err(PlanError::ProtocolMismatch {
                session: session.protocol.clone(),
                given: protocol.reference(),
            });
        }
        if session.number == 0 {
            return Err(PlanError::SessionNumber);
        }
        let ended = session.ended_at;
        if options.next_session.is_some_and(|next| next <= ended) {
            return Err(PlanError::NextSessionBeforeEnd);
        }
        let series = protocol.series();
        let series_continues = series.is_some_and(|(_, s)| session.number < s.sessions);
        let maintenance_at = match series {
            Some((_, s)) if !series_continues => s
                .maintenance_months
                .and_then(|months| add_local_months(ended, &session, months)),
            _ => None,
        };

        let horizon = match (options.next_session, series) {
            (Some(next), _) => next,
            (None, Some((rule, _))) if series_continues => {
                ended + rule.window.until.unwrap_or(DEFAULT_HORIZON).to_duration()
            }
            _ => maintenance_at.unwrap_or_else(|| {
                let longest = protocol
                    .rules
                    .iter()
                    .filter(|r| r.window.anchor == Anchor::AfterSession)
                    .filter_map(|r| r.window.until)
                    .max()
                    .unwrap_or(Span::ZERO);
                ended + longest.max(DEFAULT_HORIZON).to_duration()
            }),
        };

        let mut items = Vec::with_capacity(protocol.rules.len());
        let mut milestones = Vec::with_capacity(protocol.rules.len() + 8);
        for (index, rule) in protocol.rules.iter().enumerate() {
            let Some(item) = place(
                rule,
                index,
                ended,
                horizon,
                options.next_session,
                series_continues,
            ) else {
                continue;
            };
            let item_index = items.len();
            items.push(item);
            push_rule_milestones(
                &mut milestones,
                rule,
                &item,
                item_index,
                options.next_session,
            );
        }
        if let Some(next) = options.next_session {
            milestones.push(Milestone {
                at: next,
                kind: MilestoneKind::NextSession,
                item: None,
            });
        }
        if let Some(at) = maintenance_at {
            milestones.push(Milestone {
                at,
                kind: MilestoneKind::MaintenanceDue,
                item: None,
            });
        }

        milestones.retain(|m| {
            m.kind != MilestoneKind::RestrictionLifts
                || m.item.is_some_and(|i| announces_lift(&protocol, &items, i))
        });
        let phases = phases(&protocol, &items, ended, horizon);
        for phase in &phases {
            milestones.push(Milestone {
                at: phase.starts_at,
                kind: MilestoneKind::PhaseBegins(phase.kind),
                item: None,
            });
        }
        milestones.sort_by_key(|m| (m.at, m.kind, m.item));

        Ok(RecoveryPlan {
            session,
            day_times: options.day_times,
            next_session: options.next_session,
            horizon,
            items,
            phases,
            milestones,
            protocol,
        })
    }

    /// The protocol the plan follows.
    pub fn protocol(&self) -> &Arc<Protocol> {
        &self.protocol
    }

    /// The rule behind an item.
    pub fn rule(&self, item: &PlanItem) -> &Rule {
        &self.protocol.rules[item.rule]
    }

    /// Items with their rules.
    pub fn rules(&self) -> impl Iterator<Item = (&PlanItem, &Rule)> {
        self.items.iter().map(|item| (item, self.rule(item)))
    }

    /// Whether the end of restriction item `index` is worth announcing as "allowed again".
    /// See [`announces_lift`].
    pub fn announces_lift(&self, index: usize) -> bool {
        announces_lift(&self.protocol, &self.items, index)
    }

    /// Whether a restriction on `topic` is in force at `at`.
    pub fn restricts(&self, topic: Topic, at: DateTime<Utc>) -> bool {
        self.rules().any(|(item, rule)| {
            matches!(rule.kind, RuleKind::Restriction { topic: t } if t == topic)
                && item.starts_at <= at
                && at < item.ends_at
        })
    }

    /// Whether the plan expects `kind` at `severity` at the moment `at` (an expected-symptom
    /// window covers it and the severity is within the rule's maximum).
    pub fn expects(&self, kind: SymptomKind, severity: u8, at: DateTime<Utc>) -> bool {
        self.rules().any(|(item, rule)| {
            rule.expects(kind, severity) && item.starts_at <= at && at < item.ends_at
        })
    }
}

/// Whether the end of restriction `items[index]` is an "allowed again" worth saying: not when
/// another restriction on the same topic still runs at that moment (lifting "nothing your
/// provider has not approved" at 24 h while "only gentle products" runs to day 7 would read as
/// a contradiction; the later lift says it), and not for an open window, which ends with the
/// plan's horizon rather than because the thing is allowed. One rule for the milestones, the
/// Today screen and the reminders.
fn announces_lift(protocol: &Protocol, items: &[PlanItem], index: usize) -> bool {
    let Some(item) = items.get(index) else {
        return false;
    };
    let rule = &protocol.rules[item.rule];
    let RuleKind::Restriction { topic } = rule.kind else {
        return false;
    };
    if rule.window.until.is_none() {
        return false;
    }
    let lifted = item.ends_at;
    !items.iter().enumerate().any(|(other, o)| {
        other != index
            && matches!(protocol.rules[o.rule].kind, RuleKind::Restriction { topic: t } if t == topic)
            && o.starts_at <= lifted
            && lifted < o.ends_at
    })
}

/// Places one rule in time, or `None` when it does not apply to this plan.
fn place(
    rule: &Rule,
    index: usize,
    ended: DateTime<Utc>,
    horizon: DateTime<Utc>,
    next_session: Option<DateTime<Utc>>,
    series_continues: bool,
) -> Option<PlanItem> {
    let window = rule.window;
    let (starts_at, ends_at) = match window.anchor {
        Anchor::AfterSession => {
            if matches!(rule.kind, RuleKind::Series(_)) && !series_continues {
                return None;
            }
            let starts_at = ended + window.from.to_duration();
            let ends_at = match window.until {
                Some(until) => ended + until.to_duration(),
                None => horizon.max(starts_at),
            };
            (starts_at, ends_at)
        }
        Anchor::BeforeSession => {
            let next = next_session?;
            let until = window.until.unwrap_or(Span::ZERO);
            (next - window.from.to_duration(), next - until.to_duration())
        }
    };
    Some(PlanItem {
        rule: index,
        starts_at,
        ends_at,
    })
}

fn push_rule_milestones(
    milestones: &mut Vec<Milestone>,
    rule: &Rule,
    item: &PlanItem,
    index: usize,
    next_session: Option<DateTime<Utc>>,
) {
    let mut push = |at, kind| {
        milestones.push(Milestone {
            at,
            kind,
            item: Some(index),
        })
    };
    match &rule.kind {
        RuleKind::Restriction { .. } => push(item.ends_at, MilestoneKind::RestrictionLifts),
        RuleKind::ExpectedSymptom { .. } => push(item.ends_at, MilestoneKind::SymptomWindowEnds),
        RuleKind::Routine {
            schedule: Schedule::Once,
            ..
        } => push(item.starts_at, MilestoneKind::RoutineDue),
        RuleKind::Routine {
            schedule: Schedule::Daily { .. },
            ..
        } => push(item.starts_at, MilestoneKind::DailyRoutineStarts),
        RuleKind::Preparation { .. } => push(item.starts_at, MilestoneKind::PreparationStarts),
        RuleKind::Series(series) if next_session.is_none() => {
            let ended = item.starts_at - rule.window.from.to_duration();
            push(item.starts_at, MilestoneKind::NextSessionEarliest);
            push(
                ended + series.recommended.from.to_duration(),
                MilestoneKind::NextSessionRecommended,
            );
            push(item.ends_at, MilestoneKind::NextSessionLatest);
        }
        RuleKind::Series(_) | RuleKind::RedFlag(_) => {}
    }
}

fn phases(
    protocol: &Protocol,
    items: &[PlanItem],
    ended: DateTime<Utc>,
    horizon: DateTime<Utc>,
) -> Vec<Phase> {
    let bounds = PhaseKind::ALL;
    let mut phases = Vec::with_capacity(bounds.len());
    for (i, (kind, offset)) in bounds.iter().enumerate() {
        let starts_at = ended + offset.to_duration();
        if starts_at >= horizon {
            break;
        }
        let ends_at = bounds
            .get(i + 1)
            .map(|(_, next)| ended + next.to_duration())
            .unwrap_or(horizon)
            .min(horizon);
        let overlapping = |want: fn(&RuleKind) -> bool| {
            items
                .iter()
                .enumerate()
                .filter(|(_, item)| {
                    want(&protocol.rules[item.rule].kind)
                        && item.starts_at < ends_at
                        && item.ends_at > starts_at
                })
                .map(|(index, _)| index)
                .collect()
        };
        phases.push(Phase {
            kind: *kind,
            starts_at,
            ends_at,
            expected: overlapping(|k| matches!(k, RuleKind::ExpectedSymptom { .. })),
            restrictions: overlapping(|k| matches!(k, RuleKind::Restriction { .. })),
        });
    }
    phases
}

/// `months` calendar months after `at` on the patient's local calendar, same local time.
fn add_local_months(
    at: DateTime<Utc>,
    session: &TreatmentSession,
    months: u32,
) -> Option<DateTime<Utc>> {
    let local = at.with_timezone(&session.zone).naive_local();
    let later = local.checked_add_months(Months::new(months))?;
    Some(local_time::resolve_local(
        session.zone,
        later.date(),
        later.time(),
    ))
}

/// The built-in microneedling plan of a first session that ended at `ended` in `zone`, for
/// tests.
#[cfg(test)]
pub(crate) fn microneedling_plan(ended: DateTime<Utc>, zone: chrono_tz::Tz) -> RecoveryPlan {
    let protocol = crate::catalog::Catalog::builtin()
        .get("microneedling", None)
        .expect("built in")
        .clone();
    let session = TreatmentSession {
        protocol: protocol.reference(),
        ended_at: ended,
        zone,
        number: 1,
    };
    RecoveryPlan::new(protocol, session, PlanOptions::default()).expect("a plan")
}
