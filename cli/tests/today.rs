//! `aftercare today` and `aftercare checkin` tell the app's story: over the same journal, at the
//! same moment, they say what the app's Today says (the verdict's label and reason, what is due
//! and done today, what comes up at which instant), in both languages.

use std::path::Path;
use std::process::{Command, Output};

use aftercare_core::Locale;
use aftercare_core::app::{App, Config, ScreenBody, TodayScreen};
use chrono::{DateTime, TimeZone, Utc};

const MADRID: chrono_tz::Tz = chrono_tz::Europe::Madrid;

fn run(db: &Path, args: &[&str]) -> String {
    let mut all = vec!["--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    let out: Output = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(&all)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("AFTERCARE_DB")
        .output()
        .expect("run aftercare");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The app's Today over the journal at `now` (the app is closed again before returning).
fn app_today(db: &Path, now: DateTime<Utc>, locale: Locale) -> TodayScreen {
    let app = App::open(
        Config {
            path: db.to_path_buf(),
            key: None,
            share_dir: db.parent().unwrap().join("share"),
            device_locale: locale,
            // The CLI runs with LANG=C: no region, so 112 and °C on both sides.
            device_region: aftercare_core::region::Region::default(),
        },
        now,
    );
    match app.screen(now, MADRID).body {
        ScreenBody::Today { model } => model,
        other => panic!("expected Today, got {other:?}"),
    }
}

fn madrid(local: &str) -> DateTime<Utc> {
    let naive = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    MADRID
        .from_local_datetime(&naive)
        .unwrap()
        .with_timezone(&Utc)
}

/// Everything the CLI must say that the app's Today says.
fn agrees(text: &str, model: &TodayScreen) {
    let verdict = model.verdict.as_ref().expect("a verdict");
    let said = format!("{} — {}", verdict.level_label, verdict.headline);
    assert!(text.contains(&said), "{said:?} not in\n{text}");
    assert!(text.contains(&verdict.advice));
    for section in &model.sections {
        for item in &section.items {
            assert!(
                text.contains(&item.title),
                "{:?} not in\n{text}",
                item.title
            );
            if let Some(trailing) = &item.trailing {
                // Coming up: the same instant; due today: the same time or "done".
                let shown = trailing.trim_end_matches(" left");
                assert!(
                    text.contains(shown) || text.contains(&format!("✓ {trailing}")),
                    "{trailing:?} for {:?} not in\n{text}",
                    item.title
                );
            }
        }
    }
    if let Some(logged) = &model.logged_today {
        if logged.contains(':') {
            assert!(text.contains(logged.as_str()), "{logged:?} not in\n{text}");
        }
    }
}

#[test]
fn today_and_checkin_say_what_the_apps_today_says() {
    for (locale, code) in [(Locale::En, "en"), (Locale::Es, "es")] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("journal.db");
        run(
            &db,
            &["--locale", code, "settings", "--tz", "Europe/Madrid"],
        );
        // Ended at 04:00: the 24-hour rules lift at 04:00 tomorrow, inside quiet hours.
        run(
            &db,
            &[
                "session",
                "add",
                "--protocol",
                "microneedling",
                "--tz",
                "Europe/Madrid",
                "--ended",
                "2026-11-21 04:00",
                "--now",
                "2026-11-21 05:00",
            ],
        );
        let before = run(&db, &["today", "--now", "2026-11-21 10:00"]);
        let model = app_today(&db, madrid("2026-11-21 10:00"), locale);
        assert!(model.all_fine.is_some());
        agrees(&before, &model);

        let answer = run(&db, &["checkin", "--now", "2026-11-21 10:05"]);
        let model = app_today(&db, madrid("2026-11-21 10:05"), locale);
        let verdict = model.verdict.clone().unwrap();
        assert!(model.all_fine.is_none(), "today's check-in is done");
        assert!(
            answer.contains(&verdict.level_label),
            "{answer} / {verdict:?}"
        );
        let after = run(&db, &["today", "--now", "2026-11-21 10:05"]);
        agrees(&after, &model);
        assert_ne!(before, after);
        // The check-in's reminder tonight is no longer due, in the JSON the shells' tools read.
        let json: serde_json::Value =
            serde_json::from_str(&run(&db, &["today", "--now", "2026-11-21 10:05", "--json"]))
                .unwrap();
        assert_eq!(json["checked_in_today"], true);
        assert_eq!(json["verdict"]["label"], verdict.level_label);
        assert!(json["reminders"].as_array().unwrap().iter().all(|r| {
            !r["id"]
                .as_str()
                .unwrap()
                .ends_with("daily-check-in:2026-11-21")
        }));
        // A second check-in the same day is the same one.
        let again: serde_json::Value = serde_json::from_str(&run(
            &db,
            &["checkin", "--now", "2026-11-21 12:00", "--json"],
        ))
        .unwrap();
        assert_eq!(again["id"], 1);
        assert_eq!(again["day"], "2026-11-21");
        assert_eq!(again["verdict"]["headline"], verdict.headline);
    }
}
