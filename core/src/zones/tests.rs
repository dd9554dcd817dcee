//! Every zone a picker offers reads as a place and an offset, in English and Spanish.

use chrono::TimeZone;

use super::*;

fn winter() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
}

fn summer() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, 1, 9, 0, 0).unwrap()
}

#[test]
fn every_zone_the_picker_offers_reads_as_a_place_and_its_offset() {
    let ids: Vec<&str> = PICKER.lines().collect();
    let zones: Vec<Tz> = picker().collect();
    assert_eq!(zones.len(), ids.len(), "every id is one chrono-tz knows");
    assert!(zones.len() > 400, "{}", zones.len());
    for locale in Locale::ALL {
        let mut labels = std::collections::BTreeMap::new();
        for &zone in &zones {
            for at in [winter(), summer()] {
                let label = label(zone, at, locale);
                let place = place(zone, locale).expect("every offered zone names a place");
                // The place, then "(UTC±h[:mm])", nothing of the id's spelling.
                assert!(label.starts_with(&place), "{label}");
                let offset = label[place.len()..].trim();
                let digits = offset
                    .strip_prefix("(UTC+")
                    .or_else(|| offset.strip_prefix("(UTC\u{2212}"))
                    .and_then(|rest| rest.strip_suffix(')'))
                    .unwrap_or_else(|| panic!("{zone}: {label}"));
                assert!(
                    digits
                        .split(':')
                        .all(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit())),
                    "{label}"
                );
                assert!(!place.contains(['_', '/']), "{zone} in {locale}: {place}");
                assert!(
                    place.chars().next().is_some_and(char::is_uppercase),
                    "{zone} in {locale}: {place}"
                );
                assert_ne!(place, zone.name());
                // No CamelCase left from an id ("DumontDUrville"); "McMurdo" is a name.
                let camel = place
                    .split([' ', ',', '-'])
                    .any(|w| w.chars().skip(1).filter(|c| c.is_uppercase()).count() > 1);
                assert!(!camel || place == "McMurdo", "{zone}: {place}");
            }
            // Two zones never read the same in one language.
            let place = place(zone, locale).unwrap();
            if let Some(other) = labels.insert(place.clone(), zone) {
                panic!("{other} and {zone} both read {place:?} in {locale}");
            }
        }
    }
}

#[test]
fn places_and_offsets_read_as_people_write_them() {
    let madrid = chrono_tz::Europe::Madrid;
    assert_eq!(label(madrid, winter(), Locale::En), "Madrid (UTC+1)");
    assert_eq!(label(madrid, summer(), Locale::Es), "Madrid (UTC+2)");
    let mexico = chrono_tz::America::Mexico_City;
    assert_eq!(
        label(mexico, winter(), Locale::En),
        "Mexico City (UTC\u{2212}6)"
    );
    assert_eq!(
        label(mexico, winter(), Locale::Es),
        "Ciudad de México (UTC\u{2212}6)"
    );
    assert_eq!(
        label(chrono_tz::Asia::Kolkata, winter(), Locale::Es),
        "Calcuta (UTC+5:30)"
    );
    assert_eq!(
        label(chrono_tz::America::St_Johns, winter(), Locale::En),
        "St. John's (UTC\u{2212}3:30)"
    );
    assert_eq!(
        label(chrono_tz::America::Indiana::Knox, winter(), Locale::En),
        "Knox, Indiana (UTC\u{2212}6)"
    );
    assert_eq!(
        label(
            chrono_tz::America::North_Dakota::Center,
            winter(),
            Locale::Es
        ),
        "Center, Dakota del Norte (UTC\u{2212}6)"
    );
    assert_eq!(
        label(
            chrono_tz::America::Argentina::Buenos_Aires,
            winter(),
            Locale::En
        ),
        "Buenos Aires, Argentina (UTC\u{2212}3)"
    );
    assert_eq!(
        label(chrono_tz::Europe::London, winter(), Locale::Es),
        "Londres (UTC+0)"
    );
    // A zone named after no place reads as its offset.
    assert_eq!(label(chrono_tz::UTC, winter(), Locale::En), "UTC+0");
    assert_eq!(
        label(chrono_tz::Etc::GMTPlus5, winter(), Locale::Es),
        "UTC\u{2212}5"
    );
    assert_eq!(
        label(chrono_tz::US::Eastern, winter(), Locale::En),
        "UTC\u{2212}5"
    );
    // An old alias that names a place still reads as one.
    assert_eq!(
        label(chrono_tz::Asia::Calcutta, winter(), Locale::En),
        "Calcutta (UTC+5:30)"
    );
}

#[test]
fn a_search_finds_places_in_the_patients_words_without_accents() {
    let first = |query: &str, locale| search(query, locale).first().map(|z| z.name());
    assert_eq!(first("madrid", Locale::En), Some("Europe/Madrid"));
    assert_eq!(first("Madr", Locale::Es), Some("Europe/Madrid"));
    assert_eq!(first("nueva york", Locale::Es), Some("America/New_York"));
    assert_eq!(first("new york", Locale::Es), Some("America/New_York"));
    assert_eq!(
        first("ciudad de mexico", Locale::Es),
        Some("America/Mexico_City")
    );
    assert_eq!(
        first("mexico city", Locale::En),
        Some("America/Mexico_City")
    );
    assert_eq!(first("bogota", Locale::Es), Some("America/Bogota"));
    assert_eq!(first("Londres", Locale::Es), Some("Europe/London"));
    assert_eq!(first("Europe/Berlin", Locale::En), Some("Europe/Berlin"));
    assert!(search("", Locale::En).is_empty());
    assert!(search("   ", Locale::En).is_empty());
    assert!(search("zzzz", Locale::Es).is_empty());
    // "San" names many places; a page of them at most.
    assert_eq!(search("san", Locale::Es).len(), MATCHES);
    // Names starting with the query come before names that only contain it.
    let york = search("york", Locale::En);
    assert_eq!(york[0].name(), "America/New_York");
}
