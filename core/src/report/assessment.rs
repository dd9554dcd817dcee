//! What triage says of one session in a report: the assessment at the report's moment, the
//! red-flag episodes the selection holds, and the patient's "I contacted my provider" records.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::plan::RecoveryPlan;
use crate::protocol::Protocol;
use crate::symptom::SymptomEntry;
use crate::text::Locale;
use crate::triage::{
    Assessment, AssessmentView, EarlierSession, Episode, FlagStatus, ProviderContact,
};

/// A red flag's status as a stable code (`active`, `contacted`, `earlier`, `resolved`, `past`),
/// for CSS classes and text keys.
pub(crate) fn status_code(status: FlagStatus) -> &'static str {
    match status {
        FlagStatus::Active => "active",
        FlagStatus::Contacted => "contacted",
        FlagStatus::Earlier => "earlier",
        FlagStatus::Resolved => "resolved",
        FlagStatus::Past => "past",
    }
}

/// A session's triage as the report shows it.
#[derive(Debug, Clone)]
pub struct SessionTriage {
    /// The moment it was judged: the end of the selection, or when the report was made if that
    /// is earlier.
    pub judged_at: DateTime<Utc>,
    /// The assessment at that moment, counting every entry of the session up to then (so a
    /// rise inside the range can stand on a low point before it). Its `episodes` are only those
    /// the report shows (see [`SessionTriage::episodes`]).
    pub assessment: Assessment,
    /// "I contacted my provider" records made in the selection, oldest first.
    pub contacts: Vec<ProviderContact>,
    /// Entries an episode or a current finding names that lie outside the selection (a baseline
    /// before it, or the entry that settled a flag after it), oldest first.
    pub context: Vec<SymptomEntry>,
    /// Done sessions before this one with their protocols, oldest first: a flag that watches
    /// every session of a series may come from an earlier protocol, and is named in its words.
    pub earlier: Vec<(Arc<Protocol>, DateTime<Utc>)>,
}

impl SessionTriage {
    /// Red-flag episodes with an entry in the selection (raising, sustaining or settling it), in
    /// every status, oldest first: the provider wants the whole course, settled ones included.
    pub fn episodes(&self) -> &[Episode] {
        &self.assessment.episodes
    }

    /// Ids of the entries that raised or sustained a shown episode. The low point a rise is
    /// measured from is named by its episode but is not itself a sign, so it is left out
    /// (`entries`: the session's entries in the selection).
    pub fn raising_entries(&self, entries: &[SymptomEntry]) -> BTreeSet<i64> {
        self.episodes()
            .iter()
            .flat_map(|episode| {
                episode.entry_ids.iter().copied().filter(|&id| {
                    self.entry(entries, id)
                        .is_none_or(|e| e.observed_at >= episode.started_at)
                })
            })
            .collect()
    }

    /// For each entry behind a shown episode, the rule ids of those episodes, sorted, without
    /// repeats.
    pub fn flags_by_entry(&self) -> HashMap<i64, Vec<&str>> {
        let mut by_entry: HashMap<i64, Vec<&str>> = HashMap::new();
        for episode in self.episodes() {
            for id in &episode.entry_ids {
                let list = by_entry.entry(*id).or_default();
                if !list.contains(&episode.rule_id.as_str()) {
                    list.push(&episode.rule_id);
                }
            }
        }
        for list in by_entry.values_mut() {
            list.sort_unstable();
        }
        by_entry
    }

    /// The assessment in words (titles in each flag's own protocol), local times in `zone`;
    /// `entries` are the session's entries in the selection.
    pub fn view(
        &self,
        plan: &RecoveryPlan,
        entries: &[SymptomEntry],
        locale: Locale,
        zone: Tz,
    ) -> AssessmentView {
        let earlier: Vec<EarlierSession<'_>> = self
            .earlier
            .iter()
            .map(|(protocol, ended_at)| EarlierSession {
                protocol,
                ended_at: *ended_at,
            })
            .collect();
        let mut named = self.context.clone();
        named.extend(entries.iter().cloned());
        AssessmentView::with_earlier(
            plan,
            &earlier,
            &self.assessment,
            &named,
            locale,
            zone,
            crate::region::Region::default(),
        )
    }

    /// An entry of the selection or its context by id.
    pub fn entry<'a>(&'a self, entries: &'a [SymptomEntry], id: i64) -> Option<&'a SymptomEntry> {
        entries
            .iter()
            .chain(self.context.iter())
            .find(|e| e.id == id)
    }
}
