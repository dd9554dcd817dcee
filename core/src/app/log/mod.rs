//! Screen 3, logging symptoms: one or several (kind, severity 0–10 in words, area, time
//! defaulting to now, note), a photo, "same as yesterday"; per-field errors; after saving, the
//! triage result when the log now asks for the provider, else "saved".
//!
//! The kinds offered first are the ones expected at this point of recovery, then "Something
//! else" opens the full list. A fever is answered yes or no, with a temperature if the patient
//! measured one (in °C or °F by the phone's region).

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
use crate::plan::RecoveryPlan;
use crate::symptom::{
    BodyArea, MAX_NOTE_CHARS, NewSymptom, SymptomEntry, SymptomError, SymptomKind, Temperature,
    TemperatureUnit, YES, check_note,
};
use crate::triage::END_TOLERANCE;
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
    /// Answer yes or no for symptom `index` (a fever).
    SetAnswer {
        /// Which symptom of the form.
        index: u32,
        /// Yes (it is there) or no.
        yes: bool,
    },
    /// "Something else": offer every kind for symptom `index`, not only those expected now.
    ShowAllKinds {
        /// Which symptom of the form.
        index: u32,
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
    /// The kinds to choose from: first those expected at this point of recovery (and the one
    /// chosen); every kind once "Something else" was pressed, or when none is expected now.
    pub kinds: Vec<Choice>,
    /// "Something else": shows every kind; `None` once they are all shown.
    pub more_kinds: Option<Command>,
    /// Why the kind was refused ("Choose a symptom").
    pub kind_error: Option<String>,
    /// How strong, 0–10, with words; `None` for a kind answered yes or no (see `fever`).
    pub severity: Option<SeverityInput>,
    /// For a fever: yes or no, and the temperature if it was measured. Drawn instead of the
    /// severity.
    pub fever: Option<FeverInput>,
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

/// A fever, answered yes or no, with the temperature if the patient measured one.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FeverInput {
    /// "Do you have a fever or chills?"
    pub question: String,
    /// Yes, then no.
    pub answers: Vec<Choice>,
    /// Why the answer was refused ("Choose yes or no").
    pub answer_error: Option<String>,
    /// The temperature, typed (optional): a number in `unit`, or with its own unit ("101F").
    pub temperature: TextInput,
    /// The unit a number without one is read in (from the phone's region).
    pub unit: TemperatureUnit,
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
    /// Answered yes or no (a fever) rather than rated 0–10. An entry stored before yes/no
    /// answers existed keeps its 0–10 score when edited.
    #[serde(default)]
    yes_no: bool,
    /// The temperature of a stored entry, until the patient types over it.
    #[serde(default)]
    temperature: Option<Temperature>,
    /// The temperature as typed, if the patient typed one.
    #[serde(default)]
    temperature_text: Option<String>,
    /// "Something else" was pressed: every kind is offered.
    #[serde(default)]
    all_kinds: bool,
}

impl SymptomDraft {
    fn from_new(new: NewSymptom, keep_time: bool) -> SymptomDraft {
        SymptomDraft {
            kind: Some(new.kind),
            severity: Some(new.severity),
            area: Some(new.area),
            at: keep_time.then_some(new.observed_at),
            note: new.note,
            yes_no: new.yes_no,
            temperature: new.temperature,
            temperature_text: None,
            all_kinds: false,
        }
    }

    /// Chooses a kind; an answer on the other scale (a yes for a 0–10 kind, a score for a
    /// fever) is dropped rather than carried over.
    fn set_kind(&mut self, kind: SymptomKind) {
        if self.kind == Some(kind) {
            return;
        }
        self.kind = Some(kind);
        let yes_no = kind.answered_yes_no();
        if yes_no != self.yes_no {
            self.yes_no = yes_no;
            self.severity = None;
        }
        if kind != SymptomKind::Fever {
            self.temperature = None;
            self.temperature_text = None;
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
            yes_no: entry.yes_no,
            temperature: entry.temperature,
            temperature_text: None,
            all_kinds: false,
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

    /// Whether something was entered that leaving would lose ("Something else" alone is not).
    pub(crate) fn dirty(&self) -> bool {
        let entered = |s: &SymptomDraft| SymptomDraft {
            all_kinds: false,
            ..s.clone()
        };
        !self
            .symptoms
            .iter()
            .map(entered)
            .eq(self.original.iter().map(entered))
            || self.photo.is_some()
    }

    fn symptom(&mut self, index: u32) -> Option<&mut SymptomDraft> {
        self.symptoms.get_mut(index as usize)
    }

    /// A text input changed.
    pub(crate) fn edit_text(&mut self, field: Field, text: String) {
        match field {
            Field::SymptomNote { index } => {
                if let Some(symptom) = self.symptom(index) {
                    symptom.note = text;
                    self.problems.clear(field);
                }
            }
            Field::SymptomTemperature { index } => {
                if let Some(symptom) = self.symptom(index)
                    && symptom.kind == Some(SymptomKind::Fever)
                {
                    symptom.temperature_text = Some(text);
                    self.problems.clear(field);
                }
            }
            _ => {}
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

/// What the form knows about the session: its plan, to offer first what is expected now, and
/// who the patient contacts.
struct FormContext<'a> {
    ctx: &'a Ctx,
    plan: Option<RecoveryPlan>,
}

impl FormContext<'_> {
    /// The kinds the plan expects at `at`, in picker order.
    fn expected_at(&self, at: DateTime<Utc>) -> Vec<SymptomKind> {
        let Some(plan) = &self.plan else {
            return Vec::new();
        };
        SymptomKind::ALL
            .into_iter()
            .filter(|kind| {
                plan.rules().any(|(item, rule)| {
                    rule.names_expected(*kind) && item.starts_at <= at && at < item.ends_at
                })
            })
            .collect()
    }
}

fn symptom_form(
    index: usize,
    symptom: &SymptomDraft,
    count: usize,
    form: &FormContext<'_>,
    problems: &Problems,
) -> SymptomForm {
    let ctx = form.ctx;
    let words = &ctx.words;
    let texts = words.texts();
    let i = index as u32;
    let expected = form.expected_at(symptom.at.unwrap_or(ctx.now));
    // The full list once asked for, when nothing is expected now, or when the kind chosen is
    // not among the expected ones (it stays visible where the patient chose it).
    let all = symptom.all_kinds
        || expected.is_empty()
        || symptom.kind.is_some_and(|k| !expected.contains(&k));
    let offered: Vec<SymptomKind> = if all {
        SymptomKind::ALL.to_vec()
    } else {
        expected
    };
    let kinds = offered
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
    let more_kinds = (!all).then(|| {
        Command::new(
            words.get("log-kind-more"),
            log(LogAction::ShowAllKinds { index: i }),
            CommandStyle::Secondary,
        )
        .described(words.attr("log-kind-more", "spoken").unwrap_or_default())
    });
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
    let (severity, fever) = if symptom.yes_no {
        (None, Some(fever_input(i, symptom, ctx, problems)))
    } else {
        (
            Some(severity_input(
                symptom.severity,
                problems.text(Field::SymptomSeverity { index: i }, words),
                words,
                |severity| log(LogAction::SetSeverity { index: i, severity }),
            )),
            None,
        )
    };
    SymptomForm {
        index: i,
        heading: words.arg("log-symptom-heading", "number", index + 1),
        kinds_label: words.get("log-kind"),
        kinds,
        more_kinds,
        kind_error: problems.text(Field::SymptomKind { index: i }, words),
        severity,
        fever,
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

/// Yes or no, and the temperature, for a fever.
fn fever_input(i: u32, symptom: &SymptomDraft, ctx: &Ctx, problems: &Problems) -> FeverInput {
    let words = &ctx.words;
    let unit = ctx.region.temperature_unit();
    let comma = words.locale().decimal_comma();
    let answers = [(true, "answer-yes"), (false, "answer-no")]
        .into_iter()
        .map(|(yes, key)| {
            let chosen = symptom.severity.map(|s| s > 0);
            Choice::new(
                words.get(key),
                None,
                chosen == Some(yes),
                log(LogAction::SetAnswer { index: i, yes }),
            )
        })
        .collect();
    let typed = match (&symptom.temperature_text, symptom.temperature) {
        (Some(text), _) => text.clone(),
        // A stored reading, written the way the patient reads it (without the unit sign).
        (None, Some(t)) => {
            let number = format!("{:.1}", t.degrees(unit));
            if comma {
                number.replace('.', ",")
            } else {
                number
            }
        }
        (None, None) => String::new(),
    };
    let field = Field::SymptomTemperature { index: i };
    let mut temperature = Input {
        field,
        label: "log-temperature",
        value: &typed,
        kind: InputKind::Decimal,
        required: false,
        max_chars: Some(12),
    }
    .model(words, problems);
    temperature.hint = words.texts().attr(
        "log-temperature",
        "hint",
        Some(&{
            let mut args = crate::text::Args::new();
            args.set("example", field::temperature_example(unit, comma));
            args
        }),
    );
    let answer_error = problems.text(Field::SymptomSeverity { index: i }, words);
    FeverInput {
        question: words.get("log-fever"),
        answers,
        answer_error,
        temperature,
        unit,
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
    // Which kinds are usual when depends only on the protocol's own windows from the end of
    // the session: planned without reading the other sessions (the form is redrawn on every
    // tap).
    let form = FormContext {
        ctx,
        plan: session.treatment().and_then(|treatment| {
            let protocol = catalog
                .get(&treatment.protocol.id, Some(treatment.protocol.version))?
                .clone();
            RecoveryPlan::new(protocol, treatment, crate::plan::PlanOptions::default()).ok()
        }),
    };
    model.symptoms = draft
        .symptoms
        .iter()
        .enumerate()
        .map(|(i, s)| symptom_form(i, s, count, &form, &draft.problems))
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
                s.set_kind(kind);
                draft.problems.clear(Field::SymptomKind { index });
            }
        }
        LogAction::SetSeverity { index, severity } => {
            if severity <= 10
                && let Some(s) = draft.symptom(index)
                && !s.yes_no
            {
                s.severity = Some(severity);
                draft.problems.clear(Field::SymptomSeverity { index });
            }
        }
        LogAction::SetAnswer { index, yes } => {
            if let Some(s) = draft.symptom(index)
                && s.yes_no
            {
                s.severity = Some(if yes { YES } else { 0 });
                draft.problems.clear(Field::SymptomSeverity { index });
            }
        }
        LogAction::ShowAllKinds { index } => {
            if let Some(s) = draft.symptom(index) {
                s.all_kinds = true;
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

/// Checks the form; the entries to store, or the refused fields. A temperature without a unit
/// is read in `unit`.
fn check(
    draft: &Draft,
    session: &SessionRecord,
    now: DateTime<Utc>,
    unit: TemperatureUnit,
) -> Result<Vec<NewSymptom>, Problems> {
    let mut problems = Problems::default();
    let mut news = Vec::new();
    for (i, s) in draft.symptoms.iter().enumerate() {
        let index = i as u32;
        if s.kind.is_none() {
            problems.add(Field::SymptomKind { index }, Problem::ChooseSymptom);
        }
        if s.severity.is_none_or(|v| v > 10) {
            let problem = if s.yes_no {
                Problem::ChooseAnswer
            } else {
                Problem::ChooseSeverity
            };
            problems.add(Field::SymptomSeverity { index }, problem);
        }
        let temperature = match s.temperature_text.as_deref().map(str::trim) {
            None => s.temperature,
            Some("") => None,
            Some(text) => {
                let parsed = Temperature::parse(text, unit)
                    .filter(|t| (Temperature::LOWEST..=Temperature::HIGHEST).contains(t));
                if parsed.is_none() {
                    problems.add(
                        Field::SymptomTemperature { index },
                        Problem::Temperature { unit },
                    );
                }
                parsed
            }
        };
        let at = s.at.unwrap_or(now);
        if field::within_reach(at, now).is_err() {
            problems.add(Field::SymptomTime { index }, Problem::OutOfReach);
        } else if at > now + FUTURE_SLACK {
            problems.add(Field::SymptomTime { index }, Problem::InFuture);
        } else if session
            .ended_at
            .is_some_and(|ended| at < ended - END_TOLERANCE)
        {
            // Up to an hour before the recorded end is judged as at the end (the end time is
            // typed or rounded); earlier than that would not be assessed.
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
                yes_no: s.yes_no,
                temperature: temperature.filter(|_| kind == SymptomKind::Fever),
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
    let news = match check(&draft, &session, ctx.now, ctx.region.temperature_unit()) {
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
