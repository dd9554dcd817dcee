//! Screen 1, the first run: welcome and the "companion, not a doctor" notice; the treatment
//! (built-in or a clinic's protocol); when it ended or when it is booked; the time zone; the
//! clinic's contact (optional); why reminders matter, then the permission request.

#[cfg(test)]
mod tests;

use chrono::{DateTime, TimeDelta, Utc};

use super::action::AppAction;
use super::effect::{Effect, FilePurpose};
use super::field::{self, Field, Problem, Problems, Unset};
use super::model::{Choice, Command, CommandStyle, DateTimeInput, ScreenBody, TextInput};
use super::route::{Route, Stack};
use super::settings::check_clinic;
use super::words::Words;
use super::zone_picker;
use super::{App, AppError, Ctx, Out, Resync};
use crate::journal::{ClinicContact, NewSession, PermissionState, SessionStatus};
use crate::local_time::parse_zone;

/// How far past "now" a done session may end (clock skew, as the journal allows).
const FUTURE_SLACK: TimeDelta = TimeDelta::minutes(10);

/// The steps, in order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    uniffi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum FirstRunStep {
    /// Welcome, and the "companion, not a doctor" notice.
    #[default]
    Welcome,
    /// Which treatment.
    Treatment,
    /// When it ended, or when it is booked.
    When,
    /// The time zone.
    Zone,
    /// The clinic's contact (optional).
    Clinic,
    /// Why reminders matter; the permission request.
    Reminders,
}

impl FirstRunStep {
    const ALL: [FirstRunStep; 6] = [
        FirstRunStep::Welcome,
        FirstRunStep::Treatment,
        FirstRunStep::When,
        FirstRunStep::Zone,
        FirstRunStep::Clinic,
        FirstRunStep::Reminders,
    ];

    fn index(self) -> usize {
        FirstRunStep::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or_default()
    }

    fn code(self) -> &'static str {
        match self {
            FirstRunStep::Welcome => "welcome",
            FirstRunStep::Treatment => "treatment",
            FirstRunStep::When => "when",
            FirstRunStep::Zone => "zone",
            FirstRunStep::Clinic => "clinic",
            FirstRunStep::Reminders => "reminders",
        }
    }

    fn previous(self) -> Option<FirstRunStep> {
        self.index().checked_sub(1).map(|i| FirstRunStep::ALL[i])
    }

    fn next(self) -> FirstRunStep {
        FirstRunStep::ALL[(self.index() + 1).min(FirstRunStep::ALL.len() - 1)]
    }
}

/// Whether the session already happened or is booked.
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
pub enum SessionTiming {
    /// It happened (today, usually).
    #[default]
    Done,
    /// It is booked.
    Booked,
}

/// What the patient can do on the first-run steps.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum FirstRunAction {
    /// Leave the welcome.
    Start,
    /// Restore a backup instead (a new phone).
    RestoreBackup,
    /// Choose a treatment's protocol.
    ChooseProtocol {
        /// Its id.
        id: String,
    },
    /// Import the clinic's protocol file.
    ImportProtocol,
    /// Done or booked.
    ChooseTiming {
        /// Which.
        timing: SessionTiming,
    },
    /// Show times in the phone's zone, following it when travelling.
    FollowPhoneZone,
    /// Show times in another, fixed zone.
    ChooseOtherZone,
    /// The fixed zone: a place from the picker.
    ChooseZone {
        /// Its IANA id.
        id: String,
    },
    /// Check this step and go on.
    Next,
    /// Go on without the clinic's contact.
    SkipClinic,
    /// Ask for the notification permission.
    AllowReminders,
    /// No notifications for now.
    NotNow,
}

/// One first-run step.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FirstRunScreen {
    /// The step.
    pub step: FirstRunStep,
    /// Its number, from 1.
    pub step_number: u32,
    /// How many steps there are.
    pub step_count: u32,
    /// "Step 2 of 6".
    pub progress: String,
    /// The step's heading.
    pub heading: String,
    /// What it is about.
    pub paragraphs: Vec<String>,
    /// The "companion, not a doctor" notice (welcome).
    pub disclaimer: Option<String>,
    /// The treatments (treatment step).
    pub protocols: Vec<Choice>,
    /// Done or booked (when step).
    pub timings: Vec<Choice>,
    /// When it ended or starts (when step).
    pub time: Option<DateTimeInput>,
    /// Follow the phone's zone, or another (zone step).
    pub zone_choices: Vec<Choice>,
    /// The search for another zone's place (zone step, when another zone is wanted).
    pub zone: Option<TextInput>,
    /// The places to choose from: the one chosen (selected), then what matches the search,
    /// each read as "Madrid (UTC+1)".
    pub zone_matches: Vec<Choice>,
    /// Name, phone, e-mail (clinic step).
    pub clinic: Vec<TextInput>,
    /// What to do, the main thing first.
    pub commands: Vec<Command>,
    /// Why the step cannot go on yet, if it cannot.
    pub error: Option<String>,
    /// Restoring a backup from another phone, when one is under way (its code or passphrase):
    /// drawn instead of the step, with the patient's whole attention.
    pub backup_flow: Option<super::backup_flow::BackupFlow>,
}

/// What the patient entered so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Draft {
    step: FirstRunStep,
    protocol: Option<String>,
    timing: SessionTiming,
    /// `None`: "now" for a done session, nothing yet for a booked one.
    at: Option<DateTime<Utc>>,
    /// `Some`: a fixed zone, its IANA id (empty until a place is chosen).
    other_zone: Option<String>,
    /// What was typed to find the place.
    #[serde(default)]
    zone_search: String,
    clinic: ClinicContact,
    problems: Problems,
    /// "Next" was pressed on the treatment step with nothing chosen.
    treatment_missing: bool,
}

impl Draft {
    /// A text input changed.
    pub(crate) fn edit_text(&mut self, field: Field, text: String) {
        match field {
            Field::Zone => self.zone_search = text,
            Field::ClinicName => self.clinic.name = text,
            Field::ClinicPhone => self.clinic.phone = text,
            Field::ClinicEmail => self.clinic.email = text,
            _ => return,
        }
        self.problems.clear(field);
    }

    /// A date-and-time input changed.
    pub(crate) fn edit_time(&mut self, field: Field, at: DateTime<Utc>) {
        if field == Field::SessionTime {
            self.at = Some(at);
            self.problems.clear(field);
        }
    }

    /// The protocol just imported becomes the chosen one.
    pub(crate) fn choose_protocol(&mut self, id: String) {
        self.protocol = Some(id);
        self.treatment_missing = false;
    }
}

/// The up arrow: back to the previous step (none on the welcome, none once saved).
pub(super) fn up(draft: &Draft, words: &Words) -> Option<Command> {
    if draft.step == FirstRunStep::Reminders {
        return None;
    }
    let previous = draft.step.previous()?;
    let label = words.get("command-back");
    let target = words.get(&format!("first-run-{}", previous.code()));
    Some(
        Command::new(label, AppAction::Back, CommandStyle::Quiet).described(words.arg(
            "command-back-to",
            "screen",
            target,
        )),
    )
}

/// Back: the previous step (not once everything was saved).
pub(super) fn back(app: &mut App) {
    let draft = &mut app.drafts.first_run;
    if draft.step == FirstRunStep::Reminders {
        return;
    }
    if let Some(previous) = draft.step.previous() {
        draft.step = previous;
        draft.problems = Problems::default();
    }
}

fn first_run(action: FirstRunAction) -> AppAction {
    AppAction::FirstRun { action }
}

/// The step's title and model.
pub(super) fn build(app: &App, ctx: &Ctx) -> Result<(String, ScreenBody), AppError> {
    let draft = &app.drafts.first_run;
    // Once an at-home treatment is chosen, every step names "a healthcare professional".
    let who = draft
        .protocol
        .as_deref()
        .and_then(|id| {
            ctx.journal
                .catalog()
                .get(id, None)
                .map(|p| p.treatment.who_to_contact())
        })
        .unwrap_or_default();
    let words = &ctx.words.with_who(who);
    let step = draft.step;
    let key = format!("first-run-{}", step.code());
    let count = FirstRunStep::ALL.len() as u32;
    let number = step.index() as u32 + 1;
    let mut args = crate::text::Args::new();
    args.set("number", number);
    args.set("count", count);
    let mut model = FirstRunScreen {
        step,
        step_number: number,
        step_count: count,
        progress: words.args("first-run-progress", &args),
        heading: words.get(&key),
        paragraphs: (1..=3)
            .filter_map(|i| words.attr(&key, &format!("p{i}")))
            .collect(),
        disclaimer: None,
        protocols: Vec::new(),
        timings: Vec::new(),
        time: None,
        zone_choices: Vec::new(),
        zone: None,
        zone_matches: Vec::new(),
        clinic: Vec::new(),
        commands: Vec::new(),
        error: None,
        backup_flow: app
            .flow
            .as_ref()
            .filter(|flow| flow.on == Route::FirstRun)
            .map(|flow| flow.model(words)),
    };
    let next = |label: &str| {
        Command::new(
            words.get(label),
            first_run(FirstRunAction::Next),
            CommandStyle::Primary,
        )
    };
    match step {
        FirstRunStep::Welcome => {
            model.disclaimer = Some(words.get("disclaimer"));
            model.commands = vec![
                Command::new(
                    words.get("command-get-started"),
                    first_run(FirstRunAction::Start),
                    CommandStyle::Primary,
                ),
                Command::new(
                    words.get("command-restore-backup"),
                    first_run(FirstRunAction::RestoreBackup),
                    CommandStyle::Secondary,
                ),
            ];
        }
        FirstRunStep::Treatment => {
            let locale = ctx.locale();
            model.protocols = ctx
                .journal
                .catalog()
                .latest()
                .iter()
                .map(|p| {
                    let detail = (!p.builtin)
                        .then(|| words.arg("protocol-from-clinic", "version", p.version));
                    Choice::new(
                        p.display_name(locale),
                        detail,
                        draft.protocol.as_deref() == Some(p.id.as_str()),
                        first_run(FirstRunAction::ChooseProtocol { id: p.id.clone() }),
                    )
                })
                .collect();
            model.error = draft
                .treatment_missing
                .then(|| words.get("first-run-choose-treatment"));
            model.commands = vec![
                next("command-next"),
                Command::new(
                    words.get("command-import-protocol"),
                    first_run(FirstRunAction::ImportProtocol),
                    CommandStyle::Secondary,
                ),
            ];
        }
        FirstRunStep::When => {
            model.timings = [SessionTiming::Done, SessionTiming::Booked]
                .into_iter()
                .map(|timing| {
                    let code = match timing {
                        SessionTiming::Done => "done",
                        SessionTiming::Booked => "booked",
                    };
                    Choice::new(
                        words.get(&format!("first-run-timing-{code}")),
                        words.attr(&format!("first-run-timing-{code}"), "detail"),
                        draft.timing == timing,
                        first_run(FirstRunAction::ChooseTiming { timing }),
                    )
                })
                .collect();
            let (label, bounds) = match draft.timing {
                SessionTiming::Done => ("first-run-ended-at", (None, Some(ctx.now))),
                SessionTiming::Booked => ("first-run-starts-at", (Some(ctx.now), None)),
            };
            let unset = match draft.timing {
                SessionTiming::Done => Unset::Now,
                // A booked session has no "now": the picker opens a day ahead.
                SessionTiming::Booked => Unset::NotChosen {
                    initial: ctx.now + TimeDelta::days(1),
                },
            };
            model.time = Some(field::time_input(
                words,
                Field::SessionTime,
                label,
                draft.at,
                unset,
                ctx.now,
                bounds,
                &draft.problems,
            ));
            model.commands = vec![next("command-next")];
        }
        FirstRunStep::Zone => {
            let phone = zone_picker::label(ctx.phone_zone, words, ctx.now);
            model.paragraphs = vec![words.arg("first-run-zone-phone", "zone", phone.clone())];
            let other = draft
                .other_zone
                .as_deref()
                .and_then(|id| parse_zone(id).ok())
                .map(|zone| zone_picker::label(zone, words, ctx.now));
            model.zone_choices = vec![
                Choice::new(
                    words.get("first-run-zone-follow"),
                    Some(phone),
                    draft.other_zone.is_none(),
                    first_run(FirstRunAction::FollowPhoneZone),
                ),
                Choice::new(
                    words.get("first-run-zone-other"),
                    other,
                    draft.other_zone.is_some(),
                    first_run(FirstRunAction::ChooseOtherZone),
                ),
            ];
            if let Some(chosen) = &draft.other_zone {
                let (search, matches) = zone_picker::picker(
                    chosen,
                    &draft.zone_search,
                    words,
                    ctx.now,
                    &draft.problems,
                    |id| first_run(FirstRunAction::ChooseZone { id }),
                );
                model.zone = Some(search);
                model.zone_matches = matches;
            }
            model.commands = vec![next("command-next")];
        }
        FirstRunStep::Clinic => {
            model.clinic = super::settings::clinic_inputs(&draft.clinic, words, &draft.problems);
            model.commands = vec![
                next("command-save-continue"),
                Command::new(
                    words.get("command-skip"),
                    first_run(FirstRunAction::SkipClinic),
                    CommandStyle::Secondary,
                ),
            ];
        }
        FirstRunStep::Reminders => {
            model.commands = vec![
                Command::new(
                    words.get("command-allow-reminders"),
                    first_run(FirstRunAction::AllowReminders),
                    CommandStyle::Primary,
                ),
                Command::new(
                    words.get("command-not-now"),
                    first_run(FirstRunAction::NotNow),
                    CommandStyle::Secondary,
                ),
            ];
        }
    }
    if model.error.is_none() && !draft.problems.is_empty() {
        model.error = Some(words.get("form-error"));
    }
    // Each step its own title: "Welcome" over every step said nothing about where one is.
    let title = words.get(&format!("first-run-title-{}", step.code()));
    Ok((title, ScreenBody::FirstRun { model }))
}

/// Handles a first-run action.
pub(super) fn handle(
    app: &mut App,
    action: FirstRunAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    if app.stack.root() != &Route::FirstRun {
        return Ok(());
    }
    let draft = &mut app.drafts.first_run;
    match action {
        FirstRunAction::Start => draft.step = FirstRunStep::Treatment,
        FirstRunAction::RestoreBackup => out.effects.push(Effect::PickFile {
            purpose: FilePurpose::Backup,
            media_types: FilePurpose::Backup.media_types(),
        }),
        FirstRunAction::ChooseProtocol { id } => {
            if ctx.journal.catalog().get(&id, None).is_some() {
                draft.choose_protocol(id);
            }
        }
        FirstRunAction::ImportProtocol => out.effects.push(Effect::PickFile {
            purpose: FilePurpose::ClinicProtocol,
            media_types: FilePurpose::ClinicProtocol.media_types(),
        }),
        FirstRunAction::ChooseTiming { timing } => {
            if draft.timing != timing {
                draft.timing = timing;
                draft.at = None;
                draft.problems = Problems::default();
            }
        }
        FirstRunAction::FollowPhoneZone => {
            draft.other_zone = None;
            draft.problems.clear(Field::Zone);
        }
        FirstRunAction::ChooseOtherZone => {
            if draft.other_zone.is_none() {
                let saved = ctx.saved_zone.map(|z| z.name().to_string());
                draft.other_zone = Some(saved.unwrap_or_default());
            }
        }
        FirstRunAction::ChooseZone { id } => {
            if parse_zone(&id).is_ok() {
                draft.other_zone = Some(id);
                draft.zone_search.clear();
                draft.problems.clear(Field::Zone);
            }
        }
        FirstRunAction::Next => next(app, ctx, out)?,
        FirstRunAction::SkipClinic => {
            if draft.step == FirstRunStep::Clinic {
                draft.clinic = ClinicContact::default();
                draft.problems = Problems::default();
                finish(app, ctx, out)?;
            }
        }
        FirstRunAction::AllowReminders => {
            if draft.step == FirstRunStep::Reminders {
                out.effects.push(Effect::RequestNotificationPermission);
            }
        }
        FirstRunAction::NotNow => {
            if draft.step == FirstRunStep::Reminders {
                app.stack = Stack::new(Route::Today { rule: None });
            }
        }
    }
    Ok(())
}

/// Checks the step and goes on.
fn next(app: &mut App, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let draft = &mut app.drafts.first_run;
    draft.problems = Problems::default();
    match draft.step {
        FirstRunStep::Treatment => {
            let known = draft
                .protocol
                .as_deref()
                .is_some_and(|id| ctx.journal.catalog().get(id, None).is_some());
            draft.treatment_missing = !known;
            if !known {
                draft.protocol = None;
                return Ok(());
            }
        }
        FirstRunStep::When => match (draft.timing, draft.at) {
            (_, Some(at)) if field::within_reach(at, ctx.now).is_err() => {
                draft.problems.add(Field::SessionTime, Problem::OutOfReach);
            }
            (SessionTiming::Done, Some(at)) if at > ctx.now + FUTURE_SLACK => {
                draft.problems.add(Field::SessionTime, Problem::InFuture);
            }
            (SessionTiming::Booked, None) => {
                draft.problems.add(Field::SessionTime, Problem::Required)
            }
            (SessionTiming::Booked, Some(at)) if at <= ctx.now => {
                draft
                    .problems
                    .add(Field::SessionTime, Problem::AppointmentPast);
            }
            _ => {}
        },
        FirstRunStep::Zone => {
            // Another zone is a place chosen from the list.
            if draft
                .other_zone
                .as_deref()
                .is_some_and(|id| parse_zone(id).is_err())
            {
                draft.problems.add(Field::Zone, Problem::UnknownZone);
            }
        }
        FirstRunStep::Clinic => {
            draft.problems = check_clinic(&draft.clinic).1;
            if draft.problems.is_empty() {
                return finish(app, ctx, out);
            }
        }
        FirstRunStep::Welcome | FirstRunStep::Reminders => {}
    }
    if draft.problems.is_empty() {
        draft.step = draft.step.next();
    }
    Ok(())
}

/// Saves everything entered (settings, clinic, the session, "first run done") and asks about
/// reminders, unless the phone already allows them.
fn finish(app: &mut App, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let draft = app.drafts.first_run.clone();
    let catalog = ctx.journal.catalog();
    let Some(protocol) = draft
        .protocol
        .as_deref()
        .and_then(|id| catalog.get(id, None))
    else {
        app.drafts.first_run.step = FirstRunStep::Treatment;
        return Ok(());
    };
    let zone = match &draft.other_zone {
        Some(text) => match parse_zone(text) {
            Ok(zone) => zone,
            Err(_) => {
                app.drafts.first_run.step = FirstRunStep::Zone;
                app.drafts
                    .first_run
                    .problems
                    .add(Field::Zone, Problem::UnknownZone);
                return Ok(());
            }
        },
        None => ctx.phone_zone,
    };
    let mut settings = ctx.settings.clone();
    settings.locale = ctx.locale();
    ctx.journal.save_settings(&settings, zone)?;
    let (clinic, _) = check_clinic(&draft.clinic);
    if !clinic.is_empty() {
        ctx.journal.save_clinic(&clinic, ctx.now)?;
    }
    let (status, starts_at, ended_at) = match draft.timing {
        SessionTiming::Done => (SessionStatus::Done, None, Some(draft.at.unwrap_or(ctx.now))),
        SessionTiming::Booked => (SessionStatus::Planned, draft.at, None),
    };
    ctx.journal.add_session(
        &NewSession {
            protocol: protocol.reference(),
            status,
            starts_at,
            ended_at,
            zone,
        },
        ctx.now,
    )?;
    let mut state = ctx.state.clone();
    state.first_run_done = true;
    state.zone_follows_phone = draft.other_zone.is_none();
    ctx.journal.save_app_state(&state, ctx.now)?;
    out.resync(Resync::Changed);
    if state.notifications == PermissionState::Granted {
        app.stack = Stack::new(Route::Today { rule: None });
    } else {
        app.drafts.first_run.step = FirstRunStep::Reminders;
        app.drafts.first_run.problems = Problems::default();
    }
    Ok(())
}
