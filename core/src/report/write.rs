//! Small helpers the formats share: stable ids, times, escaping and plan lookups.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use sha2::{Digest, Sha256};

use crate::local_time::date_with_year;
use crate::plan::RecoveryPlan;
use crate::symptom::{SymptomEntry, SymptomKind};
use crate::text::Locale;

/// A name-based UUID: the first 128 bits of SHA-256("aftercare:" + name) with the version set
/// to 8 (RFC 9562 "custom") and the RFC 4122 variant. The same name always gives the same
/// UUID; different names collide only as often as SHA-256 does.
pub(crate) fn stable_uuid(name: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"aftercare:");
    hasher.update(name.as_bytes());
    let digest = hasher.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// RFC 3339 in the zone's local time with its offset, to the second.
pub(crate) fn local_rfc3339(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// RFC 3339 in UTC with `Z`, to the second.
pub(crate) fn utc_rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// "22 Nov 2026, 09:00": a date with its year, for tables that may span years.
pub(crate) fn when(at: DateTime<Utc>, zone: Tz, locale: Locale) -> String {
    let local = at.with_timezone(&zone);
    format!(
        "{}, {}",
        date_with_year(local.date_naive(), locale),
        local.format("%H:%M")
    )
}

/// "22 Nov 2026".
pub(crate) fn day_text(date: NaiveDate, locale: Locale) -> String {
    date_with_year(date, locale)
}

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Escaped HTML text as a new string.
pub(crate) fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_html(text, &mut out);
    out
}

/// Elapsed hours from the end of the session to the entry.
pub(crate) fn hours_since(plan_end: DateTime<Utc>, at: DateTime<Utc>) -> f64 {
    (at - plan_end).num_seconds() as f64 / 3600.0
}

/// The recovery day as the app counts it (day 1 is the first 24 hours); `None` before the end.
pub(crate) fn recovery_day(ended: DateTime<Utc>, at: DateTime<Utc>) -> Option<i64> {
    (at >= ended).then(|| (at - ended).num_days() + 1)
}

/// Whether the plan expects `entry` (its symptom, at its severity) when it was observed.
pub(crate) fn expected(plan: &RecoveryPlan, entry: &SymptomEntry) -> bool {
    plan.expects(entry.kind, entry.severity, entry.observed_at)
}

/// The usual windows of `kind` in the plan, as elapsed days from the end of the session.
pub(crate) fn expected_windows(plan: &RecoveryPlan, kind: SymptomKind) -> Vec<(f64, f64)> {
    let ended = plan.session.ended_at;
    let mut windows: Vec<(f64, f64)> = plan
        .rules()
        .filter(|(_, rule)| rule.names_expected(kind))
        .map(|(item, _)| {
            (
                hours_since(ended, item.starts_at) / 24.0,
                hours_since(ended, item.ends_at) / 24.0,
            )
        })
        .collect();
    windows.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    windows
}

/// A number with at most one decimal, without a trailing ".0": 2, 2.5.
pub(crate) fn short_number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// [`short_number`] with the locale's decimal sign: 2.5, 2,5.
pub(crate) fn local_number(value: f64, locale: Locale) -> String {
    let text = short_number(value);
    match locale {
        Locale::Es => text.replace('.', ","),
        Locale::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_stable_well_formed_and_distinct() {
        let a = stable_uuid("observation:1");
        assert_eq!(a, stable_uuid("observation:1"));
        assert_ne!(a, stable_uuid("observation:2"));
        assert_eq!(a.len(), 36);
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('8'));
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'));
        assert!(
            a.bytes()
                .all(|b| b == b'-' || b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        // Pinned: ids in exported bundles must not change between releases.
        assert_eq!(
            stable_uuid("patient:none"),
            "4ba29c7c-8ced-8b29-a54d-e2063a7d9dc8"
        );
    }

    #[test]
    fn numbers_and_escaping() {
        assert_eq!(short_number(2.0), "2");
        assert_eq!(short_number(2.04), "2");
        assert_eq!(short_number(2.25), "2.3");
        assert_eq!(local_number(0.4, Locale::Es), "0,4");
        assert_eq!(local_number(0.4, Locale::En), "0.4");
        assert_eq!(
            html_text("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
