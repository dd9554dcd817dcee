//! The glance and its timeline: entries change exactly at the rule's own instants in the
//! patient's zone (across a DST change and a zone change), an urgent or emergency entry shows at
//! once (the emergency over the urgent), every entry is the glance evaluated at its own instant,
//! discreet words hold no health word, the bounds, an empty journal and a booked session alone.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

use super::super::tests::{
    Harness, booked_session, done_session, log, ready, start, today, triage,
};
use super::*;
use crate::app::{AppAction, Destination, Effect, LogAction, ScreenBody, Update};
use crate::catalog::Catalog;
use crate::journal::{Journal, NewSession, SessionStatus};
use crate::symptom::{BodyArea, SymptomKind};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// The patient's discreet lock-screen setting turned off: the glance's full words.
fn full_words(journal: &Journal) {
    let mut state = journal.app_state().unwrap();
    state.discreet_lock_screen = false;
    journal.save_app_state(&state, start()).unwrap();
}

/// A recovery from a microneedling session that ended at `ended`, full words.
fn recovering_from(locale: Locale, ended: DateTime<Utc>) -> Harness {
    Harness::with(locale, |journal| {
        ready(journal, locale);
        full_words(journal);
        done_session(journal, ended);
    })
}

fn timeline_for(h: &Harness, ahead: TimeDelta) -> GlanceTimeline {
    h.app.glance_timeline(h.now, h.zone, h.now + ahead).unwrap()
}

/// The entry holding at `at`.
fn holding(timeline: &GlanceTimeline, at: DateTime<Utc>) -> &GlanceEntry {
    assert!(at < timeline.until, "{at} is past the timeline");
    timeline
        .entries
        .iter()
        .rev()
        .find(|e| e.from <= at)
        .expect("the first entry holds from now")
}

fn line(glance: &Glance, kind: GlanceLineKind) -> Option<&str> {
    glance
        .lines
        .iter()
        .find(|l| l.kind == kind)
        .map(|l| l.text.as_str())
}

/// The timeline's promises: ordered, bounded, each entry different from the one before, and
/// each entry (and a moment half way to the next) the glance evaluated afresh at that moment.
fn check(h: &Harness, timeline: &GlanceTimeline) {
    let entries = &timeline.entries;
    assert!(!entries.is_empty() && entries.len() <= MAX_ENTRIES);
    assert_eq!(entries[0].from, h.now);
    for pair in entries.windows(2) {
        assert!(pair[0].from < pair[1].from, "out of order");
        assert_ne!(
            pair[0].glance, pair[1].glance,
            "an entry that changes nothing"
        );
    }
    let last = entries.last().unwrap().from;
    assert!(last < timeline.until);
    assert!(h.now < timeline.refresh_at && timeline.refresh_at <= timeline.until);
    for (i, entry) in entries.iter().enumerate() {
        let next = entries.get(i + 1).map_or(timeline.until, |e| e.from);
        for at in [entry.from, entry.from + (next - entry.from) / 2] {
            assert_eq!(
                h.app.glance(at, h.zone).unwrap(),
                entry.glance,
                "the entry from {} is not the glance at {at}",
                entry.from
            );
        }
    }
}

#[test]
fn the_restriction_line_changes_exactly_at_the_rules_lift_time() {
    // Sat 21 Nov 2026, 10:00 in Berlin: the session just ended; no makeup for 24 h.
    let h = recovering_from(Locale::En, start());
    let timeline = timeline_for(&h, TimeDelta::days(3));
    check(&h, &timeline);
    let lift = start() + TimeDelta::hours(24);
    let first = &timeline.entries[0].glance;
    assert_eq!(first.state, GlanceState::Recovering);
    assert_eq!(first.headline, "Day 1 of your recovery");
    assert_eq!(first.lines[0].kind, GlanceLineKind::Restriction);
    assert_eq!(first.lines[0].text, "Makeup from tomorrow, 10:00");
    assert_eq!(first.lines[0].at, lift);
    // Local midnight makes it "today": 23:00 UTC in Berlin's winter.
    let midnight = utc(2026, 11, 21, 23, 0);
    let at_midnight = holding(&timeline, midnight);
    assert_eq!(at_midnight.from, midnight);
    assert_eq!(
        line(&at_midnight.glance, GlanceLineKind::Restriction),
        Some("Makeup from 10:00")
    );
    // At the rule's own instant (24 h after the session ended), and not a second before.
    let lifted = holding(&timeline, lift);
    assert_eq!(lifted.from, lift);
    assert_eq!(lifted.glance.headline, "Day 2 of your recovery");
    assert_eq!(
        line(&lifted.glance, GlanceLineKind::Restriction),
        Some("Swimming and sauna from tomorrow, 10:00")
    );
    assert_eq!(
        line(
            &holding(&timeline, lift - TimeDelta::seconds(1)).glance,
            GlanceLineKind::Restriction
        ),
        Some("Makeup from 10:00")
    );
    // The same instant Today shows for the rule.
    let screen = h.app.screen(h.now, h.zone);
    let restrictions = &today(&screen).sections[0];
    let makeup = restrictions
        .items
        .iter()
        .find(|i| i.title == "No makeup")
        .unwrap();
    assert_eq!(
        makeup.detail.as_deref(),
        Some("Allowed again Sun 22 Nov, 10:00")
    );
    // Spanish says the same at the same instants.
    let es = recovering_from(Locale::Es, start());
    let timeline = timeline_for(&es, TimeDelta::days(3));
    assert_eq!(
        timeline.entries[0].glance.lines[0].text,
        "Maquillaje a partir de mañana a las 10:00"
    );
    assert_eq!(
        line(
            &holding(&timeline, midnight).glance,
            GlanceLineKind::Restriction
        ),
        Some("Maquillaje a partir de las 10:00")
    );
    assert_eq!(holding(&timeline, lift).from, lift);
}

#[test]
fn across_a_dst_change_midnights_and_wall_clock_reminders_stay_local() {
    // Berlin leaves summer time on Sun 25 Oct 2026 at 03:00 (01:00 UTC). The session ended on
    // Sat 24 Oct at 11:00 summer time.
    let ended = utc(2026, 10, 24, 9, 0);
    let mut h = recovering_from(Locale::En, ended);
    h.now = ended + TimeDelta::hours(1);
    let timeline = timeline_for(&h, TimeDelta::days(3));
    check(&h, &timeline);
    let lift = ended + TimeDelta::hours(24);
    assert_eq!(
        line(&timeline.entries[0].glance, GlanceLineKind::Restriction),
        // The lift is 24 h of healing, written in the offset of its own instant (winter time).
        Some("Makeup from tomorrow, 10:00")
    );
    // Midnight before the change is 22:00 UTC, the one after it 23:00 UTC.
    for midnight in [utc(2026, 10, 24, 22, 0), utc(2026, 10, 25, 23, 0)] {
        assert_eq!(holding(&timeline, midnight).from, midnight);
    }
    assert_eq!(
        line(
            &holding(&timeline, utc(2026, 10, 24, 22, 0)).glance,
            GlanceLineKind::Restriction
        ),
        Some("Makeup from 10:00")
    );
    assert_eq!(holding(&timeline, lift).from, lift);
    // The first wash is 4 h after the session; then the evening check-in, at 20:00 on both
    // sides of the change: 18:00 UTC, then 19:00.
    let first = holding(&timeline, h.now);
    assert_eq!(
        line(&first.glance, GlanceLineKind::Reminder),
        Some("Wash gently with a mild cleanser at 15:00")
    );
    let washed = holding(&timeline, utc(2026, 10, 24, 13, 0));
    assert_eq!(washed.from, utc(2026, 10, 24, 13, 0));
    assert_eq!(
        line(&washed.glance, GlanceLineKind::Reminder),
        Some("Check-in at 20:00")
    );
    let after = holding(&timeline, utc(2026, 10, 24, 18, 0));
    assert_eq!(after.from, utc(2026, 10, 24, 18, 0));
    assert_eq!(
        line(&after.glance, GlanceLineKind::Reminder),
        Some("Sunscreen tomorrow at 08:00")
    );
    // Sunday's 08:00 is 07:00 UTC (winter time); then the check-in at 20:00 = 19:00 UTC.
    let sunday = holding(&timeline, utc(2026, 10, 25, 7, 0));
    assert_eq!(sunday.from, utc(2026, 10, 25, 7, 0));
    assert_eq!(
        line(&sunday.glance, GlanceLineKind::Reminder),
        Some("Check-in at 20:00")
    );
    let reminder = sunday
        .glance
        .lines
        .iter()
        .find(|l| l.kind == GlanceLineKind::Reminder)
        .unwrap();
    assert_eq!(reminder.at, utc(2026, 10, 25, 19, 0));
}

#[test]
fn a_zone_change_keeps_the_instants_and_writes_them_in_the_new_zone() {
    let mut h = recovering_from(Locale::En, start());
    let berlin = timeline_for(&h, TimeDelta::days(3));
    // The phone lands in New York; the app follows the phone's zone.
    h.zone = chrono_tz::America::New_York;
    let update = h.dispatch(AppAction::RemindersHeld {
        os_ids: Vec::new(),
        limit: 64,
    });
    let handed = update
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::UpdateGlance { timeline } => Some(timeline.clone()),
            _ => None,
        })
        .expect("the glance is handed over in the new zone");
    let timeline = timeline_for(&h, TimeDelta::days(3));
    check(&h, &timeline);
    assert_eq!(handed.entries[0].glance, timeline.entries[0].glance);
    let lift = start() + TimeDelta::hours(24);
    assert_eq!(
        line(&timeline.entries[0].glance, GlanceLineKind::Restriction),
        Some("Makeup from tomorrow, 04:00")
    );
    // New York's midnight is 05:00 UTC; the lift is the same instant as in Berlin.
    let midnight = utc(2026, 11, 22, 5, 0);
    assert_eq!(holding(&timeline, midnight).from, midnight);
    assert_eq!(
        line(
            &holding(&timeline, midnight).glance,
            GlanceLineKind::Restriction
        ),
        Some("Makeup from 04:00")
    );
    assert_eq!(holding(&timeline, lift).from, lift);
    assert_eq!(holding(&berlin, lift).from, lift);
}

/// Logs one symptom through the form: the kind (through "Something else" when it is not among
/// the kinds usual now) and "yes" (a fever) or 7 of 10; the save's update.
fn log_one(h: &mut Harness, kind: &str) -> Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Log,
    });
    let screen = h.screen();
    let form = &log(&screen).symptoms[0];
    if !form.kinds.iter().any(|c| c.label == kind) {
        let more = form.more_kinds.clone().expect("Something else");
        h.dispatch(more.action);
    }
    let screen = h.screen();
    let chosen = log(&screen).symptoms[0]
        .kinds
        .iter()
        .find(|c| c.label == kind)
        .unwrap_or_else(|| panic!("no kind {kind}"))
        .action
        .clone();
    h.dispatch(chosen);
    let screen = h.screen();
    let form = &log(&screen).symptoms[0];
    let answer = match (&form.severity, &form.fever) {
        (Some(input), _) => input.options[7].action.clone(),
        (None, Some(fever)) => fever.answers[0].action.clone(),
        (None, None) => panic!("neither a severity nor a yes/no"),
    };
    h.dispatch(answer);
    h.dispatch(AppAction::Log {
        action: LogAction::Save,
    })
}

/// The glance timeline a dispatch handed over.
fn handed_over(update: &Update) -> &GlanceTimeline {
    update
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::UpdateGlance { timeline } => Some(timeline),
            _ => None,
        })
        .expect("the dispatch hands the glance over")
}

/// The attention of the first glance a dispatch handed over.
fn first_attention(update: &Update) -> GlanceAttention {
    handed_over(update).entries[0]
        .glance
        .attention
        .clone()
        .expect("the verdict calls for attention")
}

#[test]
fn an_urgent_entry_takes_over_at_once_and_steps_down_as_triage_says() {
    let mut h = recovering_from(Locale::En, start() - TimeDelta::hours(30));
    // Resumed hands over the first glance of the process.
    h.dispatch(AppAction::Resumed);
    let update = log_one(&mut h, "Fever or chills");
    assert!(matches!(update.screen.body, ScreenBody::Triage { .. }));
    let timeline = handed_over(&update);
    let first = &timeline.entries[0].glance;
    let attention = first
        .attention
        .as_ref()
        .expect("the verdict calls for attention");
    assert_eq!(attention.level, TriageLevel::Urgent);
    assert_eq!(attention.tone, Tone::Urgent);
    assert_eq!(attention.label, "Contact your provider now");
    assert!(attention.takes_over);
    assert!(
        first.lines.is_empty(),
        "the call to action wins over the lines"
    );
    assert_eq!(first.link, attention.link);
    assert!(
        first
            .accessibility_label
            .starts_with("Contact your provider now.")
    );
    // The same verdict as the triage screen, and the glance asked for directly.
    assert_eq!(
        triage(&update.screen).verdict.as_ref().unwrap().level,
        TriageLevel::Urgent
    );
    assert_eq!(&h.app.glance(h.now, h.zone).unwrap(), first);
    // Three days on (and a second), the flag is "earlier": a watch; a week on, gone.
    let stepped = h.now + crate::triage::FLAG_ACTIVE_FOR + TimeDelta::seconds(1);
    let entry = holding(timeline, stepped);
    assert_eq!(entry.from, stepped);
    let watch = entry.glance.attention.as_ref().unwrap();
    assert_eq!((watch.level, watch.takes_over), (TriageLevel::Watch, false));
    assert!(!entry.glance.lines.is_empty());
    check(&h, timeline);
}

#[test]
fn an_emergency_takes_over_before_anything_urgent_in_its_own_words() {
    for (locale, kind, full, discreet) in [
        (
            Locale::En,
            "Trouble breathing or swallowing",
            "Call emergency services now",
            "Aftercare: call emergency services now",
        ),
        (
            Locale::Es,
            "Dificultad para respirar o tragar",
            "Llama ahora a emergencias",
            "Aftercare: llama ahora a emergencias",
        ),
    ] {
        for hide in [false, true] {
            let mut h = recovering_from(locale, start() - TimeDelta::hours(30));
            if hide {
                let mut state = h.journal().app_state().unwrap();
                state.discreet_lock_screen = true;
                h.journal().save_app_state(&state, start()).unwrap();
            }
            h.dispatch(AppAction::Resumed);
            // Urgent first (a fever), then an emergency sign: the most severe one shows.
            let urgent = log_one(
                &mut h,
                if locale == Locale::En {
                    "Fever or chills"
                } else {
                    "Fiebre o escalofríos"
                },
            );
            assert_eq!(first_attention(&urgent).level, TriageLevel::Urgent);
            let update = log_one(&mut h, kind);
            let timeline = handed_over(&update);
            let first = &timeline.entries[0].glance;
            let attention = first.attention.as_ref().expect("the emergency shows");
            assert_eq!(attention.level, TriageLevel::Emergency);
            assert_eq!(attention.tone, Tone::Urgent);
            assert!(attention.takes_over);
            assert!(
                first.lines.is_empty(),
                "the call to action wins over the lines"
            );
            assert_eq!(first.link, attention.link);
            assert_eq!(attention.label, if hide { discreet } else { full });
            assert!(first.accessibility_label.starts_with(&attention.label));
            assert_eq!(first.discreet, hide);
            assert_eq!(&h.app.glance(h.now, h.zone).unwrap(), first);
            check(&h, timeline);
        }
    }
}

#[test]
fn an_at_home_patients_glance_names_a_healthcare_professional() {
    let mut h = Harness::with(Locale::En, |journal| {
        ready(journal, Locale::En);
        full_words(journal);
        let protocol = Catalog::builtin()
            .get("at-home-roller", None)
            .unwrap()
            .reference();
        journal
            .add_session(
                &NewSession {
                    protocol,
                    status: SessionStatus::Done,
                    starts_at: None,
                    ended_at: Some(start() - TimeDelta::hours(30)),
                    zone: chrono_tz::Europe::Berlin,
                },
                start(),
            )
            .unwrap();
    });
    h.dispatch(AppAction::Resumed);
    let update = log_one(&mut h, "Fever or chills");
    let attention = first_attention(&update);
    assert_eq!(attention.level, TriageLevel::Urgent);
    assert_eq!(attention.label, "Contact a healthcare professional now");
}

#[test]
fn every_level_that_shows_has_its_words_in_both_languages() {
    for level in TriageLevel::ALL {
        let Some(_) = presence(level) else { continue };
        for locale in Locale::ALL {
            let words = crate::app::words::Words::new(locale, chrono_tz::UTC);
            for key in [
                format!("level-label-{}", level.code()),
                format!("glance-attention-discreet-{}", level.code()),
            ] {
                assert_ne!(words.get(&key), key, "{locale:?} has no {key}");
            }
        }
    }
    assert_eq!(presence(TriageLevel::Normal), None);
    assert_eq!(presence(TriageLevel::Urgent), Some(Presence::TakesOver));
    assert_eq!(presence(TriageLevel::Emergency), Some(Presence::TakesOver));
}

/// Lowercase words (letters only) of a text.
fn words_of(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The health words of `locale`, from the texts themselves: every word of the built-in
/// protocols' names and their rules' titles and "allowed again" texts, the symptom and body area
/// names and the glance's own full-form names (topics, reminder kinds), less the words of the
/// reminders' lock-screen texts (the project's reviewed discreet wording: "your", "plan",
/// "appointment"). The rules' longer explanations are left out: they are ordinary sentences
/// ("let your provider know today") whose health terms the titles already name.
fn health_words(locale: Locale) -> BTreeSet<String> {
    let texts = crate::text::Texts::new(locale);
    let mut health = BTreeSet::new();
    let catalog = Catalog::builtin();
    for protocol in catalog.all() {
        let own = protocol.texts(locale);
        health.extend(words_of(&protocol.display_name(locale)));
        for rule in &protocol.rules {
            health.extend(words_of(&crate::view::rule_title(rule, &own)));
            if let Some(lifted) = crate::view::rule_attr(rule, "lifted", &own) {
                health.extend(words_of(&lifted));
            }
        }
    }
    for kind in SymptomKind::ALL {
        health.extend(words_of(&crate::view::symptom_name(kind, &texts)));
    }
    for area in BodyArea::ALL {
        health.extend(words_of(&crate::view::area_name(area, &texts)));
    }
    let keys = crate::text::builtin().keys(locale);
    let named = |prefix: &str| {
        keys.iter()
            .filter(|k| k.starts_with(prefix) && !k.contains('.'))
            .map(|k| texts.get(k, None))
            .collect::<Vec<_>>()
    };
    for name in named("glance-topic-").into_iter().chain(
        named("glance-reminder-")
            .into_iter()
            .filter(|t| !t.contains('{')),
    ) {
        health.extend(words_of(&name));
    }
    for discreet in named("reminder-lock-") {
        for word in words_of(&discreet) {
            health.remove(&word);
        }
    }
    // Words that join others, count days or ask to act ("Numbness from the numbing cream",
    // "Redness still there on day 3 or later", "Call your clinic to reschedule if …" are rules'
    // titles; "from", "day" and "call" say nothing about the skin).
    for word in GENERIC_WORDS {
        health.remove(*word);
    }
    health
}

/// English and Spanish words that join others, count days or ask to act, and name nothing.
const GENERIC_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "call", "day", "for", "from", "in", "now", "of", "on", "or",
    "the", "to", "until", "with", "ahora", "al", "con", "de", "del", "desde", "día", "el", "en",
    "hasta", "la", "las", "llama", "los", "o", "para", "por", "un", "una", "y",
];

/// Every text of a timeline, shown or not: what a widget can show, and the links the file
/// holds (on a locked phone too).
fn shown(timeline: &GlanceTimeline) -> Vec<String> {
    let mut out = vec![timeline.stale_text.clone(), timeline.stale_link.clone()];
    for entry in &timeline.entries {
        let g = &entry.glance;
        out.push(g.headline.clone());
        out.push(g.accessibility_label.clone());
        out.push(g.link.clone());
        if let Some(attention) = &g.attention {
            out.push(attention.label.clone());
            out.push(attention.link.clone());
        }
        for line in &g.lines {
            out.push(line.text.clone());
            out.push(line.link.clone());
        }
    }
    out
}

/// A journal with one session of `protocol` (done `hours_ago`, or booked ahead when negative)
/// and, optionally, a symptom logged an hour ago.
fn journal_with(
    locale: Locale,
    discreet: bool,
    protocol: &str,
    hours_ago: i64,
    logged: Option<(SymptomKind, u8)>,
) -> Harness {
    let protocol = Catalog::builtin().get(protocol, None).unwrap().reference();
    Harness::with(locale, |journal| {
        ready(journal, locale);
        if !discreet {
            full_words(journal);
        }
        let at = start() - TimeDelta::hours(hours_ago);
        let done = hours_ago >= 0;
        let session = journal
            .add_session(
                &NewSession {
                    protocol,
                    status: if done {
                        SessionStatus::Done
                    } else {
                        SessionStatus::Planned
                    },
                    starts_at: (!done).then_some(at),
                    ended_at: done.then_some(at),
                    zone: chrono_tz::Europe::Berlin,
                },
                start(),
            )
            .unwrap();
        if let (Some((kind, severity)), true) = (logged, done) {
            journal
                .log_symptom(
                    session.id,
                    &crate::symptom::NewSymptom {
                        kind,
                        severity,
                        observed_at: start() - TimeDelta::hours(1).min(TimeDelta::hours(hours_ago)),
                        area: BodyArea::Cheeks,
                        note: String::new(),
                        yes_no: kind.answered_yes_no(),
                        temperature: None,
                    },
                    start(),
                )
                .unwrap();
        }
    })
}

#[test]
fn discreet_glances_hold_no_word_of_a_treatment_symptom_restriction_or_product() {
    let catalog = Catalog::builtin();
    for locale in Locale::ALL {
        let health = health_words(locale);
        assert!(health.len() > 150, "{locale:?}: {} words", health.len());
        let mut found_in_full = BTreeSet::new();
        for protocol in catalog.all() {
            let id = protocol.id.clone();
            for hours_ago in [-100, -30, 0, 5, 30, 80, 200, 700, 2000] {
                for logged in [
                    None,
                    Some((SymptomKind::Fever, crate::symptom::YES)),
                    Some((SymptomKind::TroubleBreathing, 3)),
                    Some((SymptomKind::Redness, 7)),
                    Some((SymptomKind::Blisters, 5)),
                ] {
                    for discreet in [true, false] {
                        let h = journal_with(locale, discreet, &id, hours_ago, logged);
                        let timeline = timeline_for(&h, TimeDelta::days(10));
                        for text in shown(&timeline) {
                            let said: BTreeSet<String> =
                                words_of(&text).intersection(&health).cloned().collect();
                            if discreet {
                                assert!(
                                    said.is_empty(),
                                    "{locale:?} {id} {hours_ago} h: {said:?} in {text:?}"
                                );
                                assert!(timeline.entries.iter().all(|e| e.glance.discreet));
                            } else {
                                found_in_full.extend(said);
                            }
                        }
                    }
                }
            }
        }
        // The same states in full words do name the treatment, what is off-limits and what
        // was logged: the list would catch them.
        assert!(found_in_full.len() > 10, "{locale:?}: {found_in_full:?}");
    }
}

#[test]
fn the_timeline_is_bounded_and_says_how_far_it_runs() {
    let h = recovering_from(Locale::En, start());
    let long = timeline_for(&h, MAX_SPAN);
    assert!(long.truncated);
    assert_eq!(long.entries.len(), MAX_ENTRIES);
    // It ends at the first change it left out, and asks again before then.
    let last = long.entries.last().unwrap();
    assert!(last.from < long.until && long.until < h.now + MAX_SPAN);
    assert_ne!(h.app.glance(long.until, h.zone).unwrap(), last.glance);
    assert!(long.refresh_at < long.until);
    // Further than the reminders' own horizon is brought back to it.
    let far = h
        .app
        .glance_timeline(h.now, h.zone, h.now + TimeDelta::days(4000))
        .unwrap();
    assert!(far.until <= h.now + MAX_SPAN);
    assert!(matches!(
        h.app.glance_timeline(h.now, h.zone, h.now),
        Err(JournalError::InvalidInput { ref field, .. }) if field == "until"
    ));
    // A short one asks again half way; a week's asks a day before its end.
    let day = timeline_for(&h, TimeDelta::hours(10));
    assert!(!day.truncated);
    assert_eq!(day.until, h.now + TimeDelta::hours(10));
    assert_eq!(day.refresh_at, h.now + TimeDelta::hours(5));
    let week = timeline_for(&h, TimeDelta::days(7));
    assert_eq!(week.refresh_at, week.until - REFRESH_AHEAD);
    check(&h, &week);
}

#[test]
fn an_empty_journal_has_nothing_to_show_and_hands_nothing_over() {
    let mut h = Harness::new();
    let glance = h.app.glance(h.now, h.zone).unwrap();
    assert_eq!(glance.state, GlanceState::Empty);
    assert!(glance.discreet);
    assert_eq!(glance.headline, "Tap to set up Aftercare");
    assert!(glance.lines.is_empty() && glance.attention.is_none());
    assert_eq!(glance.link, "aftercare://today");
    let timeline = timeline_for(&h, TimeDelta::days(7));
    assert_eq!(timeline.entries.len(), 1, "midnights change nothing here");
    check(&h, &timeline);
    // Nothing is handed over before the first run ends (reminders neither).
    let update = h.dispatch(AppAction::Resumed);
    assert!(update.effects.is_empty(), "{:?}", update.effects);
    // Full words say there is nothing yet.
    let h = Harness::with(Locale::Es, |journal| {
        ready(journal, Locale::Es);
        full_words(journal);
    });
    let glance = h.app.glance(h.now, h.zone).unwrap();
    assert_eq!(glance.headline, "Todavía no hay nada que mostrar");
}

#[test]
fn a_booked_session_alone_shows_its_preparation_until_it_starts() {
    // Booked for Tue 24 Nov at 10:00 in Berlin, three days ahead.
    let appointment = start() + TimeDelta::days(3);
    let mut h = Harness::with(Locale::En, |journal| {
        ready(journal, Locale::En);
        full_words(journal);
        booked_session(journal, appointment);
    });
    let timeline = timeline_for(&h, TimeDelta::days(5));
    check(&h, &timeline);
    let first = &timeline.entries[0].glance;
    assert_eq!(first.state, GlanceState::Preparing);
    assert_eq!(first.headline, "Your session is on Tue 24 Nov at 10:00");
    let texts: Vec<&str> = first.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Now: If you get cold sores, ask your provider about an antiviral when you book",
            "Now: Stop retinoids, AHA/BHA acids, benzoyl peroxide and scrubs",
            "Now: No waxing, depilatory creams or electrolysis on the area",
        ]
    );
    assert!(
        first
            .lines
            .iter()
            .all(|l| l.kind == GlanceLineKind::Preparation)
    );
    // The day before: "tomorrow"; at the appointment it is no longer ahead.
    let eve = holding(&timeline, utc(2026, 11, 23, 12, 0));
    assert_eq!(eve.glance.headline, "Your session is tomorrow at 10:00");
    let after = holding(&timeline, appointment);
    assert_eq!(after.from, appointment);
    assert_eq!(after.glance.state, GlanceState::Empty);
    // A step marked done leaves the glance.
    let session = h.journal().sessions().unwrap()[0].id;
    h.dispatch(AppAction::Today {
        action: crate::app::TodayAction::PreparationStep {
            session_id: session,
            rule_id: "prep-stop-actives".into(),
            done: true,
        },
    });
    let glance = h.app.glance(h.now, h.zone).unwrap();
    assert!(!glance.lines[0].text.contains("retinoids"), "{glance:?}");
    // Its links lead to Today, where the checklist is.
    h.dispatch(AppAction::OpenLink {
        url: glance.lines[0].link.clone(),
    });
    let screen = h.screen();
    assert!(today(&screen).preparation.is_some());
    // Discreet: the appointment and "a step to prepare", said once.
    let h = Harness::with(Locale::Es, |journal| {
        ready(journal, Locale::Es);
        booked_session(journal, appointment);
    });
    let glance = h.app.glance(h.now, h.zone).unwrap();
    assert_eq!(glance.headline, "Cita mar 24 nov, 10:00");
    let texts: Vec<&str> = glance.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Un paso para preparar",
            "Un paso para preparar, desde mañana"
        ]
    );
}

#[test]
fn each_line_opens_the_screen_it_is_about() {
    // Day 2 of a first session: a restriction, the next reminder and the series window.
    let mut h = recovering_from(Locale::En, start() - TimeDelta::hours(30));
    let glance = h.app.glance(h.now, h.zone).unwrap();
    let kinds: Vec<GlanceLineKind> = glance.lines.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            GlanceLineKind::Restriction,
            GlanceLineKind::Reminder,
            GlanceLineKind::Session
        ]
    );
    assert_eq!(glance.lines[2].text, "Next session from Fri 18 Dec");
    for line in &glance.lines {
        let update = h.dispatch(AppAction::OpenLink {
            url: line.link.clone(),
        });
        assert!(
            update.message.is_none(),
            "{:?}: {:?}",
            line.link,
            update.message
        );
        match line.kind {
            GlanceLineKind::Restriction => {
                let focus = today(&update.screen)
                    .focus
                    .as_ref()
                    .expect("the rule in focus");
                assert_eq!(
                    focus.items[0].title,
                    "No swimming, sauna, steam room or hot tub"
                );
            }
            GlanceLineKind::Reminder => assert!(
                matches!(
                    update.screen.body,
                    ScreenBody::Today { .. } | ScreenBody::Log { .. }
                ),
                "{:?}",
                update.screen.title
            ),
            GlanceLineKind::Session => {
                assert!(matches!(update.screen.body, ScreenBody::Sessions { .. }))
            }
            GlanceLineKind::Preparation => unreachable!(),
        }
        h.dispatch(AppAction::Back);
    }
    let update = h.dispatch(AppAction::OpenLink { url: glance.link });
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
    assert!(update.message.is_none());
}

#[test]
fn the_app_hands_the_glance_over_only_when_it_changed() {
    let mut h = recovering_from(Locale::En, start() - TimeDelta::hours(30));
    let handed = |update: &Update| {
        update
            .effects
            .iter()
            .filter_map(|e| match e {
                Effect::UpdateGlance { timeline } => Some(timeline.clone()),
                _ => None,
            })
            .next()
    };
    let first = handed(&h.dispatch(AppAction::Resumed)).expect("the first in the process");
    assert_eq!(
        first.until,
        utc(2026, 11, 27, 23, 0),
        "the local midnight 7 days on"
    );
    assert_eq!(first.refresh_at, first.until - REFRESH_AHEAD);
    // Nothing changed: nothing handed over.
    assert!(handed(&h.dispatch(AppAction::Resumed)).is_none());
    assert_eq!(
        line(&first.entries[0].glance, GlanceLineKind::Reminder),
        Some("Check-in at 20:00")
    );
    // "All fine today" is today's check-in: its reminder is no longer next.
    let session = h.journal().sessions().unwrap()[0].id;
    let update = h.dispatch(AppAction::Today {
        action: crate::app::TodayAction::AllFine {
            session_id: session,
        },
    });
    let after = handed(&update).expect("the check-in changed the glance");
    assert!(!after.continues(&first));
    assert_eq!(
        line(&after.entries[0].glance, GlanceLineKind::Reminder),
        Some("Sunscreen tomorrow at 08:00")
    );
    // Time passing changes nothing the timeline did not already say; a new local day hands
    // over one that runs a day further.
    h.now = utc(2026, 11, 21, 22, 0);
    assert!(handed(&h.dispatch(AppAction::BackgroundRefresh)).is_none());
    assert_eq!(after.entries[1].from, utc(2026, 11, 21, 23, 0), "midnight");
    h.now = after.entries[1].from + TimeDelta::minutes(30);
    let next_day = handed(&h.dispatch(AppAction::BackgroundRefresh)).expect("a new day");
    assert_eq!(next_day.until, after.until + TimeDelta::days(1));
    let later = h.app.glance_timeline(h.now, h.zone, after.until).unwrap();
    assert!(later.continues(&after));
    assert!(
        !after.continues(&later),
        "the earlier one says more than the later"
    );
    // Turning the discreet lock-screen text on changes every word.
    h.journal()
        .save_clinic(&super::super::tests::clinic(), h.now)
        .unwrap();
    let update = h.dispatch(AppAction::Navigate {
        destination: Destination::Settings,
    });
    let toggle = crate::app::tests::settings(&update.screen)
        .lock_screen
        .action
        .clone();
    h.dispatch(toggle);
    let save = crate::app::tests::settings(&h.screen()).save.action.clone();
    let update = h.dispatch(save);
    let discreet = handed(&update).expect("the setting changed the glance");
    assert!(discreet.entries.iter().all(|e| e.glance.discreet));
}

#[test]
fn continues_reads_the_tail_of_the_earlier_timeline() {
    let h = recovering_from(Locale::En, start());
    let earlier = timeline_for(&h, TimeDelta::days(2));
    assert!(earlier.continues(&earlier));
    let mut later = earlier.clone();
    later.entries.remove(0);
    later.entries[0].from = earlier.entries[1].from + TimeDelta::minutes(1);
    assert!(later.continues(&earlier));
    later.entries[0].glance.headline.push('!');
    assert!(!later.continues(&earlier));
    let mut longer = earlier.clone();
    longer.until += TimeDelta::days(1);
    assert!(!longer.continues(&earlier));
    let mut past = earlier.clone();
    past.entries = vec![GlanceEntry {
        from: earlier.until,
        glance: earlier.entries.last().unwrap().glance.clone(),
    }];
    assert!(!past.continues(&earlier));
}

#[test]
fn with_no_journal_open_the_glance_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("journal.db")).unwrap();
    let app = App::open(
        super::super::tests::config(dir.path().to_path_buf(), Locale::Es),
        start(),
    );
    let zone: Tz = chrono_tz::Europe::Madrid;
    let glance = app.glance(start(), zone).unwrap();
    assert_eq!(glance.state, GlanceState::Unavailable);
    assert_eq!(glance.headline, "Toca para abrir Aftercare");
    let timeline = app
        .glance_timeline(start(), zone, start() + TimeDelta::days(1))
        .unwrap();
    assert_eq!(timeline.entries.len(), 1);
    assert_eq!(timeline.stale_text, "Toca para actualizar Aftercare");
}
