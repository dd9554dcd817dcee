//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Aftercare: your recovery plan after an in-clinic skin treatment.
#[derive(Debug, Parser)]
#[command(name = "aftercare", version, about)]
pub struct Cli {
    /// Language of the output: en or es (default: from LANG, else en).
    #[arg(long, global = true, value_name = "LANG")]
    pub locale: Option<String>,
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn argument_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
