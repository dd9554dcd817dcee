//! Choosing what the OS holds now: the rolling window of upcoming reminders.

use chrono::{DateTime, LocalResult, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

use super::Reminder;
use super::completed::Completed;
use super::ledger::ReminderLedger;
use super::ledger::ReminderStatus;
use super::occurrence::{Occurrence, Watch, occurrence_by_id, occurrences};
use super::render::render;
use crate::local_time::resolve_local;
use crate::plan::RecoveryPlan;
use crate::settings::PatientSettings;

/// How far ahead reminders are listed; the shell must ask again before this runs out.
pub const HORIZON: TimeDelta = TimeDelta::days(62);
/// How long before a reminder that did not fit the shell must ask again.
pub const REFRESH_LEAD: TimeDelta = TimeDelta::minutes(15);
/// The longest snooze; occurrences this far back are listed so a snoozed one can come back.
pub const MAX_SNOOZE: TimeDelta = TimeDelta::days(7);
/// How long a notification's "Snooze" button puts a reminder off (no time picker on a locked
/// screen); it then fires once more, moved out of quiet hours like any other reminder.
pub const SNOOZE: TimeDelta = TimeDelta::hours(1);

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
    pending_with(
        plans,
        settings,
        zone,
        watches,
        &Completed::default(),
        ledger,
        now,
        limit,
    )
}

/// [`pending`] without the reminders for what the patient already did ([`Completed`]): a
/// day's check-in once something was logged that day, a preparation step marked done.
#[allow(clippy::too_many_arguments)]
pub fn pending_with(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    completed: &Completed,
    ledger: &ReminderLedger,
    now: DateTime<Utc>,
    limit: usize,
) -> Pending {
    let horizon_end = now + HORIZON;
    let mut candidates = candidates(
        plans,
        settings,
        zone,
        watches,
        completed,
        ledger,
        now,
        horizon_end,
    );
    candidates.sort_by(|(a_at, _, a), (b_at, _, b)| {
        (!a.urgent, a_at, a.category, &a.id).cmp(&(!b.urgent, b_at, b.category, &b.id))
    });
    // Ids are unique by construction; this keeps the promise even if two rules collide.
    let keep: Vec<bool> = {
        let mut seen = std::collections::BTreeSet::new();
        candidates
            .iter()
            .map(|(_, _, occ)| seen.insert(occ.id.as_str()))
            .collect()
    };
    let mut keep = keep.into_iter();
    candidates.retain(|_| keep.next().unwrap_or(false));

    let cut = candidates.len().min(limit);
    let refresh_at = candidates[cut..]
        .iter()
        .map(|(at, _, _)| *at - REFRESH_LEAD)
        .min()
        .unwrap_or(horizon_end - REFRESH_LEAD)
        .min(horizon_end - REFRESH_LEAD)
        .max(now);
    let mut chosen: Vec<_> = candidates.into_iter().take(limit).collect();
    chosen.sort_by(|(a_at, _, a), (b_at, _, b)| {
        (a_at, a.category, &a.id).cmp(&(b_at, b.category, &b.id))
    });
    Pending {
        reminders: chosen
            .iter()
            .map(|(at, due, occ)| render(occ, *at, *due, plans, zone, settings.locale))
            .collect(),
        refresh_at,
    }
}

/// The reminders that fire after `now`, in firing order: every one up to `until`, and after it
/// the first of each category (within [`HORIZON`]), with no limit. What the phone holds is
/// [`pending_with`]'s business; this answers "what comes next" of any kind at any moment up to
/// `until` (the glance).
#[allow(clippy::too_many_arguments)]
pub fn upcoming(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    completed: &Completed,
    ledger: &ReminderLedger,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<Reminder> {
    let mut candidates = candidates(
        plans,
        settings,
        zone,
        watches,
        completed,
        ledger,
        now,
        now + HORIZON,
    );
    candidates.sort_by(|(a_at, _, a), (b_at, _, b)| {
        (a_at, a.category, &a.id).cmp(&(b_at, b.category, &b.id))
    });
    let mut seen = std::collections::BTreeSet::new();
    candidates.retain(|(_, _, occ)| seen.insert(occ.id.clone()));
    let mut after = std::collections::BTreeSet::new();
    candidates
        .iter()
        .filter(|(at, _, occ)| *at <= until || after.insert(occ.category))
        .map(|(at, due, occ)| render(occ, *at, *due, plans, zone, settings.locale))
        .collect()
}

/// Every reminder that would fire in `(now, horizon_end)`: when it fires (out of quiet hours
/// unless urgent), when it is due, and the occurrence; done, dismissed and delivered ones left
/// out, snoozed ones at their snooze time. In no particular order.
#[allow(clippy::too_many_arguments)]
fn candidates(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    completed: &Completed,
    ledger: &ReminderLedger,
    now: DateTime<Utc>,
    horizon_end: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>, Occurrence)> {
    // (when it fires, when it is due before quiet hours held it, what)
    let mut candidates: Vec<_> = occurrences(
        plans,
        settings,
        zone,
        watches,
        now - MAX_SNOOZE - TimeDelta::days(1),
        horizon_end,
    )
    .into_iter()
    .filter(|occ| !completed.covers(occ, plans, zone))
    .filter_map(|occ| {
        let due = ledger.fire_time(&occ.id, occ.fire_at)?;
        let at = if occ.urgent {
            due
        } else {
            out_of_quiet_hours(due, settings, zone)
        };
        (at > now && at < horizon_end).then_some((at, due, occ))
    })
    .collect();
    // Snoozed reminders the rules no longer list here (the patient changed zone) still come back.
    for (id, status) in ledger.statuses() {
        let ReminderStatus::Snoozed { until } = *status else {
            continue;
        };
        if until <= now || until >= horizon_end || candidates.iter().any(|(_, _, o)| &o.id == id) {
            continue;
        }
        if let Some(occ) = occurrence_by_id(plans, settings, id, until)
            .filter(|occ| !completed.covers(occ, plans, zone))
        {
            candidates.push((out_of_quiet_hours(until, settings, zone), until, occ));
        }
    }
    candidates
}

/// `at`, or the first end of quiet hours after it if it falls inside them (local wall clock in
/// `zone`). The end is the first occurrence after `at` whose local time is outside quiet hours:
/// in a repeated hour that is the second 01:30, in a gap the time after it, and a gap that
/// would land back inside very long quiet hours moves on to the next day's end.
fn out_of_quiet_hours(at: DateTime<Utc>, settings: &PatientSettings, zone: Tz) -> DateTime<Utc> {
    let Some(quiet) = settings.quiet_hours else {
        return at;
    };
    let inside = |t: DateTime<Utc>| quiet.contains(t.with_timezone(&zone).time());
    if !inside(at) {
        return at;
    }
    let first_date = at.with_timezone(&zone).date_naive();
    for date in first_date.iter_days().take(3) {
        let naive = date.and_time(quiet.end());
        let candidates: Vec<DateTime<Utc>> = match zone.from_local_datetime(&naive) {
            LocalResult::Single(t) => vec![t.with_timezone(&Utc)],
            LocalResult::Ambiguous(a, b) => vec![a.with_timezone(&Utc), b.with_timezone(&Utc)],
            LocalResult::None => vec![resolve_local(zone, date, quiet.end())],
        };
        if let Some(end) = candidates.into_iter().find(|t| *t > at && !inside(*t)) {
            return end;
        }
    }
    // Unreachable for valid quiet hours (they end every day); keep the reminder rather than lose it.
    at
}
