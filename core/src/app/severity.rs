//! Severity 0–10 in words: bands with semantic tokens, the scale's anchors and the picker.

use super::action::AppAction;
use super::words::Words;

/// How strong a symptom is, in five bands; a semantic token, shown with its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum)]
pub enum SeverityBand {
    /// 0: not there (also: gone again).
    None,
    /// 1–3.
    Mild,
    /// 4–6.
    Moderate,
    /// 7–9.
    Severe,
    /// 10: the worst imaginable.
    Worst,
}

impl SeverityBand {
    /// The band of a severity 0–10 (above 10 counts as 10).
    pub fn of(severity: u8) -> SeverityBand {
        match severity {
            0 => SeverityBand::None,
            1..=3 => SeverityBand::Mild,
            4..=6 => SeverityBand::Moderate,
            7..=9 => SeverityBand::Severe,
            _ => SeverityBand::Worst,
        }
    }

    /// The stable code used in text keys.
    pub fn code(self) -> &'static str {
        match self {
            SeverityBand::None => "none",
            SeverityBand::Mild => "mild",
            SeverityBand::Moderate => "moderate",
            SeverityBand::Severe => "severe",
            SeverityBand::Worst => "worst",
        }
    }
}

/// A labelled point of the scale ("0: none", "10: worst imaginable").
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SeverityAnchor {
    /// The value.
    pub value: u8,
    /// Its words.
    pub label: String,
}

/// One value of the picker.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SeverityOption {
    /// The value, 0 to 10.
    pub value: u8,
    /// Its band (semantic token).
    pub band: SeverityBand,
    /// The band in words ("moderate").
    pub words: String,
    /// Whether it is chosen.
    pub selected: bool,
    /// What a screen reader says ("6 of 10, moderate").
    pub accessibility_label: String,
    /// What to dispatch to choose it.
    pub action: AppAction,
}

/// The severity picker of one symptom (a slider or a row of 11 values).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SeverityInput {
    /// Its label ("How strong is it?").
    pub label: String,
    /// The chosen value, if any.
    pub value: Option<u8>,
    /// The chosen value in words ("6 of 10, moderate").
    pub value_label: Option<String>,
    /// The chosen value's band.
    pub band: Option<SeverityBand>,
    /// The labelled points of the scale.
    pub anchors: Vec<SeverityAnchor>,
    /// Every value 0 to 10.
    pub options: Vec<SeverityOption>,
    /// Why the form was refused here, if it was.
    pub error: Option<String>,
    /// What a screen reader says.
    pub accessibility_label: String,
}

/// A band in words ("moderate").
pub(crate) fn band_words(band: SeverityBand, words: &Words) -> String {
    words.get(&format!("severity-band-{}", band.code()))
}

/// A severity in words: "6 of 10, moderate".
pub(crate) fn severity_words(severity: u8, words: &Words) -> String {
    let mut args = crate::text::Args::new();
    args.set("value", severity);
    args.set("band", band_words(SeverityBand::of(severity), words));
    words.args("severity-value", &args)
}

/// What a logged answer says: "6 of 10: moderate", or for a symptom answered yes or no (a
/// fever) "yes" or "no", with the temperature if one was measured ("yes, 38.4 °C measured").
pub(crate) fn answer_words(
    severity: u8,
    yes_no: bool,
    temperature: Option<&str>,
    words: &Words,
) -> String {
    crate::view::answer_text(
        severity,
        yes_no,
        temperature,
        |score| severity_words(score, words),
        words.texts(),
    )
}

/// The band of an answer: none for a yes/no (it has no strength, only a presence).
pub(crate) fn answer_band(severity: u8, yes_no: bool) -> Option<SeverityBand> {
    (!yes_no).then(|| SeverityBand::of(severity))
}

/// The picker with `value` chosen; `choose(v)` is the action choosing `v`.
pub(crate) fn severity_input(
    value: Option<u8>,
    error: Option<String>,
    words: &Words,
    choose: impl Fn(u8) -> AppAction,
) -> SeverityInput {
    let label = words.get("log-severity");
    let value_label = value.map(|v| severity_words(v, words));
    let anchors = [0u8, 5, 10]
        .into_iter()
        .map(|v| SeverityAnchor {
            value: v,
            label: words.get(&format!("severity-anchor-{v}")),
        })
        .collect();
    let options = (0u8..=10)
        .map(|v| {
            let band = SeverityBand::of(v);
            SeverityOption {
                value: v,
                band,
                words: band_words(band, words),
                selected: value == Some(v),
                accessibility_label: severity_words(v, words),
                action: choose(v),
            }
        })
        .collect();
    let spoken_value = value_label
        .clone()
        .unwrap_or_else(|| words.get("severity-not-chosen"));
    let accessibility_label =
        super::field::spoken(&format!("{label}: {spoken_value}"), error.as_deref());
    SeverityInput {
        label,
        value,
        value_label,
        band: value.map(SeverityBand::of),
        anchors,
        options,
        error,
        accessibility_label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Locale;

    #[test]
    fn bands_cover_the_scale_with_words_at_the_anchors() {
        let bands: Vec<_> = (0u8..=10).map(SeverityBand::of).collect();
        assert_eq!(bands[0], SeverityBand::None);
        assert_eq!(bands[3], SeverityBand::Mild);
        assert_eq!(bands[4], SeverityBand::Moderate);
        assert_eq!(bands[7], SeverityBand::Severe);
        assert_eq!(bands[10], SeverityBand::Worst);
        assert!(bands.windows(2).all(|w| w[0] <= w[1]));
        for locale in Locale::ALL {
            let words = Words::new(locale, chrono_tz::UTC);
            let input = severity_input(Some(6), None, &words, |_| AppAction::Back);
            assert_eq!(input.options.len(), 11);
            assert_eq!(input.anchors.len(), 3);
            assert!(input.anchors.iter().all(|a| !a.label.contains("severity-")));
            assert!(input.value_label.as_ref().unwrap().contains('6'));
            assert!(input.options[6].selected && !input.options[5].selected);
        }
        let en = Words::new(Locale::En, chrono_tz::UTC);
        assert_eq!(severity_words(6, &en), "6 of 10, moderate");
        let es = Words::new(Locale::Es, chrono_tz::UTC);
        assert_eq!(severity_words(10, &es), "10 de 10, intensidad máxima");
        assert_eq!(severity_words(6, &es), "6 de 10, intensidad moderada");
    }
}
