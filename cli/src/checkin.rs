//! `aftercare checkin`: "All fine today", the daily check-in that says nothing is new and
//! nothing got worse. It counts as today's check-in (its reminder is no longer due) and answers
//! with what the log says, in the words of the app's Today.

use std::process::ExitCode;

use aftercare_core::local_time::{Stamp, Style};
use aftercare_core::text::{Args, Texts};
use aftercare_core::triage::{AssessmentView, TriageLevel};
use aftercare_core::view::VerdictView;
use serde::Serialize;

use crate::args::CheckinArgs;
use crate::commands::{now_or_clock, print_json};
use crate::journal::{Place, current_session, fail};
use crate::terminal::say;

/// `checkin --json`.
#[derive(Debug, Serialize)]
struct CheckedInOut {
    id: i64,
    session_id: i64,
    /// The local day it counts for, YYYY-MM-DD.
    day: String,
    at: Stamp,
    verdict: VerdictView,
    assessment: AssessmentView,
}

pub fn checkin(place: &Place, args: CheckinArgs) -> Result<ExitCode, String> {
    let opened = place.open()?;
    let zone = opened.zone(args.tz.as_deref())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let session = match args.session {
        Some(id) => id,
        None => current_session(&opened.journal, Some(now))?,
    };
    let check_in = opened
        .journal
        .check_in_all_fine(session, now, zone)
        .map_err(fail)?;
    let assessed = opened.journal.assessment(session, now).map_err(fail)?;
    let verdict = assessed.verdict(now, opened.locale, zone, opened.region);
    if args.json {
        print_json(&CheckedInOut {
            id: check_in.id,
            session_id: session,
            day: check_in.day.to_string(),
            at: Stamp::new(check_in.at, zone, opened.locale, Style::DateTime),
            verdict,
            assessment: assessed.view_in(opened.locale, zone, opened.region),
        });
        return Ok(ExitCode::SUCCESS);
    }
    let t = Texts::new(opened.locale);
    let mut args = Args::new();
    args.set("id", check_in.id);
    args.set("session", session);
    say!("{}", t.get("cli-checked-in", Some(&args)));
    // The app's answer to the same tap, word for word.
    say!("{}", verdict.checked_in_message(&t));
    if verdict.level != TriageLevel::Normal {
        say!("{}", verdict.advice);
    }
    Ok(ExitCode::SUCCESS)
}
