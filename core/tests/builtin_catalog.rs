//! The built-in protocols implement `clinical-rules.md` (shared with the clinical reviewers):
//! ids, sources, the default windows of its tables, and texts in every locale.

use std::collections::BTreeSet;

use aftercare_core::protocol::{Anchor, Level, Pattern, RedFlag, SeriesRule, Topic};
use aftercare_core::text::builtin as builtin_texts;
use aftercare_core::{Catalog, Locale, Protocol, ProtocolRef, RuleKind, Span, SymptomKind};

const BUILTIN_IDS: [&str; 4] = [
    "microneedling",
    "microneedling-prp",
    "rf-microneedling",
    "at-home-roller",
];

/// The source keys `clinical-rules.md` defines (section "Sources"): the seed articles S0–S3,
/// the papers and public health pages C1, C3, C4, C5, C7–C17, the clinic sheets K1–K17 and P4.
fn known_sources() -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = (0..=3).map(|i| format!("S{i}")).collect();
    keys.extend(
        [1, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
            .into_iter()
            .map(|i| format!("C{i}")),
    );
    keys.extend((1..=17).map(|i| format!("K{i}")));
    keys.insert("P4".to_string());
    keys
}

fn protocol(id: &str) -> Protocol {
    Catalog::builtin()
        .get(id, None)
        .unwrap_or_else(|| panic!("no built-in {id}"))
        .as_ref()
        .clone()
}

fn after(protocol: &Protocol, rule: &str) -> (Span, Option<Span>) {
    let r = protocol
        .rule(rule)
        .unwrap_or_else(|| panic!("{} has no rule {rule}", protocol.id));
    assert_eq!(
        r.window.anchor,
        Anchor::AfterSession,
        "{}: {rule} anchor",
        protocol.id
    );
    (r.window.from, r.window.until)
}

/// How long before the session a preparation rule starts; it must run until the appointment.
fn before(protocol: &Protocol, rule: &str) -> Span {
    let r = protocol
        .rule(rule)
        .unwrap_or_else(|| panic!("{} has no rule {rule}", protocol.id));
    assert_eq!(
        r.window.anchor,
        Anchor::BeforeSession,
        "{}: {rule} anchor",
        protocol.id
    );
    assert!(
        matches!(r.kind, RuleKind::Preparation { .. }),
        "{}: {rule} is a preparation",
        protocol.id
    );
    assert_eq!(
        r.window.until,
        Some(Span::ZERO),
        "{}: {rule} lasts until the appointment",
        protocol.id
    );
    r.window.from
}

fn red_flag(protocol: &Protocol, rule: &str) -> (RedFlag, Span, Option<Span>) {
    let r = protocol
        .rule(rule)
        .unwrap_or_else(|| panic!("{} has no rule {rule}", protocol.id));
    let RuleKind::RedFlag(flag) = &r.kind else {
        panic!("{}: {rule} is not a red flag", protocol.id)
    };
    assert_eq!(r.window.anchor, Anchor::AfterSession);
    (flag.clone(), r.window.from, r.window.until)
}

fn expected_symptoms(protocol: &Protocol, rule: &str) -> Vec<SymptomKind> {
    match &protocol.rule(rule).unwrap().kind {
        RuleKind::ExpectedSymptom { symptoms, .. } => symptoms.clone(),
        other => panic!("{}: {rule} is {other:?}", protocol.id),
    }
}

fn series(protocol: &Protocol) -> SeriesRule {
    let (rule, series) = protocol
        .series()
        .unwrap_or_else(|| panic!("{} has no series", protocol.id));
    assert_eq!(rule.window.anchor, Anchor::AfterSession);
    series.clone()
}

fn topic(protocol: &Protocol, rule: &str) -> Topic {
    match protocol.rule(rule).unwrap().kind {
        RuleKind::Restriction { topic }
        | RuleKind::Preparation { topic }
        | RuleKind::Routine { topic, .. } => topic,
        ref other => panic!("{}: {rule} has no topic: {other:?}", protocol.id),
    }
}

fn h(n: i64) -> Span {
    Span::hours(n)
}

fn d(n: i64) -> Span {
    Span::days(n)
}

fn w(n: i64) -> Span {
    Span::weeks(n)
}

// ---------------------------------------------------------------------------------------------

#[test]
fn the_four_builtins_exist_and_are_builtin() {
    let catalog = Catalog::builtin();
    let ids: Vec<&str> = catalog.all().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, BUILTIN_IDS);
    for id in BUILTIN_IDS {
        let p = catalog.get(id, None).unwrap();
        assert!(p.builtin, "{id}");
        assert_eq!(p.version, 1, "{id}");
        assert!(!p.rules.is_empty(), "{id}");
    }
    let base = ProtocolRef {
        id: "microneedling".to_string(),
        version: 1,
    };
    assert_eq!(protocol("microneedling").based_on, None);
    for id in ["microneedling-prp", "rf-microneedling", "at-home-roller"] {
        assert_eq!(protocol(id).based_on.as_ref(), Some(&base), "{id}");
    }
}

#[test]
fn every_rule_has_sources_from_clinical_rules() {
    let known = known_sources();
    for p in Catalog::builtin().all() {
        for rule in &p.rules {
            assert!(
                !rule.sources.is_empty(),
                "{}: {} has no source",
                p.id,
                rule.id
            );
            for source in &rule.sources {
                assert!(
                    known.contains(source),
                    "{}: {} cites {source:?}, which clinical-rules.md does not define",
                    p.id,
                    rule.id
                );
            }
        }
    }
}

#[test]
fn rule_ids_are_unique_in_each_protocol() {
    for p in Catalog::builtin().all() {
        let mut seen = BTreeSet::new();
        for rule in &p.rules {
            assert!(seen.insert(&rule.id), "{}: {} twice", p.id, rule.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// §1 Standard microneedling
// ---------------------------------------------------------------------------------------------

#[test]
fn microneedling_before_the_session() {
    let p = protocol("microneedling");
    assert_eq!(before(&p, "prep-stop-actives"), d(5));
    assert_eq!(topic(&p, "prep-stop-actives"), Topic::Actives);
    assert_eq!(before(&p, "prep-avoid-sun"), h(48));
    assert_eq!(topic(&p, "prep-avoid-sun"), Topic::Sun);
    assert_eq!(before(&p, "prep-avoid-blood-thinners"), d(3));
    assert_eq!(topic(&p, "prep-avoid-blood-thinners"), Topic::Medication);
    assert_eq!(before(&p, "prep-no-hair-removal"), d(5));
    assert_eq!(topic(&p, "prep-no-hair-removal"), Topic::HairRemoval);
    // Asked about when booking, two weeks ahead (issue 18): the tablets start 1–2 days before,
    // so the step at 48 h came when they should already have been started.
    assert_eq!(before(&p, "prep-cold-sore-antiviral"), d(14));
    // Day of: clean skin, and reschedule over acne, infection, cold sore, wound or sunburn.
    assert_eq!(before(&p, "prep-clean-skin"), Span::ZERO);
    assert_eq!(before(&p, "prep-reschedule-if"), Span::ZERO);
}

#[test]
fn microneedling_what_is_normal() {
    let p = protocol("microneedling");
    assert_eq!(after(&p, "expect-redness"), (Span::ZERO, Some(h(48))));
    assert_eq!(
        expected_symptoms(&p, "expect-redness"),
        [SymptomKind::Redness]
    );
    assert_eq!(after(&p, "expect-swelling"), (Span::ZERO, Some(h(48))));
    assert_eq!(
        expected_symptoms(&p, "expect-swelling"),
        [SymptomKind::Swelling]
    );
    // Pinpoint bleeding stops within minutes.
    let (from, until) = after(&p, "expect-pinpoint-bleeding");
    assert_eq!(from, Span::ZERO);
    assert!(until.unwrap() <= h(1), "{until:?}");
    // Dryness and flaking days 2–7.
    assert_eq!(after(&p, "expect-dryness"), (h(48), Some(d(7))));
    assert_eq!(
        expected_symptoms(&p, "expect-dryness"),
        [SymptomKind::DrynessFlaking]
    );
    // Bruising up to 7 days.
    assert_eq!(after(&p, "expect-bruising"), (Span::ZERO, Some(d(7))));
}

#[test]
fn microneedling_restrictions_and_routines() {
    let p = protocol("microneedling");
    for (rule, until, topic_) in [
        ("no-makeup", h(24), Topic::Makeup),
        ("no-workouts", h(24), Topic::Exercise),
        ("no-swimming-sauna", h(48), Topic::HeatAndWater),
        ("no-direct-sun", d(7), Topic::Sun),
        ("gentle-products-only", d(7), Topic::Skincare),
        ("no-unapproved-products", h(24), Topic::Skincare),
        ("no-actives", d(7), Topic::Actives),
    ] {
        assert!(
            matches!(p.rule(rule).unwrap().kind, RuleKind::Restriction { .. }),
            "{rule} is a restriction"
        );
        assert_eq!(after(&p, rule), (Span::ZERO, Some(until)), "{rule}");
        assert_eq!(topic(&p, rule), topic_, "{rule}");
    }
    // First gentle wash after 4 h, once.
    let (from, until) = after(&p, "first-wash");
    assert_eq!(from, h(4));
    assert!(until.is_some());
    assert_eq!(topic(&p, "first-wash"), Topic::Cleansing);
    // SPF every morning, for the whole series (open window).
    let spf = p.rule("daily-spf").unwrap();
    assert!(matches!(
        spf.kind,
        RuleKind::Routine {
            topic: Topic::SunProtection,
            schedule: aftercare_core::protocol::Schedule::Daily {
                slot: aftercare_core::protocol::DaySlot::Morning
            }
        }
    ));
    assert_eq!(spf.window.until, None);
    assert!(spf.window.from <= d(1));
}

#[test]
fn microneedling_red_flags() {
    let p = protocol("microneedling");

    let (fever, from, until) = red_flag(&p, "flag-fever");
    assert_eq!(fever.level, Level::Urgent);
    assert_eq!(fever.symptoms, [SymptomKind::Fever]);
    assert_eq!((from, until), (Span::ZERO, None));

    let (pain, from, _) = red_flag(&p, "flag-severe-pain");
    assert_eq!(pain.level, Level::Urgent);
    assert_eq!(pain.symptoms, [SymptomKind::Pain]);
    assert_eq!(pain.min_severity, 7);
    assert_eq!(pain.pattern, Pattern::Present);
    assert_eq!(from, Span::ZERO, "at any time");

    for rule in ["flag-pus", "flag-increasing-warmth-pain", "flag-bleeding"] {
        assert_eq!(red_flag(&p, rule).0.level, Level::Urgent, "{rule}");
    }
    let (warmth, _, _) = red_flag(&p, "flag-increasing-warmth-pain");
    assert_eq!(warmth.pattern, Pattern::Worsening);

    for (rule, symptom) in [
        ("flag-redness-worsening", SymptomKind::Redness),
        ("flag-swelling-worsening", SymptomKind::Swelling),
    ] {
        let (flag, from, until) = red_flag(&p, rule);
        assert_eq!(flag.level, Level::ContactProvider, "{rule}");
        assert_eq!(flag.pattern, Pattern::Worsening, "{rule}");
        assert_eq!(flag.symptoms, [symptom], "{rule}");
        assert_eq!((from, until), (h(48), None), "{rule}");
    }
    for (rule, symptom) in [
        ("flag-redness-persisting", SymptomKind::Redness),
        ("flag-swelling-persisting", SymptomKind::Swelling),
    ] {
        let (flag, from, until) = red_flag(&p, rule);
        assert_eq!(flag.level, Level::ContactProvider, "{rule}");
        assert_eq!(flag.pattern, Pattern::Present, "{rule}");
        assert_eq!(flag.symptoms, [symptom], "{rule}");
        assert_eq!((from, until), (d(5), None), "{rule}");
    }
    for rule in [
        "flag-cold-sore",
        "flag-blisters",
        "flag-rash-hives",
        "flag-late-bumps",
        "flag-dark-patches",
    ] {
        assert_eq!(red_flag(&p, rule).0.level, Level::ContactProvider, "{rule}");
    }
    let (cold_sore, _, _) = red_flag(&p, "flag-cold-sore");
    assert_eq!(cold_sore.symptoms, [SymptomKind::Blisters]);
    assert_eq!(
        cold_sore.areas,
        [aftercare_core::BodyArea::LipsMouth],
        "near the lips"
    );
    // "Weeks later".
    assert!(red_flag(&p, "flag-late-bumps").1 >= w(1));
    assert!(red_flag(&p, "flag-dark-patches").1 >= w(1));
}

#[test]
fn microneedling_series() {
    let p = protocol("microneedling");
    let s = series(&p);
    assert_eq!(s.sessions, 3);
    let (rule, _) = p.series().unwrap();
    assert_eq!(rule.window.from, w(4), "earliest 4 weeks");
    let latest = rule.window.until.expect("a latest next session");
    assert!(latest <= w(12), "within the 4–12 week range: {latest}");
    assert_eq!(s.recommended.from, w(4));
    assert_eq!(s.recommended.until, w(6));
    assert_eq!(s.maintenance_months, Some(6));
}

// ---------------------------------------------------------------------------------------------
// §2 Variants
// ---------------------------------------------------------------------------------------------

#[test]
fn prp_variant() {
    let p = protocol("microneedling-prp");
    // No washing for 6 h: the first wash moves to 6 h, and not washing is a restriction.
    assert_eq!(after(&p, "first-wash").0, h(6));
    let (from, until) = after(&p, "prp-wash-note");
    assert_eq!((from, until), (Span::ZERO, Some(h(6))));
    assert_eq!(topic(&p, "prp-wash-note"), Topic::Cleansing);
    // NSAIDs avoided for 3 days after.
    assert!(matches!(
        p.rule("prp-no-nsaids-after").unwrap().kind,
        RuleKind::Restriction {
            topic: Topic::Medication
        }
    ));
    assert_eq!(after(&p, "prp-no-nsaids-after"), (Span::ZERO, Some(h(72))));
    // Swelling can last up to 7 days, and is not flagged as persisting before then.
    assert_eq!(after(&p, "expect-swelling"), (Span::ZERO, Some(d(7))));
    assert!(red_flag(&p, "flag-swelling-persisting").1 >= d(7));
    // Series of 4 sessions about 4 weeks apart.
    let s = series(&p);
    assert_eq!(s.sessions, 4);
    assert_eq!(p.series().unwrap().0.window.from, w(4));
    assert_eq!(s.recommended.from, w(4));
    assert!(s.recommended.until <= w(5), "{}", s.recommended.until);
    assert_eq!(p.series().unwrap().0.text, "series-microneedling-prp");
    // Everything else is the standard protocol.
    let base = protocol("microneedling");
    for rule in ["no-makeup", "no-workouts", "no-direct-sun", "flag-fever"] {
        assert_eq!(p.rule(rule), base.rule(rule), "{rule}");
    }
}

#[test]
fn rf_variant() {
    let p = protocol("rf-microneedling");
    assert_eq!(after(&p, "no-makeup"), (Span::ZERO, Some(h(48))));
    assert_eq!(after(&p, "no-workouts"), (Span::ZERO, Some(h(48))));
    assert_eq!(before(&p, "prep-stop-actives"), d(7));
    assert_eq!(after(&p, "expect-redness"), (Span::ZERO, Some(h(72))));
    assert_eq!(after(&p, "expect-swelling"), (Span::ZERO, Some(h(72))));
    // Redness/swelling within the expected 3 days is not "worsening after 48 h".
    assert!(red_flag(&p, "flag-redness-worsening").1 >= h(72));
    assert!(red_flag(&p, "flag-swelling-worsening").1 >= h(72));
    // Crusting and grid marks up to 7 days are expected.
    let (from, until) = after(&p, "rf-expect-crusting");
    assert_eq!((from, until), (Span::ZERO, Some(d(7))));
    // Aftercare about 2 weeks.
    for rule in ["no-direct-sun", "no-actives", "gentle-products-only"] {
        assert_eq!(after(&p, rule), (Span::ZERO, Some(w(2))), "{rule}");
    }
    // Antiviral around treatment if cold-sore prone.
    assert_eq!(topic(&p, "rf-prep-antiviral"), Topic::Medication);
    assert!(before(&p, "rf-prep-antiviral") >= d(1));
    // Burn / blister = contact provider.
    let (burn, _, _) = red_flag(&p, "rf-flag-burn");
    assert_eq!(burn.level, Level::ContactProvider);
    assert!(burn.symptoms.contains(&SymptomKind::Burning));
    assert!(burn.symptoms.contains(&SymptomKind::Blisters));
    // The standard series still applies.
    assert_eq!(series(&p).sessions, 3);
}

#[test]
fn at_home_roller_variant() {
    let p = protocol("at-home-roller");
    assert!(p.series().is_none(), "no series scheduling by default");
    // The app advises in-clinic treatment.
    let advice = p.rule("roller-in-clinic-advice").unwrap();
    assert!(matches!(advice.kind, RuleKind::Routine { .. }));
    assert_eq!(advice.text, "routine-roller-in-clinic");
    assert_eq!(advice.window.from, Span::ZERO);
    // Hygiene.
    assert_eq!(topic(&p, "roller-hygiene"), Topic::DeviceHygiene);
    // A stronger infection watch: every standard red flag stays, plus its own.
    let base = protocol("microneedling");
    let flags = |p: &Protocol| -> BTreeSet<String> {
        p.rules
            .iter()
            .filter(|r| matches!(r.kind, RuleKind::RedFlag(_)))
            .map(|r| r.id.clone())
            .collect()
    };
    let roller_flags = flags(&p);
    let base_flags = flags(&base);
    assert!(
        roller_flags.is_superset(&base_flags),
        "missing {:?}",
        base_flags.difference(&roller_flags).collect::<Vec<_>>()
    );
    let extra: Vec<_> = roller_flags.difference(&base_flags).collect();
    assert!(extra.len() >= 2, "{extra:?}");
    let (warmth, from, _) = red_flag(&p, "roller-flag-warmth");
    assert_eq!(warmth.symptoms, [SymptomKind::Warmth]);
    assert_eq!(
        warmth.pattern,
        Pattern::Present,
        "any warmth, not only increasing"
    );
    // Any warmth once the days when a warm feeling is normal are over (not only increasing).
    let expected_until = p
        .rule("expect-tightness")
        .and_then(|r| r.window.until)
        .expect("the warm, stinging feeling has an end");
    assert!(
        p.rule("expect-tightness")
            .unwrap()
            .names_expected(SymptomKind::Warmth)
    );
    assert_eq!(from, expected_until);
    // No window of the base is changed without a source for the home setting: the persisting
    // flags keep the clinic protocol's sourced windows.
    assert_eq!(
        red_flag(&p, "flag-redness-persisting").1,
        red_flag(&base, "flag-redness-persisting").1
    );
    for rule in &p.rules {
        if base.rule(&rule.id).is_none() {
            assert!(
                rule.sources
                    .iter()
                    .any(|s| ["S2", "C7", "C8"].contains(&s.as_str())),
                "{} cites the home-treatment sources",
                rule.id
            );
        }
    }
}

#[test]
fn no_red_flag_fires_on_what_is_expected() {
    // A red flag that fires on any entry (pattern present, low severity) must not overlap the
    // window in which the same symptom is normal, or normal healing would alarm the patient.
    // Flags above the severity the window expects, or only for unexpected entries, cannot.
    for p in Catalog::builtin().all() {
        for expected in &p.rules {
            let RuleKind::ExpectedSymptom {
                symptoms,
                max_severity,
            } = &expected.kind
            else {
                continue;
            };
            let expected_until = expected.window.until.expect("expected symptoms end");
            for flag_rule in &p.rules {
                let RuleKind::RedFlag(flag) = &flag_rule.kind else {
                    continue;
                };
                if flag.pattern != Pattern::Present
                    || flag.min_severity >= 5
                    || flag.min_severity > *max_severity
                    || flag.only_unexpected
                {
                    continue;
                }
                if !flag.symptoms.iter().any(|s| symptoms.contains(s)) {
                    continue;
                }
                assert!(
                    flag_rule.window.from >= expected_until,
                    "{}: {} (from {}) fires while {} is expected (until {expected_until})",
                    p.id,
                    flag_rule.id,
                    flag_rule.window.from,
                    expected.id
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

#[test]
fn every_rule_text_exists_in_english_and_spanish() {
    let texts = builtin_texts();
    for p in Catalog::builtin().all() {
        for key in std::iter::once(&p.name).chain(p.rules.iter().map(|r| &r.text)) {
            for locale in Locale::ALL {
                assert!(
                    texts.has(locale, key, None),
                    "{}: {key} has no {locale} text",
                    p.id
                );
            }
        }
        for rule in &p.rules {
            let key = &rule.text;
            if matches!(rule.kind, RuleKind::Restriction { .. }) {
                for locale in Locale::ALL {
                    assert!(
                        texts.has(locale, key, Some("lifted")),
                        "{}: restriction {} needs {key}.lifted in {locale}",
                        p.id,
                        rule.id
                    );
                }
            }
            if texts.has(Locale::En, key, Some("detail")) {
                assert!(
                    texts.has(Locale::Es, key, Some("detail")),
                    "{}: {key}.detail has no Spanish text",
                    p.id
                );
            }
        }
    }
}

#[test]
fn spanish_titles_are_translated() {
    for p in Catalog::builtin().all() {
        let en = p.texts(Locale::En);
        let es = p.texts(Locale::Es);
        // Spanish clinics call the treatment "microneedling" too (not "microagujas", which
        // names the needles); every other name is translated.
        if p.id == "microneedling" {
            assert_eq!(p.display_name(Locale::Es), "Microneedling");
        } else {
            assert_ne!(p.display_name(Locale::En), p.display_name(Locale::Es));
        }
        for rule in &p.rules {
            let title_en = en.get(&rule.text, None);
            let title_es = es.get(&rule.text, None);
            assert_ne!(title_en, rule.text, "{}: {} has no text", p.id, rule.id);
            assert_ne!(title_es, rule.text, "{}: {} has no text", p.id, rule.id);
            assert_ne!(
                title_en, title_es,
                "{}: {} is not translated",
                p.id, rule.id
            );
            if matches!(rule.kind, RuleKind::Restriction { .. }) {
                let lifted_en = en.attr(&rule.text, "lifted", None).unwrap();
                let lifted_es = es.attr(&rule.text, "lifted", None).unwrap();
                assert!(!lifted_en.trim().is_empty(), "{}", rule.id);
                assert_ne!(lifted_en, lifted_es, "{}: .lifted not translated", rule.id);
            }
            if let Some(detail_en) = en.attr(&rule.text, "detail", None) {
                let detail_es = es.attr(&rule.text, "detail", None).unwrap();
                assert_ne!(detail_en, detail_es, "{}: .detail not translated", rule.id);
            }
        }
    }
}

#[test]
fn red_flag_texts_send_the_patient_to_the_provider() {
    // The app never diagnoses: every red flag's English detail points to the provider (or
    // emergency services). A patient who rolled at home has no provider: a healthcare
    // professional.
    for p in Catalog::builtin().all() {
        let home = p.treatment == aftercare_core::protocol::TreatmentKind::HomeMicroneedling;
        let who = if home {
            "healthcare professional"
        } else {
            "provider"
        };
        let en = p.texts(Locale::En);
        for rule in &p.rules {
            if !matches!(rule.kind, RuleKind::RedFlag(_)) {
                continue;
            }
            let detail = aftercare_core::view::rule_attr(rule, "detail", &en)
                .unwrap_or_else(|| panic!("{}: {} has no .detail", p.id, rule.id));
            assert!(
                detail.contains(who) || detail.contains("emergency"),
                "{}: {} detail: {detail}",
                p.id,
                rule.id
            );
        }
    }
}

#[test]
fn an_at_home_patient_is_never_sent_to_a_provider_they_do_not_have() {
    let p = protocol("at-home-roller");
    for locale in Locale::ALL {
        let texts = p.texts(locale);
        for rule in &p.rules {
            for attr in [None, Some("detail"), Some("lifted")] {
                let text = match attr {
                    None => Some(aftercare_core::view::rule_title(rule, &texts)),
                    Some(a) => aftercare_core::view::rule_attr(rule, a, &texts),
                };
                let Some(text) = text else { continue };
                for provider in [
                    "your provider",
                    "your clinic",
                    "tu profesional",
                    "tu clínica",
                ] {
                    assert!(
                        !text.contains(provider),
                        "{locale} {}: {text:?} names {provider:?}",
                        rule.id
                    );
                }
            }
        }
    }
}

#[test]
fn rule_texts_take_their_numbers_from_the_rule() {
    // A number written into a text goes stale when a variant overrides the window (RF redness
    // for 1–3 days said "a day or two"). Durations and severities come from the rule itself.
    let numbers = regex_lite_durations();
    for locale in Locale::ALL {
        let texts = aftercare_core::text::builtin();
        for p in Catalog::builtin().all() {
            for rule in &p.rules {
                if matches!(rule.kind, RuleKind::Series(_)) {
                    continue;
                }
                for attr in [None, Some("detail"), Some("lifted")] {
                    if !texts.has(locale, &rule.text, attr) {
                        continue;
                    }
                    let raw = raw_message(locale, &rule.text, attr);
                    for phrase in &numbers {
                        assert!(
                            !raw.to_lowercase().contains(phrase),
                            "{locale} {}{}: {raw:?} writes {phrase:?} instead of using the rule's numbers",
                            rule.text,
                            attr.map(|a| format!(".{a}")).unwrap_or_default()
                        );
                    }
                }
            }
        }
    }
    // And the numbers shown follow the variant's own windows.
    let detail = |id: &str, rule: &str| {
        let p = protocol(id);
        aftercare_core::view::rule_attr(p.rule(rule).unwrap(), "detail", &p.texts(Locale::En))
            .unwrap()
    };
    assert!(detail("microneedling", "expect-redness").contains("2 days"));
    assert!(detail("rf-microneedling", "expect-redness").contains("3 days"));
    assert!(detail("microneedling", "expect-swelling").contains("2 days"));
    assert!(detail("microneedling-prp", "expect-swelling").contains("7 days"));
}

/// Number phrases that must not be written into a rule text by hand.
fn regex_lite_durations() -> Vec<String> {
    let mut out = Vec::new();
    let counts = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "a couple of",
        "uno",
        "una",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
    ];
    let units = [
        "day", "days", "hour", "hours", "week", "weeks", "día", "días", "hora", "horas", "semana",
        "semanas",
    ];
    for c in counts {
        for u in units {
            out.push(format!("{c} {u}"));
        }
    }
    for n in 0..=14 {
        for u in units {
            out.push(format!("{n} {u}"));
        }
    }
    for phrase in ["a week", "una semana"] {
        out.push(phrase.to_string());
    }
    for n in 1..=10 {
        out.push(format!("{n} or more"));
        out.push(format!("{n} o más"));
    }
    out
}

/// A built-in message as written in the Fluent source (placeables unrendered).
fn raw_message(locale: Locale, key: &str, attr: Option<&str>) -> String {
    let source = match locale {
        Locale::En => include_str!("../locales/en/protocols.ftl"),
        Locale::Es => include_str!("../locales/es/protocols.ftl"),
    };
    let mut lines = source
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{key} =")));
    let first = lines.next().unwrap_or_default();
    match attr {
        None => first.to_string(),
        Some(name) => lines
            .take_while(|l| l.starts_with(' '))
            .find(|l| l.trim_start().starts_with(&format!(".{name} =")))
            .unwrap_or_default()
            .to_string(),
    }
}
