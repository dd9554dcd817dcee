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
        // The signs to watch for, and an example log with what triage makes of it.
        "Contact your provider if you notice",
        "An example log",
        // Mild itch on day 2 is part of healing (issue 18): not "not usually expected".
        "Itching 3/10",
        "Everything you logged looks like normal healing.",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    assert!(!text.contains("not usually expected"), "{text}");
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

// ---------------------------------------------------------------------------------------------
// The journal: sessions, the symptom log, today, backup and restore, errors, encryption.

/// Runs `aftercare --db DB args...` with a clean environment (no AFTERCARE_DB, English).
fn journal(db: &std::path::Path, args: &[&str]) -> Output {
    let mut all = vec!["--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(&all)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("AFTERCARE_DB")
        .output()
        .expect("run aftercare")
}

/// Asserts a failure: exit 2, exactly one line on stderr containing `expected`, no stdout, and
/// nothing the patient wrote.
fn refused(out: &Output, expected: &str) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in {err}");
    assert!(!err.contains(CANARY), "the note leaked: {err}");
    assert!(stdout(out).is_empty(), "{}", stdout(out));
    err
}

/// A note that must never appear in an error.
const CANARY: &str = "itchy-CANARY-note";

/// A journal with a microneedling session that ended 2026-11-21 10:00 in Berlin, a booked next
/// session, and redness on day 2 (3/10) and day 3 (6/10, worse: contact provider).
fn journal_with_log(db: &std::path::Path) {
    let out = journal(db, &["settings", "--tz", "Europe/Berlin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&journal(
        db,
        &[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--ended",
            "2026-11-21 10:00",
            "--tz",
            "Europe/Berlin",
            "--now",
            "2026-11-21 10:30",
            "--json",
        ],
    ));
    assert_eq!(v["id"], 1);
    assert_eq!(v["status"], "done");
    assert_eq!(v["number"], 1);
    assert_eq!(v["protocol"]["id"], "microneedling");
    assert_eq!(v["ended"]["local"], "2026-11-21T10:00:00+01:00");
    assert!(v.get("starts").is_none());
    let v = json(&journal(
        db,
        &[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--planned",
            "2026-12-19 10:00",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    assert_eq!(v["status"], "planned");
    assert_eq!(v["number"], 0);
    assert_eq!(v["starts"]["utc"], "2026-12-19T09:00:00Z");

    let v = json(&journal(
        db,
        &[
            "log",
            "--kind",
            "redness",
            "--severity",
            "3",
            "--at",
            "2026-11-22 09:00",
            "--now",
            "2026-11-22 09:05",
            "--json",
        ],
    ));
    assert_eq!(v["session_id"], 1, "the latest done session by default");
    assert_eq!(v["area"], "whole_area");
    assert_eq!(v["observed"]["local"], "2026-11-22T09:00:00+01:00");
    let out = journal(
        db,
        &[
            "log",
            "--kind",
            "redness",
            "--severity",
            "6",
            "--area",
            "cheeks",
            "--note",
            CANARY,
            "--now",
            "2026-11-23 12:00",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Logged entry 2 for session 1"));
    assert!(stdout(&out).contains("Redness 6/10 · Cheeks"));
}

#[test]
fn journal_sessions_log_and_today() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_log(&db);

    let v = json(&journal(&db, &["session", "list", "--json"]));
    assert_eq!(v["schema"], 1);
    let sessions = v["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[0]["status"], "done");
    assert_eq!(sessions[1]["status"], "planned");
    let text = stdout(&journal(&db, &["session", "list"]));
    assert!(
        text.contains("#1  Microneedling v1 — ended Sat 21 Nov, 10:00 (Europe/Berlin), session 1"),
        "{text}"
    );

    // Redness worse after 48 h: contact the provider.
    let v = json(&journal(
        &db,
        &["today", "--now", "2026-11-23 12:30", "--json"],
    ));
    assert_eq!(v["schema"], 1);
    assert_eq!(v["session_id"], 1);
    assert_eq!(v["status"]["zone"], "Europe/Berlin", "the saved zone");
    assert_eq!(v["status"]["headline"], "Day 3 of your recovery");
    assert_eq!(v["logged_today"], 1);
    assert_eq!(v["next_session"]["utc"], "2026-12-19T09:00:00Z");
    let assessment = &v["assessment"];
    assert_eq!(assessment["level"], "contact_provider");
    let reason = &assessment["reasons"][0];
    assert_eq!(reason["rule_id"], "flag-redness-worsening");
    assert_eq!(reason["kind"], "red_flag");
    let ids: Vec<_> = reason["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [1, 2]);
    assert!(!v.to_string().contains(CANARY), "notes stay out of today");

    // Fever: urgent, first.
    let out = journal(
        &db,
        &[
            "log",
            "--kind",
            "fever",
            "--severity",
            "5",
            "--now",
            "2026-11-23 12:45",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&journal(
        &db,
        &["today", "--now", "2026-11-23 13:00", "--json"],
    ));
    assert_eq!(v["assessment"]["level"], "urgent");
    assert_eq!(v["assessment"]["reasons"][0]["rule_id"], "flag-fever");
    assert_eq!(
        v["assessment"]["reasons"][1]["rule_id"],
        "flag-redness-worsening"
    );
    assert!(v["assessment"]["watch_until"]["utc"].is_string());
    assert_eq!(v["logged_today"], 2);

    let out = journal(&db, &["today", "--now", "2026-11-23 13:00"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for part in [
        "Day 3 of your recovery",
        "Avoid direct sun",
        "allowed again Sat 28 Nov, 10:00",
        "Apply SPF 30 or higher",
        "What your symptom log says",
        "Contact your provider now",
        "Fever or chills",
        "Redness getting worse",
        "2 entries logged today.",
        "Next session: Sat 19 Dec, 10:00",
        "Upcoming reminders",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }

    // The log, whole and by day.
    let v = json(&journal(&db, &["log", "list", "--json"]));
    assert_eq!(v["session_id"], 1);
    let entries = v["entries"].as_array().unwrap();
    let kinds: Vec<_> = entries
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["redness", "redness", "fever"]);
    assert_eq!(entries[1]["note"], CANARY);
    assert_eq!(entries[1]["area_name"], "Cheeks");
    assert_eq!(entries[2]["symptom"], "Fever or chills");
    let v = json(&journal(
        &db,
        &[
            "log",
            "list",
            "--day",
            "2026-11-22",
            "--session",
            "1",
            "--json",
        ],
    ));
    assert_eq!(v["day"], "2026-11-22");
    assert_eq!(v["entries"].as_array().unwrap().len(), 1);
    let text = stdout(&journal(&db, &["log", "list"]));
    assert!(text.contains("Fever or chills 5/10"), "{text}");

    // Edit and delete.
    let v = json(&journal(
        &db,
        &[
            "log",
            "edit",
            "3",
            "--severity",
            "4",
            "--now",
            "2026-11-23 13:00",
            "--json",
        ],
    ));
    assert_eq!(v["severity"], 4);
    assert_eq!(v["kind"], "fever");
    let out = journal(&db, &["log", "delete", "3"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&journal(&db, &["log", "list", "--json"]));
    assert_eq!(v["entries"].as_array().unwrap().len(), 2);
    refused(
        &journal(&db, &["log", "delete", "3"]),
        "no symptom entry with id 3",
    );

    // A booked session done.
    let v = json(&journal(
        &db,
        &[
            "session",
            "done",
            "2",
            "--ended",
            "2026-12-19 11:00",
            "--now",
            "2026-12-19 11:30",
            "--json",
        ],
    ));
    assert_eq!(v["status"], "done");
    assert_eq!(v["number"], 2);
    assert_eq!(v["ended"]["local"], "2026-12-19T11:00:00+01:00");
}

#[test]
fn same_as_yesterday_logs_yesterday_again_now() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_log(&db);
    let v = json(&journal(
        &db,
        &[
            "log",
            "--same-as-yesterday",
            "--now",
            "2026-11-24 09:00",
            "--json",
        ],
    ));
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{v}");
    assert_eq!(entries[0]["kind"], "redness");
    assert_eq!(entries[0]["severity"], 6);
    assert_eq!(entries[0]["area"], "cheeks");
    assert_eq!(entries[0]["note"], CANARY);
    assert_eq!(entries[0]["observed"]["local"], "2026-11-24T09:00:00+01:00");
    let v = json(&journal(
        &db,
        &["log", "list", "--day", "2026-11-24", "--json"],
    ));
    assert_eq!(v["entries"].as_array().unwrap().len(), 1);

    // Nothing logged the day before: nothing to repeat, and that is not an error.
    let out = journal(
        &db,
        &["log", "--same-as-yesterday", "--now", "2026-11-27 09:00"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("nothing to repeat"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn backup_restores_into_a_new_journal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_log(&db);
    let backup = dir.path().join("backup.db");
    let out = journal(&db, &["backup", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(backup.is_file());

    let restored = dir.path().join("restored.db");
    let out = journal(&restored, &["restore", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Sessions: 2. Symptom entries: 2."),
        "{}",
        stdout(&out)
    );
    for args in [
        &["session", "list", "--json"][..],
        &["log", "list", "--json"],
    ] {
        assert_eq!(json(&journal(&db, args)), json(&journal(&restored, args)));
    }
    // Never over records.
    refused(
        &journal(&restored, &["restore", backup.to_str().unwrap()]),
        "already has records",
    );
    refused(
        &journal(
            &dir.path().join("other.db"),
            &["restore", db.with_extension("nope").to_str().unwrap()],
        ),
        "not a readable Aftercare backup",
    );
}

#[test]
fn bad_journal_input_is_one_line_without_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_log(&db);
    let entry = |extra: &[&str]| {
        let mut args = vec!["log", "--note", CANARY, "--now", "2026-11-23 13:00"];
        args.extend_from_slice(extra);
        journal(&db, &args)
    };
    refused(
        &entry(&["--kind", "redness", "--severity", "11"]),
        "severity: must be between 0 and 10",
    );
    refused(
        &entry(&["--kind", "rednes", "--severity", "2"]),
        "unknown symptom kind",
    );
    refused(
        &entry(&["--kind", "redness", "--severity", "2", "--area", "elbow"]),
        "unknown body area",
    );
    refused(
        &entry(&["--kind", "redness", "--severity", "2", "--session", "99"]),
        "no session with id 99",
    );
    refused(
        &entry(&[
            "--kind",
            "redness",
            "--severity",
            "2",
            "--at",
            "2026-11-30 10:00",
        ]),
        "cannot be in the future",
    );
    // A note typed without quotes: clap would quote the stray words back.
    refused(
        &journal(
            &db,
            &[
                "log",
                "--kind",
                "redness",
                "--severity",
                "2",
                "--note",
                "skin",
                CANARY,
            ],
        ),
        "quotes",
    );
    refused(&journal(&db, &["log"]), "--kind");
    refused(
        &journal(&db, &["log", "--same-as-yesterday", "--kind", "pain"]),
        "cannot be used with",
    );
    refused(
        &journal(&db, &["log", "list", "--session", "99"]),
        "no session with id 99",
    );
    refused(
        &journal(&db, &["log", "list", "--day", "yesterday"]),
        "--day",
    );
    refused(
        &journal(
            &db,
            &[
                "session",
                "add",
                "--protocol",
                "nope",
                "--ended",
                "2026-11-21 10:00",
                "--tz",
                "UTC",
            ],
        ),
        "unknown protocol",
    );
    refused(
        &journal(
            &db,
            &[
                "session",
                "add",
                "--protocol",
                "microneedling",
                "--tz",
                "UTC",
            ],
        ),
        "--ended",
    );
    refused(&journal(&db, &["settings", "--quiet", "22-7"]), "--quiet");

    // --db in a folder that does not exist: refused, and the folder is not created.
    let missing = dir.path().join("no-such-folder").join("journal.db");
    refused(&journal(&missing, &["session", "list"]), "does not exist");
    assert!(!dir.path().join("no-such-folder").exists());

    // Nothing was written by the refused entries.
    let v = json(&journal(&db, &["log", "list", "--json"]));
    assert_eq!(v["entries"].as_array().unwrap().len(), 2);
}

#[test]
fn encrypted_journal_refuses_another_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let key = dir.path().join("key");
    let other = dir.path().join("other-key");
    let bad = dir.path().join("bad-key");
    std::fs::write(&key, [7u8; 32]).unwrap();
    std::fs::write(&other, format!("{}\n", "ab".repeat(32))).unwrap();
    std::fs::write(&bad, "too short").unwrap();
    let with = |key: &std::path::Path, args: &[&str]| {
        let mut all = vec!["--key-file", key.to_str().unwrap()];
        all.extend_from_slice(args);
        journal(&db, &all)
    };
    let out = with(
        &key,
        &[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--ended",
            "2026-11-21 10:00",
            "--tz",
            "UTC",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = with(
        &key,
        &[
            "log",
            "--kind",
            "pain",
            "--severity",
            "2",
            "--note",
            CANARY,
            "--now",
            "2026-11-21 12:00",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));

    refused(
        &with(&other, &["session", "list"]),
        "the journal cannot be opened with this key",
    );
    // Without a key: the journal is encrypted and no key was given (not "this key").
    refused(
        &journal(&db, &["session", "list"]),
        "the journal is encrypted (or damaged) and no key was given",
    );
    refused(
        &with(&bad, &["session", "list"]),
        "32 bytes or 64 hex digits",
    );
    refused(
        &with(&dir.path().join("no-key"), &["session", "list"]),
        "cannot read the key file",
    );
    let v = json(&with(&key, &["log", "list", "--json"]));
    assert_eq!(v["entries"][0]["note"], CANARY);
    // At rest the note is not readable.
    let mut bytes = std::fs::read(&db).unwrap();
    bytes.extend(std::fs::read(dir.path().join("journal.db-wal")).unwrap_or_default());
    assert!(!bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()));
}

#[test]
fn default_journal_lives_in_the_data_folder_and_demo_never_touches_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str], db_env: Option<&std::path::Path>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_aftercare"));
        command
            .args(args)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("AFTERCARE_DB")
            .env("HOME", dir.path().join("home"))
            .env("XDG_DATA_HOME", &data);
        if let Some(path) = db_env {
            command.env("AFTERCARE_DB", path);
        }
        command.output().expect("run aftercare")
    };
    // The demo works with no journal anywhere and creates none.
    let out = run(&["demo"], Some(&dir.path().join("missing").join("j.db")));
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["demo"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!data.exists(), "the demo created the data folder");

    // AFTERCARE_DB names the journal.
    let named = dir.path().join("named.db");
    let out = run(&["session", "list"], Some(&named));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(named.is_file());

    // Otherwise it is created in the data folder.
    let out = run(&["session", "list"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    if cfg!(target_os = "linux") {
        assert!(data.join("aftercare").join("journal.db").is_file());
    }
}

#[test]
fn damaged_journal_is_moved_aside_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    std::fs::write(
        &db,
        "this is not a journal, just text that is long enough ".repeat(20),
    )
    .unwrap();
    // The command stops once the journal is moved aside: it says where, and does nothing else.
    let out = journal(&db, &["session", "list", "--json"]);
    let err = refused(&out, "the journal was damaged; it was moved to ");
    assert!(
        err.trim_end()
            .ends_with("Nothing else was done: run the command again, or restore a backup."),
        "{err}"
    );
    // The next command runs on the new journal, quietly.
    let out = journal(&db, &["session", "list", "--json"]);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(json(&out)["sessions"].as_array().unwrap().len(), 0);
    let moved = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .count();
    assert_eq!(moved, 1);
}

#[test]
fn settings_are_saved_and_today_speaks_the_saved_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    journal_with_log(&db);
    let out = journal(
        &db,
        &[
            "--locale", "es", "settings", "--wake", "07:30", "--quiet", "off",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&journal(&db, &["settings"]));
    for part in [
        "Hora de despertar",
        "07:30",
        "desactivadas",
        "Europe/Berlin",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    let text = stdout(&journal(&db, &["today", "--now", "2026-11-23 13:00"]));
    for part in [
        "Hoy — ",
        "Día 3 de tu recuperación",
        "Contacta con tu profesional",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    // The wake time moves the morning routine.
    let v = json(&journal(
        &db,
        &["today", "--now", "2026-11-23 13:00", "--json"],
    ));
    let spf = v["status"]["routines_today"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"]["id"] == "daily-spf")
        .expect("spf today");
    assert_eq!(spf["due"]["local"], "2026-11-23T07:30:00+01:00");
}

#[test]
fn logging_an_urgent_sign_answers_with_the_call_to_action_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    let add = journal(
        &db,
        &[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--ended",
            "2026-11-21 10:00",
            "--tz",
            "Europe/Berlin",
            "--now",
            "2026-11-21 10:05",
        ],
    );
    assert!(add.status.success(), "{}", stderr(&add));
    // Light pinpoint bleeding right after: saved, nothing more to say.
    let light = journal(
        &db,
        &[
            "log",
            "--kind",
            "bleeding",
            "--severity",
            "2",
            "--at",
            "2026-11-21 10:10",
            "--now",
            "2026-11-21 10:12",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert!(light.status.success(), "{}", stderr(&light));
    assert!(
        !stdout(&light).contains("needs your provider"),
        "{}",
        stdout(&light)
    );
    // Heavy bleeding 40 minutes after: the call to action comes with the saved entry.
    let heavy = journal(
        &db,
        &[
            "log",
            "--kind",
            "bleeding",
            "--severity",
            "9",
            "--at",
            "2026-11-21 10:40",
            "--now",
            "2026-11-21 10:41",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert!(heavy.status.success(), "{}", stderr(&heavy));
    let text = stdout(&heavy);
    for part in [
        "Logged entry",
        "What you logged needs your provider",
        "Contact your provider now",
        "Bleeding that does not stop with gentle pressure",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    // The same answer in JSON.
    let v = json(&journal(
        &db,
        &[
            "log",
            "--kind",
            "fever",
            "--severity",
            "2",
            "--now",
            "2026-11-21 11:00",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    assert_eq!(v["raised"], true, "{v}");
    assert_eq!(v["assessment"]["level"], "urgent", "{v}");
    // Entries dated more than an hour before the session ended are named, not silently
    // ignored (within the hour they are judged as at the end).
    let early = journal(
        &db,
        &[
            "log",
            "--kind",
            "pain",
            "--severity",
            "3",
            "--at",
            "2026-11-21 08:30",
            "--now",
            "2026-11-21 11:05",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    );
    let v = json(&early);
    assert_eq!(v["raised"], false, "{v}");
    assert!(
        v["assessment"]["not_assessed_note"]
            .as_str()
            .unwrap()
            .contains("before your session ended"),
        "{v}"
    );
}

#[test]
fn contacted_records_list_and_delete_and_step_the_flag_down() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    let run = |args: &[&str]| journal(&db, args);
    assert!(
        run(&[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--ended",
            "2026-11-21 10:00",
            "--tz",
            "Europe/Berlin",
            "--now",
            "2026-11-21 10:05"
        ])
        .status
        .success()
    );
    assert!(
        run(&[
            "log",
            "--kind",
            "fever",
            "--severity",
            "2",
            "--now",
            "2026-11-23 10:00",
            "--tz",
            "Europe/Berlin"
        ])
        .status
        .success()
    );
    let v = json(&run(&[
        "contacted",
        "--flag",
        "flag-fever",
        "--note",
        "-nurse-CANARY said wait",
        "--now",
        "2026-11-23 12:00",
        "--tz",
        "Europe/Berlin",
        "--json",
    ]));
    assert_eq!(v["flag"], "flag-fever", "{v}");
    assert_eq!(v["assessment"]["level"], "watch", "{v}");
    assert_eq!(v["assessment"]["reasons"][0]["status"], "contacted", "{v}");
    let list = json(&run(&["contacted", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["note"], "-nurse-CANARY said wait");
    // An unknown sign is refused by name, and the note never appears in the error.
    let out = run(&[
        "contacted",
        "--flag",
        "flag-nothing",
        "--note",
        "CANARY",
        "--now",
        "2026-11-23 12:00",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("rule_id"), "{err}");
    assert!(!err.contains("CANARY"), "{err}");
    let id = list[0]["id"].as_i64().unwrap().to_string();
    assert!(run(&["contacted", "delete", &id]).status.success());
    assert!(
        json(&run(&["contacted", "list", "--json"]))
            .as_array()
            .unwrap()
            .is_empty()
    );
}

/// A session that ended 2026-11-21 10:00 in Berlin, in a new journal.
fn session_for_triage(db: &std::path::Path, protocol: &str) {
    let add = journal(
        db,
        &[
            "session",
            "add",
            "--protocol",
            protocol,
            "--ended",
            "2026-11-21 10:00",
            "--tz",
            "Europe/Berlin",
            "--now",
            "2026-11-21 10:05",
        ],
    );
    assert!(add.status.success(), "{}", stderr(&add));
}

#[test]
fn a_fever_is_logged_yes_or_no_with_a_temperature_and_old_flags_keep_their_meaning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    session_for_triage(&db, "microneedling");
    let log = |extra: &[&str], now: &str| {
        let mut args = vec!["log", "--now", now, "--tz", "Europe/Berlin", "--json"];
        args.extend_from_slice(extra);
        json(&journal(&db, &args))
    };
    // "No", but 38.3 measured: a measured fever is urgent.
    let v = log(
        &["--fever", "no", "--temperature", "38.3"],
        "2026-11-22 09:00",
    );
    assert_eq!(v["kind"], "fever");
    assert_eq!(
        (v["severity"].as_u64(), v["yes_no"].as_bool()),
        (Some(0), Some(true))
    );
    assert_eq!(v["temperature_c"], 38.3);
    assert_eq!(v["raised"], true);
    assert_eq!(v["assessment"]["level"], "urgent");
    // A reading with its own unit, and the text shows it in the region's.
    let out = journal(
        &db,
        &[
            "--region",
            "US",
            "log",
            "--fever",
            "yes",
            "--temperature",
            "38.6C",
            "--now",
            "2026-11-22 12:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains("Fever or chills yes, 101.5\u{a0}°F measured"),
        "{text}"
    );
    // `--kind fever --severity N` still logs a 0–10 fever, and it is still urgent.
    let v = log(&["--kind", "fever", "--severity", "4"], "2026-11-22 13:00");
    assert_eq!(
        (v["severity"].as_u64(), v["yes_no"].as_bool()),
        (Some(4), Some(false))
    );
    assert_eq!(v["assessment"]["level"], "urgent");
    // Refusals name the rule, never the typed value.
    for (args, expected) in [
        (vec!["--fever", "maybe"], "--fever: answer yes or no"),
        (
            vec!["--fever", "yes", "--temperature", "3840"],
            "--temperature: use a body temperature",
        ),
        (
            vec![
                "--kind",
                "redness",
                "--severity",
                "3",
                "--temperature",
                "38",
            ],
            "--temperature: only a fever entry has a temperature",
        ),
        (
            vec!["--kind", "redness", "--fever", "yes"],
            "--fever is a fever entry",
        ),
    ] {
        let mut all = vec!["log", "--now", "2026-11-22 14:00", "--tz", "Europe/Berlin"];
        all.extend_from_slice(&args);
        let out = journal(&db, &all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("3840") && !err.contains("maybe"), "{err}");
    }
    // The list says yes/no and the temperature, not "10/10".
    let out = journal(&db, &["log", "list", "--tz", "Europe/Berlin"]);
    let text = stdout(&out);
    assert!(
        text.contains("Fever or chills no, 38.3\u{a0}°C measured"),
        "{text}"
    );
    assert!(!text.contains("10/10"), "{text}");
}

#[test]
fn an_emergency_says_call_the_local_number_now_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    session_for_triage(&db, "microneedling");
    let out = journal(
        &db,
        &[
            "--region",
            "GB",
            "log",
            "--kind",
            "lips_tongue_throat_swelling",
            "--severity",
            "3",
            "--area",
            "lips_mouth",
            "--now",
            "2026-11-21 15:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for part in [
        "What you logged is an emergency",
        "Call emergency services now: 999",
        "Call 999 now",
        "Swelling of the lips, tongue or throat, or trouble breathing or swallowing",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    assert!(
        !text.contains("Check in once a day"),
        "one next step: {text}"
    );
    // `today` agrees, in Spanish too; the region comes from LANG when not given.
    let v = json(&journal(
        &db,
        &[
            "today",
            "--now",
            "2026-11-21 15:30",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    assert_eq!(v["assessment"]["level"], "emergency");
    assert_eq!(v["assessment"]["emergency_number"], "112");
    let mut es = Command::new(env!("CARGO_BIN_EXE_aftercare"));
    es.args([
        "--db",
        db.to_str().unwrap(),
        "--locale",
        "es",
        "today",
        "--now",
        "2026-11-21 15:30",
        "--tz",
        "Europe/Berlin",
    ])
    .env("LANG", "es_MX.UTF-8")
    .env_remove("LC_ALL")
    .env_remove("LC_MESSAGES")
    .env_remove("AFTERCARE_DB");
    let text = stdout(&es.output().unwrap());
    assert!(text.contains("Llama ahora a emergencias — "), "{text}");
    assert!(text.contains("Llama ahora al 911"), "{text}");
    // A made-up region is refused in one line.
    let out = journal(&db, &["--region", "Mars", "today"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--region: use a two-letter country code"));
}

#[test]
fn an_at_home_roller_log_sends_the_patient_to_a_healthcare_professional() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    session_for_triage(&db, "at-home-roller");
    let out = journal(
        &db,
        &[
            "log",
            "--kind",
            "raw_skin",
            "--severity",
            "4",
            "--now",
            "2026-11-21 18:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    let text = stdout(&out);
    for part in [
        "What you logged needs a healthcare professional",
        "See a healthcare professional today",
        "Broken, raw or weeping skin",
        "Stop rolling",
    ] {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
    assert!(!text.contains("your provider"), "{text}");
    let text = stdout(&journal(
        &db,
        &[
            "today",
            "--now",
            "2026-11-21 18:30",
            "--tz",
            "Europe/Berlin",
        ],
    ));
    assert!(
        text.contains("Get help from a healthcare professional if you notice"),
        "{text}"
    );
    assert!(!text.contains("your provider"), "{text}");
}
