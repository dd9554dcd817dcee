//! Red-flag episodes: which stretches of one symptom's entries raise a flag, when each one
//! resolves, and where it stands at the moment of the assessment.
//!
//! A flag watches each of its symptoms on its own (a pain score says nothing about how warm the
//! skin felt). Walking that symptom's entries in order:
//! - `present`: an entry inside a window at or above the minimum severity raises the flag (a
//!   flag with a `min_temperature` is raised by a measured temperature at or above it);
//! - `worsening`: an entry inside a window at or above the minimum severity and at least
//!   `rise_by` points above the lowest entry since the session ended (or since the last episode
//!   resolved) raises it: a rise after improvement counts, 1 → 2 does not;
//! - `only_unexpected` flags count only entries the plan does not expect at their time, and
//!   flags `with` companion signs only entries with one of them logged within a day;
//! - while raised, entries at or above the peak (present: any raising entry) are more evidence;
//!   a low entry (0, or [`RESOLVE_DROP`] points below the peak without raising it) resolves it,
//!   unless the flag `clears_after` a span: then it resolves only with a second low entry at
//!   least that long after the first and nothing but low entries between them.

use chrono::{DateTime, Utc};

use super::{Episode, FLAG_ACTIVE_FOR, FLAG_LISTED_FOR, FlagStatus, ProviderContact, RESOLVE_DROP};
use crate::protocol::red_flag::WITH_WITHIN;
use crate::protocol::{Pattern, RedFlag};
use crate::symptom::{SymptomEntry, SymptomKind};

/// What an episode needs to know about the plan: whether a flag's window covers a moment, and
/// whether the plan expects an entry (its symptom, at its severity) when it was observed.
pub(super) struct Judge<'a> {
    /// Whether one of the flag's windows contains the moment.
    pub(super) covers: &'a dyn Fn(DateTime<Utc>) -> bool,
    /// Whether the plan expects the entry at its time.
    pub(super) expected: &'a dyn Fn(&SymptomEntry) -> bool,
}

/// The episodes of one flag for one symptom, oldest first. `seen` holds the session's assessed
/// entries in observation order.
pub(super) fn episodes(
    rule_id: &str,
    flag: &RedFlag,
    symptom: SymptomKind,
    seen: &[&SymptomEntry],
    judge: &Judge<'_>,
) -> Vec<Episode> {
    let watched = seen
        .iter()
        .filter(|e| e.kind == symptom && (flag.areas.is_empty() || flag.areas.contains(&e.area)));
    let raises = |entry: &SymptomEntry| raises(flag, entry, seen, judge);
    let mut done = Vec::new();
    let mut open: Option<Open> = None;
    // The lowest entry since the session ended or the last episode resolved: what a rise is
    // measured from.
    let mut low: Option<&SymptomEntry> = None;
    for entry in watched {
        let raising = raises(entry);
        match open.as_mut() {
            None => {
                let rise_from = match flag.pattern {
                    Pattern::Present => raising.then_some(None),
                    Pattern::Worsening => low
                        .filter(|l| raising && entry.severity >= l.severity + flag.rise_by)
                        .map(Some),
                };
                match rise_from {
                    Some(from) => {
                        let mut entry_ids: Vec<i64> = from.map(|l| l.id).into_iter().collect();
                        entry_ids.push(entry.id);
                        entry_ids.extend(companions(flag, entry, seen).map(|c| c.id));
                        open = Some(Open {
                            episode: Episode {
                                rule_id: rule_id.to_string(),
                                flag_level: flag.level.into(),
                                symptom,
                                entry_ids,
                                started_at: entry.observed_at,
                                last_evidence_at: entry.observed_at,
                                peak: entry.severity,
                                resolved_by: None,
                                resolved_at: None,
                                contacted_at: None,
                                status: FlagStatus::Active,
                            },
                            score_peak: scored(entry),
                            first_low: None,
                        });
                    }
                    None if low.is_none_or(|l| entry.severity <= l.severity) => low = Some(entry),
                    None => {}
                }
            }
            Some(current) => {
                let sustains = raising
                    && match flag.pattern {
                        Pattern::Present => true,
                        Pattern::Worsening => entry.severity >= current.episode.peak,
                    };
                if sustains {
                    let episode = &mut current.episode;
                    episode.entry_ids.push(entry.id);
                    episode
                        .entry_ids
                        .extend(companions(flag, entry, seen).map(|c| c.id));
                    episode.last_evidence_at = entry.observed_at;
                    episode.peak = episode.peak.max(entry.severity);
                    current.score_peak = current.score_peak.max(scored(entry));
                    current.first_low = None;
                } else if !raising && current.is_low(flag, entry) {
                    let settled = match (flag.clears_after, current.first_low) {
                        (None, _) => true,
                        (Some(span), Some(first)) => {
                            entry.observed_at - first >= span.to_duration()
                        }
                        (Some(_), None) => {
                            current.first_low = Some(entry.observed_at);
                            false
                        }
                    };
                    if settled && let Some(Open { mut episode, .. }) = open.take() {
                        episode.resolved_by = Some(entry.id);
                        episode.resolved_at = Some(entry.observed_at);
                        episode.status = FlagStatus::Resolved;
                        done.push(episode);
                        low = Some(entry);
                    }
                } else {
                    // Still there, if not raising it: the sign has not stayed away.
                    current.first_low = None;
                }
            }
        }
    }
    done.extend(open.map(|o| o.episode));
    for episode in &mut done {
        let order = |id: &i64| seen.iter().position(|e| e.id == *id);
        episode.entry_ids.sort_by_key(order);
        episode.entry_ids.dedup();
    }
    done
}

/// An episode being walked, with what settling it needs.
struct Open {
    episode: Episode,
    /// The highest 0–10 score among its evidence (a "yes" has no place on that scale).
    score_peak: Option<u8>,
    /// When the sign was first low again, for a flag that clears only after a span.
    first_low: Option<DateTime<Utc>>,
}

impl Open {
    /// Whether an entry that does not raise the flag says the sign is gone (or clearly lower).
    fn is_low(&self, flag: &RedFlag, entry: &SymptomEntry) -> bool {
        !entry.present()
            // A measured temperature below the line answers a measured-fever flag.
            || (flag.min_temperature.is_some() && entry.temperature.is_some())
            || (scored(entry).is_some()
                && self
                    .score_peak
                    .is_some_and(|peak| entry.severity + RESOLVE_DROP <= peak))
    }
}

/// A 0–10 score, or `None` for a yes/no answer.
fn scored(entry: &SymptomEntry) -> Option<u8> {
    (!entry.yes_no).then_some(entry.severity)
}

/// Whether an entry raises the flag (its window, severity or temperature, expectation and
/// companions), leaving the course (a rise) to the caller.
fn raises(flag: &RedFlag, entry: &SymptomEntry, seen: &[&SymptomEntry], judge: &Judge<'_>) -> bool {
    if !(judge.covers)(entry.observed_at) {
        return false;
    }
    let strong_enough = match flag.min_temperature {
        Some(line) => entry.temperature.is_some_and(|t| t >= line),
        // A severity of 0 means "none": it never raises a flag, even if a clinic wrote 0.
        None => entry.severity >= flag.min_severity.max(1),
    };
    strong_enough
        && !(flag.only_unexpected && (judge.expected)(entry))
        && (flag.with.is_empty() || companions(flag, entry, seen).next().is_some())
}

/// The companion signs logged within [`WITH_WITHIN`] of an entry.
fn companions<'e>(
    flag: &'e RedFlag,
    entry: &'e SymptomEntry,
    seen: &'e [&'e SymptomEntry],
) -> impl Iterator<Item = &'e SymptomEntry> + 'e {
    seen.iter().copied().filter(move |c| {
        flag.with.contains(&c.kind)
            && c.severity >= flag.with_min_severity.max(1)
            && (c.observed_at - entry.observed_at).abs() <= WITH_WITHIN
    })
}

/// Sets where an episode stands at `now`, given the session's provider contacts and the
/// severities of its evidence (looked up in `seen`).
pub(super) fn settle(
    episode: &mut Episode,
    contacts: &[ProviderContact],
    seen: &[&SymptomEntry],
    now: DateTime<Utc>,
) {
    if episode.status == FlagStatus::Resolved {
        return;
    }
    let evidence: Vec<&SymptomEntry> = episode
        .entry_ids
        .iter()
        .filter_map(|id| seen.iter().find(|e| e.id == *id).copied())
        .filter(|e| e.kind == episode.symptom)
        .collect();
    // The latest contact about this flag (or about everything) made once it had started.
    let contact = contacts
        .iter()
        .filter(|c| c.rule_id.as_deref().is_none_or(|id| id == episode.rule_id))
        .filter(|c| episode.started_at <= c.contacted_at && c.contacted_at <= now)
        .map(|c| c.contacted_at)
        .max();
    if let Some(contacted_at) = contact {
        let known: Vec<&&SymptomEntry> = evidence
            .iter()
            .filter(|e| e.observed_at <= contacted_at)
            .collect();
        let known_score = known.iter().filter_map(|e| scored(e)).max();
        let known_temperature = known.iter().filter_map(|e| e.temperature).max();
        // Worse than what the provider heard about: the contact no longer covers it. A "yes"
        // after a "yes" is the same news; a higher score or a higher temperature is not.
        let worse_since = evidence.iter().any(|e| {
            e.observed_at > contacted_at
                && (scored(e).is_some_and(|s| known_score.is_none_or(|k| s > k))
                    || e.temperature
                        .is_some_and(|t| known_temperature.is_none_or(|k| t > k)))
        });
        if !worse_since {
            episode.contacted_at = Some(contacted_at);
            let last = episode.last_evidence_at.max(contacted_at);
            episode.status = if now - last <= FLAG_LISTED_FOR {
                FlagStatus::Contacted
            } else {
                FlagStatus::Past
            };
            return;
        }
    }
    let age = now - episode.last_evidence_at;
    episode.status = if age <= FLAG_ACTIVE_FOR {
        FlagStatus::Active
    } else if age <= FLAG_LISTED_FOR {
        FlagStatus::Earlier
    } else {
        FlagStatus::Past
    };
}
