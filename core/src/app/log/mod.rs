//! Screen 3, logging symptoms: one or several (kind, severity 0–10 in words, area, time
//! defaulting to now, note), a photo, "same as yesterday"; per-field errors; after saving, the
//! triage result when the log now asks for the provider, else "saved".

#[cfg(test)]
mod tests;

use chrono::{DateTime, TimeDelta, Utc};
use sha2::{Digest, Sha256};

use super::action::{AppAction, Destination};
use super::field::{self, Field, Input, Problem, Problems, Unset};
use super::model::{
    Choice, Command, CommandStyle, DateTimeInput, InputKind, ScreenBody, TextInput, Tone,
};
use super::route::Route;
use super::sessions::SessionsAction;
use super::severity::{SeverityInput, severity_input};
use super::today::EmptyMessage;
use super::{App, AppError, Ctx, Out, Pending, Resync};
use crate::journal::{NewPhoto, SessionRecord};
use crate::symptom::{
    BodyArea, MAX_NOTE_CHARS, NewSymptom, SymptomEntry, SymptomError, SymptomKind, check_note,
};
use crate::view::{area_name, symptom_name};

/// The most symptoms one form takes when added one by one.
const MAX_SYMPTOMS: usize = 8;
/// The most of yesterday's entries "same as yesterday" copies (the rest are said, not dropped
/// silently).
const MAX_FROM_YESTERDAY: usize = 20;
/// How far past "now" an entry may be dated (clock skew, as the journal allows).
const FUTURE_SLACK: TimeDelta = TimeDelta::minutes(10);
/// The largest photo read, in bytes.
const MAX_PHOTO_BYTES: u64 = 40 << 20;

/// What the patient can do on the log form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum LogAction {
    /// Choose what symptom `index` is.
    SetKind {
        /// Which symptom of the form.
        index: u32,
        /// What it is.
        kind: SymptomKind,
    },
    /// Choose how strong symptom `index` is.
    SetSeverity {
        /// Which symptom of the form.
        index: u32,
        /// 0 to 10.
        severity: u8,
    },
    /// Choose where symptom `index` is.
    SetArea {
        /// Which symptom of the form.
        index: u32,
        /// Where.
        area: BodyArea,
    },
    /// Add another symptom to the form.
    AddSymptom,
    /// Remove symptom `index` from the form.
    RemoveSymptom {
        /// Which.
        index: u32,
    },
    /// Fill the form with what was logged yesterday.
    SameAsYesterday,
    /// Add a photo (picked with the system picker).
    AddPhoto,
    /// Remove the photo.
    RemovePhoto,
    /// Save.
    Save,
    /// Delete the entry being edited (asks first).
    Delete,
}

/// One symptom of the form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SymptomForm {
    /// Its place in the form, from 0.
    pub index: u32,
    /// "Symptom 1".
    pub heading: String,
    /// The question above the kinds ("What did you notice?").
    pub kinds_label: String,
    /// The kinds to choose from.
    pub kinds: Vec<Choice>,
    /// Why the kind was refused ("Choose a symptom").
    pub kind_error: Option<String>,
    /// How strong, 0–10, with words.
    pub severity: SeverityInput,
    /// The question above the areas ("Where is it?").
    pub areas_label: String,
    /// The body areas to choose from.
    pub areas: Vec<Choice>,
    /// When it was noticed (default: now).
    pub time: DateTimeInput,
    /// A note in the patient's words.
    pub note: TextInput,
    /// Remove it from the form (when there are several).
    pub remove: Option<Command>,
}

/// The photo of the form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PhotoInput {
    /// "Photo".
    pub label: String,
    /// "Photo added", when one is.
    pub attached: Option<String>,
    /// Add (or replace) it.
    pub add: Command,
    /// Remove it.
    pub remove: Option<Command>,
}

/// The log form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LogScreen {
    /// "How do you feel?" or "Edit entry".
    pub heading: String,
    /// Which session the entries belong to.
    pub intro: Option<String>,
    /// Whether an existing entry is being edited.
    pub editing: bool,
    /// The symptoms.
    pub symptoms: Vec<SymptomForm>,
    /// Add another symptom, while there is room.
    pub add_symptom: Option<Command>,
    /// Fill with yesterday's entries, when there were any and nothing was entered yet.
    pub same_as_yesterday: Option<Command>,
    /// A photo (new entries only).
    pub photo: Option<PhotoInput>,
    /// Save.
    pub save: Command,
    /// Delete the entry being edited.
    pub delete: Option<Command>,
    /// Why saving was refused, if it was.
    pub error: Option<String>,
    /// No session to log for yet.
    pub empty: Option<EmptyMessage>,
}

/// One symptom as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct SymptomDraft {
    kind: Option<SymptomKind>,
    severity: Option<u8>,
    area: Option<BodyArea>,
    /// `None`: now.
    at: Option<DateTime<Utc>>,
    note: String,
}

impl SymptomDraft {
    fn from_new(new: NewSymptom, keep_time: bool) -> SymptomDraft {
        SymptomDraft {
            kind: Some(new.kind),
            severity: Some(new.severity),
            area: Some(new.area),
            at: keep_time.then_some(new.observed_at),
            note: new.note,
        }
    }
}

/// The log form as entered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Draft {
    /// The session, when a link or an edit fixed it; else decided when saving.
    session_id: Option<i64>,
    /// The entry being edited.
    editing: Option<i64>,
    symptoms: Vec<SymptomDraft>,
    /// What the form held when it opened, to tell whether anything changed.
    original: Vec<SymptomDraft>,
    photo: Option<NewPhoto>,
    problems: Problems,
}

impl Draft {
    /// An empty form for a new entry (for `session_id`, if a link named one).
    pub(crate) fn new(session_id: Option<i64>) -> Draft {
        let symptoms = vec![SymptomDraft::default()];
        Draft {
            session_id,
            editing: None,
            original: symptoms.clone(),
            symptoms,
            photo: None,
            problems: Problems::default(),
        }
    }

    /// A form to edit a stored entry.
    pub(crate) fn editing(entry: &SymptomEntry) -> Draft {
        let symptoms = vec![SymptomDraft {
            kind: Some(entry.kind),
            severity: Some(entry.severity),
            area: Some(entry.area),
            at: Some(entry.observed_at),
            note: entry.note.clone(),
        }];
        Draft {
            session_id: Some(entry.session_id),
            editing: Some(entry.id),
            original: symptoms.clone(),
            symptoms,
            photo: None,
            problems: Problems::default(),
        }
    }

    /// Whether something was entered that leaving would lose.
    pub(crate) fn dirty(&self) -> bool {
        self.symptoms != self.original || self.photo.is_some()
    }

    fn symptom(&mut self, index: u32) -> Option<&mut SymptomDraft> {
        self.symptoms.get_mut(index as usize)
    }

    /// A text input changed.
    pub(crate) fn edit_text(&mut self, field: Field, text: String) {
        if let Field::SymptomNote { index } = field
            && let Some(symptom) = self.symptom(index)
        {
            symptom.note = text;
            self.problems.clear(field);
        }
    }

    /// A date-and-time input changed.
    pub(crate) fn edit_time(&mut self, field: Field, at: DateTime<Utc>) {
        if let Field::SymptomTime { index } = field
            && let Some(symptom) = self.symptom(index)
        {
            symptom.at = Some(at);
            self.problems.clear(field);
        }
    }

    /// Problems are keyed by position: removing a symptom shifts them, so they are dropped.
    fn remove(&mut self, index: u32) {
        if self.symptoms.len() > 1 && (index as usize) < self.symptoms.len() {
            self.symptoms.remove(index as usize);
            self.problems = Problems::default();
        }
    }
}

fn log(action: LogAction) -> AppAction {
    AppAction::Log { action }
}

/// The session new entries go to: the one a link named, else the one being recovered from.
fn session_for(draft: &Draft, ctx: &Ctx) -> Result<Option<SessionRecord>, AppError> {
    match draft.session_id {
        Some(id) => match ctx.journal.session(id) {
            Ok(record) => Ok(Some(record)),
            Err(crate::journal::JournalError::NotFound { .. }) => {
                Ok(ctx.journal.recovering_from(Some(ctx.now))?)
            }
            Err(other) => Err(other.into()),
        },
        None => Ok(ctx.journal.recovering_from(Some(ctx.now))?),
    }
}

fn symptom_form(
    index: usize,
    symptom: &SymptomDraft,
    count: usize,
    ctx: &Ctx,
    problems: &Problems,
) -> SymptomForm {
    let words = &ctx.words;
    let texts = words.texts();
    let i = index as u32;
    let kinds = SymptomKind::ALL
        .into_iter()
        .map(|kind| {
            Choice::new(
                symptom_name(kind, texts),
                None,
                symptom.kind == Some(kind),
                log(LogAction::SetKind { index: i, kind }),
            )
        })
        .collect();
    let areas = BodyArea::ALL
        .into_iter()
        .map(|area| {
            Choice::new(
                area_name(area, texts),
                None,
                symptom.area.unwrap_or(BodyArea::WholeArea) == area,
                log(LogAction::SetArea { index: i, area }),
            )
        })
        .collect();
    SymptomForm {
        index: i,
        heading: words.arg("log-symptom-heading", "number", index + 1),
        kinds_label: words.get("log-kind"),
        kinds,
        kind_error: problems.text(Field::SymptomKind { index: i }, words),
        severity: severity_input(
            symptom.severity,
            problems.text(Field::SymptomSeverity { index: i }, words),
            words,
            |severity| log(LogAction::SetSeverity { index: i, severity }),
        ),
        areas_label: words.get("log-area"),
        areas,
        time: field::time_input(
            words,
            Field::SymptomTime { index: i },
            "log-noticed",
            symptom.at,
            Unset::Now,
            ctx.now,
            (None, Some(ctx.now)),
            problems,
        ),
        note: Input {
            field: Field::SymptomNote { index: i },
            label: "log-note",
            value: &symptom.note,
            kind: InputKind::Multiline,
            required: false,
            max_chars: Some(MAX_NOTE_CHARS as u32),
        }
        .model(words, problems),
        remove: (count > 1).then(|| {
            Command::new(
                words.get("command-remove"),
                log(LogAction::RemoveSymptom { index: i }),
                CommandStyle::Quiet,
            )
            .described(words.arg("log-remove-spoken", "number", index + 1))
        }),
    }
}

/// The title and model.
pub(super) fn build(app: &App, ctx: &Ctx) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let fresh;
    let draft = match &app.drafts.log {
        Some(draft) => draft,
        None => {
            fresh = Draft::new(None);
            &fresh
        }
    };
    let editing = draft.editing.is_some();
    let title = words.get(if editing {
        "title-log-edit"
    } else {
        "title-log"
    });
    let mut model = LogScreen {
        heading: words.get(if editing {
            "log-heading-edit"
        } else {
            "log-heading"
        }),
        intro: None,
        editing,
        symptoms: Vec::new(),
        add_symptom: None,
        same_as_yesterday: None,
        photo: None,
        save: Command::new(
            words.get("command-save"),
            log(LogAction::Save),
            CommandStyle::Primary,
        ),
        delete: None,
        error: (!draft.problems.is_empty()).then(|| words.get("form-error")),
        empty: None,
    };
    let Some(session) = session_for(draft, ctx)? else {
        model.save.enabled = false;
        model.empty = Some(EmptyMessage {
            heading: words.get("log-empty"),
            text: words.attr("log-empty", "text").unwrap_or_default(),
            commands: vec![Command::new(
                words.get("command-add-session"),
                AppAction::Sessions {
                    action: SessionsAction::AddDone,
                },
                CommandStyle::Primary,
            )],
        });
        return Ok((title, ScreenBody::Log { model }));
    };
    let catalog = ctx.journal.catalog();
    let treatment = catalog
        .get(&session.protocol.id, Some(session.protocol.version))
        .map(|p| p.inline_name(ctx.locale()))
        .unwrap_or_else(|| session.protocol.id.clone());
    if let Some(ended) = session.ended_at {
        let mut args = crate::text::Args::new();
        args.set("treatment", treatment);
        args.set("when", words.stamp(ended));
        model.intro = Some(words.args("log-intro", &args));
    }
    let count = draft.symptoms.len();
    model.symptoms = draft
        .symptoms
        .iter()
        .enumerate()
        .map(|(i, s)| symptom_form(i, s, count, ctx, &draft.problems))
        .collect();
    if editing {
        model.delete = Some(Command::new(
            words.get("command-delete-entry"),
            log(LogAction::Delete),
            CommandStyle::Destructive,
        ));
        return Ok((title, ScreenBody::Log { model }));
    }
    if count < MAX_SYMPTOMS {
        model.add_symptom = Some(Command::new(
            words.get("command-add-symptom"),
            log(LogAction::AddSymptom),
            CommandStyle::Secondary,
        ));
    }
    if !draft.dirty() && !yesterday(session.id, ctx)?.is_empty() {
        model.same_as_yesterday = Some(Command::new(
            words.get("command-same-as-yesterday"),
            log(LogAction::SameAsYesterday),
            CommandStyle::Secondary,
        ));
    }
    model.photo = Some(PhotoInput {
        label: words.get("log-photo"),
        attached: draft.photo.as_ref().map(|_| words.get("log-photo-added")),
        add: Command::new(
            words.get(if draft.photo.is_some() {
                "command-replace-photo"
            } else {
                "command-add-photo"
            }),
            log(LogAction::AddPhoto),
            CommandStyle::Secondary,
        ),
        remove: draft.photo.as_ref().map(|_| {
            Command::new(
                words.get("command-remove-photo"),
                log(LogAction::RemovePhoto),
                CommandStyle::Quiet,
            )
        }),
    });
    Ok((title, ScreenBody::Log { model }))
}

/// Yesterday's entries of a session as new ones observed now.
fn yesterday(session_id: i64, ctx: &Ctx) -> Result<Vec<NewSymptom>, AppError> {
    Ok(ctx
        .journal
        .same_as_yesterday(session_id, ctx.now, ctx.zone)?)
}

/// Handles an action on the log form.
pub(super) fn handle(
    app: &mut App,
    action: LogAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    if app.stack.top() != &Route::Log {
        return Ok(());
    }
    let Some(draft) = app.drafts.log.as_mut() else {
        return Ok(());
    };
    match action {
        LogAction::SetKind { index, kind } => {
            if let Some(s) = draft.symptom(index) {
                s.kind = Some(kind);
                draft.problems.clear(Field::SymptomKind { index });
            }
        }
        LogAction::SetSeverity { index, severity } => {
            if severity <= 10
                && let Some(s) = draft.symptom(index)
            {
                s.severity = Some(severity);
                draft.problems.clear(Field::SymptomSeverity { index });
            }
        }
        LogAction::SetArea { index, area } => {
            if let Some(s) = draft.symptom(index) {
                s.area = Some(area);
            }
        }
        LogAction::AddSymptom => {
            if draft.editing.is_none() && draft.symptoms.len() < MAX_SYMPTOMS {
                draft.symptoms.push(SymptomDraft::default());
            }
        }
        LogAction::RemoveSymptom { index } => draft.remove(index),
        LogAction::SameAsYesterday => {
            if draft.editing.is_none() {
                let session = session_for(draft, ctx)?;
                if let Some(session) = session {
                    let news = yesterday(session.id, ctx)?;
                    if news.is_empty() {
                        out.say(ctx.words.get("message-nothing-yesterday"), Tone::Neutral);
                    } else {
                        if news.len() > MAX_FROM_YESTERDAY {
                            let mut args = crate::text::Args::new();
                            args.set("copied", MAX_FROM_YESTERDAY);
                            args.set("count", news.len());
                            out.say(
                                ctx.words.args("message-yesterday-partial", &args),
                                Tone::Neutral,
                            );
                        }
                        draft.session_id = Some(session.id);
                        draft.symptoms = news
                            .into_iter()
                            .take(MAX_FROM_YESTERDAY)
                            .map(|n| SymptomDraft::from_new(n, false))
                            .collect();
                        draft.problems = Problems::default();
                    }
                }
            }
        }
        LogAction::AddPhoto => {
            if draft.editing.is_none() {
                out.effects.push(super::effect::Effect::PickFile {
                    purpose: super::effect::FilePurpose::Photo,
                    media_types: super::effect::FilePurpose::Photo.media_types(),
                });
            }
        }
        LogAction::RemovePhoto => draft.photo = None,
        LogAction::Delete => {
            if let Some(id) = draft.editing {
                app.dialog = Some(Pending::DeleteEntry { id });
            }
        }
        LogAction::Save => save(app, ctx, out)?,
    }
    Ok(())
}

/// Checks the form; the entries to store, or the refused fields.
fn check(
    draft: &Draft,
    session: &SessionRecord,
    now: DateTime<Utc>,
) -> Result<Vec<NewSymptom>, Problems> {
    let mut problems = Problems::default();
    let mut news = Vec::new();
    for (i, s) in draft.symptoms.iter().enumerate() {
        let index = i as u32;
        if s.kind.is_none() {
            problems.add(Field::SymptomKind { index }, Problem::ChooseSymptom);
        }
        if s.severity.is_none_or(|v| v > 10) {
            problems.add(Field::SymptomSeverity { index }, Problem::ChooseSeverity);
        }
        let at = s.at.unwrap_or(now);
        if field::within_reach(at, now).is_err() {
            problems.add(Field::SymptomTime { index }, Problem::OutOfReach);
        } else if at > now + FUTURE_SLACK {
            problems.add(Field::SymptomTime { index }, Problem::InFuture);
        } else if session.ended_at.is_some_and(|ended| at < ended) {
            problems.add(Field::SymptomTime { index }, Problem::BeforeSession);
        }
        match check_note(&s.note) {
            Err(SymptomError::NoteTooLong) => problems.add(
                Field::SymptomNote { index },
                Problem::TooLong {
                    max: MAX_NOTE_CHARS as u32,
                },
            ),
            Err(_) => problems.add(Field::SymptomNote { index }, Problem::ControlCharacters),
            Ok(()) => {}
        }
        if let (Some(kind), Some(severity)) = (s.kind, s.severity) {
            news.push(NewSymptom {
                kind,
                severity,
                observed_at: at,
                area: s.area.unwrap_or(BodyArea::WholeArea),
                note: s.note.clone(),
                yes_no: false,
                temperature: None,
            });
        }
    }
    if problems.is_empty() {
        Ok(news)
    } else {
        Err(problems)
    }
}

/// Saves the form: the triage result follows when what was saved asks for the provider.
fn save(app: &mut App, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let Some(draft) = app.drafts.log.clone() else {
        return Ok(());
    };
    let Some(session) = session_for(&draft, ctx)? else {
        return Ok(());
    };
    let news = match check(&draft, &session, ctx.now) {
        Ok(news) => news,
        Err(problems) => {
            if let Some(d) = app.drafts.log.as_mut() {
                d.problems = problems;
            }
            return Ok(());
        }
    };
    let logged = match (draft.editing, news.first()) {
        (Some(id), Some(new)) => ctx.journal.edit_and_assess(id, new, ctx.now)?,
        _ => ctx.journal.log_and_assess(session.id, &news, ctx.now)?,
    };
    app.drafts.log = None;
    out.resync(Resync::Changed);
    let mut saved = ctx.words.arg("message-saved", "count", news.len());
    if let Some(photo) = &draft.photo
        && ctx.journal.add_photo(session.id, photo).is_err()
    {
        // The entries are safe; only the photo could not be recorded.
        saved = ctx.words.get("message-saved-photo-failed");
    }
    if logged.raised() && session.ended_at.is_some() {
        app.stack.replace_top(Route::Triage {
            session_id: session.id,
        });
    } else {
        app.stack.pop();
        if app.stack.top() == &Route::Log {
            app.stack.navigate(Destination::Today);
        }
        out.say(saved, Tone::Neutral);
    }
    Ok(())
}

/// A picked photo: hashed now, recorded with the entries when they are saved.
pub(super) fn photo_picked(app: &mut App, path: &str, ctx: &Ctx, out: &mut Out) {
    let Some(draft) = app.drafts.log.as_mut().filter(|d| d.editing.is_none()) else {
        return;
    };
    let bytes = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file() && m.len() <= MAX_PHOTO_BYTES)
        .and_then(|_| std::fs::read(path).ok());
    let Some(bytes) = bytes else {
        out.say(ctx.words.get("message-file-unreadable"), Tone::Problem);
        return;
    };
    let digest = Sha256::digest(&bytes);
    draft.photo = Some(NewPhoto {
        path: path.to_string(),
        taken_at: ctx.now,
        sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
        note: String::new(),
    });
}
