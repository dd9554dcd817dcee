//! The parts every screen model is built from: commands, choices, inputs, items, sections,
//! dialogs, banners, messages and the semantic tones, all carrying their own words.

use chrono::{DateTime, Utc};

use super::action::{AppAction, Destination};
use super::field::Field;
use super::first_run::FirstRunScreen;
use super::history::HistoryScreen;
use super::log::LogScreen;
use super::notice::NoticeScreen;
use super::report::ReportScreen;
use super::sessions::SessionsScreen;
use super::settings::SettingsScreen;
use super::severity::SeverityBand;
use super::timeline::TimelineScreen;
use super::today::TodayScreen;
use super::triage::TriageScreen;
use crate::text::Locale;
use crate::triage::TriageLevel;

/// How much attention something needs: a semantic token the shell maps to its theme, never a
/// colour. Whatever carries a tone also carries words saying the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Tone {
    /// Plain information.
    Neutral,
    /// Fits normal healing; all is well.
    Normal,
    /// Keep an eye on it.
    Watch,
    /// Contact the provider soon.
    ContactProvider,
    /// Contact the provider now, or call emergency services now (the words say which).
    Urgent,
    /// Something went wrong (a refused value, a failed action); not about health.
    Problem,
}

impl From<TriageLevel> for Tone {
    fn from(level: TriageLevel) -> Tone {
        match level {
            TriageLevel::Normal => Tone::Normal,
            TriageLevel::Watch => Tone::Watch,
            TriageLevel::ContactProvider => Tone::ContactProvider,
            // The strongest token: the words and the call action say it is an emergency.
            TriageLevel::Urgent | TriageLevel::Emergency => Tone::Urgent,
        }
    }
}

/// How prominent a command is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum CommandStyle {
    /// The one main thing to do on a screen.
    Primary,
    /// Another thing to do.
    Secondary,
    /// Deletes or discards something (always behind a confirmation).
    Destructive,
    /// A low-key link-like command.
    Quiet,
}

/// A button: its words, what it does and how prominent it is.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Command {
    /// The visible label.
    pub label: String,
    /// What a screen reader says (fuller than the label when the label alone is ambiguous).
    pub accessibility_label: String,
    /// What to dispatch when it is pressed.
    pub action: AppAction,
    /// How prominent it is.
    pub style: CommandStyle,
    /// Whether it can be pressed now.
    pub enabled: bool,
}

impl Command {
    /// An enabled command whose accessibility label is its label.
    pub(crate) fn new(label: String, action: AppAction, style: CommandStyle) -> Command {
        Command {
            accessibility_label: label.clone(),
            label,
            action,
            style,
            enabled: true,
        }
    }

    /// The same command with a fuller accessibility label.
    pub(crate) fn described(mut self, accessibility_label: String) -> Command {
        self.accessibility_label = accessibility_label;
        self
    }
}

/// One option of a picker (treatment, symptom, area, format, language...). A screen reader says
/// its label, and the platform's own "selected" state (Compose `selected`, iOS `.isSelected`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Choice {
    /// The visible label, which is also what a screen reader says.
    pub label: String,
    /// A second line, if any.
    pub detail: Option<String>,
    /// Whether it is the one chosen now.
    pub selected: bool,
    /// What to dispatch when it is chosen.
    pub action: AppAction,
}

impl Choice {
    /// An option with its label, second line, whether it is chosen, and its action.
    pub(crate) fn new(
        label: String,
        detail: Option<String>,
        selected: bool,
        action: AppAction,
    ) -> Choice {
        Choice {
            label,
            detail,
            selected,
            action,
        }
    }
}

/// A switch.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ToggleInput {
    /// The visible label.
    pub label: String,
    /// A line of explanation, if any.
    pub detail: Option<String>,
    /// Whether it is on.
    pub on: bool,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// What to dispatch to flip it.
    pub action: AppAction,
}

/// What kind of keyboard or picker a text input wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum InputKind {
    /// One line of text.
    Text,
    /// Several lines (a note).
    Multiline,
    /// A phone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A time of day, `HH:MM` (a time picker).
    Clock,
    /// A calendar day, `YYYY-MM-DD` (a date picker).
    Date,
    /// An IANA time zone such as `Europe/Berlin`.
    Zone,
    /// A person's name.
    PersonName,
    /// A number with a decimal point or comma (a temperature): a numeric keyboard.
    Decimal,
    /// A passphrase: shown masked (with a way to reveal it), no suggestions or autocorrect,
    /// never offered to the keyboard's learning or a password manager's autofill of another app.
    Secret,
    /// A recovery code: letters and digits in groups, shown as typed, upper case, no
    /// autocorrect, left to right.
    RecoveryCode,
}

/// A text input with its value as typed and, after a save was tried, its error.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TextInput {
    /// Which field it is: dispatch `AppAction::EditText { field, text }` on every change.
    pub field: Field,
    /// The visible label.
    pub label: String,
    /// The value as typed.
    pub value: String,
    /// A hint or example, if any.
    pub hint: Option<String>,
    /// Why the value was refused, in words.
    pub error: Option<String>,
    /// The keyboard or picker to use.
    pub kind: InputKind,
    /// The most characters it takes, if limited.
    pub max_chars: Option<u32>,
    /// Whether it must be filled.
    pub required: bool,
    /// What a screen reader says (label, and the error when there is one).
    pub accessibility_label: String,
}

/// A date-and-time input (a native picker): dispatch `AppAction::EditTime { field, at }`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DateTimeInput {
    /// Which field it is.
    pub field: Field,
    /// The visible label.
    pub label: String,
    /// The instant shown (for "now", the current moment).
    pub value: DateTime<Utc>,
    /// The instant in words, in the patient's zone ("Now", "Sat 22 Nov, 10:00").
    pub text: String,
    /// The earliest instant the picker should offer, if limited.
    pub earliest: Option<DateTime<Utc>>,
    /// The latest instant the picker should offer, if limited.
    pub latest: Option<DateTime<Utc>>,
    /// Why the value was refused, in words.
    pub error: Option<String>,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// The picker's button that takes the chosen moment ("OK"), where the shell draws one.
    pub confirm_label: String,
    /// The picker's button that leaves the value as it was ("Cancel").
    pub cancel_label: String,
}

/// A line in a list: a restriction, a reminder, an entry, a session.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Item {
    /// The main line.
    pub title: String,
    /// A second line, if any.
    pub detail: Option<String>,
    /// A short text at the end ("3 h left", "08:00").
    pub trailing: Option<String>,
    /// How much attention it needs.
    pub tone: Tone,
    /// The tone in words, when it is not neutral ("Contact your provider").
    pub tone_label: Option<String>,
    /// For a symptom: its severity band (the words are in `title`).
    pub band: Option<SeverityBand>,
    /// What a screen reader says for the whole line.
    pub accessibility_label: String,
    /// What tapping the line does, if anything.
    pub action: Option<AppAction>,
    /// Buttons on the line (edit, delete, done).
    pub commands: Vec<Command>,
}

/// Joins what a screen reader says, part by part, as sentences: a part that does not already
/// end a sentence (or introduce what follows, with a colon) gets a full stop, blank parts are
/// left out. "How do you feel?" and "Check-in" read "How do you feel? Check-in", never
/// "feel?. Check-in"; "Nothing logged yet." is never followed by a second full stop. Every
/// accessibility label that joins texts is made here.
pub(crate) fn sentences<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            if !out.ends_with(['.', '?', '!', '…', ':', ';']) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

impl ToggleInput {
    /// A switch whose accessibility label says its state ("Include photos, on").
    pub(crate) fn new(
        label: String,
        detail: Option<String>,
        on: bool,
        action: AppAction,
        words: &super::words::Words,
    ) -> ToggleInput {
        let state = words.get(if on { "toggle-on" } else { "toggle-off" });
        ToggleInput {
            accessibility_label: format!("{label}, {state}"),
            label,
            detail,
            on,
            action,
        }
    }
}

impl Item {
    /// A neutral line with no action.
    pub(crate) fn plain(title: String, detail: Option<String>) -> Item {
        let accessibility_label = sentences([title.as_str(), detail.as_deref().unwrap_or("")]);
        Item {
            title,
            detail,
            trailing: None,
            tone: Tone::Neutral,
            tone_label: None,
            band: None,
            accessibility_label,
            action: None,
            commands: Vec::new(),
        }
    }

    /// The line with a trailing text (added to the accessibility label).
    pub(crate) fn trailing(mut self, trailing: String) -> Item {
        self.accessibility_label = sentences([self.accessibility_label.as_str(), &trailing]);
        self.trailing = Some(trailing);
        self
    }
}

/// A titled list, with what to say when it is empty.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ListSection {
    /// Its heading.
    pub title: String,
    /// Its lines.
    pub items: Vec<Item>,
    /// What to show instead when there are no lines.
    pub empty: Option<String>,
}

/// A confirmation before something that cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Confirmation {
    /// The question.
    pub title: String,
    /// What will happen.
    pub body: String,
    /// Do it (dispatches `AppAction::Confirm`).
    pub confirm: Command,
    /// Do not (dispatches `AppAction::Cancel`).
    pub cancel: Command,
}

/// A strip at the top of a screen about the app itself (notifications off, zone changed).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Banner {
    /// How much attention it needs.
    pub tone: Tone,
    /// What it says.
    pub text: String,
    /// What to do about it, if anything.
    pub command: Option<Command>,
}

/// A short-lived message at the bottom of the screen (a snackbar).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Message {
    /// What it says.
    pub text: String,
    /// How much attention it needs.
    pub tone: Tone,
    /// One thing to do about it ("Undo"), if any.
    pub command: Option<Command>,
}

/// An entry of the navigation bar.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NavItem {
    /// Where it leads.
    pub destination: Destination,
    /// Its label.
    pub label: String,
    /// Whether it is the current place.
    pub selected: bool,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// What to dispatch.
    pub action: AppAction,
}

/// One screen's own model.
// Variants are as large as their screens: UniFFI passes them by value (no `Box`), and one is
// built per frame, so the size difference costs nothing worth an indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ScreenBody {
    /// 1. The first-run steps.
    FirstRun {
        /// The model.
        model: FirstRunScreen,
    },
    /// 2. Today, the home screen.
    Today {
        /// The model.
        model: TodayScreen,
    },
    /// 3. Logging symptoms (or editing one entry).
    Log {
        /// The model.
        model: LogScreen,
    },
    /// 4. What the log says and what to do.
    Triage {
        /// The model.
        model: TriageScreen,
    },
    /// 5. A session's whole recovery timeline.
    Timeline {
        /// The model.
        model: TimelineScreen,
    },
    /// 6. Sessions and the series.
    Sessions {
        /// The model.
        model: SessionsScreen,
    },
    /// 7. Entries by day.
    History {
        /// The model.
        model: HistoryScreen,
    },
    /// 8. A report for the clinic.
    Report {
        /// The model.
        model: ReportScreen,
    },
    /// 9. Settings.
    Settings {
        /// The model.
        model: SettingsScreen,
    },
    /// 10. A notice about the journal or the phone.
    Notice {
        /// The model.
        model: NoticeScreen,
    },
}

/// What the shell draws now: the screen, its way back, the navigation bar and any dialog.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Screen {
    /// The language of every text in it.
    pub locale: Locale,
    /// The title for the top bar.
    pub title: String,
    /// The "back" / "up" command; `None` at the root (the system may then close the app).
    pub up: Option<Command>,
    /// The navigation bar; empty where the screen should have the patient's full attention.
    pub navigation: Vec<NavItem>,
    /// The screen's own model.
    pub body: ScreenBody,
    /// A confirmation to show over it, if one is pending.
    pub dialog: Option<Confirmation>,
}
