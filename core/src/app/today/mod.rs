//! Screen 2, Today (home): status and phase, what is off-limits and until when, allowed again,
//! due today, what the log says with its call to action, upcoming reminders, and a prominent
//! "How do you feel?".

#[cfg(test)]
mod tests;

use super::action::{AppAction, Destination};
use super::model::{
    Banner, Command, CommandStyle, Item, ListSection, Message, ScreenBody, Tone, sentences,
};
use super::route::Route;
use super::sessions::SessionsAction;
use super::settings::SettingsAction;
use super::triage::verdict;
use super::words::Words;
use super::{App, AppError, Ctx, Out, Resync};
use crate::journal::{PermissionState, SessionRecord, SessionStatus};
use crate::protocol::Topic;
use crate::reminder::{Category, ReminderAction};
use crate::triage::TriageLevel;
use crate::view::RuleView;

/// What the patient can do on Today.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum TodayAction {
    /// Mark an upcoming reminder done.
    ReminderDone {
        /// The reminder's stable id.
        id: String,
    },
    /// Open what the log says, in full.
    OpenTriage {
        /// The session.
        session_id: i64,
    },
    /// "All fine today": today's check-in, with nothing new and nothing worse.
    AllFine {
        /// The session being recovered from.
        session_id: i64,
    },
    /// Takes back an "All fine today" recorded by mistake.
    UndoCheckIn {
        /// The check-in's id.
        id: i64,
    },
    /// Marks a preparation step of a booked session done, or not done again.
    PreparationStep {
        /// The booked session.
        session_id: i64,
        /// The step's rule.
        rule_id: String,
        /// Done (`true`) or not done.
        done: bool,
    },
    /// Ask for the notification permission (never asked, or "not now" before).
    AllowReminders,
    /// Show times in the phone's zone again.
    FollowPhoneZone,
}

/// What the log says, in words, with what to do.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Verdict {
    /// The level.
    pub level: TriageLevel,
    /// Its semantic token (`Neutral` while nothing is logged).
    pub tone: Tone,
    /// The one label: the level in short words ("Keep an eye on it"), or "Nothing logged yet".
    pub level_label: String,
    /// Why, in a few words, never the label again: "Swelling 4/10 this morning".
    pub headline: String,
    /// What to do.
    pub advice: String,
    /// Whether it asks the patient to contact their provider (show it prominently).
    pub calls_for_contact: bool,
    /// "Check in once a day until …", if check-ins are open.
    pub check_in: Option<String>,
    /// What to do: call or e-mail the clinic, see why, "I contacted my provider".
    pub commands: Vec<Command>,
    /// What a screen reader says.
    pub accessibility_label: String,
}

/// What a screen shows when it has nothing yet, with a way forward.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EmptyMessage {
    /// What is missing, in one line.
    pub heading: String,
    /// What to do.
    pub text: String,
    /// Ways forward.
    pub commands: Vec<Command>,
}

/// Today.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TodayScreen {
    /// About the app itself: notifications off, zone changed.
    pub banners: Vec<Banner>,
    /// "Day 2 of your recovery".
    pub heading: String,
    /// The treatment and session ("Microneedling, session 2").
    pub treatment: Option<String>,
    /// The phase and what it usually feels like.
    pub phase: Option<Item>,
    /// "How do you feel?": the prominent way to log.
    pub log_entry: Command,
    /// "All fine today": today's check-in in one tap, beside `log_entry`, until today's
    /// check-in is done.
    pub all_fine: Option<Command>,
    /// "2 entries logged today.", "Checked in today: all fine."
    pub logged_today: Option<String>,
    /// What the log says, with its call to action.
    pub verdict: Option<Verdict>,
    /// The rule a reminder pointed at, when one led here.
    pub focus: Option<ListSection>,
    /// Off-limits now, allowed again, due today, normal right now, watch for, reminders.
    pub sections: Vec<ListSection>,
    /// The next booked session.
    pub next_session: Option<Item>,
    /// The booked session's preparation as a checklist (each step with its date and its own
    /// "done"), when it is booked and its first step is at most a week away.
    pub preparation: Option<ListSection>,
    /// No session yet (or only a booked one).
    pub empty: Option<EmptyMessage>,
    /// The provider-comes-first notice.
    pub disclaimer: String,
}

fn rule_item(rule: &RuleView) -> Item {
    Item::plain(rule.title.clone(), rule.detail.clone())
}

fn section(title: String, items: Vec<Item>, empty: Option<String>) -> ListSection {
    ListSection {
        title,
        items,
        empty,
    }
}

/// Banners about notifications, alarms and the zone.
fn banners(ctx: &Ctx) -> Vec<Banner> {
    let words = &ctx.words;
    let mut banners = Vec::new();
    let settings = |action| AppAction::Settings { action };
    match ctx.state.notifications {
        PermissionState::Denied => banners.push(Banner {
            tone: Tone::Neutral,
            text: words.get("banner-notifications-off"),
            command: Some(Command::new(
                words.get("command-turn-on"),
                settings(SettingsAction::OpenNotificationSettings),
                CommandStyle::Secondary,
            )),
        }),
        PermissionState::Unknown => banners.push(Banner {
            tone: Tone::Neutral,
            text: words.get("banner-notifications-unknown"),
            command: Some(Command::new(
                words.get("command-allow-reminders"),
                AppAction::Today {
                    action: TodayAction::AllowReminders,
                },
                CommandStyle::Secondary,
            )),
        }),
        _ => {}
    }
    if ctx.state.exact_alarms == PermissionState::Denied {
        banners.push(Banner {
            tone: Tone::Neutral,
            text: words.get("banner-exact-alarms-off"),
            command: Some(Command::new(
                words.get("command-open-alarm-settings"),
                settings(SettingsAction::OpenExactAlarmSettings),
                CommandStyle::Secondary,
            )),
        });
    }
    if ctx.zone != ctx.phone_zone {
        let phone = super::zone_picker::label(ctx.phone_zone, words, ctx.now);
        let mut args = crate::text::Args::new();
        args.set("phone", phone.clone());
        args.set("zone", super::zone_picker::label(ctx.zone, words, ctx.now));
        banners.push(Banner {
            tone: Tone::Neutral,
            text: words.args("banner-zone-differs", &args),
            command: Some(Command::new(
                words.arg("command-use-zone", "zone", phone),
                AppAction::Today {
                    action: TodayAction::FollowPhoneZone,
                },
                CommandStyle::Secondary,
            )),
        });
    }
    banners
}

fn sessions_command(
    words: &Words,
    key: &str,
    action: SessionsAction,
    style: CommandStyle,
) -> Command {
    Command::new(words.get(key), AppAction::Sessions { action }, style)
}

/// The title and model; `rule` is the rule a reminder's link pointed at.
pub(super) fn build(
    _app: &App,
    ctx: &Ctx,
    rule: Option<&str>,
) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let locale = ctx.locale();
    let view = ctx
        .journal
        .today_in(ctx.now, ctx.zone, Some(locale), ctx.region)?;
    let log_entry = Command::new(
        words.get("today-log-entry"),
        AppAction::Navigate {
            destination: Destination::Log,
        },
        CommandStyle::Primary,
    )
    .described(words.get("today-log-entry-spoken"));
    let mut model = TodayScreen {
        banners: banners(ctx),
        heading: words.get("today-welcome"),
        treatment: None,
        phase: None,
        log_entry,
        all_fine: None,
        logged_today: None,
        verdict: None,
        focus: None,
        sections: Vec::new(),
        next_session: view.next_session.as_ref().map(|at| {
            let mut item = Item::plain(words.get("today-next-session"), Some(at.text.clone()));
            item.action = Some(AppAction::Navigate {
                destination: Destination::Sessions,
            });
            item
        }),
        preparation: None,
        empty: None,
        disclaimer: words.get("disclaimer"),
    };
    model.preparation = match next_booked(ctx)? {
        Some(booked) if prepares_soon(ctx, &booked) => super::preparation::checklist(
            ctx,
            &booked,
            words.arg(
                "today-preparation",
                "when",
                booked
                    .starts_at
                    .map(|at| words.stamp(at))
                    .unwrap_or_default(),
            ),
        )?,
        _ => None,
    };
    let (Some(session_id), Some(status)) = (view.session_id, &view.status) else {
        model.empty = Some(no_session(ctx)?);
        return Ok((words.get("title-today"), ScreenBody::Today { model }));
    };
    let catalog = ctx.journal.catalog();
    let protocol = view
        .protocol
        .as_ref()
        .and_then(|p| catalog.get(&p.id, Some(p.version)).cloned());
    let record = ctx.journal.session(session_id)?;
    // After an at-home treatment there is no provider: a healthcare professional comes first.
    let words = &words.with_who(
        protocol
            .as_ref()
            .map(|p| p.treatment.who_to_contact())
            .unwrap_or_default(),
    );
    model.disclaimer = words.get("disclaimer");
    model.heading = status.headline.clone();
    model.treatment = view.protocol.as_ref().map(|p| {
        let mut args = crate::text::Args::new();
        args.set("treatment", p.name.clone());
        args.set("number", record.number);
        words.args("today-treatment", &args)
    });
    model.phase = status
        .phase_title
        .as_ref()
        .map(|title| Item::plain(title.clone(), status.phase_detail.clone()));
    model.logged_today = Some(if view.logged_today == 0 && view.all_fine_today.is_some() {
        words.get("today-checked-in-all-fine")
    } else {
        words.arg("today-logged", "count", view.logged_today)
    });
    if !view.checked_in_today {
        model.all_fine = Some(
            Command::new(
                words.get("today-all-fine"),
                AppAction::Today {
                    action: TodayAction::AllFine { session_id },
                },
                CommandStyle::Secondary,
            )
            .described(words.get("today-all-fine-spoken")),
        );
    }
    let clinic = ctx.journal.clinic()?;
    model.verdict = match (&view.assessment, &view.verdict) {
        (Some(assessment), Some(said)) => {
            Some(verdict(assessment, said, session_id, &clinic, true, words))
        }
        _ => None,
    };
    if let (Some(rule_id), Some(protocol)) = (rule, &protocol)
        && let Some(rule) = protocol.rule(rule_id)
    {
        let texts = protocol.texts(locale);
        model.focus = Some(section(
            words.get("today-from-reminder"),
            vec![rule_item(&RuleView::new(rule, &texts))],
            None,
        ));
    }
    let restrictions = status
        .restrictions
        .iter()
        .map(|r| {
            Item::plain(
                r.rule.title.clone(),
                Some(words.arg("today-allowed-again", "when", r.allowed_again.text.clone())),
            )
            .trailing(r.left.clone())
        })
        .collect();
    let lifted = status
        .lifted
        .iter()
        .map(|text| Item::plain(text.clone(), None))
        .collect();
    // What is due today, each with its own "done"; the check-in is done by logging (or "All
    // fine today"), never by a button that records nothing.
    let due = status
        .routines_today
        .iter()
        .map(|r| {
            let item = Item::plain(r.rule.title.clone(), r.rule.detail.clone());
            if r.done {
                let mut item = item.trailing(words.get("today-done"));
                item.tone = Tone::Normal;
                item.tone_label = Some(words.get("today-done"));
                return item;
            }
            let mut item = item.trailing(words.clock(r.due.utc));
            if r.rule.topic != Some(Topic::CheckIn) && !r.reminder_id.is_empty() {
                item.commands.push(
                    Command::new(
                        words.get("command-done"),
                        AppAction::Today {
                            action: TodayAction::ReminderDone {
                                id: r.reminder_id.clone(),
                            },
                        },
                        CommandStyle::Quiet,
                    )
                    .described(words.arg(
                        "command-done-spoken",
                        "title",
                        r.rule.title.clone(),
                    )),
                );
            }
            item
        })
        .collect();
    // What comes later, at the instant it is about (a rule lifted at 04:00 reads 04:00 here as
    // under Restrictions), saying when quiet hours hold its reminder. Nothing to mark done:
    // that belongs to what is due now.
    let reminders = view
        .reminders
        .iter()
        .map(|r| {
            // An "allowed again" reminder's title only names the category, so the body says
            // what (decided by category: the title and the category label are worded
            // differently in Spanish); otherwise the category is the second line.
            let what = if r.reminder.category == Category::Lifted {
                r.reminder.body.clone()
            } else {
                r.category_label.clone()
            };
            let detail = if r.reminder.fire_at == r.reminder.due_at {
                what
            } else {
                let held = words.arg("today-reminder-held", "time", r.fire.text.clone());
                sentences([what.as_str(), &held])
            };
            Item::plain(r.reminder.title.clone(), Some(detail)).trailing(r.due.text.clone())
        })
        .collect();
    // A list with nothing to show and nothing to say when empty is left out, not drawn bare.
    model.sections = vec![
        section(
            words.get("today-off-limits"),
            restrictions,
            Some(words.get("today-nothing-off-limits")),
        ),
        section(words.get("today-allowed-again-heading"), lifted, None),
        section(words.get("today-due"), due, None),
        section(
            words.get("today-normal-now"),
            status.expected_now.iter().map(rule_item).collect(),
            None,
        ),
        section(
            words.get("today-watch-for"),
            status.watch_for.iter().map(rule_item).collect(),
            None,
        ),
        section(
            words.get("today-reminders"),
            reminders,
            Some(words.get("today-no-reminders")),
        ),
    ]
    .into_iter()
    .filter(|s| !s.items.is_empty() || s.empty.is_some())
    .collect();
    Ok((words.get("title-today"), ScreenBody::Today { model }))
}

/// The next session booked ahead of now, if any.
fn next_booked(ctx: &Ctx) -> Result<Option<SessionRecord>, AppError> {
    Ok(ctx
        .journal
        .sessions()?
        .into_iter()
        .filter(|s| {
            s.status == SessionStatus::Planned && s.starts_at.is_some_and(|at| at > ctx.now)
        })
        .min_by_key(|s| s.starts_at))
}

/// Whether a booked session's preparation belongs on Today: its first step is at most a week
/// away (or has started). Further ahead, the timeline lists it.
fn prepares_soon(ctx: &Ctx, booked: &SessionRecord) -> bool {
    let Some(at) = booked.starts_at else {
        return false;
    };
    ctx.journal
        .catalog()
        .get(&booked.protocol.id, Some(booked.protocol.version))
        .and_then(|protocol| {
            crate::preparation::preparation(protocol, at)
                .first()
                .map(|step| step.starts_at)
        })
        .is_some_and(|first| first <= ctx.now + PREPARATION_AHEAD)
}

/// How far ahead of its first step a booked session's preparation shows on Today.
const PREPARATION_AHEAD: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// Today before any session is done: what to do, or, with a session booked, that the plan
/// starts once it is done (its preparation is the checklist beside it).
fn no_session(ctx: &Ctx) -> Result<EmptyMessage, AppError> {
    let words = &ctx.words;
    let Some(record) = next_booked(ctx)? else {
        return Ok(EmptyMessage {
            heading: words.get("today-empty"),
            text: words.attr("today-empty", "text").unwrap_or_default(),
            commands: vec![
                sessions_command(
                    words,
                    "command-add-session",
                    SessionsAction::AddDone,
                    CommandStyle::Primary,
                ),
                sessions_command(
                    words,
                    "command-book-session",
                    SessionsAction::Book,
                    CommandStyle::Secondary,
                ),
            ],
        });
    };
    let when = record
        .starts_at
        .map(|at| words.stamp(at))
        .unwrap_or_default();
    let name = super::sessions::treatment(&record, ctx);
    let mut args = crate::text::Args::new();
    args.set("treatment", name);
    args.set("when", when.clone());
    Ok(EmptyMessage {
        heading: words.arg("today-booked", "when", when),
        text: words.attr("today-booked", "text").unwrap_or_default(),
        commands: vec![
            sessions_command(
                words,
                "command-mark-session-done",
                SessionsAction::MarkDone { id: record.id },
                CommandStyle::Primary,
            )
            .described(words.args("command-mark-session-done-spoken", &args)),
        ],
    })
}

/// Handles an action on Today.
pub(super) fn handle(
    app: &mut App,
    action: TodayAction,
    ctx: &Ctx,
    out: &mut Out,
) -> Result<(), AppError> {
    match action {
        TodayAction::ReminderDone { id } => {
            ctx.journal
                .act_on_reminder(&id, ReminderAction::Done, ctx.now)?;
            out.say(ctx.words.get("message-reminder-done"), Tone::Neutral);
            out.resync(Resync::Changed);
        }
        TodayAction::OpenTriage { session_id } => app.stack.push(Route::Triage { session_id }),
        TodayAction::AllFine { session_id } => all_fine(session_id, ctx, out)?,
        TodayAction::PreparationStep {
            session_id,
            rule_id,
            done,
        } => super::preparation::mark(session_id, &rule_id, done, ctx, out)?,
        TodayAction::UndoCheckIn { id } => {
            ctx.journal.delete_check_in(id)?;
            out.say(ctx.words.get("message-check-in-removed"), Tone::Neutral);
            out.resync(Resync::Changed);
        }
        TodayAction::AllowReminders => out
            .effects
            .push(super::effect::Effect::RequestNotificationPermission),
        TodayAction::FollowPhoneZone => {
            let mut state = ctx.state.clone();
            state.zone_follows_phone = true;
            ctx.journal.save_app_state(&state, ctx.now)?;
            let mut settings = ctx.settings.clone();
            settings.locale = ctx.locale();
            ctx.journal.save_settings(&settings, ctx.phone_zone)?;
            out.resync(Resync::Changed);
        }
    }
    Ok(())
}

/// "All fine today": records today's check-in and answers with what the log says now.
fn all_fine(session_id: i64, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let words = &ctx.words;
    let check_in = ctx
        .journal
        .check_in_all_fine(session_id, ctx.now, ctx.zone)?;
    let said = ctx.journal.assessment(session_id, ctx.now)?.verdict(
        ctx.now,
        ctx.locale(),
        ctx.zone,
        ctx.region,
    );
    out.message = Some(Message {
        text: said.checked_in_message(words.texts()),
        tone: Tone::from(said.level),
        command: Some(Command::new(
            words.get("command-undo"),
            AppAction::Today {
                action: TodayAction::UndoCheckIn { id: check_in.id },
            },
            CommandStyle::Quiet,
        )),
    });
    out.resync(Resync::Changed);
    Ok(())
}
