//! Screen 5, the timeline: a session's phases and milestones with a "now" marker, what is normal
//! and what to avoid in each phase, the warning signs, preparation for the next session, the
//! series, and each rule's "why" (its sources).

mod sources;

#[cfg(test)]
mod tests;

use super::action::AppAction;
use super::model::{Choice, Command, ScreenBody, sentences};
use super::route::Route;
use super::today::EmptyMessage;
use super::words::Words;
use super::{App, AppError, Ctx};
use crate::journal::{SessionRecord, SessionStatus};
use crate::series::series_progress;
use crate::status::status_at;
use crate::view::{PlanView, RuleView, StatusView, series_view};

/// What the patient can do on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum TimelineAction {
    /// Show another done session's timeline.
    ChooseSession {
        /// The session.
        id: i64,
    },
}

/// Where a milestone stands against "now".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum MilestoneState {
    /// Already happened.
    Past,
    /// The next one.
    Next,
    /// Later.
    Later,
}

/// One milestone.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimelineMilestone {
    /// When, in the patient's zone.
    pub when: String,
    /// What happens.
    pub text: String,
    /// Past, next or later.
    pub state: MilestoneState,
    /// What a screen reader says.
    pub accessibility_label: String,
}

/// A source behind a rule.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SourceLine {
    /// Its key, as the protocol names it ("K3").
    pub key: String,
    /// What it is.
    pub text: String,
}

/// A rule with its "why".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleLine {
    /// What it says.
    pub title: String,
    /// More about it, if anything.
    pub detail: Option<String>,
    /// Its kind in words ("Restriction", "Normal").
    pub kind_label: String,
    /// When, if it has its own time (preparation steps: "From Mon 24 Nov", "Since …"), with
    /// where it stands ("Done", "Now", "Past") when not simply ahead.
    pub when: Option<String>,
    /// A preparation step's own "Done" (or "Undo" once done); `None` for other rules.
    pub command: Option<Command>,
    /// "Why?".
    pub why_label: String,
    /// The sources behind it.
    pub sources: Vec<SourceLine>,
}

/// One phase of the recovery.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PhaseCard {
    /// Its name.
    pub title: String,
    /// What it usually feels like.
    pub detail: String,
    /// From when to when.
    pub when: String,
    /// Whether "now" is in it.
    pub current: bool,
    /// What is normal in it.
    pub normal: Vec<RuleLine>,
    /// What to avoid in it.
    pub avoid: Vec<RuleLine>,
}

/// A session's timeline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimelineScreen {
    /// The done sessions to choose from, latest first (when there are several).
    pub sessions: Vec<Choice>,
    /// "Microneedling, session 2".
    pub heading: String,
    /// "Ended Sat 21 Nov, 10:00".
    pub ended: String,
    /// Where the patient is now ("Day 2 of your recovery").
    pub status: Option<String>,
    /// "Now: Sat 22 Nov, 10:00".
    pub now_label: String,
    /// Where "now" falls among the milestones: the index of the first one still ahead.
    pub now_index: u32,
    /// Every milestone in time order.
    pub milestones: Vec<TimelineMilestone>,
    /// "Phase by phase".
    pub phases_heading: String,
    /// The phases.
    pub phases: Vec<PhaseCard>,
    /// "Contact your provider if you notice".
    pub watch_for_heading: String,
    /// The warning signs.
    pub watch_for: Vec<RuleLine>,
    /// "Before your next session".
    pub preparation_heading: String,
    /// Preparation for the booked next session (empty if none is booked).
    pub preparation: Vec<RuleLine>,
    /// Whether a reminder asked for the preparation (scroll to it).
    pub focus_preparation: bool,
    /// The series in words.
    pub series: Vec<String>,
    /// The provider-comes-first notice.
    pub disclaimer: String,
    /// No done session yet.
    pub empty: Option<EmptyMessage>,
}

fn rule_line(rule: &RuleView, when: Option<String>, words: &Words) -> RuleLine {
    RuleLine {
        title: rule.title.clone(),
        detail: rule.detail.clone(),
        kind_label: rule.kind_label.clone(),
        when,
        command: None,
        why_label: words.get("timeline-why"),
        sources: rule
            .sources
            .iter()
            .map(|key| sources::source_line(key, words))
            .collect(),
    }
}

/// The done session shown: the one asked for, else the one being recovered from.
fn shown<'s>(
    all: &'s [SessionRecord],
    asked: Option<i64>,
    ctx: &Ctx,
) -> Result<Option<&'s SessionRecord>, AppError> {
    let done = |id: i64| {
        all.iter()
            .find(|s| s.id == id && s.status == SessionStatus::Done)
    };
    if let Some(record) = asked.and_then(done) {
        return Ok(Some(record));
    }
    Ok(ctx
        .journal
        .recovering_from(Some(ctx.now))?
        .and_then(|r| done(r.id)))
}

/// The title and model.
pub(super) fn build(
    ctx: &Ctx,
    session_id: Option<i64>,
    preparation: bool,
) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let locale = ctx.locale();
    let title = words.get("title-timeline");
    let all = ctx.journal.sessions()?;
    let mut model = TimelineScreen {
        sessions: Vec::new(),
        heading: String::new(),
        ended: String::new(),
        status: None,
        now_label: words.arg("timeline-now", "when", words.stamp(ctx.now)),
        now_index: 0,
        milestones: Vec::new(),
        phases_heading: words.get("timeline-phases"),
        phases: Vec::new(),
        watch_for_heading: words.get("today-watch-for"),
        watch_for: Vec::new(),
        preparation_heading: words.get("timeline-preparation"),
        preparation: Vec::new(),
        focus_preparation: preparation,
        series: Vec::new(),
        disclaimer: words.get("disclaimer"),
        empty: None,
    };
    let Some(record) = shown(&all, session_id, ctx)? else {
        model.empty = Some(EmptyMessage {
            heading: words.get("timeline-empty"),
            text: words.attr("timeline-empty", "text").unwrap_or_default(),
            commands: Vec::new(),
        });
        return Ok((title, ScreenBody::Timeline { model }));
    };
    let catalog = ctx.journal.catalog();
    let name = |s: &SessionRecord| {
        let mut args = crate::text::Args::new();
        args.set(
            "treatment",
            catalog
                .get(&s.protocol.id, Some(s.protocol.version))
                .map(|p| p.display_name(locale))
                .unwrap_or_else(|| s.protocol.id.clone()),
        );
        args.set("number", s.number);
        words.args("today-treatment", &args)
    };
    let done: Vec<&SessionRecord> = all
        .iter()
        .filter(|s| s.status == SessionStatus::Done)
        .collect();
    if done.len() > 1 {
        model.sessions = done
            .iter()
            .rev()
            .map(|s| {
                let label = name(s);
                let selected = s.id == record.id;
                Choice {
                    detail: s.ended_at.map(|at| words.date(at)),
                    label,
                    selected,
                    action: AppAction::Timeline {
                        action: TimelineAction::ChooseSession { id: s.id },
                    },
                }
            })
            .collect();
    }
    let plan = ctx.journal.plan(record.id)?;
    let plan_view = PlanView::new(&plan, ctx.zone, locale);
    let status = status_at(&plan, ctx.now, ctx.zone);
    let status_view = StatusView::new(&plan, &status, locale);
    model.heading = name(record);
    model.ended = words.arg(
        "sessions-ended",
        "when",
        plan_view.session.ended.text.clone(),
    );
    model.status = Some(status_view.headline.clone());
    let now_index = plan_view
        .timeline
        .iter()
        .position(|m| m.at.utc > ctx.now)
        .unwrap_or(plan_view.timeline.len());
    model.now_index = now_index as u32;
    model.milestones = plan_view
        .timeline
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let state = match i.cmp(&now_index) {
                std::cmp::Ordering::Less => MilestoneState::Past,
                std::cmp::Ordering::Equal => MilestoneState::Next,
                std::cmp::Ordering::Greater => MilestoneState::Later,
            };
            let state_words = words.get(match state {
                MilestoneState::Past => "timeline-past",
                MilestoneState::Next => "timeline-next",
                MilestoneState::Later => "timeline-later",
            });
            TimelineMilestone {
                accessibility_label: sentences([m.at.text.as_str(), &m.text, &state_words]),
                when: m.at.text.clone(),
                text: m.text.clone(),
                state,
            }
        })
        .collect();
    model.phases = plan_view
        .phases
        .iter()
        .map(|phase| {
            let mut args = crate::text::Args::new();
            args.set("from", phase.starts.text.clone());
            args.set("until", phase.ends.text.clone());
            PhaseCard {
                title: phase.title.clone(),
                detail: phase.detail.clone(),
                when: words.args("timeline-phase-when", &args),
                current: status.phase == Some(phase.phase),
                normal: phase
                    .normal
                    .iter()
                    .map(|r| rule_line(r, None, words))
                    .collect(),
                avoid: phase
                    .avoid
                    .iter()
                    .map(|r| rule_line(r, None, words))
                    .collect(),
            }
        })
        .collect();
    model.watch_for = plan_view
        .watch_for
        .iter()
        .map(|r| rule_line(r, None, words))
        .collect();
    // The booked session's checklist, as Today shows it: the same dates, states and "done".
    let booked = all.iter().find(|s| {
        s.status == SessionStatus::Planned
            && s.starts_at.is_some()
            && s.starts_at == plan.next_session
    });
    let mut steps = match booked {
        Some(booked) => super::preparation::steps(ctx, booked)?,
        None => Vec::new(),
    };
    model.preparation = plan_view
        .preparation
        .iter()
        .map(
            |p| match steps.iter().position(|s| s.rule_id == p.rule.id) {
                Some(i) => {
                    let step = steps.remove(i);
                    let when = match &step.state {
                        Some(state) => words.args("timeline-step-when", &{
                            let mut args = crate::text::Args::new();
                            args.set("when", step.when.clone());
                            args.set("state", state.clone());
                            args
                        }),
                        None => step.when.clone(),
                    };
                    let mut line = rule_line(&p.rule, Some(when), words);
                    line.command = Some(step.command);
                    line
                }
                None => rule_line(&p.rule, Some(p.when.clone()), words),
            },
        )
        .collect();
    let same: Vec<_> = done
        .iter()
        .filter(|s| s.protocol.id == record.protocol.id && s.ended_at <= record.ended_at)
        .filter_map(|s| s.treatment())
        .collect();
    model.series = series_progress(plan.protocol(), &same)
        .map(|p| series_view(&p, ctx.zone, locale).text)
        .unwrap_or_default();
    model.disclaimer = plan_view.disclaimer;
    Ok((title, ScreenBody::Timeline { model }))
}

/// Handles an action on the timeline.
pub(super) fn handle(app: &mut App, action: TimelineAction) {
    match action {
        TimelineAction::ChooseSession { id } => {
            if let Route::Timeline { preparation, .. } = app.stack.top().clone() {
                app.stack.replace_top(Route::Timeline {
                    session_id: Some(id),
                    preparation,
                });
            }
        }
    }
}
