//! The backup and restore flows, drawn inside Settings and the first run: how to lock a backup
//! for a new phone (a recovery code, the default, or a passphrase), the code shown once until
//! "I wrote it down", the passphrase with its floor, and unlocking a picked backup with its
//! code or passphrase. The secrets live only here, in memory: never in the drafts kept when the
//! app goes to the background, never in the journal, never in a message.

#[cfg(test)]
mod tests;

use std::path::PathBuf;

use super::action::AppAction;
use super::effect::{Effect, FileSource, SharedFile};
use super::field::{Field, spoken};
use super::model::{Choice, Command, CommandStyle, InputKind, TextInput, Tone};
use super::route::Route;
use super::words::Words;
use super::{After, App, AppError, Ctx, Out};
use crate::journal::{
    BackupInfo, BackupLock, JournalError, Passphrase, PassphraseProblem, RecoveryCode,
    new_recovery_code,
};

/// What the patient can do in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum BackupAction {
    /// Lock the backup with a new recovery code (shown next).
    UseRecoveryCode,
    /// Lock it with a passphrase of their own.
    UsePassphrase,
    /// The code is written down: make the backup and share it.
    WroteItDown,
    /// Make the backup with the passphrase typed (twice).
    MakeBackup,
    /// Open the picked backup with the code or passphrase typed, and restore it.
    Unlock,
    /// Leave the flow; nothing is made or restored.
    Cancel,
}

/// Where the flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum BackupStep {
    /// How to lock the backup: a recovery code or a passphrase.
    ChooseLock,
    /// The new recovery code, shown once.
    ShowCode,
    /// A passphrase, typed twice.
    ChoosePassphrase,
    /// A picked backup's code or passphrase.
    Unlock,
}

/// The flow's model: the shell draws it in place of the screen's own content.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupFlow {
    /// Which step.
    pub step: BackupStep,
    /// The step's heading.
    pub heading: String,
    /// What it is about, in plain words.
    pub paragraphs: Vec<String>,
    /// A recovery code or a passphrase (choose step).
    pub choices: Vec<Choice>,
    /// The recovery code's six groups, to show large and in a fixed-width font (code step).
    pub code: Vec<String>,
    /// What a screen reader says for the code: each character on its own.
    pub code_accessibility_label: Option<String>,
    /// The passphrase twice (passphrase step), or the code or passphrase that opens the backup
    /// (unlock step).
    pub inputs: Vec<TextInput>,
    /// Why the last try did not work, if it did not (a wrong code: nothing was changed).
    pub error: Option<String>,
    /// What to do, the main thing first; the last one leaves the flow.
    pub commands: Vec<Command>,
}

/// The flow's state, with the secrets it holds until it ends (`Debug` shows neither).
pub(crate) struct Flow {
    /// The screen it is drawn on (Settings, or the first run).
    pub(crate) on: Route,
    state: State,
}

impl std::fmt::Debug for Flow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let step = match &self.state {
            State::ChooseLock => "choose lock",
            State::ShowCode(_) => "show code",
            State::Passphrase { .. } => "passphrase",
            State::Unlock { .. } => "unlock",
        };
        f.debug_struct("Flow")
            .field("on", &self.on)
            .field("step", &step)
            .finish()
    }
}

enum State {
    ChooseLock,
    ShowCode(RecoveryCode),
    Passphrase {
        text: String,
        confirm: String,
        problem: Option<(Field, Problem)>,
    },
    Unlock {
        backup: PathBuf,
        info: BackupInfo,
        text: String,
        problem: Option<Problem>,
    },
}

/// Why what was typed was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Weak(PassphraseProblem),
    Mismatch,
    WrongSecret,
}

impl Problem {
    fn text(self, words: &Words) -> String {
        match self {
            Problem::Weak(PassphraseProblem::TooShort { min }) => {
                words.arg("field-error-passphrase-short", "min", min)
            }
            Problem::Weak(PassphraseProblem::TooLong { max }) => {
                words.arg("field-error-too-long", "max", max)
            }
            Problem::Weak(PassphraseProblem::TooEasy) => words.get("field-error-passphrase-easy"),
            Problem::Weak(PassphraseProblem::ControlCharacter) => words.get("field-error-control"),
            Problem::Weak(PassphraseProblem::NotACode) => words.get("field-error-recovery-code"),
            Problem::Mismatch => words.get("field-error-passphrase-mismatch"),
            Problem::WrongSecret => words.get("message-restore-wrong-secret"),
        }
    }
}

fn command(words: &Words, key: &str, action: BackupAction, style: CommandStyle) -> Command {
    Command::new(words.get(key), AppAction::Backup { action }, style)
}

fn secret_input(
    field: Field,
    label: &str,
    value: &str,
    kind: InputKind,
    error: Option<String>,
    words: &Words,
) -> TextInput {
    let label = words.get(label);
    TextInput {
        field,
        accessibility_label: spoken(&label, error.as_deref()),
        label,
        value: value.to_string(),
        hint: None,
        error,
        kind,
        max_chars: Some(256),
        required: true,
    }
}

impl Flow {
    /// The flow of Settings → Backup, drawn on `on`.
    pub(crate) fn backup(on: Route) -> Flow {
        Flow {
            on,
            state: State::ChooseLock,
        }
    }

    /// A picked backup that needs its code or passphrase, drawn on `on`.
    pub(crate) fn unlock(on: Route, backup: PathBuf, info: BackupInfo) -> Flow {
        Flow {
            on,
            state: State::Unlock {
                backup,
                info,
                text: String::new(),
                problem: None,
            },
        }
    }

    /// The last try at unlocking did not open the backup (nothing was changed).
    pub(crate) fn wrong_secret(&mut self) {
        if let State::Unlock { problem, .. } = &mut self.state {
            *problem = Some(Problem::WrongSecret);
        }
    }

    /// A text input of the flow changed; `false` if the field is not the flow's.
    pub(crate) fn edit_text(&mut self, field: Field, new: String) -> bool {
        match (&mut self.state, field) {
            (State::Passphrase { text, problem, .. }, Field::BackupPassphrase) => {
                *text = new;
                *problem = None;
            }
            (
                State::Passphrase {
                    confirm, problem, ..
                },
                Field::BackupPassphraseAgain,
            ) => {
                *confirm = new;
                *problem = None;
            }
            (State::Unlock { text, problem, .. }, Field::BackupSecret) => {
                *text = new;
                *problem = None;
            }
            _ => return false,
        }
        true
    }

    /// The model of the step.
    pub(crate) fn model(&self, words: &Words) -> BackupFlow {
        let paragraphs = |key: &str| -> Vec<String> {
            (1..=3)
                .filter_map(|i| words.attr(key, &format!("p{i}")))
                .collect()
        };
        let cancel = command(
            words,
            "command-cancel",
            BackupAction::Cancel,
            CommandStyle::Quiet,
        );
        let mut model = BackupFlow {
            step: BackupStep::ChooseLock,
            heading: String::new(),
            paragraphs: Vec::new(),
            choices: Vec::new(),
            code: Vec::new(),
            code_accessibility_label: None,
            inputs: Vec::new(),
            error: None,
            commands: Vec::new(),
        };
        match &self.state {
            State::ChooseLock => {
                model.heading = words.get("backup-choose");
                model.paragraphs = paragraphs("backup-choose");
                model.choices = vec![
                    Choice::new(
                        words.get("backup-choice-code"),
                        words.attr("backup-choice-code", "detail"),
                        false,
                        AppAction::Backup {
                            action: BackupAction::UseRecoveryCode,
                        },
                    ),
                    Choice::new(
                        words.get("backup-choice-passphrase"),
                        words.attr("backup-choice-passphrase", "detail"),
                        false,
                        AppAction::Backup {
                            action: BackupAction::UsePassphrase,
                        },
                    ),
                ];
                model.commands = vec![cancel];
            }
            State::ShowCode(code) => {
                model.step = BackupStep::ShowCode;
                model.heading = words.get("backup-code");
                model.paragraphs = paragraphs("backup-code");
                model.code = code.groups();
                let spelled: Vec<String> = code
                    .groups()
                    .iter()
                    .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
                    .collect();
                model.code_accessibility_label =
                    Some(words.arg("backup-code-spoken", "code", spelled.join(", ")));
                model.commands = vec![
                    command(
                        words,
                        "command-wrote-it-down",
                        BackupAction::WroteItDown,
                        CommandStyle::Primary,
                    ),
                    cancel,
                ];
            }
            State::Passphrase {
                text,
                confirm,
                problem,
            } => {
                model.step = BackupStep::ChoosePassphrase;
                model.heading = words.get("backup-passphrase");
                model.paragraphs = paragraphs("backup-passphrase");
                let error_for = |field: Field| {
                    problem
                        .filter(|(f, _)| *f == field)
                        .map(|(_, p)| p.text(words))
                };
                model.inputs = vec![
                    secret_input(
                        Field::BackupPassphrase,
                        "input-backup-passphrase",
                        text,
                        InputKind::Secret,
                        error_for(Field::BackupPassphrase),
                        words,
                    ),
                    secret_input(
                        Field::BackupPassphraseAgain,
                        "input-backup-passphrase-again",
                        confirm,
                        InputKind::Secret,
                        error_for(Field::BackupPassphraseAgain),
                        words,
                    ),
                ];
                model.commands = vec![
                    command(
                        words,
                        "command-make-backup",
                        BackupAction::MakeBackup,
                        CommandStyle::Primary,
                    ),
                    cancel,
                ];
            }
            State::Unlock {
                info,
                text,
                problem,
                ..
            } => {
                let code = info.lock == BackupLock::RecoveryCode;
                let key = if code {
                    "backup-unlock-code"
                } else {
                    "backup-unlock-passphrase"
                };
                model.step = BackupStep::Unlock;
                model.heading = words.get("backup-unlock");
                let made = info
                    .made_at
                    .map(|at| words.stamp(at))
                    .unwrap_or_else(|| words.get("backup-made-unknown"));
                model.paragraphs = vec![
                    words.arg(key, "when", made),
                    words.get("backup-unlock-note"),
                ];
                let (label, kind) = if code {
                    ("input-backup-code", InputKind::RecoveryCode)
                } else {
                    ("input-backup-unlock-passphrase", InputKind::Secret)
                };
                let error = problem.filter(|p| *p != Problem::WrongSecret);
                model.inputs = vec![secret_input(
                    Field::BackupSecret,
                    label,
                    text,
                    kind,
                    error.map(|p| p.text(words)),
                    words,
                )];
                model.error = problem
                    .filter(|p| *p == Problem::WrongSecret)
                    .map(|p| p.text(words));
                model.commands = vec![
                    command(
                        words,
                        "command-unlock-restore",
                        BackupAction::Unlock,
                        CommandStyle::Primary,
                    ),
                    cancel,
                ];
            }
        }
        model
    }
}

/// Handles a flow action.
pub(super) fn handle(
    app: &mut App,
    action: BackupAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let Some(flow) = app.flow.as_mut() else {
        return Ok(());
    };
    match (action, &mut flow.state) {
        (BackupAction::Cancel, _) => app.flow = None,
        (BackupAction::UseRecoveryCode, State::ChooseLock) => match new_recovery_code() {
            Ok(code) => flow.state = State::ShowCode(code),
            Err(_) => out.say(ctx.words.get("message-failed"), Tone::Problem),
        },
        (BackupAction::UsePassphrase, State::ChooseLock) => {
            flow.state = State::Passphrase {
                text: String::new(),
                confirm: String::new(),
                problem: None,
            }
        }
        (BackupAction::WroteItDown, State::ShowCode(code)) => {
            let secret = code.passphrase();
            write_and_share(app, &secret, ctx, out)?;
        }
        (
            BackupAction::MakeBackup,
            State::Passphrase {
                text,
                confirm,
                problem,
            },
        ) => match Passphrase::chosen(text) {
            Err(weak) => *problem = Some((Field::BackupPassphrase, Problem::Weak(weak))),
            Ok(_) if text.trim() != confirm.trim() => {
                *problem = Some((Field::BackupPassphraseAgain, Problem::Mismatch))
            }
            Ok(secret) => write_and_share(app, &secret, ctx, out)?,
        },
        (
            BackupAction::Unlock,
            State::Unlock {
                backup,
                info,
                text,
                problem,
            },
        ) => match Passphrase::to_unlock(text, info.lock == BackupLock::RecoveryCode) {
            Err(typed) => *problem = Some(Problem::Weak(typed)),
            Ok(secret) => {
                app.after = Some(After::Restore {
                    backup: backup.clone(),
                    secret: Some(secret),
                });
            }
        },
        // An action of another step (a stale button): nothing happens.
        _ => {}
    }
    Ok(())
}

/// Makes the backup in the share folder, locked with `secret`, and shares it; the flow ends.
fn write_and_share(
    app: &mut App,
    secret: &Passphrase,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let dir = &app.config.share_dir;
    if let Err(err) = std::fs::create_dir_all(dir) {
        return Err(JournalError::io("create the share folder", err).into());
    }
    let name = super::settings::file_name("backup", ctx.now, ctx.zone, "aftercare");
    let path = dir.join(&name);
    ctx.journal.backup_locked(&path, secret, ctx.now)?;
    app.flow = None;
    out.effects.push(Effect::ShareFile {
        file: SharedFile {
            source: FileSource::Path {
                path: path.display().to_string(),
            },
            media_type: "application/octet-stream".to_string(),
            file_name: name,
            title: ctx.words.get("share-backup-title"),
        },
    });
    out.say(ctx.words.get("message-backup-written"), Tone::Neutral);
    Ok(())
}
