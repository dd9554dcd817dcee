//! Reliability of the journal: `kill -9` while writing, damaged files at open, wrong and missing
//! keys, newer schemas, a full disk, read-only storage, missing folders, two processes writing
//! at once, backup and restore, migrations; and no error ever carries what the patient wrote.
//!
//! Child processes re-run this test binary on the `child_writer` test, which is selected and
//! configured through `AFTERCARE_CHILD_*` environment variables; without them it returns at
//! once. Randomness comes from a fixed-seed LCG, so a failure reproduces; every assertion names
//! the seed and iteration.
//!
//! Knobs: `AFTERCARE_KILL_ITERATIONS` (default and minimum 200), `AFTERCARE_KILL_SEED`.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use aftercare_core::journal::{
    INTEGRITY_CHECK_EVERY, Journal, JournalError, JournalKey, NewPhoto, NewSession, Recovery,
    SCHEMA_VERSION, SessionStatus,
};
use aftercare_core::{
    BodyArea, Category, DayTimes, Locale, NewSymptom, PatientSettings, ProtocolRef, QuietHours,
    ReminderLedger, SymptomEntry, SymptomKind,
};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc};

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// Words that appear in every note, photo note and child entry of these tests. No error may
/// contain any of them.
const CANARY: &str = "weeping-blister-canary";
const HEALTH_WORDS: [&str; 4] = ["canary", "blister", "weeping", "itchy"];

const KEY: [u8; 32] = [0x5a; 32];
const WRONG_KEY: [u8; 32] = [0xa5; 32];

const ENV_JOURNAL: &str = "AFTERCARE_CHILD_JOURNAL";
const ENV_ENCRYPTED: &str = "AFTERCARE_CHILD_ENCRYPTED";
const ENV_TAG: &str = "AFTERCARE_CHILD_TAG";
const ENV_COUNT: &str = "AFTERCARE_CHILD_COUNT";
const ENV_GO: &str = "AFTERCARE_CHILD_GO";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
}

/// A day later: opening then runs the periodic full page check.
fn next_day() -> DateTime<Utc> {
    now() + INTEGRITY_CHECK_EVERY
}

fn key() -> JournalKey {
    JournalKey::new(KEY)
}

fn wrong_key() -> JournalKey {
    JournalKey::new(WRONG_KEY)
}

fn key_for(encrypted: bool) -> Option<JournalKey> {
    encrypted.then(key)
}

fn label(encrypted: bool) -> &'static str {
    if encrypted { "encrypted" } else { "plain" }
}

/// A deterministic generator (Knuth's MMIX LCG), so failures reproduce from the seed.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Lcg {
        Lcg(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Fails if an error's message or debug form carries anything the patient wrote.
#[track_caller]
fn assert_clean(err: &JournalError) {
    let shown = format!("{err}").to_lowercase();
    let debug = format!("{err:?}").to_lowercase();
    for word in HEALTH_WORDS {
        assert!(
            !shown.contains(word) && !debug.contains(word),
            "the error leaks patient text ({word:?}): {err} / {err:?}"
        );
    }
}

/// Same check for an error message relayed by a child process.
#[track_caller]
fn assert_clean_text(text: &str) {
    let lower = text.to_lowercase();
    for word in HEALTH_WORDS {
        assert!(
            !lower.contains(word),
            "an error relayed by a child leaks patient text ({word:?}): {text}"
        );
    }
}

/// Unwraps an error, checks it is clean, and returns it.
#[track_caller]
fn expect_err<T>(result: Result<T, JournalError>, what: &str) -> JournalError {
    match result {
        Ok(_) => panic!("{what}: expected an error, got Ok"),
        Err(err) => {
            assert_clean(&err);
            err
        }
    }
}

fn done_session() -> NewSession {
    NewSession {
        protocol: ProtocolRef {
            id: "microneedling".into(),
            version: 1,
        },
        status: SessionStatus::Done,
        starts_at: None,
        ended_at: Some(now() - TimeDelta::hours(2)),
        zone: chrono_tz::Europe::Berlin,
    }
}

/// A note of exactly `chars` characters that starts with the canary and a number.
fn note(n: usize, chars: usize) -> String {
    let mut text = format!("{CANARY} #{n} ");
    while text.len() < chars {
        text.push_str("itchy weeping blister near the left cheek, ");
    }
    text.truncate(chars);
    text
}

fn symptom(n: usize, note_chars: usize) -> NewSymptom {
    NewSymptom {
        kind: SymptomKind::ALL[n % SymptomKind::ALL.len()],
        severity: (n % 11) as u8,
        observed_at: now() - TimeDelta::minutes(n as i64),
        area: BodyArea::ALL[(n * 7) % BodyArea::ALL.len()],
        note: note(n, note_chars),
        yes_no: false,
        temperature: None,
    }
}

/// Adds a session and `count` entries with notes of `note_chars` characters.
fn populate(journal: &Journal, count: usize, note_chars: usize) -> (i64, Vec<SymptomEntry>) {
    let session = journal.add_session(&done_session(), now()).unwrap().id;
    let entries = (0..count)
        .map(|n| {
            journal
                .log_symptom(session, &symptom(n, note_chars), now())
                .unwrap()
        })
        .collect();
    (session, entries)
}

/// Every entry of a session, by id.
fn entries_by_id(journal: &Journal, session: i64) -> Vec<SymptomEntry> {
    let mut entries = journal.symptoms(session).unwrap();
    entries.sort_by_key(|e| e.id);
    entries
}

/// Every file in `dir` (not recursive) with its bytes, except the journal's lock files (empty
/// files every opener creates and locks; they hold nothing).
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_file())
        .filter(|entry| !entry.file_name().to_string_lossy().ends_with("-lock"))
        .map(|entry| {
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path()).unwrap(),
            )
        })
        .collect()
}

fn names(snapshot: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    snapshot.keys().map(String::as_str).collect()
}

#[track_caller]
fn assert_same_files(
    before: &BTreeMap<String, Vec<u8>>,
    after: &BTreeMap<String, Vec<u8>>,
    ctx: &str,
) {
    assert_eq!(
        names(before),
        names(after),
        "{ctx}: the folder's files changed"
    );
    for (name, bytes) in before {
        assert!(
            after[name] == *bytes,
            "{ctx}: {name} changed ({} bytes before, {} after)",
            bytes.len(),
            after[name].len()
        );
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// A raw SQLite connection, keyed like the journal (raw key, no derivation).
fn raw(path: &Path, key: Option<&[u8; 32]>) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    if let Some(key) = key {
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))
            .unwrap();
    }
    conn
}

fn user_version(path: &Path, key: Option<&[u8; 32]>) -> u32 {
    raw(path, key)
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

fn raw_key(encrypted: bool) -> Option<&'static [u8; 32]> {
    encrypted.then_some(&KEY)
}

// ---------------------------------------------------------------------------------------------
// Child processes
// ---------------------------------------------------------------------------------------------

/// The entry a child logs as its `seq`-th for `tag`: every field derives from both, so the
/// parent can tell exactly what each stored row must be.
fn child_symptom(tag: u64, seq: u64) -> NewSymptom {
    NewSymptom {
        kind: SymptomKind::ALL[((tag * 7 + seq) % SymptomKind::ALL.len() as u64) as usize],
        severity: ((tag + seq * 3) % 11) as u8,
        observed_at: now() - TimeDelta::seconds(seq as i64),
        area: BodyArea::ALL[((tag + seq * 5) % BodyArea::ALL.len() as u64) as usize],
        note: format!("t{tag} s{seq} {CANARY}"),
        yes_no: false,
        temperature: None,
    }
}

fn child_expected(tag: u64, seq: u64, session: i64, id: i64) -> SymptomEntry {
    let new = child_symptom(tag, seq);
    SymptomEntry {
        id,
        session_id: session,
        kind: new.kind,
        severity: new.severity,
        observed_at: new.observed_at,
        area: new.area,
        note: new.note,
        yes_no: false,
        temperature: None,
    }
}

/// The child: opens the journal named by `AFTERCARE_CHILD_JOURNAL`, adds its own session and
/// logs entries (forever, or `AFTERCARE_CHILD_COUNT` of them), printing each acknowledged id.
/// With `AFTERCARE_CHILD_GO`, it first prints `@@ready` and waits for that file to appear.
/// Any failure is printed as `@@fail` and ends the process with code 3.
#[test]
fn child_writer() {
    let Some(path) = std::env::var_os(ENV_JOURNAL) else {
        return;
    };
    let encrypted = std::env::var(ENV_ENCRYPTED).is_ok_and(|v| v == "1");
    let tag: u64 = std::env::var(ENV_TAG).unwrap().parse().unwrap();
    let count: Option<u64> = std::env::var(ENV_COUNT).ok().map(|v| v.parse().unwrap());
    let key = key_for(encrypted);
    let mut out = std::io::stdout().lock();
    let result = (|| -> Result<(), String> {
        let show = |what: &str, e: JournalError| format!("{what}: {e} / {e:?}");
        if let Some(go) = std::env::var_os(ENV_GO) {
            // Start together with the other writer: report ready, wait for the signal.
            writeln!(out, "@@ready").map_err(|e| e.to_string())?;
            out.flush().map_err(|e| e.to_string())?;
            let deadline = Instant::now() + Duration::from_secs(60);
            while !Path::new(&go).exists() {
                if Instant::now() > deadline {
                    return Err("no start signal within 60 s".into());
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        }
        let (journal, recovery) =
            Journal::open(Path::new(&path), key.as_ref(), now()).map_err(|e| show("open", e))?;
        if let Some(recovery) = recovery {
            return Err(format!("open reported a recovery: {recovery:?}"));
        }
        let session = journal
            .add_session(&done_session(), now())
            .map_err(|e| show("add_session", e))?
            .id;
        writeln!(out, "@@session {session}").map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
        let mut seq = 0;
        while count.is_none_or(|count| seq < count) {
            let entry = journal
                .log_symptom(session, &child_symptom(tag, seq), now())
                .map_err(|e| show(&format!("log_symptom #{seq}"), e))?;
            writeln!(out, "@@ack {} {session} {seq}", entry.id).map_err(|e| e.to_string())?;
            out.flush().map_err(|e| e.to_string())?;
            seq += 1;
        }
        Ok(())
    })();
    if let Err(message) = result {
        let _ = writeln!(out, "@@fail {message}");
        let _ = out.flush();
        std::process::exit(3);
    }
}

fn spawn_child(
    path: &Path,
    encrypted: bool,
    tag: u64,
    count: Option<u64>,
    go: Option<&Path>,
) -> Child {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
        .env(ENV_JOURNAL, path)
        .env(ENV_ENCRYPTED, if encrypted { "1" } else { "0" })
        .env(ENV_TAG, tag.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    match count {
        Some(count) => command.env(ENV_COUNT, count.to_string()),
        None => command.env_remove(ENV_COUNT),
    };
    match go {
        Some(go) => command.env(ENV_GO, go),
        None => command.env_remove(ENV_GO),
    };
    command.spawn().expect("spawn the child test process")
}

/// A child's complete output lines, as they come, and the thread reading them.
type Lines = (Receiver<String>, JoinHandle<()>);

/// Sends every complete line (ending in a newline) the child prints; a line cut by the kill is
/// dropped.
fn read_lines(stdout: ChildStdout) -> Lines {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) if buf.ends_with(b"\n") => {
                    if tx.send(String::from_utf8_lossy(&buf).into_owned()).is_err() {
                        break;
                    }
                }
                Ok(_) => break,
            }
        }
    });
    (rx, handle)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Msg {
    Ready,
    Session(i64),
    Ack { id: i64, session: i64, seq: u64 },
    Fail(String),
}

/// Our messages start with `@@` (the test harness may print its own text before them).
fn parse(line: &str) -> Option<Msg> {
    let at = line.find("@@")?;
    let rest = line[at + 2..].trim_end();
    let (word, args) = rest.split_once(' ').unwrap_or((rest, ""));
    let numbers: Vec<i64> = args
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match (word, numbers.as_slice()) {
        ("ready", []) => Some(Msg::Ready),
        ("session", [id]) => Some(Msg::Session(*id)),
        ("ack", [id, session, seq]) => Some(Msg::Ack {
            id: *id,
            session: *session,
            seq: *seq as u64,
        }),
        ("fail", _) => Some(Msg::Fail(args.to_string())),
        _ => Some(Msg::Fail(format!("unparsable line: {line:?}"))),
    }
}

/// Waits for a child to end on its own (killing it after `limit`) and returns its messages.
fn run_to_end(
    mut child: Child,
    (rx, reader): Lines,
    limit: Duration,
    ctx: &str,
) -> (ExitStatus, Vec<Msg>) {
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{ctx}: the child did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    reader.join().unwrap();
    (status, rx.try_iter().filter_map(|l| parse(&l)).collect())
}

// ---------------------------------------------------------------------------------------------
// 1. kill -9 while writing
// ---------------------------------------------------------------------------------------------

/// How many kill iterations share one journal (the first of them creates it).
const KILLS_PER_JOURNAL: u64 = 5;

/// What the parent knows about one journal of the kill test.
#[derive(Default)]
struct Known {
    /// Entries seen durable per announced session, by id.
    sessions: BTreeMap<i64, Vec<SymptomEntry>>,
    /// The tag (iteration) of the child that owns each announced session.
    tags: BTreeMap<i64, u64>,
}

#[test]
fn kill_9_never_loses_an_acknowledged_entry() {
    let iterations: u64 = std::env::var("AFTERCARE_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(200, |n: u64| n.max(200));
    let seed: u64 = std::env::var("AFTERCARE_KILL_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x00af_7e2c_a2e0);
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg::new(seed);
    let started = Instant::now();
    let (mut total_acks, mut early_kills, mut in_flight_found) = (0usize, 0u64, 0u64);
    let mut unmarked_wals = 0u64;
    let mut known = Known::default();
    let mut path = PathBuf::new();
    let mut encrypted = false;
    for i in 0..iterations {
        if i % KILLS_PER_JOURNAL == 0 {
            // A fresh journal, created by the child (so a kill may land while it is created).
            path = dir.path().join(format!("kill-{i}.db"));
            encrypted = (i / KILLS_PER_JOURNAL) % 2 == 1;
            known = Known::default();
        }
        let early = rng.below(6) == 0;
        let delay = Duration::from_millis(if early { rng.below(25) } else { rng.below(41) });
        let ctx = format!(
            "kill test seed={seed} (AFTERCARE_KILL_SEED) iteration={i} journal={} {} \
             kill={} after {delay:?}",
            path.display(),
            label(encrypted),
            if early {
                "before any ack"
            } else {
                "after the first ack"
            },
        );

        let mut child = spawn_child(&path, encrypted, i, None, None);
        let (rx, reader) = read_lines(child.stdout.take().unwrap());
        let mut msgs = Vec::new();
        if early {
            early_kills += 1;
            std::thread::sleep(delay);
        } else {
            let deadline = Instant::now() + Duration::from_secs(60);
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                match rx.recv_timeout(left) {
                    Ok(line) => {
                        let msg = parse(&line);
                        let acked = matches!(msg, Some(Msg::Ack { .. }));
                        msgs.extend(msg);
                        if acked {
                            break;
                        }
                    }
                    Err(_) => {
                        let _ = child.kill();
                        let _ = child.wait();
                        panic!("{ctx}: the child never acknowledged an entry: {msgs:?}");
                    }
                }
            }
            std::thread::sleep(delay);
        }
        child.kill().unwrap(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        reader.join().unwrap();
        msgs.extend(rx.try_iter().filter_map(|l| parse(&l)));

        for msg in &msgs {
            if let Msg::Fail(text) = msg {
                assert_clean_text(text);
                panic!("{ctx}: the child failed: {text}");
            }
        }
        assert_eq!(
            status.signal(),
            Some(9),
            "{ctx}: the child ended by itself ({status:?}): {msgs:?}"
        );

        let announced = msgs.iter().find_map(|m| match m {
            Msg::Session(id) => Some(*id),
            _ => None,
        });
        let acks: Vec<(i64, i64, u64)> = msgs
            .iter()
            .filter_map(|m| match m {
                Msg::Ack { id, session, seq } => Some((*id, *session, *seq)),
                _ => None,
            })
            .collect();
        for (n, &(_, session, seq)) in acks.iter().enumerate() {
            assert_eq!(Some(session), announced, "{ctx}: ack for another session");
            assert_eq!(seq, n as u64, "{ctx}: acks out of order");
        }
        total_acks += acks.len();
        if let Some(session) = announced {
            assert!(
                known.sessions.insert(session, Vec::new()).is_none(),
                "{ctx}: session id {session} announced twice"
            );
            known.tags.insert(session, i);
        }

        // The parent opens the journal as the app would after the crash.
        let key = key_for(encrypted);
        let (journal, recovery) = Journal::open(&path, key.as_ref(), now())
            .unwrap_or_else(|e| panic!("{ctx}: reopening after the kill failed: {e} / {e:?}"));
        // A kill between the first commit of a new WAL generation and the mark that names it
        // as the journal's own leaves a WAL opening sets aside (it holds only that commit,
        // never acknowledged: every acknowledged entry is checked below). Never damage.
        assert!(
            recovery.as_ref().is_none_or(|r| !r.damaged()),
            "{ctx}: open after the kill reported damage: {recovery:?}"
        );
        if recovery.is_some() {
            unmarked_wals += 1;
        }
        let sessions = journal.sessions().unwrap();
        for id in known.sessions.keys() {
            assert!(
                sessions.iter().any(|s| s.id == *id),
                "{ctx}: session {id} disappeared"
            );
        }
        for session in sessions.iter().map(|s| s.id) {
            let got = entries_by_id(&journal, session);
            let Some(seen) = known.sessions.get_mut(&session) else {
                // Committed, but the child died before announcing it: it logged nothing.
                assert!(
                    got.is_empty(),
                    "{ctx}: unannounced session {session} has entries"
                );
                continue;
            };
            let tag = known.tags[&session];
            for (seq, entry) in got.iter().enumerate() {
                assert_eq!(
                    *entry,
                    child_expected(tag, seq as u64, session, entry.id),
                    "{ctx}: entry #{seq} of session {session} is not what was logged"
                );
            }
            assert!(
                got.len() >= seen.len(),
                "{ctx}: session {session} had {} durable entries, now {}",
                seen.len(),
                got.len()
            );
            assert_eq!(
                got[..seen.len()],
                seen[..],
                "{ctx}: earlier entries changed"
            );
            if Some(session) == announced {
                for &(id, _, seq) in &acks {
                    let stored = got.get(seq as usize).unwrap_or_else(|| {
                        panic!(
                            "{ctx}: acknowledged entry id {id} (#{seq}) is missing; \
                             {} acked, {} stored",
                            acks.len(),
                            got.len()
                        )
                    });
                    assert_eq!(
                        stored.id, id,
                        "{ctx}: acknowledged entry #{seq} has another id"
                    );
                }
                assert!(
                    got.len() <= acks.len() + 1,
                    "{ctx}: {} entries stored but only {} acknowledged (at most one in flight)",
                    got.len(),
                    acks.len()
                );
                if got.len() == acks.len() + 1 {
                    in_flight_found += 1;
                }
            } else {
                assert_eq!(
                    got.len(),
                    seen.len(),
                    "{ctx}: an older session of a dead child changed"
                );
            }
            *seen = got;
        }
        assert!(
            journal.integrity_ok().unwrap(),
            "{ctx}: integrity check failed"
        );
        drop(journal);
    }
    assert!(total_acks > 0, "the children never acknowledged anything");
    eprintln!(
        "kill -9: {iterations} iterations (seed {seed}), {total_acks} acknowledged entries, \
         {early_kills} kills before the first ack, {in_flight_found} committed-but-unacked \
         entries found, {unmarked_wals} unmarked WALs set aside, {:.1?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Damage, wrong keys and newer schemas at open
// ---------------------------------------------------------------------------------------------

const SQLCIPHER_PAGE: usize = 4096;

/// A closed journal with many pages of entries; returns (dir, path, session, entries).
fn damaged_base(encrypted: bool) -> (tempfile::TempDir, PathBuf, i64, Vec<SymptomEntry>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    let key = key_for(encrypted);
    let (journal, recovery) = Journal::open(&path, key.as_ref(), now()).unwrap();
    assert_eq!(recovery, None);
    let (session, entries) = populate(&journal, 150, 400);
    drop(journal);
    assert!(
        !with_suffix(&path, "-wal").exists(),
        "closing the last connection checkpoints and removes the WAL"
    );
    (dir, path, session, entries)
}

/// The page size of a plain SQLite file, from its header.
fn plain_page_size(bytes: &[u8]) -> usize {
    match u16::from_be_bytes([bytes[16], bytes[17]]) {
        1 => 65_536,
        size => size as usize,
    }
}

/// The first full table leaf page of the symptom log at or after page 5 (1-based) in a plain
/// file (one holding the notes' text, so not a page of the schema or another table): damage in
/// its middle hits stored cells, not free space.
fn full_leaf_page(bytes: &[u8], page_size: usize) -> usize {
    let pages = bytes.len() / page_size;
    let marker = b"itchy weeping blister";
    (5..=pages)
        .find(|&page| {
            let at = (page - 1) * page_size;
            let cells = u16::from_be_bytes([bytes[at + 3], bytes[at + 4]]);
            let content_start = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]) as usize;
            let notes = bytes[at..at + page_size]
                .windows(marker.len())
                .any(|w| w == marker);
            bytes[at] == 0x0d && cells >= 4 && content_start < page_size / 2 - 64 && notes
        })
        .expect("a full table leaf page")
}

/// Flips `len` bytes from `at`.
fn flip(bytes: &mut [u8], at: usize, len: usize) {
    for b in &mut bytes[at..at + len] {
        *b ^= 0xff;
    }
}

/// What a damage must lead to at open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Moved aside, fresh journal.
    Recovery,
    /// The bytes hit nothing in use: the journal opens as it was.
    Intact,
}

type Damage = (&'static str, fn(&mut Vec<u8>, bool) -> Expect);

/// Byte offset of the middle of `page` (1-based), minus `half`.
fn middle_of(page: usize, page_size: usize, half: usize) -> usize {
    (page - 1) * page_size + page_size / 2 - half
}

fn damages() -> Vec<Damage> {
    vec![
        ("truncated in the middle of a page", |bytes, encrypted| {
            let page = if encrypted {
                SQLCIPHER_PAGE
            } else {
                plain_page_size(bytes)
            };
            let pages = bytes.len() / page;
            assert!(pages >= 20, "the base journal has {pages} pages");
            bytes.truncate(page * (pages / 2) + page / 2);
            Expect::Recovery
        }),
        ("truncated to 100 bytes", |bytes, _| {
            bytes.truncate(100);
            Expect::Recovery
        }),
        ("header bytes 0..16 flipped", |bytes, _| {
            flip(bytes, 0, 16);
            Expect::Recovery
        }),
        ("bytes 100..108 flipped", |bytes, _| {
            flip(bytes, 100, 8);
            Expect::Recovery
        }),
        (
            "64 bytes in the middle of page 5 flipped",
            |bytes, encrypted| {
                if encrypted {
                    // Every page carries an HMAC: any flipped byte is damage.
                    flip(bytes, middle_of(5, SQLCIPHER_PAGE, 32), 64);
                    return Expect::Recovery;
                }
                // In a plain journal page 5 is the sessions table's root leaf holding one row: its
                // middle is free space, and flipping it harms nothing. It must not be "recovered".
                let size = plain_page_size(bytes);
                let at = (5 - 1) * size;
                let content_start = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]) as usize;
                assert!(
                    bytes[at] == 0x0d && content_start > size / 2 + 32,
                    "page 5 is not a nearly empty table leaf"
                );
                flip(bytes, middle_of(5, size, 32), 64);
                Expect::Intact
            },
        ),
        (
            "cell pointers of a full data page flipped",
            |bytes, encrypted| {
                let (size, page) = if encrypted {
                    (SQLCIPHER_PAGE, 17)
                } else {
                    let size = plain_page_size(bytes);
                    (size, full_leaf_page(bytes, size))
                };
                // The page header is 8 bytes; the cell pointer array follows it.
                flip(bytes, (page - 1) * size + 8, 8);
                Expect::Recovery
            },
        ),
    ]
}

/// Checks that a harmless change opened as it was: same records, nothing moved.
fn assert_intact(
    path: &Path,
    opened: Result<(Journal, Option<Recovery>), JournalError>,
    session: i64,
    entries: &[SymptomEntry],
    ctx: &str,
) {
    let (journal, recovery) = opened.unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
    assert_eq!(
        recovery, None,
        "{ctx}: harmless bytes were treated as damage"
    );
    assert_eq!(entries_by_id(&journal, session), entries, "{ctx}");
    assert!(journal.integrity_ok().unwrap(), "{ctx}");
    let files = snapshot(path.parent().unwrap());
    assert!(
        !files.keys().any(|name| name.contains(".corrupt-")),
        "{ctx}: {:?}",
        names(&files)
    );
}

/// Checks a recovery: damaged files moved aside (not deleted) under `.corrupt-` names with the
/// damaged bytes, and a fresh, empty, usable (and, with a key, encrypted) journal in place.
fn assert_recovered(
    path: &Path,
    encrypted: bool,
    opened: Result<(Journal, Option<Recovery>), JournalError>,
    damaged: &[u8],
    at: DateTime<Utc>,
    ctx: &str,
) {
    let (journal, recovery) = match opened {
        Ok(opened) => opened,
        Err(err) => {
            assert_clean(&err);
            panic!("{ctx}: expected a recovery, got the error {err} / {err:?}");
        }
    };
    let recovery = recovery.unwrap_or_else(|| {
        panic!(
            "{ctx}: expected a recovery, but open reported none (sessions now: {})",
            journal.sessions().map(|s| s.len()).unwrap_or(usize::MAX)
        )
    });
    assert!(!recovery.moved_to.is_empty(), "{ctx}: nothing was moved");
    let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut main = None;
    for moved in &recovery.moved_to {
        assert!(moved.exists(), "{ctx}: {} does not exist", moved.display());
        let name = moved.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.contains(".corrupt-"), "{ctx}: moved to {name}");
        assert_eq!(moved.parent(), path.parent(), "{ctx}: moved elsewhere");
        if name.starts_with(&format!("{file_name}.corrupt-")) {
            main = Some(moved.clone());
        }
    }
    let main = main.unwrap_or_else(|| panic!("{ctx}: the journal itself was not moved"));
    assert!(
        std::fs::read(&main).unwrap() == damaged,
        "{ctx}: the moved file's bytes differ from the damaged file"
    );

    assert!(
        journal.sessions().unwrap().is_empty(),
        "{ctx}: the fresh journal is not empty"
    );
    let (session, entries) = populate(&journal, 3, 50);
    assert!(
        journal.integrity_ok().unwrap(),
        "{ctx}: fresh journal integrity"
    );
    drop(journal);

    let key = key_for(encrypted);
    let (journal, again) = Journal::open(path, key.as_ref(), at).unwrap();
    assert_eq!(again, None, "{ctx}: the fresh journal reports damage again");
    assert_eq!(
        entries_by_id(&journal, session),
        entries,
        "{ctx}: fresh journal"
    );
    drop(journal);
    let header = std::fs::read(path).unwrap();
    if encrypted {
        assert!(
            !header.starts_with(b"SQLite format 3\0"),
            "{ctx}: the fresh journal is not encrypted"
        );
        let before = snapshot(path.parent().unwrap());
        let err = expect_err(
            Journal::open(path, Some(&wrong_key()), now()),
            "wrong key on the fresh journal",
        );
        assert!(matches!(err, JournalError::WrongKey), "{ctx}: {err:?}");
        assert_same_files(&before, &snapshot(path.parent().unwrap()), ctx);
    } else {
        assert!(
            header.starts_with(b"SQLite format 3\0"),
            "{ctx}: fresh plain journal"
        );
    }
}

fn damaged_journals_are_moved_aside(encrypted: bool) {
    let (base_dir, base, session, entries) = damaged_base(encrypted);
    let originals = snapshot(base_dir.path());
    for (name, damage) in damages() {
        let ctx = format!("{} journal, {name}", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        for (file, bytes) in &originals {
            std::fs::write(dir.path().join(file), bytes).unwrap();
        }
        let path = dir.path().join(base.file_name().unwrap());
        let mut bytes = std::fs::read(&path).unwrap();
        let expect = damage(&mut bytes, encrypted);
        std::fs::write(&path, &bytes).unwrap();
        // A day later, so the periodic full check runs (damage that only a full check can see
        // is covered between checks by `damage_met_between_checks_is_recovered_at_next_open`).
        let opened = Journal::open(&path, key_for(encrypted).as_ref(), next_day());
        match expect {
            Expect::Recovery => {
                assert_recovered(&path, encrypted, opened, &bytes, next_day(), &ctx)
            }
            Expect::Intact => assert_intact(&path, opened, session, &entries, &ctx),
        }
    }
}

#[test]
fn damaged_plain_journal_is_moved_aside_at_open() {
    damaged_journals_are_moved_aside(false);
}

#[test]
fn damaged_encrypted_journal_is_moved_aside_at_open() {
    damaged_journals_are_moved_aside(true);
}

/// Damage inside stored text (the middle of a full data page: the bytes of notes) in a plain
/// journal, opened when the periodic full check is due. SQLite's quick_check (and
/// integrity_check) only check structure, so this is the case where a plain journal must not
/// open as if nothing happened.
#[test]
fn damaged_notes_in_a_plain_journal_stay_readable() {
    // SQLite's checks cover the structure of pages, not the bytes inside a cell, so damage to a
    // note in an unencrypted journal cannot be seen at open (an encrypted journal's page HMACs
    // do see it: see the encrypted damage test). What must hold: nothing else becomes
    // unreadable; the session's whole log still reads, with the damaged text replaced.
    let (dir, path, session, _) = damaged_base(false);
    let (journal, _) = Journal::open(&path, None, now()).unwrap();
    let before = journal.symptoms(session).unwrap();
    drop(journal);
    let mut bytes = std::fs::read(&path).unwrap();
    let size = plain_page_size(&bytes);
    let page = full_leaf_page(&bytes, size);
    flip(&mut bytes, middle_of(page, size, 32), 64);
    std::fs::write(&path, &bytes).unwrap();
    let ctx = format!("plain journal, 64 bytes in the middle of page {page} (note text) flipped");
    let (journal, recovery) = Journal::open(&path, None, next_day())
        .unwrap_or_else(|err| panic!("{ctx}: open failed: {err:?}"));
    assert!(
        recovery.is_none(),
        "{ctx}: structure is intact, nothing to recover"
    );
    let after = journal
        .symptoms(session)
        .unwrap_or_else(|err| panic!("{ctx}: the log became unreadable: {err:?}"));
    assert_eq!(after.len(), before.len(), "{ctx}: entries lost");
    let changed = after.iter().zip(&before).filter(|(a, b)| a != b).count();
    assert!(changed >= 1, "{ctx}: the flip did not land in a note");
    for (a, b) in after.iter().zip(&before) {
        assert_eq!((a.id, a.session_id), (b.id, b.session_id), "{ctx}");
    }
    drop(dir);
}

/// Damage in a later page, opened the same day (the periodic full check is not due, so open
/// may not see it): the first read that meets it reports `Corrupted`, and the next open moves
/// the journal aside.
#[test]
fn damage_met_between_checks_is_recovered_at_next_open() {
    for encrypted in [false, true] {
        let ctx = format!("{} journal, later page damaged, same day", label(encrypted));
        let (dir, path, session, _) = damaged_base(encrypted);
        let mut bytes = std::fs::read(&path).unwrap();
        if encrypted {
            // A page near the end: the log's rows were written last, after every table's
            // root and the schema's pages.
            let page = bytes.len() / SQLCIPHER_PAGE - 3;
            flip(&mut bytes, middle_of(page, SQLCIPHER_PAGE, 32), 64);
        } else {
            let size = plain_page_size(&bytes);
            let page = full_leaf_page(&bytes, size);
            flip(&mut bytes, (page - 1) * size + 8, 8);
        }
        std::fs::write(&path, &bytes).unwrap();
        let key = key_for(encrypted);
        let opened = Journal::open(&path, key.as_ref(), now());
        if let Ok((journal, None)) = &opened {
            let read = journal.symptoms(session);
            let err = expect_err(read, &ctx);
            assert!(
                matches!(err, JournalError::Corrupted),
                "{ctx}: reading the damaged page: {err:?}"
            );
            drop(opened);
            let opened = Journal::open(&path, key.as_ref(), now());
            assert_recovered(
                &path,
                encrypted,
                opened,
                &bytes,
                now(),
                &format!("{ctx}, next open"),
            );
        } else {
            assert_recovered(&path, encrypted, opened, &bytes, now(), &ctx);
        }
        drop(dir);
    }
}

#[test]
fn wrong_or_missing_key_is_refused_and_nothing_moves() {
    let (dir, path, session, entries) = damaged_base(true);
    let before = snapshot(dir.path());
    assert!(before.contains_key("j.db-keycheck"), "{:?}", names(&before));

    let err = expect_err(Journal::open(&path, Some(&wrong_key()), now()), "wrong key");
    assert!(matches!(err, JournalError::WrongKey), "wrong key: {err:?}");
    assert_same_files(&before, &snapshot(dir.path()), "wrong key");

    let err = expect_err(Journal::open(&path, None, now()), "no key");
    assert!(matches!(err, JournalError::NoKey), "no key: {err:?}");
    assert_same_files(&before, &snapshot(dir.path()), "no key");

    // Without its verifier, a wrong key still must not move the journal aside.
    std::fs::remove_file(dir.path().join("j.db-keycheck")).unwrap();
    let before = snapshot(dir.path());
    let err = expect_err(
        Journal::open(&path, Some(&wrong_key()), now()),
        "wrong key, verifier deleted",
    );
    assert!(
        matches!(err, JournalError::WrongKey),
        "wrong key, verifier deleted: {err:?}"
    );
    assert_same_files(
        &before,
        &snapshot(dir.path()),
        "wrong key, verifier deleted",
    );

    // The right key still opens everything.
    let (journal, recovery) = Journal::open(&path, Some(&key()), now()).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(entries_by_id(&journal, session), entries);
}

/// `WrongKey` is documented as "the key is wrong, or the journal is encrypted and no key was
/// given. Nothing was moved." That must hold when the verifier is gone too (e.g. the app was
/// killed between creating the journal and writing the verifier, or a file copy missed it).
#[test]
fn encrypted_journal_without_verifier_opened_without_key_is_not_moved() {
    let (dir, path, session, entries) = damaged_base(true);
    std::fs::remove_file(dir.path().join("j.db-keycheck")).unwrap();
    let before = snapshot(dir.path());
    let opened = Journal::open(&path, None, now());
    let after = snapshot(dir.path());
    match opened {
        Err(err) => {
            assert_clean(&err);
            assert!(matches!(err, JournalError::NoKey), "{err:?}");
        }
        Ok((_, recovery)) => panic!(
            "an encrypted journal opened without a key (verifier deleted) must be refused with \
             NoKey; it was opened as a new plain journal, recovery = {recovery:?}, files now \
             {:?}",
            names(&after)
        ),
    }
    assert_same_files(&before, &after, "no key, verifier deleted");
    let (journal, _) = Journal::open(&path, Some(&key()), now()).unwrap();
    assert_eq!(entries_by_id(&journal, session), entries);
}

/// After a crash between creating an encrypted journal and writing its verifier, the next open
/// with the right key must restore the verifier; otherwise later damage can never be told from
/// a wrong key again.
#[test]
fn right_key_restores_a_lost_verifier() {
    let (dir, path, _, _) = damaged_base(true);
    let check = dir.path().join("j.db-keycheck");
    std::fs::remove_file(&check).unwrap();
    let (journal, recovery) = Journal::open(&path, Some(&key()), now()).unwrap();
    assert_eq!(recovery, None);
    drop(journal);
    assert!(
        check.exists(),
        "opening an encrypted journal with the right key did not rewrite its missing -keycheck"
    );
    // And with it, header damage is recovered instead of refused as a wrong key.
    let mut bytes = std::fs::read(&path).unwrap();
    flip(&mut bytes, 0, 16);
    std::fs::write(&path, &bytes).unwrap();
    let opened = Journal::open(&path, Some(&key()), now());
    assert_recovered(
        &path,
        true,
        opened,
        &bytes,
        now(),
        "lost verifier, then header damage",
    );
}

#[test]
fn newer_schema_is_refused_and_the_file_untouched() {
    for encrypted in [false, true] {
        let ctx = format!("{} journal at user_version 99", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let (journal, _) = Journal::open(&path, key_for(encrypted).as_ref(), now()).unwrap();
        populate(&journal, 5, 100);
        drop(journal);
        // As a newer app leaves it: the version in the header and in the version log.
        raw(&path, raw_key(encrypted))
            .execute_batch(
                "INSERT INTO schema_log (version) VALUES (99); PRAGMA user_version = 99;",
            )
            .unwrap();
        assert!(!with_suffix(&path, "-wal").exists(), "{ctx}: checkpointed");
        if !encrypted {
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(bytes[60..64], 99u32.to_be_bytes(), "{ctx}: header field");
        }
        let before = snapshot(dir.path());
        let err = expect_err(
            Journal::open(&path, key_for(encrypted).as_ref(), now()),
            &ctx,
        );
        assert!(
            matches!(
                err,
                JournalError::NewerSchema {
                    found: 99,
                    supported: SCHEMA_VERSION
                }
            ),
            "{ctx}: {err:?}"
        );
        assert_same_files(&before, &snapshot(dir.path()), &ctx);

        // The same number in the header alone is not a newer app's journal: the header field
        // was damaged, and damage is moved aside like any other.
        raw(&path, raw_key(encrypted))
            .execute_batch("DELETE FROM schema_log WHERE version = 99;")
            .unwrap();
        let damaged = std::fs::read(&path).unwrap();
        let opened = Journal::open(&path, key_for(encrypted).as_ref(), now());
        assert_recovered(
            &path,
            encrypted,
            opened,
            &damaged,
            now(),
            &format!("{ctx}, not in the version log"),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Disk full, read-only, missing folder
// ---------------------------------------------------------------------------------------------

#[test]
fn disk_full_is_reported_and_nothing_half_written() {
    for encrypted in [false, true] {
        let ctx = format!("{} journal, page limit", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let key = key_for(encrypted);
        let (journal, _) = Journal::open(&path, key.as_ref(), now()).unwrap();
        let (session, mut acked) = populate(&journal, 3, 100);
        // SQLite raises a limit below the current size to the current size: no room to grow.
        journal.limit_pages_for_tests(1).unwrap();
        let mut full = None;
        for n in 3..2_000 {
            match journal.log_symptom(session, &symptom(n, 2_000), now()) {
                Ok(entry) => acked.push(entry),
                Err(err) => {
                    full = Some(err);
                    break;
                }
            }
        }
        let err = full.unwrap_or_else(|| panic!("{ctx}: 2000 large entries never filled it"));
        assert_clean(&err);
        assert!(matches!(err, JournalError::DiskFull), "{ctx}: {err:?}");
        assert_eq!(
            entries_by_id(&journal, session),
            acked,
            "{ctx}: after the failed write"
        );
        assert!(journal.integrity_ok().unwrap(), "{ctx}: integrity");
        // Still full on a second try, and still nothing half-written.
        let again = expect_err(
            journal.log_symptom(session, &symptom(9_999, 2_000), now()),
            &ctx,
        );
        assert!(matches!(again, JournalError::DiskFull), "{ctx}: {again:?}");
        drop(journal);

        let (journal, recovery) = Journal::open(&path, key.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{ctx}: reopen");
        assert_eq!(entries_by_id(&journal, session), acked, "{ctx}: reopen");
        journal
            .log_symptom(session, &symptom(10_000, 2_000), now())
            .unwrap_or_else(|e| panic!("{ctx}: writing after the limit is gone: {e:?}"));
        assert!(
            journal.integrity_ok().unwrap(),
            "{ctx}: integrity after reopen"
        );
    }
}

/// Makes files and folders unwritable until dropped: by permissions, or (as root, whom
/// permissions do not bind) with the immutable attribute.
struct ReadOnly {
    paths: Vec<PathBuf>,
    immutable: bool,
}

impl ReadOnly {
    fn set(paths: &[&Path]) -> Result<ReadOnly, String> {
        let mut lock = ReadOnly {
            paths: paths.iter().map(|p| p.to_path_buf()).collect(),
            immutable: false,
        };
        for path in paths {
            let mode = if path.is_dir() { 0o555 } else { 0o444 };
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        if lock.writable() {
            // Permissions are not enforced (root): use the immutable attribute instead.
            lock.restore_permissions();
            lock.immutable = true;
            for path in paths {
                let status = Command::new("chattr")
                    .arg("+i")
                    .arg(path)
                    .stderr(Stdio::null())
                    .status()
                    .map_err(|e| format!("permissions are not enforced and chattr failed: {e}"))?;
                if !status.success() {
                    return Err(format!(
                        "permissions are not enforced and chattr +i {} failed: {status}",
                        path.display()
                    ));
                }
            }
            if lock.writable() {
                return Err("neither permissions nor the immutable attribute stop writes".into());
            }
        }
        Ok(lock)
    }

    /// Whether any of the paths can still be written.
    fn writable(&self) -> bool {
        self.paths.iter().any(|path| {
            if path.is_dir() {
                let probe = path.join("write-probe");
                let created = std::fs::File::create(&probe).is_ok();
                let _ = std::fs::remove_file(&probe);
                created
            } else {
                std::fs::OpenOptions::new().append(true).open(path).is_ok()
            }
        })
    }

    fn restore_permissions(&self) {
        for path in &self.paths {
            let mode = if path.is_dir() { 0o755 } else { 0o644 };
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
        }
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.immutable {
            for path in self.paths.iter().rev() {
                let _ = Command::new("chattr").arg("-i").arg(path).status();
            }
        }
        self.restore_permissions();
    }
}

#[test]
fn read_only_journal_is_refused_untouched() {
    let mut wrong = Vec::new();
    for encrypted in [false, true] {
        let ctx = format!("{} journal", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        let key = key_for(encrypted);
        let (journal, _) = Journal::open(&path, key.as_ref(), now()).unwrap();
        let (session, entries) = populate(&journal, 5, 100);
        drop(journal);
        let before = snapshot(dir.path());

        let lock = match ReadOnly::set(&[&path, dir.path()]) {
            Ok(lock) => lock,
            Err(reason) => {
                eprintln!("SKIPPED read-only test ({ctx}): {reason}");
                return;
            }
        };
        let existing = Journal::open(&path, key.as_ref(), now());
        let new_journal = Journal::open(&dir.path().join("new.db"), key.as_ref(), now());
        let after = snapshot(dir.path());
        drop(lock);
        assert_same_files(&before, &after, &ctx);

        // Only the file is read-only; the folder is writable (SQLite may add -wal/-shm there).
        let lock = ReadOnly::set(&[&path]).unwrap();
        let file_only = Journal::open(&path, key.as_ref(), now());
        drop(lock);
        let after = snapshot(dir.path());
        for name in ["j.db", "j.db-keycheck"] {
            assert_eq!(before.get(name), after.get(name), "{ctx}: {name} changed");
        }

        for (case, result) in [
            ("existing journal, read-only file and folder", existing),
            ("new journal in a read-only folder", new_journal),
            ("existing journal, read-only file", file_only),
        ] {
            match result {
                Err(JournalError::ReadOnly) => {}
                Err(err) => {
                    assert_clean(&err);
                    wrong.push(format!("{ctx}, {case}: expected ReadOnly, got {err:?}"));
                }
                Ok((_, recovery)) => wrong.push(format!(
                    "{ctx}, {case}: expected ReadOnly, it opened (recovery {recovery:?})"
                )),
            }
        }
        let (journal, recovery) = Journal::open(&path, key.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{ctx}: writable again");
        assert_eq!(entries_by_id(&journal, session), entries, "{ctx}");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn missing_folder_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("not-there");
    for key in [None, Some(key())] {
        let err = expect_err(
            Journal::open(&missing.join("j.db"), key.as_ref(), now()),
            "missing folder",
        );
        match err {
            JournalError::MissingDirectory(ref reported) => assert_eq!(reported, &missing),
            other => panic!("missing folder: {other:?}"),
        }
    }
    assert!(!missing.exists(), "the folder was created");
    assert!(snapshot(dir.path()).is_empty(), "files were created");
}

// ---------------------------------------------------------------------------------------------
// 4. Two processes writing at once
// ---------------------------------------------------------------------------------------------

const CONCURRENT_ENTRIES: u64 = 150;

/// Runs two writer processes on `path` at once and checks every acknowledged entry. A child
/// that reported a failure is returned as `Err` (its message), before the checks.
fn two_writers(path: &Path, encrypted: bool, entries: u64, ctx: &str) -> Result<(), String> {
    let go = with_suffix(path, ".go");
    let mut children: Vec<(u64, Child, Lines)> = [7_001, 7_002]
        .into_iter()
        .map(|tag| {
            let mut child = spawn_child(path, encrypted, tag, Some(entries), Some(&go));
            let lines = read_lines(child.stdout.take().unwrap());
            (tag, child, lines)
        })
        .collect();
    // Both processes are up and waiting: start them at once.
    let mut early: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    for (tag, child, (rx, _)) in &mut children {
        loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => {
                    let ready = parse(&line) == Some(Msg::Ready);
                    early.entry(*tag).or_default().push(line);
                    if ready {
                        break;
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    panic!("{ctx}: child {tag} never got ready: {:?}", early.get(tag));
                }
            }
        }
    }
    let started = Instant::now();
    std::fs::write(&go, b"").unwrap();
    let readers: Vec<_> = children
        .into_iter()
        .map(|(tag, child, lines)| {
            let ctx = format!("{ctx}, child {tag}");
            std::thread::spawn(move || {
                (
                    tag,
                    run_to_end(child, lines, Duration::from_secs(120), &ctx),
                )
            })
        })
        .collect();
    let finished: Vec<_> = readers.into_iter().map(|r| r.join().unwrap()).collect();
    let failures: Vec<String> = finished
        .iter()
        .flat_map(|(tag, (_, msgs))| {
            msgs.iter().filter_map(move |msg| match msg {
                Msg::Fail(text) => Some(format!("{ctx}: child {tag} failed: {text}")),
                _ => None,
            })
        })
        .collect();
    for failure in &failures {
        assert_clean_text(failure);
    }
    if !failures.is_empty() {
        return Err(failures.join("\n"));
    }
    let mut acked = Vec::new();
    for (tag, (status, msgs)) in finished {
        assert!(
            status.success(),
            "{ctx}: child {tag} exited with {status:?}"
        );
        let session = msgs.iter().find_map(|m| match m {
            Msg::Session(id) => Some(*id),
            _ => None,
        });
        let session = session.unwrap_or_else(|| panic!("{ctx}: child {tag} made no session"));
        let acks: Vec<_> = msgs
            .iter()
            .filter_map(|m| match m {
                Msg::Ack { id, session, seq } => Some((*id, *session, *seq)),
                _ => None,
            })
            .collect();
        assert_eq!(
            acks.len() as u64,
            entries,
            "{ctx}: child {tag} acknowledged {} entries",
            acks.len()
        );
        acked.push((tag, session, acks));
    }
    let elapsed = started.elapsed();

    let key = key_for(encrypted);
    let (journal, recovery) = Journal::open(path, key.as_ref(), now()).unwrap();
    assert_eq!(recovery, None, "{ctx}");
    let mut total = 0;
    for (tag, session, acks) in &acked {
        let got = entries_by_id(&journal, *session);
        assert_eq!(got.len(), acks.len(), "{ctx}: child {tag}'s session");
        for (seq, (id, ack_session, ack_seq)) in acks.iter().enumerate() {
            assert_eq!((*ack_session, *ack_seq), (*session, seq as u64), "{ctx}");
            assert_eq!(
                got[seq],
                child_expected(*tag, seq as u64, *session, *id),
                "{ctx}: child {tag}'s acknowledged entry #{seq}"
            );
        }
        total += got.len();
    }
    assert_eq!(total as u64, 2 * entries, "{ctx}");
    assert!(journal.integrity_ok().unwrap(), "{ctx}: integrity");
    let ranges: Vec<(i64, i64)> = acked
        .iter()
        .map(|(_, _, acks)| {
            let ids = acks.iter().map(|(id, _, _)| *id);
            (ids.clone().min().unwrap(), ids.max().unwrap())
        })
        .collect();
    let interleaved = ranges[0].0 < ranges[1].1 && ranges[1].0 < ranges[0].1;
    eprintln!(
        "two writers ({ctx}): {total} entries in {elapsed:.1?}, writes interleaved: {interleaved}"
    );
    Ok(())
}

#[test]
fn two_processes_write_at_once_without_busy_errors() {
    let dir = tempfile::tempdir().unwrap();
    for encrypted in [false, true] {
        let path = dir.path().join(format!("existing-{}.db", label(encrypted)));
        let (journal, _) = Journal::open(&path, key_for(encrypted).as_ref(), now()).unwrap();
        populate(&journal, 2, 50);
        drop(journal);
        let ctx = format!("existing {} journal", label(encrypted));
        if let Err(failure) = two_writers(&path, encrypted, CONCURRENT_ENTRIES, &ctx) {
            panic!("{failure}");
        }
    }
}

/// Rounds of the journal-creation race; each round is a new journal.
const CREATION_ROUNDS: u64 = 10;

/// The app and a widget (or share extension) launched together for the first time: both
/// create the journal at the same moment, then write. Neither may see an error. A race, so
/// several rounds of each kind; the children start on a shared signal to make it tight.
#[test]
fn two_processes_create_a_journal_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for round in 0..CREATION_ROUNDS {
        for encrypted in [false, true] {
            let path = dir
                .path()
                .join(format!("fresh-{round}-{}.db", label(encrypted)));
            let ctx = format!("new {} journal, round {round}", label(encrypted));
            if let Err(failure) = two_writers(&path, encrypted, 20, &ctx) {
                failures.push(failure);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rounds failed:\n{}",
        failures.len(),
        2 * CREATION_ROUNDS,
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Backup and restore
// ---------------------------------------------------------------------------------------------

const CLINIC_PROTOCOL: &str = include_str!("../docs/examples/glow-clinic-microneedling.json");

/// Everything a journal holds, through the public API.
#[derive(Debug, PartialEq)]
struct Contents {
    sessions: Vec<aftercare_core::journal::SessionRecord>,
    symptoms: Vec<Vec<SymptomEntry>>,
    photos: Vec<Vec<aftercare_core::journal::Photo>>,
    check_ins: Vec<Vec<NaiveDate>>,
    settings: String,
    ledger: ReminderLedger,
    clinic_protocol: bool,
}

fn contents(journal: &Journal) -> Contents {
    let sessions = journal.sessions().unwrap();
    Contents {
        symptoms: sessions
            .iter()
            .map(|s| entries_by_id(journal, s.id))
            .collect(),
        photos: sessions
            .iter()
            .map(|s| journal.photos(s.id).unwrap())
            .collect(),
        check_ins: sessions
            .iter()
            .map(|s| journal.check_ins(s.id).unwrap())
            .collect(),
        settings: format!("{:?}", journal.settings().unwrap()),
        ledger: journal.reminder_ledger().unwrap(),
        clinic_protocol: journal
            .catalog()
            .get("glow-clinic-microneedling", Some(1))
            .is_some(),
        sessions,
    }
}

fn fill_everything(journal: &Journal) {
    let clinic = journal.import_protocol(CLINIC_PROTOCOL, now()).unwrap();
    let done = journal.add_session(&done_session(), now()).unwrap();
    let clinic_session = journal
        .add_session(
            &NewSession {
                protocol: clinic,
                status: SessionStatus::Done,
                starts_at: Some(now() - TimeDelta::days(3) - TimeDelta::hours(1)),
                ended_at: Some(now() - TimeDelta::days(3)),
                zone: chrono_tz::America::New_York,
            },
            now(),
        )
        .unwrap();
    journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Planned,
                starts_at: Some(now() + TimeDelta::days(30)),
                ended_at: None,
                zone: chrono_tz::Europe::Berlin,
            },
            now(),
        )
        .unwrap();
    for n in 0..12 {
        let session = if n % 3 == 0 {
            clinic_session.id
        } else {
            done.id
        };
        journal
            .log_symptom(session, &symptom(n, 20 + n * 37), now())
            .unwrap();
    }
    for n in 0..3 {
        journal
            .add_photo(
                done.id,
                &NewPhoto {
                    path: format!("photos/{n}.heic"),
                    taken_at: now() - TimeDelta::hours(n),
                    sha256: format!("{:064x}", n + 1),
                    note: note(n as usize, 60),
                },
            )
            .unwrap();
    }
    journal
        .check_in(done.id, now().date_naive(), now())
        .unwrap();
    journal
        .check_in(
            clinic_session.id,
            now().date_naive() - TimeDelta::days(1),
            now(),
        )
        .unwrap();
    let settings = PatientSettings {
        day_times: DayTimes {
            morning: NaiveTime::from_hms_opt(6, 15, 0).unwrap(),
            evening: NaiveTime::from_hms_opt(20, 45, 0).unwrap(),
        },
        quiet_hours: Some(
            QuietHours::new(
                NaiveTime::from_hms_opt(23, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(6, 0, 0).unwrap(),
            )
            .unwrap(),
        ),
        categories: [Category::ALL[0], Category::ALL[2]].into_iter().collect(),
        locale: Locale::Es,
    };
    journal
        .save_settings(&settings, chrono_tz::America::New_York)
        .unwrap();
    let ledger: ReminderLedger = serde_json::from_value(serde_json::json!({
        "statuses": {
            "r-done": { "status": "done", "at": "2026-11-20T08:00:00Z" },
            "r-dismissed": { "status": "dismissed", "at": "2026-11-20T09:00:00Z" },
            "r-snoozed": { "status": "snoozed", "until": "2026-11-22T10:00:00Z" },
            "r-delivered": { "status": "delivered", "at": "2026-11-21T07:00:00Z" }
        },
        "scheduled": {
            "os-1": { "id": "r-next", "fire_at": "2026-11-21T18:00:00Z" },
            "os-2": { "id": "r-later", "fire_at": "2026-11-22T08:00:00Z" }
        }
    }))
    .unwrap();
    assert_eq!(ledger.statuses().len(), 4);
    journal.save_reminder_ledger(&ledger).unwrap();
}

#[test]
fn backup_restores_everything() {
    for encrypted in [false, true] {
        let ctx = format!("{} backup", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        let key = key_for(encrypted);
        let (journal, _) = Journal::open(&dir.path().join("j.db"), key.as_ref(), now()).unwrap();
        fill_everything(&journal);
        let original = contents(&journal);
        assert_eq!(original.sessions.len(), 3, "{ctx}");
        assert!(original.clinic_protocol, "{ctx}");
        let backup = dir.path().join("backup.db");
        journal.backup(&backup, key.as_ref(), now()).unwrap();
        drop(journal);
        let bytes = std::fs::read(&backup).unwrap();
        let (header, database) = split_backup(&bytes);
        assert!(
            header.starts_with("aftercare-backup 1\n"),
            "{ctx}: {header}"
        );
        assert_eq!(
            database.starts_with(b"SQLite format 3\0"),
            !encrypted,
            "{ctx}: backup encryption"
        );
        if encrypted {
            assert!(
                !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
                "{ctx}: the encrypted backup holds readable notes"
            );
        }

        let restored_path = dir.path().join("restored").join("j.db");
        std::fs::create_dir(restored_path.parent().unwrap()).unwrap();
        let (restored, recovery) =
            Journal::restore(&backup, &restored_path, key.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{ctx}");
        assert_eq!(contents(&restored), original, "{ctx}: restored contents");
        assert!(restored.integrity_ok().unwrap(), "{ctx}");
        drop(restored);
        // The restored journal opens normally afterwards (and refuses a wrong key).
        let (reopened, recovery) = Journal::open(&restored_path, key.as_ref(), now()).unwrap();
        assert_eq!(recovery, None, "{ctx}: reopen");
        assert_eq!(contents(&reopened), original, "{ctx}: reopened contents");
        drop(reopened);
        if encrypted {
            let err = expect_err(
                Journal::open(&restored_path, Some(&wrong_key()), now()),
                &ctx,
            );
            assert!(matches!(err, JournalError::WrongKey), "{ctx}: {err:?}");
        }
    }
}

/// A backup file's header and its database part.
fn split_backup(bytes: &[u8]) -> (String, &[u8]) {
    let end = bytes.windows(2).position(|w| w == b"\n\n").unwrap() + 2;
    (
        String::from_utf8(bytes[..end].to_vec()).unwrap(),
        &bytes[end..],
    )
}

/// Runs `sql` on a backup's database part, keeping its header.
fn edit_backup(backup: &Path, key: Option<&[u8; 32]>, sql: &str) {
    let bytes = std::fs::read(backup).unwrap();
    let (header, database) = split_backup(&bytes);
    let scratch = with_suffix(backup, ".db");
    std::fs::write(&scratch, database).unwrap();
    raw(&scratch, key).execute_batch(sql).unwrap();
    let mut edited = header.into_bytes();
    edited.extend(std::fs::read(&scratch).unwrap());
    std::fs::remove_file(&scratch).unwrap();
    std::fs::write(backup, edited).unwrap();
}

#[test]
fn restore_refuses_newer_and_invalid_backups_and_writes_nothing() {
    for encrypted in [false, true] {
        let ctx = format!("{} backup", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        let key = key_for(encrypted);
        let (journal, _) = Journal::open(&dir.path().join("j.db"), key.as_ref(), now()).unwrap();
        populate(&journal, 4, 80);
        let backup = dir.path().join("newer.db");
        journal.backup(&backup, key.as_ref(), now()).unwrap();
        drop(journal);
        // As a newer app writes it: the version in the header and in the version log.
        edit_backup(
            &backup,
            raw_key(encrypted),
            "INSERT INTO schema_log (version) VALUES (99); PRAGMA user_version = 99;",
        );
        let target = dir.path().join("target.db");
        let before = snapshot(dir.path());
        let err = expect_err(
            Journal::restore(&backup, &target, key.as_ref(), now()),
            &ctx,
        );
        assert!(
            matches!(
                err,
                JournalError::NewerBackup {
                    found: 99,
                    supported: SCHEMA_VERSION
                }
            ),
            "{ctx}: {err:?}"
        );
        assert_same_files(&before, &snapshot(dir.path()), &ctx);
    }

    // Files that are not backups (no key: there is no wrong key to suspect).
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg::new(42);
    // Not a whole number of pages: no encrypted backup looks like this.
    let random: Vec<u8> = (0..8_191).map(|_| rng.next() as u8).collect();
    std::fs::write(dir.path().join("random.bin"), &random).unwrap();
    std::fs::write(dir.path().join("empty.bin"), b"").unwrap();
    std::fs::write(
        dir.path().join("text.txt"),
        "SQLite format 3 but not really",
    )
    .unwrap();
    raw(&dir.path().join("other.db"), None)
        .execute_batch("CREATE TABLE notes (body TEXT); PRAGMA user_version = 1;")
        .unwrap();
    let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
    populate(&journal, 40, 400);
    journal
        .backup(&dir.path().join("cut.db"), None, now())
        .unwrap();
    drop(journal);
    let cut = dir.path().join("cut.db");
    let len = std::fs::metadata(&cut).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&cut)
        .unwrap()
        .set_len(len / 2 + 100)
        .unwrap();
    let mut wrong = Vec::new();
    for name in [
        "random.bin",
        "empty.bin",
        "text.txt",
        "other.db",
        "cut.db",
        "does-not-exist.db",
    ] {
        let before = snapshot(dir.path());
        let target = dir.path().join("target.db");
        let err = expect_err(
            Journal::restore(&dir.path().join(name), &target, None, now()),
            name,
        );
        if !matches!(err, JournalError::InvalidBackup) {
            wrong.push(format!(
                "restore from {name} (no key): expected InvalidBackup, got {err:?}"
            ));
        }
        assert_same_files(&before, &snapshot(dir.path()), name);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn restore_never_overwrites_records_and_moves_an_empty_journal_aside() {
    for encrypted in [false, true] {
        let ctx = format!("{} restore over a journal", label(encrypted));
        let dir = tempfile::tempdir().unwrap();
        let key = key_for(encrypted);
        let source = dir.path().join("source.db");
        let (journal, _) = Journal::open(&source, key.as_ref(), now()).unwrap();
        fill_everything(&journal);
        let original = contents(&journal);
        let backup = dir.path().join("backup.db");
        journal.backup(&backup, key.as_ref(), now()).unwrap();
        drop(journal);

        // Over a journal with records: refused, and that journal is untouched.
        let busy_dir = dir.path().join("busy");
        std::fs::create_dir(&busy_dir).unwrap();
        let busy = busy_dir.join("j.db");
        let (journal, _) = Journal::open(&busy, key.as_ref(), now()).unwrap();
        let (session, entries) = populate(&journal, 3, 60);
        drop(journal);
        let before = snapshot(&busy_dir);
        let err = expect_err(Journal::restore(&backup, &busy, key.as_ref(), now()), &ctx);
        assert!(
            matches!(err, JournalError::RestoreOverData),
            "{ctx}: {err:?}"
        );
        assert_same_files(&before, &snapshot(&busy_dir), &ctx);
        let (journal, _) = Journal::open(&busy, key.as_ref(), now()).unwrap();
        assert_eq!(entries_by_id(&journal, session), entries, "{ctx}");
        drop(journal);

        // Over an empty journal: it is moved aside (never deleted) and the restore succeeds.
        let empty_dir = dir.path().join("empty");
        std::fs::create_dir(&empty_dir).unwrap();
        let empty = empty_dir.join("j.db");
        let (journal, _) = Journal::open(&empty, key.as_ref(), now()).unwrap();
        drop(journal);
        let empty_bytes = std::fs::read(&empty).unwrap();
        let (restored, _) = Journal::restore(&backup, &empty, key.as_ref(), now())
            .unwrap_or_else(|e| panic!("{ctx}: restore over an empty journal: {e:?}"));
        assert_eq!(contents(&restored), original, "{ctx}: restored");
        drop(restored);
        let files = snapshot(&empty_dir);
        let replaced: Vec<_> = files
            .iter()
            .filter(|(name, _)| name.starts_with("j.db.replaced-"))
            .collect();
        assert_eq!(replaced.len(), 1, "{ctx}: files {:?}", names(&files));
        assert!(
            *replaced[0].1 == empty_bytes,
            "{ctx}: the moved-aside journal is not the old one"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Migrations
// ---------------------------------------------------------------------------------------------

/// Schema version 1 exactly as it was written (frozen here: never edit; a journal written by
/// that version looks like this).
const SCHEMA_V1: &str = "
    CREATE TABLE settings (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        zone        TEXT NOT NULL,
        wake        TEXT NOT NULL,
        check_in    TEXT NOT NULL,
        quiet_start TEXT,
        quiet_end   TEXT,
        locale      TEXT NOT NULL,
        categories  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE protocols (
        id          TEXT NOT NULL,
        version     INTEGER NOT NULL,
        json        TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        PRIMARY KEY (id, version)
    ) STRICT;

    CREATE TABLE sessions (
        id               INTEGER PRIMARY KEY,
        protocol_id      TEXT NOT NULL,
        protocol_version INTEGER NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('planned', 'done')),
        starts_at        INTEGER,
        ended_at         INTEGER,
        zone             TEXT NOT NULL,
        created_at       INTEGER NOT NULL,
        CHECK (status = 'planned' OR ended_at IS NOT NULL),
        CHECK (status = 'done' OR starts_at IS NOT NULL)
    ) STRICT;
    CREATE INDEX sessions_by_end ON sessions (status, ended_at);

    CREATE TABLE symptom_entries (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
        observed_at INTEGER NOT NULL,
        area        TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX symptoms_by_session_time ON symptom_entries (session_id, observed_at);

    CREATE TABLE photos (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        path       TEXT NOT NULL,
        taken_at   INTEGER NOT NULL,
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
        note       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX photos_by_session_time ON photos (session_id, taken_at);

    CREATE TABLE check_ins (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        day        TEXT NOT NULL,
        done_at    INTEGER NOT NULL,
        UNIQUE (session_id, day)
    ) STRICT;

    CREATE TABLE reminder_status (
        id     TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('delivered', 'done', 'dismissed', 'snoozed')),
        at     INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE reminder_scheduled (
        os_id   TEXT PRIMARY KEY,
        id      TEXT NOT NULL,
        fire_at INTEGER NOT NULL
    ) STRICT;
";

/// What schema version 2 added to version 1, exactly as it was written (frozen: never edit).
const SCHEMA_V2_ADDS: &str = "
    CREATE TABLE integrity_checks (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        checked_at INTEGER NOT NULL
    ) STRICT;
";

/// What schema version 3 added to version 2, exactly as it was written (frozen: never edit).
const SCHEMA_V3_ADDS: &str = "
    CREATE TABLE provider_contacts (
        id           INTEGER PRIMARY KEY,
        session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        rule_id      TEXT,
        contacted_at INTEGER NOT NULL,
        note         TEXT NOT NULL DEFAULT '',
        created_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX provider_contacts_by_session ON provider_contacts (session_id, contacted_at);

    CREATE TABLE clinic (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        name       TEXT NOT NULL DEFAULT '',
        phone      TEXT NOT NULL DEFAULT '',
        email      TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE app_state (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT;
";

/// What schema version 5 added (frozen: never edit).
const SCHEMA_V5_ADDS: &str = "
    CREATE TABLE unsaved_forms (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body TEXT NOT NULL,
        kept_at INTEGER NOT NULL
    );
    ";

const SCHEMA_V4_ADDS: &str = "
    ALTER TABLE sessions ADD COLUMN entry_count INTEGER NOT NULL DEFAULT 0;
    UPDATE sessions SET entry_count =
        (SELECT count(*) FROM symptom_entries NOT INDEXED WHERE session_id = sessions.id);
    CREATE TRIGGER symptom_entries_count_insert AFTER INSERT ON symptom_entries BEGIN
        UPDATE sessions SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
    END;
    CREATE TRIGGER symptom_entries_count_delete AFTER DELETE ON symptom_entries BEGIN
        UPDATE sessions SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
    END;
    CREATE TRIGGER symptom_entries_count_move AFTER UPDATE OF session_id ON symptom_entries
        WHEN OLD.session_id <> NEW.session_id BEGIN
        UPDATE sessions SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
        UPDATE sessions SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
    END;
    ";

/// What schema version 6 added (frozen: never edit).
const SCHEMA_V6_ADDS: &str = "
    ALTER TABLE symptom_entries ADD COLUMN yes_no INTEGER NOT NULL DEFAULT 0
        CHECK (yes_no IN (0, 1));
    ALTER TABLE symptom_entries ADD COLUMN temperature_dc INTEGER
        CHECK (temperature_dc IS NULL OR temperature_dc BETWEEN 0 AND 1000);
    ";

/// What schema version 7 added (frozen: never edit).
const SCHEMA_V7_ADDS: &str = "
    CREATE TABLE preparation_done (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        rule_id    TEXT NOT NULL,
        done_at    INTEGER NOT NULL,
        PRIMARY KEY (session_id, rule_id)
    ) STRICT;
    ";

/// Builds a journal file at schema version `v` (below [`SCHEMA_VERSION`]) and returns the
/// records it holds: `(session id, its entries)`, if any.
fn journal_at_version(v: u32, path: &Path, encrypted: bool) -> Option<(i64, Vec<SymptomEntry>)> {
    match v {
        // An SQLite file with nothing in it (encrypted with the key, or plain). (An empty file
        // is not a journal at any version: it is damage, see `empty_or_one_byte_journal_is_damage`.)
        0 => {
            raw(path, raw_key(encrypted))
                .execute_batch("CREATE TABLE scratch (x); DROP TABLE scratch;")
                .unwrap();
            None
        }
        // The first schemas, in WAL mode as versions 1 to 7 left them, with a session and
        // entries (from version 2 with a passed page check recorded; version 3 with the
        // clinic's contact; version 4 with the entry counts its triggers keep; version 5 with
        // a kept draft; version 6 with a fever's yes/no and temperature columns, unused here:
        // these fevers were rated 0–10 and stay so; version 7 with the preparation checklist).
        1..=7 => {
            let conn = raw(path, raw_key(encrypted));
            let mut adds = String::new();
            if v >= 2 {
                adds.push_str(&format!(
                    "{SCHEMA_V2_ADDS} INSERT INTO integrity_checks VALUES (1, 0);"
                ));
            }
            if v >= 3 {
                adds.push_str(SCHEMA_V3_ADDS);
                adds.push_str("INSERT INTO clinic VALUES (1, 'Glow', '', '', 0);");
            }
            if v >= 4 {
                adds.push_str(SCHEMA_V4_ADDS);
            }
            if v >= 5 {
                adds.push_str(SCHEMA_V5_ADDS);
                adds.push_str("INSERT INTO unsaved_forms VALUES (1, '{}', 0);");
            }
            if v >= 6 {
                adds.push_str(SCHEMA_V6_ADDS);
            }
            if v >= 7 {
                adds.push_str(SCHEMA_V7_ADDS);
            }
            conn.execute_batch(&format!(
                "PRAGMA journal_mode = WAL; BEGIN; {SCHEMA_V1} {adds} PRAGMA user_version = {v}; COMMIT;"
            ))
            .unwrap();
            let ended = (now() - TimeDelta::hours(2)).timestamp();
            conn.execute(
                "INSERT INTO sessions (id, protocol_id, protocol_version, status, ended_at, zone, created_at)
                 VALUES (1, 'microneedling', 1, 'done', ?1, 'Europe/Berlin', ?1)",
                [ended],
            )
            .unwrap();
            let entries: Vec<SymptomEntry> = (0..4)
                .map(|n| {
                    let new = symptom(n, 120);
                    let id = n as i64 + 1;
                    conn.execute(
                        "INSERT INTO symptom_entries (id, session_id, kind, severity, observed_at, area, note, created_at, updated_at)
                         VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                        rusqlite::params![
                            id,
                            new.kind.code(),
                            new.severity,
                            new.observed_at.timestamp(),
                            new.area.code(),
                            new.note,
                            now().timestamp()
                        ],
                    )
                    .unwrap();
                    SymptomEntry {
                        id,
                        session_id: 1,
                        kind: new.kind,
                        severity: new.severity,
                        observed_at: new.observed_at,
                        area: new.area,
                        note: new.note,
                        yes_no: false,
                        temperature: None,
                    }
                })
                .collect();
            Some((1, entries))
        }
        v => panic!(
            "no fixture for schema version {v}: add one (the schema exactly as that version \
             wrote it, with records) so migrations from it stay tested"
        ),
    }
}

#[test]
fn every_earlier_schema_version_migrates() {
    for v in 0..SCHEMA_VERSION {
        for encrypted in [false, true] {
            let ctx = format!("{} journal at schema {v}", label(encrypted));
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("j.db");
            let old = journal_at_version(v, &path, encrypted);
            assert_eq!(user_version(&path, raw_key(encrypted)), v, "{ctx}: fixture");
            let key = key_for(encrypted);
            let (journal, recovery) = Journal::open(&path, key.as_ref(), now())
                .unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
            assert_eq!(recovery, None, "{ctx}");
            if let Some((session, entries)) = &old {
                assert_eq!(
                    entries_by_id(&journal, *session),
                    *entries,
                    "{ctx}: records kept"
                );
            }
            let (session, entries) = populate(&journal, 3, 40);
            assert!(journal.integrity_ok().unwrap(), "{ctx}");
            drop(journal);
            assert_eq!(
                user_version(&path, raw_key(encrypted)),
                SCHEMA_VERSION,
                "{ctx}: migrated"
            );
            let (journal, recovery) = Journal::open(&path, key.as_ref(), next_day()).unwrap();
            assert_eq!(recovery, None, "{ctx}: reopen");
            assert_eq!(entries_by_id(&journal, session), entries, "{ctx}");
            if let Some((session, entries)) = &old {
                assert_eq!(entries_by_id(&journal, *session), *entries, "{ctx}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7. No health data in errors (input errors; every other test checks its own errors)
// ---------------------------------------------------------------------------------------------

#[test]
fn input_errors_never_echo_what_the_patient_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
    let (session, _) = populate(&journal, 1, 40);
    let long = symptom(1, 2_001);
    let mut control = symptom(2, 80);
    control.note.push('\u{7}');
    let mut severe = symptom(3, 80);
    severe.severity = 11;
    let mut future = symptom(4, 80);
    future.observed_at = now() + TimeDelta::days(1);
    for (what, new, session) in [
        ("note too long", &long, session),
        ("control character", &control, session),
        ("severity 11", &severe, session),
        ("in the future", &future, session),
        ("unknown session", &symptom(5, 80), session + 1_000),
    ] {
        let err = expect_err(journal.log_symptom(session, new, now()), what);
        assert!(
            matches!(
                err,
                JournalError::InvalidInput { .. } | JournalError::NotFound { .. }
            ),
            "{what}: {err:?}"
        );
        let edit = expect_err(journal.edit_symptom(999_999, new, now()), what);
        assert!(
            matches!(
                edit,
                JournalError::InvalidInput { .. } | JournalError::NotFound { .. }
            ),
            "edit, {what}: {edit:?}"
        );
    }
    let photo = |note: String, sha256: String| NewPhoto {
        path: format!("photos/{CANARY}.heic"),
        taken_at: now(),
        sha256,
        note,
    };
    for (what, new) in [
        ("photo note too long", photo(note(1, 2_001), "a".repeat(64))),
        (
            "photo bad hash",
            photo(note(1, 20), format!("{CANARY}{}", "a".repeat(42))),
        ),
    ] {
        let err = expect_err(journal.add_photo(session, &new), what);
        assert!(
            matches!(err, JournalError::InvalidInput { .. }),
            "{what}: {err:?}"
        );
    }
    let err = expect_err(
        journal.add_photo(session + 1_000, &photo(note(1, 20), "b".repeat(64))),
        "photo for an unknown session",
    );
    assert!(matches!(err, JournalError::NotFound { .. }), "{err:?}");
}
