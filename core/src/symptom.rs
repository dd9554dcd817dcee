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
    /// Anything else, described in the note.
    Other,
}

impl SymptomKind {
    /// Every kind, in the order a symptom picker shows them.
    pub const ALL: [SymptomKind; 17] = [
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
            SymptomKind::Other => "other",
        }
    }

    /// Looks a kind up by its code.
    pub fn from_code(code: &str) -> Option<SymptomKind> {
        SymptomKind::ALL.into_iter().find(|k| k.code() == code)
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
}

impl NewSymptom {
    /// Checks the entry's own fields.
    pub fn validate(&self) -> Result<(), SymptomError> {
        if self.severity > 10 {
            return Err(SymptomError::Severity);
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
