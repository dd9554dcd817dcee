//! What the patient already did, so its reminders are no longer due: a day's check-in once
//! something was logged that day (or "All fine today"), a preparation step marked done.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::Category;
use super::occurrence::{Occurrence, Subject};
use crate::local_time::local_date;
use crate::plan::RecoveryPlan;

/// Done things whose reminders must not fire.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completed {
    /// The patient's local days (in the zone reminders are listed in) with a check-in:
    /// something logged, or "All fine today". Logging is the check-in, so that day's check-in
    /// reminders (the daily one and a watch's) are done.
    pub check_in_days: BTreeSet<NaiveDate>,
    /// Preparation steps marked done: the appointment they prepare for and the rule's id.
    pub preparation: BTreeSet<(DateTime<Utc>, String)>,
}

impl Completed {
    /// Whether `occ` is already done.
    pub(crate) fn covers(&self, occ: &Occurrence, plans: &[RecoveryPlan], zone: Tz) -> bool {
        match &occ.subject {
            Subject::Preparation(item, appointment) => {
                let Some(plan) = plans.get(occ.plan) else {
                    return false;
                };
                let Some(item) = plan.items.get(*item) else {
                    return false;
                };
                self.preparation
                    .contains(&(*appointment, plan.rule(item).id.clone()))
            }
            _ if occ.category == Category::CheckIn => {
                // A check-in's id ends with the day it is for, whatever a snooze did to its time.
                let day = occ
                    .id
                    .rsplit(':')
                    .next()
                    .and_then(|token| token.parse::<NaiveDate>().ok())
                    .unwrap_or_else(|| local_date(occ.fire_at, zone));
                self.check_in_days.contains(&day)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeDelta, TimeZone};

    use super::*;
    use crate::reminder::{
        ReminderAction, ReminderLedger, Watch, pending, pending_with, session_key,
    };
    use crate::settings::PatientSettings;

    const MADRID: Tz = chrono_tz::Europe::Madrid;

    fn ended() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
    }

    fn plan() -> RecoveryPlan {
        crate::plan::microneedling_plan(ended(), MADRID)
    }

    #[test]
    fn a_day_with_a_check_in_has_no_check_in_reminder_left() {
        let plans = [plan()];
        let key = session_key(&plans[0].session);
        let settings = PatientSettings::default();
        let now = ended() + TimeDelta::hours(2);
        // Something worth watching: the watch's evening check-ins too.
        let watches = [Watch {
            from: now,
            until: now + TimeDelta::days(10),
            urgent: true,
        }];
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let ids = |completed: &Completed, ledger: &ReminderLedger| -> Vec<String> {
            pending_with(
                &plans, &settings, MADRID, &watches, completed, ledger, now, 64,
            )
            .reminders
            .into_iter()
            .filter(|r| r.category == Category::CheckIn)
            .map(|r| r.id)
            .collect()
        };
        let ledger = ReminderLedger::new();
        let all = ids(&Completed::default(), &ledger);
        assert_eq!(
            all.iter().map(String::as_str).collect::<Vec<_>>()[..3],
            [
                format!("{key}:daily-check-in:2026-11-21").as_str(),
                format!("{key}:daily-check-in:2026-11-22").as_str(),
                format!("{key}:daily-check-in:2026-11-23").as_str(),
            ]
        );
        assert!(all.iter().any(|id| id.contains(":watch:")), "{all:?}");
        let done = Completed {
            check_in_days: [day(21), day(23), day(29)].into_iter().collect(),
            ..Completed::default()
        };
        let left = ids(&done, &ledger);
        let mut expected: Vec<String> = all
            .iter()
            .filter(|id| {
                !["2026-11-21", "2026-11-23", "2026-11-29"]
                    .iter()
                    .any(|d| id.ends_with(d))
            })
            .cloned()
            .collect();
        expected.sort();
        let mut sorted = left.clone();
        sorted.sort();
        assert_eq!(sorted, expected);
        // Nothing done: the same as `pending`.
        assert_eq!(
            pending(&plans, &settings, MADRID, &watches, &ledger, now, 64),
            pending_with(
                &plans,
                &settings,
                MADRID,
                &watches,
                &Completed::default(),
                &ledger,
                now,
                64
            )
        );
        // A check-in snoozed to the next morning does not come back once its day is checked in.
        let mut ledger = ReminderLedger::new();
        let tonight = format!("{key}:daily-check-in:2026-11-22");
        ledger
            .act(
                &tonight,
                ReminderAction::Snooze {
                    until: Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap(),
                },
                now,
            )
            .unwrap();
        assert!(ids(&Completed::default(), &ledger).contains(&tonight));
        let done = Completed {
            check_in_days: [day(22)].into_iter().collect(),
            ..Completed::default()
        };
        assert!(!ids(&done, &ledger).contains(&tonight));
    }
}
