//! Screen 7, history: a session's entries and provider contacts by day, newest first; edit and
//! delete (after a confirmation).

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use super::action::{AppAction, Destination};
use super::model::{Choice, Command, CommandStyle, Item, ListSection, ScreenBody, Tone, sentences};
use super::route::Route;
use super::severity::{answer_band, answer_words, severity_words};
use super::today::EmptyMessage;
use super::{App, AppError, Ctx, Out, Pending, Resync};
use crate::journal::{SessionRecord, SessionStatus};
use crate::protocol::WhoToContact;
use crate::symptom::{BodyArea, SymptomKind};
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
    /// Delete an "All fine today" check-in (asks first).
    DeleteCheckIn {
        /// The check-in.
        id: i64,
    },
    /// Show a page of earlier entries too.
    ShowEarlier,
}

/// How many lines a page of the history holds.
pub(crate) const PAGE: u32 = 100;

/// One line of the history: an entry, a provider contact or an "All fine today" check-in.
enum Row {
    Entry(crate::symptom::SymptomEntry),
    Contact(crate::triage::ProviderContact),
    CheckIn(crate::triage::CheckIn),
}

impl Row {
    fn at(&self) -> chrono::DateTime<chrono::Utc> {
        match self {
            Row::Entry(e) => e.observed_at,
            Row::Contact(c) => c.contacted_at,
            Row::CheckIn(c) => c.at,
        }
    }

    /// Time, then entries, check-ins and contacts of the same second in that order, then by id.
    fn order(&self) -> (chrono::DateTime<chrono::Utc>, u8, i64) {
        match self {
            Row::Entry(e) => (e.observed_at, 0, e.id),
            Row::CheckIn(c) => (c.at, 1, c.id),
            Row::Contact(c) => (c.contacted_at, 2, c.id),
        }
    }
}

/// The words a page repeats, made once.
struct Lines {
    kinds: Vec<String>,
    areas: Vec<String>,
    severities: Vec<String>,
    /// The unit a measured temperature is shown in (the phone's region's).
    unit: crate::symptom::TemperatureUnit,
    edit: String,
    delete: String,
    contacted: String,
    all_fine: String,
    all_fine_detail: String,
    edit_spoken: super::words::Template,
    entry: super::words::Template,
    delete_spoken: super::words::Template,
}

impl Lines {
    fn new(words: &super::words::Words, unit: crate::symptom::TemperatureUnit) -> Lines {
        let texts = words.texts();
        Lines {
            kinds: SymptomKind::ALL
                .iter()
                .map(|k| symptom_name(*k, texts))
                .collect(),
            areas: BodyArea::ALL.iter().map(|a| area_name(*a, texts)).collect(),
            severities: (0..=10).map(|v| severity_words(v, words)).collect(),
            unit,
            edit: words.get("command-edit"),
            delete: words.get("command-delete"),
            contacted: words.get("history-contacted"),
            all_fine: words.get("history-all-fine"),
            all_fine_detail: words.attr("history-all-fine", "detail").unwrap_or_default(),
            edit_spoken: words.template("command-edit-spoken", "title"),
            entry: words.template2("symptom-severity", "symptom", "severity"),
            delete_spoken: words.template("command-delete-spoken", "title"),
        }
    }

    /// A line: what, how strong and where, when, the note; with edit and delete.
    fn item(&self, row: &Row, words: &super::words::Words) -> Item {
        let (title, clock, note) = match row {
            Row::Entry(e) => {
                let kind = SymptomKind::ALL
                    .iter()
                    .position(|k| *k == e.kind)
                    .unwrap_or(0);
                let area = BodyArea::ALL.iter().position(|a| *a == e.area).unwrap_or(0);
                // A fever answered yes or no (with its temperature) reads as such, not "10 of 10".
                let severity = if e.yes_no || e.temperature.is_some() {
                    let comma = words.locale().decimal_comma();
                    let temperature = e.temperature.map(|t| t.text(self.unit, comma));
                    answer_words(e.severity, e.yes_no, temperature.as_deref(), words)
                } else {
                    self.severities[usize::from(e.severity.min(10))].clone()
                };
                let title = self.entry.fill2(&self.kinds[kind], &severity);
                (
                    title,
                    format!("{} · {}", self.areas[area], words.clock(e.observed_at)),
                    &e.note,
                )
            }
            Row::Contact(c) => (self.contacted.clone(), words.clock(c.contacted_at), &c.note),
            Row::CheckIn(c) => (
                self.all_fine.clone(),
                sentences([words.clock(c.at).as_str(), &self.all_fine_detail]),
                &String::new(),
            ),
        };
        let mut detail = clock;
        if !note.is_empty() {
            detail.push('\n');
            detail.push_str(note);
        }
        let mut item = Item::plain(title.clone(), Some(detail));
        let delete = match row {
            Row::Entry(e) => {
                item.band = answer_band(e.severity, e.yes_no);
                item.commands.push(
                    Command::new(
                        self.edit.clone(),
                        history(HistoryAction::Edit { id: e.id }),
                        CommandStyle::Quiet,
                    )
                    .described(self.edit_spoken.fill(&title)),
                );
                HistoryAction::Delete { id: e.id }
            }
            Row::Contact(c) => HistoryAction::DeleteContact { id: c.id },
            Row::CheckIn(c) => {
                item.tone = Tone::Normal;
                HistoryAction::DeleteCheckIn { id: c.id }
            }
        };
        item.commands.push(
            Command::new(
                self.delete.clone(),
                history(delete),
                CommandStyle::Destructive,
            )
            .described(self.delete_spoken.fill(&title)),
        );
        item
    }
}

/// Entries by day.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HistoryScreen {
    /// The sessions to choose from, latest first.
    pub sessions: Vec<Choice>,
    /// One section per local day, newest first; entries newest first (the latest pages).
    pub days: Vec<ListSection>,
    /// Show a page of earlier entries too, when there are any.
    pub show_earlier: Option<Command>,
    /// Make a report for the clinic.
    pub report: Command,
    /// Nothing logged yet.
    pub empty: Option<EmptyMessage>,
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
pub(super) fn build(
    ctx: &Ctx,
    session_id: Option<i64>,
    pages: u32,
) -> Result<(String, ScreenBody), AppError> {
    let limit = pages.max(1).saturating_mul(PAGE) as usize;
    let words = &ctx.words;
    let locale = ctx.locale();
    let all = ctx.journal.sessions()?;
    let current = shown(&all, session_id, ctx)?;
    // After an at-home treatment, "a healthcare professional" wherever the provider is named.
    let words = &words.with_who(current.map(|id| ctx.who_for(id)).unwrap_or_default());
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
                label,
                detail: None,
                selected,
                action: history(HistoryAction::ChooseSession { id: s.id }),
            }
        })
        .collect();
    // What was logged, newest first; a page at a time (a list on a phone shows a few lines,
    // and a session can hold hundreds of entries).
    let mut rows: Vec<Row> = Vec::new();
    if let Some(id) = current {
        rows.extend(ctx.journal.symptoms(id)?.into_iter().map(Row::Entry));
        rows.extend(
            ctx.journal
                .provider_contacts(id)?
                .into_iter()
                .map(Row::Contact),
        );
        rows.extend(
            ctx.journal
                .all_fine_check_ins(id)?
                .into_iter()
                .map(Row::CheckIn),
        );
    }
    rows.sort_by_key(|row| std::cmp::Reverse(row.order()));
    let more = rows.len() > limit;
    rows.truncate(limit);
    let lines = Lines::new(words, ctx.region.temperature_unit());
    let today = ctx.now.with_timezone(&ctx.zone).date_naive();
    let mut days: Vec<(NaiveDate, ListSection)> = Vec::new();
    for row in &rows {
        let day = row.at().with_timezone(&ctx.zone).date_naive();
        if days.last().is_none_or(|(d, _)| *d != day) {
            let title = if day == today {
                words.get("history-today")
            } else {
                words.date(row.at())
            };
            days.push((
                day,
                ListSection {
                    title,
                    items: Vec::new(),
                    empty: None,
                },
            ));
        }
        if let Some((_, section)) = days.last_mut() {
            section.items.push(lines.item(row, words));
        }
    }
    let days: Vec<ListSection> = days.into_iter().map(|(_, section)| section).collect();
    let empty = days.is_empty().then(|| EmptyMessage {
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
    let show_earlier = more.then(|| {
        Command::new(
            words.get("command-show-earlier"),
            history(HistoryAction::ShowEarlier),
            CommandStyle::Secondary,
        )
    });
    let model = HistoryScreen {
        sessions,
        days,
        show_earlier,
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
                    pages: 1,
                });
            }
        }
        HistoryAction::ShowEarlier => {
            if let Route::History { session_id, pages } = app.stack.top().clone() {
                app.stack.replace_top(Route::History {
                    session_id,
                    pages: pages.saturating_add(1),
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
        HistoryAction::DeleteContact { id } => {
            let shown_session = match app.stack.top() {
                Route::History { session_id, .. } => *session_id,
                _ => None,
            };
            let who = shown(&ctx.journal.sessions()?, shown_session, ctx)?
                .map(|session| ctx.who_for(session))
                .unwrap_or_default();
            app.dialog = Some(Pending::DeleteContact { id, who });
        }
        HistoryAction::DeleteCheckIn { id } => {
            ctx.journal.check_in_record(id)?;
            app.dialog = Some(Pending::DeleteCheckIn { id });
        }
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
pub(super) fn delete_contact(
    id: i64,
    who: WhoToContact,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    ctx.journal.delete_provider_contact(id)?;
    let words = ctx.words.with_who(who);
    out.say(words.get("message-contact-removed"), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}

/// Deletes an "All fine today" check-in (confirmed).
pub(super) fn delete_check_in(id: i64, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    ctx.journal.delete_check_in(id)?;
    out.say(ctx.words.get("message-check-in-removed"), Tone::Neutral);
    out.resync(Resync::Changed);
    Ok(())
}
