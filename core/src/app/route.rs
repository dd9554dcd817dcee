//! Where the patient is: a stack of routes with back and up, the navigation bar's places, and
//! the deep links reminders carry.

use super::action::Destination;
use super::notice::NoticeKind;
use crate::journal::{SessionRecord, SessionStatus};

/// One screen on the stack, with what it is about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) enum Route {
    /// The first-run steps.
    FirstRun,
    /// Today; a reminder's rule to point at, if one led here.
    Today { rule: Option<String> },
    /// The log form (its draft lives in the app).
    Log,
    /// What a session's log says.
    Triage { session_id: i64 },
    /// A session's timeline (`None`: the current session).
    Timeline {
        session_id: Option<i64>,
        preparation: bool,
    },
    /// Sessions and the series.
    Sessions,
    /// Entries by day of a session (`None`: the current session), `pages` pages of them.
    History { session_id: Option<i64>, pages: u32 },
    /// The report form.
    Report,
    /// Settings.
    Settings,
    /// A notice.
    Notice { kind: NoticeKind },
}

impl Route {
    /// The place of the navigation bar this route belongs to.
    pub(crate) fn destination(&self) -> Option<Destination> {
        Some(match self {
            Route::Today { .. } | Route::Triage { .. } => Destination::Today,
            Route::Log => Destination::Log,
            Route::Timeline { .. } => Destination::Timeline,
            Route::Sessions => Destination::Sessions,
            Route::History { .. } => Destination::History,
            Route::Report => Destination::Report,
            Route::Settings => Destination::Settings,
            Route::FirstRun | Route::Notice { .. } => return None,
        })
    }

    /// Whether the navigation bar shows on it (not on forms, first run or notices).
    pub(crate) fn shows_navigation(&self) -> bool {
        matches!(
            self,
            Route::Today { .. }
                | Route::Timeline { .. }
                | Route::Sessions
                | Route::History { .. }
                | Route::Settings
        )
    }
}

/// The routes from the root to the screen shown; never empty.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Stack(Vec<Route>);

impl Stack {
    /// A stack with only `root`.
    pub(crate) fn new(root: Route) -> Stack {
        Stack(vec![root])
    }

    /// The screen shown.
    pub(crate) fn top(&self) -> &Route {
        self.0.last().expect("a stack is never empty")
    }

    /// The screen under the one shown, if any.
    pub(crate) fn below(&self) -> Option<&Route> {
        self.0.len().checked_sub(2).map(|i| &self.0[i])
    }

    /// The root.
    pub(crate) fn root(&self) -> &Route {
        &self.0[0]
    }

    /// How deep it is.
    pub(crate) fn depth(&self) -> usize {
        self.0.len()
    }

    /// Whether a route is anywhere on it.
    pub(crate) fn contains(&self, route: &Route) -> bool {
        self.0.contains(route)
    }

    /// Shows `route` above the current screen (not twice in a row).
    pub(crate) fn push(&mut self, route: Route) {
        if self.top() != &route {
            self.0.push(route);
        }
    }

    /// Leaves the current screen; `false` at the root (the system may close the app).
    pub(crate) fn pop(&mut self) -> bool {
        if self.0.len() > 1 {
            self.0.pop();
            true
        } else {
            false
        }
    }

    /// Replaces the current screen (after saving a form, its result takes its place).
    pub(crate) fn replace_top(&mut self, route: Route) {
        *self.0.last_mut().expect("a stack is never empty") = route;
    }

    /// Starts over from these routes (`routes` must not be empty).
    pub(crate) fn reset(&mut self, routes: Vec<Route>) {
        if !routes.is_empty() {
            self.0 = routes;
        }
    }

    /// Removes every notice of `kind` (it was dealt with), keeping at least the root.
    pub(crate) fn remove_notice(&mut self, kind: NoticeKind) {
        let keep: Vec<Route> = self
            .0
            .iter()
            .filter(|r| **r != Route::Notice { kind })
            .cloned()
            .collect();
        if !keep.is_empty() {
            self.0 = keep;
        }
    }

    /// Goes to a place: tabs sit directly on Today; a new log entry and the report open on top
    /// of wherever the patient is.
    pub(crate) fn navigate(&mut self, destination: Destination) {
        let today = Route::Today { rule: None };
        match destination {
            Destination::Today => self.reset(vec![today]),
            Destination::Log => self.push(Route::Log),
            Destination::Report => self.push(Route::Report),
            Destination::Timeline => self.reset(vec![
                today,
                Route::Timeline {
                    session_id: None,
                    preparation: false,
                },
            ]),
            Destination::Sessions => self.reset(vec![today, Route::Sessions]),
            Destination::History => self.reset(vec![
                today,
                Route::History {
                    session_id: None,
                    pages: 1,
                },
            ]),
            Destination::Settings => self.reset(vec![today, Route::Settings]),
        }
    }
}

/// Where a reminder's deep link leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinkTarget {
    /// `aftercare://today`: Today, pointing at a rule.
    Today,
    /// `aftercare://log`: a new log entry.
    Log,
    /// `aftercare://prepare`: the preparation checklist for the next session.
    Prepare,
    /// `aftercare://book`: sessions, to book the next one.
    Book,
}

/// A parsed deep link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    /// Where it leads.
    pub(crate) target: LinkTarget,
    /// The session key (`<protocol>.<seconds the session ended>`), if given.
    pub(crate) session: Option<String>,
    /// The rule, if given.
    pub(crate) rule: Option<String>,
}

/// The longest link read (ours are well under 200 characters).
const MAX_LINK: usize = 512;

/// Whether a query value is one of our slugs or keys (letters, digits, `-`, `_`, `.`).
fn plain(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 128
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// Reads `aftercare://<target>?session=…&rule=…`; anything else is `None`.
pub(crate) fn parse_link(url: &str) -> Option<Link> {
    if url.len() > MAX_LINK {
        return None;
    }
    let rest = url.trim().strip_prefix("aftercare://")?;
    let (host, query) = rest.split_once('?').unwrap_or((rest, ""));
    let target = match host.trim_end_matches('/') {
        "today" => LinkTarget::Today,
        "log" => LinkTarget::Log,
        "prepare" => LinkTarget::Prepare,
        "book" => LinkTarget::Book,
        _ => return None,
    };
    let mut link = Link {
        target,
        session: None,
        rule: None,
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=')?;
        if !plain(value) {
            return None;
        }
        match name {
            "session" => link.session = Some(value.to_string()),
            "rule" => link.rule = Some(value.to_string()),
            // Links from a newer version may carry more; what we know still leads somewhere.
            _ => {}
        }
    }
    Some(link)
}

/// The done session a reminder's session key names.
pub(crate) fn session_by_key<'s>(
    sessions: &'s [SessionRecord],
    key: &str,
) -> Option<&'s SessionRecord> {
    let (protocol, seconds) = key.rsplit_once('.')?;
    let seconds: i64 = seconds.parse().ok()?;
    sessions.iter().find(|s| {
        s.status == SessionStatus::Done
            && s.protocol.id == protocol
            && s.ended_at.is_some_and(|e| e.timestamp() == seconds)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_read_strictly() {
        let link = parse_link("aftercare://today?session=microneedling.1795251600&rule=no-makeup")
            .unwrap();
        assert_eq!(link.target, LinkTarget::Today);
        assert_eq!(link.session.as_deref(), Some("microneedling.1795251600"));
        assert_eq!(link.rule.as_deref(), Some("no-makeup"));
        assert_eq!(
            parse_link("aftercare://log").unwrap().target,
            LinkTarget::Log
        );
        assert_eq!(
            parse_link("aftercare://book?session=x.1&v=2")
                .unwrap()
                .target,
            LinkTarget::Book
        );
        for bad in [
            "https://example.com/log",
            "aftercare://settings",
            "aftercare://log?session=<script>",
            "aftercare://log?session",
            "aftercare://today?rule=a%20b",
            "",
        ] {
            assert_eq!(parse_link(bad), None, "{bad}");
        }
        assert_eq!(
            parse_link(&format!("aftercare://log?session={}", "a".repeat(600))),
            None
        );
    }

    #[test]
    fn the_stack_never_empties_and_tabs_sit_on_today() {
        let mut stack = Stack::new(Route::Today { rule: None });
        assert!(!stack.pop());
        stack.navigate(Destination::History);
        stack.navigate(Destination::Log);
        stack.navigate(Destination::Log);
        assert_eq!(stack.depth(), 3);
        assert!(stack.pop());
        assert_eq!(
            stack.top(),
            &Route::History {
                session_id: None,
                pages: 1
            }
        );
        stack.navigate(Destination::Settings);
        assert_eq!(stack.depth(), 2);
        assert_eq!(stack.below(), Some(&Route::Today { rule: None }));
        stack.navigate(Destination::Today);
        assert_eq!(stack.depth(), 1);
    }
}
