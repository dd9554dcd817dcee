//! Page one, for one session: the assessment in words, its red-flag episodes with their dates,
//! the entries and notes behind each, and the patient's "I contacted my provider" records.

use chrono::{DateTime, Utc};

use super::super::assessment::status_code;
use super::super::write::when;
use super::super::{ReportData, ReportSession, SessionTriage};
use super::{level_words, protocol_name};
use crate::text::{Args, Texts};
use crate::triage::{Episode, EpisodeView, FlagStatus, ReasonKind};
use crate::view::{area_name, symptom_name};

/// How many of an episode's first raising entries page one shows before it elides.
const SHOWN_FIRST: usize = 3;
/// How many of its latest raising entries it shows after the elision.
const SHOWN_LAST: usize = 2;

/// One entry behind an episode.
pub(super) struct EvidenceLine {
    /// When it was observed.
    pub(super) when: String,
    /// "Pain or soreness, 6 of 10, Cheeks".
    pub(super) what: String,
    /// `raised`, `baseline`, `resolved`, or `more` for the line that stands for elided ones
    /// (then `when` is empty and `what` says how many).
    pub(super) role_code: &'static str,
    /// Its part in the episode in words, unless it raised or sustained it.
    pub(super) role: Option<String>,
    /// The patient's note, line breaks kept.
    pub(super) note: String,
}

/// One red-flag episode.
pub(super) struct EpisodeBlock {
    pub(super) title: String,
    pub(super) level_code: &'static str,
    pub(super) level_word: String,
    pub(super) status_code: &'static str,
    pub(super) status_word: String,
    /// Since, latest entry, settled, provider contacted: label and date.
    pub(super) dates: Vec<(String, String)>,
    pub(super) entries: Vec<EvidenceLine>,
}

/// One "I contacted my provider" record.
pub(super) struct ContactLine {
    pub(super) when: String,
    /// Which flag it was about, or every flag raised by then.
    pub(super) about: String,
    pub(super) note: String,
}

/// A session's block on page one.
pub(super) struct Overview {
    pub(super) id: i64,
    pub(super) heading: String,
    pub(super) level_code: &'static str,
    pub(super) level_word: String,
    pub(super) level_text: String,
    /// When it was judged, and why then.
    pub(super) judged: String,
    /// Entries dated before the session ended, which triage does not judge.
    pub(super) not_assessed: Option<String>,
    pub(super) no_flags: String,
    pub(super) episodes: Vec<EpisodeBlock>,
    /// Current findings below red-flag level ("Bleeding: more than usually expected").
    pub(super) watch: Vec<String>,
    pub(super) contacts: Vec<ContactLine>,
}

impl Overview {
    pub(super) fn new(data: &ReportData, s: &ReportSession, texts: &Texts<'_>) -> Overview {
        let locale = data.locale;
        let zone = data.zone;
        let name = protocol_name(s.protocol.as_deref(), &s.record.protocol.id, locale);
        let mut args = Args::new();
        args.set("protocol", name);
        args.set("number", s.record.number);
        args.set(
            "when",
            s.record
                .ended_at
                .map_or_else(String::new, |at| when(at, zone, locale)),
        );
        let heading = texts.get("report-overview-heading", Some(&args));
        let level = s.triage.as_ref().map(|t| t.assessment.level);
        let (level_code, level_word) = level_words(level, texts);
        let level_text = texts.get(&format!("report-level-text-{level_code}"), None);
        let mut overview = Overview {
            id: s.record.id,
            heading,
            level_code,
            level_word,
            level_text,
            judged: String::new(),
            not_assessed: None,
            no_flags: texts.get("report-no-flags", None),
            episodes: Vec::new(),
            watch: Vec::new(),
            contacts: Vec::new(),
        };
        let (Some(triage), Some(plan)) = (&s.triage, &s.plan) else {
            return overview;
        };
        let mut args = Args::new();
        args.set("when", when(triage.judged_at, zone, locale));
        let key = if triage.judged_at >= data.generated_at {
            "report-judged-now"
        } else {
            "report-judged-end"
        };
        overview.judged = texts.get(key, Some(&args));
        let view = triage.view(plan, &s.entries, locale, zone);
        overview.not_assessed = view.not_assessed_note.clone();
        // What still counts first (current, contacted, reported earlier), the most urgent
        // first; then settled and past ones; each group in the order they began.
        let mut shown: Vec<(&Episode, &EpisodeView)> =
            triage.episodes().iter().zip(&view.episodes).collect();
        shown.sort_by_key(|(e, _)| {
            (
                !matches!(
                    e.status,
                    FlagStatus::Active | FlagStatus::Contacted | FlagStatus::Earlier
                ),
                std::cmp::Reverse(e.status),
                std::cmp::Reverse(e.flag_level),
                e.started_at,
            )
        });
        overview.episodes = shown
            .iter()
            .map(|(episode, words)| {
                // A flag that watches several symptoms names the one each episode is about.
                let shared = shown
                    .iter()
                    .filter(|(other, _)| other.rule_id == episode.rule_id)
                    .count()
                    > 1;
                episode_block(data, s, triage, episode, words, shared, texts)
            })
            .collect();
        overview.watch = view
            .reasons
            .iter()
            .filter(|r| r.kind != ReasonKind::RedFlag)
            .map(|r| r.title.clone())
            .collect();
        overview.contacts = triage
            .contacts
            .iter()
            .map(|c| {
                let about = match &c.rule_id {
                    Some(rule) => {
                        let title = view
                            .episodes
                            .iter()
                            .find(|e| &e.rule_id == rule)
                            .map_or_else(|| rule.clone(), |e| e.title.clone());
                        let mut args = Args::new();
                        args.set("flag", title);
                        texts.get("report-contact-about", Some(&args))
                    }
                    None => texts.get("report-contact-about-all", None),
                };
                ContactLine {
                    when: when(c.contacted_at, zone, locale),
                    about,
                    note: c.note.clone(),
                }
            })
            .collect();
        overview
    }
}

fn episode_block(
    data: &ReportData,
    s: &ReportSession,
    triage: &SessionTriage,
    episode: &Episode,
    words: &EpisodeView,
    name_symptom: bool,
    texts: &Texts<'_>,
) -> EpisodeBlock {
    let locale = data.locale;
    let zone = data.zone;
    let at = |instant: DateTime<Utc>| when(instant, zone, locale);
    let (level_code, level_word) = level_words(Some(episode.flag_level), texts);
    let status = status_code(episode.status);
    let mut dates = vec![(texts.get("report-date-since", None), at(episode.started_at))];
    if episode.last_evidence_at > episode.started_at {
        dates.push((
            texts.get("report-date-latest", None),
            at(episode.last_evidence_at),
        ));
    }
    if let Some(resolved) = episode.resolved_at {
        dates.push((texts.get("report-date-resolved", None), at(resolved)));
    }
    if let Some(contacted) = episode.contacted_at {
        dates.push((texts.get("report-date-contacted", None), at(contacted)));
    }
    let line = |id: i64, role_code: &'static str, role: Option<String>| {
        triage.entry(&s.entries, id).map(|e| {
            let mut args = Args::new();
            args.set("symptom", symptom_name(e.kind, texts));
            args.set("severity", e.severity);
            args.set("answer", super::super::names::answer_text(e, texts));
            args.set("area", area_name(e.area, texts));
            let key = if e.yes_no || e.temperature.is_some() {
                "report-entry-what-answer"
            } else {
                "report-entry-what"
            };
            EvidenceLine {
                when: at(e.observed_at),
                what: texts.get(key, Some(&args)),
                role_code,
                role,
                note: e.note.clone(),
            }
        })
    };
    let mut entries: Vec<EvidenceLine> = episode
        .entry_ids
        .iter()
        .filter_map(|&id| {
            // A rise names the low point it rose from first; it came before the episode began.
            let baseline = triage
                .entry(&s.entries, id)
                .is_some_and(|e| e.observed_at < episode.started_at);
            if baseline {
                line(
                    id,
                    "baseline",
                    Some(texts.get("report-role-baseline", None)),
                )
            } else {
                line(id, "raised", None)
            }
        })
        .collect();
    // Page one stays short: a long run of evidence shows its first and latest entries; the
    // session's table marks every one of them.
    let raised: Vec<usize> = (0..entries.len())
        .filter(|&i| entries[i].role_code == "raised")
        .collect();
    if raised.len() > SHOWN_FIRST + SHOWN_LAST + 1 {
        let hidden = &raised[SHOWN_FIRST..raised.len() - SHOWN_LAST];
        let mut args = Args::new();
        args.set("count", hidden.len());
        args.set("from", entries[hidden[0]].when.clone());
        args.set("to", entries[hidden[hidden.len() - 1]].when.clone());
        let more = EvidenceLine {
            when: String::new(),
            what: texts.get("report-evidence-more", Some(&args)),
            role_code: "more",
            role: None,
            note: String::new(),
        };
        let (first, last) = (hidden[0], hidden[hidden.len() - 1]);
        entries.splice(first..=last, std::iter::once(more));
    }
    if let Some(id) = episode.resolved_by {
        entries.extend(line(
            id,
            "resolved",
            Some(texts.get("report-role-resolved", None)),
        ));
    }
    let title = if name_symptom {
        let mut args = Args::new();
        args.set("flag", words.title.clone());
        args.set("symptom", symptom_name(episode.symptom, texts));
        texts.get("report-episode-title", Some(&args))
    } else {
        words.title.clone()
    };
    EpisodeBlock {
        title,
        level_code,
        level_word,
        status_code: status,
        status_word: texts.get(&format!("report-status-{status}"), None),
        dates,
        entries,
    }
}
