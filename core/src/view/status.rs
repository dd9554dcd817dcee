//! The view of a recovery status: what the "today" screen shows.

use serde::Serialize;

use super::plan::{MilestoneView, milestone_view};
use super::{RuleView, SCHEMA, duration_text};
use crate::local_time::{Stamp, Style};
use crate::phase::PhaseKind;
use crate::plan::RecoveryPlan;
use crate::status::RecoveryStatus;
use crate::text::{Args, Locale};

/// A restriction in force, with when it lifts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct RestrictionView {
    /// The restriction.
    pub rule: RuleView,
    /// When it is allowed again.
    pub allowed_again: Stamp,
    /// Minutes left (rounded up).
    pub minutes_left: i64,
    /// "3 h 20 min left".
    pub left: String,
}

/// A routine due today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct RoutineView {
    /// The routine.
    pub rule: RuleView,
    /// When it is due.
    pub due: Stamp,
    /// The id of today's reminder for it: marking it done marks that reminder done.
    pub reminder_id: String,
    /// Whether it is done today: its reminder was marked done, or (the daily check-in)
    /// something was logged today or "All fine today" was said.
    pub done: bool,
}

/// Where a recovery stands, as its headline says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// The session has not ended yet.
    BeforeEnd,
    /// "Day 2 of your recovery": whole days since the session ended, counted from 1.
    Day(i64),
    /// The plan's phases are over.
    After,
}

impl Stage {
    /// The stage `elapsed` after the session ended, in `phase`.
    pub(crate) fn of(elapsed: chrono::TimeDelta, phase: Option<PhaseKind>) -> Stage {
        if elapsed < chrono::TimeDelta::zero() {
            Stage::BeforeEnd
        } else if phase.is_none() {
            Stage::After
        } else {
            Stage::Day(elapsed.num_days() + 1)
        }
    }
}

/// The status at one moment, for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct StatusView {
    /// JSON schema version.
    pub schema: u32,
    /// Locale of the texts.
    pub locale: Locale,
    /// The moment.
    pub now: Stamp,
    /// The zone used for local times.
    pub zone: String,
    /// Minutes since the session ended (negative before).
    pub elapsed_minutes: i64,
    /// "Day 2 of your recovery".
    pub headline: String,
    /// The phase now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<PhaseKind>,
    /// The phase's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase_title: Option<String>,
    /// What this phase usually feels like.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase_detail: Option<String>,
    /// Restrictions in force, soonest lifted first.
    pub restrictions: Vec<RestrictionView>,
    /// Restrictions already lifted, with the "allowed again" text.
    pub lifted: Vec<String>,
    /// Routines due today.
    pub routines_today: Vec<RoutineView>,
    /// Expected symptoms that are normal right now.
    pub expected_now: Vec<RuleView>,
    /// Expected symptoms that should have settled by now.
    pub no_longer_expected: Vec<RuleView>,
    /// Expected symptoms that may still come.
    pub expected_later: Vec<RuleView>,
    /// Signs to contact the provider about now.
    pub watch_for: Vec<RuleView>,
    /// The next milestone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<MilestoneView>,
    /// The provider-comes-first notice.
    pub disclaimer: String,
}

impl StatusView {
    /// The status in `locale`, local times in the status's zone.
    pub fn new(plan: &RecoveryPlan, status: &RecoveryStatus, locale: Locale) -> StatusView {
        let texts = plan.protocol().texts(locale);
        let zone = status.zone;
        let stamp = |at| Stamp::new(at, zone, locale, Style::DateTime);
        let rule_view = |index: usize| RuleView::new(plan.rule(&plan.items[index]), &texts);
        let rules = |indices: &[usize]| indices.iter().map(|&i| rule_view(i)).collect::<Vec<_>>();

        let headline = match Stage::of(status.elapsed, status.phase) {
            Stage::BeforeEnd => {
                let mut args = Args::new();
                args.set("when", stamp(plan.session.ended_at).text);
                texts.get("status-before-session", Some(&args))
            }
            Stage::After => texts.get("status-after-plan", None),
            Stage::Day(day) => {
                let mut args = Args::new();
                args.set("day", day);
                texts.get("status-day", Some(&args))
            }
        };
        let phase_key = status.phase.map(|p| format!("phase-{}", p.code()));

        StatusView {
            schema: SCHEMA,
            locale,
            now: stamp(status.now),
            zone: zone.name().to_string(),
            elapsed_minutes: status.elapsed.num_minutes(),
            headline,
            phase: status.phase,
            phase_title: phase_key.as_ref().map(|k| texts.get(k, None)),
            phase_detail: phase_key
                .as_ref()
                .and_then(|k| texts.attr(k, "detail", None)),
            restrictions: status
                .restrictions
                .iter()
                .map(|r| {
                    let mut args = Args::new();
                    args.set("left", duration_text(r.time_left, &texts));
                    RestrictionView {
                        rule: rule_view(r.item),
                        allowed_again: stamp(r.allowed_again_at),
                        minutes_left: (r.time_left.num_seconds() + 59) / 60,
                        left: texts.get("status-time-left", Some(&args)),
                    }
                })
                .collect(),
            lifted: status
                .lifted
                .iter()
                .map(|&i| {
                    let rule = plan.rule(&plan.items[i]);
                    crate::view::rule_attr(rule, "lifted", &texts)
                        .unwrap_or_else(|| crate::view::rule_title(rule, &texts))
                })
                .collect(),
            routines_today: status
                .routines_today
                .iter()
                .map(|r| RoutineView {
                    rule: rule_view(r.item),
                    due: stamp(r.due_at),
                    reminder_id: crate::reminder::routine_reminder_id(plan, r.item, status.today)
                        .unwrap_or_default(),
                    done: false,
                })
                .collect(),
            expected_now: rules(&status.expected_now),
            no_longer_expected: rules(&status.no_longer_expected),
            expected_later: rules(&status.expected_later),
            watch_for: rules(&status.watch_for),
            next: status
                .next_milestone
                .map(|i| milestone_view(plan, &plan.milestones[i], zone, &texts)),
            disclaimer: texts.get("disclaimer", None),
        }
    }
}
