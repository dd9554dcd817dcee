//! Screen 6, sessions and the series: done and booked sessions, the next-session window; book,
//! add a past session, mark a booked one done, delete (after a confirmation).

#[cfg(test)]
mod tests;

use chrono::{DateTime, TimeDelta, Utc};

use super::action::{AppAction, Destination};
use super::field::{self, Field, Problem, Problems, Unset};
use super::model::{
    Choice, Command, CommandStyle, DateTimeInput, Item, ListSection, ScreenBody, Tone,
};
use super::route::Route;
use super::today::EmptyMessage;
use super::{App, AppError, Ctx, Out, Pending, Resync};
use crate::journal::{NewSession, SessionRecord, SessionStatus};
use crate::series::series_progress;
use crate::view::series_view;

/// How far past "now" a done session may end (clock skew, as the journal allows).
const FUTURE_SLACK: TimeDelta = TimeDelta::minutes(10);

/// What the patient can do on sessions.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum SessionsAction {
    /// Open the form to book a session.
    Book,
    /// Open the form to add a session that already happened.
    AddDone,
    /// Open the form to mark a booked session done.
    MarkDone {
        /// The session.
        id: i64,
    },
    /// Choose the treatment in the form.
    ChooseProtocol {
        /// The protocol's id.
        id: String,
    },
    /// Save the form.
    SaveForm,
    /// Close the form without saving.
    CloseForm,
    /// Delete a session (asks first).
    Delete {
        /// The session.
        id: i64,
    },
    /// Open a done session's timeline.
    OpenTimeline {
        /// The session.
        id: i64,
    },
}

/// The form to book, add or complete a session (a sheet over the list).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SessionForm {
    /// What it does ("Book a session").
    pub heading: String,
    /// The treatments (not when completing a booked session).
    pub protocols: Vec<Choice>,
    /// Why no treatment could be taken, if so.
    pub protocol_error: Option<String>,
    /// The appointment, or when it ended.
    pub time: DateTimeInput,
    /// Save.
    pub save: Command,
    /// Close without saving.
    pub cancel: Command,
}

/// Sessions and the series.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SessionsScreen {
    /// Booked sessions, soonest first.
    pub booked: ListSection,
    /// Done sessions, latest first.
    pub done: ListSection,
    /// "Your series": progress and the window for the next session.
    pub series_heading: String,
    /// The series in words, if the treatment has one.
    pub series: Vec<String>,
    /// Book, add a past session.
    pub commands: Vec<Command>,
    /// The open form, if any.
    pub form: Option<SessionForm>,
    /// No sessions yet.
    pub empty: Option<EmptyMessage>,
}

/// What the form does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Mode {
    Book,
    Done,
    Complete {
        id: i64,
        starts_at: Option<DateTime<Utc>>,
    },
}

/// The form as entered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct FormDraft {
    mode: Mode,
    protocol: Option<String>,
    at: Option<DateTime<Utc>>,
    problems: Problems,
    protocol_missing: bool,
}

impl FormDraft {
    fn new(mode: Mode) -> FormDraft {
        FormDraft {
            mode,
            protocol: None,
            at: None,
            problems: Problems::default(),
            protocol_missing: false,
        }
    }

    /// A form to book the next session.
    pub(crate) fn book() -> FormDraft {
        FormDraft::new(Mode::Book)
    }

    /// A date-and-time input changed.
    pub(crate) fn edit_time(&mut self, field: Field, at: DateTime<Utc>) {
        if field == Field::SessionTime {
            self.at = Some(at);
            self.problems.clear(field);
        }
    }
}

fn sessions(action: SessionsAction) -> AppAction {
    AppAction::Sessions { action }
}

/// The treatment's name of a session.
pub(super) fn treatment(record: &SessionRecord, ctx: &Ctx) -> String {
    ctx.journal
        .catalog()
        .get(&record.protocol.id, Some(record.protocol.version))
        .map(|p| p.display_name(ctx.locale()))
        .unwrap_or_else(|| record.protocol.id.clone())
}

fn form_model(draft: &FormDraft, ctx: &Ctx, latest_protocol: Option<&str>) -> SessionForm {
    let words = &ctx.words;
    let (heading, label, unset, bounds) = match draft.mode {
        Mode::Book => (
            "sessions-form-book",
            "sessions-form-starts",
            Unset::NotChosen {
                initial: ctx.now + TimeDelta::days(28),
            },
            (Some(ctx.now), None),
        ),
        Mode::Done => (
            "sessions-form-done",
            "first-run-ended-at",
            Unset::Now,
            (None, Some(ctx.now)),
        ),
        Mode::Complete { starts_at, .. } => (
            "sessions-form-complete",
            "first-run-ended-at",
            Unset::Now,
            (starts_at, Some(ctx.now)),
        ),
    };
    let chosen = draft.protocol.as_deref().or(latest_protocol);
    let protocols = match draft.mode {
        Mode::Complete { .. } => Vec::new(),
        _ => ctx
            .journal
            .catalog()
            .latest()
            .iter()
            .map(|p| {
                let label = p.display_name(ctx.locale());
                let selected = chosen == Some(p.id.as_str());
                Choice {
                    label,
                    detail: None,
                    selected,
                    action: sessions(SessionsAction::ChooseProtocol { id: p.id.clone() }),
                }
            })
            .collect(),
    };
    SessionForm {
        heading: words.get(heading),
        protocols,
        protocol_error: draft
            .protocol_missing
            .then(|| words.get("first-run-choose-treatment")),
        time: field::time_input(
            words,
            Field::SessionTime,
            label,
            draft.at,
            unset,
            ctx.now,
            bounds,
            &draft.problems,
        ),
        save: Command::new(
            words.get("command-save"),
            sessions(SessionsAction::SaveForm),
            CommandStyle::Primary,
        ),
        cancel: Command::new(
            words.get("command-cancel"),
            sessions(SessionsAction::CloseForm),
            CommandStyle::Secondary,
        ),
    }
}

/// The protocol of the latest session: the default for a new one.
fn latest_protocol(all: &[SessionRecord]) -> Option<String> {
    all.last().map(|s| s.protocol.id.clone())
}

/// The title and model.
pub(super) fn build(app: &App, ctx: &Ctx) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let all = ctx.journal.sessions()?;
    let mut booked: Vec<&SessionRecord> = all
        .iter()
        .filter(|s| s.status == SessionStatus::Planned)
        .collect();
    booked.sort_by_key(|s| (s.starts_at, s.id));
    let booked_items = booked
        .iter()
        .map(|s| {
            let name = treatment(s, ctx);
            let when = s.starts_at.map(|at| words.stamp(at)).unwrap_or_default();
            let key = if s.starts_at.is_some_and(|at| at < ctx.now) {
                "sessions-was-booked-for"
            } else {
                "sessions-booked-for"
            };
            let mut item = Item::plain(name.clone(), Some(words.arg(key, "when", when)));
            item.commands = vec![
                Command::new(
                    words.get("command-mark-done"),
                    sessions(SessionsAction::MarkDone { id: s.id }),
                    CommandStyle::Secondary,
                )
                .described(words.arg(
                    "command-mark-done-spoken",
                    "name",
                    name.clone(),
                )),
                Command::new(
                    words.get("command-delete"),
                    sessions(SessionsAction::Delete { id: s.id }),
                    CommandStyle::Destructive,
                )
                .described(words.arg(
                    "command-delete-session-spoken",
                    "name",
                    name,
                )),
            ];
            item
        })
        .collect();
    let done_items = all
        .iter()
        .rev()
        .filter(|s| s.status == SessionStatus::Done)
        .map(|s| {
            let mut args = crate::text::Args::new();
            args.set("treatment", treatment(s, ctx));
            args.set("number", s.number);
            let title = words.args("today-treatment", &args);
            let ended = s.ended_at.map(|at| words.stamp(at)).unwrap_or_default();
            let mut item = Item::plain(
                title.clone(),
                Some(words.arg("sessions-ended", "when", ended)),
            );
            item.action = Some(sessions(SessionsAction::OpenTimeline { id: s.id }));
            item.commands = vec![
                Command::new(
                    words.get("command-delete"),
                    sessions(SessionsAction::Delete { id: s.id }),
                    CommandStyle::Destructive,
                )
                .described(words.arg(
                    "command-delete-session-spoken",
                    "name",
                    title,
                )),
            ];
            item
        })
        .collect();
    let series = series_lines(&all, ctx);
    let latest = latest_protocol(&all);
    let model = SessionsScreen {
        booked: ListSection {
            title: words.get("sessions-booked"),
            items: booked_items,
            empty: Some(words.get("sessions-booked-empty")),
        },
        done: ListSection {
            title: words.get("sessions-done"),
            items: done_items,
            empty: Some(words.get("sessions-done-empty")),
        },
        series_heading: words.get("sessions-series"),
        series,
        commands: vec![
            Command::new(
                words.get("command-book-session"),
                sessions(SessionsAction::Book),
                CommandStyle::Primary,
            ),
            Command::new(
                words.get("command-add-past-session"),
                sessions(SessionsAction::AddDone),
                CommandStyle::Secondary,
            ),
        ],
        form: app
            .drafts
            .session_form
            .as_ref()
            .map(|draft| form_model(draft, ctx, latest.as_deref())),
        empty: all.is_empty().then(|| EmptyMessage {
            heading: words.get("sessions-empty"),
            text: words.attr("sessions-empty", "text").unwrap_or_default(),
            commands: Vec::new(),
        }),
    };
    Ok((words.get("title-sessions"), ScreenBody::Sessions { model }))
}

/// The series of the latest done session's treatment, in words.
fn series_lines(all: &[SessionRecord], ctx: &Ctx) -> Vec<String> {
    let Some(latest) = all.iter().rev().find(|s| s.status == SessionStatus::Done) else {
        return Vec::new();
    };
    let catalog = ctx.journal.catalog();
    let Some(protocol) = catalog.get(&latest.protocol.id, Some(latest.protocol.version)) else {
        return Vec::new();
    };
    let done: Vec<_> = all
        .iter()
        .filter(|s| s.status == SessionStatus::Done && s.protocol.id == latest.protocol.id)
        .filter_map(SessionRecord::treatment)
        .collect();
    series_progress(protocol, &done)
        .map(|progress| series_view(&progress, ctx.zone, ctx.locale()).text)
        .unwrap_or_default()
}

/// Handles an action on sessions.
pub(super) fn handle(
    app: &mut App,
    action: SessionsAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    if app.stack.root() == &Route::FirstRun {
        return Ok(());
    }
    let open = |app: &mut App, draft: FormDraft| {
        if app.stack.top() != &Route::Sessions {
            app.stack.navigate(Destination::Sessions);
        }
        app.drafts.session_form = Some(draft);
    };
    match action {
        SessionsAction::Book => open(app, FormDraft::new(Mode::Book)),
        SessionsAction::AddDone => open(app, FormDraft::new(Mode::Done)),
        SessionsAction::MarkDone { id } => {
            let record = ctx.journal.session(id)?;
            if record.status == SessionStatus::Planned {
                open(
                    app,
                    FormDraft::new(Mode::Complete {
                        id,
                        starts_at: record.starts_at,
                    }),
                );
            }
        }
        SessionsAction::ChooseProtocol { id } => {
            if let Some(form) = app.drafts.session_form.as_mut()
                && ctx.journal.catalog().get(&id, None).is_some()
            {
                form.protocol = Some(id);
                form.protocol_missing = false;
            }
        }
        SessionsAction::CloseForm => app.drafts.session_form = None,
        SessionsAction::SaveForm => save(app, ctx, out)?,
        SessionsAction::Delete { id } => {
            // Only an existing session can be asked about.
            ctx.journal.session(id)?;
            app.dialog = Some(Pending::DeleteSession { id });
        }
        SessionsAction::OpenTimeline { id } => app.stack.push(Route::Timeline {
            session_id: Some(id),
            preparation: false,
        }),
    }
    Ok(())
}

/// Checks and saves the form.
fn save(app: &mut App, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let Some(form) = app.drafts.session_form.as_mut() else {
        return Ok(());
    };
    let all = ctx.journal.sessions()?;
    let catalog = ctx.journal.catalog();
    let protocol = form
        .protocol
        .clone()
        .or_else(|| latest_protocol(&all))
        .and_then(|id| catalog.get(&id, None).cloned());
    let mut problems = Problems::default();
    let at = form.at;
    if let Some(Err(problem)) = at.map(|at| field::within_reach(at, ctx.now)) {
        problems.add(Field::SessionTime, problem);
    }
    match form.mode {
        Mode::Book => match at {
            None => problems.add(Field::SessionTime, Problem::Required),
            Some(at) if at <= ctx.now => problems.add(Field::SessionTime, Problem::AppointmentPast),
            _ => {}
        },
        Mode::Done => {
            if at.is_some_and(|at| at > ctx.now + FUTURE_SLACK) {
                problems.add(Field::SessionTime, Problem::InFuture);
            }
        }
        Mode::Complete { starts_at, .. } => {
            let ended = at.unwrap_or(ctx.now);
            if ended > ctx.now + FUTURE_SLACK {
                problems.add(Field::SessionTime, Problem::InFuture);
            } else if starts_at.is_some_and(|s| s >= ended) {
                problems.add(Field::SessionTime, Problem::EndsBeforeAppointment);
            }
        }
    }
    let needs_protocol = !matches!(form.mode, Mode::Complete { .. });
    form.protocol_missing = needs_protocol && protocol.is_none();
    if !problems.is_empty() || form.protocol_missing {
        form.problems = problems;
        return Ok(());
    }
    let key = match (form.mode, protocol) {
        (Mode::Complete { id, .. }, _) => {
            ctx.journal
                .complete_session(id, at.unwrap_or(ctx.now), ctx.now)?;
            "message-session-completed"
        }
        (mode, Some(protocol)) => {
            let book = mode == Mode::Book;
            ctx.journal.add_session(
                &NewSession {
                    protocol: protocol.reference(),
                    status: if book {
                        SessionStatus::Planned
                    } else {
                        SessionStatus::Done
                    },
                    starts_at: if book { at } else { None },
                    ended_at: if book {
                        None
                    } else {
                        Some(at.unwrap_or(ctx.now))
                    },
                    zone: ctx.zone,
                },
                ctx.now,
            )?;
            if book {
                "message-session-booked"
            } else {
                "message-session-added"
            }
        }
        (_, None) => return Ok(()),
    };
    app.drafts.session_form = None;
    out.say(ctx.words.get(key), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}

/// What deleting a session takes with it, in words.
pub(super) fn delete_warning(id: i64, ctx: &Ctx) -> String {
    let words = &ctx.words;
    let entries = ctx.journal.symptoms(id).map(|e| e.len()).unwrap_or(0);
    let photos = ctx.journal.photos(id).map(|p| p.len()).unwrap_or(0);
    let mut args = crate::text::Args::new();
    args.set("entries", entries);
    args.set("photos", photos);
    words.args("confirm-delete-session-body", &args)
}

/// Deletes a session (confirmed) with everything logged for it.
pub(super) fn delete(app: &mut App, id: i64, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    ctx.journal.delete_session(id)?;
    // Screens about the deleted session cannot stay on the stack.
    if app.stack.top() != &Route::Sessions {
        app.stack.navigate(Destination::Sessions);
    }
    app.drafts.session_form = None;
    out.say(ctx.words.get("message-session-deleted"), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}
