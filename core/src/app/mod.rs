//! The app: every screen of the phone app as a model, above the domain modules (crux-style).
//!
//! [`App`] owns the open journal, the route stack, the form drafts, the pending dialog and its
//! picture of the reminders the phone holds. [`App::screen`] says what to draw;
//! [`App::dispatch`] takes what happened ([`AppAction`]) and answers with the next screen, the
//! [`Effect`]s only the platform can carry out (their outcomes come back as actions) and an
//! optional [`Message`]. The same journal, actions, "now" and zone give the same screens: no
//! clock, no randomness, drafts live here. One folder per screen holds its model, its actions,
//! its handler and its tests. See `core/docs/app.md`.

mod action;
mod effect;
mod field;
mod mirror;
mod model;
mod opening;
mod preparation;
mod route;
mod severity;
mod unsaved;
mod words;
mod zone_picker;

mod backup_flow;
mod first_run;
mod glance;
mod history;
mod log;
mod notice;
mod report;
mod sessions;
mod settings;
mod timeline;
mod today;
mod triage;

#[cfg(test)]
mod tests;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

pub use action::{AppAction, Destination};
pub use backup_flow::{BackupAction, BackupFlow, BackupStep};
pub use effect::{
    Effect, EffectKind, FilePurpose, FileSource, LaunchOutcome, SharedFile, SystemPage,
};
pub use field::Field;
pub use first_run::{FirstRunAction, FirstRunScreen, FirstRunStep, SessionTiming};
pub use glance::{
    Glance, GlanceAttention, GlanceEntry, GlanceLine, GlanceLineKind, GlanceState, GlanceTimeline,
    MAX_ENTRIES as GLANCE_MAX_ENTRIES, MAX_SPAN as GLANCE_MAX_SPAN,
};
pub use history::{HistoryAction, HistoryScreen};
pub use log::{LogAction, LogScreen, PhotoInput, SymptomForm};
/// Joins sentences with one full stop each (the verdict line a check-in answers uses it too).
pub(crate) use model::sentences;
pub use model::{
    Banner, Choice, Command, CommandStyle, Confirmation, DateTimeInput, InputKind, Item,
    ListSection, Message, NavItem, Screen, ScreenBody, TextInput, ToggleInput, Tone,
};
pub use notice::{NoticeAction, NoticeKind, NoticeScreen};
pub use opening::Config;
pub use report::{ReportAction, ReportPeriod, ReportScreen};
pub use sessions::{SessionForm, SessionsAction, SessionsScreen};
pub use settings::{SettingsAction, SettingsScreen};
pub use severity::{SeverityAnchor, SeverityBand, SeverityInput, SeverityOption};
pub use timeline::{
    MilestoneState, PhaseCard, RuleLine, SourceLine, TimelineAction, TimelineMilestone,
    TimelineScreen,
};
pub use today::{EmptyMessage, TodayAction, TodayScreen, Verdict};
pub use triage::{ReasonCard, TriageAction, TriageScreen};

use crate::journal::{AppState, Journal, JournalError, PermissionState};
use crate::protocol::WhoToContact;
use crate::region::Region;
use crate::report::ReportError;
use crate::settings::PatientSettings;
use crate::text::Locale;
use mirror::ReminderMirror;
use opening::Opened;
use route::{Route, Stack};
use words::Words;

/// What a dispatch answers: the screen to draw, what the platform must do, and a message.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Update {
    /// The screen to draw now.
    pub screen: Screen,
    /// What the platform must carry out, in order.
    pub effects: Vec<Effect>,
    /// A short message to show (a snackbar), if any.
    pub message: Option<Message>,
}

/// Why a handler failed; turned into a notice or a message, never shown as is.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AppError {
    /// The journal failed.
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// A report could not be made.
    #[error(transparent)]
    Report(#[from] ReportError),
}

/// Everything a call reads once: the journal, "now", the zone and language, the app's state.
pub(crate) struct Ctx {
    /// The open journal.
    pub(crate) journal: Arc<Journal>,
    /// The caller's "now".
    pub(crate) now: DateTime<Utc>,
    /// The zone local times are shown in: the phone's, or the one the patient fixed.
    pub(crate) zone: Tz,
    /// The phone's own zone.
    pub(crate) phone_zone: Tz,
    /// Words in the patient's language, times in `zone`.
    pub(crate) words: Words,
    /// The app's remembered state.
    pub(crate) state: AppState,
    /// The saved settings (defaults if never saved).
    pub(crate) settings: PatientSettings,
    /// The zone saved in settings, if settings were saved.
    pub(crate) saved_zone: Option<Tz>,
    /// Where the phone is: its emergency number and temperature unit.
    pub(crate) region: Region,
}

impl Ctx {
    /// Who the patient of a session contacts: a healthcare professional after an at-home
    /// treatment, else their provider (also for a session or protocol that cannot be read).
    pub(crate) fn who_for(&self, session_id: i64) -> WhoToContact {
        self.journal
            .session(session_id)
            .ok()
            .and_then(|s| {
                self.journal
                    .catalog()
                    .get(&s.protocol.id, Some(s.protocol.version))
                    .map(|p| p.treatment.who_to_contact())
            })
            .unwrap_or_default()
    }

    fn load(
        journal: Arc<Journal>,
        now: DateTime<Utc>,
        phone_zone: Tz,
        config: &Config,
    ) -> Result<Ctx, AppError> {
        let device_locale = config.device_locale;
        let state = journal.app_state()?;
        let stored = journal.stored_settings()?;
        let locale = stored.as_ref().map_or(device_locale, |(s, _)| s.locale);
        let saved_zone = stored.as_ref().map(|(_, zone)| *zone);
        let zone = match saved_zone {
            Some(saved) if !state.zone_follows_phone => saved,
            _ => phone_zone,
        };
        Ok(Ctx {
            journal,
            now,
            zone,
            phone_zone,
            words: Words::new(locale, zone),
            state,
            settings: stored.map(|(s, _)| s).unwrap_or_default(),
            saved_zone,
            region: config.device_region,
        })
    }

    /// The language of the screens.
    pub(crate) fn locale(&self) -> Locale {
        self.words.locale()
    }
}

/// Whether reminders must be handed to the phone again after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub(crate) enum Resync {
    /// Nothing that shapes reminders changed.
    #[default]
    No,
    /// Sync the difference.
    Changed,
    /// Cancel and schedule everything again (the lock-screen text changed).
    Everything,
}

/// What a handler adds to the answer.
#[derive(Debug, Default)]
pub(crate) struct Out {
    pub(crate) effects: Vec<Effect>,
    pub(crate) message: Option<Message>,
    pub(crate) resync: Resync,
    /// The `Dial` among the effects calls the emergency number (not the clinic).
    pub(crate) dialed_emergency: bool,
}

impl Out {
    /// A message with no command.
    pub(crate) fn say(&mut self, text: String, tone: Tone) {
        self.message = Some(Message {
            text,
            tone,
            command: None,
        });
    }

    /// Asks for a reminder sync (at least `resync`).
    pub(crate) fn resync(&mut self, resync: Resync) {
        self.resync = self.resync.max(resync);
    }
}

/// What a pending confirmation does when confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pending {
    /// Delete a session with everything logged for it.
    DeleteSession { id: i64 },
    /// Delete a symptom entry.
    DeleteEntry { id: i64 },
    /// Delete an "I contacted my provider" record (its session's patient is addressed as `who`).
    DeleteContact { id: i64, who: WhoToContact },
    /// Delete an "All fine today" check-in.
    DeleteCheckIn { id: i64 },
    /// Leave the log form, dropping what was entered.
    DiscardLog,
    /// Leave settings, dropping the changes.
    DiscardSettings,
}

/// What must wait until the journal is no longer borrowed by the call that asked for it: moving
/// files (a restore, a recovery) needs every handle to the journal closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum After {
    /// Open the journal again (after a failure, or to recover from damage).
    Reopen,
    /// Restore this backup into the journal's (empty) place, unlocked with `secret` if it is
    /// locked with a recovery code or passphrase.
    Restore {
        backup: std::path::PathBuf,
        secret: Option<crate::journal::Passphrase>,
    },
}

/// The forms' drafts: what the patient entered and not yet saved.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Drafts {
    pub(crate) first_run: first_run::Draft,
    pub(crate) log: Option<log::Draft>,
    pub(crate) session_form: Option<sessions::FormDraft>,
    pub(crate) report: report::Draft,
    pub(crate) settings: Option<settings::Draft>,
}

/// The phone app's state machine over one journal.
#[derive(Debug)]
pub struct App {
    config: Config,
    journal: Option<Arc<Journal>>,
    stack: Stack,
    drafts: Drafts,
    dialog: Option<Pending>,
    mirror: ReminderMirror,
    /// The glance's timeline last handed to the shell (`Effect::UpdateGlance`).
    glance: Option<GlanceTimeline>,
    after: Option<After>,
    /// Unsaved forms were kept in the journal when the app last went to the background.
    kept: bool,
    /// The last `Dial` handed to the shell was the emergency number: if the phone cannot call,
    /// say that number, not the clinic's.
    dialed_emergency: bool,
    /// Files beside the journal that were not its own, set aside at the last open (told once).
    set_aside: Vec<String>,
    /// The backup or restore flow under way, with the code or passphrase it holds (memory only).
    flow: Option<backup_flow::Flow>,
}

impl App {
    /// Opens the journal. Never fails: a journal that cannot be opened (wrong key, newer
    /// version, full disk) is a notice screen, and nothing is written to it.
    pub fn open(config: Config, now: DateTime<Utc>) -> App {
        let mut app = App {
            config,
            journal: None,
            stack: Stack::new(Route::Today { rule: None }),
            drafts: Drafts::default(),
            dialog: None,
            mirror: ReminderMirror::default(),
            glance: None,
            after: None,
            kept: false,
            dialed_emergency: false,
            set_aside: Vec::new(),
            flow: None,
        };
        app.reopen(now);
        // A new process: what the last one kept when it went to the background comes back.
        unsaved::bring_back(&mut app, now);
        app
    }

    /// The open journal, if it could be opened.
    pub fn journal(&self) -> Option<Arc<Journal>> {
        self.journal.clone()
    }

    /// (Re)opens the journal and starts over from its home screen.
    fn reopen(&mut self, now: DateTime<Utc>) {
        self.journal = None;
        self.dialog = None;
        self.drafts = Drafts::default();
        match opening::open(&self.config, now) {
            Opened::Ready {
                journal,
                moved_to,
                set_aside,
            } => {
                self.journal = Some(journal.clone());
                self.set_aside = set_aside;
                if let Err(err) = self.start(&journal, moved_to, now) {
                    self.stack = Stack::new(Route::Notice {
                        kind: match &err {
                            AppError::Journal(err) => opening::blocker(err),
                            AppError::Report(_) => NoticeKind::CannotOpen,
                        },
                    });
                }
            }
            Opened::Blocked(kind) => self.stack = Stack::new(Route::Notice { kind }),
        }
    }

    /// The first screens of an opened journal: the damage notice if one is unseen, over the
    /// first run or Today.
    fn start(
        &mut self,
        journal: &Arc<Journal>,
        moved_to: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        let mut state = journal.app_state()?;
        if !moved_to.is_empty() {
            // Kept until the patient has seen it: the process may die before the first frame.
            state.damage_moved_to.extend(moved_to);
            journal.save_app_state(&state, now)?;
            self.mirror.keep_held(journal)?;
        }
        let home = if state.first_run_done || !journal.sessions()?.is_empty() {
            Route::Today { rule: None }
        } else {
            Route::FirstRun
        };
        self.stack = Stack::new(home);
        if !self.set_aside.is_empty() {
            self.stack.push(Route::Notice {
                kind: NoticeKind::FilesSetAside,
            });
        }
        if !state.damage_moved_to.is_empty() {
            self.stack.push(Route::Notice {
                kind: NoticeKind::JournalRecovered,
            });
        }
        Ok(())
    }

    /// The screen to draw at `now`; `phone_zone` is the phone's current zone.
    pub fn screen(&self, now: DateTime<Utc>, phone_zone: Tz) -> Screen {
        let Some(journal) = self.journal.clone() else {
            return self.notice_screen(&Words::new(self.config.device_locale, phone_zone));
        };
        match Ctx::load(journal, now, phone_zone, &self.config) {
            Ok(ctx) => self
                .build(&ctx)
                .unwrap_or_else(|err| self.error_screen(&err, &ctx.words)),
            Err(err) => self.error_screen(&err, &Words::new(self.config.device_locale, phone_zone)),
        }
    }

    /// Handles what happened at `now` and answers with the next screen, the effects and a
    /// message.
    pub fn dispatch(&mut self, action: AppAction, now: DateTime<Utc>, phone_zone: Tz) -> Update {
        let mut out = Out::default();
        match self.journal.clone() {
            None => {
                if action
                    == (AppAction::Notice {
                        action: NoticeAction::TryAgain,
                    })
                {
                    self.reopen(now);
                    out.resync(Resync::Changed);
                }
            }
            Some(journal) => {
                match Ctx::load(journal, now, phone_zone, &self.config) {
                    Ok(ctx) => {
                        if let Err(err) = self.handle(action, &ctx, &mut out) {
                            self.fail(err, &ctx.words, &mut out);
                        }
                        if out.effects.iter().any(|e| matches!(e, Effect::Dial { .. })) {
                            self.dialed_emergency = out.dialed_emergency;
                        }
                    }
                    Err(err) => {
                        let words = Words::new(self.config.device_locale, phone_zone);
                        self.fail(err, &words, &mut out);
                    }
                }
                self.prune_drafts();
            }
        }
        match self.after.take() {
            Some(After::Reopen) => {
                self.reopen(now);
                out.resync(Resync::Changed);
            }
            Some(After::Restore { backup, secret }) => {
                settings::restore_now(self, backup, secret, now, phone_zone, &mut out)
            }
            None => {}
        }
        if out.resync != Resync::No {
            self.sync(now, phone_zone, &mut out);
        }
        Update {
            screen: self.screen(now, phone_zone),
            effects: out.effects,
            message: out.message,
        }
    }

    /// Hands the reminders to the phone after a change (nothing before the first run ends).
    fn sync(&mut self, now: DateTime<Utc>, phone_zone: Tz, out: &mut Out) {
        let Some(journal) = self.journal.clone() else {
            return;
        };
        let ctx = match Ctx::load(journal, now, phone_zone, &self.config) {
            Ok(ctx) => ctx,
            Err(err) => {
                let words = Words::new(self.config.device_locale, phone_zone);
                self.fail(err, &words, out);
                return;
            }
        };
        let result = (|| -> Result<Vec<Effect>, JournalError> {
            if !ctx.state.first_run_done && ctx.journal.sessions()?.is_empty() {
                return Ok(Vec::new());
            }
            // Whatever shapes reminders shapes the glance too; the background refresh comes
            // before the widget's timeline runs out.
            let glance = glance::for_shell(&ctx)?;
            let mut effects = self.mirror.sync(
                &ctx.journal,
                now,
                ctx.zone,
                ctx.state.discreet_lock_screen,
                out.resync == Resync::Everything,
                Some(glance.refresh_at),
            )?;
            if !self
                .glance
                .as_ref()
                .is_some_and(|last| glance.continues(last))
            {
                self.glance = Some(glance.clone());
                effects.push(Effect::UpdateGlance { timeline: glance });
            }
            Ok(effects)
        })();
        match result {
            Ok(effects) => out.effects.extend(effects),
            Err(err) => self.fail(err.into(), &ctx.words, out),
        }
    }

    /// Turns a failure into a notice (the journal cannot go on) or a message (nothing saved).
    fn fail(&mut self, err: AppError, words: &Words, out: &mut Out) {
        let key = match &err {
            AppError::Journal(
                journal_err @ (JournalError::Corrupted
                | JournalError::WrongKey
                | JournalError::NoKey
                | JournalError::NewerSchema { .. }),
            ) => {
                self.dialog = None;
                self.stack.push(Route::Notice {
                    kind: opening::blocker(journal_err),
                });
                return;
            }
            AppError::Journal(JournalError::DiskFull) => "message-disk-full",
            AppError::Journal(JournalError::ReadOnly) => "message-read-only",
            AppError::Journal(JournalError::NotFound { .. }) => "message-not-found",
            _ => "message-failed",
        };
        out.say(words.get(key), Tone::Problem);
    }

    /// Routes an action to its handler.
    fn handle(&mut self, action: AppAction, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
        // A blocking notice (a journal found damaged while in use) allows only its own commands.
        if matches!(self.stack.top(), Route::Notice { kind } if kind.blocking()) {
            if let AppAction::Notice { action } = action {
                notice::handle(self, action, ctx, out)?;
            }
            return Ok(());
        }
        let blocked = matches!(self.stack.root(), Route::Notice { .. });
        match action {
            AppAction::Back => self.back(ctx)?,
            AppAction::Navigate { destination } => {
                if !blocked && self.stack.root() != &Route::FirstRun {
                    self.navigate(destination, ctx)?;
                }
            }
            AppAction::OpenLink { url } => {
                if !blocked && self.stack.root() != &Route::FirstRun {
                    self.open_link(&url, ctx, out)?;
                }
            }
            AppAction::Confirm => {
                if let Some(pending) = self.dialog.take() {
                    self.confirm(pending, ctx, out)?;
                }
            }
            AppAction::Cancel => self.dialog = None,
            AppAction::EditText { field, text } => self.edit_text(field, text),
            AppAction::EditTime { field, at } => self.edit_time(field, at),
            AppAction::FirstRun { action } => first_run::handle(self, action, ctx, out)?,
            AppAction::Today { action } => today::handle(self, action, ctx, out)?,
            AppAction::Log { action } => log::handle(self, action, ctx, out)?,
            AppAction::Triage { action } => triage::handle(action, ctx, out)?,
            AppAction::Timeline { action } => timeline::handle(self, action),
            AppAction::Sessions { action } => sessions::handle(self, action, ctx, out)?,
            AppAction::History { action } => history::handle(self, action, ctx)?,
            AppAction::Report { action } => report::handle(self, action, ctx, out)?,
            AppAction::Settings { action } => settings::handle(self, action, ctx, out)?,
            AppAction::Backup { action } => backup_flow::handle(self, action, ctx, out)?,
            AppAction::Notice { action } => notice::handle(self, action, ctx, out)?,
            AppAction::Resumed => {
                unsaved::forget(self, ctx)?;
                out.resync(Resync::Changed);
            }
            AppAction::BackgroundRefresh => out.resync(Resync::Changed),
            AppAction::Backgrounded => unsaved::keep(self, ctx)?,
            AppAction::PermissionsChecked {
                notifications,
                exact_alarms,
            } => self.permissions_checked(notifications, exact_alarms, ctx)?,
            AppAction::RemindersHeld { os_ids, limit } => {
                self.mirror.reported(os_ids, limit);
                out.resync(Resync::Changed);
            }
            AppAction::RemindersSynced => {
                let mut state = ctx.state.clone();
                state.last_sync = Some(ctx.now);
                ctx.journal.save_app_state(&state, ctx.now)?;
            }
            AppAction::NotificationPermission { granted } => {
                notice::permission_answered(self, granted, ctx, out)?
            }
            AppAction::FilePicked { purpose, path } => match purpose {
                FilePurpose::ClinicProtocol => settings::import_protocol(self, &path, ctx, out)?,
                FilePurpose::Backup => settings::restore(self, &path, ctx, out)?,
                FilePurpose::Photo => log::photo_picked(self, &path, ctx, out),
            },
            AppAction::FileNotPicked { .. } => {}
            AppAction::Launched { effect, outcome } => {
                launched(effect, outcome, self.dialed_emergency, ctx, out)
            }
        }
        Ok(())
    }

    /// Back: closes a dialog, steps back in a form, asks before dropping a draft, else leaves
    /// the screen.
    fn back(&mut self, ctx: &Ctx) -> Result<(), AppError> {
        if self.dialog.take().is_some() {
            return Ok(());
        }
        // Back leaves the backup or restore flow first; nothing is made or restored.
        if self
            .flow
            .as_ref()
            .is_some_and(|flow| &flow.on == self.stack.top())
        {
            self.flow = None;
            return Ok(());
        }
        match self.stack.top().clone() {
            Route::FirstRun => first_run::back(self),
            Route::Log if self.drafts.log.as_ref().is_some_and(log::Draft::dirty) => {
                self.dialog = Some(Pending::DiscardLog);
            }
            Route::Settings
                if self
                    .drafts
                    .settings
                    .as_ref()
                    .is_some_and(settings::Draft::dirty) =>
            {
                self.dialog = Some(Pending::DiscardSettings);
            }
            Route::Sessions if self.drafts.session_form.is_some() => {
                self.drafts.session_form = None;
            }
            Route::Notice { kind } => notice::leave(self, kind, ctx)?,
            _ => {
                self.stack.pop();
            }
        }
        Ok(())
    }

    /// Goes to a place of the navigation bar (or a new log entry, or the report).
    fn navigate(&mut self, destination: Destination, ctx: &Ctx) -> Result<(), AppError> {
        if destination == Destination::Log && self.stack.top() != &Route::Log {
            self.drafts.log = Some(log::Draft::new(None));
        }
        if destination == Destination::Settings && self.stack.top() != &Route::Settings {
            self.drafts.settings = Some(settings::Draft::load(ctx)?);
        }
        self.stack.navigate(destination);
        Ok(())
    }

    /// Follows a reminder's deep link; a link to a session that no longer exists still lands
    /// somewhere sensible and says so.
    fn open_link(&mut self, url: &str, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
        self.dialog = None;
        let Some(link) = route::parse_link(url) else {
            self.stack.navigate(Destination::Today);
            out.say(ctx.words.get("message-link-unknown"), Tone::Neutral);
            return Ok(());
        };
        let sessions = ctx.journal.sessions()?;
        let session = link
            .session
            .as_deref()
            .and_then(|key| route::session_by_key(&sessions, key))
            .map(|s| s.id);
        if link.session.is_some() && session.is_none() {
            out.say(ctx.words.get("message-link-gone"), Tone::Neutral);
        }
        let today = Route::Today { rule: None };
        match link.target {
            route::LinkTarget::Today => self.stack.reset(vec![Route::Today {
                rule: link.rule.filter(|_| session.is_some()),
            }]),
            route::LinkTarget::Log => {
                self.drafts.log = Some(log::Draft::new(session));
                self.stack.reset(vec![today, Route::Log]);
            }
            route::LinkTarget::Prepare => self.stack.reset(vec![
                today,
                Route::Timeline {
                    session_id: session,
                    preparation: true,
                },
            ]),
            route::LinkTarget::Book => {
                self.stack.reset(vec![today, Route::Sessions]);
                self.drafts.session_form = Some(sessions::FormDraft::book());
            }
        }
        Ok(())
    }

    /// Carries out a confirmed dialog.
    fn confirm(&mut self, pending: Pending, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
        match pending {
            Pending::DeleteSession { id } => sessions::delete(self, id, ctx, out),
            Pending::DeleteEntry { id } => history::delete_entry(self, id, ctx, out),
            Pending::DeleteContact { id, who } => history::delete_contact(id, who, ctx, out),
            Pending::DeleteCheckIn { id } => history::delete_check_in(id, ctx, out),
            Pending::DiscardLog => {
                self.drafts.log = None;
                self.stack.pop();
                Ok(())
            }
            Pending::DiscardSettings => {
                self.drafts.settings = None;
                self.stack.pop();
                Ok(())
            }
        }
    }

    /// A text input changed on the screen shown.
    fn edit_text(&mut self, field: Field, text: String) {
        if let Some(flow) = &mut self.flow
            && flow.edit_text(field, text.clone())
        {
            return;
        }
        match self.stack.top() {
            Route::FirstRun => self.drafts.first_run.edit_text(field, text),
            Route::Log => {
                if let Some(draft) = &mut self.drafts.log {
                    draft.edit_text(field, text);
                }
            }
            Route::Report => self.drafts.report.edit_text(field, text),
            Route::Settings => {
                if let Some(draft) = &mut self.drafts.settings {
                    draft.edit_text(field, text);
                }
            }
            _ => {}
        }
    }

    /// A date-and-time input changed on the screen shown.
    fn edit_time(&mut self, field: Field, at: DateTime<Utc>) {
        match self.stack.top() {
            Route::FirstRun => self.drafts.first_run.edit_time(field, at),
            Route::Log => {
                if let Some(draft) = &mut self.drafts.log {
                    draft.edit_time(field, at);
                }
            }
            Route::Sessions => {
                if let Some(form) = &mut self.drafts.session_form {
                    form.edit_time(field, at);
                }
            }
            _ => {}
        }
    }

    /// Records what the phone says about the permissions, and shows the exact-alarm notice
    /// once per denial.
    fn permissions_checked(
        &mut self,
        notifications: PermissionState,
        exact_alarms: PermissionState,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        let mut state = ctx.state.clone();
        state.notifications = notifications;
        state.exact_alarms = exact_alarms;
        if notifications == PermissionState::Granted {
            self.stack.remove_notice(NoticeKind::NotificationsDenied);
        }
        if exact_alarms != PermissionState::Denied {
            state.exact_alarms_notice_shown = false;
            self.stack.remove_notice(NoticeKind::ExactAlarmsDenied);
        } else if !state.exact_alarms_notice_shown
            && matches!(self.stack.root(), Route::Today { .. })
        {
            state.exact_alarms_notice_shown = true;
            self.stack.push(Route::Notice {
                kind: NoticeKind::ExactAlarmsDenied,
            });
        }
        if state != ctx.state {
            ctx.journal.save_app_state(&state, ctx.now)?;
        }
        Ok(())
    }

    /// Drops drafts whose screens are gone, and gives screens on the stack their drafts.
    fn prune_drafts(&mut self) {
        // The flow lives on the screen it was started on; leaving that screen ends it.
        if self
            .flow
            .as_ref()
            .is_some_and(|flow| !self.stack.contains(&flow.on))
        {
            self.flow = None;
        }
        if !self.stack.contains(&Route::Log) {
            self.drafts.log = None;
        } else if self.drafts.log.is_none() {
            self.drafts.log = Some(log::Draft::new(None));
        }
        if !self.stack.contains(&Route::Sessions) {
            self.drafts.session_form = None;
        }
        if !self.stack.contains(&Route::Settings) {
            self.drafts.settings = None;
        }
        if self.stack.root() != &Route::FirstRun {
            self.drafts.first_run = first_run::Draft::default();
        }
    }

    /// The screen for the route on top.
    fn build(&self, ctx: &Ctx) -> Result<Screen, AppError> {
        let top = self.stack.top().clone();
        let (title, body) = match &top {
            Route::FirstRun => first_run::build(self, ctx)?,
            Route::Today { rule } => today::build(self, ctx, rule.as_deref())?,
            Route::Log => log::build(self, ctx)?,
            Route::Triage { session_id } => triage::build(ctx, *session_id)?,
            Route::Timeline {
                session_id,
                preparation,
            } => timeline::build(ctx, *session_id, *preparation)?,
            Route::Sessions => sessions::build(self, ctx)?,
            Route::History { session_id, pages } => history::build(ctx, *session_id, *pages)?,
            Route::Report => report::build(self, ctx)?,
            Route::Settings => settings::build(self, ctx)?,
            Route::Notice { kind } => {
                let details = match kind {
                    NoticeKind::FilesSetAside => self.set_aside.clone(),
                    _ => ctx.state.damage_moved_to.clone(),
                };
                notice::build(*kind, details, &ctx.words)
            }
        };
        Ok(Screen {
            locale: ctx.locale(),
            title,
            up: self.up(&ctx.words),
            navigation: self.navigation(&ctx.words),
            body,
            dialog: self.dialog.map(|p| confirmation(p, ctx)),
        })
    }

    /// The notice on top when no journal is open.
    fn notice_screen(&self, words: &Words) -> Screen {
        let kind = match self.stack.top() {
            Route::Notice { kind } => *kind,
            _ => NoticeKind::CannotOpen,
        };
        let (title, body) = notice::build(kind, Vec::new(), words);
        Screen {
            locale: words.locale(),
            title,
            up: None,
            navigation: Vec::new(),
            body,
            dialog: None,
        }
    }

    /// The screen when reading the journal failed: its error state.
    fn error_screen(&self, err: &AppError, words: &Words) -> Screen {
        let kind = match err {
            AppError::Journal(JournalError::Corrupted) => NoticeKind::DamagedInUse,
            AppError::Journal(
                err @ (JournalError::WrongKey
                | JournalError::NoKey
                | JournalError::NewerSchema { .. }),
            ) => opening::blocker(err),
            _ => NoticeKind::CannotRead,
        };
        let (title, body) = notice::build(kind, Vec::new(), words);
        Screen {
            locale: words.locale(),
            title,
            up: self.up(words),
            navigation: Vec::new(),
            body,
            dialog: None,
        }
    }

    /// The back arrow, naming where it leads.
    fn up(&self, words: &Words) -> Option<Command> {
        let below = match self.stack.top() {
            Route::FirstRun => return first_run::up(&self.drafts.first_run, words),
            Route::Notice { kind } if kind.blocking() => return None,
            _ => self.stack.below()?,
        };
        let label = words.get("command-back");
        let target = route_title(below, words);
        Some(
            Command::new(label, AppAction::Back, CommandStyle::Quiet).described(words.arg(
                "command-back-to",
                "screen",
                target,
            )),
        )
    }

    /// The navigation bar, on the main places only.
    fn navigation(&self, words: &Words) -> Vec<NavItem> {
        let top = self.stack.top();
        if !top.shows_navigation() {
            return Vec::new();
        }
        let current = top.destination();
        [
            Destination::Today,
            Destination::Timeline,
            Destination::History,
            Destination::Sessions,
            Destination::Settings,
        ]
        .into_iter()
        .map(|destination| {
            let label = words.get(&format!("nav-{}", destination_code(destination)));
            let selected = current == Some(destination);
            NavItem {
                destination,
                accessibility_label: if selected {
                    words.arg("nav-selected", "place", label.clone())
                } else {
                    label.clone()
                },
                label,
                selected,
                action: AppAction::Navigate { destination },
            }
        })
        .collect()
    }
}

/// The stable code of a place, used in text keys.
fn destination_code(destination: Destination) -> &'static str {
    match destination {
        Destination::Today => "today",
        Destination::Log => "log",
        Destination::Timeline => "timeline",
        Destination::Sessions => "sessions",
        Destination::History => "history",
        Destination::Report => "report",
        Destination::Settings => "settings",
    }
}

/// A route's name, as the back arrow says where it leads.
fn route_title(route: &Route, words: &Words) -> String {
    match route {
        Route::FirstRun => words.get("title-first-run"),
        Route::Triage { .. } => words.get("title-triage"),
        Route::Notice { .. } => words.get("title-notice"),
        other => words.get(&format!(
            "title-{}",
            destination_code(other.destination().unwrap_or(Destination::Today))
        )),
    }
}

/// The dialog of a pending confirmation.
fn confirmation(pending: Pending, ctx: &Ctx) -> Confirmation {
    let words = &match pending {
        Pending::DeleteContact { who, .. } => ctx.words.with_who(who),
        _ => ctx.words,
    };
    let (key, destructive) = match pending {
        Pending::DeleteSession { .. } => ("confirm-delete-session", true),
        Pending::DeleteEntry { .. } => ("confirm-delete-entry", true),
        Pending::DeleteContact { .. } => ("confirm-delete-contact", true),
        Pending::DeleteCheckIn { .. } => ("confirm-delete-check-in", true),
        Pending::DiscardLog => ("confirm-discard-log", true),
        Pending::DiscardSettings => ("confirm-discard-settings", true),
    };
    let body = match pending {
        Pending::DeleteSession { id } => sessions::delete_warning(id, ctx),
        _ => words.attr(key, "body").unwrap_or_default(),
    };
    let confirm_label = words
        .attr(key, "confirm")
        .unwrap_or_else(|| words.get("command-ok"));
    Confirmation {
        title: words.get(key),
        body,
        confirm: Command::new(
            confirm_label,
            AppAction::Confirm,
            if destructive {
                CommandStyle::Destructive
            } else {
                CommandStyle::Primary
            },
        ),
        cancel: Command::new(
            words.get("command-cancel"),
            AppAction::Cancel,
            CommandStyle::Secondary,
        ),
    }
}

/// What became of an effect that opens something: a message when it could not.
fn launched(
    effect: EffectKind,
    outcome: LaunchOutcome,
    dialed_emergency: bool,
    ctx: &Ctx,
    out: &mut Out,
) {
    let key = match (effect, outcome) {
        (_, LaunchOutcome::Done) => return,
        (EffectKind::ScheduleRefresh, _) => "message-refresh-failed",
        (EffectKind::Dial, LaunchOutcome::NoApp) => "message-no-dialer",
        (EffectKind::Email, LaunchOutcome::NoApp) => "message-no-mail",
        (EffectKind::ShareFile, LaunchOutcome::NoApp) => "message-no-share",
        (EffectKind::OpenSystemSettings, _) => "message-no-settings",
        _ => "message-launch-failed",
    };
    let mut text = ctx.words.get(key);
    if effect == EffectKind::Dial && dialed_emergency {
        // Someone else's phone can still make the call.
        text = ctx.words.arg(
            "message-no-dialer-emergency",
            "number",
            ctx.region.emergency_number(),
        );
    } else if effect == EffectKind::Dial
        && let Ok(clinic) = ctx.journal.clinic()
        && !clinic.phone.is_empty()
    {
        // Without a dialer the patient can still read the number out.
        text = ctx
            .words
            .arg("message-no-dialer-number", "phone", clinic.phone);
    }
    out.say(text, Tone::Problem);
}
