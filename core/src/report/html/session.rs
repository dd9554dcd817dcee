//! A session's own page: what it was, one chart on one time axis, the entries (red-flag and
//! unusual ones marked), photos, and the plan it followed, condensed to one row per moment.

use super::super::names::Names;
use super::super::write::{expected, recovery_day, when};
use super::super::{EmbeddedImage, PhotoContent, ReportData, ReportSession};
use super::chart::{Chart, chart};
use super::protocol_name;
use crate::journal::SessionStatus;
use crate::text::{Args, Texts};
use crate::view::PlanView;

/// A row of the entries table.
pub(super) struct EntryRow {
    pub(super) when: String,
    pub(super) day: String,
    pub(super) symptom: String,
    /// The 0–10 score, or the yes/no answer with a measured temperature ("yes, 38.4 °C").
    pub(super) severity: String,
    pub(super) area: String,
    /// Behind a red flag shown on page one.
    pub(super) flagged: bool,
    /// The protocol does not list it (at this severity) as usual at that time.
    pub(super) unusual: bool,
    pub(super) note: String,
}

/// A photo as a `data:` URI. It holds only a media type and base64 (`A–Z a–z 0–9 + / =`), none
/// of which HTML escapes, and it can only be made from an embedded image; so the template
/// writes it as it is instead of scanning a megabyte of base64 for `<` and `&`.
pub(super) struct DataUri(String);

impl DataUri {
    fn new(image: &EmbeddedImage) -> DataUri {
        DataUri(image.data_uri())
    }
}

impl std::fmt::Display for DataUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl askama::filters::HtmlSafe for DataUri {}

/// An embedded photo.
pub(super) struct PhotoItem {
    pub(super) src: DataUri,
    pub(super) alt: String,
    pub(super) caption: String,
}

/// The plan's milestones at one moment.
pub(super) struct TimelineStep {
    pub(super) when: String,
    pub(super) lines: Vec<String>,
}

/// A session's page.
pub(super) struct SessionPage {
    pub(super) id: i64,
    pub(super) heading: String,
    pub(super) meta: Vec<(String, String)>,
    pub(super) chart: Option<Chart>,
    pub(super) entries: Vec<EntryRow>,
    /// "All fine today" check-ins in the selection, in one line.
    pub(super) check_ins: Option<String>,
    /// Photos left out, and why (one line each), or how many were not asked for.
    pub(super) photo_lines: Vec<String>,
    pub(super) photos: Vec<PhotoItem>,
    pub(super) timeline: Vec<TimelineStep>,
}

impl SessionPage {
    pub(super) fn new(data: &ReportData, s: &ReportSession, texts: &Texts<'_>) -> SessionPage {
        let locale = data.locale;
        let zone = data.zone;
        let t = |key: &str| texts.get(key, None);
        let name = protocol_name(s.protocol.as_deref(), &s.record.protocol.id, locale);
        let mut args = Args::new();
        args.set("protocol", name.clone());
        args.set("number", s.record.number);
        let heading = if s.record.status == SessionStatus::Done {
            texts.get("report-session-heading", Some(&args))
        } else {
            texts.get("report-session-heading-booked", Some(&args))
        };
        let mut meta = vec![(t("report-treatment"), name)];
        let mut args = Args::new();
        args.set("id", s.record.protocol.id.clone());
        args.set("version", s.record.protocol.version);
        meta.push((
            t("report-protocol"),
            texts.get("report-protocol-version", Some(&args)),
        ));
        if let Some(at) = s.record.ended_at {
            meta.push((t("report-col-ended"), when(at, zone, locale)));
        } else if let Some(at) = s.record.starts_at {
            meta.push((t("report-booked-for"), when(at, zone, locale)));
        }

        let flagged = s
            .triage
            .as_ref()
            .map(|t| t.raising_entries(&s.entries))
            .unwrap_or_default();
        let ended = s.record.ended_at;
        let chart = ended.and_then(|end| {
            chart(
                s.record.id,
                end,
                s.plan.as_ref(),
                &s.entries,
                &flagged,
                texts,
            )
        });
        let names = Names::new(texts);
        let entries = s
            .entries
            .iter()
            .map(|e| EntryRow {
                when: when(e.observed_at, zone, locale),
                day: ended
                    .and_then(|end| recovery_day(end, e.observed_at))
                    .map_or_else(|| "–".to_string(), |d| d.to_string()),
                symptom: names.symptom(e.kind).to_string(),
                severity: super::super::names::answer_text(e, texts),
                area: names.area(e.area).to_string(),
                flagged: flagged.contains(&e.id),
                // A severity of 0 says the symptom was absent: nothing unusual about that.
                unusual: e.severity > 0
                    && s.plan
                        .as_ref()
                        .is_some_and(|plan| ended.is_some() && !expected(plan, e)),
                note: e.note.clone(),
            })
            .collect();

        let check_ins = (!s.check_ins.is_empty()).then(|| {
            let list: Vec<String> = s
                .check_ins
                .iter()
                .map(|c| when(c.at, zone, locale))
                .collect();
            let mut args = Args::new();
            args.set("list", list.join("; "));
            texts.get("report-check-ins", Some(&args))
        });

        let mut photo_lines = Vec::new();
        let left_out = s
            .photos
            .iter()
            .filter(|p| p.content == PhotoContent::NotRequested)
            .count();
        if left_out > 0 {
            let mut args = Args::new();
            args.set("count", left_out);
            photo_lines.push(texts.get("report-photos-not-included", Some(&args)));
        }
        let mut photos = Vec::new();
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
                    photo_lines.push(texts.get("report-photo-unavailable", Some(&args)));
                }
                PhotoContent::Embedded(image) => {
                    let mut caption = taken;
                    if !item.photo.note.is_empty() {
                        caption.push_str(": ");
                        caption.push_str(&item.photo.note);
                    }
                    photos.push(PhotoItem {
                        src: DataUri::new(image),
                        alt: texts.get("report-photo-alt", Some(&args)),
                        caption,
                    });
                }
            }
        }

        // The plan, one row per moment: milestones at the same instant share a row.
        let mut timeline: Vec<TimelineStep> = Vec::new();
        if let Some(plan) = &s.plan {
            let view = PlanView::new(plan, zone, locale);
            let mut last = None;
            for (milestone, m) in view.timeline.iter().zip(&plan.milestones) {
                match timeline.last_mut() {
                    Some(step) if last == Some(m.at) => step.lines.push(milestone.text.clone()),
                    _ => timeline.push(TimelineStep {
                        when: when(m.at, zone, locale),
                        lines: vec![milestone.text.clone()],
                    }),
                }
                last = Some(m.at);
            }
        }

        SessionPage {
            id: s.record.id,
            heading,
            meta,
            chart,
            entries,
            check_ins,
            photo_lines,
            photos,
            timeline,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DataUri;
    use crate::report::EmbeddedImage;

    #[test]
    fn a_data_uri_needs_no_escaping() {
        let image = EmbeddedImage {
            media_type: "image/jpeg",
            bytes: (0..=255u8).cycle().take(3000).collect(),
        };
        let uri = DataUri::new(&image).to_string();
        assert!(uri.starts_with("data:image/jpeg;base64,"));
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=:;,-".contains(&b)),
            "only characters HTML never escapes"
        );
    }
}
