//! The screens' words: messages from `core/locales/*/screens.ftl` in the patient's language, and
//! instants written in the patient's zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

use crate::local_time::{Style, format_local};
use crate::text::{Args, Locale, Texts};

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
