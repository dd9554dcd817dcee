//! Form fields: their ids, why a value can be refused (in the patient's words) and the inputs
//! the screens show. Errors name the field and the rule, never repeat what was typed.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::model::{DateTimeInput, InputKind, TextInput};
use super::words::Words;
use crate::symptom::{Temperature, TemperatureUnit};

/// Every editable field of every form.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    uniffi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum Field {
    /// The clinic's or provider's name.
    ClinicName,
    /// The clinic's phone number.
    ClinicPhone,
    /// The clinic's e-mail address.
    ClinicEmail,
    /// A fixed time zone (IANA name).
    Zone,
    /// When a session ended, or when a booked one starts.
    SessionTime,
    /// The kind of symptom `index` of the log form (chosen, not typed).
    SymptomKind {
        /// Which symptom of the form (0-based).
        index: u32,
    },
    /// The severity of symptom `index` (chosen, not typed).
    SymptomSeverity {
        /// Which symptom of the form (0-based).
        index: u32,
    },
    /// When symptom `index` of the log form was noticed.
    SymptomTime {
        /// Which symptom of the form (0-based).
        index: u32,
    },
    /// The note of symptom `index`.
    SymptomNote {
        /// Which symptom of the form (0-based).
        index: u32,
    },
    /// Wake time, `HH:MM`.
    WakeTime,
    /// Evening check-in time, `HH:MM`.
    CheckInTime,
    /// Quiet hours start, `HH:MM`.
    QuietStart,
    /// Quiet hours end, `HH:MM`.
    QuietEnd,
    /// The report's first day, `YYYY-MM-DD`.
    ReportFrom,
    /// The report's last day, `YYYY-MM-DD`.
    ReportTo,
    /// The name to put on the report.
    ReportName,
    /// The measured temperature of symptom `index` (a fever), typed in °C or °F.
    SymptomTemperature {
        /// Which symptom of the form (0-based).
        index: u32,
    },
    /// A passphrase chosen for a backup (never kept anywhere but in memory).
    BackupPassphrase,
    /// The same passphrase again.
    BackupPassphraseAgain,
    /// The recovery code or passphrase that opens a picked backup.
    BackupSecret,
}

/// Why a value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) enum Problem {
    /// Nothing was chosen or typed where something must be.
    Required,
    /// Longer than `max` characters.
    TooLong { max: u32 },
    /// Control characters (other than line breaks in a note).
    ControlCharacters,
    /// Not a time of day like 08:00.
    NotAClock,
    /// Not a day like 2026-11-21.
    NotADate,
    /// Not a time zone the phone knows.
    UnknownZone,
    /// A moment in the future where only the past makes sense.
    InFuture,
    /// A booked appointment in the past.
    AppointmentPast,
    /// A session that ends before its appointment.
    EndsBeforeAppointment,
    /// Quiet hours that start when they end.
    QuietHoursEmpty,
    /// Not a phone number that can be dialled.
    Phone,
    /// Not an e-mail address.
    Email,
    /// A first day after the last.
    RangeReversed,
    /// A symptom kind was not chosen.
    ChooseSymptom,
    /// A severity was not chosen.
    ChooseSeverity,
    /// Before the session it belongs to ended (it would not be assessed).
    BeforeSession,
    /// Further from today than any session or symptom can be (see [`within_reach`]).
    OutOfReach,
    /// A yes/no question (a fever) was not answered.
    ChooseAnswer,
    /// Not a body temperature (a number between 30.0 and 45.0 °C, 86.0 and 113.0 °F).
    Temperature {
        /// The unit the patient reads.
        unit: TemperatureUnit,
    },
}

impl Problem {
    /// The problem in words.
    pub(crate) fn text(self, words: &Words) -> String {
        match self {
            Problem::Required => words.get("field-error-required"),
            Problem::TooLong { max } => words.arg("field-error-too-long", "max", max),
            Problem::ControlCharacters => words.get("field-error-control"),
            Problem::NotAClock => words.get("field-error-clock"),
            Problem::NotADate => words.get("field-error-date"),
            Problem::UnknownZone => words.get("field-error-zone"),
            Problem::InFuture => words.get("field-error-future"),
            Problem::AppointmentPast => words.get("field-error-appointment-past"),
            Problem::EndsBeforeAppointment => words.get("field-error-before-appointment"),
            Problem::QuietHoursEmpty => words.get("field-error-quiet-empty"),
            Problem::Phone => words.get("field-error-phone"),
            Problem::Email => words.get("field-error-email"),
            Problem::RangeReversed => words.get("field-error-range"),
            Problem::ChooseSymptom => words.get("field-error-choose-symptom"),
            Problem::ChooseSeverity => words.get("field-error-choose-severity"),
            Problem::BeforeSession => words.get("field-error-before-session"),
            Problem::OutOfReach => words.get("field-error-out-of-reach"),
            Problem::ChooseAnswer => words.get("field-error-choose-answer"),
            Problem::Temperature { unit } => {
                let comma = words.locale().decimal_comma();
                let mut args = crate::text::Args::new();
                args.set("low", Temperature::LOWEST.text(unit, comma));
                args.set("high", Temperature::HIGHEST.text(unit, comma));
                args.set("example", temperature_example(unit, comma));
                words.args("field-error-temperature", &args)
            }
        }
    }
}

/// A temperature as an example of what to type ("38.4 °C").
pub(crate) fn temperature_example(unit: TemperatureUnit, decimal_comma: bool) -> String {
    Temperature { deci_celsius: 384 }.text(unit, decimal_comma)
}

/// The refused fields of a form after a save was tried.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Problems(BTreeMap<Field, Problem>);

impl Problems {
    /// Records a problem (the first one per field wins).
    pub(crate) fn add(&mut self, field: Field, problem: Problem) {
        self.0.entry(field).or_insert(problem);
    }

    /// Forgets a field's problem (it was edited).
    pub(crate) fn clear(&mut self, field: Field) {
        self.0.remove(&field);
    }

    /// Whether no field is refused.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A field's problem.
    pub(crate) fn get(&self, field: Field) -> Option<Problem> {
        self.0.get(&field).copied()
    }

    /// A field's problem in words.
    pub(crate) fn text(&self, field: Field, words: &Words) -> Option<String> {
        self.get(field).map(|p| p.text(words))
    }
}

/// The accessibility label of an input: its label, and its error when there is one.
pub(crate) fn spoken(label: &str, error: Option<&str>) -> String {
    super::model::sentences([label, error.unwrap_or("")])
}

/// A text input in the patient's words.
pub(crate) struct Input<'a> {
    /// Which field.
    pub(crate) field: Field,
    /// Its label's message id.
    pub(crate) label: &'a str,
    /// Its value as typed.
    pub(crate) value: &'a str,
    /// The keyboard.
    pub(crate) kind: InputKind,
    /// Whether it must be filled.
    pub(crate) required: bool,
    /// Its most characters.
    pub(crate) max_chars: Option<u32>,
}

impl Input<'_> {
    /// The model, with the hint `<label>.hint` if the message has one.
    pub(crate) fn model(&self, words: &Words, problems: &Problems) -> TextInput {
        let label = words.get(self.label);
        let error = problems.text(self.field, words);
        TextInput {
            field: self.field,
            accessibility_label: spoken(&label, error.as_deref()),
            label,
            value: self.value.to_string(),
            hint: words.attr(self.label, "hint"),
            error,
            kind: self.kind,
            max_chars: self.max_chars,
            required: self.required,
        }
    }
}

/// What a date-and-time input shows when nothing was chosen.
pub(crate) enum Unset {
    /// "Now" (the default for when something was noticed or a session ended).
    Now,
    /// "Not chosen yet"; the picker opens at `initial`.
    NotChosen { initial: DateTime<Utc> },
}

/// A date-and-time input; `at` is `None` until the patient picks one.
#[allow(clippy::too_many_arguments)]
pub(crate) fn time_input(
    words: &Words,
    field: Field,
    label: &str,
    at: Option<DateTime<Utc>>,
    unset: Unset,
    now: DateTime<Utc>,
    bounds: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
    problems: &Problems,
) -> DateTimeInput {
    let label = words.get(label);
    let (text, value) = match (at, unset) {
        (Some(at), _) => (words.stamp(at), at),
        (None, Unset::Now) => (words.get("time-now"), now),
        (None, Unset::NotChosen { initial }) => (words.get("time-not-chosen"), initial),
    };
    let error = problems.text(field, words);
    DateTimeInput {
        field,
        accessibility_label: spoken(&format!("{label}: {text}"), error.as_deref()),
        label,
        value,
        text,
        earliest: bounds.0,
        latest: bounds.1,
        error,
        // The app's language, which may not be the phone's (a platform "OK" would be).
        confirm_label: words.get("time-picker-confirm"),
        cancel_label: words.get("time-picker-cancel"),
    }
}

/// How far back a session or a symptom can be dated.
const REACH_BACK: chrono::TimeDelta = chrono::TimeDelta::days(10 * 366);
/// How far ahead a session can be booked.
const REACH_AHEAD: chrono::TimeDelta = chrono::TimeDelta::days(2 * 366);

/// Refuses a picked moment further than ten years back or two years ahead: a picker's slip
/// (the year 1970, the year 9999), never a real session or symptom.
pub(crate) fn within_reach(at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), Problem> {
    if at < now - REACH_BACK || at > now + REACH_AHEAD {
        Err(Problem::OutOfReach)
    } else {
        Ok(())
    }
}

/// Reads `HH:MM`.
pub(crate) fn clock(text: &str) -> Result<NaiveTime, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Required);
    }
    NaiveTime::parse_from_str(text, "%H:%M").map_err(|_| Problem::NotAClock)
}

/// Reads `YYYY-MM-DD`; empty is `None`.
pub(crate) fn day(text: &str) -> Result<Option<NaiveDate>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| Problem::NotADate)
}

/// Checks one line of free text: at most `max` characters, no control characters.
pub(crate) fn one_line(text: &str, max: usize) -> Result<(), Problem> {
    if text.chars().count() > max {
        return Err(Problem::TooLong {
            max: u32::try_from(max).unwrap_or(u32::MAX),
        });
    }
    if text.chars().any(char::is_control) {
        return Err(Problem::ControlCharacters);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Locale;

    #[test]
    fn clocks_days_and_lines_are_checked() {
        assert_eq!(
            clock(" 07:30 "),
            Ok(NaiveTime::from_hms_opt(7, 30, 0).unwrap())
        );
        assert_eq!(clock(""), Err(Problem::Required));
        assert_eq!(clock("7.30"), Err(Problem::NotAClock));
        assert_eq!(clock("25:00"), Err(Problem::NotAClock));
        assert_eq!(day(""), Ok(None));
        assert_eq!(day("2026-02-30"), Err(Problem::NotADate));
        assert_eq!(one_line("Glow", 4), Ok(()));
        assert_eq!(one_line("Glows", 4), Err(Problem::TooLong { max: 4 }));
        assert_eq!(one_line("a\nb", 10), Err(Problem::ControlCharacters));
    }

    #[test]
    fn every_problem_has_words_in_every_locale() {
        let all = [
            Problem::Required,
            Problem::TooLong { max: 120 },
            Problem::ControlCharacters,
            Problem::NotAClock,
            Problem::NotADate,
            Problem::UnknownZone,
            Problem::InFuture,
            Problem::AppointmentPast,
            Problem::EndsBeforeAppointment,
            Problem::QuietHoursEmpty,
            Problem::Phone,
            Problem::Email,
            Problem::RangeReversed,
            Problem::ChooseSymptom,
            Problem::ChooseSeverity,
            Problem::BeforeSession,
            Problem::OutOfReach,
            Problem::ChooseAnswer,
            Problem::Temperature {
                unit: TemperatureUnit::Celsius,
            },
            Problem::Temperature {
                unit: TemperatureUnit::Fahrenheit,
            },
        ];
        for locale in Locale::ALL {
            let words = Words::new(locale, chrono_tz::UTC);
            for problem in all {
                let text = problem.text(&words);
                assert!(!text.starts_with("field-error"), "{locale}: {problem:?}");
                assert!(!text.contains('{'), "{locale}: {text}");
            }
        }
        let words = Words::new(Locale::En, chrono_tz::UTC);
        assert!(Problem::TooLong { max: 120 }.text(&words).contains("120"));
        assert_eq!(
            Problem::Temperature {
                unit: TemperatureUnit::Fahrenheit
            }
            .text(&words),
            "Use a temperature between 86.0\u{a0}°F and 113.0\u{a0}°F, like 101.1\u{a0}°F."
        );
        let es = Words::new(Locale::Es, chrono_tz::UTC);
        assert!(
            Problem::Temperature {
                unit: TemperatureUnit::Celsius
            }
            .text(&es)
            .contains("38,4\u{a0}°C")
        );
    }
}
