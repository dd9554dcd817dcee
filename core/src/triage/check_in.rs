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
