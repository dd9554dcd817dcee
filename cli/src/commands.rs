//! The commands: gather input, ask the core, hand the result to the renderer.

use std::process::ExitCode;
use std::sync::Arc;

use aftercare_core::input_file::{MAX_PROTOCOL_FILE_BYTES, read_input};
use aftercare_core::local_time::{self, parse_instant, parse_zone};
use aftercare_core::region::Region;
use aftercare_core::reminder;
use aftercare_core::triage::{AssessmentView, assess};
use aftercare_core::view::{PlanView, RemindersView, SeriesView, StatusView, series_view};
use aftercare_core::{
    BodyArea, Catalog, DayTimes, Locale, PatientSettings, PlanOptions, Protocol, QuietHours,
    RecoveryPlan, ReminderLedger, SymptomEntry, SymptomKind, TreatmentSession, series_progress,
    status_at,
};
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::args::{Cli, Command, DemoArgs, PlanArgs, ProtocolCommand, RemindersArgs, SessionArgs};
use crate::terminal::say_err;
use crate::{checkin, contacted, journal, photo, render, report};

/// Runs a parsed command; `Err` is the one line to print.
pub fn run(cli: Cli) -> Result<ExitCode, String> {
    let explicit = cli
        .locale
        .as_deref()
        .map(str::parse::<Locale>)
        .transpose()?;
    let locale = explicit.unwrap_or_else(locale_from_env);
    let mut catalog = Catalog::builtin();
    let region = match cli.region.as_deref() {
        Some(code) => Region::from_code(code.trim()).ok_or_else(|| {
            "--region: use a two-letter country code such as US, ES or GB".to_string()
        })?,
        None => region_from_env(),
    };
    let place = journal::Place {
        db: cli.db,
        key_file: cli.key_file,
        locale: explicit,
        region,
    };
    let result = match cli.command {
        Command::Protocols { json } => {
            let protocols = catalog.latest();
            if json {
                let list: Vec<_> = protocols
                    .iter()
                    .map(|p| aftercare_core::view::ProtocolView::new(p, locale))
                    .collect();
                print_json(&list);
            } else {
                render::protocols(&protocols, locale);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Protocol(ProtocolCommand::Show { id, version, json }) => {
            let protocol = find(&catalog, &id, version)?;
            if json {
                print_json(&protocol.to_file());
            } else {
                render::protocol(protocol, locale);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Protocol(ProtocolCommand::Check { file }) => {
            let json = read_protocol_file(&file)?;
            match catalog.check(&json) {
                Ok(protocol) => {
                    render::check_ok(&protocol, locale);
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => {
                    for problem in err.problems() {
                        say_err!("{}: {problem}", file.display());
                    }
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Plan(args) => plan(&mut catalog, args, locale),
        Command::Reminders(args) => reminders(&mut catalog, args, locale),
        Command::Demo(args) => demo(&catalog, args, locale),
        Command::Session(command) => journal::session(&place, command),
        Command::Log(args) => journal::log(&place, args),
        Command::Today(args) => journal::today(&place, args),
        Command::Checkin(args) => checkin::checkin(&place, args),
        Command::Contacted(args) => contacted::contacted(&place, args),
        Command::Backup {
            file,
            recovery_code,
            passphrase_file,
        } => journal::backup(&place, &file, recovery_code, passphrase_file.as_deref()),
        Command::Restore {
            file,
            passphrase_file,
        } => journal::restore(&place, &file, passphrase_file.as_deref()),
        Command::Settings(args) => journal::settings(&place, args),
        Command::Report(args) => report::report(&place, args),
        Command::Photo(command) => photo::photo(&place, command),
    };
    // A command that met damage in the journal ends by moving it aside and saying so, instead
    // of the error it met.
    match result {
        Err(message) => Err(journal::recover_after_damage(&place).unwrap_or(message)),
        ok => ok,
    }
}

/// A clinic protocol file: a regular file of bounded size (never /dev/zero or a FIFO), as UTF-8.
fn read_protocol_file(path: &std::path::Path) -> Result<String, String> {
    let bytes = read_input(path, MAX_PROTOCOL_FILE_BYTES)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| format!("{}: the file is not UTF-8 text", path.display()))
}

pub(crate) fn locale_from_env() -> Locale {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .map(|value| Locale::negotiate(value.split('.').next().unwrap_or("")))
        .unwrap_or_default()
}

/// The region of the environment's locale (`en_US.UTF-8` is US); unknown (112, °C) without one.
pub(crate) fn region_from_env() -> Region {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .map(|value| Region::from_language_tag(&value))
        .unwrap_or_default()
}

pub(crate) fn find<'c>(
    catalog: &'c Catalog,
    id: &str,
    version: Option<u32>,
) -> Result<&'c Arc<Protocol>, String> {
    catalog.get(id, version).ok_or_else(|| match version {
        Some(v) if catalog.get(id, None).is_some() => {
            format!("protocol {id:?} has no version {v}")
        }
        _ => format!("unknown protocol {id:?} (see `aftercare protocols`)"),
    })
}

pub(crate) fn clock_time(text: &str, flag: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text, "%H:%M")
        .map_err(|_| format!("{flag} {text:?} is not a time like 08:00"))
}

pub(crate) fn now_or_clock(now: Option<&str>, zone: Tz) -> Result<DateTime<Utc>, String> {
    match now {
        Some(text) => parse_instant(text, zone).map_err(|e| format!("--now: {e}")),
        // The CLI is a shell: it may read the clock; the core never does.
        None => Ok(Utc::now()),
    }
}

/// Everything `plan` and `demo` print.
#[derive(Serialize)]
struct Story {
    plan: PlanView,
    status: StatusView,
    #[serde(skip_serializing_if = "Option::is_none")]
    series: Option<SeriesView>,
    /// The demo's example log and what triage says of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    assessment: Option<AssessmentView>,
}

/// A session read from the command line.
struct Input {
    protocol: Arc<Protocol>,
    session: TreatmentSession,
    options: PlanOptions,
    now: DateTime<Utc>,
}

fn read_session(catalog: &mut Catalog, args: &SessionArgs) -> Result<Input, String> {
    if let Some(path) = &args.protocol_file {
        let json = read_protocol_file(path)?;
        catalog
            .import(&json)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let zone = parse_zone(&args.tz).map_err(|e| e.to_string())?;
    let protocol = find(catalog, &args.protocol, args.version)?.clone();
    let ended = parse_instant(&args.ended, zone).map_err(|e| format!("--ended: {e}"))?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let next = args
        .next
        .as_deref()
        .map(|text| parse_instant(text, zone).map_err(|e| format!("--next: {e}")))
        .transpose()?;
    let day_times = DayTimes {
        morning: clock_time(&args.wake, "--wake")?,
        evening: clock_time(&args.checkin, "--checkin")?,
    };
    let session = TreatmentSession {
        protocol: protocol.reference(),
        ended_at: ended,
        zone,
        number: args.session,
    };
    Ok(Input {
        protocol,
        session,
        options: PlanOptions {
            day_times,
            next_session: next,
        },
        now,
    })
}

fn plan(catalog: &mut Catalog, args: PlanArgs, locale: Locale) -> Result<ExitCode, String> {
    let input = read_session(catalog, &args.session)?;
    tell(
        input.protocol,
        input.session,
        input.options,
        input.now,
        locale,
        args.json,
        None,
    )
}

fn reminders(
    catalog: &mut Catalog,
    args: RemindersArgs,
    locale: Locale,
) -> Result<ExitCode, String> {
    let input = read_session(catalog, &args.session)?;
    let quiet_hours = quiet_hours(&args.quiet)?;
    let settings = PatientSettings {
        day_times: input.options.day_times,
        quiet_hours,
        locale,
        ..PatientSettings::default()
    };
    let zone = input.session.zone;
    let plan = RecoveryPlan::new(input.protocol, input.session, input.options)
        .map_err(|e| e.to_string())?;
    let ledger = ReminderLedger::new();
    let pending = reminder::pending(
        std::slice::from_ref(&plan),
        &settings,
        zone,
        &[],
        &ledger,
        input.now,
        args.limit,
    );
    let view = RemindersView::new(&pending, zone, locale);
    if args.json {
        print_json(&view);
    } else {
        render::reminders(&view, locale);
    }
    Ok(ExitCode::SUCCESS)
}

/// Quiet hours from "22:00-07:00", or `None` for "off".
pub(crate) fn quiet_hours(text: &str) -> Result<Option<QuietHours>, String> {
    if text == "off" {
        return Ok(None);
    }
    let (start, end) = text
        .split_once('-')
        .ok_or_else(|| format!("--quiet {text:?} is not like 22:00-07:00 or off"))?;
    QuietHours::new(clock_time(start, "--quiet")?, clock_time(end, "--quiet")?)
        .map(Some)
        .map_err(|e| format!("--quiet: {e}"))
}

/// This computer's time zone, else UTC.
pub(crate) fn system_zone() -> Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| parse_zone(&name).ok())
        .unwrap_or(Tz::UTC)
}

fn demo(catalog: &Catalog, args: DemoArgs, locale: Locale) -> Result<ExitCode, String> {
    let zone = match &args.tz {
        Some(name) => parse_zone(name).map_err(|e| e.to_string())?,
        None => system_zone(),
    };
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let protocol = find(catalog, "microneedling", None)?.clone();
    let yesterday = local_time::local_date(now, zone) - TimeDelta::days(1);
    let ten = NaiveTime::from_hms_opt(10, 0, 0).expect("valid time");
    let ended = local_time::resolve_local(zone, yesterday, ten);
    // Book the next session at 10:00 on the first recommended day, as a clinic front desk would.
    let session = TreatmentSession {
        protocol: protocol.reference(),
        ended_at: ended,
        zone,
        number: 1,
    };
    let next = series_progress(&protocol, std::slice::from_ref(&session))
        .and_then(|p| p.next)
        .map(|w| {
            local_time::resolve_local(zone, local_time::local_date(w.recommended_from, zone), ten)
        });
    if !args.json {
        render::demo_intro(&protocol, ended, zone, locale);
    }
    let options = PlanOptions {
        day_times: DayTimes::default(),
        next_session: next,
    };
    // A short example log, so a newcomer sees what triage makes of one: redness the first
    // evening (normal), and itching this morning (not expected: worth watching).
    let log = [
        (1, SymptomKind::Redness, 5, ended + TimeDelta::hours(8)),
        (2, SymptomKind::Itching, 3, now - TimeDelta::minutes(30)),
    ]
    .map(|(id, kind, severity, observed_at)| SymptomEntry {
        id,
        session_id: 1,
        kind,
        severity,
        observed_at,
        area: BodyArea::Cheeks,
        note: String::new(),
        yes_no: false,
        temperature: None,
    });
    tell(
        protocol,
        session,
        options,
        now,
        locale,
        args.json,
        Some(&log),
    )
}

fn tell(
    protocol: Arc<Protocol>,
    session: TreatmentSession,
    options: PlanOptions,
    now: DateTime<Utc>,
    locale: Locale,
    json: bool,
    log: Option<&[SymptomEntry]>,
) -> Result<ExitCode, String> {
    let zone = session.zone;
    let progress = series_progress(&protocol, std::slice::from_ref(&session));
    let plan = RecoveryPlan::new(protocol.clone(), session, options).map_err(|e| e.to_string())?;
    let status = status_at(&plan, now, zone);
    let story = Story {
        plan: PlanView::new(&plan, zone, locale),
        status: StatusView::new(&plan, &status, locale),
        series: progress.as_ref().map(|p| series_view(p, zone, locale)),
        assessment: log
            .map(|log| AssessmentView::new(&plan, &assess(&plan, log, now), log, locale, zone)),
    };
    if json {
        print_json(&story);
    } else {
        render::story(&story.plan, &story.status, story.series.as_ref(), locale);
        if let (Some(assessment), Some(log)) = (&story.assessment, log) {
            render::example_log(assessment, log, zone, locale);
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn print_json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"), // serde_json escapes control characters
        Err(err) => eprintln!("error: cannot write JSON: {err}"),
    }
}
