//! The report writers given any note and name the journal accepts: the CSV still parses into
//! the same fields, the HTML has no markup from the patient's text, every iCalendar line is
//! folded at 75 octets, and the FHIR bundle is JSON that holds the note unchanged.
#![no_main]

use std::sync::LazyLock;

use aftercare_core::journal::{Journal, NewSession, SessionStatus};
use aftercare_core::report::{self, ReportFormat, ReportRequest};
use aftercare_core::{BodyArea, Catalog, Locale, NewSymptom, SymptomKind};
use chrono::{DateTime, Utc};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    notes: Vec<String>,
    name: Option<String>,
    spanish: bool,
}

struct Setup {
    _dir: tempfile::TempDir,
    journal: Journal,
}

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("valid")
}

const ENDED: i64 = 1_795_000_000;

/// A journal with one done session, three entries and a booked next session.
static SETUP: LazyLock<Setup> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let (journal, _) = Journal::open(&dir.path().join("j.db"), None, at(ENDED)).expect("open");
    let protocol = Catalog::builtin()
        .get("microneedling", None)
        .expect("built-in")
        .reference();
    let zone = chrono_tz::Europe::Berlin;
    let done = NewSession {
        protocol: protocol.clone(),
        status: SessionStatus::Done,
        starts_at: None,
        ended_at: Some(at(ENDED)),
        zone,
    };
    let session = journal.add_session(&done, at(ENDED)).expect("session").id;
    let booked = NewSession {
        protocol,
        status: SessionStatus::Planned,
        starts_at: Some(at(ENDED + 30 * 86_400)),
        ended_at: None,
        zone,
    };
    journal.add_session(&booked, at(ENDED)).expect("booked");
    for (i, severity) in [3u8, 6, 8].into_iter().enumerate() {
        let symptom = NewSymptom {
            kind: SymptomKind::Redness,
            severity,
            observed_at: at(ENDED + 3_600 * (i as i64 + 1) * 20),
            area: BodyArea::Cheeks,
            note: String::new(),
            yes_no: false,
            temperature: None,
        };
        journal
            .log_symptom(session, &symptom, at(ENDED + 300_000))
            .expect("entry");
    }
    Setup { _dir: dir, journal }
});

/// RFC 4180 fields, strictly: a quote inside an unquoted field, or text after a closing quote,
/// is an error.
fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            '"' => return Err("a quote inside an unquoted field".into()),
            ',' => {
                row.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                was_quoted = false;
            }
            '\r' | '\n' => return Err("a bare line break outside quotes".into()),
            _ if was_quoted => return Err("text after a closing quote".into()),
            _ => field.push(c),
        }
    }
    if quoted {
        return Err("an unterminated quote".into());
    }
    if !field.is_empty() || !row.is_empty() {
        return Err("the last row has no CRLF".into());
    }
    Ok(rows)
}

/// Marks the start and end of the patient's text.
const MARK: &str = "QZ";

/// The spellings an HTML writer may use for a character that must be escaped in text: named,
/// decimal and hexadecimal references (the templates write `&#60;`, hand-written parts `&lt;`).
fn escapes(c: char) -> Option<&'static [&'static str]> {
    Some(match c {
        '&' => &["&amp;", "&#38;", "&#x26;"],
        '<' => &["&lt;", "&#60;", "&#x3c;"],
        '>' => &["&gt;", "&#62;", "&#x3e;"],
        '"' => &["&quot;", "&#34;", "&#x22;"],
        '\'' => &["&#39;", "&apos;", "&#x27;"],
        _ => return None,
    })
}

/// Whether `html` holds `text` as escaped text: every markup character as one of its references,
/// every other character as itself.
fn contains_escaped(html: &str, text: &str) -> bool {
    html.match_indices(MARK).any(|(start, _)| {
        let mut rest = &html[start..];
        text.chars().all(|c| match escapes(c) {
            Some(forms) => match forms.iter().find(|f| rest.starts_with(**f)) {
                Some(form) => {
                    rest = &rest[form.len()..];
                    true
                }
                None => false,
            },
            None => match rest.strip_prefix(c) {
                Some(after) => {
                    rest = after;
                    true
                }
                None => false,
            },
        })
    })
}

/// What a CommonMark renderer shows for a note: line ends as one `\n`, indentation as no-break
/// spaces (so it never becomes a code block).
fn as_typed(note: &str) -> String {
    note.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(|line| {
            let body = line.trim_start_matches([' ', '\t']);
            "\u{a0}".repeat(line.len() - body.len()) + body
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// CommonMark's backslash escapes undone: a backslash before ASCII punctuation or a line end
/// (a hard line break) stands for that character alone.
fn unescape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() || next == '\n' {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

fn collect_strings<'v>(value: &'v serde_json::Value, out: &mut Vec<&'v str>) {
    match value {
        serde_json::Value::String(text) => out.push(text),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

fuzz_target!(|input: Input| {
    let setup = &*SETUP;
    let locale = if input.spanish {
        Locale::Es
    } else {
        Locale::En
    };
    let mut request = ReportRequest::new(locale, chrono_tz::Europe::Berlin);
    // Markers around the patient's text find it in the output without mistaking our own markup
    // (a name of just `"` is in every page) for it.
    request.patient_name = input.name.as_ref().map(|n| format!("{MARK}{n}{MARK}"));
    let Ok(mut data) = report::collect(&setup.journal, &request, at(ENDED + 300_000)) else {
        return;
    };
    // Put the fuzzed notes on the entries, as far as the journal would accept them.
    let mut notes = Vec::new();
    for (entry, note) in data.sessions[0].entries.iter_mut().zip(&input.notes) {
        let note = format!("{MARK}{note}{MARK}");
        let candidate = NewSymptom {
            kind: entry.kind,
            severity: entry.severity,
            observed_at: entry.observed_at,
            area: entry.area,
            note: note.clone(),
            yes_no: false,
            temperature: None,
        };
        if candidate.validate().is_ok() {
            entry.note = note.clone();
            notes.push(note);
        }
    }

    let csv = report::render(ReportFormat::Csv, &data).expect("csv");
    let rows = parse_csv(&csv).unwrap_or_else(|e| panic!("CSV does not parse: {e}"));
    let width = rows[0].len();
    assert!(rows.iter().all(|r| r.len() == width), "ragged CSV rows");
    let note_column = rows[0]
        .iter()
        .position(|c| c == "note")
        .expect("note column");
    for (row, entry) in rows[1..].iter().zip(&data.sessions[0].entries) {
        assert_eq!(row[note_column], entry.note, "the CSV changed a note");
    }

    let html = report::render(ReportFormat::Html, &data).expect("html");
    for text in notes.iter().chain(data.patient_name.iter()) {
        assert!(
            contains_escaped(&html, text),
            "the patient's text is missing from the HTML, or escaped differently"
        );
        if text.contains(['<', '>', '&', '"', '\'']) {
            assert!(
                !html.contains(text.as_str()),
                "unescaped patient text in the HTML"
            );
        }
    }

    let fhir = report::render(ReportFormat::Fhir, &data).expect("fhir");
    let value: serde_json::Value = serde_json::from_str(&fhir).expect("FHIR is JSON");
    let mut strings = Vec::new();
    collect_strings(&value, &mut strings);
    for note in notes.iter().filter(|n| !n.is_empty()) {
        let expected = as_typed(note);
        let found = strings
            .iter()
            .find(|s| s.starts_with(MARK) && unescape_markdown(s) == expected)
            .unwrap_or_else(|| panic!("a note is missing from the FHIR bundle"));
        assert!(
            !found
                .char_indices()
                .any(|(i, c)| c == '<' && !found[..i].ends_with('\\')),
            "an unescaped < in a FHIR note"
        );
    }

    if let Ok(ics) = report::render(ReportFormat::Ics, &data) {
        assert!(ics.ends_with("\r\n"), "the calendar ends with CRLF");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "a calendar line of {} octets", line.len());
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "a bare line break"
            );
        }
    }
});
