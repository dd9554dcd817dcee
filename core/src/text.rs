//! Patient-facing text: Fluent messages in English and Spanish, plus a clinic protocol's own.
//!
//! Every message a patient sees comes from here. Built-in messages live in `core/locales/*/`;
//! a clinic protocol may carry its own Fluent source per locale, which is looked up first.
//! Lookup order: protocol (locale) → built-in (locale) → protocol (en) → built-in (en).

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use fluent_syntax::ast::Entry;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::protocol::WhoToContact;

/// Named arguments for a message (`{ $until }`).
pub type Args<'a> = FluentArgs<'a>;

/// A language the app is fully translated into.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    uniffi::Enum,
)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English; also the fallback for anything missing.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Locale {
    /// Every supported locale.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Es];

    /// The BCP 47 language code.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The supported locale for a tag such as `es-MX`, or `None` if the language is not supported.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let id: LanguageIdentifier = tag.replace('_', "-").parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            _ => None,
        }
    }

    /// The best supported locale for a tag, falling back to English.
    pub fn negotiate(tag: &str) -> Locale {
        Locale::from_tag(tag).unwrap_or_default()
    }

    /// Whether numbers are written with a decimal comma ("38,4"), as in Spanish.
    pub fn decimal_comma(self) -> bool {
        self == Locale::Es
    }

    /// The day of the week as dates are written: "Sat", "sáb".
    pub fn weekday_abbr(self, day: chrono::Weekday) -> &'static str {
        // Ours, not chrono's locale tables: those carry every language's names (0.24 MB of the
        // phone library) for the two written here. The words are glibc's en_GB and es_ES.
        const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        const ES: [&str; 7] = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"];
        let i = day.num_days_from_monday() as usize;
        match self {
            Locale::En => EN[i],
            Locale::Es => ES[i],
        }
    }

    /// The month as dates are written: "Nov", "nov"; `month` is 1–12.
    pub fn month_abbr(self, month: u32) -> &'static str {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const ES: [&str; 12] = [
            "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
        ];
        let i = (month.clamp(1, 12) - 1) as usize;
        match self {
            Locale::En => EN[i],
            Locale::Es => ES[i],
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = String;

    fn from_str(s: &str) -> Result<Locale, String> {
        Locale::from_tag(s).ok_or_else(|| format!("unsupported locale {s:?} (supported: en, es)"))
    }
}

/// The arguments a rule's texts may use: its own numbers (see `view::rule_args`), and `$who`
/// (`provider`, or `professional` after an at-home treatment), which every message gets.
pub const RULE_ARGUMENTS: [&str; 8] = [
    "from",
    "from_day",
    "until",
    "min_severity",
    "max_severity",
    "rise_by",
    "min_temperature",
    "who",
];

/// A title as it reads after a colon or inside a sentence: its first letter lowercased, unless
/// the first word is an abbreviation ("SPF 30", "PRP").
pub fn inline_start(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second) if !second.is_some_and(char::is_uppercase) => first
            .to_lowercase()
            .chain(text[first.len_utf8()..].chars())
            .collect(),
        _ => text.to_string(),
    }
}

/// A problem in Fluent source text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct FluentSourceError {
    /// 1-based line of the problem.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Compiled Fluent messages for one or more locales.
pub struct TextBundle {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
    keys: BTreeMap<Locale, Vec<String>>,
}

impl fmt::Debug for TextBundle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextBundle")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl TextBundle {
    /// Compiles Fluent sources; each locale's sources are joined in order.
    pub fn compile<'s>(
        sources: impl IntoIterator<Item = (Locale, &'s str)>,
    ) -> Result<TextBundle, (Locale, FluentSourceError)> {
        let mut bundles: BTreeMap<Locale, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut keys: BTreeMap<Locale, Vec<String>> = BTreeMap::new();
        for (locale, source) in sources {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
                let first = &errors[0];
                let line = source[..first.pos.start.min(source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                (
                    locale,
                    FluentSourceError {
                        line,
                        message: first.kind.to_string(),
                    },
                )
            })?;
            let locale_keys = keys.entry(locale).or_default();
            for entry in resource.entries() {
                if let Entry::Message(message) = entry {
                    let id = message.id.name;
                    if message.value.is_some() {
                        locale_keys.push(id.to_string());
                    }
                    locale_keys.extend(
                        message
                            .attributes
                            .iter()
                            .map(|attr| format!("{id}.{}", attr.id.name)),
                    );
                }
            }
            let bundle = bundles.entry(locale).or_insert_with(|| {
                let lang: LanguageIdentifier = locale.code().parse().expect("static tag");
                let mut bundle = FluentBundle::new_concurrent(vec![lang]);
                // Isolation marks around placeables confuse terminals, CSV and notification text.
                bundle.set_use_isolating(false);
                bundle
            });
            bundle.add_resource(resource).map_err(|errors| {
                let error = &errors[0];
                let line = match error {
                    FluentError::Overriding { id, .. } => last_definition_line(source, id),
                    _ => None,
                };
                (
                    locale,
                    FluentSourceError {
                        line: line.unwrap_or(1),
                        message: error.to_string(),
                    },
                )
            })?;
        }
        for locale_keys in keys.values_mut() {
            locale_keys.sort();
        }
        Ok(TextBundle { bundles, keys })
    }

    /// Whether `key` (and `attribute`, if given) exists with text in `locale`.
    pub fn has(&self, locale: Locale, key: &str, attribute: Option<&str>) -> bool {
        let Some(message) = self.bundles.get(&locale).and_then(|b| b.get_message(key)) else {
            return false;
        };
        match attribute {
            None => message.value().is_some(),
            Some(name) => message.get_attribute(name).is_some(),
        }
    }

    /// Every message id and attribute in `locale`, as `id` or `id.attr`, sorted.
    pub fn keys(&self, locale: Locale) -> Vec<String> {
        self.keys.get(&locale).cloned().unwrap_or_default()
    }

    fn format(
        &self,
        locale: Locale,
        key: &str,
        attribute: Option<&str>,
        args: Option<&Args<'_>>,
    ) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let message = bundle.get_message(key)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        // A reference that cannot resolve still renders (as `{$name}`); clinic messages are
        // checked for that at load (see `first_unrenderable`), built-in ones by the tests.
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// The first message (or attribute) in `locale` that does not render cleanly, with the
    /// reason: protocol texts get only their rule's own numbers as arguments (`$from`,
    /// `$until`, `$min_severity`, `$max_severity`, `$rise_by`; see `view::rule_args`), and are
    /// plain text: a control character (an escape sequence, a bell, NUL; a line break is fine)
    /// or a bidirectional override would act on a terminal or reorder a screen.
    pub fn first_unrenderable(&self, locale: Locale) -> Option<(String, String)> {
        let bundle = self.bundles.get(&locale)?;
        let mut sample = Args::new();
        for name in RULE_ARGUMENTS {
            let value = if name == "who" {
                fluent_bundle::FluentValue::from("provider")
            } else {
                fluent_bundle::FluentValue::from(1)
            };
            sample.set(name, value);
        }
        for key in self.keys(locale) {
            let (id, attr) = match key.split_once('.') {
                Some((id, attr)) => (id, Some(attr)),
                None => (key.as_str(), None),
            };
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                None => message.value(),
                Some(name) => message.get_attribute(name).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&sample), &mut errors);
            if let Some(error) = errors.first() {
                return Some((key.clone(), error.to_string()));
            }
            if let Some(c) = text.chars().find(|&c| acts_on_display(c)) {
                return Some((
                    key.clone(),
                    format!(
                        "contains the control character U+{:04X} (messages are plain text)",
                        c as u32
                    ),
                ));
            }
        }
        None
    }
}

/// Whether a character in a text would act on a terminal or a screen instead of being shown:
/// control characters other than a line break, and bidirectional overrides and isolates.
pub(crate) fn acts_on_display(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The 1-based line of the last `id =` definition in a Fluent source.
fn last_definition_line(source: &str, id: &str) -> Option<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
        .last()
}

const BUILTIN_SOURCES: [(Locale, &str); 10] = [
    (Locale::En, include_str!("../locales/en/app.ftl")),
    (Locale::En, include_str!("../locales/en/protocols.ftl")),
    (Locale::En, include_str!("../locales/en/screens.ftl")),
    (Locale::En, include_str!("../locales/en/zones.ftl")),
    (Locale::En, include_str!("../locales/en/glance.ftl")),
    (Locale::Es, include_str!("../locales/es/app.ftl")),
    (Locale::Es, include_str!("../locales/es/protocols.ftl")),
    (Locale::Es, include_str!("../locales/es/screens.ftl")),
    (Locale::Es, include_str!("../locales/es/zones.ftl")),
    (Locale::Es, include_str!("../locales/es/glance.ftl")),
];

static BUILTIN: LazyLock<TextBundle> = LazyLock::new(|| {
    TextBundle::compile(BUILTIN_SOURCES).expect("built-in Fluent sources are checked by tests")
});

/// The built-in messages.
pub fn builtin() -> &'static TextBundle {
    &BUILTIN
}

/// A message source for one locale: the built-ins, optionally under a protocol's own messages,
/// addressed to whoever the patient contacts.
#[derive(Clone, Copy)]
pub struct Texts<'a> {
    locale: Locale,
    own: Option<&'a TextBundle>,
    who: WhoToContact,
}

impl fmt::Debug for Texts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Texts")
            .field("locale", &self.locale)
            .finish()
    }
}

impl<'a> Texts<'a> {
    /// Built-in messages in `locale`.
    pub fn new(locale: Locale) -> Texts<'static> {
        Texts {
            locale,
            own: None,
            who: WhoToContact::Provider,
        }
    }

    /// Built-in messages under a protocol's own messages.
    pub fn with_own(locale: Locale, own: Option<&'a TextBundle>) -> Texts<'a> {
        Texts {
            locale,
            own,
            who: WhoToContact::Provider,
        }
    }

    /// The same texts addressed to `who`: every message gets `$who`, so "contact your provider"
    /// reads "contact a healthcare professional" for a patient who has no provider.
    pub fn for_who(self, who: WhoToContact) -> Texts<'a> {
        Texts { who, ..self }
    }

    /// Who these texts address.
    pub fn who(&self) -> WhoToContact {
        self.who
    }

    /// The locale these texts are in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `key`; the key itself if no locale has it (never happens for checked ids).
    pub fn get(&self, key: &str, args: Option<&Args<'_>>) -> String {
        self.lookup(key, None, args)
            .unwrap_or_else(|| key.to_string())
    }

    /// The attribute `attribute` of message `key`, if any locale has it.
    pub fn attr(&self, key: &str, attribute: &str, args: Option<&Args<'_>>) -> Option<String> {
        self.lookup(key, Some(attribute), args)
    }

    fn lookup(
        &self,
        key: &str,
        attribute: Option<&str>,
        args: Option<&Args<'_>>,
    ) -> Option<String> {
        // Messages select on `$who` with the provider as the default variant, so only the other
        // addressee needs the argument.
        let addressed;
        let args = match self.who {
            WhoToContact::Provider => args,
            WhoToContact::HealthcareProfessional => {
                let mut with_who = Args::new();
                for (name, value) in args.into_iter().flat_map(|a| a.iter()) {
                    with_who.set(name.to_string(), value.clone());
                }
                with_who.set("who", self.who.code());
                addressed = with_who;
                Some(&addressed)
            }
        };
        // The patient's locale, then English as the fallback (twice for English is harmless).
        [self.locale, Locale::En].into_iter().find_map(|locale| {
            self.own
                .and_then(|own| own.format(locale, key, attribute, args))
                .or_else(|| BUILTIN.format(locale, key, attribute, args))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_sources_compile_and_every_locale_has_the_same_keys() {
        let en = builtin().keys(Locale::En);
        assert!(en.len() > 100, "only {} English keys", en.len());
        for locale in Locale::ALL {
            let keys = builtin().keys(locale);
            let missing: Vec<_> = en.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{locale} has keys English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn own_messages_come_first_and_english_is_the_fallback() {
        let own = TextBundle::compile([
            (
                Locale::En,
                "disclaimer = Clinic says hi\nonly-en = Only English\n",
            ),
            (Locale::Es, "disclaimer = La clínica saluda\n"),
        ])
        .unwrap();
        let es = Texts::with_own(Locale::Es, Some(&own));
        assert_eq!(es.get("disclaimer", None), "La clínica saluda");
        assert_eq!(es.get("only-en", None), "Only English");
        assert_ne!(
            Texts::new(Locale::Es).get("disclaimer", None),
            "Clinic says hi"
        );
    }

    #[test]
    fn texts_address_whoever_the_patient_contacts() {
        for (locale, provider, professional) in [
            (
                Locale::En,
                "Contact your provider now",
                "Contact a healthcare professional now",
            ),
            (
                Locale::Es,
                "Contacta ahora con tu profesional",
                "Contacta ahora con un profesional sanitario",
            ),
        ] {
            let texts = Texts::new(locale);
            // Referenced messages (`{ who-contact-now }`) see the same `$who`.
            assert_eq!(texts.get("level-label-urgent", None), provider);
            let home = texts.for_who(WhoToContact::HealthcareProfessional);
            assert_eq!(home.get("level-label-urgent", None), professional);
            // Arguments the caller gives are kept.
            let mut args = Args::new();
            args.set("number", "911");
            let advice = home.get("triage-advice-urgent", Some(&args));
            assert!(advice.contains("911"), "{advice}");
            assert!(
                !advice.contains("clínica") && !advice.contains("clinic"),
                "{advice}"
            );
        }
    }

    #[test]
    fn bad_fluent_source_names_the_line() {
        let err = TextBundle::compile([(Locale::En, "ok = fine\n\nbroken = { $\n")]).unwrap_err();
        assert_eq!(err.0, Locale::En);
        assert_eq!(err.1.line, 3);
    }

    #[test]
    fn inline_titles_start_lowercase_but_keep_abbreviations() {
        assert_eq!(inline_start("No uses cera"), "no uses cera");
        assert_eq!(inline_start("SPF 30 every morning"), "SPF 30 every morning");
        assert_eq!(inline_start("Évita"), "évita");
        assert_eq!(inline_start(""), "");
        assert_eq!(inline_start("A"), "a");
    }

    #[test]
    fn dates_are_written_as_glibc_en_gb_and_es_es_write_them() {
        use chrono::{Datelike, NaiveDate, TimeDelta};
        // Seven days from Monday 2 March 2026, and the first of every month of 2026.
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let week = |locale: Locale| -> Vec<&str> {
            (0..7)
                .map(|d| locale.weekday_abbr((monday + TimeDelta::days(d)).weekday()))
                .collect()
        };
        let months =
            |locale: Locale| -> Vec<&str> { (1..=12).map(|m| locale.month_abbr(m)).collect() };
        assert_eq!(
            week(Locale::En),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        );
        assert_eq!(
            week(Locale::Es),
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        );
        assert_eq!(
            months(Locale::En),
            [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
            ]
        );
        assert_eq!(
            months(Locale::Es),
            [
                "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"
            ]
        );
    }

    #[test]
    fn locale_negotiation() {
        assert_eq!(Locale::negotiate("es-MX"), Locale::Es);
        assert_eq!(Locale::negotiate("es_AR"), Locale::Es);
        assert_eq!(Locale::negotiate("fr-FR"), Locale::En);
        assert_eq!(Locale::from_tag("fr"), None);
    }
}
