//! Where the phone is: the local emergency number and the temperature unit people there use.
//!
//! The region comes from the phone's language tag (`en-US`, `es-ES`, `en_GB`), which both
//! platforms give with their locale; a tag without a region (`en`) gives the defaults: 112 and
//! °C. 112 is the emergency number across Europe and is routed by most mobile networks
//! elsewhere (clinical-rules.md, C17), so it is the safest number when the region is unknown.

use serde::{Deserialize, Serialize};

use crate::symptom::TemperatureUnit;

/// The emergency number when the region is unknown or not in the table.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";

/// A country or territory, as an ISO 3166-1 alpha-2 code (`US`, `ES`); `None` when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Region {
    code: Option<[u8; 2]>,
}

impl Region {
    /// A region from its ISO 3166-1 alpha-2 code, any case; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Region> {
        let bytes = code.as_bytes();
        (bytes.len() == 2 && bytes.iter().all(u8::is_ascii_alphabetic)).then(|| Region {
            code: Some([bytes[0].to_ascii_uppercase(), bytes[1].to_ascii_uppercase()]),
        })
    }

    /// The region of a language tag (`es-MX`, `en_US.UTF-8`, `zh-Hant-TW`): its first
    /// two-letter subtag after the language. Unknown (the defaults) when it has none.
    pub fn from_language_tag(tag: &str) -> Region {
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        tag.split(['-', '_'])
            .skip(1)
            .find_map(Region::from_code)
            .unwrap_or_default()
    }

    /// The ISO code, if the region is known.
    pub fn code(self) -> Option<String> {
        self.code.map(|c| String::from_utf8_lossy(&c).into_owned())
    }

    /// The number to call in an emergency (ambulance), from the ITU list and EENA
    /// (clinical-rules.md, C17). Regions not listed get 112.
    pub fn emergency_number(self) -> &'static str {
        match self.code.as_ref().map(|c| &c[..]) {
            // North America (NANP) and Mexico.
            Some(b"US" | b"CA" | b"PR" | b"GU" | b"VI" | b"AS" | b"MP" | b"MX") => "911",
            // The United Kingdom (112 works too; 999 is the number people know).
            Some(b"GB" | b"IM" | b"JE" | b"GG") => "999",
            Some(b"AU") => "000",
            Some(b"NZ") => "111",
            _ => DEFAULT_EMERGENCY_NUMBER,
        }
    }

    /// The `tel:` link that opens the dialer on the emergency number.
    pub fn emergency_dial_uri(self) -> String {
        format!("tel:{}", self.emergency_number())
    }

    /// How people there read a body temperature: °F in the United States and the few places
    /// that use it, °C everywhere else.
    pub fn temperature_unit(self) -> TemperatureUnit {
        match self.code.as_ref().map(|c| &c[..]) {
            Some(
                b"US" | b"PR" | b"GU" | b"VI" | b"AS" | b"MP" | b"BS" | b"BZ" | b"KY" | b"LR"
                | b"PW",
            ) => TemperatureUnit::Fahrenheit,
            _ => TemperatureUnit::Celsius,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_come_from_language_tags() {
        let number = |tag: &str| Region::from_language_tag(tag).emergency_number();
        assert_eq!(number("en-US"), "911");
        assert_eq!(number("es-MX"), "911");
        assert_eq!(number("en_GB.UTF-8"), "999");
        assert_eq!(number("en-AU"), "000");
        assert_eq!(number("en-NZ"), "111");
        assert_eq!(number("es-ES"), "112");
        assert_eq!(number("de-DE"), "112");
        assert_eq!(number("zh-Hant-TW"), "112");
        // No region, or nonsense: the default, never a panic.
        for tag in [
            "en", "", "-", "es-419", "en-", "x", "en-U", "en-USA", "ñ-ÑÑ",
        ] {
            assert_eq!(number(tag), DEFAULT_EMERGENCY_NUMBER, "{tag:?}");
        }
        assert_eq!(
            Region::from_language_tag("en-us").temperature_unit(),
            TemperatureUnit::Fahrenheit
        );
        assert_eq!(
            Region::from_language_tag("en-GB").temperature_unit(),
            TemperatureUnit::Celsius
        );
        assert_eq!(
            Region::default().temperature_unit(),
            TemperatureUnit::Celsius
        );
        assert_eq!(Region::default().emergency_dial_uri(), "tel:112");
        assert_eq!(
            Region::from_code("us").and_then(Region::code).as_deref(),
            Some("US")
        );
    }
}
