//! Everything a glance is made of, read from the journal once: the plan, the reminders and the
//! verdict's level from each instant it changes on; a glance at any instant up to the
//! timeline's end is then built from these alone, and so are the instants where it changes.

use chrono::{DateTime, Days, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;

use super::words::when;
use super::{
    Glance, GlanceAttention, GlanceLine, GlanceLineKind, GlanceState, Presence, TODAY_LINK,
    presence,
};
use crate::app::Ctx;
use crate::app::model::Tone;
use crate::app::words::Words;
use crate::journal::{JournalError, SessionRecord, SessionStatus};
use crate::local_time::{local_date, resolve_local};
use crate::plan::{MilestoneKind, RecoveryPlan};
use crate::protocol::{RuleKind, Topic};
use crate::reminder::{Category, Reminder, Watch, session_key, upcoming};
use crate::symptom::SymptomEntry;
use crate::text::{Args, Texts};
use crate::triage::{CLOCK_SLACK, TriageInput, TriageLevel, WATCH_FOR, assess_with};
use crate::view::Stage;

/// The most times the verdict is assessed again along one timeline: each is a flag stepping
/// down or a reason leaving the look-back, a handful a week; this only bounds a hostile log.
const MAX_LEVEL_STEPS: usize = 64;

/// What a glance at any instant up to the timeline's end is made of.
pub(super) struct Sources {
    words: Words,
    zone: Tz,
    now: DateTime<Utc>,
    discreet: bool,
    kind: Kind,
}

enum Kind {
    Recovering(Box<Recovering>),
    Preparing(Preparing),
    Empty,
}

/// A recovery from the session being recovered from at `now`.
struct Recovering {
    plan: RecoveryPlan,
    /// The session's key in deep links.
    key: String,
    /// The verdict's level from each instant on, the first from now.
    levels: Vec<(DateTime<Utc>, TriageLevel)>,
    /// The reminders firing after each instant on, the first from now: they differ only where
    /// the verdict's daily check-ins start, stop or become urgent.
    reminders: Vec<(DateTime<Utc>, Vec<Reminder>)>,
    /// When the next done session ends, if after now (a clock a little ahead).
    next_plan_ends: Option<DateTime<Utc>>,
}

/// A session booked ahead, with no recovery under way.
struct Preparing {
    appointment: DateTime<Utc>,
    /// Its preparation steps not marked done, earliest first.
    steps: Vec<Step>,
}

struct Step {
    title: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    /// It falls on the appointment's own day.
    day_of: bool,
}

/// The glance when no journal can be read.
pub(super) fn unavailable(words: &Words) -> Glance {
    Glance::new(
        GlanceState::Unavailable,
        words.locale(),
        true,
        words.get("glance-unavailable"),
        TODAY_LINK.to_string(),
        None,
        Vec::new(),
    )
}

impl Sources {
    /// Reads what glances from `ctx.now` until `until` are made of.
    pub(super) fn load(ctx: &Ctx, until: DateTime<Utc>) -> Result<Sources, JournalError> {
        let context = ctx.journal.context(ctx.now)?;
        let kind = match context.current {
            Some(current) => Kind::Recovering(Box::new(recovering(ctx, &context, current, until)?)),
            None => match booked(&context.sessions, ctx.now) {
                Some(record) => preparing(ctx, &context, record),
                None => Kind::Empty,
            },
        };
        // After an at-home treatment there is no provider: the verdict's words name a
        // healthcare professional, as Today's do.
        let words = match &kind {
            Kind::Recovering(r) => ctx
                .words
                .with_who(r.plan.protocol().treatment.who_to_contact()),
            Kind::Preparing(_) | Kind::Empty => ctx.words,
        };
        Ok(Sources {
            words,
            zone: ctx.zone,
            now: ctx.now,
            discreet: ctx.state.discreet_lock_screen,
            kind,
        })
    }

    /// When the glances stop being right because a session the app has not read yet begins.
    pub(super) fn ends_by(&self) -> Option<DateTime<Utc>> {
        match &self.kind {
            Kind::Recovering(r) => r.next_plan_ends,
            Kind::Preparing(_) | Kind::Empty => None,
        }
    }

    /// Every instant in `(now, until)` at which the glance may change, in order, each once.
    pub(super) fn instants(&self, until: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let mut out = midnights(self.zone, self.now, until);
        match &self.kind {
            Kind::Recovering(r) => {
                let plan = &r.plan;
                let ended = plan.session.ended_at;
                // "Day 2" begins a whole number of days after the session ended.
                let first = (self.now - ended).num_days().max(0) + 1;
                out.extend(
                    (first..)
                        .map(|days| ended + TimeDelta::days(days))
                        .take_while(|at| *at < until),
                );
                out.extend(plan.phases.iter().flat_map(|p| [p.starts_at, p.ends_at]));
                out.extend(
                    plan.rules()
                        .filter(|(_, rule)| matches!(rule.kind, RuleKind::Restriction { .. }))
                        .flat_map(|(item, _)| [item.starts_at, item.ends_at]),
                );
                out.extend(r.levels.iter().map(|(at, _)| *at));
                for (from, reminders) in &r.reminders {
                    out.push(*from);
                    out.extend(reminders.iter().flat_map(|r| [r.due_at, r.fire_at]));
                }
                out.extend(plan.next_session);
                out.extend(plan.milestones.iter().filter_map(|m| {
                    matches!(
                        m.kind,
                        MilestoneKind::NextSessionRecommended
                            | MilestoneKind::NextSessionLatest
                            | MilestoneKind::MaintenanceDue
                    )
                    .then_some(m.at)
                }));
            }
            Kind::Preparing(p) => {
                out.push(p.appointment);
                out.extend(p.steps.iter().flat_map(|s| [s.starts_at, s.ends_at]));
            }
            Kind::Empty => {}
        }
        out.retain(|at| self.now < *at && *at < until);
        out.sort();
        out.dedup();
        out
    }

    /// The glance at `at` (from now to the timeline's end).
    pub(super) fn at(&self, at: DateTime<Utc>) -> Glance {
        match &self.kind {
            Kind::Recovering(r) => self.recovering(r, at),
            Kind::Preparing(p) if at < p.appointment => self.preparing(p, at),
            Kind::Preparing(_) | Kind::Empty => self.empty(),
        }
    }

    fn when(
        &self,
        key: &str,
        at: DateTime<Utc>,
        about: DateTime<Utc>,
        extra: &[(&str, &str)],
    ) -> String {
        when(&self.words, self.zone, key, at, about, extra)
    }

    /// `key`, or its discreet form.
    fn key<'k>(&self, key: &'k str, discreet: &'k str) -> &'k str {
        if self.discreet { discreet } else { key }
    }

    fn empty(&self) -> Glance {
        let key = self.key("glance-empty", "glance-empty-discreet");
        Glance::new(
            GlanceState::Empty,
            self.words.locale(),
            self.discreet,
            self.words.get(key),
            TODAY_LINK.to_string(),
            None,
            Vec::new(),
        )
    }

    fn recovering(&self, r: &Recovering, at: DateTime<Utc>) -> Glance {
        let plan = &r.plan;
        let texts = plan.protocol().texts(self.words.locale());
        let today = format!("aftercare://today?session={}", r.key);
        let level = r
            .levels
            .iter()
            .rev()
            .find(|(from, _)| *from <= at)
            .map_or(TriageLevel::Normal, |(_, level)| *level);
        let attention = presence(level).map(|presence| GlanceAttention {
            level,
            tone: Tone::from(level),
            label: if self.discreet {
                self.words
                    .get(&format!("glance-attention-discreet-{}", level.code()))
            } else {
                self.words.get(&format!("level-label-{}", level.code()))
            },
            takes_over: presence == Presence::TakesOver,
            link: today.clone(),
        });
        let lines = [
            self.restriction(r, &texts, at),
            self.reminder(r, at),
            self.session(r, at),
        ]
        .into_iter()
        .flatten()
        .collect();
        Glance::new(
            GlanceState::Recovering,
            self.words.locale(),
            self.discreet,
            self.headline(plan, &texts, at),
            today,
            attention,
            lines,
        )
    }

    /// "Day 2 of your recovery", as Today says it (the protocol's own texts).
    fn headline(&self, plan: &RecoveryPlan, texts: &Texts<'_>, at: DateTime<Utc>) -> String {
        let ended = plan.session.ended_at;
        let phase = plan
            .phases
            .iter()
            .find(|p| p.starts_at <= at && at < p.ends_at)
            .map(|p| p.kind);
        let mut args = Args::new();
        match Stage::of(at - ended, phase) {
            Stage::Day(day) if self.discreet => self.words.arg("glance-day-discreet", "day", day),
            Stage::Day(day) => {
                args.set("day", day);
                texts.get("status-day", Some(&args))
            }
            Stage::After if self.discreet => self.words.get("glance-after-plan-discreet"),
            Stage::After => texts.get("status-after-plan", None),
            Stage::BeforeEnd if self.discreet => {
                self.words
                    .arg("glance-before-discreet", "when", self.words.stamp(ended))
            }
            Stage::BeforeEnd => {
                args.set("when", self.words.stamp(ended));
                texts.get("status-before-session", Some(&args))
            }
        }
    }

    /// The next restriction to lift, at the rule's own instant (the one Today shows); only
    /// lifts worth announcing (not while another restriction on the topic still runs).
    fn restriction(
        &self,
        r: &Recovering,
        texts: &Texts<'_>,
        at: DateTime<Utc>,
    ) -> Option<GlanceLine> {
        let plan = &r.plan;
        let (_, (item, rule)) = plan
            .rules()
            .enumerate()
            .filter(|(index, (item, rule))| {
                matches!(rule.kind, RuleKind::Restriction { .. })
                    && item.starts_at <= at
                    && at < item.ends_at
                    && plan.announces_lift(*index)
            })
            .min_by_key(|(index, (item, _))| (item.ends_at, *index))?;
        let RuleKind::Restriction { topic } = rule.kind else {
            return None;
        };
        let text = if self.discreet {
            self.when("glance-lift-discreet", at, item.ends_at, &[])
        } else {
            let what = match topic {
                // A topic with no short name of its own says what the rule lifts.
                Topic::Other => crate::view::rule_title(rule, texts),
                topic => self
                    .words
                    .get(&format!("glance-topic-{}", topic_code(topic))),
            };
            self.when("glance-lift", at, item.ends_at, &[("what", &what)])
        };
        Some(GlanceLine {
            kind: GlanceLineKind::Restriction,
            text,
            at: item.ends_at,
            link: format!("aftercare://today?session={}&rule={}", r.key, rule.id),
        })
    }

    /// The next reminder: the first to fire after `at` (what Today lists first under "Coming
    /// up"); "allowed again" ones are the restriction line's.
    fn reminder(&self, r: &Recovering, at: DateTime<Utc>) -> Option<GlanceLine> {
        let (_, reminders) = r.reminders.iter().rev().find(|(from, _)| *from <= at)?;
        let reminder = reminders
            .iter()
            .find(|rem| rem.fire_at > at && rem.category != Category::Lifted)?;
        let text = match (reminder.due_at <= at, self.discreet) {
            (true, true) => self.words.get("glance-reminder-due-discreet"),
            (false, true) => self.when("glance-reminder-discreet", at, reminder.due_at, &[]),
            (due, false) => {
                let what = match reminder.category {
                    // Care steps differ too much for one name: the rule's own title.
                    Category::Care => reminder.title.clone(),
                    category => self
                        .words
                        .get(&format!("glance-reminder-{}", category.code())),
                };
                if due {
                    self.words.arg("glance-reminder-due", "what", what)
                } else {
                    self.when("glance-reminder", at, reminder.due_at, &[("what", &what)])
                }
            }
        };
        Some(GlanceLine {
            kind: GlanceLineKind::Reminder,
            text,
            at: reminder.due_at,
            link: reminder.deep_link.clone(),
        })
    }

    /// The next session: booked, or the window to book it in, or maintenance.
    fn session(&self, r: &Recovering, at: DateTime<Utc>) -> Option<GlanceLine> {
        let plan = &r.plan;
        let milestone = |kind| {
            plan.milestones
                .iter()
                .find(|m| m.kind == kind)
                .map(|m| m.at)
        };
        let book = format!("aftercare://book?session={}", r.key);
        let (key, discreet, about, link) = if let Some(next) = plan.next_session {
            if next <= at {
                return None;
            }
            let link = format!("aftercare://prepare?session={}", r.key);
            (
                "glance-next-session",
                "glance-appointment-discreet",
                next,
                link,
            )
        } else if let Some(from) =
            milestone(MilestoneKind::NextSessionRecommended).filter(|f| at < *f)
        {
            (
                "glance-window-opens",
                "glance-window-opens-discreet",
                from,
                book,
            )
        } else if let Some(latest) = milestone(MilestoneKind::NextSessionLatest).filter(|l| at < *l)
        {
            (
                "glance-window-closes",
                "glance-window-closes-discreet",
                latest,
                book,
            )
        } else if let Some(due) = milestone(MilestoneKind::MaintenanceDue) {
            if due <= at {
                let key = self.key("glance-maintenance-due", "glance-maintenance-due-discreet");
                return Some(GlanceLine {
                    kind: GlanceLineKind::Session,
                    text: self.words.get(key),
                    at: due,
                    link: book,
                });
            }
            (
                "glance-maintenance",
                "glance-maintenance-discreet",
                due,
                book,
            )
        } else {
            return None;
        };
        Some(GlanceLine {
            kind: GlanceLineKind::Session,
            text: self.when(self.key(key, discreet), at, about, &[]),
            at: about,
            link,
        })
    }

    fn preparing(&self, p: &Preparing, at: DateTime<Utc>) -> Glance {
        let key = self.key("glance-booked", "glance-appointment-discreet");
        let headline = self.when(key, at, p.appointment, &[]);
        let step_key = self.key("glance-step", "glance-step-discreet");
        let lines = p
            .steps
            .iter()
            .filter(|s| !(s.ends_at <= at && s.ends_at < p.appointment))
            .map(|step| {
                let state = if step.day_of {
                    "on-the-day"
                } else if step.starts_at <= at {
                    "now"
                } else {
                    "ahead"
                };
                GlanceLine {
                    kind: GlanceLineKind::Preparation,
                    text: self.when(
                        step_key,
                        at,
                        step.starts_at,
                        &[("state", state), ("step", &step.title)],
                    ),
                    at: step.starts_at,
                    link: TODAY_LINK.to_string(),
                }
            })
            .collect();
        Glance::new(
            GlanceState::Preparing,
            self.words.locale(),
            self.discreet,
            headline,
            TODAY_LINK.to_string(),
            None,
            lines,
        )
    }
}

/// The recovery from `context.plans[current]`: the verdict's level at every instant it changes
/// until `until`, and the reminders for each stretch of it.
fn recovering(
    ctx: &Ctx,
    context: &crate::journal::Context,
    current: usize,
    until: DateTime<Utc>,
) -> Result<Recovering, JournalError> {
    let now = ctx.now;
    let (record, plan) = &context.plans[current];
    // The timeline assumes nothing new is logged: entries dated further ahead than a clock can
    // be (none the journal takes) are not part of it.
    let entries: Vec<SymptomEntry> = context
        .entries
        .iter()
        .filter(|e| e.observed_at <= now + CLOCK_SLACK)
        .cloned()
        .collect();
    let contacts = ctx.journal.provider_contacts(record.id)?;
    let earlier = crate::journal::as_earlier(&context.earlier);
    let input = TriageInput {
        plan,
        earlier: &earlier,
        entries: &entries,
        contacts: &contacts,
    };
    // The verdict from now on: assessed again at each moment it may read differently.
    let mut steps = vec![(now, assess_with(&input, now))];
    while steps.len() < MAX_LEVEL_STEPS {
        let (at, assessment) = steps.last().expect("never empty");
        match assessment.next_change(&input, *at) {
            Some(next) if next < until => steps.push((next, assess_with(&input, next))),
            _ => break,
        }
    }
    // The reminders for each stretch with the same daily check-ins: a watch at `t` asks for
    // evening check-ins from `t` for two days, so one listing with the watch stretched to two
    // days past the stretch's end holds every check-in any moment of it can have next.
    let mut settings = context.settings.clone();
    settings.locale = ctx.locale();
    let plans = context.plan_list();
    let completed = context.completed(ctx.zone);
    let ledger = ctx.journal.reminder_ledger()?;
    let regime = |a: &crate::triage::Assessment| a.watch().map(|w| w.urgent);
    let mut stretches: Vec<(DateTime<Utc>, Option<bool>)> = Vec::new();
    for (at, assessment) in &steps {
        let watch = regime(assessment);
        if stretches.last().is_none_or(|(_, w)| *w != watch) {
            stretches.push((*at, watch));
        }
    }
    let mut reminders = Vec::with_capacity(stretches.len());
    for (i, (from, watch)) in stretches.iter().enumerate() {
        let end = stretches.get(i + 1).map_or(until, |(next, _)| *next);
        let watches: Vec<Watch> = watch
            .map(|urgent| Watch {
                from: *from,
                until: end + WATCH_FOR,
                urgent,
            })
            .into_iter()
            .collect();
        let listed = upcoming(
            &plans, &settings, ctx.zone, &watches, &completed, &ledger, *from, until,
        );
        reminders.push((*from, listed));
    }
    Ok(Recovering {
        key: session_key(&plan.session),
        plan: plan.clone(),
        levels: steps.iter().map(|(at, a)| (*at, a.level)).collect(),
        reminders,
        next_plan_ends: context
            .plans
            .get(current + 1)
            .map(|(_, next)| next.session.ended_at)
            .filter(|end| *end > now),
    })
}

/// The next session booked ahead of `now`, as Today finds it.
fn booked(sessions: &[SessionRecord], now: DateTime<Utc>) -> Option<&SessionRecord> {
    sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Planned && s.starts_at.is_some_and(|at| at > now))
        .min_by_key(|s| s.starts_at)
}

/// A booked session's preparation, the steps marked done left out.
fn preparing(ctx: &Ctx, context: &crate::journal::Context, record: &SessionRecord) -> Kind {
    let Some(appointment) = record.starts_at else {
        return Kind::Empty;
    };
    let catalog = ctx.journal.catalog();
    let steps = catalog
        .get(&record.protocol.id, Some(record.protocol.version))
        .map(|protocol| {
            let texts = protocol.texts(ctx.locale());
            crate::preparation::preparation(protocol, appointment)
                .iter()
                .filter(|s| {
                    !context
                        .preparation_done
                        .contains(&(appointment, s.rule.id.clone()))
                })
                .map(|s| Step {
                    title: crate::view::rule_title(s.rule, &texts),
                    starts_at: s.starts_at,
                    ends_at: s.ends_at,
                    day_of: local_date(s.starts_at, ctx.zone) == local_date(appointment, ctx.zone),
                })
                .collect()
        })
        .unwrap_or_default();
    Kind::Preparing(Preparing { appointment, steps })
}

/// The local midnights in `(from, until]` in `zone`: where "today" and "tomorrow" move. A
/// midnight a DST change skips is the day's first instant after it.
fn midnights(zone: Tz, from: DateTime<Utc>, until: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let last = local_date(until, zone);
    let mut day = local_date(from, zone);
    let mut out = Vec::new();
    while let Some(next) = day.checked_add_days(Days::new(1)).filter(|d| *d <= last) {
        out.push(resolve_local(zone, next, NaiveTime::MIN));
        day = next;
    }
    out
}

/// A topic's code in message ids (its name in protocol files).
fn topic_code(topic: Topic) -> &'static str {
    match topic {
        Topic::Makeup => "makeup",
        Topic::Exercise => "exercise",
        Topic::HeatAndWater => "heat_and_water",
        Topic::Sun => "sun",
        Topic::SunProtection => "sun_protection",
        Topic::Actives => "actives",
        Topic::Skincare => "skincare",
        Topic::Cleansing => "cleansing",
        Topic::Medication => "medication",
        Topic::HairRemoval => "hair_removal",
        Topic::Hydration => "hydration",
        Topic::SkinCheck => "skin_check",
        Topic::DeviceHygiene => "device_hygiene",
        Topic::CheckIn => "check_in",
        Topic::Other => "other",
    }
}
