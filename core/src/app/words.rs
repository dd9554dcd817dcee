//! The screens' words: messages from `core/locales/*/screens.ftl` in the patient's language, and
//! instants written in the patient's zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

use crate::local_time::{Style, format_local};
use crate::protocol::WhoToContact;
use crate::text::{Args, Locale, Texts};

/// A character no message contains: where a template's argument goes.
const SLOT: &str = "\u{E000}";
/// Where a template's second argument goes.
const SLOT2: &str = "\u{E001}";

/// A message formatted with a placeholder argument; messages insert arguments as they are, so
/// filling the slot gives what formatting with the value would.
#[derive(Debug, Clone)]
pub(crate) struct Template(String);

impl Template {
    /// The message with `value` as its argument.
    pub(crate) fn fill(&self, value: &str) -> String {
        self.0.replacen(SLOT, value, 1)
    }

    /// The message with `first` and `second` as its two arguments (see [`Words::template2`]).
    pub(crate) fn fill2(&self, first: &str, second: &str) -> String {
        self.0.replacen(SLOT, first, 1).replacen(SLOT2, second, 1)
    }
}

/// Messages in one locale, times in one zone.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words {
    texts: Texts<'static>,
    zone: Tz,
}

impl Words {
    /// Words in `locale`, times in `zone`.
    pub(crate) fn new(locale: Locale, zone: Tz) -> Words {
        Words {
            texts: Texts::new(locale),
            zone,
        }
    }

    /// The same words addressed to `who` (a healthcare professional after an at-home
    /// treatment: the patient has no provider).
    pub(crate) fn with_who(self, who: WhoToContact) -> Words {
        Words {
            texts: self.texts.for_who(who),
            ..self
        }
    }

    /// The locale.
    pub(crate) fn locale(&self) -> Locale {
        self.texts.locale()
    }

    /// The built-in texts (symptom and area names, levels).
    pub(crate) fn texts(&self) -> &Texts<'static> {
        &self.texts
    }

    /// A message.
    pub(crate) fn get(&self, key: &str) -> String {
        self.texts.get(key, None)
    }

    /// A message's attribute, if it has one.
    pub(crate) fn attr(&self, key: &str, attribute: &str) -> Option<String> {
        self.texts.attr(key, attribute, None)
    }

    /// A message with one argument.
    pub(crate) fn arg<'v>(
        &self,
        key: &str,
        name: &str,
        value: impl Into<FluentValue<'v>>,
    ) -> String {
        let mut args = Args::new();
        args.set(name.to_string(), value);
        self.texts.get(key, Some(&args))
    }

    /// A message with arguments.
    pub(crate) fn args(&self, key: &str, args: &Args<'_>) -> String {
        self.texts.get(key, Some(args))
    }

    /// A message with one argument, formatted once and filled many times (long lists).
    pub(crate) fn template(&self, key: &str, name: &str) -> Template {
        Template(self.arg(key, name, SLOT))
    }

    /// A message with two arguments, formatted once and filled many times.
    pub(crate) fn template2(&self, key: &str, first: &str, second: &str) -> Template {
        let mut args = Args::new();
        args.set(first.to_string(), SLOT);
        args.set(second.to_string(), SLOT2);
        Template(self.args(key, &args))
    }

    /// An instant as a day and time ("Sat 22 Nov, 10:00").
    pub(crate) fn stamp(&self, at: DateTime<Utc>) -> String {
        format_local(at, self.zone, self.locale(), Style::DateTime)
    }

    /// An instant's day ("Sat 22 Nov").
    pub(crate) fn date(&self, at: DateTime<Utc>) -> String {
        format_local(at, self.zone, self.locale(), Style::Date)
    }

    /// An instant's time of day ("10:00").
    pub(crate) fn clock(&self, at: DateTime<Utc>) -> String {
        format_local(at, self.zone, self.locale(), Style::Time)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_template_reads_as_the_formatted_message() {
        for locale in Locale::ALL {
            let words = Words::new(locale, chrono_tz::UTC);
            let template = words.template("command-delete-spoken", "title");
            for title in ["Redness: 6 of 10, moderate", "", "{ $x } 50% ¿sí?"] {
                assert_eq!(
                    template.fill(title),
                    words.arg("command-delete-spoken", "title", title)
                );
            }
            let entry = words.template2("symptom-severity", "symptom", "severity");
            let mut args = Args::new();
            args.set("symptom", "Redness");
            args.set("severity", "6 of 10, moderate");
            assert_eq!(
                entry.fill2("Redness", "6 of 10, moderate"),
                words.args("symptom-severity", &args)
            );
        }
    }
}
