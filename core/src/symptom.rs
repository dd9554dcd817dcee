//! The vocabulary of symptoms and body areas shared by protocols, the journal and triage.

use serde::{Deserialize, Serialize};

/// A kind of symptom a patient can log, as a clinic sheet names it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum SymptomKind {
    /// Redness (erythema), like a mild sunburn.
    Redness,
    /// Swelling (oedema).
    Swelling,
    /// Pain or soreness.
    Pain,
    /// Itching.
    Itching,
    /// A burning or stinging feeling.
    Burning,
    /// Dry skin, flaking or peeling.
    DrynessFlaking,
    /// A tight feeling.
    Tightness,
    /// Bruising.
    Bruising,
    /// Bleeding.
    Bleeding,
    /// Acne-like breakouts.
    Breakouts,
    /// Bumps or nodules.
    Bumps,
    /// Blisters.
    Blisters,
    /// Pus, drainage or oozing.
    PusDrainage,
    /// Skin that feels warm or hot.
    Warmth,
    /// Fever or chills.
    Fever,
    /// Dark patches (hyperpigmentation).
    DarkPatches,
    /// Hives (raised, itchy welts) or an itchy rash.
    HivesRash,
    /// Swelling of the lips, tongue or throat.
    LipsTongueThroatSwelling,
    /// Trouble breathing or swallowing.
    TroubleBreathing,
    /// Feeling faint or dizzy.
    Faintness,
    /// Redness spreading beyond the treated area, or red streaks.
    SpreadingRedness,
    /// Eye pain, or an eye swollen shut.
    EyePain,
    /// A change in vision.
    VisionChange,
    /// Broken, raw or weeping skin.
    RawSkin,
    /// White, grey or darkened skin (after an energy device: a burn).
    SkinColourChange,
    /// Numbness or tingling.
    Numbness,
    /// Pain, swelling or redness where blood was drawn (PRP).
    DrawSite,
    /// Anything else, described in the note.
    Other,
}

impl SymptomKind {
    /// Every kind, in the order a symptom picker shows them.
    pub const ALL: [SymptomKind; 28] = [
        SymptomKind::Redness,
        SymptomKind::Swelling,
        SymptomKind::Pain,
        SymptomKind::Itching,
        SymptomKind::Burning,
        SymptomKind::DrynessFlaking,
        SymptomKind::Tightness,
        SymptomKind::Bruising,
        SymptomKind::Bleeding,
        SymptomKind::Breakouts,
        SymptomKind::Bumps,
        SymptomKind::Blisters,
        SymptomKind::PusDrainage,
        SymptomKind::Warmth,
        SymptomKind::Fever,
        SymptomKind::DarkPatches,
        SymptomKind::HivesRash,
        SymptomKind::LipsTongueThroatSwelling,
        SymptomKind::TroubleBreathing,
        SymptomKind::Faintness,
        SymptomKind::SpreadingRedness,
        SymptomKind::EyePain,
        SymptomKind::VisionChange,
        SymptomKind::RawSkin,
        SymptomKind::SkinColourChange,
        SymptomKind::Numbness,
        SymptomKind::DrawSite,
        SymptomKind::Other,
    ];

    /// The stable snake_case code used in files, JSON and text keys.
    pub fn code(self) -> &'static str {
        match self {
            SymptomKind::Redness => "redness",
            SymptomKind::Swelling => "swelling",
            SymptomKind::Pain => "pain",
            SymptomKind::Itching => "itching",
            SymptomKind::Burning => "burning",
            SymptomKind::DrynessFlaking => "dryness_flaking",
            SymptomKind::Tightness => "tightness",
            SymptomKind::Bruising => "bruising",
            SymptomKind::Bleeding => "bleeding",
            SymptomKind::Breakouts => "breakouts",
            SymptomKind::Bumps => "bumps",
            SymptomKind::Blisters => "blisters",
            SymptomKind::PusDrainage => "pus_drainage",
            SymptomKind::Warmth => "warmth",
            SymptomKind::Fever => "fever",
            SymptomKind::DarkPatches => "dark_patches",
            SymptomKind::HivesRash => "hives_rash",
            SymptomKind::LipsTongueThroatSwelling => "lips_tongue_throat_swelling",
            SymptomKind::TroubleBreathing => "trouble_breathing",
            SymptomKind::Faintness => "faintness",
            SymptomKind::SpreadingRedness => "spreading_redness",
            SymptomKind::EyePain => "eye_pain",
            SymptomKind::VisionChange => "vision_change",
            SymptomKind::RawSkin => "raw_skin",
            SymptomKind::SkinColourChange => "skin_colour_change",
            SymptomKind::Numbness => "numbness",
            SymptomKind::DrawSite => "draw_site",
            SymptomKind::Other => "other",
        }
    }

    /// Looks a kind up by its code.
    pub fn from_code(code: &str) -> Option<SymptomKind> {
        SymptomKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the patient answers it yes or no rather than 0–10: a fever is there or not
    /// (with a temperature if they measured one); everything else is rated 0–10.
    pub fn answered_yes_no(self) -> bool {
        self == SymptomKind::Fever
    }
}

/// The severity a "yes" is stored as. Every "yes" raises what a 0–10 score at any level raises,
/// and a "no" is 0, the same "none" on both scales.
pub const YES: u8 = 10;

/// A body temperature the patient measured, in tenths of a degree Celsius (38.4 °C is 384), so
/// it compares exactly; shown in °C or °F by the patient's region.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Record,
)]
pub struct Temperature {
    /// Tenths of a degree Celsius.
    pub deci_celsius: u16,
}

/// How a temperature is written for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum TemperatureUnit {
    /// Degrees Celsius.
    Celsius,
    /// Degrees Fahrenheit.
    Fahrenheit,
}

impl TemperatureUnit {
    /// The unit's symbol ("°C").
    pub fn symbol(self) -> &'static str {
        match self {
            TemperatureUnit::Celsius => "°C",
            TemperatureUnit::Fahrenheit => "°F",
        }
    }
}

impl Temperature {
    /// The lowest reading accepted: below it a thermometer was misread (or not on the body).
    pub const LOWEST: Temperature = Temperature { deci_celsius: 300 };
    /// The highest reading accepted.
    pub const HIGHEST: Temperature = Temperature { deci_celsius: 450 };
    /// A measured fever: 38.0 °C (100.4 °F) or more (clinical-rules.md, C14).
    pub const FEVER: Temperature = Temperature { deci_celsius: 380 };

    /// A temperature from degrees in `unit`, rounded to a tenth of a degree Celsius; `None`
    /// for a value that is not a number.
    pub fn from_degrees(value: f64, unit: TemperatureUnit) -> Option<Temperature> {
        if !value.is_finite() {
            return None;
        }
        let celsius = match unit {
            TemperatureUnit::Celsius => value,
            TemperatureUnit::Fahrenheit => (value - 32.0) * 5.0 / 9.0,
        };
        let tenths = (celsius * 10.0).round();
        // Out of range the cast saturates, and `then_some` drops the value.
        (0.0..=f64::from(u16::MAX))
            .contains(&tenths)
            .then_some(Temperature {
                deci_celsius: tenths as u16,
            })
    }

    /// Reads what a patient typed: "38.4", "38,4", "101.3", with an optional unit ("38.4 °C",
    /// "101F"); a number without a unit is in `unit`.
    pub fn parse(text: &str, unit: TemperatureUnit) -> Option<Temperature> {
        let text = text.trim();
        let lower = text.to_lowercase();
        let (number, unit) = if let Some(rest) = lower.strip_suffix('c') {
            (rest, TemperatureUnit::Celsius)
        } else if let Some(rest) = lower.strip_suffix('f') {
            (rest, TemperatureUnit::Fahrenheit)
        } else {
            (lower.as_str(), unit)
        };
        let number = number.trim().trim_end_matches('°').trim().replace(',', ".");
        if number.is_empty()
            || !number.chars().all(|c| c.is_ascii_digit() || c == '.')
            || number.matches('.').count() > 1
        {
            return None;
        }
        Temperature::from_degrees(number.parse().ok()?, unit)
    }

    /// Degrees in `unit`, to one decimal.
    pub fn degrees(self, unit: TemperatureUnit) -> f64 {
        let celsius = f64::from(self.deci_celsius) / 10.0;
        let value = match unit {
            TemperatureUnit::Celsius => celsius,
            TemperatureUnit::Fahrenheit => celsius * 9.0 / 5.0 + 32.0,
        };
        (value * 10.0).round() / 10.0
    }

    /// Written for a person: "38.4 °C", "101.1 °F" (with a decimal comma where the language
    /// writes one).
    pub fn text(self, unit: TemperatureUnit, decimal_comma: bool) -> String {
        let number = format!("{:.1}", self.degrees(unit));
        let number = if decimal_comma {
            number.replace('.', ",")
        } else {
            number
        };
        format!("{number}\u{a0}{}", unit.symbol())
    }

    /// Whether it is a measured fever ([`Temperature::FEVER`] or more).
    pub fn is_fever(self) -> bool {
        self >= Temperature::FEVER
    }
}

/// Where on the body a symptom is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum BodyArea {
    /// The whole treated area.
    WholeArea,
    /// Forehead.
    Forehead,
    /// Around the eyes.
    AroundEyes,
    /// Cheeks.
    Cheeks,
    /// Nose.
    Nose,
    /// Lips and the skin around the mouth.
    LipsMouth,
    /// Chin and jawline.
    ChinJaw,
    /// Neck.
    Neck,
    /// Chest or décolletage.
    Chest,
    /// Scalp.
    Scalp,
    /// Hands.
    Hands,
    /// Arms.
    Arms,
    /// Abdomen.
    Abdomen,
    /// Back.
    Back,
    /// Legs.
    Legs,
    /// Somewhere else, described in the note.
    Other,
}

impl BodyArea {
    /// Every area, in picker order.
    pub const ALL: [BodyArea; 16] = [
        BodyArea::WholeArea,
        BodyArea::Forehead,
        BodyArea::AroundEyes,
        BodyArea::Cheeks,
        BodyArea::Nose,
        BodyArea::LipsMouth,
        BodyArea::ChinJaw,
        BodyArea::Neck,
        BodyArea::Chest,
        BodyArea::Scalp,
        BodyArea::Hands,
        BodyArea::Arms,
        BodyArea::Abdomen,
        BodyArea::Back,
        BodyArea::Legs,
        BodyArea::Other,
    ];

    /// The stable snake_case code used in files, JSON and text keys.
    pub fn code(self) -> &'static str {
        match self {
            BodyArea::WholeArea => "whole_area",
            BodyArea::Forehead => "forehead",
            BodyArea::AroundEyes => "around_eyes",
            BodyArea::Cheeks => "cheeks",
            BodyArea::Nose => "nose",
            BodyArea::LipsMouth => "lips_mouth",
            BodyArea::ChinJaw => "chin_jaw",
            BodyArea::Neck => "neck",
            BodyArea::Chest => "chest",
            BodyArea::Scalp => "scalp",
            BodyArea::Hands => "hands",
            BodyArea::Arms => "arms",
            BodyArea::Abdomen => "abdomen",
            BodyArea::Back => "back",
            BodyArea::Legs => "legs",
            BodyArea::Other => "other",
        }
    }
}

/// The longest note on an entry, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A symptom as the patient enters it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct NewSymptom {
    /// What it is.
    pub kind: SymptomKind,
    /// How bad, 0 (none) to 10 (worst imaginable).
    pub severity: u8,
    /// When the patient noticed it.
    pub observed_at: chrono::DateTime<chrono::Utc>,
    /// Where.
    pub area: BodyArea,
    /// Free text; may be empty.
    pub note: String,
    /// Whether `severity` answers yes ([`YES`]) or no (0) rather than rating 0–10 (a fever).
    /// Entries logged before yes/no answers existed, and `log --severity N`, are rated 0–10 and
    /// keep their meaning.
    #[serde(default)]
    #[uniffi(default = false)]
    pub yes_no: bool,
    /// A temperature the patient measured, if they did (fever).
    #[serde(default)]
    #[uniffi(default = None)]
    pub temperature: Option<Temperature>,
}

/// Why a symptom entry was refused. Messages name the field, never the patient's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SymptomError {
    /// Severity above 10.
    #[error("severity: must be between 0 and 10")]
    Severity,
    /// A note longer than [`MAX_NOTE_CHARS`].
    #[error("note: at most 2000 characters")]
    NoteTooLong,
    /// A note with control characters other than line breaks and tabs.
    #[error("note: contains control characters")]
    NoteControl,
    /// A yes/no answer that is neither 0 nor [`YES`].
    #[error("severity: a yes/no answer is 0 (no) or 10 (yes)")]
    YesNo,
    /// A temperature no thermometer on a living person reads.
    #[error("temperature: must be between 30.0 and 45.0 °C (86.0 and 113.0 °F)")]
    Temperature,
    /// A temperature on a symptom that is not a fever.
    #[error("temperature: only a fever entry has a temperature")]
    TemperatureNotFever,
}

impl NewSymptom {
    /// Checks the entry's own fields.
    pub fn validate(&self) -> Result<(), SymptomError> {
        if self.severity > 10 {
            return Err(SymptomError::Severity);
        }
        if self.yes_no && !matches!(self.severity, 0 | YES) {
            return Err(SymptomError::YesNo);
        }
        if let Some(temperature) = self.temperature {
            if self.kind != SymptomKind::Fever {
                return Err(SymptomError::TemperatureNotFever);
            }
            if !(Temperature::LOWEST..=Temperature::HIGHEST).contains(&temperature) {
                return Err(SymptomError::Temperature);
            }
        }
        check_note(&self.note)
    }
}

/// Checks a free-text note: at most [`MAX_NOTE_CHARS`], no control characters but line breaks
/// and tabs.
pub fn check_note(note: &str) -> Result<(), SymptomError> {
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(SymptomError::NoteTooLong);
    }
    if note
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(SymptomError::NoteControl);
    }
    Ok(())
}

/// A logged symptom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct SymptomEntry {
    /// Its id in the journal.
    pub id: i64,
    /// The session it belongs to.
    pub session_id: i64,
    /// What it is.
    pub kind: SymptomKind,
    /// How bad, 0 to 10.
    pub severity: u8,
    /// When the patient noticed it.
    pub observed_at: chrono::DateTime<chrono::Utc>,
    /// Where.
    pub area: BodyArea,
    /// Free text.
    pub note: String,
    /// Whether `severity` answers yes ([`YES`]) or no (0) rather than rating 0–10.
    #[serde(default)]
    pub yes_no: bool,
    /// A temperature the patient measured, if they did.
    #[serde(default)]
    pub temperature: Option<Temperature>,
}

impl SymptomEntry {
    /// Whether the symptom was there: a score above 0, a "yes", or a measured fever.
    pub fn present(&self) -> bool {
        self.severity > 0 || self.temperature.is_some_and(Temperature::is_fever)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_symptoms_are_checked() {
        let ok = NewSymptom {
            kind: SymptomKind::Redness,
            severity: 10,
            observed_at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
            area: BodyArea::Cheeks,
            note: "line one\nline two\ttab".to_string(),
            yes_no: false,
            temperature: None,
        };
        assert_eq!(ok.validate(), Ok(()));
        let bad = NewSymptom {
            severity: 11,
            ..ok.clone()
        };
        assert_eq!(bad.validate(), Err(SymptomError::Severity));
        let long = NewSymptom {
            note: "é".repeat(MAX_NOTE_CHARS + 1),
            ..ok.clone()
        };
        assert_eq!(long.validate(), Err(SymptomError::NoteTooLong));
        let control = NewSymptom {
            note: "a\u{0}b".to_string(),
            ..ok
        };
        assert_eq!(control.validate(), Err(SymptomError::NoteControl));
    }

    #[test]
    fn yes_no_answers_and_temperatures_are_checked() {
        let fever = NewSymptom {
            kind: SymptomKind::Fever,
            severity: YES,
            observed_at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
            area: BodyArea::WholeArea,
            note: String::new(),
            yes_no: true,
            temperature: Temperature::parse("38.4", TemperatureUnit::Celsius),
        };
        assert_eq!(fever.validate(), Ok(()));
        let half = NewSymptom {
            severity: 5,
            ..fever.clone()
        };
        assert_eq!(half.validate(), Err(SymptomError::YesNo));
        let cold = NewSymptom {
            temperature: Some(Temperature { deci_celsius: 299 }),
            ..fever.clone()
        };
        assert_eq!(cold.validate(), Err(SymptomError::Temperature));
        let redness = NewSymptom {
            kind: SymptomKind::Redness,
            yes_no: false,
            severity: 3,
            ..fever
        };
        assert_eq!(redness.validate(), Err(SymptomError::TemperatureNotFever));
    }

    #[test]
    fn temperatures_read_and_write_in_both_units() {
        let c = TemperatureUnit::Celsius;
        let f = TemperatureUnit::Fahrenheit;
        let t = |text, unit| Temperature::parse(text, unit).map(|t| t.deci_celsius);
        assert_eq!(t("38.4", c), Some(384));
        assert_eq!(t("38,4", c), Some(384));
        assert_eq!(t(" 38.4 °C ", f), Some(384));
        assert_eq!(t("100.4", f), Some(380));
        assert_eq!(t("100.4F", c), Some(380));
        assert_eq!(t("101 °F", c), Some(383));
        for bad in ["", "abc", "38..4", "-38", "3 8", "1e3", "NaN", "inf"] {
            assert_eq!(t(bad, c), None, "{bad:?}");
        }
        let fever = Temperature::FEVER;
        assert!(fever.is_fever());
        assert!(!Temperature { deci_celsius: 379 }.is_fever());
        assert_eq!(fever.text(c, false), "38.0\u{a0}°C");
        assert_eq!(fever.text(f, false), "100.4\u{a0}°F");
        assert_eq!(
            Temperature { deci_celsius: 384 }.text(c, true),
            "38,4\u{a0}°C"
        );
        // Every tenth of a degree Celsius survives a round trip through Fahrenheit text.
        for tenths in Temperature::LOWEST.deci_celsius..=Temperature::HIGHEST.deci_celsius {
            let temperature = Temperature {
                deci_celsius: tenths,
            };
            let written = format!("{:.1}", temperature.degrees(f));
            assert_eq!(
                Temperature::parse(&written, f),
                Some(temperature),
                "{written}"
            );
        }
    }

    #[test]
    fn codes_match_serde_names_and_round_trip() {
        for kind in SymptomKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
            assert_eq!(SymptomKind::from_code(kind.code()), Some(kind));
        }
        for area in BodyArea::ALL {
            let json = serde_json::to_string(&area).unwrap();
            assert_eq!(json, format!("\"{}\"", area.code()));
        }
    }
}
