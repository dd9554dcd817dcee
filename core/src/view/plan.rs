//! The view of a whole recovery plan.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::{ProtocolView, RuleView, SCHEMA};
use crate::local_time::{Stamp, Style, format_local};
use crate::phase::PhaseKind;
use crate::plan::{MilestoneKind, RecoveryPlan};
use crate::preparation::PreparationStep;
use crate::protocol::{DaySlot, RuleKind, Schedule};
use crate::series::SeriesProgress;
use crate::text::{Args, Locale, Texts};

/// The session a plan is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SessionView {
    /// When it ended.
    pub ended: Stamp,
    /// The zone used for local times.
    pub zone: String,
    /// Its number in the series.
    pub number: u32,
}

/// One phase and what is normal and off-limits in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PhaseView {
    /// Phase code.
    pub phase: PhaseKind,
    /// Phase title.
    pub title: String,
    /// What it usually feels like.
    pub detail: String,
    /// Start.
    pub starts: Stamp,
    /// End.
    pub ends: Stamp,
    /// Expected symptoms in this phase.
    pub normal: Vec<RuleView>,
    /// Restrictions in force at some point in this phase.
    pub avoid: Vec<RuleView>,
}

/// A milestone with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct MilestoneView {
    /// When.
    pub at: Stamp,
    /// Milestone kind code.
    pub kind: String,
    /// The rule it belongs to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// What happens, for a person.
    pub text: String,
}

/// One preparation step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PreparationView {
    /// The step.
    pub rule: RuleView,
    /// When to start.
    pub starts: Stamp,
    /// When it ends.
    pub ends: Stamp,
    /// "From Mon 17 Nov" or "On the day (Fri 21 Nov)".
    pub when: String,
}

/// Series progress for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SeriesView {
    /// Sessions in the series.
    pub sessions_in_series: u32,
    /// Sessions done.
    pub done: u32,
    /// Sessions remaining.
    pub remaining: u32,
    /// Earliest next session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest: Option<Stamp>,
    /// Recommended window start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommended_from: Option<Stamp>,
    /// Recommended window end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommended_until: Option<Stamp>,
    /// Latest next session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest: Option<Stamp>,
    /// Next maintenance session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance: Option<Stamp>,
    /// Summary lines for a person.
    pub text: Vec<String>,
}

/// A whole plan for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PlanView {
    /// JSON schema version.
    pub schema: u32,
    /// Locale of the texts.
    pub locale: Locale,
    /// The protocol.
    pub protocol: ProtocolView,
    /// The session.
    pub session: SessionView,
    /// Where open windows end.
    pub horizon: Stamp,
    /// Phases with what is normal and off-limits.
    pub phases: Vec<PhaseView>,
    /// Every milestone in time order.
    pub timeline: Vec<MilestoneView>,
    /// Signs to contact the provider about.
    pub watch_for: Vec<RuleView>,
    /// Preparation for the booked next session (empty if none is booked).
    pub preparation: Vec<PreparationView>,
    /// The provider-comes-first notice.
    pub disclaimer: String,
}

impl PlanView {
    /// The plan in `locale`, local times in `zone`.
    pub fn new(plan: &RecoveryPlan, zone: Tz, locale: Locale) -> PlanView {
        let protocol = plan.protocol();
        let texts = protocol.texts(locale);
        let stamp = |at| Stamp::new(at, zone, locale, Style::DateTime);
        let rule_view = |index: usize| RuleView::new(plan.rule(&plan.items[index]), &texts);

        let phases = plan
            .phases
            .iter()
            .map(|phase| {
                let key = format!("phase-{}", phase.kind.code());
                PhaseView {
                    phase: phase.kind,
                    title: texts.get(&key, None),
                    detail: texts.attr(&key, "detail", None).unwrap_or_default(),
                    starts: stamp(phase.starts_at),
                    ends: stamp(phase.ends_at),
                    normal: phase.expected.iter().map(|&i| rule_view(i)).collect(),
                    avoid: phase.restrictions.iter().map(|&i| rule_view(i)).collect(),
                }
            })
            .collect();

        let timeline = plan
            .milestones
            .iter()
            .map(|m| milestone_view(plan, m, zone, &texts))
            .collect();
        let watch_for = plan
            .rules()
            .filter(|(_, rule)| matches!(rule.kind, RuleKind::RedFlag(_)))
            .map(|(_, rule)| RuleView::new(rule, &texts))
            .collect();
        let preparation = plan
            .next_session
            .map(|at| {
                preparation_view(
                    protocol,
                    &crate::preparation::preparation(protocol, at),
                    zone,
                    locale,
                )
            })
            .unwrap_or_default();

        PlanView {
            schema: SCHEMA,
            locale,
            protocol: ProtocolView::new(protocol, locale),
            session: SessionView {
                ended: stamp(plan.session.ended_at),
                zone: zone.name().to_string(),
                number: plan.session.number,
            },
            horizon: stamp(plan.horizon),
            phases,
            timeline,
            watch_for,
            preparation,
            disclaimer: texts.get("disclaimer", None),
        }
    }
}

/// The view of one milestone of `plan`.
pub(crate) fn milestone_view(
    plan: &RecoveryPlan,
    milestone: &crate::plan::Milestone,
    zone: Tz,
    texts: &Texts<'_>,
) -> MilestoneView {
    let rule = milestone.item.map(|i| plan.rule(&plan.items[i]));
    let title = rule
        .map(|r| crate::view::rule_title(r, texts))
        .unwrap_or_default();
    let mut args = Args::new();
    args.set("title_inline", crate::text::inline_start(&title));
    args.set("title", title.clone());
    let (kind, text) = match milestone.kind {
        MilestoneKind::PhaseBegins(phase) => {
            let phase = texts.get(&format!("phase-{}", phase.code()), None);
            args.set("phase_inline", crate::text::inline_start(&phase));
            args.set("phase", phase);
            (
                "phase_begins",
                texts.get("milestone-phase-begins", Some(&args)),
            )
        }
        MilestoneKind::RoutineDue => (
            "routine_due",
            texts.get("milestone-routine-due", Some(&args)),
        ),
        MilestoneKind::DailyRoutineStarts => {
            let slot = match rule.map(|r| &r.kind) {
                Some(RuleKind::Routine {
                    schedule:
                        Schedule::Daily {
                            slot: DaySlot::Evening,
                        },
                    ..
                }) => "evening",
                _ => "morning",
            };
            args.set("slot", slot);
            (
                "daily_routine_starts",
                texts.get("milestone-daily-routine-starts", Some(&args)),
            )
        }
        MilestoneKind::RestrictionLifts => {
            let lifted = rule
                .and_then(|r| crate::view::rule_attr(r, "lifted", texts))
                .unwrap_or(title);
            args.set("lifted", lifted);
            (
                "restriction_lifts",
                texts.get("milestone-restriction-lifts", Some(&args)),
            )
        }
        MilestoneKind::SymptomWindowEnds => (
            "symptom_window_ends",
            texts.get("milestone-symptom-window-ends", Some(&args)),
        ),
        MilestoneKind::PreparationStarts => (
            "preparation_starts",
            texts.get("milestone-preparation-starts", Some(&args)),
        ),
        MilestoneKind::NextSessionEarliest => (
            "next_session_earliest",
            texts.get("milestone-next-session-earliest", None),
        ),
        MilestoneKind::NextSessionRecommended => (
            "next_session_recommended",
            texts.get("milestone-next-session-recommended", None),
        ),
        MilestoneKind::NextSessionLatest => (
            "next_session_latest",
            texts.get("milestone-next-session-latest", None),
        ),
        MilestoneKind::NextSession => ("next_session", texts.get("milestone-next-session", None)),
        MilestoneKind::MaintenanceDue => (
            "maintenance_due",
            texts.get("milestone-maintenance-due", None),
        ),
    };
    MilestoneView {
        at: Stamp::new(milestone.at, zone, texts.locale(), Style::DateTime),
        kind: kind.to_string(),
        rule_id: rule.map(|r| r.id.clone()),
        text,
    }
}

fn preparation_step_view(
    rule: &crate::protocol::Rule,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    zone: Tz,
    texts: &Texts<'_>,
) -> PreparationView {
    let locale = texts.locale();
    let mut args = Args::new();
    args.set("date", format_local(starts_at, zone, locale, Style::Date));
    // A step that starts on the appointment's own local day is a day-of step.
    let same_day = crate::local_time::local_date(starts_at, zone)
        == crate::local_time::local_date(ends_at, zone);
    let key = if same_day {
        "preparation-on-the-day"
    } else {
        "preparation-from"
    };
    PreparationView {
        rule: RuleView::new(rule, texts),
        starts: Stamp::new(starts_at, zone, locale, Style::DateTime),
        ends: Stamp::new(ends_at, zone, locale, Style::DateTime),
        when: texts.get(key, Some(&args)),
    }
}

/// The preparation checklist in `locale`.
pub fn preparation_view(
    protocol: &crate::protocol::Protocol,
    steps: &[PreparationStep<'_>],
    zone: Tz,
    locale: Locale,
) -> Vec<PreparationView> {
    let texts = protocol.texts(locale);
    steps
        .iter()
        .map(|s| preparation_step_view(s.rule, s.starts_at, s.ends_at, zone, &texts))
        .collect()
}

/// Series progress in `locale`.
pub fn series_view(progress: &SeriesProgress, zone: Tz, locale: Locale) -> SeriesView {
    let texts = Texts::new(locale);
    let date = |at| Stamp::new(at, zone, locale, Style::Date);
    let mut args = Args::new();
    args.set("done", progress.done);
    args.set("total", progress.sessions_in_series);
    let mut text = vec![if progress.complete() {
        texts.get("series-complete", Some(&args))
    } else {
        texts.get("series-progress", Some(&args))
    }];
    if let Some(next) = progress.next {
        let mut args = Args::new();
        for (name, at) in [
            ("earliest", next.earliest),
            ("from", next.recommended_from),
            ("until", next.recommended_until),
            ("latest", next.latest),
        ] {
            args.set(name, format_local(at, zone, locale, Style::Date));
        }
        // "Ideally from 16 Dec … (not before 16 Dec …)" says the same day twice.
        let same_start = format_local(next.earliest, zone, locale, Style::Date)
            == format_local(next.recommended_from, zone, locale, Style::Date);
        let key = if same_start {
            "series-next-window-from-earliest"
        } else {
            "series-next-window"
        };
        text.push(texts.get(key, Some(&args)));
    }
    if let Some(at) = progress.maintenance_at {
        let mut args = Args::new();
        args.set("date", format_local(at, zone, locale, Style::Date));
        text.push(texts.get("series-maintenance", Some(&args)));
    }
    SeriesView {
        sessions_in_series: progress.sessions_in_series,
        done: progress.done,
        remaining: progress.remaining,
        earliest: progress.next.map(|n| date(n.earliest)),
        recommended_from: progress.next.map(|n| date(n.recommended_from)),
        recommended_until: progress.next.map(|n| date(n.recommended_until)),
        latest: progress.next.map(|n| date(n.latest)),
        maintenance: progress.maintenance_at.map(date),
        text,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::series::NextSessionWindow;

    fn progress(earliest_day: u32) -> SeriesProgress {
        let day = |d| Utc.with_ymd_and_hms(2026, 12, d, 9, 0, 0).unwrap();
        SeriesProgress {
            sessions_in_series: 3,
            done: 1,
            remaining: 2,
            next: Some(NextSessionWindow {
                earliest: day(earliest_day),
                recommended_from: day(16),
                recommended_until: day(30),
                latest: day(31),
            }),
            maintenance_at: None,
        }
    }

    #[test]
    fn the_next_session_window_names_each_day_once() {
        for locale in [Locale::En, Locale::Es] {
            let same = series_view(&progress(16), chrono_tz::Europe::Madrid, locale).text;
            let window = &same[1];
            assert_eq!(window.matches("16").count(), 1, "{window}");
            assert!(window.contains("31"), "{window}");
            let earlier = series_view(&progress(9), chrono_tz::Europe::Madrid, locale).text;
            assert!(
                earlier[1].contains(" 9 ") && earlier[1].contains("16"),
                "{}",
                earlier[1]
            );
        }
    }
}
