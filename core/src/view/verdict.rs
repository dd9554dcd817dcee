//! The verdict in a few words: one label for the level, and a headline that says why ("Swelling
//! 4/10 this morning"), as Today (the app and the CLI) and the triage screen show it.

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::local_time::{Style, format_local};
use crate::symptom::{SymptomEntry, TemperatureUnit};
use crate::text::{Args, Locale, Texts};
use crate::triage::{AssessmentView, CLOCK_SLACK, TriageLevel};

/// What the log says, in a label and a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct VerdictView {
    /// The level.
    pub level: TriageLevel,
    /// Whether anything was logged or checked in since the session ended. Without, the label
    /// says so in a neutral tone instead of "fits normal healing".
    pub logged: bool,
    /// The one label: the level in short words, or "Nothing logged yet".
    pub label: String,
    /// Why, in a few words, without repeating the label: "Swelling 4/10 this morning".
    pub headline: String,
    /// The headline as a screen reader says it: "Swelling, 4 of 10, this morning".
    pub headline_spoken: String,
    /// What to do.
    pub advice: String,
}

/// A logged moment the headline can name.
enum Said<'a> {
    /// A symptom entry rated 0–10.
    Entry {
        severity: u8,
        at: DateTime<Utc>,
        name: &'a str,
    },
    /// A symptom answered yes or no (a fever), with its temperature if measured: "yes, 38.4 °C
    /// measured", never "10/10".
    Answered {
        answer: String,
        at: DateTime<Utc>,
        name: &'a str,
    },
    /// "All fine today".
    AllFine(DateTime<Utc>),
}

impl<'a> Said<'a> {
    /// An entry as logged: a score, or an answer.
    fn of(
        severity: u8,
        yes_no: bool,
        temperature: Option<&str>,
        at: DateTime<Utc>,
        name: &'a str,
        texts: &Texts<'_>,
    ) -> Said<'a> {
        if yes_no || temperature.is_some() {
            let answer = crate::view::answer_text(
                severity,
                yes_no,
                temperature,
                |score| score.to_string(),
                texts,
            );
            Said::Answered { answer, at, name }
        } else {
            Said::Entry { severity, at, name }
        }
    }
}

impl VerdictView {
    /// The verdict of `view` at `now` in the patient's `zone`. `entries` are the session's (the
    /// latest assessed one is named when nothing needs attention); `ended` is when the session
    /// ended; a measured temperature is said in `unit`.
    pub fn new(
        view: &AssessmentView,
        entries: &[SymptomEntry],
        ended: DateTime<Utc>,
        now: DateTime<Utc>,
        zone: Tz,
        unit: TemperatureUnit,
    ) -> VerdictView {
        let locale = view.locale;
        // Addressed as the assessment is: after an at-home roller, "a healthcare professional".
        let texts = Texts::new(locale).for_who(view.who);
        let checked_in = view.checked_in.as_ref().map(|s| s.utc);
        let names: Vec<String> = entries
            .iter()
            .map(|e| crate::view::symptom_name(e.kind, &texts))
            .collect();
        let latest_entry = entries
            .iter()
            .zip(&names)
            .filter(|(e, _)| ended <= e.observed_at && e.observed_at <= now + CLOCK_SLACK)
            .max_by_key(|(e, _)| (e.observed_at, e.id))
            .map(|(e, name)| {
                let temperature = e.temperature.map(|t| t.text(unit, locale.decimal_comma()));
                Said::of(
                    e.severity,
                    e.yes_no,
                    temperature.as_deref(),
                    e.observed_at,
                    name,
                    &texts,
                )
            });
        let words = Words {
            texts,
            zone,
            now,
            locale,
        };
        let mut label = texts.get(&format!("level-label-{}", view.level.code()), None);
        let mut logged = true;
        let (headline, headline_spoken) = match view.reasons.first() {
            None => {
                let said = match (latest_entry, checked_in) {
                    (Some(Said::Entry { at, .. }), Some(fine)) if fine > at => {
                        Some(Said::AllFine(fine))
                    }
                    (Some(entry), _) => Some(entry),
                    (None, Some(fine)) => Some(Said::AllFine(fine)),
                    (None, None) => None,
                };
                match said {
                    Some(said) => words.said(&said),
                    // Entries dated before the session ended are not assessed, but they were
                    // logged: the assessment's own words say so, not "nothing logged".
                    None if view.level == TriageLevel::Normal && entries.is_empty() => {
                        logged = false;
                        label = texts.get("verdict-nothing-logged", None);
                        let text = texts.get("verdict-nothing-logged-headline", None);
                        (text.clone(), text)
                    }
                    None => {
                        let text = view.headline.clone();
                        (text.clone(), text)
                    }
                }
            }
            Some(reason) => {
                // The latest entry behind the most urgent reason says why in the fewest words.
                let (mut text, mut spoken) = match reason.entries.last() {
                    Some(entry) => words.said(&Said::of(
                        entry.severity,
                        entry.yes_no,
                        entry.temperature.as_deref(),
                        entry.observed.utc,
                        &entry.symptom,
                        &texts,
                    )),
                    None => (reason.title.clone(), reason.title.clone()),
                };
                let others = view.reasons.len() - 1;
                if others > 0 {
                    let more = |headline: &str| {
                        let mut args = Args::new();
                        args.set("headline", headline.to_string());
                        args.set("count", others);
                        texts.get("verdict-and-more", Some(&args))
                    };
                    text = more(&text);
                    spoken = more(&spoken);
                }
                let last_entry = reason.entries.last().map(|e| e.observed.utc);
                if let Some(fine) = checked_in.filter(|fine| last_entry.is_none_or(|e| *fine > e)) {
                    let then = |headline: &str| {
                        let mut args = Args::new();
                        args.set("headline", headline.to_string());
                        args.set("when", words.when(fine));
                        texts.get("verdict-then-all-fine", Some(&args))
                    };
                    text = then(&text);
                    spoken = then(&spoken);
                }
                (text, spoken)
            }
        };
        VerdictView {
            level: view.level,
            logged,
            label,
            headline,
            headline_spoken,
            advice: view.advice.clone(),
        }
    }
}

impl VerdictView {
    /// What an "All fine today" check-in answers, in one line: "Checked in for today." and the
    /// verdict (its label alone when all is normal, its label and reason otherwise), as the
    /// app's message and the CLI both say it.
    pub fn checked_in_message(&self, texts: &Texts<'_>) -> String {
        let verdict = if self.level == TriageLevel::Normal {
            self.label.clone()
        } else {
            let mut args = Args::new();
            args.set("label", self.label.clone());
            args.set("headline", self.headline.clone());
            texts.get("message-verdict", Some(&args))
        };
        crate::app::sentences([texts.get("message-checked-in", None).as_str(), &verdict])
    }
}

/// Words for moments relative to now.
struct Words<'t> {
    texts: Texts<'t>,
    zone: Tz,
    now: DateTime<Utc>,
    locale: Locale,
}

impl Words<'_> {
    /// "this morning", "yesterday", "on Sat 21 Nov".
    fn when(&self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&self.zone);
        let today = self.now.with_timezone(&self.zone).date_naive();
        let day = local.date_naive();
        // A moment a few minutes ahead (another device's clock) is still today.
        let key = if day >= today {
            match local.hour() {
                0..=5 => "verdict-when-early",
                6..=11 => "verdict-when-morning",
                12..=19 => "verdict-when-afternoon",
                _ => "verdict-when-evening",
            }
        } else if today.pred_opt() == Some(day) {
            "verdict-when-yesterday"
        } else {
            let mut args = Args::new();
            args.set(
                "date",
                format_local(at, self.zone, self.locale, Style::Date),
            );
            return self.texts.get("verdict-when-on", Some(&args));
        };
        self.texts.get(key, None)
    }

    /// What was logged and when, written and spoken.
    fn said(&self, said: &Said<'_>) -> (String, String) {
        match said {
            Said::Entry { severity, at, name } => {
                let mut args = Args::new();
                args.set("symptom", name.to_string());
                args.set("severity", *severity);
                args.set("when", self.when(*at));
                (
                    self.texts.get("verdict-entry", Some(&args)),
                    self.texts.get("verdict-entry-spoken", Some(&args)),
                )
            }
            Said::Answered { answer, at, name } => {
                let mut args = Args::new();
                args.set("symptom", name.to_string());
                args.set("answer", answer.clone());
                args.set("when", self.when(*at));
                let text = self.texts.get("verdict-answer", Some(&args));
                (text.clone(), text)
            }
            Said::AllFine(at) => {
                let mut args = Args::new();
                args.set("when", self.when(*at));
                let text = self.texts.get("verdict-all-fine", Some(&args));
                (text.clone(), text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeDelta, TimeZone};

    use super::*;
    use crate::symptom::{BodyArea, SymptomKind};
    use crate::triage::assess;

    const MADRID: Tz = chrono_tz::Europe::Madrid;

    fn ended() -> DateTime<Utc> {
        // Fri 20 Nov 2026, 09:00 in Madrid.
        Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap()
    }

    fn redness(id: i64, at: DateTime<Utc>) -> SymptomEntry {
        SymptomEntry {
            id,
            session_id: 1,
            kind: SymptomKind::Redness,
            severity: 3,
            observed_at: at,
            area: BodyArea::Cheeks,
            note: String::new(),
            yes_no: false,
            temperature: None,
        }
    }

    fn verdict(entries: &[SymptomEntry], now: DateTime<Utc>, locale: Locale) -> VerdictView {
        let plan = crate::plan::microneedling_plan(ended(), MADRID);
        let view =
            AssessmentView::new(&plan, &assess(&plan, entries, now), entries, locale, MADRID);
        VerdictView::new(
            &view,
            entries,
            ended(),
            now,
            MADRID,
            TemperatureUnit::Celsius,
        )
    }

    #[test]
    fn the_reason_says_when_in_words_relative_to_now() {
        // Now: Sat 21 Nov, 22:30 in Madrid.
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 21, 30, 0).unwrap();
        let madrid = |d: u32, h: u32| {
            MADRID
                .with_ymd_and_hms(2026, 11, d, h, 15, 0)
                .unwrap()
                .with_timezone(&Utc)
        };
        for (at, en, es) in [
            (madrid(21, 3), "early this morning", "esta madrugada"),
            (madrid(21, 9), "this morning", "esta mañana"),
            (madrid(21, 15), "this afternoon", "esta tarde"),
            (madrid(21, 21), "this evening", "esta noche"),
            (madrid(20, 21), "yesterday", "ayer"),
        ] {
            let entries = [redness(1, at)];
            let v = verdict(&entries, now, Locale::En);
            assert!(v.logged);
            assert_eq!(v.label, "Fits normal healing");
            assert_eq!(v.headline, format!("Redness 3/10 {en}"));
            assert_eq!(v.headline_spoken, format!("Redness, 3 of 10, {en}"));
            let v = verdict(&entries, now, Locale::Es);
            assert_eq!(v.headline, format!("Enrojecimiento 3/10 {es}"));
        }
        let week = now + TimeDelta::days(2);
        let v = verdict(&[redness(1, madrid(21, 9))], week, Locale::En);
        assert_eq!(v.headline, "Redness 3/10 on Sat 21 Nov");
    }

    #[test]
    fn only_an_empty_log_reads_as_nothing_logged() {
        let now = ended() + TimeDelta::hours(30);
        let v = verdict(&[], now, Locale::En);
        assert!(!v.logged);
        assert_eq!(v.label, "Nothing logged yet");
        // Entries dated before the session ended are not judged, but they were logged.
        let v = verdict(
            &[redness(1, ended() - TimeDelta::hours(1))],
            now,
            Locale::En,
        );
        assert!(v.logged);
        assert_eq!(v.label, "Fits normal healing");
    }
}
