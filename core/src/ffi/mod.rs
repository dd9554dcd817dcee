//! The API the iOS and Android shells code against, exported with UniFFI.
//!
//! One thread-safe [`AftercareCompanion`] per journal. Every call is synchronous, takes "now" (and the
//! patient's current zone where local time matters) from the caller, and returns immutable
//! records or an [`AftercareError`]; a panic inside the core becomes
//! [`AftercareError::Internal`] instead of crossing the FFI. Above it, [`AftercareApp`] is the
//! phone app itself (every screen as a model, `app.rs` over `crate::app`), sharing its journal.

mod app;
mod error;
mod records;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

pub use app::{AftercareApp, AppConfig};
pub use error::AftercareError;
use error::guard;
pub use records::{
    LoggedSymptoms, NewSessionInput, ProtocolSummary, RecoveryNotice, ReminderCategoryView,
    ReminderResponse, ReminderSync, Report, ReportInput, Session, Settings, Timeline,
};

use crate::journal::{
    BackupInfo, BackupLock, ClinicContact, Journal, JournalKey, NewPhoto, NewSession, Passphrase,
    PassphraseProblem, Photo, Recovery, SessionStatus, TodayView,
};
use crate::local_time::parse_zone;
use crate::plan::{PlanOptions, RecoveryPlan};
use crate::protocol::ProtocolRef;
use crate::reminder::{Category, ReminderAction};
use crate::series::series_progress;
use crate::settings::{PatientSettings, QuietHours};
use crate::status::status_at;
use crate::symptom::{NewSymptom, SymptomEntry};
use crate::text::Locale;
use crate::triage::{AssessmentView, ProviderContact};
use crate::view::{PlanView, StatusView, series_view};

/// The companion: an open journal and everything the screens need from it. Share one per
/// journal; it is safe to call from several threads. (Not plain `Companion`: Kotlin reserves
/// that name for companion objects.) An [`AftercareApp`] hands out companions over its own
/// journal, so one process keeps one connection.
#[derive(Debug, uniffi::Object)]
pub struct AftercareCompanion {
    journal: Arc<Journal>,
    key: Option<JournalKey>,
    recovery: Option<Recovery>,
}

fn zone(name: &str) -> Result<Tz, AftercareError> {
    Ok(parse_zone(name)?)
}

fn key(bytes: Option<Vec<u8>>) -> Result<Option<JournalKey>, AftercareError> {
    bytes
        .map(|b| JournalKey::from_slice(&b))
        .transpose()
        .map_err(AftercareError::from)
}

fn secret_problem(problem: PassphraseProblem) -> AftercareError {
    AftercareError::InvalidInput {
        field: "secret".into(),
        reason: problem.to_string(),
    }
}

/// A new recovery code for a backup, as six groups of four characters, made from the
/// operating system's random source. Show it once; it is kept nowhere.
#[uniffi::export]
pub fn new_recovery_code() -> Result<Vec<String>, AftercareError> {
    guard(|| {
        crate::journal::new_recovery_code()
            .map(|code| code.groups())
            .map_err(|_| AftercareError::Storage {
                detail: "no random source".into(),
            })
    })
}

/// What a backup file says about itself before it is unlocked (how it is locked, the key
/// derivation's cost, when it was made): never health data.
#[uniffi::export]
pub fn inspect_backup(backup: String) -> Result<BackupInfo, AftercareError> {
    guard(|| Ok(Journal::inspect_backup(&PathBuf::from(backup))?))
}

fn clock(text: &str, field: &str) -> Result<NaiveTime, AftercareError> {
    NaiveTime::parse_from_str(text, "%H:%M").map_err(|_| AftercareError::InvalidInput {
        field: field.to_string(),
        reason: "a time like 08:00".to_string(),
    })
}

/// A plan's timeline, its status at `now` and the series given the sessions done so far.
fn timeline_of(
    plan: &RecoveryPlan,
    done: &[crate::session::TreatmentSession],
    now: DateTime<Utc>,
    zone: Tz,
    locale: Locale,
) -> Timeline {
    let status = status_at(plan, now, zone);
    Timeline {
        plan: PlanView::new(plan, zone, locale),
        status: StatusView::new(plan, &status, locale),
        series: series_progress(plan.protocol(), done).map(|p| series_view(&p, zone, locale)),
    }
}

impl AftercareCompanion {
    /// A companion over a journal already open (an app's), which reports no recovery of its own.
    pub(crate) fn over(journal: Arc<Journal>, key: Option<JournalKey>) -> AftercareCompanion {
        AftercareCompanion {
            journal,
            key,
            recovery: None,
        }
    }

    /// The saved settings, and the language to answer in: `locale`, else the saved one.
    fn settings_and_locale(
        &self,
        locale: Option<Locale>,
    ) -> Result<(PatientSettings, Locale), AftercareError> {
        let (settings, _) = self.journal.settings()?;
        let locale = locale.unwrap_or(settings.locale);
        Ok((settings, locale))
    }
}

#[uniffi::export]
impl AftercareCompanion {
    /// Opens (or creates) the journal at `path`; `key` is the 32-byte key from the Keychain /
    /// Keystore for an encrypted journal. A damaged journal is moved aside and a new one
    /// started: check [`AftercareCompanion::recovery`] to tell the patient.
    #[uniffi::constructor]
    pub fn open(
        path: String,
        key: Option<Vec<u8>>,
        now: DateTime<Utc>,
    ) -> Result<Arc<AftercareCompanion>, AftercareError> {
        guard(|| {
            let key = self::key(key)?;
            let (journal, recovery) = Journal::open(&PathBuf::from(path), key.as_ref(), now)?;
            Ok(Arc::new(AftercareCompanion {
                journal: Arc::new(journal),
                key,
                recovery,
            }))
        })
    }

    /// Restores a backup into a new journal at `path` and opens it.
    #[uniffi::constructor]
    pub fn restore(
        backup: String,
        path: String,
        key: Option<Vec<u8>>,
        now: DateTime<Utc>,
    ) -> Result<Arc<AftercareCompanion>, AftercareError> {
        guard(|| {
            let key = self::key(key)?;
            let (journal, recovery) = Journal::restore(
                &PathBuf::from(backup),
                &PathBuf::from(path),
                key.as_ref(),
                now,
            )?;
            Ok(Arc::new(AftercareCompanion {
                journal: Arc::new(journal),
                key,
                recovery,
            }))
        })
    }

    /// Restores a backup locked with a recovery code or passphrase (`secret`, as typed) into a
    /// new journal at `path`, encrypted with this phone's `key`, and opens it. A wrong secret is
    /// `InvalidInput { field: "secret" }` and nothing is written.
    #[uniffi::constructor]
    pub fn restore_locked(
        backup: String,
        path: String,
        key: Option<Vec<u8>>,
        secret: String,
        now: DateTime<Utc>,
    ) -> Result<Arc<AftercareCompanion>, AftercareError> {
        guard(|| {
            let key = self::key(key)?;
            let backup = PathBuf::from(backup);
            let info = Journal::inspect_backup(&backup)?;
            let secret = Passphrase::to_unlock(&secret, info.lock == BackupLock::RecoveryCode)
                .map_err(secret_problem)?;
            let (journal, recovery) =
                Journal::restore_locked(&backup, &PathBuf::from(path), key.as_ref(), &secret, now)?;
            Ok(Arc::new(AftercareCompanion {
                journal: Arc::new(journal),
                key,
                recovery,
            }))
        })
    }

    /// What opening had to set aside (a damaged journal, files that were not its own), if
    /// anything.
    pub fn recovery(&self) -> Option<RecoveryNotice> {
        self.recovery.as_ref().map(|r| RecoveryNotice {
            moved_to: r.moved_to.iter().map(|p| p.display().to_string()).collect(),
            foreign_files: r
                .foreign_files
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
        })
    }

    /// The home screen: status, what the log says, the next reminders.
    pub fn today(
        &self,
        now: DateTime<Utc>,
        zone: String,
        locale: Option<Locale>,
    ) -> Result<TodayView, AftercareError> {
        guard(|| Ok(self.journal.today(now, self::zone(&zone)?, locale)?))
    }

    /// Every session, oldest first.
    pub fn sessions(&self) -> Result<Vec<Session>, AftercareError> {
        guard(|| Ok(self.journal.sessions()?.iter().map(Session::from).collect()))
    }

    /// The done session the patient is recovering from at `at` (the one new log entries
    /// belong to); `None` when no session is done yet.
    pub fn recovering_from(
        &self,
        at: Option<DateTime<Utc>>,
    ) -> Result<Option<Session>, AftercareError> {
        guard(|| {
            Ok(self
                .journal
                .recovering_from(at)?
                .as_ref()
                .map(Session::from))
        })
    }

    /// Records a session (done, or planned for an appointment).
    pub fn add_session(
        &self,
        input: NewSessionInput,
        now: DateTime<Utc>,
    ) -> Result<Session, AftercareError> {
        guard(|| {
            let catalog = self.journal.catalog();
            let protocol = catalog
                .get(&input.protocol_id, input.protocol_version)
                .ok_or_else(|| AftercareError::InvalidInput {
                    field: "protocol_id".into(),
                    reason: "no such protocol (see protocols)".into(),
                })?;
            let new = NewSession {
                protocol: protocol.reference(),
                status: input.status,
                starts_at: input.starts_at,
                ended_at: input.ended_at,
                zone: self::zone(&input.zone)?,
            };
            Ok(Session::from(&self.journal.add_session(&new, now)?))
        })
    }

    /// Marks a planned session done.
    pub fn complete_session(
        &self,
        id: i64,
        ended_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Session, AftercareError> {
        guard(|| {
            Ok(Session::from(
                &self.journal.complete_session(id, ended_at, now)?,
            ))
        })
    }

    /// Deletes a session and everything logged for it.
    pub fn delete_session(&self, id: i64) -> Result<(), AftercareError> {
        guard(|| Ok(self.journal.delete_session(id)?))
    }

    /// A done session's whole timeline, the status at `now` in `zone`, and the series.
    pub fn timeline(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
        zone: String,
        locale: Option<Locale>,
    ) -> Result<Timeline, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            let (settings, locale) = self.settings_and_locale(locale)?;
            let sessions = self.journal.sessions()?;
            let record =
                sessions
                    .iter()
                    .find(|s| s.id == session_id)
                    .ok_or(AftercareError::NotFound {
                        what: "session".into(),
                        id: session_id,
                    })?;
            if record.status != SessionStatus::Done {
                return Err(AftercareError::InvalidInput {
                    field: "session_id".into(),
                    reason: "a planned session has no recovery timeline yet".into(),
                });
            }
            let plans = self.journal.plans(&sessions, &settings)?;
            let (_, plan) = plans
                .iter()
                .find(|(s, _)| s.id == session_id)
                .ok_or(AftercareError::Internal)?;
            let done: Vec<_> = plans
                .iter()
                .filter(|(s, _)| s.protocol.id == record.protocol.id)
                .filter(|(s, _)| s.ended_at <= record.ended_at)
                .map(|(_, p)| p.session.clone())
                .collect();
            Ok(timeline_of(plan, &done, now, zone, locale))
        })
    }

    /// A recovery plan for a session that is not in the journal ("what if"): e.g. before the
    /// patient saves it.
    pub fn preview(
        &self,
        protocol_id: String,
        ended_at: DateTime<Utc>,
        now: DateTime<Utc>,
        zone: String,
        locale: Option<Locale>,
    ) -> Result<Timeline, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            let (settings, locale) = self.settings_and_locale(locale)?;
            let catalog = self.journal.catalog();
            let protocol =
                catalog
                    .get(&protocol_id, None)
                    .ok_or_else(|| AftercareError::InvalidInput {
                        field: "protocol_id".into(),
                        reason: "no such protocol (see protocols)".into(),
                    })?;
            let session = crate::session::TreatmentSession {
                protocol: protocol.reference(),
                ended_at,
                zone,
                number: 1,
            };
            let options = PlanOptions {
                day_times: settings.day_times,
                next_session: None,
            };
            let plan =
                RecoveryPlan::new(protocol.clone(), session.clone(), options).map_err(|e| {
                    AftercareError::InvalidInput {
                        field: "ended_at".into(),
                        reason: e.to_string(),
                    }
                })?;
            Ok(timeline_of(&plan, &[session], now, zone, locale))
        })
    }

    /// The protocols: built-in and imported, newest version of each.
    pub fn protocols(
        &self,
        locale: Option<Locale>,
    ) -> Result<Vec<ProtocolSummary>, AftercareError> {
        guard(|| {
            let (_, locale) = self.settings_and_locale(locale)?;
            Ok(self
                .journal
                .catalog()
                .latest()
                .iter()
                .map(|p| ProtocolSummary::new(p, locale))
                .collect())
        })
    }

    /// Checks and stores a clinic's protocol file (JSON); a bad file is `InvalidInput` naming
    /// the place, e.g. `protocol.rules[3].window.until`.
    pub fn import_protocol(
        &self,
        json: String,
        now: DateTime<Utc>,
    ) -> Result<ProtocolSummary, AftercareError> {
        guard(|| {
            let reference: ProtocolRef = self.journal.import_protocol(&json, now)?;
            let catalog = self.journal.catalog();
            let protocol = catalog
                .get(&reference.id, Some(reference.version))
                .ok_or(AftercareError::Internal)?;
            let locale = self.journal.settings()?.0.locale;
            Ok(ProtocolSummary::new(protocol, locale))
        })
    }

    /// Logs a symptom once it is durable, and answers with the session's assessment: when
    /// `raised` is true, show its call to action instead of a plain "saved".
    pub fn log_symptom(
        &self,
        session_id: i64,
        symptom: NewSymptom,
        now: DateTime<Utc>,
        zone: String,
    ) -> Result<LoggedSymptoms, AftercareError> {
        self.log_symptoms(session_id, vec![symptom], now, zone)
    }

    /// Logs several symptoms at once (all or none), answering like [`Self::log_symptom`].
    pub fn log_symptoms(
        &self,
        session_id: i64,
        symptoms: Vec<NewSymptom>,
        now: DateTime<Utc>,
        zone: String,
    ) -> Result<LoggedSymptoms, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            let (_, locale) = self.settings_and_locale(None)?;
            let logged = self.journal.log_and_assess(session_id, &symptoms, now)?;
            Ok(LoggedSymptoms::new(&logged, locale, zone))
        })
    }

    /// What a done session's log says at `now`.
    pub fn assessment(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
        zone: String,
        locale: Option<Locale>,
    ) -> Result<AssessmentView, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            let (_, locale) = self.settings_and_locale(locale)?;
            Ok(self.journal.assessment(session_id, now)?.view(locale, zone))
        })
    }

    /// Records "I contacted my provider" about red flag `rule_id` of a session (or about every
    /// flag raised by then when absent): kept in the log and the report; the flag stops asking
    /// for contact until something new or worse is logged.
    pub fn record_provider_contact(
        &self,
        session_id: i64,
        rule_id: Option<String>,
        contacted_at: DateTime<Utc>,
        note: String,
        now: DateTime<Utc>,
    ) -> Result<ProviderContact, AftercareError> {
        guard(|| {
            Ok(self.journal.record_provider_contact(
                session_id,
                rule_id.as_deref(),
                contacted_at,
                &note,
                now,
            )?)
        })
    }

    /// A session's provider contacts, oldest first.
    pub fn provider_contacts(
        &self,
        session_id: i64,
    ) -> Result<Vec<ProviderContact>, AftercareError> {
        guard(|| Ok(self.journal.provider_contacts(session_id)?))
    }

    /// Deletes a provider contact recorded by mistake.
    pub fn delete_provider_contact(&self, id: i64) -> Result<(), AftercareError> {
        guard(|| Ok(self.journal.delete_provider_contact(id)?))
    }

    /// The clinic's contact (empty fields if never saved).
    pub fn clinic(&self) -> Result<ClinicContact, AftercareError> {
        guard(|| Ok(self.journal.clinic()?))
    }

    /// Saves the clinic's contact (trimmed and checked); returns what was stored.
    pub fn save_clinic(
        &self,
        contact: ClinicContact,
        now: DateTime<Utc>,
    ) -> Result<ClinicContact, AftercareError> {
        guard(|| Ok(self.journal.save_clinic(&contact, now)?))
    }

    /// Replaces an entry's fields, answering like [`Self::log_symptom`] (a higher severity can
    /// call for contact).
    pub fn edit_symptom(
        &self,
        id: i64,
        symptom: NewSymptom,
        now: DateTime<Utc>,
        zone: String,
    ) -> Result<LoggedSymptoms, AftercareError> {
        guard(|| {
            let zone = self::zone(&zone)?;
            let (_, locale) = self.settings_and_locale(None)?;
            let edited = self.journal.edit_and_assess(id, &symptom, now)?;
            Ok(LoggedSymptoms::new(&edited, locale, zone))
        })
    }

    /// Deletes an entry.
    pub fn delete_symptom(&self, id: i64) -> Result<(), AftercareError> {
        guard(|| Ok(self.journal.delete_symptom(id)?))
    }

    /// A session's entries, oldest first.
    pub fn symptoms(&self, session_id: i64) -> Result<Vec<SymptomEntry>, AftercareError> {
        guard(|| Ok(self.journal.symptoms(session_id)?))
    }

    /// Yesterday's entries as new ones observed at `now`, to prefill "same as yesterday".
    pub fn same_as_yesterday(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
        zone: String,
    ) -> Result<Vec<NewSymptom>, AftercareError> {
        guard(|| {
            Ok(self
                .journal
                .same_as_yesterday(session_id, now, self::zone(&zone)?)?)
        })
    }

    /// Records a photo's metadata (the app keeps the image file).
    pub fn add_photo(&self, session_id: i64, photo: NewPhoto) -> Result<Photo, AftercareError> {
        guard(|| Ok(self.journal.add_photo(session_id, &photo)?))
    }

    /// A session's photos.
    pub fn photos(&self, session_id: i64) -> Result<Vec<Photo>, AftercareError> {
        guard(|| Ok(self.journal.photos(session_id)?))
    }

    /// Given the identifiers the OS holds now, what to cancel and what to schedule. Call on
    /// launch, foreground, reboot, app update, time or zone change, and by `refresh_at`.
    pub fn sync_reminders(
        &self,
        now: DateTime<Utc>,
        zone: String,
        os_pending: Vec<String>,
        limit: u32,
    ) -> Result<ReminderSync, AftercareError> {
        guard(|| {
            let plan = self.journal.sync_reminders(
                now,
                self::zone(&zone)?,
                &os_pending,
                limit as usize,
            )?;
            Ok(ReminderSync {
                cancel: plan.cancel,
                schedule: plan.schedule,
                refresh_at: plan.refresh_at,
            })
        })
    }

    /// Records what the patient did with a reminder (its stable `id`, not the `os_id`).
    pub fn respond_to_reminder(
        &self,
        id: String,
        response: ReminderResponse,
        now: DateTime<Utc>,
    ) -> Result<(), AftercareError> {
        guard(|| {
            let action = match response {
                ReminderResponse::Done => ReminderAction::Done,
                ReminderResponse::Dismiss => ReminderAction::Dismiss,
                ReminderResponse::Snooze { until } => ReminderAction::Snooze { until },
            };
            Ok(self.journal.act_on_reminder(&id, action, now)?)
        })
    }

    /// Puts a reminder off by the standard snooze (one hour) from `now`, as a notification's
    /// "Snooze" button does, and answers when it comes back (moved out of quiet hours when
    /// synced). The shell never picks the time itself.
    pub fn snooze_reminder(
        &self,
        id: String,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, AftercareError> {
        guard(|| {
            let until = now + crate::reminder::SNOOZE;
            self.journal
                .act_on_reminder(&id, ReminderAction::Snooze { until }, now)?;
            Ok(until)
        })
    }

    /// Every reminder category in words, in `locale` (default: the saved language): the names
    /// of Android's notification channels and iOS's notification categories.
    pub fn reminder_categories(
        &self,
        locale: Option<Locale>,
    ) -> Result<Vec<ReminderCategoryView>, AftercareError> {
        guard(|| {
            let (_, locale) = self.settings_and_locale(locale)?;
            let texts = crate::text::Texts::new(locale);
            Ok(Category::ALL
                .into_iter()
                .map(|category| {
                    let key = format!("reminder-category-{}", category.code());
                    ReminderCategoryView {
                        category,
                        label: texts.get(&key, None),
                        description: texts.attr(&key, "description", None).unwrap_or_default(),
                    }
                })
                .collect())
        })
    }

    /// Urgent check-ins in words (check-ins while a red flag is watched, which may sound in
    /// quiet hours), in `locale` (default: the saved language): the name of Android's
    /// high-importance channel beside the categories' own.
    pub fn urgent_reminders(
        &self,
        locale: Option<Locale>,
    ) -> Result<ReminderCategoryView, AftercareError> {
        guard(|| {
            let (_, locale) = self.settings_and_locale(locale)?;
            let texts = crate::text::Texts::new(locale);
            let key = "reminder-category-urgent";
            Ok(ReminderCategoryView {
                category: Category::CheckIn,
                label: texts.get(key, None),
                description: texts.attr(key, "description", None).unwrap_or_default(),
            })
        })
    }

    /// The patient's settings (defaults if never saved).
    pub fn settings(&self) -> Result<Settings, AftercareError> {
        guard(|| {
            let (settings, zone) = self.journal.settings()?;
            let fmt = |t: NaiveTime| t.format("%H:%M").to_string();
            Ok(Settings {
                zone: zone.name().to_string(),
                wake_time: fmt(settings.day_times.morning),
                check_in_time: fmt(settings.day_times.evening),
                quiet_hours_start: settings.quiet_hours.map(|q| fmt(q.start())),
                quiet_hours_end: settings.quiet_hours.map(|q| fmt(q.end())),
                locale: settings.locale,
                categories: settings.categories.into_iter().collect(),
            })
        })
    }

    /// Saves the patient's settings.
    pub fn save_settings(&self, settings: Settings) -> Result<(), AftercareError> {
        guard(|| {
            let quiet_hours = match (&settings.quiet_hours_start, &settings.quiet_hours_end) {
                (Some(start), Some(end)) => Some(
                    QuietHours::new(
                        clock(start, "quiet_hours_start")?,
                        clock(end, "quiet_hours_end")?,
                    )
                    .map_err(|e| AftercareError::InvalidInput {
                        field: "quiet_hours_end".into(),
                        reason: e.to_string(),
                    })?,
                ),
                (None, None) => None,
                _ => {
                    return Err(AftercareError::InvalidInput {
                        field: "quiet_hours_end".into(),
                        reason: "give both start and end, or neither".into(),
                    });
                }
            };
            let patient = PatientSettings {
                day_times: crate::session::DayTimes {
                    morning: clock(&settings.wake_time, "wake_time")?,
                    evening: clock(&settings.check_in_time, "check_in_time")?,
                },
                quiet_hours,
                categories: settings
                    .categories
                    .iter()
                    .copied()
                    .collect::<std::collections::BTreeSet<Category>>(),
                locale: settings.locale,
            };
            Ok(self
                .journal
                .save_settings(&patient, self::zone(&settings.zone)?)?)
        })
    }

    /// A report for the provider: printable HTML, CSV, a FHIR R4 bundle or an iCalendar file.
    pub fn report(&self, input: ReportInput, now: DateTime<Utc>) -> Result<Report, AftercareError> {
        guard(|| {
            let day = |text: &Option<String>, field: &str| {
                text.as_deref()
                    .map(|t| {
                        chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| {
                            AftercareError::InvalidInput {
                                field: field.to_string(),
                                reason: "a day like 2026-11-21".to_string(),
                            }
                        })
                    })
                    .transpose()
            };
            let (_, locale) = self.settings_and_locale(input.locale)?;
            let request = crate::report::ReportRequest {
                from: day(&input.from, "from")?,
                to: day(&input.to, "to")?,
                session: input.session_id,
                include_photos: input.include_photos,
                patient_name: input.patient_name,
                locale,
                zone: self::zone(&input.zone)?,
            };
            let content = self.journal.report(input.format, &request, now)?;
            Ok(Report {
                content,
                media_type: input.format.media_type().to_string(),
                extension: input.format.extension().to_string(),
            })
        })
    }

    /// Writes a backup to `dest` locked with `secret`: a recovery code (from
    /// [`new_recovery_code`], `recovery_code` true) or a passphrase the patient chose (checked
    /// against the floor; too weak is `InvalidInput { field: "secret" }`). It opens on any phone
    /// with the same secret.
    pub fn backup_locked(
        &self,
        dest: String,
        secret: String,
        recovery_code: bool,
        now: DateTime<Utc>,
    ) -> Result<(), AftercareError> {
        guard(|| {
            let secret = if recovery_code {
                Passphrase::recovery_code(&secret)
            } else {
                Passphrase::chosen(&secret)
            }
            .map_err(secret_problem)?;
            Ok(self
                .journal
                .backup_locked(&PathBuf::from(dest), &secret, now)?)
        })
    }

    /// Writes a consistent backup to `dest` locked with the journal's key (only this phone
    /// opens it; [`AftercareCompanion::backup_locked`] makes one for a new phone), or plain for
    /// a plain journal. `now` dates it.
    pub fn backup(&self, dest: String, now: DateTime<Utc>) -> Result<(), AftercareError> {
        guard(|| {
            Ok(self
                .journal
                .backup(&PathBuf::from(dest), self.key.as_ref(), now)?)
        })
    }
}
