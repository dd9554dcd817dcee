//! Reminders: scenarios with fixed dates (Europe/Berlin unless stated) and properties across
//! zones, DST changes, quiet hours, categories, watches, limits and OS syncs.
//!
//! Scenario instants are written as local wall-clock times in the patient's zone, so a failure
//! reads like the patient's clock. The properties simulate a shell: sync, apply the diff, let
//! time pass (possibly in another zone), sync again.

use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, LazyLock};

use aftercare_core::reminder::{
    ActionKind, HORIZON, REFRESH_LEAD, ReminderAction, ReminderError, ReminderStatus, Timing,
    session_key,
};
use aftercare_core::{
    Catalog, Category, DayTimes, Locale, PatientSettings, Pending, PlanOptions, Protocol,
    QuietHours, RecoveryPlan, Reminder, ReminderLedger, SyncPlan, TreatmentSession, Watch, pending,
};
use chrono::{
    DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone, Utc,
};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const BERLIN: Tz = chrono_tz::Europe::Berlin;
const NEW_YORK: Tz = chrono_tz::America::New_York;

/// More than any scenario lists: "everything in the horizon".
const ALL: usize = 100_000;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
}

/// The instant of an unambiguous local time such as `"2026-11-21 10:00"`.
fn at(zone: Tz, local: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").expect("test date");
    zone.from_local_datetime(&naive)
        .single()
        .unwrap_or_else(|| panic!("{local} is not a unique local time in {zone}"))
        .with_timezone(&Utc)
}

fn berlin(local: &str) -> DateTime<Utc> {
    at(BERLIN, local)
}

/// An instant written as local time in `zone`.
fn local(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn protocols() -> &'static [Arc<Protocol>] {
    static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::builtin);
    CATALOG.all()
}

fn protocol(id: &str) -> Arc<Protocol> {
    protocols()
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("built-in {id}"))
        .clone()
}

fn plan(
    protocol_id: &str,
    ended: DateTime<Utc>,
    number: u32,
    next: Option<DateTime<Utc>>,
    settings: &PatientSettings,
) -> RecoveryPlan {
    let protocol = protocol(protocol_id);
    let session = TreatmentSession {
        protocol: protocol.reference(),
        ended_at: ended,
        zone: BERLIN,
        number,
    };
    let options = PlanOptions {
        day_times: settings.day_times,
        next_session: next,
    };
    RecoveryPlan::new(protocol, session, options).expect("valid plan")
}

/// Everything pending in the horizon, with a fresh ledger.
fn all(
    plans: &[RecoveryPlan],
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    now: DateTime<Utc>,
) -> Vec<Reminder> {
    pending(
        plans,
        settings,
        zone,
        watches,
        &ReminderLedger::new(),
        now,
        ALL,
    )
    .reminders
}

fn of(reminders: &[Reminder], category: Category) -> Vec<&Reminder> {
    reminders
        .iter()
        .filter(|r| r.category == category)
        .collect()
}

fn by_id<'a>(reminders: &'a [Reminder], id: &str) -> Option<&'a Reminder> {
    reminders.iter().find(|r| r.id == id)
}

/// What the OS holds after the shell applies a sync plan.
fn apply(held: &[String], plan: &SyncPlan) -> Vec<String> {
    let cancel: HashSet<&str> = plan.cancel.iter().map(String::as_str).collect();
    let mut out: Vec<String> = held
        .iter()
        .filter(|id| !cancel.contains(id.as_str()))
        .cloned()
        .collect();
    out.extend(plan.schedule.iter().map(|r| r.os_id.clone()));
    out
}

/// What the OS still holds at `now` after it delivered everything due: `held` minus the
/// reminders (known from `issued`) whose time has come.
fn still_held(held: &[String], issued: &[Reminder], now: DateTime<Utc>) -> Vec<String> {
    let fired: HashSet<&str> = issued
        .iter()
        .filter(|r| r.fire_at <= now)
        .map(|r| r.os_id.as_str())
        .collect();
    held.iter()
        .filter(|id| !fired.contains(id.as_str()))
        .cloned()
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

// ---------------------------------------------------------------------------------------------
// A. Scenarios
// ---------------------------------------------------------------------------------------------

/// Microneedling ended Sat 21 Nov 2026 10:00 in Berlin, default settings.
fn first_session() -> (PatientSettings, Vec<RecoveryPlan>, DateTime<Utc>, String) {
    let settings = PatientSettings::default();
    let ended = berlin("2026-11-21 10:00");
    let plans = vec![plan("microneedling", ended, 1, None, &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    (settings, plans, ended, key)
}

#[test]
fn default_settings_match_the_issue() {
    let settings = PatientSettings::default();
    assert_eq!(settings.day_times.morning, hm(8, 0));
    assert_eq!(settings.day_times.evening, hm(20, 0));
    let quiet = settings.quiet_hours.expect("quiet hours on by default");
    assert_eq!((quiet.start(), quiet.end()), (hm(22, 0), hm(7, 0)));
    assert_eq!(settings.categories.len(), Category::ALL.len());
    assert_eq!(settings.locale, Locale::En);
}

#[test]
fn spf_every_morning_from_the_day_after() {
    let (settings, plans, ended, key) = first_session();
    // 2026-11-21 10:00 CET is 09:00 UTC.
    assert_eq!(key, "microneedling.1795251600");
    assert_eq!(session_key(&plans[0].session), key);
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let spf = of(&reminders, Category::Spf);
    assert_eq!(spf[0].id, "microneedling.1795251600:daily-spf:2026-11-22");
    assert_eq!(local(spf[0].fire_at, BERLIN), "2026-11-22 08:00");
    // Every morning until the listing horizon (now + 62 days = 2027-01-22 10:00).
    assert_eq!(spf.len(), 62);
    for (i, r) in spf.iter().enumerate() {
        let day = date(2026, 11, 22) + TimeDelta::days(i as i64);
        assert_eq!(r.id, format!("{key}:daily-spf:{day}"));
        assert_eq!(local(r.fire_at, BERLIN), format!("{day} 08:00"));
        assert_eq!(r.timing, Timing::WallClock);
        assert!(!r.urgent);
        assert_eq!(r.rule_id.as_deref(), Some("daily-spf"));
        assert_eq!(r.session_key, key);
        assert!(r.title.contains("SPF"), "{}", r.title);
        let kinds: Vec<_> = r.actions.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [ActionKind::Done, ActionKind::Snooze]);
        assert!(r.deep_link.starts_with("aftercare://"));
    }
}

#[test]
fn check_ins_first_seven_evenings() {
    let (settings, plans, ended, key) = first_session();
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let check_ins = of(&reminders, Category::CheckIn);
    let days: Vec<String> = check_ins.iter().map(|r| local(r.fire_at, BERLIN)).collect();
    let expected: Vec<String> = (0..7)
        .map(|i| format!("{} 20:00", date(2026, 11, 21) + TimeDelta::days(i)))
        .collect();
    assert_eq!(days, expected);
    for r in &check_ins {
        let day = r.fire_at.with_timezone(&BERLIN).date_naive();
        assert_eq!(r.id, format!("{key}:daily-check-in:{day}"));
        assert_eq!(r.timing, Timing::WallClock);
        let kinds: Vec<_> = r.actions.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [ActionKind::LogSymptoms, ActionKind::Snooze]);
        assert!(
            r.deep_link.starts_with("aftercare://log"),
            "{}",
            r.deep_link
        );
    }
}

#[test]
fn restrictions_lift_grouped_per_instant() {
    let (settings, plans, ended, key) = first_session();
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let lifted = of(&reminders, Category::Lifted);
    let when: Vec<DateTime<Utc>> = lifted.iter().map(|r| r.fire_at).collect();
    assert_eq!(
        when,
        [
            ended + TimeDelta::hours(24),
            ended + TimeDelta::hours(48),
            ended + TimeDelta::days(7)
        ]
    );
    let ids: Vec<&str> = lifted.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            format!("{key}:lifted:1440m"),
            format!("{key}:lifted:2880m"),
            format!("{key}:lifted:10080m")
        ]
    );
    for r in &lifted {
        assert_eq!(r.timing, Timing::Exact);
        assert!(r.actions.is_empty());
    }
    // no-makeup and no-workouts lift together at +24 h; no-unapproved-products lifts then too,
    // but "only gentle products" runs on to day 7, so that lift is said by the later one.
    let day1 = &lifted[0];
    assert!(
        day1.body.contains("You can wear makeup again"),
        "{}",
        day1.body
    );
    assert!(
        day1.body.contains("You can work out again"),
        "{}",
        day1.body
    );
    assert!(!day1.body.contains("gentle products"), "{}", day1.body);
    assert!(!lifted[1].body.contains("makeup"), "{}", lifted[1].body);
    assert!(
        lifted[2].body.contains("usual gentle skincare"),
        "{}",
        lifted[2].body
    );
    assert_eq!(local(day1.fire_at, BERLIN), "2026-11-22 10:00");
}

#[test]
fn first_wash_once_after_four_hours() {
    let (settings, plans, ended, key) = first_session();
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let care = of(&reminders, Category::Care);
    assert_eq!(care.len(), 1);
    assert_eq!(care[0].id, format!("{key}:first-wash:once"));
    assert_eq!(care[0].fire_at, ended + TimeDelta::hours(4));
    assert_eq!(care[0].timing, Timing::Exact);
    // Nothing else: 62 SPF, 7 check-ins, 3 lifts, 1 wash, 1 booking.
    assert_eq!(reminders.len(), 62 + 7 + 3 + 1 + 1);
    assert!(of(&reminders, Category::Preparation).is_empty());
    assert!(of(&reminders, Category::Maintenance).is_empty());
}

#[test]
fn quiet_hours_move_to_their_end() {
    let settings = PatientSettings::default();
    let ended = berlin("2026-11-21 23:30");
    let plans = [plan("microneedling", ended, 1, None, &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let lift = by_id(&reminders, &format!("{key}:lifted:1440m")).expect("lift");
    assert_eq!(local(lift.fire_at, BERLIN), "2026-11-23 07:00");
    let wash = by_id(&reminders, &format!("{key}:first-wash:once")).expect("wash");
    assert_eq!(local(wash.fire_at, BERLIN), "2026-11-22 07:00");

    let loud = PatientSettings {
        quiet_hours: None,
        ..PatientSettings::default()
    };
    let reminders = all(&plans, &loud, BERLIN, &[], ended);
    let lift = by_id(&reminders, &format!("{key}:lifted:1440m")).expect("lift");
    assert_eq!(local(lift.fire_at, BERLIN), "2026-11-22 23:30");
    assert_eq!(lift.fire_at, ended + TimeDelta::hours(24));
    let wash = by_id(&reminders, &format!("{key}:first-wash:once")).expect("wash");
    assert_eq!(local(wash.fire_at, BERLIN), "2026-11-22 03:30");
}

#[test]
fn urgent_watch_check_ins_break_through_quiet_hours() {
    let settings = PatientSettings {
        day_times: DayTimes {
            morning: hm(8, 0),
            evening: hm(23, 0),
        },
        ..PatientSettings::default()
    };
    let ended = berlin("2026-11-21 10:00");
    let plans = [plan("microneedling", ended, 1, None, &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    let watch = Watch {
        from: ended,
        until: ended + TimeDelta::days(10),
        urgent: true,
    };
    let reminders = all(&plans, &settings, BERLIN, &[watch], ended);
    let check_ins = of(&reminders, Category::CheckIn);
    let days: Vec<String> = check_ins.iter().map(|r| local(r.fire_at, BERLIN)).collect();
    let expected: Vec<String> = (0..10)
        .map(|i| format!("{} 23:00", date(2026, 11, 21) + TimeDelta::days(i)))
        .collect();
    assert_eq!(days, expected);
    for r in &check_ins {
        assert!(r.urgent, "{}", r.id);
        assert_eq!(r.timing, Timing::WallClock);
    }
    // The protocol's own check-ins keep their ids; the watch adds days 7–9.
    assert_eq!(check_ins[0].id, format!("{key}:daily-check-in:2026-11-21"));
    assert_eq!(check_ins[9].id, format!("{key}:watch:2026-11-30"));
    assert!(!check_ins[9].title.is_empty());
    // Only check-ins are urgent.
    assert!(
        reminders
            .iter()
            .all(|r| r.urgent == (r.category == Category::CheckIn))
    );

    // A watch that is not urgent waits for the end of quiet hours.
    let calm = Watch {
        urgent: false,
        ..watch
    };
    let reminders = all(&plans, &settings, BERLIN, &[calm], ended);
    let check_ins = of(&reminders, Category::CheckIn);
    assert_eq!(check_ins.len(), 10);
    for (i, r) in check_ins.iter().enumerate() {
        let next_morning = date(2026, 11, 22) + TimeDelta::days(i as i64);
        assert_eq!(local(r.fire_at, BERLIN), format!("{next_morning} 07:00"));
        assert!(!r.urgent);
    }
}

#[test]
fn watch_outside_the_first_week_adds_evening_check_ins() {
    let (settings, plans, ended, key) = first_session();
    let watch = Watch {
        from: berlin("2026-12-03 12:00"),
        until: berlin("2026-12-05 21:00"),
        urgent: false,
    };
    let reminders = all(&plans, &settings, BERLIN, &[watch], ended);
    let late: Vec<String> = of(&reminders, Category::CheckIn)
        .iter()
        .filter(|r| r.fire_at > ended + TimeDelta::days(7))
        .map(|r| format!("{} {}", r.id, local(r.fire_at, BERLIN)))
        .collect();
    assert_eq!(
        late,
        [
            format!("{key}:watch:2026-12-03 2026-12-03 20:00"),
            format!("{key}:watch:2026-12-04 2026-12-04 20:00"),
            format!("{key}:watch:2026-12-05 2026-12-05 20:00"),
        ]
    );
}

#[test]
fn categories_switched_off_disappear_and_nothing_else_changes() {
    let (settings, plans, ended, _) = first_session();
    let everything = all(&plans, &settings, BERLIN, &[], ended);
    let mut no_spf = settings.clone();
    no_spf.categories.remove(&Category::Spf);
    let without = all(&plans, &no_spf, BERLIN, &[], ended);
    assert!(of(&without, Category::Spf).is_empty());
    let expected: Vec<Reminder> = everything
        .iter()
        .filter(|r| r.category != Category::Spf)
        .cloned()
        .collect();
    assert_eq!(without, expected);

    let nothing = PatientSettings {
        categories: BTreeSet::new(),
        ..PatientSettings::default()
    };
    let watch = Watch {
        from: ended,
        until: ended + TimeDelta::days(30),
        urgent: true,
    };
    assert!(all(&plans, &nothing, BERLIN, &[watch], ended).is_empty());
}

#[test]
fn booking_reminder_when_the_next_window_opens() {
    let (settings, plans, ended, key) = first_session();
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let booking = of(&reminders, Category::Booking);
    assert_eq!(booking.len(), 1);
    assert_eq!(booking[0].id, format!("{key}:book"));
    assert_eq!(local(booking[0].fire_at, BERLIN), "2026-12-19 08:00");
    assert_eq!(booking[0].timing, Timing::WallClock);
    assert!(booking[0].deep_link.starts_with("aftercare://book"));
    assert!(!booking[0].body.is_empty());
}

#[test]
fn booked_next_session_gives_preparation_instead_of_booking() {
    let settings = PatientSettings::default();
    let ended = berlin("2026-11-21 10:00");
    let next = berlin("2026-12-21 10:00");
    let plans = [plan("microneedling", ended, 1, Some(next), &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    assert!(of(&reminders, Category::Booking).is_empty());
    let prep = of(&reminders, Category::Preparation);
    let got: Vec<(String, String)> = prep
        .iter()
        .map(|r| (r.id.clone(), local(r.fire_at, BERLIN)))
        .collect();
    for (rule, when) in [
        ("prep-stop-actives", "2026-12-16 08:00"),
        ("prep-no-hair-removal", "2026-12-16 08:00"),
        ("prep-avoid-blood-thinners", "2026-12-18 08:00"),
        ("prep-hydrate", "2026-12-18 08:00"),
        ("prep-avoid-sun", "2026-12-19 08:00"),
        // Two weeks ahead: asked about when booking, not when the tablets should have started.
        ("prep-cold-sore-antiviral", "2026-12-07 08:00"),
        ("prep-clean-skin", "2026-12-21 08:00"),
        ("prep-reschedule-if", "2026-12-21 08:00"),
    ] {
        assert!(
            got.contains(&(format!("{key}:{rule}:prep"), when.to_string())),
            "{rule} at {when}: {got:?}"
        );
    }
    assert_eq!(prep.len(), 8);
    for r in &prep {
        assert!(r.body.contains("21 Dec"), "{}", r.body);
        assert!(r.deep_link.starts_with("aftercare://prepare"));
        assert_eq!(r.timing, Timing::WallClock);
    }

    // An early appointment: the day-of steps move to the evening before.
    let early = berlin("2026-12-21 07:30");
    let plans = [plan("microneedling", ended, 1, Some(early), &settings)];
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let clean = by_id(&reminders, &format!("{key}:prep-clean-skin:prep")).expect("clean");
    assert_eq!(local(clean.fire_at, BERLIN), "2026-12-20 20:00");
    let call = by_id(&reminders, &format!("{key}:prep-reschedule-if:prep")).expect("call");
    assert_eq!(local(call.fire_at, BERLIN), "2026-12-20 20:00");
    let stop = by_id(&reminders, &format!("{key}:prep-stop-actives:prep")).expect("stop");
    assert_eq!(local(stop.fire_at, BERLIN), "2026-12-16 08:00");
    for r in of(&reminders, Category::Preparation) {
        assert!(
            r.fire_at < early,
            "{} at {}",
            r.id,
            local(r.fire_at, BERLIN)
        );
    }
}

#[test]
fn maintenance_six_calendar_months_after_the_series() {
    let settings = PatientSettings::default();
    let ended = berlin("2026-11-21 10:00");
    let plans = [plan("microneedling", ended, 3, None, &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    let now = berlin("2027-05-01 09:00");
    let reminders = all(&plans, &settings, BERLIN, &[], now);
    assert!(of(&reminders, Category::Booking).is_empty());
    let maintenance = of(&reminders, Category::Maintenance);
    assert_eq!(maintenance.len(), 1);
    assert_eq!(maintenance[0].id, format!("{key}:maintenance"));
    // Summer time by then: still 08:00 on the wall clock.
    assert_eq!(local(maintenance[0].fire_at, BERLIN), "2027-05-21 08:00");
    assert!(maintenance[0].deep_link.starts_with("aftercare://book"));
    // At the session's end it is beyond the 62-day horizon.
    assert!(
        of(
            &all(&plans, &settings, BERLIN, &[], ended),
            Category::Maintenance
        )
        .is_empty()
    );
}

#[test]
fn a_series_never_doubles_spf() {
    let settings = PatientSettings::default();
    let ended1 = berlin("2026-11-21 10:00");
    let start2 = berlin("2026-12-26 10:00");
    let ended2 = berlin("2026-12-26 11:00");
    let plans = vec![
        plan("microneedling", ended1, 1, Some(start2), &settings),
        plan("microneedling", ended2, 2, None, &settings),
    ];
    let key1 = format!("microneedling.{}", ended1.timestamp());
    let key2 = format!("microneedling.{}", ended2.timestamp());
    let now = berlin("2026-12-01 12:00");
    let reminders = all(&plans, &settings, BERLIN, &[], now);
    let spf = of(&reminders, Category::Spf);
    let dates: Vec<NaiveDate> = spf
        .iter()
        .map(|r| r.fire_at.with_timezone(&BERLIN).date_naive())
        .collect();
    let unique: BTreeSet<NaiveDate> = dates.iter().copied().collect();
    assert_eq!(unique.len(), dates.len(), "two SPF reminders on one date");
    for r in &spf {
        let key = if r.fire_at > ended2 { &key2 } else { &key1 };
        assert!(r.id.starts_with(&format!("{key}:")), "{}", r.id);
        assert_eq!(&r.session_key, key);
        assert_eq!(r.fire_at.with_timezone(&BERLIN).time(), hm(8, 0));
    }
    assert!(
        by_id(&reminders, &format!("{key2}:daily-spf:2026-12-27")).is_some(),
        "session 2's SPF the morning after"
    );
    // Session 1 speaks only until session 2 ended.
    for r in reminders.iter().filter(|r| r.session_key == key1) {
        assert!(
            r.fire_at < ended2,
            "{} at {}",
            r.id,
            local(r.fire_at, BERLIN)
        );
    }
    // Session 2 has its own first week, its lifts and its booking.
    assert_eq!(
        reminders
            .iter()
            .filter(|r| r.session_key == key2 && r.category == Category::CheckIn)
            .count(),
        7
    );
    let booking = of(&reminders, Category::Booking);
    assert_eq!(booking.len(), 1);
    assert_eq!(booking[0].id, format!("{key2}:book"));
    assert_eq!(local(booking[0].fire_at, BERLIN), "2027-01-23 08:00");
    assert_eq!(of(&reminders, Category::Preparation).len(), 8);

    // The order the shell passes the plans in does not matter.
    let reversed: Vec<RecoveryPlan> = plans.iter().rev().cloned().collect();
    assert_eq!(all(&reversed, &settings, BERLIN, &[], now), reminders);
}

#[test]
fn limit_keeps_the_soonest_and_refreshes_before_the_next() {
    let (settings, plans, ended, _) = first_session();
    let ledger = ReminderLedger::new();
    let now = ended;
    let full = all(&plans, &settings, BERLIN, &[], now);
    assert!(full.len() > 64);

    let five = pending(&plans, &settings, BERLIN, &[], &ledger, now, 5);
    assert_eq!(five.reminders, full[..5].to_vec());
    assert_eq!(five.refresh_at, full[5].fire_at - REFRESH_LEAD);
    assert_eq!(REFRESH_LEAD, TimeDelta::minutes(15));

    let most = pending(&plans, &settings, BERLIN, &[], &ledger, now, 64);
    assert_eq!(most.reminders.len(), 64);
    assert_eq!(most.reminders, full[..64].to_vec());
    assert_eq!(most.refresh_at, full[64].fire_at - REFRESH_LEAD);

    let roomy = pending(&plans, &settings, BERLIN, &[], &ledger, now, 1000);
    assert_eq!(roomy.reminders, full);
    assert_eq!(HORIZON, TimeDelta::days(62));
    assert_eq!(roomy.refresh_at, now + HORIZON - REFRESH_LEAD);

    let none = pending(&plans, &settings, BERLIN, &[], &ledger, now, 0);
    assert!(none.reminders.is_empty());
    assert_eq!(none.refresh_at, full[0].fire_at - REFRESH_LEAD);

    let empty = pending(&[], &settings, BERLIN, &[], &ledger, now, 64);
    assert!(empty.reminders.is_empty());
    assert_eq!(empty.refresh_at, now + HORIZON - REFRESH_LEAD);
}

#[test]
fn sync_diffs_and_settles() {
    let (settings, plans, ended, _) = first_session();
    let now = ended + TimeDelta::minutes(5);
    let mut ledger = ReminderLedger::new();
    let first = ledger.sync(&plans, &settings, BERLIN, &[], now, 64, &[]);
    assert!(first.cancel.is_empty());
    assert_eq!(first.schedule.len(), 64);
    let expected = pending(
        &plans,
        &settings,
        BERLIN,
        &[],
        &ReminderLedger::new(),
        now,
        64,
    );
    assert_eq!(first.schedule, expected.reminders);
    assert_eq!(first.refresh_at, expected.refresh_at);
    let held = apply(&[], &first);

    let second = ledger.sync(&plans, &settings, BERLIN, &[], now, 64, &held);
    assert!(second.cancel.is_empty(), "{:?}", second.cancel);
    assert!(second.schedule.is_empty());

    // Something the OS holds that is not ours (anymore) is cancelled.
    let mut with_stray = held.clone();
    with_stray.push("microneedling.1:daily-spf:2020-01-01#0000000000000000".to_string());
    let stray = ledger.sync(&plans, &settings, BERLIN, &[], now, 64, &with_stray);
    assert_eq!(
        stray.cancel,
        ["microneedling.1:daily-spf:2020-01-01#0000000000000000"]
    );
    assert!(stray.schedule.is_empty());
    let held = apply(&with_stray, &stray);
    assert_eq!(held.len(), 64);

    // Spanish: same ids, new texts, so every OS identifier is replaced.
    let spanish = PatientSettings {
        locale: Locale::Es,
        ..settings.clone()
    };
    let es = ledger.sync(&plans, &spanish, BERLIN, &[], now, 64, &held);
    let cancelled: BTreeSet<&String> = es.cancel.iter().collect();
    let old: BTreeSet<&String> = held.iter().collect();
    assert_eq!(cancelled, old);
    assert_eq!(es.schedule.len(), 64);
    let old_ids: Vec<&str> = first.schedule.iter().map(|r| r.id.as_str()).collect();
    let new_ids: Vec<&str> = es.schedule.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(old_ids, new_ids);
    for (old, new) in first.schedule.iter().zip(&es.schedule) {
        assert_ne!(old.os_id, new.os_id, "{}", old.id);
        assert_eq!(old.numeric_id, new.numeric_id);
        assert_eq!(old.fire_at, new.fire_at);
        assert_ne!(old.title, new.title, "{}", old.id);
    }
    let held = apply(&held, &es);
    let settled = ledger.sync(&plans, &spanish, BERLIN, &[], now, 64, &held);
    assert!(settled.cancel.is_empty() && settled.schedule.is_empty());
}

/// A ledger synced at Sun 22 Nov 07:00 (SPF at 08:00 pending), with what the OS holds.
fn synced_morning() -> (
    PatientSettings,
    Vec<RecoveryPlan>,
    ReminderLedger,
    Vec<Reminder>,
    Vec<String>,
    String,
) {
    let (settings, plans, _, key) = first_session();
    let mut ledger = ReminderLedger::new();
    let now = berlin("2026-11-22 07:00");
    let first = ledger.sync(&plans, &settings, BERLIN, &[], now, 64, &[]);
    let spf = format!("{key}:daily-spf:2026-11-22");
    let r = by_id(&first.schedule, &spf).expect("SPF pending");
    assert_eq!(local(r.fire_at, BERLIN), "2026-11-22 08:00");
    let held = apply(&[], &first);
    (settings, plans, ledger, first.schedule, held, spf)
}

#[test]
fn done_and_dismissed_never_come_back() {
    for action in [ReminderAction::Done, ReminderAction::Dismiss] {
        let (settings, plans, mut ledger, issued, held, spf) = synced_morning();
        let os_id = by_id(&issued, &spf).expect("spf").os_id.clone();
        let t = berlin("2026-11-22 07:10");
        ledger.act(&spf, action, t).expect("act");
        let sync = ledger.sync(&plans, &settings, BERLIN, &[], t, 64, &held);
        assert_eq!(sync.cancel, std::slice::from_ref(&os_id), "{action:?}");
        assert!(by_id(&sync.schedule, &spf).is_none());
        let held = apply(&held, &sync);
        assert!(!held.contains(&os_id));
        for later in ["2026-11-22 07:40", "2026-11-22 09:00", "2026-11-24 12:00"] {
            let now = berlin(later);
            let held_now = still_held(&held, &issued, now);
            let sync = ledger.sync(&plans, &settings, BERLIN, &[], now, 64, &held_now);
            assert!(
                by_id(&sync.schedule, &spf).is_none(),
                "{action:?} at {later}"
            );
            let p = pending(&plans, &settings, BERLIN, &[], &ledger, now, ALL);
            assert!(by_id(&p.reminders, &spf).is_none(), "{action:?} at {later}");
        }
        assert!(matches!(
            ledger.status(&spf),
            Some(ReminderStatus::Done { .. } | ReminderStatus::Dismissed { .. })
        ));
    }
}

#[test]
fn snoozed_comes_back_once() {
    let (settings, plans, mut ledger, issued, held, spf) = synced_morning();
    let t = berlin("2026-11-22 07:30");
    let until = berlin("2026-11-22 08:30");
    ledger
        .act(&spf, ReminderAction::Snooze { until }, t)
        .expect("snooze");
    let sync = ledger.sync(&plans, &settings, BERLIN, &[], t, 64, &held);
    let old = by_id(&issued, &spf).expect("spf").os_id.clone();
    assert_eq!(sync.cancel, [old]);
    let back: Vec<&Reminder> = sync.schedule.iter().filter(|r| r.id == spf).collect();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].fire_at, until);
    assert_eq!(sync.schedule.len(), 1, "only the snoozed one changes");
    let held = apply(&held, &sync);
    let mut issued = issued;
    issued.extend(sync.schedule.iter().cloned());

    // It fires at 08:30; the next sync must not bring it back.
    for later in ["2026-11-22 09:00", "2026-11-22 12:00", "2026-11-23 07:00"] {
        let now = berlin(later);
        let held_now = still_held(&held, &issued, now);
        let sync = ledger.sync(&plans, &settings, BERLIN, &[], now, 64, &held_now);
        assert!(by_id(&sync.schedule, &spf).is_none(), "at {later}");
        let p = pending(&plans, &settings, BERLIN, &[], &ledger, now, ALL);
        assert!(by_id(&p.reminders, &spf).is_none(), "at {later}");
    }
}

#[test]
fn snooze_into_quiet_hours_waits_for_their_end() {
    let (settings, plans, _, key) = first_session();
    let mut ledger = ReminderLedger::new();
    let t = berlin("2026-11-22 19:50");
    let check_in = format!("{key}:daily-check-in:2026-11-22");
    ledger
        .act(
            &check_in,
            ReminderAction::Snooze {
                until: berlin("2026-11-22 22:30"),
            },
            t,
        )
        .expect("snooze");
    let p = pending(&plans, &settings, BERLIN, &[], &ledger, t, ALL);
    let r = by_id(&p.reminders, &check_in).expect("snoozed check-in");
    assert_eq!(local(r.fire_at, BERLIN), "2026-11-23 07:00");
}

/// The natural flow: the notification fires while the app sleeps, the patient taps "Snooze" a
/// few minutes later, and the shell records it and syncs. It must come back at the snooze time.
#[test]
fn snooze_after_it_fired_comes_back() {
    let (settings, plans, mut ledger, issued, held, spf) = synced_morning();
    let t = berlin("2026-11-22 08:05");
    let until = berlin("2026-11-22 09:05");
    ledger
        .act(&spf, ReminderAction::Snooze { until }, t)
        .expect("snooze");
    let held_now = still_held(&held, &issued, t);
    let sync = ledger.sync(&plans, &settings, BERLIN, &[], t, 64, &held_now);
    let back = by_id(&sync.schedule, &spf);
    assert_eq!(
        back.map(|r| local(r.fire_at, BERLIN)),
        Some("2026-11-22 09:05".to_string()),
        "snoozed at 08:05 until 09:05; status now {:?}",
        ledger.status(&spf)
    );
}

#[test]
fn snooze_errors() {
    let (_, _, mut ledger, _, _, spf) = synced_morning();
    let now = berlin("2026-11-22 07:10");
    let snooze = |until| ReminderAction::Snooze { until };
    assert_eq!(
        ledger.act(&spf, snooze(now), now),
        Err(ReminderError::SnoozeNotAhead)
    );
    assert_eq!(
        ledger.act(&spf, snooze(now - TimeDelta::minutes(1)), now),
        Err(ReminderError::SnoozeNotAhead)
    );
    assert_eq!(
        ledger.act(
            &spf,
            snooze(now + TimeDelta::days(7) + TimeDelta::seconds(1)),
            now
        ),
        Err(ReminderError::SnoozeTooLong)
    );
    assert_eq!(
        ledger.act(&spf, snooze(now + TimeDelta::days(7)), now),
        Ok(())
    );
    assert_eq!(
        ledger.act("", ReminderAction::Done, now),
        Err(ReminderError::BadId)
    );
    assert_eq!(
        ledger.act("", snooze(now + TimeDelta::hours(1)), now),
        Err(ReminderError::BadId)
    );
    ledger.act(&spf, ReminderAction::Done, now).expect("done");
    assert_eq!(
        ledger.act(&spf, snooze(now + TimeDelta::hours(1)), now),
        Err(ReminderError::Finished)
    );
    let other = "microneedling.1795251600:daily-spf:2026-11-23";
    ledger
        .act(other, ReminderAction::Dismiss, now)
        .expect("dismiss");
    assert_eq!(
        ledger.act(other, snooze(now + TimeDelta::hours(1)), now),
        Err(ReminderError::Finished)
    );
}

#[test]
fn flying_west_does_not_repeat_the_morning() {
    let (settings, plans, mut ledger, issued, held, spf) = synced_morning();
    // 09:00 in Berlin is 03:00 in New York: the Berlin 08:00 SPF fired already.
    let now = berlin("2026-11-22 09:00");
    let held_now = still_held(&held, &issued, now);
    let sync = ledger.sync(&plans, &settings, NEW_YORK, &[], now, 64, &held_now);
    assert!(
        by_id(&sync.schedule, &spf).is_none(),
        "re-issued {spf} at {}",
        by_id(&sync.schedule, &spf).map_or(String::new(), |r| local(r.fire_at, NEW_YORK))
    );
    let p = pending(&plans, &settings, NEW_YORK, &[], &ledger, now, ALL);
    assert!(by_id(&p.reminders, &spf).is_none());
    let next = format!("{}:2026-11-23", spf.rsplit_once(':').expect("id").0);
    let r = by_id(&p.reminders, &next).expect("next SPF");
    assert_eq!(local(r.fire_at, NEW_YORK), "2026-11-23 08:00");
    let first_ny_spf = of(&p.reminders, Category::Spf)[0];
    assert_eq!(first_ny_spf.id, next);
    // Elapsed reminders stay at their instant, out of New York's quiet hours: the +24 h lift
    // (10:00 Berlin, 04:00 New York) waits for 07:00 New York.
    let key = &by_id(&issued, &spf).expect("spf").session_key;
    let lift = by_id(&p.reminders, &format!("{key}:lifted:1440m")).expect("lift");
    assert_eq!(local(lift.fire_at, NEW_YORK), "2026-11-22 07:00");
    let held_ny = apply(&held_now, &sync);
    let settled = ledger.sync(&plans, &settings, NEW_YORK, &[], now, 64, &held_ny);
    assert!(settled.cancel.is_empty() && settled.schedule.is_empty());
}

/// New York falls back on Sun 1 Nov 2026: 01:00–02:00 happens twice. Quiet hours 01:00–01:30.
/// A restriction lifting at 01:10 in the second pass (06:10 UTC) is inside quiet hours and must
/// wait for their end, 01:30 in the second pass (06:30 UTC).
#[test]
fn quiet_hours_in_the_repeated_hour() {
    let ended = DateTime::parse_from_rfc3339("2026-10-31T06:10:00Z")
        .expect("rfc3339")
        .with_timezone(&Utc);
    for quiet in [(hm(1, 0), hm(1, 30)), (hm(22, 0), hm(1, 30))] {
        let settings = PatientSettings {
            quiet_hours: Some(QuietHours::new(quiet.0, quiet.1).expect("quiet")),
            ..PatientSettings::default()
        };
        let plans = [plan("microneedling", ended, 1, None, &settings)];
        let key = format!("microneedling.{}", ended.timestamp());
        let reminders = all(&plans, &settings, NEW_YORK, &[], ended);
        let lift = by_id(&reminders, &format!("{key}:lifted:1440m")).expect("lift");
        let local_time = lift.fire_at.with_timezone(&NEW_YORK);
        assert!(
            !settings
                .quiet_hours
                .expect("quiet")
                .contains(local_time.time()),
            "quiet {quiet:?}: fires at {} ({}) inside quiet hours",
            local_time.to_rfc3339(),
            lift.fire_at
        );
        assert_eq!(
            lift.fire_at.to_rfc3339(),
            "2026-11-01T06:30:00+00:00",
            "quiet {quiet:?}"
        );
    }
}

/// Quiet hours 02:30–02:00 (all but half an hour a day). On Sun 28 Mar 2027 Berlin skips
/// 02:00–03:00, so that night the quiet hours run on until 02:00 on the 29th. A restriction
/// lifting at 00:00 on the 28th must wait until then, not fire at 03:00 inside quiet hours.
#[test]
fn quiet_hours_ending_in_a_dst_gap() {
    let quiet = QuietHours::new(hm(2, 30), hm(2, 0)).expect("quiet");
    let settings = PatientSettings {
        quiet_hours: Some(quiet),
        ..PatientSettings::default()
    };
    let ended = berlin("2027-03-27 00:00");
    let plans = [plan("microneedling", ended, 1, None, &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    let reminders = all(&plans, &settings, BERLIN, &[], ended);
    let lift = by_id(&reminders, &format!("{key}:lifted:1440m")).expect("lift");
    let fires = lift.fire_at.with_timezone(&BERLIN);
    assert!(
        !quiet.contains(fires.time()),
        "fires at {} inside quiet hours 02:30–02:00",
        fires.to_rfc3339()
    );
    assert_eq!(local(lift.fire_at, BERLIN), "2027-03-29 02:00");
}

/// A snooze survives a change of zone. Session ended Sat 21 Nov 16:00 Berlin; the day-0
/// check-in fired at 20:00, the shell synced, the patient snoozed it until noon tomorrow and
/// flew to Kolkata. There, 20:00 on 21 Nov is before the session ended, so the check-in with
/// that id is not listed again by the rules, but the snooze must still bring it back.
#[test]
fn snooze_survives_a_zone_change() {
    let kolkata: Tz = chrono_tz::Asia::Kolkata;
    let settings = PatientSettings::default();
    let ended = berlin("2026-11-21 16:00");
    let plans = [plan("microneedling", ended, 1, None, &settings)];
    let key = format!("microneedling.{}", ended.timestamp());
    let check_in = format!("{key}:daily-check-in:2026-11-21");
    let mut ledger = ReminderLedger::new();

    let t0 = berlin("2026-11-21 19:00");
    let s0 = ledger.sync(&plans, &settings, BERLIN, &[], t0, 64, &[]);
    let r = by_id(&s0.schedule, &check_in).expect("check-in");
    assert_eq!(local(r.fire_at, BERLIN), "2026-11-21 20:00");
    let mut issued = s0.schedule.clone();
    let held = apply(&[], &s0);

    // It fires; the shell syncs a minute later.
    let t1 = berlin("2026-11-21 20:01");
    let held = still_held(&held, &issued, t1);
    let s1 = ledger.sync(&plans, &settings, BERLIN, &[], t1, 64, &held);
    let held = apply(&held, &s1);
    issued.extend(s1.schedule.iter().cloned());
    assert!(matches!(
        ledger.status(&check_in),
        Some(ReminderStatus::Delivered { .. })
    ));

    // "Remind me tomorrow at noon."
    let t2 = berlin("2026-11-21 20:05");
    let until = berlin("2026-11-22 12:00");
    ledger
        .act(&check_in, ReminderAction::Snooze { until }, t2)
        .expect("snooze");
    let s2 = ledger.sync(&plans, &settings, BERLIN, &[], t2, 64, &held);
    let back = by_id(&s2.schedule, &check_in).expect("snoozed check-in scheduled");
    assert_eq!(back.fire_at, until);
    let held = apply(&held, &s2);
    issued.extend(s2.schedule.iter().cloned());

    // Next morning in Kolkata: noon Berlin is 16:30 there, outside quiet hours.
    let now = at(kolkata, "2026-11-22 08:00");
    let held = still_held(&held, &issued, now);
    let s3 = ledger.sync(&plans, &settings, kolkata, &[], now, 64, &held);
    let p = pending(&plans, &settings, kolkata, &[], &ledger, now, ALL);
    assert_eq!(
        by_id(&p.reminders, &check_in).map(|r| local(r.fire_at, kolkata)),
        Some("2026-11-22 16:30".to_string()),
        "the snoozed check-in is gone after the zone change (status {:?})",
        ledger.status(&check_in),
    );
    // The OS still holds it from before the flight (same instant, same text): nothing to redo.
    let held = apply(&held, &s3);
    let os_id = &by_id(&p.reminders, &check_in).unwrap().os_id;
    assert!(
        held.contains(os_id),
        "the snoozed check-in is no longer held by the OS"
    );
}

#[test]
fn texts_are_complete_and_lock_screen_safe() {
    const HEALTH: [&str; 22] = [
        "spf",
        "fps",
        "redness",
        "enrojec",
        "makeup",
        "maquill",
        "retinoid",
        "symptom",
        "síntoma",
        "skin",
        "piel",
        "swelling",
        "hinchaz",
        "workout",
        "ejercicio",
        "sunscreen",
        "protector",
        "wash",
        "lava",
        "bleed",
        "sangr",
        "blood",
    ];
    let ended = berlin("2026-11-21 10:00");
    for locale in Locale::ALL {
        let settings = PatientSettings {
            locale,
            ..PatientSettings::default()
        };
        // Sessions 1 (with 2 booked) and 2 (not booked: booking), then a completed series
        // (maintenance), with a watch.
        let series = [
            plan(
                "microneedling",
                ended,
                1,
                Some(berlin("2026-12-21 10:00")),
                &settings,
            ),
            plan(
                "microneedling",
                berlin("2026-12-21 11:00"),
                2,
                None,
                &settings,
            ),
        ];
        let complete = [plan("microneedling", ended, 3, None, &settings)];
        let watch = Watch {
            from: ended + TimeDelta::days(9),
            until: ended + TimeDelta::days(12),
            urgent: true,
        };
        let mut reminders = all(&series, &settings, BERLIN, &[watch], ended);
        reminders.extend(all(
            &series,
            &settings,
            BERLIN,
            &[],
            berlin("2027-01-01 10:00"),
        ));
        reminders.extend(all(
            &complete,
            &settings,
            BERLIN,
            &[],
            berlin("2027-05-01 10:00"),
        ));
        let seen: BTreeSet<Category> = reminders.iter().map(|r| r.category).collect();
        assert_eq!(seen.len(), Category::ALL.len(), "{locale:?}: {seen:?}");
        assert!(reminders.iter().any(|r| r.id.contains(":watch:")));
        for r in &reminders {
            assert!(!r.title.trim().is_empty(), "{}", r.id);
            assert!(!r.body.trim().is_empty(), "{}", r.id);
            assert!(!r.lock_screen_title.trim().is_empty(), "{}", r.id);
            assert!(!r.lock_screen_body.trim().is_empty(), "{}", r.id);
            assert!(r.deep_link.starts_with("aftercare://"), "{}", r.deep_link);
            assert!(r.numeric_id >= 0);
            assert!(r.os_id.starts_with(&format!("{}#", r.id)), "{}", r.os_id);
            assert!(r.actions.iter().all(|a| !a.label.trim().is_empty()));
            assert_ne!(r.lock_screen_body, r.body);
            let lock = format!("{} {}", r.lock_screen_title, r.lock_screen_body).to_lowercase();
            for word in HEALTH {
                assert!(
                    !lock.contains(word),
                    "{locale:?} {}: lock screen {lock:?} says {word:?}",
                    r.id
                );
            }
            assert!(!lock.contains(&r.title.to_lowercase()), "{}", r.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// B. Properties
// ---------------------------------------------------------------------------------------------

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
const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;
const WEEK: i64 = 7 * DAY;

fn instant(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("in range")
}

fn offset_at(zone: Tz, instant: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&instant.naive_utc())
        .fix()
        .local_minus_utc()
}

/// Every offset change of [`ZONES`] in 2026–2027 (hour scan, then narrowed to the minute).
static TRANSITIONS: LazyLock<Vec<(Tz, DateTime<Utc>)>> = LazyLock::new(|| {
    let mut found = Vec::new();
    for zone in ZONES {
        let mut t = START;
        while t < END {
            let before = offset_at(zone, instant(t));
            if before != offset_at(zone, instant(t + HOUR)) {
                let (mut lo, mut hi) = (t, t + HOUR);
                while hi - lo > MINUTE {
                    let mid = lo + (hi - lo) / 120 * 60;
                    if offset_at(zone, instant(mid)) == before {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                found.push((zone, instant(hi)));
            }
            t += HOUR;
        }
    }
    found
});

#[test]
fn transitions_are_found() {
    // Two a year in the four zones with DST, over two years.
    assert_eq!(TRANSITIONS.len(), 16);
}

/// Where a wall-clock time lands by the documented rule (gap: forward by its length; overlap:
/// the first), and the gap moved over.
fn expected_wall_clock(zone: Tz, naive: NaiveDateTime) -> (DateTime<Utc>, TimeDelta) {
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(t) => (t.with_timezone(&Utc), TimeDelta::zero()),
        LocalResult::Ambiguous(a, b) => (a.min(b).with_timezone(&Utc), TimeDelta::zero()),
        LocalResult::None => {
            let utc = naive.and_utc();
            let before = offset_at(zone, utc - TimeDelta::hours(26));
            let after = offset_at(zone, utc + TimeDelta::hours(26));
            let gap = TimeDelta::seconds(i64::from(after - before));
            let t = zone
                .from_local_datetime(&(naive + gap))
                .single()
                .expect("past the gap the time exists once");
            (t.with_timezone(&Utc), gap)
        }
    }
}

/// One generated scenario.
#[derive(Debug, Clone)]
struct Case {
    /// The zone the sessions were in.
    zone: Tz,
    /// When the first session of the run ended.
    ended: DateTime<Utc>,
    protocol: usize,
    /// The first session's number in its series.
    number: u32,
    /// Seconds between consecutive session ends (one per further session), with whether the
    /// previous plan had that session booked.
    further: Vec<(i64, bool)>,
    /// Seconds from the last session's end to a booked next one.
    last_next: Option<i64>,
    morning: NaiveTime,
    evening: NaiveTime,
    quiet: Option<(NaiveTime, NaiveTime)>,
    /// Bit `i` set: `Category::ALL[i]` is on.
    categories: u8,
    locale: Locale,
    /// (start relative to now, length, urgent).
    watches: Vec<(i64, i64, bool)>,
    limit: usize,
    /// "Now" relative to the end of session `now_anchor % sessions`.
    now_anchor: usize,
    now_after: i64,
    /// The zone the patient is in now.
    now_zone: Tz,
    /// How long until the next sync, and the zone then.
    later: i64,
    later_zone: Tz,
    /// A patient action between the syncs: (which reminder, fraction of the wait, kind, snooze
    /// length in seconds).
    action: Option<(usize, f64, u8, i64)>,
}

/// Session ends: uniform over 2026–2027, or within ±36 h of a DST transition.
fn ended_strategy() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    let transitions = TRANSITIONS.len();
    prop_oneof![
        (0..ZONES.len(), START..END).prop_map(|(z, t)| (ZONES[z], instant(t))),
        (0..transitions, -36 * HOUR..=36 * HOUR).prop_map(|(i, offset)| {
            let (zone, at) = TRANSITIONS[i];
            (zone, at + TimeDelta::seconds(offset))
        }),
    ]
}

/// Any minute of the day, often in the small hours where the DST gaps and overlaps are
/// (02:00–03:45 covers the gaps of every zone here).
fn time_strategy() -> impl Strategy<Value = NaiveTime> {
    prop_oneof![0u32..1440, 60u32..240, 120u32..225].prop_map(|m| hm(m / 60, m % 60))
}

fn zone_strategy() -> impl Strategy<Value = Option<usize>> {
    proptest::option::weighted(0.4, 0..ZONES.len())
}

fn case_strategy() -> impl Strategy<Value = Case> {
    let sessions = (
        ended_strategy(),
        0..protocols().len(),
        1u32..=4,
        proptest::collection::vec((4 * WEEK..=12 * WEEK, any::<bool>()), 0..=2),
        proptest::option::of(DAY..=12 * WEEK),
    );
    let settings = (
        time_strategy(),
        time_strategy(),
        proptest::option::weighted(0.75, (time_strategy(), time_strategy())),
        prop_oneof![Just(0x7fu8), 0u8..0x80],
        prop_oneof![Just(Locale::En), Just(Locale::Es)],
    );
    let moment = (
        proptest::collection::vec((-10 * DAY..20 * DAY, HOUR..14 * DAY, any::<bool>()), 0..=3),
        0usize..=100,
        0usize..3,
        prop_oneof![-3 * DAY..21 * DAY, -DAY..40 * WEEK],
        zone_strategy(),
        prop_oneof![1i64..2 * DAY, HOUR..30 * DAY, 1i64..70 * DAY],
        zone_strategy(),
        proptest::option::of((0usize..100, 0.0f64..1.0, 0u8..3, MINUTE..=7 * DAY)),
    );
    // A third of the cases aim at a DST change: the session ended shortly before it, "now" is
    // before it, in that zone, and the daily times are often a minute inside its gap.
    let focus = proptest::option::weighted(
        0.3,
        (
            0..TRANSITIONS.len(),
            0.0f64..1.0,
            any::<bool>(),
            9 * HOUR..20 * DAY,
            0.0f64..1.0,
        ),
    );
    (sessions, settings, moment, focus).prop_map(
        |(
            ((zone, ended), protocol, number, further, last_next),
            (morning, evening, quiet, categories, locale),
            (watches, limit, now_anchor, now_after, now_zone, later, later_zone, action),
            focus,
        )| {
            let now_zone = now_zone.map_or(zone, |z| ZONES[z]);
            let mut case = Case {
                zone,
                ended,
                protocol,
                number,
                further,
                last_next,
                morning,
                evening,
                quiet: quiet.filter(|(s, e)| s != e),
                categories,
                locale,
                watches,
                limit,
                now_anchor,
                now_after,
                now_zone,
                later,
                later_zone: later_zone.map_or(now_zone, |z| ZONES[z]),
                action,
            };
            if let Some((transition, in_gap, both, before, now_part)) = focus {
                let (zone, at) = TRANSITIONS[transition];
                case.zone = zone;
                case.now_zone = zone;
                case.later_zone = later_zone.map_or(zone, |z| ZONES[z]);
                case.ended = at - TimeDelta::seconds(before);
                case.now_anchor = 0;
                case.now_after = (before as f64 * now_part) as i64;
                let off_before = offset_at(zone, at - TimeDelta::seconds(1));
                let gap_minutes = i64::from(offset_at(zone, at) - off_before) / 60;
                if gap_minutes > 0 {
                    // The wall clock reads `off_before` up to the change, then jumps.
                    let start = (at + TimeDelta::seconds(i64::from(off_before))).naive_utc();
                    let minute = start + TimeDelta::minutes((in_gap * gap_minutes as f64) as i64);
                    case.morning = minute.time();
                    if both {
                        case.evening = minute.time();
                    }
                }
            }
            case
        },
    )
}

impl Case {
    fn ends(&self) -> Vec<DateTime<Utc>> {
        let mut ends = vec![self.ended];
        for (gap, _) in &self.further {
            let last = *ends.last().expect("non-empty");
            ends.push(last + TimeDelta::seconds(*gap));
        }
        ends
    }

    fn settings(&self) -> PatientSettings {
        PatientSettings {
            day_times: DayTimes {
                morning: self.morning,
                evening: self.evening,
            },
            quiet_hours: self
                .quiet
                .map(|(s, e)| QuietHours::new(s, e).expect("start != end")),
            categories: Category::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| self.categories & (1 << i) != 0)
                .map(|(_, c)| *c)
                .collect(),
            locale: self.locale,
        }
    }

    /// One plan per session; a plan knows the next session when it was booked (an hour before
    /// that session ended).
    fn plans(&self) -> Vec<RecoveryPlan> {
        let protocol = protocols()[self.protocol].clone();
        let ends = self.ends();
        ends.iter()
            .enumerate()
            .map(|(k, &ended)| {
                let next = match (ends.get(k + 1), self.further.get(k)) {
                    (Some(&next_end), Some(&(_, booked))) => {
                        booked.then(|| next_end - TimeDelta::hours(1))
                    }
                    _ => self.last_next.map(|s| ended + TimeDelta::seconds(s)),
                };
                let session = TreatmentSession {
                    protocol: protocol.reference(),
                    ended_at: ended,
                    zone: self.zone,
                    number: self.number + k as u32,
                };
                let options = PlanOptions {
                    day_times: DayTimes {
                        morning: self.morning,
                        evening: self.evening,
                    },
                    next_session: next,
                };
                RecoveryPlan::new(protocol.clone(), session, options).expect("valid plan")
            })
            .collect()
    }

    fn now(&self) -> DateTime<Utc> {
        let ends = self.ends();
        ends[self.now_anchor % ends.len()] + TimeDelta::seconds(self.now_after)
    }

    fn watches(&self) -> Vec<Watch> {
        let now = self.now();
        self.watches
            .iter()
            .map(|&(from, len, urgent)| {
                let from = now + TimeDelta::seconds(from);
                Watch {
                    from,
                    until: from + TimeDelta::seconds(len),
                    urgent,
                }
            })
            .collect()
    }
}

/// The order reminders are listed in.
fn firing_key(r: &Reminder) -> (DateTime<Utc>, Category, &str) {
    (r.fire_at, r.category, r.id.as_str())
}

/// Everything that must hold of what `pending` returned at `now` in `zone` with `limit`.
#[allow(clippy::too_many_arguments)]
fn check_pending(
    got: &Pending,
    full: &Pending,
    settings: &PatientSettings,
    zone: Tz,
    watches: &[Watch],
    now: DateTime<Utc>,
    limit: usize,
    snoozed: &HashSet<String>,
) -> Result<(), TestCaseError> {
    let reminders = &got.reminders;
    prop_assert!(reminders.len() <= limit);
    prop_assert!(got.refresh_at >= now);
    prop_assert!(got.refresh_at <= now + HORIZON - REFRESH_LEAD);
    for pair in reminders.windows(2).chain(full.reminders.windows(2)) {
        prop_assert!(
            firing_key(&pair[0]) < firing_key(&pair[1]),
            "not strictly ordered: {} then {}",
            pair[0].id,
            pair[1].id
        );
    }
    let ids: HashSet<&str> = full.reminders.iter().map(|r| r.id.as_str()).collect();
    prop_assert_eq!(ids.len(), full.reminders.len(), "duplicate ids");

    for r in &full.reminders {
        let local = r.fire_at.with_timezone(&zone).naive_local();
        prop_assert!(
            r.fire_at > now,
            "{} at {} is not after now {}",
            r.id,
            r.fire_at,
            now
        );
        prop_assert!(r.fire_at < now + HORIZON, "{} beyond the horizon", r.id);
        prop_assert!(
            settings.categories.contains(&r.category),
            "{} of a category that is off",
            r.id
        );
        if let Some(quiet) = settings.quiet_hours {
            prop_assert!(
                r.urgent || !quiet.contains(local.time()),
                "{} fires at {} local in {}, inside quiet hours {}–{}",
                r.id,
                local,
                zone,
                quiet.start(),
                quiet.end()
            );
        }
        if r.urgent && !snoozed.contains(&r.id) {
            prop_assert_eq!(r.category, Category::CheckIn, "{} urgent", &r.id);
            prop_assert!(
                watches
                    .iter()
                    .any(|w| w.urgent && w.from <= r.fire_at && r.fire_at < w.until),
                "{} urgent without an urgent watch",
                r.id
            );
        }
        prop_assert!(!r.title.is_empty(), "{} no title", r.id);
        prop_assert!(r.deep_link.starts_with("aftercare://"), "{}", r.deep_link);
        prop_assert!(r.numeric_id >= 0);
        let prefix = format!("{}#", r.id);
        prop_assert!(r.os_id.starts_with(&prefix), "{}", r.os_id);
        prop_assert!(r.id.starts_with(&format!("{}:", r.session_key)), "{}", r.id);

        // Wall-clock routines land on the patient's clock in the current zone.
        let slot = match r.category {
            Category::Spf => Some(settings.day_times.morning),
            Category::CheckIn => Some(settings.day_times.evening),
            _ => None,
        };
        if let (Some(time), Timing::WallClock, false) = (slot, r.timing, snoozed.contains(&r.id)) {
            let day =
                r.id.rsplit(':')
                    .next()
                    .and_then(|d| d.parse::<NaiveDate>().ok());
            let Some(day) = day else {
                return Err(TestCaseError::fail(format!("{}: no date in the id", r.id)));
            };
            let (expected, gap) = expected_wall_clock(zone, day.and_time(time));
            let expected_local = expected.with_timezone(&zone).naive_local();
            let moved = settings
                .quiet_hours
                .is_some_and(|q| q.contains(expected_local.time()));
            if r.urgent || !moved {
                prop_assert_eq!(
                    r.fire_at,
                    expected,
                    "{} at {} local in {}, wanted {} {} (+{} gap)",
                    &r.id,
                    local,
                    zone,
                    day,
                    time,
                    gap
                );
                prop_assert_eq!(local, day.and_time(time) + gap);
            } else {
                prop_assert!(r.fire_at > expected, "{} moved earlier", r.id);
                // Up to a day to the end of quiet hours, and one more when that end falls in a
                // DST gap that lands back inside (very long) quiet hours.
                prop_assert!(r.fire_at - expected <= TimeDelta::hours(50), "{}", r.id);
            }
        }

        // Elapsed reminders fire at their exact instant (unless quiet hours move them).
        if let (Category::Lifted, false) = (r.category, snoozed.contains(&r.id)) {
            let minutes: i64 =
                r.id.rsplit(':')
                    .next()
                    .and_then(|m| m.strip_suffix('m'))
                    .and_then(|m| m.parse().ok())
                    .ok_or_else(|| TestCaseError::fail(format!("{}: no offset", r.id)))?;
            let ended: i64 = r
                .session_key
                .rsplit('.')
                .next()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| TestCaseError::fail(r.session_key.clone()))?;
            let exact = instant(ended) + TimeDelta::minutes(minutes);
            prop_assert_eq!(r.timing, Timing::Exact);
            let moved = settings
                .quiet_hours
                .is_some_and(|q| q.contains(exact.with_timezone(&zone).naive_local().time()));
            if moved {
                prop_assert!(r.fire_at > exact, "{}", r.id);
            } else {
                prop_assert_eq!(r.fire_at, exact, "{}", &r.id);
            }
        }
    }

    // `got` is the `limit` highest-priority reminders of `full`, and refresh_at is 15 min
    // before the first one that did not fit (or before the horizon ends).
    let mut by_priority: Vec<&Reminder> = full.reminders.iter().collect();
    by_priority.sort_by(|a, b| {
        (!a.urgent, a.fire_at, a.category, &a.id).cmp(&(!b.urgent, b.fire_at, b.category, &b.id))
    });
    let cut = limit.min(by_priority.len());
    let mut chosen: Vec<Reminder> = by_priority[..cut].iter().map(|r| (*r).clone()).collect();
    chosen.sort_by(|a, b| firing_key(a).cmp(&firing_key(b)));
    prop_assert_eq!(reminders, &chosen);
    let horizon_refresh = now + HORIZON - REFRESH_LEAD;
    let expected_refresh = by_priority[cut..]
        .iter()
        .map(|r| r.fire_at - REFRESH_LEAD)
        .min()
        .unwrap_or(horizon_refresh)
        .min(horizon_refresh)
        .max(now);
    prop_assert_eq!(got.refresh_at, expected_refresh);
    Ok(())
}

fn run_case(case: &Case) -> Result<(), TestCaseError> {
    let plans = case.plans();
    let settings = case.settings();
    let watches = case.watches();
    let now1 = case.now();
    let zone1 = case.now_zone;
    let limit = case.limit;
    let fresh = ReminderLedger::new();
    let none = HashSet::new();

    let got = pending(&plans, &settings, zone1, &watches, &fresh, now1, limit);
    let full = pending(&plans, &settings, zone1, &watches, &fresh, now1, usize::MAX);
    check_pending(&got, &full, &settings, zone1, &watches, now1, limit, &none)?;

    // Stable: the same inputs, or the plans in another order, give the same reminders.
    let again = pending(&plans, &settings, zone1, &watches, &fresh, now1, limit);
    prop_assert_eq!(&got, &again);
    let reversed: Vec<RecoveryPlan> = plans.iter().rev().cloned().collect();
    let other_order = pending(&reversed, &settings, zone1, &watches, &fresh, now1, limit);
    prop_assert_eq!(&got, &other_order);
    // A little later, whatever is still listed has the same OS identifier.
    if let Some(first) = full.reminders.first() {
        let soon = now1 + (first.fire_at - now1) / 2;
        let later = pending(&plans, &settings, zone1, &watches, &fresh, soon, usize::MAX);
        for r in &later.reminders {
            if let Some(before) = by_id(&full.reminders, &r.id) {
                prop_assert_eq!(&before.os_id, &r.os_id, "{} changed", &r.id);
            }
        }
    }

    // The shell: sync with nothing scheduled, apply, time passes (maybe in another zone), the
    // OS delivers what was due, the patient maybe acts, sync again.
    let mut ledger = ReminderLedger::new();
    let s1 = ledger.sync(&plans, &settings, zone1, &watches, now1, limit, &[]);
    prop_assert!(s1.cancel.is_empty());
    prop_assert_eq!(&s1.schedule, &got.reminders);
    prop_assert_eq!(s1.refresh_at, got.refresh_at);
    let held = apply(&[], &s1);
    let settled = ledger.sync(&plans, &settings, zone1, &watches, now1, limit, &held);
    prop_assert!(settled.cancel.is_empty() && settled.schedule.is_empty());

    let now2 = now1 + TimeDelta::seconds(case.later);
    let zone2 = case.later_zone;
    let mut held = held;
    let mut issued: Vec<Reminder> = s1.schedule.clone();
    let mut finished = HashSet::new();
    let mut snoozed: Option<(String, DateTime<Utc>)> = None;
    if let (Some((pick, when, kind, length)), false) = (case.action, s1.schedule.is_empty()) {
        let r = &s1.schedule[pick % s1.schedule.len()];
        let t = now1 + TimeDelta::seconds((case.later as f64 * when) as i64);
        // A snooze postpones: it comes back later than it was due, at most 7 days from now.
        let until = (t.max(r.fire_at) + TimeDelta::seconds(length)).min(t + TimeDelta::days(7));
        let action = match kind {
            0 => ReminderAction::Done,
            1 => ReminderAction::Dismiss,
            _ => ReminderAction::Snooze { until },
        };
        // Snoozing is for a reminder that is about to fire or just did.
        let fresh_enough =
            r.fire_at >= t - TimeDelta::hours(1) && r.fire_at < t + TimeDelta::days(1);
        if kind < 2 || fresh_enough {
            prop_assert_eq!(ledger.act(&r.id, action, t), Ok(()));
            match action {
                ReminderAction::Snooze { until } => snoozed = Some((r.id.clone(), until)),
                _ => {
                    finished.insert(r.id.clone());
                }
            }
            // The shell records the action and syncs at once.
            let held_t = still_held(&held, &issued, t);
            let st = ledger.sync(&plans, &settings, zone1, &watches, t, limit, &held_t);
            for r in &st.schedule {
                prop_assert!(!finished.contains(&r.id), "{} was done or dismissed", &r.id);
            }
            if let (Some((id, until)), ReminderAction::Snooze { .. }) = (&snoozed, action) {
                let full_t = pending(&plans, &settings, zone1, &watches, &ledger, t, usize::MAX);
                let back = by_id(&full_t.reminders, id);
                prop_assert!(
                    back.is_some_and(|b| b.fire_at >= *until),
                    "{} snoozed at {} until {} is not back ({:?}; status {:?})",
                    id,
                    t,
                    until,
                    back.map(|b| b.fire_at),
                    ledger.status(id)
                );
            }
            held = apply(&held_t, &st);
            issued.extend(st.schedule.iter().cloned());
        }
    }

    let held2 = still_held(&held, &issued, now2);
    let s2 = ledger.sync(&plans, &settings, zone2, &watches, now2, limit, &held2);
    // What the OS delivered: everything issued whose time came, except the first issue of a
    // reminder snoozed afterwards (the snooze brings it back once).
    let delivered: HashSet<&str> = issued
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            r.fire_at <= now2
                && !(*i < s1.schedule.len() && snoozed.as_ref().is_some_and(|(s, _)| *s == r.id))
        })
        .map(|(_, r)| r.id.as_str())
        .collect();
    for r in &s2.schedule {
        prop_assert!(
            !delivered.contains(r.id.as_str()),
            "{} fired before {} and was issued again at {} ({})",
            &r.id,
            now2,
            r.fire_at,
            zone2
        );
        prop_assert!(!finished.contains(&r.id), "{} was done or dismissed", &r.id);
    }
    let held_set: HashSet<&str> = held2.iter().map(String::as_str).collect();
    for id in &s2.cancel {
        prop_assert!(
            held_set.contains(id.as_str()),
            "cancels {} the OS lacks",
            id
        );
    }
    let snoozed_ids: HashSet<String> = snoozed.iter().map(|(id, _)| id.clone()).collect();
    let got2 = pending(&plans, &settings, zone2, &watches, &ledger, now2, limit);
    let full2 = pending(
        &plans,
        &settings,
        zone2,
        &watches,
        &ledger,
        now2,
        usize::MAX,
    );
    check_pending(
        &got2,
        &full2,
        &settings,
        zone2,
        &watches,
        now2,
        limit,
        &snoozed_ids,
    )?;
    for r in &full2.reminders {
        prop_assert!(!delivered.contains(r.id.as_str()), "{} again", &r.id);
        prop_assert!(!finished.contains(&r.id), "{} again", &r.id);
    }
    if let Some((id, until)) = &snoozed {
        // Still to come back.
        if *until > now2 {
            let back = by_id(&full2.reminders, id);
            prop_assert!(
                back.is_some(),
                "{} snoozed until {} is not back at {} (status {:?})",
                id,
                until,
                now2,
                ledger.status(id)
            );
            if let Some(back) = back {
                prop_assert!(back.fire_at >= *until, "{} back before its snooze", id);
                prop_assert!(back.fire_at - *until <= TimeDelta::hours(50), "{}", id);
            }
        }
    }

    // Applying the second diff settles.
    let held3 = apply(&held2, &s2);
    let wanted: BTreeSet<&str> = got2.reminders.iter().map(|r| r.os_id.as_str()).collect();
    let holding: BTreeSet<&str> = held3.iter().map(String::as_str).collect();
    prop_assert_eq!(&wanted, &holding);
    let s3 = ledger.sync(&plans, &settings, zone2, &watches, now2, limit, &held3);
    prop_assert!(s3.cancel.is_empty(), "{:?}", s3.cancel);
    prop_assert!(s3.schedule.is_empty());

    // Once the first of them fires, it never comes back.
    if let Some(first) = got2.reminders.first() {
        let now3 = first.fire_at;
        let held4 = still_held(&held3, &got2.reminders, now3);
        let s4 = ledger.sync(&plans, &settings, zone2, &watches, now3, limit, &held4);
        prop_assert!(
            by_id(&s4.schedule, &first.id).is_none(),
            "{} again",
            &first.id
        );
        let full4 = pending(
            &plans,
            &settings,
            zone2,
            &watches,
            &ledger,
            now3,
            usize::MAX,
        );
        prop_assert!(
            by_id(&full4.reminders, &first.id).is_none(),
            "{} again",
            &first.id
        );
    }
    Ok(())
}

proptest! {
    // No regression file: the scenarios above pin every failure found so far.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    })]

    #[test]
    fn reminders_hold_across_zones_dst_and_syncs(case in case_strategy()) {
        run_case(&case)?;
    }
}

/// Limit 0, no plans, no categories, far-away "now": nothing panics and nothing is listed.
#[test]
fn degenerate_inputs() {
    let settings = PatientSettings::default();
    let now = berlin("2026-11-21 10:00");
    for zone in ZONES {
        let mut ledger = ReminderLedger::new();
        let p = pending(&[], &settings, zone, &[], &ledger, now, 0);
        assert!(p.reminders.is_empty());
        assert_eq!(p.refresh_at, now + HORIZON - REFRESH_LEAD);
        let s = ledger.sync(&[], &settings, zone, &[], now, 64, &["x#1".to_string()]);
        assert_eq!(s.cancel, ["x#1"]);
        assert!(s.schedule.is_empty());
        let plans = [plan("microneedling", now, 1, None, &settings)];
        let far = now + TimeDelta::days(3000);
        let p = pending(&plans, &settings, zone, &[], &ledger, far, 64);
        assert!(p.reminders.is_empty());
        let before = now - TimeDelta::days(3000);
        let p = pending(&plans, &settings, zone, &[], &ledger, before, 64);
        assert!(p.reminders.is_empty());
        assert_eq!(p.refresh_at, before + HORIZON - REFRESH_LEAD);
    }
}

// ---------------------------------------------------------------------------------------------
// The notification's "Snooze" button, through the bindings' object
// ---------------------------------------------------------------------------------------------

#[test]
fn snooze_from_a_notification_puts_the_reminder_off_by_the_cores_hour() {
    use aftercare_core::ffi::NewSessionInput;
    use aftercare_core::journal::SessionStatus;

    let dir = tempfile::tempdir().unwrap();
    let ended = berlin("2026-11-21 09:00");
    let companion = aftercare_core::AftercareCompanion::open(
        dir.path().join("journal.db").display().to_string(),
        None,
        ended,
    )
    .unwrap();
    companion
        .add_session(
            NewSessionInput {
                protocol_id: "microneedling".into(),
                protocol_version: None,
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(ended),
                zone: "Europe/Berlin".into(),
            },
            ended,
        )
        .unwrap();
    let now = ended + TimeDelta::hours(2);
    let first = companion
        .sync_reminders(now, "Europe/Berlin".into(), Vec::new(), 64)
        .unwrap();
    let held: Vec<String> = first.schedule.iter().map(|r| r.os_id.clone()).collect();
    let reminder = first.schedule[0].clone();
    // It fired; the patient pressed "Snooze" a minute later.
    let pressed = reminder.fire_at + TimeDelta::minutes(1);
    let until = companion
        .snooze_reminder(reminder.id.clone(), pressed)
        .unwrap();
    assert_eq!(until, pressed + aftercare_core::reminder::SNOOZE);
    let again = companion
        .sync_reminders(pressed, "Europe/Berlin".into(), held, 64)
        .unwrap();
    let back: Vec<_> = again
        .schedule
        .iter()
        .filter(|r| r.id == reminder.id)
        .collect();
    assert_eq!(back.len(), 1, "comes back once: {:?}", again.schedule);
    assert!(back[0].fire_at >= until);
    // A done reminder cannot be snoozed; an unknown id is refused, not a crash.
    companion
        .respond_to_reminder(
            reminder.id.clone(),
            aftercare_core::ffi::ReminderResponse::Done,
            pressed,
        )
        .unwrap();
    assert!(
        companion
            .snooze_reminder(reminder.id.clone(), pressed)
            .is_err()
    );
    assert!(companion.snooze_reminder(String::new(), pressed).is_err());
}
