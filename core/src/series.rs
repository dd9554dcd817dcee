//! Progress through a treatment series and when the next session should be.

use chrono::{DateTime, Months, Utc};

use crate::local_time;
use crate::protocol::Protocol;
use crate::session::TreatmentSession;

/// When the next session of a series can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextSessionWindow {
    /// Not before this (the skin needs the time).
    pub earliest: DateTime<Utc>,
    /// Start of the recommended stretch.
    pub recommended_from: DateTime<Utc>,
    /// End of the recommended stretch.
    pub recommended_until: DateTime<Utc>,
    /// Not after this, or the series loses momentum.
    pub latest: DateTime<Utc>,
}

/// Where a patient is in their series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesProgress {
    /// Sessions in the initial series.
    pub sessions_in_series: u32,
    /// Sessions done so far (series and maintenance).
    pub done: u32,
    /// Series sessions still to go.
    pub remaining: u32,
    /// The window for the next series session, while the series is not complete.
    pub next: Option<NextSessionWindow>,
    /// When the next maintenance session is due, once the series is complete.
    pub maintenance_at: Option<DateTime<Utc>>,
}

impl SeriesProgress {
    /// Whether every session of the initial series is done.
    pub fn complete(&self) -> bool {
        self.remaining == 0
    }
}

/// Progress for the sessions done so far (any order; the latest counts), or `None` when the
/// protocol schedules no series.
pub fn series_progress(protocol: &Protocol, done: &[TreatmentSession]) -> Option<SeriesProgress> {
    let (rule, series) = protocol.series()?;
    let count = u32::try_from(done.len()).unwrap_or(u32::MAX);
    let remaining = series.sessions.saturating_sub(count);
    let last = done.iter().max_by_key(|s| s.ended_at);
    let mut progress = SeriesProgress {
        sessions_in_series: series.sessions,
        done: count,
        remaining,
        next: None,
        maintenance_at: None,
    };
    let Some(last) = last else {
        return Some(progress);
    };
    let ended = last.ended_at;
    if remaining > 0 {
        let latest = rule.window.until.unwrap_or(series.recommended.until);
        progress.next = Some(NextSessionWindow {
            earliest: ended + rule.window.from.to_duration(),
            recommended_from: ended + series.recommended.from.to_duration(),
            recommended_until: ended + series.recommended.until.to_duration(),
            latest: ended + latest.to_duration(),
        });
    } else if let Some(months) = series.maintenance_months {
        // Months are calendar months on the patient's local calendar, at the same local time.
        let local = ended.with_timezone(&last.zone).naive_local();
        progress.maintenance_at = local
            .checked_add_months(Months::new(months))
            .map(|at| local_time::resolve_local(last.zone, at.date(), at.time()));
    }
    Some(progress)
}
