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
