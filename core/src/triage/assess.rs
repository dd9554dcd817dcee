//! The assessment itself: red-flag episodes first, then what is worth watching.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::episode::{Judge, episodes, settle};
use super::{
    Assessment, CLOCK_SLACK, END_TOLERANCE, Episode, FlagStatus, NotAssessed, NotAssessedWhy,
    ProviderContact, Reason, ReasonKind, STRONG_SEVERITY, TriageLevel, WATCH_FOR, WATCH_LOOKBACK,
};
use crate::plan::{PlanItem, RecoveryPlan};
use crate::protocol::{Protocol, RedFlag, Rule, RuleKind, Scope};
use crate::symptom::{SymptomEntry, SymptomKind};

/// A done session before the one assessed: its `every_session` flags still watch for late
/// signs (firm bumps weeks after any session of a series).
#[derive(Debug, Clone, Copy)]
pub struct EarlierSession<'a> {
    /// Its protocol.
    pub protocol: &'a Protocol,
    /// When it ended.
    pub ended_at: DateTime<Utc>,
}

impl EarlierSession<'_> {
    /// Whether the window of its after-session rule `rule` contains `at` (elapsed time from its
    /// end, as the plan places red flags; an open window never ends).
    fn covers(&self, rule: &Rule, at: DateTime<Utc>) -> bool {
        let starts = self.ended_at + rule.window.from.to_duration();
        starts <= at
            && rule
                .window
                .until
                .is_none_or(|until| at < self.ended_at + until.to_duration())
    }
}

/// What an assessment reads: a session's plan and log, and what came before it.
#[derive(Debug, Clone, Copy)]
pub struct TriageInput<'a> {
    /// The plan of the session being assessed.
    pub plan: &'a RecoveryPlan,
    /// Earlier done sessions, oldest first.
    pub earlier: &'a [EarlierSession<'a>],
    /// The session's symptom entries, in any order.
    pub entries: &'a [SymptomEntry],
    /// The session's "I contacted my provider" records.
    pub contacts: &'a [ProviderContact],
}

/// Judges a session's symptom entries at `now` against the plan's red flags and expected
/// symptoms, with no earlier sessions and no provider contacts. See [`assess_with`].
pub fn assess(plan: &RecoveryPlan, entries: &[SymptomEntry], now: DateTime<Utc>) -> Assessment {
    assess_with(
        &TriageInput {
            plan,
            earlier: &[],
            entries,
            contacts: &[],
        },
        now,
    )
}

/// Judges a session's log at `now`.
///
/// Entries observed from the end of the session to `now` (plus [`CLOCK_SLACK`] for clock skew)
/// count; so do entries up to [`END_TOLERANCE`] before the recorded end, judged as if observed at
/// the end (an end time is typed or rounded: heavy bleeding logged minutes before it is heavy
/// bleeding after the session). Earlier ones are listed as not assessed. Pure and
/// deterministic: the order of the entries and contacts does not matter.
pub fn assess_with(input: &TriageInput<'_>, now: DateTime<Utc>) -> Assessment {
    let ended = input.plan.session.ended_at;
    let counted: Vec<SymptomEntry> = input
        .entries
        .iter()
        .filter(|e| ended - END_TOLERANCE <= e.observed_at && e.observed_at <= now + CLOCK_SLACK)
        .map(|e| SymptomEntry {
            observed_at: e.observed_at.max(ended),
            ..e.clone()
        })
        .collect();
    let mut seen: Vec<&SymptomEntry> = counted.iter().collect();
    // Every field in the key, so equal instants (or even equal ids) still sort one way.
    seen.sort_by_key(|e| {
        (
            e.observed_at,
            e.id,
            e.kind,
            e.severity,
            e.area,
            e.yes_no,
            e.temperature,
        )
    });
    let mut not_assessed: Vec<NotAssessed> = input
        .entries
        .iter()
        .filter(|e| e.observed_at < ended - END_TOLERANCE)
        .map(|e| NotAssessed {
            entry_id: e.id,
            why: NotAssessedWhy::BeforeSessionEnded,
        })
        .collect();
    not_assessed.sort_by_key(|n| n.entry_id);

    let expected = |e: &SymptomEntry| input.plan.expects(e.kind, e.severity, e.observed_at);
    let mut all_episodes: Vec<Episode> = Vec::new();
    let mut yielding: Vec<&str> = Vec::new();
    for (rule, flag, earlier) in flags(input) {
        let rule_id = rule.id.as_str();
        if flag.only_unexpected && flag.pattern == crate::protocol::Pattern::Present {
            yielding.push(rule_id);
        }
        let item = input
            .plan
            .rules()
            .find(|(_, r)| r.id == rule_id)
            .map(|(i, _)| i);
        let covers = |at: DateTime<Utc>| {
            item.is_some_and(|item| covers(item, rule, at))
                || earlier
                    .iter()
                    .any(|(session, rule)| session.covers(rule, at))
        };
        let judge = Judge {
            covers: &covers,
            expected: &expected,
        };
        for &symptom in &flag.symptoms {
            for mut episode in episodes(rule_id, flag, symptom, &seen, &judge) {
                settle(&mut episode, input.contacts, &seen, now);
                all_episodes.push(episode);
            }
        }
    }
    all_episodes.sort_by(|a, b| {
        (a.started_at, &a.rule_id, a.symptom).cmp(&(b.started_at, &b.rule_id, b.symptom))
    });

    let all_episodes = yield_to_named_flags(all_episodes, &yielding);
    let mut reasons: Vec<(Reason, DateTime<Utc>)> =
        without_repeats(flag_reasons(&all_episodes, &seen));
    reasons.extend(watch_reasons(input.plan, &seen, &all_episodes, now));
    reasons.sort_by(|(a, a_first), (b, b_first)| {
        (Reverse(a.level), &a.rule_id, a_first).cmp(&(Reverse(b.level), &b.rule_id, b_first))
    });
    let reasons: Vec<Reason> = reasons.into_iter().map(|(reason, _)| reason).collect();
    let level = reasons
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(TriageLevel::Normal);
    Assessment {
        level,
        reasons,
        episodes: all_episodes,
        not_assessed,
        watch_until: (level >= TriageLevel::Watch).then(|| now + WATCH_FOR),
        checked_in: None,
    }
}

/// Every red flag that can speak: the plan's own flags, and `every_session` flags of earlier
/// sessions, each with the earlier sessions whose windows also count. A flag's definition
/// comes from the newest session that has it.
#[allow(clippy::type_complexity)]
fn flags<'a>(
    input: &TriageInput<'a>,
) -> Vec<(
    &'a Rule,
    &'a RedFlag,
    Vec<(&'a EarlierSession<'a>, &'a Rule)>,
)> {
    let mut out: Vec<(&Rule, &RedFlag, Vec<(&EarlierSession, &Rule)>)> = Vec::new();
    for (_, rule) in input.plan.rules() {
        if let RuleKind::RedFlag(flag) = &rule.kind
            && !out.iter().any(|(r, _, _)| r.id == rule.id)
        {
            out.push((rule, flag, Vec::new()));
        }
    }
    for session in input.earlier.iter().rev() {
        for rule in &session.protocol.rules {
            let RuleKind::RedFlag(flag) = &rule.kind else {
                continue;
            };
            // Earlier sessions speak only through flags meant for late signs.
            if flag.scope != Scope::EverySession {
                continue;
            }
            match out.iter_mut().find(|(r, _, _)| r.id == rule.id) {
                Some((_, _, earlier)) => earlier.push((session, rule)),
                None => out.push((rule, flag, vec![(session, rule)])),
            }
        }
    }
    out
}

/// One reason per red flag that still speaks (active, contacted or earlier), from its
/// episodes, with the moment its first entry was observed.
fn flag_reasons(episodes: &[Episode], seen: &[&SymptomEntry]) -> Vec<(Reason, DateTime<Utc>)> {
    let mut by_rule: BTreeMap<&str, Vec<&Episode>> = BTreeMap::new();
    for episode in episodes {
        if matches!(
            episode.status,
            FlagStatus::Active | FlagStatus::Contacted | FlagStatus::Earlier
        ) {
            by_rule
                .entry(episode.rule_id.as_str())
                .or_default()
                .push(episode);
        }
    }
    by_rule
        .into_iter()
        .map(|(rule_id, listed)| {
            let status = listed
                .iter()
                .map(|e| e.status)
                .max()
                .unwrap_or(FlagStatus::Active);
            let flag_level = listed[0].flag_level;
            let mut entry_ids: Vec<i64> = listed
                .iter()
                .flat_map(|e| e.entry_ids.iter().copied())
                .collect();
            let order = |id: &i64| seen.iter().position(|e| e.id == *id);
            entry_ids.sort_by_key(order);
            entry_ids.dedup();
            let since = listed
                .iter()
                .map(|e| e.started_at)
                .min()
                .unwrap_or_default();
            let contacted_at = (status == FlagStatus::Contacted)
                .then(|| listed.iter().filter_map(|e| e.contacted_at).max())
                .flatten();
            (
                Reason {
                    rule_id: Some(rule_id.to_string()),
                    level: if status == FlagStatus::Active {
                        flag_level
                    } else {
                        TriageLevel::Watch
                    },
                    entry_ids,
                    kind: ReasonKind::RedFlag,
                    status,
                    flag_level,
                    since,
                    contacted_at,
                },
                since,
            )
        })
        .collect()
}

/// The episodes without those of a catch-all flag (`yielding`: any strong symptom the plan does
/// not expect) whose entries a named flag already covers, at its level or above, while that flag
/// still speaks (a contact about it covers them too) or stands at least as current: redness 7
/// on day 6 is "redness still there", once, on the screen and in the report.
fn yield_to_named_flags(episodes: Vec<Episode>, yielding: &[&str]) -> Vec<Episode> {
    let yields = |e: &Episode| yielding.contains(&e.rule_id.as_str());
    let covered: Vec<bool> = episodes
        .iter()
        .map(|e| {
            yields(e)
                && episodes.iter().any(|named| {
                    !yields(named)
                        && named.flag_level >= e.flag_level
                        && (named.status >= e.status
                            || matches!(
                                named.status,
                                FlagStatus::Active | FlagStatus::Contacted | FlagStatus::Earlier
                            ))
                        && e.entry_ids.iter().all(|id| named.entry_ids.contains(id))
                })
        })
        .collect();
    episodes
        .into_iter()
        .zip(covered)
        .filter_map(|(episode, covered)| (!covered).then_some(episode))
        .collect()
}

/// Drops a flag whose entries all stand behind a more urgent flag that speaks now: rising
/// swelling after day 2 is both "swelling getting worse" and "increasing swelling": the patient
/// needs the urgent one once, not both. The episodes keep both for the report.
fn without_repeats(reasons: Vec<(Reason, DateTime<Utc>)>) -> Vec<(Reason, DateTime<Utc>)> {
    let covered = |r: &Reason| {
        reasons.iter().any(|(other, _)| {
            other.level > r.level && r.entry_ids.iter().all(|id| other.entry_ids.contains(id))
        })
    };
    let keep: Vec<bool> = reasons.iter().map(|(r, _)| !covered(r)).collect();
    reasons
        .into_iter()
        .zip(keep)
        .filter_map(|(reason, keep)| keep.then_some(reason))
        .collect()
}

/// Watch reasons: recent entries no expected-symptom rule covers (or above what it expects),
/// and strong expected ones; one per finding and symptom, so "bumps, logged three times" reads
/// once. Entries behind a flag that still speaks are not repeated here.
fn watch_reasons(
    plan: &RecoveryPlan,
    seen: &[&SymptomEntry],
    episodes: &[Episode],
    now: DateTime<Utc>,
) -> Vec<(Reason, DateTime<Utc>)> {
    // A symptom a flag speaks about now is not repeated as "worth watching", nor is an entry
    // that was evidence of a flag, settled or not: it was a sign, not an unexpected symptom.
    let speaking = |entry: &SymptomEntry| {
        episodes.iter().any(|e| {
            e.entry_ids.contains(&entry.id)
                || (matches!(
                    e.status,
                    FlagStatus::Active | FlagStatus::Contacted | FlagStatus::Earlier
                ) && e.symptom == entry.kind)
        })
    };
    let mut watch: BTreeMap<(usize, SymptomKind), Vec<&SymptomEntry>> = BTreeMap::new();
    let since = now - WATCH_LOOKBACK;
    for entry in seen {
        if !entry.present() || entry.observed_at < since || speaking(entry) {
            continue;
        }
        let finding = if !plan.expects(entry.kind, entry.severity, entry.observed_at) {
            ReasonKind::Unexpected
        } else if entry.severity >= STRONG_SEVERITY {
            ReasonKind::StrongExpected
        } else {
            continue;
        };
        let rank = usize::from(finding == ReasonKind::StrongExpected);
        watch.entry((rank, entry.kind)).or_default().push(entry);
    }
    watch
        .into_iter()
        .map(|((rank, _), named)| {
            let first = named[0].observed_at;
            (
                Reason {
                    rule_id: None,
                    level: TriageLevel::Watch,
                    entry_ids: named.iter().map(|e| e.id).collect(),
                    kind: if rank == 0 {
                        ReasonKind::Unexpected
                    } else {
                        ReasonKind::StrongExpected
                    },
                    status: FlagStatus::Active,
                    flag_level: TriageLevel::Watch,
                    since: first,
                    contacted_at: None,
                },
                first,
            )
        })
        .collect()
}

/// Whether a rule's window contains `at`.
///
/// An open window ends at the plan's horizon for display, but a sign does not stop being a sign
/// because the plan ran out: for triage an open window never ends.
fn covers(item: &PlanItem, rule: &Rule, at: DateTime<Utc>) -> bool {
    item.starts_at <= at && (rule.window.until.is_none() || at < item.ends_at)
}
