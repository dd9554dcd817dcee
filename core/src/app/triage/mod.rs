//! Screen 4, the triage result: the level in words, one next step (call emergency services in an
//! emergency, call the clinic when it asks for the provider, check in once a day for a watch),
//! the reasons with the entries behind them, and "I contacted my provider".

#[cfg(test)]
mod tests;

use super::action::{AppAction, Destination};
use super::effect::Effect;
use super::model::{
    Command, CommandStyle, Item, ListSection, Message, ScreenBody, Tone, sentences,
};
use super::severity::{answer_band, answer_words};
use super::today::{EmptyMessage, TodayAction, Verdict};
use super::words::Words;
use super::{AppError, Ctx, Out, Resync};
use crate::journal::{ClinicContact, JournalError};
use crate::triage::{AssessmentView, FlagStatus, ReasonEntryView, ReasonKind, TriageLevel};
use crate::view::VerdictView;

/// Within this long, "I contacted my provider" again about the same flag is the same tap.
const REPEAT_TAP: chrono::TimeDelta = chrono::TimeDelta::minutes(1);

/// What the patient can do about what the log says.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum TriageAction {
    /// Open the dialer with the clinic's number.
    CallClinic,
    /// Open the dialer with the local emergency number (from the phone's region; 112 when it
    /// is unknown).
    CallEmergency,
    /// Write to the clinic.
    EmailClinic,
    /// "I contacted my provider" about one red flag, or about everything raised so far.
    Contacted {
        /// The session.
        session_id: i64,
        /// The red flag; `None`: every flag raised by now.
        rule_id: Option<String>,
    },
    /// Takes back a contact recorded by mistake.
    UndoContact {
        /// The contact's id.
        id: i64,
    },
}

/// One finding behind the level.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReasonCard {
    /// How much it counts now.
    pub level: TriageLevel,
    /// The semantic token for it.
    pub tone: Tone,
    /// The level in words.
    pub level_label: String,
    /// Where a red flag stands.
    pub status: FlagStatus,
    /// The status in words ("Now", "You contacted your provider").
    pub status_label: String,
    /// What it is (the protocol's own words).
    pub title: String,
    /// A line of explanation, if any.
    pub detail: Option<String>,
    /// "Since Sat 22 Nov, 10:00".
    pub since: String,
    /// The entries behind it.
    pub entries: Vec<Item>,
    /// "I contacted my provider about this", for an active red flag.
    pub contacted: Option<Command>,
    /// What a screen reader says for the card.
    pub accessibility_label: String,
}

/// What the log says and what to do.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TriageScreen {
    /// The level, what to do and the commands; `None` with `empty`.
    pub verdict: Option<Verdict>,
    /// "Why".
    pub reasons_heading: String,
    /// The current findings, most urgent first.
    pub reasons: Vec<ReasonCard>,
    /// Entries that were not assessed, and why, if any.
    pub not_assessed: Option<String>,
    /// Red flags so far, settled ones included.
    pub episodes: ListSection,
    /// Log again.
    pub log_again: Command,
    /// The provider-comes-first notice.
    pub disclaimer: String,
    /// Nothing to assess (a booked session).
    pub empty: Option<EmptyMessage>,
}

/// The level's short words ("Keep an eye on it").
pub(crate) fn level_label(level: TriageLevel, words: &Words) -> String {
    words.get(&format!("level-label-{}", level.code()))
}

/// The clinic's `mailto:` link: the subject is fixed words, never health data.
pub(crate) fn mailto(address: &str, subject: &str) -> String {
    let mut uri = format!("mailto:{address}?subject=");
    for byte in subject.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// Call and e-mail commands for the clinic; when contact is needed and no number is known, a
/// way to add it.
pub(crate) fn clinic_commands(clinic: &ClinicContact, needed: bool, words: &Words) -> Vec<Command> {
    let mut commands = Vec::new();
    let name = if clinic.name.is_empty() {
        words.get("clinic-unnamed")
    } else {
        clinic.name.clone()
    };
    if clinic.dial_uri().is_some() {
        commands.push(
            Command::new(
                words.get("command-call-clinic"),
                AppAction::Triage {
                    action: TriageAction::CallClinic,
                },
                if needed {
                    CommandStyle::Primary
                } else {
                    CommandStyle::Secondary
                },
            )
            .described(words.arg("command-call-clinic-spoken", "name", name.clone())),
        );
    } else if needed {
        commands.push(Command::new(
            words.get("command-add-clinic"),
            AppAction::Navigate {
                destination: Destination::Settings,
            },
            CommandStyle::Secondary,
        ));
    }
    if !clinic.email.is_empty() {
        commands.push(
            Command::new(
                words.get("command-email-clinic"),
                AppAction::Triage {
                    action: TriageAction::EmailClinic,
                },
                CommandStyle::Secondary,
            )
            .described(words.arg("command-email-clinic-spoken", "name", name)),
        );
    }
    commands
}

/// Dials the local emergency number.
fn emergency_command(number: &str, words: &Words) -> Command {
    Command::new(
        words.arg("command-call-emergency", "number", number),
        AppAction::Triage {
            action: TriageAction::CallEmergency,
        },
        CommandStyle::Primary,
    )
    .described(words.arg("command-call-emergency-spoken", "number", number))
}

/// The verdict of an assessment: one label, the reason in a few words, and one next step,
/// first. In an emergency that is the local emergency number; when the provider is needed,
/// the clinic; otherwise checking in once a day. `details` leads to the triage screen (from
/// Today).
pub(crate) fn verdict(
    view: &AssessmentView,
    said: &VerdictView,
    session_id: i64,
    clinic: &ClinicContact,
    details: bool,
    words: &Words,
) -> Verdict {
    let words = &words.with_who(view.who);
    let needed = view.level >= TriageLevel::ContactProvider;
    let mut commands = Vec::new();
    if view.level == TriageLevel::Emergency {
        commands.push(emergency_command(&view.emergency_number, words));
        // The clinic comes after, never as a second primary step.
        commands.extend(
            clinic_commands(clinic, false, words)
                .into_iter()
                .filter(|c| {
                    c.action
                        != AppAction::Triage {
                            action: TriageAction::EmailClinic,
                        }
                }),
        );
    } else if needed {
        commands.extend(clinic_commands(clinic, true, words));
    }
    if details && (!view.reasons.is_empty() || !view.episodes.is_empty()) {
        commands.push(Command::new(
            words.get("command-what-you-logged"),
            AppAction::Today {
                action: TodayAction::OpenTriage { session_id },
            },
            CommandStyle::Secondary,
        ));
    }
    if needed {
        commands.push(Command::new(
            words.get("command-contacted"),
            AppAction::Triage {
                action: TriageAction::Contacted {
                    session_id,
                    rule_id: None,
                },
            },
            CommandStyle::Secondary,
        ));
    } else {
        commands.extend(clinic_commands(clinic, false, words));
    }
    // One message, one next step: "check in once a day" is the step only while nothing asks
    // for the provider.
    let check_in = view
        .watch_until
        .as_ref()
        .filter(|_| !needed)
        .map(|until| words.arg("triage-check-in-until", "when", until.text.clone()));
    Verdict {
        level: view.level,
        // Nothing logged is neither good nor bad news.
        tone: if said.logged {
            Tone::from(view.level)
        } else {
            Tone::Neutral
        },
        // Read once, as the card reads: the label, why, what to do.
        accessibility_label: sentences([
            said.label.as_str(),
            &said.headline_spoken,
            &said.advice,
            check_in.as_deref().unwrap_or(""),
        ]),
        level_label: said.label.clone(),
        headline: said.headline.clone(),
        advice: said.advice.clone(),
        calls_for_contact: needed,
        check_in,
        commands,
    }
}

/// An entry behind a reason, without the patient's note.
fn entry_item(entry: &ReasonEntryView, words: &Words) -> Item {
    let mut args = crate::text::Args::new();
    args.set("symptom", entry.symptom.clone());
    // A fever answered yes or no (with its temperature) reads as such, not "10 of 10".
    args.set(
        "severity",
        answer_words(
            entry.severity,
            entry.yes_no,
            entry.temperature.as_deref(),
            words,
        ),
    );
    let mut item = Item::plain(
        words.args("symptom-severity", &args),
        Some(format!("{} · {}", entry.area_name, entry.observed.text)),
    );
    item.band = answer_band(entry.severity, entry.yes_no);
    item
}

/// The title and model for a session's triage.
pub(super) fn build(ctx: &Ctx, session_id: i64) -> Result<(String, ScreenBody), AppError> {
    let words = &ctx.words;
    let title = words.get("title-triage");
    let log_again = Command::new(
        words.get("command-log-again"),
        AppAction::Navigate {
            destination: Destination::Log,
        },
        CommandStyle::Secondary,
    );
    let (view, said) = match ctx.journal.assessment(session_id, ctx.now) {
        Ok(assessment) => (
            assessment.view_in(ctx.locale(), ctx.zone, ctx.region),
            assessment.verdict(ctx.now, ctx.locale(), ctx.zone, ctx.region),
        ),
        Err(JournalError::NotDone) => {
            let model = TriageScreen {
                verdict: None,
                reasons_heading: words.get("triage-reasons"),
                reasons: Vec::new(),
                not_assessed: None,
                episodes: ListSection {
                    title: words.get("triage-episodes"),
                    items: Vec::new(),
                    empty: None,
                },
                log_again,
                disclaimer: words.get("disclaimer"),
                empty: Some(EmptyMessage {
                    heading: words.get("triage-empty"),
                    text: words.attr("triage-empty", "text").unwrap_or_default(),
                    commands: Vec::new(),
                }),
            };
            return Ok((title, ScreenBody::Triage { model }));
        }
        Err(other) => return Err(other.into()),
    };
    let clinic = ctx.journal.clinic()?;
    let words = &words.with_who(view.who);
    let reasons = view
        .reasons
        .iter()
        .map(|reason| {
            let contacted = (reason.kind == ReasonKind::RedFlag
                && reason.status == FlagStatus::Active
                && reason.level >= TriageLevel::ContactProvider)
                .then(|| {
                    Command::new(
                        words.get("command-contacted-about"),
                        AppAction::Triage {
                            action: TriageAction::Contacted {
                                session_id,
                                rule_id: reason.rule_id.clone(),
                            },
                        },
                        CommandStyle::Secondary,
                    )
                    .described(words.arg(
                        "command-contacted-about-spoken",
                        "title",
                        reason.title.clone(),
                    ))
                });
            let level_label = level_label(reason.level, words);
            let since = words.arg("triage-since", "when", reason.since.text.clone());
            ReasonCard {
                level: reason.level,
                tone: Tone::from(reason.level),
                accessibility_label: sentences([
                    level_label.as_str(),
                    &reason.status_label,
                    &reason.title,
                    &since,
                ]),
                level_label,
                status: reason.status,
                status_label: reason.status_label.clone(),
                title: reason.title.clone(),
                detail: reason.detail.clone(),
                since,
                entries: reason
                    .entries
                    .iter()
                    .map(|e| entry_item(e, words))
                    .collect(),
                contacted,
            }
        })
        .collect();
    let episodes = ListSection {
        title: words.get("triage-episodes"),
        items: view
            .episodes
            .iter()
            .map(|episode| {
                let mut item = Item::plain(
                    episode.title.clone(),
                    Some(words.arg("triage-started", "when", episode.started.text.clone())),
                )
                .trailing(episode.status_label.clone());
                if episode.status == FlagStatus::Active {
                    item.tone = Tone::from(episode.flag_level);
                    item.tone_label = Some(level_label(episode.flag_level, words));
                }
                item
            })
            .collect(),
        empty: Some(words.get("triage-episodes-empty")),
    };
    let model = TriageScreen {
        verdict: Some(verdict(&view, &said, session_id, &clinic, false, words)),
        reasons_heading: words.get("triage-reasons"),
        reasons,
        not_assessed: view.not_assessed_note.clone(),
        episodes,
        log_again,
        disclaimer: view.disclaimer.clone(),
        empty: None,
    };
    Ok((title, ScreenBody::Triage { model }))
}

/// Handles a triage action.
pub(super) fn handle(action: TriageAction, ctx: &Ctx, out: &mut Out) -> Result<(), AppError> {
    let words = &ctx.words;
    match action {
        TriageAction::CallClinic => match ctx.journal.clinic()?.dial_uri() {
            Some(uri) => out.effects.push(Effect::Dial { uri }),
            None => out.say(words.get("message-no-clinic-phone"), Tone::Problem),
        },
        TriageAction::CallEmergency => {
            out.effects.push(Effect::Dial {
                uri: ctx.region.emergency_dial_uri(),
            });
            out.dialed_emergency = true;
        }
        TriageAction::EmailClinic => {
            let clinic = ctx.journal.clinic()?;
            if clinic.email.is_empty() {
                out.say(words.get("message-no-clinic-email"), Tone::Problem);
            } else {
                let subject = words.get("email-subject");
                out.effects.push(Effect::Email {
                    uri: mailto(&clinic.email, &subject),
                    address: clinic.email,
                    subject,
                });
            }
        }
        TriageAction::Contacted {
            session_id,
            rule_id,
        } => {
            // A second tap on the same button (a stale model) records nothing new.
            let just_now = ctx
                .journal
                .provider_contacts(session_id)?
                .into_iter()
                .any(|c| c.rule_id == rule_id && (ctx.now - c.contacted_at).abs() < REPEAT_TAP);
            let words = &words.with_who(ctx.who_for(session_id));
            if just_now {
                out.say(words.get("message-contacted"), Tone::Neutral);
                return Ok(());
            }
            let contact = ctx.journal.record_provider_contact(
                session_id,
                rule_id.as_deref(),
                ctx.now,
                "",
                ctx.now,
            )?;
            out.message = Some(Message {
                text: words.get("message-contacted"),
                tone: Tone::Neutral,
                command: Some(Command::new(
                    words.get("command-undo"),
                    AppAction::Triage {
                        action: TriageAction::UndoContact { id: contact.id },
                    },
                    CommandStyle::Quiet,
                )),
            });
            out.resync(Resync::Changed);
        }
        TriageAction::UndoContact { id } => {
            ctx.journal.delete_provider_contact(id)?;
            out.say(words.get("message-contact-removed"), Tone::Neutral);
            out.resync(Resync::Changed);
        }
    }
    Ok(())
}
