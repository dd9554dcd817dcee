//! At a glance: what a home-screen or lock-screen widget shows of today's recovery, and the
//! timeline of it a widget draws without opening the journal (`core/docs/glance.md`).
//!
//! [`Glance`] is the model at one moment: a headline, what the log says when it calls for
//! attention, and up to three lines of what comes next, each with its deep link.
//! [`GlanceTimeline`] is the glance at every instant it changes until a given moment, computed
//! from the plan, the reminders and the assessment (never by sampling), bounded in count. The
//! app hands the timeline to the shell whenever it changed (`Effect::UpdateGlance`); the shell
//! writes it where the widget reads it.

mod sources;
mod words;

#[cfg(test)]
mod tests;

use chrono::{DateTime, TimeDelta, Utc};

use super::model::{Tone, sentences};
use super::{App, Ctx};
use crate::journal::JournalError;
use crate::text::Locale;
use crate::triage::TriageLevel;
use sources::Sources;

/// The most entries a timeline holds. A widget's timeline is a few days of a few changes each
/// (midnight, the morning and evening reminders, restrictions lifting); past the bound the
/// timeline ends at the first change it leaves out, and `refresh_at` comes before that.
pub const MAX_ENTRIES: usize = 48;
/// The farthest a timeline reaches (the reminders' own listing horizon); a later `until` is
/// brought back to it.
pub const MAX_SPAN: TimeDelta = crate::reminder::HORIZON;
/// How many local days ahead the timeline the app hands to the shell runs (to the local
/// midnight that starts the seventh day after today's).
pub const SHELL_DAYS: u64 = 7;
/// How long before a timeline runs out the shell is asked to fetch the next one.
pub const REFRESH_AHEAD: TimeDelta = TimeDelta::days(1);

/// What the glance is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum GlanceState {
    /// A recovery from a done session (its plan may have ended).
    Recovering,
    /// Only a session booked ahead: its preparation.
    Preparing,
    /// No session yet: nothing to show.
    Empty,
    /// The journal cannot be read (a notice in the app says why).
    Unavailable,
}

/// The log's verdict on a glance, when it calls for attention.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GlanceAttention {
    /// The level.
    pub level: TriageLevel,
    /// Its semantic token.
    pub tone: Tone,
    /// The level in words ("Contact your provider now"; discreet: "Aftercare needs your
    /// attention right away").
    pub label: String,
    /// Whether it wins over everything else: the widget shows it alone, no other line.
    pub takes_over: bool,
    /// Opens Today, where the verdict's card has the call to action.
    pub link: String,
}

/// What a line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum GlanceLineKind {
    /// The next restriction to lift ("Makeup from 10:00").
    Restriction,
    /// The next reminder ("Sunscreen tomorrow at 08:00").
    Reminder,
    /// The next session: booked, or the window to book it in.
    Session,
    /// A step to prepare a booked session.
    Preparation,
}

/// One line of a glance.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GlanceLine {
    /// What it is about.
    pub kind: GlanceLineKind,
    /// The line, in the patient's words, with its time relative to the glance's moment.
    pub text: String,
    /// The instant it is about (a widget may count down to it).
    pub at: DateTime<Utc>,
    /// Where tapping it leads (an `aftercare://` link for `AppAction::OpenLink`).
    pub link: String,
}

/// What a widget shows at one moment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Glance {
    /// What it is about.
    pub state: GlanceState,
    /// The language of its words.
    pub locale: Locale,
    /// Whether its words are the discreet ones (the patient's lock-screen setting): no word
    /// about a treatment, symptom, restriction or product.
    pub discreet: bool,
    /// "Day 2 of your recovery", the booked session, or that there is nothing to show yet.
    pub headline: String,
    /// Where tapping the widget leads.
    pub link: String,
    /// What the log says, when it calls for attention.
    pub attention: Option<GlanceAttention>,
    /// Up to three lines, what matters next first: the restriction to lift, the reminder, the
    /// session (or, for a booked session alone, its preparation steps). None when the
    /// attention takes over.
    pub lines: Vec<GlanceLine>,
    /// What a screen reader says for the whole glance.
    pub accessibility_label: String,
}

/// A glance and the instant from which it holds.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GlanceEntry {
    /// From when it holds (until the next entry's `from`, or the timeline's `until`).
    pub from: DateTime<Utc>,
    /// What it shows.
    pub glance: Glance,
}

/// The glance at every instant it changes: what a widget's timeline needs.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GlanceTimeline {
    /// In time order; the first holds from the moment asked about. Never empty, at most
    /// [`MAX_ENTRIES`].
    pub entries: Vec<GlanceEntry>,
    /// Until when the last entry holds. After it the timeline says nothing: a widget shows
    /// `stale_text` instead.
    pub until: DateTime<Utc>,
    /// When to ask again (before `until`).
    pub refresh_at: DateTime<Utc>,
    /// Whether [`MAX_ENTRIES`] (or a session ending in the next minutes) ended it before the
    /// moment asked for.
    pub truncated: bool,
    /// What a widget shows once `until` has passed (never a health word).
    pub stale_text: String,
    /// Where that leads (Today).
    pub stale_link: String,
}

impl GlanceTimeline {
    /// Whether this timeline says nothing that `earlier` did not already say from this one's
    /// first instant on: the same entries from then (the first one's `from` aside), the same
    /// end and the same moment to ask again. What the app and the shells compare before
    /// handing a timeline on or writing it.
    pub fn continues(&self, earlier: &GlanceTimeline) -> bool {
        let Some(first) = self.entries.first() else {
            return false;
        };
        let Some(at) = earlier.entries.iter().rposition(|e| e.from <= first.from) else {
            return false;
        };
        let tail = &earlier.entries[at..];
        first.from < earlier.until
            && tail.len() == self.entries.len()
            && tail[0].glance == first.glance
            && tail[1..] == self.entries[1..]
            && (earlier.until, earlier.refresh_at, earlier.truncated)
                == (self.until, self.refresh_at, self.truncated)
            && (&earlier.stale_text, &earlier.stale_link) == (&self.stale_text, &self.stale_link)
    }
}

/// Where a glance leads when nothing more precise fits.
const TODAY_LINK: &str = "aftercare://today";

impl App {
    /// The glance at `now`; `phone_zone` is the phone's current zone. With no journal open it
    /// says so (`GlanceState::Unavailable`).
    pub fn glance(
        &self,
        now: DateTime<Utc>,
        phone_zone: chrono_tz::Tz,
    ) -> Result<Glance, JournalError> {
        let Some(ctx) = self.glance_ctx(now, phone_zone)? else {
            return Ok(sources::unavailable(&self.device_words(phone_zone)));
        };
        Ok(Sources::load(&ctx, now)?.at(now))
    }

    /// The glance at every instant it changes from `now` until `until` (at most [`MAX_SPAN`]
    /// ahead), at most [`MAX_ENTRIES`] entries.
    pub fn glance_timeline(
        &self,
        now: DateTime<Utc>,
        phone_zone: chrono_tz::Tz,
        until: DateTime<Utc>,
    ) -> Result<GlanceTimeline, JournalError> {
        if until <= now {
            return Err(JournalError::invalid("until", "must be after now"));
        }
        match self.glance_ctx(now, phone_zone)? {
            Some(ctx) => timeline(&ctx, until),
            None => {
                let words = self.device_words(phone_zone);
                Ok(single(
                    sources::unavailable(&words),
                    now,
                    until.min(now + MAX_SPAN),
                    &words,
                ))
            }
        }
    }

    fn glance_ctx(
        &self,
        now: DateTime<Utc>,
        phone_zone: chrono_tz::Tz,
    ) -> Result<Option<Ctx>, JournalError> {
        let Some(journal) = self.journal.clone() else {
            return Ok(None);
        };
        match Ctx::load(journal, now, phone_zone, &self.config) {
            Ok(ctx) => Ok(Some(ctx)),
            Err(super::AppError::Journal(err)) => Err(err),
            Err(super::AppError::Report(_)) => Ok(None),
        }
    }

    fn device_words(&self, phone_zone: chrono_tz::Tz) -> super::words::Words {
        super::words::Words::new(self.config.device_locale, phone_zone)
    }
}

/// The timeline the app hands to the shell at `ctx.now`: to the local midnight that starts the
/// [`SHELL_DAYS`]th day after today, so two timelines made on the same local day end together
/// and compare as the same when nothing changed.
pub(crate) fn for_shell(ctx: &Ctx) -> Result<GlanceTimeline, JournalError> {
    let today = crate::local_time::local_date(ctx.now, ctx.zone);
    let last = today
        .checked_add_days(chrono::Days::new(SHELL_DAYS))
        .unwrap_or(today);
    let until = crate::local_time::resolve_local(ctx.zone, last, chrono::NaiveTime::MIN);
    timeline(ctx, until.max(ctx.now + TimeDelta::hours(1)))
}

/// The glance at every instant it changes in `[ctx.now, until)`.
pub(crate) fn timeline(ctx: &Ctx, until: DateTime<Utc>) -> Result<GlanceTimeline, JournalError> {
    let now = ctx.now;
    let asked = until.min(now + MAX_SPAN);
    let sources = Sources::load(ctx, asked)?;
    // A session that ends in the next minutes (a clock a little ahead) starts a new plan the
    // app has not read yet: the timeline stops there, and asks again by then.
    let until = sources
        .ends_by()
        .filter(|&end| end < asked)
        .unwrap_or(asked);
    let mut truncated = until < asked;
    let mut entries = vec![GlanceEntry {
        from: now,
        glance: sources.at(now),
    }];
    let mut end = until;
    for at in sources.instants(until) {
        let glance = sources.at(at);
        if entries.last().is_some_and(|e| e.glance == glance) {
            continue;
        }
        if entries.len() == MAX_ENTRIES {
            end = at;
            truncated = true;
            break;
        }
        entries.push(GlanceEntry { from: at, glance });
    }
    Ok(GlanceTimeline {
        refresh_at: refresh_at(now, end),
        until: end,
        truncated,
        entries,
        stale_text: ctx.words.get("glance-stale"),
        stale_link: TODAY_LINK.to_string(),
    })
}

/// A timeline of one glance that holds from `now` until `until`.
fn single(
    glance: Glance,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
    words: &super::words::Words,
) -> GlanceTimeline {
    GlanceTimeline {
        entries: vec![GlanceEntry { from: now, glance }],
        until,
        refresh_at: refresh_at(now, until),
        truncated: false,
        stale_text: words.get("glance-stale"),
        stale_link: TODAY_LINK.to_string(),
    }
}

/// When to ask again for a timeline that runs from `now` until `end`: [`REFRESH_AHEAD`]
/// before its end, or half way for a short one.
fn refresh_at(now: DateTime<Utc>, end: DateTime<Utc>) -> DateTime<Utc> {
    let span = end - now;
    if span > REFRESH_AHEAD * 2 {
        end - REFRESH_AHEAD
    } else {
        now + span / 2
    }
}

/// A deep link without its query: the screen alone (`aftercare://today`).
fn screen_only(link: &str) -> String {
    link.split_once('?')
        .map_or(link, |(screen, _)| screen)
        .to_string()
}

/// How the glance shows a level of the log's verdict: not at all, beside the rest, or alone.
/// The one place to extend when a triage level is added: urgent and emergency take over (the
/// verdict is the most severe level the log reads, so an emergency is shown over anything
/// urgent); its words are the level's own label (`level-label-<code>`) and, discreet,
/// `glance-attention-discreet-<code>` in `glance.ftl` (a test checks every level has them).
fn presence(level: TriageLevel) -> Option<Presence> {
    match level {
        TriageLevel::Normal => None,
        TriageLevel::Watch | TriageLevel::ContactProvider => Some(Presence::Beside),
        TriageLevel::Urgent | TriageLevel::Emergency => Some(Presence::TakesOver),
    }
}

/// Where a verdict stands on a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    /// Above the headline and the lines.
    Beside,
    /// Alone: the call to action wins over everything else.
    TakesOver,
}

impl Glance {
    /// Puts a glance together: the attention (which may take over), the lines (at most three)
    /// and what a screen reader says.
    fn new(
        state: GlanceState,
        locale: Locale,
        discreet: bool,
        headline: String,
        link: String,
        attention: Option<GlanceAttention>,
        mut lines: Vec<GlanceLine>,
    ) -> Glance {
        let takes_over = attention.as_ref().is_some_and(|a| a.takes_over);
        if takes_over {
            lines.clear();
        }
        let mut link = link;
        let mut attention = attention;
        if discreet {
            // A link names the session's treatment and the rule ("microneedling…&rule=no-makeup"):
            // discreet links say only which screen, which opens on the current session.
            link = screen_only(&link);
            for line in &mut lines {
                line.link = screen_only(&line.link);
            }
            if let Some(attention) = &mut attention {
                attention.link = screen_only(&attention.link);
            }
        }
        // Discreet words can repeat each other ("A step to prepare"): each is said once.
        let mut said = std::collections::HashSet::new();
        lines.retain(|line| said.insert(line.text.clone()));
        lines.truncate(3);
        let mut spoken: Vec<&str> = Vec::new();
        if let Some(attention) = &attention {
            spoken.push(&attention.label);
        }
        spoken.push(&headline);
        spoken.extend(lines.iter().map(|l| l.text.as_str()));
        Glance {
            accessibility_label: sentences(spoken),
            link: match &attention {
                Some(attention) if takes_over => attention.link.clone(),
                _ => link,
            },
            state,
            locale,
            discreet,
            headline,
            attention,
            lines,
        }
    }
}
