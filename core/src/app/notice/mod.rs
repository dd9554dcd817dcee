//! Screen 10, notices: the journal was damaged and moved aside, a wrong key, a newer version, a
//! full disk, notifications or exact alarms denied. What it means, what was kept, what to do.

#[cfg(test)]
mod tests;

use super::action::AppAction;
use super::effect::{Effect, FilePurpose, SystemPage};
use super::model::{Command, CommandStyle, ScreenBody, Tone};
use super::route::{Route, Stack};
use super::words::Words;
use super::{After, App, AppError, Ctx, Out, Resync};
use crate::journal::PermissionState;

/// Which notice.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
pub enum NoticeKind {
    /// The journal was damaged; it was moved aside (not deleted) and a new one started.
    JournalRecovered,
    /// Files beside the journal that were not its own (another journal's WAL, say, after a
    /// restore by hand or a sync app) were set aside, not used; the journal is unchanged.
    FilesSetAside,
    /// The journal cannot be opened with this key; nothing was changed.
    WrongKey,
    /// The journal was written by a newer version of the app; nothing was changed.
    NewerVersion,
    /// The phone's storage is full; the journal cannot be opened.
    StorageFull,
    /// The journal cannot be opened (permissions, missing folder, another failure).
    CannotOpen,
    /// The journal could not be read just now.
    CannotRead,
    /// The journal was found damaged while in use; opening it again recovers.
    DamagedInUse,
    /// Notifications are off: reminders are still shown in the app.
    NotificationsDenied,
    /// Android: exact alarms are off, so reminders may come a few minutes late.
    ExactAlarmsDenied,
}

impl NoticeKind {
    /// Whether nothing else can be done until it is resolved (no way back, no navigation).
    pub fn blocking(self) -> bool {
        matches!(
            self,
            NoticeKind::WrongKey
                | NoticeKind::NewerVersion
                | NoticeKind::StorageFull
                | NoticeKind::CannotOpen
                | NoticeKind::DamagedInUse
        )
    }

    /// The stable code used in text keys.
    fn code(self) -> &'static str {
        match self {
            NoticeKind::JournalRecovered => "recovered",
            NoticeKind::FilesSetAside => "files-set-aside",
            NoticeKind::WrongKey => "wrong-key",
            NoticeKind::NewerVersion => "newer-version",
            NoticeKind::StorageFull => "storage-full",
            NoticeKind::CannotOpen => "cannot-open",
            NoticeKind::CannotRead => "cannot-read",
            NoticeKind::DamagedInUse => "damaged",
            NoticeKind::NotificationsDenied => "notifications-denied",
            NoticeKind::ExactAlarmsDenied => "exact-alarms-denied",
        }
    }

    fn tone(self) -> Tone {
        match self {
            NoticeKind::NotificationsDenied | NoticeKind::ExactAlarmsDenied => Tone::Neutral,
            _ => Tone::Problem,
        }
    }
}

/// What the patient can do on a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum NoticeAction {
    /// Understood; carry on.
    Continue,
    /// Open the journal again.
    TryAgain,
    /// Open the system settings page the notice is about.
    OpenSettings,
    /// Pick a backup to restore into the new, empty journal.
    RestoreBackup,
}

/// A notice.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoticeScreen {
    /// Which notice.
    pub kind: NoticeKind,
    /// How much attention it needs.
    pub tone: Tone,
    /// What happened, in one line.
    pub heading: String,
    /// What it means and what to do.
    pub paragraphs: Vec<String>,
    /// A caption for `details`, when there are any.
    pub details_label: Option<String>,
    /// Details to keep (where a damaged journal was moved).
    pub details: Vec<String>,
    /// What to do, the main thing first.
    pub commands: Vec<Command>,
    /// Whether nothing else can be done until it is resolved.
    pub blocking: bool,
}

fn command(words: &Words, key: &str, action: NoticeAction, style: CommandStyle) -> Command {
    Command::new(words.get(key), AppAction::Notice { action }, style)
}

/// The notice's title and model; `moved_to` lists where a damaged journal (or, for
/// [`NoticeKind::FilesSetAside`], the files set aside) went.
pub(super) fn build(
    kind: NoticeKind,
    moved_to: Vec<String>,
    words: &Words,
) -> (String, ScreenBody) {
    let key = format!("notice-{}", kind.code());
    let paragraphs: Vec<String> = (1..=4)
        .filter_map(|i| words.attr(&key, &format!("p{i}")))
        .collect();
    let commands = match kind {
        NoticeKind::JournalRecovered => vec![
            command(
                words,
                "command-continue",
                NoticeAction::Continue,
                CommandStyle::Primary,
            ),
            command(
                words,
                "command-restore-backup",
                NoticeAction::RestoreBackup,
                CommandStyle::Secondary,
            ),
        ],
        NoticeKind::FilesSetAside => vec![command(
            words,
            "command-continue",
            NoticeAction::Continue,
            CommandStyle::Primary,
        )],
        NoticeKind::NotificationsDenied => vec![
            command(
                words,
                "command-open-notification-settings",
                NoticeAction::OpenSettings,
                CommandStyle::Primary,
            ),
            command(
                words,
                "command-not-now",
                NoticeAction::Continue,
                CommandStyle::Secondary,
            ),
        ],
        NoticeKind::ExactAlarmsDenied => vec![
            command(
                words,
                "command-open-alarm-settings",
                NoticeAction::OpenSettings,
                CommandStyle::Primary,
            ),
            command(
                words,
                "command-ok",
                NoticeAction::Continue,
                CommandStyle::Secondary,
            ),
        ],
        _ => vec![command(
            words,
            "command-try-again",
            NoticeAction::TryAgain,
            CommandStyle::Primary,
        )],
    };
    let details = if matches!(
        kind,
        NoticeKind::JournalRecovered | NoticeKind::FilesSetAside
    ) {
        moved_to
    } else {
        Vec::new()
    };
    let model = NoticeScreen {
        kind,
        tone: kind.tone(),
        heading: words.get(&key),
        paragraphs,
        details_label: (!details.is_empty()).then(|| {
            words.get(if kind == NoticeKind::FilesSetAside {
                "notice-set-aside-to"
            } else {
                "notice-moved-to"
            })
        }),
        details,
        commands,
        blocking: kind.blocking(),
    };
    (
        words
            .attr(&key, "title")
            .unwrap_or_else(|| words.get("title-notice")),
        ScreenBody::Notice { model },
    )
}

/// Handles a notice's command.
pub(super) fn handle(
    app: &mut App,
    action: NoticeAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let kind = match app.stack.top() {
        Route::Notice { kind } => *kind,
        // A read failure shows its notice without a route; "try again" still reopens.
        _ if action == NoticeAction::TryAgain => {
            app.after = Some(After::Reopen);
            return Ok(());
        }
        _ => return Ok(()),
    };
    match action {
        NoticeAction::Continue => leave(app, kind, ctx)?,
        NoticeAction::TryAgain => app.after = Some(After::Reopen),
        NoticeAction::OpenSettings => {
            let page = match kind {
                NoticeKind::ExactAlarmsDenied => SystemPage::ExactAlarms,
                _ => SystemPage::Notifications,
            };
            out.effects.push(Effect::OpenSystemSettings { page });
            leave(app, kind, ctx)?;
        }
        NoticeAction::RestoreBackup => out.effects.push(Effect::PickFile {
            purpose: FilePurpose::Backup,
            media_types: FilePurpose::Backup.media_types(),
        }),
    }
    Ok(())
}

/// Leaves a notice that allows it (back, continue); the damage notice is then forgotten.
pub(super) fn leave(app: &mut App, kind: NoticeKind, ctx: &Ctx) -> Result<(), AppError> {
    if kind.blocking() {
        return Ok(());
    }
    if kind == NoticeKind::JournalRecovered {
        let mut state = ctx.state.clone();
        state.damage_moved_to.clear();
        ctx.journal.save_app_state(&state, ctx.now)?;
    }
    if kind == NoticeKind::FilesSetAside {
        app.set_aside.clear();
    }
    app.stack.remove_notice(kind);
    Ok(())
}

/// The answer to the notification permission request: the first run ends here, and a refusal
/// explains that reminders stay in the app.
pub(super) fn permission_answered(
    app: &mut App,
    granted: bool,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    let mut state = ctx.state.clone();
    state.notifications = if granted {
        PermissionState::Granted
    } else {
        PermissionState::Denied
    };
    ctx.journal.save_app_state(&state, ctx.now)?;
    if app.stack.root() == &Route::FirstRun {
        app.stack = Stack::new(Route::Today { rule: None });
    }
    if granted {
        app.stack.remove_notice(NoticeKind::NotificationsDenied);
    } else {
        app.stack.push(Route::Notice {
            kind: NoticeKind::NotificationsDenied,
        });
    }
    out.resync(Resync::Changed);
    Ok(())
}
