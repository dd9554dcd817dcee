//! Command-line arguments.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand};

/// Aftercare: your recovery plan after an in-clinic skin treatment.
#[derive(Debug, Parser)]
#[command(name = "aftercare", version, about)]
pub struct Cli {
    /// Language of the output: en or es (default: for journal commands the saved language,
    /// else from LANG, else en).
    #[arg(long, global = true, value_name = "LANG")]
    pub locale: Option<String>,
    /// Where you are, as a two-letter country code (US, ES, GB, AU): the emergency number
    /// and the temperature unit (default: from LC_ALL, LC_MESSAGES or LANG, e.g. en_US.UTF-8;
    /// else the emergency number 112 and °C).
    #[arg(long, global = true, value_name = "CC")]
    pub region: Option<String>,
    /// The journal file (default: the AFTERCARE_DB environment variable, else
    /// <data dir>/aftercare/journal.db). Its folder must exist.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// A file holding the journal's key (32 raw bytes or 64 hex digits): the journal is then
    /// encrypted. Without it the journal is not encrypted.
    #[arg(long, global = true, value_name = "PATH")]
    pub key_file: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in protocols.
    Protocols {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show or check a protocol.
    #[command(subcommand)]
    Protocol(ProtocolCommand),
    /// Show the recovery plan for a session and where the patient is in it now.
    Plan(PlanArgs),
    /// List the upcoming reminders a phone would schedule for a session.
    Reminders(RemindersArgs),
    /// The whole story for a microneedling session that ended yesterday.
    Demo(DemoArgs),
    /// Record treatment sessions in the journal, list them, mark one done.
    #[command(subcommand)]
    Session(SessionCommand),
    /// Log a symptom (`log --kind redness --severity 4`), or list, edit and delete entries.
    Log(LogArgs),
    /// The home screen: where you are in your recovery, what your log says, what comes next.
    Today(TodayArgs),
    /// "All fine today": today's check-in, saying nothing is new and nothing got worse.
    Checkin(CheckinArgs),
    /// Record that you contacted your provider about a warning sign in your log (it stops
    /// asking you to, until something new or worse is logged), or list and delete such records.
    Contacted(ContactedArgs),
    /// Write a backup of the journal to FILE. With --recovery-code (a new code is printed) or
    /// --passphrase-file it opens on any computer or phone with that code or passphrase;
    /// without, it is locked with the journal's own key (if any) and opens only with it.
    Backup {
        /// Where to write it (replaced if it exists).
        file: PathBuf,
        /// Lock it with a new recovery code, printed once: the only way to open it.
        #[arg(long, conflicts_with = "passphrase_file")]
        recovery_code: bool,
        /// Lock it with the passphrase in this file (its first line; `-` reads standard input).
        /// Never give a passphrase on the command line.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Restore a backup into the journal (--db), which must not hold records yet. A backup
    /// locked with a recovery code or passphrase needs it in --passphrase-file.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// The recovery code or passphrase that opens the backup, in this file (its first line;
        /// `-` reads standard input).
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Show the settings, or change them (--locale also saves the language).
    Settings(SettingsArgs),
    /// Record photos of the treated skin (JPEG, PNG or HEIC), list them, forget one.
    #[command(subcommand)]
    Photo(crate::photo::PhotoCommand),
    /// Write a report for your clinic: a printable page (html), a spreadsheet (csv), FHIR R4
    /// (fhir) or a calendar of what is ahead (ics).
    Report(ReportArgs),
}

/// `aftercare protocol ...`
#[derive(Debug, Subcommand)]
pub enum ProtocolCommand {
    /// Show a protocol's rules (JSON: the protocol file format, ready to adapt).
    Show {
        /// Protocol id.
        id: String,
        /// Version (default: newest).
        #[arg(long)]
        version: Option<u32>,
        /// Print the protocol file (JSON) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check a clinic protocol file and list every problem in it.
    Check {
        /// The JSON file.
        file: PathBuf,
    },
}

/// The session and patient every timeline command needs.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Protocol id (see `aftercare protocols`).
    #[arg(long)]
    pub protocol: String,
    /// Protocol version (default: newest).
    #[arg(long)]
    pub version: Option<u32>,
    /// A clinic protocol file to load first (it may then be named with --protocol).
    #[arg(long, value_name = "FILE")]
    pub protocol_file: Option<PathBuf>,
    /// When the session ended: "2026-11-21 10:00" (local to --tz) or RFC 3339.
    #[arg(long)]
    pub ended: String,
    /// The patient's IANA time zone, e.g. Europe/Berlin.
    #[arg(long)]
    pub tz: String,
    /// The moment to look from (default: the current time).
    #[arg(long)]
    pub now: Option<String>,
    /// The booked start of the next session, for the preparation checklist.
    #[arg(long)]
    pub next: Option<String>,
    /// This session's number in the series.
    #[arg(long, default_value_t = 1)]
    pub session: u32,
    /// Wake time for morning routines.
    #[arg(long, default_value = "08:00", value_name = "HH:MM")]
    pub wake: String,
    /// Evening check-in time.
    #[arg(long, default_value = "20:00", value_name = "HH:MM")]
    pub checkin: String,
}

/// Arguments of `aftercare plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// Print JSON (see cli/JSON.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `aftercare reminders`.
#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// At most this many reminders (iOS holds 64).
    #[arg(long, default_value_t = 64)]
    pub limit: usize,
    /// Quiet hours, local time ("22:00-07:00"), or "off".
    #[arg(long, default_value = "22:00-07:00", value_name = "HH:MM-HH:MM")]
    pub quiet: String,
    /// Print JSON (see cli/JSON.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `aftercare demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Time zone (default: this computer's, else UTC).
    #[arg(long)]
    pub tz: Option<String>,
    /// The moment to tell the story at (default: the current time).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `aftercare session ...`
#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Record a session that happened (--ended) or is booked (--planned).
    Add(SessionAddArgs),
    /// List the recorded sessions, oldest first.
    List {
        /// Print JSON (see cli/JSON.md) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Mark a booked session done.
    Done {
        /// The session's id (see `aftercare session list`).
        id: i64,
        /// When it ended: "2026-11-21 10:00" (local to --tz) or RFC 3339.
        #[arg(long)]
        ended: String,
        /// Time zone of --ended (default: the session's).
        #[arg(long)]
        tz: Option<String>,
        /// The current time (default: the clock); a session cannot end in the future.
        #[arg(long)]
        now: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// Arguments of `aftercare session add`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("when").required(true).args(["ended", "planned"])))]
pub struct SessionAddArgs {
    /// Protocol id (see `aftercare protocols`).
    #[arg(long)]
    pub protocol: String,
    /// Protocol version (default: newest).
    #[arg(long)]
    pub version: Option<u32>,
    /// When the session ended: "2026-11-21 10:00" (local to --tz) or RFC 3339.
    #[arg(long)]
    pub ended: Option<String>,
    /// When a booked session starts (same format as --ended).
    #[arg(long)]
    pub planned: Option<String>,
    /// The patient's IANA time zone, e.g. Europe/Berlin.
    #[arg(long)]
    pub tz: String,
    /// The moment to record it at (default: the current time).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON (see cli/JSON.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `aftercare log`: a new entry, or a subcommand.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct LogArgs {
    /// List, edit or delete entries instead of logging one.
    #[command(subcommand)]
    pub command: Option<LogCommand>,
    /// The entry to log.
    #[command(flatten)]
    pub entry: LogEntryArgs,
}

/// A new symptom entry (or "same as yesterday").
#[derive(Debug, Args)]
pub struct LogEntryArgs {
    /// What it is: redness, swelling, pain, itching, burning, dryness_flaking, tightness,
    /// bruising, bleeding, breakouts, bumps, blisters, pus_drainage, warmth, fever,
    /// dark_patches, hives_rash, lips_tongue_throat_swelling, trouble_breathing, faintness,
    /// spreading_redness, eye_pain, vision_change, raw_skin, skin_colour_change, numbness,
    /// draw_site, other.
    #[arg(long, required_unless_present_any = ["same_as_yesterday", "fever"])]
    pub kind: Option<String>,
    /// How bad: 0 (none) to 10 (worst imaginable). `--kind fever --severity N` still works:
    /// any N above 0 is a fever.
    #[arg(
        long,
        value_name = "0-10",
        required_unless_present_any = ["same_as_yesterday", "fever"],
        conflicts_with = "fever"
    )]
    pub severity: Option<u8>,
    /// A fever or chills, answered yes or no (implies --kind fever).
    #[arg(long, value_name = "yes|no")]
    pub fever: Option<String>,
    /// The temperature you measured, for a fever: 38.4 (in your region's unit), 38.4C or
    /// 101.1F.
    #[arg(long, value_name = "DEGREES", allow_hyphen_values = true)]
    pub temperature: Option<String>,
    /// Where (default: whole_area): whole_area, forehead, around_eyes, cheeks, nose,
    /// lips_mouth, chin_jaw, neck, chest, scalp, hands, arms, abdomen, back, legs, other.
    #[arg(long)]
    pub area: Option<String>,
    /// When you noticed it (default: now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// A note in your own words (it may start with "-").
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Log yesterday's entries again, observed now.
    #[arg(long, conflicts_with_all = ["kind", "severity", "area", "at", "note", "fever", "temperature"])]
    pub same_as_yesterday: bool,
    /// The session it belongs to (default: the latest done session).
    #[arg(long, value_name = "ID")]
    pub session: Option<i64>,
    /// Time zone of --at and "yesterday" (default: the settings', else this computer's).
    #[arg(long)]
    pub tz: Option<String>,
    /// The current moment (default: the clock).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON (see cli/JSON.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `aftercare log ...`
#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// List a session's entries, oldest first.
    List {
        /// The session (default: the latest done session).
        #[arg(long, value_name = "ID")]
        session: Option<i64>,
        /// Only this local day, YYYY-MM-DD.
        #[arg(long)]
        day: Option<String>,
        /// Time zone for --day and the times shown (default: the settings', else this computer's).
        #[arg(long)]
        tz: Option<String>,
        /// Print JSON (see cli/JSON.md) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change an entry; fields not given stay as they are.
    Edit(LogEditArgs),
    /// Delete an entry.
    Delete {
        /// The entry's id (see `aftercare log list`).
        id: i64,
    },
}

/// Arguments of `aftercare log edit`.
#[derive(Debug, Args)]
pub struct LogEditArgs {
    /// The entry's id (see `aftercare log list`).
    pub id: i64,
    /// New kind.
    #[arg(long)]
    pub kind: Option<String>,
    /// New severity, 0 to 10.
    #[arg(long, value_name = "0-10", conflicts_with = "fever")]
    pub severity: Option<u8>,
    /// A fever entry's new answer, yes or no.
    #[arg(long, value_name = "yes|no")]
    pub fever: Option<String>,
    /// A fever entry's temperature (38.4, 38.4C or 101.1F; "" removes it).
    #[arg(long, value_name = "DEGREES", allow_hyphen_values = true)]
    pub temperature: Option<String>,
    /// New area.
    #[arg(long)]
    pub area: Option<String>,
    /// New time.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// New note ("" clears it; it may start with "-").
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Time zone of --at (default: the settings', else this computer's).
    #[arg(long)]
    pub tz: Option<String>,
    /// The current moment (default: the clock).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `aftercare today`.
#[derive(Debug, Args)]
pub struct TodayArgs {
    /// Time zone (default: the settings', else this computer's, else UTC).
    #[arg(long)]
    pub tz: Option<String>,
    /// The moment to look from (default: the current time).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON (see cli/JSON.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `aftercare checkin`.
#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// The session (default: the one you are recovering from).
    #[arg(long, value_name = "ID")]
    pub session: Option<i64>,
    /// Time zone of the day it counts for (default: the settings', else this computer's).
    #[arg(long)]
    pub tz: Option<String>,
    /// The current moment (default: the clock).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `aftercare settings`.
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Wake time for morning routines.
    #[arg(long, value_name = "HH:MM")]
    pub wake: Option<String>,
    /// Evening check-in time.
    #[arg(long, value_name = "HH:MM")]
    pub checkin: Option<String>,
    /// Quiet hours, local time ("22:00-07:00"), or "off".
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub quiet: Option<String>,
    /// Your IANA time zone, e.g. Europe/Berlin.
    #[arg(long)]
    pub tz: Option<String>,
}

/// Arguments of `aftercare report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// html (printable, self-contained), csv (one row per symptom entry), fhir (FHIR R4 JSON
    /// Bundle) or ics (booked sessions, preparation steps and "allowed again" dates ahead).
    #[arg(long, value_parser = ["html", "csv", "fhir", "ics"])]
    pub format: String,
    /// The first day to include, YYYY-MM-DD (default: from the beginning).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day to include, YYYY-MM-DD (default: up to the end).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only this session (see `aftercare session list`).
    #[arg(long, value_name = "ID")]
    pub session: Option<i64>,
    /// Include photos (html and fhir), checked against their recorded SHA-256 and stripped of
    /// location and other metadata.
    #[arg(long)]
    pub photos: bool,
    /// Your name as it should appear on the report (default: no name; it may start with "-").
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub name: Option<String>,
    /// Time zone of the days and times (default: the settings', else this computer's).
    #[arg(long)]
    pub tz: Option<String>,
    /// The moment the report is made (default: the current time).
    #[arg(long)]
    pub now: Option<String>,
    /// Where to write it (replaced if it exists); "-" writes to standard output.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn argument_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}

/// `aftercare contacted ...`
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ContactedArgs {
    /// List or delete records instead of adding one.
    #[command(subcommand)]
    pub command: Option<ContactedCommand>,
    /// The warning sign's rule id (see `today`); default: every sign raised so far.
    #[arg(long, value_name = "RULE")]
    pub flag: Option<String>,
    /// When you reached your provider (default: now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// What your provider said, in your own words.
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,
    /// The session (default: the one you are recovering from).
    #[arg(long, value_name = "ID")]
    pub session: Option<i64>,
    /// Time zone of --at (default: the settings', else this computer's).
    #[arg(long)]
    pub tz: Option<String>,
    /// The current moment (default: the clock).
    #[arg(long)]
    pub now: Option<String>,
    /// Print JSON (see cli/JSON.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `aftercare contacted list|delete`
#[derive(Debug, Subcommand)]
pub enum ContactedCommand {
    /// List a session's records, oldest first.
    List {
        /// The session (default: the one you are recovering from).
        #[arg(long, value_name = "ID")]
        session: Option<i64>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Delete a record made by mistake.
    Delete {
        /// The record's id.
        id: i64,
    },
}
