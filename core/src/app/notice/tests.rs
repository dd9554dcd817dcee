//! Notices: damage moved aside, a wrong key, a newer version, exact alarms denied, and restoring
//! a backup into the new journal.

use chrono::TimeDelta;

use super::super::tests::{
    Harness, berlin, command, config, done_session, first_run, notice, ready, start, today,
};
use super::*;
use crate::app::{App, AppAction, Destination, Effect, FilePurpose, ScreenBody};
use crate::journal::{Journal, JournalKey};
use crate::text::Locale;

fn open(dir: &std::path::Path, key: Option<JournalKey>) -> App {
    let mut config = config(dir.to_path_buf(), Locale::En);
    config.key = key;
    App::open(config, start())
}

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_damaged_journal_is_moved_aside_and_the_notice_stays_until_seen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let (journal, _) = Journal::open(&path, None, start()).unwrap();
        ready(&journal, Locale::En);
        done_session(&journal, start() - TimeDelta::hours(5));
    }
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[0] ^= 0xff;
    bytes[5] ^= 0xff;
    std::fs::write(&path, bytes).unwrap();

    let app = open(dir.path(), None);
    let screen = app.screen(start(), berlin());
    let shown = notice(&screen);
    assert_eq!(shown.kind, NoticeKind::JournalRecovered);
    assert!(!shown.blocking);
    // The journal first, then its companions (here the mark of its WAL).
    assert!(!shown.details.is_empty());
    assert!(
        std::path::Path::new(&shown.details[0]).exists(),
        "kept, not deleted"
    );
    assert!(shown.details[0].contains("journal.db.corrupt-"));
    assert!(
        shown
            .paragraphs
            .iter()
            .any(|p| p.contains("Nothing was deleted") && p.contains("kept"))
    );
    // The path is for support, in the details only; the words say it was kept.
    let moved = &shown.details[0];
    let file = std::path::Path::new(moved)
        .file_name()
        .unwrap()
        .to_str()
        .unwrap();
    for text in shown
        .paragraphs
        .iter()
        .chain([&shown.heading, &screen.title])
    {
        assert!(
            !text.contains(moved.as_str()) && !text.contains(file),
            "{text}"
        );
        assert!(!text.contains('/') && !text.contains(".db"), "{text}");
    }
    assert_eq!(
        shown.details_label.as_deref(),
        Some("For support: where the damaged file is kept")
    );
    // The process may die before the patient reads it: it shows again.
    drop(app);
    let mut app = open(dir.path(), None);
    let screen = app.screen(start(), berlin());
    assert_eq!(notice(&screen).kind, NoticeKind::JournalRecovered);
    let restore = command(&notice(&screen).commands, "Restore a backup").clone();
    let update = app.dispatch(restore.action, start(), berlin());
    assert_eq!(
        update.effects,
        vec![Effect::PickFile {
            purpose: FilePurpose::Backup,
            media_types: FilePurpose::Backup.media_types()
        }]
    );
    // Seen: the new, empty journal starts with the first run, and the notice is gone for good.
    let update = app.dispatch(
        AppAction::Notice {
            action: NoticeAction::Continue,
        },
        start(),
        berlin(),
    );
    assert!(matches!(update.screen.body, ScreenBody::FirstRun { .. }));
    drop(app);
    let app = open(dir.path(), None);
    assert!(matches!(
        app.screen(start(), berlin()).body,
        ScreenBody::FirstRun { .. }
    ));
}

#[test]
fn a_wrong_key_stops_explains_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let key = JournalKey::new([7; 32]);
        let (journal, _) = Journal::open(&path, Some(&key), start()).unwrap();
        done_session(&journal, start() - TimeDelta::hours(5));
    }
    let before = files(dir.path());
    let mut app = open(dir.path(), Some(JournalKey::new([8; 32])));
    assert!(app.journal().is_none());
    let screen = app.screen(start(), berlin());
    let shown = notice(&screen);
    assert_eq!(shown.kind, NoticeKind::WrongKey);
    assert!(shown.blocking && screen.up.is_none() && screen.navigation.is_empty());
    assert!(shown.paragraphs[0].contains("Nothing was changed"));
    for action in [
        AppAction::Back,
        AppAction::Navigate {
            destination: Destination::Settings,
        },
        AppAction::Resumed,
        AppAction::Notice {
            action: NoticeAction::TryAgain,
        },
    ] {
        let update = app.dispatch(action, start(), berlin());
        assert_eq!(notice(&update.screen).kind, NoticeKind::WrongKey);
        assert!(update.effects.is_empty());
    }
    assert_eq!(files(dir.path()), before, "not a byte written");
    // The right key opens it.
    let app = open(dir.path(), Some(JournalKey::new([7; 32])));
    assert!(matches!(
        app.screen(start(), berlin()).body,
        ScreenBody::Today { .. }
    ));
}

#[test]
fn a_journal_from_a_newer_version_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        // A journal a newer app wrote: its tables, and its version in the header and the log.
        drop(Journal::open(&path, None, start()).unwrap());
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO schema_log (version) VALUES (999); PRAGMA user_version = 999;",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let app = open(dir.path(), None);
    let screen = app.screen(start(), berlin());
    assert_eq!(notice(&screen).kind, NoticeKind::NewerVersion);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn exact_alarms_denied_is_explained_once_per_denial() {
    let mut h = Harness::recovering(5);
    let checked = |exact| AppAction::PermissionsChecked {
        notifications: crate::journal::PermissionState::Granted,
        exact_alarms: exact,
    };
    let update = h.dispatch(checked(PermissionState::Denied));
    let shown = notice(&update.screen);
    assert_eq!(shown.kind, NoticeKind::ExactAlarmsDenied);
    assert!(shown.heading.contains("late"));
    let open = command(&shown.commands, "Open alarm settings").clone();
    let update = h.press(&open);
    assert_eq!(
        update.effects,
        vec![Effect::OpenSystemSettings {
            page: crate::app::SystemPage::ExactAlarms
        }]
    );
    assert!(
        today(&update.screen).banners[0]
            .text
            .contains("few minutes late")
    );
    // Reported again on the next resume: no second notice.
    let update = h.dispatch(checked(PermissionState::Denied));
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    // Allowed, then refused again: a new denial, a new notice.
    h.dispatch(checked(PermissionState::Granted));
    let update = h.dispatch(checked(PermissionState::Denied));
    assert_eq!(notice(&update.screen).kind, NoticeKind::ExactAlarmsDenied);
    let update = h.dispatch(AppAction::Back);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
}

#[test]
fn notifications_allowed_later_clear_the_notice() {
    let mut h = Harness::recovering(5);
    h.dispatch(AppAction::NotificationPermission { granted: false });
    assert_eq!(notice(&h.screen()).kind, NoticeKind::NotificationsDenied);
    let update = h.dispatch(AppAction::PermissionsChecked {
        notifications: PermissionState::Granted,
        exact_alarms: PermissionState::NotNeeded,
    });
    let home = today(&update.screen);
    assert!(home.banners.is_empty(), "{:?}", home.banners);
}

#[test]
fn a_backup_restores_into_the_new_journal() {
    // A backup from the patient's old phone.
    let old = tempfile::tempdir().unwrap();
    let backup = old.path().join("backup.sqlite");
    {
        let (journal, _) = Journal::open(&old.path().join("journal.db"), None, start()).unwrap();
        ready(&journal, Locale::Es);
        done_session(&journal, start() - TimeDelta::hours(30));
        journal.backup(&backup, None, start()).unwrap();
    }
    let mut h = Harness::new();
    assert!(matches!(h.screen().body, ScreenBody::FirstRun { .. }));
    let restore = command(&first_run(&h.screen()).commands, "Restore a backup").clone();
    h.press(&restore);
    // Not a backup: said so, nothing changes.
    let junk = h.dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"not a backup at all").unwrap();
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: junk.display().to_string(),
    });
    assert!(
        update
            .message
            .unwrap()
            .text
            .contains("not an Aftercare backup")
    );
    assert!(matches!(update.screen.body, ScreenBody::FirstRun { .. }));
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: backup.display().to_string(),
    });
    // Restored: Today, in the language the backup's settings chose.
    assert_eq!(
        update.message.unwrap().text,
        "Se ha restaurado tu copia de seguridad."
    );
    assert_eq!(today(&update.screen).heading, "Día 2 de tu recuperación");
    assert_eq!(h.journal().sessions().unwrap().len(), 1);
    // Restoring over records is refused.
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: backup.display().to_string(),
    });
    assert!(update.message.unwrap().text.contains("vacío"));
    assert_eq!(h.journal().sessions().unwrap().len(), 1);
}

#[test]
fn damage_met_in_use_blocks_until_the_journal_is_opened_again() {
    let mut h = Harness::recovering(5);
    h.app.stack.push(crate::app::route::Route::Notice {
        kind: NoticeKind::DamagedInUse,
    });
    let screen = h.screen();
    assert!(notice(&screen).blocking && screen.up.is_none());
    for action in [
        AppAction::Navigate {
            destination: Destination::History,
        },
        AppAction::Back,
        AppAction::Resumed,
    ] {
        let update = h.dispatch(action);
        assert_eq!(notice(&update.screen).kind, NoticeKind::DamagedInUse);
        assert!(update.effects.is_empty());
    }
    let again = command(&notice(&h.screen()).commands, "Try again").clone();
    let update = h.press(&again);
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
}

#[test]
fn a_restore_waits_for_the_journal_to_be_free_and_says_so() {
    let old = tempfile::tempdir().unwrap();
    let backup = old.path().join("backup.sqlite");
    {
        let (journal, _) = Journal::open(&old.path().join("journal.db"), None, start()).unwrap();
        done_session(&journal, start() - TimeDelta::hours(30));
        journal.backup(&backup, None, start()).unwrap();
    }
    let mut h = Harness::new();
    // A background job still holds the journal (a companion not released).
    let held = h.journal();
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: backup.display().to_string(),
    });
    assert!(update.message.unwrap().text.contains("open elsewhere"));
    assert!(matches!(update.screen.body, ScreenBody::FirstRun { .. }));
    assert!(
        h.journal().sessions().unwrap().is_empty(),
        "nothing changed"
    );
    drop(held);
    let update = h.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: backup.display().to_string(),
    });
    assert_eq!(update.message.unwrap().text, "Your backup was restored.");
    assert_eq!(h.journal().sessions().unwrap().len(), 1);
}

#[test]
fn the_damage_notice_says_the_file_was_kept_and_leaves_the_path_to_the_details() {
    let moved =
        "/data/user/0/health.aftercare/files/journal.db.corrupt-20261121-100000".to_string();
    for (locale, kept, label) in [
        (
            Locale::En,
            "Nothing was deleted: the damaged file is kept on this phone.",
            "For support: where the damaged file is kept",
        ),
        (
            Locale::Es,
            "No se ha eliminado nada: el archivo dañado se conserva en este teléfono.",
            "Para el servicio de asistencia: dónde se conserva el archivo dañado",
        ),
    ] {
        let words = crate::app::words::Words::new(locale, berlin());
        let (title, body) = super::build(NoticeKind::JournalRecovered, vec![moved.clone()], &words);
        let crate::app::ScreenBody::Notice { model } = body else {
            panic!("a notice")
        };
        assert!(
            model.paragraphs.iter().any(|p| p.starts_with(kept)),
            "{model:?}"
        );
        assert_eq!(model.details, vec![moved.clone()]);
        assert_eq!(model.details_label.as_deref(), Some(label));
        for text in model.paragraphs.iter().chain([&model.heading, &title]) {
            assert!(
                !text.contains("journal.db") && !text.contains('/'),
                "{text}"
            );
        }
    }
}

#[test]
fn a_wal_of_another_journal_is_set_aside_and_told_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let (journal, _) = Journal::open(&path, None, start()).unwrap();
        ready(&journal, Locale::En);
        done_session(&journal, start() - TimeDelta::hours(5));
    }
    // Another journal's WAL, full of its entries (as a hand-made restore or a sync app leaves).
    let other = tempfile::tempdir().unwrap();
    let other_path = other.path().join("journal.db");
    let (journal, _) = Journal::open(&other_path, None, start()).unwrap();
    ready(&journal, Locale::En);
    done_session(&journal, start() - TimeDelta::hours(2));
    done_session(&journal, start() - TimeDelta::hours(1));
    let mut wal = other_path.as_os_str().to_os_string();
    wal.push("-wal");
    std::fs::copy(&wal, dir.path().join("journal.db-wal")).unwrap();
    drop(journal);

    let mut app = open(dir.path(), None);
    let screen = app.screen(start(), berlin());
    let shown = notice(&screen);
    assert_eq!(shown.kind, NoticeKind::FilesSetAside);
    assert!(!shown.blocking);
    assert!(
        shown.details[0].contains("journal.db-wal.foreign-"),
        "{shown:?}"
    );
    assert!(std::path::Path::new(&shown.details[0]).exists());
    assert_eq!(app.journal().unwrap().sessions().unwrap().len(), 1);
    let update = app.dispatch(
        AppAction::Notice {
            action: NoticeAction::Continue,
        },
        start(),
        berlin(),
    );
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    // Told once: the next start has nothing to say.
    drop(app);
    let app = open(dir.path(), None);
    assert!(matches!(
        app.screen(start(), berlin()).body,
        ScreenBody::Today { .. }
    ));
}
