//! `aftercare backup --recovery-code | --passphrase-file` and `restore --passphrase-file`
//! (issue #22): a backup that opens on another computer with another key file, a wrong code or
//! passphrase refused with nothing written, a weak passphrase refused, and the secret never
//! printed back.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use common::{command, key_file, names_in, ok, refused, stderr};
const NOTE: &str = "weeping-canary-note";

/// Runs a command, with `stdin` as its standard input if given.
fn run_with(db: &Path, key: Option<&Path>, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = command(db, key, args);
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().expect("spawn");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    child.wait_with_output().expect("run")
}

fn run(db: &Path, key: Option<&Path>, args: &[&str]) -> Output {
    run_with(db, key, args, None)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A journal with a session and an entry; returns `session list --json`'s sessions and the
/// entries' notes.
fn journal(db: &Path, key: Option<&Path>) -> String {
    ok(&run(
        db,
        key,
        &[
            "session",
            "add",
            "--protocol",
            "microneedling",
            "--ended",
            "2026-11-20 10:00",
            "--tz",
            "UTC",
        ],
    ));
    ok(&run(
        db,
        key,
        &[
            "log",
            "--kind",
            "redness",
            "--severity",
            "4",
            "--note",
            NOTE,
            "--tz",
            "UTC",
        ],
    ));
    listing(db, key)
}

fn listing(db: &Path, key: Option<&Path>) -> String {
    let out = run(db, key, &["log", "list", "--json"]);
    ok(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["entries"].to_string()
}

#[test]
fn a_recovery_code_backup_restores_on_another_computer_with_another_key() {
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("here");
    let there = dir.path().join("there");
    std::fs::create_dir(&here).unwrap();
    std::fs::create_dir(&there).unwrap();
    let key1 = key_file(&here, "k", 0x11);
    let key2 = key_file(&there, "k", 0x22);
    let db = here.join("j.db");
    let expected = journal(&db, Some(&key1));
    let backup = dir.path().join("moving.aftercare");
    let out = run(
        &db,
        Some(&key1),
        &["backup", backup.to_str().unwrap(), "--recovery-code"],
    );
    ok(&out);
    let printed = stdout(&out);
    let code = printed
        .lines()
        .find_map(|l| l.strip_prefix("Recovery code: "))
        .unwrap_or_else(|| panic!("no code printed: {printed}"))
        .trim()
        .to_string();
    assert_eq!(code.len(), 29, "{code}");
    assert!(printed.contains("the only way to open"), "{printed}");
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!bytes.windows(NOTE.len()).any(|w| w == NOTE.as_bytes()));

    // Without the code: it says how it is locked and when it was made, and writes nothing.
    let target = there.join("j.db");
    let err = refused(
        &run(&target, Some(&key2), &["restore", backup.to_str().unwrap()]),
        "locked with a recovery code",
    );
    assert!(err.contains(", made 20"), "{err}");
    assert!(!err.contains(NOTE));
    // A wrong code: refused, nothing written; the code typed back in lower case with spaces.
    let wrong = there.join("wrong.txt");
    std::fs::write(&wrong, "0000 0000 0000 0000 0000 0000\n").unwrap();
    let before = names_in(&there);
    refused(
        &run(
            &target,
            Some(&key2),
            &[
                "restore",
                backup.to_str().unwrap(),
                "--passphrase-file",
                wrong.to_str().unwrap(),
            ],
        ),
        "does not open the backup; nothing was changed",
    );
    assert_eq!(names_in(&there), before);
    let typed = there.join("code.txt");
    std::fs::write(&typed, code.to_lowercase().replace('-', " ")).unwrap();
    let out = run(
        &target,
        Some(&key2),
        &[
            "restore",
            backup.to_str().unwrap(),
            "--passphrase-file",
            typed.to_str().unwrap(),
        ],
    );
    ok(&out);
    assert!(!stdout(&out).contains(&code) && !stderr(&out).contains(&code));
    assert_eq!(listing(&target, Some(&key2)), expected);
    // Encrypted with the new key file, not the old one.
    let refused_old = run(&target, Some(&key1), &["session", "list"]);
    assert_eq!(refused_old.status.code(), Some(2));
}

#[test]
fn a_passphrase_from_a_file_or_standard_input_and_too_weak_ones_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("j.db");
    let expected = journal(&db, None);
    let backup = dir.path().join("b.aftercare");
    // Too weak: refused before anything is written, and never repeated.
    let weak = dir.path().join("weak.txt");
    std::fs::write(&weak, "password1234\n").unwrap();
    let err = refused(
        &run(
            &db,
            None,
            &[
                "backup",
                backup.to_str().unwrap(),
                "--passphrase-file",
                weak.to_str().unwrap(),
            ],
        ),
        "too easy to guess",
    );
    assert!(!err.contains("password1234"), "{err}");
    assert!(!backup.exists());
    // Standard input.
    let out = run_with(
        &db,
        None,
        &["backup", backup.to_str().unwrap(), "--passphrase-file", "-"],
        Some("mi gata duerme en la ventana\n"),
    );
    ok(&out);
    assert!(!stdout(&out).contains("gata"));
    // A wrong one, then the right one, on a computer with a key file.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let key = key_file(&elsewhere, "k", 0x33);
    let target = elsewhere.join("j.db");
    let out = run_with(
        &target,
        Some(&key),
        &[
            "restore",
            backup.to_str().unwrap(),
            "--passphrase-file",
            "-",
        ],
        Some("mi gata duerme en la ventana!\n"),
    );
    let err = refused(&out, "does not open the backup");
    assert!(!err.contains("gata"), "{err}");
    let out = run_with(
        &target,
        Some(&key),
        &[
            "restore",
            backup.to_str().unwrap(),
            "--passphrase-file",
            "-",
        ],
        Some("mi gata duerme en la ventana\n"),
    );
    ok(&out);
    assert_eq!(listing(&target, Some(&key)), expected);
    // No flag takes the passphrase itself.
    let out = run(
        &db,
        None,
        &[
            "backup",
            "x.aftercare",
            "--passphrase",
            "mi gata duerme en la ventana",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("gata"), "{}", stderr(&out));
}

#[test]
fn backups_without_a_passphrase_still_work_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "k", 0x44);
    let db = dir.path().join("j.db");
    let expected = journal(&db, Some(&key));
    let backup = dir.path().join("b.aftercare");
    ok(&run(&db, Some(&key), &["backup", backup.to_str().unwrap()]));
    let target = dir.path().join("restored.db");
    refused(
        &run(&target, None, &["restore", backup.to_str().unwrap()]),
        "no key was given",
    );
    ok(&run(
        &target,
        Some(&key),
        &["restore", backup.to_str().unwrap()],
    ));
    assert_eq!(listing(&target, Some(&key)), expected);
}
