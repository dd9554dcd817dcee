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

/// Arguments of `aftercare plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
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
    /// The moment to show the status for (default: the current time).
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
