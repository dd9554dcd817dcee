//! Red-flag episodes: which stretches of one symptom's entries raise a flag, when each one
//! resolves, and where it stands at the moment of the assessment.
//!
//! A flag watches each of its symptoms on its own (a pain score says nothing about how warm the
//! skin felt). Walking that symptom's entries in order:
//! - `present`: an entry inside a window at or above the minimum severity raises the flag;
//! - `worsening`: an entry inside a window at or above the minimum severity and at least
//!   `rise_by` points above the lowest entry since the session ended (or since the last episode
//!   resolved) raises it: a rise after improvement counts, 1 → 2 does not;
//! - while raised, entries at or above the peak (present: any raising entry) are more evidence;
//!   an entry at 0, or [`RESOLVE_DROP`] points below the peak without raising it, resolves it.

use chrono::{DateTime, Utc};

use super::{Episode, FLAG_ACTIVE_FOR, FLAG_LISTED_FOR, FlagStatus, ProviderContact, RESOLVE_DROP};
use crate::protocol::{Pattern, RedFlag};
use crate::symptom::{SymptomEntry, SymptomKind};

/// The episodes of one flag for one symptom, oldest first. `seen` holds the session's assessed
/// entries in observation order; `covers` says whether one of the flag's windows contains a
/// moment.
pub(super) fn episodes(
    rule_id: &str,
    flag: &RedFlag,
    symptom: SymptomKind,
    seen: &[&SymptomEntry],
    covers: impl Fn(DateTime<Utc>) -> bool,
) -> Vec<Episode> {
    let watched = seen
        .iter()
        .filter(|e| e.kind == symptom && (flag.areas.is_empty() || flag.areas.contains(&e.area)));
    let mut done = Vec::new();
    let mut open: Option<Episode> = None;
    // The lowest entry since the session ended or the last episode resolved: what a rise is
    // measured from.
    let mut low: Option<&SymptomEntry> = None;
    for entry in watched {
        // A severity of 0 means "none": it never raises a flag, even if a clinic wrote 0.
        let raising = entry.severity >= flag.min_severity.max(1) && covers(entry.observed_at);
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
                        open = Some(Episode {
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
                        });
                    }
                    None if low.is_none_or(|l| entry.severity <= l.severity) => low = Some(entry),
                    None => {}
                }
            }
            Some(episode) => {
                let sustains = raising
                    && match flag.pattern {
                        Pattern::Present => true,
                        Pattern::Worsening => entry.severity >= episode.peak,
                    };
                if sustains {
                    episode.entry_ids.push(entry.id);
                    episode.last_evidence_at = entry.observed_at;
                    episode.peak = episode.peak.max(entry.severity);
                } else if entry.severity == 0 || entry.severity + RESOLVE_DROP <= episode.peak {
                    episode.resolved_by = Some(entry.id);
                    episode.resolved_at = Some(entry.observed_at);
                    episode.status = FlagStatus::Resolved;
                    done.extend(open.take());
                    low = Some(entry);
                }
            }
        }
    }
    done.extend(open);
    done
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
        .collect();
    // The latest contact about this flag (or about everything) made once it had started.
    let contact = contacts
        .iter()
        .filter(|c| c.rule_id.as_deref().is_none_or(|id| id == episode.rule_id))
        .filter(|c| episode.started_at <= c.contacted_at && c.contacted_at <= now)
        .map(|c| c.contacted_at)
        .max();
    if let Some(contacted_at) = contact {
        let known = evidence
            .iter()
            .filter(|e| e.observed_at <= contacted_at)
            .map(|e| e.severity)
            .max()
            .unwrap_or(0);
        // Worse than what the provider heard about: the contact no longer covers it.
        let worse_since = evidence
            .iter()
            .any(|e| e.observed_at > contacted_at && e.severity > known);
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
