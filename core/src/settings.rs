//! The patient's settings that shape plans and reminders.

use std::collections::BTreeSet;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::reminder::Category;
use crate::session::DayTimes;
use crate::text::Locale;

/// A stretch of the night when nothing but urgent reminders fires, as local wall-clock times.
/// It may wrap past midnight (22:00–07:00); `start == end` is refused by [`QuietHours::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHours {
    start: NaiveTime,
    end: NaiveTime,
}

/// Why settings were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// Quiet hours that start when they end.
    #[error("quiet_hours: start and end must differ")]
    EmptyQuietHours,
}

impl QuietHours {
    /// Quiet hours from `start` (inclusive) to `end` (exclusive), local time.
    pub fn new(start: NaiveTime, end: NaiveTime) -> Result<QuietHours, SettingsError> {
        if start == end {
            return Err(SettingsError::EmptyQuietHours);
        }
        Ok(QuietHours { start, end })
    }

    /// When they start.
    pub fn start(&self) -> NaiveTime {
        self.start
    }

    /// When they end.
    pub fn end(&self) -> NaiveTime {
        self.end
    }

    /// Whether a local time of day is inside.
    pub fn contains(&self, time: NaiveTime) -> bool {
        if self.start < self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        }
    }
}

/// Everything the patient chooses once: daily times, quiet hours, reminders, language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatientSettings {
    /// Wake and check-in times.
    pub day_times: DayTimes,
    /// Quiet hours, if any.
    pub quiet_hours: Option<QuietHours>,
    /// Reminder categories that are on.
    pub categories: BTreeSet<Category>,
    /// Language of texts.
    pub locale: Locale,
}

impl Default for PatientSettings {
    fn default() -> PatientSettings {
        PatientSettings {
            day_times: DayTimes::default(),
            quiet_hours: Some(QuietHours {
                start: NaiveTime::from_hms_opt(22, 0, 0).expect("valid time"),
                end: NaiveTime::from_hms_opt(7, 0, 0).expect("valid time"),
            }),
            categories: Category::ALL.into_iter().collect(),
            locale: Locale::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn quiet_hours_wrap_midnight() {
        let q = QuietHours::new(t(22, 0), t(7, 0)).unwrap();
        assert!(q.contains(t(23, 0)) && q.contains(t(0, 0)) && q.contains(t(6, 59)));
        assert!(!q.contains(t(7, 0)) && !q.contains(t(12, 0)) && !q.contains(t(21, 59)));
        let day = QuietHours::new(t(13, 0), t(14, 0)).unwrap();
        assert!(day.contains(t(13, 30)) && !day.contains(t(14, 0)));
        assert_eq!(
            QuietHours::new(t(1, 0), t(1, 0)),
            Err(SettingsError::EmptyQuietHours)
        );
    }
}
