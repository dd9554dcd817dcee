//! `aftercare photo`: recording photo files by path and hash, listing them (HEIC with a line
//! that no report can show it), forgetting them; refusing what is not a photo file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn aftercare(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run aftercare")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn refused(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

const NOW: [&str; 2] = ["--now", "2026-11-26 12:00"];

fn journal(dir: &Path) -> PathBuf {
    let db = dir.join("journal.db");
    ok(&aftercare(&db, &["settings", "--tz", "Europe/Berlin"]));
    let mut add = vec!["session", "add", "--protocol", "microneedling"];
    add.extend(["--ended", "2026-11-21 10:00", "--tz", "Europe/Berlin"]);
    add.extend(NOW);
    ok(&aftercare(&db, &add));
    db
}

/// A tiny JPEG-shaped file with an EXIF block to strip.
fn jpeg() -> Vec<u8> {
    let mut j = vec![0xff, 0xd8, 0xff, 0xe0, 0, 16];
    j.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    j.extend_from_slice(&[0xff, 0xe1, 0, 14]);
    j.extend_from_slice(b"Exif\0\0GPS-XY");
    j.extend_from_slice(&[0xff, 0xdb, 0, 5, 0, 1, 2]);
    j.extend_from_slice(&[0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
    j.extend_from_slice(&[0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x42, 0x43]);
    j.extend_from_slice(&[0xff, 0xd9]);
    j
}

/// The start of an iPhone HEIC file: an `ftyp` box with the `heic` brand.
fn heic() -> Vec<u8> {
    let mut h = 24u32.to_be_bytes().to_vec();
    h.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    h.extend_from_slice(&[0; 200]);
    h
}

fn sha256_of(bytes: &[u8]) -> String {
    aftercare_core::report::photo::sha256_hex(bytes)
}

#[test]
fn add_list_and_delete_a_photo() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    let bytes = jpeg();
    std::fs::write(dir.path().join("cheek.jpg"), &bytes).unwrap();
    // A relative path is recorded as an absolute one.
    let out = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .current_dir(dir.path())
        .env("LANG", "C")
        .args(["--db", db.to_str().unwrap(), "photo", "add", "cheek.jpg"])
        .args([
            "--at",
            "2026-11-22 09:05",
            "--note",
            "-left cheek\nin daylight",
        ])
        .args(NOW)
        .args(["--json"])
        .output()
        .unwrap();
    let added: serde_json::Value = serde_json::from_str(&ok(&out)).unwrap();
    let path = std::fs::canonicalize(dir.path().join("cheek.jpg")).unwrap();
    assert_eq!(added["path"], path.to_str().unwrap());
    assert_eq!(added["sha256"], sha256_of(&bytes));
    assert_eq!(added["format"], "jpeg");
    assert_eq!(added["embeddable"], true);
    assert_eq!(added["session_id"], 1);
    assert_eq!(added["note"], "-left cheek\nin daylight");
    assert_eq!(added["taken"]["local"], "2026-11-22T09:05:00+01:00");
    let id = added["id"].as_i64().unwrap().to_string();

    let listed: serde_json::Value =
        serde_json::from_str(&ok(&aftercare(&db, &["photo", "list", "--json"]))).unwrap();
    assert_eq!(listed["schema"], 1);
    assert_eq!(listed["photos"].as_array().unwrap().len(), 1);
    assert_eq!(listed["photos"][0]["id"], added["id"]);
    let text = ok(&aftercare(&db, &["photo", "list"]));
    assert!(text.contains("Session 1: 1 photo."), "{text}");
    assert!(text.contains(path.to_str().unwrap()));
    assert!(text.contains("-left cheek"));

    // The report embeds it with --photos.
    let mut report = vec!["report", "--format", "html", "--out", "-", "--photos"];
    report.extend(NOW);
    let html = ok(&aftercare(&db, &report));
    assert!(html.contains("<img src=\"data:image/jpeg;base64,"));

    let said = ok(&aftercare(&db, &["photo", "delete", &id]));
    assert!(said.contains("the file itself was not deleted"), "{said}");
    assert!(path.exists());
    let err = refused(&aftercare(&db, &["photo", "delete", &id]));
    assert!(err.contains(&format!("no photo with id {id}")), "{err}");
    let text = ok(&aftercare(&db, &["photo", "list"]));
    assert!(text.contains("Session 1: no photos."), "{text}");
}

#[test]
fn a_heic_photo_is_kept_and_listed_but_the_report_says_it_cannot_show_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    let file = dir.path().join("IMG_0001.HEIC");
    std::fs::write(&file, heic()).unwrap();
    let mut add = vec!["photo", "add", file.to_str().unwrap()];
    add.extend(NOW);
    let said = ok(&aftercare(&db, &add));
    assert!(said.contains("Photo 1 recorded for session 1."), "{said}");
    assert!(said.contains("HEIC photo: it is kept and listed, but a report cannot show it"));
    let text = ok(&aftercare(&db, &["photo", "list"]));
    assert!(text.contains("a report cannot show it"), "{text}");
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&aftercare(&db, &["photo", "list", "--json"]))).unwrap();
    assert_eq!(listed["photos"][0]["format"], "heic");
    assert_eq!(listed["photos"][0]["embeddable"], false);
    let mut report = vec!["report", "--format", "html", "--out", "-", "--photos"];
    report.extend(NOW);
    let out = aftercare(&db, &report);
    let html = ok(&out);
    assert!(html.contains("is not included: only JPEG and PNG photos can be included."));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("photo 1 not included: only JPEG and PNG"),
        "{err}"
    );
    // A file that is gone is listed as such.
    std::fs::remove_file(&file).unwrap();
    let text = ok(&aftercare(&db, &["photo", "list"]));
    assert!(text.contains("The file cannot be read now"), "{text}");
}

#[test]
fn what_is_not_a_photo_file_is_refused_in_one_line_without_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    // Every refusal is one line that never repeats the note.
    let add = |file: &Path, extra: &[&str]| {
        let mut args = vec![
            "photo",
            "add",
            file.to_str().unwrap(),
            "--note",
            "SECRET-NOTE",
        ];
        args.extend(extra);
        args.extend(NOW);
        let out = aftercare(&db, &args);
        assert!(!String::from_utf8_lossy(&out.stderr).contains("SECRET"));
        out
    };
    let err = refused(&add(dir.path(), &[]));
    assert!(err.contains("is not a regular file"), "{err}");
    let err = refused(&add(&dir.path().join("missing.jpg"), &[]));
    assert!(err.contains("cannot read the photo"), "{err}");
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "hello").unwrap();
    let err = refused(&add(&text, &[]));
    assert!(err.contains("is not a JPEG, PNG or HEIC image"), "{err}");
    // Larger than the cap (a sparse file: no disk is used).
    let big = dir.path().join("big.jpg");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(aftercare_cli_cap() + 1).unwrap();
    let err = refused(&add(&big, &[]));
    assert!(err.contains("is larger than 50 MB"), "{err}");
    #[cfg(unix)]
    {
        // A named pipe would block a reader forever: refused before it is opened.
        let fifo = dir.path().join("pipe.jpg");
        let made = Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let err = refused(&add(&fifo, &[]));
            assert!(err.contains("is not a regular file"), "{err}");
        }
    }
    let photo = dir.path().join("ok.jpg");
    std::fs::write(&photo, jpeg()).unwrap();
    let err = refused(&add(&photo, &["--session", "9"]));
    assert!(err.contains("no session with id 9"), "{err}");
    let err = refused(&add(&photo, &["--at", "yesterday-ish"]));
    assert!(err.contains("--at"), "{err}");
    let long = "x".repeat(2001);
    let mut args = vec![
        "photo",
        "add",
        photo.to_str().unwrap(),
        "--note",
        long.as_str(),
    ];
    args.extend(NOW);
    let err = refused(&aftercare(&db, &args));
    assert!(err.contains("note"), "{err}");
    assert!(!err.contains("xxxx"));
    // A note with a terminal escape is refused, not stored and later printed.
    let mut args = vec![
        "photo",
        "add",
        photo.to_str().unwrap(),
        "--note",
        "clear\u{1b}[2J",
    ];
    args.extend(NOW);
    let err = refused(&aftercare(&db, &args));
    assert!(err.contains("note: contains control characters"), "{err}");
    // Nothing was recorded by any of these.
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&aftercare(&db, &["photo", "list", "--json"]))).unwrap();
    assert!(listed["photos"].as_array().unwrap().is_empty());
}

/// The cap the CLI enforces (50 MiB).
fn aftercare_cli_cap() -> u64 {
    50 * 1024 * 1024
}

/// A photo's file name comes from outside: escape sequences, a bell or a right-to-left override
/// in it are shown as `\u{…}`, never written to the terminal (the JSON form escapes them too).
#[cfg(unix)]
#[test]
fn control_characters_in_file_names_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    let name = "red\u{1b}[2J\u{1b}]0;owned\u{7}\u{202e}gpj.jpg";
    let photo = dir.path().join(name);
    std::fs::write(&photo, jpeg()).unwrap();
    let mut add = vec!["photo", "add", photo.to_str().unwrap()];
    add.extend(NOW);
    let added = ok(&aftercare(&db, &add));
    let listed = ok(&aftercare(&db, &["photo", "list"]));
    for out in [&added, &listed] {
        assert!(
            !out.chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{out:?}"
        );
    }
    assert!(
        listed.contains("red\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{202e}gpj.jpg"),
        "{listed}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&aftercare(&db, &["photo", "list", "--json"]))).unwrap();
    assert!(json.to_string().contains("\\u001b"));
}
