//! The assessment itself: red flags first, then what is worth watching.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{
    Assessment, Reason, ReasonKind, STRONG_SEVERITY, TriageLevel, WATCH_FOR, WATCH_LOOKBACK,
};
use crate::plan::{PlanItem, RecoveryPlan};
use crate::protocol::{Pattern, RedFlag, Rule, RuleKind};
use crate::symptom::{SymptomEntry, SymptomKind};

/// Judges a session's symptom entries at `now` against the plan's red flags and expected
/// symptoms.
///
/// Only entries observed between the end of the session and `now` (both included) count; the
/// caller passes this session's entries. Pure and deterministic: the order of `entries` does not
/// matter.
pub fn assess(plan: &RecoveryPlan, entries: &[SymptomEntry], now: DateTime<Utc>) -> Assessment {
    let ended = plan.session.ended_at;
    let mut seen: Vec<&SymptomEntry> = entries
        .iter()
        .filter(|e| ended <= e.observed_at && e.observed_at <= now)
        .collect();
    // Every field in the key, so equal instants (or even equal ids) still sort one way.
    seen.sort_by_key(|e| (e.observed_at, e.id, e.kind, e.severity, e.area));

    let mut reasons: Vec<(Reason, usize)> = Vec::new();
    // Indices into `seen` named by a red flag: they are not repeated as watch reasons.
    let mut flagged = vec![false; seen.len()];
    for (item, rule) in plan.rules() {
        let RuleKind::RedFlag(flag) = &rule.kind else {
            continue;
        };
        let named = match flag.pattern {
            Pattern::Present => present(flag, item, rule, &seen),
            Pattern::Worsening => worsening(flag, item, rule, &seen),
        };
        let Some(&first) = named.first() else {
            continue;
        };
        for &i in &named {
            flagged[i] = true;
        }
        reasons.push((
            Reason {
                rule_id: Some(rule.id.clone()),
                level: flag.level.into(),
                entry_ids: named.iter().map(|&i| seen[i].id).collect(),
                kind: ReasonKind::RedFlag,
            },
            first,
        ));
    }

    // One watch reason per finding and symptom kind, so "bumps, logged three times" reads once.
    let mut watch: BTreeMap<(usize, SymptomKind), Vec<usize>> = BTreeMap::new();
    let since = now - WATCH_LOOKBACK;
    for (i, entry) in seen.iter().enumerate() {
        if flagged[i] || entry.severity == 0 || entry.observed_at < since {
            continue;
        }
        let expected = plan.rules().any(|(item, rule)| {
            matches!(&rule.kind, RuleKind::ExpectedSymptom { symptoms } if symptoms.contains(&entry.kind))
                && covers(item, rule, entry.observed_at)
        });
        let finding = if !expected {
            ReasonKind::Unexpected
        } else if entry.severity >= STRONG_SEVERITY {
            ReasonKind::StrongExpected
        } else {
            continue;
        };
        let rank = usize::from(finding == ReasonKind::StrongExpected);
        watch.entry((rank, entry.kind)).or_default().push(i);
    }
    for ((rank, _), named) in watch {
        reasons.push((
            Reason {
                rule_id: None,
                level: TriageLevel::Watch,
                entry_ids: named.iter().map(|&i| seen[i].id).collect(),
                kind: if rank == 0 {
                    ReasonKind::Unexpected
                } else {
                    ReasonKind::StrongExpected
                },
            },
            named[0],
        ));
    }

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
        watch_until: (level >= TriageLevel::Watch).then(|| now + WATCH_FOR),
    }
}

/// Whether a rule's window contains `at`.
///
/// An open window ends at the plan's horizon for display, but a sign does not stop being a sign
/// because the plan ran out: for triage an open window never ends.
fn covers(item: &PlanItem, rule: &Rule, at: DateTime<Utc>) -> bool {
    item.starts_at <= at && (rule.window.until.is_none() || at < item.ends_at)
}

/// Whether an entry is one the flag watches (kind and area), whatever its severity or time.
fn watched(flag: &RedFlag, entry: &SymptomEntry) -> bool {
    flag.symptoms.contains(&entry.kind)
        && (flag.areas.is_empty() || flag.areas.contains(&entry.area))
}

/// Whether an entry can raise the flag: watched, severe enough and inside the window.
fn raises(flag: &RedFlag, item: &PlanItem, rule: &Rule, entry: &SymptomEntry) -> bool {
    // A severity of 0 means "none": it never raises a flag, even if a clinic wrote 0 as minimum.
    watched(flag, entry)
        && entry.severity >= flag.min_severity.max(1)
        && covers(item, rule, entry.observed_at)
}

/// Every entry that raises a present-pattern flag.
fn present(flag: &RedFlag, item: &PlanItem, rule: &Rule, seen: &[&SymptomEntry]) -> Vec<usize> {
    (0..seen.len())
        .filter(|&i| raises(flag, item, rule, seen[i]))
        .collect()
}

/// Every entry more severe than all earlier entries of its kind, each after its baseline (the
/// most recent earlier entry with that maximum), in observation order.
///
/// Severities are compared per kind: a pain score says nothing about how warm the skin felt.
/// The baseline counts any earlier entry since the session ended, including a 0 ("none") and
/// ones outside the window or below the minimum: rising from there is still worsening.
fn worsening(flag: &RedFlag, item: &PlanItem, rule: &Rule, seen: &[&SymptomEntry]) -> Vec<usize> {
    let mut named = vec![false; seen.len()];
    for (i, entry) in seen.iter().enumerate() {
        if !raises(flag, item, rule, entry) {
            continue;
        }
        let baseline = seen[..i]
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == entry.kind && e.observed_at < entry.observed_at && watched(flag, e)
            })
            .max_by_key(|&(j, e)| (e.severity, j));
        // No earlier entry means no baseline: a first report cannot be "worse".
        if let Some((j, base)) = baseline {
            if entry.severity > base.severity {
                named[j] = true;
                named[i] = true;
            }
        }
    }
    (0..seen.len()).filter(|&i| named[i]).collect()
}
