//! One rule of a protocol: what is normal, what to avoid, what to do, what to watch for.

use serde::{Deserialize, Serialize};

use super::red_flag::RedFlag;
use super::series::SeriesRule;
use super::window::Window;
use crate::symptom::SymptomKind;

/// What an instruction is about; shells use it for icons and reminders for categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Makeup and cosmetics.
    Makeup,
    /// Workouts and sweating.
    Exercise,
    /// Swimming, sauna, hot tubs and steam.
    HeatAndWater,
    /// Sun exposure and tanning.
    Sun,
    /// Sunscreen.
    SunProtection,
    /// Retinoids, acids, vitamin C, benzoyl peroxide, scrubs.
    Actives,
    /// Which products touch the skin (gentle, fragrance-free, approved only).
    Skincare,
    /// Washing the treated area.
    Cleansing,
    /// Medicines such as NSAIDs, aspirin, antivirals.
    Medication,
    /// Waxing, depilatory creams, electrolysis.
    HairRemoval,
    /// Drinking water and moisturising.
    Hydration,
    /// Looking at the skin and deciding whether to go ahead.
    SkinCheck,
    /// Cleaning and storing a device.
    DeviceHygiene,
    /// Looking at the skin and logging how it feels.
    CheckIn,
    /// Anything else.
    Other,
}

/// When a routine is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "every", deny_unknown_fields)]
pub enum Schedule {
    /// Once, when the window opens.
    Once,
    /// Every day inside the window at the patient's time for the slot (local wall clock).
    Daily {
        /// Which of the patient's daily times it follows.
        slot: DaySlot,
    },
}

/// A time of day the patient sets once (wake time, evening check-in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DaySlot {
    /// The patient's morning (wake) time.
    Morning,
    /// The patient's evening check-in time.
    Evening,
}

/// The kind of a rule and what only that kind carries.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// A symptom that is a normal part of healing inside the window.
    ExpectedSymptom {
        /// The symptoms that are expected.
        symptoms: Vec<SymptomKind>,
        /// The highest severity that is still expected (e.g. only light pinpoint bleeding).
        max_severity: u8,
    },
    /// Something to avoid inside the window.
    Restriction {
        /// What is restricted.
        topic: Topic,
    },
    /// Something to do inside the window.
    Routine {
        /// What the routine is about.
        topic: Topic,
        /// When it is due.
        schedule: Schedule,
    },
    /// A step to take before the next session.
    Preparation {
        /// What the step is about.
        topic: Topic,
    },
    /// A sign to contact the provider about.
    RedFlag(RedFlag),
    /// Sessions, spacing and maintenance.
    Series(SeriesRule),
}

impl RuleKind {
    /// The kind's name as written in protocol files.
    pub fn tag(&self) -> &'static str {
        match self {
            RuleKind::ExpectedSymptom { .. } => "expected_symptom",
            RuleKind::Restriction { .. } => "restriction",
            RuleKind::Routine { .. } => "routine",
            RuleKind::Preparation { .. } => "preparation",
            RuleKind::RedFlag(_) => "red_flag",
            RuleKind::Series(_) => "series",
        }
    }
}

impl Rule {
    /// Whether this is an expected-symptom rule naming `kind`, at whatever severity.
    pub fn names_expected(&self, kind: SymptomKind) -> bool {
        matches!(&self.kind, RuleKind::ExpectedSymptom { symptoms, .. } if symptoms.contains(&kind))
    }

    /// Whether this is an expected-symptom rule for `kind` at `severity` (at or below its
    /// maximum). Whether its window covers a moment is the plan's question.
    pub fn expects(&self, kind: SymptomKind, severity: u8) -> bool {
        matches!(&self.kind, RuleKind::ExpectedSymptom { symptoms, max_severity }
            if symptoms.contains(&kind) && severity <= *max_severity)
    }
}

/// One rule of a protocol.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rule {
    /// Stable id, unique in its protocol; reminders and journal entries refer to it.
    pub id: String,
    /// What kind of rule it is.
    pub kind: RuleKind,
    /// When it applies.
    pub window: Window,
    /// The Fluent message id of its patient-facing text (value = title, attributes for the rest).
    pub text: String,
    /// Source keys from `clinical-rules.md` (S0–S3, C*, K*, P*) or the clinic's own.
    pub sources: Vec<String>,
}
