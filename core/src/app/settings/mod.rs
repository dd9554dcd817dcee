//! Screen 9, settings: wake and check-in times, quiet hours, reminder kinds, the lock-screen
//! text, language, time zone, the clinic's contact, clinic protocols, backup and restore.

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::action::AppAction;
use super::effect::{Effect, FilePurpose, SystemPage};
use super::field::{self, Field, Input, Problem, Problems, one_line};
use super::model::{
    Choice, Command, CommandStyle, InputKind, Item, ListSection, ScreenBody, TextInput,
    ToggleInput, Tone,
};
use super::route::{Route, Stack};
use super::words::Words;
use super::zone_picker;
use super::{After, App, AppError, Ctx, Drafts, Out, Resync};
use crate::journal::{ClinicContact, Journal, JournalError, PermissionState};
use crate::local_time::parse_zone;
use crate::reminder::Category;
use crate::session::DayTimes;
use crate::settings::{PatientSettings, QuietHours};
use crate::text::Locale;

/// The longest clinic name, in characters (as the journal keeps it).
const MAX_CLINIC_NAME: usize = 120;
/// The largest protocol file read, in bytes.
const MAX_PROTOCOL_BYTES: u64 = 1 << 20;

/// What the patient can do on settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum SettingsAction {
    /// Quiet hours on or off.
    SetQuietHours {
        /// On.
        on: bool,
    },
    /// A kind of reminder on or off.
    SetCategory {
        /// Which.
        category: Category,
        /// On.
        on: bool,
    },
    /// Only discreet text on a locked screen, or the full text.
    SetDiscreet {
        /// Discreet.
        on: bool,
    },
    /// The app's language.
    ChooseLanguage {
        /// Which.
        locale: Locale,
    },
    /// Times follow the phone's zone.
    FollowPhoneZone,
    /// Times stay in a fixed zone.
    ChooseOtherZone,
    /// The fixed zone: a place from the picker.
    ChooseZone {
        /// Its IANA id.
        id: String,
    },
    /// Save the changes.
    Save,
    /// Import a clinic protocol file.
    ImportProtocol,
    /// Make a backup for a new phone: starts the flow (how to lock it, then the code or the
    /// passphrase), which writes it and shares it.
    Backup,
    /// Pick a backup to restore (only into an empty journal).
    Restore,
    /// Open the phone's notification settings for the app.
    OpenNotificationSettings,
    /// Android: open the exact-alarm setting.
    OpenExactAlarmSettings,
    /// Ask for the notification permission (never asked yet).
    AllowReminders,
}

/// Settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SettingsScreen {
    /// "Reminders".
    pub reminders_heading: String,
    /// Wake time (morning reminders).
    pub wake: TextInput,
    /// Evening check-in time.
    pub check_in: TextInput,
    /// Quiet hours on or off.
    pub quiet_hours: ToggleInput,
    /// Quiet hours start (when on).
    pub quiet_start: Option<TextInput>,
    /// Quiet hours end (when on).
    pub quiet_end: Option<TextInput>,
    /// The kinds of reminders, each on or off.
    pub categories: Vec<ToggleInput>,
    /// Discreet text on a locked screen.
    pub lock_screen: ToggleInput,
    /// "Language and time zone".
    pub language_heading: String,
    /// English, Español.
    pub languages: Vec<Choice>,
    /// Follow the phone's zone, or a fixed one.
    pub zone_choices: Vec<Choice>,
    /// The search for the fixed zone's place (when a fixed zone is wanted).
    pub zone: Option<TextInput>,
    /// The places to choose from: the one chosen (selected), then what matches the search,
    /// each read as "Madrid (UTC+1)".
    pub zone_matches: Vec<Choice>,
    /// "Your clinic".
    pub clinic_heading: String,
    /// Name, phone, e-mail.
    pub clinic: Vec<TextInput>,
    /// Save the changes above (enabled when something changed).
    pub save: Command,
    /// Why saving was refused, if it was.
    pub error: Option<String>,
    /// "Notifications".
    pub notifications_heading: String,
    /// Whether notifications are on, and what to do about it.
    pub notifications: Item,
    /// Android: whether reminders come on the minute.
    pub exact_alarms: Option<Item>,
    /// When reminders were last handed to the phone.
    pub last_sync: Option<String>,
    /// The protocols: built-in and from the clinic.
    pub protocols: ListSection,
    /// Import the clinic's protocol file.
    pub import_protocol: Command,
    /// "Backup".
    pub backup_heading: String,
    /// What a backup is for, and that its code (or passphrase) is the only way in.
    pub backup_note: String,
    /// Make a backup for a new phone (starts the flow).
    pub backup: Command,
    /// Restore a backup (enabled only while the journal is empty).
    pub restore: Command,
    /// Why restore is not available now, if it is not.
    pub restore_note: Option<String>,
    /// The backup or restore flow, when one is under way: drawn instead of the settings above,
    /// with the patient's whole attention.
    pub backup_flow: Option<super::backup_flow::BackupFlow>,
}

/// The values of the form.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Values {
    wake: String,
    check_in: String,
    quiet_on: bool,
    quiet_start: String,
    quiet_end: String,
    locale: Locale,
    categories: BTreeSet<Category>,
    discreet: bool,
    follow_phone: bool,
    zone: String,
    clinic: ClinicContact,
}

/// The settings form: values as edited and as saved.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Draft {
    values: Values,
    saved: Values,
    problems: Problems,
    /// What was typed to find the fixed zone's place (not a setting: searching changes nothing).
    #[serde(default)]
    zone_search: String,
}

fn hhmm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

impl Draft {
    /// The form as saved now.
    pub(crate) fn load(ctx: &Ctx) -> Result<Draft, AppError> {
        let s = &ctx.settings;
        let default_quiet = PatientSettings::default().quiet_hours;
        let quiet = s.quiet_hours.or(default_quiet);
        let values = Values {
            wake: hhmm(s.day_times.morning),
            check_in: hhmm(s.day_times.evening),
            quiet_on: s.quiet_hours.is_some(),
            quiet_start: quiet.map(|q| hhmm(q.start())).unwrap_or_default(),
            quiet_end: quiet.map(|q| hhmm(q.end())).unwrap_or_default(),
            locale: ctx.locale(),
            categories: s.categories.clone(),
            discreet: ctx.state.discreet_lock_screen,
            follow_phone: ctx.state.zone_follows_phone,
            zone: ctx.saved_zone.unwrap_or(ctx.phone_zone).name().to_string(),
            clinic: ctx.journal.clinic()?,
        };
        Ok(Draft {
            saved: values.clone(),
            values,
            problems: Problems::default(),
            zone_search: String::new(),
        })
    }

    /// Whether something was changed and not saved.
    pub(crate) fn dirty(&self) -> bool {
        self.values != self.saved
    }

    /// A text input changed.
    pub(crate) fn edit_text(&mut self, field: Field, text: String) {
        let v = &mut self.values;
        match field {
            Field::WakeTime => v.wake = text,
            Field::CheckInTime => v.check_in = text,
            Field::QuietStart => v.quiet_start = text,
            Field::QuietEnd => v.quiet_end = text,
            Field::Zone => self.zone_search = text,
            Field::ClinicName => v.clinic.name = text,
            Field::ClinicPhone => v.clinic.phone = text,
            Field::ClinicEmail => v.clinic.email = text,
            _ => return,
        }
        self.problems.clear(field);
        if field == Field::QuietStart {
            self.problems.clear(Field::QuietEnd);
        }
    }
}

/// The clinic's contact trimmed, and the fields that do not fit.
pub(crate) fn check_clinic(contact: &ClinicContact) -> (ClinicContact, Problems) {
    let mut problems = Problems::default();
    if let Err(problem) = one_line(contact.name.trim(), MAX_CLINIC_NAME) {
        problems.add(Field::ClinicName, problem);
    }
    let checked = ClinicContact {
        name: contact.name.trim().to_string(),
        phone: contact.phone.trim().to_string(),
        email: contact.email.trim().to_string(),
    };
    // The journal is the judge of phone and e-mail; check each alone to report both.
    for (field, only) in [
        (
            Field::ClinicPhone,
            ClinicContact {
                phone: checked.phone.clone(),
                ..ClinicContact::default()
            },
        ),
        (
            Field::ClinicEmail,
            ClinicContact {
                email: checked.email.clone(),
                ..ClinicContact::default()
            },
        ),
    ] {
        if only.checked().is_err() {
            problems.add(
                field,
                if field == Field::ClinicPhone {
                    Problem::Phone
                } else {
                    Problem::Email
                },
            );
        }
    }
    (checked, problems)
}

/// The clinic's name, phone and e-mail inputs.
pub(crate) fn clinic_inputs(
    contact: &ClinicContact,
    words: &Words,
    problems: &Problems,
) -> Vec<TextInput> {
    [
        (
            Field::ClinicName,
            "input-clinic-name",
            &contact.name,
            InputKind::Text,
            120,
        ),
        (
            Field::ClinicPhone,
            "input-clinic-phone",
            &contact.phone,
            InputKind::Phone,
            32,
        ),
        (
            Field::ClinicEmail,
            "input-clinic-email",
            &contact.email,
            InputKind::Email,
            254,
        ),
    ]
    .into_iter()
    .map(|(field, label, value, kind, max)| {
        Input {
            field,
            label,
            value,
            kind,
            required: false,
            max_chars: Some(max),
        }
        .model(words, problems)
    })
    .collect()
}

fn settings(action: SettingsAction) -> AppAction {
    AppAction::Settings { action }
}

fn clock_input(
    field: Field,
    label: &str,
    value: &str,
    words: &Words,
    problems: &Problems,
) -> TextInput {
    Input {
        field,
        label,
        value,
        kind: InputKind::Clock,
        required: true,
        max_chars: Some(5),
    }
    .model(words, problems)
}

/// The title and model.
pub(super) fn build(app: &App, ctx: &Ctx) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let loaded;
    let draft = match &app.drafts.settings {
        Some(draft) => draft,
        None => {
            loaded = Draft::load(ctx)?;
            &loaded
        }
    };
    let v = &draft.values;
    let p = &draft.problems;
    let categories = Category::ALL
        .into_iter()
        .map(|category| {
            let on = v.categories.contains(&category);
            ToggleInput::new(
                words.get(&format!("settings-category-{}", category.code())),
                words.attr(&format!("settings-category-{}", category.code()), "detail"),
                on,
                settings(SettingsAction::SetCategory { category, on: !on }),
                words,
            )
        })
        .collect();
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            // Each language is named in itself, so it can be found whatever is shown now.
            let name = crate::text::Texts::new(locale).get("language-name", None);
            Choice::new(
                name,
                None,
                v.locale == locale,
                settings(SettingsAction::ChooseLanguage { locale }),
            )
        })
        .collect();
    let fixed = parse_zone(&v.zone)
        .ok()
        .map(|zone| zone_picker::label(zone, words, ctx.now));
    let zone_choices = vec![
        Choice::new(
            words.get("first-run-zone-follow"),
            Some(zone_picker::label(ctx.phone_zone, words, ctx.now)),
            v.follow_phone,
            settings(SettingsAction::FollowPhoneZone),
        ),
        Choice::new(
            words.get("first-run-zone-other"),
            fixed,
            !v.follow_phone,
            settings(SettingsAction::ChooseOtherZone),
        ),
    ];
    let (zone, zone_matches) = if v.follow_phone {
        (None, Vec::new())
    } else {
        let (search, matches) =
            zone_picker::picker(&v.zone, &draft.zone_search, words, ctx.now, p, |id| {
                settings(SettingsAction::ChooseZone { id })
            });
        (Some(search), matches)
    };
    let notifications = {
        let (key, command) = match ctx.state.notifications {
            PermissionState::Granted | PermissionState::NotNeeded => {
                ("settings-notifications-on", None)
            }
            PermissionState::Denied => (
                "settings-notifications-off",
                Some(Command::new(
                    words.get("command-open-notification-settings"),
                    settings(SettingsAction::OpenNotificationSettings),
                    CommandStyle::Secondary,
                )),
            ),
            PermissionState::Unknown => (
                "settings-notifications-unknown",
                Some(Command::new(
                    words.get("command-allow-reminders"),
                    settings(SettingsAction::AllowReminders),
                    CommandStyle::Secondary,
                )),
            ),
        };
        let mut item = Item::plain(words.get(key), words.attr(key, "detail"));
        item.commands.extend(command);
        item
    };
    let exact_alarms = match ctx.state.exact_alarms {
        PermissionState::Denied => {
            let mut item = Item::plain(
                words.get("settings-exact-alarms-off"),
                words.attr("settings-exact-alarms-off", "detail"),
            );
            item.commands.push(Command::new(
                words.get("command-open-alarm-settings"),
                settings(SettingsAction::OpenExactAlarmSettings),
                CommandStyle::Secondary,
            ));
            Some(item)
        }
        PermissionState::Granted => Some(Item::plain(words.get("settings-exact-alarms-on"), None)),
        _ => None,
    };
    let locale = ctx.locale();
    let protocols = ListSection {
        title: words.get("settings-protocols"),
        items: ctx
            .journal
            .catalog()
            .latest()
            .iter()
            .map(|p| {
                let detail = if p.builtin {
                    words.get("protocol-builtin")
                } else {
                    words.arg("protocol-from-clinic", "version", p.version)
                };
                Item::plain(p.display_name(locale), Some(detail))
            })
            .collect(),
        empty: None,
    };
    let empty_journal = ctx.journal.sessions()?.is_empty();
    let dirty = draft.dirty();
    let mut save = Command::new(
        words.get("command-save"),
        settings(SettingsAction::Save),
        CommandStyle::Primary,
    );
    save.enabled = dirty;
    let mut restore = Command::new(
        words.get("command-restore-backup"),
        settings(SettingsAction::Restore),
        CommandStyle::Secondary,
    );
    restore.enabled = empty_journal;
    let model = SettingsScreen {
        reminders_heading: words.get("settings-reminders"),
        wake: clock_input(Field::WakeTime, "input-wake", &v.wake, words, p),
        check_in: clock_input(Field::CheckInTime, "input-check-in", &v.check_in, words, p),
        quiet_hours: ToggleInput::new(
            words.get("settings-quiet-hours"),
            words.attr("settings-quiet-hours", "detail"),
            v.quiet_on,
            settings(SettingsAction::SetQuietHours { on: !v.quiet_on }),
            words,
        ),
        quiet_start: v.quiet_on.then(|| {
            clock_input(
                Field::QuietStart,
                "input-quiet-start",
                &v.quiet_start,
                words,
                p,
            )
        }),
        quiet_end: v
            .quiet_on
            .then(|| clock_input(Field::QuietEnd, "input-quiet-end", &v.quiet_end, words, p)),
        categories,
        lock_screen: ToggleInput::new(
            words.get("settings-discreet"),
            words.attr("settings-discreet", "detail"),
            v.discreet,
            settings(SettingsAction::SetDiscreet { on: !v.discreet }),
            words,
        ),
        language_heading: words.get("settings-language"),
        languages,
        zone_choices,
        zone,
        zone_matches,
        clinic_heading: words.get("settings-clinic"),
        clinic: clinic_inputs(&v.clinic, words, p),
        save,
        error: (!p.is_empty()).then(|| words.get("form-error")),
        notifications_heading: words.get("settings-notifications"),
        notifications,
        exact_alarms,
        last_sync: ctx
            .state
            .last_sync
            .map(|at| words.arg("settings-last-sync", "when", words.stamp(at))),
        protocols,
        import_protocol: Command::new(
            words.get("command-import-protocol"),
            settings(SettingsAction::ImportProtocol),
            CommandStyle::Secondary,
        ),
        backup_heading: words.get("settings-backup"),
        backup_note: words.get("settings-backup-note"),
        backup: Command::new(
            words.get("command-backup"),
            settings(SettingsAction::Backup),
            CommandStyle::Secondary,
        ),
        restore,
        restore_note: (!empty_journal).then(|| words.get("settings-restore-needs-empty")),
        backup_flow: app
            .flow
            .as_ref()
            .filter(|flow| flow.on == Route::Settings)
            .map(|flow| flow.model(words)),
    };
    Ok((words.get("title-settings"), ScreenBody::Settings { model }))
}

/// Handles a settings action.
pub(super) fn handle(
    app: &mut App,
    action: SettingsAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let system = |page| Effect::OpenSystemSettings { page };
    match action {
        SettingsAction::ImportProtocol => out.effects.push(Effect::PickFile {
            purpose: FilePurpose::ClinicProtocol,
            media_types: FilePurpose::ClinicProtocol.media_types(),
        }),
        SettingsAction::Backup => {
            app.flow = Some(super::backup_flow::Flow::backup(Route::Settings));
        }
        SettingsAction::Restore => {
            if ctx.journal.sessions()?.is_empty() {
                out.effects.push(Effect::PickFile {
                    purpose: FilePurpose::Backup,
                    media_types: FilePurpose::Backup.media_types(),
                });
            } else {
                out.say(ctx.words.get("message-restore-needs-empty"), Tone::Problem);
            }
        }
        SettingsAction::OpenNotificationSettings => {
            out.effects.push(system(SystemPage::Notifications))
        }
        SettingsAction::OpenExactAlarmSettings => out.effects.push(system(SystemPage::ExactAlarms)),
        SettingsAction::AllowReminders => out.effects.push(Effect::RequestNotificationPermission),
        form_action => {
            if app.stack.top() != &Route::Settings {
                return Ok(());
            }
            if app.drafts.settings.is_none() {
                app.drafts.settings = Some(Draft::load(ctx)?);
            }
            if form_action == SettingsAction::Save {
                return save(app, ctx, out);
            }
            let Some(draft) = app.drafts.settings.as_mut() else {
                return Ok(());
            };
            let v = &mut draft.values;
            match form_action {
                SettingsAction::SetQuietHours { on } => {
                    v.quiet_on = on;
                    draft.problems.clear(Field::QuietStart);
                    draft.problems.clear(Field::QuietEnd);
                }
                SettingsAction::SetCategory { category, on } => {
                    if on {
                        v.categories.insert(category);
                    } else {
                        v.categories.remove(&category);
                    }
                }
                SettingsAction::SetDiscreet { on } => v.discreet = on,
                SettingsAction::ChooseLanguage { locale } => v.locale = locale,
                SettingsAction::FollowPhoneZone => {
                    v.follow_phone = true;
                    draft.problems.clear(Field::Zone);
                }
                SettingsAction::ChooseOtherZone => v.follow_phone = false,
                SettingsAction::ChooseZone { id } if parse_zone(&id).is_ok() => {
                    v.zone = id;
                    draft.zone_search.clear();
                    draft.problems.clear(Field::Zone);
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Checks and saves the form.
fn save(app: &mut App, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let Some(draft) = app.drafts.settings.as_mut() else {
        return Ok(());
    };
    let v = draft.values.clone();
    let mut problems = Problems::default();
    let mut read = |field: Field, text: &str| match field::clock(text) {
        Ok(time) => Some(time),
        Err(problem) => {
            problems.add(field, problem);
            None
        }
    };
    let wake = read(Field::WakeTime, &v.wake);
    let check_in = read(Field::CheckInTime, &v.check_in);
    let quiet = if v.quiet_on {
        let start = read(Field::QuietStart, &v.quiet_start);
        let end = read(Field::QuietEnd, &v.quiet_end);
        match (start, end) {
            (Some(start), Some(end)) => match QuietHours::new(start, end) {
                Ok(quiet) => Some(quiet),
                Err(_) => {
                    problems.add(Field::QuietEnd, Problem::QuietHoursEmpty);
                    None
                }
            },
            _ => None,
        }
    } else {
        None
    };
    let zone: Option<Tz> = if v.follow_phone {
        Some(ctx.phone_zone)
    } else if v.zone.trim().is_empty() {
        problems.add(Field::Zone, Problem::UnknownZone);
        None
    } else {
        match parse_zone(&v.zone) {
            Ok(zone) => Some(zone),
            Err(_) => {
                problems.add(Field::Zone, Problem::UnknownZone);
                None
            }
        }
    };
    let (clinic, clinic_problems) = check_clinic(&v.clinic);
    for field in [Field::ClinicName, Field::ClinicPhone, Field::ClinicEmail] {
        if let Some(problem) = clinic_problems.get(field) {
            problems.add(field, problem);
        }
    }
    let (Some(morning), Some(evening), Some(zone), true) =
        (wake, check_in, zone, problems.is_empty())
    else {
        draft.problems = problems;
        return Ok(());
    };
    let patient = PatientSettings {
        day_times: DayTimes { morning, evening },
        quiet_hours: quiet,
        categories: v.categories.clone(),
        locale: v.locale,
    };
    ctx.journal.save_settings(&patient, zone)?;
    ctx.journal.save_clinic(&clinic, ctx.now)?;
    let mut state = ctx.state.clone();
    state.discreet_lock_screen = v.discreet;
    state.zone_follows_phone = v.follow_phone;
    ctx.journal.save_app_state(&state, ctx.now)?;
    out.resync(
        if state.discreet_lock_screen != ctx.state.discreet_lock_screen {
            Resync::Everything
        } else {
            Resync::Changed
        },
    );
    // Saved: the form now shows what is stored (trimmed), in the language just chosen.
    let words = Words::new(v.locale, if v.follow_phone { ctx.phone_zone } else { zone });
    let mut values = v;
    values.clinic = clinic;
    draft.saved = values.clone();
    draft.values = values;
    draft.problems = Problems::default();
    out.say(words.get("message-settings-saved"), Tone::Neutral);
    Ok(())
}

/// A file name with the kind and the local date and time, never health data.
pub(crate) fn file_name(kind: &str, now: DateTime<Utc>, zone: Tz, extension: &str) -> String {
    format!(
        "aftercare-{kind}-{}.{extension}",
        now.with_timezone(&zone).format("%Y%m%d-%H%M")
    )
}

/// Imports a picked clinic protocol file; on the first run it becomes the chosen treatment.
pub(crate) fn import_protocol(
    app: &mut App,
    path: &str,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let words = &ctx.words;
    let json = match read_small(path) {
        Some(json) => json,
        None => {
            out.say(words.get("message-file-unreadable"), Tone::Problem);
            return Ok(());
        }
    };
    match ctx.journal.import_protocol(&json, ctx.now) {
        Ok(reference) => {
            let catalog = ctx.journal.catalog();
            let name = catalog
                .get(&reference.id, Some(reference.version))
                .map(|p| p.display_name(ctx.locale()))
                .unwrap_or_else(|| reference.id.clone());
            if app.stack.root() == &Route::FirstRun {
                app.drafts.first_run.choose_protocol(reference.id);
            }
            out.say(
                words.arg("message-protocol-imported", "name", name),
                Tone::Neutral,
            );
        }
        Err(JournalError::InvalidInput { field, .. }) => {
            // The place in the file helps the clinic fix it; the patient gets the gist.
            out.say(
                words.arg("message-protocol-invalid", "place", field),
                Tone::Problem,
            );
        }
        Err(other) => return Err(other.into()),
    }
    Ok(())
}

/// A text file of at most [`MAX_PROTOCOL_BYTES`], or `None`.
fn read_small(path: &str) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_PROTOCOL_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    String::from_utf8(bytes).ok()
}

/// A picked backup: what it says about itself is read now (never health data). One locked
/// with a recovery code or passphrase asks for it first (the flow's unlock step); any other is
/// restored once the journal is closed (see [`restore_now`]).
pub(crate) fn restore(app: &mut App, path: &str, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    if !ctx.journal.sessions()?.is_empty() {
        out.say(ctx.words.get("message-restore-needs-empty"), Tone::Problem);
        return Ok(());
    }
    let backup = PathBuf::from(path);
    let info = match Journal::inspect_backup(&backup) {
        Ok(info) => info,
        Err(err) => {
            out.say(ctx.words.get(restore_problem(&err)), Tone::Problem);
            return Ok(());
        }
    };
    if info.lock.needs_secret() {
        // Drawn on the first run while it is the home, else on Settings.
        let on = if app.stack.root() == &Route::FirstRun {
            Route::FirstRun
        } else {
            if app.stack.top() != &Route::Settings {
                app.stack
                    .remove_notice(super::notice::NoticeKind::JournalRecovered);
                app.stack.push(Route::Settings);
            }
            Route::Settings
        };
        app.flow = Some(super::backup_flow::Flow::unlock(on, backup, info));
        return Ok(());
    }
    app.after = Some(After::Restore {
        backup,
        secret: None,
    });
    Ok(())
}

/// The message for a restore that did not happen.
fn restore_problem(err: &JournalError) -> &'static str {
    match err {
        JournalError::InvalidBackup => "message-restore-invalid",
        JournalError::WrongKey | JournalError::NoKey => "message-restore-wrong-key",
        JournalError::NewerBackup { .. }
        | JournalError::NewerSchema { .. }
        | JournalError::NewerBackupFormat { .. } => "message-restore-newer",
        JournalError::RestoreOverData => "message-restore-needs-empty",
        JournalError::InUse => "message-restore-in-use",
        JournalError::DiskFull => "message-disk-full",
        JournalError::WrongPassphrase => "message-restore-wrong-secret",
        _ => "message-restore-failed",
    }
}

/// Restores a backup into the (empty) journal's place: the app lets go of the journal first,
/// because a restore moves files only once nothing has them open.
pub(crate) fn restore_now(
    app: &mut App,
    backup: PathBuf,
    secret: Option<crate::journal::Passphrase>,
    now: DateTime<Utc>,
    phone_zone: Tz,
    out: &mut Out,
) {
    let device = Words::new(app.config.device_locale, phone_zone);
    if let Some(journal) = app.journal.take() {
        // The phone still holds what the old journal scheduled.
        let _ = app.mirror.keep_held(&journal);
    }
    app.dialog = None;
    app.drafts = Drafts::default();
    let key = app.config.key.as_ref();
    let restored = match &secret {
        Some(secret) => Journal::restore_locked(&backup, &app.config.path, key, secret, now),
        None => Journal::restore(&backup, &app.config.path, key, now),
    };
    match restored {
        Ok((journal, _)) => {
            app.flow = None;
            let journal = Arc::new(journal);
            let restored = (|| -> Result<usize, JournalError> {
                let mut state = journal.app_state()?;
                let sessions = journal.sessions()?.len();
                // What the old phone remembered about its own permissions and notices does not
                // hold here; the shell reports this phone's answers.
                state.damage_moved_to.clear();
                state.first_run_done = state.first_run_done || sessions > 0;
                state.notifications = PermissionState::Unknown;
                state.exact_alarms = PermissionState::Unknown;
                state.exact_alarms_notice_shown = false;
                journal.save_app_state(&state, now)?;
                Ok(sessions)
            })();
            let home = match restored {
                Ok(0) => Route::FirstRun,
                _ => Route::Today { rule: None },
            };
            app.journal = Some(journal);
            app.stack = Stack::new(home);
            let words = app
                .journal
                .clone()
                .and_then(|j| super::Ctx::load(j, now, phone_zone, &app.config).ok())
                .map(|ctx| ctx.words)
                .unwrap_or(device);
            out.say(words.get("message-restored"), Tone::Neutral);
            out.resync(Resync::Changed);
        }
        Err(err) => {
            // Whatever is in the journal's place now (untouched, or a new empty one) opens again.
            app.reopen(now);
            match (&err, app.flow.as_mut()) {
                // A wrong code or passphrase: back on the unlock step to try again; nothing
                // was changed.
                (JournalError::WrongPassphrase, Some(flow)) => {
                    flow.wrong_secret();
                    let on = flow.on.clone();
                    if !app.stack.contains(&on) {
                        app.stack.push(on);
                    }
                }
                _ => {
                    app.flow = None;
                    out.say(device.get(restore_problem(&err)), Tone::Problem);
                }
            }
        }
    }
}
