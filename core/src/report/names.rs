//! The names a report repeats on every row (symptoms, body areas), looked up once per report:
//! a year of entries would otherwise format the same few messages thousands of times.

use std::collections::HashMap;

use crate::symptom::{BodyArea, SymptomEntry, SymptomKind, TemperatureUnit};
use crate::text::Texts;
use crate::view::{area_name, symptom_name};

/// Every symptom's and body area's name in one language.
pub(crate) struct Names {
    symptoms: HashMap<SymptomKind, String>,
    areas: HashMap<BodyArea, String>,
}

impl Names {
    /// The names in `texts`' language.
    pub(crate) fn new(texts: &Texts<'_>) -> Names {
        Names {
            symptoms: SymptomKind::ALL
                .iter()
                .map(|&k| (k, symptom_name(k, texts)))
                .collect(),
            areas: BodyArea::ALL
                .iter()
                .map(|&a| (a, area_name(a, texts)))
                .collect(),
        }
    }

    /// A symptom's name ("Redness").
    pub(crate) fn symptom(&self, kind: SymptomKind) -> &str {
        self.symptoms.get(&kind).map_or("", String::as_str)
    }

    /// A body area's name ("Cheeks").
    pub(crate) fn area(&self, area: BodyArea) -> &str {
        self.areas.get(&area).map_or("", String::as_str)
    }
}

/// An entry's answer for a clinician: the 0–10 score ("6"), or "yes"/"no" for a symptom answered
/// yes or no, with a measured temperature in °C ("yes, 38.4 °C"): reports use °C whatever the
/// phone's region, as clinical records do.
pub(crate) fn answer_text(entry: &SymptomEntry, texts: &Texts<'_>) -> String {
    let temperature = entry
        .temperature
        .map(|t| t.text(TemperatureUnit::Celsius, texts.locale().decimal_comma()));
    crate::view::answer_text(
        entry.severity,
        entry.yes_no,
        temperature.as_deref(),
        |score| score.to_string(),
        texts,
    )
}
