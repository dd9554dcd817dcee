//! Triage: every red-flag example from the clinical rules, the watch reasons, the localized view
//! and properties over random symptom logs on every built-in protocol.
//!
//! Times are written as offsets from the end of the session, the way the clinical rules give them.

use std::sync::Arc;

use aftercare_core::triage::{
    Assessment, AssessmentView, CLOCK_SLACK, END_TOLERANCE, FlagStatus, ReasonKind, TriageLevel,
    WATCH_FOR, assess,
};
use aftercare_core::{
    BodyArea, Catalog, Locale, PlanOptions, Protocol, RecoveryPlan, RuleKind, SymptomEntry,
    SymptomKind, TreatmentSession,
};
use chrono::{DateTime, NaiveDateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

const BERLIN: Tz = chrono_tz::Europe::Berlin;
const BUILTIN: [&str; 4] = [
    "microneedling",
    "microneedling-prp",
    "rf-microneedling",
    "at-home-roller",
];

fn ended() -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str("2026-05-04 18:00", "%Y-%m-%d %H:%M").unwrap();
    BERLIN
        .from_local_datetime(&naive)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn protocol(id: &str) -> Arc<Protocol> {
    Catalog::builtin()
        .get(id, None)
        .unwrap_or_else(|| panic!("no built-in protocol {id}"))
        .clone()
}

fn plan_numbered(id: &str, number: u32) -> RecoveryPlan {
    let protocol = protocol(id);
    let session = TreatmentSession {
        protocol: protocol.reference(),
        ended_at: ended(),
        zone: BERLIN,
        number,
    };
    RecoveryPlan::new(protocol, session, PlanOptions::default()).expect("valid plan")
}

fn plan(id: &str) -> RecoveryPlan {
    plan_numbered(id, 1)
}

fn minutes(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

fn hours(h: i64) -> TimeDelta {
    TimeDelta::hours(h)
}

fn days(d: i64) -> TimeDelta {
    TimeDelta::days(d)
}

/// An entry `after` the end of the session.
fn entry(
    id: i64,
    kind: SymptomKind,
    severity: u8,
    after: TimeDelta,
    area: BodyArea,
) -> SymptomEntry {
    SymptomEntry {
        id,
        session_id: 1,
        kind,
        severity,
        observed_at: ended() + after,
        area,
        note: String::new(),
        yes_no: false,
        temperature: None,
    }
}

fn on_cheeks(id: i64, kind: SymptomKind, severity: u8, after: TimeDelta) -> SymptomEntry {
    entry(id, kind, severity, after, BodyArea::Cheeks)
}

/// The assessment `now_after` the end of the session.
fn assess_after(plan: &RecoveryPlan, entries: &[SymptomEntry], now_after: TimeDelta) -> Assessment {
    assess(plan, entries, ended() + now_after)
}

/// The red flags raised, as (rule id, level, entry ids), in assessment order.
fn flags(assessment: &Assessment) -> Vec<(&str, TriageLevel, Vec<i64>)> {
    assessment
        .reasons
        .iter()
        .filter(|r| r.kind == ReasonKind::RedFlag)
        .map(|r| {
            (
                r.rule_id.as_deref().expect("red flags name their rule"),
                r.level,
                r.entry_ids.clone(),
            )
        })
        .collect()
}

fn flag_ids(assessment: &Assessment) -> Vec<&str> {
    flags(assessment).into_iter().map(|(id, _, _)| id).collect()
}

use SymptomKind::*;

// ---- Red flags, pattern "worsening" ----

#[test]
fn redness_rising_after_two_days_is_worsening() {
    let entries = [
        on_cheeks(1, Redness, 4, hours(12)),
        on_cheeks(2, Redness, 6, hours(60)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(61));
    assert_eq!(a.level, TriageLevel::ContactProvider);
    // The baseline comes first, then the entry that is worse than it.
    assert_eq!(
        flags(&a),
        vec![(
            "flag-redness-worsening",
            TriageLevel::ContactProvider,
            vec![1, 2]
        )]
    );
}

#[test]
fn redness_falling_is_not_worsening() {
    let entries = [
        on_cheeks(1, Redness, 6, hours(12)),
        on_cheeks(2, Redness, 4, hours(60)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(61));
    assert!(flags(&a).is_empty(), "{a:?}");
    assert!(a.level <= TriageLevel::Watch, "{a:?}");
}

#[test]
fn equal_redness_is_not_worsening() {
    let entries = [
        on_cheeks(1, Redness, 5, hours(50)),
        on_cheeks(2, Redness, 5, hours(70)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(71));
    assert!(!flag_ids(&a).contains(&"flag-redness-worsening"), "{a:?}");
}

#[test]
fn a_first_report_has_no_baseline_and_is_not_worsening() {
    let entries = [on_cheeks(1, Redness, 9, hours(60))];
    let a = assess_after(&plan("microneedling"), &entries, hours(61));
    assert!(!flag_ids(&a).contains(&"flag-redness-worsening"), "{a:?}");
}

#[test]
fn rising_inside_the_first_two_days_is_not_the_worsening_flag() {
    let entries = [
        on_cheeks(1, Redness, 2, hours(2)),
        on_cheeks(2, Redness, 5, hours(30)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(31));
    assert_eq!(a.level, TriageLevel::Normal, "{a:?}");
}

#[test]
fn increasing_warmth_is_urgent() {
    let entries = [
        on_cheeks(1, Warmth, 3, hours(12)),
        on_cheeks(2, Warmth, 5, hours(30)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(31));
    assert_eq!(a.level, TriageLevel::Urgent);
    assert_eq!(
        flags(&a),
        vec![(
            "flag-increasing-warmth-pain",
            TriageLevel::Urgent,
            vec![1, 2]
        )]
    );
}

#[test]
fn warmth_and_pain_are_compared_kind_by_kind() {
    // Pain 4 is not "more" than warmth 3 in any useful sense; each kind needs its own baseline.
    let entries = [
        on_cheeks(1, Warmth, 3, hours(12)),
        on_cheeks(2, Pain, 4, hours(30)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(31));
    assert!(flag_ids(&a).is_empty(), "{a:?}");
    let rising_pain = [
        on_cheeks(1, Warmth, 5, hours(12)),
        on_cheeks(2, Pain, 2, hours(20)),
        on_cheeks(3, Pain, 4, hours(30)),
    ];
    let a = assess_after(&plan("microneedling"), &rising_pain, hours(31));
    assert_eq!(
        flags(&a),
        vec![(
            "flag-increasing-warmth-pain",
            TriageLevel::Urgent,
            vec![2, 3]
        )]
    );
}

#[test]
fn worsening_is_a_rise_from_the_lowest_point_and_names_it_first() {
    let entries = [
        on_cheeks(1, Redness, 3, hours(6)),
        on_cheeks(2, Redness, 5, hours(20)),
        on_cheeks(3, Redness, 4, hours(50)),
        on_cheeks(4, Redness, 6, hours(60)),
        on_cheeks(5, Redness, 7, hours(70)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(71));
    // 4 is only 1 above the lowest (3); 6 is 3 above it, inside the window and at least 4;
    // 7 sustains it. 5 came before the window opened.
    assert_eq!(
        flags(&a),
        vec![(
            "flag-redness-worsening",
            TriageLevel::ContactProvider,
            vec![1, 4, 5]
        )]
    );
}

#[test]
fn a_rise_after_improvement_is_worsening() {
    // The usual course of an infection: better, then worse again, never above the first score.
    let entries = [
        on_cheeks(1, Pain, 6, hours(2)),
        on_cheeks(2, Pain, 2, hours(30)),
        on_cheeks(3, Pain, 5, hours(70)),
    ];
    let a = assess_after(&plan("microneedling"), &entries, hours(71));
    assert_eq!(
        flags(&a),
        vec![(
            "flag-increasing-warmth-pain",
            TriageLevel::Urgent,
            vec![2, 3]
        )]
    );
}

#[test]
fn a_one_point_rise_or_a_rise_below_the_minimum_is_not_worsening() {
    let p = plan("microneedling");
    for (low, high) in [(1, 2), (2, 3), (1, 3), (4, 5), (0, 1)] {
        let entries = [
            on_cheeks(1, Pain, low, hours(30)),
            on_cheeks(2, Pain, high, hours(40)),
        ];
        let a = assess_after(&p, &entries, hours(41));
        assert!(flag_ids(&a).is_empty(), "{low} → {high}: {a:?}");
        assert!(a.level <= TriageLevel::Watch);
    }
}

#[test]
fn a_backdated_higher_entry_does_not_hide_a_rise() {
    // The rise is measured from the lowest point, so remembering a worse first evening does not
    // turn a later rise into an improvement.
    let mut entries = vec![
        on_cheeks(1, Redness, 4, hours(12)),
        on_cheeks(2, Redness, 6, hours(60)),
    ];
    let p = plan("microneedling");
    assert_eq!(
        assess_after(&p, &entries, hours(61)).level,
        TriageLevel::ContactProvider
    );
    entries.push(on_cheeks(3, Redness, 8, hours(1)));
    let a = assess_after(&p, &entries, hours(61));
    assert_eq!(flag_ids(&a), vec!["flag-redness-worsening"]);
    assert_eq!(a.level, TriageLevel::ContactProvider);
}

// ---- Red flags, pattern "present" ----

#[test]
fn redness_after_five_days_is_persisting() {
    let entries = [on_cheeks(1, Redness, 2, days(6))];
    let a = assess_after(&plan("microneedling"), &entries, days(6) + hours(1));
    assert_eq!(
        flags(&a),
        vec![(
            "flag-redness-persisting",
            TriageLevel::ContactProvider,
            vec![1]
        )]
    );
    assert_eq!(a.level, TriageLevel::ContactProvider);
}

#[test]
fn fever_at_any_severity_is_urgent() {
    for severity in 1..=10 {
        let entries = [on_cheeks(1, Fever, severity, hours(20))];
        let a = assess_after(&plan("microneedling"), &entries, hours(21));
        assert_eq!(a.level, TriageLevel::Urgent, "severity {severity}");
        assert_eq!(
            flags(&a),
            vec![("flag-fever", TriageLevel::Urgent, vec![1])]
        );
    }
}

#[test]
fn pus_is_urgent() {
    let entries = [on_cheeks(7, PusDrainage, 2, days(3))];
    let a = assess_after(&plan("microneedling"), &entries, days(3));
    assert_eq!(a.level, TriageLevel::Urgent);
    assert_eq!(flags(&a), vec![("flag-pus", TriageLevel::Urgent, vec![7])]);
}

#[test]
fn severe_pain_is_urgent_from_seven() {
    let p = plan("microneedling");
    let a = assess_after(&p, &[on_cheeks(1, Pain, 7, hours(3))], hours(4));
    assert_eq!(a.level, TriageLevel::Urgent);
    assert_eq!(
        flags(&a),
        vec![("flag-severe-pain", TriageLevel::Urgent, vec![1])]
    );
    // Pain 6 is not severe pain; as pain no window expects, it is a strong unexpected symptom.
    let a = assess_after(&p, &[on_cheeks(1, Pain, 6, hours(3))], hours(4));
    assert!(a.level < TriageLevel::Urgent, "{a:?}");
    assert_eq!(flag_ids(&a), vec!["flag-unexpected-strong"]);
}

#[test]
fn blisters_near_the_lips_raise_both_blister_flags() {
    let p = plan("microneedling");
    let lips = [entry(1, Blisters, 3, hours(30), BodyArea::LipsMouth)];
    let a = assess_after(&p, &lips, hours(31));
    assert_eq!(a.level, TriageLevel::ContactProvider);
    // Same level: ordered by rule id.
    assert_eq!(
        flags(&a),
        vec![
            ("flag-blisters", TriageLevel::ContactProvider, vec![1]),
            ("flag-cold-sore", TriageLevel::ContactProvider, vec![1]),
        ]
    );
    let cheeks = [on_cheeks(1, Blisters, 3, hours(30))];
    let a = assess_after(&p, &cheeks, hours(31));
    assert_eq!(flag_ids(&a), vec!["flag-blisters"]);
}

#[test]
fn itching_from_five_is_strong_and_hives_at_any_score() {
    let p = plan("microneedling");
    let a = assess_after(&p, &[on_cheeks(1, Itching, 5, days(2))], days(2));
    assert_eq!(flag_ids(&a), vec!["flag-strong-itching"]);
    assert_eq!(a.level, TriageLevel::ContactProvider);
    let a = assess_after(&p, &[on_cheeks(1, Itching, 4, days(2))], days(2));
    assert!(flag_ids(&a).is_empty());
    assert_eq!(
        a.level,
        TriageLevel::Watch,
        "itching above the mild itch of healing"
    );
    let a = assess_after(&p, &[on_cheeks(1, Itching, 3, days(2))], days(2));
    assert_eq!(a.level, TriageLevel::Normal, "mild itch is part of healing");
    for severity in 1..=10 {
        let a = assess_after(&p, &[on_cheeks(1, HivesRash, severity, days(2))], days(2));
        assert!(flag_ids(&a).contains(&"flag-rash-hives"), "{severity}");
        assert!(a.level >= TriageLevel::ContactProvider);
    }
}

#[test]
fn bumps_are_a_late_flag_only_after_two_weeks() {
    let p = plan("microneedling");
    let late = [on_cheeks(1, Bumps, 3, days(21))];
    let a = assess_after(&p, &late, days(21) + hours(2));
    assert_eq!(flag_ids(&a), vec!["flag-late-bumps"]);
    assert_eq!(a.level, TriageLevel::ContactProvider);

    let early = [on_cheeks(1, Bumps, 3, days(3))];
    let a = assess_after(&p, &early, days(3) + hours(2));
    assert!(flag_ids(&a).is_empty(), "{a:?}");
    assert_eq!(a.level, TriageLevel::Watch);
    assert_eq!(a.reasons.len(), 1);
    assert_eq!(a.reasons[0].kind, ReasonKind::Unexpected);
    assert_eq!(a.reasons[0].entry_ids, vec![1]);
    assert_eq!(a.reasons[0].rule_id, None);
}

#[test]
fn only_light_bleeding_is_expected_and_heavy_bleeding_is_urgent_from_the_first_minute() {
    let p = plan("microneedling");
    let a = assess_after(&p, &[on_cheeks(1, Bleeding, 3, minutes(10))], minutes(20));
    assert_eq!(a, Assessment::default());
    // The example from the clinical review: ended 10:00, bleeding 9/10 at 10:40.
    let a = assess_after(&p, &[on_cheeks(1, Bleeding, 9, minutes(40))], minutes(40));
    assert_eq!(
        flags(&a),
        vec![("flag-bleeding", TriageLevel::Urgent, vec![1])]
    );
    // More than pinpoint but not heavy, inside the window: watch.
    let a = assess_after(&p, &[on_cheeks(1, Bleeding, 4, minutes(10))], minutes(20));
    assert_eq!(a.level, TriageLevel::Watch);
    // A small spot hours later is not urgent.
    let a = assess_after(&p, &[on_cheeks(1, Bleeding, 1, hours(5))], hours(5));
    assert_eq!(a.level, TriageLevel::Watch);
    assert!(flag_ids(&a).is_empty());
}

#[test]
fn severity_zero_never_raises_anything() {
    for id in BUILTIN {
        let p = plan(id);
        let mut entries = Vec::new();
        let mut next = 0;
        for kind in SymptomKind::ALL {
            for area in BodyArea::ALL {
                for after in [minutes(5), hours(30), days(6), days(21)] {
                    next += 1;
                    entries.push(entry(next, kind, 0, after, area));
                }
            }
        }
        let a = assess_after(&p, &entries, days(22));
        assert_eq!(a, Assessment::default(), "{id}");
    }
}

#[test]
fn entries_after_now_are_ignored_and_entries_before_the_session_are_listed() {
    let p = plan("microneedling");
    let later = [on_cheeks(1, Fever, 5, hours(10))];
    assert_eq!(assess_after(&p, &later, hours(9)), Assessment::default());
    // A few minutes ahead (clock skew the journal accepts) already counts.
    let skewed = [on_cheeks(1, Fever, 5, hours(9) + minutes(5))];
    assert_eq!(
        assess_after(&p, &skewed, hours(9)).level,
        TriageLevel::Urgent
    );
    let before = [
        on_cheeks(1, Fever, 5, -minutes(61)),
        on_cheeks(2, Pain, 9, -hours(3)),
    ];
    let a = assess_after(&p, &before, hours(9));
    assert_eq!(a.level, TriageLevel::Normal);
    assert!(a.reasons.is_empty() && a.episodes.is_empty());
    let ids: Vec<i64> = a.not_assessed.iter().map(|n| n.entry_id).collect();
    assert_eq!(ids, vec![1, 2]);
    let view = AssessmentView::new(&p, &a, &before, Locale::En, BERLIN);
    assert_eq!(view.not_assessed, vec![1, 2]);
    let note = view.not_assessed_note.expect("the view says why");
    assert!(
        note.starts_with("2 entries are dated more than an hour before your session ended"),
        "{note}"
    );
    // Within the hour before the recorded end (typed or rounded): judged as at the end.
    for early in [minutes(1), minutes(30), END_TOLERANCE] {
        let near = [on_cheeks(1, Fever, 5, -early)];
        let a = assess_after(&p, &near, hours(9));
        assert_eq!(a.level, TriageLevel::Urgent, "{early}");
        assert!(a.not_assessed.is_empty());
    }
    // Exactly at the end of the session and exactly now both count.
    let edges = [on_cheeks(1, Fever, 5, TimeDelta::zero())];
    assert_eq!(
        assess_after(&p, &edges, TimeDelta::zero()).level,
        TriageLevel::Urgent
    );
    // An entry before the session is no baseline either.
    let baseline_before = [
        on_cheeks(1, Redness, 1, -hours(2)),
        on_cheeks(2, Redness, 4, hours(60)),
    ];
    let a = assess_after(&p, &baseline_before, hours(61));
    assert!(!flag_ids(&a).contains(&"flag-redness-worsening"), "{a:?}");
}

#[test]
fn prp_swelling_is_persisting_only_after_seven_days() {
    let p = plan("microneedling-prp");
    let a = assess_after(&p, &[on_cheeks(1, Swelling, 3, days(6))], days(6));
    assert!(!flag_ids(&a).contains(&"flag-swelling-persisting"), "{a:?}");
    assert_eq!(
        a.level,
        TriageLevel::Normal,
        "swelling is expected for 7 days after PRP"
    );
    let a = assess_after(&p, &[on_cheeks(1, Swelling, 3, days(8))], days(8));
    assert_eq!(flag_ids(&a), vec!["flag-swelling-persisting"]);
    assert_eq!(a.level, TriageLevel::ContactProvider);
    // Plain microneedling flags it from day 5.
    let a = assess_after(
        &plan("microneedling"),
        &[on_cheeks(1, Swelling, 3, days(6))],
        days(6),
    );
    assert_eq!(flag_ids(&a), vec!["flag-swelling-persisting"]);
}

#[test]
fn open_windows_do_not_end_at_the_plan_horizon() {
    let p = plan("at-home-roller");
    let after_horizon = p.horizon - ended() + days(3);
    let a = assess_after(&p, &[on_cheeks(1, Fever, 2, after_horizon)], after_horizon);
    assert_eq!(flag_ids(&a), vec!["flag-fever"]);
    assert_eq!(a.level, TriageLevel::Urgent);
}

#[test]
fn protocol_variants_use_their_own_flags() {
    let rf = plan("rf-microneedling");
    let a = assess_after(&rf, &[on_cheeks(1, Burning, 6, hours(30))], hours(30));
    assert_eq!(flag_ids(&a), vec!["rf-flag-burn"]);
    // A burn on day 0 is not "normal stinging".
    let a = assess_after(&rf, &[on_cheeks(1, Burning, 7, hours(2))], hours(2));
    assert_eq!(flag_ids(&a), vec!["rf-flag-burn"]);
    let a = assess_after(&rf, &[on_cheeks(1, Burning, 5, hours(2))], hours(2));
    assert_eq!(a.level, TriageLevel::Normal);
    let roller = plan("at-home-roller");
    // Warm skin in the first days is normal; still warm after them is not.
    let a = assess_after(&roller, &[on_cheeks(1, Warmth, 1, hours(13))], hours(13));
    assert_eq!(a.level, TriageLevel::Normal);
    let a = assess_after(&roller, &[on_cheeks(1, Warmth, 1, hours(80))], hours(80));
    assert_eq!(flag_ids(&a), vec!["roller-flag-warmth"]);
}

// ---- Watch reasons ----

#[test]
fn strong_expected_symptoms_are_watched() {
    let p = plan("microneedling");
    let a = assess_after(&p, &[on_cheeks(1, Redness, 7, hours(6))], hours(7));
    assert_eq!(a.level, TriageLevel::Watch);
    assert_eq!(a.reasons.len(), 1);
    assert_eq!(a.reasons[0].kind, ReasonKind::StrongExpected);
    assert_eq!(a.reasons[0].level, TriageLevel::Watch);
    assert_eq!(a.reasons[0].entry_ids, vec![1]);
    assert_eq!(a.watch_until, Some(ended() + hours(7) + WATCH_FOR));
    let watch = a.watch().expect("a watch opens");
    assert_eq!(watch.from, ended() + hours(7));
    assert_eq!(watch.until, ended() + hours(7) + hours(48));
    assert!(!watch.urgent);

    let mild = assess_after(&p, &[on_cheeks(1, Redness, 5, hours(6))], hours(7));
    assert_eq!(mild, Assessment::default());
    assert_eq!(mild.watch(), None);
}

#[test]
fn watch_reasons_look_back_three_days() {
    let p = plan("microneedling");
    let entries = [on_cheeks(1, Bumps, 2, days(3))];
    assert_eq!(
        assess_after(&p, &entries, days(6) - minutes(1)).level,
        TriageLevel::Watch
    );
    assert_eq!(
        assess_after(&p, &entries, days(6) + minutes(1)).level,
        TriageLevel::Normal
    );
}

#[test]
fn watch_reasons_group_entries_by_symptom_and_skip_flagged_symptoms() {
    let p = plan("microneedling");
    let entries = [
        on_cheeks(1, Bumps, 2, hours(50)),
        on_cheeks(2, Itching, 2, hours(51)),
        on_cheeks(3, Bumps, 3, hours(52)),
        on_cheeks(4, Itching, 6, hours(53)),
    ];
    let a = assess_after(&p, &entries, hours(54));
    assert_eq!(a.level, TriageLevel::ContactProvider);
    let summary: Vec<_> = a
        .reasons
        .iter()
        .map(|r| (r.level, r.kind, r.rule_id.as_deref(), r.entry_ids.clone()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                TriageLevel::ContactProvider,
                ReasonKind::RedFlag,
                Some("flag-strong-itching"),
                vec![4]
            ),
            // Itching 2 is not repeated as "worth watching": the rash flag speaks about itching.
            (TriageLevel::Watch, ReasonKind::Unexpected, None, vec![1, 3]),
        ]
    );
}

#[test]
fn reasons_are_ordered_by_level_then_rule_id() {
    let p = plan("microneedling");
    let entries = [
        on_cheeks(1, Itching, 6, hours(20)),
        on_cheeks(2, Bumps, 1, hours(21)),
        on_cheeks(3, Fever, 1, hours(22)),
        on_cheeks(4, Blisters, 4, hours(23)),
        on_cheeks(5, Pain, 8, hours(24)),
    ];
    let a = assess_after(&p, &entries, hours(25));
    let order: Vec<_> = a
        .reasons
        .iter()
        .map(|r| (r.level, r.rule_id.as_deref()))
        .collect();
    assert_eq!(
        order,
        vec![
            (TriageLevel::Urgent, Some("flag-fever")),
            (TriageLevel::Urgent, Some("flag-severe-pain")),
            (TriageLevel::ContactProvider, Some("flag-blisters")),
            // Itching 6 is also a strong symptom no window expects: said once, by its own flag.
            (TriageLevel::ContactProvider, Some("flag-strong-itching")),
            (TriageLevel::Watch, None),
        ]
    );
    assert!(a.watch().unwrap().urgent);
}

#[test]
fn the_order_of_entries_does_not_matter() {
    let p = plan("microneedling");
    let mut entries = vec![
        on_cheeks(1, Redness, 3, hours(10)),
        on_cheeks(2, Redness, 5, hours(50)),
        on_cheeks(3, Bumps, 2, hours(55)),
        on_cheeks(4, Pain, 7, hours(56)),
    ];
    let a = assess_after(&p, &entries, hours(60));
    entries.reverse();
    assert_eq!(assess_after(&p, &entries, hours(60)), a);
}

// ---- The view ----

#[test]
fn the_view_speaks_each_level_in_english_and_spanish() {
    let p = plan("microneedling");
    let cases = [
        (
            vec![],
            "Nothing logged yet. Log how your skin feels once a day.",
            "Keep following your aftercare plan.",
        ),
        (
            vec![on_cheeks(1, Redness, 3, hours(30))],
            "Everything you logged looks like normal healing.",
            "Keep following your aftercare plan.",
        ),
        (
            vec![on_cheeks(1, Bumps, 2, hours(50))],
            "Keep an eye on this",
            "Keep logging once a day. If it gets worse, contact your provider.",
        ),
        (
            vec![on_cheeks(1, Blisters, 2, hours(50))],
            "Contact your provider today",
            "Let your provider know today; if your clinic is closed, contact them when it opens. If it gets worse before then, get help now.",
        ),
        (
            vec![on_cheeks(1, Fever, 2, hours(50))],
            "Contact your provider now",
            "Call your clinic now. If it is closed or no one answers, go to urgent care. In an emergency, call 112.",
        ),
        (
            vec![on_cheeks(1, TroubleBreathing, 2, hours(50))],
            "Call emergency services now: 112",
            "Call 112 now, or ask someone near you to call. Tell them you had a skin treatment and what you noticed.",
        ),
    ];
    for (entries, headline, advice) in cases {
        let a = assess_after(&p, &entries, hours(51));
        let en = AssessmentView::new(&p, &a, &entries, Locale::En, BERLIN);
        assert_eq!(en.headline, headline);
        assert_eq!(en.advice, advice);
        assert_eq!(en.level, a.level);
        assert_eq!(en.watch_until.is_some(), a.level >= TriageLevel::Watch);
        assert!(en.disclaimer.contains("not a doctor"));
        let es = AssessmentView::new(&p, &a, &entries, Locale::Es, BERLIN);
        assert_ne!(es.headline, en.headline);
        assert_ne!(es.advice, en.advice);
        // Urgent and emergency advice say what to do when the clinic cannot be reached.
        assert_eq!(
            es.advice.contains("112"),
            es.level >= TriageLevel::Urgent,
            "{}",
            es.advice
        );
        assert_eq!(en.emergency_number, "112");
    }
}

#[test]
fn the_view_names_rules_symptoms_and_areas() {
    let p = plan("microneedling");
    let entries = [
        entry(1, Blisters, 3, hours(30), BodyArea::LipsMouth),
        on_cheeks(2, Bumps, 2, hours(31)),
        on_cheeks(3, Redness, 8, hours(32)),
    ];
    let a = assess_after(&p, &entries, hours(33));
    let view = AssessmentView::new(&p, &a, &entries, Locale::En, BERLIN);
    let titles: Vec<_> = view.reasons.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Blisters on the treated area",
            "Clustered blisters near your lips",
            "Bumps: not usually expected at this point",
            "Strong redness",
        ]
    );
    let blister = &view.reasons[0].entries[0];
    assert_eq!(blister.id, 1);
    assert_eq!(blister.symptom, "Blisters");
    assert_eq!(blister.area_name, "Lips and mouth");
    assert_eq!(blister.severity, 3);
    assert_eq!(blister.observed.text, "Wed 6 May, 00:00");
    assert_eq!(
        view.reasons[0].detail.as_deref(),
        Some("Let your provider know today.")
    );

    let es = AssessmentView::new(&p, &a, &entries, Locale::Es, BERLIN);
    let titles: Vec<_> = es.reasons.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles[2], "No es habitual en este momento: protuberancias");
    assert_eq!(titles[3], "Enrojecimiento de intensidad alta");
    assert_eq!(es.reasons[0].entries[0].area_name, "Labios y boca");
}

#[test]
fn the_view_never_repeats_the_patients_note() {
    let p = plan("microneedling");
    let mut e = on_cheeks(1, Fever, 4, hours(20));
    e.note = "PRIVATE-NOTE-TEXT".to_string();
    let entries = [e];
    let a = assess_after(&p, &entries, hours(21));
    for locale in Locale::ALL {
        let view = AssessmentView::new(&p, &a, &entries, locale, BERLIN);
        let json = serde_json::to_string(&view).unwrap();
        assert!(!json.contains("PRIVATE-NOTE-TEXT"));
        assert!(json.contains("\"level\":\"urgent\""));
        assert!(json.contains("\"kind\":\"red_flag\""));
    }
}

#[test]
fn every_symptom_and_area_has_a_name_in_every_locale() {
    let texts = aftercare_core::text::builtin();
    for locale in Locale::ALL {
        for kind in SymptomKind::ALL {
            assert!(
                texts.has(locale, &format!("symptom-{}", kind.code()), None),
                "{locale} {kind:?}"
            );
        }
        for area in BodyArea::ALL {
            assert!(
                texts.has(locale, &format!("area-{}", area.code()), None),
                "{locale} {area:?}"
            );
        }
        for level in TriageLevel::ALL {
            for key in ["triage-headline", "triage-advice"] {
                assert!(texts.has(locale, &format!("{key}-{}", level.code()), None));
            }
        }
    }
}

// ---- Properties over random logs ----

/// (kind, severity, area, minutes after the session)
type Raw = (usize, u8, usize, i64);

fn raw_entry() -> impl Strategy<Value = Raw> {
    (
        0..SymptomKind::ALL.len(),
        0u8..=10,
        0..BodyArea::ALL.len(),
        0i64..30 * 24 * 60,
    )
}

fn build(raw: &[Raw]) -> Vec<SymptomEntry> {
    raw.iter()
        .enumerate()
        .map(|(i, &(kind, severity, area, after))| {
            entry(
                i as i64 + 1,
                SymptomKind::ALL[kind],
                severity,
                minutes(after),
                BodyArea::ALL[area],
            )
        })
        .collect()
}

fn check_invariants(
    p: &RecoveryPlan,
    entries: &[SymptomEntry],
    now: DateTime<Utc>,
    a: &Assessment,
) -> Result<(), TestCaseError> {
    let max = a
        .reasons
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(TriageLevel::Normal);
    prop_assert_eq!(a.level, max);
    prop_assert_eq!(a.watch_until.is_some(), a.level >= TriageLevel::Watch);
    prop_assert!(a.reasons.windows(2).all(|w| w[0].level >= w[1].level));
    for reason in &a.reasons {
        prop_assert!(!reason.entry_ids.is_empty());
        prop_assert_eq!(reason.rule_id.is_some(), reason.kind == ReasonKind::RedFlag);
        // A red flag counts at its own level only while active; otherwise as a watch.
        let expected = if reason.kind == ReasonKind::RedFlag && reason.status == FlagStatus::Active
        {
            reason.flag_level
        } else {
            TriageLevel::Watch
        };
        prop_assert_eq!(reason.level, expected);
        prop_assert!(matches!(
            reason.status,
            FlagStatus::Active | FlagStatus::Contacted | FlagStatus::Earlier
        ));
        for id in &reason.entry_ids {
            let e = entries.iter().find(|e| e.id == *id);
            prop_assert!(e.is_some(), "unknown entry {}", id);
            let e = e.unwrap();
            prop_assert!(e.observed_at <= now + CLOCK_SLACK && e.observed_at >= p.session.ended_at);
        }
    }
    // Every entry before the end of the session is listed as not assessed, and only those.
    let mut before: Vec<i64> = entries
        .iter()
        .filter(|e| e.observed_at < p.session.ended_at)
        .map(|e| e.id)
        .collect();
    before.sort();
    let listed: Vec<i64> = a.not_assessed.iter().map(|n| n.entry_id).collect();
    prop_assert_eq!(listed, before);
    Ok(())
}

/// The red flag `rule_id` of a plan.
fn red_flag<'p>(plan: &'p RecoveryPlan, rule_id: &str) -> &'p aftercare_core::protocol::RedFlag {
    plan.rules()
        .find_map(|(_, rule)| match &rule.kind {
            RuleKind::RedFlag(flag) if rule.id == rule_id => Some(flag),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no red flag {rule_id}"))
}

/// Kinds of red-flag symptoms the plan watches.
fn red_flag_kinds(plan: &RecoveryPlan) -> Vec<SymptomKind> {
    let mut kinds: Vec<SymptomKind> = plan
        .rules()
        .filter_map(|(_, rule)| match &rule.kind {
            RuleKind::RedFlag(flag) => Some(flag.symptoms.clone()),
            _ => None,
        })
        .flatten()
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_logs_keep_the_invariants(
        protocol in 0..BUILTIN.len(),
        number in 1u32..=4,
        raw in prop::collection::vec(raw_entry(), 0..14),
        extra in raw_entry(),
        now_after in -24i64 * 60..35 * 24 * 60,
    ) {
        let p = plan_numbered(BUILTIN[protocol], number);
        let now = ended() + minutes(now_after);
        let entries = build(&raw);
        let a = assess(&p, &entries, now);
        check_invariants(&p, &entries, now, &a)?;

        // Deterministic and independent of the input order.
        prop_assert_eq!(&assess(&p, &entries, now), &a);
        let mut reversed = entries.clone();
        reversed.reverse();
        prop_assert_eq!(&assess(&p, &reversed, now), &a);

        let mut inserted = entries.clone();
        inserted.extend(build(&[extra]).into_iter().map(|mut e| { e.id = 1000; e }));
        let c = assess(&p, &inserted, now);
        check_invariants(&p, &inserted, now, &c)?;

        // The view builds in every locale and shows no raw message ids.
        for locale in Locale::ALL {
            let view = AssessmentView::new(&p, &a, &entries, locale, BERLIN);
            prop_assert_eq!(view.reasons.len(), a.reasons.len());
            prop_assert_eq!(view.episodes.len(), a.episodes.len());
            for reason in &view.reasons {
                prop_assert!(!reason.title.starts_with("triage-") && !reason.title.starts_with("flag-"));
                let unrendered = reason.title.contains('{');
                prop_assert!(!unrendered && !reason.status_label.starts_with("triage-"));
                for e in &reason.entries {
                    prop_assert!(!e.symptom.starts_with("symptom-") && !e.area_name.starts_with("area-"));
                }
            }
        }
    }

    /// Logging the latest entry more severely never makes the log look better.
    #[test]
    fn a_more_severe_latest_entry_never_lowers_the_level(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 0..14),
        extra in raw_entry(),
        more in 1u8..=10,
        now_extra in 0i64..5 * 24 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let entries = build(&raw);
        let latest = raw.iter().map(|r| r.3).max().unwrap_or(0);
        let mut last = extra;
        last.3 = last.3.max(latest);
        let now = ended() + minutes(last.3 + now_extra);
        let with = |severity: u8| {
            let mut all = entries.clone();
            let mut e = build(&[last]).remove(0);
            e.id = 1000;
            e.severity = severity;
            all.push(e);
            assess(&p, &all, now)
        };
        let lower = with(last.1);
        let higher = with(last.1.saturating_add(more).min(10));
        prop_assert!(
            higher.level >= lower.level,
            "{:?} at {} but {:?} at a higher severity", lower.level, last.1, higher.level
        );
    }

    /// After a red flag, two entries at 0 for each of its symptoms, a day apart, settle it: the
    /// log asks for no contact any more. One settles everything but the infection signs.
    #[test]
    fn zero_entries_after_a_flag_lower_it(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 1..14),
        gap in 1i64..24 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let entries = build(&raw);
        let latest = raw.iter().map(|r| r.3).max().unwrap_or(0);
        let now = ended() + minutes(latest + gap);
        let before = assess(&p, &entries, now);
        prop_assume!(before.level >= TriageLevel::ContactProvider);
        let zeros = |at: TimeDelta, offset: i64| {
            let mut zeros = Vec::new();
            for (n, kind) in red_flag_kinds(&p).into_iter().enumerate() {
                for area in [BodyArea::WholeArea, BodyArea::LipsMouth] {
                    let id = offset + 2 * n as i64 + i64::from(area == BodyArea::LipsMouth);
                    zeros.push(entry(id, kind, 0, at, area));
                }
            }
            // Flags limited to one area are settled by a 0 in that area.
            for e in entries.iter().filter(|e| e.severity > 0) {
                let mut zero = e.clone();
                zero.id += offset + 1000;
                zero.severity = 0;
                zero.observed_at = ended() + at;
                zeros.push(zero);
            }
            zeros
        };
        let mut once = entries.clone();
        once.extend(zeros(minutes(latest + gap), 2000));
        let after_one = assess(&p, &once, now);
        for reason in after_one.reasons.iter().filter(|r| r.level >= TriageLevel::ContactProvider) {
            let flag = red_flag(&p, reason.rule_id.as_deref().unwrap());
            prop_assert!(flag.clears_after.is_some(), "{:?} stayed after one 0", reason.rule_id);
        }
        let mut twice = once.clone();
        let day_later = minutes(latest + gap) + hours(24);
        twice.extend(zeros(day_later, 10_000));
        let after = assess(&p, &twice, ended() + day_later);
        prop_assert!(after.level < before.level, "{:?} stayed {:?}", before.level, after.level);
        prop_assert!(after.level <= TriageLevel::Watch);
    }

    /// A single low entry never ends an infection sign (fever, pus, spreading or rising
    /// redness, warmth, pain or swelling): paracetamol masks a fever for hours.
    #[test]
    fn a_single_low_entry_never_ends_an_infection_sign(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 1..14),
        after in 1i64..4 * 24 * 60,
        low in 0u8..=3,
    ) {
        let p = plan(BUILTIN[protocol]);
        let entries = build(&raw);
        let latest = raw.iter().map(|r| r.3).max().unwrap_or(0);
        let now = ended() + minutes(latest + 1);
        let before = assess(&p, &entries, now);
        for episode in before.episodes.iter().filter(|e| e.status == FlagStatus::Active) {
            let flag = red_flag(&p, &episode.rule_id);
            if flag.clears_after.is_none() {
                continue;
            }
            // Nothing of that symptom since its last evidence: the added entry is the only low one.
            if entries.iter().any(|e| e.kind == episode.symptom && e.observed_at > episode.last_evidence_at) {
                continue;
            }
            let area = entries.iter().find(|e| episode.entry_ids.contains(&e.id)).unwrap().area;
            let mut with_low = entries.clone();
            with_low.push(entry(9000, episode.symptom, low, minutes(latest + after), area));
            let a = assess(&p, &with_low, ended() + minutes(latest + after));
            let same = a.episodes.iter().find(|e| e.rule_id == episode.rule_id && e.started_at == episode.started_at && e.symptom == episode.symptom).unwrap();
            prop_assert_ne!(same.status, FlagStatus::Resolved, "{} settled by one entry at {}", episode.rule_id, low);
            prop_assert_eq!(same.resolved_by, None);
        }
    }

    /// A first report of a symptom (no earlier entry of it) can raise the level but never lower
    /// it, at any score and any time.
    #[test]
    fn a_first_report_never_lowers_the_level(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 0..14),
        first in raw_entry(),
        now_after in 0i64..35 * 24 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let kind = SymptomKind::ALL[first.0];
        let others: Vec<Raw> = raw.into_iter().filter(|r| SymptomKind::ALL[r.0] != kind).collect();
        let entries = build(&others);
        let now = ended() + minutes(now_after.max(first.3));
        let before = assess(&p, &entries, now);
        let mut with_first = entries.clone();
        with_first.extend(build(&[first]).into_iter().map(|mut e| { e.id = 7000; e }));
        let after = assess(&p, &with_first, now);
        prop_assert!(after.level >= before.level, "{:?} fell to {:?} with {:?} {}", before.level, after.level, kind, first.1);
    }

    /// Swelling of the lips, tongue or throat, trouble breathing and a change in vision are
    /// emergencies at any score, whatever else was logged, on every protocol, for three days
    /// (unless the patient logs the sign gone twice a day apart, which this log does not).
    #[test]
    fn an_emergency_kind_is_never_below_the_emergency_level(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 0..14),
        kind in prop::sample::select(vec![LipsTongueThroatSwelling, TroubleBreathing, VisionChange]),
        severity in 1u8..=10,
        area in 0..BodyArea::ALL.len(),
        at in 0i64..30 * 24 * 60,
        read_after in 0i64..72 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let others: Vec<Raw> = raw
            .into_iter()
            .filter(|r| SymptomKind::ALL[r.0] != kind || r.3 <= at)
            .collect();
        let mut entries = build(&others);
        entries.push(entry(8000, kind, severity, minutes(at), BodyArea::ALL[area]));
        let a = assess(&p, &entries, ended() + minutes(at + read_after));
        prop_assert_eq!(a.level, TriageLevel::Emergency);
        prop_assert!(a.watch().unwrap().urgent);
    }

    /// A measured temperature of 38.0 °C or more is urgent, whatever the yes/no answer.
    #[test]
    fn a_measured_fever_is_urgent(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 0..10),
        tenths in 380u16..=450,
        yes in any::<bool>(),
        at in 0i64..30 * 24 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let mut entries = build(&raw);
        let mut fever = entry(8000, Fever, if yes { aftercare_core::symptom::YES } else { 0 }, minutes(at), BodyArea::WholeArea);
        fever.yes_no = true;
        fever.temperature = Some(aftercare_core::Temperature { deci_celsius: tenths });
        entries.push(fever);
        let a = assess(&p, &entries, ended() + minutes(at));
        prop_assert!(a.level >= TriageLevel::Urgent, "{:?}", a.level);
        prop_assert!(flag_ids(&a).contains(&"flag-fever-measured") || a.level == TriageLevel::Emergency);
    }

    /// Entries dated before the session ended never raise anything; they are only listed.
    #[test]
    fn entries_before_the_session_never_raise_a_flag(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 0..10),
        early in prop::collection::vec((0..SymptomKind::ALL.len(), 1u8..=10, 61i64..7 * 24 * 60), 1..8),
        now_after in 0i64..35 * 24 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let now = ended() + minutes(now_after);
        let entries = build(&raw);
        let a = assess(&p, &entries, now);
        let mut with_early = entries.clone();
        for (i, &(kind, severity, before)) in early.iter().enumerate() {
            with_early.push(on_cheeks(5000 + i as i64, SymptomKind::ALL[kind], severity, -minutes(before)));
        }
        let b = assess(&p, &with_early, now);
        prop_assert_eq!(&b.reasons, &a.reasons);
        prop_assert_eq!(&b.episodes, &a.episodes);
        prop_assert_eq!(b.level, a.level);
        prop_assert_eq!(b.not_assessed.len(), early.len());
    }

    #[test]
    fn severity_zero_alone_is_normal(
        protocol in 0..BUILTIN.len(),
        raw in prop::collection::vec(raw_entry(), 0..20),
        now_after in 0i64..35 * 24 * 60,
    ) {
        let p = plan(BUILTIN[protocol]);
        let zeros: Vec<Raw> = raw.into_iter().map(|(k, _, a, t)| (k, 0, a, t)).collect();
        let a = assess(&p, &build(&zeros), ended() + minutes(now_after));
        prop_assert_eq!(a, Assessment::default());
    }
}
