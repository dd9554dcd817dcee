//! The `aftercare` binary tried as a hostile or unlucky user would: processes racing a restore,
//! three processes creating one journal with different keys, outputs aimed at the journal's own
//! files, FIFOs and devices as input, notes that look like options, the umask, and the errors
//! for each of these. Real processes throughout; randomness from a fixed seed.

mod common;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use common::{BIN, command, key_file, names_in, ok, refused, run, run_bounded, stderr};

fn json(out: &Output) -> serde_json::Value {
    ok(out);
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The UTC end times of the journal's sessions.
fn session_ends(db: &Path, key: Option<&Path>) -> Vec<String> {
    let v = json(&run(db, key, &["session", "list", "--json"]));
    v["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["ended"]["utc"].as_str().unwrap_or("").to_string())
        .collect()
}

fn add_session(db: &Path, key: Option<&Path>, ended: &str) -> Output {
    run(
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
            "--now",
            "2026-11-25 10:00",
        ],
    )
}

/// Knuth's MMIX LCG: a failing round reproduces.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Restore racing a writer

#[test]
fn restore_racing_a_writer_never_loses_an_acknowledged_record() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.db");
    ok(&add_session(&source, None, "2026-11-20 10:00"));
    let backup = dir.path().join("backup.db");
    ok(&run(&source, None, &["backup", backup.to_str().unwrap()]));

    let rounds: u64 = std::env::var("AFTERCARE_RACE_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let mut rng = Lcg(12);
    let (mut writer_won, mut restore_won) = (0, 0);
    for round in 0..rounds {
        let ctx = format!("round {round}");
        let round_dir = tempfile::tempdir().unwrap();
        let db = round_dir.path().join("j.db");
        // A fresh journal with settings saved and no records.
        ok(&run(&db, None, &["settings", "--tz", "UTC"]));
        let (writer_delay, restore_delay) = (rng.below(40), rng.below(40));
        let writer_db = db.clone();
        let writer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(writer_delay));
            add_session(&writer_db, None, "2026-11-21 10:00")
        });
        std::thread::sleep(Duration::from_millis(restore_delay));
        let restore = run(&db, None, &["restore", backup.to_str().unwrap()]);
        let writer = writer.join().unwrap();
        let ends = session_ends(&db, None);
        if writer.status.success() {
            writer_won += 1;
            assert!(
                ends.contains(&"2026-11-21T10:00:00Z".to_string()),
                "{ctx}: the writer exited 0 but its session is not in the journal: {ends:?} \
                 (restore: {})",
                stderr(&restore)
            );
        } else {
            panic!("{ctx}: the writer failed: {}", stderr(&writer));
        }
        if restore.status.success() {
            restore_won += 1;
            assert!(
                ends.contains(&"2026-11-20T10:00:00Z".to_string()),
                "{ctx}: restore exited 0 but the backup's session is missing: {ends:?}"
            );
        } else {
            // Refused because the writer got there first: never a storage error.
            refused(&restore, "already has records");
        }
    }
    eprintln!("{rounds} rounds: writer exited 0 {writer_won} times, restore {restore_won} times");
}

// ---------------------------------------------------------------------------------------------
// 2. Key mix-ups

#[test]
fn three_processes_creating_one_journal_with_different_keys_lose_nothing() {
    let keys_dir = tempfile::tempdir().unwrap();
    let key1 = key_file(keys_dir.path(), "k1", 0x11);
    let key2 = key_file(keys_dir.path(), "k2", 0x22);
    let keys = [Some(key1.as_path()), Some(key2.as_path()), None];
    let rounds: u64 = std::env::var("AFTERCARE_RACE_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    for round in 0..rounds {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("j.db");
        let children: Vec<(usize, Child)> = keys
            .iter()
            .enumerate()
            .map(|(i, key)| {
                let ended = format!("2026-11-21 10:0{i}");
                let mut cmd = command(
                    &db,
                    *key,
                    &[
                        "session",
                        "add",
                        "--protocol",
                        "microneedling",
                        "--ended",
                        &ended,
                        "--tz",
                        "UTC",
                        "--now",
                        "2026-11-25 10:00",
                    ],
                );
                (i, cmd.spawn().unwrap())
            })
            .collect();
        let mut succeeded = 0;
        for (i, child) in children {
            let out = child.wait_with_output().unwrap();
            let ctx = format!("round {round}, process {i}");
            if out.status.success() {
                succeeded += 1;
                let ends = session_ends(&db, keys[i]);
                assert!(
                    ends.contains(&format!("2026-11-21T10:0{i}:00Z")),
                    "{ctx}: exited 0 but its session is missing: {ends:?}"
                );
            } else {
                // Another key, or no key for an encrypted journal.
                refused(&out, "nothing was changed");
            }
        }
        assert!(succeeded >= 1, "round {round}: nobody created the journal");
        let names = names_in(dir.path());
        assert!(
            !names.iter().any(|n| n.contains(".corrupt-")),
            "round {round}: a healthy journal was moved aside: {names:?}"
        );
    }
}

#[test]
fn a_stale_key_check_never_poisons_a_new_journal() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "k", 0x33);
    let plain = dir.path().join("plain.db");
    ok(&add_session(&plain, None, "2026-11-20 10:00"));
    let backup = dir.path().join("plain.bak");
    ok(&run(&plain, None, &["backup", backup.to_str().unwrap()]));

    // An encrypted journal is deleted; its key check stays behind.
    let db = dir.path().join("j.db");
    ok(&run(&db, Some(&key), &["settings", "--tz", "UTC"]));
    assert!(dir.path().join("j.db-keycheck").exists());
    std::fs::remove_file(&db).unwrap();

    ok(&run(&db, None, &["restore", backup.to_str().unwrap()]));
    assert_eq!(session_ends(&db, None), ["2026-11-20T10:00:00Z"]);
    // The old key is refused, and nothing is moved aside for it.
    refused(
        &run(&db, Some(&key), &["session", "list"]),
        "cannot be opened with this key",
    );
    assert_eq!(session_ends(&db, None), ["2026-11-20T10:00:00Z"]);
    let names = names_in(dir.path());
    assert!(!names.iter().any(|n| n.contains(".corrupt-")), "{names:?}");

    // The same for a new journal made by opening (no restore).
    let db2 = dir.path().join("j2.db");
    ok(&run(&db2, Some(&key), &["settings", "--tz", "UTC"]));
    std::fs::remove_file(&db2).unwrap();
    ok(&add_session(&db2, None, "2026-11-20 11:00"));
    assert_eq!(session_ends(&db2, None), ["2026-11-20T11:00:00Z"]);
}

// ---------------------------------------------------------------------------------------------
// 4. Outputs aimed at the journal

#[test]
fn reports_and_backups_never_overwrite_the_journal_or_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "k", 0x44);
    let db = dir.path().join("j.db");
    ok(&add_session(&db, Some(&key), "2026-11-20 10:00"));
    std::os::unix::fs::symlink(&db, dir.path().join("link.csv")).unwrap();
    std::fs::hard_link(&db, dir.path().join("hard.csv")).unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let targets = [
        db.display().to_string(),
        "j.db".to_string(),
        "./sub/../j.db".to_string(),
        "link.csv".to_string(),
        "hard.csv".to_string(),
        "j.db-wal".to_string(),
        "j.db-shm".to_string(),
        "j.db-keycheck".to_string(),
        "j.db-lock".to_string(),
        "J.DB-WAL".to_string(),
        format!("{}/../j.db-journal", sub.display()),
    ];
    for target in &targets {
        let mut report = command(
            &db,
            Some(&key),
            &[
                "report",
                "--format",
                "csv",
                "--now",
                "2026-11-25 10:00",
                "--out",
                target,
            ],
        );
        let out = report.current_dir(dir.path()).output().unwrap();
        refused(&out, "is the journal or one of its own files");
        let mut backup = command(&db, Some(&key), &["backup", target]);
        let out = backup.current_dir(dir.path()).output().unwrap();
        refused(&out, "is the journal or one of its own files");
        assert_eq!(
            session_ends(&db, Some(&key)),
            ["2026-11-20T10:00:00Z"],
            "after --out {target}"
        );
    }
    // A folder is not a report file either.
    refused(
        &run(
            &db,
            Some(&key),
            &["report", "--format", "csv", "--out", sub.to_str().unwrap()],
        ),
        "is a folder",
    );
    // A backup beside the journal under its own name is fine.
    ok(&run(
        &db,
        Some(&key),
        &["backup", dir.path().join("j.db.bak").to_str().unwrap()],
    ));
}

// ---------------------------------------------------------------------------------------------
// 6. FIFOs, devices and folders as input

#[test]
fn fifos_devices_and_folders_are_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let db = dir.path().join("j.db");
    let plan = |file: &Path| {
        vec![
            "plan".to_string(),
            "--protocol".into(),
            "microneedling".into(),
            "--ended".into(),
            "2026-11-21 10:00".into(),
            "--tz".into(),
            "UTC".into(),
            "--protocol-file".into(),
            file.display().to_string(),
        ]
    };
    for bad in [fifo.as_path(), Path::new("/dev/zero"), dir.path()] {
        let mut cases: Vec<(Vec<String>, Option<&Path>)> = vec![
            (
                vec!["protocol".into(), "check".into(), bad.display().to_string()],
                None,
            ),
            (plan(bad), None),
            (vec!["session".into(), "list".into()], Some(bad)),
            (vec!["restore".into(), bad.display().to_string()], None),
        ];
        for (args, key) in cases.drain(..) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = run_bounded(command(&db, key, &args), Duration::from_secs(20));
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?} key {key:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
            assert!(
                err.contains("not a regular file")
                    || err.contains("not a readable Aftercare backup"),
                "{args:?} key {key:?}: {err}"
            );
        }
    }
    // An oversized protocol file is refused by size, before parsing.
    let big = dir.path().join("big.json");
    std::fs::write(&big, vec![b' '; 2 * 1024 * 1024]).unwrap();
    let out = run(&db, None, &["protocol", "check", big.to_str().unwrap()]);
    refused(&out, "larger than");
}

// ---------------------------------------------------------------------------------------------
// 7. Free text that looks like an option; nothing typed is ever echoed

#[test]
fn notes_and_names_that_start_with_a_dash_are_data_and_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    ok(&add_session(&db, None, "2026-11-20 10:00"));
    let note = "--pus on my cheek";
    ok(&run(
        &db,
        None,
        &[
            "log",
            "--kind",
            "redness",
            "--severity",
            "4",
            "--note",
            note,
            "--now",
            "2026-11-21 10:00",
        ],
    ));
    let listed = json(&run(&db, None, &["log", "list", "--json"]));
    assert_eq!(listed["entries"][0]["note"], note);
    ok(&run(
        &db,
        None,
        &[
            "log",
            "edit",
            "1",
            "--note",
            "-pus again",
            "--now",
            "2026-11-21 11:00",
        ],
    ));
    let listed = json(&run(&db, None, &["log", "list", "--json"]));
    assert_eq!(listed["entries"][0]["note"], "-pus again");
    let out = run(
        &db,
        None,
        &[
            "report",
            "--format",
            "csv",
            "--name",
            "-Ana Pus-",
            "--now",
            "2026-11-25 10:00",
            "--out",
            "-",
        ],
    );
    ok(&out);

    // Mistakes around free text: one line, never the text.
    for args in [
        vec![
            "log",
            "--kind",
            "redness",
            "--severity",
            "4",
            "--note",
            "x",
            "--pus oozing",
        ],
        vec![
            "log",
            "--kind",
            "redness",
            "--severity",
            "11",
            "--note",
            "pus oozing",
        ],
        vec!["log", "--kind", "pus oozing", "--severity", "4"],
        vec![
            "log",
            "--kind",
            "redness",
            "--severity",
            "4",
            "--note",
            "my",
            "pus",
            "oozing",
        ],
        vec!["log", "edit", "1", "--note", "x", "--pus-oozing"],
        vec!["log", "edit", "pus oozing"],
        vec![
            "report",
            "--format",
            "csv",
            "--out",
            "-",
            "--name",
            "Ana",
            "Pus-Oozing",
        ],
        vec!["--pus-oozing"],
        vec!["pus-oozing"],
    ] {
        let out = run(&db, None, &args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        // ("pus" alone is in the list of kinds: pus_drainage.)
        assert!(
            !err.to_lowercase().contains("pus o") && !err.to_lowercase().contains("pus-"),
            "{args:?} echoed: {err}"
        );
        assert!(
            !err.to_lowercase().contains("oozing"),
            "{args:?} echoed: {err}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 8. Private files whatever the umask

#[cfg(unix)]
#[test]
fn journal_backups_key_checks_and_moved_files_are_private_with_umask_022() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "k", 0x55);
    let db = dir.path().join("j.db");
    let with_umask = |args: &[&str], key: Option<&Path>| {
        let mut all: Vec<String> = vec!["--db".into(), db.display().to_string()];
        if let Some(key) = key {
            all.push("--key-file".into());
            all.push(key.display().to_string());
        }
        all.extend(args.iter().map(|a| a.to_string()));
        let out = Command::new("sh")
            .arg("-c")
            .arg("umask 022; exec \"$0\" \"$@\"")
            .arg(BIN)
            .args(&all)
            .env("LANG", "C")
            .output()
            .unwrap();
        ok(&out);
    };
    with_umask(&["settings", "--tz", "UTC"], Some(&key));
    let backup = dir.path().join("backup.db");
    with_umask(&["backup", backup.to_str().unwrap()], Some(&key));
    // Damage (a journal cut to one byte) is moved aside, privately.
    let plain = dir.path().join("plain.db");
    std::fs::write(&plain, b"S").unwrap();
    std::fs::set_permissions(&plain, std::fs::Permissions::from_mode(0o644)).unwrap();
    // The command stops after moving it aside (exit 2); the next one makes the new journal.
    let out = run(&plain, None, &["settings", "--tz", "UTC"]);
    refused(&out, "plain.db.corrupt-");
    ok(&run(&plain, None, &["settings", "--tz", "UTC"]));
    let mut checked = 0;
    for name in names_in(dir.path()) {
        if name == "k" {
            continue;
        }
        let mode = std::fs::metadata(dir.path().join(&name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "{name} is {mode:o}");
        checked += 1;
    }
    assert!(checked >= 7, "{:?}", names_in(dir.path()));
}

// ---------------------------------------------------------------------------------------------
// 9. One clear line for each unlucky case; exit codes as the README says

#[test]
fn unlucky_places_get_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    refused(
        &run(dir.path(), None, &["session", "list"]),
        "is not a file",
    );
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(dir.path().join("nowhere.db"), &link).unwrap();
    refused(
        &run(&link, None, &["session", "list"]),
        "is a link to a file that does not exist",
    );
    // A link to a journal is the journal: its WAL and locks live beside the real file.
    let real = dir.path().join("real.db");
    ok(&add_session(&real, None, "2026-11-20 10:00"));
    let good_link = dir.path().join("good-link.db");
    std::os::unix::fs::symlink(&real, &good_link).unwrap();
    assert_eq!(session_ends(&good_link, None), ["2026-11-20T10:00:00Z"]);

    // A plain journal whose header was zeroed is damage: moved aside, said so, a new one made.
    let zeroed = dir.path().join("zeroed.db");
    ok(&add_session(&zeroed, None, "2026-11-20 10:00"));
    let mut bytes = std::fs::read(&zeroed).unwrap();
    bytes[..100].fill(0);
    std::fs::write(&zeroed, &bytes).unwrap();
    let out = run(&zeroed, None, &["session", "list"]);
    refused(&out, "zeroed.db.corrupt-");
    // ... and a restore is possible again.
    let backup = dir.path().join("b.db");
    ok(&run(&real, None, &["backup", backup.to_str().unwrap()]));
    ok(&run(&zeroed, None, &["restore", backup.to_str().unwrap()]));

    // Empty and one-byte journals are damage too, never a silent new journal.
    for (name, content) in [("empty.db", &b""[..]), ("one.db", &b"x"[..])] {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let out = run(&path, None, &["session", "list"]);
        refused(&out, &format!("{name}.corrupt-"));
    }

    // Insane dates.
    for when in [
        "0001-01-01 10:00",
        "0003-01-01T00:00:00Z",
        "2500-01-01 10:00",
    ] {
        refused(
            &add_session(&real, None, when),
            "outside the years 1900 to 2199",
        );
    }
}

#[test]
fn two_backups_to_one_file_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    ok(&add_session(&db, None, "2026-11-20 10:00"));
    let target = dir.path().join("same.bak");
    for round in 0..10 {
        let children: Vec<Child> = (0..2)
            .map(|_| {
                command(&db, None, &["backup", target.to_str().unwrap()])
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        }
        let names = names_in(dir.path());
        assert!(
            !names.iter().any(|n| n.contains(".partial")),
            "round {round}: leftovers {names:?}"
        );
    }
    let restored = dir.path().join("restored.db");
    ok(&run(
        &restored,
        None,
        &["restore", target.to_str().unwrap()],
    ));
    assert_eq!(session_ends(&restored, None), ["2026-11-20T10:00:00Z"]);
}

#[test]
fn protocol_files_with_a_byte_order_mark_are_read_and_exit_codes_match_the_readme() {
    let dir = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/docs/examples/glow-clinic-microneedling.json"
    ))
    .unwrap();
    let bom = dir.path().join("bom.json");
    std::fs::write(&bom, format!("\u{feff}{example}")).unwrap();
    let db = dir.path().join("j.db");
    // 0: success.
    ok(&run(
        &db,
        None,
        &["protocol", "check", bom.to_str().unwrap()],
    ));
    // 1: `protocol check` found problems in the file.
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, example.replace("\"format\": 1", "\"format\": 9")).unwrap();
    let out = run(&db, None, &["protocol", "check", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // A file that is not UTF-8 text is named as such.
    let latin1 = dir.path().join("latin1.json");
    std::fs::write(&latin1, b"{\"id\": \"caf\xe9\"}").unwrap();
    refused(
        &run(&db, None, &["protocol", "check", latin1.to_str().unwrap()]),
        "not UTF-8",
    );
    // 2: any error; help is not one.
    refused(
        &run(&db, None, &["protocol", "check", "missing.json"]),
        "cannot read",
    );
    let out = run(&db, None, &["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&db, None, &[]);
    assert_eq!(out.status.code(), Some(2));
}

/// A really full disk (a 256 KiB tmpfs; needs root, else skipped with a note): opening and
/// backing up say "the disk is full", a failed backup leaves nothing behind, and once space is
/// freed everything is still there.
#[test]
fn a_full_disk_is_named_at_open_and_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(dir.path())
        .output();
    if !matches!(&mounted, Ok(out) if out.status.success()) {
        eprintln!("SKIPPED full-disk test: cannot mount a small tmpfs (needs root)");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(dir.path());
    let db = dir.path().join("j.db");
    for day in 20..23 {
        ok(&add_session(&db, None, &format!("2026-11-{day} 10:00")));
    }
    let fill = dir.path().join("fill");
    let _ = Command::new("dd")
        .arg("if=/dev/zero")
        .arg(format!("of={}", fill.display()))
        .arg("bs=4k")
        .stderr(Stdio::null())
        .status();
    let before = names_in(dir.path());
    refused(
        &run(
            &db,
            None,
            &["backup", dir.path().join("b.db").to_str().unwrap()],
        ),
        "the disk is full",
    );
    refused(
        &add_session(&db, None, "2026-11-23 10:00"),
        "the disk is full",
    );
    refused(
        &run(&dir.path().join("new.db"), None, &["session", "list"]),
        "the disk is full",
    );
    let after = names_in(dir.path());
    assert!(
        !after
            .iter()
            .any(|n| n.contains(".partial") || n.contains(".new-")),
        "leftovers: {before:?} -> {after:?}"
    );
    std::fs::remove_file(&fill).unwrap();
    assert_eq!(session_ends(&db, None).len(), 3);
    ok(&run(
        &db,
        None,
        &["backup", dir.path().join("b.db").to_str().unwrap()],
    ));
}
