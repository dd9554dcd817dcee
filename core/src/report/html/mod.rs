//! The printable report: one self-contained HTML page, written through askama templates
//! (`core/templates/report/`) that escape every value at compile time.
//!
//! Page one answers "is this patient all right, and since when not?": for each session the
//! assessment (level in words, the red-flag episodes with their dates, the entries and notes
//! behind them, the patient's "I contacted my provider" records), then the summary. Each session
//! follows on a page of its own: one chart with every symptom on the same time axis, the
//! entries (red-flag and unusual entries marked), photos, and the condensed plan last.
//!
//! No external resource of any kind: the CSS is inline, charts are inline SVG, photos are
//! `data:` URIs, and a Content-Security-Policy forbids loading anything else. Print CSS keeps
//! headings with what follows them and starts each session on a new page; on a phone the tables
//! become one labelled card per row.

mod chart;
mod overview;
mod session;

use askama::Template;

use self::overview::Overview;
use self::session::SessionPage;
use super::write::{day_text, when};
use super::{ReportData, ReportSession};
use crate::journal::SessionStatus;
use crate::text::{Args, Texts};
use crate::triage::TriageLevel;

/// The fixed words of the page, in the report's language.
pub(crate) struct Labels {
    assessment: String,
    assessment_lead: String,
    summary: String,
    summary_caption: String,
    empty: String,
    booked: String,
    about: String,
    episodes: String,
    watch: String,
    contacts: String,
    col_session: String,
    col_treatment: String,
    col_ended: String,
    col_level: String,
    col_entries: String,
    col_highest: String,
    col_red_flags: String,
    col_when: String,
    col_what: String,
    col_day: String,
    col_symptom: String,
    col_severity: String,
    col_area: String,
    col_marks: String,
    col_note: String,
    mark_flag: String,
    mark_unusual: String,
    marks_legend: String,
    marks_legend_unusual: String,
    charts: String,
    chart_none: String,
    chart_band: String,
    chart_dot: String,
    chart_flagged: String,
    entries: String,
    entries_none: String,
    entries_caption: String,
    photos: String,
    timeline: String,
    timeline_caption: String,
    no_plan: String,
}

/// A column header that may wrap between words but never inside one: a number range such as
/// "(0–10)" is held together with word joiners (an en dash is otherwise a place to break).
fn header(text: String) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c == '–' && between_digits {
            out.push_str("\u{2060}–\u{2060}");
        } else {
            out.push(c);
        }
    }
    out
}

impl Labels {
    fn new(texts: &Texts<'_>) -> Labels {
        let t = |key: &str| texts.get(key, None);
        let h = |key: &str| header(texts.get(key, None));
        Labels {
            assessment: t("report-assessment"),
            assessment_lead: t("report-assessment-lead"),
            summary: t("report-summary"),
            summary_caption: t("report-summary-caption"),
            empty: t("report-empty"),
            booked: t("report-booked"),
            about: t("report-about"),
            episodes: t("report-episodes"),
            watch: t("report-watch"),
            contacts: t("report-contacts"),
            col_session: h("report-col-session"),
            col_treatment: h("report-col-treatment"),
            col_ended: h("report-col-ended"),
            col_level: h("report-col-level"),
            col_entries: h("report-col-entries"),
            col_highest: h("report-col-highest"),
            col_red_flags: h("report-col-red-flags"),
            col_when: h("report-col-when"),
            col_what: h("report-col-what"),
            col_day: h("report-col-day"),
            col_symptom: h("report-col-symptom"),
            col_severity: h("report-col-severity"),
            col_area: h("report-col-area"),
            col_marks: h("report-col-marks"),
            col_note: h("report-col-note"),
            mark_flag: t("report-mark-flag"),
            mark_unusual: t("report-mark-unusual"),
            marks_legend: t("report-marks-legend"),
            marks_legend_unusual: t("report-marks-legend-unusual"),
            charts: t("report-charts"),
            chart_none: t("report-chart-none"),
            chart_band: t("report-chart-band"),
            chart_dot: t("report-chart-dot"),
            chart_flagged: t("report-chart-flagged"),
            entries: t("report-entries"),
            entries_none: t("report-entries-none"),
            entries_caption: t("report-entries-caption"),
            photos: t("report-photos"),
            timeline: t("report-timeline"),
            timeline_caption: t("report-timeline-caption"),
            no_plan: t("report-no-plan"),
        }
    }
}

/// A row of the summary table.
pub(crate) struct SummaryRow {
    id: i64,
    number: String,
    treatment: String,
    ended: String,
    level_code: &'static str,
    level_word: String,
    entries: usize,
    highest: String,
    red_flags: usize,
}

/// The whole page.
#[derive(Template)]
#[template(path = "report/page.html")]
struct Page {
    lang: &'static str,
    title: String,
    meta: Vec<(String, String)>,
    labels: Labels,
    overview: Vec<Overview>,
    empty: bool,
    summary: Vec<SummaryRow>,
    booked: Vec<String>,
    sessions: Vec<SessionPage>,
    about: Vec<String>,
}

/// The report as one HTML page.
pub fn html(data: &ReportData) -> String {
    let locale = data.locale;
    let texts = Texts::new(locale);
    let t = |key: &str| texts.get(key, None);
    let title = t("report-title");

    let mut meta = Vec::new();
    if let Some(name) = &data.patient_name {
        meta.push((t("report-patient"), name.clone()));
    }
    meta.push((t("report-period"), period(data, &texts)));
    if let Some(id) = data.session_filter {
        meta.push((t("report-col-session"), id.to_string()));
    }
    meta.push((
        t("report-created"),
        when(data.generated_at, data.zone, locale),
    ));
    meta.push((
        t("report-zone"),
        crate::zones::label(data.zone, data.generated_at, data.locale),
    ));

    let booked = data
        .planned
        .iter()
        .filter_map(|planned| {
            let at = planned.record.starts_at?;
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
            Some(texts.get("report-booked-item", Some(&args)))
        })
        .collect();

    let page = Page {
        lang: locale.code(),
        meta,
        labels: Labels::new(&texts),
        // Newest first: the latest session says most about how the patient is now.
        overview: data
            .sessions
            .iter()
            .rev()
            .filter(|s| s.record.status == SessionStatus::Done)
            .map(|s| Overview::new(data, s, &texts))
            .collect(),
        empty: data.is_empty(),
        summary: data
            .sessions
            .iter()
            .map(|s| summary_row(data, s, &texts))
            .collect(),
        booked,
        sessions: data
            .sessions
            .iter()
            .map(|s| SessionPage::new(data, s, &texts))
            .collect(),
        about: vec![t("report-disclaimer"), t("disclaimer")],
        title,
    };
    // Rendering fails only if a value's `Display` fails; ours are strings and numbers, which
    // cannot. Should it ever happen, the page says so instead of being empty.
    page.render().unwrap_or_else(|_| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><meta charset=\"utf-8\"><title>{}</title><p>{}</p><p>{}</p></html>\n",
            locale.code(),
            super::write::html_text(&page.title),
            super::write::html_text(&t("report-render-failed")),
            super::write::html_text(&t("disclaimer")),
        )
    })
}

/// The level of a session in the summary and on page one: its code (for the CSS class) and
/// its word.
pub(crate) fn level_words(level: Option<TriageLevel>, texts: &Texts<'_>) -> (&'static str, String) {
    let code = level.map_or("none", TriageLevel::code);
    (code, texts.get(&format!("report-level-word-{code}"), None))
}

fn summary_row(data: &ReportData, s: &ReportSession, texts: &Texts<'_>) -> SummaryRow {
    let level = s.triage.as_ref().map(|t| t.assessment.level);
    let (level_code, level_word) = level_words(level, texts);
    SummaryRow {
        id: s.record.id,
        number: session_label(s),
        treatment: protocol_name(s.protocol.as_deref(), &s.record.protocol.id, data.locale),
        ended: s
            .record
            .ended_at
            .map_or_else(String::new, |at| when(at, data.zone, data.locale)),
        level_code,
        level_word,
        entries: s.entries.len(),
        // The highest 0–10 score: a yes/no answer has none.
        highest: s
            .entries
            .iter()
            .filter(|e| !e.yes_no)
            .map(|e| e.severity)
            .max()
            .map_or_else(|| "–".to_string(), |m| m.to_string()),
        red_flags: s.triage.as_ref().map_or(0, |t| t.episodes().len()),
    }
}

/// "22 Nov 2026 to 28 Nov 2026", "from ...", "until ...", "everything recorded".
pub(crate) fn period(data: &ReportData, texts: &Texts<'_>) -> String {
    let day = |d| day_text(d, data.locale);
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

/// A protocol's name in `locale`, or its id if the catalog no longer has it.
pub(crate) fn protocol_name(
    protocol: Option<&crate::protocol::Protocol>,
    id: &str,
    locale: crate::text::Locale,
) -> String {
    protocol.map_or_else(|| id.to_string(), |p| p.display_name(locale))
}

/// The session's number in its series, or its journal id for a booked one.
fn session_label(s: &ReportSession) -> String {
    if s.record.status == SessionStatus::Done {
        s.record.number.to_string()
    } else {
        format!("#{}", s.record.id)
    }
}

#[cfg(test)]
mod tests {
    use super::header;

    #[test]
    fn headers_hold_number_ranges_together() {
        assert_eq!(
            header("Severity (0–10)".into()),
            "Severity (0\u{2060}–\u{2060}10)"
        );
        assert_eq!(header("A – B".into()), "A – B");
    }
}
