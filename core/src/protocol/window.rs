//! When a rule applies, as offsets from a session.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What a window's offsets count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// Elapsed time after the end of the session this plan is for.
    AfterSession,
    /// Time before the start of the next (planned) session.
    BeforeSession,
}

/// The period a rule covers.
///
/// After a session, `from..until` are elapsed offsets from its end (`until` absent means "open":
/// until the plan's horizon, see `docs/timeline.md`). Before a session, `from` is how long before
/// the appointment the rule starts and `until` how long before it ends, so `from >= until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// What the offsets count from.
    pub anchor: Anchor,
    /// Where the window starts.
    pub from: Span,
    /// Where the window ends; absent for an open window after a session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Span>,
}

impl Window {
    /// A window `from..until` after the end of the session.
    pub const fn after(from: Span, until: Span) -> Window {
        Window {
            anchor: Anchor::AfterSession,
            from,
            until: Some(until),
        }
    }

    /// A window from `from` after the session until the plan's horizon.
    pub const fn after_open(from: Span) -> Window {
        Window {
            anchor: Anchor::AfterSession,
            from,
            until: None,
        }
    }

    /// A window from `from` before the next session until `until` before it.
    pub const fn before(from: Span, until: Span) -> Window {
        Window {
            anchor: Anchor::BeforeSession,
            from,
            until: Some(until),
        }
    }

    /// Checks the window's own shape; the message names the offending field.
    pub(crate) fn check(&self) -> Result<(), (&'static str, String)> {
        match (self.anchor, self.until) {
            (Anchor::AfterSession, Some(until)) if until < self.from => Err((
                "until",
                format!(
                    "ends before it starts ({until} after the session is earlier than {})",
                    self.from
                ),
            )),
            (Anchor::BeforeSession, None) => Err((
                "until",
                "a window before a session must say when it ends (use \"0h\" for the appointment)"
                    .to_string(),
            )),
            (Anchor::BeforeSession, Some(until)) if until > self.from => Err((
                "until",
                format!(
                    "ends before it starts ({until} before the session is earlier than {} before it)",
                    self.from
                ),
            )),
            _ => Ok(()),
        }
    }
}
