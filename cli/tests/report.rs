//! `aftercare report` end to end: the four files, private and complete; one-line errors that
//! never quote the patient's name or notes.

use std::path::Path;
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
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

const NOW: [&str; 2] = ["--now", "2026-11-26 12:00"];

fn journal(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("journal.db");
    ok(&aftercare(&db, &["settings", "--tz", "Europe/Berlin"]));
    let tz = ["--tz", "Europe/Berlin"];
    let mut add = vec!["session", "add", "--protocol", "microneedling"];
    add.extend(["--ended", "2026-11-21 10:00"]);
    add.extend(tz);
    add.extend(NOW);
    ok(&aftercare(&db, &add));
    let mut book = vec!["session", "add", "--protocol", "microneedling"];
    book.extend(["--planned", "2026-12-19 10:00"]);
    book.extend(tz);
    book.extend(NOW);
    ok(&aftercare(&db, &book));
    for (at, kind, severity, note) in [
        ("2026-11-21 12:00", "redness", "6", "SECRET-NOTE, \"warm\""),
        ("2026-11-24 09:00", "redness", "7", ""),
        ("2026-11-25 20:00", "fever", "3", ""),
    ] {
        let mut log = vec!["log", "--kind", kind, "--severity", severity, "--at", at];
        log.extend(["--note", note]);
        log.extend(NOW);
        ok(&aftercare(&db, &log));
    }
    db
}

#[test]
fn writes_the_four_formats_privately() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    for (format, starts) in [
        ("html", "<!DOCTYPE html>"),
        ("csv", "entry_id,session_id,"),
        ("fhir", "{"),
        ("ics", "BEGIN:VCALENDAR\r\n"),
    ] {
        let out = dir.path().join(format!("report.{format}"));
        let mut args = vec!["report", "--format", format, "--out"];
        let path = out.to_str().unwrap();
        args.push(path);
        args.extend(NOW);
        let said = ok(&aftercare(&db, &args));
        assert_eq!(said, format!("Report written to {path}.\n"));
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(starts), "{format}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{format}: readable by others");
        }
    }
    // No temporary files left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    // Standard output, another language, a range and a name.
    let mut args = vec!["--locale", "es", "report", "--format", "html", "--out", "-"];
    args.extend([
        "--from",
        "2026-11-24",
        "--to",
        "2026-11-25",
        "--name",
        "Ana",
    ]);
    args.extend(NOW);
    let html = ok(&aftercare(&db, &args));
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains("<dd>Ana</dd>"));
    assert!(!html.contains("SECRET-NOTE"));
}

#[test]
fn bad_requests_are_one_line_without_health_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    let out = dir.path().join("x");
    let out = out.to_str().unwrap();
    let base = ["report", "--out", out, "--now", "2026-11-26 12:00"];
    let run = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend(extra);
        aftercare(&db, &args)
    };
    let err = refused(&run(&[
        "--format",
        "csv",
        "--from",
        "2026-11-25",
        "--to",
        "2026-11-22",
    ]));
    assert!(
        err.contains("starts (2026-11-25) after it ends (2026-11-22)"),
        "{err}"
    );
    let err = refused(&run(&["--format", "csv", "--from", "25/11/2026"]));
    assert!(err.contains("--from"), "{err}");
    // The typed value is never echoed (issue 12: no error repeats input); the choices are.
    let err = refused(&run(&["--format", "pdf"]));
    assert!(
        err.contains("--format") && err.contains("html, csv, fhir, ics"),
        "{err}"
    );
    assert!(!err.contains("pdf"), "{err}");
    let err = refused(&run(&["--format", "html", "--session", "42"]));
    assert!(err.contains("no session with id 42"), "{err}");
    let err = refused(&run(&["--format", "ics", "--from", "2027-01-01"]));
    assert!(err.contains("nothing to put in a calendar"), "{err}");
    let err = refused(&run(&["--format", "html", "--name", "Ana", "Privada"]));
    assert!(!err.contains("Privada"), "{err}");
    let err = refused(&run(&["--format", "html", "--name", "Ana\u{1b}[2J"]));
    assert!(!err.contains("Ana"), "{err}");
    assert!(!Path::new(out).exists());
    // An empty range is not an error for the other formats: an honest empty report.
    let csv = ok(&run(&[
        "--format",
        "csv",
        "--from",
        "2027-01-01",
        "--to",
        "2027-01-31",
    ]));
    assert!(csv.starts_with("Report written"));
    // The header and the disclaimer row, no entries.
    let written = std::fs::read_to_string(out).unwrap();
    assert_eq!(written.lines().count(), 2);
    assert!(written.lines().nth(1).unwrap().contains("not a doctor"));
}

#[test]
fn photos_are_embedded_stripped_or_reported_missing() {
    let dir = tempfile::tempdir().unwrap();
    let db = journal(dir.path());
    // The CLI has no photo command yet: record one the way a phone shell does.
    let photo = dir.path().join("p.jpg");
    let (journal, _) =
        aftercare_core::journal::Journal::open(&db, None, chrono::Utc::now()).unwrap();
    let mut jpeg = vec![0xff, 0xd8, 0xff, 0xe1, 0x00, 0x0e];
    jpeg.extend_from_slice(b"Exif\0\0GPS-XY");
    jpeg.extend_from_slice(&[0xff, 0xdb, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9]);
    std::fs::write(&photo, &jpeg).unwrap();
    let taken = chrono::DateTime::parse_from_rfc3339("2026-11-22T10:00:00+01:00")
        .unwrap()
        .to_utc();
    journal
        .add_photo(
            1,
            &aftercare_core::journal::NewPhoto {
                path: photo.to_string_lossy().into_owned(),
                taken_at: taken,
                sha256: aftercare_core::report::photo::sha256_hex(&jpeg),
                note: String::new(),
            },
        )
        .unwrap();
    drop(journal);
    let args = [
        "report",
        "--format",
        "html",
        "--photos",
        "--out",
        "-",
        "--now",
        "2026-11-26 12:00",
    ];
    let html = ok(&aftercare(&db, &args));
    assert!(html.contains("<img src=\"data:image/jpeg;base64,/9j/2wAEAQL/2Q==\""));
    std::fs::remove_file(&photo).unwrap();
    let out = aftercare(&db, &args);
    let html = ok(&out);
    assert!(html.contains("is not included: the file could not be read."));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "photo 1 not included: the file could not be read\n"
    );
}
