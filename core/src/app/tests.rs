//! A harness for the screens' tests: a journal in a temporary folder, an app over it, a clock
//! the test moves, and helpers to read a screen's model and press its commands.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

use super::*;
use crate::journal::{ClinicContact, Journal, NewSession, SessionRecord, SessionStatus};
use crate::protocol::ProtocolRef;
use crate::symptom::{BodyArea, NewSymptom, SymptomKind};

/// A moment to start from: Saturday 21 November 2026, 10:00 in Berlin.
pub(crate) fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
}

/// The patient's zone in the tests.
pub(crate) fn berlin() -> Tz {
    chrono_tz::Europe::Berlin
}

/// An app over a journal in a temporary folder.
pub(crate) struct Harness {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) app: App,
    pub(crate) now: DateTime<Utc>,
    pub(crate) zone: Tz,
}

impl Harness {
    /// A new, empty journal (the first run shows).
    pub(crate) fn new() -> Harness {
        Harness::with(Locale::En, |_| {})
    }

    /// A journal prepared by `setup` before the app opens it.
    pub(crate) fn with(locale: Locale, setup: impl FnOnce(&Journal)) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        {
            let (journal, _) = Journal::open(&path, None, start()).unwrap();
            setup(&journal);
        }
        let app = App::open(config(dir.path().to_path_buf(), locale), start());
        Harness {
            dir,
            app,
            now: start(),
            zone: berlin(),
        }
    }

    /// A journal with a microneedling session that ended `hours_ago`, the first run done.
    pub(crate) fn recovering(hours_ago: i64) -> Harness {
        Harness::recovering_in(Locale::En, hours_ago)
    }

    /// [`Harness::recovering`] with settings saved in `locale`.
    pub(crate) fn recovering_in(locale: Locale, hours_ago: i64) -> Harness {
        Harness::with(locale, |journal| {
            ready(journal, locale);
            done_session(journal, start() - TimeDelta::hours(hours_ago));
        })
    }

    /// The open journal.
    pub(crate) fn journal(&self) -> Arc<Journal> {
        self.app.journal().expect("the journal is open")
    }

    /// The screen now.
    pub(crate) fn screen(&self) -> Screen {
        let screen = self.app.screen(self.now, self.zone);
        assert_no_raw_ids(&screen);
        assert_spoken_as_sentences(&screen);
        screen
    }

    /// Dispatches an action now.
    pub(crate) fn dispatch(&mut self, action: AppAction) -> Update {
        let update = self.app.dispatch(action, self.now, self.zone);
        assert_no_raw_ids(&update.screen);
        assert_spoken_as_sentences(&update.screen);
        update
    }

    /// Presses a command.
    pub(crate) fn press(&mut self, command: &Command) -> Update {
        assert!(command.enabled, "{} is disabled", command.label);
        self.dispatch(command.action.clone())
    }

    /// Types into a field.
    pub(crate) fn type_text(&mut self, field: Field, text: &str) -> Update {
        self.dispatch(AppAction::EditText {
            field,
            text: text.to_string(),
        })
    }

    /// Moves the clock.
    pub(crate) fn advance(&mut self, by: TimeDelta) {
        self.now += by;
    }
}

/// The app's configuration for a folder.
pub(crate) fn config(dir: PathBuf, locale: Locale) -> Config {
    Config {
        path: dir.join("journal.db"),
        key: None,
        share_dir: dir.join("share"),
        device_locale: locale,
        device_region: crate::region::Region::default(),
    }
}

/// Settings saved in `locale` (Berlin), the first run done.
pub(crate) fn ready(journal: &Journal, locale: Locale) {
    let settings = crate::settings::PatientSettings {
        locale,
        ..Default::default()
    };
    journal.save_settings(&settings, berlin()).unwrap();
    let mut state = journal.app_state().unwrap();
    state.first_run_done = true;
    journal.save_app_state(&state, start()).unwrap();
}

/// A done microneedling session that ended at `ended`.
pub(crate) fn done_session(journal: &Journal, ended: DateTime<Utc>) -> SessionRecord {
    microneedling(journal, SessionStatus::Done, None, Some(ended))
}

/// A microneedling session booked for `starts`.
pub(crate) fn booked_session(journal: &Journal, starts: DateTime<Utc>) -> SessionRecord {
    microneedling(journal, SessionStatus::Planned, Some(starts), None)
}

fn microneedling(
    journal: &Journal,
    status: SessionStatus,
    starts_at: Option<DateTime<Utc>>,
    ended_at: Option<DateTime<Utc>>,
) -> SessionRecord {
    journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status,
                starts_at,
                ended_at,
                zone: berlin(),
            },
            start(),
        )
        .unwrap()
}

/// A symptom to log.
pub(crate) fn symptom(
    kind: SymptomKind,
    severity: u8,
    at: DateTime<Utc>,
    note: &str,
) -> NewSymptom {
    NewSymptom {
        kind,
        severity,
        observed_at: at,
        area: BodyArea::Cheeks,
        note: note.into(),
        yes_no: false,
        temperature: None,
    }
}

/// The clinic with a phone number and an address.
pub(crate) fn clinic() -> ClinicContact {
    ClinicContact {
        name: "Glow Clinic".into(),
        phone: "+49 30 1234 5678".into(),
        email: "care@glow.example".into(),
    }
}

macro_rules! body {
    ($name:ident, $variant:ident, $model:ty) => {
        /// The screen's model, or a failure naming what was shown instead.
        pub(crate) fn $name(screen: &Screen) -> &$model {
            match &screen.body {
                ScreenBody::$variant { model } => model,
                other => panic!("expected {}, got {other:#?}", stringify!($variant)),
            }
        }
    };
}

body!(first_run, FirstRun, FirstRunScreen);
body!(today, Today, TodayScreen);
body!(log, Log, LogScreen);
body!(triage, Triage, TriageScreen);
body!(timeline, Timeline, TimelineScreen);
body!(sessions, Sessions, SessionsScreen);
body!(history, History, HistoryScreen);
body!(report, Report, ReportScreen);
body!(settings, Settings, SettingsScreen);
body!(notice, Notice, NoticeScreen);

/// The first command with this label among `commands`.
pub(crate) fn command<'c>(commands: &'c [Command], label: &str) -> &'c Command {
    commands
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("no command {label:?} in {commands:#?}"))
}

/// The choice with this label.
pub(crate) fn choice<'c>(choices: &'c [Choice], label: &str) -> &'c Choice {
    choices
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("no choice {label:?} in {choices:#?}"))
}

/// Message ids of the screens' own texts, as they would leak if a key were missing.
const KEY_PREFIXES: [&str; 25] = [
    "\"title-",
    "\"nav-",
    "\"command-",
    "\"field-error-",
    "\"input-",
    "\"severity-",
    "\"level-label-",
    "\"verdict-",
    "\"first-run-",
    "\"today-",
    "\"banner-",
    "\"log-",
    "\"triage-",
    "\"timeline-",
    "\"source-",
    "\"sessions-",
    "\"history-",
    "\"confirm-",
    "\"reporting-",
    "\"settings-",
    "\"notice-",
    "\"message-",
    "\"form-error",
    "\"toggle-",
    "\"time-",
];

/// Fails if a screen shows a message id instead of words.
pub(crate) fn assert_no_raw_ids(screen: &Screen) {
    let text = format!("{screen:?}");
    for prefix in KEY_PREFIXES {
        assert!(!text.contains(prefix), "raw id {prefix}… in {screen:#?}");
    }
    assert!(
        !text.contains("{$"),
        "an unfilled placeholder in {screen:#?}"
    );
}

/// Every accessibility label of a model, as its `Debug` text holds them.
pub(crate) fn spoken_labels(model: &impl std::fmt::Debug) -> Vec<String> {
    let text = format!("{model:?}");
    let mut labels = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("accessibility_label: \"") {
        rest = &rest[at + "accessibility_label: \"".len()..];
        let mut label = String::new();
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        label.push(escaped);
                    }
                }
                '"' => {
                    end = i;
                    break;
                }
                c => label.push(c),
            }
        }
        labels.push(label);
        rest = &rest[end..];
    }
    labels
}

/// Fails if an accessibility label joins its parts with stray punctuation ("feel?. Check-in",
/// "yet..", "Before it:. ") instead of as sentences.
pub(crate) fn assert_spoken_as_sentences(screen: &Screen) {
    for label in spoken_labels(screen) {
        for stray in ["?.", "!.", "..", ":.", ";.", " .", ". .", ",.", ".,", " ,"] {
            assert!(
                !label.contains(stray),
                "{stray:?} in the accessibility label {label:?}"
            );
        }
        assert_eq!(label.trim(), label, "blank ends in {label:?}");
    }
}

/// Every text of a model, as its `Debug` text holds them (quoted strings).
pub(crate) fn texts(model: &impl std::fmt::Debug) -> Vec<String> {
    let text = format!("{model:?}");
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut value = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(escaped) = chars.next() {
                        value.push(escaped);
                    }
                }
                '"' => break,
                c => value.push(c),
            }
        }
        out.push(value);
    }
    out
}

#[test]
fn no_text_on_any_screen_has_two_colons_in_either_language() {
    for locale in Locale::ALL {
        let mut h = Harness::recovering_in(locale, 30);
        h.journal().save_clinic(&clinic(), h.now).unwrap();
        let session = h.journal().sessions().unwrap()[0].id;
        h.journal()
            .log_symptoms(
                session,
                &[symptom(
                    SymptomKind::Fever,
                    6,
                    h.now - TimeDelta::hours(1),
                    "a: b",
                )],
                h.now,
            )
            .unwrap();
        let mut screens = vec![h.screen()];
        for destination in [
            Destination::Log,
            Destination::Timeline,
            Destination::Sessions,
            Destination::History,
            Destination::Report,
            Destination::Settings,
        ] {
            screens.push(h.dispatch(AppAction::Navigate { destination }).screen);
            h.dispatch(AppAction::Navigate {
                destination: Destination::Today,
            });
        }
        screens.push(
            h.dispatch(AppAction::Today {
                action: super::TodayAction::OpenTriage {
                    session_id: session,
                },
            })
            .screen,
        );
        for screen in &screens {
            for text in texts(screen) {
                // The patient's own note may hold anything.
                if text.contains("a: b") {
                    continue;
                }
                assert!(
                    text.matches(": ").count() < 2,
                    "{locale:?}: two colons in {text:?}"
                );
            }
        }
    }
}

#[test]
fn accessibility_labels_are_joined_as_sentences() {
    use super::model::sentences;
    assert_eq!(
        sentences(["How do you feel?", "Check-in"]),
        "How do you feel? Check-in"
    );
    assert_eq!(
        sentences(["Nothing logged today yet.", "Day 2"]),
        "Nothing logged today yet. Day 2"
    );
    assert_eq!(
        sentences(["Before it:", "Stop retinoids"]),
        "Before it: Stop retinoids"
    );
    assert_eq!(sentences(["Redness", "", "  ", "08:00"]), "Redness. 08:00");
    assert_eq!(
        sentences(["¿Cómo te sientes?", "Revisión"]),
        "¿Cómo te sientes? Revisión"
    );
    assert_eq!(sentences(["", "One"]), "One");
    // The harness reads the labels out of a model as a shell would get them.
    let item = Item::plain(
        "Daily check-in: how does your skin feel?".into(),
        Some("Check-in".into()),
    )
    .trailing("20:00".into());
    assert_eq!(
        spoken_labels(&item),
        ["Daily check-in: how does your skin feel? Check-in. 20:00"]
    );
}

#[test]
fn the_same_journal_actions_now_and_zone_give_the_same_screens() {
    let run = || {
        let mut h = Harness::recovering(30);
        let mut screens = vec![h.screen()];
        for action in [
            AppAction::Navigate {
                destination: Destination::Log,
            },
            AppAction::Log {
                action: LogAction::SetKind {
                    index: 0,
                    kind: SymptomKind::Redness,
                },
            },
            AppAction::Log {
                action: LogAction::SetSeverity {
                    index: 0,
                    severity: 4,
                },
            },
            AppAction::Log {
                action: LogAction::Save,
            },
            AppAction::Navigate {
                destination: Destination::History,
            },
            AppAction::Navigate {
                destination: Destination::Timeline,
            },
        ] {
            let update = h.dispatch(action);
            screens.push(update.screen);
        }
        screens
    };
    assert_eq!(run(), run());
}

#[test]
fn every_screen_reads_in_both_languages_without_raw_ids() {
    for locale in Locale::ALL {
        let mut h = Harness::recovering_in(locale, 30);
        h.journal().save_clinic(&clinic(), h.now).unwrap();
        for destination in [
            Destination::Today,
            Destination::Log,
            Destination::Timeline,
            Destination::Sessions,
            Destination::History,
            Destination::Report,
            Destination::Settings,
        ] {
            let update = h.dispatch(AppAction::Navigate { destination });
            assert_eq!(update.screen.locale, locale);
            assert!(!update.screen.title.is_empty());
            h.dispatch(AppAction::Navigate {
                destination: Destination::Today,
            });
        }
    }
}
