//! Time zones as a person knows them: a place and its offset ("Madrid (UTC+1)", "Ciudad de
//! México (UTC−6)") instead of an IANA id; the places a picker offers, and a search over them
//! in the patient's language. The id stays what is stored and passed around.

use chrono::{DateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use crate::text::{Args, Locale, Texts};

/// The zones a picker offers: the tz database's `zone.tab` (one or more per country, the ones
/// meant for people to choose from), one IANA id a line.
const PICKER: &str = include_str!("picker.txt");

/// How many places a search answers with.
pub const MATCHES: usize = 12;

/// The zones a picker offers, as IANA ids, in the database's order.
pub fn picker() -> impl Iterator<Item = Tz> {
    PICKER.lines().filter_map(|id| id.parse::<Tz>().ok())
}

/// The zone's offset from UTC at `at`: "UTC+1", "UTC−3", "UTC+5:30", "UTC+0".
pub fn offset(zone: Tz, at: DateTime<Utc>) -> String {
    let seconds = zone
        .offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc();
    // A real minus sign: read as "minus", never as a dash.
    let sign = if seconds < 0 { '\u{2212}' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    match minutes % 60 {
        0 => format!("UTC{sign}{}", minutes / 60),
        m => format!("UTC{sign}{}:{m:02}", minutes / 60),
    }
}

/// The place a zone is named after, in `locale`: the city ("Madrid"), with its state or country
/// where the id names one ("Knox, Indiana"); the Fluent files hold the names that differ from
/// the id's own words ("Ciudad de México", "St. John's"). `None` for a zone named after no
/// place (UTC, `Etc/GMT+5`).
pub fn place(zone: Tz, locale: Locale) -> Option<String> {
    let id = zone.name();
    let mut parts = id.split('/');
    let region = parts.next()?;
    if matches!(
        region,
        "Etc" | "SystemV" | "US" | "Canada" | "Mexico" | "Brazil" | "Chile"
    ) || !id.contains('/')
    {
        // Old aliases ("US/Eastern") and offsets: no single place to name.
        return legacy_place(id, locale);
    }
    let texts = Texts::new(locale);
    let rest: Vec<&str> = parts.collect();
    let city = rest.last()?;
    let name =
        named(&format!("zone-{}", id.replace('/', "-")), &texts).unwrap_or_else(|| words(city));
    Some(match rest.len() {
        // "America/Indiana/Knox": the city and its state ("Knox, Indiana").
        2 => {
            let sub = named(&format!("zone-{}", rest[0]), &texts).unwrap_or_else(|| words(rest[0]));
            let mut args = Args::new();
            args.set("place", name);
            args.set("area", sub);
            texts.get("zone-place-in", Some(&args))
        }
        _ => name,
    })
}

/// A place for the few old ids that name one ("US/Eastern" has none; "Etc/GMT+5" neither).
fn legacy_place(id: &str, locale: Locale) -> Option<String> {
    named(
        &format!("zone-{}", id.replace('/', "-")),
        &Texts::new(locale),
    )
}

/// The name the Fluent files give a place, where its id's words are not the right ones.
fn named(key: &str, texts: &Texts<'_>) -> Option<String> {
    let known = |locale| crate::text::builtin().has(locale, key, None);
    (known(texts.locale()) || known(Locale::En)).then(|| texts.get(key, None))
}

/// An id's words: "Buenos_Aires" → "Buenos Aires", "DumontDUrville" left to the Fluent files.
fn words(part: &str) -> String {
    part.replace('_', " ")
}

/// A zone as a person reads it at `at`: "Madrid (UTC+1)"; a zone named after no place is its
/// offset alone ("UTC−5").
pub fn label(zone: Tz, at: DateTime<Utc>, locale: Locale) -> String {
    let offset = offset(zone, at);
    match place(zone, locale) {
        Some(place) => {
            let mut args = Args::new();
            args.set("place", place);
            args.set("offset", offset);
            Texts::new(locale).get("zone-label", Some(&args))
        }
        None => offset,
    }
}

/// Lower case without accents and with spaces for `_`, so "bogota", "Bogotá" and
/// "America/Bogota" meet.
fn folded(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '_' | '/' | '-' | '.' | '\'' | ',' => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A zone the picker offers, with its place in each language and the folded words a search
/// matches, made once per process (418 zones, three names each).
struct Offered {
    zone: Tz,
    /// The place in each of [`Locale::ALL`], folded.
    places: Vec<String>,
    /// The IANA id, folded.
    id: String,
}

static OFFERED: std::sync::LazyLock<Vec<Offered>> = std::sync::LazyLock::new(|| {
    picker()
        .map(|zone| Offered {
            zone,
            places: Locale::ALL
                .iter()
                .map(|&locale| folded(&place(zone, locale).unwrap_or_default()))
                .collect(),
            id: folded(zone.name()),
        })
        .collect()
});

/// The zones a picker offers whose place (in `locale` or in English) or id matches `query`,
/// best first: names that start with it, then names with a word that starts with it, then the
/// rest; alphabetically (in `locale`) within each. At most [`MATCHES`].
pub fn search(query: &str, locale: Locale) -> Vec<Tz> {
    let query = folded(query);
    if query.is_empty() {
        return Vec::new();
    }
    let own = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    let english = Locale::ALL
        .iter()
        .position(|l| *l == Locale::En)
        .unwrap_or(0);
    let word = format!(" {query}");
    let mut found: Vec<(u8, &str, Tz)> = OFFERED
        .iter()
        .filter_map(|offered| {
            let rank = [&offered.places[own], &offered.places[english], &offered.id]
                .iter()
                .filter_map(|name| {
                    if name.starts_with(&query) {
                        Some(0)
                    } else if name.contains(&word) {
                        Some(1)
                    } else if name.contains(&query) {
                        Some(2)
                    } else {
                        None
                    }
                })
                .min()?;
            Some((rank, offered.places[own].as_str(), offered.zone))
        })
        .collect();
    found.sort_by(|a, b| (a.0, a.1, a.2.name()).cmp(&(b.0, b.1, b.2.name())));
    found.into_iter().take(MATCHES).map(|(_, _, z)| z).collect()
}

#[cfg(test)]
mod tests;
