//! What the app remembers about itself between launches (the `app_state` table): first run
//! finished, how notifications look on a locked screen, the permission answers, the last
//! reminder sync and a damage notice not yet seen. No health data lives here.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Journal, JournalError, from_db, to_db};

/// What the phone last said about a permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, uniffi::Enum)]
pub enum PermissionState {
    /// Not asked yet, or not reported by the shell.
    #[default]
    Unknown,
    /// Allowed.
    Granted,
    /// Refused (or switched off in the system settings).
    Denied,
    /// This phone does not need it (iOS and older Android have no exact-alarm permission).
    NotNeeded,
}

impl PermissionState {
    /// The stable code stored in the journal.
    pub fn code(self) -> &'static str {
        match self {
            PermissionState::Unknown => "unknown",
            PermissionState::Granted => "granted",
            PermissionState::Denied => "denied",
            PermissionState::NotNeeded => "not_needed",
        }
    }

    fn from_code(code: &str) -> PermissionState {
        match code {
            "granted" => PermissionState::Granted,
            "denied" => PermissionState::Denied,
            "not_needed" => PermissionState::NotNeeded,
            _ => PermissionState::Unknown,
        }
    }
}

/// The app's own remembered state, typed. Unknown keys in the table are left alone (a newer
/// version may have written them), and a value that does not read falls back to its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    /// The patient finished (or skipped through) the first-run steps.
    pub first_run_done: bool,
    /// Local times follow the phone's zone (travel); otherwise the zone saved in settings.
    pub zone_follows_phone: bool,
    /// Notifications show only their discreet text (no health detail) on a locked screen.
    pub discreet_lock_screen: bool,
    /// The notification permission, as last reported.
    pub notifications: PermissionState,
    /// Android's exact-alarm permission, as last reported.
    pub exact_alarms: PermissionState,
    /// The "reminders may be late" notice was shown for the current denial.
    pub exact_alarms_notice_shown: bool,
    /// When the reminders were last handed to the phone.
    pub last_sync: Option<DateTime<Utc>>,
    /// Where a damaged journal was moved, until the patient has seen the notice.
    pub damage_moved_to: Vec<String>,
}

impl Default for AppState {
    fn default() -> AppState {
        AppState {
            first_run_done: false,
            zone_follows_phone: true,
            // Nothing about the patient's skin on a locked screen unless they choose it.
            discreet_lock_screen: true,
            notifications: PermissionState::Unknown,
            exact_alarms: PermissionState::Unknown,
            exact_alarms_notice_shown: false,
            last_sync: None,
            damage_moved_to: Vec::new(),
        }
    }
}

const FIRST_RUN_DONE: &str = "first_run_done";
const ZONE_FOLLOWS_PHONE: &str = "zone_follows_phone";
const DISCREET_LOCK_SCREEN: &str = "discreet_lock_screen";
const NOTIFICATIONS: &str = "notifications";
const EXACT_ALARMS: &str = "exact_alarms";
const EXACT_ALARMS_NOTICE_SHOWN: &str = "exact_alarms_notice_shown";
const LAST_SYNC: &str = "last_sync";
const DAMAGE_MOVED_TO: &str = "damage_moved_to";

fn flag(value: &str) -> Option<bool> {
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

impl AppState {
    /// The state as key/value rows.
    fn rows(&self) -> Vec<(&'static str, String)> {
        vec![
            (FIRST_RUN_DONE, self.first_run_done.to_string()),
            (ZONE_FOLLOWS_PHONE, self.zone_follows_phone.to_string()),
            (DISCREET_LOCK_SCREEN, self.discreet_lock_screen.to_string()),
            (NOTIFICATIONS, self.notifications.code().to_string()),
            (EXACT_ALARMS, self.exact_alarms.code().to_string()),
            (
                EXACT_ALARMS_NOTICE_SHOWN,
                self.exact_alarms_notice_shown.to_string(),
            ),
            (
                LAST_SYNC,
                self.last_sync
                    .map(|at| to_db(at).to_string())
                    .unwrap_or_default(),
            ),
            (
                DAMAGE_MOVED_TO,
                serde_json::to_string(&self.damage_moved_to).unwrap_or_default(),
            ),
        ]
    }

    /// Applies one stored row; unknown keys and unreadable values are ignored.
    fn read(&mut self, key: &str, value: &str) {
        match key {
            FIRST_RUN_DONE => self.first_run_done = flag(value).unwrap_or(self.first_run_done),
            ZONE_FOLLOWS_PHONE => {
                self.zone_follows_phone = flag(value).unwrap_or(self.zone_follows_phone)
            }
            DISCREET_LOCK_SCREEN => {
                self.discreet_lock_screen = flag(value).unwrap_or(self.discreet_lock_screen)
            }
            NOTIFICATIONS => self.notifications = PermissionState::from_code(value),
            EXACT_ALARMS => self.exact_alarms = PermissionState::from_code(value),
            EXACT_ALARMS_NOTICE_SHOWN => {
                self.exact_alarms_notice_shown =
                    flag(value).unwrap_or(self.exact_alarms_notice_shown)
            }
            LAST_SYNC => {
                self.last_sync = value.parse::<i64>().ok().and_then(|s| from_db(s).ok());
            }
            DAMAGE_MOVED_TO => {
                self.damage_moved_to = serde_json::from_str(value).unwrap_or_default();
            }
            _ => {}
        }
    }
}

impl Journal {
    /// The app's remembered state; defaults for anything never saved.
    pub fn app_state(&self) -> Result<AppState, JournalError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT key, value FROM app_state")?;
            let mut rows = stmt.query([])?;
            let mut state = AppState::default();
            while let Some(row) = rows.next()? {
                let key = super::symptoms::lossy_text(row, 0)?;
                let value = super::symptoms::lossy_text(row, 1)?;
                state.read(&key, &value);
            }
            Ok(state)
        })
    }

    /// Saves the app's state in one transaction; a key's `updated_at` moves only when its
    /// value changes.
    pub fn save_app_state(&self, state: &AppState, now: DateTime<Utc>) -> Result<(), JournalError> {
        let rows = state.rows();
        self.write(|tx| {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO app_state (key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                 WHERE value <> excluded.value",
            )?;
            for (key, value) in &rows {
                upsert.execute(params![key, value, to_db(now)])?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
    }

    #[test]
    fn defaults_round_trip_and_unknown_keys_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
        assert_eq!(journal.app_state().unwrap(), AppState::default());
        journal
            .write(|tx| {
                tx.execute(
                    "INSERT INTO app_state VALUES ('from_a_newer_version', 'x', 0)",
                    [],
                )?;
                tx.execute(
                    "INSERT INTO app_state VALUES ('notifications', '???', 0)",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        assert_eq!(journal.app_state().unwrap(), AppState::default());
        let state = AppState {
            first_run_done: true,
            zone_follows_phone: false,
            discreet_lock_screen: false,
            notifications: PermissionState::Denied,
            exact_alarms: PermissionState::NotNeeded,
            exact_alarms_notice_shown: true,
            last_sync: Some(now()),
            damage_moved_to: vec!["/data/j.db.corrupt-20261121T090000Z".into()],
        };
        journal.save_app_state(&state, now()).unwrap();
        assert_eq!(journal.app_state().unwrap(), state);
        let kept: String = journal
            .read(|c| {
                Ok(c.query_row(
                    "SELECT value FROM app_state WHERE key = 'from_a_newer_version'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(kept, "x");
    }

    #[test]
    fn updated_at_moves_only_for_changed_values() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
        let mut state = AppState::default();
        journal.save_app_state(&state, now()).unwrap();
        state.first_run_done = true;
        let later = now() + chrono::TimeDelta::hours(1);
        journal.save_app_state(&state, later).unwrap();
        let stamps: Vec<(String, i64)> = journal
            .read(|c| {
                let mut s = c.prepare("SELECT key, updated_at FROM app_state ORDER BY key")?;
                let rows = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
                Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
            })
            .unwrap();
        for (key, at) in stamps {
            let expected = if key == FIRST_RUN_DONE { later } else { now() };
            assert_eq!(at, expected.timestamp(), "{key}");
        }
    }
}
