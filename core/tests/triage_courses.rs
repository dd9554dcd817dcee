//! Courses of recovery as a patient would log them, over the four built-in protocols and series
//! of sessions, each with the level and the reasons a clinician expects. One row per course.
//!
//! Times are offsets from the end of the session the entry belongs to (the latest one unless a
//! course says otherwise); "now" is an offset from the end of the latest session.

use std::sync::Arc;

use aftercare_core::triage::{
    EarlierSession, FlagStatus, ProviderContact, ReasonKind, TriageInput, TriageLevel, assess_with,
};
use aftercare_core::{
    BodyArea, Catalog, PlanOptions, Protocol, RecoveryPlan, SymptomEntry, SymptomKind,
    TreatmentSession,
};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use BodyArea::{Cheeks, LipsMouth};
use FlagStatus::{Active, Contacted, Earlier};
use SymptomKind::*;
use TriageLevel::{ContactProvider, Normal, Urgent, Watch};

const MN: &str = "microneedling";
const PRP: &str = "microneedling-prp";
const RF: &str = "rf-microneedling";
const ROLLER: &str = "at-home-roller";

fn m(minutes: i64) -> TimeDelta {
    TimeDelta::minutes(minutes)
}
fn h(hours: i64) -> TimeDelta {
    TimeDelta::hours(hours)
}
fn d(days: i64) -> TimeDelta {
    TimeDelta::days(days)
}

/// One logged symptom: kind, severity, when (after the end of the latest session), where.
type Log = (SymptomKind, u8, TimeDelta, BodyArea);

struct Course {
    /// What happens, in words.
    name: &'static str,
    /// The sessions, oldest first: protocol and end, as an offset from the first one's end.
    sessions: &'static [(&'static str, i64)],
    /// The latest session's log.
    log: Vec<Log>,
    /// "I contacted my provider": the flag (or all), when (after the latest session's end).
    contacts: Vec<(Option<&'static str>, TimeDelta)>,
    /// When the log is read, after the end of the latest session.
    now: TimeDelta,
    /// The level a clinician expects.
    level: TriageLevel,
    /// The red flags expected among the current reasons, with where each stands.
    flags: Vec<(&'static str, FlagStatus)>,
    /// The watch reasons expected, by symptom.
    watch: Vec<SymptomKind>,
}

fn course(name: &'static str, protocol: &'static str) -> Course {
    // Leaked once per course: the table is static data for the test's lifetime.
    let sessions: &'static [(&'static str, i64)] = Box::leak(Box::new([(protocol, 0)]));
    Course {
        name,
        sessions,
        log: Vec::new(),
        contacts: Vec::new(),
        now: h(1),
        level: Normal,
        flags: Vec::new(),
        watch: Vec::new(),
    }
}

impl Course {
    fn series(mut self, sessions: &'static [(&'static str, i64)]) -> Course {
        self.sessions = sessions;
        self
    }
    fn log(mut self, kind: SymptomKind, severity: u8, after: TimeDelta) -> Course {
        self.log.push((kind, severity, after, Cheeks));
        self
    }
    fn log_at(
        mut self,
        kind: SymptomKind,
        severity: u8,
        after: TimeDelta,
        area: BodyArea,
    ) -> Course {
        self.log.push((kind, severity, after, area));
        self
    }
    fn contacted(mut self, rule: Option<&'static str>, after: TimeDelta) -> Course {
        self.contacts.push((rule, after));
        self
    }
    fn now(mut self, after: TimeDelta) -> Course {
        self.now = after;
        self
    }
    fn expect(mut self, level: TriageLevel) -> Course {
        self.level = level;
        self
    }
    fn flag(mut self, rule: &'static str, status: FlagStatus) -> Course {
        self.flags.push((rule, status));
        self
    }
    fn watching(mut self, kind: SymptomKind) -> Course {
        self.watch.push(kind);
        self
    }
}

fn first_end() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn protocol(id: &str) -> Arc<Protocol> {
    Catalog::builtin().get(id, None).unwrap().clone()
}

fn courses() -> Vec<Course> {
    const SERIES: &[(&str, i64)] = &[(MN, 0), (MN, 28)];
    const SERIES_3: &[(&str, i64)] = &[(MN, 0), (MN, 30), (MN, 61)];
    const MN_THEN_RF: &[(&str, i64)] = &[(MN, 0), (RF, 35)];
    vec![
        // ---- Standard microneedling: what is normal ----
        course("redness like a sunburn the first afternoon", MN)
            .log(Redness, 5, h(2))
            .now(h(3)),
        course("strong redness the first evening is worth watching", MN)
            .log(Redness, 7, h(6))
            .now(h(7))
            .expect(Watch)
            .watching(Redness),
        course("a little pinpoint bleeding right after", MN)
            .log(Bleeding, 2, m(15))
            .now(m(20)),
        course("dryness on day 4", MN)
            .log(DrynessFlaking, 3, d(4))
            .now(d(4)),
        course("a warm, stinging feeling on day 1", MN)
            .log(Warmth, 3, h(20))
            .log(Burning, 3, h(20))
            .now(h(21)),
        course("swelling settling over two days", MN)
            .log(Swelling, 3, h(3))
            .log(Swelling, 2, h(24))
            .log(Swelling, 1, h(44))
            .now(h(45)),
        // ---- Bleeding ----
        course("heavy bleeding 40 minutes after the session", MN)
            .log(Bleeding, 9, m(40))
            .now(m(40))
            .expect(Urgent)
            .flag("flag-bleeding", Active),
        course("more than pinpoint bleeding in the first hour", MN)
            .log(Bleeding, 4, m(20))
            .now(m(25))
            .expect(Watch)
            .watching(Bleeding),
        course("a small spot of blood hours later", MN)
            .log(Bleeding, 1, h(5))
            .now(h(5))
            .expect(Watch)
            .watching(Bleeding),
        // ---- Rising pain, warmth, swelling (infection) from hour 0 ----
        course("pain better then worse again", MN)
            .log(Pain, 6, h(2))
            .log(Pain, 2, h(30))
            .log(Pain, 5, h(70))
            .now(h(71))
            .expect(Urgent)
            .flag("flag-increasing-warmth-pain", Active),
        course("pain 1 then 2 is noise", MN)
            .log(Pain, 1, h(10))
            .log(Pain, 2, h(20))
            .now(h(21))
            .expect(Watch)
            .watching(Pain),
        course("warmth rising on the first day", MN)
            .log(Warmth, 2, h(3))
            .log(Warmth, 5, h(20))
            .now(h(21))
            .expect(Urgent)
            .flag("flag-increasing-warmth-pain", Active),
        course("swelling rising on day 1", MN)
            .log(Swelling, 2, h(2))
            .log(Swelling, 5, h(30))
            .now(h(31))
            .expect(Urgent)
            .flag("flag-increasing-warmth-pain", Active),
        course("severe pain", MN)
            .log(Pain, 8, h(5))
            .now(h(6))
            .expect(Urgent)
            .flag("flag-severe-pain", Active),
        course("severe pain that eased", MN)
            .log(Pain, 8, h(5))
            .log(Pain, 5, h(20))
            .now(h(21))
            .expect(Watch)
            .watching(Pain),
        // ---- Fever: resolves, ages, contacted ----
        course("fever on day 2", MN)
            .log(Fever, 2, d(2))
            .now(d(2) + h(1))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("fever on day 2, read on day 30", MN)
            .log(Fever, 2, d(2))
            .now(d(30)),
        course("fever on day 2, read on day 6", MN)
            .log(Fever, 2, d(2))
            .now(d(6))
            .expect(Watch)
            .flag("flag-fever", Earlier),
        course("fever gone the next day", MN)
            .log(Fever, 2, d(2))
            .log(Fever, 0, d(3))
            .now(d(3) + h(1))
            .expect(Watch)
            .watching(Fever),
        course("fever gone, read days later", MN)
            .log(Fever, 2, d(2))
            .log(Fever, 0, d(3))
            .now(d(6)),
        course("fever, provider contacted", MN)
            .log(Fever, 2, d(2))
            .contacted(Some("flag-fever"), d(2) + h(2))
            .now(d(2) + h(3))
            .expect(Watch)
            .flag("flag-fever", Contacted),
        course("fever, provider contacted about everything", MN)
            .log(Fever, 2, d(2))
            .log(PusDrainage, 1, d(2))
            .contacted(None, d(2) + h(2))
            .now(d(2) + h(3))
            .expect(Watch)
            .flag("flag-fever", Contacted)
            .flag("flag-pus", Contacted),
        course("fever the same after the call", MN)
            .log(Fever, 2, d(2))
            .contacted(Some("flag-fever"), d(2) + h(2))
            .log(Fever, 2, d(3))
            .now(d(3) + h(1))
            .expect(Watch)
            .flag("flag-fever", Contacted),
        course("fever higher after the call", MN)
            .log(Fever, 2, d(2))
            .contacted(Some("flag-fever"), d(2) + h(2))
            .log(Fever, 5, d(3))
            .now(d(3) + h(1))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("a contact about another flag does not cover fever", MN)
            .log(Fever, 2, d(2))
            .contacted(Some("flag-pus"), d(2) + h(2))
            .now(d(2) + h(3))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("pus on day 3", MN)
            .log(PusDrainage, 3, d(3))
            .now(d(3))
            .expect(Urgent)
            .flag("flag-pus", Active),
        // ---- Contact-provider signs ----
        course("redness worse after two days", MN)
            .log(Redness, 3, h(24))
            .log(Redness, 5, h(60))
            .now(h(61))
            .expect(ContactProvider)
            .flag("flag-redness-worsening", Active),
        course("redness still there at the same level on day 3", MN)
            .log(Redness, 4, h(12))
            .log(Redness, 4, h(70))
            .now(h(71))
            .expect(Watch)
            .watching(Redness),
        course("redness on day 6", MN)
            .log(Redness, 2, d(6))
            .now(d(6) + h(1))
            .expect(ContactProvider)
            .flag("flag-redness-persisting", Active),
        course("blisters near the lips", MN)
            .log_at(Blisters, 3, h(30), LipsMouth)
            .now(h(31))
            .expect(ContactProvider)
            .flag("flag-blisters", Active)
            .flag("flag-cold-sore", Active),
        course("an itchy rash", MN)
            .log(Itching, 5, d(2))
            .now(d(2))
            .expect(ContactProvider)
            .flag("flag-rash-hives", Active),
        course("mild itching", MN)
            .log(Itching, 4, d(2))
            .now(d(2))
            .expect(Watch)
            .watching(Itching),
        course("firm bumps three weeks later", MN)
            .log(Bumps, 3, d(21))
            .now(d(21) + h(2))
            .expect(ContactProvider)
            .flag("flag-late-bumps", Active),
        course("dark patches on day 10", MN)
            .log(DarkPatches, 2, d(10))
            .now(d(10))
            .expect(ContactProvider)
            .flag("flag-dark-patches", Active),
        course("entries dated before the session ended", MN)
            .log(Pain, 9, -h(3))
            .log(Fever, 4, -m(1))
            .now(h(2)),
        // ---- PRP ----
        course("PRP: swelling on day 5 is still normal", PRP)
            .log(Swelling, 4, d(5))
            .now(d(5)),
        course("PRP: swelling on day 8", PRP)
            .log(Swelling, 3, d(8))
            .now(d(8))
            .expect(ContactProvider)
            .flag("flag-swelling-persisting", Active),
        course("PRP: swelling rising by day 3", PRP)
            .log(Swelling, 2, h(3))
            .log(Swelling, 4, d(3))
            .now(d(3))
            .expect(Urgent)
            .flag("flag-increasing-warmth-pain", Active),
        // ---- RF microneedling ----
        course("RF: a burn on day 0", RF)
            .log(Burning, 7, h(2))
            .now(h(2))
            .expect(ContactProvider)
            .flag("rf-flag-burn", Active),
        course("RF: stinging on day 0", RF)
            .log(Burning, 4, h(2))
            .now(h(2)),
        course("RF: redness on day 3 is still normal", RF)
            .log(Redness, 5, h(60))
            .now(h(61)),
        course("RF: redness worse after three days", RF)
            .log(Redness, 3, h(24))
            .log(Redness, 6, h(80))
            .now(h(81))
            .expect(ContactProvider)
            .flag("flag-redness-worsening", Active),
        course("RF: small blisters", RF)
            .log(Blisters, 2, d(1))
            .now(d(1))
            .expect(ContactProvider)
            .flag("flag-blisters", Active),
        // ---- At-home roller ----
        course("roller: warm skin on the first day", ROLLER)
            .log(Warmth, 2, h(10))
            .now(h(11)),
        course("roller: still warm on day 4", ROLLER)
            .log(Warmth, 2, d(4))
            .now(d(4))
            .expect(ContactProvider)
            .flag("roller-flag-warmth", Active),
        course("roller: breakouts on day 4", ROLLER)
            .log(Breakouts, 1, d(4))
            .now(d(4))
            .expect(ContactProvider)
            .flag("roller-flag-breakouts", Active),
        course("roller: any bleeding is worth watching", ROLLER)
            .log(Bleeding, 1, m(10))
            .now(m(15))
            .expect(Watch)
            .watching(Bleeding),
        course("roller: fever long after the plan ends", ROLLER)
            .log(Fever, 1, d(40))
            .now(d(40))
            .expect(Urgent)
            .flag("flag-fever", Active),
        // ---- Series of sessions ----
        course("series: bumps a week after the second session", MN)
            .series(SERIES)
            .log(Bumps, 3, d(7))
            .now(d(7))
            .expect(ContactProvider)
            .flag("flag-late-bumps", Active),
        course("series: bumps a week after a first session", MN)
            .log(Bumps, 3, d(7))
            .now(d(7))
            .expect(Watch)
            .watching(Bumps),
        course("series: redness two days after the second session", MN)
            .series(SERIES)
            .log(Redness, 3, d(2) - h(1))
            .now(d(2) - h(1)),
        course(
            "series: dark patches three days after the third session",
            MN,
        )
        .series(SERIES_3)
        .log(DarkPatches, 2, d(3))
        .now(d(3))
        .expect(ContactProvider)
        .flag("flag-dark-patches", Active),
        course("series: bumps after RF that follows microneedling", RF)
            .series(MN_THEN_RF)
            .log(Bumps, 2, d(5))
            .now(d(5))
            .expect(ContactProvider)
            .flag("flag-late-bumps", Active),
    ]
}

struct Built {
    plan: RecoveryPlan,
    earlier: Vec<(Arc<Protocol>, DateTime<Utc>)>,
    entries: Vec<SymptomEntry>,
    contacts: Vec<ProviderContact>,
    now: DateTime<Utc>,
}

fn build(c: &Course) -> Built {
    let ends: Vec<(Arc<Protocol>, DateTime<Utc>)> = c
        .sessions
        .iter()
        .map(|(id, days)| (protocol(id), first_end() + d(*days)))
        .collect();
    let (latest, ended) = ends.last().unwrap().clone();
    let session = TreatmentSession {
        protocol: latest.reference(),
        ended_at: ended,
        zone: chrono_tz::Europe::Madrid,
        number: u32::try_from(ends.len()).unwrap(),
    };
    let plan = RecoveryPlan::new(latest, session, PlanOptions::default()).unwrap();
    let entries = c
        .log
        .iter()
        .enumerate()
        .map(|(i, &(kind, severity, after, area))| SymptomEntry {
            id: i as i64 + 1,
            session_id: 1,
            kind,
            severity,
            observed_at: ended + after,
            area,
            note: String::new(),
        })
        .collect();
    let contacts = c
        .contacts
        .iter()
        .enumerate()
        .map(|(i, (rule, after))| ProviderContact {
            id: i as i64 + 1,
            session_id: 1,
            rule_id: rule.map(str::to_string),
            contacted_at: ended + *after,
            note: String::new(),
        })
        .collect();
    Built {
        plan,
        earlier: ends[..ends.len() - 1].to_vec(),
        entries,
        contacts,
        now: ended + c.now,
    }
}

#[test]
fn every_course_gets_the_level_and_reasons_a_clinician_expects() {
    let courses = courses();
    assert!(courses.len() >= 40, "only {} courses", courses.len());
    let protocols: std::collections::BTreeSet<&str> = courses
        .iter()
        .flat_map(|c| c.sessions.iter().map(|s| s.0))
        .collect();
    assert_eq!(protocols.len(), 4, "every built-in protocol has courses");
    let mut failures = Vec::new();
    for c in &courses {
        let b = build(c);
        let earlier: Vec<EarlierSession<'_>> = b
            .earlier
            .iter()
            .map(|(protocol, ended_at)| EarlierSession {
                protocol,
                ended_at: *ended_at,
            })
            .collect();
        let a = assess_with(
            &TriageInput {
                plan: &b.plan,
                earlier: &earlier,
                entries: &b.entries,
                contacts: &b.contacts,
            },
            b.now,
        );
        let mut flags: Vec<(&str, FlagStatus)> = a
            .reasons
            .iter()
            .filter(|r| r.kind == ReasonKind::RedFlag)
            .map(|r| (r.rule_id.as_deref().unwrap(), r.status))
            .collect();
        flags.sort();
        let mut expected_flags = c.flags.clone();
        expected_flags.sort();
        let mut watch: Vec<SymptomKind> = a
            .reasons
            .iter()
            .filter(|r| r.kind != ReasonKind::RedFlag)
            .filter_map(|r| b.entries.iter().find(|e| e.id == r.entry_ids[0]))
            .map(|e| e.kind)
            .collect();
        watch.sort();
        let mut expected_watch = c.watch.clone();
        expected_watch.sort();
        if a.level != c.level || flags != expected_flags || watch != expected_watch {
            failures.push(format!(
                "{}: got {:?} {flags:?} watching {watch:?}; expected {:?} {expected_flags:?} watching {expected_watch:?}",
                c.name, a.level, c.level
            ));
        }
        // Only an active urgent flag may break quiet hours with its check-ins.
        let urgent_active = a
            .reasons
            .iter()
            .any(|r| r.level == Urgent && r.status == Active);
        if a.watch().is_some_and(|w| w.urgent) != urgent_active {
            failures.push(format!(
                "{}: urgent check-ins without an active urgent flag",
                c.name
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} courses:\n{}",
        failures.len(),
        courses.len(),
        failures.join("\n")
    );
}

#[test]
fn the_entries_before_the_session_are_named_not_dropped() {
    let c = courses()
        .into_iter()
        .find(|c| c.name == "entries dated before the session ended")
        .unwrap();
    let b = build(&c);
    let a = assess_with(
        &TriageInput {
            plan: &b.plan,
            earlier: &[],
            entries: &b.entries,
            contacts: &b.contacts,
        },
        b.now,
    );
    assert_eq!(a.not_assessed.len(), 2);
}
