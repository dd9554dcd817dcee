//! The "why" of a rule: what its source keys (S1, K3, C1...) stand for, as
//! `/work/shared/clinical-rules.md` lists them. Titles stay in their own language; what kind of
//! source each is comes in the patient's.

use super::super::words::Words;
use super::SourceLine;

/// Published and official sources, by key.
const CITATIONS: [(&str, &str); 16] = [
    (
        "C1",
        "Chu et al., Dermatologic Surgery 2021;47(9):1249 — complications of microneedling",
    ),
    (
        "C3",
        "Friedmann et al., Dermatologic Surgery 2024 — granulomas after topicals",
    ),
    (
        "C4",
        "Cohen & Elbuluk, J Am Acad Dermatol 2016;74:348 — microneedling in skin of color",
    ),
    (
        "C5",
        "Syder et al., Dermatologic Surgery 2023;49:489 — RF microneedling",
    ),
    ("C7", "American Academy of Dermatology, “Microneedling”"),
    ("C8", "U.S. FDA, “Microneedling devices”"),
    (
        "C9",
        "American Academy of Dermatology, “Chemical peels: FAQs”",
    ),
    ("C10", "Mayo Clinic / ASLMS, “Laser resurfacing”"),
    ("C11", "Alster & Graham, Dermatologic Surgery 2018;44:397"),
    (
        "C12",
        "Soltani-Arabshahi et al., JAMA Dermatology 2014;150(1):68 — hypersensitivity after microneedling with a serum",
    ),
    (
        "C13",
        "World Allergy Organization anaphylaxis guidance (Cardona et al., 2020); NHS “Anaphylaxis”",
    ),
    (
        "C14",
        "NHS “High temperature (fever) in adults”; CDC (100.4 °F)",
    ),
    ("C15", "NHS “Cellulitis”"),
    (
        "C16",
        "American Academy of Ophthalmology, “Orbital cellulitis”",
    ),
    (
        "C17",
        "ITU list of emergency numbers; European Emergency Number Association (112)",
    ),
    (
        "P4",
        "SeamlessMD help center — post-operative temperature checks",
    ),
];

/// The public clinic aftercare sheets K1–K17, in their numbered order.
const CLINIC_SHEETS: [&str; 17] = [
    "Fifth Element Esthetics",
    "Monarch Brow and Facials",
    "Aeterna Aesthetics",
    "Golden Coast Dermatology",
    "Youthful Glow Aesthetics",
    "Filtered Skin",
    "Vitality San Diego",
    "Calista Med Spa",
    "RealSelf",
    "Omniya",
    "acne.org",
    "Good Vibe Medical",
    "BV Aesthetics",
    "Ageless Beauty SA",
    "Morpheus8 Elite",
    "FSDev",
    "Moon Aesthetics",
];

/// A source key in words.
pub(super) fn source_line(key: &str, words: &Words) -> SourceLine {
    let text = if let Some((_, citation)) = CITATIONS.iter().find(|(k, _)| *k == key) {
        citation.to_string()
    } else if let Some(n) = key.strip_prefix('K').and_then(|n| n.parse::<usize>().ok())
        && (1..=CLINIC_SHEETS.len()).contains(&n)
    {
        words.arg("source-clinic-sheet", "clinic", CLINIC_SHEETS[n - 1])
    } else if let Some(n) = key.strip_prefix('S').and_then(|n| n.parse::<u8>().ok())
        && n <= 3
    {
        words.get("source-seed-article")
    } else {
        words.get("source-your-clinic")
    };
    SourceLine {
        key: key.to_string(),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Locale;

    #[test]
    fn every_builtin_source_key_has_words() {
        let words = Words::new(Locale::Es, chrono_tz::UTC);
        for protocol in crate::catalog::Catalog::builtin().all() {
            for rule in &protocol.rules {
                for key in &rule.sources {
                    let line = source_line(key, &words);
                    assert_ne!(
                        line.text,
                        words.get("source-your-clinic"),
                        "{key} of {}",
                        rule.id
                    );
                }
            }
        }
        assert_eq!(
            source_line("glow-2025", &words).text,
            words.get("source-your-clinic")
        );
        assert!(source_line("K3", &words).text.contains("Aeterna"));
    }
}
