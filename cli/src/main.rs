//! `aftercare`: the desktop front end over aftercare-core.
//!
//! This binary is a shell: it parses arguments, reads the clock and files (the core never does),
//! and prints what the core returns. Decisions about recovery belong in the core.

mod arg_errors;
mod args;
mod checkin;
mod commands;
mod contacted;
mod journal;
mod photo;
mod render;
mod report;
mod terminal;

use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use terminal::say_err;

fn main() -> ExitCode {
    quiet_panics();
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            // Help goes to stdout and is not a failure.
            let _ = err.print();
            return ExitCode::SUCCESS;
        }
        Err(err) if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            return ExitCode::from(2);
        }
        Err(err) => {
            // One clear line that never repeats what was typed; usage follows only with --help.
            let args: Vec<String> = std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            say_err!("{}", arg_errors::message(&err, &args));
            return ExitCode::from(2);
        }
    };
    match commands::run(cli) {
        Ok(code) => code,
        Err(message) => {
            say_err!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// No panic reaches the patient as a backtrace: a closed stdout (`aftercare today | head`) ends
/// the program quietly, anything else prints one line and exits with 2.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("failed printing to stdout") {
            let code = if message.contains("Broken pipe") {
                0
            } else {
                2
            };
            if code != 0 {
                say_err!("error: cannot write the output");
            }
            std::process::exit(code);
        }
        // The panic message may hold data; only say that it happened.
        say_err!("error: internal error (a bug in aftercare); nothing more was done");
        std::process::exit(2);
    }));
}
