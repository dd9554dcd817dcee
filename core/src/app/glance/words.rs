//! The glance's words for a moment seen from another: "10:00", "tomorrow, 10:00", "Sat 28 Nov",
//! right for the local day of the glance's own moment (so they change at local midnight).

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;

use crate::app::words::Words;
use crate::local_time::local_date;
use crate::text::Args;

/// `key` with the arguments that say when `at` is, seen from `from` in `zone`: `$day` (today,
/// tomorrow or later on the local calendar), `$time`, `$date` and `$hour` (for languages that
/// choose an article by the hour), plus `extra`.
pub(super) fn when(
    words: &Words,
    zone: Tz,
    key: &str,
    from: DateTime<Utc>,
    at: DateTime<Utc>,
    extra: &[(&str, &str)],
) -> String {
    let mut args = Args::new();
    args.set("day", day(zone, from, at));
    args.set("time", words.clock(at));
    args.set("date", words.date(at));
    args.set("hour", at.with_timezone(&zone).hour());
    for (name, value) in extra {
        args.set(name.to_string(), value.to_string());
    }
    words.args(key, &args)
}

/// "today", "tomorrow" or "later": `at`'s local day seen from `from`'s.
pub(super) fn day(zone: Tz, from: DateTime<Utc>, at: DateTime<Utc>) -> &'static str {
    let today = local_date(from, zone);
    let day = local_date(at, zone);
    if day == today {
        "today"
    } else if today.succ_opt() == Some(day) {
        "tomorrow"
    } else {
        "later"
    }
}
