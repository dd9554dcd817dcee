//! Loading clinic protocol files: what a valid file yields, round trips, every refusal naming
//! its place in the file, import semantics, and no panics on arbitrary input.
//!
//! See `core/docs/protocol-format.md` for the format these tests pin down.

use aftercare_core::protocol::{Anchor, Problem, ProtocolRef, RuleKind, Topic};
use aftercare_core::{Catalog, Locale, Protocol, ProtocolError, Span};
use proptest::prelude::*;
use serde_json::{Value, json};

const GLOW_EXAMPLE: &str = include_str!("../docs/examples/glow-clinic-microneedling.json");

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/// English messages of the standalone fixture (the restriction has its required `.lifted`).
const STANDALONE_EN: &str = "\
glow-name = Glow Clinic standalone
glow-makeup = No makeup
    .detail = Let the skin settle first.
    .lifted = You can wear makeup again.
glow-series = Your Glow series
";

const STANDALONE_ES: &str = "\
glow-name = Glow Clinic independiente
glow-makeup = Sin maquillaje
    .detail = Deja que la piel se calme primero.
    .lifted = Ya puedes volver a maquillarte.
glow-series = Tu serie en Glow
";

/// A valid protocol that extends nothing. Rule indices used by the error tests:
/// 0 restriction, 1 expected_symptom, 2 red_flag, 3 routine (after), 4 preparation (before),
/// 5 series.
fn standalone() -> Value {
    json!({
        "format": 1,
        "id": "glow-standalone",
        "version": 1,
        "name": "glow-name",
        "treatment": "microneedling",
        "rules": [
            { "id": "no-makeup", "kind": "restriction", "topic": "makeup",
              "window": { "anchor": "after_session", "from": "0h", "until": "24h" },
              "text": "glow-makeup", "sources": ["glow-sheet"] },
            { "id": "expect-redness", "kind": "expected_symptom", "symptoms": ["redness"],
              "window": { "anchor": "after_session", "from": "0h", "until": "48h" },
              "text": "expect-redness" },
            { "id": "flag-fever", "kind": "red_flag", "level": "urgent", "symptoms": ["fever"],
              "window": { "anchor": "after_session", "from": "0h" },
              "text": "flag-fever" },
            { "id": "daily-spf", "kind": "routine", "topic": "sun_protection",
              "schedule": { "every": "daily", "slot": "morning" },
              "window": { "anchor": "after_session", "from": "8h", "until": "4w" },
              "text": "routine-daily-spf" },
            { "id": "prep-stop-actives", "kind": "preparation", "topic": "actives",
              "window": { "anchor": "before_session", "from": "5d", "until": "0h" },
              "text": "prep-stop-actives" },
            { "id": "series", "kind": "series", "sessions": 3,
              "window": { "anchor": "after_session", "from": "4w", "until": "12w" },
              "recommended": { "from": "4w", "until": "6w" }, "maintenance_months": 6,
              "text": "glow-series" }
        ],
        "messages": { "en": STANDALONE_EN, "es": STANDALONE_ES }
    })
}

const EXTENDING_EN: &str = "\
glow-name = Glow Clinic microneedling
glow-no-alcohol = No alcohol
    .detail = Alcohol can make redness and swelling worse.
    .lifted = You can drink alcohol again.
";

const EXTENDING_ES: &str = "\
glow-name = Microagujas de Glow Clinic
glow-no-alcohol = Sin alcohol
    .detail = El alcohol puede empeorar el enrojecimiento y la hinchazón.
    .lifted = Ya puedes volver a tomar alcohol.
";

/// A valid clinic file extending `microneedling`: no-makeup to 48 h, no prep-hydrate, one
/// restriction of its own with English and Spanish texts.
fn extending() -> Value {
    json!({
        "format": 1,
        "id": "glow-microneedling",
        "version": 1,
        "name": "glow-name",
        "treatment": "microneedling",
        "extends": { "id": "microneedling" },
        "overrides": [
            { "rule": "no-makeup",
              "window": { "anchor": "after_session", "from": "0h", "until": "48h" } }
        ],
        "remove": ["prep-hydrate"],
        "rules": [
            { "id": "glow-no-alcohol", "kind": "restriction", "topic": "other",
              "window": { "anchor": "after_session", "from": "0h", "until": "24h" },
              "text": "glow-no-alcohol", "sources": ["glow-sheet"] }
        ],
        "messages": { "en": EXTENDING_EN, "es": EXTENDING_ES }
    })
}

/// `base` changed by `edit`, as JSON text.
fn edited(base: Value, edit: impl FnOnce(&mut Value)) -> String {
    let mut value = base;
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

fn check(json: &str) -> Result<Protocol, ProtocolError> {
    Catalog::builtin().check(json)
}

fn refused(json: &str) -> Vec<Problem> {
    match check(json) {
        Ok(p) => panic!(
            "accepted {} v{}, expected a refusal:\n{json}",
            p.id, p.version
        ),
        Err(err) => {
            let problems = err.problems().to_vec();
            assert!(!problems.is_empty(), "an error without problems: {err:?}");
            problems
        }
    }
}

/// Asserts the file is refused with exactly one problem, at `path`, whose message contains
/// `needle`; returns that problem.
#[track_caller]
fn assert_only_problem(json: &str, path: &str, needle: &str) -> Problem {
    let problems = refused(json);
    assert_eq!(
        problems.len(),
        1,
        "expected one problem at {path:?}, got {problems:#?}"
    );
    let problem = problems[0].clone();
    assert_eq!(problem.path, path, "wrong place: {problem}");
    assert!(
        problem.message.contains(needle),
        "message of {path} should mention {needle:?}: {problem}"
    );
    problem
}

/// Sets (or adds) the field at a JSON pointer such as `/rules/0/window/from`.
fn set(value: &mut Value, pointer: &str, new: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("a JSON pointer");
    let parent = value
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("fixture has no {parent:?}"));
    match parent {
        Value::Object(map) => {
            map.insert(key.to_string(), new);
        }
        Value::Array(items) => {
            let index: usize = key.parse().expect("an array index");
            items[index] = new;
        }
        _ => panic!("{pointer}: parent is not an object or array"),
    }
}

fn remove_field(value: &mut Value, pointer: &str, field: &str) {
    value
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("fixture has no object {pointer}"))
        .remove(field)
        .unwrap_or_else(|| panic!("fixture has no {pointer}/{field}"));
}

fn push_rule(value: &mut Value, rule: Value) {
    value["rules"].as_array_mut().unwrap().push(rule);
}

// ---------------------------------------------------------------------------------------------
// Valid files
// ---------------------------------------------------------------------------------------------

#[test]
fn fixtures_are_valid() {
    check(&extending().to_string()).expect("extending fixture");
    check(&standalone().to_string()).expect("standalone fixture");
}

#[test]
fn extending_file_overrides_removes_and_adds_with_its_own_texts() {
    let base = Catalog::builtin()
        .get("microneedling", None)
        .unwrap()
        .clone();
    let protocol = check(&extending().to_string()).expect("valid clinic file");

    assert_eq!(protocol.id, "glow-microneedling");
    assert_eq!(protocol.version, 1);
    assert!(!protocol.builtin);
    assert_eq!(
        protocol.based_on,
        Some(ProtocolRef {
            id: "microneedling".to_string(),
            version: 1
        })
    );

    // Overridden window.
    let makeup = protocol.rule("no-makeup").expect("no-makeup kept");
    assert_eq!(makeup.window.anchor, Anchor::AfterSession);
    assert_eq!(makeup.window.from, Span::ZERO);
    assert_eq!(makeup.window.until, Some(Span::hours(48)));
    assert_eq!(
        base.rule("no-makeup").unwrap().window.until,
        Some(Span::hours(24)),
        "the built-in itself is untouched"
    );
    // Everything else of the base is kept as it was.
    let workouts = protocol.rule("no-workouts").unwrap();
    assert_eq!(workouts, base.rule("no-workouts").unwrap());

    // Removed rule.
    assert!(protocol.rule("prep-hydrate").is_none());
    assert!(base.rule("prep-hydrate").is_some());

    // Added restriction, after the base's rules.
    let added = protocol.rule("glow-no-alcohol").expect("added rule");
    assert_eq!(
        added.kind,
        RuleKind::Restriction {
            topic: Topic::Other
        }
    );
    assert_eq!(added.window.until, Some(Span::hours(24)));
    assert_eq!(added.sources, vec!["glow-sheet".to_string()]);
    assert_eq!(protocol.rules.len(), base.rules.len() - 1 + 1);
    assert_eq!(protocol.rules.last().unwrap().id, "glow-no-alcohol");

    // Its own texts in both locales, built-in texts still available.
    let en = protocol.texts(Locale::En);
    let es = protocol.texts(Locale::Es);
    assert_eq!(en.get("glow-no-alcohol", None), "No alcohol");
    assert_eq!(es.get("glow-no-alcohol", None), "Sin alcohol");
    assert_eq!(
        es.attr("glow-no-alcohol", "lifted", None).as_deref(),
        Some("Ya puedes volver a tomar alcohol.")
    );
    assert_eq!(
        en.attr("glow-no-alcohol", "lifted", None).as_deref(),
        Some("You can drink alcohol again.")
    );
    assert_eq!(
        protocol.display_name(Locale::Es),
        "Microagujas de Glow Clinic"
    );
    assert_eq!(
        es.get("restrict-makeup", None),
        base.texts(Locale::Es).get("restrict-makeup", None)
    );
}

#[test]
fn extends_may_name_the_base_version() {
    let json = edited(extending(), |v| {
        set(
            v,
            "/extends",
            json!({ "id": "microneedling", "version": 1 }),
        )
    });
    let protocol = check(&json).expect("explicit base version");
    assert_eq!(protocol.based_on.unwrap().version, 1);
}

#[test]
fn standalone_clinic_protocol_loads() {
    let protocol = check(&standalone().to_string()).expect("valid standalone file");
    assert_eq!(protocol.based_on, None);
    assert_eq!(protocol.rules.len(), 6);
    let ids: Vec<&str> = protocol.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "no-makeup",
            "expect-redness",
            "flag-fever",
            "daily-spf",
            "prep-stop-actives",
            "series"
        ]
    );
    let (_, series) = protocol.series().expect("series rule");
    assert_eq!(series.sessions, 3);
    assert_eq!(
        protocol.texts(Locale::Es).get("glow-makeup", None),
        "Sin maquillaje"
    );
    // A clinic rule may leave out sources.
    assert!(protocol.rule("expect-redness").unwrap().sources.is_empty());
}

#[test]
fn documented_example_loads() {
    let protocol = Catalog::builtin()
        .check(GLOW_EXAMPLE)
        .unwrap_or_else(|e| panic!("docs/examples/glow-clinic-microneedling.json: {e}"));
    assert_eq!(protocol.id, "glow-clinic-microneedling");
    let base = Catalog::builtin()
        .get("microneedling", None)
        .unwrap()
        .clone();
    assert_eq!(protocol.rules.len(), base.rules.len() - 1 + 4);
    assert_eq!(
        protocol
            .based_on
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("microneedling v1")
    );
    assert_eq!(
        protocol
            .texts(Locale::Es)
            .get("glow-restrict-alcohol", None),
        "Sin alcohol"
    );
    assert_eq!(
        protocol.rule("no-makeup").unwrap().window.until,
        Some(Span::hours(48))
    );
    assert_eq!(
        protocol.rule("no-workouts").unwrap().window.until,
        Some(Span::hours(72))
    );
    assert!(protocol.rule("prep-hydrate").is_none());
    let prep = protocol.rule("glow-prep-photos").unwrap();
    assert_eq!(prep.window.from, Span::hours(36));
    assert_eq!(
        protocol.display_name(Locale::Es),
        "Microagujas de Glow Clinic"
    );
    for rule in &protocol.rules {
        let en = protocol.texts(Locale::En).get(&rule.text, None);
        assert_ne!(en, rule.text, "{} has no English text", rule.id);
    }
}

// ---------------------------------------------------------------------------------------------
// Round trip
// ---------------------------------------------------------------------------------------------

fn reload_as_copy(protocol: &Protocol, id: &str) -> Protocol {
    let mut file = protocol.to_file();
    file.id = id.to_string();
    let json = serde_json::to_string_pretty(&file).unwrap();
    check(&json)
        .unwrap_or_else(|e| panic!("{} exported and reloaded as {id}: {e}\n{json}", protocol.id))
}

#[test]
fn clinic_protocol_round_trips_through_to_file() {
    for (name, json) in [
        ("extending", extending().to_string()),
        ("standalone", standalone().to_string()),
        ("example", GLOW_EXAMPLE.to_string()),
    ] {
        let protocol = check(&json).unwrap();
        let copy = reload_as_copy(&protocol, "glow-copy");
        assert_eq!(copy.rules, protocol.rules, "{name}");
        assert_eq!(copy.name, protocol.name, "{name}");
        assert_eq!(copy.treatment, protocol.treatment, "{name}");
        assert_eq!(copy.based_on, None, "{name}: an export is flattened");
        for rule in &protocol.rules {
            for locale in Locale::ALL {
                assert_eq!(
                    copy.texts(locale).get(&rule.text, None),
                    protocol.texts(locale).get(&rule.text, None),
                    "{name}: {} in {locale}",
                    rule.id
                );
            }
        }
        // And the export of the copy is the export of the original, apart from the id.
        let mut again = copy.to_file();
        again.id = protocol.id.clone();
        assert_eq!(again, protocol.to_file(), "{name}");
    }
}

#[test]
fn every_builtin_round_trips_through_to_file() {
    let catalog = Catalog::builtin();
    assert!(!catalog.all().is_empty());
    for protocol in catalog.all() {
        let copy = reload_as_copy(protocol, &format!("copy-{}", protocol.id));
        assert_eq!(copy.rules, protocol.rules, "{}", protocol.id);
        assert_eq!(copy.treatment, protocol.treatment, "{}", protocol.id);
        assert_eq!(copy.version, protocol.version, "{}", protocol.id);
    }
}

// ---------------------------------------------------------------------------------------------
// Every error names the place
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_top_level_field() {
    let json = edited(standalone(), |v| set(v, "/colour", json!("pink")));
    assert_only_problem(&json, "colour", "unknown field `colour`");
}

#[test]
fn unknown_field_inside_a_rule() {
    let json = edited(standalone(), |v| set(v, "/rules/1/severity", json!(3)));
    assert_only_problem(&json, "rules[1].severity", "unknown field `severity`");
    let json = edited(standalone(), |v| {
        set(v, "/rules/1/window/to", json!("48h"));
    });
    assert_only_problem(&json, "rules[1].window.to", "unknown field `to`");
}

#[test]
fn unknown_enum_value_inside_a_rule() {
    let json = edited(standalone(), |v| set(v, "/rules/0/topic", json!("tanning")));
    assert_only_problem(&json, "rules[0].topic", "tanning");
    let json = edited(standalone(), |v| set(v, "/rules/2/level", json!("panic")));
    assert_only_problem(&json, "rules[2].level", "panic");
}

#[test]
fn json_syntax_error_at_the_top_level() {
    // A trailing comma after the last field of the file.
    let json = "{\n  \"format\": 1,\n  \"id\": \"glow\",\n}\n";
    let problem = assert_only_problem(json, "(file)", "line 4 column 1");
    assert!(problem.message.contains("trailing comma"), "{problem}");
}

#[test]
fn json_syntax_error_inside_a_rule_names_the_rule() {
    // The comma between two fields of rules[1] is missing.
    let good = serde_json::to_string_pretty(&standalone()).unwrap();
    let bad = good.replacen(
        "\"kind\": \"expected_symptom\",",
        "\"kind\": \"expected_symptom\"",
        1,
    );
    assert_ne!(good, bad);
    let problems = refused(&bad);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let problem = &problems[0];
    assert!(
        problem.path.starts_with("rules[1]"),
        "a syntax error inside rules[1] should name rules[1]: {problem}"
    );
    assert!(
        !problem.path.contains('?'),
        "the path should name a place, not an unknown segment: {problem}"
    );
    assert!(problem.message.contains("expected `,` or `}`"), "{problem}");
    assert!(problem.message.contains("line "), "{problem}");
}

#[test]
fn truncated_file_is_refused_at_the_file() {
    let json = "{\n  \"format\": 1,\n  \"id\": \"glow\"";
    let problem = assert_only_problem(json, "(file)", "EOF while parsing");
    assert!(problem.message.contains("line 3"), "{problem}");
    assert_only_problem("", "(file)", "EOF while parsing");
}

#[test]
fn trailing_characters_after_the_protocol_are_refused() {
    let json = format!("{}\n{{ \"id\": \"second\" }}\n", standalone());
    assert_only_problem(&json, "(file)", "trailing characters");
    let json = format!("{} x", extending());
    assert_only_problem(&json, "(file)", "trailing characters");
}

#[test]
fn missing_top_level_field() {
    let json = edited(standalone(), |v| remove_field(v, "", "name"));
    assert_only_problem(&json, "(file)", "missing field `name`");
}

#[test]
fn window_ending_before_it_starts_after_the_session() {
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/3/window",
            json!({ "anchor": "after_session", "from": "5d", "until": "24h" }),
        )
    });
    let problem = assert_only_problem(&json, "rules[3].window.until", "ends before it starts");
    assert!(problem.message.contains("24h"), "{problem}");
    assert!(problem.message.contains("5d"), "{problem}");
}

#[test]
fn window_ending_before_it_starts_before_the_session() {
    // Starts 2 days before the appointment and "ends" 5 days before it.
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/4/window",
            json!({ "anchor": "before_session", "from": "2d", "until": "5d" }),
        )
    });
    assert_only_problem(&json, "rules[4].window.until", "ends before it starts");
    // And a before-session window must say when it ends.
    let json = edited(standalone(), |v| {
        remove_field(v, "/rules/4/window", "until")
    });
    assert_only_problem(&json, "rules[4].window.until", "must say when it ends");
}

#[test]
fn negative_duration() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/0/window/from", json!("-5d"))
    });
    assert_only_problem(&json, "rules[0].window.from", "\"-5d\"");
}

#[test]
fn absurd_durations() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/0/window/until", json!("900d"))
    });
    assert_only_problem(&json, "rules[0].window.until", "2-year limit");
    let json = edited(standalone(), |v| {
        set(v, "/rules/3/window/until", json!("999w"))
    });
    assert_only_problem(&json, "rules[3].window.until", "2-year limit");
    let json = edited(extending(), |v| {
        set(v, "/overrides/0/window/until", json!("99999999d"))
    });
    assert_only_problem(&json, "overrides[0].window.until", "2-year limit");
}

#[test]
fn malformed_durations() {
    for bad in ["5 days", "1mo", "12h1d", "48", "", "1.5d"] {
        let json = edited(standalone(), |v| {
            set(v, "/rules/0/window/until", json!(bad))
        });
        assert_only_problem(&json, "rules[0].window.until", "expected a duration like");
    }
    let json = edited(standalone(), |v| set(v, "/rules/0/window/until", json!(48)));
    assert_only_problem(&json, "rules[0].window.until", "expected a string");
}

#[test]
fn duplicate_rule_ids() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/2/id", json!("expect-redness"))
    });
    let problem = assert_only_problem(&json, "rules[2].id", "duplicate rule id");
    assert!(problem.message.contains("rules[1]"), "{problem}");
}

#[test]
fn added_rule_reusing_a_base_rule_id() {
    let json = edited(extending(), |v| set(v, "/rules/0/id", json!("no-makeup")));
    let problem = assert_only_problem(&json, "rules[0].id", "duplicate rule id \"no-makeup\"");
    assert!(problem.message.contains("base protocol"), "{problem}");
}

#[test]
fn added_rule_may_replace_a_removed_base_rule() {
    let json = edited(extending(), |v| {
        set(v, "/remove", json!(["prep-hydrate", "no-makeup"]));
        set(v, "/overrides", json!([]));
        set(v, "/rules/0/id", json!("no-makeup"));
    });
    let protocol = check(&json).expect("replacing a removed rule");
    assert_eq!(protocol.rule("no-makeup").unwrap().text, "glow-no-alcohol");
}

#[test]
fn missing_text() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/0/text", json!("glow-nowhere"))
    });
    assert_only_problem(&json, "rules[0].text", "\"glow-nowhere\"");
    // Spanish alone is not enough: English is the fallback for every locale.
    let json = edited(standalone(), |v| {
        set(v, "/rules/1/text", json!("glow-only-es"));
        set(
            v,
            "/messages/es",
            json!(format!("{STANDALONE_ES}glow-only-es = Solo en español\n")),
        );
    });
    assert_only_problem(&json, "rules[1].text", "no English text");
    // The display name too.
    let json = edited(standalone(), |v| set(v, "/name", json!("glow-unnamed")));
    assert_only_problem(&json, "name", "\"glow-unnamed\"");
}

#[test]
fn text_that_is_not_a_message_id() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/1/text", json!("No makeup!"))
    });
    assert_only_problem(&json, "rules[1].text", "not a message id");
}

#[test]
fn restriction_text_without_lifted() {
    let en = STANDALONE_EN.replace("    .lifted = You can wear makeup again.\n", "");
    assert_ne!(en, STANDALONE_EN);
    let json = edited(standalone(), |v| set(v, "/messages/en", json!(en)));
    assert_only_problem(&json, "rules[0].text", ".lifted");
    // A built-in message without .lifted cannot be used for a restriction either.
    let json = edited(standalone(), |v| {
        set(v, "/rules/0/text", json!("expect-redness"))
    });
    assert_only_problem(&json, "rules[0].text", ".lifted");
}

#[test]
fn field_not_allowed_for_the_kind() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/0/symptoms", json!(["redness"]))
    });
    assert_only_problem(
        &json,
        "rules[0].symptoms",
        "not allowed in a restriction rule",
    );
    let json = edited(standalone(), |v| set(v, "/rules/1/level", json!("urgent")));
    assert_only_problem(
        &json,
        "rules[1].level",
        "not allowed in a expected_symptom rule",
    );
    let json = edited(standalone(), |v| set(v, "/rules/5/topic", json!("other")));
    assert_only_problem(&json, "rules[5].topic", "not allowed in a series rule");
}

#[test]
fn required_field_missing() {
    let json = edited(standalone(), |v| remove_field(v, "/rules/0", "topic"));
    assert_only_problem(&json, "rules[0].topic", "required in a restriction rule");
    let json = edited(standalone(), |v| remove_field(v, "/rules/2", "level"));
    assert_only_problem(&json, "rules[2].level", "required in a red_flag rule");
    let json = edited(standalone(), |v| remove_field(v, "/rules/3", "schedule"));
    assert_only_problem(&json, "rules[3].schedule", "required in a routine rule");
    let json = edited(standalone(), |v| remove_field(v, "/rules/5", "recommended"));
    assert_only_problem(&json, "rules[5].recommended", "required in a series rule");
    // Fields every rule has are shape errors.
    let json = edited(standalone(), |v| remove_field(v, "/rules/1", "window"));
    assert_only_problem(&json, "rules[1]", "missing field `window`");
}

#[test]
fn min_severity_out_of_range() {
    let json = edited(standalone(), |v| set(v, "/rules/2/min_severity", json!(11)));
    assert_only_problem(&json, "rules[2].min_severity", "between 1 and 10");
    let json = edited(standalone(), |v| set(v, "/rules/2/min_severity", json!(0)));
    assert_only_problem(&json, "rules[2].min_severity", "between 1 and 10");
}

#[test]
fn empty_symptoms_and_areas() {
    let json = edited(standalone(), |v| set(v, "/rules/2/symptoms", json!([])));
    assert_only_problem(&json, "rules[2].symptoms", "at least one symptom");
    let json = edited(standalone(), |v| set(v, "/rules/2/areas", json!([])));
    assert_only_problem(&json, "rules[2].areas", "anywhere");
}

#[test]
fn series_recommended_outside_the_window() {
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/5/recommended",
            json!({ "from": "2w", "until": "6w" }),
        )
    });
    let problem = assert_only_problem(&json, "rules[5].recommended", "inside the window");
    assert!(problem.message.contains("4w to 12w"), "{problem}");
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/5/recommended",
            json!({ "from": "6w", "until": "13w" }),
        )
    });
    assert_only_problem(&json, "rules[5].recommended", "inside the window");
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/5/recommended",
            json!({ "from": "6w", "until": "5w" }),
        )
    });
    assert_only_problem(&json, "rules[5].recommended.until", "ends before it starts");
}

#[test]
fn series_sessions_and_maintenance_out_of_range() {
    let json = edited(standalone(), |v| set(v, "/rules/5/sessions", json!(0)));
    assert_only_problem(&json, "rules[5].sessions", "between 1 and 20");
    let json = edited(standalone(), |v| {
        set(v, "/rules/5/maintenance_months", json!(48))
    });
    assert_only_problem(&json, "rules[5].maintenance_months", "between 1 and 36");
}

#[test]
fn two_series_rules() {
    let json = edited(standalone(), |v| {
        let mut second = v["rules"][5].clone();
        second["id"] = json!("series-two");
        push_rule(v, second);
    });
    assert_only_problem(&json, "rules[6].kind", "at most one series rule");
    // An added series next to the base's series.
    let json = edited(extending(), |v| {
        let mut series = standalone()["rules"][5].clone();
        series["id"] = json!("glow-series");
        series["text"] = json!("series-microneedling");
        push_rule(v, series);
    });
    assert_only_problem(&json, "rules[1].kind", "at most one series rule");
}

#[test]
fn override_of_an_unknown_rule() {
    let json = edited(extending(), |v| {
        set(v, "/overrides/0/rule", json!("no-makeupp"))
    });
    let problem = assert_only_problem(&json, "overrides[0].rule", "\"no-makeupp\"");
    assert!(problem.message.contains("microneedling v1"), "{problem}");
}

#[test]
fn override_of_a_removed_rule() {
    let json = edited(extending(), |v| set(v, "/remove", json!(["no-makeup"])));
    assert_only_problem(&json, "overrides[0].rule", "also removed");
}

#[test]
fn override_with_a_bad_window() {
    let json = edited(extending(), |v| {
        set(
            v,
            "/overrides/0/window",
            json!({ "anchor": "after_session", "from": "48h", "until": "24h" }),
        )
    });
    assert_only_problem(&json, "overrides[0].window.until", "ends before it starts");
    let json = edited(extending(), |v| {
        set(
            v,
            "/overrides/0/window",
            json!({ "anchor": "before_session", "from": "48h", "until": "0h" }),
        )
    });
    assert_only_problem(&json, "overrides[0].window.anchor", "after_session");
}

#[test]
fn override_of_the_series_window_names_the_override() {
    // The base series recommends 4w–6w; an allowed gap starting at 5w no longer contains it.
    // The clinic wrote overrides[0].window, so that is the place to name (there is no
    // `recommended` field in an override).
    let json = edited(extending(), |v| {
        set(
            v,
            "/overrides/0",
            json!({ "rule": "series",
                    "window": { "anchor": "after_session", "from": "5w", "until": "12w" } }),
        )
    });
    let problems = refused(&json);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].path.starts_with("overrides[0].window"),
        "should name overrides[0].window: {}",
        problems[0]
    );
    assert!(
        problems[0].message.contains("recommended"),
        "should say the base's recommended gap no longer fits: {}",
        problems[0]
    );
}

#[test]
fn remove_of_an_unknown_rule() {
    let json = edited(extending(), |v| {
        set(v, "/remove", json!(["prep-hydrate", "no-such-rule"]))
    });
    assert_only_problem(&json, "remove[1]", "\"no-such-rule\"");
    let json = edited(extending(), |v| set(v, "/remove", json!(["nope"])));
    assert_only_problem(&json, "remove[0]", "no rule \"nope\"");
    let json = edited(extending(), |v| {
        set(v, "/remove", json!(["prep-hydrate", "prep-hydrate"]))
    });
    assert_only_problem(&json, "remove[1]", "removed twice");
}

#[test]
fn extends_an_unknown_protocol() {
    let json = edited(extending(), |v| {
        set(v, "/extends", json!({ "id": "microneedling-deluxe" }));
        set(v, "/overrides", json!([]));
        set(v, "/remove", json!([]));
    });
    assert_only_problem(&json, "extends", "\"microneedling-deluxe\"");
    let json = edited(extending(), |v| {
        set(
            v,
            "/extends",
            json!({ "id": "microneedling", "version": 7 }),
        );
        set(v, "/overrides", json!([]));
        set(v, "/remove", json!([]));
    });
    assert_only_problem(&json, "extends", "microneedling v7");
}

#[test]
fn unknown_base_is_the_only_problem_named() {
    // The file does extend a protocol; its overrides and removals just cannot be checked
    // without the base. "only a protocol that extends another can ..." would be untrue.
    let json = edited(extending(), |v| {
        set(
            v,
            "/extends",
            json!({ "id": "microneedling", "version": 3 }),
        )
    });
    assert_only_problem(&json, "extends", "microneedling v3");
}

#[test]
fn extends_cannot_reach_another_clinic_protocol() {
    let mut catalog = Catalog::builtin();
    catalog.import(&extending().to_string()).unwrap();
    let json = edited(extending(), |v| {
        set(v, "/id", json!("glow-microneedling-2"));
        set(v, "/extends", json!({ "id": "glow-microneedling" }));
        set(v, "/overrides", json!([]));
        set(v, "/remove", json!([]));
    });
    let problems = catalog.check(&json).unwrap_err().problems().to_vec();
    assert_eq!(problems[0].path, "extends", "{problems:#?}");
}

#[test]
fn overrides_and_remove_without_extends() {
    let json = edited(standalone(), |v| {
        set(v, "/remove", json!(["series"]));
    });
    assert_only_problem(&json, "remove", "extends");
    let json = edited(standalone(), |v| {
        set(
            v,
            "/overrides",
            json!([{ "rule": "no-makeup",
                     "window": { "anchor": "after_session", "from": "0h", "until": "48h" } }]),
        );
    });
    assert_only_problem(&json, "overrides", "extends");
}

#[test]
fn clinic_file_using_a_builtin_id() {
    for builtin in ["microneedling", "rf-microneedling"] {
        let json = edited(extending(), |v| set(v, "/id", json!(builtin)));
        assert_only_problem(&json, "id", "built-in");
    }
}

#[test]
fn bad_ids() {
    let json = edited(standalone(), |v| set(v, "/id", json!("Glow Clinic!")));
    assert_only_problem(&json, "id", "\"Glow Clinic!\" is not a valid id");
    let json = edited(standalone(), |v| set(v, "/id", json!("")));
    assert_only_problem(&json, "id", "not a valid id");
    let json = edited(standalone(), |v| set(v, "/id", json!("-glow")));
    assert_only_problem(&json, "id", "not a valid id");
    let json = edited(standalone(), |v| set(v, "/id", json!("g".repeat(65))));
    assert_only_problem(&json, "id", "not a valid id");
    let json = edited(standalone(), |v| set(v, "/rules/3/id", json!("Daily SPF")));
    assert_only_problem(&json, "rules[3].id", "\"Daily SPF\" is not a valid id");
}

#[test]
fn unsupported_format() {
    let json = edited(standalone(), |v| set(v, "/format", json!(2)));
    assert_only_problem(&json, "format", "unsupported format 2");
}

#[test]
fn version_out_of_range() {
    let json = edited(standalone(), |v| set(v, "/version", json!(0)));
    assert_only_problem(&json, "version", "between 1 and");
    let json = edited(standalone(), |v| set(v, "/version", json!(-1)));
    assert_only_problem(&json, "version", "invalid value");
}

#[test]
fn bad_fluent_source_names_the_locale_and_line() {
    let es = format!("{STANDALONE_ES}\nroto = {{ $\n");
    let line = es.lines().count();
    assert_eq!(line, 7);
    let json = edited(standalone(), |v| set(v, "/messages/es", json!(es)));
    let problems = refused(&json);
    assert_eq!(problems[0].path, "messages.es", "{problems:#?}");
    assert!(problems[0].message.starts_with("line 7:"), "{problems:#?}");
    let json = edited(extending(), |v| {
        set(
            v,
            "/messages/en",
            json!(format!("{EXTENDING_EN}broken = {{ }}\n")),
        )
    });
    let problems = refused(&json);
    assert_eq!(problems[0].path, "messages.en", "{problems:#?}");
    assert!(problems[0].message.starts_with("line 5:"), "{problems:#?}");
}

#[test]
fn bad_spanish_source_does_not_hide_the_english_texts() {
    // Only messages.es is broken. The English messages are all there, so the file has one
    // problem; "no English text for ... (add it under messages.en)" for a message that
    // messages.en does define would send the clinic to the wrong place.
    let es = format!("{STANDALONE_ES}\nroto = {{ $\n");
    let json = edited(standalone(), |v| set(v, "/messages/es", json!(es)));
    assert_only_problem(&json, "messages.es", "line 7:");
}

#[test]
fn duplicate_fluent_message_names_its_line() {
    // Line 6 defines glow-name a second time.
    let en = format!("{STANDALONE_EN}glow-name = Another name\n");
    assert_eq!(en.lines().count(), 6);
    let json = edited(standalone(), |v| set(v, "/messages/en", json!(en)));
    let problems = refused(&json);
    let problem = &problems[0];
    assert_eq!(problem.path, "messages.en", "{problems:#?}");
    assert!(problem.message.contains("glow-name"), "{problem}");
    assert!(
        problem.message.contains("line 6"),
        "should name the line of the second definition: {problem}"
    );
}

#[test]
fn unsupported_locale() {
    let json = edited(standalone(), |v| {
        set(v, "/messages/fr", json!("glow-name = Clinique Glow\n"))
    });
    assert_only_problem(&json, "messages.fr", "unsupported locale");
    let json = edited(standalone(), |v| {
        set(v, "/messages/en-US", json!("glow-name = Glow\n"))
    });
    assert_only_problem(&json, "messages.en-US", "unsupported locale");
}

#[test]
fn wrong_anchor_for_the_kind() {
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/4/window",
            json!({ "anchor": "after_session", "from": "0h", "until": "5d" }),
        )
    });
    assert_only_problem(
        &json,
        "rules[4].window.anchor",
        "a preparation rule is anchored before_session",
    );
    let json = edited(standalone(), |v| {
        set(
            v,
            "/rules/0/window",
            json!({ "anchor": "before_session", "from": "24h", "until": "0h" }),
        )
    });
    assert_only_problem(
        &json,
        "rules[0].window.anchor",
        "a restriction rule is anchored after_session",
    );
}

#[test]
fn one_off_routine_needs_an_end() {
    let json = edited(standalone(), |v| {
        set(v, "/rules/3/schedule", json!({ "every": "once" }));
        remove_field(v, "/rules/3/window", "until");
    });
    assert_only_problem(&json, "rules[3].window.until", "needs an end");
}

#[test]
fn empty_rules_without_extends() {
    let json = edited(standalone(), |v| set(v, "/rules", json!([])));
    assert_only_problem(&json, "rules", "at least one rule");
    let json = edited(standalone(), |v| remove_field(v, "", "rules"));
    assert_only_problem(&json, "rules", "at least one rule");
}

#[test]
fn extending_file_may_add_no_rules() {
    let json = edited(extending(), |v| set(v, "/rules", json!([])));
    let protocol = check(&json).expect("overrides alone are a protocol");
    assert!(protocol.rule("glow-no-alcohol").is_none());
}

#[test]
fn several_problems_are_all_reported() {
    let json = edited(standalone(), |v| {
        set(v, "/format", json!(2));
        set(v, "/id", json!("Glow Clinic!"));
        set(v, "/version", json!(0));
        set(v, "/rules/2/min_severity", json!(11));
    });
    let err = check(&json).unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["format", "id", "version", "rules[2].min_severity"],
        "{err:#?}"
    );
    assert_eq!(
        err.to_string(),
        format!("{} (and 3 more problems)", err.problems()[0])
    );
    assert!(err.to_string().starts_with("format: unsupported format 2"));

    let json = edited(standalone(), |v| {
        set(v, "/format", json!(2));
        set(v, "/version", json!(0));
    });
    let err = check(&json).unwrap_err();
    assert_eq!(err.problems().len(), 2);
    assert_eq!(
        err.to_string(),
        format!("{} (and 1 more problem)", err.problems()[0])
    );

    // A single problem is shown alone.
    let json = edited(standalone(), |v| set(v, "/format", json!(2)));
    let err = check(&json).unwrap_err();
    assert_eq!(err.to_string(), err.problems()[0].to_string());
}

#[test]
fn problems_after_a_refused_rule_keep_their_own_rule_index() {
    // rules[0] has a bad window; rules[2] repeats the id of rules[1] and has no text.
    // Each problem must name the rule it is in, not a neighbour.
    let json = edited(standalone(), |v| {
        set(v, "/rules/0/window/from", json!("5d"));
        set(v, "/rules/2/id", json!("expect-redness"));
        set(v, "/rules/2/text", json!("glow-nowhere"));
    });
    let err = check(&json).unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["rules[0].window.until", "rules[2].id", "rules[2].text"],
        "{err:#?}"
    );
    assert!(
        err.problems()[1].message.contains("also in rules[1]"),
        "{err:#?}"
    );
}

#[test]
fn problems_in_an_extending_file_after_a_refused_rule_keep_their_index() {
    let json = edited(extending(), |v| {
        set(v, "/rules/0/window/until", json!("0h"));
        set(v, "/rules/0/window/from", json!("1h"));
        let mut second = v["rules"][0].clone();
        second["id"] = json!("no-workouts");
        second["window"] = json!({ "anchor": "after_session", "from": "0h", "until": "24h" });
        push_rule(v, second);
    });
    let err = check(&json).unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["rules[0].window.until", "rules[1].id"], "{err:#?}");
}

#[test]
fn clinic_text_with_unresolvable_references_is_refused_or_renders() {
    // `{ $name }` has no argument and `{ glow-missing }` is no message. Either the file is
    // refused at its messages, or the text renders without panicking.
    let en = format!("{EXTENDING_EN}glow-greeting = Hello {{ $name }}, see {{ glow-missing }}\n");
    let json = edited(extending(), |v| {
        set(v, "/messages/en", json!(en));
        set(v, "/name", json!("glow-greeting"));
    });
    match check(&json) {
        Err(err) => assert!(
            err.problems()[0].path.starts_with("messages.en") || err.problems()[0].path == "name",
            "{err:#?}"
        ),
        Ok(protocol) => {
            let shown = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                protocol.display_name(Locale::En)
            }));
            let shown = shown.expect("rendering a clinic's message must not panic");
            assert!(shown.starts_with("Hello"), "{shown}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

#[test]
fn importing_the_same_file_twice_yields_one_entry() {
    let mut catalog = Catalog::builtin();
    let builtins = catalog.all().len();
    let json = extending().to_string();
    let first = catalog.import(&json).unwrap();
    let pretty = serde_json::to_string_pretty(&extending()).unwrap();
    let second = catalog.import(&pretty).expect("same file again");
    assert_eq!(catalog.all().len(), builtins + 1);
    assert_eq!(first.rules, second.rules);
    assert_eq!(catalog.get("glow-microneedling", None).unwrap().version, 1);
}

#[test]
fn same_id_and_version_with_different_rules_is_refused() {
    let mut catalog = Catalog::builtin();
    catalog.import(&extending().to_string()).unwrap();
    let changed = edited(extending(), |v| {
        set(v, "/overrides/0/window/until", json!("72h"))
    });
    let err = catalog.import(&changed).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].path, "version");
    assert!(
        err.problems()[0].message.contains("glow-microneedling v1"),
        "{err}"
    );
    assert!(
        err.problems()[0].message.contains("raise the version"),
        "{err}"
    );
    // The catalog still has the original.
    let kept = catalog.get("glow-microneedling", Some(1)).unwrap();
    assert_eq!(
        kept.rule("no-makeup").unwrap().window.until,
        Some(Span::hours(48))
    );
    // Changed texts are a change too.
    let retexted = edited(extending(), |v| {
        set(
            v,
            "/messages/es",
            json!(EXTENDING_ES.replace("Sin alcohol", "Nada de alcohol")),
        )
    });
    let err = catalog.import(&retexted).unwrap_err();
    assert_eq!(err.problems()[0].path, "version");
}

#[test]
fn a_new_version_is_accepted_and_is_the_newest() {
    let mut catalog = Catalog::builtin();
    let builtins = catalog.all().len();
    catalog.import(&extending().to_string()).unwrap();
    let v2 = edited(extending(), |v| {
        set(v, "/version", json!(2));
        set(v, "/overrides/0/window/until", json!("72h"));
    });
    catalog.import(&v2).expect("a new version");
    assert_eq!(catalog.all().len(), builtins + 2);
    let newest = catalog.get("glow-microneedling", None).unwrap();
    assert_eq!(newest.version, 2);
    assert_eq!(
        newest.rule("no-makeup").unwrap().window.until,
        Some(Span::hours(72))
    );
    // The old version is still there for sessions planned with it.
    let old = catalog.get("glow-microneedling", Some(1)).unwrap();
    assert_eq!(
        old.rule("no-makeup").unwrap().window.until,
        Some(Span::hours(48))
    );
    let latest: Vec<_> = catalog
        .latest()
        .into_iter()
        .filter(|p| p.id == "glow-microneedling")
        .map(|p| p.version)
        .collect();
    assert_eq!(latest, [2]);
    // Importing an older version after a newer one keeps the newest as the default.
    let mut catalog = Catalog::builtin();
    catalog.import(&v2).unwrap();
    catalog.import(&extending().to_string()).unwrap();
    assert_eq!(catalog.get("glow-microneedling", None).unwrap().version, 2);
}

#[test]
fn a_refused_import_leaves_the_catalog_unchanged() {
    let mut catalog = Catalog::builtin();
    let before = catalog.all().len();
    let bad = edited(extending(), |v| set(v, "/remove", json!(["nope"])));
    assert!(catalog.import(&bad).is_err());
    assert_eq!(catalog.all().len(), before);
    assert!(catalog.get("glow-microneedling", None).is_none());
}

// ---------------------------------------------------------------------------------------------
// No panics on arbitrary input
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Replace(usize, char),
    Insert(usize, char),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    let interesting = prop_oneof![
        Just('"'),
        Just('{'),
        Just('}'),
        Just('['),
        Just(']'),
        Just(','),
        Just(':'),
        Just('\\'),
        Just('\n'),
        Just('-'),
        Just('0'),
        Just('9'),
        Just('d'),
        Just('w'),
        Just('m'),
        Just('é'),
        Just('\u{1F489}'),
        any::<char>(),
    ];
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), interesting.clone()).prop_map(|(i, c)| Edit::Replace(i, c)),
        (any::<usize>(), interesting).prop_map(|(i, c)| Edit::Insert(i, c)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let len = chars.len();
        match *edit {
            Edit::Delete(i) if len > 0 => {
                chars.remove(i % len);
            }
            Edit::Duplicate(i) if len > 0 => {
                let c = chars[i % len];
                chars.insert(i % len, c);
            }
            Edit::Replace(i, c) if len > 0 => chars[i % len] = c,
            Edit::Insert(i, c) => chars.insert(i % (len + 1), c),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

fn outcome(json: &str) {
    match Catalog::builtin().check(json) {
        Ok(protocol) => {
            assert!(!protocol.rules.is_empty());
        }
        Err(err) => {
            assert!(!err.problems().is_empty());
            let _ = err.to_string();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_strings_never_panic(text in any::<String>()) {
        outcome(&text);
    }

    #[test]
    fn json_ish_strings_never_panic(text in "[{}\\[\\]\":,a-z0-9_ .\\-]{0,200}") {
        outcome(&text);
    }

    #[test]
    fn mutated_files_never_panic(
        which in 0..3usize,
        edits in proptest::collection::vec(edit_strategy(), 1..8),
    ) {
        let base = match which {
            0 => serde_json::to_string_pretty(&extending()).unwrap(),
            1 => serde_json::to_string_pretty(&standalone()).unwrap(),
            _ => GLOW_EXAMPLE.to_string(),
        };
        outcome(&apply(&base, &edits));
    }

    #[test]
    fn mutated_messages_never_panic(
        edits in proptest::collection::vec(edit_strategy(), 1..8),
        es in any::<String>(),
    ) {
        // Valid JSON, broken Fluent: exercises the message compiler with any text.
        let json = edited(standalone(), |v| {
            set(v, "/messages/en", json!(apply(STANDALONE_EN, &edits)));
            set(v, "/messages/es", json!(es));
        });
        outcome(&json);
    }

    #[test]
    fn arbitrary_durations_never_panic(text in any::<String>(), digits in "[0-9]{1,30}[wdhm]{0,3}") {
        for span in [text.as_str(), digits.as_str()] {
            let json = edited(standalone(), |v| set(v, "/rules/0/window/until", json!(span)));
            outcome(&json);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Clinical safety v2 fields: expected maximum, rise, scope, override texts and sources
// ---------------------------------------------------------------------------------------------

#[test]
fn red_flag_and_expected_symptom_fields_are_checked_by_place() {
    assert_only_problem(
        &edited(standalone(), |v| set(v, "/rules/1/max_severity", json!(11))),
        "rules[1].max_severity",
        "between 0 and 10",
    );
    assert_only_problem(
        &edited(standalone(), |v| set(v, "/rules/2/rise_by", json!(2))),
        "rules[2].rise_by",
        "only a worsening red flag",
    );
    assert_only_problem(
        &edited(standalone(), |v| {
            set(v, "/rules/2/pattern", json!("worsening"));
            set(v, "/rules/2/rise_by", json!(0));
        }),
        "rules[2].rise_by",
        "between 1 and 10",
    );
    assert_only_problem(
        &edited(standalone(), |v| {
            set(v, "/rules/0/scope", json!("every_session"))
        }),
        "rules[0].scope",
        "not allowed in a restriction rule",
    );
    // Accepted, with the defaults a clinic would expect.
    let p = check(&edited(standalone(), |v| {
        set(v, "/rules/1/max_severity", json!(3));
        set(v, "/rules/2/pattern", json!("worsening"));
        set(v, "/rules/2/scope", json!("every_session"));
    }))
    .unwrap();
    match &p.rule("expect-redness").unwrap().kind {
        RuleKind::ExpectedSymptom { max_severity, .. } => assert_eq!(*max_severity, 3),
        other => panic!("{other:?}"),
    }
    match &p.rule("flag-fever").unwrap().kind {
        RuleKind::RedFlag(flag) => {
            assert_eq!(
                flag.min_severity, 4,
                "a worsening flag starts at a moderate level"
            );
            assert_eq!(flag.rise_by, 2);
            assert_eq!(flag.scope, aftercare_core::protocol::Scope::EverySession);
        }
        other => panic!("{other:?}"),
    }
    // And the round trip keeps them.
    let again = reload_as_copy(&p, "glow-copy");
    assert_eq!(again.rules, p.rules);
}

#[test]
fn an_override_may_change_the_text_and_names_its_sources() {
    let p = check(&edited(extending(), |v| {
        set(
            v,
            "/overrides/0",
            json!({ "rule": "prep-reschedule-if", "text": "glow-skip-if", "sources": ["glow-sheet"] }),
        );
        set(
            v,
            "/messages/en",
            json!(format!("{EXTENDING_EN}glow-skip-if = Skip rolling over broken skin\n")),
        );
    }))
    .unwrap();
    let rule = p.rule("prep-reschedule-if").unwrap();
    assert_eq!(rule.text, "glow-skip-if");
    assert_eq!(rule.sources, ["glow-sheet"]);
    assert_eq!(
        rule.window,
        protocol_rule("microneedling", "prep-reschedule-if").window,
        "a text-only override keeps the base's window"
    );
    assert_only_problem(
        &edited(extending(), |v| {
            set(v, "/overrides/0", json!({ "rule": "no-makeup" }))
        }),
        "overrides[0]",
        "changes a window, a text or both",
    );
    assert_only_problem(
        &edited(extending(), |v| {
            set(
                v,
                "/overrides/0",
                json!({ "rule": "no-makeup", "text": "glow-missing" }),
            )
        }),
        "overrides[0].text",
        "no English text for message \"glow-missing\"",
    );
    // A restriction's new text needs its `.lifted` too.
    let problems = refused(&edited(extending(), |v| {
        set(
            v,
            "/overrides/0",
            json!({ "rule": "no-makeup", "text": "glow-name" }),
        )
    }));
    assert!(
        problems
            .iter()
            .any(|p| p.path == "overrides[0].text" && p.message.contains(".lifted")),
        "{problems:?}"
    );
}

#[test]
fn clinic_texts_may_use_their_rules_numbers_but_nothing_else() {
    let with = |detail: &str| {
        edited(extending(), |v| {
            set(
                v,
                "/messages/en",
                json!(EXTENDING_EN.replace(
                    ".detail = Alcohol can make redness and swelling worse.",
                    &format!(".detail = {detail}")
                )),
            )
        })
    };
    let p = check(&with("For { $until } after your session.")).unwrap();
    let rule = p.rule("glow-no-alcohol").unwrap();
    let detail = aftercare_core::view::rule_attr(rule, "detail", &p.texts(Locale::En)).unwrap();
    assert_eq!(detail, "For 1 day after your session.");
    let problems = refused(&with("Ask { $clinic_name }."));
    assert_eq!(problems[0].path, "messages.en", "{problems:?}");
}

fn protocol_rule(protocol: &str, rule: &str) -> aftercare_core::Rule {
    Catalog::builtin()
        .get(protocol, None)
        .unwrap()
        .rule(rule)
        .unwrap()
        .clone()
}

// ---------------------------------------------------------------------------------------------
// Triage v3 fields: emergency level, only_unexpected, with, clears_after, min_temperature
// ---------------------------------------------------------------------------------------------

#[test]
fn a_clinic_flag_may_use_the_triage_v3_fields_and_they_round_trip() {
    let json = edited(standalone(), |v| {
        push_rule(
            v,
            json!({ "id": "glow-flag-throat", "kind": "red_flag", "level": "emergency",
                    "symptoms": ["lips_tongue_throat_swelling", "trouble_breathing"],
                    "clears_after": "24h",
                    "window": { "anchor": "after_session", "from": "0h" },
                    "text": "flag-airway" }),
        );
        push_rule(
            v,
            json!({ "id": "glow-flag-hot", "kind": "red_flag", "level": "urgent",
                    "symptoms": ["fever"], "min_temperature": "100.4F",
                    "window": { "anchor": "after_session", "from": "0h" },
                    "text": "flag-fever-measured" }),
        );
        push_rule(
            v,
            json!({ "id": "glow-flag-swelling", "kind": "red_flag", "level": "urgent",
                    "pattern": "worsening", "symptoms": ["swelling"], "only_unexpected": true,
                    "with": ["hives_rash", "itching"], "with_min_severity": 4,
                    "window": { "anchor": "after_session", "from": "0h" },
                    "text": "flag-swelling-with-hives" }),
        );
    });
    let protocol = check(&json).expect("valid");
    let flag = |id: &str| match &protocol.rule(id).unwrap().kind {
        aftercare_core::RuleKind::RedFlag(flag) => flag.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        flag("glow-flag-throat").level,
        aftercare_core::protocol::Level::Emergency
    );
    assert_eq!(
        flag("glow-flag-throat").clears_after,
        Some(aftercare_core::Span::hours(24))
    );
    assert_eq!(
        flag("glow-flag-hot").min_temperature,
        Some(aftercare_core::Temperature { deci_celsius: 380 })
    );
    let swelling = flag("glow-flag-swelling");
    assert!(swelling.only_unexpected);
    assert_eq!(swelling.with.len(), 2);
    assert_eq!(swelling.with_min_severity, 4);
    // Written back and loaded again, nothing changes (the temperature in °C).
    let again = reload_as_copy(&protocol, "glow-copy");
    assert_eq!(again.rules, protocol.rules);
    let written = serde_json::to_string(&protocol.to_file()).unwrap();
    assert!(
        written.contains("\"min_temperature\":\"38.0C\""),
        "{written}"
    );
}

#[test]
fn the_triage_v3_fields_are_checked_by_place() {
    let flag = |extra: Value| {
        edited(standalone(), |v| {
            let mut rule = json!({ "id": "glow-flag", "kind": "red_flag", "level": "urgent",
                                   "symptoms": ["fever"],
                                   "window": { "anchor": "after_session", "from": "0h" },
                                   "text": "flag-fever" });
            for (key, value) in extra.as_object().unwrap() {
                rule[key] = value.clone();
            }
            push_rule(v, rule);
        })
    };
    assert_only_problem(
        &flag(json!({ "min_temperature": "hot" })),
        "rules[6].min_temperature",
        "like \"38.0C\"",
    );
    assert_only_problem(
        &flag(json!({ "min_temperature": "25C" })),
        "rules[6].min_temperature",
        "between 30 and 45",
    );
    assert_only_problem(
        &flag(json!({ "min_temperature": "38C", "symptoms": ["redness"] })),
        "rules[6].min_temperature",
        "only a fever flag",
    );
    assert_only_problem(
        &flag(json!({ "min_temperature": "38C", "pattern": "worsening" })),
        "rules[6].min_temperature",
        "only a present red flag has a temperature",
    );
    assert_only_problem(
        &flag(json!({ "with": [] })),
        "rules[6].with",
        "leave out with",
    );
    assert_only_problem(
        &flag(json!({ "with": ["hives_rash", "hives_rash"] })),
        "rules[6].with",
        "listed twice",
    );
    assert_only_problem(
        &flag(json!({ "with_min_severity": 3 })),
        "rules[6].with_min_severity",
        "only a red flag with companion signs",
    );
    assert_only_problem(
        &flag(json!({ "with": ["hives_rash"], "with_min_severity": 11 })),
        "rules[6].with_min_severity",
        "between 1 and 10",
    );
    assert_only_problem(
        &flag(json!({ "clears_after": "30m" })),
        "rules[6].clears_after",
        "between 1h and 14d",
    );
    // Not in other kinds of rules.
    let json = edited(standalone(), |v| {
        set(v, "/rules/1/clears_after", json!("24h"));
    });
    assert_only_problem(
        &json,
        "rules[1].clears_after",
        "not allowed in a expected_symptom rule",
    );
}
