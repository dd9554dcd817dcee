//! One chart per session: a small panel per symptom, all on the same time axis, so signs that
//! coincide (fever, pus, pain and warmth on day 3) line up vertically.
//!
//! Each panel shades the protocol's usual window for its symptom, draws the entries in time
//! order and marks the entries behind a red flag with a larger diamond (shape and size, not
//! only colour). The geometry is computed here; `templates/report/chart.html` only draws it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use super::super::write::{expected_windows, hours_since, local_number};
use crate::plan::RecoveryPlan;
use crate::symptom::{SymptomEntry, SymptomKind};
use crate::text::{Args, Locale, Texts};
use crate::view::symptom_name;

/// Width of the drawing (SVG user units).
const W: f64 = 520.0;
/// Room for the severity labels on the left.
const LEFT: f64 = 34.0;
/// Room on the right, so the last point is not cut.
const RIGHT: f64 = 12.0;
/// Height of one panel's plot (severity 0 to 10).
const PANEL: f64 = 46.0;
/// Room above a panel for its label.
const LABEL: f64 = 22.0;
/// Gap below a panel.
const GAP: f64 = 8.0;
/// Room below the last panel for the time labels and the axis caption.
const AXIS: f64 = 40.0;
/// A time axis that ends within this many hours is drawn in hours, not days.
const HOURS_AXIS_UP_TO: f64 = 48.0;
/// Windows and elapsed times under a day are written in hours, not days.
const HOURS_UNDER: f64 = 24.0;

/// A labelled tick on the time axis.
pub(crate) struct Tick {
    /// Its x.
    pub x: String,
    /// Its label ("3", "12").
    pub label: String,
}

/// A shaded rectangle: where the protocol lists the symptom as usual.
pub(crate) struct Band {
    /// Left edge.
    pub x: String,
    /// Width.
    pub width: String,
}

/// One entry on a panel.
pub(crate) struct Point {
    /// Centre x.
    pub x: String,
    /// Centre y.
    pub y: String,
    /// Behind a red flag: drawn as a larger diamond.
    pub flagged: bool,
    /// The diamond's outline, for flagged points (empty otherwise).
    pub diamond: String,
}

/// One symptom's panel.
pub(crate) struct Panel {
    /// The symptom's name (drawn above the panel).
    pub label: String,
    /// Its usual window in words, or that the protocol does not list it as usual.
    pub window: String,
    /// Baseline of the label.
    pub label_y: String,
    /// Top of the plot.
    pub top: String,
    /// y of severity 10, 5 and 0 (grid lines), with their labels.
    pub grid: Vec<(String, &'static str)>,
    /// The usual windows, shaded.
    pub bands: Vec<Band>,
    /// The entries joined in time order (an SVG `points` list).
    pub line: String,
    /// The entries.
    pub points: Vec<Point>,
}

/// A session's chart.
pub(crate) struct Chart {
    /// Element id prefix (unique in the page).
    pub id: String,
    /// The title, shown above the chart and as the SVG's `<title>`.
    pub title: String,
    /// The numbers in words, for a screen reader.
    pub desc: String,
    /// Total height (the width is fixed).
    pub height: String,
    /// Height of one panel's plot.
    pub panel_height: String,
    /// Width.
    pub width: String,
    /// Left edge of the plots.
    pub left: String,
    /// Right edge of the plots.
    pub right: String,
    /// Top of the first plot and bottom of the last (the tick lines run between them).
    pub plots_top: String,
    /// Bottom of the last plot.
    pub plots_bottom: String,
    /// The time axis.
    pub ticks: Vec<Tick>,
    /// y of the tick labels.
    pub tick_label_y: String,
    /// The axis caption ("Days since the session").
    pub x_caption: String,
    /// Its baseline.
    pub x_caption_y: String,
    /// Centre of the plots, for the caption.
    pub centre: String,
    /// One panel per symptom.
    pub panels: Vec<Panel>,
    /// Whether any point is behind a red flag (the legend then names the diamond).
    pub any_flagged: bool,
}

fn n(value: f64) -> String {
    format!("{value:.1}")
}

/// The unit the time axis and a window are written in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Hours,
    Days,
}

impl Unit {
    fn per_hour(self) -> f64 {
        match self {
            Unit::Hours => 1.0,
            Unit::Days => 1.0 / 24.0,
        }
    }
}

/// "0 to 1 hours after the session", "0 to 2 days after the session": hours for a window
/// that ends within the first day, so a one-hour window never reads "0 to 0 days".
pub(crate) fn window_text(from_h: f64, to_h: f64, texts: &Texts<'_>) -> String {
    let locale = texts.locale();
    let unit = if to_h < HOURS_UNDER {
        Unit::Hours
    } else {
        Unit::Days
    };
    let mut args = Args::new();
    args.set("from", local_number(from_h * unit.per_hour(), locale));
    args.set("to", local_number(to_h * unit.per_hour(), locale));
    let key = match unit {
        Unit::Hours => "report-window-hours",
        Unit::Days => "report-window-days",
    };
    texts.get(key, Some(&args))
}

/// "usual 0–1 h after", "usual 0–2 days after": the same, short enough for a panel's label.
fn window_label(windows: &[(f64, f64)], texts: &Texts<'_>) -> String {
    if windows.is_empty() {
        return texts.get("report-chart-no-window", None);
    }
    let locale = texts.locale();
    let ranges: Vec<String> = windows
        .iter()
        .map(|&(from_h, to_h)| {
            let (unit, key) = if to_h < HOURS_UNDER {
                (Unit::Hours, "report-window-short-hours")
            } else {
                (Unit::Days, "report-window-short-days")
            };
            let mut args = Args::new();
            args.set("from", local_number(from_h * unit.per_hour(), locale));
            args.set("to", local_number(to_h * unit.per_hour(), locale));
            texts.get(key, Some(&args))
        })
        .collect();
    let mut args = Args::new();
    args.set("windows", ranges.join(", "));
    texts.get("report-chart-window-short", Some(&args))
}

/// "2 hours", "3.5 days": an elapsed time since the session, in hours under a day.
pub(crate) fn elapsed_text(hours: f64, locale: Locale, texts: &Texts<'_>) -> String {
    let mut args = Args::new();
    if hours.abs() < HOURS_UNDER {
        args.set("n", local_number(hours, locale));
        args.set("count", (hours * 10.0).round() / 10.0);
        texts.get("report-elapsed-hours", Some(&args))
    } else {
        let days = hours / 24.0;
        args.set("n", local_number(days, locale));
        args.set("count", (days * 10.0).round() / 10.0);
        texts.get("report-elapsed-days", Some(&args))
    }
}

/// The chart of a session's entries from its end on; `None` when nothing was logged after it.
pub(crate) fn chart(
    session: i64,
    ended: DateTime<Utc>,
    plan: Option<&RecoveryPlan>,
    entries: &[SymptomEntry],
    flagged: &BTreeSet<i64>,
    texts: &Texts<'_>,
) -> Option<Chart> {
    let locale = texts.locale();
    let mut by_kind: BTreeMap<SymptomKind, Vec<(&SymptomEntry, f64)>> = BTreeMap::new();
    // A yes/no answer (a fever) has no place on a 0–10 axis: the table and the evidence say it.
    for e in entries
        .iter()
        .filter(|e| e.observed_at >= ended && !e.yes_no)
    {
        by_kind
            .entry(e.kind)
            .or_default()
            .push((e, hours_since(ended, e.observed_at)));
    }
    if by_kind.is_empty() {
        return None;
    }
    for list in by_kind.values_mut() {
        list.sort_by(|a, b| a.1.total_cmp(&b.1));
    }
    // Usual windows in hours, per symptom.
    let windows: BTreeMap<SymptomKind, Vec<(f64, f64)>> = by_kind
        .keys()
        .map(|&kind| {
            let list = plan
                .map(|p| expected_windows(p, kind))
                .unwrap_or_default()
                .into_iter()
                .map(|(from, to)| (from * 24.0, to * 24.0))
                .collect();
            (kind, list)
        })
        .collect();

    // One x range for every panel: the last entry or the end of the last usual window shown.
    let last_entry = by_kind
        .values()
        .flat_map(|l| l.iter().map(|(_, h)| *h))
        .fold(0.0, f64::max);
    let last_window = windows
        .values()
        .flat_map(|l| l.iter().map(|w| w.1))
        .fold(0.0, f64::max);
    let span_h = last_entry.max(last_window).max(1.0);
    let unit = if span_h <= HOURS_AXIS_UP_TO {
        Unit::Hours
    } else {
        Unit::Days
    };
    let span = span_h * unit.per_hour();
    let steps: &[f64] = match unit {
        Unit::Hours => &[1.0, 2.0, 3.0, 6.0, 12.0],
        Unit::Days => &[
            1.0, 2.0, 5.0, 7.0, 14.0, 28.0, 30.0, 60.0, 90.0, 180.0, 365.0,
        ],
    };
    let step = steps
        .iter()
        .copied()
        .find(|s| span / s <= 8.0)
        .unwrap_or(730.0);
    let x_max = (span / step).ceil() * step;
    let plot_w = W - LEFT - RIGHT;
    let x = |hours: f64| LEFT + (hours * unit.per_hour()).clamp(0.0, x_max) / x_max * plot_w;

    let mut panels = Vec::with_capacity(by_kind.len());
    let mut desc_parts = Vec::with_capacity(by_kind.len());
    let mut any_flagged = false;
    let mut top = LABEL;
    for (kind, list) in &by_kind {
        let y = |severity: u8| top + (10.0 - f64::from(severity)) / 10.0 * PANEL;
        let label = symptom_name(*kind, texts);
        let kind_windows = &windows[kind];
        let window = if kind_windows.is_empty() {
            texts.get("report-chart-no-window", None)
        } else {
            let ranges: Vec<String> = kind_windows
                .iter()
                .map(|(from, to)| window_text(*from, *to, texts))
                .collect();
            let mut args = Args::new();
            args.set("windows", ranges.join(", "));
            texts.get("report-chart-window", Some(&args))
        };
        let window = format!("{window}.");
        let bands = kind_windows
            .iter()
            .filter_map(|(from, to)| {
                let (x0, x1) = (x(*from), x(*to));
                (x1 > x0).then(|| Band {
                    x: n(x0),
                    width: n(x1 - x0),
                })
            })
            .collect();
        let mut line = String::with_capacity(list.len() * 12);
        let mut points = Vec::with_capacity(list.len());
        for (i, (entry, hours)) in list.iter().enumerate() {
            let (px, py) = (x(*hours), y(entry.severity));
            if i > 0 {
                line.push(' ');
            }
            line.push_str(&format!("{px:.1},{py:.1}"));
            let is_flagged = flagged.contains(&entry.id);
            any_flagged |= is_flagged;
            let r = 6.5;
            let diamond = if is_flagged {
                format!(
                    "M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z",
                    px,
                    py - r,
                    px + r,
                    py,
                    px,
                    py + r,
                    px - r,
                    py
                )
            } else {
                String::new()
            };
            points.push(Point {
                x: n(px),
                y: n(py),
                flagged: is_flagged,
                diamond,
            });
        }
        // Words for a screen reader: count, when, the highest score and when it came.
        let (max_entry, max_h) = list.iter().fold((list[0].0, list[0].1), |acc, (e, h)| {
            if e.severity > acc.0.severity {
                (*e, *h)
            } else {
                acc
            }
        });
        let mut args = Args::new();
        args.set("symptom", label.clone());
        args.set("count", list.len());
        args.set("first", elapsed_text(list[0].1, locale, texts));
        args.set("last", elapsed_text(list[list.len() - 1].1, locale, texts));
        args.set("max", max_entry.severity);
        args.set("max_at", elapsed_text(max_h, locale, texts));
        let mut part = texts.get("report-chart-desc", Some(&args));
        part.push(' ');
        part.push_str(&window);
        desc_parts.push(part);

        panels.push(Panel {
            label,
            window: window_label(kind_windows, texts),
            label_y: n(top - 7.0),
            top: n(top),
            grid: vec![(n(y(10)), "10"), (n(y(5)), "5"), (n(y(0)), "0")],
            bands,
            line,
            points,
        });
        top += PANEL + GAP + LABEL;
    }
    let plots_bottom = top - GAP - LABEL;
    let height = plots_bottom + AXIS;
    let ticks = (0..=((x_max / step).round() as usize))
        .map(|i| {
            let value = i as f64 * step;
            Tick {
                x: n(LEFT + value / x_max * plot_w),
                label: local_number(value, locale),
            }
        })
        .collect();
    let (title_key, caption_key) = match unit {
        Unit::Hours => ("report-chart-title-hours", "report-chart-x-hours"),
        Unit::Days => ("report-chart-title", "report-chart-x"),
    };
    Some(Chart {
        id: format!("c{session}"),
        title: texts.get(title_key, None),
        desc: desc_parts.join(" "),
        height: n(height),
        width: n(W),
        panel_height: n(PANEL),
        left: n(LEFT),
        right: n(W - RIGHT),
        plots_top: n(LABEL),
        plots_bottom: n(plots_bottom),
        ticks,
        tick_label_y: n(plots_bottom + 16.0),
        x_caption: texts.get(caption_key, None),
        x_caption_y: n(plots_bottom + 34.0),
        centre: n(LEFT + plot_w / 2.0),
        panels,
        any_flagged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_windows_are_written_in_hours() {
        let texts = Texts::new(Locale::En);
        assert_eq!(
            window_text(0.0, 1.0, &texts),
            "0 to 1 hours after the session"
        );
        assert_eq!(
            window_text(0.0, 48.0, &texts),
            "0 to 2 days after the session"
        );
        assert_eq!(
            window_text(0.0, 72.0, &texts),
            "0 to 3 days after the session"
        );
        let es = Texts::new(Locale::Es);
        assert_eq!(
            window_text(0.0, 12.0, &es),
            "de 0 a 12 horas después de la sesión"
        );
        assert_eq!(
            window_text(0.0, 36.0, &es),
            "de 0 a 1,5 días después de la sesión"
        );
        assert_eq!(elapsed_text(0.5, Locale::En, &texts), "0.5 hours");
        assert_eq!(elapsed_text(1.0, Locale::En, &texts), "1 hour");
        assert_eq!(elapsed_text(72.0, Locale::En, &texts), "3 days");
        assert_eq!(elapsed_text(36.0, Locale::Es, &es), "1,5 días");
        assert_eq!(elapsed_text(2.0, Locale::Es, &es), "2 horas");
    }
}
