//! Where a patient is in their recovery at a given moment.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;

use crate::local_time;
use crate::phase::PhaseKind;
use crate::plan::{MilestoneKind, RecoveryPlan};
use crate::protocol::{RuleKind, Schedule};

/// A restriction in force now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActiveRestriction {
    /// The plan item.
    pub item: usize,
    /// When it is allowed again.
    pub allowed_again_at: DateTime<Utc>,
    /// Time left until then.
    pub time_left: TimeDelta,
}

/// A routine due on the patient's local today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoutineDue {
    /// The plan item.
    pub item: usize,
    /// When it is due (for a daily routine: the slot's wall-clock time today).
    pub due_at: DateTime<Utc>,
}

/// The state of a recovery at one moment, in the patient's current zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryStatus {
    /// The moment asked about.
    pub now: DateTime<Utc>,
    /// The zone "today" is judged in.
    pub zone: Tz,
    /// The patient's local date.
    pub today: NaiveDate,
    /// Time since the session ended (negative before it ended).
    pub elapsed: TimeDelta,
    /// The phase now; `None` before the session ended or after the plan's horizon.
    pub phase: Option<PhaseKind>,
    /// Restrictions in force now, soonest lifted first.
    pub restrictions: Vec<ActiveRestriction>,
    /// Restrictions already lifted.
    pub lifted: Vec<usize>,
    /// Routines due today, in time order.
    pub routines_today: Vec<RoutineDue>,
    /// Expected symptoms whose usual window includes now.
    pub expected_now: Vec<usize>,
    /// Expected symptoms whose usual window has passed.
    pub no_longer_expected: Vec<usize>,
    /// Expected symptoms whose usual window is still ahead (e.g. flaking from day 2).
    pub expected_later: Vec<usize>,
    /// Red flags that apply now: signs to contact the provider about.
    pub watch_for: Vec<usize>,
    /// Index into the plan's milestones of the next one after now.
    pub next_milestone: Option<usize>,
}

/// The status of `plan` at `now`, with "today" and daily routines judged in `zone` (the patient's
/// current zone, which may differ from the session's when they travel).
pub fn status_at(plan: &RecoveryPlan, now: DateTime<Utc>, zone: Tz) -> RecoveryStatus {
    let ended = plan.session.ended_at;
    let today = local_time::local_date(now, zone);
    let phase = plan
        .phases
        .iter()
        .find(|p| p.starts_at <= now && now < p.ends_at)
        .map(|p| p.kind);

    let mut status = RecoveryStatus {
        now,
        zone,
        today,
        elapsed: now - ended,
        phase,
        restrictions: Vec::new(),
        lifted: Vec::new(),
        routines_today: Vec::new(),
        expected_now: Vec::new(),
        no_longer_expected: Vec::new(),
        expected_later: Vec::new(),
        watch_for: Vec::new(),
        next_milestone: next_milestone(plan, now),
    };

    for (index, (item, rule)) in plan.rules().enumerate() {
        let active = item.starts_at <= now && now < item.ends_at;
        match &rule.kind {
            RuleKind::Restriction { topic } => {
                if active {
                    status.restrictions.push(ActiveRestriction {
                        item: index,
                        allowed_again_at: item.ends_at,
                        time_left: item.ends_at - now,
                    });
                } else if item.ends_at <= now
                    && plan.announces_lift(index)
                    // A restriction on the same topic that started since would contradict it.
                    && !plan.restricts(*topic, now)
                {
                    status.lifted.push(index);
                }
            }
            RuleKind::ExpectedSymptom { .. } => {
                if active {
                    status.expected_now.push(index);
                } else if item.ends_at <= now {
                    status.no_longer_expected.push(index);
                } else if now >= ended {
                    status.expected_later.push(index);
                }
            }
            RuleKind::Routine { schedule, .. } => {
                let due_at = match schedule {
                    Schedule::Once => {
                        Some(item.starts_at).filter(|at| local_time::local_date(*at, zone) == today)
                    }
                    Schedule::Daily { slot } => {
                        let at = local_time::resolve_local(zone, today, plan.day_times.at(*slot));
                        (item.starts_at <= at && at < item.ends_at).then_some(at)
                    }
                };
                if let Some(due_at) = due_at {
                    status.routines_today.push(RoutineDue {
                        item: index,
                        due_at,
                    });
                }
            }
            RuleKind::RedFlag(_) if active => status.watch_for.push(index),
            RuleKind::RedFlag(_) | RuleKind::Preparation { .. } | RuleKind::Series(_) => {}
        }
    }
    status
        .restrictions
        .sort_by_key(|r| (r.allowed_again_at, r.item));
    status.routines_today.sort_by_key(|r| (r.due_at, r.item));
    status
}

/// The first milestone after `now`; at one instant a rule's milestone ("you can wear makeup
/// again") says more than the phase change that sorts before it in the timeline.
fn next_milestone(plan: &RecoveryPlan, now: DateTime<Utc>) -> Option<usize> {
    let first = plan.milestones.iter().position(|m| m.at > now)?;
    let at = plan.milestones[first].at;
    let same_instant = plan.milestones[first..].iter().take_while(|m| m.at == at);
    let preferred = same_instant
        .clone()
        .position(|m| !matches!(m.kind, MilestoneKind::PhaseBegins(_)));
    Some(first + preferred.unwrap_or(0))
}
