//! What the patient typed survives the system ending the app in the background: the forms not
//! yet saved and the screens open are kept in the journal when the app goes to the background
//! and come back when a new process opens it.
//!
//! Phones end backgrounded apps without warning (Android does it routinely while the camera or
//! a file picker is in front), so memory alone would lose a half-written symptom. The shells'
//! own saved-state mechanisms would keep notes outside the (encrypted) journal; this keeps them
//! inside it. Kept forms are handed back once; coming back to the foreground with the process
//! alive forgets them, so a form saved later can never return as a stale draft.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::route::{Route, Stack};
use super::{App, AppError, Ctx, Drafts};

/// The encoding's version: a body of another version (an update in between) is dropped, as
/// the forms it describes may have changed shape.
const VERSION: u32 = 1;

/// What is kept: the screens open and the drafts.
#[derive(Serialize, Deserialize)]
struct Kept {
    version: u32,
    stack: Stack,
    drafts: Drafts,
}

/// Whether there is anything to keep: a draft, or a screen beyond the home screen.
fn worth_keeping(app: &App) -> bool {
    app.drafts != Drafts::default() || app.stack.depth() > 1 || !is_home(app.stack.root())
}

fn is_home(route: &Route) -> bool {
    matches!(route, Route::Today { rule: None } | Route::FirstRun)
}

/// The app went to the background: keep what would be lost, or forget what was kept before.
pub(crate) fn keep(app: &mut App, ctx: &Ctx) -> Result<(), AppError> {
    // A notice (damage, wrong key) is decided again on every open; nothing to keep under it.
    if matches!(app.stack.root(), Route::Notice { .. }) || !worth_keeping(app) {
        return forget(app, ctx);
    }
    let kept = Kept {
        version: VERSION,
        stack: app.stack.clone(),
        drafts: app.drafts.clone(),
    };
    // Our own types always encode; were one ever not to, keeping nothing beats failing the app.
    if let Ok(body) = serde_json::to_string(&kept) {
        ctx.journal.keep_unsaved_forms(&body, ctx.now)?;
        app.kept = true;
    }
    Ok(())
}

/// The app is in the foreground with its forms in memory: what was kept is out of date.
pub(crate) fn forget(app: &mut App, ctx: &Ctx) -> Result<(), AppError> {
    if app.kept {
        ctx.journal.forget_unsaved_forms()?;
        app.kept = false;
    }
    Ok(())
}

/// A new process opened the journal: bring back what the last one kept, if it still fits.
pub(crate) fn bring_back(app: &mut App, now: DateTime<Utc>) {
    let Some(journal) = app.journal.clone() else {
        return;
    };
    // The damage notice or the first run's own start decide; a recovered journal is new anyway.
    if matches!(app.stack.top(), Route::Notice { .. }) {
        return;
    }
    let Ok(Some(body)) = journal.take_unsaved_forms() else {
        return;
    };
    let Ok(kept) = serde_json::from_str::<Kept>(&body) else {
        return;
    };
    // The home screen is decided by the journal (first run done or not), not by what was kept.
    if kept.version != VERSION || kept.stack.root() != app.stack.root() {
        return;
    }
    let (stack, drafts) = (
        std::mem::replace(&mut app.stack, kept.stack),
        std::mem::replace(&mut app.drafts, kept.drafts),
    );
    // A kept screen about a record deleted since (from the CLI, a restore) must not greet the
    // patient with an error: fall back to the home screen.
    let fits = super::Ctx::load(journal, now, chrono_tz::UTC, &app.config)
        .and_then(|ctx| app.build(&ctx).map(|_| ()))
        .is_ok();
    if !fits {
        app.stack = stack;
        app.drafts = drafts;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Harness, choice, config, history, log, today};
    use super::super::{AppAction, Destination, Field};
    use super::{Drafts, Kept, Route, Stack, VERSION};
    use crate::text::Locale;

    /// The system ends the process; the phone starts a new one over the same journal.
    fn new_process(h: &mut Harness) {
        h.app = super::super::App::open(config(h.dir.path().to_path_buf(), Locale::En), h.now);
    }

    /// A half-written symptom: kind, severity and a note, not saved.
    fn half_written(h: &mut Harness) {
        h.dispatch(AppAction::Navigate {
            destination: Destination::Log,
        });
        let screen = h.screen();
        let form = &log(&screen).symptoms[0];
        let kind = choice(&form.kinds, "Swelling").action.clone();
        let severity = form.severity.as_ref().unwrap().options[6].action.clone();
        h.dispatch(kind);
        h.dispatch(severity);
        h.type_text(Field::SymptomNote { index: 0 }, "left cheek, since lunch");
    }

    #[test]
    fn a_form_left_in_the_background_survives_the_process() {
        let mut h = Harness::recovering(30);
        half_written(&mut h);
        h.dispatch(AppAction::Backgrounded);
        new_process(&mut h);
        let screen = h.screen();
        let form = log(&screen);
        assert_eq!(form.symptoms[0].note.value, "left cheek, since lunch");
        assert!(choice(&form.symptoms[0].kinds, "Swelling").selected);
        assert!(form.symptoms[0].severity.as_ref().unwrap().options[6].selected);
        // Back still leads home, and saving works as if nothing happened.
        let save = form.save.clone();
        h.press(&save);
        let session = h.journal().sessions().unwrap()[0].id;
        let entries = h.journal().symptoms(session).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].note, "left cheek, since lunch");
        // Handed back once: a third process starts at home.
        new_process(&mut h);
        today(&h.screen());
    }

    #[test]
    fn back_in_the_foreground_the_kept_copy_is_forgotten() {
        let mut h = Harness::recovering(30);
        half_written(&mut h);
        h.dispatch(AppAction::Backgrounded);
        h.dispatch(AppAction::Resumed);
        // Saved in the foreground; a crash later must not bring the draft back to save twice.
        let save = log(&h.screen()).save.clone();
        h.press(&save);
        new_process(&mut h);
        today(&h.screen());
        let session = h.journal().sessions().unwrap()[0].id;
        assert_eq!(h.journal().symptoms(session).unwrap().len(), 1);
    }

    #[test]
    fn the_screens_open_come_back_and_nothing_is_kept_from_home() {
        let mut h = Harness::recovering(30);
        h.dispatch(AppAction::Navigate {
            destination: Destination::History,
        });
        h.dispatch(AppAction::Backgrounded);
        new_process(&mut h);
        history(&h.screen());
        // At home with no draft nothing is written, and what was kept before is dropped.
        h.dispatch(AppAction::Back);
        today(&h.screen());
        h.dispatch(AppAction::Backgrounded);
        assert_eq!(h.journal().take_unsaved_forms().unwrap(), None);
    }

    #[test]
    fn unreadable_or_foreign_kept_forms_start_at_home() {
        for body in [
            "{not json",
            r#"{"version":999,"stack":[{"Log":null}],"drafts":{}}"#,
            "",
        ] {
            let mut h = Harness::recovering(30);
            h.journal().keep_unsaved_forms(body, h.now).unwrap();
            new_process(&mut h);
            today(&h.screen());
            assert_eq!(h.journal().take_unsaved_forms().unwrap(), None, "{body}");
        }
    }

    #[test]
    fn a_kept_screen_that_no_longer_builds_starts_at_home() {
        let mut h = Harness::recovering(30);
        let session = h.journal().sessions().unwrap()[0].id;
        // The triage result of a session deleted from elsewhere (the CLI) while the app was away.
        let mut stack = Stack::new(Route::Today { rule: None });
        stack.push(Route::Triage {
            session_id: session,
        });
        let kept = serde_json::to_string(&Kept {
            version: VERSION,
            stack,
            drafts: Drafts::default(),
        })
        .unwrap();
        h.journal().keep_unsaved_forms(&kept, h.now).unwrap();
        new_process(&mut h);
        assert!(matches!(
            h.screen().body,
            super::super::ScreenBody::Triage { .. }
        ));
        h.journal().keep_unsaved_forms(&kept, h.now).unwrap();
        h.journal().delete_session(session).unwrap();
        new_process(&mut h);
        today(&h.screen());
    }

    #[test]
    fn the_note_is_kept_in_the_journal_not_in_app_state() {
        let mut h = Harness::recovering(30);
        half_written(&mut h);
        h.dispatch(AppAction::Backgrounded);
        let state = format!("{:?}", h.journal().app_state().unwrap());
        assert!(!state.contains("left cheek"));
        assert!(
            h.journal()
                .take_unsaved_forms()
                .unwrap()
                .unwrap()
                .contains("left cheek")
        );
    }
}
