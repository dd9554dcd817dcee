//! Choosing what the OS holds now: the rolling window of upcoming reminders.

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;

use super::Reminder;
use super::ledger::ReminderLedger;
use super::occurrence::{Watch, occurrences};
use super::render::render;
use crate::local_time::resolve_local;
use crate::plan::RecoveryPlan;
use crate::settings::PatientSettings;

/// How far ahead reminders are listed; the shell must ask again before this runs out.
pub const HORIZON: TimeDelta = TimeDelta::days(62);
/// How long before a reminder that did not fit the shell must ask again.
pub const REFRESH_LEAD: TimeDelta = TimeDelta::minutes(15);
/// The longest snooze; occurrences this far back are listed so a snoozed one can come back.
pub(crate) const MAX_SNOOZE: TimeDelta = TimeDelta::days(7);

/// What a shell should have scheduled now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// At most `limit` reminders, in firing order (then category, then id).
    pub reminders: Vec<Reminder>,
    /// The instant by which the shell must ask again (before the first reminder that did not
    /// fit, and before the listing horizon ends).
    pub refresh_at: DateTime<Utc>,
}

/// The upcoming reminders for `plans` at `now`, at most `limit`, highest priority first.
///
/// Priority: urgent before not urgent, then the soonest, then the more important category.
/// Done, dismissed and already delivered reminders never come back; a snoozed one comes back
/// once at its snooze time. Non-urgent reminders that would fall inside quiet hours fire at
/// their end instead.
pub fn pending(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    ledger: &ReminderLedger,
    now: DateTime<Utc>,
    limit: usize,
) -> Pending {
    let horizon_end = now + HORIZON;
    let mut candidates: Vec<_> = occurrences(
        plans,
        settings,
        zone,
        watches,
        now - MAX_SNOOZE - TimeDelta::days(1),
        horizon_end,
    )
    .into_iter()
    .filter_map(|occ| {
        let at = ledger.fire_time(&occ.id, occ.fire_at)?;
        let at = if occ.urgent {
            at
        } else {
            out_of_quiet_hours(at, settings, zone)
        };
        (at > now && at < horizon_end).then_some((at, occ))
    })
    .collect();
    candidates.sort_by(|(a_at, a), (b_at, b)| {
        (!a.urgent, a_at, a.category, &a.id).cmp(&(!b.urgent, b_at, b.category, &b.id))
    });
    // Ids are unique by construction; this keeps the promise even if two rules collide.
    let keep: Vec<bool> = {
        let mut seen = std::collections::BTreeSet::new();
        candidates
            .iter()
            .map(|(_, occ)| seen.insert(occ.id.as_str()))
            .collect()
    };
    let mut keep = keep.into_iter();
    candidates.retain(|_| keep.next().unwrap_or(false));

    let cut = candidates.len().min(limit);
    let refresh_at = candidates[cut..]
        .iter()
        .map(|(at, _)| *at - REFRESH_LEAD)
        .min()
        .unwrap_or(horizon_end - REFRESH_LEAD)
        .min(horizon_end - REFRESH_LEAD)
        .max(now);
    let mut chosen: Vec<_> = candidates.into_iter().take(limit).collect();
    chosen
        .sort_by(|(a_at, a), (b_at, b)| (a_at, a.category, &a.id).cmp(&(b_at, b.category, &b.id)));
    Pending {
        reminders: chosen
            .iter()
            .map(|(at, occ)| render(occ, *at, plans, zone, settings.locale))
            .collect(),
        refresh_at,
    }
}

/// `at`, or the end of quiet hours if it falls inside them (local wall clock in `zone`).
fn out_of_quiet_hours(at: DateTime<Utc>, settings: &PatientSettings, zone: Tz) -> DateTime<Utc> {
    let Some(quiet) = settings.quiet_hours else {
        return at;
    };
    let local = at.with_timezone(&zone).naive_local();
    if !quiet.contains(local.time()) {
        return at;
    }
    // Inside quiet hours that wrap midnight, the evening part ends tomorrow morning.
    let wraps = quiet.start() > quiet.end();
    let date = if wraps && local.time() >= quiet.start() {
        local.date().succ_opt().unwrap_or(local.date())
    } else {
        local.date()
    };
    resolve_local(zone, date, quiet.end()).max(at)
}
