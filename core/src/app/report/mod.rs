//! Screen 8, a report for the clinic: the period or the session, the format, photos on or off,
//! the name on or off; then the share sheet.

#[cfg(test)]
mod tests;

use chrono::{Days, NaiveDate};

use super::action::AppAction;
use super::effect::{Effect, FileSource, SharedFile};
use super::field::{self, Field, Input, Problem, Problems, one_line};
use super::model::{
    Choice, Command, CommandStyle, InputKind, ScreenBody, TextInput, ToggleInput, Tone,
};
use super::route::Route;
use super::settings::file_name;
use super::today::EmptyMessage;
use super::words::Words;
use super::{App, AppError, Ctx, Out};
use crate::report::{MAX_NAME_CHARS, ReportError, ReportFormat, ReportRequest};

/// Which records go into the report.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    uniffi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum ReportPeriod {
    /// The session being recovered from.
    #[default]
    CurrentSession,
    /// The last 7 days.
    LastWeek,
    /// The last 30 days.
    LastMonth,
    /// Everything recorded.
    Everything,
    /// From one day to another.
    Custom,
}

impl ReportPeriod {
    const ALL: [ReportPeriod; 5] = [
        ReportPeriod::CurrentSession,
        ReportPeriod::LastWeek,
        ReportPeriod::LastMonth,
        ReportPeriod::Everything,
        ReportPeriod::Custom,
    ];

    fn code(self) -> &'static str {
        match self {
            ReportPeriod::CurrentSession => "session",
            ReportPeriod::LastWeek => "week",
            ReportPeriod::LastMonth => "month",
            ReportPeriod::Everything => "everything",
            ReportPeriod::Custom => "custom",
        }
    }
}

/// What the patient can do on the report form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ReportAction {
    /// Choose the period.
    ChoosePeriod {
        /// Which.
        period: ReportPeriod,
    },
    /// Choose the format.
    ChooseFormat {
        /// Which.
        format: ReportFormat,
    },
    /// Photos in the report (printable page and health record only).
    SetPhotos {
        /// Included.
        on: bool,
    },
    /// The patient's name on the report.
    SetName {
        /// Included.
        on: bool,
    },
    /// Make the report and open the share sheet.
    Create,
}

/// The report form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportScreen {
    /// What a report is for.
    pub intro: String,
    /// "What to include".
    pub periods_heading: String,
    /// The periods.
    pub periods: Vec<Choice>,
    /// The first day (custom period).
    pub from: Option<TextInput>,
    /// The last day (custom period).
    pub to: Option<TextInput>,
    /// "Format".
    pub formats_heading: String,
    /// The formats, each with what it is for.
    pub formats: Vec<Choice>,
    /// Photos on or off (formats that can hold them).
    pub photos: Option<ToggleInput>,
    /// The name on or off.
    pub name: ToggleInput,
    /// The name (when on).
    pub name_input: Option<TextInput>,
    /// Where the report goes: nowhere until shared.
    pub privacy: String,
    /// Make it and share it.
    pub create: Command,
    /// Why it could not be made, if it could not.
    pub error: Option<String>,
    /// Nothing recorded yet.
    pub empty: Option<EmptyMessage>,
}

/// The form as entered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Draft {
    period: ReportPeriod,
    from: String,
    to: String,
    format: ReportFormat,
    photos: bool,
    name_on: bool,
    name: String,
    problems: Problems,
    /// A problem with the whole report (nothing for a calendar), as a message id; said again
    /// when the patient tries once more, so not kept across a restart.
    #[serde(skip)]
    error: Option<&'static str>,
}

impl Default for Draft {
    fn default() -> Draft {
        Draft {
            period: ReportPeriod::default(),
            from: String::new(),
            to: String::new(),
            format: ReportFormat::Html,
            photos: false,
            name_on: false,
            name: String::new(),
            problems: Problems::default(),
            error: None,
        }
    }
}

impl Draft {
    /// A text input changed.
    pub(crate) fn edit_text(&mut self, field: Field, text: String) {
        match field {
            Field::ReportFrom => self.from = text,
            Field::ReportTo => self.to = text,
            Field::ReportName => self.name = text,
            _ => return,
        }
        self.problems.clear(field);
        self.error = None;
    }
}

fn report(action: ReportAction) -> AppAction {
    AppAction::Report { action }
}

fn toggle(key: &str, on: bool, action: AppAction, words: &Words) -> ToggleInput {
    ToggleInput::new(words.get(key), words.attr(key, "detail"), on, action, words)
}

/// Whether a format can hold photos.
fn holds_photos(format: ReportFormat) -> bool {
    matches!(format, ReportFormat::Html | ReportFormat::Fhir)
}

/// The title and model.
pub(super) fn build(app: &App, ctx: &Ctx) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let d = &app.drafts.report;
    let periods = ReportPeriod::ALL
        .into_iter()
        .map(|period| {
            Choice::new(
                words.get(&format!("reporting-period-{}", period.code())),
                None,
                d.period == period,
                report(ReportAction::ChoosePeriod { period }),
            )
        })
        .collect();
    let formats = ReportFormat::ALL
        .into_iter()
        .map(|format| {
            let key = format!("reporting-format-{}", format.code());
            Choice::new(
                words.get(&key),
                words.attr(&key, "detail"),
                d.format == format,
                report(ReportAction::ChooseFormat { format }),
            )
        })
        .collect();
    let day_input = |field, label, value: &str| {
        Input {
            field,
            label,
            value,
            kind: InputKind::Date,
            required: false,
            max_chars: Some(10),
        }
        .model(words, &d.problems)
    };
    let custom = d.period == ReportPeriod::Custom;
    let empty = ctx.journal.sessions()?.is_empty();
    let mut create = Command::new(
        words.get("command-create-report"),
        report(ReportAction::Create),
        CommandStyle::Primary,
    );
    create.enabled = !empty;
    let error = d
        .error
        .map(|key| words.get(key))
        .or_else(|| (!d.problems.is_empty()).then(|| words.get("form-error")));
    let model = ReportScreen {
        intro: words.get("reporting-intro"),
        periods_heading: words.get("reporting-periods"),
        periods,
        from: custom.then(|| day_input(Field::ReportFrom, "input-report-from", &d.from)),
        to: custom.then(|| day_input(Field::ReportTo, "input-report-to", &d.to)),
        formats_heading: words.get("reporting-formats"),
        formats,
        photos: holds_photos(d.format).then(|| {
            toggle(
                "reporting-photos",
                d.photos,
                report(ReportAction::SetPhotos { on: !d.photos }),
                words,
            )
        }),
        name: toggle(
            "reporting-name",
            d.name_on,
            report(ReportAction::SetName { on: !d.name_on }),
            words,
        ),
        name_input: d.name_on.then(|| {
            Input {
                field: Field::ReportName,
                label: "input-report-name",
                value: &d.name,
                kind: InputKind::PersonName,
                required: true,
                max_chars: Some(MAX_NAME_CHARS as u32),
            }
            .model(words, &d.problems)
        }),
        privacy: words.get("reporting-privacy"),
        create,
        error,
        empty: empty.then(|| EmptyMessage {
            heading: words.get("reporting-empty"),
            text: words.attr("reporting-empty", "text").unwrap_or_default(),
            commands: Vec::new(),
        }),
    };
    Ok((words.get("title-report"), ScreenBody::Report { model }))
}

/// Handles an action on the report form.
pub(super) fn handle(
    app: &mut App,
    action: ReportAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    if app.stack.top() != &Route::Report {
        return Ok(());
    }
    let d = &mut app.drafts.report;
    d.error = None;
    match action {
        ReportAction::ChoosePeriod { period } => {
            d.period = period;
            d.problems.clear(Field::ReportFrom);
            d.problems.clear(Field::ReportTo);
        }
        ReportAction::ChooseFormat { format } => d.format = format,
        ReportAction::SetPhotos { on } => d.photos = on,
        ReportAction::SetName { on } => {
            d.name_on = on;
            d.problems.clear(Field::ReportName);
        }
        ReportAction::Create => create(d, ctx, out)?,
    }
    Ok(())
}

/// The request for the form, or the refused fields.
fn request(d: &Draft, ctx: &Ctx) -> Result<Result<ReportRequest, Problems>, AppError> {
    let mut problems = Problems::default();
    let today = ctx.now.with_timezone(&ctx.zone).date_naive();
    let back = |days: u64| today.checked_sub_days(Days::new(days));
    let mut request = ReportRequest::new(ctx.locale(), ctx.zone);
    match d.period {
        ReportPeriod::CurrentSession => {
            request.session = ctx.journal.recovering_from(Some(ctx.now))?.map(|s| s.id);
        }
        ReportPeriod::LastWeek => (request.from, request.to) = (back(6), Some(today)),
        ReportPeriod::LastMonth => (request.from, request.to) = (back(29), Some(today)),
        ReportPeriod::Everything => {}
        ReportPeriod::Custom => {
            let mut read = |field, text: &str| -> Option<NaiveDate> {
                field::day(text).unwrap_or_else(|problem| {
                    problems.add(field, problem);
                    None
                })
            };
            request.from = read(Field::ReportFrom, &d.from);
            request.to = read(Field::ReportTo, &d.to);
            if let (Some(from), Some(to)) = (request.from, request.to)
                && from > to
            {
                problems.add(Field::ReportTo, Problem::RangeReversed);
            }
        }
    }
    if d.name_on {
        let name = d.name.trim();
        if name.is_empty() {
            problems.add(Field::ReportName, Problem::Required);
        } else if let Err(problem) = one_line(name, MAX_NAME_CHARS) {
            problems.add(Field::ReportName, problem);
        }
        request.patient_name = Some(name.to_string());
    }
    request.include_photos = d.photos && holds_photos(d.format);
    Ok(if problems.is_empty() {
        Ok(request)
    } else {
        Err(problems)
    })
}

/// Makes the report and hands it to the share sheet.
fn create(d: &mut Draft, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let request = match request(d, ctx)? {
        Ok(request) => request,
        Err(problems) => {
            d.problems = problems;
            return Ok(());
        }
    };
    let content = match ctx.journal.report(d.format, &request, ctx.now) {
        Ok(content) => content,
        Err(ReportError::EmptyCalendar) => {
            d.error = Some("reporting-error-empty-calendar");
            return Ok(());
        }
        Err(ReportError::RangeReversed { .. }) => {
            d.problems.add(Field::ReportTo, Problem::RangeReversed);
            return Ok(());
        }
        Err(ReportError::DateOutOfRange(_)) => {
            d.problems.add(Field::ReportFrom, Problem::NotADate);
            return Ok(());
        }
        Err(ReportError::InvalidName) => {
            d.problems
                .add(Field::ReportName, Problem::ControlCharacters);
            return Ok(());
        }
        Err(other) => return Err(other.into()),
    };
    let format = d.format;
    out.effects.push(Effect::ShareFile {
        file: SharedFile {
            source: FileSource::Bytes {
                bytes: content.into_bytes(),
            },
            media_type: format.media_type().to_string(),
            file_name: file_name("report", ctx.now, ctx.zone, format.extension()),
            title: ctx.words.get("share-report-title"),
        },
    });
    out.say(ctx.words.get("message-report-ready"), Tone::Neutral);
    Ok(())
}
