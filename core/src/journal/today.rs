//! "Today": what the home screen shows: where the patient is in their recovery, what the log
//! says, and the next reminders.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::sessions::{SessionRecord, SessionStatus};
use super::{Journal, JournalError};
use crate::catalog::Catalog;
use crate::local_time::{Stamp, Style};
use crate::plan::{PlanOptions, RecoveryPlan};
use crate::protocol::Protocol;
use crate::region::Region;
use crate::reminder::{Completed, Watch, pending_with};
use crate::settings::PatientSettings;
use crate::status::status_at;
use crate::symptom::SymptomEntry;
use crate::text::Locale;
use crate::triage::{
    Assessment, AssessmentView, CheckIn, EarlierSession, TriageInput, assess_with,
};
use crate::view::{ProtocolView, ReminderView, RemindersView, SCHEMA, StatusView, VerdictView};

/// How many upcoming reminders "today" lists.
const TODAY_REMINDERS: usize = 3;

/// The home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct TodayView {
    /// JSON schema version.
    pub schema: u32,
    /// The session the patient is recovering from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<i64>,
    /// Its protocol.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<ProtocolView>,
    /// Where they are in the recovery.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusView>,
    /// What the symptom log says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment: Option<AssessmentView>,
    /// Entries logged today (local date).
    pub logged_today: u32,
    /// Whether today's check-in is done: something logged today, or "All fine today".
    pub checked_in_today: bool,
    /// When "All fine today" was said today, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_fine_today: Option<Stamp>,
    /// What the log says, in one label and a reason in a few words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<VerdictView>,
    /// The next booked session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_session: Option<Stamp>,
    /// The next few reminders.
    pub reminders: Vec<ReminderView>,
}

impl Journal {
    /// Every done session with its plan, oldest first; each plan knows the session after it.
    pub fn plans(
        &self,
        sessions: &[SessionRecord],
        settings: &PatientSettings,
    ) -> Result<Vec<(SessionRecord, RecoveryPlan)>, JournalError> {
        self.plans_since(sessions, settings, None)
    }

    /// [`Journal::plans`], leaving out sessions whose successor had already ended before
    /// `since`: a plan speaks only until the next session ends, so those can say nothing after.
    fn plans_since(
        &self,
        sessions: &[SessionRecord],
        settings: &PatientSettings,
        since: Option<DateTime<Utc>>,
    ) -> Result<Vec<(SessionRecord, RecoveryPlan)>, JournalError> {
        let catalog = self.catalog();
        let first_relevant = since
            .and_then(|since| {
                sessions.iter().rposition(|s| {
                    s.status == SessionStatus::Done && s.ended_at.is_some_and(|end| end < since)
                })
            })
            .unwrap_or(0);
        let mut out = Vec::new();
        for i in first_relevant..sessions.len() {
            if let Some(plan) = plan_of(sessions, i, &catalog, settings)? {
                out.push((sessions[i].clone(), plan));
            }
        }
        Ok(out)
    }

    /// Plans, the session being recovered from and what its log says, at `now`.
    pub(crate) fn context(&self, now: DateTime<Utc>) -> Result<Context, JournalError> {
        let (settings, _) = self.settings()?;
        let sessions = self.sessions()?;
        // Older plans can no longer add a reminder (the window starts a snooze's length before
        // now) nor be the session recovered from.
        let quiet_before = now - crate::reminder::MAX_SNOOZE - chrono::TimeDelta::days(1);
        let plans = self.plans_since(&sessions, &settings, Some(quiet_before))?;
        let current = plans
            .iter()
            .rposition(|(s, _)| s.ended_at.is_some_and(|e| e <= now));
        let (entries, check_ins, earlier, assessment) = match current {
            Some(i) => {
                let (record, plan) = &plans[i];
                let entries = self.symptoms(record.id)?;
                let contacts = self.provider_contacts(record.id)?;
                let check_ins = self.all_fine_check_ins(record.id)?;
                let earlier = earlier_sessions(&sessions, plan.session.ended_at, &self.catalog());
                let mut assessment = assess_with(
                    &TriageInput {
                        plan,
                        earlier: &as_earlier(&earlier),
                        entries: &entries,
                        contacts: &contacts,
                    },
                    now,
                );
                assessment.count_check_ins(&check_ins, plan.session.ended_at, now);
                (entries, check_ins, earlier, Some(assessment))
            }
            None => (Vec::new(), Vec::new(), Vec::new(), None),
        };
        // A step done prepares the appointment it was done for.
        let appointments: std::collections::HashMap<i64, DateTime<Utc>> = sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Planned)
            .filter_map(|s| Some((s.id, s.starts_at?)))
            .collect();
        let preparation_done = self
            .preparation_done()?
            .into_iter()
            .filter_map(|(session, rule, _)| Some((*appointments.get(&session)?, rule)))
            .collect();
        Ok(Context {
            settings,
            sessions,
            plans,
            current,
            entries,
            check_ins,
            preparation_done,
            earlier,
            assessment,
        })
    }

    /// The home screen at `now` in the patient's current `zone`, in `locale` (default: the
    /// saved settings' language), for a phone whose region is unknown (emergency number 112).
    pub fn today(
        &self,
        now: DateTime<Utc>,
        zone: Tz,
        locale: Option<Locale>,
    ) -> Result<TodayView, JournalError> {
        self.today_in(now, zone, locale, Region::default())
    }

    /// [`Journal::today`] for a phone in `region` (its emergency number and temperature unit).
    pub fn today_in(
        &self,
        now: DateTime<Utc>,
        zone: Tz,
        locale: Option<Locale>,
        region: Region,
    ) -> Result<TodayView, JournalError> {
        let mut context = self.context(now)?;
        let locale = locale.unwrap_or(context.settings.locale);
        context.settings.locale = locale;
        let next_session = context
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Planned)
            .filter_map(|s| s.starts_at)
            .filter(|&at| at > now)
            .min();
        let mut view = TodayView {
            schema: SCHEMA,
            session_id: None,
            protocol: None,
            status: None,
            assessment: None,
            logged_today: 0,
            checked_in_today: false,
            all_fine_today: None,
            verdict: None,
            next_session: next_session.map(|at| Stamp::new(at, zone, locale, Style::DateTime)),
            reminders: Vec::new(),
        };
        let ledger = self.reminder_ledger()?;
        let completed = context.completed(zone);
        let today = now.with_timezone(&zone).date_naive();
        if let (Some(i), Some(assessment)) = (context.current, &context.assessment) {
            let (record, plan) = &context.plans[i];
            let logged = context
                .entries
                .iter()
                .filter(|e| e.observed_at.with_timezone(&zone).date_naive() == today)
                .count();
            view.logged_today = u32::try_from(logged).unwrap_or(u32::MAX);
            view.checked_in_today = completed.check_in_days.contains(&today);
            view.all_fine_today = context
                .check_ins
                .iter()
                .rfind(|c| c.at.with_timezone(&zone).date_naive() == today)
                .map(|c| Stamp::new(c.at, zone, locale, Style::DateTime));
            let status = status_at(plan, now, zone);
            let mut status_view = StatusView::new(plan, &status, locale);
            for routine in &mut status_view.routines_today {
                routine.done = if routine.rule.topic == Some(crate::protocol::Topic::CheckIn) {
                    view.checked_in_today
                } else {
                    matches!(
                        ledger.status(&routine.reminder_id),
                        Some(crate::reminder::ReminderStatus::Done { .. })
                    )
                };
            }
            view.session_id = Some(record.id);
            view.protocol = Some(ProtocolView::new(plan.protocol(), locale));
            view.status = Some(status_view);
            let assessed = AssessmentView::with_earlier(
                plan,
                &as_earlier(&context.earlier),
                assessment,
                &context.entries,
                locale,
                zone,
                region,
            );
            view.verdict = Some(VerdictView::new(
                &assessed,
                &context.entries,
                plan.session.ended_at,
                now,
                zone,
                region.temperature_unit(),
            ));
            view.assessment = Some(assessed);
        }
        let watches = context.watches();
        let plans = context.plan_list();
        // What is due today is listed as such, with its own "done": not again as coming up.
        let due_today: Vec<&str> = view
            .status
            .iter()
            .flat_map(|s| &s.routines_today)
            .map(|r| r.reminder_id.as_str())
            .collect();
        let upcoming = pending_with(
            &plans,
            &context.settings,
            zone,
            &watches,
            &completed,
            &ledger,
            now,
            TODAY_REMINDERS + due_today.len(),
        );
        view.reminders = RemindersView::new(&upcoming, zone, locale).reminders;
        view.reminders
            .retain(|r| !due_today.contains(&r.reminder.id.as_str()));
        view.reminders.truncate(TODAY_REMINDERS);
        Ok(view)
    }
}

/// The plan of `sessions[i]` if it is done and its protocol is known; it knows the session
/// after it.
pub(crate) fn plan_of(
    sessions: &[SessionRecord],
    i: usize,
    catalog: &Catalog,
    settings: &PatientSettings,
) -> Result<Option<RecoveryPlan>, JournalError> {
    let record = &sessions[i];
    let Some(session) = record.treatment() else {
        return Ok(None);
    };
    if record.status != SessionStatus::Done {
        return Ok(None);
    }
    let Some(protocol) = catalog.get(&record.protocol.id, Some(record.protocol.version)) else {
        return Ok(None);
    };
    let next_session = sessions[i + 1..]
        .iter()
        .filter_map(|s| s.starts_at.or(s.ended_at))
        .find(|&at| at > session.ended_at);
    let options = PlanOptions {
        day_times: settings.day_times,
        next_session,
    };
    RecoveryPlan::new(protocol.clone(), session, options)
        .map(Some)
        .map_err(|e| JournalError::Storage(e.to_string()))
}

/// Done sessions that ended before `ended`, oldest first, with their protocols: what an
/// assessment's `every_session` flags read.
pub(crate) fn earlier_sessions(
    sessions: &[SessionRecord],
    ended: DateTime<Utc>,
    catalog: &Catalog,
) -> Vec<(Arc<Protocol>, DateTime<Utc>)> {
    sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Done)
        .filter_map(|s| {
            let end = s.ended_at.filter(|&e| e < ended)?;
            let protocol = catalog.get(&s.protocol.id, Some(s.protocol.version))?;
            Some((protocol.clone(), end))
        })
        .collect()
}

/// Everything "today" and the reminder sync need, read once.
pub(crate) struct Context {
    pub(crate) settings: PatientSettings,
    pub(crate) sessions: Vec<SessionRecord>,
    pub(crate) plans: Vec<(SessionRecord, RecoveryPlan)>,
    /// Index into `plans` of the session being recovered from.
    pub(crate) current: Option<usize>,
    /// Its symptom entries.
    pub(crate) entries: Vec<SymptomEntry>,
    /// Its "All fine today" check-ins.
    pub(crate) check_ins: Vec<CheckIn>,
    /// Preparation steps marked done: the appointment and the rule.
    pub(crate) preparation_done: std::collections::BTreeSet<(DateTime<Utc>, String)>,
    /// Done sessions before it, with their protocols.
    pub(crate) earlier: Vec<(Arc<Protocol>, DateTime<Utc>)>,
    /// What they say now.
    pub(crate) assessment: Option<Assessment>,
}

/// Borrowed earlier sessions for [`TriageInput`].
pub(crate) fn as_earlier(earlier: &[(Arc<Protocol>, DateTime<Utc>)]) -> Vec<EarlierSession<'_>> {
    earlier
        .iter()
        .map(|(protocol, ended_at)| EarlierSession {
            protocol,
            ended_at: *ended_at,
        })
        .collect()
}

impl Context {
    /// Check-in stretches the assessment asks for.
    pub(crate) fn watches(&self) -> Vec<Watch> {
        self.assessment.iter().filter_map(|a| a.watch()).collect()
    }

    /// The plans alone.
    pub(crate) fn plan_list(&self) -> Vec<RecoveryPlan> {
        self.plans.iter().map(|(_, plan)| plan.clone()).collect()
    }

    /// What the patient already did, in `zone`: the local days with a check-in (an entry of the
    /// session being recovered from, or "All fine today"), and the preparation steps done.
    pub(crate) fn completed(&self, zone: Tz) -> Completed {
        let day = |at: DateTime<Utc>| at.with_timezone(&zone).date_naive();
        Completed {
            check_in_days: self
                .entries
                .iter()
                .map(|e| day(e.observed_at))
                .chain(self.check_ins.iter().map(|c| day(c.at)))
                .collect(),
            preparation: self.preparation_done.clone(),
        }
    }
}
