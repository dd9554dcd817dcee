//! Outputs that land on the wrong file and commands that go on after damage (hardening v3, issue
//! #19): reports and backups never replace the key file, a link planted at a temporary name, a
//! FIFO, a device or a link; a command that finds the journal damaged stops after moving it
//! aside. Real processes throughout; each test failed on the code before its fix.

#![cfg(unix)]

mod common;

use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{command, names_in, ok, refused, stderr};

/// Runs a command that must end on its own within 20 s (a FIFO must never hang it).
fn run(db: &Path, key: Option<&Path>, args: &[&str]) -> Output {
    common::run_bounded(command(db, key, args), Duration::from_secs(20))
}

fn add_session(db: &Path, key: Option<&Path>, ended: &str) {
    ok(&run(
        db,
        key,
        &[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--ended",
            ended,
            "--tz",
            "UTC",
        ],
    ));
}

fn log(db: &Path, key: Option<&Path>, note: &str) {
    ok(&run(
        db,
        key,
        &[
            "log",
            "--kind",
            "redness",
            "--severity",
            "3",
            "--note",
            note,
            "--tz",
            "UTC",
        ],
    ));
}

fn session_count(db: &Path, key: Option<&Path>) -> usize {
    let out = run(db, key, &["session", "list", "--json"]);
    ok(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["sessions"].as_array().unwrap().len()
}

fn key_file(dir: &Path) -> PathBuf {
    let path = dir.join("journal.key");
    std::fs::write(&path, "5a".repeat(32)).unwrap();
    path
}

fn report_to(db: &Path, key: Option<&Path>, out: &str) -> Output {
    run(db, key, &["report", "--format", "csv", "--out", out])
}

fn backup_to(db: &Path, key: Option<&Path>, out: &str) -> Output {
    run(db, key, &["backup", out])
}

// ---------------------------------------------------------------------------------------------
// 3. The key file

#[test]
fn outputs_never_replace_the_key_file_however_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path());
    let db = dir.path().join("j.db");
    add_session(&db, Some(&key), "2026-11-20 10:00");
    let original = std::fs::read(&key).unwrap();
    std::os::unix::fs::symlink(&key, dir.path().join("key-link")).unwrap();
    std::fs::hard_link(&key, dir.path().join("key-hard")).unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let spellings = [
        key.display().to_string(),
        dir.path().join("key-link").display().to_string(),
        dir.path().join("key-hard").display().to_string(),
        format!("{}/../journal.key", sub.display()),
    ];
    for target in &spellings {
        refused(
            &report_to(&db, Some(&key), target),
            "is the journal's key file",
        );
        refused(
            &backup_to(&db, Some(&key), target),
            "is the journal's key file",
        );
        assert!(
            std::fs::read(&key).unwrap() == original,
            "{target}: key file replaced"
        );
        assert_eq!(session_count(&db, Some(&key)), 1, "after {target}");
    }
    // Nor is the key file ever taken for the journal (it would be "damaged" and moved aside).
    for command in [&["session", "list"][..], &["restore", "b.db"][..]] {
        refused(&run(&key, Some(&key), command), "is the key file");
        assert!(std::fs::read(&key).unwrap() == original);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. A link planted at a temporary name

/// The last process id the kernel gave out (Linux), so links can be planted at the names the
/// next processes would use.
fn last_pid() -> Option<u32> {
    std::fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()?
        .trim()
        .parse()
        .ok()
}

#[test]
fn a_link_planted_at_a_temporary_name_is_never_followed() {
    let Some(last) = last_pid() else {
        eprintln!("SKIPPED: no /proc/sys/kernel/ns_last_pid");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    add_session(&db, None, "2026-11-20 10:00");
    let journal = std::fs::read(&db).unwrap();
    // The names an earlier version wrote reports and backups to, for the next 500 processes,
    // each a link to the journal.
    for pid in last + 1..last + 500 {
        for name in [format!(".r.csv.{pid}.tmp"), format!(".b.db.{pid}.tmp")] {
            std::os::unix::fs::symlink(&db, dir.path().join(name)).unwrap();
        }
    }
    for (what, out) in [
        (
            "report",
            report_to(&db, None, dir.path().join("r.csv").to_str().unwrap()),
        ),
        (
            "backup",
            backup_to(&db, None, dir.path().join("b.db").to_str().unwrap()),
        ),
    ] {
        ok(&out);
        assert!(
            std::fs::read(&db).unwrap() == journal,
            "the {what} wrote over the journal"
        );
    }
    assert_eq!(session_count(&db, None), 1);
    assert!(
        std::fs::symlink_metadata(dir.path().join("r.csv"))
            .unwrap()
            .is_file()
    );
}

// ---------------------------------------------------------------------------------------------
// 5. A command that finds damage stops

/// A plain journal with `count` entries; returns (dir, journal path).
fn journal_with_entries(count: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    add_session(&db, None, "2026-11-20 10:00");
    for n in 0..count {
        log(
            &db,
            None,
            &format!("entry {n} {}", "with several words ".repeat(12)),
        );
    }
    (dir, db)
}

/// Flips the cell pointers of the journal's last full table leaf: damage only a read of that
/// page (or the daily check) meets.
fn damage_a_data_page(db: &Path) {
    let mut bytes = std::fs::read(db).unwrap();
    let size = match u16::from_be_bytes([bytes[16], bytes[17]]) {
        1 => 65_536,
        n => n as usize,
    };
    let page = (2..=bytes.len() / size)
        .rev()
        .find(|&p| {
            let at = (p - 1) * size;
            let cells = u16::from_be_bytes([bytes[at + 3], bytes[at + 4]]);
            bytes[at] == 0x0d
                && cells >= 4
                && bytes[at..at + size].windows(6).any(|w| w == b"entry ")
        })
        .expect("a leaf page of entries");
    let at = (page - 1) * size + 8;
    for b in &mut bytes[at..at + 8] {
        *b ^= 0xff;
    }
    std::fs::write(db, bytes).unwrap();
}

fn corrupt_names(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("j.db.corrupt-")
        })
        .count()
}

#[test]
fn a_command_that_finds_the_journal_damaged_stops_after_moving_it_aside() {
    for when in ["at open", "while reading"] {
        for what in ["backup", "report"] {
            let ctx = format!("{what}, damage met {when}");
            let (dir, db) = journal_with_entries(12);
            let out_path = dir
                .path()
                .join(if what == "backup" { "b.db" } else { "r.csv" });
            let write = |db: &Path| {
                let target = out_path.to_str().unwrap();
                if what == "backup" {
                    backup_to(db, None, target)
                } else {
                    report_to(db, None, target)
                }
            };
            ok(&write(&db));
            let good = std::fs::read(&out_path).unwrap();
            if when == "at open" {
                std::fs::write(&db, b"not a journal any more").unwrap();
            } else {
                damage_a_data_page(&db);
            }
            let out = write(&db);
            let err = refused(&out, "moved to");
            assert!(err.contains("j.db.corrupt-"), "{ctx}: {err}");
            assert!(
                String::from_utf8_lossy(&out.stdout).trim().is_empty(),
                "{ctx}: {}",
                String::from_utf8_lossy(&out.stdout)
            );
            assert!(
                std::fs::read(&out_path).unwrap() == good,
                "{ctx}: output replaced"
            );
            assert_eq!(corrupt_names(dir.path()), 1, "{ctx}");
            // Told once: the next command runs on the new journal, quietly.
            let next = run(&db, None, &["session", "list"]);
            ok(&next);
            assert!(stderr(&next).is_empty(), "{ctx}: {}", stderr(&next));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6. FIFOs, devices, links

#[test]
fn outputs_that_are_not_regular_files_are_refused_and_left_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    add_session(&db, None, "2026-11-20 10:00");
    let fifo = dir.path().join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let elsewhere = dir.path().join("elsewhere.txt");
    std::fs::write(&elsewhere, b"a patient's own file").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    let dangling = dir.path().join("dangling.csv");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    let mut targets = vec![fifo.clone(), link.clone(), dangling.clone()];
    // A device of our own (root only): a copy of /dev/null's numbers, never /dev/null itself.
    let device = dir.path().join("null");
    let made = Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made {
        targets.push(device.clone());
    } else {
        eprintln!("note: cannot make a device node (needs root); devices not tried");
    }
    let socket = dir.path().join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    targets.push(socket.clone());
    let kinds = |path: &Path| {
        let meta = std::fs::symlink_metadata(path).unwrap();
        let t = meta.file_type();
        (
            t.is_fifo(),
            t.is_symlink(),
            t.is_char_device(),
            t.is_socket(),
        )
    };
    for target in &targets {
        let before = kinds(target);
        let text = target.to_str().unwrap();
        refused(&report_to(&db, None, text), "not a regular file");
        refused(&backup_to(&db, None, text), "not a regular file");
        assert_eq!(kinds(target), before, "{text} was replaced");
    }
    assert_eq!(std::fs::read(&elsewhere).unwrap(), b"a patient's own file");
    assert_eq!(std::fs::read_link(&link).unwrap(), elsewhere);
    // A folder is refused too (backup; `report` has its own line for it).
    refused(
        &backup_to(&db, None, dir.path().to_str().unwrap()),
        "not a regular file",
    );
}

// ---------------------------------------------------------------------------------------------
// Leftovers of killed backups and restores

/// Backups killed with SIGKILL while writing leave their temporary file; the next backup (or
/// open) removes what a dead process left, and nothing else: not a live writer's file (locked),
/// not a patient's file that merely looks alike.
#[test]
fn what_killed_backups_and_restores_left_is_cleaned_on_the_next_run() {
    let (dir, db) = journal_with_entries(20);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let backup = out.join("b.db");
    // Kill backups the moment their temporary file appears.
    let mut left = Vec::new();
    for _ in 0..20 {
        let mut child = command(&db, None, &["backup", backup.to_str().unwrap()])
            .spawn()
            .unwrap();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if names_in(&out)
                .iter()
                .any(|n| n.starts_with("b.db.partial-"))
            {
                break;
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let _ = child.kill();
        let _ = child.wait();
        left = names_in(&out)
            .into_iter()
            .filter(|n| n.starts_with("b.db.partial-"))
            .collect();
        if !left.is_empty() {
            break;
        }
    }
    assert!(
        !left.is_empty(),
        "no kill landed while a backup was writing"
    );
    // What an earlier version left (pid long gone), files of the patient's that look alike, and
    // a live writer's file (locked by another process).
    let old = out.join("b.db.partial-2147483632-0123456789ab");
    std::fs::write(&old, b"half a backup").unwrap();
    let theirs = [
        "b.db.partial-notes.txt",
        "b.db.partial-",
        "b.db.partial-abc",
        "notes.partial-abcdefghijkl",
    ];
    for name in theirs {
        std::fs::write(out.join(name), b"mine").unwrap();
    }
    let live = out.join("b.db.partial-LiveWriter12");
    std::fs::write(&live, b"being written").unwrap();
    let mut holder = Command::new("flock")
        .arg(&live)
        .args(["sleep", "30"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));

    ok(&backup_to(&db, None, backup.to_str().unwrap()));
    let after = names_in(&out);
    for name in &left {
        assert!(!after.contains(name), "{name} is still there: {after:?}");
    }
    assert!(!old.exists(), "{after:?}");
    for name in theirs {
        assert!(out.join(name).exists(), "{name} was removed");
    }
    assert!(live.exists(), "a live writer's file was removed");
    let _ = holder.kill();
    let _ = holder.wait();

    // The same beside the journal: a killed restore's staged copy and a half-made journal.
    let staged = dir.path().join("j.db.restore-2147483632-0123456789ab");
    let made = dir.path().join("j.db.new-AbCdEfGhIjKl");
    std::fs::write(&staged, b"half").unwrap();
    std::fs::write(&made, b"half").unwrap();
    ok(&run(&db, None, &["session", "list"]));
    assert!(
        !staged.exists() && !made.exists(),
        "{:?}",
        names_in(dir.path())
    );
}

// ---------------------------------------------------------------------------------------------
// Text that reaches a terminal

/// A clinic protocol whose name (a message the plan prints) carries an escape sequence, a bell
/// and NUL is refused at load, naming the message; nothing of it reaches the terminal.
#[test]
fn control_characters_in_a_clinic_protocol_never_reach_plan_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clinic.json");
    let protocol = serde_json::json!({
        "format": 1,
        "id": "glow-clinic",
        "version": 1,
        "name": "clinic-name",
        "treatment": "microneedling",
        "extends": { "id": "microneedling" },
        "rules": [],
        "messages": { "en": "clinic-name = Glow\u{1b}[2J\u{1b}]0;pwned\u{7} clinic {\"\\u0000\"}\n" }
    });
    std::fs::write(&file, protocol.to_string()).unwrap();
    let db = dir.path().join("j.db");
    let out = run(
        &db,
        None,
        &[
            "plan",
            "--protocol",
            "glow-clinic",
            "--protocol-file",
            file.to_str().unwrap(),
            "--ended",
            "2026-11-21 10:00",
            "--tz",
            "UTC",
        ],
    );
    let all = [out.stdout.clone(), out.stderr.clone()].concat();
    assert!(
        !all.iter().any(|&b| b == 0x1b || b == 0x07 || b == 0),
        "{}",
        String::from_utf8_lossy(&all)
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("control character"),
        "{}",
        stderr(&out)
    );
    let check = run(&db, None, &["protocol", "check", file.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains("messages.en"), "{}", stderr(&check));
}
