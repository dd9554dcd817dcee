//! The phone app for the shells: [`AftercareApp`], a thin UniFFI facade over [`crate::app::App`]
//! (screens, actions, effects). Every export runs under `guard`: no panic crosses the FFI.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};

use super::error::{AftercareError, guard};
use super::{AftercareCompanion, key, zone};
use crate::app::{App, AppAction, Config, Glance, GlanceTimeline, Screen, Update};
use crate::text::Locale;

/// What the shell gives the app once, at launch.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
pub struct AppConfig {
    /// The journal file in the app's private storage.
    pub journal_path: String,
    /// The journal's 32-byte key from the Keychain / Keystore; `None` for a plain journal.
    pub key: Option<Vec<u8>>,
    /// A private folder the shell can share files from (Android: a FileProvider path under
    /// `cacheDir`; iOS: a folder in `tmp`). Backups are written there.
    pub share_dir: String,
    /// The phone's language (BCP 47, e.g. `es-MX`), used until the patient saves settings. Its
    /// region (`MX`) gives the emergency number (911) and the temperature unit; without one,
    /// 112 and °C.
    pub language: String,
}

impl std::fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppConfig")
            .field("journal_path", &self.journal_path)
            .field("key", &self.key.as_ref().map(|_| "(32 bytes)"))
            .field("share_dir", &self.share_dir)
            .field("language", &self.language)
            .finish()
    }
}

/// The phone app: every screen as a model. Draw [`AftercareApp::screen`]; send what happened to
/// [`AftercareApp::dispatch`] and draw the screen it answers, carry out its effects (reporting
/// each outcome back as an action) and show its message. Thread-safe; one per process.
#[derive(uniffi::Object)]
pub struct AftercareApp {
    app: Mutex<App>,
    key: Option<crate::journal::JournalKey>,
}

impl std::fmt::Debug for AftercareApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AftercareApp(..)")
    }
}

impl AftercareApp {
    fn lock(&self) -> MutexGuard<'_, App> {
        // A panic caught in an earlier call leaves no half-written journal (transactions roll
        // back); the app's own state is at worst a draft behind, so it carries on.
        self.app
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[uniffi::export]
impl AftercareApp {
    /// Opens the journal. A journal that cannot be opened (wrong key, newer version, full disk)
    /// is not an error but a notice screen, and nothing is written to it; a damaged journal
    /// is moved aside (never deleted) and the first screen says where it went. Fails only for a
    /// key that is not 32 bytes.
    #[uniffi::constructor]
    pub fn open(
        config: AppConfig,
        now: DateTime<Utc>,
    ) -> Result<Arc<AftercareApp>, AftercareError> {
        guard(|| {
            let key = key(config.key)?;
            let app = App::open(
                Config {
                    path: PathBuf::from(config.journal_path),
                    key: key.clone(),
                    share_dir: PathBuf::from(config.share_dir),
                    device_locale: Locale::negotiate(&config.language),
                    device_region: crate::region::Region::from_language_tag(&config.language),
                },
                now,
            );
            Ok(Arc::new(AftercareApp {
                app: Mutex::new(app),
                key,
            }))
        })
    }

    /// The screen to draw at `now`; `zone` is the phone's current IANA zone.
    pub fn screen(&self, now: DateTime<Utc>, zone: String) -> Result<Screen, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            Ok(self.lock().screen(now, zone))
        })
    }

    /// Handles what happened at `now` (a press, a typed value, an effect's outcome) and answers
    /// with the next screen, the effects to carry out in order, and a message to show.
    pub fn dispatch(
        &self,
        action: AppAction,
        now: DateTime<Utc>,
        zone: String,
    ) -> Result<Update, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            Ok(self.lock().dispatch(action, now, zone))
        })
    }

    /// What a home-screen or lock-screen widget shows at `now` (`zone`: the phone's current IANA
    /// zone), in the patient's language and, with the discreet lock-screen setting, without a
    /// health word. See `core/docs/glance.md`.
    pub fn glance(&self, now: DateTime<Utc>, zone: String) -> Result<Glance, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            Ok(self.lock().glance(now, zone)?)
        })
    }

    /// The glance at every instant it changes from `now` until `until` (at most 62 days ahead;
    /// later is brought back), at most 48 entries, with when to ask again. The app hands the
    /// shell the next week's of these by itself (`Effect::UpdateGlance`); this is for asking
    /// outside a dispatch. `until` must be after `now`.
    pub fn glance_timeline(
        &self,
        now: DateTime<Utc>,
        zone: String,
        until: DateTime<Utc>,
    ) -> Result<GlanceTimeline, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            Ok(self.lock().glance_timeline(now, zone, until)?)
        })
    }

    /// A companion over the app's own journal (one connection per process), for work outside
    /// the screens: a notification's "done", the boot-time reminder sync. `None` while a
    /// notice says the journal cannot be opened. Release it after the job: a restore waits for
    /// every handle to the journal to close.
    pub fn companion(&self) -> Option<Arc<AftercareCompanion>> {
        guard(|| {
            Ok(self
                .lock()
                .journal()
                .map(|journal| Arc::new(AftercareCompanion::over(journal, self.key.clone()))))
        })
        .ok()
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::app::{Destination, ScreenBody};

    fn config(dir: &std::path::Path, key: Option<Vec<u8>>) -> AppConfig {
        AppConfig {
            journal_path: dir.join("journal.db").display().to_string(),
            key,
            share_dir: dir.join("share").display().to_string(),
            language: "es-AR".into(),
        }
    }

    #[test]
    fn the_facade_checks_its_inputs_and_shares_its_journal() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let err = AftercareApp::open(config(dir.path(), Some(vec![1; 5])), now).unwrap_err();
        assert!(matches!(err, AftercareError::InvalidInput { ref field, .. } if field == "key"));
        let app = AftercareApp::open(config(dir.path(), None), now).unwrap();
        assert!(format!("{:?}", config(dir.path(), Some(vec![7; 32]))).contains("(32 bytes)"));
        let screen = app.screen(now, "Europe/Madrid".into()).unwrap();
        assert_eq!(screen.locale, Locale::Es);
        assert!(matches!(screen.body, ScreenBody::FirstRun { .. }));
        let err = app
            .dispatch(AppAction::Back, now, "Mars/Olympus".into())
            .unwrap_err();
        assert!(matches!(err, AftercareError::InvalidInput { ref field, .. } if field == "zone"));
        // The companion sees what the app wrote, over the same connection.
        let companion = app.companion().unwrap();
        let update = app
            .dispatch(
                AppAction::Navigate {
                    destination: Destination::Today,
                },
                now,
                "Europe/Madrid".into(),
            )
            .unwrap();
        assert!(matches!(update.screen.body, ScreenBody::FirstRun { .. }));
        assert!(companion.sessions().unwrap().is_empty());
        assert!(std::ptr::eq(
            Arc::as_ptr(&companion.journal),
            Arc::as_ptr(&app.lock().journal().unwrap())
        ));
        // The glance checks its inputs the same way.
        let glance = app.glance(now, "Europe/Madrid".into()).unwrap();
        assert_eq!(glance.locale, Locale::Es);
        assert!(matches!(
            app.glance(now, "Mars/Olympus".into()),
            Err(AftercareError::InvalidInput { ref field, .. }) if field == "zone"
        ));
        assert!(matches!(
            app.glance_timeline(now, "Europe/Madrid".into(), now),
            Err(AftercareError::InvalidInput { ref field, .. }) if field == "until"
        ));
        let timeline = app
            .glance_timeline(
                now,
                "Europe/Madrid".into(),
                now + chrono::TimeDelta::days(2),
            )
            .unwrap();
        assert_eq!(timeline.entries[0].glance, glance);
    }
}
