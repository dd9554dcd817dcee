//! A booked session's preparation as a checklist: each step with its date, steps already
//! started or over said as such, each with its own "done", kept in the journal (a step done is
//! a reminder that need not fire). Today and the timeline draw the same steps.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::action::AppAction;
use super::model::{Command, CommandStyle, Item, ListSection, Tone};
use super::today::TodayAction;
use super::{AppError, Ctx, Out, Resync};
use crate::journal::{SessionRecord, SessionStatus};
use crate::local_time::local_date;
use crate::preparation::{PreparationStep, preparation};
use crate::text::Args;

/// One step in words, with its command.
pub(crate) struct StepLine {
    /// The step's rule.
    pub(crate) rule_id: String,
    /// The step (the protocol's words).
    pub(crate) title: String,
    /// When: "From Mon 24 Nov", "Since Mon 24 Nov", "On the day (Sat 29 Nov)".
    pub(crate) when: String,
    /// Where it stands, when not simply ahead: "Done", "Now", "Past".
    pub(crate) state: Option<String>,
    /// Whether the patient marked it done.
    pub(crate) done: bool,
    /// "Done", or "Undo" once done.
    pub(crate) command: Command,
}

/// The steps of booked session `booked`, earliest first, with what was marked done.
pub(crate) fn steps(ctx: &Ctx, booked: &SessionRecord) -> Result<Vec<StepLine>, AppError> {
    let Some(appointment) = booked
        .starts_at
        .filter(|_| booked.status == SessionStatus::Planned)
    else {
        return Ok(Vec::new());
    };
    let catalog = ctx.journal.catalog();
    let Some(protocol) = catalog.get(&booked.protocol.id, Some(booked.protocol.version)) else {
        return Ok(Vec::new());
    };
    let done: HashSet<String> = ctx
        .journal
        .preparation_done()?
        .into_iter()
        .filter(|(session, _, _)| *session == booked.id)
        .map(|(_, rule, _)| rule)
        .collect();
    let texts = protocol.texts(ctx.locale());
    Ok(preparation(protocol, appointment)
        .iter()
        .map(|step| {
            let title = crate::view::rule_title(step.rule, &texts);
            line(
                ctx,
                booked.id,
                step,
                appointment,
                title,
                done.contains(&step.rule.id),
            )
        })
        .collect())
}

fn line(
    ctx: &Ctx,
    session_id: i64,
    step: &PreparationStep<'_>,
    appointment: DateTime<Utc>,
    title: String,
    done: bool,
) -> StepLine {
    let words = &ctx.words;
    let mut args = Args::new();
    args.set("date", words.date(step.starts_at));
    let day_of = local_date(step.starts_at, ctx.zone) == local_date(appointment, ctx.zone);
    let over = step.ends_at <= ctx.now && step.ends_at < appointment || appointment <= ctx.now;
    let started = step.starts_at <= ctx.now;
    let key = if day_of {
        "preparation-on-the-day"
    } else if started {
        // A date already past reads as such: "since", not "from".
        "preparation-since"
    } else {
        "preparation-from"
    };
    let state = if done {
        Some(words.get("today-done"))
    } else if over {
        Some(words.get("preparation-past"))
    } else if started {
        Some(words.get("preparation-now"))
    } else {
        None
    };
    let action = AppAction::Today {
        action: TodayAction::PreparationStep {
            session_id,
            rule_id: step.rule.id.clone(),
            done: !done,
        },
    };
    let command =
        if done {
            Command::new(words.get("command-undo"), action, CommandStyle::Quiet)
                .described(words.arg("command-not-done-spoken", "title", title.clone()))
        } else {
            Command::new(words.get("command-done"), action, CommandStyle::Quiet)
                .described(words.arg("command-done-spoken", "title", title.clone()))
        };
    StepLine {
        rule_id: step.rule.id.clone(),
        when: words.args(key, &args),
        title,
        state,
        done,
        command,
    }
}

/// The checklist titled `title`, or `None` when the session has no steps.
pub(crate) fn checklist(
    ctx: &Ctx,
    booked: &SessionRecord,
    title: String,
) -> Result<Option<ListSection>, AppError> {
    let steps = steps(ctx, booked)?;
    if steps.is_empty() {
        return Ok(None);
    }
    let items = steps
        .into_iter()
        .map(|step| {
            let mut item = Item::plain(step.title, Some(step.when));
            if let Some(state) = step.state {
                item = item.trailing(state);
            }
            if step.done {
                item.tone = Tone::Normal;
                item.tone_label = Some(ctx.words.get("today-done"));
            }
            item.commands.push(step.command);
            item
        })
        .collect();
    Ok(Some(ListSection {
        title,
        items,
        empty: None,
    }))
}

/// Marks a step of booked session `session_id` done or not done; a step the session's
/// protocol does not have (a stale screen) changes nothing.
pub(crate) fn mark(
    session_id: i64,
    rule_id: &str,
    done: bool,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let booked = ctx.journal.session(session_id)?;
    let known = booked.status == SessionStatus::Planned
        && booked.starts_at.is_some_and(|at| {
            ctx.journal
                .catalog()
                .get(&booked.protocol.id, Some(booked.protocol.version))
                .is_some_and(|protocol| {
                    preparation(protocol, at)
                        .iter()
                        .any(|step| step.rule.id == rule_id)
                })
        });
    if !known {
        return Ok(());
    }
    ctx.journal
        .set_preparation_done(session_id, rule_id, done, ctx.now)?;
    let key = if done {
        "message-reminder-done"
    } else {
        "message-step-not-done"
    };
    out.say(ctx.words.get(key), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}
