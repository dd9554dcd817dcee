//! Human-readable output: aligned, plain text, in the chosen locale.

use std::sync::Arc;

use aftercare_core::local_time::{Style, format_local};
use aftercare_core::text::{Args, Texts};
use aftercare_core::view::{
    MilestoneView, PlanView, RemindersView, RuleView, SeriesView, StatusView,
};
use aftercare_core::{Locale, Protocol};
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
    println!();
    println!("{text}");
    println!("{}", "─".repeat(width(text)));
}

/// Prints rows of two columns, the first padded to the widest.
fn table(rows: &[(String, String)]) {
    let w = rows.iter().map(|(a, _)| width(a)).max().unwrap_or(0);
    for (a, b) in rows {
        println!("  {}  {b}", pad(a, w));
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
        println!("  extends {base}");
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
        println!(
            "  {}  {}  {}",
            pad(view.kind, 16),
            pad(&window, 14),
            view.title
        );
        println!(
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
    println!("{}", Texts::new(locale).get("cli-protocol-ok", Some(&args)));
}

pub fn demo_intro(protocol: &Protocol, ended: DateTime<Utc>, zone: Tz, locale: Locale) {
    let mut args = Args::new();
    args.set("protocol", protocol.display_name(locale));
    args.set("time", format_local(ended, zone, locale, Style::Time));
    println!("{}", Texts::new(locale).get("cli-demo-intro", Some(&args)));
}

fn rule_lines(label: &str, rules: &[RuleView]) {
    if rules.is_empty() {
        return;
    }
    println!("  {label}");
    for rule in rules {
        println!("    • {}", rule.title);
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
        (t.get("cli-zone", None), plan.session.zone.clone()),
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
        println!("  {detail}");
    }

    heading(&t.get("cli-avoid-until", None));
    if status.restrictions.is_empty() {
        println!("  {}", t.get("status-nothing-restricted", None));
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
        println!();
        println!("  {}", t.get("cli-lifted", None));
        for text in &status.lifted {
            println!("    ✓ {text}");
        }
    }

    if !status.routines_today.is_empty() {
        heading(&t.get("cli-due-today", None));
        let rows: Vec<_> = status
            .routines_today
            .iter()
            .map(|r| (time_of(&r.due.local), r.rule.title.clone()))
            .collect();
        table(&rows);
    }

    heading(&t.get("cli-how-skin-feels", None));
    rule_lines(&t.get("cli-expected-now", None), &status.expected_now);
    rule_lines(
        &t.get("cli-no-longer-expected", None),
        &status.no_longer_expected,
    );
    rule_lines(&t.get("cli-expected-later", None), &status.expected_later);

    if !status.watch_for.is_empty() {
        heading(&t.get("cli-watch-for", None));
        for flag in &status.watch_for {
            let level = flag
                .level
                .map(|l| match l {
                    aftercare_core::protocol::Level::Urgent => t.get("level-urgent", None),
                    aftercare_core::protocol::Level::ContactProvider => {
                        t.get("level-contact_provider", None)
                    }
                })
                .unwrap_or_default();
            println!("  • {} — {level}", flag.title);
        }
    }

    if let Some(next) = &status.next {
        println!();
        println!(
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
        println!(
            "  {} ({} – {})",
            phase.title, phase.starts.text, phase.ends.text
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
            println!("  {line}");
        }
    }

    println!();
    println!("{}", plan.disclaimer);
}

/// "HH:MM" from an RFC 3339 local stamp.
fn time_of(local: &str) -> String {
    local.get(11..16).unwrap_or(local).to_string()
}

fn timeline(milestones: &[MilestoneView], now_utc: &str, now_label: &str) {
    let w = milestones
        .iter()
        .map(|m| width(&m.at.text))
        .max()
        .unwrap_or(0);
    let mut marked = false;
    for m in milestones {
        // RFC 3339 UTC stamps of one format compare correctly as text.
        if !marked && m.at.utc.as_str() > now_utc {
            println!("  {} ◀ {now_label}", pad("", w));
            marked = true;
        }
        println!("  {}  {}", pad(&m.at.text, w), m.text);
    }
    if !marked {
        println!("  {} ◀ {now_label}", pad("", w));
    }
}

pub fn reminders(view: &RemindersView, locale: Locale) {
    let t = Texts::new(locale);
    heading(&t.get("cli-reminders", None));
    let rows: Vec<_> = view
        .reminders
        .iter()
        .map(|r| {
            let urgent = if r.reminder.urgent { " !" } else { "" };
            // "Allowed again" alone does not say what; its body does.
            let what = match r.reminder.category {
                aftercare_core::Category::Lifted => {
                    format!("{}: {}", r.reminder.title, r.reminder.body)
                }
                _ => r.reminder.title.clone(),
            };
            (
                format!("{}{urgent}", r.fire.text),
                format!("{}  {what}", pad(r.reminder.category.code(), 11)),
            )
        })
        .collect();
    table(&rows);
    let mut args = Args::new();
    args.set("when", view.refresh_at.text.clone());
    println!();
    println!("{}", t.get("cli-refresh-at", Some(&args)));
}
