//! The `aftercare` binary end to end: exit codes, one-line errors and the documented JSON.

use std::process::{Command, Output};

fn aftercare(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run aftercare")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

const PLAN: [&str; 9] = [
    "plan",
    "--protocol",
    "microneedling",
    "--ended",
    "2026-11-21 10:00",
    "--tz",
    "Europe/Berlin",
    "--now",
    "2026-11-22 09:00",
];

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "stderr: {}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn plan_json_has_the_documented_shape() {
    let mut args = PLAN.to_vec();
    args.push("--json");
    let v = json(&aftercare(&args));
    let status = &v["status"];
    assert_eq!(status["schema"], 1);
    assert_eq!(status["zone"], "Europe/Berlin");
    assert_eq!(status["phase"], "day_1");
    assert_eq!(status["elapsed_minutes"], 23 * 60);
    let makeup = status["restrictions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"]["id"] == "no-makeup")
        .expect("makeup restricted");
    assert_eq!(makeup["allowed_again"]["utc"], "2026-11-22T09:00:00Z");
    assert_eq!(
        makeup["allowed_again"]["local"],
        "2026-11-22T10:00:00+01:00"
    );
    assert_eq!(makeup["minutes_left"], 60);
    assert_eq!(makeup["left"], "1 h left");
    assert_eq!(status["routines_today"][0]["rule"]["id"], "daily-spf");
    assert_eq!(
        status["routines_today"][0]["due"]["local"],
        "2026-11-22T08:00:00+01:00"
    );
    assert_eq!(status["next"]["kind"], "restriction_lifts");

    let plan = &v["plan"];
    assert_eq!(plan["protocol"]["id"], "microneedling");
    assert_eq!(plan["session"]["ended"]["utc"], "2026-11-21T09:00:00Z");
    assert_eq!(plan["phases"].as_array().unwrap().len(), 5);
    assert!(plan["timeline"].as_array().unwrap().len() > 10);
    assert!(plan["disclaimer"].as_str().unwrap().contains("provider"));
    assert_eq!(v["series"]["remaining"], 2);
}

#[test]
fn plan_text_is_localized() {
    let mut args = PLAN.to_vec();
    args.extend(["--locale", "es"]);
    let out = aftercare(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Día 1 de tu recuperación"), "{text}");
    assert!(text.contains("FPS 30"), "{text}");
}

#[test]
fn booked_next_session_gives_a_preparation_checklist() {
    let mut args = PLAN.to_vec();
    args.extend(["--next", "2026-12-19 10:00"]);
    let out = aftercare(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("From Mon 14 Dec"), "{text}");
    assert!(text.contains("On the day (Sat 19 Dec)"), "{text}");
}

#[test]
fn bad_arguments_exit_non_zero_with_one_line() {
    let cases: [(&str, &str, &str); 4] = [
        ("--tz", "Mars/Base", "unknown time zone"),
        ("--ended", "2026-13-01 10:00", "--ended"),
        ("--protocol", "nope", "unknown protocol"),
        ("--now", "2026-03-29 02:30", "did not happen"),
    ];
    for (flag, value, expected) in cases {
        let mut args = PLAN.to_vec();
        let at = args.iter().position(|a| *a == flag).unwrap();
        args[at + 1] = value;
        let out = aftercare(&args);
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{flag}: {err}");
        assert!(err.contains(expected), "{flag}: {err}");
        assert!(stdout(&out).is_empty());
    }
    let out = aftercare(&["plan", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn protocols_lists_the_builtins() {
    let v = json(&aftercare(&["protocols", "--json"]));
    let ids: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "microneedling",
            "microneedling-prp",
            "rf-microneedling",
            "at-home-roller"
        ]
    );
    let out = aftercare(&["protocols"]);
    assert!(stdout(&out).contains("Microneedling with PRP"));
}

#[test]
fn protocol_show_json_is_a_loadable_protocol_file() {
    let out = aftercare(&["protocol", "show", "rf-microneedling", "--json"]);
    let v = json(&out);
    assert_eq!(v["format"], 1);
    assert!(v.get("extends").is_none(), "shown flattened");
    let dir = std::env::temp_dir().join(format!("aftercare-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("copy.json");
    let mut copy = v.clone();
    copy["id"] = "clinic-rf".into();
    std::fs::write(&path, serde_json::to_string(&copy).unwrap()).unwrap();
    let out = aftercare(&["protocol", "check", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("clinic-rf v1 is valid"));

    // The same file planned with directly.
    let out = aftercare(&[
        "plan",
        "--protocol-file",
        path.to_str().unwrap(),
        "--protocol",
        "clinic-rf",
        "--ended",
        "2026-11-21 10:00",
        "--tz",
        "UTC",
        "--now",
        "2026-11-22 09:00",
        "--json",
    ]);
    assert_eq!(json(&out)["plan"]["protocol"]["id"], "clinic-rf");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn protocol_check_names_every_problem_and_fails() {
    let dir = std::env::temp_dir().join(format!("aftercare-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.json");
    std::fs::write(
        &path,
        r#"{"format":1,"id":"glow","version":1,"name":"protocol-microneedling","treatment":"microneedling",
        "extends":{"id":"microneedling"},
        "overrides":[{"rule":"no-makeup","window":{"anchor":"after_session","from":"24h","until":"12h"}}],
        "remove":["no-such-rule"]}"#,
    )
    .unwrap();
    let out = aftercare(&["protocol", "check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("remove[0]"), "{err}");
    assert!(err.contains("overrides[0].window.until"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn demo_tells_the_whole_story() {
    let out = aftercare(&["demo", "--tz", "Europe/Berlin", "--now", "2026-11-21 19:35"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for part in [
        "ended yesterday at 10:00",
        "Day 2 of your recovery",
        "Off-limits now",
        "Apply SPF 30 or higher",
        "Before your next session",
        "Session 1 of 3",
        "provider's instructions come first",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    // With no clock override it still runs (the CLI reads the clock, the core never does).
    assert!(aftercare(&["demo"]).status.success());
}

#[test]
fn reminders_json_lists_the_rolling_window() {
    let out = aftercare(&[
        "reminders",
        "--protocol",
        "microneedling",
        "--ended",
        "2026-11-21 10:00",
        "--tz",
        "Europe/Berlin",
        "--now",
        "2026-11-21 11:00",
        "--limit",
        "10",
        "--json",
    ]);
    let v = json(&out);
    let reminders = v["reminders"].as_array().unwrap();
    assert_eq!(reminders.len(), 10);
    assert_eq!(reminders[0]["category"], "care");
    assert_eq!(reminders[0]["fire"]["local"], "2026-11-21T14:00:00+01:00");
    let spf = reminders.iter().find(|r| r["category"] == "spf").unwrap();
    assert_eq!(spf["fire"]["local"], "2026-11-22T08:00:00+01:00");
    let id = spf["id"].as_str().unwrap();
    assert!(id.ends_with(":daily-spf:2026-11-22"), "{id}");
    assert!(
        spf["os_id"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{id}#"))
    );
    assert!(v["refresh_at"]["utc"].is_string());

    let out = aftercare(&[
        "reminders",
        "--protocol",
        "microneedling",
        "--ended",
        "2026-11-21 10:00",
        "--tz",
        "Europe/Berlin",
        "--quiet",
        "7-22",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1);
}
