//! The phone app driven as a patient (or a confused shell) could: any sequence of actions,
//! typed text, picked files, permission answers, deep links, clock jumps and zone changes, on
//! a new journal or one mid-recovery. Nothing may panic; the screen a dispatch answers is the
//! screen asked for again (no hidden state, no unordered maps); no message or title repeats
//! what the patient typed; the glance (the widgets' model) and its timeline, asked for after
//! each step and handed over in `UpdateGlance`, are ordered, bounded and start now; and
//! afterwards the journal opens as it was, with nothing moved aside.
#![no_main]

use std::path::{Path, PathBuf};

use aftercare_core::app::{
    App, AppAction, Config, Destination, Effect, EffectKind, Field, FilePurpose, FirstRunAction,
    GLANCE_MAX_ENTRIES, GLANCE_MAX_SPAN, GlanceTimeline, HistoryAction, LaunchOutcome, LogAction,
    NoticeAction, ReportAction, ReportPeriod, SessionTiming, SessionsAction, SettingsAction,
    TimelineAction, TodayAction, TriageAction, Update,
};
use aftercare_core::journal::{Journal, NewSession, PermissionState, SessionStatus};
use aftercare_core::report::ReportFormat;
use aftercare_core::settings::PatientSettings;
use aftercare_core::{BodyArea, Catalog, Category, Locale, NewSymptom, SymptomKind};
use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Marks typed text, so a message that repeats it is told from fixed wording that happens to
/// contain the fuzzed characters.
const MARK: &str = "qz7";

/// The zones a phone may report along the way (travel, a DST edge, a half-hour offset).
const ZONES: [Tz; 4] = [
    chrono_tz::Europe::Berlin,
    chrono_tz::America::New_York,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Pacific::Chatham,
];

/// 21 November 2026, 09:00 UTC.
const START: i64 = 1_795_251_600;

/// Where the test's files live and what the shell may hand back as a picked file.
struct Place {
    _dir: tempfile::TempDir,
    journal: PathBuf,
    picks: Vec<String>,
}

fn place(recovering: bool) -> Place {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal_path = dir.path().join("journal.db");
    let now = at(START);
    if recovering {
        let (journal, _) = Journal::open(&journal_path, None, now).expect("a new journal");
        journal
            .save_settings(&PatientSettings::default(), chrono_tz::Europe::Berlin)
            .expect("settings");
        let mut state = journal.app_state().expect("state");
        state.first_run_done = true;
        journal.save_app_state(&state, now).expect("state saved");
        let protocol = Catalog::builtin()
            .get("microneedling", None)
            .expect("built-in")
            .reference();
        let session = journal
            .add_session(
                &NewSession {
                    protocol,
                    status: SessionStatus::Done,
                    starts_at: None,
                    ended_at: Some(now - TimeDelta::hours(30)),
                    zone: chrono_tz::Europe::Berlin,
                },
                now,
            )
            .expect("session")
            .id;
        for (kind, severity, hours) in [
            (SymptomKind::Redness, 6u8, 28),
            (SymptomKind::Swelling, 3, 20),
            (SymptomKind::Fever, 0, 4),
        ] {
            let symptom = NewSymptom {
                kind,
                severity,
                observed_at: now - TimeDelta::hours(hours),
                area: BodyArea::Cheeks,
                note: String::new(),
                yes_no: false,
                temperature: None,
            };
            journal.log_symptom(session, &symptom, now).expect("entry");
        }
    }
    // Files a shell could hand back from a picker: missing, a folder, a device, empty, not
    // JSON, the journal itself, and a real backup of it.
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("fixture file");
        path.display().to_string()
    };
    let mut picks = vec![
        dir.path().join("missing.json").display().to_string(),
        dir.path().display().to_string(),
        "/dev/zero".to_string(),
        write("empty", b""),
        write("protocol.json", b"{\"id\": \"x\"}"),
        write("photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg"),
        journal_path.display().to_string(),
    ];
    if recovering {
        let backup = dir.path().join("backup.db");
        let (journal, _) = Journal::open(&journal_path, None, now).expect("reopen");
        journal.backup(&backup, None, now).expect("backup");
        picks.push(backup.display().to_string());
    }
    Place {
        _dir: dir,
        journal: journal_path,
        picks,
    }
}

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("in range")
}

fn config(place: &Place, locale: Locale) -> Config {
    // A phone in Spain or in the United States: 112 and °C, or 911 and °F.
    let tag = match locale {
        Locale::Es => "es-ES",
        Locale::En => "en-US",
    };
    Config {
        path: place.journal.clone(),
        key: None,
        share_dir: place.journal.with_file_name("share"),
        device_locale: locale,
        device_region: aftercare_core::region::Region::from_language_tag(tag),
    }
}

/// Text a patient could type: usually short and marked, sometimes long or hostile.
fn text(u: &mut Unstructured) -> Result<String> {
    let body: String = u.arbitrary()?;
    Ok(match u.int_in_range(0..=7)? {
        0 => body,
        1 => format!("{body}\n{MARK}\u{7}"),
        2 => format!(
            "{MARK}{}",
            "x".repeat(usize::from(u.int_in_range(0u16..=3000)?))
        ),
        _ => format!("{MARK}{body}{MARK}"),
    })
}

/// An id: usually one the journal has (1 to 4), sometimes anything.
fn id(u: &mut Unstructured) -> Result<i64> {
    Ok(if u.ratio(4, 5)? {
        u.int_in_range(1..=4)?
    } else {
        u.arbitrary()?
    })
}

fn index(u: &mut Unstructured) -> Result<u32> {
    Ok(if u.ratio(9, 10)? {
        u.int_in_range(0..=3)?
    } else {
        u.arbitrary()?
    })
}

fn field(u: &mut Unstructured) -> Result<Field> {
    let index = index(u)?;
    Ok(u.choose(&[
        Field::ClinicName,
        Field::ClinicPhone,
        Field::ClinicEmail,
        Field::Zone,
        Field::SessionTime,
        Field::SymptomKind { index },
        Field::SymptomSeverity { index },
        Field::SymptomTime { index },
        Field::SymptomNote { index },
        Field::WakeTime,
        Field::CheckInTime,
        Field::QuietStart,
        Field::QuietEnd,
        Field::ReportFrom,
        Field::ReportTo,
        Field::ReportName,
        Field::SymptomTemperature { index },
    ])?
    .clone())
}

fn protocol_id(u: &mut Unstructured) -> Result<String> {
    Ok(if u.ratio(4, 5)? {
        let catalog = Catalog::builtin();
        u.choose(catalog.all())?.reference().id
    } else {
        u.arbitrary()?
    })
}

/// A zone a picker could send: usually one it offers, sometimes anything.
fn zone_id(u: &mut Unstructured) -> Result<String> {
    Ok(if u.ratio(4, 5)? {
        u.choose(&["Europe/Madrid", "America/Mexico_City", "Asia/Kolkata", "Etc/GMT+5"])?
            .to_string()
    } else {
        u.arbitrary()?
    })
}

/// A preparation rule id: usually one the built-in protocols have, sometimes anything.
fn rule_id(u: &mut Unstructured) -> Result<String> {
    Ok(if u.ratio(4, 5)? {
        u.choose(&["prep-stop-actives", "prep-hydrate", "prep-clean-skin", "daily-spf"])?
            .to_string()
    } else {
        u.arbitrary()?
    })
}

fn permission(u: &mut Unstructured) -> Result<PermissionState> {
    Ok(*u.choose(&[
        PermissionState::Unknown,
        PermissionState::Granted,
        PermissionState::Denied,
        PermissionState::NotNeeded,
    ])?)
}

fn purpose(u: &mut Unstructured) -> Result<FilePurpose> {
    Ok(*u.choose(&[
        FilePurpose::ClinicProtocol,
        FilePurpose::Backup,
        FilePurpose::Photo,
    ])?)
}

/// One action, biased towards what the screens offer.
fn action(u: &mut Unstructured, now: DateTime<Utc>, picks: &[String]) -> Result<AppAction> {
    use AppAction as A;
    Ok(match u.int_in_range(0..=25)? {
        0 | 1 => A::Back,
        2..=4 => A::Navigate {
            destination: *u.choose(&[
                Destination::Today,
                Destination::Log,
                Destination::Timeline,
                Destination::Sessions,
                Destination::History,
                Destination::Report,
                Destination::Settings,
            ])?,
        },
        5 => A::OpenLink {
            url: match u.int_in_range(0..=4)? {
                0 => u.arbitrary()?,
                n => format!(
                    "aftercare://{}?session={}&rule={}",
                    ["today", "log", "prepare", "book"][n - 1],
                    id(u)?,
                    u.arbitrary::<String>()?
                ),
            },
        },
        6 => A::Confirm,
        7 => A::Cancel,
        8 | 9 => A::EditText {
            field: field(u)?,
            text: text(u)?,
        },
        10 => A::EditTime {
            field: field(u)?,
            at: now + TimeDelta::minutes(i64::from(u.int_in_range(-100_000i32..=100_000)?)),
        },
        11 => A::FirstRun {
            action: match u.int_in_range(0..=11)? {
                11 => FirstRunAction::ChooseZone { id: zone_id(u)? },
                0 => FirstRunAction::Start,
                1 => FirstRunAction::RestoreBackup,
                2 => FirstRunAction::ChooseProtocol {
                    id: protocol_id(u)?,
                },
                3 => FirstRunAction::ImportProtocol,
                4 => FirstRunAction::ChooseTiming {
                    timing: *u.choose(&[SessionTiming::Done, SessionTiming::Booked])?,
                },
                5 => FirstRunAction::FollowPhoneZone,
                6 => FirstRunAction::ChooseOtherZone,
                7 => FirstRunAction::SkipClinic,
                8 => FirstRunAction::AllowReminders,
                9 => FirstRunAction::NotNow,
                _ => FirstRunAction::Next,
            },
        },
        12 => A::Today {
            action: match u.int_in_range(0..=6)? {
                0 => TodayAction::ReminderDone { id: u.arbitrary()? },
                1 => TodayAction::OpenTriage { session_id: id(u)? },
                2 => TodayAction::AllowReminders,
                3 => TodayAction::AllFine { session_id: id(u)? },
                4 => TodayAction::UndoCheckIn { id: id(u)? },
                5 => TodayAction::PreparationStep {
                    session_id: id(u)?,
                    rule_id: rule_id(u)?,
                    done: u.arbitrary()?,
                },
                _ => TodayAction::FollowPhoneZone,
            },
        },
        13..=15 => A::Log {
            action: match u.int_in_range(0..=11)? {
                10 => LogAction::SetAnswer {
                    index: index(u)?,
                    yes: u.arbitrary()?,
                },
                11 => LogAction::ShowAllKinds { index: index(u)? },
                0 | 1 => LogAction::SetKind {
                    index: index(u)?,
                    kind: *u.choose(&SymptomKind::ALL)?,
                },
                2 | 3 => LogAction::SetSeverity {
                    index: index(u)?,
                    severity: u.int_in_range(0..=12)?,
                },
                4 => LogAction::SetArea {
                    index: index(u)?,
                    area: *u.choose(&BodyArea::ALL)?,
                },
                5 => LogAction::AddSymptom,
                6 => LogAction::RemoveSymptom { index: index(u)? },
                7 => u
                    .choose(&[
                        LogAction::SameAsYesterday,
                        LogAction::AddPhoto,
                        LogAction::RemovePhoto,
                        LogAction::Delete,
                    ])?
                    .clone(),
                _ => LogAction::Save,
            },
        },
        16 => A::Triage {
            action: match u.int_in_range(0..=4)? {
                4 => TriageAction::CallEmergency,
                0 => TriageAction::CallClinic,
                1 => TriageAction::EmailClinic,
                2 => TriageAction::Contacted {
                    session_id: id(u)?,
                    rule_id: u.arbitrary()?,
                },
                _ => TriageAction::UndoContact { id: id(u)? },
            },
        },
        17 => A::Timeline {
            action: TimelineAction::ChooseSession { id: id(u)? },
        },
        18 => A::Sessions {
            action: match u.int_in_range(0..=7)? {
                0 => SessionsAction::Book,
                1 => SessionsAction::AddDone,
                2 => SessionsAction::MarkDone { id: id(u)? },
                3 => SessionsAction::ChooseProtocol {
                    id: protocol_id(u)?,
                },
                4 => SessionsAction::SaveForm,
                5 => SessionsAction::CloseForm,
                6 => SessionsAction::Delete { id: id(u)? },
                _ => SessionsAction::OpenTimeline { id: id(u)? },
            },
        },
        19 => A::History {
            action: match u.int_in_range(0..=5)? {
                5 => HistoryAction::DeleteCheckIn { id: id(u)? },
                0 => HistoryAction::ChooseSession { id: id(u)? },
                1 => HistoryAction::Edit { id: id(u)? },
                2 => HistoryAction::Delete { id: id(u)? },
                3 => HistoryAction::DeleteContact { id: id(u)? },
                _ => HistoryAction::ShowEarlier,
            },
        },
        20 => A::Report {
            action: match u.int_in_range(0..=4)? {
                0 => ReportAction::ChoosePeriod {
                    period: *u.choose(&[
                        ReportPeriod::CurrentSession,
                        ReportPeriod::LastWeek,
                        ReportPeriod::LastMonth,
                        ReportPeriod::Everything,
                        ReportPeriod::Custom,
                    ])?,
                },
                1 => ReportAction::ChooseFormat {
                    format: *u.choose(&[
                        ReportFormat::Html,
                        ReportFormat::Csv,
                        ReportFormat::Fhir,
                        ReportFormat::Ics,
                    ])?,
                },
                2 => ReportAction::SetPhotos { on: u.arbitrary()? },
                3 => ReportAction::SetName { on: u.arbitrary()? },
                _ => ReportAction::Create,
            },
        },
        21 => A::Settings {
            action: match u.int_in_range(0..=13)? {
                13 => SettingsAction::ChooseZone { id: zone_id(u)? },
                0 => SettingsAction::SetQuietHours { on: u.arbitrary()? },
                1 => SettingsAction::SetCategory {
                    category: *u.choose(&Category::ALL)?,
                    on: u.arbitrary()?,
                },
                2 => SettingsAction::SetDiscreet { on: u.arbitrary()? },
                3 => SettingsAction::ChooseLanguage {
                    locale: *u.choose(&Locale::ALL)?,
                },
                4 => SettingsAction::FollowPhoneZone,
                5 => SettingsAction::ChooseOtherZone,
                6 => SettingsAction::ImportProtocol,
                7 => SettingsAction::Backup,
                8 => SettingsAction::Restore,
                9 => SettingsAction::OpenNotificationSettings,
                10 => SettingsAction::OpenExactAlarmSettings,
                11 => SettingsAction::AllowReminders,
                _ => SettingsAction::Save,
            },
        },
        22 => A::Notice {
            action: u
                .choose(&[
                    NoticeAction::Continue,
                    NoticeAction::TryAgain,
                    NoticeAction::OpenSettings,
                    NoticeAction::RestoreBackup,
                ])?
                .clone(),
        },
        23 => match u.int_in_range(0..=5)? {
            0 => A::Resumed,
            1 => A::Backgrounded,
            2 => A::BackgroundRefresh,
            3 => A::PermissionsChecked {
                notifications: permission(u)?,
                exact_alarms: permission(u)?,
            },
            4 => A::RemindersSynced,
            _ => A::NotificationPermission {
                granted: u.arbitrary()?,
            },
        },
        24 => A::RemindersHeld {
            os_ids: u.arbitrary()?,
            limit: u.int_in_range(0..=100)?,
        },
        _ => match u.int_in_range(0..=2)? {
            0 => A::FilePicked {
                purpose: purpose(u)?,
                path: u.choose(picks)?.clone(),
            },
            1 => A::FileNotPicked {
                purpose: purpose(u)?,
            },
            _ => A::Launched {
                effect: *u.choose(&[
                    EffectKind::ScheduleRefresh,
                    EffectKind::OpenSystemSettings,
                    EffectKind::Dial,
                    EffectKind::Email,
                    EffectKind::ShareFile,
                ])?,
                outcome: *u.choose(&[
                    LaunchOutcome::Done,
                    LaunchOutcome::NoApp,
                    LaunchOutcome::Failed,
                ])?,
            },
        },
    })
}

/// What the patient typed must never come back in a message or a title.
fn check_words(update: &Update, typed: &[String]) {
    let shown = [
        Some(update.screen.title.as_str()),
        update.message.as_ref().map(|m| m.text.as_str()),
    ];
    for text in typed.iter().filter(|t| t.contains(MARK)) {
        for said in shown.iter().flatten() {
            assert!(
                !said.contains(text.as_str()),
                "a message or title repeats what was typed"
            );
        }
    }
}

/// A glance timeline made at `now`: ordered, bounded, starting now, each entry a change.
fn check_timeline(timeline: &GlanceTimeline, now: DateTime<Utc>) {
    let entries = &timeline.entries;
    assert!(!entries.is_empty() && entries.len() <= GLANCE_MAX_ENTRIES, "bounded");
    assert_eq!(entries[0].from, now, "the first entry holds from now");
    for pair in entries.windows(2) {
        assert!(pair[0].from < pair[1].from, "entries in order");
        assert_ne!(pair[0].glance, pair[1].glance, "an entry that changes nothing");
    }
    for entry in entries {
        assert!(entry.glance.lines.len() <= 3, "at most three lines");
    }
    let last = entries.last().map(|e| e.from).unwrap_or(now);
    assert!(last < timeline.until && timeline.until <= now + GLANCE_MAX_SPAN);
    assert!(now <= timeline.refresh_at && timeline.refresh_at <= timeline.until);
}

fn journal_intact(path: &Path, now: DateTime<Utc>) {
    let (journal, recovery) = Journal::open(path, None, now).expect("the journal opens afterwards");
    assert!(recovery.is_none(), "the actions left a damaged journal");
    assert!(journal.integrity_ok().expect("page check"), "pages damaged");
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(recovering) = u.arbitrary::<bool>() else {
        return;
    };
    let Ok(spanish) = u.arbitrary::<bool>() else {
        return;
    };
    let place = place(recovering);
    let locale = if spanish { Locale::Es } else { Locale::En };
    let mut now = at(START);
    let mut zone = ZONES[0];
    let mut app = App::open(config(&place, locale), now);
    let mut typed = Vec::new();
    for _ in 0..64 {
        if u.is_empty() {
            break;
        }
        let Ok(step) = u.int_in_range(0u8..=9) else {
            break;
        };
        match step {
            // The clock moves on (minutes to weeks), or the phone changes zone.
            0 => {
                let Ok(minutes) = u.int_in_range(1u32..=40_000) else {
                    break;
                };
                now += TimeDelta::minutes(i64::from(minutes));
            }
            1 => {
                let Ok(next) = u.choose(&ZONES) else { break };
                zone = *next;
            }
            // The system ends the process; a new one opens the journal.
            2 => {
                drop(app);
                app = App::open(config(&place, locale), now);
            }
            _ => {
                let Ok(action) = action(&mut u, now, &place.picks) else {
                    break;
                };
                if let AppAction::EditText { text, .. } = &action {
                    typed.push(text.clone());
                }
                let update = app.dispatch(action, now, zone);
                assert_eq!(
                    update.screen,
                    app.screen(now, zone),
                    "the screen a dispatch answered is not the screen asked for again"
                );
                check_words(&update, &typed);
                for effect in &update.effects {
                    if let Effect::UpdateGlance { timeline } = effect {
                        check_timeline(timeline, now);
                    }
                }
                // Asked for outside a dispatch, over a span the input chooses.
                if let Ok(hours) = u.int_in_range(1u32..=24 * 70) {
                    let until = now + TimeDelta::hours(i64::from(hours));
                    let glance = app.glance(now, zone);
                    if let Ok(timeline) = app.glance_timeline(now, zone, until) {
                        check_timeline(&timeline, now);
                        assert_eq!(glance.ok().as_ref(), Some(&timeline.entries[0].glance));
                    }
                }
            }
        }
    }
    drop(app);
    journal_intact(&place.journal, now);
});
