//! Human-readable output: aligned, plain text, in the chosen locale.

use std::sync::Arc;

use aftercare_core::journal::{SessionStatus, TodayView};
use aftercare_core::local_time::{Style, format_local};
use aftercare_core::text::{Args, Texts};
use aftercare_core::triage::{AssessmentView, TriageLevel};
use aftercare_core::view::{
    MilestoneView, PlanView, ReminderView, RemindersView, RuleView, SeriesView, StatusView,
};
use aftercare_core::{Locale, PatientSettings, Protocol, SymptomEntry};

use crate::journal::{EntryOut, SessionOut};
use crate::terminal::say;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

fn width(text: &str) -> usize {
    text.chars().count()
}

fn pad(text: &str, to: usize) -> String {
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(' ', to.saturating_sub(width(text))));
    out
}

fn heading(text: &str) {
    say!();
    say!("{text}");
    say!("{}", "─".repeat(width(text)));
}

/// Prints rows of two columns, the first padded to the widest.
fn table(rows: &[(String, String)]) {
    let w = rows.iter().map(|(a, _)| width(a)).max().unwrap_or(0);
    for (a, b) in rows {
        say!("  {}  {b}", pad(a, w));
    }
}

pub fn protocols(protocols: &[&Arc<Protocol>], locale: Locale) {
    let texts = Texts::new(locale);
    heading(&texts.get("cli-protocols-heading", None));
    let rows: Vec<_> = protocols
        .iter()
        .map(|p| {
            (
                format!("{} v{}", p.id, p.version),
                format!("{} ({} rules)", p.display_name(locale), p.rules.len()),
            )
        })
        .collect();
    table(&rows);
}

pub fn protocol(protocol: &Protocol, locale: Locale) {
    let texts = protocol.texts(locale);
    heading(&format!(
        "{} — {} v{}",
        protocol.display_name(locale),
        protocol.id,
        protocol.version
    ));
    if let Some(base) = &protocol.based_on {
        say!("  extends {base}");
    }
    let sources = texts.get("cli-sources", None);
    for rule in &protocol.rules {
        let view = RuleView::new(rule, &texts);
        let window = match (rule.window.anchor, rule.window.until) {
            (aftercare_core::protocol::Anchor::BeforeSession, Some(until)) => {
                format!("-{} … -{}", rule.window.from, until)
            }
            (_, Some(until)) => format!("+{} … +{}", rule.window.from, until),
            (_, None) => format!("+{} …", rule.window.from),
        };
        say!(
            "  {}  {}  {}",
            pad(&view.kind_label, 16),
            pad(&window, 14),
            view.title
        );
        say!(
            "  {}  {}  {}: {}  [{}]",
            pad("", 16),
            pad("", 14),
            sources,
            view.sources.join(", "),
            view.id
        );
    }
}

pub fn check_ok(protocol: &Protocol, locale: Locale) {
    let mut args = Args::new();
    args.set("id", protocol.id.clone());
    args.set("version", protocol.version);
    args.set("rules", protocol.rules.len());
    say!("{}", Texts::new(locale).get("cli-protocol-ok", Some(&args)));
}

pub fn demo_intro(protocol: &Protocol, ended: DateTime<Utc>, zone: Tz, locale: Locale) {
    let mut args = Args::new();
    args.set("protocol", protocol.inline_name(locale));
    args.set("time", format_local(ended, zone, locale, Style::Time));
    say!("{}", Texts::new(locale).get("cli-demo-intro", Some(&args)));
}

fn rule_lines(label: &str, rules: &[RuleView]) {
    if rules.is_empty() {
        return;
    }
    say!("  {label}");
    for rule in rules {
        say!("    • {}", rule.title);
    }
}

pub fn story(plan: &PlanView, status: &StatusView, series: Option<&SeriesView>, locale: Locale) {
    let t = Texts::new(locale);
    heading(&format!(
        "{} — {} v{}",
        plan.protocol.name, plan.protocol.id, plan.protocol.version
    ));
    table(&[
        (t.get("cli-ended", None), plan.session.ended.text.clone()),
        (
            t.get("cli-zone", None),
            zone_text(&plan.session.zone, plan.session.ended.utc, locale),
        ),
        (
            t.get("cli-now", None),
            format!("{} — {}", status.now.text, status.headline),
        ),
        (
            t.get("cli-phase", None),
            status
                .phase_title
                .clone()
                .unwrap_or_else(|| "—".to_string()),
        ),
    ]);
    if let Some(detail) = &status.phase_detail {
        say!("  {detail}");
    }

    restrictions_and_routines(status, &t);

    heading(&t.get("cli-how-skin-feels", None));
    rule_lines(&t.get("cli-expected-now", None), &status.expected_now);
    rule_lines(
        &t.get("cli-no-longer-expected", None),
        &status.no_longer_expected,
    );
    rule_lines(&t.get("cli-expected-later", None), &status.expected_later);

    watch_for(status, &t);

    if let Some(next) = &status.next {
        say!();
        say!(
            "  {}: {} — {}",
            t.get("cli-next", None),
            next.at.text,
            next.text
        );
    }

    heading(&t.get("cli-timeline", None));
    timeline(&plan.timeline, &status.now.utc, &t.get("cli-now", None));

    heading(&t.get("cli-phases", None));
    for phase in &plan.phases {
        say!(
            "  {} ({} – {})",
            phase.title,
            phase.starts.text,
            phase.ends.text
        );
        rule_lines(&t.get("cli-normal", None), &phase.normal);
        rule_lines(&t.get("cli-avoid", None), &phase.avoid);
    }

    if !plan.preparation.is_empty() {
        heading(&t.get("cli-preparation", None));
        let rows: Vec<_> = plan
            .preparation
            .iter()
            .map(|p| (p.when.clone(), p.rule.title.clone()))
            .collect();
        table(&rows);
    }

    if let Some(series) = series {
        heading(&t.get("cli-series", None));
        for line in &series.text {
            say!("  {line}");
        }
    }

    say!();
    say!("{}", plan.disclaimer);
}

/// What is off-limits (and until when), what was lifted, and the routines due today.
/// The signs to contact the provider about that apply now, with how soon.
fn watch_for(status: &StatusView, t: &Texts<'_>) {
    if status.watch_for.is_empty() {
        return;
    }
    heading(&t.get("cli-watch-for", None));
    for flag in &status.watch_for {
        let level = flag
            .level
            .map(|l| {
                let level = aftercare_core::triage::TriageLevel::from(l);
                t.get(&format!("level-{}", level.code()), None)
            })
            .unwrap_or_default();
        say!("  • {} — {level}", flag.title);
    }
}

fn restrictions_and_routines(status: &StatusView, t: &Texts<'_>) {
    heading(&t.get("cli-avoid-until", None));
    if status.restrictions.is_empty() {
        say!("  {}", t.get("status-nothing-restricted", None));
    }
    let rows: Vec<_> = status
        .restrictions
        .iter()
        .map(|r| {
            let mut args = Args::new();
            args.set("when", r.allowed_again.text.clone());
            (
                r.rule.title.clone(),
                format!(
                    "{} ({})",
                    t.get("status-allowed-again", Some(&args)),
                    r.left
                ),
            )
        })
        .collect();
    table(&rows);
    if !status.lifted.is_empty() {
        say!();
        say!("  {}", t.get("cli-lifted", None));
        for text in &status.lifted {
            say!("    ✓ {text}");
        }
    }

    if !status.routines_today.is_empty() {
        heading(&t.get("cli-due-today", None));
        let rows: Vec<_> = status
            .routines_today
            .iter()
            .map(|r| {
                if r.done {
                    // As Today says it: done today (the check-in by logging or "all fine").
                    let done = t.get("today-done", None);
                    (format!("✓ {done}"), r.rule.title.clone())
                } else {
                    (time_of(&r.due.local), r.rule.title.clone())
                }
            })
            .collect();
        table(&rows);
    }
}

/// "HH:MM" from an RFC 3339 local stamp.
fn time_of(local: &str) -> String {
    local.get(11..16).unwrap_or(local).to_string()
}

fn timeline(milestones: &[MilestoneView], now_utc: &DateTime<Utc>, now_label: &str) {
    let w = milestones
        .iter()
        .map(|m| width(&m.at.text))
        .max()
        .unwrap_or(0);
    let mut marked = false;
    for m in milestones {
        if !marked && m.at.utc > *now_utc {
            say!("  {} ◀ {now_label}", pad("", w));
            marked = true;
        }
        say!("  {}  {}", pad(&m.at.text, w), m.text);
    }
    if !marked {
        say!("  {} ◀ {now_label}", pad("", w));
    }
}

pub fn reminders(view: &RemindersView, locale: Locale) {
    let t = Texts::new(locale);
    heading(&t.get("cli-reminders", None));
    reminder_rows(&view.reminders, &t);
    let mut args = Args::new();
    args.set("when", view.refresh_at.text.clone());
    say!();
    say!("{}", t.get("cli-refresh-at", Some(&args)));
}

/// Reminders at the instant they are about (a rule lifted at 04:00 reads 04:00, as under
/// "off-limits now"), saying when quiet hours hold one.
fn reminder_rows(reminders: &[ReminderView], t: &Texts<'_>) {
    let rows: Vec<_> = reminders
        .iter()
        .map(|r| {
            let urgent = if r.reminder.urgent { " !" } else { "" };
            // "Allowed again" alone does not say what; its body does.
            let mut what = match r.reminder.category {
                aftercare_core::Category::Lifted => {
                    format!("{}: {}", r.reminder.title, r.reminder.body)
                }
                _ => r.reminder.title.clone(),
            };
            if r.reminder.fire_at != r.reminder.due_at {
                let mut args = Args::new();
                args.set("time", r.fire.text.clone());
                what = format!("{what} ({})", t.get("today-reminder-held", Some(&args)));
            }
            (
                format!("{}{urgent}", r.due.text),
                format!("{}  {what}", pad(&r.category_label, 16)),
            )
        })
        .collect();
    table(&rows);
}

// ---------------------------------------------------------------------------------------------
// The journal.

/// "ended Sat 21 Nov, 10:00 (Europe/Berlin), session 1" / "booked for …".
fn session_text(session: &SessionOut, t: &Texts<'_>) -> String {
    let mut args = Args::new();
    let mut text = match (session.status, &session.ended, &session.starts) {
        (SessionStatus::Done, Some(ended), _) => {
            args.set("when", ended.text.clone());
            t.get("cli-session-ended-at", Some(&args))
        }
        (_, _, Some(starts)) => {
            args.set("when", starts.text.clone());
            t.get("cli-session-booked-for", Some(&args))
        }
        _ => String::new(),
    };
    text.push_str(&format!(" ({})", session.zone));
    if session.status == SessionStatus::Done {
        let mut args = Args::new();
        args.set("number", session.number);
        text.push_str(&format!(", {}", t.get("cli-session-number", Some(&args))));
    }
    text
}

fn session_row(session: &SessionOut, t: &Texts<'_>) -> (String, String) {
    (
        format!("#{}", session.id),
        format!(
            "{} v{} — {}",
            session.protocol.name,
            session.protocol.version,
            session_text(session, t)
        ),
    )
}

pub fn sessions(sessions: &[SessionOut], locale: Locale) {
    let t = Texts::new(locale);
    heading(&t.get("cli-sessions", None));
    if sessions.is_empty() {
        say!("  {}", t.get("cli-no-sessions", None));
        return;
    }
    let rows: Vec<_> = sessions.iter().map(|s| session_row(s, &t)).collect();
    table(&rows);
}

/// A session just added or changed: the message, then the session.
pub fn session_changed(session: &SessionOut, message: &str, locale: Locale) {
    let t = Texts::new(locale);
    let mut args = Args::new();
    args.set("id", session.id);
    say!("{}", t.get(message, Some(&args)));
    let rows = [session_row(session, &t)];
    table(&rows);
}

/// What was logged, as the patient answered: "Redness 6/10 · Cheeks", "Fever or chills yes,
/// 38.4 °C measured · Whole treated area".
fn logged_line(
    symptom: &str,
    severity: u8,
    yes_no: bool,
    temperature: Option<&str>,
    area: &str,
    t: &Texts<'_>,
) -> String {
    let answer = aftercare_core::view::answer_text(
        severity,
        yes_no,
        temperature,
        |score| format!("{score}/10"),
        t,
    );
    format!("{symptom} {answer} · {area}")
}

fn entry_row(entry: &EntryOut, t: &Texts<'_>) -> (String, String) {
    let mut what = logged_line(
        &entry.symptom,
        entry.severity,
        entry.yes_no,
        entry.temperature.as_deref(),
        &entry.area_name,
        t,
    );
    if !entry.note.is_empty() {
        // One line per entry: a note's own line breaks are shown as spaces.
        let note: Vec<&str> = entry.note.split_whitespace().collect();
        what.push_str(&format!(" · “{}”", note.join(" ")));
    }
    (format!("#{}  {}", entry.id, entry.observed.text), what)
}

pub fn entries(session: i64, entries: &[EntryOut], locale: Locale) {
    let t = Texts::new(locale);
    let mut args = Args::new();
    args.set("session", session);
    heading(&t.get("cli-log", Some(&args)));
    if entries.is_empty() {
        say!("  {}", t.get("cli-log-empty", None));
        return;
    }
    let rows: Vec<_> = entries.iter().map(|e| entry_row(e, &t)).collect();
    table(&rows);
}

/// An entry just logged, edited or deleted (`None`): the message, then the entry.
pub fn entry_changed(entry: Option<&EntryOut>, id: i64, message: &str, locale: Locale) {
    let t = Texts::new(locale);
    let mut args = Args::new();
    args.set("id", id);
    if let Some(entry) = entry {
        args.set("session", entry.session_id);
    }
    say!("{}", t.get(message, Some(&args)));
    if let Some(entry) = entry {
        table(&[entry_row(entry, &t)]);
    }
}

pub fn same_as_yesterday(entries: &[EntryOut], locale: Locale) {
    let t = Texts::new(locale);
    if entries.is_empty() {
        say!("{}", t.get("cli-same-nothing", None));
        return;
    }
    let mut args = Args::new();
    args.set("count", entries.len());
    say!("{}", t.get("cli-same-logged", Some(&args)));
    let rows: Vec<_> = entries.iter().map(|e| entry_row(e, &t)).collect();
    table(&rows);
}

/// What the log says, as the app's Today says it: one label and why in a few words, what to
/// do, the findings, and where today's check-in stands.
fn assessment(view: &AssessmentView, today: &TodayView, t: &Texts<'_>) {
    heading(&t.get("cli-your-log", None));
    match &today.verdict {
        Some(verdict) => {
            say!("  {} — {}", verdict.label, verdict.headline);
            say!("  {}", verdict.advice);
            reasons(view, t);
        }
        None => findings(view, t),
    }
    let logged = if today.logged_today == 0 && today.all_fine_today.is_some() {
        t.get("today-checked-in-all-fine", None)
    } else {
        let mut args = Args::new();
        args.set("count", today.logged_today);
        t.get("cli-logged-today", Some(&args))
    };
    say!("  {logged}");
    if !today.checked_in_today {
        say!("  {}", t.get("cli-checkin-hint", None));
    }
}

/// What the log says: headline, what to do, each finding with its entries, entries that were
/// not assessed, and until when to check in.
fn findings(view: &AssessmentView, t: &Texts<'_>) {
    say!("  {}", view.headline);
    say!("  {}", view.advice);
    reasons(view, t);
}

/// Each finding with its entries, entries that were not assessed, and until when to check in.
fn reasons(view: &AssessmentView, t: &Texts<'_>) {
    for reason in &view.reasons {
        say!();
        if reason.kind == aftercare_core::ReasonKind::RedFlag {
            say!("  • {} ({})", reason.title, reason.status_label);
        } else {
            say!("  • {}", reason.title);
        }
        if let Some(detail) = &reason.detail {
            say!("    {detail}");
        }
        for entry in &reason.entries {
            let line = logged_line(
                &entry.symptom,
                entry.severity,
                entry.yes_no,
                entry.temperature.as_deref(),
                &entry.area_name,
                t,
            );
            say!("      {}: {line}", entry.observed.text);
        }
    }
    say!();
    if let Some(note) = &view.not_assessed_note {
        say!("  {note}");
    }
    // One message, one next step: daily check-ins are the step only for a watch.
    if let Some(until) = view
        .watch_until
        .as_ref()
        .filter(|_| view.level < TriageLevel::ContactProvider)
    {
        let mut args = Args::new();
        args.set("when", until.text.clone());
        say!("  {}", t.get("cli-check-in-until", Some(&args)));
    }
}

/// The demo's example log and what triage says of it.
pub fn example_log(view: &AssessmentView, log: &[SymptomEntry], zone: Tz, locale: Locale) {
    let t = Texts::new(locale);
    heading(&t.get("cli-demo-log", None));
    for entry in log {
        let line = logged_line(
            &aftercare_core::view::symptom_name(entry.kind, &t),
            entry.severity,
            entry.yes_no,
            None,
            &aftercare_core::view::area_name(entry.area, &t),
            &t,
        );
        say!(
            "  {}: {line}",
            format_local(entry.observed_at, zone, locale, Style::DateTime)
        );
    }
    say!();
    findings(view, &t);
}

/// What the log says now, with the disclaimer (after recording a provider contact).
pub fn log_says(view: &AssessmentView, locale: Locale) {
    let t = Texts::new(locale).for_who(view.who);
    heading(&t.get("cli-your-log", None));
    findings(view, &t);
    say!("{}", view.disclaimer);
}

/// After logging: when the log now asks the patient to contact their provider, say so at once.
pub fn call_to_action(view: &AssessmentView, locale: Locale) {
    let t = Texts::new(locale).for_who(view.who);
    heading(&t.get(
        if view.level == TriageLevel::Emergency {
            "cli-call-to-action-emergency"
        } else {
            "cli-call-to-action"
        },
        None,
    ));
    findings(view, &t);
    say!("{}", view.disclaimer);
}

pub fn today(view: &TodayView, locale: Locale) {
    // After an at-home treatment the patient contacts a healthcare professional.
    let who = view.assessment.as_ref().map(|a| a.who).unwrap_or_default();
    let t = Texts::new(locale).for_who(who);
    let title = match &view.protocol {
        Some(p) => format!("{} — {} v{}", t.get("cli-today", None), p.name, p.version),
        None => t.get("cli-today", None),
    };
    heading(&title);
    match &view.status {
        Some(status) => {
            let mut rows = vec![(
                t.get("cli-now", None),
                format!("{} — {}", status.now.text, status.headline),
            )];
            if let Some(phase) = &status.phase_title {
                rows.push((t.get("cli-phase", None), phase.clone()));
            }
            if let Some(id) = view.session_id {
                rows.push((t.get("cli-session", None), format!("#{id}")));
            }
            table(&rows);
            restrictions_and_routines(status, &t);
            if !status.expected_now.is_empty() {
                heading(&t.get("cli-expected-now", None));
                for rule in &status.expected_now {
                    say!("  • {}", rule.title);
                }
            }
            watch_for(status, &t);
        }
        None => say!("  {}", t.get("cli-no-current-session", None)),
    }
    if let Some(assessed) = &view.assessment {
        assessment(assessed, view, &t);
    }
    if let Some(next) = &view.next_session {
        say!();
        say!("  {}: {}", t.get("cli-next-session", None), next.text);
    }
    if !view.reminders.is_empty() {
        heading(&t.get("cli-reminders", None));
        reminder_rows(&view.reminders, &t);
    }
    if let Some(status) = &view.status {
        say!();
        say!("{}", status.disclaimer);
    }
}

/// A zone as a person reads it, with the id `--tz` takes: "Madrid (UTC+1) · Europe/Madrid".
fn zone_text(id: &str, at: DateTime<Utc>, locale: Locale) -> String {
    match id.parse::<chrono_tz::Tz>() {
        Ok(zone) => format!("{} · {id}", aftercare_core::zones::label(zone, at, locale)),
        Err(_) => id.to_string(),
    }
}

pub fn settings(
    settings: &PatientSettings,
    zone: chrono_tz::Tz,
    saved: bool,
    changed: bool,
    locale: Locale,
) {
    let t = Texts::new(locale);
    if changed {
        say!("{}", t.get("cli-settings-saved", None));
    }
    heading(&t.get("cli-settings", None));
    let hm = |time: chrono::NaiveTime| time.format("%H:%M").to_string();
    let quiet = match settings.quiet_hours {
        Some(q) => format!("{}–{}", hm(q.start()), hm(q.end())),
        None => t.get("cli-off", None),
    };
    let zone_words = zone_text(zone.name(), chrono::Utc::now(), locale);
    let zone = if saved {
        zone_words
    } else {
        let mut args = Args::new();
        args.set("zone", zone_words);
        t.get("cli-zone-not-saved", Some(&args))
    };
    table(&[
        (t.get("cli-wake", None), hm(settings.day_times.morning)),
        (t.get("cli-checkin", None), hm(settings.day_times.evening)),
        (t.get("cli-quiet", None), quiet),
        (
            t.get("cli-language", None),
            settings.locale.code().to_string(),
        ),
        (t.get("cli-zone", None), zone),
    ]);
}

pub fn backup_written(file: &std::path::Path, locale: Locale) {
    let mut args = Args::new();
    args.set("path", file.display().to_string());
    say!(
        "{}",
        Texts::new(locale).get("cli-backup-written", Some(&args))
    );
}

/// A new recovery code, shown once, with what it is for.
pub fn recovery_code(code: &str, locale: Locale) {
    let texts = Texts::new(locale);
    let mut args = Args::new();
    args.set("code", code.to_string());
    say!("{}", texts.get("cli-backup-code", Some(&args)));
    say!("{}", texts.get("cli-backup-code-note", None));
}

pub fn restored(path: &std::path::Path, sessions: usize, entries: usize, locale: Locale) {
    let mut args = Args::new();
    args.set("path", path.display().to_string());
    args.set("sessions", sessions);
    args.set("entries", entries);
    say!("{}", Texts::new(locale).get("cli-restored", Some(&args)));
}
