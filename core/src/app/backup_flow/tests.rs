//! The backup flow in Settings and the restore flow on a new phone: the recovery code shown
//! once until "I wrote it down", a passphrase with its floor, a wrong code refused with nothing
//! changed, the right one restoring under the new phone's key; secrets never kept.

use chrono::TimeDelta;

use super::super::tests::{
    berlin, command, done_session, first_run, ready, settings, start, today,
};
use super::*;
use crate::app::{App, Config, Destination, Effect, FilePurpose, ScreenBody, SettingsAction};
use crate::journal::{Journal, JournalKey};
use crate::text::Locale;

/// A phone: an app over a journal in its own folder, with its own key.
struct Phone {
    dir: tempfile::TempDir,
    app: App,
}

impl Phone {
    fn new(key: u8, setup: impl FnOnce(&Journal)) -> Phone {
        let dir = tempfile::tempdir().unwrap();
        let key = JournalKey::new([key; 32]);
        {
            let (journal, _) =
                Journal::open(&dir.path().join("journal.db"), Some(&key), start()).unwrap();
            setup(&journal);
        }
        let config = Config {
            path: dir.path().join("journal.db"),
            key: Some(key),
            share_dir: dir.path().join("share"),
            device_locale: Locale::En,
            device_region: crate::region::Region::default(),
        };
        Phone {
            app: App::open(config, start()),
            dir,
        }
    }

    fn dispatch(&mut self, action: AppAction) -> crate::app::Update {
        self.app.dispatch(action, start(), berlin())
    }

    fn flow(&self) -> BackupFlow {
        let screen = self.app.screen(start(), berlin());
        match &screen.body {
            ScreenBody::Settings { model } => model.backup_flow.clone(),
            ScreenBody::FirstRun { model } => model.backup_flow.clone(),
            other => panic!("no flow on {other:?}"),
        }
        .expect("a flow under way")
    }

    fn backup(&mut self, action: BackupAction) -> crate::app::Update {
        self.dispatch(AppAction::Backup { action })
    }
}

fn shared_path(update: &crate::app::Update) -> std::path::PathBuf {
    let file = update
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::ShareFile { file } => Some(file.clone()),
            _ => None,
        })
        .expect("a file to share");
    assert!(file.file_name.ends_with(".aftercare"), "{}", file.file_name);
    match file.source {
        crate::app::FileSource::Path { path } => path.into(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_recovery_code_is_shown_once_and_restores_on_a_new_phone_under_its_key() {
    let mut old = Phone::new(1, |journal| {
        ready(journal, Locale::En);
        done_session(journal, start() - TimeDelta::hours(30));
    });
    old.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    });
    let screen = old.app.screen(start(), berlin());
    let model = settings(&screen);
    assert!(model.backup_note.contains("the only way to open it"));
    assert!(model.backup_flow.is_none());
    old.dispatch(model.backup.action.clone());
    let flow = old.flow();
    assert_eq!(flow.step, BackupStep::ChooseLock);
    assert_eq!(flow.choices.len(), 2);
    assert!(flow.choices[0].label.contains("recovery code"));
    old.dispatch(flow.choices[0].action.clone());
    let flow = old.flow();
    assert_eq!(flow.step, BackupStep::ShowCode);
    assert_eq!(flow.code.len(), 6);
    assert!(flow.code.iter().all(|g| g.len() == 4));
    let code = flow.code.join("-");
    assert!(
        flow.code_accessibility_label.as_deref().unwrap().contains(
            &flow.code[0]
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        )
    );
    assert!(flow.paragraphs.iter().any(|p| p.contains("only way")));
    // Sent to the background with the code on screen: the kept drafts hold no code.
    old.dispatch(AppAction::Backgrounded);
    let kept = old.app.journal().unwrap().take_unsaved_forms().unwrap();
    assert!(!kept.unwrap_or_default().contains(&flow.code[0]));
    assert!(!format!("{:?}", old.app).contains(&flow.code[0]));
    let update = old.backup(BackupAction::WroteItDown);
    let backup = shared_path(&update);
    assert!(update.message.unwrap().text.contains("ready"));
    assert!(settings(&update.screen).backup_flow.is_none());
    assert_eq!(
        Journal::inspect_backup(&backup).unwrap().lock,
        crate::journal::BackupLock::RecoveryCode
    );
    let moving = old.dir.path().join("moving.aftercare");
    std::fs::copy(&backup, &moving).unwrap();

    // The new phone: its own key, an empty journal, the first run.
    let mut new = Phone::new(2, |_| {});
    let screen = new.app.screen(start(), berlin());
    let restore = command(&first_run(&screen).commands, "Restore a backup").clone();
    new.dispatch(restore.action);
    new.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: moving.display().to_string(),
    });
    let flow = new.flow();
    assert_eq!(flow.step, BackupStep::Unlock);
    assert_eq!(flow.inputs[0].kind, InputKind::RecoveryCode);
    assert!(
        flow.paragraphs[0].contains("recovery code"),
        "{:?}",
        flow.paragraphs
    );
    // A wrong code: said so, nothing changed, try again.
    let files_before: Vec<_> = std::fs::read_dir(new.dir.path())
        .unwrap()
        .count()
        .to_string()
        .into();
    new.dispatch(AppAction::EditText {
        field: Field::BackupSecret,
        text: "0000-0000-0000-0000-0000-0000".into(),
    });
    let update = new.backup(BackupAction::Unlock);
    let flow = match &update.screen.body {
        ScreenBody::FirstRun { model } => model.backup_flow.clone().expect("still unlocking"),
        other => panic!("{other:?}"),
    };
    assert!(
        flow.error.as_deref().unwrap().contains("does not open"),
        "{flow:?}"
    );
    assert!(new.app.journal().unwrap().sessions().unwrap().is_empty());
    let files_after: Vec<_> = std::fs::read_dir(new.dir.path())
        .unwrap()
        .count()
        .to_string()
        .into();
    assert_eq!(files_before, files_after);
    // Not a code at all: the field says what a code is.
    new.dispatch(AppAction::EditText {
        field: Field::BackupSecret,
        text: "hello".into(),
    });
    new.backup(BackupAction::Unlock);
    assert!(
        new.flow().inputs[0]
            .error
            .as_deref()
            .unwrap()
            .contains("24 letters")
    );
    // The right one, typed as people do.
    new.dispatch(AppAction::EditText {
        field: Field::BackupSecret,
        text: code.to_lowercase().replace('-', " "),
    });
    let update = new.backup(BackupAction::Unlock);
    assert_eq!(update.message.unwrap().text, "Your backup was restored.");
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    today(&update.screen);
    assert_eq!(new.app.journal().unwrap().sessions().unwrap().len(), 1);
    drop(new.app);
    // The journal is the new phone's: its key opens it, the old phone's does not.
    let path = new.dir.path().join("journal.db");
    assert!(Journal::open(&path, Some(&JournalKey::new([1; 32])), start()).is_err());
    assert!(Journal::open(&path, Some(&JournalKey::new([2; 32])), start()).is_ok());
}

#[test]
fn a_passphrase_must_clear_the_floor_and_match_then_restores_from_settings() {
    let mut old = Phone::new(1, |journal| {
        ready(journal, Locale::En);
        done_session(journal, start() - TimeDelta::hours(30));
    });
    old.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    });
    old.dispatch(AppAction::Settings {
        action: SettingsAction::Backup,
    });
    old.backup(BackupAction::UsePassphrase);
    let flow = old.flow();
    assert_eq!(flow.step, BackupStep::ChoosePassphrase);
    assert!(flow.inputs.iter().all(|i| i.kind == InputKind::Secret));
    for (text, again, field, says) in [
        ("short", "short", 0, "at least 12"),
        ("password1234", "password1234", 0, "Too easy"),
        (
            "mi gata duerme en la ventana",
            "mi gata duerme",
            1,
            "not the same",
        ),
    ] {
        old.dispatch(AppAction::EditText {
            field: Field::BackupPassphrase,
            text: text.into(),
        });
        old.dispatch(AppAction::EditText {
            field: Field::BackupPassphraseAgain,
            text: again.into(),
        });
        let update = old.backup(BackupAction::MakeBackup);
        assert!(update.effects.is_empty());
        let flow = old.flow();
        let error = flow.inputs[field].error.clone().unwrap_or_default();
        assert!(error.contains(says), "{text}: {error}");
        assert!(!error.contains(text), "the error repeats it");
    }
    old.dispatch(AppAction::EditText {
        field: Field::BackupPassphraseAgain,
        text: "mi gata duerme en la ventana".into(),
    });
    let update = old.backup(BackupAction::MakeBackup);
    let backup = shared_path(&update);

    // A phone whose journal is empty but whose first run is done: restore from Settings.
    let mut new = Phone::new(3, |journal| ready(journal, Locale::En));
    new.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    });
    new.dispatch(AppAction::Settings {
        action: SettingsAction::Restore,
    });
    new.dispatch(AppAction::FilePicked {
        purpose: FilePurpose::Backup,
        path: backup.display().to_string(),
    });
    let flow = new.flow();
    assert_eq!(flow.inputs[0].kind, InputKind::Secret);
    new.dispatch(AppAction::EditText {
        field: Field::BackupSecret,
        text: "mi gata duerme en la ventana!".into(),
    });
    new.backup(BackupAction::Unlock);
    assert!(new.flow().error.is_some());
    new.dispatch(AppAction::EditText {
        field: Field::BackupSecret,
        text: "mi gata duerme en la ventana".into(),
    });
    let update = new.backup(BackupAction::Unlock);
    assert_eq!(update.message.unwrap().text, "Your backup was restored.");
    assert_eq!(new.app.journal().unwrap().sessions().unwrap().len(), 1);
}

#[test]
fn back_or_cancel_leaves_the_flow_and_a_new_backup_gets_a_new_code() {
    let mut phone = Phone::new(1, |journal| {
        ready(journal, Locale::En);
        done_session(journal, start() - TimeDelta::hours(30));
    });
    phone.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    });
    phone.dispatch(AppAction::Settings {
        action: SettingsAction::Backup,
    });
    phone.backup(BackupAction::UseRecoveryCode);
    let first = phone.flow().code;
    let update = phone.dispatch(AppAction::Back);
    assert!(
        settings(&update.screen).backup_flow.is_none(),
        "back leaves the flow"
    );
    phone.dispatch(AppAction::Settings {
        action: SettingsAction::Backup,
    });
    phone.backup(BackupAction::UseRecoveryCode);
    assert_ne!(phone.flow().code, first);
    let cancel = command(&phone.flow().commands, "Cancel").clone();
    let update = phone.dispatch(cancel.action);
    assert!(settings(&update.screen).backup_flow.is_none());
    // Nothing was written.
    assert!(!phone.dir.path().join("share").exists());
    // Leaving Settings ends a flow under way too.
    phone.dispatch(AppAction::Settings {
        action: SettingsAction::Backup,
    });
    phone.dispatch(AppAction::Navigate {
        destination: Destination::Today,
    });
    phone.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    });
    let screen = phone.app.screen(start(), berlin());
    assert!(settings(&screen).backup_flow.is_none());
}
