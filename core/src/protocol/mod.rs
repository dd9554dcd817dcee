//! Protocols: the aftercare rules for one treatment, as data a clinic can override.

pub mod bounds;
pub(crate) mod load;
pub mod red_flag;
pub mod rule;
pub mod series;
pub mod spec;
pub mod window;

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use load::{Problem, ProtocolError};
pub use red_flag::{Level, Pattern, RedFlag, Scope};
pub use rule::{DaySlot, Rule, RuleKind, Schedule, Topic};
pub use series::{SeriesRule, SpanRange};
pub use window::{Anchor, Window};

use crate::text::{Locale, TextBundle, Texts};

/// The treatment a protocol is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TreatmentKind {
    /// In-clinic microneedling (pen or roller).
    Microneedling,
    /// Microneedling with platelet-rich plasma.
    MicroneedlingPrp,
    /// Radiofrequency microneedling.
    RfMicroneedling,
    /// Microneedling at home with a roller.
    HomeMicroneedling,
    /// A light chemical peel.
    ChemicalPeel,
    /// Non-ablative laser.
    NonAblativeLaser,
    /// Any other in-clinic skin treatment.
    Other,
}

/// Who the patient turns to about their skin: the provider who treated them, or, after a
/// treatment they gave themselves at home, a healthcare professional (they have no provider).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum WhoToContact {
    /// The provider (clinic) who gave the treatment.
    #[default]
    Provider,
    /// A healthcare professional: their doctor, urgent care, a pharmacist.
    HealthcareProfessional,
}

impl WhoToContact {
    /// The value texts select on (`{ $who -> [professional] … *[provider] … }`).
    pub fn code(self) -> &'static str {
        match self {
            WhoToContact::Provider => "provider",
            WhoToContact::HealthcareProfessional => "professional",
        }
    }
}

impl TreatmentKind {
    /// Who a patient after this treatment contacts.
    pub fn who_to_contact(self) -> WhoToContact {
        match self {
            TreatmentKind::HomeMicroneedling => WhoToContact::HealthcareProfessional,
            _ => WhoToContact::Provider,
        }
    }
}

/// A protocol id and version: what a session was planned with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ProtocolRef {
    /// The protocol's id.
    pub id: String,
    /// The protocol's version.
    pub version: u32,
}

impl fmt::Display for ProtocolRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} v{}", self.id, self.version)
    }
}

/// A checked protocol: rules with windows, texts and sources, ready to plan with.
#[derive(Debug, Clone)]
pub struct Protocol {
    /// Stable id.
    pub id: String,
    /// Version.
    pub version: u32,
    /// Fluent message id of the display name.
    pub name: String,
    /// The treatment it is for.
    pub treatment: TreatmentKind,
    /// The protocol it was built from, if it extended one.
    pub based_on: Option<ProtocolRef>,
    /// Its rules, in file order (the base's first when it extends one).
    pub rules: Vec<Rule>,
    /// Whether it ships with the app.
    pub builtin: bool,
    messages: std::collections::BTreeMap<String, String>,
    texts: Option<Arc<TextBundle>>,
}

impl Protocol {
    /// Its id and version.
    pub fn reference(&self) -> ProtocolRef {
        ProtocolRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// The rule with `id`.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Its series rule, if it schedules a series.
    pub fn series(&self) -> Option<(&Rule, &SeriesRule)> {
        self.rules.iter().find_map(|rule| match &rule.kind {
            RuleKind::Series(series) => Some((rule, series)),
            _ => None,
        })
    }

    /// Texts in `locale`, with this protocol's own messages first, addressed to whoever its
    /// patients contact (`$who`).
    pub fn texts(&self, locale: Locale) -> Texts<'_> {
        Texts::with_own(locale, self.texts.as_deref()).for_who(self.treatment.who_to_contact())
    }

    /// The display name in `locale`.
    pub fn display_name(&self, locale: Locale) -> String {
        self.texts(locale).get(&self.name, None)
    }

    /// The name as it reads inside a sentence ("a microneedling session"): the name's
    /// `.inline` attribute if it has one, else the name itself.
    pub fn inline_name(&self, locale: Locale) -> String {
        let texts = self.texts(locale);
        texts
            .attr(&self.name, "inline", None)
            .unwrap_or_else(|| texts.get(&self.name, None))
    }

    /// The protocol in file format, flattened, so it loads again as it is.
    pub fn to_file(&self) -> spec::ProtocolFile {
        load::to_file(self)
    }
}
