//! `aftercare`: the desktop front end over aftercare-core.
//!
//! This binary is a shell: it parses arguments, reads the clock and files (the core never does),
//! and prints what the core returns. Decisions about recovery belong in the core.

mod args;
mod commands;
mod journal;
mod photo;
mod render;
mod report;

use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

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
            // One clear line; clap's usage hints follow only with --help.
            eprintln!("{}", one_line(&err.to_string(), std::env::args_os()));
            return ExitCode::from(2);
        }
    };
    match commands::run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// clap's first paragraph as one line, e.g. "error: the following required arguments were not
/// provided: --kind <KIND>".
///
/// A note typed without quotes (`--note my skin itches`) leaves stray words that clap would
/// quote back; what the patient wrote never goes to stderr, so such a message is replaced.
fn one_line(text: &str, args: impl Iterator<Item = std::ffi::OsString>) -> String {
    let line = text
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let line = if line.is_empty() {
        "error: bad arguments".to_string()
    } else {
        line
    };
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    // The same holds for a name (`report --name Ana María`).
    for flag in ["--note", "--name"] {
        let prefix = format!("{flag}=");
        let Some(at) = args
            .iter()
            .position(|a| a == flag || a.starts_with(&prefix))
        else {
            continue;
        };
        let echoes = args[at..]
            .iter()
            .map(|a| a.strip_prefix(&prefix).unwrap_or(a))
            .filter(|a| !a.starts_with('-'))
            .flat_map(|a| std::iter::once(a).chain(a.split_whitespace()))
            .filter(|word| word.chars().count() >= 3)
            .any(|word| line.contains(word));
        if echoes {
            let what = &flag[2..];
            return format!(
                "error: the command line could not be read (put the {what} in quotes: {flag} \"...\"; see --help)"
            );
        }
    }
    line
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
                eprintln!("error: cannot write the output");
            }
            std::process::exit(code);
        }
        // The panic message may hold data; only say that it happened.
        eprintln!("error: internal error (a bug in aftercare); nothing more was done");
        std::process::exit(2);
    }));
}

#[cfg(test)]
mod tests {
    use super::one_line;

    fn args(list: &[&str]) -> impl Iterator<Item = std::ffi::OsString> {
        list.iter()
            .map(std::ffi::OsString::from)
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn clap_errors_become_one_line_without_the_note() {
        let text = "error: the following required arguments were not provided:\n  --kind <KIND>\n\nUsage: x\n";
        assert_eq!(
            one_line(text, args(&["aftercare", "log"])),
            "error: the following required arguments were not provided: --kind <KIND>"
        );
        let text = "error: unexpected argument 'itches' found\n\nUsage: x\n";
        let line = one_line(
            text,
            args(&["aftercare", "log", "--note", "skin", "itches"]),
        );
        assert!(!line.contains("itches"), "{line}");
        let line = one_line(text, args(&["aftercare", "log", "--note=skin itches"]));
        assert!(!line.contains("itches"), "{line}");
        let line = one_line(
            "error: unexpected argument 'María' found\n",
            args(&["aftercare", "report", "--name", "Ana", "María"]),
        );
        assert!(!line.contains("María"), "{line}");
        assert_eq!(
            one_line(text, args(&["aftercare", "log", "--kind", "x"])),
            "error: unexpected argument 'itches' found"
        );
    }
}
