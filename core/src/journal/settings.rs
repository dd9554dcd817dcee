//! The patient's settings, one row.

use std::collections::BTreeSet;

use chrono::NaiveTime;
use chrono_tz::Tz;
use rusqlite::{OptionalExtension, params};

use super::{Journal, JournalError};
use crate::reminder::Category;
use crate::session::DayTimes;
use crate::settings::{PatientSettings, QuietHours};
use crate::text::Locale;

fn time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}

impl Journal {
    /// The stored settings and zone, or the defaults (zone UTC) if none were saved.
    pub fn settings(&self) -> Result<(PatientSettings, Tz), JournalError> {
        Ok(self
            .stored_settings()?
            .unwrap_or_else(|| (PatientSettings::default(), Tz::UTC)))
    }

    /// The stored settings and zone; `None` if the patient never saved any.
    pub fn stored_settings(&self) -> Result<Option<(PatientSettings, Tz)>, JournalError> {
        let row = self.read(|conn| {
            Ok(conn
                .query_row(
                    "SELECT zone, wake, check_in, quiet_start, quiet_end, locale, categories FROM settings WHERE id = 1",
                    [],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Option<String>>(3)?,
                            r.get::<_, Option<String>>(4)?,
                            r.get::<_, String>(5)?,
                            r.get::<_, String>(6)?,
                        ))
                    },
                )
                .optional()?)
        })?;
        let Some((zone, wake, check_in, quiet_start, quiet_end, locale, categories)) = row else {
            return Ok(None);
        };
        let defaults = PatientSettings::default();
        let quiet_hours = match (
            quiet_start.as_deref().and_then(time),
            quiet_end.as_deref().and_then(time),
        ) {
            (Some(start), Some(end)) => QuietHours::new(start, end).ok(),
            _ => None,
        };
        let categories: BTreeSet<Category> = categories
            .split(',')
            .filter_map(|code| Category::ALL.into_iter().find(|c| c.code() == code))
            .collect();
        Ok(Some((
            PatientSettings {
                day_times: DayTimes {
                    morning: time(&wake).unwrap_or(defaults.day_times.morning),
                    evening: time(&check_in).unwrap_or(defaults.day_times.evening),
                },
                quiet_hours,
                categories,
                locale: Locale::negotiate(&locale),
            },
            zone.parse().unwrap_or(Tz::UTC),
        )))
    }

    /// Saves the settings and the patient's zone.
    pub fn save_settings(&self, settings: &PatientSettings, zone: Tz) -> Result<(), JournalError> {
        let fmt = |t: NaiveTime| t.format("%H:%M").to_string();
        let categories: Vec<&str> = settings.categories.iter().map(|c| c.code()).collect();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (id, zone, wake, check_in, quiet_start, quiet_end, locale, categories)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO UPDATE SET zone = ?1, wake = ?2, check_in = ?3, quiet_start = ?4,
                   quiet_end = ?5, locale = ?6, categories = ?7",
                params![
                    zone.name(),
                    fmt(settings.day_times.morning),
                    fmt(settings.day_times.evening),
                    settings.quiet_hours.map(|q| fmt(q.start())),
                    settings.quiet_hours.map(|q| fmt(q.end())),
                    settings.locale.code(),
                    categories.join(",")
                ],
            )?;
            Ok(())
        })
    }
}
