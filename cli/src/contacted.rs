//! `aftercare contacted`: "I contacted my provider" about a warning sign in the log.
//!
//! The record is kept with the session, shown in the report, and read by triage: the sign
//! stops asking for contact until something new or worse is logged.

use std::process::ExitCode;

use aftercare_core::local_time::{Stamp, Style, parse_instant};
use aftercare_core::text::{Args, Texts};
use aftercare_core::triage::{AssessmentView, ProviderContact};
use chrono_tz::Tz;
use serde::Serialize;

use crate::args::{ContactedArgs, ContactedCommand};
use crate::commands::{now_or_clock, print_json};
use crate::journal::{Opened, Place, current_session, fail};
use crate::render;
use crate::terminal::say;

/// A provider contact as `--json` prints it.
#[derive(Debug, Serialize)]
struct ContactOut {
    id: i64,
    session_id: i64,
    /// The warning sign's rule id; absent for "every sign raised so far".
    #[serde(skip_serializing_if = "Option::is_none")]
    flag: Option<String>,
    contacted: Stamp,
    note: String,
}

impl ContactOut {
    fn new(contact: &ProviderContact, zone: Tz, opened: &Opened) -> ContactOut {
        ContactOut {
            id: contact.id,
            session_id: contact.session_id,
            flag: contact.rule_id.clone(),
            contacted: Stamp::new(contact.contacted_at, zone, opened.locale, Style::DateTime),
            note: contact.note.clone(),
        }
    }
}

/// `contacted --json`: the record and what the log says now.
#[derive(Debug, Serialize)]
struct RecordedOut {
    #[serde(flatten)]
    contact: ContactOut,
    assessment: AssessmentView,
}

pub fn contacted(place: &Place, args: ContactedArgs) -> Result<ExitCode, String> {
    let opened = place.open()?;
    let zone = opened.zone(args.tz.as_deref())?;
    match args.command {
        Some(ContactedCommand::List { session, json }) => {
            let session = match session {
                Some(id) => id,
                None => current_session(&opened.journal, None)?,
            };
            let contacts = opened.journal.provider_contacts(session).map_err(fail)?;
            let rows: Vec<ContactOut> = contacts
                .iter()
                .map(|c| ContactOut::new(c, zone, &opened))
                .collect();
            if json {
                print_json(&rows);
            } else {
                let t = Texts::new(opened.locale);
                if rows.is_empty() {
                    say!("{}", t.get("cli-contacted-none", None));
                }
                for row in &rows {
                    let flag = row
                        .flag
                        .clone()
                        .unwrap_or_else(|| t.get("cli-contacted-all", None));
                    say!(
                        "  #{}  {}  {flag}  {}",
                        row.id,
                        row.contacted.text,
                        row.note
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(ContactedCommand::Delete { id }) => {
            opened.journal.delete_provider_contact(id).map_err(fail)?;
            let mut a = Args::new();
            a.set("id", id);
            say!(
                "{}",
                Texts::new(opened.locale).get("cli-contacted-deleted", Some(&a))
            );
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let now = now_or_clock(args.now.as_deref(), zone)?;
            let at = match &args.at {
                Some(text) => parse_instant(text, zone).map_err(|e| format!("--at: {e}"))?,
                None => now,
            };
            let session = match args.session {
                Some(id) => id,
                None => current_session(&opened.journal, Some(at))?,
            };
            let contact = opened
                .journal
                .record_provider_contact(
                    session,
                    args.flag.as_deref(),
                    at,
                    args.note.as_deref().unwrap_or_default(),
                    now,
                )
                .map_err(fail)?;
            let assessment = opened
                .journal
                .assessment(session, now)
                .map_err(fail)?
                .view_in(opened.locale, zone, opened.region);
            if args.json {
                print_json(&RecordedOut {
                    contact: ContactOut::new(&contact, zone, &opened),
                    assessment,
                });
            } else {
                let mut a = Args::new();
                a.set("id", contact.id);
                a.set("session", session);
                say!(
                    "{}",
                    Texts::new(opened.locale)
                        .for_who(assessment.who)
                        .get("cli-contacted-recorded", Some(&a))
                );
                render::log_says(&assessment, opened.locale);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
