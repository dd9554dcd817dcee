//! The timeline: the "now" marker, phases, the why of each rule, sessions, preparation links.

use chrono::TimeDelta;

use super::super::tests::{Harness, done_session, ready, start, timeline};
use super::*;
use crate::app::{AppAction, Destination};
use crate::text::Locale;

fn open(h: &mut Harness) -> crate::app::Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Timeline,
    })
}

#[test]
fn the_now_marker_splits_past_from_ahead() {
    let mut h = Harness::recovering(26);
    let update = open(&mut h);
    let model = timeline(&update.screen);
    assert_eq!(model.heading, "Microneedling, session 1");
    assert_eq!(model.status.as_deref(), Some("Day 2 of your recovery"));
    assert!(model.now_label.starts_with("Now: "));
    let i = model.now_index as usize;
    assert!(i > 0 && i < model.milestones.len());
    assert!(
        model.milestones[..i]
            .iter()
            .all(|m| m.state == MilestoneState::Past)
    );
    assert_eq!(model.milestones[i].state, MilestoneState::Next);
    assert!(
        model.milestones[i + 1..]
            .iter()
            .all(|m| m.state == MilestoneState::Later)
    );
    assert!(model.milestones[i].accessibility_label.ends_with("next"));
    assert_eq!(model.phases.iter().filter(|p| p.current).count(), 1);
    assert_eq!(
        model.phases.iter().find(|p| p.current).unwrap().title,
        "Day 2"
    );
    // Every rule says why, in words.
    let rule = model
        .phases
        .iter()
        .flat_map(|p| p.avoid.iter())
        .next()
        .unwrap();
    assert_eq!(rule.why_label, "Why?");
    assert!(!rule.sources.is_empty());
    assert!(
        rule.sources
            .iter()
            .all(|s| !s.text.is_empty() && s.text != s.key)
    );
    assert!(!model.watch_for.is_empty());
    assert!(model.series[0].contains("of"));
    // On the navigation bar, the timeline is the current place.
    let nav = update
        .screen
        .navigation
        .iter()
        .find(|n| n.selected)
        .unwrap();
    assert_eq!(nav.label, "Timeline");
}

#[test]
fn each_done_session_has_its_timeline() {
    let mut h = Harness::with(Locale::En, |journal| {
        ready(journal, Locale::En);
        done_session(journal, start() - TimeDelta::days(40));
        done_session(journal, start() - TimeDelta::hours(5));
    });
    let update = open(&mut h);
    let model = timeline(&update.screen);
    assert_eq!(model.heading, "Microneedling, session 2");
    assert_eq!(model.sessions.len(), 2);
    assert!(model.sessions[0].selected);
    let older = model.sessions[1].action.clone();
    let update = h.dispatch(older);
    let model = timeline(&update.screen);
    assert_eq!(model.heading, "Microneedling, session 1");
    // The first session's plan knows the second: its timeline ends there.
    assert_eq!(model.now_index as usize, model.milestones.len());
    assert!(model.status.as_ref().unwrap().contains("ended"));
}

#[test]
fn without_a_done_session_the_timeline_says_where_it_starts() {
    let mut h = Harness::with(Locale::Es, |journal| ready(journal, Locale::Es));
    let update = open(&mut h);
    let model = timeline(&update.screen);
    assert_eq!(
        model.empty.as_ref().unwrap().heading,
        "Todavía no hay cronología"
    );
    assert!(model.milestones.is_empty());
}

#[test]
fn a_preparation_reminder_opens_the_checklist() {
    let mut h = Harness::recovering(30 * 24);
    let ended = h.journal().sessions().unwrap()[0].ended_at.unwrap();
    h.journal()
        .add_session(
            &crate::journal::NewSession {
                protocol: crate::protocol::ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: crate::journal::SessionStatus::Planned,
                starts_at: Some(start() + TimeDelta::days(3)),
                ended_at: None,
                zone: chrono_tz::Europe::Berlin,
            },
            start(),
        )
        .unwrap();
    let update = h.dispatch(AppAction::OpenLink {
        url: format!(
            "aftercare://prepare?session=microneedling.{}",
            ended.timestamp()
        ),
    });
    let model = timeline(&update.screen);
    assert!(model.focus_preparation);
    assert_eq!(model.preparation_heading, "Before your next session");
    assert!(!model.preparation.is_empty());
    assert!(model.preparation.iter().all(|p| p.when.is_some()));
}
