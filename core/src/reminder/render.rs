//! Putting occurrences into words: title, body, lock-screen text, actions and deep link.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::id::{fingerprint, numeric_id, session_key};
use super::occurrence::{Occurrence, Subject};
use super::{Action, ActionKind, Category, Reminder};
use crate::local_time::{Style, format_local};
use crate::plan::RecoveryPlan;
use crate::text::{Args, Locale};

/// The reminder for an occurrence firing at `fire_at`, due at `due_at` (earlier when quiet
/// hours held it).
pub(crate) fn render(
    occ: &Occurrence,
    fire_at: DateTime<Utc>,
    due_at: DateTime<Utc>,
    plans: &[RecoveryPlan],
    zone: Tz,
    locale: Locale,
) -> Reminder {
    let plan = &plans[occ.plan];
    let texts = plan.protocol().texts(locale);
    let key = session_key(&plan.session);
    let rule_of = |item: usize| plan.rule(&plan.items[item]);
    let date = |at| format_local(at, zone, locale, Style::Date);

    let (rule_id, title, body) = match &occ.subject {
        Subject::Routine(item) => {
            let rule = rule_of(*item);
            (
                Some(rule.id.clone()),
                crate::view::rule_title(rule, &texts),
                crate::view::rule_attr(rule, "detail", &texts).unwrap_or_default(),
            )
        }
        Subject::Lifted(items) => {
            let lifted: Vec<String> = items
                .iter()
                .map(|&i| {
                    let rule = rule_of(i);
                    crate::view::rule_attr(rule, "lifted", &texts)
                        .unwrap_or_else(|| crate::view::rule_title(rule, &texts))
                })
                .collect();
            (
                items.first().map(|&i| rule_of(i).id.clone()),
                texts.get("reminder-lifted-title", None),
                lifted.join(" "),
            )
        }
        Subject::Preparation(item, appointment) => {
            let rule = rule_of(*item);
            let mut args = Args::new();
            args.set(
                "date",
                format_local(*appointment, zone, locale, Style::DateTime),
            );
            (
                Some(rule.id.clone()),
                crate::view::rule_title(rule, &texts),
                texts.get("reminder-preparation-body", Some(&args)),
            )
        }
        Subject::Booking(from, until) => {
            let mut args = Args::new();
            args.set("from", date(*from));
            args.set("until", date(*until));
            (
                None,
                texts.get("reminder-booking-title", None),
                texts.get("reminder-booking-body", Some(&args)),
            )
        }
        Subject::Maintenance => (
            None,
            texts.get("reminder-maintenance-title", None),
            texts.get("reminder-maintenance-body", None),
        ),
        Subject::WatchCheckIn => (
            None,
            texts.get("reminder-watch-title", None),
            texts.get("reminder-watch-body", None),
        ),
    };

    let action_kinds: &[ActionKind] = match occ.category {
        Category::CheckIn => &[ActionKind::LogSymptoms, ActionKind::Snooze],
        Category::Lifted => &[],
        _ => &[ActionKind::Done, ActionKind::Snooze],
    };
    let actions: Vec<Action> = action_kinds
        .iter()
        .map(|&kind| Action {
            kind,
            label: texts.get(
                match kind {
                    ActionKind::Done => "reminder-action-done",
                    ActionKind::Snooze => "reminder-action-snooze",
                    ActionKind::LogSymptoms => "reminder-action-log",
                },
                None,
            ),
        })
        .collect();
    let deep_link = match (&occ.category, &rule_id) {
        (Category::CheckIn, _) => format!("aftercare://log?session={key}"),
        (Category::Preparation, _) => format!("aftercare://prepare?session={key}"),
        (Category::Booking | Category::Maintenance, _) => format!("aftercare://book?session={key}"),
        (_, Some(rule)) => format!("aftercare://today?session={key}&rule={rule}"),
        (_, None) => format!("aftercare://today?session={key}"),
    };
    let lock_screen_title = texts.get("reminder-lock-title", None);
    let lock_screen_body = texts.get(&format!("reminder-lock-{}", occ.category.code()), None);

    let print = fingerprint(
        fire_at,
        &[
            &title,
            &body,
            &lock_screen_title,
            &lock_screen_body,
            &deep_link,
            occ.category.code(),
            if occ.urgent { "urgent" } else { "" },
            &actions
                .iter()
                .map(|a| a.label.as_str())
                .collect::<Vec<_>>()
                .join("|"),
        ],
    );
    Reminder {
        os_id: format!("{}#{print:016x}", occ.id),
        numeric_id: numeric_id(&occ.id),
        id: occ.id.clone(),
        category: occ.category,
        fire_at,
        due_at,
        timing: occ.timing,
        urgent: occ.urgent,
        session_key: key,
        rule_id,
        title,
        body,
        lock_screen_title,
        lock_screen_body,
        actions,
        deep_link,
    }
}
