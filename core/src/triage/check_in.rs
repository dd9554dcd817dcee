//! "All fine today": a daily check-in with nothing new and nothing worse, as triage counts it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Assessment, CLOCK_SLACK};

/// An "All fine today" check-in: the patient says nothing is new and nothing got worse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Its id in the journal.
    pub id: i64,
    /// The session it is for.
    pub session_id: i64,
    /// The patient's local day it is for (in their zone when they checked in).
    pub day: NaiveDate,
    /// When they checked in.
    pub at: DateTime<Utc>,
}

impl Assessment {
    /// Counts a session's "All fine today" check-ins: each is a day with nothing worse.
    ///
    /// A day with nothing worse never raises a level, and it never settles a red flag, a
    /// contact or a watch either: it is not an entry of 0 (one tap must not clear a sign that a
    /// logged 0 would not clear), and nothing worse is what the assessment already assumes of a
    /// day without entries. What it changes is that the log is no longer empty: the latest one
    /// counted (from the session's end to `now`, with the clock slack entries get) is kept, so
    /// the words never say "nothing logged" after the patient checked in.
    pub fn count_check_ins(
        &mut self,
        check_ins: &[CheckIn],
        ended: DateTime<Utc>,
        now: DateTime<Utc>,
    ) {
        self.checked_in = check_ins
            .iter()
            .map(|c| c.at)
            .filter(|&at| ended <= at && at <= now + CLOCK_SLACK)
            .max();
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeDelta, TimeZone};
    use proptest::prelude::*;

    use super::*;
    use crate::plan::RecoveryPlan;
    use crate::symptom::{BodyArea, SymptomEntry, SymptomKind};
    use crate::triage::{ProviderContact, TriageInput, assess_with};

    fn ended() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
    }

    fn plan() -> RecoveryPlan {
        crate::plan::microneedling_plan(ended(), chrono_tz::Europe::Madrid)
    }

    fn check_in(id: i64, at: DateTime<Utc>) -> CheckIn {
        CheckIn {
            id,
            session_id: 1,
            day: at.date_naive(),
            at,
        }
    }

    proptest! {
        /// A day with nothing worse: whatever was logged, whoever was contacted, check-ins never
        /// raise, lower, settle or open anything; they only say the log is not empty.
        #[test]
        fn a_check_in_changes_no_level_reason_or_episode(
            logged in proptest::collection::vec((0usize..64, 0u8..=10, 0i64..24 * 14), 0..8),
            fine in proptest::collection::vec(0i64..24 * 14, 0..6),
            contacted in proptest::option::of(0i64..24 * 14),
            now_after in 1i64..24 * 16,
        ) {
            let plan = plan();
            let entries: Vec<SymptomEntry> = logged
                .iter()
                .enumerate()
                .map(|(i, (kind, severity, hours))| SymptomEntry {
                    id: i as i64 + 1,
                    session_id: 1,
                    kind: SymptomKind::ALL[*kind % SymptomKind::ALL.len()],
                    severity: *severity,
                    observed_at: ended() + TimeDelta::hours(*hours),
                    area: BodyArea::Cheeks,
                    note: String::new(),
                    yes_no: false,
                    temperature: None,
                })
                .collect();
            let contacts: Vec<ProviderContact> = contacted
                .map(|hours| ProviderContact {
                    id: 1,
                    session_id: 1,
                    rule_id: None,
                    contacted_at: ended() + TimeDelta::hours(hours),
                    note: String::new(),
                })
                .into_iter()
                .collect();
            let now = ended() + TimeDelta::hours(now_after);
            let before = assess_with(
                &TriageInput { plan: &plan, earlier: &[], entries: &entries, contacts: &contacts },
                now,
            );
            let check_ins: Vec<CheckIn> = fine
                .iter()
                .enumerate()
                .map(|(i, hours)| check_in(i as i64 + 1, ended() + TimeDelta::hours(*hours)))
                .collect();
            let mut after = before.clone();
            after.count_check_ins(&check_ins, ended(), now);
            let counted = fine.iter().map(|h| ended() + TimeDelta::hours(*h)).filter(|at| *at <= now).max();
            prop_assert_eq!(after.checked_in, counted);
            after.checked_in = None;
            prop_assert_eq!(after, before);
        }
    }

    #[test]
    fn only_check_ins_from_the_session_end_to_now_count() {
        let mut assessment = Assessment::default();
        let now = ended() + TimeDelta::days(2);
        let before = check_in(1, ended() - TimeDelta::hours(1));
        let ahead = check_in(2, now + TimeDelta::hours(1));
        assessment.count_check_ins(&[before.clone(), ahead.clone()], ended(), now);
        assert_eq!(assessment.checked_in, None);
        let slack = check_in(3, now + TimeDelta::minutes(5));
        let day1 = check_in(4, ended() + TimeDelta::hours(30));
        assessment.count_check_ins(&[day1, slack, before, ahead], ended(), now);
        assert_eq!(assessment.checked_in, Some(now + TimeDelta::minutes(5)));
    }
}
