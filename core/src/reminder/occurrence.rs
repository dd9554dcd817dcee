//! Listing reminder occurrences from recovery plans (before texts, ledger and selection).

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;

use super::id::session_key;
use super::{Category, Timing};
use crate::local_time::{local_date, resolve_local};
use crate::plan::{MilestoneKind, RecoveryPlan};
use crate::protocol::{RuleKind, Schedule, Topic};
use crate::settings::PatientSettings;

/// A stretch when triage wants a daily evening check-in (an open "watch").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watch {
    /// From when.
    pub from: DateTime<Utc>,
    /// Until when.
    pub until: DateTime<Utc>,
    /// Whether its check-ins may break through quiet hours.
    pub urgent: bool,
}

/// What an occurrence tells the patient, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Subject {
    /// A routine rule (plan item index).
    Routine(usize),
    /// Restrictions lifting at the same instant (plan item indices).
    Lifted(Vec<usize>),
    /// A preparation step (plan item index) for the appointment at the given instant.
    Preparation(usize, DateTime<Utc>),
    /// The next session can be booked; the recommended window.
    Booking(DateTime<Utc>, DateTime<Utc>),
    /// A maintenance session is due.
    Maintenance,
    /// A check-in asked for by triage.
    WatchCheckIn,
}

/// One occurrence before the ledger and quiet hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Occurrence {
    pub id: String,
    pub plan: usize,
    pub category: Category,
    pub fire_at: DateTime<Utc>,
    pub timing: Timing,
    pub urgent: bool,
    pub subject: Subject,
}

/// Every occurrence whose nominal time is in `[from, until)`.
///
/// A newer session supersedes older plans from its end, so a series never gets two SPF
/// reminders on one morning: plan `k` only speaks in `[ended_k, ended_k+1)`, except for the
/// preparation steps it lists before the booked next session.
pub(crate) fn occurrences(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<Occurrence> {
    let mut order: Vec<usize> = (0..plans.len()).collect();
    order.sort_by_key(|&i| plans[i].session.ended_at);
    let mut out = Vec::new();
    for (rank, &p) in order.iter().enumerate() {
        let plan = &plans[p];
        let speaks_until = order
            .get(rank + 1)
            .map(|&next| plans[next].session.ended_at)
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        let lo = from.max(plan.session.ended_at);
        let hi = until.min(speaks_until);
        let key = session_key(&plan.session);
        let mut push = |occ: Occurrence, clipped: bool| {
            let in_range = if clipped {
                lo <= occ.fire_at && occ.fire_at < hi
            } else {
                from <= occ.fire_at && occ.fire_at < until
            };
            if in_range && settings.categories.contains(&occ.category) {
                out.push(occ);
            }
        };

        let mut lifts: Vec<(DateTime<Utc>, Vec<usize>)> = Vec::new();
        for (index, (item, rule)) in plan.rules().enumerate() {
            match &rule.kind {
                RuleKind::Routine { topic, schedule } => {
                    let category = routine_category(*topic);
                    match schedule {
                        Schedule::Once => push(
                            Occurrence {
                                id: routine_id(&key, &rule.id, schedule, None),
                                plan: p,
                                category,
                                fire_at: item.starts_at,
                                timing: Timing::Exact,
                                urgent: false,
                                subject: Subject::Routine(index),
                            },
                            true,
                        ),
                        Schedule::Daily { slot } => {
                            let time = settings.day_times.at(*slot);
                            let first = item.starts_at.max(lo) - TimeDelta::days(1);
                            let last = item.ends_at.min(hi);
                            if first >= last {
                                continue;
                            }
                            for date in dates(local_date(first, zone), local_date(last, zone)) {
                                let at = resolve_local(zone, date, time);
                                if item.starts_at <= at && at < item.ends_at {
                                    push(
                                        Occurrence {
                                            id: routine_id(&key, &rule.id, schedule, Some(date)),
                                            plan: p,
                                            category,
                                            fire_at: at,
                                            timing: Timing::WallClock,
                                            urgent: false,
                                            subject: Subject::Routine(index),
                                        },
                                        true,
                                    );
                                }
                            }
                        }
                    }
                }
                RuleKind::Restriction { .. } if plan.announces_lift(index) => {
                    match lifts.iter_mut().find(|(at, _)| *at == item.ends_at) {
                        Some((_, items)) => items.push(index),
                        None => lifts.push((item.ends_at, vec![index])),
                    }
                }
                RuleKind::Preparation { .. } => {
                    let Some(appointment) = plan.next_session else {
                        continue;
                    };
                    // Mornings suit a to-do; a step whose morning would come after the
                    // appointment (an early one) moves to the evening before.
                    let date = local_date(item.starts_at, zone);
                    let mut at = resolve_local(zone, date, settings.day_times.morning);
                    if at >= appointment {
                        let eve = date.pred_opt().unwrap_or(date);
                        at = resolve_local(zone, eve, settings.day_times.evening);
                    }
                    push(
                        Occurrence {
                            id: format!("{key}:{}:prep", rule.id),
                            plan: p,
                            category: Category::Preparation,
                            fire_at: at,
                            timing: Timing::WallClock,
                            urgent: false,
                            subject: Subject::Preparation(index, appointment),
                        },
                        false,
                    );
                }
                RuleKind::Restriction { .. }
                | RuleKind::ExpectedSymptom { .. }
                | RuleKind::RedFlag(_)
                | RuleKind::Series(_) => {}
            }
        }
        for (at, items) in lifts {
            let offset = (at - plan.session.ended_at).num_minutes();
            push(
                Occurrence {
                    id: format!("{key}:lifted:{offset}m"),
                    plan: p,
                    category: Category::Lifted,
                    fire_at: at,
                    timing: Timing::Exact,
                    urgent: false,
                    subject: Subject::Lifted(items),
                },
                true,
            );
        }

        let recommended = plan
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::NextSessionRecommended)
            .map(|m| m.at);
        for milestone in &plan.milestones {
            let (category, subject, what) = match milestone.kind {
                MilestoneKind::NextSessionEarliest => {
                    let rec = recommended.unwrap_or(milestone.at);
                    let latest = plan
                        .milestones
                        .iter()
                        .find(|m| m.kind == MilestoneKind::NextSessionLatest)
                        .map_or(rec, |m| m.at);
                    (Category::Booking, Subject::Booking(rec, latest), "book")
                }
                MilestoneKind::MaintenanceDue => {
                    (Category::Maintenance, Subject::Maintenance, "maintenance")
                }
                _ => continue,
            };
            let at = resolve_local(
                zone,
                local_date(milestone.at, zone),
                settings.day_times.morning,
            );
            push(
                Occurrence {
                    id: format!("{key}:{what}"),
                    plan: p,
                    category,
                    fire_at: at,
                    timing: Timing::WallClock,
                    urgent: false,
                    subject,
                },
                true,
            );
        }
    }

    add_watch_check_ins(
        &mut out, plans, &order, settings, zone, watches, from, until,
    );
    out
}

/// A routine occurrence's id: `<key>:<rule>:once`, or `<key>:<rule>:<local date>` for a daily
/// one (`date` is the patient's local day it falls on).
fn routine_id(key: &str, rule_id: &str, schedule: &Schedule, date: Option<NaiveDate>) -> String {
    match (schedule, date) {
        (Schedule::Daily { .. }, Some(date)) => format!("{key}:{rule_id}:{date}"),
        _ => format!("{key}:{rule_id}:once"),
    }
}

/// The id of the reminder for plan item `item` (a routine) on the patient's local day `day`:
/// what marking a routine done on Today marks. `None` for an item that is not a routine.
pub fn routine_reminder_id(plan: &RecoveryPlan, item: usize, day: NaiveDate) -> Option<String> {
    let rule = plan.rule(plan.items.get(item)?);
    let RuleKind::Routine { schedule, .. } = &rule.kind else {
        return None;
    };
    Some(routine_id(
        &session_key(&plan.session),
        &rule.id,
        schedule,
        Some(day),
    ))
}

fn routine_category(topic: Topic) -> Category {
    match topic {
        Topic::SunProtection => Category::Spf,
        Topic::CheckIn => Category::CheckIn,
        _ => Category::Care,
    }
}

/// Rebuilds the occurrence behind a reminder id, firing at `at`, from its parts
/// (`<session key>:<rule>:<date|once|prep>`, `<key>:lifted:<minutes>m`, `<key>:watch:<date>`,
/// `<key>:book`, `<key>:maintenance`). A snoozed reminder comes back this way even when the
/// rules no longer list it where the patient is now (a zone change moved its day).
pub(crate) fn occurrence_by_id(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    id: &str,
    at: DateTime<Utc>,
) -> Option<Occurrence> {
    let mut parts = id.split(':');
    let key = parts.next()?;
    let (second, third) = (parts.next()?, parts.next());
    if parts.next().is_some() {
        return None;
    }
    let p = plans
        .iter()
        .position(|plan| session_key(&plan.session) == key)?;
    let plan = &plans[p];
    let item_of = |rule_id: &str| plan.rules().position(|(_, rule)| rule.id == rule_id);
    let (category, timing, subject) = match (second, third) {
        ("book", None) => {
            let at_kind = |kind| {
                plan.milestones
                    .iter()
                    .find(|m| m.kind == kind)
                    .map(|m| m.at)
            };
            let from = at_kind(MilestoneKind::NextSessionRecommended)?;
            let until = at_kind(MilestoneKind::NextSessionLatest).unwrap_or(from);
            (
                Category::Booking,
                Timing::WallClock,
                Subject::Booking(from, until),
            )
        }
        ("maintenance", None) => (
            Category::Maintenance,
            Timing::WallClock,
            Subject::Maintenance,
        ),
        ("watch", Some(date)) if date.parse::<NaiveDate>().is_ok() => {
            (Category::CheckIn, Timing::WallClock, Subject::WatchCheckIn)
        }
        ("lifted", Some(minutes)) => {
            let offset: i64 = minutes.strip_suffix('m')?.parse().ok()?;
            let ends = plan.session.ended_at + TimeDelta::minutes(offset);
            let items: Vec<usize> = plan
                .rules()
                .enumerate()
                .filter(|(i, (item, rule))| {
                    matches!(rule.kind, RuleKind::Restriction { .. })
                        && item.ends_at == ends
                        && plan.announces_lift(*i)
                })
                .map(|(i, _)| i)
                .collect();
            if items.is_empty() {
                return None;
            }
            (Category::Lifted, Timing::Exact, Subject::Lifted(items))
        }
        (rule_id, Some("prep")) => {
            let appointment = plan.next_session?;
            (
                Category::Preparation,
                Timing::WallClock,
                Subject::Preparation(item_of(rule_id)?, appointment),
            )
        }
        (rule_id, Some(token)) => {
            let index = item_of(rule_id)?;
            let RuleKind::Routine { topic, schedule } = &plan.rule(&plan.items[index]).kind else {
                return None;
            };
            let timing = match (schedule, token) {
                (Schedule::Once, "once") => Timing::Exact,
                (Schedule::Daily { .. }, date) if date.parse::<NaiveDate>().is_ok() => {
                    Timing::WallClock
                }
                _ => return None,
            };
            (routine_category(*topic), timing, Subject::Routine(index))
        }
        _ => return None,
    };
    settings.categories.contains(&category).then(|| Occurrence {
        id: id.to_string(),
        plan: p,
        category,
        fire_at: at,
        timing,
        urgent: false,
        subject,
    })
}

/// Evening check-ins on every day of an open watch; a day that already has the protocol's
/// check-in keeps that one (made urgent if the watch is).
#[allow(clippy::too_many_arguments)]
fn add_watch_check_ins(
    out: &mut Vec<Occurrence>,
    plans: &[RecoveryPlan],
    order: &[usize],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) {
    if !settings.categories.contains(&Category::CheckIn) {
        return;
    }
    for watch in watches {
        let lo = watch.from.max(from);
        let hi = watch.until.min(until);
        if lo >= hi {
            continue;
        }
        for date in dates(local_date(lo, zone), local_date(hi, zone)) {
            let at = resolve_local(zone, date, settings.day_times.evening);
            if !(lo <= at && at < hi) {
                continue;
            }
            // The session the watch belongs to: the latest one that ended before the check-in.
            let Some(&p) = order
                .iter()
                .rev()
                .find(|&&i| plans[i].session.ended_at <= at)
            else {
                continue;
            };
            let same_day = out
                .iter_mut()
                .find(|o| o.category == Category::CheckIn && local_date(o.fire_at, zone) == date);
            match same_day {
                Some(existing) => existing.urgent |= watch.urgent,
                None => out.push(Occurrence {
                    id: format!("{}:watch:{date}", session_key(&plans[p].session)),
                    plan: p,
                    category: Category::CheckIn,
                    fire_at: at,
                    timing: Timing::WallClock,
                    urgent: watch.urgent,
                    subject: Subject::WatchCheckIn,
                }),
            }
        }
    }
}

/// Local dates from `first` to `last`, both included.
fn dates(first: NaiveDate, last: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    first.iter_days().take_while(move |d| *d <= last)
}
