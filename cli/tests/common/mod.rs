//! What the command-line tests share: running the `aftercare` binary against a journal with
//! the environment pinned, and reading what it answered.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_aftercare");

pub fn command(db: &Path, key: Option<&Path>, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.arg("--db").arg(db);
    if let Some(key) = key {
        cmd.arg("--key-file").arg(key);
    }
    cmd.args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("AFTERCARE_DB")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

pub fn run(db: &Path, key: Option<&Path>, args: &[&str]) -> Output {
    command(db, key, args).output().expect("run aftercare")
}

/// Runs a command that must end on its own within `limit` (a FIFO must never hang it).
pub fn run_bounded(mut cmd: Command, limit: Duration) -> Output {
    let mut child: Child = cmd.spawn().expect("spawn");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[track_caller]
pub fn ok(out: &Output) {
    assert!(out.status.success(), "stderr: {}", stderr(out));
}

/// Exit 2, one line on stderr containing `expected`.
#[track_caller]
pub fn refused(out: &Output, expected: &str) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in {err}");
    err
}

pub fn key_file(dir: &Path, name: &str, byte: u8) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{byte:02x}").repeat(32)).unwrap();
    path
}

pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
