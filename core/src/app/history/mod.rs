//! Screen 7, history: a session's entries and provider contacts by day, newest first; edit and
//! delete (after a confirmation).

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::action::{AppAction, Destination};
use super::model::{Choice, Command, CommandStyle, Item, ScreenBody, Section, Tone};
use super::route::Route;
use super::severity::{SeverityBand, severity_words};
use super::today::EmptyState;
use super::{App, AppError, Ctx, Out, Pending, Resync};
use crate::journal::{SessionRecord, SessionStatus};
use crate::view::{area_name, symptom_name};

/// What the patient can do on the history.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum HistoryAction {
    /// Show another session's entries.
    ChooseSession {
        /// The session.
        id: i64,
    },
    /// Edit an entry.
    Edit {
        /// The entry.
        id: i64,
    },
    /// Delete an entry (asks first).
    Delete {
        /// The entry.
        id: i64,
    },
    /// Delete an "I contacted my provider" record (asks first).
    DeleteContact {
        /// The record.
        id: i64,
    },
}

/// Entries by day.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HistoryScreen {
    /// The sessions to choose from, latest first.
    pub sessions: Vec<Choice>,
    /// One section per local day, newest first; entries newest first.
    pub days: Vec<Section>,
    /// Make a report for the clinic.
    pub report: Command,
    /// Nothing logged yet.
    pub empty: Option<EmptyState>,
}

fn history(action: HistoryAction) -> AppAction {
    AppAction::History { action }
}

/// The session shown: the one asked for, else the one being recovered from, else the latest.
fn shown(
    sessions: &[SessionRecord],
    asked: Option<i64>,
    ctx: &Ctx,
) -> Result<Option<i64>, AppError> {
    if let Some(id) = asked.filter(|id| sessions.iter().any(|s| s.id == *id)) {
        return Ok(Some(id));
    }
    Ok(ctx
        .journal
        .recovering_from(Some(ctx.now))?
        .map(|s| s.id)
        .or_else(|| sessions.last().map(|s| s.id)))
}

/// The title and model.
pub(super) fn build(ctx: &Ctx, session_id: Option<i64>) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let locale = ctx.locale();
    let all = ctx.journal.sessions()?;
    let current = shown(&all, session_id, ctx)?;
    let catalog = ctx.journal.catalog();
    let sessions = all
        .iter()
        .rev()
        .map(|s| {
            let treatment = catalog
                .get(&s.protocol.id, Some(s.protocol.version))
                .map(|p| p.display_name(locale))
                .unwrap_or_else(|| s.protocol.id.clone());
            let when = s
                .ended_at
                .or(s.starts_at)
                .map(|at| words.date(at))
                .unwrap_or_default();
            let label = if s.status == SessionStatus::Done {
                let mut args = crate::text::Args::new();
                args.set("treatment", treatment);
                args.set("number", s.number);
                args.set("when", when);
                words.args("history-session", &args)
            } else {
                let mut args = crate::text::Args::new();
                args.set("treatment", treatment);
                args.set("when", when);
                words.args("history-session-booked", &args)
            };
            let selected = current == Some(s.id);
            Choice {
                accessibility_label: if selected {
                    words.arg("choice-selected", "label", label.clone())
                } else {
                    label.clone()
                },
                label,
                detail: None,
                selected,
                action: history(HistoryAction::ChooseSession { id: s.id }),
            }
        })
        .collect();
    let mut days: BTreeMap<NaiveDate, Vec<(chrono::DateTime<chrono::Utc>, i64, Item)>> =
        BTreeMap::new();
    if let Some(id) = current {
        let texts = words.texts();
        for entry in ctx.journal.symptoms(id)? {
            let symptom = symptom_name(entry.kind, texts);
            let title = format!("{symptom}: {}", severity_words(entry.severity, words));
            let mut detail = format!(
                "{} · {}",
                area_name(entry.area, texts),
                words.clock(entry.observed_at)
            );
            if !entry.note.is_empty() {
                detail.push('\n');
                detail.push_str(&entry.note);
            }
            let mut item = Item::plain(title.clone(), Some(detail));
            item.band = Some(SeverityBand::of(entry.severity));
            item.commands = vec![
                Command::new(
                    words.get("command-edit"),
                    history(HistoryAction::Edit { id: entry.id }),
                    CommandStyle::Quiet,
                )
                .described(words.arg(
                    "command-edit-spoken",
                    "title",
                    title.clone(),
                )),
                Command::new(
                    words.get("command-delete"),
                    history(HistoryAction::Delete { id: entry.id }),
                    CommandStyle::Destructive,
                )
                .described(words.arg("command-delete-spoken", "title", title)),
            ];
            let day = entry.observed_at.with_timezone(&ctx.zone).date_naive();
            days.entry(day)
                .or_default()
                .push((entry.observed_at, entry.id, item));
        }
        for contact in ctx.journal.provider_contacts(id)? {
            let title = words.get("history-contacted");
            let mut detail = words.clock(contact.contacted_at);
            if !contact.note.is_empty() {
                detail.push('\n');
                detail.push_str(&contact.note);
            }
            let mut item = Item::plain(title.clone(), Some(detail));
            item.commands = vec![
                Command::new(
                    words.get("command-delete"),
                    history(HistoryAction::DeleteContact { id: contact.id }),
                    CommandStyle::Destructive,
                )
                .described(words.arg("command-delete-spoken", "title", title)),
            ];
            let day = contact.contacted_at.with_timezone(&ctx.zone).date_naive();
            // Contacts sort after entries of the same second (negative ids never collide).
            days.entry(day)
                .or_default()
                .push((contact.contacted_at, -contact.id, item));
        }
    }
    let days: Vec<Section> = days
        .into_iter()
        .rev()
        .map(|(day, mut items)| {
            items.sort_by_key(|item| std::cmp::Reverse((item.0, item.1)));
            let at = items.first().map(|i| i.0).unwrap_or(ctx.now);
            Section {
                title: if day == ctx.now.with_timezone(&ctx.zone).date_naive() {
                    words.get("history-today")
                } else {
                    words.date(at)
                },
                items: items.into_iter().map(|(_, _, item)| item).collect(),
                empty: None,
            }
        })
        .collect();
    let empty = days.is_empty().then(|| EmptyState {
        heading: words.get("history-empty"),
        text: words.attr("history-empty", "text").unwrap_or_default(),
        commands: vec![Command::new(
            words.get("today-log-entry"),
            AppAction::Navigate {
                destination: Destination::Log,
            },
            CommandStyle::Primary,
        )],
    });
    let model = HistoryScreen {
        sessions,
        days,
        report: Command::new(
            words.get("command-report"),
            AppAction::Navigate {
                destination: Destination::Report,
            },
            CommandStyle::Secondary,
        ),
        empty,
    };
    Ok((words.get("title-history"), ScreenBody::History { model }))
}

/// Handles an action on the history.
pub(super) fn handle(app: &mut App, action: HistoryAction, ctx: &Ctx) -> Result<(), AppError> {
    match action {
        HistoryAction::ChooseSession { id } => {
            if matches!(app.stack.top(), Route::History { .. }) {
                app.stack.replace_top(Route::History {
                    session_id: Some(id),
                });
            }
        }
        HistoryAction::Edit { id } => {
            let entry = ctx.journal.symptom(id)?;
            app.drafts.log = Some(super::log::Draft::editing(&entry));
            app.stack.push(Route::Log);
        }
        HistoryAction::Delete { id } => {
            ctx.journal.symptom(id)?;
            app.dialog = Some(Pending::DeleteEntry { id });
        }
        HistoryAction::DeleteContact { id } => app.dialog = Some(Pending::DeleteContact { id }),
    }
    Ok(())
}

/// Deletes an entry (confirmed); a form editing it closes.
pub(super) fn delete_entry(
    app: &mut App,
    id: i64,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    ctx.journal.delete_symptom(id)?;
    if app.stack.top() == &Route::Log {
        app.drafts.log = None;
        app.stack.pop();
    }
    out.say(ctx.words.get("message-entry-deleted"), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}

/// Deletes a provider contact (confirmed).
pub(super) fn delete_contact(id: i64, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    ctx.journal.delete_provider_contact(id)?;
    out.say(ctx.words.get("message-contact-removed"), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}
