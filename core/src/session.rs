//! A treatment session the patient had (or will have).

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::protocol::ProtocolRef;

/// A session that ended: the protocol it followed, when it ended and the patient's zone then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreatmentSession {
    /// The protocol and the exact version the session is planned with.
    pub protocol: ProtocolRef,
    /// When the treatment ended (UTC).
    pub ended_at: DateTime<Utc>,
    /// The patient's IANA zone at the time.
    pub zone: Tz,
    /// Its place in the series: 1 for the first; beyond the series it is a maintenance session.
    pub number: u32,
}

/// The patient's daily times, which daily routines follow on the local wall clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayTimes {
    /// Wake time: morning routines (SPF).
    pub morning: NaiveTime,
    /// Evening check-in time.
    pub evening: NaiveTime,
}

impl Default for DayTimes {
    fn default() -> DayTimes {
        DayTimes {
            morning: NaiveTime::from_hms_opt(8, 0, 0).expect("valid time"),
            evening: NaiveTime::from_hms_opt(20, 0, 0).expect("valid time"),
        }
    }
}

impl DayTimes {
    /// The time for a slot.
    pub fn at(&self, slot: crate::protocol::DaySlot) -> NaiveTime {
        match slot {
            crate::protocol::DaySlot::Morning => self.morning,
            crate::protocol::DaySlot::Evening => self.evening,
        }
    }
}
