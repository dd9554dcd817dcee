//! Property tests of the timeline across time zones and DST changes.
//!
//! Zones: New York and Berlin (1 h DST), Lord Howe (30-minute DST), Kolkata (+05:30, no DST),
//! Chatham (+12:45/+13:45) and UTC. Session ends are drawn uniformly over 2026–2027 and within
//! ±36 h of every DST transition of those zones in those years. The properties: healing windows
//! are exact elapsed lengths, phases tile the plan, local renderings carry the right offset, and
//! daily routines land on the patient's wall clock (moved forward by the gap inside a DST gap).

use std::sync::{Arc, LazyLock};

use aftercare_core::local_time::{Stamp, Style};
use aftercare_core::plan::DEFAULT_HORIZON;
use aftercare_core::protocol::{Anchor, DaySlot, Schedule};
use aftercare_core::span::Span;
use aftercare_core::view::{PlanView, StatusView};
use aftercare_core::{
    Catalog, DayTimes, Locale, PhaseKind, PlanOptions, Protocol, RecoveryPlan, RuleKind,
    TreatmentSession, status_at,
};
use chrono::{
    DateTime, LocalResult, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta,
    TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const ZONES: [Tz; 6] = [
    chrono_tz::America::New_York,
    chrono_tz::Europe::Berlin,
    chrono_tz::Australia::Lord_Howe,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Pacific::Chatham,
    chrono_tz::UTC,
];

/// 2026-01-01T00:00:00Z and 2028-01-01T00:00:00Z.
const START: i64 = 1_767_225_600;
const END: i64 = 1_830_297_600;

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;
const WEEK: i64 = 7 * DAY;

/// A change of a zone's UTC offset.
#[derive(Debug, Clone, Copy)]
struct Transition {
    zone: Tz,
    /// The first instant with the new offset.
    at: DateTime<Utc>,
    /// Offset before, in seconds east of UTC.
    before: i32,
    /// Offset after.
    after: i32,
}

fn offset_at(zone: Tz, instant: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&instant.naive_utc())
        .fix()
        .local_minus_utc()
}

fn instant(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("in range")
}

/// Every offset change of [`ZONES`] in 2026–2027, found by scanning hour by hour and then
/// narrowing to the minute.
static TRANSITIONS: LazyLock<Vec<Transition>> = LazyLock::new(|| {
    let mut found = Vec::new();
    for zone in ZONES {
        let mut t = START;
        while t < END {
            let (before, after) = (
                offset_at(zone, instant(t)),
                offset_at(zone, instant(t + HOUR)),
            );
            if before != after {
                // The change is in (t, t + 1 h]: find its minute.
                let (mut lo, mut hi) = (t, t + HOUR);
                while hi - lo > 60 {
                    let mid = lo + (hi - lo) / 120 * 60;
                    if offset_at(zone, instant(mid)) == before {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                found.push(Transition {
                    zone,
                    at: instant(hi),
                    before,
                    after,
                });
            }
            t += HOUR;
        }
    }
    found
});

/// The scan finds what the tz database says: two changes a year where there is DST, none else.
#[test]
fn transitions_are_found() {
    let count = |zone: Tz| TRANSITIONS.iter().filter(|t| t.zone == zone).count();
    for zone in ZONES {
        let expected = match zone {
            chrono_tz::Asia::Kolkata | chrono_tz::UTC => 0,
            _ => 4,
        };
        assert_eq!(count(zone), expected, "{zone}");
    }
    let lord_howe: Vec<_> = TRANSITIONS
        .iter()
        .filter(|t| t.zone == chrono_tz::Australia::Lord_Howe)
        .map(|t| (t.after - t.before).abs())
        .collect();
    assert_eq!(lord_howe, vec![1800; 4]);
    // Berlin springs forward at 01:00 UTC on the last Sunday of March.
    assert!(
        TRANSITIONS
            .iter()
            .any(|t| t.zone == chrono_tz::Europe::Berlin
                && t.at.to_rfc3339() == "2026-03-29T01:00:00+00:00"
                && t.before == 3600
                && t.after == 7200)
    );
}

/// One generated scenario.
#[derive(Debug, Clone)]
struct Case {
    zone: Tz,
    ended: DateTime<Utc>,
    protocol: usize,
    number: u32,
    /// Seconds from the end of the session to the booked next session.
    next_after: Option<i64>,
    morning: NaiveTime,
    evening: NaiveTime,
    /// Seconds from the end of the session to "now" (negative: before it ended).
    now_after: i64,
    /// The zone the patient is in now (they may have travelled).
    now_zone: Tz,
}

fn protocols() -> &'static [Arc<Protocol>] {
    static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::builtin);
    CATALOG.all()
}

/// Session ends: uniform over 2026–2027, or within ±36 h of a DST transition.
fn ended_strategy() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    let transitions = TRANSITIONS.len();
    prop_oneof![
        (0..ZONES.len(), START..END).prop_map(|(z, t)| (ZONES[z], instant(t))),
        (0..transitions, -36 * HOUR..=36 * HOUR).prop_map(|(i, offset)| {
            let t = TRANSITIONS[i];
            (t.zone, t.at + TimeDelta::seconds(offset))
        }),
    ]
}

/// Any minute of the day, often in the small hours where the DST gaps and overlaps are.
fn time_strategy() -> impl Strategy<Value = NaiveTime> {
    prop_oneof![0u32..1440, 60u32..240]
        .prop_map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0).expect("valid"))
}

fn case_strategy() -> impl Strategy<Value = Case> {
    (
        ended_strategy(),
        0..protocols().len(),
        1u32..=4,
        proptest::option::of(4 * WEEK..=12 * WEEK),
        time_strategy(),
        time_strategy(),
        prop_oneof![-3 * DAY..14 * DAY, -DAY..45 * WEEK],
        proptest::option::of(0..ZONES.len()),
    )
        .prop_map(
            |(
                (zone, ended),
                protocol,
                number,
                next_after,
                morning,
                evening,
                now_after,
                now_zone,
            )| {
                Case {
                    zone,
                    ended,
                    protocol,
                    number,
                    next_after,
                    morning,
                    evening,
                    now_after,
                    now_zone: now_zone.map_or(zone, |z| ZONES[z]),
                }
            },
        )
}

fn build(case: &Case) -> RecoveryPlan {
    let protocol = protocols()[case.protocol].clone();
    let session = TreatmentSession {
        protocol: protocol.reference(),
        ended_at: case.ended,
        zone: case.zone,
        number: case.number,
    };
    let options = PlanOptions {
        day_times: DayTimes {
            morning: case.morning,
            evening: case.evening,
        },
        next_session: case.next_after.map(|s| case.ended + TimeDelta::seconds(s)),
    };
    RecoveryPlan::new(protocol, session, options).expect("a valid session always has a plan")
}

/// The offsets in force a day either side of a local date-time. Every zone here changes at most
/// once in any 52 hours, so these are the offsets before and after a gap or overlap at `naive`.
fn offsets_around(zone: Tz, naive: NaiveDateTime) -> (i32, i32) {
    let as_utc = naive.and_utc();
    (
        offset_at(zone, as_utc - TimeDelta::hours(26)),
        offset_at(zone, as_utc + TimeDelta::hours(26)),
    )
}

/// Where a wall-clock time lands, by the documented rule: a time in a DST gap moves forward by
/// the gap's length; a time that happens twice is the first. Also returns the gap moved over.
fn expected_wall_clock(zone: Tz, naive: NaiveDateTime) -> (DateTime<Utc>, TimeDelta) {
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(t) => (t.with_timezone(&Utc), TimeDelta::zero()),
        LocalResult::Ambiguous(a, b) => (a.min(b).with_timezone(&Utc), TimeDelta::zero()),
        LocalResult::None => {
            let (before, after) = offsets_around(zone, naive);
            let gap = TimeDelta::seconds(i64::from(after - before));
            let moved = naive + gap;
            let t = zone
                .from_local_datetime(&moved)
                .single()
                .expect("past the gap the time exists once");
            (t.with_timezone(&Utc), gap)
        }
    }
}

/// A stamp's local RFC 3339 text is the same instant with the zone's offset at that instant.
fn check_stamp(at: DateTime<Utc>, zone: Tz) -> Result<(), TestCaseError> {
    let stamp = Stamp::new(at, zone, Locale::En, Style::DateTime);
    let parsed = DateTime::parse_from_rfc3339(&stamp.local)
        .map_err(|e| TestCaseError::fail(format!("{}: {e}", stamp.local)))?;
    prop_assert_eq!(
        parsed.with_timezone(&Utc),
        at,
        "{} in {}",
        stamp.local,
        zone
    );
    prop_assert_eq!(
        parsed.offset().local_minus_utc(),
        offset_at(zone, at),
        "{} in {}",
        stamp.local,
        zone
    );
    prop_assert_eq!(stamp.utc, at);
    // In JSON the instant is RFC 3339 in UTC and reads back to the same instant.
    let json = serde_json::to_value(&stamp).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let text = json["utc"].as_str().unwrap_or_default().to_string();
    prop_assert!(text.ends_with('Z'), "{}", text);
    let utc = DateTime::parse_from_rfc3339(&text)
        .map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
    prop_assert_eq!(utc.with_timezone(&Utc), at);
    Ok(())
}

/// Items are exact elapsed offsets from the session end or the booked appointment.
fn check_items(case: &Case, plan: &RecoveryPlan) -> Result<(), TestCaseError> {
    let protocol = &protocols()[case.protocol];
    let ended = case.ended;
    let next = plan.next_session;
    let series_continues = protocol
        .series()
        .is_some_and(|(_, s)| case.number < s.sessions);
    let expected_items = protocol
        .rules
        .iter()
        .filter(|r| match (&r.kind, r.window.anchor) {
            (_, Anchor::BeforeSession) => next.is_some(),
            (RuleKind::Series(_), _) => series_continues,
            _ => true,
        })
        .count();
    prop_assert_eq!(plan.items.len(), expected_items);

    for (item, rule) in plan.rules() {
        let from = rule.window.from.to_duration();
        match (rule.window.anchor, rule.window.until) {
            (Anchor::AfterSession, Some(until)) => {
                let until = until.to_duration();
                prop_assert_eq!(item.starts_at, ended + from, "{}", rule.id);
                prop_assert_eq!(item.ends_at, ended + until, "{}", rule.id);
                prop_assert_eq!(item.ends_at - item.starts_at, until - from, "{}", rule.id);
            }
            (Anchor::AfterSession, None) => {
                prop_assert_eq!(item.starts_at, ended + from, "{}", rule.id);
                prop_assert_eq!(
                    item.ends_at,
                    plan.horizon.max(item.starts_at),
                    "{}",
                    rule.id
                );
            }
            (Anchor::BeforeSession, until) => {
                let appointment = next.expect("preparation only with a booking");
                let until = until.unwrap_or(Span::ZERO).to_duration();
                prop_assert_eq!(item.starts_at, appointment - from, "{}", rule.id);
                prop_assert_eq!(item.ends_at, appointment - until, "{}", rule.id);
            }
        }
    }
    Ok(())
}

/// The horizon: the booking, the series' latest date, maintenance on the local calendar, or the
/// default.
fn check_horizon(case: &Case, plan: &RecoveryPlan) -> Result<(), TestCaseError> {
    let protocol = &protocols()[case.protocol];
    let ended = case.ended;
    let expected = match (plan.next_session, protocol.series()) {
        (Some(next), _) => next,
        (None, Some((rule, series))) if case.number < series.sessions => {
            ended
                + rule
                    .window
                    .until
                    .expect("series has a latest gap")
                    .to_duration()
        }
        (None, Some((_, series))) => {
            let months = series
                .maintenance_months
                .expect("built-in series have maintenance");
            let local = ended.with_timezone(&case.zone).naive_local();
            let later = local
                .checked_add_months(Months::new(months))
                .expect("in range");
            let (at, _) = expected_wall_clock(case.zone, later);
            // Same wall-clock time (to the second) unless it fell in a gap.
            if zone_has_time(case.zone, later) {
                prop_assert_eq!(at.with_timezone(&case.zone).naive_local(), later);
            }
            at
        }
        (None, None) => ended + DEFAULT_HORIZON.to_duration(),
    };
    prop_assert_eq!(plan.horizon, expected);
    prop_assert!(plan.horizon > ended);
    Ok(())
}

fn zone_has_time(zone: Tz, naive: NaiveDateTime) -> bool {
    !matches!(zone.from_local_datetime(&naive), LocalResult::None)
}

/// Phases start at the session end, follow each other without gaps and stop at the horizon.
fn check_phases(case: &Case, plan: &RecoveryPlan) -> Result<(), TestCaseError> {
    prop_assert!(!plan.phases.is_empty());
    prop_assert_eq!(plan.phases[0].starts_at, case.ended);
    prop_assert_eq!(plan.phases[0].kind, PhaseKind::FirstHours);
    for pair in plan.phases.windows(2) {
        prop_assert_eq!(pair[0].ends_at, pair[1].starts_at);
        prop_assert!(pair[0].kind < pair[1].kind);
    }
    for (phase, (kind, offset)) in plan.phases.iter().zip(PhaseKind::ALL) {
        prop_assert_eq!(phase.kind, kind);
        prop_assert_eq!(phase.starts_at, case.ended + offset.to_duration());
        prop_assert!(phase.starts_at < phase.ends_at);
        prop_assert!(phase.ends_at <= plan.horizon);
    }
    prop_assert_eq!(plan.phases.last().map(|p| p.ends_at), Some(plan.horizon));
    prop_assert!(plan.milestones.windows(2).all(|w| w[0].at <= w[1].at));
    Ok(())
}

/// The status at "now": routines on the local wall clock, restrictions and phase by elapsed time.
fn check_status(case: &Case, plan: &RecoveryPlan) -> Result<(), TestCaseError> {
    let now = case.ended + TimeDelta::seconds(case.now_after);
    let zone = case.now_zone;
    let status = status_at(plan, now, zone);
    let today = now.with_timezone(&zone).date_naive();
    prop_assert_eq!(status.today, today);
    prop_assert_eq!(status.elapsed, now - case.ended);
    prop_assert_eq!(
        status.phase.is_some(),
        case.ended <= now && now < plan.horizon
    );

    for (index, (item, rule)) in plan.rules().enumerate() {
        let due: Vec<_> = status
            .routines_today
            .iter()
            .filter(|r| r.item == index)
            .collect();
        match &rule.kind {
            RuleKind::Routine {
                schedule: Schedule::Daily { slot },
                ..
            } => {
                let wake = match slot {
                    DaySlot::Morning => case.morning,
                    DaySlot::Evening => case.evening,
                };
                let (expected, gap) = expected_wall_clock(zone, today.and_time(wake));
                if item.starts_at <= expected && expected < item.ends_at {
                    prop_assert_eq!(due.len(), 1, "{} due once today", rule.id);
                    let at = due[0].due_at;
                    prop_assert_eq!(at, expected, "{} at {} on {}", rule.id, wake, today);
                    let local = at.with_timezone(&zone).naive_local();
                    prop_assert_eq!(local.date(), today);
                    prop_assert_eq!(local.time(), wake + gap, "{} gap {}", rule.id, gap);
                    prop_assert_eq!(local.second(), 0);
                } else {
                    prop_assert!(due.is_empty(), "{} not due today", rule.id);
                }
            }
            RuleKind::Routine {
                schedule: Schedule::Once,
                ..
            } => {
                let on_today = item.starts_at.with_timezone(&zone).date_naive() == today;
                prop_assert_eq!(due.len(), usize::from(on_today), "{}", rule.id);
                if on_today {
                    prop_assert_eq!(due[0].due_at, item.starts_at);
                }
            }
            RuleKind::Restriction { topic } => {
                let active = status.restrictions.iter().find(|r| r.item == index);
                if item.starts_at <= now && now < item.ends_at {
                    let active = active.ok_or_else(|| TestCaseError::fail(rule.id.clone()))?;
                    prop_assert_eq!(active.allowed_again_at, item.ends_at);
                    prop_assert_eq!(active.time_left, item.ends_at - now);
                    prop_assert!(active.time_left > TimeDelta::zero());
                } else {
                    prop_assert!(active.is_none(), "{}", rule.id);
                    // "Allowed again" only once nothing on its topic runs any more.
                    prop_assert_eq!(
                        status.lifted.contains(&index),
                        item.ends_at <= now
                            && plan.announces_lift(index)
                            && !plan.restricts(*topic, now),
                        "{}",
                        rule.id
                    );
                    let same_topic_runs = status.restrictions.iter().any(|r| {
                        matches!(
                            plan.rule(&plan.items[r.item]).kind,
                            RuleKind::Restriction { topic: t } if t == *topic
                        )
                    });
                    prop_assert!(!(status.lifted.contains(&index) && same_topic_runs));
                }
            }
            _ => prop_assert!(due.is_empty()),
        }
    }
    prop_assert!(
        status
            .routines_today
            .windows(2)
            .all(|w| w[0].due_at <= w[1].due_at)
    );
    for routine in &status.routines_today {
        check_stamp(routine.due_at, zone)?;
    }
    for restriction in &status.restrictions {
        check_stamp(restriction.allowed_again_at, zone)?;
    }

    // Nothing panics when the views are built, in either locale.
    for locale in Locale::ALL {
        let view = StatusView::new(plan, &status, locale);
        prop_assert_eq!(view.routines_today.len(), status.routines_today.len());
        prop_assert!(!view.headline.is_empty());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every plan: exact windows, horizon, phases, sorted milestones, right local renderings,
    /// routines on the wall clock, and views that build.
    #[test]
    fn plans_hold_across_zones_and_dst(case in case_strategy()) {
        let plan = build(&case);
        check_items(&case, &plan)?;
        check_horizon(&case, &plan)?;
        check_phases(&case, &plan)?;

        let zones = [case.zone, case.now_zone];
        for zone in zones {
            for item in &plan.items {
                check_stamp(item.starts_at, zone)?;
                check_stamp(item.ends_at, zone)?;
            }
            for milestone in &plan.milestones {
                check_stamp(milestone.at, zone)?;
            }
            for phase in &plan.phases {
                check_stamp(phase.starts_at, zone)?;
            }
            check_stamp(plan.horizon, zone)?;
        }
        check_status(&case, &plan)?;
        for locale in Locale::ALL {
            let view = PlanView::new(&plan, case.zone, locale);
            prop_assert_eq!(view.timeline.len(), plan.milestones.len());
            prop_assert_eq!(view.phases.len(), plan.phases.len());
        }
    }
}

/// A scenario aimed at the day of a DST change: the session ended before it and the patient's
/// daily time is often a minute inside that day's gap.
fn transition_day_strategy() -> impl Strategy<Value = Case> {
    (
        0..TRANSITIONS.len(),
        9 * HOUR..5 * DAY,
        -20 * HOUR..20 * HOUR,
        0.0f64..1.0,
        prop::bool::ANY,
        time_strategy(),
        0..protocols().len(),
    )
        .prop_map(|(i, before, now, in_gap, use_gap, other, protocol)| {
            let t = TRANSITIONS[i];
            let gap_minutes = i64::from(t.after - t.before) / 60;
            let morning = if use_gap && gap_minutes > 0 {
                // The wall clock reads `before` up to the change, then jumps: the gap is the
                // `gap_minutes` local minutes from the change's local time.
                let start = (t.at + TimeDelta::seconds(i64::from(t.before))).naive_utc();
                let minute = (in_gap * gap_minutes as f64) as i64;
                (start + TimeDelta::minutes(minute)).time()
            } else {
                other
            };
            Case {
                zone: t.zone,
                ended: t.at - TimeDelta::seconds(before),
                protocol,
                number: 1,
                next_after: None,
                morning,
                // The evening check-in shares the gap time half the time it is used.
                evening: if use_gap && in_gap < 0.5 {
                    morning
                } else {
                    other
                },
                now_after: before + now,
                now_zone: t.zone,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// On the day the clocks change, the morning routine keeps to the wall clock: the wake time,
    /// or the wake time plus the gap when the wake time was skipped.
    #[test]
    fn daily_routines_on_transition_days(case in transition_day_strategy()) {
        let plan = build(&case);
        check_status(&case, &plan)?;
    }
}

/// A wake time inside the gap is moved by the whole gap, in every zone with DST, on the local
/// date of the change (not a property: every transition and every gap minute, exhaustively).
#[test]
fn every_gap_minute_moves_by_the_gap() {
    let microneedling = Catalog::builtin()
        .get("microneedling", None)
        .expect("built-in")
        .clone();
    for t in TRANSITIONS.iter().filter(|t| t.after > t.before) {
        let gap = TimeDelta::seconds(i64::from(t.after - t.before));
        let start = (t.at + TimeDelta::seconds(i64::from(t.before))).naive_utc();
        let date: NaiveDate = start.date();
        let mut minute = start;
        while minute < start + gap {
            let session = TreatmentSession {
                protocol: microneedling.reference(),
                ended_at: t.at - TimeDelta::days(2),
                zone: t.zone,
                number: 1,
            };
            let options = PlanOptions {
                day_times: DayTimes {
                    morning: minute.time(),
                    ..DayTimes::default()
                },
                next_session: None,
            };
            let plan = RecoveryPlan::new(microneedling.clone(), session, options).expect("plan");
            let status = status_at(&plan, t.at + TimeDelta::hours(6), t.zone);
            assert_eq!(status.today, date, "{} {}", t.zone, t.at);
            let spf = status
                .routines_today
                .iter()
                .find(|r| plan.rule(&plan.items[r.item]).id == "daily-spf")
                .unwrap_or_else(|| panic!("SPF due on {date} in {}", t.zone));
            let local = spf.due_at.with_timezone(&t.zone).naive_local();
            assert_eq!(local, minute + gap, "{} wake {}", t.zone, minute.time());
            minute += TimeDelta::minutes(1);
        }
    }
}
