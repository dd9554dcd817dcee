//! The printable report: one self-contained HTML page.
//!
//! No external resource of any kind: the CSS is inline, charts are inline SVG, photos are
//! `data:` URIs, and a Content-Security-Policy forbids loading anything else. Print CSS lets
//! iOS (`UIPrintPageRenderer` / WKWebView `createPDF`) and Android (`WebView` print adapter)
//! make a PDF natively. Headings, table headers with `scope`, captions, `alt` texts and SVG
//! titles and descriptions keep it usable with a screen reader; on a phone it reads as one
//! column with tables that scroll sideways.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use super::write::{
    day_text, escape_html, expected_windows, hours_since, html_text, local_number, recovery_day,
    when,
};
use super::{PhotoContent, ReportData, ReportSession};
use crate::journal::SessionStatus;
use crate::symptom::{SymptomEntry, SymptomKind};
use crate::text::{Args, Texts};
use crate::triage::{Assessment, AssessmentView, TriageLevel};
use crate::view::PlanView;
use crate::view::{area_name, symptom_name};

const CSS: &str = "\
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0b5cad;--flag:#b42318}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:0 0 .3rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0}
.table-wrap{overflow-x:auto;margin:.5rem 0}
.table-wrap:focus{outline:2px solid var(--accent)}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;color:var(--muted);padding:.2rem 0;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
thead th{background:var(--soft)}
tbody th{font-weight:normal;white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0;break-inside:avoid}
figcaption{font-size:.9rem;color:var(--muted)}
svg.chart{width:100%;max-width:40rem;height:auto;display:block;font:12px system-ui,sans-serif}
.flag{border-left:4px solid var(--flag);background:#fef3f2;padding:.5rem .8rem;margin:.8rem 0;break-inside:avoid}
.flag p{margin:.2rem 0}
.flag ul{margin:.2rem 0;padding-left:1.2rem}
.level{font-weight:bold;color:var(--flag)}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.photos img{width:100%;height:auto;border:1px solid var(--line)}
.empty{padding:.8rem;background:var(--soft)}
footer{margin-top:2.5rem}
.disclaimer{border:1px solid var(--line);background:var(--soft);padding:.8rem}
@media (max-width:30rem){body{padding:.6rem;font-size:15px}dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:.3rem}}
@media print{
@page{margin:14mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0;font-size:10.5pt}
h2,h3,h4{break-after:avoid}
section.session{break-before:page}
.table-wrap{overflow:visible}
table{font-size:9pt}
thead{display:table-header-group}
tr,figure,.flag,.disclaimer{break-inside:avoid}
svg.chart{max-width:16cm}
.photos{grid-template-columns:repeat(2,1fr)}
}
";

/// The report as one HTML page.
pub fn html(data: &ReportData) -> String {
    let locale = data.locale;
    let texts = Texts::new(locale);
    let t = |key: &str| html_text(&texts.get(key, None));
    let ta = |key: &str, args: &Args<'_>| html_text(&texts.get(key, Some(args)));
    let mut o = String::with_capacity(64 * 1024 + data.entry_count() * 160);

    let title = texts.get("report-title", None);
    o.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(o, "<html lang=\"{}\">", locale.code());
    o.push_str("<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n");
    o.push_str("<meta name=\"generator\" content=\"Aftercare\">\n");
    let _ = writeln!(o, "<title>{}</title>", html_text(&title));
    let _ = writeln!(o, "<style>\n{CSS}</style>\n</head>\n<body>");

    // Who, when, what.
    o.push_str("<header>\n");
    let _ = writeln!(o, "<h1>{}</h1>", html_text(&title));
    o.push_str("<dl class=\"meta\">\n");
    let mut meta = |label: String, value: String| {
        let _ = writeln!(o, "<dt>{label}</dt><dd>{value}</dd>");
    };
    if let Some(name) = &data.patient_name {
        meta(t("report-patient"), html_text(name));
    }
    meta(t("report-period"), html_text(&period(data, &texts)));
    if let Some(id) = data.session_filter {
        meta(t("report-col-session"), id.to_string());
    }
    meta(
        t("report-created"),
        html_text(&when(data.generated_at, data.zone, locale)),
    );
    meta(t("report-zone"), html_text(data.zone.name()));
    o.push_str("</dl>\n</header>\n<main>\n");

    // Summary.
    o.push_str("<section aria-labelledby=\"summary\">\n");
    let _ = writeln!(o, "<h2 id=\"summary\">{}</h2>", t("report-summary"));
    if data.is_empty() {
        let _ = writeln!(o, "<p class=\"empty\">{}</p>", t("report-empty"));
    } else if !data.sessions.is_empty() {
        summary_table(&mut o, data, &texts);
    }
    if !data.planned.is_empty() {
        let _ = writeln!(o, "<h3>{}</h3>\n<ul>", t("report-booked"));
        for planned in &data.planned {
            let Some(at) = planned.record.starts_at else {
                continue;
            };
            let mut args = Args::new();
            args.set("when", when(at, data.zone, locale));
            args.set(
                "protocol",
                protocol_name(
                    planned.protocol.as_deref(),
                    &planned.record.protocol.id,
                    locale,
                ),
            );
            let _ = writeln!(o, "<li>{}</li>", ta("report-booked-item", &args));
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</section>\n");

    for session in &data.sessions {
        session_section(&mut o, data, session, &texts);
    }
    o.push_str("</main>\n");

    // The disclaimer, always.
    o.push_str("<footer>\n<section aria-labelledby=\"about\" class=\"disclaimer\">\n");
    let _ = writeln!(o, "<h2 id=\"about\">{}</h2>", t("report-about"));
    let _ = writeln!(o, "<p>{}</p>", t("report-disclaimer"));
    let _ = writeln!(o, "<p>{}</p>", t("disclaimer"));
    o.push_str("</section>\n</footer>\n</body>\n</html>\n");
    o
}

/// "22 Nov 2026 to 28 Nov 2026", "from ...", "until ...", "everything recorded".
pub(crate) fn period(data: &ReportData, texts: &Texts<'_>) -> String {
    let day = |d| day_text(d, data.zone, data.locale);
    let mut args = Args::new();
    match (data.from, data.to) {
        (Some(from), Some(to)) => {
            args.set("from", day(from));
            args.set("to", day(to));
            texts.get("report-period-range", Some(&args))
        }
        (Some(from), None) => {
            args.set("from", day(from));
            texts.get("report-period-from", Some(&args))
        }
        (None, Some(to)) => {
            args.set("to", day(to));
            texts.get("report-period-until", Some(&args))
        }
        (None, None) => texts.get("report-period-all", None),
    }
}

pub(crate) fn protocol_name(
    protocol: Option<&crate::protocol::Protocol>,
    id: &str,
    locale: crate::text::Locale,
) -> String {
    protocol.map_or_else(|| id.to_string(), |p| p.display_name(locale))
}

/// Opens a table in a scroll region a keyboard can reach, named by its caption.
fn table_open(o: &mut String, caption: &str) {
    let caption = html_text(caption);
    let _ = writeln!(
        o,
        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{caption}\"><table>\n<caption>{caption}</caption>"
    );
}

fn summary_table(o: &mut String, data: &ReportData, texts: &Texts<'_>) {
    let t = |key: &str| html_text(&texts.get(key, None));
    table_open(o, &texts.get("report-summary-caption", None));
    let _ = writeln!(
        o,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        t("report-col-session"),
        t("report-col-treatment"),
        t("report-col-ended"),
        t("report-col-entries"),
        t("report-col-highest"),
        t("report-col-red-flags"),
    );
    for s in &data.sessions {
        let name = protocol_name(s.protocol.as_deref(), &s.record.protocol.id, data.locale);
        let ended = s
            .record
            .ended_at
            .map_or_else(String::new, |at| when(at, data.zone, data.locale));
        let highest = s
            .entries
            .iter()
            .map(|e| e.severity)
            .max()
            .map_or_else(|| "–".to_string(), |m| m.to_string());
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\"><a href=\"#s{id}\">{number}</a></th><td>{name}</td><td>{ended}</td><td class=\"num\">{entries}</td><td class=\"num\">{highest}</td><td class=\"num\">{flags}</td></tr>",
            id = s.record.id,
            number = session_label(s),
            name = html_text(&name),
            ended = html_text(&ended),
            entries = s.entries.len(),
            flags = s.red_flags.len(),
        );
    }
    o.push_str("</tbody>\n</table></div>\n");
}

fn session_label(s: &ReportSession) -> String {
    if s.record.status == SessionStatus::Done {
        s.record.number.to_string()
    } else {
        format!("#{}", s.record.id)
    }
}

fn session_section(o: &mut String, data: &ReportData, s: &ReportSession, texts: &Texts<'_>) {
    let locale = data.locale;
    let zone = data.zone;
    let t = |key: &str| html_text(&texts.get(key, None));
    let name = protocol_name(s.protocol.as_deref(), &s.record.protocol.id, locale);
    let id = s.record.id;
    let _ = writeln!(o, "<section class=\"session\" aria-labelledby=\"s{id}\">");
    let mut args = Args::new();
    args.set("protocol", name.clone());
    args.set("number", s.record.number);
    let heading = if s.record.status == SessionStatus::Done {
        texts.get("report-session-heading", Some(&args))
    } else {
        texts.get("report-session-heading-booked", Some(&args))
    };
    let _ = writeln!(o, "<h2 id=\"s{id}\">{}</h2>", html_text(&heading));

    o.push_str("<dl class=\"meta\">\n");
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd>{}</dd>",
        t("report-treatment"),
        html_text(&name)
    );
    let mut args = Args::new();
    args.set("id", s.record.protocol.id.clone());
    args.set("version", s.record.protocol.version);
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd>{}</dd>",
        t("report-protocol"),
        html_text(&texts.get("report-protocol-version", Some(&args)))
    );
    if let Some(at) = s.record.ended_at {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            t("report-col-ended"),
            html_text(&when(at, zone, locale))
        );
    } else if let Some(at) = s.record.starts_at {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            t("report-booked-for"),
            html_text(&when(at, zone, locale))
        );
    }
    o.push_str("</dl>\n");

    // The timeline followed.
    let _ = writeln!(o, "<h3>{}</h3>", t("report-timeline"));
    match &s.plan {
        Some(plan) => {
            let view = PlanView::new(plan, zone, locale);
            table_open(o, &texts.get("report-timeline-caption", None));
            let _ = writeln!(
                o,
                "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                t("report-col-when"),
                t("report-col-what")
            );
            for (milestone, m) in view.timeline.iter().zip(&plan.milestones) {
                let _ = writeln!(
                    o,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    html_text(&when(m.at, zone, locale)),
                    html_text(&milestone.text)
                );
            }
            o.push_str("</tbody>\n</table></div>\n");
        }
        None => {
            let _ = writeln!(o, "<p>{}</p>", t("report-no-plan"));
        }
    }

    // A chart per symptom.
    let _ = writeln!(o, "<h3>{}</h3>", t("report-charts"));
    let mut by_kind: BTreeMap<SymptomKind, Vec<&SymptomEntry>> = BTreeMap::new();
    let ended = s.record.ended_at;
    for e in &s.entries {
        if ended.is_some_and(|end| e.observed_at >= end) {
            by_kind.entry(e.kind).or_default().push(e);
        }
    }
    if by_kind.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t("report-chart-none"));
    }
    let flagged: std::collections::HashSet<i64> = s
        .red_flags
        .iter()
        .flat_map(|r| r.entry_ids.iter().copied())
        .collect();
    for (kind, entries) in &by_kind {
        let Some(end) = ended else { continue };
        let windows = s
            .plan
            .as_ref()
            .map(|p| expected_windows(p, *kind))
            .unwrap_or_default();
        chart(o, id, *kind, entries, end, &windows, &flagged, texts);
    }

    // Red flags with their reasons.
    let _ = writeln!(o, "<h3>{}</h3>", t("report-red-flags"));
    match (&s.plan, s.red_flags.is_empty()) {
        (Some(plan), false) => {
            let assessment = Assessment {
                level: s
                    .red_flags
                    .iter()
                    .map(|r| r.level)
                    .max()
                    .unwrap_or(TriageLevel::Normal),
                reasons: s.red_flags.clone(),
                episodes: Vec::new(),
                not_assessed: Vec::new(),
                watch_until: None,
            };
            let mut named: Vec<SymptomEntry> = s.flag_context.clone();
            named.extend(s.entries.iter().cloned());
            let view = AssessmentView::new(plan, &assessment, &named, locale, zone);
            for reason in &view.reasons {
                let level = texts.get(&format!("report-flag-level-{}", reason.level.code()), None);
                let _ = writeln!(o, "<div class=\"flag level-{}\">", reason.level.code());
                let _ = writeln!(o, "<h4>{}</h4>", html_text(&reason.title));
                let _ = writeln!(o, "<p class=\"level\">{}</p>", html_text(&level));
                if let Some(detail) = &reason.detail {
                    let _ = writeln!(o, "<p>{}</p>", html_text(detail));
                }
                let _ = writeln!(o, "<p>{}</p>\n<ul>", t("report-flag-entries"));
                for entry in &reason.entries {
                    let mut args = Args::new();
                    let at = named
                        .iter()
                        .find(|e| e.id == entry.id)
                        .map(|e| when(e.observed_at, zone, locale))
                        .unwrap_or_else(|| entry.observed.text.clone());
                    args.set("when", at);
                    args.set("symptom", entry.symptom.clone());
                    args.set("severity", entry.severity);
                    args.set("area", entry.area_name.clone());
                    let _ = writeln!(
                        o,
                        "<li>{}</li>",
                        html_text(&texts.get("report-entry-line", Some(&args)))
                    );
                }
                o.push_str("</ul>\n</div>\n");
            }
        }
        _ => {
            let _ = writeln!(o, "<p>{}</p>", t("report-red-flags-none"));
        }
    }

    // The entries.
    let _ = writeln!(o, "<h3>{}</h3>", t("report-entries"));
    if s.entries.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t("report-entries-none"));
    } else {
        table_open(o, &texts.get("report-entries-caption", None));
        let _ = writeln!(
            o,
            "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            t("report-col-when"),
            t("report-col-day"),
            t("report-col-symptom"),
            t("report-col-severity"),
            t("report-col-area"),
            t("report-col-note"),
        );
        for e in &s.entries {
            let day = ended
                .and_then(|end| recovery_day(end, e.observed_at))
                .map_or_else(|| "–".to_string(), |d| d.to_string());
            o.push_str("<tr><th scope=\"row\">");
            escape_html(&when(e.observed_at, zone, locale), o);
            let _ = write!(o, "</th><td class=\"num\">{day}</td><td>");
            escape_html(&symptom_name(e.kind, texts), o);
            let _ = write!(o, "</td><td class=\"num\">{}</td><td>", e.severity);
            escape_html(&area_name(e.area, texts), o);
            o.push_str("</td><td>");
            escape_html(&e.note, o);
            o.push_str("</td></tr>\n");
        }
        o.push_str("</tbody>\n</table></div>\n");
    }

    // Photos.
    if !s.photos.is_empty() {
        let _ = writeln!(o, "<h3>{}</h3>", t("report-photos"));
        let left_out = s
            .photos
            .iter()
            .filter(|p| p.content == PhotoContent::NotRequested)
            .count();
        if left_out > 0 {
            let mut args = Args::new();
            args.set("count", left_out);
            let _ = writeln!(
                o,
                "<p>{}</p>",
                html_text(&texts.get("report-photos-not-included", Some(&args)))
            );
        }
        let mut grid = String::new();
        for item in &s.photos {
            let taken = when(item.photo.taken_at, zone, locale);
            let mut args = Args::new();
            args.set("when", taken.clone());
            match &item.content {
                PhotoContent::NotRequested => {}
                PhotoContent::Unavailable(problem) => {
                    args.set(
                        "why",
                        texts.get(&format!("report-photo-problem-{}", problem.code()), None),
                    );
                    let _ = writeln!(
                        o,
                        "<p>{}</p>",
                        html_text(&texts.get("report-photo-unavailable", Some(&args)))
                    );
                }
                PhotoContent::Embedded(image) => {
                    let alt = texts.get("report-photo-alt", Some(&args));
                    let _ = write!(
                        grid,
                        "<figure><img src=\"{}\" alt=\"{}\"><figcaption>{}",
                        image.data_uri(),
                        html_text(&alt),
                        html_text(&taken)
                    );
                    if !item.photo.note.is_empty() {
                        grid.push_str(": ");
                        escape_html(&item.photo.note, &mut grid);
                    }
                    grid.push_str("</figcaption></figure>\n");
                }
            }
        }
        if !grid.is_empty() {
            let _ = write!(o, "<div class=\"photos\">\n{grid}</div>\n");
        }
    }
    o.push_str("</section>\n");
}

/// Chart geometry (SVG user units).
const W: f64 = 640.0;
const H: f64 = 250.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 46.0;

/// One symptom's severity over the days since the session, its usual window shaded.
#[allow(clippy::too_many_arguments)]
fn chart(
    o: &mut String,
    session: i64,
    kind: SymptomKind,
    entries: &[&SymptomEntry],
    ended: DateTime<Utc>,
    windows: &[(f64, f64)],
    flagged: &std::collections::HashSet<i64>,
    texts: &Texts<'_>,
) {
    let locale = texts.locale();
    let symptom = symptom_name(kind, texts);
    let id = format!("c{session}-{}", kind.code());
    let days: Vec<f64> = entries
        .iter()
        .map(|e| hours_since(ended, e.observed_at) / 24.0)
        .collect();
    let last_day = days.iter().copied().fold(0.0, f64::max);
    let window_end = windows.iter().map(|w| w.1).fold(0.0, f64::max);
    let span = last_day.max(window_end).max(1.0);
    let step = [
        1.0, 2.0, 5.0, 7.0, 14.0, 28.0, 30.0, 60.0, 90.0, 180.0, 365.0,
    ]
    .into_iter()
    .find(|s| span / s <= 8.0)
    .unwrap_or(730.0);
    let x_max = (span / step).ceil() * step;
    let pw = W - LEFT - RIGHT;
    let ph = H - TOP - BOTTOM;
    let x = |d: f64| LEFT + d.clamp(0.0, x_max) / x_max * pw;
    let y = |s: f64| TOP + (10.0 - s) / 10.0 * ph;

    let mut args = Args::new();
    args.set("symptom", symptom.clone());
    let title = texts.get("report-chart-title", Some(&args));
    let (max_sev, max_at) = entries
        .iter()
        .zip(&days)
        .map(|(e, d)| (e.severity, *d))
        .fold(
            (0u8, 0.0),
            |acc, (s, d)| if s > acc.0 { (s, d) } else { acc },
        );
    let mut args = Args::new();
    args.set("count", entries.len());
    args.set(
        "first",
        local_number(days.first().copied().unwrap_or(0.0), locale),
    );
    args.set("last", local_number(last_day, locale));
    args.set("max", max_sev);
    args.set("max_day", local_number(max_at, locale));
    let mut desc = texts.get("report-chart-desc", Some(&args));
    let window_text = if windows.is_empty() {
        texts.get("report-chart-no-window", None)
    } else {
        let ranges: Vec<String> = windows
            .iter()
            .map(|(from, to)| {
                let mut a = Args::new();
                a.set("from", local_number(*from, locale));
                a.set("to", local_number(*to, locale));
                texts.get("report-chart-window-range", Some(&a))
            })
            .collect();
        let mut a = Args::new();
        a.set("windows", ranges.join(", "));
        texts.get("report-chart-window", Some(&a))
    };
    desc.push(' ');
    desc.push_str(&window_text);

    o.push_str("<figure>\n");
    let _ = writeln!(
        o,
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">"
    );
    let _ = writeln!(o, "<title id=\"{id}-t\">{}</title>", html_text(&title));
    let _ = writeln!(o, "<desc id=\"{id}-d\">{}</desc>", html_text(&desc));
    // The usual window(s), shaded.
    for (from, to) in windows {
        let (x0, x1) = (x(*from), x(*to));
        if x1 > x0 {
            let _ = writeln!(
                o,
                "<rect x=\"{x0:.1}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{ph}\" fill=\"#dcf1e4\"/>",
                x1 - x0
            );
        }
    }
    // Grid and axes.
    for s in [0.0, 2.0, 4.0, 6.0, 8.0, 10.0] {
        let yy = y(s);
        let _ = writeln!(
            o,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#d0d7de\" stroke-width=\"1\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#57606a\">{s}</text>",
            W - RIGHT,
            LEFT - 6.0,
            yy + 4.0
        );
    }
    let ticks = (x_max / step).round() as usize;
    for i in 0..=ticks {
        let d = i as f64 * step;
        let xx = x(d);
        let _ = writeln!(
            o,
            "<line x1=\"{xx:.1}\" y1=\"{:.1}\" x2=\"{xx:.1}\" y2=\"{:.1}\" stroke=\"#57606a\" stroke-width=\"1\"/><text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#57606a\">{}</text>",
            TOP + ph,
            TOP + ph + 5.0,
            TOP + ph + 18.0,
            local_number(d, locale)
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#1b1f24\">{}</text>",
        LEFT + pw / 2.0,
        H - 6.0,
        html_text(&texts.get("report-chart-x", None))
    );
    let _ = writeln!(
        o,
        "<text transform=\"translate(14 {:.1}) rotate(-90)\" text-anchor=\"middle\" fill=\"#1b1f24\">{}</text>",
        TOP + ph / 2.0,
        html_text(&texts.get("report-chart-y", None))
    );
    // The entries: a line in time order, a point per entry; red flags larger and red.
    o.push_str("<polyline fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.5\" points=\"");
    for (i, (e, d)) in entries.iter().zip(&days).enumerate() {
        if i > 0 {
            o.push(' ');
        }
        let _ = write!(o, "{:.1},{:.1}", x(*d), y(f64::from(e.severity)));
    }
    o.push_str("\"/>\n");
    let mut any_flagged = false;
    for (e, d) in entries.iter().zip(&days) {
        let (r, fill) = if flagged.contains(&e.id) {
            any_flagged = true;
            (5.0, "#b42318")
        } else {
            (3.0, "#0b5cad")
        };
        let _ = writeln!(
            o,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r}\" fill=\"{fill}\"/>",
            x(*d),
            y(f64::from(e.severity))
        );
    }
    o.push_str("</svg>\n<figcaption>");
    escape_html(&title, o);
    o.push_str(". ");
    escape_html(&window_text, o);
    if any_flagged {
        o.push(' ');
        escape_html(&texts.get("report-chart-flagged", None), o);
    }
    o.push_str("</figcaption>\n</figure>\n");
}
