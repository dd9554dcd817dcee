//! The journal commands: sessions, the symptom log, today, settings, backup and restore.
//!
//! The journal lives at `--db`, else `$AFTERCARE_DB`, else `<data dir>/aftercare/journal.db`.
//! Only that default folder is created here; a folder named by the user must exist (the core
//! refuses a missing one), so a typo never scatters journals around the disk.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use aftercare_core::input_file::{MAX_KEY_FILE_BYTES, read_input};
use aftercare_core::journal::{
    BackupLock, Journal, JournalError, JournalKey, Logged, NewSession, Passphrase, Recovery,
    SessionRecord, SessionStatus, new_recovery_code,
};
use aftercare_core::local_time::{Stamp, Style, parse_instant, parse_zone};
use aftercare_core::region::Region;
use aftercare_core::text::{Args, Texts};
use aftercare_core::triage::AssessmentView;
use aftercare_core::view::{ProtocolView, SCHEMA};
use aftercare_core::{
    BodyArea, Catalog, Locale, NewSymptom, PatientSettings, SymptomEntry, SymptomKind, Temperature,
    TemperatureUnit,
};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::args::{
    LogArgs, LogCommand, LogEditArgs, LogEntryArgs, SessionAddArgs, SessionCommand, SettingsArgs,
    TodayArgs,
};
use crate::commands::{
    clock_time, find, locale_from_env, now_or_clock, print_json, quiet_hours, system_zone,
};
use crate::render;
use crate::terminal::say_err;

/// The environment variable that names the journal when `--db` is not given.
pub const DB_ENV: &str = "AFTERCARE_DB";

/// Where the journal is and how to open it, from the global options.
#[derive(Debug)]
pub struct Place {
    /// `--db`.
    pub db: Option<PathBuf>,
    /// `--key-file`.
    pub key_file: Option<PathBuf>,
    /// `--locale`, if given.
    pub locale: Option<Locale>,
    /// `--region`, else the environment's: the emergency number and temperature unit.
    pub region: Region,
}

impl Place {
    /// The journal's path. Creates the default folder if it is missing, never one the user named.
    fn path(&self) -> Result<PathBuf, String> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        if let Some(path) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
            return Ok(PathBuf::from(path));
        }
        let base = dirs::data_dir()
            .ok_or("this system has no data folder for the journal; pass --db PATH")?;
        let dir = base.join("aftercare");
        create_private_dir(&dir)?;
        Ok(dir.join("journal.db"))
    }

    /// The key from `--key-file`: 32 raw bytes, or 64 hex digits (surrounding whitespace allowed).
    /// The key file is never the journal itself (opening would take it for a damaged journal).
    fn key(&self) -> Result<Option<JournalKey>, String> {
        let Some(path) = &self.key_file else {
            return Ok(None);
        };
        let journal = self.path()?;
        if same_file(path, &journal) {
            return Err(format!(
                "--db {} is the key file; give the journal's own path",
                journal.display()
            ));
        }
        // Never /dev/zero or a FIFO: a regular file of a few bytes, opened without blocking.
        let bytes = read_input(path, MAX_KEY_FILE_BYTES)
            .map_err(|e| format!("cannot read the key file {}: {e}", path.display()))?;
        let refused = || {
            format!(
                "the key file {} must hold exactly 32 bytes or 64 hex digits",
                path.display()
            )
        };
        if bytes.len() == 32 {
            return JournalKey::from_slice(&bytes)
                .map(Some)
                .map_err(|_| refused());
        }
        let text = std::str::from_utf8(&bytes).map_err(|_| refused())?.trim();
        if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(refused());
        }
        let raw: Vec<u8> = (0..64)
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16))
            .collect::<Result<_, _>>()
            .map_err(|_| refused())?;
        JournalKey::from_slice(&raw)
            .map(Some)
            .map_err(|_| refused())
    }

    /// Opens (creating if needed) the journal. A journal found damaged is moved aside and the
    /// command stops there (`Err`, saying where it went): nothing is read from or written to the
    /// new, empty journal in its place. A WAL set aside is told and the command goes on.
    pub(crate) fn open(&self) -> Result<Opened, String> {
        let path = self.path()?;
        let key = self.key()?;
        // The clock only names a damaged file moved aside.
        let (journal, recovery) = Journal::open(&path, key.as_ref(), Utc::now())
            .map_err(|e| format!("cannot open the journal {}: {e}", path.display()))?;
        if let Some(key_file) = &self.key_file {
            journal.protect(key_file);
        }
        let (settings, stored_zone, locale) = read_settings(&journal, self.locale)?;
        if let Some(recovery) = recovery.as_ref().filter(|r| r.damaged()) {
            return Err(moved_line(recovery, "cli-journal-damaged-stopped", locale));
        }
        tell_recovery(recovery.as_ref(), locale);
        Ok(Opened {
            journal,
            key,
            settings,
            stored_zone,
            locale,
            region: self.region,
        })
    }
}

/// The saved settings, the saved zone (`None` if nothing was saved) and the output language:
/// `--locale`, else the saved one, else the environment's.
fn read_settings(
    journal: &Journal,
    explicit: Option<Locale>,
) -> Result<(PatientSettings, Option<Tz>, Locale), String> {
    let stored = journal.stored_settings().map_err(fail)?;
    let locale = explicit
        .or(stored.as_ref().map(|(settings, _)| settings.locale))
        .unwrap_or_else(locale_from_env);
    let zone = stored.as_ref().map(|(_, zone)| *zone);
    let settings = stored.map(|(settings, _)| settings).unwrap_or_default();
    Ok((settings, zone, locale))
}

/// Whether two paths name the same existing file, however spelled.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Creates the default journal folder (and its parents), private to the user where possible.
fn create_private_dir(dir: &Path) -> Result<(), String> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| format!("cannot create the folder {}: {}", dir.display(), e.kind()))
}

/// Tells what opening set aside: a damaged journal (only a restore goes on after that), a WAL
/// that was not the journal's own.
fn tell_recovery(recovery: Option<&Recovery>, locale: Locale) {
    let Some(recovery) = recovery else { return };
    if recovery.damaged() {
        say_err!("{}", moved_line(recovery, "cli-journal-recovered", locale));
    }
    if let Some(wal) = recovery.foreign_files.first() {
        let mut args = Args::new();
        args.set("path", wal.display().to_string());
        say_err!(
            "{}",
            Texts::new(locale).get("cli-wal-set-aside", Some(&args))
        );
    }
}

/// The line saying where a damaged journal went.
fn moved_line(recovery: &Recovery, message: &str, locale: Locale) -> String {
    let mut args = Args::new();
    let moved = recovery
        .moved_to
        .first()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    args.set("path", moved);
    Texts::new(locale).get(message, Some(&args))
}

/// Set when a command met damage in the journal after opening it.
static DAMAGE_MET: AtomicBool = AtomicBool::new(false);

/// A journal error as the one line to print. The core's messages never quote what the patient
/// wrote. Damage is remembered, so the command ends by moving the journal aside.
pub(crate) fn fail(err: JournalError) -> String {
    if matches!(err, JournalError::Corrupted) {
        DAMAGE_MET.store(true, Ordering::SeqCst);
    }
    err.to_string()
}

/// After a command failed: if it met damage, the journal is opened again (the command's own
/// handle is closed by now), which moves it aside; the line to print then says where it went
/// and that nothing was written. `None` when no damage was met, or opening found none.
pub(crate) fn recover_after_damage(place: &Place) -> Option<String> {
    if !DAMAGE_MET.load(Ordering::SeqCst) {
        return None;
    }
    let path = place.path().ok()?;
    let key = place.key().ok()?;
    let (journal, recovery) = Journal::open(&path, key.as_ref(), Utc::now()).ok()?;
    let locale = read_settings(&journal, place.locale).ok()?.2;
    let recovery = recovery.filter(|r| r.damaged())?;
    Some(moved_line(&recovery, "cli-journal-damaged-found", locale))
}

/// An open journal and what every command needs from its settings.
pub(crate) struct Opened {
    pub(crate) journal: Journal,
    key: Option<JournalKey>,
    settings: PatientSettings,
    /// The saved zone; `None` when nothing was saved yet.
    stored_zone: Option<Tz>,
    pub(crate) locale: Locale,
    /// The emergency number and temperature unit.
    pub(crate) region: Region,
}

impl Opened {
    /// `--tz`, else the saved zone, else this computer's, else UTC.
    pub(crate) fn zone(&self, tz: Option<&str>) -> Result<Tz, String> {
        match tz {
            Some(name) => parse_zone(name).map_err(|e| e.to_string()),
            None => Ok(self.stored_zone.unwrap_or_else(system_zone)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// JSON views the core has no record for (see cli/JSON.md).

/// A recorded session.
#[derive(Debug, Serialize)]
pub struct SessionOut {
    pub id: i64,
    pub protocol: ProtocolView,
    pub status: SessionStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts: Option<Stamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<Stamp>,
    pub zone: String,
    pub number: u32,
}

impl SessionOut {
    fn new(record: &SessionRecord, catalog: &Catalog, locale: Locale) -> SessionOut {
        let protocol = match catalog.get(&record.protocol.id, Some(record.protocol.version)) {
            Some(protocol) => ProtocolView::new(protocol, locale),
            // A stored protocol this version can no longer load: still show the session.
            None => ProtocolView {
                id: record.protocol.id.clone(),
                version: record.protocol.version,
                name: record.protocol.id.clone(),
            },
        };
        let stamp = |at: DateTime<Utc>| Stamp::new(at, record.zone, locale, Style::DateTime);
        SessionOut {
            id: record.id,
            protocol,
            status: record.status,
            starts: record.starts_at.map(stamp),
            ended: record.ended_at.map(stamp),
            zone: record.zone.name().to_string(),
            number: record.number,
        }
    }
}

/// `session list --json`.
#[derive(Debug, Serialize)]
struct SessionsOut {
    schema: u32,
    sessions: Vec<SessionOut>,
}

/// A symptom entry.
#[derive(Debug, Serialize)]
pub struct EntryOut {
    pub id: i64,
    pub session_id: i64,
    pub kind: SymptomKind,
    pub symptom: String,
    pub severity: u8,
    /// The severity answers yes (10) or no (0): a fever.
    pub yes_no: bool,
    /// The measured temperature in °C, if one was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature_c: Option<f64>,
    /// It in words, in the region's unit ("101.1 °F").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<String>,
    pub area: BodyArea,
    pub area_name: String,
    pub observed: Stamp,
    pub note: String,
}

impl EntryOut {
    fn new(entry: &SymptomEntry, zone: Tz, opened: &Opened) -> EntryOut {
        let locale = opened.locale;
        let texts = Texts::new(locale);
        EntryOut {
            id: entry.id,
            session_id: entry.session_id,
            kind: entry.kind,
            symptom: aftercare_core::view::symptom_name(entry.kind, &texts),
            severity: entry.severity,
            yes_no: entry.yes_no,
            temperature_c: entry
                .temperature
                .map(|t| t.degrees(TemperatureUnit::Celsius)),
            temperature: entry
                .temperature
                .map(|t| t.text(opened.region.temperature_unit(), locale.decimal_comma())),
            area: entry.area,
            area_name: aftercare_core::view::area_name(entry.area, &texts),
            observed: Stamp::new(entry.observed_at, zone, locale, Style::DateTime),
            note: entry.note.clone(),
        }
    }
}

/// `log --json` and `log edit --json`: the entry, and what the log says now.
#[derive(Debug, Serialize)]
struct LoggedOut {
    #[serde(flatten)]
    entry: EntryOut,
    /// Whether it raised the log to a call to contact the provider.
    raised: bool,
    /// The session's assessment with it (absent for a booked session).
    #[serde(skip_serializing_if = "Option::is_none")]
    assessment: Option<AssessmentView>,
}

/// Prints what logging (or editing) answered: the entry, then the call to action when the log
/// now asks the patient to contact their provider.
fn logged(
    opened: &Opened,
    logged: &Logged,
    zone: Tz,
    message: &str,
    json: bool,
) -> Result<(), String> {
    let entry = logged.entries.first().ok_or("nothing was logged")?;
    let view = EntryOut::new(entry, zone, opened);
    let assessment = logged
        .after
        .as_ref()
        .map(|a| a.view_in(opened.locale, zone, opened.region));
    if json {
        print_json(&LoggedOut {
            entry: view,
            raised: logged.raised(),
            assessment,
        });
        return Ok(());
    }
    render::entry_changed(Some(&view), entry.id, message, opened.locale);
    if let (true, Some(assessment)) = (logged.raised(), &assessment) {
        render::call_to_action(assessment, opened.locale);
    }
    Ok(())
}

/// `log list --json` and `log --same-as-yesterday --json`.
#[derive(Debug, Serialize)]
struct EntriesOut {
    schema: u32,
    session_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
    zone: String,
    entries: Vec<EntryOut>,
}

// ---------------------------------------------------------------------------------------------
// Sessions.

pub fn session(place: &Place, command: SessionCommand) -> Result<ExitCode, String> {
    let opened = place.open()?;
    match command {
        SessionCommand::Add(args) => session_add(&opened, args),
        SessionCommand::List { json } => {
            let catalog = opened.journal.catalog();
            let sessions: Vec<SessionOut> = opened
                .journal
                .sessions()
                .map_err(fail)?
                .iter()
                .map(|s| SessionOut::new(s, &catalog, opened.locale))
                .collect();
            if json {
                print_json(&SessionsOut {
                    schema: SCHEMA,
                    sessions,
                });
            } else {
                render::sessions(&sessions, opened.locale);
            }
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::Done {
            id,
            ended,
            tz,
            now,
            json,
        } => {
            let record = opened.journal.session(id).map_err(fail)?;
            let zone = match tz {
                Some(name) => parse_zone(&name).map_err(|e| e.to_string())?,
                None => record.zone,
            };
            let ended = parse_instant(&ended, zone).map_err(|e| format!("--ended: {e}"))?;
            let now = now_or_clock(now.as_deref(), zone)?;
            let record = opened
                .journal
                .complete_session(id, ended, now)
                .map_err(fail)?;
            show_session(&opened, &record, "cli-session-completed", json);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn session_add(opened: &Opened, args: SessionAddArgs) -> Result<ExitCode, String> {
    let zone = parse_zone(&args.tz).map_err(|e| e.to_string())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let catalog = opened.journal.catalog();
    let protocol = find(&catalog, &args.protocol, args.version)?.reference();
    let (status, starts_at, ended_at) = match (&args.ended, &args.planned) {
        (Some(ended), None) => (
            SessionStatus::Done,
            None,
            Some(parse_instant(ended, zone).map_err(|e| format!("--ended: {e}"))?),
        ),
        (None, Some(planned)) => (
            SessionStatus::Planned,
            Some(parse_instant(planned, zone).map_err(|e| format!("--planned: {e}"))?),
            None,
        ),
        _ => return Err("give either --ended or --planned".to_string()),
    };
    let new = NewSession {
        protocol,
        status,
        starts_at,
        ended_at,
        zone,
    };
    let record = opened.journal.add_session(&new, now).map_err(fail)?;
    show_session(opened, &record, "cli-session-added", args.json);
    Ok(ExitCode::SUCCESS)
}

fn show_session(opened: &Opened, record: &SessionRecord, message: &str, json: bool) {
    let view = SessionOut::new(record, &opened.journal.catalog(), opened.locale);
    if json {
        print_json(&view);
    } else {
        render::session_changed(&view, message, opened.locale);
    }
}

/// The session a new entry belongs to by default: the latest done session that had ended by
/// `at` (else the latest done one).
pub(crate) fn current_session(journal: &Journal, at: Option<DateTime<Utc>>) -> Result<i64, String> {
    journal
        .recovering_from(at)
        .map_err(fail)?
        .map(|s| s.id)
        .ok_or_else(|| {
            "no session is done yet: add one with `aftercare session add --ended ...`".to_string()
        })
}

// ---------------------------------------------------------------------------------------------
// The symptom log.

fn kind(code: &str) -> Result<SymptomKind, String> {
    // The typed word is not repeated: a misspelt symptom is still the patient's health.
    SymptomKind::from_code(code.trim()).ok_or_else(|| {
        let codes: Vec<&str> = SymptomKind::ALL.iter().map(|k| k.code()).collect();
        format!(
            "--kind: unknown symptom kind (use one of: {})",
            codes.join(", ")
        )
    })
}

fn area(code: &str) -> Result<BodyArea, String> {
    BodyArea::ALL
        .into_iter()
        .find(|a| a.code() == code.trim())
        .ok_or_else(|| {
            let codes: Vec<&str> = BodyArea::ALL.iter().map(|a| a.code()).collect();
            format!(
                "--area: unknown body area (use one of: {})",
                codes.join(", ")
            )
        })
}

/// `--fever yes|no`: the stored answer (yes is 10, no is 0).
fn yes_or_no(answer: &str) -> Result<u8, String> {
    match answer.trim().to_lowercase().as_str() {
        "yes" | "y" | "sí" | "si" => Ok(aftercare_core::symptom::YES),
        "no" | "n" => Ok(0),
        _ => Err("--fever: answer yes or no".to_string()),
    }
}

/// `--temperature`: a body temperature in the region's unit, or with its own ("101.1F").
fn temperature(text: &str, kind: SymptomKind, region: Region) -> Result<Temperature, String> {
    if kind != SymptomKind::Fever {
        return Err("--temperature: only a fever entry has a temperature".to_string());
    }
    // The typed value is not repeated, only the rule.
    Temperature::parse(text, region.temperature_unit())
        .filter(|t| (Temperature::LOWEST..=Temperature::HIGHEST).contains(t))
        .ok_or_else(|| {
            "--temperature: use a body temperature between 30.0 and 45.0 °C (86.0 and 113.0 °F), like 38.4 or 101.1F"
                .to_string()
        })
}

pub fn log(place: &Place, args: LogArgs) -> Result<ExitCode, String> {
    let opened = place.open()?;
    match args.command {
        None if args.entry.same_as_yesterday => same_as_yesterday(&opened, args.entry),
        None => log_entry(&opened, args.entry),
        Some(LogCommand::List {
            session,
            day,
            tz,
            json,
        }) => log_list(&opened, session, day.as_deref(), tz.as_deref(), json),
        Some(LogCommand::Edit(args)) => log_edit(&opened, args),
        Some(LogCommand::Delete { id }) => {
            opened.journal.delete_symptom(id).map_err(fail)?;
            render::entry_changed(None, id, "cli-log-deleted", opened.locale);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn log_entry(opened: &Opened, args: LogEntryArgs) -> Result<ExitCode, String> {
    let zone = opened.zone(args.tz.as_deref())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let observed_at = match &args.at {
        Some(text) => parse_instant(text, zone).map_err(|e| format!("--at: {e}"))?,
        None => now,
    };
    let (kind, severity, yes_no) = match args.fever.as_deref() {
        Some(answer) => {
            if let Some(other) = args.kind.as_deref().map(kind).transpose()?
                && other != SymptomKind::Fever
            {
                return Err(
                    "--fever is a fever entry: leave out --kind or use --kind fever".into(),
                );
            }
            (SymptomKind::Fever, yes_or_no(answer)?, true)
        }
        None => (
            kind(args.kind.as_deref().ok_or("--kind is required")?)?,
            args.severity.ok_or("--severity is required")?,
            false,
        ),
    };
    let temperature = args
        .temperature
        .as_deref()
        .map(|text| temperature(text, kind, opened.region))
        .transpose()?;
    let new = NewSymptom {
        kind,
        severity,
        observed_at,
        area: args
            .area
            .as_deref()
            .map(area)
            .transpose()?
            .unwrap_or(BodyArea::WholeArea),
        note: args.note.unwrap_or_default(),
        yes_no,
        temperature,
    };
    let session = match args.session {
        Some(id) => id,
        None => current_session(&opened.journal, Some(observed_at))?,
    };
    let answer = opened
        .journal
        .log_and_assess(session, std::slice::from_ref(&new), now)
        .map_err(fail)?;
    logged(opened, &answer, zone, "cli-logged", args.json)?;
    Ok(ExitCode::SUCCESS)
}

fn same_as_yesterday(opened: &Opened, args: LogEntryArgs) -> Result<ExitCode, String> {
    let zone = opened.zone(args.tz.as_deref())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let session = match args.session {
        Some(id) => opened.journal.session(id).map_err(fail)?.id,
        None => current_session(&opened.journal, Some(now))?,
    };
    let repeats = opened
        .journal
        .same_as_yesterday(session, now, zone)
        .map_err(fail)?;
    // All of yesterday again, or none of it.
    let answer = opened
        .journal
        .log_and_assess(session, &repeats, now)
        .map_err(fail)?;
    let entries: Vec<EntryOut> = answer
        .entries
        .iter()
        .map(|entry| EntryOut::new(entry, zone, opened))
        .collect();
    if args.json {
        print_json(&EntriesOut {
            schema: SCHEMA,
            session_id: session,
            day: None,
            zone: zone.name().to_string(),
            entries,
        });
    } else {
        render::same_as_yesterday(&entries, opened.locale);
        if let (true, Some(after)) = (answer.raised(), &answer.after) {
            render::call_to_action(
                &after.view_in(opened.locale, zone, opened.region),
                opened.locale,
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn log_list(
    opened: &Opened,
    session: Option<i64>,
    day: Option<&str>,
    tz: Option<&str>,
    json: bool,
) -> Result<ExitCode, String> {
    let zone = opened.zone(tz)?;
    let session = match session {
        Some(id) => opened.journal.session(id).map_err(fail)?.id,
        None => current_session(&opened.journal, None)?,
    };
    let day = day
        .map(|text| {
            NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .map_err(|_| format!("--day {text:?} is not a date like 2026-11-21"))
        })
        .transpose()?;
    let entries = match day {
        Some(day) => opened.journal.symptoms_on(session, day, zone),
        None => opened.journal.symptoms(session),
    }
    .map_err(fail)?;
    let entries: Vec<EntryOut> = entries
        .iter()
        .map(|e| EntryOut::new(e, zone, opened))
        .collect();
    if json {
        print_json(&EntriesOut {
            schema: SCHEMA,
            session_id: session,
            day: day.map(|d| d.to_string()),
            zone: zone.name().to_string(),
            entries,
        });
    } else {
        render::entries(session, &entries, opened.locale);
    }
    Ok(ExitCode::SUCCESS)
}

fn log_edit(opened: &Opened, args: LogEditArgs) -> Result<ExitCode, String> {
    let zone = opened.zone(args.tz.as_deref())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let old = opened.journal.symptom(args.id).map_err(fail)?;
    let new_kind = args
        .kind
        .as_deref()
        .map(kind)
        .transpose()?
        .unwrap_or(old.kind);
    let (severity, yes_no) = match args.fever.as_deref() {
        Some(answer) => {
            if new_kind != SymptomKind::Fever {
                return Err("--fever: only a fever entry is answered yes or no".to_string());
            }
            (yes_or_no(answer)?, true)
        }
        None => (
            args.severity.unwrap_or(old.severity),
            old.yes_no && args.severity.is_none(),
        ),
    };
    let temperature = match args.temperature.as_deref().map(str::trim) {
        None => old.temperature.filter(|_| new_kind == SymptomKind::Fever),
        Some("") => None,
        Some(text) => Some(temperature(text, new_kind, opened.region)?),
    };
    let new = NewSymptom {
        kind: new_kind,
        severity,
        observed_at: match &args.at {
            Some(text) => parse_instant(text, zone).map_err(|e| format!("--at: {e}"))?,
            None => old.observed_at,
        },
        area: args
            .area
            .as_deref()
            .map(area)
            .transpose()?
            .unwrap_or(old.area),
        note: args.note.unwrap_or(old.note),
        yes_no,
        temperature,
    };
    let answer = opened
        .journal
        .edit_and_assess(args.id, &new, now)
        .map_err(fail)?;
    logged(opened, &answer, zone, "cli-log-edited", args.json)?;
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------------
// Today, settings, backup and restore.

pub fn today(place: &Place, args: TodayArgs) -> Result<ExitCode, String> {
    let opened = place.open()?;
    let zone = opened.zone(args.tz.as_deref())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let view = opened
        .journal
        .today_in(now, zone, Some(opened.locale), opened.region)
        .map_err(fail)?;
    if args.json {
        print_json(&view);
    } else {
        render::today(&view, opened.locale);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn settings(place: &Place, args: SettingsArgs) -> Result<ExitCode, String> {
    let opened = place.open()?;
    let mut settings = opened.settings.clone();
    let mut zone = opened.stored_zone;
    let mut changed = false;
    if let Some(text) = &args.wake {
        settings.day_times.morning = clock_time(text, "--wake")?;
        changed = true;
    }
    if let Some(text) = &args.checkin {
        settings.day_times.evening = clock_time(text, "--checkin")?;
        changed = true;
    }
    if let Some(text) = &args.quiet {
        settings.quiet_hours = quiet_hours(text)?;
        changed = true;
    }
    if let Some(name) = &args.tz {
        zone = Some(parse_zone(name).map_err(|e| e.to_string())?);
        changed = true;
    }
    if let Some(locale) = place.locale {
        changed |= settings.locale != locale || opened.stored_zone.is_none();
        settings.locale = locale;
    }
    let shown_zone = zone.unwrap_or_else(system_zone);
    if changed {
        // Saving needs a zone: the one given, else the saved one, else this computer's.
        opened
            .journal
            .save_settings(&settings, shown_zone)
            .map_err(fail)?;
    }
    let locale = if changed {
        settings.locale
    } else {
        opened.locale
    };
    let saved = changed || opened.stored_zone.is_some();
    render::settings(&settings, shown_zone, saved, changed, locale);
    Ok(ExitCode::SUCCESS)
}

/// Writes a backup: locked with a new recovery code (printed once), with the passphrase in a
/// file, or with the journal's own key (none for a plain journal).
pub fn backup(
    place: &Place,
    file: &Path,
    recovery_code: bool,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, String> {
    // The passphrase is read and judged before the journal is touched.
    let chosen = passphrase_file
        .map(|path| {
            let text = read_secret(path)?;
            Passphrase::chosen(&text)
                .map_err(|problem| format!("the passphrase in {}: {problem}", path.display()))
        })
        .transpose()?;
    let code = recovery_code
        .then(|| new_recovery_code().map_err(|_| "cannot make a random recovery code".to_string()))
        .transpose()?;
    let opened = place.open()?;
    let now = Utc::now();
    let written = match (&chosen, &code) {
        (Some(passphrase), _) => opened.journal.backup_locked(file, passphrase, now),
        (None, Some(code)) => opened.journal.backup_locked(file, &code.passphrase(), now),
        (None, None) => opened.journal.backup(file, opened.key.as_ref(), now),
    };
    written.map_err(|e| format!("cannot write the backup {}: {}", file.display(), fail(e)))?;
    render::backup_written(file, opened.locale);
    if let Some(code) = &code {
        render::recovery_code(&code.to_string(), opened.locale);
    }
    Ok(ExitCode::SUCCESS)
}

/// A passphrase or recovery code from a file (its first line), or standard input for `-`:
/// at most 4 KiB of UTF-8, read without blocking on a FIFO. Errors never carry it.
fn read_secret(path: &Path) -> Result<String, String> {
    let bytes = if path == Path::new("-") {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(MAX_KEY_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                format!(
                    "cannot read the passphrase from standard input: {}",
                    e.kind()
                )
            })?;
        if bytes.len() as u64 > MAX_KEY_FILE_BYTES {
            return Err("the passphrase on standard input is longer than 4 KiB".into());
        }
        bytes
    } else {
        read_input(path, MAX_KEY_FILE_BYTES)
            .map_err(|e| format!("cannot read the passphrase file {}: {e}", path.display()))?
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("the passphrase file {} is not UTF-8 text", path.display()))?;
    Ok(text.lines().next().unwrap_or("").to_string())
}

/// Restores a backup; one locked with a recovery code or passphrase is opened with the one in
/// `passphrase_file`. What the backup says about itself (never health data) is shown when it
/// cannot be opened.
pub fn restore(
    place: &Place,
    file: &Path,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, String> {
    let path = place.path()?;
    let key = place.key()?;
    let cannot = |e: JournalError| format!("cannot restore {}: {}", file.display(), fail(e));
    let info = Journal::inspect_backup(file).map_err(cannot)?;
    let secret = match passphrase_file {
        Some(secret_file) if info.lock.needs_secret() => {
            let text = read_secret(secret_file)?;
            let code = info.lock == BackupLock::RecoveryCode;
            Some(Passphrase::to_unlock(&text, code).map_err(|problem| {
                format!(
                    "the file {} does not hold {}: {problem}",
                    secret_file.display(),
                    what_opens(info.lock)
                )
            })?)
        }
        None if info.lock.needs_secret() => {
            let made = info
                .made_at
                .map(|at| format!(", made {}", at.format("%Y-%m-%d %H:%M UTC")))
                .unwrap_or_default();
            return Err(format!(
                "cannot restore {}: it is locked with {}{made}; give it with --passphrase-file FILE",
                file.display(),
                what_opens(info.lock)
            ));
        }
        _ => None,
    };
    let now = Utc::now();
    let (journal, recovery) = match &secret {
        Some(secret) => Journal::restore_locked(file, &path, key.as_ref(), secret, now),
        None => Journal::restore(file, &path, key.as_ref(), now),
    }
    .map_err(cannot)?;
    let (_, _, locale) = read_settings(&journal, place.locale)?;
    tell_recovery(recovery.as_ref(), locale);
    let sessions = journal.sessions().map_err(fail)?;
    let mut entries = 0;
    for session in &sessions {
        entries += journal.symptoms(session.id).map_err(fail)?.len();
    }
    render::restored(&path, sessions.len(), entries, locale);
    Ok(ExitCode::SUCCESS)
}

fn what_opens(lock: BackupLock) -> &'static str {
    match lock {
        BackupLock::RecoveryCode => "a recovery code",
        BackupLock::Passphrase => "a passphrase",
        BackupLock::JournalKey => "the journal's key",
        BackupLock::None => "nothing",
    }
}
