//! Courses of recovery as a patient would log them, over the four built-in protocols and series
//! of sessions, each with the level and the reasons a clinician expects. One row per course.
//!
//! Times are offsets from the end of the session the entry belongs to (the latest one unless a
//! course says otherwise); "now" is an offset from the end of the latest session.
//!
//! The second half holds the courses of the clinical review behind issue 18 (triage v3), by
//! class: a first report at a high score, infection signs that one low entry does not clear,
//! emergencies, the kinds added, the tolerance at the session's end, fever as yes/no with a
//! temperature, and expected courses that must not be flagged. Six earlier courses changed
//! their expected answer with it; each says why where it stands.

use std::sync::Arc;

use aftercare_core::triage::{
    EarlierSession, FlagStatus, ProviderContact, ReasonKind, TriageInput, TriageLevel, assess_with,
};
use aftercare_core::{
    BodyArea, Catalog, PlanOptions, Protocol, RecoveryPlan, SymptomEntry, SymptomKind, Temperature,
    TemperatureUnit, TreatmentSession,
};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use BodyArea::{Arms, AroundEyes, Cheeks, LipsMouth};
use FlagStatus::{Active, Contacted, Earlier};
use SymptomKind::*;
use TriageLevel::{ContactProvider, Emergency, Normal, Urgent, Watch};

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

/// One logged symptom: when (after the end of the latest session) and what.
#[derive(Clone)]
struct Log {
    kind: SymptomKind,
    severity: u8,
    after: TimeDelta,
    area: BodyArea,
    /// A yes/no answer (a fever) rather than 0–10.
    yes_no: bool,
    /// A measured temperature, °C.
    temperature: Option<f64>,
}

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
    fn log(self, kind: SymptomKind, severity: u8, after: TimeDelta) -> Course {
        self.log_at(kind, severity, after, Cheeks)
    }
    fn log_at(
        mut self,
        kind: SymptomKind,
        severity: u8,
        after: TimeDelta,
        area: BodyArea,
    ) -> Course {
        self.log.push(Log {
            kind,
            severity,
            after,
            area,
            yes_no: false,
            temperature: None,
        });
        self
    }
    /// "Do you have a fever or chills?" answered yes or no, with a temperature in °C if one was
    /// measured.
    fn fever(mut self, yes: bool, celsius: Option<f64>, after: TimeDelta) -> Course {
        self.log.push(Log {
            kind: Fever,
            severity: if yes { aftercare_core::symptom::YES } else { 0 },
            after,
            area: BodyArea::WholeArea,
            yes_no: true,
            temperature: celsius,
        });
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
        // Issue 18, class 7: swelling building over the first day inside its usual window
        // (up to 6/10) is the normal course, no longer "contact now".
        course("swelling rising on day 1", MN)
            .log(Swelling, 2, h(2))
            .log(Swelling, 5, h(30))
            .now(h(31)),
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
        // Issue 18, class 2: one entry at 0 does not clear an infection sign (paracetamol masks
        // a fever); it takes two entries without it at least 24 h apart.
        course("fever gone the next day", MN)
            .log(Fever, 2, d(2))
            .log(Fever, 0, d(3))
            .now(d(3) + h(1))
            .expect(Urgent)
            .flag("flag-fever", Active),
        // Issue 18, class 2: not cleared by the one 0; its evidence has aged into "earlier".
        course("fever gone, read days later", MN)
            .log(Fever, 2, d(2))
            .log(Fever, 0, d(3))
            .now(d(6))
            .expect(Watch)
            .flag("flag-fever", Earlier),
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
        // Issue 18, class 3: itching has its own flag now that hives can be logged as such.
        course("an itchy rash", MN)
            .log(Itching, 5, d(2))
            .now(d(2))
            .expect(ContactProvider)
            .flag("flag-strong-itching", Active),
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
        // Issue 18, class 5: an entry a minute before the recorded end is judged at the end
        // (the tolerance is an hour); three hours before is still not assessed.
        course("entries dated before the session ended", MN)
            .log(Pain, 9, -h(3))
            .log(Fever, 4, -m(1))
            .now(h(2))
            .expect(Urgent)
            .flag("flag-fever", Active),
        // ---- PRP ----
        course("PRP: swelling on day 5 is still normal", PRP)
            .log(Swelling, 4, d(5))
            .now(d(5)),
        course("PRP: swelling on day 8", PRP)
            .log(Swelling, 3, d(8))
            .now(d(8))
            .expect(ContactProvider)
            .flag("flag-swelling-persisting", Active),
        // Issue 18, class 7: swelling lasts up to 7 days after PRP, so a moderate rise on day 3
        // is not "contact now"; getting worse after 48 h still asks for the provider today.
        course("PRP: swelling rising by day 3", PRP)
            .log(Swelling, 2, h(3))
            .log(Swelling, 4, d(3))
            .now(d(3))
            .expect(ContactProvider)
            .flag("flag-swelling-worsening", Active),
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
    .into_iter()
    .chain(v3_courses())
    .collect()
}

/// The courses of the issue-18 review (triage v3), by class.
fn v3_courses() -> Vec<Course> {
    vec![
        // ---- 1. A first report at a high score, once the usual window has passed ----
        course("first report: swelling 6 on day 4", MN)
            .log(Swelling, 6, d(3) + h(10))
            .now(d(3) + h(11))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        course("first report: redness 7 on day 4", MN)
            .log(Redness, 7, d(3) + h(2))
            .now(d(3) + h(3))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        // Day 5 on the screens is 96–120 h: the persisting flag (from 120 h, "day 6") has not
        // started, but a strong first report already asks for the provider.
        course("first report: redness 7 on day 5", MN)
            .log(Redness, 7, d(4) + h(4))
            .now(d(4) + h(5))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        course("first report: redness 7 on day 6 speaks once", MN)
            .log(Redness, 7, d(5) + h(4))
            .now(d(5) + h(5))
            .expect(ContactProvider)
            .flag("flag-redness-persisting", Active),
        course("first report: swelling 6 on day 4 after a day-1 entry", MN)
            .log(Swelling, 3, h(20))
            .log(Swelling, 6, d(3) + h(10))
            .now(d(3) + h(11))
            .expect(Urgent)
            .flag("flag-increasing-swelling", Active),
        course("first report: pain 6 on day 3", MN)
            .log(Pain, 6, d(2) + h(5))
            .now(d(2) + h(6))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        course("first report: something else at 7", MN)
            .log(Other, 7, h(30))
            .now(h(31))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        course("something else at 4 is worth watching", MN)
            .log(Other, 4, h(30))
            .now(h(31))
            .expect(Watch)
            .watching(Other),
        // The catch-all for strong symptoms gives way to the named flag, also once the patient
        // contacted the provider about it.
        course("redness 6 rising on day 3, provider contacted about it", MN)
            .log(Redness, 4, h(12))
            .log(Redness, 6, h(60))
            .contacted(Some("flag-redness-worsening"), h(61))
            .now(h(62))
            .expect(Watch)
            .flag("flag-redness-worsening", Contacted),
        course("PRP: swelling 6 on day 4 is still within its window", PRP)
            .log(Swelling, 6, d(3) + h(10))
            .now(d(3) + h(11))
            .expect(Watch)
            .watching(Swelling),
        course("PRP: swelling 7 on day 4 is more than expected", PRP)
            .log(Swelling, 7, d(3) + h(10))
            .now(d(3) + h(11))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        course("RF: redness 7 on day 5", RF)
            .log(Redness, 7, d(4) + h(2))
            .now(d(4) + h(3))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        course("roller: redness 8 on day 4", ROLLER)
            .log(Redness, 8, d(3) + h(2))
            .now(d(3) + h(3))
            .expect(ContactProvider)
            .flag("flag-unexpected-strong", Active),
        // ---- 2. Infection signs: one low entry does not clear them ----
        course("fever 6, then 0 four hours later (paracetamol)", MN)
            .log(Fever, 6, d(2))
            .log(Fever, 0, d(2) + h(4))
            .now(d(2) + h(5))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("pus in the morning, none in the evening", MN)
            .log(PusDrainage, 3, d(2) + h(1))
            .log(PusDrainage, 0, d(2) + h(10))
            .now(d(2) + h(11))
            .expect(Urgent)
            .flag("flag-pus", Active),
        course("pus, then none on two evenings a day apart", MN)
            .log(PusDrainage, 3, d(2) + h(1))
            .log(PusDrainage, 0, d(2) + h(10))
            .log(PusDrainage, 0, d(3) + h(11))
            .now(d(3) + h(12)),
        course("fever, then none twice but only 12 hours apart", MN)
            .fever(true, None, d(2))
            .fever(false, None, d(2) + h(4))
            .fever(false, None, d(2) + h(16))
            .now(d(2) + h(17))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("fever back between two entries without it", MN)
            .fever(true, None, d(2))
            .fever(false, None, d(2) + h(4))
            .fever(true, None, d(2) + h(10))
            .fever(false, None, d(3) + h(6))
            .now(d(3) + h(7))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("fever settled after two days without it", MN)
            .fever(true, Some(38.4), d(2))
            .fever(false, Some(36.9), d(2) + h(4))
            .fever(false, None, d(3) + h(5))
            .now(d(3) + h(6)),
        course("spreading redness, then none once", MN)
            .log(SpreadingRedness, 4, d(2))
            .log(SpreadingRedness, 0, d(2) + h(8))
            .now(d(2) + h(9))
            .expect(Urgent)
            .flag("flag-spreading-redness", Active),
        course("pain rising on day 2, then lower once", MN)
            .log(Pain, 2, h(20))
            .log(Pain, 6, d(2))
            .log(Pain, 3, d(2) + h(6))
            .now(d(2) + h(7))
            .expect(Urgent)
            .flag("flag-increasing-warmth-pain", Active),
        // A cold sore (a viral infection) does not heal in an evening either.
        course("blisters near the lips, none a few hours later", MN)
            .log_at(Blisters, 3, h(30), LipsMouth)
            .log_at(Blisters, 0, h(36), LipsMouth)
            .now(h(37))
            .expect(ContactProvider)
            .flag("flag-blisters", Active)
            .flag("flag-cold-sore", Active),
        course("roller: still warm on day 4, not warm once", ROLLER)
            .log(Warmth, 3, d(4))
            .log(Warmth, 0, d(4) + h(8))
            .now(d(4) + h(9))
            .expect(ContactProvider)
            .flag("roller-flag-warmth", Active),
        // ---- 3. Allergic reactions and emergencies ----
        course("lips swelling hours after a serum", MN)
            .log_at(LipsTongueThroatSwelling, 3, h(5), LipsMouth)
            .now(h(5))
            .expect(Emergency)
            .flag("flag-airway", Active),
        course("trouble breathing, however mild", MN)
            .log(TroubleBreathing, 1, h(8))
            .now(h(8))
            .expect(Emergency)
            .flag("flag-airway", Active),
        course("hives alone", MN)
            .log(HivesRash, 2, h(20))
            .now(h(21))
            .expect(ContactProvider)
            .flag("flag-rash-hives", Active),
        course(
            "marked swelling with severe itch after products pushed into the skin",
            MN,
        )
        .log(Swelling, 7, h(4))
        .log(Itching, 8, h(5))
        .now(h(5))
        .expect(Urgent)
        .flag("flag-swelling-with-itch", Active),
        course("swelling with hives", MN)
            .log(Swelling, 6, h(10))
            .log(HivesRash, 3, h(12))
            .now(h(12))
            .expect(Urgent)
            .flag("flag-swelling-with-hives", Active),
        course("feeling faint with hives", MN)
            .log(HivesRash, 4, h(3))
            .log(Faintness, 5, h(3) + m(20))
            .now(h(3) + m(20))
            .expect(Emergency)
            .flag("flag-faint-with-reaction", Active),
        // Allergic reactions can come back hours later (biphasic, C13): one "none" does not
        // clear an emergency sign either.
        course("throat swelling, then none an hour later", MN)
            .log(LipsTongueThroatSwelling, 4, h(5))
            .log(LipsTongueThroatSwelling, 0, h(6))
            .now(h(7))
            .expect(Emergency)
            .flag("flag-airway", Active),
        course("feeling a little faint, alone", MN)
            .log(Faintness, 3, h(1))
            .now(h(1))
            .expect(Watch)
            .watching(Faintness),
        course("lips swelling, emergency services called", MN)
            .log_at(LipsTongueThroatSwelling, 5, h(5), LipsMouth)
            .contacted(None, h(5) + m(30))
            .now(h(9))
            .expect(Watch)
            .flag("flag-airway", Contacted),
        course("severe swelling of the lips", MN)
            .log_at(Swelling, 7, h(10), LipsMouth)
            .now(h(10))
            .expect(Urgent)
            .flag("flag-lip-swelling", Active),
        // ---- 4. The kinds a clinic line needs ----
        course("spreading redness on day 3", MN)
            .log(SpreadingRedness, 2, d(2) + h(3))
            .now(d(2) + h(3))
            .expect(Urgent)
            .flag("flag-spreading-redness", Active),
        course("eye pain", MN)
            .log_at(EyePain, 4, d(1), AroundEyes)
            .now(d(1))
            .expect(Urgent)
            .flag("flag-eye", Active),
        course("a change in vision", MN)
            .log_at(VisionChange, 2, d(1), AroundEyes)
            .now(d(1))
            .expect(Emergency)
            .flag("flag-vision", Active),
        course("an eye swollen shut on day 1", MN)
            .log_at(Swelling, 8, h(14), AroundEyes)
            .now(h(14))
            .expect(Urgent)
            .flag("flag-eye-swelling", Active),
        course("puffy eyes the first morning", MN)
            .log_at(Swelling, 5, h(14), AroundEyes)
            .now(h(14)),
        course("roller: raw, weeping skin", ROLLER)
            .log(RawSkin, 3, h(6))
            .now(h(6))
            .expect(ContactProvider)
            .flag("flag-raw-skin", Active),
        course("RF: white skin after radiofrequency", RF)
            .log(SkinColourChange, 2, h(3))
            .now(h(3))
            .expect(ContactProvider)
            .flag("rf-flag-burn-skin", Active),
        course("numbness from the numbing cream", MN)
            .log(Numbness, 4, h(2))
            .now(h(2)),
        course("numbness on day 2", MN)
            .log(Numbness, 3, d(1) + h(4))
            .now(d(1) + h(4))
            .expect(ContactProvider)
            .flag("flag-numbness", Active),
        course("PRP: a small bruise where blood was drawn", PRP)
            .log_at(Bruising, 3, d(1), Arms)
            .log_at(DrawSite, 2, d(1), Arms)
            .now(d(1)),
        course("PRP: a painful blood-draw site", PRP)
            .log_at(DrawSite, 5, d(1), Arms)
            .now(d(1))
            .expect(ContactProvider)
            .flag("prp-flag-draw-site", Active),
        // ---- 5. Entries dated just before the recorded end ----
        course(
            "heavy bleeding logged 5 minutes before the recorded end",
            MN,
        )
        .log(Bleeding, 8, -m(5))
        .now(m(10))
        .expect(Urgent)
        .flag("flag-bleeding", Active),
        course("fever 59 minutes before the recorded end", MN)
            .fever(true, None, -m(59))
            .now(h(1))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("an entry two hours before the end is not assessed", MN)
            .log(Bleeding, 8, -h(2))
            .now(h(1)),
        // ---- 6. Fever: yes or no, and a temperature ----
        course("fever: yes, no thermometer", MN)
            .fever(true, None, d(1))
            .now(d(1))
            .expect(Urgent)
            .flag("flag-fever", Active),
        course("fever: no, but 38.3 measured", MN)
            .fever(false, Some(38.3), d(1))
            .now(d(1))
            .expect(Urgent)
            .flag("flag-fever-measured", Active),
        course("fever: no, 37.2 measured", MN)
            .fever(false, Some(37.2), d(1))
            .now(d(1)),
        course("fever: the same temperature after the call", MN)
            .fever(true, Some(38.5), d(1))
            .contacted(None, d(1) + h(1))
            .fever(true, Some(38.5), d(1) + h(8))
            .now(d(1) + h(9))
            .expect(Watch)
            .flag("flag-fever", Contacted)
            .flag("flag-fever-measured", Contacted),
        course("fever: higher after the call", MN)
            .fever(true, Some(38.5), d(1))
            .contacted(None, d(1) + h(1))
            .fever(true, Some(39.1), d(1) + h(8))
            .now(d(1) + h(9))
            .expect(Urgent)
            .flag("flag-fever", Active)
            .flag("flag-fever-measured", Active),
        // ---- 7. Expected courses that are not flagged ----
        course("RF: redness 4 on day 6 is expected", RF)
            .log(Redness, 4, d(5) + h(3))
            .now(d(5) + h(4)),
        course("RF: grid marks on day 5", RF)
            .log(Redness, 2, d(4))
            .log(DrynessFlaking, 3, d(4))
            .now(d(4) + h(1)),
        course("RF: redness on day 8", RF)
            .log(Redness, 3, d(7) + h(2))
            .now(d(7) + h(3))
            .expect(ContactProvider)
            .flag("flag-redness-persisting", Active),
        course("swelling building over the first night", MN)
            .log(Swelling, 3, h(2))
            .log(Swelling, 5, h(14))
            .now(h(15)),
        course("RF: swelling rising to 5 at 60 hours", RF)
            .log(Swelling, 2, h(6))
            .log(Swelling, 5, h(60))
            .now(h(61)),
        course("swelling rising to severe on day 1", MN)
            .log(Swelling, 3, h(2))
            .log(Swelling, 7, h(20))
            .now(h(21))
            .expect(Urgent)
            .flag("flag-increasing-swelling", Active),
        course("mild itch on day 3", MN)
            .log(Itching, 3, d(2) + h(4))
            .now(d(2) + h(5)),
        course("moderate itch on day 3 is worth watching", MN)
            .log(Itching, 4, d(2) + h(4))
            .now(d(2) + h(5))
            .expect(Watch)
            .watching(Itching),
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
        .map(|(i, log)| SymptomEntry {
            id: i as i64 + 1,
            session_id: 1,
            kind: log.kind,
            severity: log.severity,
            observed_at: ended + log.after,
            area: log.area,
            note: String::new(),
            yes_no: log.yes_no,
            temperature: log
                .temperature
                .and_then(|c| Temperature::from_degrees(c, TemperatureUnit::Celsius)),
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
    assert!(courses.len() >= 100, "only {} courses", courses.len());
    assert!(
        v3_courses().len() >= 30,
        "the issue-18 review asks for 30 new courses"
    );
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
        // Only an active urgent (or emergency) flag may break quiet hours with its check-ins.
        let urgent_active = a
            .reasons
            .iter()
            .any(|r| r.level >= Urgent && r.status == Active);
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
    // The entry three hours before the end; the one a minute before is judged at the end.
    let ids: Vec<i64> = a.not_assessed.iter().map(|n| n.entry_id).collect();
    assert_eq!(ids, vec![1]);
}
