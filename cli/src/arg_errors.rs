//! Command-line mistakes as one line that never repeats what was typed. clap quotes the
//! offending word back ("unexpected argument '--pus on my cheek'"), and that word can be a note
//! or a name; here a message is rebuilt from the kind of mistake and the names of the options
//! involved, which are ours, never the user's.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The one line to print for a clap error. `args` are the raw arguments, used only to add a
/// hint when a free-text option seems to have lost its quotes.
pub fn message(err: &clap::Error, args: &[String]) -> String {
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(text)) => Some(text.to_string()),
        _ => None,
    };
    // For these kinds InvalidArg names one of our options ("--severity <0-10>"), not input.
    let option = || context(ContextKind::InvalidArg).unwrap_or_else(|| "an option".into());
    match err.kind() {
        ErrorKind::UnknownArgument => {
            let hint = context(ContextKind::SuggestedArg)
                .map(|s| format!(" (did you mean {s}?)"))
                .unwrap_or_default();
            format!(
                "error: an argument was not recognized{hint}{}",
                quotes_hint(args)
            )
        }
        ErrorKind::InvalidSubcommand => {
            let hint = context(ContextKind::SuggestedSubcommand)
                .map(|s| format!(" (did you mean {s}?)"))
                .unwrap_or_default();
            format!(
                "error: unknown command{hint}; see aftercare --help{}",
                quotes_hint(args)
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = context(ContextKind::ValidValue)
                .map(|v| format!(" (use one of: {v})"))
                .unwrap_or_default();
            format!("error: invalid value for {}{valid}", option())
        }
        ErrorKind::MissingRequiredArgument => format!(
            "error: the following required arguments were not provided: {}",
            option()
        ),
        ErrorKind::ArgumentConflict => match (
            context(ContextKind::InvalidArg),
            context(ContextKind::PriorArg),
        ) {
            (Some(arg), Some(prior)) => format!("error: {arg} cannot be used with {prior}"),
            (Some(arg), None) => format!("error: {arg} cannot be used here"),
            // A stray word taken for a command, e.g. a note that lost its quotes.
            (None, _) => format!("error: an argument was not recognized{}", quotes_hint(args)),
        },
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => {
            format!("error: wrong number of values for {}", option())
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "error: a command is required; see aftercare --help".to_string()
        }
        ErrorKind::InvalidUtf8 => "error: arguments must be UTF-8 text".to_string(),
        _ => "error: the command line could not be read; see --help".to_string(),
    }
}

/// A note or name typed without quotes (`--note my skin itches`) leaves stray words.
fn quotes_hint(args: &[String]) -> &'static str {
    let free_text = |flag: &str| {
        args.iter()
            .any(|a| a == flag || a.starts_with(&format!("{flag}=")))
    };
    if free_text("--note") {
        " (put the note in quotes: --note \"...\")"
    } else if free_text("--name") {
        " (put the name in quotes: --name \"...\")"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::message;
    use crate::args::Cli;

    fn refused(args: &[&str]) -> String {
        let all: Vec<String> = std::iter::once("aftercare")
            .chain(args.iter().copied())
            .map(String::from)
            .collect();
        let err = Cli::try_parse_from(&all).expect_err("refused");
        message(&err, &all)
    }

    #[test]
    fn messages_name_options_never_what_was_typed() {
        let secret = "pus-on-my-cheek";
        for args in [
            vec![
                "log",
                "--kind",
                "redness",
                "--severity",
                "4",
                "--note",
                "x",
                secret,
            ],
            vec![
                "log",
                "--kind",
                "redness",
                "--severity",
                secret,
                "--note",
                "x",
            ],
            vec![
                "log",
                "--kind",
                "redness",
                "--severity",
                "4",
                &format!("--{secret}"),
            ],
            vec![secret],
            vec!["report", "--format", secret, "--out", "x"],
            vec![
                "report", "--format", "csv", "--out", "x", "--name", "Ana", secret,
            ],
            vec!["log", "edit", secret],
            vec!["log", "--same-as-yesterday", "--note", secret],
        ] {
            let line = refused(&args);
            assert!(!line.contains(secret), "{args:?}: {line}");
            assert!(!line.contains("pus"), "{args:?}: {line}");
            assert!(line.starts_with("error: "), "{line}");
            assert_eq!(line.lines().count(), 1, "{line}");
        }
    }

    #[test]
    fn messages_stay_helpful() {
        assert_eq!(
            refused(&["log", "--severity", "4"]),
            "error: the following required arguments were not provided: --kind <KIND>"
        );
        let line = refused(&["report", "--format", "pdf", "--out", "x"]);
        assert!(
            line.contains("--format") && line.contains("html, csv, fhir, ics"),
            "{line}"
        );
        let line = refused(&[
            "log",
            "--kind",
            "redness",
            "--severity",
            "4",
            "--note",
            "my",
            "skin",
        ]);
        assert!(line.contains("put the note in quotes"), "{line}");
        assert!(!line.contains("skin"), "{line}");
    }

    #[test]
    fn free_text_may_start_with_a_dash() {
        let cli = Cli::try_parse_from([
            "aftercare",
            "log",
            "--kind",
            "redness",
            "--severity",
            "4",
            "--note",
            "--pus on my cheek",
        ])
        .expect("a note that starts with a dash is data");
        let crate::args::Command::Log(log) = cli.command else {
            panic!("log")
        };
        assert_eq!(log.entry.note.as_deref(), Some("--pus on my cheek"));
        Cli::try_parse_from(["aftercare", "log", "edit", "3", "--note", "-x"]).expect("edit");
        Cli::try_parse_from([
            "aftercare",
            "report",
            "--format",
            "csv",
            "--out",
            "r.csv",
            "--name",
            "-Ana-",
        ])
        .expect("report");
    }
}
