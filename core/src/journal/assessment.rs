//! A session's triage from the journal: its plan, log, provider contacts and earlier sessions,
//! read once and judged at "now"; and logging that answers with the new assessment at once.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::today::{as_earlier, earlier_sessions, plan_of};
use super::{Journal, JournalError, SessionRecord, SessionStatus};
use crate::catalog::Catalog;
use crate::plan::RecoveryPlan;
use crate::protocol::Protocol;
use crate::region::Region;
use crate::symptom::{NewSymptom, SymptomEntry};
use crate::text::Locale;
use crate::triage::{
    Assessment, AssessmentView, CheckIn, ProviderContact, TriageInput, assess_with,
};
use crate::view::VerdictView;

/// A session's assessment with what it was made from.
#[derive(Debug, Clone)]
pub struct SessionAssessment {
    /// The session.
    pub session_id: i64,
    /// Its plan.
    pub plan: RecoveryPlan,
    /// Done sessions before it, with their protocols, oldest first.
    pub earlier: Vec<(Arc<Protocol>, DateTime<Utc>)>,
    /// Its symptom entries, oldest first.
    pub entries: Vec<SymptomEntry>,
    /// Its provider contacts, oldest first.
    pub contacts: Vec<ProviderContact>,
    /// Its "All fine today" check-ins, oldest first.
    pub check_ins: Vec<CheckIn>,
    /// What they say.
    pub assessment: Assessment,
}

impl SessionAssessment {
    /// The assessment in words, in `locale`, local times in `zone`, for a phone whose region
    /// is unknown (emergency number 112).
    pub fn view(&self, locale: Locale, zone: Tz) -> AssessmentView {
        self.view_in(locale, zone, Region::default())
    }

    /// The assessment in words for a phone in `region` (its emergency number and temperature
    /// unit).
    pub fn view_in(&self, locale: Locale, zone: Tz, region: Region) -> AssessmentView {
        AssessmentView::with_earlier(
            &self.plan,
            &as_earlier(&self.earlier),
            &self.assessment,
            &self.entries,
            locale,
            zone,
            region,
        )
    }

    /// The verdict in a label and a reason, at `now`, in `locale`, local times in `zone`, for a
    /// phone in `region`.
    pub fn verdict(
        &self,
        now: DateTime<Utc>,
        locale: Locale,
        zone: Tz,
        region: Region,
    ) -> VerdictView {
        VerdictView::new(
            &self.view_in(locale, zone, region),
            &self.entries,
            self.plan.session.ended_at,
            now,
            zone,
            region.temperature_unit(),
        )
    }
}

/// What judging a session needs besides its plan and entries.
pub(crate) struct TriageContext {
    /// Its provider contacts, oldest first.
    pub(crate) contacts: Vec<ProviderContact>,
    /// Done sessions before it with their protocols, oldest first.
    pub(crate) earlier: Vec<(Arc<Protocol>, DateTime<Utc>)>,
}

/// What logging did: the entries stored, and the session's assessment before and after (none
/// for a session that is only booked: entries are kept, there is nothing to judge them by).
#[derive(Debug, Clone)]
pub struct Logged {
    /// The stored entries.
    pub entries: Vec<SymptomEntry>,
    /// The assessment just before they were stored.
    pub before: Option<Assessment>,
    /// The assessment with them.
    pub after: Option<SessionAssessment>,
}

impl Logged {
    /// Whether what was logged asks the patient to contact their provider where the log did
    /// not before: the app shows the call to action instead of a plain "saved".
    pub fn raised(&self) -> bool {
        match (&self.before, &self.after) {
            (Some(before), Some(after)) => before.raised_by(&after.assessment),
            (None, Some(after)) => after.assessment.calls_for_contact(),
            _ => false,
        }
    }
}

impl Journal {
    /// The assessment of done session `session_id` at `now`.
    pub fn assessment(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
    ) -> Result<SessionAssessment, JournalError> {
        let (sessions, catalog, plan) = self.done_plan(session_id)?;
        let earlier = earlier_sessions(&sessions, plan.session.ended_at, &catalog);
        let entries = self.symptoms(session_id)?;
        let contacts = self.provider_contacts(session_id)?;
        let check_ins = self.all_fine_check_ins(session_id)?;
        let mut assessment = assess_with(
            &TriageInput {
                plan: &plan,
                earlier: &as_earlier(&earlier),
                entries: &entries,
                contacts: &contacts,
            },
            now,
        );
        assessment.count_check_ins(&check_ins, plan.session.ended_at, now);
        Ok(SessionAssessment {
            session_id,
            plan,
            earlier,
            entries,
            contacts,
            check_ins,
            assessment,
        })
    }

    /// The recovery plan of done session `session_id` (it knows the session after it).
    pub fn plan(&self, session_id: i64) -> Result<RecoveryPlan, JournalError> {
        self.done_plan(session_id).map(|(_, _, plan)| plan)
    }

    /// Every session, the catalog, and the plan of done session `session_id`.
    fn done_plan(
        &self,
        session_id: i64,
    ) -> Result<(Vec<SessionRecord>, Catalog, RecoveryPlan), JournalError> {
        let (settings, _) = self.settings()?;
        let sessions = self.sessions()?;
        let index =
            sessions
                .iter()
                .position(|s| s.id == session_id)
                .ok_or(JournalError::NotFound {
                    what: "session",
                    id: session_id,
                })?;
        if sessions[index].status != SessionStatus::Done {
            return Err(JournalError::NotDone);
        }
        let catalog = self.catalog();
        let plan = plan_of(&sessions, index, &catalog, &settings)?.ok_or_else(|| {
            JournalError::Storage("the session's protocol is not in the catalog".into())
        })?;
        Ok((sessions, catalog, plan))
    }

    /// Logs symptoms for a session (all or none) and answers with the assessment before and
    /// after, so the caller can show the call to action at once.
    pub fn log_and_assess(
        &self,
        session_id: i64,
        news: &[NewSymptom],
        now: DateTime<Utc>,
    ) -> Result<Logged, JournalError> {
        let before = self.assessment_if_done(session_id, now)?;
        let entries = self.log_symptoms(session_id, news, now)?;
        let after = self.assessment_if_done(session_id, now)?;
        Ok(Logged {
            entries,
            before: before.map(|b| b.assessment),
            after,
        })
    }

    /// Replaces an entry's fields and answers like [`Journal::log_and_assess`]: raising an
    /// entry's severity can call for contact just as logging a new one can.
    pub fn edit_and_assess(
        &self,
        id: i64,
        new: &NewSymptom,
        now: DateTime<Utc>,
    ) -> Result<Logged, JournalError> {
        let session_id = self.symptom(id)?.session_id;
        let before = self.assessment_if_done(session_id, now)?;
        let entry = self.edit_symptom(id, new, now)?;
        let after = self.assessment_if_done(session_id, now)?;
        Ok(Logged {
            entries: vec![entry],
            before: before.map(|b| b.assessment),
            after,
        })
    }

    /// What judging `record` needs besides its plan and entries: its provider contacts and the
    /// done sessions before it (for `every_session` flags), oldest first. The report uses it to
    /// judge a session at the end of a date range with only the entries up to then.
    pub(crate) fn triage_context(
        &self,
        sessions: &[SessionRecord],
        record: &SessionRecord,
        catalog: &Catalog,
    ) -> Result<TriageContext, JournalError> {
        let contacts = self.provider_contacts(record.id)?;
        let earlier = match record.ended_at {
            Some(ended) => earlier_sessions(sessions, ended, catalog),
            None => Vec::new(),
        };
        Ok(TriageContext { contacts, earlier })
    }

    /// [`Journal::assessment`], or `None` for a booked session.
    fn assessment_if_done(
        &self,
        session_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionAssessment>, JournalError> {
        match self.assessment(session_id, now) {
            Ok(assessment) => Ok(Some(assessment)),
            Err(JournalError::NotDone) => Ok(None),
            Err(other) => Err(other),
        }
    }
}
