//! Choosing what a report shows: sessions, entries, red flags and photos in the selection.

use std::collections::HashSet;

use chrono::{DateTime, NaiveTime, TimeDelta, Utc};

use super::{
    MAX_NAME_CHARS, PhotoContent, PhotoProblem, PlannedSession, ReportData, ReportError,
    ReportPhoto, ReportRequest, ReportSession, SessionTriage, session_key,
};
use crate::catalog::Catalog;
use crate::journal::{Journal, SessionRecord, SessionStatus};
use crate::local_time::resolve_local;
use crate::plan::RecoveryPlan;
use crate::symptom::SymptomEntry;
use crate::triage::{CheckIn, EarlierSession, TriageInput, assess_with};

/// Selects and judges what `request` asks for, as of `now`.
///
/// - A range (`from`..=`to`, local days in `request.zone`) keeps the entries and photos inside
///   it, the done sessions whose plan overlaps it or that have entries in it, and the sessions
///   booked inside it. `from` after `to` is [`ReportError::RangeReversed`]; a range with nothing
///   in it gives an empty report, which every format writes as such.
/// - A session keeps only that session (for a done one, also the booked session its plan
///   leads to, for the calendar). An unknown id is a `NotFound` journal error.
/// - Each done session is judged as the app would have judged it at the end of the selection (or
///   `now`, if earlier), with the entries and provider contacts up to then; entries before the
///   selection count as the baseline. The red-flag episodes kept are those with an entry in the
///   selection (raising, sustaining or settling them), in every status.
pub fn collect(
    journal: &Journal,
    request: &ReportRequest,
    now: DateTime<Utc>,
) -> Result<ReportData, ReportError> {
    // A report is a deliberate export: damage must be reported, not a shorter record.
    journal.verify_pages()?;
    let zone = request.zone;
    if let (Some(from), Some(to)) = (request.from, request.to) {
        if from > to {
            return Err(ReportError::RangeReversed { from, to });
        }
    }
    let patient_name = match &request.patient_name {
        None => None,
        Some(name) => {
            let name = name.trim();
            if name.is_empty()
                || name.chars().count() > MAX_NAME_CHARS
                || name.chars().any(char::is_control)
            {
                return Err(ReportError::InvalidName);
            }
            Some(name.to_string())
        }
    };
    let midnight = NaiveTime::MIN;
    let starts_at = request.from.map(|d| resolve_local(zone, d, midnight));
    let ends_at = request
        .to
        .map(|d| {
            d.succ_opt()
                .map(|next| resolve_local(zone, next, midnight))
                .ok_or(ReportError::DateOutOfRange(d))
        })
        .transpose()?;
    let in_range =
        |at: DateTime<Utc>| starts_at.is_none_or(|s| s <= at) && ends_at.is_none_or(|e| at < e);

    let (mut settings, _) = journal.settings()?;
    settings.locale = request.locale;
    let all = journal.sessions()?;
    let patient_key = all.iter().min_by_key(|s| s.id).map_or_else(
        || "none".to_string(),
        |s| format!("{}:{}", s.id, session_key(s)),
    );
    if let Some(id) = request.session {
        if !all.iter().any(|s| s.id == id) {
            return Err(crate::journal::JournalError::NotFound {
                what: "session",
                id,
            }
            .into());
        }
    }
    let catalog = journal.catalog();
    let mut plans = journal.plans(&all, &settings)?;
    let protocol_of = |record: &SessionRecord| {
        catalog
            .get(&record.protocol.id, Some(record.protocol.version))
            .cloned()
    };

    // Judged at the end of the selection, never after now.
    let cutoff = ends_at
        .map(|e| e - TimeDelta::seconds(1))
        .map_or(now, |e| e.min(now));

    let mut sessions = Vec::new();
    let mut next_booked = Vec::new();
    for record in &all {
        if request.session.is_some_and(|id| id != record.id) {
            continue;
        }
        let plan = plans
            .iter()
            .position(|(r, _)| r.id == record.id)
            .map(|i| plans.swap_remove(i).1);
        let all_entries = journal.symptoms(record.id)?;
        let entries: Vec<_> = all_entries
            .iter()
            .filter(|e| in_range(e.observed_at))
            .cloned()
            .collect();
        let all_check_ins = journal.all_fine_check_ins(record.id)?;
        let check_ins: Vec<_> = all_check_ins
            .iter()
            .filter(|c| in_range(c.at))
            .cloned()
            .collect();
        let overlaps = match (&plan, record.status) {
            (Some(plan), _) => {
                let start = plan.session.ended_at;
                starts_at.is_none_or(|s| plan.horizon > s) && ends_at.is_none_or(|e| start < e)
            }
            (None, SessionStatus::Done) => record.ended_at.is_some_and(in_range),
            // Booked sessions are listed below; here only if something was logged for one.
            (None, SessionStatus::Planned) => false,
        };
        if record.status == SessionStatus::Planned
            && record
                .starts_at
                .is_some_and(|at| in_range(at) || request.session.is_some())
        {
            next_booked.push(record.clone());
        }
        if !overlaps && entries.is_empty() && check_ins.is_empty() {
            continue;
        }
        if let Some(next) = plan.as_ref().and_then(|p| p.next_session) {
            if request.session.is_some() {
                if let Some(booked) = all
                    .iter()
                    .find(|s| s.status == SessionStatus::Planned && s.starts_at == Some(next))
                {
                    next_booked.push(booked.clone());
                }
            }
        }

        let triage = match &plan {
            Some(plan) => Some(judge(
                journal,
                &all,
                record,
                plan,
                &all_entries,
                &entries,
                &all_check_ins,
                &catalog,
                cutoff,
                &in_range,
            )?),
            None => None,
        };

        let photos = journal
            .photos(record.id)?
            .into_iter()
            .filter(|p| in_range(p.taken_at))
            .map(|photo| ReportPhoto {
                photo,
                content: if request.include_photos {
                    // Until the caller supplies the bytes.
                    PhotoContent::Unavailable(PhotoProblem::Unreadable)
                } else {
                    PhotoContent::NotRequested
                },
            })
            .collect();

        sessions.push(ReportSession {
            protocol: protocol_of(record),
            record: record.clone(),
            plan,
            entries,
            check_ins,
            triage,
            photos,
        });
    }

    next_booked.sort_by_key(|s| (s.starts_at, s.id));
    next_booked.dedup_by_key(|s| s.id);
    let done_steps = journal.preparation_done()?;
    let planned = next_booked
        .into_iter()
        .map(|record| PlannedSession {
            protocol: protocol_of(&record),
            preparation_done: done_steps
                .iter()
                .filter(|(session, _, _)| *session == record.id)
                .map(|(_, rule, _)| rule.clone())
                .collect(),
            record,
        })
        .collect();

    Ok(ReportData {
        generated_at: now,
        locale: request.locale,
        zone,
        patient_name,
        from: request.from,
        to: request.to,
        starts_at,
        ends_at,
        session_filter: request.session,
        day_times: settings.day_times,
        patient_key,
        sessions,
        planned,
    })
}

/// Judges one session at `cutoff` for the report: the app's assessment at that moment, with
/// the episodes and contacts the selection holds and the entries they name outside it.
#[allow(clippy::too_many_arguments)]
fn judge(
    journal: &Journal,
    all: &[SessionRecord],
    record: &SessionRecord,
    plan: &RecoveryPlan,
    all_entries: &[SymptomEntry],
    selected: &[SymptomEntry],
    check_ins: &[CheckIn],
    catalog: &Catalog,
    cutoff: DateTime<Utc>,
    in_range: &dyn Fn(DateTime<Utc>) -> bool,
) -> Result<SessionTriage, ReportError> {
    let crate::journal::TriageContext { contacts, earlier } =
        journal.triage_context(all, record, catalog)?;
    let seen: Vec<SymptomEntry> = all_entries
        .iter()
        .filter(|e| e.observed_at <= cutoff)
        .cloned()
        .collect();
    let known: Vec<_> = contacts
        .iter()
        .filter(|c| c.contacted_at <= cutoff)
        .cloned()
        .collect();
    let borrowed: Vec<EarlierSession<'_>> = earlier
        .iter()
        .map(|(protocol, ended_at)| EarlierSession {
            protocol,
            ended_at: *ended_at,
        })
        .collect();
    let mut assessment = assess_with(
        &TriageInput {
            plan,
            earlier: &borrowed,
            entries: &seen,
            contacts: &known,
        },
        cutoff,
    );
    assessment.count_check_ins(check_ins, plan.session.ended_at, cutoff);
    let ids: HashSet<i64> = selected.iter().map(|e| e.id).collect();
    assessment.episodes.retain(|episode| {
        episode.entry_ids.iter().any(|id| ids.contains(id))
            || episode.resolved_by.is_some_and(|id| ids.contains(&id))
    });
    let named: HashSet<i64> = assessment
        .episodes
        .iter()
        .flat_map(|e| e.entry_ids.iter().copied().chain(e.resolved_by))
        .chain(
            assessment
                .reasons
                .iter()
                .flat_map(|r| r.entry_ids.iter().copied()),
        )
        .filter(|id| !ids.contains(id))
        .collect();
    let context = all_entries
        .iter()
        .filter(|e| named.contains(&e.id))
        .cloned()
        .collect();
    let contacts = known
        .into_iter()
        .filter(|c| in_range(c.contacted_at))
        .collect();
    Ok(SessionTriage {
        judged_at: cutoff,
        assessment,
        contacts,
        context,
        earlier,
    })
}
