//! iCalendar (RFC 5545): booked sessions, preparation steps and "allowed again" dates still
//! ahead, so the patient can add them to any calendar.
//!
//! Times are UTC (`DTSTART:20261122T090000Z`): every calendar shows them in the device's zone
//! and no VTIMEZONE is needed. Local times (the morning a preparation step is due, the
//! appointment written in a description) follow each session's own zone, never the zone the
//! report is written in. Lines end with CRLF and are folded at 75 octets (never inside a
//! UTF-8 character); TEXT values escape `\`, `;`, `,` and line breaks. UIDs are stable (the
//! same event gets the same UID in every export, so importing again updates instead of
//! duplicating); see `core/docs/reports.md`.

use std::fmt::Write as _;

use chrono::{DateTime, TimeDelta, Utc};

use super::ReportData;
use crate::local_time::{Style, format_local, local_date, resolve_local};
use crate::preparation::preparation;
use crate::protocol::RuleKind;
use crate::text::{Args, Texts};

/// What an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarEventKind {
    /// A booked treatment session.
    Session,
    /// A preparation step before a booked session.
    Preparation,
    /// Restrictions lift ("you can wear makeup again").
    AllowedAgain,
}

/// One calendar event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable UID.
    pub uid: String,
    /// What it is.
    pub kind: CalendarEventKind,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Title.
    pub summary: String,
    /// Details (may be empty).
    pub description: String,
    /// Alarms: when, relative to the start (negative: before), and what they say.
    pub alarms: Vec<(TimeDelta, String)>,
    /// Whether it blocks time (a session) or not (reminders of the plan).
    pub busy: bool,
}

/// How long a booked session is assumed to last (the journal keeps only its start).
pub const SESSION_LENGTH: TimeDelta = TimeDelta::hours(1);
/// How long a preparation step or an "allowed again" event lasts in the calendar.
pub const NOTE_LENGTH: TimeDelta = TimeDelta::minutes(15);

/// The events of the selection that are still ahead at `data.generated_at`, in time order.
pub fn calendar_events(data: &ReportData) -> Vec<CalendarEvent> {
    let now = data.generated_at;
    let locale = data.locale;
    let texts = Texts::new(locale);
    let keep = |at: DateTime<Utc>| {
        at >= now && data.starts_at.is_none_or(|s| s <= at) && data.ends_at.is_none_or(|e| at < e)
    };
    let mut events = Vec::new();

    for session in &data.sessions {
        let Some(plan) = &session.plan else { continue };
        let rule_texts = plan.protocol().texts(locale);
        let mut lifts: Vec<(DateTime<Utc>, Vec<String>)> = Vec::new();
        for (index, (item, rule)) in plan.rules().enumerate() {
            // An open restriction ends with the plan's horizon, not because it is allowed; a
            // lift while the same topic is still restricted is said by the later one.
            if !matches!(rule.kind, RuleKind::Restriction { .. }) || !plan.announces_lift(index) {
                continue;
            }
            let line = crate::view::rule_attr(rule, "lifted", &rule_texts)
                .unwrap_or_else(|| crate::view::rule_title(rule, &rule_texts));
            match lifts.iter_mut().find(|(at, _)| *at == item.ends_at) {
                Some((_, lines)) => lines.push(line),
                None => lifts.push((item.ends_at, vec![line])),
            }
        }
        for (at, lines) in lifts {
            if !keep(at) {
                continue;
            }
            let summary = texts.get("report-ics-lifted", None);
            let offset = (at - plan.session.ended_at).num_minutes();
            events.push(CalendarEvent {
                uid: format!("aftercare:{}:lifted:{offset}m", session.key()),
                kind: CalendarEventKind::AllowedAgain,
                starts_at: at,
                ends_at: at + NOTE_LENGTH,
                alarms: vec![(TimeDelta::zero(), summary.clone())],
                summary,
                description: lines.join("\n"),
                busy: false,
            });
        }
    }

    for booked in &data.planned {
        let Some(at) = booked.record.starts_at else {
            continue;
        };
        let key = super::session_key(&booked.record);
        // Every calendar text names the protocol inside a sentence ("Tu sesión de …").
        let name = booked.protocol.as_deref().map_or_else(
            || booked.record.protocol.id.clone(),
            |p| p.inline_name(locale),
        );
        // The session's own zone, not the one the report is written in: a Madrid patient's
        // "arrive with clean skin" stays on the Madrid morning whatever `--tz` says.
        let zone = booked.record.zone;
        let mut args = Args::new();
        args.set("protocol", name.clone());
        args.set("when", format_local(at, zone, locale, Style::DateTime));
        if keep(at) {
            events.push(CalendarEvent {
                uid: format!("aftercare:{key}:session"),
                kind: CalendarEventKind::Session,
                starts_at: at,
                ends_at: at + SESSION_LENGTH,
                summary: texts.get("report-ics-session", Some(&args)),
                description: texts.get("report-ics-session-detail", Some(&args)),
                alarms: vec![
                    (
                        -TimeDelta::days(1),
                        texts.get("report-ics-alarm-tomorrow", Some(&args)),
                    ),
                    (
                        -TimeDelta::hours(2),
                        texts.get("report-ics-alarm-soon", Some(&args)),
                    ),
                ],
                busy: true,
            });
        }
        let Some(protocol) = &booked.protocol else {
            continue;
        };
        let rule_texts = protocol.texts(locale);
        for step in preparation(protocol, at) {
            // A step the patient marked done needs no reminder in their calendar either.
            if booked.preparation_done.contains(&step.rule.id) {
                continue;
            }
            // As the reminders do: the morning of the day the step starts; if that morning is
            // not before the appointment, the evening before.
            let date = local_date(step.starts_at, zone);
            let mut due = resolve_local(zone, date, data.day_times.morning);
            if due >= at {
                let eve = date.pred_opt().unwrap_or(date);
                due = resolve_local(zone, eve, data.day_times.evening);
            }
            if !keep(due) {
                continue;
            }
            let title = crate::view::rule_title(step.rule, &rule_texts);
            let mut args = Args::new();
            args.set("title_inline", crate::text::inline_start(&title));
            args.set("title", title);
            args.set("when", format_local(at, zone, locale, Style::DateTime));
            let summary = texts.get("report-ics-preparation", Some(&args));
            let mut description = texts.get("report-ics-preparation-detail", Some(&args));
            if let Some(detail) = crate::view::rule_attr(step.rule, "detail", &rule_texts) {
                description.push('\n');
                description.push_str(&detail);
            }
            events.push(CalendarEvent {
                uid: format!("aftercare:{key}:{}:prep", step.rule.id),
                kind: CalendarEventKind::Preparation,
                starts_at: due,
                ends_at: due + NOTE_LENGTH,
                alarms: vec![(TimeDelta::zero(), summary.clone())],
                summary,
                description,
                busy: false,
            });
        }
    }
    events.sort_by(|a, b| (a.starts_at, &a.uid).cmp(&(b.starts_at, &b.uid)));
    events.dedup_by(|a, b| a.uid == b.uid);
    events
}

/// The calendar file. With no events it is an empty VCALENDAR, which RFC 5545 does not allow:
/// [`super::render`] refuses that case with [`super::ReportError::EmptyCalendar`].
pub fn ics(data: &ReportData) -> String {
    let events = calendar_events(data);
    let mut out = String::with_capacity(512 + events.len() * 600);
    let stamp = basic_utc(data.generated_at);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Aftercare//Provider report//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    // The provider-comes-first notice: for the calendar (RFC 7986 DESCRIPTION, and the
    // X-WR-CALDESC many calendar apps read) and in every event, which may be copied alone.
    let disclaimer = crate::text::Texts::new(data.locale).get("disclaimer", None);
    line(&mut out, &format!("DESCRIPTION:{}", text(&disclaimer)));
    line(&mut out, &format!("X-WR-CALDESC:{}", text(&disclaimer)));
    for event in &events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", text(&event.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART:{}", basic_utc(event.starts_at)));
        line(&mut out, &format!("DTEND:{}", basic_utc(event.ends_at)));
        line(&mut out, &format!("SUMMARY:{}", text(&event.summary)));
        let description = if event.description.is_empty() {
            disclaimer.clone()
        } else {
            format!("{}\n\n{disclaimer}", event.description)
        };
        line(&mut out, &format!("DESCRIPTION:{}", text(&description)));
        line(
            &mut out,
            if event.busy {
                "TRANSP:OPAQUE"
            } else {
                "TRANSP:TRANSPARENT"
            },
        );
        for (offset, what) in &event.alarms {
            line(&mut out, "BEGIN:VALARM");
            line(&mut out, "ACTION:DISPLAY");
            line(&mut out, &format!("DESCRIPTION:{}", text(what)));
            line(&mut out, &format!("TRIGGER:{}", duration(*offset)));
            line(&mut out, "END:VALARM");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// `20261122T090000Z`.
fn basic_utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// An RFC 5545 DURATION: `PT0S`, `-P1D`, `-PT2H`, `PT1H30M`.
fn duration(delta: TimeDelta) -> String {
    let sign = if delta < TimeDelta::zero() { "-" } else { "" };
    let total = delta.num_seconds().abs();
    if total == 0 {
        return "PT0S".to_string();
    }
    let (days, rest) = (total / 86_400, total % 86_400);
    let mut out = format!("{sign}P");
    if days > 0 {
        let _ = write!(out, "{days}D");
    }
    if rest > 0 {
        out.push('T');
        let (h, m, s) = (rest / 3600, rest % 3600 / 60, rest % 60);
        if h > 0 {
            let _ = write!(out, "{h}H");
        }
        if m > 0 {
            let _ = write!(out, "{m}M");
        }
        if s > 0 {
            let _ = write!(out, "{s}S");
        }
    }
    out
}

/// A TEXT value escaped: `\` `;` `,` and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets, with CRLF.
fn line(out: &mut String, content: &str) {
    let mut rest = content;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // A continuation line's leading space counts towards its 75 octets.
        limit = 74;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(80));
        line(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
        let mut short = String::new();
        line(&mut short, "VERSION:2.0");
        assert_eq!(short, "VERSION:2.0\r\n");
    }

    #[test]
    fn text_is_escaped_and_durations_are_rfc_5545() {
        assert_eq!(text("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(duration(TimeDelta::zero()), "PT0S");
        assert_eq!(duration(-TimeDelta::days(1)), "-P1D");
        assert_eq!(duration(-TimeDelta::hours(2)), "-PT2H");
        assert_eq!(duration(TimeDelta::minutes(90)), "PT1H30M");
        assert_eq!(duration(TimeDelta::hours(25)), "P1DT1H");
    }
}
