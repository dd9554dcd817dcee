//! When an assessment can read differently by itself, as time passes with nothing new logged: a
//! red flag steps down to "earlier" or drops out, a watch reason leaves the look-back.

use chrono::{DateTime, TimeDelta, Utc};

use super::{
    Assessment, FLAG_ACTIVE_FOR, FLAG_LISTED_FOR, FlagStatus, ReasonKind, TriageInput,
    WATCH_LOOKBACK,
};

/// How long after a time limit the assessment reads differently: the limits are inclusive
/// (`age <= FLAG_ACTIVE_FOR` is still active), so the change is just past them.
const PAST_THE_LIMIT: TimeDelta = TimeDelta::seconds(1);

impl Assessment {
    /// The first moment after `after` at which this assessment, made at `after` from `input`
    /// (the session's entries, none dated after `after` plus the clock slack), could read
    /// differently if nothing new is logged and no provider contact is added; `None` when it
    /// reads the same for ever.
    ///
    /// Every moment where it changes is one of these (a second past each limit), but not every
    /// one changes it: assess again at the moment given and ask that assessment for the next
    /// one. Time only moves things down or out: an active flag becomes "earlier" (a watch)
    /// [`FLAG_ACTIVE_FOR`] after its last evidence and drops out after [`FLAG_LISTED_FOR`], a
    /// contacted one drops out [`FLAG_LISTED_FOR`] after its evidence or contact, a watch reason
    /// when its latest entry leaves [`WATCH_LOOKBACK`]. The one thing that can appear is a
    /// watch reason for entries that a flag spoke for until it dropped out; the assessment
    /// made at that moment has it, and its own limit. An entry logged a little before the
    /// session's recorded end counts as observed at the end (`END_TOLERANCE`), and so does its
    /// limit.
    pub fn next_change(
        &self,
        input: &TriageInput<'_>,
        after: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let ended = input.plan.session.ended_at;
        let flags = self.episodes.iter().flat_map(|episode| {
            let last = episode.last_evidence_at;
            let contacted = episode.contacted_at.map_or(last, |at| at.max(last));
            match episode.status {
                FlagStatus::Active => vec![last + FLAG_ACTIVE_FOR, last + FLAG_LISTED_FOR],
                FlagStatus::Earlier => vec![last + FLAG_LISTED_FOR],
                FlagStatus::Contacted => vec![contacted + FLAG_LISTED_FOR],
                FlagStatus::Resolved | FlagStatus::Past => Vec::new(),
            }
        });
        let watched = self
            .reasons
            .iter()
            .filter(|r| matches!(r.kind, ReasonKind::Unexpected | ReasonKind::StrongExpected))
            .filter_map(|reason| {
                input
                    .entries
                    .iter()
                    .filter(|e| reason.entry_ids.contains(&e.id))
                    .map(|e| e.observed_at.max(ended))
                    .max()
                    .map(|latest| latest + WATCH_LOOKBACK)
            });
        flags
            .chain(watched)
            .map(|limit| limit + PAST_THE_LIMIT)
            .filter(|&at| at > after)
            .min()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;
    use crate::symptom::{BodyArea, SymptomEntry, SymptomKind, Temperature, TemperatureUnit, YES};
    use crate::triage::{CLOCK_SLACK, ProviderContact, TriageInput, TriageLevel, assess_with};

    fn ended() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
    }

    /// The level at every moment of `[from, until)`, as the steps `next_change` leads to.
    fn steps(
        input: &TriageInput<'_>,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Vec<(DateTime<Utc>, TriageLevel)> {
        let mut at = from;
        let mut assessment = assess_with(input, at);
        let mut out = vec![(at, assessment.level)];
        while let Some(next) = assessment.next_change(input, at) {
            if next >= until {
                break;
            }
            at = next;
            assessment = assess_with(input, at);
            out.push((at, assessment.level));
        }
        out
    }

    proptest! {
        /// Whatever was logged and contacted, the level at any later moment is the one of the
        /// last step at or before it: no change is missed between the steps.
        #[test]
        fn the_steps_hold_the_level_at_every_moment(
            logged in proptest::collection::vec(
                (0usize..64, 0u8..=10, -90i64..24 * 60 * 12, 0usize..3, 0usize..4),
                0..10,
            ),
            contacted in proptest::option::of(0i64..24 * 12),
            now_after in 1i64..24 * 12,
            probes in proptest::collection::vec(0i64..24 * 60 * 14, 12),
        ) {
            let plan = crate::plan::microneedling_plan(ended(), chrono_tz::Europe::Madrid);
            let now = ended() + TimeDelta::hours(now_after);
            let areas = [BodyArea::Cheeks, BodyArea::Forehead, BodyArea::LipsMouth];
            let measured = [None, None, Some(37.2), Some(38.6)];
            let entries: Vec<SymptomEntry> = logged
                .iter()
                .enumerate()
                .map(|(i, (kind, severity, minutes, area, temperature))| {
                    let kind = SymptomKind::ALL[*kind % SymptomKind::ALL.len()];
                    // A fever is answered yes or no, with a temperature if measured; from 90
                    // minutes before the recorded end (the last hour counts as at the end).
                    let yes_no = kind.answered_yes_no();
                    SymptomEntry {
                        id: i as i64 + 1,
                        session_id: 1,
                        kind,
                        severity: if yes_no { if *severity >= 5 { YES } else { 0 } } else { *severity },
                        observed_at: ended() + TimeDelta::minutes(*minutes),
                        area: areas[*area],
                        note: String::new(),
                        yes_no,
                        temperature: measured[*temperature]
                            .filter(|_| yes_no)
                            .and_then(|c| Temperature::from_degrees(c, TemperatureUnit::Celsius)),
                    }
                })
                // What a journal can hold at `now`: nothing dated past the clock slack.
                .filter(|e| e.observed_at <= now + CLOCK_SLACK)
                .collect();
            let contacts: Vec<ProviderContact> = contacted
                .map(|hours| ProviderContact {
                    id: 1,
                    session_id: 1,
                    rule_id: None,
                    contacted_at: ended() + TimeDelta::hours(hours),
                    note: String::new(),
                })
                .filter(|c| c.contacted_at <= now)
                .into_iter()
                .collect();
            let input = TriageInput { plan: &plan, earlier: &[], entries: &entries, contacts: &contacts };
            let until = now + TimeDelta::days(14);
            let steps = steps(&input, now, until);
            prop_assert!(steps.windows(2).all(|w| w[0].0 < w[1].0));
            for minutes in probes {
                let at = now + TimeDelta::minutes(minutes);
                let expected = steps.iter().rev().find(|(from, _)| *from <= at).map(|(_, l)| *l);
                prop_assert_eq!(Some(assess_with(&input, at).level), expected, "at {}", at);
            }
        }
    }

    #[test]
    fn an_urgent_flag_steps_down_a_second_after_three_days_and_drops_out_after_a_week() {
        let plan = crate::plan::microneedling_plan(ended(), chrono_tz::Europe::Madrid);
        let logged = ended() + TimeDelta::hours(20);
        let entries = [SymptomEntry {
            id: 1,
            session_id: 1,
            kind: SymptomKind::Fever,
            severity: YES,
            observed_at: logged,
            area: BodyArea::WholeArea,
            note: String::new(),
            yes_no: true,
            temperature: None,
        }];
        let input = TriageInput {
            plan: &plan,
            earlier: &[],
            entries: &entries,
            contacts: &[],
        };
        let now = logged + TimeDelta::hours(1);
        let steps = steps(&input, now, now + TimeDelta::days(30));
        let second = TimeDelta::seconds(1);
        assert_eq!(
            steps,
            vec![
                (now, TriageLevel::Urgent),
                (logged + FLAG_ACTIVE_FOR + second, TriageLevel::Watch),
                (logged + FLAG_LISTED_FOR + second, TriageLevel::Normal),
            ]
        );
        assert_eq!(
            assess_with(&input, logged + FLAG_ACTIVE_FOR).level,
            TriageLevel::Urgent
        );
    }
}
