//! CSV: one row per symptom entry, then one row with the disclaimer (RFC 4180: CRLF line ends, a
//! header row, fields quoted when they hold a comma, a quote or a line break, quotes doubled).
//! UTF-8 without a byte-order mark.
//! Columns are listed in [`COLUMNS`] and documented in `core/docs/reports.md`.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::ReportData;
use super::write::{expected, hours_since, local_rfc3339, recovery_day, utc_rfc3339};
use crate::text::Texts;
use crate::view::{area_name, symptom_name};

/// The header row, in order. Stable: new columns are only ever added at the end.
pub const COLUMNS: [&str; 17] = [
    "entry_id",
    "session_id",
    "protocol_id",
    "protocol_version",
    "session_number",
    "observed_at_utc",
    "observed_at_local",
    "hours_since_session",
    "recovery_day",
    "symptom_code",
    "symptom",
    "severity",
    "area_code",
    "area",
    "in_usual_window",
    "red_flags",
    "note",
];

/// The entries as CSV, sessions oldest first, entries oldest first within a session.
pub fn csv(data: &ReportData) -> String {
    let texts = Texts::new(data.locale);
    let mut out = String::with_capacity(256 + data.entry_count() * 160);
    let mut first = true;
    for column in COLUMNS {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(column);
    }
    out.push_str("\r\n");
    let symptoms: HashMap<_, _> = crate::symptom::SymptomKind::ALL
        .iter()
        .map(|&k| (k, symptom_name(k, &texts)))
        .collect();
    let areas: HashMap<_, _> = crate::symptom::BodyArea::ALL
        .iter()
        .map(|&a| (a, area_name(a, &texts)))
        .collect();
    for session in &data.sessions {
        let record = &session.record;
        let flags = session
            .triage
            .as_ref()
            .map(|t| t.flags_by_entry())
            .unwrap_or_default();
        for e in &session.entries {
            let ended = record.ended_at;
            let _ = write!(
                out,
                "{},{},{},{},{},{},{},",
                e.id,
                record.id,
                record.protocol.id,
                record.protocol.version,
                record.number,
                utc_rfc3339(e.observed_at),
                local_rfc3339(e.observed_at, data.zone),
            );
            if let Some(end) = ended {
                let _ = write!(out, "{:.1}", hours_since(end, e.observed_at));
            }
            out.push(',');
            if let Some(day) = ended.and_then(|end| recovery_day(end, e.observed_at)) {
                let _ = write!(out, "{day}");
            }
            out.push(',');
            out.push_str(e.kind.code());
            out.push(',');
            field(&mut out, &symptoms[&e.kind]);
            let _ = write!(out, ",{},{},", e.severity, e.area.code());
            field(&mut out, &areas[&e.area]);
            out.push(',');
            if let Some(plan) = &session.plan {
                out.push_str(if expected(plan, e) { "true" } else { "false" });
            }
            out.push(',');
            if let Some(list) = flags.get(&e.id) {
                out.push_str(&list.join(";"));
            }
            out.push(',');
            note(&mut out, &e.note);
            out.push_str("\r\n");
        }
    }
    // The provider-comes-first notice travels with the data: a last row whose `entry_id` is
    // empty and whose `note` holds it, so a spreadsheet shows it and a program can drop it.
    out.push_str(&",".repeat(COLUMNS.len() - 1));
    field(&mut out, &texts.get("disclaimer", None));
    out.push_str("\r\n");
    out
}

/// A field, quoted when RFC 4180 needs it.
fn field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// The patient's note. A note that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP advises; the
/// words are otherwise unchanged.
fn note(out: &mut String, value: &str) {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        field(out, &format!("'{value}"));
    } else {
        field(out, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let mut out = String::new();
        field(&mut out, "plain");
        out.push('|');
        field(&mut out, "a,b");
        out.push('|');
        field(&mut out, "say \"hi\"");
        out.push('|');
        field(&mut out, "two\r\nlines");
        out.push('|');
        note(&mut out, "=HYPERLINK(1)");
        out.push('|');
        note(&mut out, "-2, worse");
        assert_eq!(
            out,
            "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\r\nlines\"|'=HYPERLINK(1)|\"'-2, worse\""
        );
    }
}
