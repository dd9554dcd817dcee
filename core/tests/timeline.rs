//! The recovery timeline with fixed dates: one or more tests per rule kind, the phases, the
//! horizon, series progress, the DST examples from the issue, plan errors and localized views.
//!
//! Every expected instant is written out as local wall-clock time in the patient's zone, so a
//! failure reads like the patient would see it.

use std::sync::Arc;

use aftercare_core::local_time::{Stamp, Style};
use aftercare_core::plan::DEFAULT_HORIZON;
use aftercare_core::protocol::{Anchor, Schedule};
use aftercare_core::status::RecoveryStatus;
use aftercare_core::text;
use aftercare_core::view::{PlanView, RuleView, StatusView, preparation_view};
use aftercare_core::{
    Catalog, DayTimes, Locale, MilestoneKind, PhaseKind, PlanError, PlanOptions, Protocol,
    RecoveryPlan, RuleKind, TreatmentSession, preparation, series_progress, status_at,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

const BERLIN: Tz = chrono_tz::Europe::Berlin;
const NEW_YORK: Tz = chrono_tz::America::New_York;

/// The instant of an unambiguous local time such as `"2026-03-28 18:30"`.
fn at(zone: Tz, local: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").expect("test date");
    zone.from_local_datetime(&naive)
        .single()
        .unwrap_or_else(|| panic!("{local} is not a unique local time in {zone}"))
        .with_timezone(&Utc)
}

/// An instant written as local time, for comparisons that read like the patient's clock.
fn local(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
}

fn hours(h: i64) -> TimeDelta {
    TimeDelta::hours(h)
}

fn protocol(id: &str) -> Arc<Protocol> {
    Catalog::builtin()
        .get(id, None)
        .unwrap_or_else(|| panic!("no built-in protocol {id}"))
        .clone()
}

fn session(protocol: &Protocol, ended: DateTime<Utc>, zone: Tz, number: u32) -> TreatmentSession {
    TreatmentSession {
        protocol: protocol.reference(),
        ended_at: ended,
        zone,
        number,
    }
}

fn plan_with(
    id: &str,
    ended: DateTime<Utc>,
    zone: Tz,
    number: u32,
    options: PlanOptions,
) -> RecoveryPlan {
    let protocol = protocol(id);
    let session = session(&protocol, ended, zone, number);
    RecoveryPlan::new(protocol, session, options).expect("valid plan")
}

fn plan(id: &str, ended: DateTime<Utc>, zone: Tz) -> RecoveryPlan {
    plan_with(id, ended, zone, 1, PlanOptions::default())
}

/// The index of the plan item for rule `rule_id`.
fn item(plan: &RecoveryPlan, rule_id: &str) -> usize {
    plan.items
        .iter()
        .position(|item| plan.rule(item).id == rule_id)
        .unwrap_or_else(|| panic!("no plan item for rule {rule_id}"))
}

/// Rule ids of a list of plan item indices, for readable assertions.
fn ids(plan: &RecoveryPlan, items: &[usize]) -> Vec<String> {
    items
        .iter()
        .map(|&i| plan.rule(&plan.items[i]).id.clone())
        .collect()
}

fn status(plan: &RecoveryPlan, now: DateTime<Utc>) -> RecoveryStatus {
    status_at(plan, now, plan.session.zone)
}

/// A mid-June session in Berlin, far from any DST change.
fn june_session() -> DateTime<Utc> {
    at(BERLIN, "2026-06-10 14:00")
}

// --- restrictions -------------------------------------------------------------------------------

#[test]
fn no_makeup_is_active_for_24_hours_then_lifted() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let no_makeup = item(&plan, "no-makeup");

    let now = ended + hours(3);
    let s = status(&plan, now);
    let active = s
        .restrictions
        .iter()
        .find(|r| r.item == no_makeup)
        .expect("no-makeup is in force 3 h after the session");
    assert_eq!(active.allowed_again_at, ended + hours(24));
    assert_eq!(local(active.allowed_again_at, BERLIN), "2026-06-11 14:00");
    assert_eq!(active.time_left, hours(21));
    assert!(!s.lifted.contains(&no_makeup));
    // Soonest lifted first.
    assert!(
        s.restrictions
            .windows(2)
            .all(|w| w[0].allowed_again_at <= w[1].allowed_again_at)
    );
    // 48 h and 7 d restrictions are in force too.
    let active_ids = ids(
        &plan,
        &s.restrictions.iter().map(|r| r.item).collect::<Vec<_>>(),
    );
    for id in ["no-swimming-sauna", "no-direct-sun", "no-actives"] {
        assert!(active_ids.iter().any(|a| a == id), "{id} in {active_ids:?}");
    }

    // One minute before the end it is still in force; at exactly 24 h it is lifted.
    let s = status(&plan, ended + hours(24) - TimeDelta::minutes(1));
    assert!(s.restrictions.iter().any(|r| r.item == no_makeup));
    for now in [ended + hours(24), ended + hours(30)] {
        let s = status(&plan, now);
        assert!(s.lifted.contains(&no_makeup), "lifted at {now}");
        assert!(!s.restrictions.iter().any(|r| r.item == no_makeup));
    }
    // Before the session nothing is in force and nothing is lifted.
    let s = status(&plan, ended - hours(1));
    assert!(s.restrictions.is_empty() && s.lifted.is_empty());
}

#[test]
fn rf_microneedling_keeps_makeup_off_for_48_hours() {
    let ended = june_session();
    let plan = plan("rf-microneedling", ended, BERLIN);
    let no_makeup = item(&plan, "no-makeup");

    let s = status(&plan, ended + hours(30));
    let active = s
        .restrictions
        .iter()
        .find(|r| r.item == no_makeup)
        .expect("RF: no makeup for 48 h");
    assert_eq!(active.allowed_again_at, ended + hours(48));
    assert_eq!(active.time_left, hours(18));

    let s = status(&plan, ended + hours(48));
    assert!(s.lifted.contains(&no_makeup));
}

// --- expected symptoms --------------------------------------------------------------------------

#[test]
fn redness_is_expected_for_48_hours_and_dryness_comes_later() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let redness = item(&plan, "expect-redness");
    let dryness = item(&plan, "expect-dryness");

    let s = status(&plan, ended + hours(12));
    assert!(s.expected_now.contains(&redness), "{:?}", s.expected_now);
    assert!(
        s.expected_later.contains(&dryness),
        "{:?}",
        s.expected_later
    );
    assert!(!s.expected_now.contains(&dryness));
    // Pinpoint bleeding stops within the hour and the numbing cream wears off within hours;
    // nothing else has passed yet.
    assert_eq!(
        ids(&plan, &s.no_longer_expected),
        vec!["expect-pinpoint-bleeding", "expect-numbness"]
    );

    let s = status(&plan, ended + hours(49));
    assert!(s.no_longer_expected.contains(&redness));
    assert!(!s.expected_now.contains(&redness));
    assert!(s.expected_now.contains(&dryness));
}

// --- routines -----------------------------------------------------------------------------------

/// The routines due today, as (rule id, local due time).
fn routines(plan: &RecoveryPlan, s: &RecoveryStatus) -> Vec<(String, String)> {
    s.routines_today
        .iter()
        .map(|r| {
            (
                plan.rule(&plan.items[r.item]).id.clone(),
                local(r.due_at, s.zone),
            )
        })
        .collect()
}

#[test]
fn daily_spf_is_due_at_the_default_wake_time_the_next_morning() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let spf = item(&plan, "daily-spf");

    let s = status(&plan, at(BERLIN, "2026-06-11 07:00"));
    let due = s
        .routines_today
        .iter()
        .find(|r| r.item == spf)
        .expect("SPF is due the morning after");
    assert_eq!(local(due.due_at, BERLIN), "2026-06-11 08:00");

    // On the session day SPF starts only at +8 h (22:00), after this morning's 08:00.
    let s = status(&plan, at(BERLIN, "2026-06-10 20:00"));
    assert!(!s.routines_today.iter().any(|r| r.item == spf));
}

#[test]
fn daily_spf_follows_a_custom_wake_time() {
    let ended = june_session();
    let options = PlanOptions {
        day_times: DayTimes {
            morning: hm(6, 45),
            ..DayTimes::default()
        },
        next_session: None,
    };
    let plan = plan_with("microneedling", ended, BERLIN, 1, options);
    let s = status(&plan, at(BERLIN, "2026-06-12 12:00"));
    assert!(
        routines(&plan, &s).contains(&("daily-spf".to_string(), "2026-06-12 06:45".to_string())),
        "{:?}",
        routines(&plan, &s)
    );
}

#[test]
fn first_wash_is_due_once_4_hours_after_the_session() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let first_wash = item(&plan, "first-wash");
    assert!(matches!(
        plan.rule(&plan.items[first_wash]).kind,
        RuleKind::Routine {
            schedule: Schedule::Once,
            ..
        }
    ));

    let s = status(&plan, ended + hours(1));
    let due = s
        .routines_today
        .iter()
        .find(|r| r.item == first_wash)
        .expect("first wash is due on the session day");
    assert_eq!(due.due_at, ended + hours(4));
    assert_eq!(local(due.due_at, BERLIN), "2026-06-10 18:00");

    // The next day it is not due again.
    let s = status(&plan, at(BERLIN, "2026-06-11 09:00"));
    assert!(!s.routines_today.iter().any(|r| r.item == first_wash));
}

#[test]
fn prp_first_wash_waits_6_hours() {
    let ended = june_session();
    let plan = plan("microneedling-prp", ended, BERLIN);
    let s = status(&plan, ended + hours(1));
    assert!(
        routines(&plan, &s).contains(&("first-wash".to_string(), "2026-06-10 20:00".to_string())),
        "{:?}",
        routines(&plan, &s)
    );
}

// --- preparation --------------------------------------------------------------------------------

/// The issue's example: an appointment on Saturday 22 Nov 2025 at 10:00 in Berlin means "stop
/// retinoids from Mon 17 Nov". (22 Nov is a Saturday and 17 Nov a Monday in 2025, not 2026.)
#[test]
fn preparation_stops_actives_five_days_before() {
    let microneedling = protocol("microneedling");
    let appointment = at(BERLIN, "2025-11-22 10:00");
    let steps = preparation(&microneedling, appointment);

    let prep_rules = microneedling
        .rules
        .iter()
        .filter(|r| matches!(r.kind, RuleKind::Preparation { .. }))
        .count();
    assert_eq!(steps.len(), prep_rules);
    assert!(steps.windows(2).all(|w| w[0].starts_at <= w[1].starts_at));

    let stop = steps
        .iter()
        .find(|s| s.rule.id == "prep-stop-actives")
        .expect("stop actives");
    assert_eq!(local(stop.starts_at, BERLIN), "2025-11-17 10:00");
    assert_eq!(stop.ends_at, appointment);
    // The earliest step comes first (asking about an antiviral, when booking two weeks
    // ahead); equal starts keep protocol order.
    assert_eq!(steps[0].rule.id, "prep-cold-sore-antiviral");
    assert_eq!(local(steps[0].starts_at, BERLIN), "2025-11-08 10:00");
    assert_eq!(steps[1].rule.id, "prep-stop-actives");

    for id in ["prep-clean-skin", "prep-reschedule-if"] {
        let step = steps.iter().find(|s| s.rule.id == id).expect(id);
        assert_eq!(
            step.starts_at, appointment,
            "{id} starts at the appointment"
        );
        assert_eq!(step.ends_at, appointment);
    }
    assert_eq!(steps.last().map(|s| s.starts_at), Some(appointment));

    let en = preparation_view(&microneedling, &steps, BERLIN, Locale::En);
    let es = preparation_view(&microneedling, &steps, BERLIN, Locale::Es);
    assert_eq!(en[1].rule.id, "prep-stop-actives");
    assert_eq!(en[1].when, "From Mon 17 Nov");
    assert!(es[1].when.starts_with("A partir del"), "{}", es[1].when);
    assert!(es[1].when.contains("17 nov"), "{}", es[1].when);
    let day_of = en
        .iter()
        .find(|v| v.rule.id == "prep-clean-skin")
        .expect("day-of step");
    assert_eq!(day_of.when, "On the day (Sat 22 Nov)");
}

/// The same appointment date a year later falls on a Sunday; the weekday follows the calendar.
#[test]
fn preparation_weekday_follows_the_calendar() {
    let microneedling = protocol("microneedling");
    let steps = preparation(&microneedling, at(BERLIN, "2026-11-22 10:00"));
    let view = preparation_view(&microneedling, &steps, BERLIN, Locale::En);
    assert_eq!(view[1].when, "From Tue 17 Nov");
}

#[test]
fn rf_microneedling_stops_actives_seven_days_before() {
    let rf = protocol("rf-microneedling");
    let appointment = at(BERLIN, "2025-11-22 10:00");
    let steps = preparation(&rf, appointment);
    let stop = steps
        .iter()
        .find(|s| s.rule.id == "prep-stop-actives")
        .expect("stop actives");
    assert_eq!(local(stop.starts_at, BERLIN), "2025-11-15 10:00");
}

// --- red flags ----------------------------------------------------------------------------------

#[test]
fn red_flags_apply_from_their_window() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let fever = item(&plan, "flag-fever");
    let late_bumps = item(&plan, "flag-late-bumps");

    let s = status(&plan, ended + hours(1));
    assert!(s.watch_for.contains(&fever));
    assert!(!s.watch_for.contains(&late_bumps));

    let s = status(&plan, ended + TimeDelta::weeks(2) - TimeDelta::minutes(1));
    assert!(!s.watch_for.contains(&late_bumps));
    let s = status(&plan, ended + TimeDelta::weeks(2));
    assert!(s.watch_for.contains(&late_bumps));
    assert!(s.watch_for.contains(&fever));

    // Before the session there is nothing to watch for yet.
    assert!(status(&plan, ended - hours(1)).watch_for.is_empty());
}

// --- phases -------------------------------------------------------------------------------------

#[test]
fn phases_follow_elapsed_time() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let cases = [
        (TimeDelta::zero(), Some(PhaseKind::FirstHours)),
        (hours(2), Some(PhaseKind::FirstHours)),
        (hours(6), Some(PhaseKind::Day1)),
        (hours(10), Some(PhaseKind::Day1)),
        (hours(30), Some(PhaseKind::Day2)),
        (TimeDelta::days(3), Some(PhaseKind::Week1)),
        (TimeDelta::days(10), Some(PhaseKind::UntilNextSession)),
        (-TimeDelta::minutes(1), None),
    ];
    for (elapsed, phase) in cases {
        assert_eq!(status(&plan, ended + elapsed).phase, phase, "at {elapsed}");
    }
    assert_eq!(status(&plan, plan.horizon).phase, None);
    assert_eq!(
        status(&plan, plan.horizon - TimeDelta::minutes(1)).phase,
        Some(PhaseKind::UntilNextSession)
    );
}

/// A next session booked within the first week cuts the phases short at the booking.
#[test]
fn phases_stop_at_an_early_booking() {
    let ended = june_session();
    let next = ended + TimeDelta::days(3);
    let options = PlanOptions {
        next_session: Some(next),
        ..PlanOptions::default()
    };
    let plan = plan_with("microneedling", ended, BERLIN, 1, options);
    let kinds: Vec<_> = plan.phases.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PhaseKind::FirstHours,
            PhaseKind::Day1,
            PhaseKind::Day2,
            PhaseKind::Week1
        ]
    );
    assert_eq!(plan.phases.last().map(|p| p.ends_at), Some(next));
    assert!(plan.phases.iter().all(|p| p.ends_at <= next));
    assert_eq!(status(&plan, next).phase, None);
}

// --- horizon ------------------------------------------------------------------------------------

#[test]
fn booked_next_session_is_the_horizon_and_brings_preparation() {
    let ended = june_session();
    let next = at(BERLIN, "2026-07-15 10:00");
    let options = PlanOptions {
        next_session: Some(next),
        ..PlanOptions::default()
    };
    let plan = plan_with("microneedling", ended, BERLIN, 1, options);
    assert_eq!(plan.horizon, next);

    let prep: Vec<_> = plan
        .rules()
        .filter(|(_, r)| matches!(r.kind, RuleKind::Preparation { .. }))
        .collect();
    assert_eq!(prep.len(), 8);
    for (item, rule) in &prep {
        assert_eq!(rule.window.anchor, Anchor::BeforeSession);
        assert_eq!(item.starts_at, next - rule.window.from.to_duration());
        assert!(item.ends_at <= next);
    }
    let stop = &plan.items[item(&plan, "prep-stop-actives")];
    assert_eq!(local(stop.starts_at, BERLIN), "2026-07-10 10:00");
    assert!(
        plan.milestones
            .iter()
            .any(|m| m.kind == MilestoneKind::NextSession && m.at == next)
    );
    assert!(
        plan.milestones
            .iter()
            .any(|m| m.kind == MilestoneKind::PreparationStarts && m.at == stop.starts_at)
    );
    // The window for the next session is moot once it is booked.
    assert!(
        !plan
            .milestones
            .iter()
            .any(|m| m.kind == MilestoneKind::NextSessionEarliest)
    );
    // Open windows (daily SPF) end at the booked session.
    assert_eq!(plan.items[item(&plan, "daily-spf")].ends_at, next);
}

#[test]
fn without_a_booking_the_series_latest_date_is_the_horizon() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    assert_eq!(plan.horizon, ended + TimeDelta::weeks(12));
    assert!(
        !plan
            .rules()
            .any(|(_, r)| matches!(r.kind, RuleKind::Preparation { .. })),
        "no preparation without a booked session"
    );
    let window: Vec<_> = plan
        .milestones
        .iter()
        .filter_map(|m| match m.kind {
            MilestoneKind::NextSessionEarliest
            | MilestoneKind::NextSessionRecommended
            | MilestoneKind::NextSessionLatest => Some((m.kind, m.at - ended)),
            _ => None,
        })
        .collect();
    assert_eq!(
        window,
        vec![
            (MilestoneKind::NextSessionEarliest, TimeDelta::weeks(4)),
            (MilestoneKind::NextSessionRecommended, TimeDelta::weeks(4)),
            (MilestoneKind::NextSessionLatest, TimeDelta::weeks(12)),
        ]
    );
}

#[test]
fn after_the_last_series_session_maintenance_is_the_horizon() {
    // 10 Jun (CEST) + 6 calendar months = 10 Dec (CET): same local time, not 183 × 24 h.
    let ended = june_session();
    let plan = plan_with("microneedling", ended, BERLIN, 3, PlanOptions::default());
    assert_eq!(local(plan.horizon, BERLIN), "2026-12-10 14:00");
    assert!(
        plan.milestones
            .iter()
            .any(|m| m.kind == MilestoneKind::MaintenanceDue && m.at == plan.horizon)
    );
    assert!(
        !plan
            .rules()
            .any(|(_, r)| matches!(r.kind, RuleKind::Series(_))),
        "no next-session window once the series is complete"
    );

    // Month ends clamp to the last day of the shorter month.
    let ended = at(BERLIN, "2026-08-31 09:15");
    let plan = plan_with("microneedling", ended, BERLIN, 3, PlanOptions::default());
    assert_eq!(local(plan.horizon, BERLIN), "2027-02-28 09:15");

    // A maintenance time the clocks skip moves forward by the gap; one they repeat is the first.
    for (ended, maintenance, offset) in [
        ("2025-09-29 02:30", "2026-03-29T03:30:00", "+02:00"),
        ("2026-04-25 02:30", "2026-10-25T02:30:00", "+02:00"),
    ] {
        let ended = at(BERLIN, ended);
        let plan = plan_with("microneedling", ended, BERLIN, 3, PlanOptions::default());
        let stamp = Stamp::new(plan.horizon, BERLIN, Locale::En, Style::DateTime);
        assert_eq!(stamp.local, format!("{maintenance}{offset}"));
        // The plan and the series progress agree on when maintenance is due.
        let protocol = protocol("microneedling");
        let done: Vec<_> = (1..=3)
            .map(|n| {
                session(
                    &protocol,
                    ended - TimeDelta::weeks(5 * (3 - i64::from(n))),
                    BERLIN,
                    n,
                )
            })
            .collect();
        let progress = series_progress(&protocol, &done).expect("series");
        assert_eq!(progress.maintenance_at, Some(plan.horizon));
    }
}

#[test]
fn without_a_series_the_horizon_is_the_default() {
    let ended = june_session();
    let plan = plan("at-home-roller", ended, BERLIN);
    assert_eq!(plan.horizon, ended + DEFAULT_HORIZON.to_duration());
}

// --- series -------------------------------------------------------------------------------------

#[test]
fn series_progress_after_the_first_session() {
    let microneedling = protocol("microneedling");
    let ended = june_session();
    let done = [session(&microneedling, ended, BERLIN, 1)];
    let progress = series_progress(&microneedling, &done).expect("microneedling is a series");
    assert_eq!(progress.sessions_in_series, 3);
    assert_eq!(progress.done, 1);
    assert_eq!(progress.remaining, 2);
    assert!(!progress.complete());
    assert_eq!(progress.maintenance_at, None);
    let next = progress.next.expect("window for session 2");
    assert_eq!(next.earliest, ended + TimeDelta::weeks(4));
    assert_eq!(next.recommended_from, ended + TimeDelta::weeks(4));
    assert_eq!(next.recommended_until, ended + TimeDelta::weeks(6));
    assert_eq!(next.latest, ended + TimeDelta::weeks(12));
}

#[test]
fn series_progress_when_complete() {
    let microneedling = protocol("microneedling");
    let first = june_session();
    let last = at(BERLIN, "2026-09-02 16:30");
    // Any order: the latest session counts.
    let done = [
        session(&microneedling, first + TimeDelta::weeks(5), BERLIN, 2),
        session(&microneedling, last, BERLIN, 3),
        session(&microneedling, first, BERLIN, 1),
    ];
    let progress = series_progress(&microneedling, &done).expect("series");
    assert!(progress.complete());
    assert_eq!(progress.remaining, 0);
    assert_eq!(progress.next, None);
    let maintenance = progress.maintenance_at.expect("maintenance");
    // 2 Sep (CEST) + 6 months = 2 Mar (CET), same wall-clock time.
    assert_eq!(local(maintenance, BERLIN), "2027-03-02 16:30");
    assert_eq!(maintenance - last, TimeDelta::days(181) + hours(1));
}

#[test]
fn series_progress_for_other_protocols() {
    let roller = protocol("at-home-roller");
    let done = [session(&roller, june_session(), BERLIN, 1)];
    assert_eq!(series_progress(&roller, &done), None);

    let prp = protocol("microneedling-prp");
    let done = [session(&prp, june_session(), BERLIN, 1)];
    let progress = series_progress(&prp, &done).expect("PRP is a series");
    assert_eq!(progress.sessions_in_series, 4);
    assert_eq!(progress.remaining, 3);
    let next = progress.next.expect("window");
    assert_eq!(next.recommended_until, june_session() + TimeDelta::weeks(5));

    let none_yet = series_progress(&prp, &[]).expect("series");
    assert_eq!((none_yet.done, none_yet.remaining), (0, 4));
    assert_eq!(none_yet.next, None);
}

// --- DST ----------------------------------------------------------------------------------------

/// The example: healing windows are elapsed time, so 24 h after 18:30 on the evening
/// before the clocks go forward is 19:30 on the wall clock, and 17:30 when they go back.
#[test]
fn restrictions_count_elapsed_hours_across_dst() {
    for (ended, lifts, offset) in [
        ("2026-03-28 18:30", "2026-03-29 19:30", "+02:00"),
        ("2026-10-24 18:30", "2026-10-25 17:30", "+01:00"),
    ] {
        let ended = at(BERLIN, ended);
        let plan = plan("microneedling", ended, BERLIN);
        let no_makeup = item(&plan, "no-makeup");
        let s = status(&plan, ended + hours(1));
        let active = s
            .restrictions
            .iter()
            .find(|r| r.item == no_makeup)
            .expect("no makeup");
        assert_eq!(active.allowed_again_at - ended, hours(24));
        assert_eq!(local(active.allowed_again_at, BERLIN), lifts);
        assert_eq!(active.time_left, hours(23));
        let stamp = Stamp::new(active.allowed_again_at, BERLIN, Locale::En, Style::DateTime);
        assert_eq!(
            stamp.local,
            format!("{}:00{offset}", lifts.replace(' ', "T"))
        );
    }
}

#[test]
fn daily_spf_in_the_spring_forward_gap_moves_forward_by_the_gap() {
    let ended = at(BERLIN, "2026-03-28 12:00");
    let options = PlanOptions {
        day_times: DayTimes {
            morning: hm(2, 30),
            ..DayTimes::default()
        },
        next_session: None,
    };
    let plan = plan_with("microneedling", ended, BERLIN, 1, options);
    let s = status(&plan, at(BERLIN, "2026-03-29 12:00"));
    assert_eq!(s.today, NaiveDate::from_ymd_opt(2026, 3, 29).unwrap());
    let spf: Vec<_> = s
        .routines_today
        .iter()
        .filter(|r| plan.rule(&plan.items[r.item]).id == "daily-spf")
        .collect();
    assert_eq!(spf.len(), 1);
    assert_eq!(local(spf[0].due_at, BERLIN), "2026-03-29 03:30");
    assert_eq!(spf[0].due_at.to_rfc3339(), "2026-03-29T01:30:00+00:00");

    // The session (18:30 the evening before) starts SPF at +8 h, which is exactly
    // 03:30 CEST: windows include their start, so SPF is due that morning.
    let ended = at(BERLIN, "2026-03-28 18:30");
    let plan = plan_with("microneedling", ended, BERLIN, 1, options);
    assert_eq!(
        plan.items[item(&plan, "daily-spf")].starts_at,
        at(BERLIN, "2026-03-29 03:30")
    );
    let s = status(&plan, at(BERLIN, "2026-03-29 12:00"));
    assert!(
        routines(&plan, &s).contains(&("daily-spf".to_string(), "2026-03-29 03:30".to_string())),
        "{:?}",
        routines(&plan, &s)
    );
}

#[test]
fn daily_spf_in_the_fall_back_overlap_fires_once_at_the_first() {
    let ended = at(NEW_YORK, "2026-10-31 12:00");
    let options = PlanOptions {
        day_times: DayTimes {
            morning: hm(1, 30),
            ..DayTimes::default()
        },
        next_session: None,
    };
    let plan = plan_with("microneedling", ended, NEW_YORK, 1, options);
    // Asked during the second 01:30 (EST): still the first one is today's.
    let second = Utc.with_ymd_and_hms(2026, 11, 1, 6, 30, 0).unwrap();
    for now in [at(NEW_YORK, "2026-11-01 12:00"), second] {
        let s = status(&plan, now);
        let spf: Vec<_> = s
            .routines_today
            .iter()
            .filter(|r| plan.rule(&plan.items[r.item]).id == "daily-spf")
            .collect();
        assert_eq!(spf.len(), 1, "once at {now}");
        assert_eq!(spf[0].due_at.to_rfc3339(), "2026-11-01T05:30:00+00:00");
        let stamp = Stamp::new(spf[0].due_at, NEW_YORK, Locale::En, Style::DateTime);
        assert_eq!(stamp.local, "2026-11-01T01:30:00-04:00");
    }
}

// --- plan errors --------------------------------------------------------------------------------

#[test]
fn plan_errors() {
    let microneedling = protocol("microneedling");
    let rf = protocol("rf-microneedling");
    let ended = june_session();

    let err = RecoveryPlan::new(
        microneedling.clone(),
        session(&rf, ended, BERLIN, 1),
        PlanOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        err,
        PlanError::ProtocolMismatch {
            session: rf.reference(),
            given: microneedling.reference(),
        }
    );

    for next in [ended - hours(1), ended] {
        let options = PlanOptions {
            next_session: Some(next),
            ..PlanOptions::default()
        };
        let err = RecoveryPlan::new(
            microneedling.clone(),
            session(&microneedling, ended, BERLIN, 1),
            options,
        )
        .unwrap_err();
        assert_eq!(err, PlanError::NextSessionBeforeEnd);
    }

    let err = RecoveryPlan::new(
        microneedling.clone(),
        session(&microneedling, ended, BERLIN, 0),
        PlanOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err, PlanError::SessionNumber);
}

// --- views --------------------------------------------------------------------------------------

#[test]
fn views_speak_spanish() {
    let ended = june_session();
    let plan = plan("microneedling", ended, BERLIN);
    let s = status(&plan, ended + hours(30));

    let view = StatusView::new(&plan, &s, Locale::Es);
    assert!(view.headline.starts_with("Día 2"), "{}", view.headline);
    let en = StatusView::new(&plan, &s, Locale::En);
    assert_eq!(en.headline, "Day 2 of your recovery");
    assert_ne!(view.disclaimer, en.disclaimer);
    assert_ne!(view.phase_title, en.phase_title);
    // Dates in Spanish: now is Thursday 11 June, 20:00.
    assert!(view.now.text.starts_with("jue 11 jun"), "{}", view.now.text);

    let plan_view = PlanView::new(&plan, BERLIN, Locale::Es);
    let plan_en = PlanView::new(&plan, BERLIN, Locale::En);
    // Spanish clinics call it "microneedling" too.
    assert_eq!(plan_view.protocol.name, "Microneedling");
    assert_eq!(plan_en.protocol.name, "Microneedling");
    assert_ne!(plan_view.phases[0].title, plan_en.phases[0].title);
    assert_eq!(plan_view.timeline.len(), plan.milestones.len());
}

/// Every rule text a patient can see resolves in both locales: never empty, never the bare
/// message id, and Spanish does not silently fall back to English.
#[test]
fn every_rule_text_resolves_in_every_locale() {
    let catalog = Catalog::builtin();
    assert_eq!(catalog.all().len(), 4);
    for protocol in catalog.all() {
        let ended = june_session();
        let next = ended + TimeDelta::weeks(5);
        let options = PlanOptions {
            next_session: Some(next),
            ..PlanOptions::default()
        };
        let session = session(protocol, ended, BERLIN, 1);
        let plan = RecoveryPlan::new(protocol.clone(), session, options).expect("plan");

        for locale in Locale::ALL {
            for rule in &protocol.rules {
                assert!(
                    text::builtin().has(locale, &rule.text, None),
                    "{}: {} has no {locale} text",
                    protocol.id,
                    rule.text
                );
                if matches!(rule.kind, RuleKind::Restriction { .. }) {
                    assert!(
                        text::builtin().has(locale, &rule.text, Some("lifted")),
                        "{}: {} has no {locale} .lifted",
                        protocol.id,
                        rule.text
                    );
                }
            }

            let mut views: Vec<RuleView> = Vec::new();
            let plan_view = PlanView::new(&plan, BERLIN, locale);
            let prep_rules = protocol
                .rules
                .iter()
                .filter(|r| matches!(r.kind, RuleKind::Preparation { .. }))
                .count();
            assert_eq!(plan_view.preparation.len(), prep_rules);
            for phase in &plan_view.phases {
                views.extend(phase.normal.iter().cloned());
                views.extend(phase.avoid.iter().cloned());
            }
            views.extend(plan_view.watch_for.iter().cloned());
            views.extend(plan_view.preparation.iter().map(|p| p.rule.clone()));
            for elapsed in [hours(1), hours(30), TimeDelta::days(20)] {
                let s = status(&plan, ended + elapsed);
                let view = StatusView::new(&plan, &s, locale);
                views.extend(view.restrictions.iter().map(|r| r.rule.clone()));
                views.extend(view.routines_today.iter().map(|r| r.rule.clone()));
                views.extend(view.expected_now.iter().cloned());
                views.extend(view.expected_later.iter().cloned());
                views.extend(view.no_longer_expected.iter().cloned());
                views.extend(view.watch_for.iter().cloned());
                assert!(view.lifted.iter().all(|t| !t.is_empty()));
            }
            let texts = protocol.texts(locale);
            views.extend(protocol.rules.iter().map(|r| RuleView::new(r, &texts)));
            assert!(views.len() > protocol.rules.len());

            for view in &views {
                let rule = protocol.rule(&view.id).expect("view of a protocol rule");
                assert!(!view.title.trim().is_empty(), "{}: empty", view.id);
                assert_ne!(view.title, rule.text, "{} ({locale}) unresolved", view.id);
                if let Some(detail) = &view.detail {
                    assert!(!detail.trim().is_empty(), "{}: empty detail", view.id);
                }
            }
            for milestone in &plan_view.timeline {
                assert!(!milestone.text.trim().is_empty());
                assert!(
                    !milestone.text.contains("{$"),
                    "{locale} milestone {:?} has an unfilled argument: {}",
                    milestone.kind,
                    milestone.text
                );
            }
        }
    }
}

// --- milestones ---------------------------------------------------------------------------------

#[test]
fn milestones_are_sorted_and_every_restriction_lifts_once_its_topic_is_free() {
    for protocol in Catalog::builtin().all() {
        let ended = at(BERLIN, "2026-03-28 18:30");
        let session = session(protocol, ended, BERLIN, 1);
        let plan =
            RecoveryPlan::new(protocol.clone(), session, PlanOptions::default()).expect("plan");
        assert!(
            plan.milestones.windows(2).all(|w| w[0].at <= w[1].at),
            "{} milestones out of order",
            protocol.id
        );
        let mut restrictions = 0;
        for (index, (item, rule)) in plan.rules().enumerate() {
            if let RuleKind::Restriction { topic } = rule.kind {
                restrictions += 1;
                // Said when nothing else on its topic runs on past it ("only gentle products"
                // outlasts "nothing your provider has not approved"), else left to the later one.
                let outlasted = plan.rules().any(|(other, o)| {
                    matches!(o.kind, RuleKind::Restriction { topic: t } if t == topic)
                        && other.starts_at <= item.ends_at
                        && item.ends_at < other.ends_at
                });
                assert_eq!(
                    plan.milestones
                        .iter()
                        .any(|m| m.kind == MilestoneKind::RestrictionLifts
                            && m.item == Some(index)
                            && m.at == item.ends_at),
                    !outlasted,
                    "{}: lift milestone for {}",
                    protocol.id,
                    rule.id
                );
                assert_eq!(plan.announces_lift(index), !outlasted);
            }
        }
        assert!(restrictions >= 6, "{}: {restrictions}", protocol.id);
        let phase_starts = plan
            .milestones
            .iter()
            .filter(|m| matches!(m.kind, MilestoneKind::PhaseBegins(_)))
            .count();
        assert_eq!(phase_starts, plan.phases.len());
    }
}
