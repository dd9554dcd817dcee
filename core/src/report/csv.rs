//! CSV: one row per symptom entry (and per "all fine today" check-in, `record` = `check_in`),
//! then one row with the disclaimer, written by the `csv` crate
//! (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a
//! line break, quotes doubled). UTF-8 without a byte-order mark.
//! Columns are listed in [`COLUMNS`] and documented in `core/docs/reports.md`.

use super::ReportData;
use super::names::Names;
use super::write::{expected, hours_since, local_rfc3339, recovery_day, utc_rfc3339};
use crate::symptom::TemperatureUnit;
use crate::text::Texts;

/// Where the note is (and the disclaimer's last row puts the provider-comes-first notice).
const NOTE: usize = 16;

/// The header row, in order. Stable: new columns are only ever added at the end. `severity` is
/// the 0–10 score; a symptom answered yes or no (a fever) has it empty and says `yes`/`no` in
/// `answer`; `temperature_c` is a measured temperature in °C; `record` says whether the row is
/// a `symptom_entry` or an "all fine today" `check_in`.
pub const COLUMNS: [&str; 20] = [
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
    "record",
    "answer",
    "temperature_c",
];

/// The entries as CSV, sessions oldest first, entries oldest first within a session.
pub fn csv(data: &ReportData) -> String {
    // Writing into memory fails only if a value's formatting does; ours are strings and
    // numbers, which cannot. Should it ever happen, the file is empty rather than partial.
    write(data)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

fn write(data: &ReportData) -> Result<Vec<u8>, ::csv::Error> {
    let texts = Texts::new(data.locale);
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(Vec::with_capacity(256 + data.entry_count() * 160));
    out.write_record(COLUMNS)?;
    let names = Names::new(&texts);
    let all_fine = texts.get("report-check-in-all-fine", None);
    for session in &data.sessions {
        let record = &session.record;
        let flags = session
            .triage
            .as_ref()
            .map(|t| t.flags_by_entry())
            .unwrap_or_default();
        let ended = record.ended_at;
        // What every row of the session repeats, written once.
        let session_id = record.id.to_string();
        let version = record.protocol.version.to_string();
        let number = record.number.to_string();
        let hours =
            |at| ended.map_or_else(String::new, |end| format!("{:.1}", hours_since(end, at)));
        let day = |at| {
            ended
                .and_then(|end| recovery_day(end, at))
                .map_or_else(String::new, |d| d.to_string())
        };
        // Entries and "all fine" check-ins in time order (a check-in after entries of its second).
        let mut check_ins = session.check_ins.iter().peekable();
        let mut entries = session.entries.iter().peekable();
        loop {
            let check_in_next = match (entries.peek(), check_ins.peek()) {
                (None, None) => break,
                (Some(e), Some(c)) => c.at < e.observed_at,
                (None, Some(_)) => true,
                (Some(_), None) => false,
            };
            if check_in_next {
                let Some(c) = check_ins.next() else { break };
                out.write_record([
                    "",
                    session_id.as_str(),
                    &record.protocol.id,
                    &version,
                    &number,
                    &utc_rfc3339(c.at),
                    &local_rfc3339(c.at, data.zone),
                    &hours(c.at),
                    &day(c.at),
                    "",
                    &all_fine,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "check_in",
                    "",
                    "",
                ])?;
                continue;
            }
            let Some(e) = entries.next() else { break };
            let usual = match &session.plan {
                Some(plan) if expected(plan, e) => "true",
                Some(_) => "false",
                None => "",
            };
            let red_flags = flags.get(&e.id).map_or_else(String::new, |l| l.join(";"));
            let (severity, answer) = match (e.yes_no, e.severity) {
                (false, score) => (score.to_string(), ""),
                (true, 0) => (String::new(), "no"),
                (true, _) => (String::new(), "yes"),
            };
            let temperature = e.temperature.map_or_else(String::new, |t| {
                format!("{:.1}", t.degrees(TemperatureUnit::Celsius))
            });
            out.write_record([
                e.id.to_string().as_str(),
                &session_id,
                &record.protocol.id,
                &version,
                &number,
                &utc_rfc3339(e.observed_at),
                &local_rfc3339(e.observed_at, data.zone),
                &hours(e.observed_at),
                &day(e.observed_at),
                e.kind.code(),
                names.symptom(e.kind),
                &severity,
                e.area.code(),
                names.area(e.area),
                usual,
                &red_flags,
                &defused(&e.note),
                "symptom_entry",
                answer,
                &temperature,
            ])?;
        }
    }
    // The provider-comes-first notice travels with the data: a last row whose `entry_id` is
    // empty and whose `note` holds it, so a spreadsheet shows it and a program can drop it.
    let disclaimer = texts.get("disclaimer", None);
    // (The note column is not the last any more: the columns added since come after it.)
    let mut last = vec![""; COLUMNS.len()];
    last[NOTE] = &disclaimer;
    out.write_record(&last)?;
    out.into_inner().map_err(|e| e.into_error().into())
}

/// The patient's note, safe to open in a spreadsheet. A note that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
/// as OWASP advises; the words are otherwise unchanged.
fn defused(note: &str) -> std::borrow::Cow<'_, str> {
    if note.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{note}").into()
    } else {
        note.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> String {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(fields).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn the_disclaimer_goes_in_the_note_column() {
        assert_eq!(COLUMNS[NOTE], "note");
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(
            row(&[
                "plain",
                "a,b",
                "say \"hi\"",
                "two\r\nlines",
                &defused("=HYPERLINK(1)"),
                &defused("-2, worse")
            ]),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",'=HYPERLINK(1),\"'-2, worse\"\r\n"
        );
    }
}
