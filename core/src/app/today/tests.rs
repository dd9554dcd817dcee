//! Today: status, the verdict and its call to action, reminders, banners, empty states, links.

use chrono::TimeDelta;

use super::super::tests::{Harness, clinic, command, log, ready, start, symptom, today};
use super::*;
use crate::app::{Effect, NoticeKind, ScreenBody};
use crate::symptom::SymptomKind;
use crate::text::Locale;

#[test]
fn today_shows_where_the_patient_is() {
    let mut h = Harness::recovering(26);
    let screen = h.screen();
    assert_eq!(screen.title, "Today");
    assert!(screen.up.is_none());
    assert_eq!(screen.navigation.len(), 5);
    assert!(screen.navigation[0].selected);
    assert_eq!(
        screen.navigation[0].accessibility_label,
        "Today, current screen"
    );
    let model = today(&screen);
    assert_eq!(model.heading, "Day 2 of your recovery");
    assert_eq!(model.treatment.as_deref(), Some("Microneedling, session 1"));
    assert_eq!(model.phase.as_ref().unwrap().title, "Day 2");
    assert_eq!(
        model.logged_today.as_deref(),
        Some("Nothing logged today yet.")
    );
    let verdict = model.verdict.as_ref().unwrap();
    assert_eq!(verdict.level, TriageLevel::Normal);
    assert_eq!(verdict.tone, Tone::Neutral);
    assert_eq!(verdict.level_label, "Nothing logged yet");
    assert!(!verdict.calls_for_contact);
    let off_limits = &model.sections[0];
    assert_eq!(off_limits.title, "Restrictions for now");
    let sauna = off_limits
        .items
        .iter()
        .find(|i| {
            i.detail
                .as_deref()
                .is_some_and(|d| d.starts_with("Allowed again"))
        })
        .expect("a restriction with its end");
    assert!(sauna.trailing.as_ref().unwrap().ends_with("left"));
    assert!(
        model
            .sections
            .iter()
            .any(|s| s.title == "Coming up" && !s.items.is_empty())
    );
    // Every upcoming reminder's second line adds to its title: a lifted rule's reminder,
    // titled "Allowed again" like its category, says what is allowed.
    let upcoming = model
        .sections
        .iter()
        .find(|s| s.title == "Coming up")
        .unwrap();
    for item in &upcoming.items {
        assert_ne!(
            item.detail.as_deref(),
            Some(item.title.as_str()),
            "{item:?}"
        );
    }
    let lifted = upcoming
        .items
        .iter()
        .find(|i| i.title == "Allowed again")
        .expect("a lifted rule's reminder coming up");
    assert!(
        lifted.detail.as_deref().unwrap().contains("again"),
        "{lifted:?}"
    );
    // The prominent entry point opens the log form.
    assert_eq!(model.log_entry.style, CommandStyle::Primary);
    let update = h.press(&model.log_entry.clone());
    assert!(matches!(update.screen.body, ScreenBody::Log { .. }));
    assert_eq!(
        update.screen.up.unwrap().accessibility_label,
        "Back to Today"
    );
}

#[test]
fn a_log_that_needs_the_provider_leads_with_call_your_clinic() {
    let mut h = Harness::recovering(30);
    let session = h.journal().sessions().unwrap()[0].id;
    h.journal()
        .log_symptoms(
            session,
            &[symptom(
                SymptomKind::Fever,
                6,
                start() - TimeDelta::hours(1),
                "",
            )],
            start(),
        )
        .unwrap();
    // No phone number yet: a way to add one.
    let screen = h.screen();
    let verdict = today(&screen).verdict.clone().unwrap();
    assert_eq!(verdict.level, TriageLevel::Urgent);
    assert_eq!(verdict.tone, Tone::Urgent);
    assert_eq!(verdict.level_label, "Contact your provider now");
    assert!(verdict.calls_for_contact);
    assert_eq!(verdict.commands[0].label, "Add your clinic's phone number");
    h.journal().save_clinic(&clinic(), start()).unwrap();
    let screen = h.screen();
    let verdict = today(&screen).verdict.clone().unwrap();
    let call = &verdict.commands[0];
    assert_eq!(call.label, "Call your clinic");
    assert_eq!(call.style, CommandStyle::Primary);
    assert_eq!(call.accessibility_label, "Call your clinic, Glow Clinic");
    let update = h.press(call);
    assert_eq!(
        update.effects,
        vec![Effect::Dial {
            uri: "tel:+493012345678".into()
        }]
    );
    // The dialer is missing on a tablet: the number is said out loud instead.
    let update = h.dispatch(AppAction::Launched {
        effect: crate::app::EffectKind::Dial,
        outcome: crate::app::LaunchOutcome::NoApp,
    });
    assert!(update.message.unwrap().text.contains("+49 30 1234 5678"));
    let details = command(&verdict.commands, "What you logged").clone();
    let update = h.press(&details);
    assert!(matches!(update.screen.body, ScreenBody::Triage { .. }));
}

#[test]
fn without_a_session_today_offers_to_add_or_book_one() {
    let mut h = Harness::with(Locale::En, |journal| ready(journal, Locale::En));
    let screen = h.screen();
    let model = today(&screen);
    let empty = model.empty.as_ref().unwrap();
    assert_eq!(empty.heading, "No session yet");
    assert!(model.verdict.is_none() && model.sections.is_empty());
    let book = command(&empty.commands, "Book a session").clone();
    let update = h.press(&book);
    let form = crate::app::tests::sessions(&update.screen)
        .form
        .clone()
        .unwrap();
    assert_eq!(form.heading, "Book a session");
    // The log form says why it cannot log yet.
    let update = h.dispatch(AppAction::Navigate {
        destination: Destination::Log,
    });
    let form = log(&update.screen);
    assert_eq!(
        form.empty.as_ref().unwrap().heading,
        "Nothing to log against yet"
    );
    assert!(!form.save.enabled);
}

#[test]
fn banners_say_what_is_off_and_how_to_fix_it() {
    let mut h = Harness::recovering(5);
    let banners = |h: &Harness| today(&h.screen()).banners.clone();
    assert!(banners(&h)[0].text.starts_with("Turn on reminders"));
    let allow = banners(&h)[0].command.clone().unwrap();
    assert_eq!(
        h.press(&allow).effects,
        vec![Effect::RequestNotificationPermission]
    );
    let update = h.dispatch(AppAction::NotificationPermission { granted: false });
    assert_eq!(
        crate::app::tests::notice(&update.screen).kind,
        NoticeKind::NotificationsDenied
    );
    h.dispatch(AppAction::Back);
    assert!(banners(&h)[0].text.contains("Notifications are off"));
    // Travelling with a fixed zone: the phone's zone is offered.
    h.dispatch(AppAction::NotificationPermission { granted: true });
    let mut state = h.journal().app_state().unwrap();
    state.zone_follows_phone = false;
    h.journal().save_app_state(&state, h.now).unwrap();
    h.zone = chrono_tz::America::New_York;
    let zone = banners(&h).pop().unwrap();
    assert_eq!(
        zone.text,
        "Your phone is set to New York (UTC\u{2212}5), but times are shown in Berlin (UTC+1)."
    );
    assert_eq!(
        zone.command.as_ref().unwrap().label,
        "Use New York (UTC\u{2212}5)"
    );
    let update = h.press(&zone.command.unwrap());
    assert!(today(&update.screen).banners.is_empty());
    assert_eq!(
        h.journal().settings().unwrap().1,
        chrono_tz::America::New_York
    );
}

#[test]
fn a_reminder_link_lands_on_its_rule_or_says_it_is_gone() {
    let mut h = Harness::recovering(2);
    let ended = h.journal().sessions().unwrap()[0].ended_at.unwrap();
    let key = format!("microneedling.{}", ended.timestamp());
    let update = h.dispatch(AppAction::OpenLink {
        url: format!("aftercare://today?session={key}&rule=no-makeup"),
    });
    let focus = today(&update.screen).focus.clone().unwrap();
    assert_eq!(focus.title, "From your reminder");
    assert!(
        focus.items[0].title.to_lowercase().contains("makeup"),
        "{:?}",
        focus.items
    );
    // A check-in reminder opens the log form for that session.
    let update = h.dispatch(AppAction::OpenLink {
        url: format!("aftercare://log?session={key}"),
    });
    assert!(
        log(&update.screen)
            .intro
            .as_ref()
            .unwrap()
            .contains("microneedling")
    );
    assert_eq!(
        update.screen.up.as_ref().unwrap().accessibility_label,
        "Back to Today"
    );
    // A session deleted since: Today, and a word about it.
    let update = h.dispatch(AppAction::OpenLink {
        url: "aftercare://log?session=microneedling.1".into(),
    });
    assert_eq!(
        update.message.unwrap().text,
        "That reminder belongs to a session that no longer exists."
    );
    assert!(log(&update.screen).empty.is_none());
    let update = h.dispatch(AppAction::OpenLink {
        url: "aftercare://elsewhere".into(),
    });
    assert!(matches!(update.screen.body, ScreenBody::Today { .. }));
}

#[test]
fn the_time_left_reads_on_its_own_line() {
    // A layout may put the time left under a long title, where it must read as a line of its
    // own: "Tiempo restante: 18 h", never "tiempo restante: 18 h". (Dates may start in lower
    // case: Spanish writes "sáb 21 nov".)
    for locale in [Locale::En, Locale::Es] {
        let h = Harness::recovering_in(locale, 26);
        let screen = h.screen();
        let off_limits = &today(&screen).sections[0];
        assert!(!off_limits.items.is_empty());
        for item in &off_limits.items {
            let left = item.trailing.as_deref().unwrap();
            assert!(
                !left.chars().next().unwrap().is_lowercase(),
                "{locale:?}: {left:?}"
            );
        }
    }
}

#[test]
fn an_allowed_again_reminder_says_what_in_every_language() {
    // The title only names the category ("Ya está permitido"); the second line must say what
    // is allowed, in Spanish too, where the category label is worded differently.
    for locale in [Locale::En, Locale::Es] {
        let h = Harness::recovering_in(locale, 26);
        let screen = h.screen();
        let model = today(&screen);
        let catalog = crate::Catalog::builtin();
        let protocol = catalog.get("microneedling", None).unwrap();
        let texts = protocol.texts(locale);
        let lifted_texts: Vec<String> = protocol
            .rules
            .iter()
            .filter_map(|rule| texts.attr(&rule.text, "lifted", None))
            .collect();
        assert!(!lifted_texts.is_empty());
        let upcoming = model.sections.last().unwrap();
        let lifted: Vec<_> = upcoming
            .items
            .iter()
            .filter(|i| {
                i.detail
                    .as_deref()
                    .is_some_and(|d| lifted_texts.iter().any(|t| t == d))
            })
            .collect();
        assert!(!lifted.is_empty(), "{locale:?}: {:#?}", upcoming.items);
    }
}

// ---------------------------------------------------------------------------------------------
// Today tells one story (#21): what the screen says agrees with itself, in both languages.

use crate::app::log::LogAction;
use crate::app::words::Words;
use crate::reminder::Reminder;

fn words(locale: Locale) -> Words {
    Words::new(locale, super::super::tests::berlin())
}

/// The section titled by message `key`, if the screen has it.
fn titled<'m>(model: &'m TodayScreen, key: &str, locale: Locale) -> Option<&'m ListSection> {
    let title = words(locale).get(key);
    model.sections.iter().find(|s| s.title == title)
}

/// What a dispatch asked the phone to cancel and to schedule.
fn synced(update: &crate::app::Update) -> (Vec<String>, Vec<Reminder>) {
    let mut cancel = Vec::new();
    let mut schedule = Vec::new();
    for effect in &update.effects {
        if let Effect::SyncReminders {
            cancel: c,
            schedule: s,
            ..
        } = effect
        {
            cancel.extend(c.iter().cloned());
            schedule.extend(s.iter().cloned());
        }
    }
    (cancel, schedule)
}

/// Logs one symptom through the form, observed now.
fn log_now(h: &mut Harness, kind: SymptomKind, severity: u8) -> crate::app::Update {
    h.dispatch(AppAction::Navigate {
        destination: Destination::Log,
    });
    h.dispatch(AppAction::Log {
        action: LogAction::SetKind { index: 0, kind },
    });
    h.dispatch(AppAction::Log {
        action: LogAction::SetSeverity { index: 0, severity },
    });
    h.dispatch(AppAction::Log {
        action: LogAction::Save,
    })
}

/// The daily check-in among today's items: the one due at the check-in time.
fn check_in_item(model: &TodayScreen, locale: Locale) -> Item {
    titled(model, "today-due", locale)
        .expect("things due today")
        .items
        .iter()
        .find(|i| {
            i.trailing.as_deref() == Some("20:00")
                || i.trailing.as_deref() == Some(words(locale).get("today-done").as_str())
                    && i.title.contains('?')
        })
        .cloned()
        .expect("the daily check-in")
}

#[test]
fn nothing_logged_reads_neutral_and_says_what_to_do() {
    for (locale, label) in [
        (Locale::En, "Nothing logged yet"),
        (Locale::Es, "Aún no has anotado nada"),
    ] {
        let h = Harness::recovering_in(locale, 26);
        let verdict = today(&h.screen()).verdict.clone().unwrap();
        assert_eq!(verdict.level, TriageLevel::Normal);
        assert_eq!(verdict.tone, Tone::Neutral, "{locale:?}: not a green badge");
        assert_eq!(verdict.level_label, label);
        assert!(!verdict.headline.contains(label), "{verdict:?}");
        // Nothing says the (missing) entries fit normal healing.
        let normal = words(locale).get("level-label-normal");
        assert!(!format!("{verdict:?}").contains(&normal), "{verdict:?}");
        assert_eq!(
            verdict.accessibility_label.matches(label).count(),
            1,
            "{locale:?}: the label is read once: {}",
            verdict.accessibility_label
        );
    }
}

#[test]
fn the_verdict_has_one_label_and_a_headline_that_says_why() {
    for (locale, why, spoken, more) in [
        (
            Locale::En,
            "Swelling 4/10 this morning",
            "Swelling, 4 of 10, this morning",
            "Swelling 4/10 this morning, and 1 more sign",
        ),
        (
            Locale::Es,
            "Hinchazón 4/10 esta mañana",
            "Hinchazón, 4 de 10, esta mañana",
            "Hinchazón 4/10 esta mañana y 1 señal más",
        ),
    ] {
        // Day 3: swelling is no longer expected, so it is worth watching.
        let mut h = Harness::recovering_in(locale, 50);
        log_now(&mut h, SymptomKind::Swelling, 4);
        let screen = h.screen();
        let verdict = today(&screen).verdict.clone().unwrap();
        let label = words(locale).get("level-label-watch");
        assert_eq!(verdict.level, TriageLevel::Watch);
        assert_eq!(verdict.tone, Tone::Watch);
        assert_eq!(verdict.level_label, label);
        assert_eq!(verdict.headline, why, "{locale:?}");
        // The headline adds the reason; it does not say the label again.
        assert!(!verdict.headline.contains(&label));
        let a11y = &verdict.accessibility_label;
        assert!(a11y.starts_with(&label), "{a11y}");
        assert_eq!(a11y.matches(&label).count(), 1, "{a11y}");
        assert!(a11y.contains(spoken), "{a11y}");
        assert!(
            !a11y.contains("/10"),
            "a screen reader says 'of 10': {a11y}"
        );
        // The same words on the triage screen.
        let update = h.press(command(
            &verdict.commands,
            &words(locale).get("command-what-you-logged"),
        ));
        let on_triage = crate::app::tests::triage(&update.screen)
            .verdict
            .clone()
            .unwrap();
        assert_eq!(
            (on_triage.level_label.as_str(), on_triage.headline.as_str()),
            (label.as_str(), why)
        );
        h.dispatch(AppAction::Back);
        // A second finding is counted, not listed.
        h.advance(TimeDelta::minutes(30));
        // (Mild itch is usual for the first week since triage v3; bumps are not.)
        log_now(&mut h, SymptomKind::Bumps, 3);
        let verdict = today(&h.screen()).verdict.clone().unwrap();
        assert_eq!(verdict.headline, more, "{locale:?}");
    }
}

#[test]
fn logging_today_is_todays_check_in_and_its_reminder_is_cancelled() {
    for locale in [Locale::En, Locale::Es] {
        let mut h = Harness::recovering_in(locale, 26);
        let session = h.journal().sessions().unwrap()[0].clone();
        let key = format!("microneedling.{}", session.ended_at.unwrap().timestamp());
        let tonight = format!("{key}:daily-check-in:2026-11-21");
        let tomorrow = format!("{key}:daily-check-in:2026-11-22");
        let (_, schedule) = synced(&h.dispatch(AppAction::Resumed));
        let held = schedule
            .iter()
            .find(|r| r.id == tonight)
            .expect("tonight's check-in handed to the phone")
            .os_id
            .clone();
        let before = today(&h.screen()).clone();
        let item = check_in_item(&before, locale);
        assert_eq!(item.trailing.as_deref(), Some("20:00"));
        assert!(
            item.commands.is_empty(),
            "logging is the check-in: {item:?}"
        );
        assert!(before.all_fine.is_some());

        let update = log_now(&mut h, SymptomKind::Redness, 3);
        let (cancel, schedule) = synced(&update);
        assert!(cancel.contains(&held), "{locale:?}: {cancel:?}");
        assert!(schedule.iter().all(|r| r.id != tonight));
        let model = today(&h.screen()).clone();
        let item = check_in_item(&model, locale);
        assert_eq!(item.trailing, Some(words(locale).get("today-done")));
        assert_eq!(item.tone, Tone::Normal);
        assert!(model.all_fine.is_none(), "today's check-in is done");
        // Not "coming up" either, here or in the journal's own Today (the CLI's).
        // 20:00 in Berlin.
        let tonight_at = words(locale).stamp(start() + TimeDelta::hours(10));
        let upcoming = titled(&model, "today-reminders", locale).unwrap();
        assert!(
            upcoming
                .items
                .iter()
                .all(|i| i.trailing.as_deref() != Some(tonight_at.as_str()))
        );
        let view = h.journal().today(h.now, h.zone, Some(locale)).unwrap();
        assert!(view.checked_in_today);
        assert!(view.reminders.iter().all(|r| r.reminder.id != tonight));
        // Tomorrow's check-in still comes.
        let ledger = h.journal().reminder_ledger().unwrap();
        assert!(ledger.scheduled().any(|(_, id, _)| id == tomorrow));
        assert!(ledger.scheduled().all(|(_, id, _)| id != tonight));

        // Deleting the only entry of the day makes the check-in due again.
        let entry = h.journal().symptoms(session.id).unwrap()[0].id;
        h.dispatch(AppAction::History {
            action: crate::app::HistoryAction::Delete { id: entry },
        });
        let update = h.dispatch(AppAction::Confirm);
        let (_, schedule) = synced(&update);
        assert!(schedule.iter().any(|r| r.id == tonight), "{locale:?}");
        assert!(today(&h.screen()).all_fine.is_some());
    }
}

#[test]
fn all_fine_today_is_a_check_in_in_one_tap() {
    for locale in [Locale::En, Locale::Es] {
        let w = words(locale);
        let mut h = Harness::recovering_in(locale, 26);
        let tonight = format!(
            "microneedling.{}:daily-check-in:2026-11-21",
            h.journal().sessions().unwrap()[0]
                .ended_at
                .unwrap()
                .timestamp()
        );
        h.dispatch(AppAction::Resumed);
        let model = today(&h.screen()).clone();
        let all_fine = model
            .all_fine
            .clone()
            .expect("offered beside How do you feel?");
        assert_eq!(all_fine.label, w.get("today-all-fine"));
        assert_eq!(model.log_entry.style, CommandStyle::Primary);
        assert_eq!(all_fine.style, CommandStyle::Secondary);

        let update = h.press(&all_fine);
        // It answers with the verdict, and can be taken back.
        let message = update.message.clone().unwrap();
        assert_eq!(
            message.text,
            format!(
                "{} {}",
                w.get("message-checked-in"),
                w.get("level-label-normal")
            )
        );
        assert_eq!(message.tone, Tone::Normal);
        let (cancel, _) = synced(&update);
        assert!(
            cancel.iter().any(|id| id.starts_with(&tonight)),
            "{cancel:?}"
        );
        let model = today(&update.screen).clone();
        assert!(model.all_fine.is_none());
        assert_eq!(
            model.logged_today.as_deref(),
            Some(w.get("today-checked-in-all-fine").as_str())
        );
        assert_eq!(
            check_in_item(&model, locale).trailing,
            Some(w.get("today-done"))
        );
        let verdict = model.verdict.clone().unwrap();
        assert_eq!(verdict.tone, Tone::Normal);
        assert_eq!(verdict.level_label, w.get("level-label-normal"));
        assert_eq!(
            verdict.headline,
            if locale == Locale::En {
                "All fine this morning"
            } else {
                "Todo bien esta mañana"
            }
        );
        // Stored: a second tap the same day is the same check-in; history shows it.
        let session = h.journal().sessions().unwrap()[0].id;
        assert_eq!(h.journal().all_fine_check_ins(session).unwrap().len(), 1);
        let update = h.dispatch(AppAction::Navigate {
            destination: Destination::History,
        });
        let days = crate::app::tests::history(&update.screen).days.clone();
        assert_eq!(days[0].title, w.get("history-today"));
        let line = &days[0].items[0];
        assert_eq!(line.title, w.get("history-all-fine"));
        assert!(
            line.detail.as_deref().unwrap().starts_with("10:00"),
            "{line:?}"
        );
        assert_eq!(line.commands.len(), 1, "delete only: {line:?}");
        h.dispatch(AppAction::Navigate {
            destination: Destination::Today,
        });
        // Undo takes it back and the check-in is due again.
        let update = h.press(message.command.as_ref().unwrap());
        assert_eq!(
            update.message.clone().unwrap().text,
            w.get("message-check-in-removed")
        );
        assert!(today(&update.screen).all_fine.is_some());
        assert!(h.journal().all_fine_check_ins(session).unwrap().is_empty());
        let (_, schedule) = synced(&update);
        assert!(schedule.iter().any(|r| r.id == tonight));
    }
}

#[test]
fn all_fine_keeps_a_sign_worth_watching_and_says_both() {
    for (locale, headline) in [
        (Locale::En, "Swelling 4/10 yesterday; all fine this morning"),
        (Locale::Es, "Hinchazón 4/10 ayer; todo bien esta mañana"),
    ] {
        let w = words(locale);
        // Swelling logged on day 3 at 10:00; the next morning, all fine.
        let mut h = Harness::recovering_in(locale, 50);
        log_now(&mut h, SymptomKind::Swelling, 4);
        h.advance(TimeDelta::hours(24));
        let all_fine = today(&h.screen()).all_fine.clone().unwrap();
        let update = h.press(&all_fine);
        let verdict = today(&update.screen).verdict.clone().unwrap();
        // A day with nothing worse: still a sign to watch, never cleared by a tap.
        assert_eq!(verdict.level, TriageLevel::Watch);
        assert_eq!(verdict.headline, headline);
        let mut args = crate::text::Args::new();
        args.set("label", w.get("level-label-watch"));
        args.set("headline", headline);
        assert_eq!(
            update.message.unwrap().text,
            format!(
                "{} {}",
                w.get("message-checked-in"),
                w.args("message-verdict", &args)
            )
        );
    }
}

#[test]
fn done_belongs_to_what_is_due_now() {
    for locale in [Locale::En, Locale::Es] {
        let w = words(locale);
        // Two hours after the session: the first gentle wash is due at noon.
        let mut h = Harness::recovering_in(locale, 2);
        let (_, schedule) = synced(&h.dispatch(AppAction::Resumed));
        let model = today(&h.screen()).clone();
        let upcoming = titled(&model, "today-reminders", locale).unwrap();
        assert!(!upcoming.items.is_empty());
        for item in &upcoming.items {
            assert!(
                item.commands.is_empty(),
                "nothing to mark done ahead: {item:?}"
            );
        }
        let due = titled(&model, "today-due", locale).unwrap();
        let wash = due
            .items
            .iter()
            .find(|i| i.trailing.as_deref() == Some("12:00"))
            .expect("the first wash at noon")
            .clone();
        let done = wash
            .commands
            .first()
            .expect("done, on what is due now")
            .clone();
        assert!(done.accessibility_label.contains(&wash.title), "{done:?}");
        // What is due today is not listed again as coming up.
        assert!(upcoming.items.iter().all(|i| i.title != wash.title));
        let reminder = schedule
            .iter()
            .find(|r| r.id.ends_with(":first-wash:once"))
            .expect("the wash's reminder")
            .clone();
        let update = h.press(&done);
        assert_eq!(
            update.message.clone().unwrap().text,
            w.get("message-reminder-done")
        );
        let (cancel, _) = synced(&update);
        assert_eq!(cancel, vec![reminder.os_id]);
        let model = today(&update.screen).clone();
        let wash = titled(&model, "today-due", locale)
            .unwrap()
            .items
            .iter()
            .find(|i| i.title == wash.title)
            .unwrap()
            .clone();
        assert_eq!(wash.trailing, Some(w.get("today-done")));
        assert!(wash.commands.is_empty());
    }
}

#[test]
fn a_rule_lifted_at_night_reads_the_same_instant_everywhere() {
    for (locale, at, held) in [
        (
            Locale::En,
            "Sun 22 Nov, 04:00",
            "Reminder held until Sun 22 Nov, 07:00, the end of your quiet hours.",
        ),
        (
            Locale::Es,
            "dom 22 nov, 04:00",
            "Aviso aplazado hasta el dom 22 nov, 07:00, al acabar tus horas de silencio.",
        ),
    ] {
        // The session ended at 04:00, so the 24-hour rules lift at 04:00 tomorrow, inside the
        // quiet hours (22:00–07:00) that hold their reminder until 07:00.
        let h = Harness::recovering_in(locale, 6);
        let model = today(&h.screen()).clone();
        let restrictions = titled(&model, "today-off-limits", locale).unwrap();
        let allowed = words(locale).arg("today-allowed-again", "when", at);
        let lifting: Vec<&Item> = restrictions
            .items
            .iter()
            .filter(|i| i.detail.as_deref() == Some(allowed.as_str()))
            .collect();
        assert!(!lifting.is_empty(), "{:#?}", restrictions.items);
        let upcoming = titled(&model, "today-reminders", locale).unwrap();
        let lifted = upcoming
            .items
            .iter()
            .find(|i| i.title == words(locale).get("reminder-lifted-title"))
            .expect("the reminder that they are allowed again");
        assert_eq!(lifted.trailing.as_deref(), Some(at), "{lifted:?}");
        assert!(
            lifted.detail.as_deref().unwrap().ends_with(held),
            "{lifted:?}"
        );
        // The reminder's own time appears only where it says the reminder was held.
        let text = format!("{model:?}");
        let seven = at.replace("04:00", "07:00");
        assert_eq!(
            text.matches(seven.as_str()).count(),
            text.matches(held).count(),
            "{text}"
        );
    }
}

#[test]
fn an_allowed_again_line_never_contradicts_a_running_restriction() {
    use crate::protocol::{RuleKind, Topic};
    let catalog = crate::Catalog::builtin();
    for locale in [Locale::En, Locale::Es] {
        let w = words(locale);
        for protocol in catalog.latest() {
            let texts = protocol.texts(locale);
            // Each restriction's words, with its topic.
            let mut titles: Vec<(String, Topic)> = Vec::new();
            let mut lifted: Vec<(String, Topic)> = Vec::new();
            for rule in &protocol.rules {
                if let RuleKind::Restriction { topic } = rule.kind {
                    titles.push((crate::view::rule_title(rule, &texts), topic));
                    if let Some(text) = crate::view::rule_attr(rule, "lifted", &texts) {
                        lifted.push((text, topic));
                    }
                }
            }
            let reference = protocol.reference();
            let mut h = Harness::with(locale, |journal| {
                ready(journal, locale);
                journal
                    .add_session(
                        &crate::journal::NewSession {
                            protocol: reference.clone(),
                            status: crate::journal::SessionStatus::Done,
                            starts_at: None,
                            ended_at: Some(start()),
                            zone: super::super::tests::berlin(),
                        },
                        start(),
                    )
                    .unwrap();
            });
            for hour in (1..=24 * 10).step_by(3) {
                h.now = start() + TimeDelta::hours(hour);
                let model = today(&h.screen()).clone();
                // Running restrictions, with the words of when each lifts.
                let running: Vec<(Topic, String)> = titled(&model, "today-off-limits", locale)
                    .map(|s| s.items.as_slice())
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|i| {
                        let topic = titles.iter().find(|(t, _)| *t == i.title)?.1;
                        Some((topic, i.detail.clone().unwrap_or_default()))
                    })
                    .collect();
                let topics = |text: &str| -> Vec<Topic> {
                    lifted
                        .iter()
                        .filter(|(line, _)| text.contains(line.as_str()))
                        .map(|(_, topic)| *topic)
                        .collect()
                };
                if let Some(section) = titled(&model, "today-allowed-again-heading", locale) {
                    for item in &section.items {
                        for topic in topics(&item.title) {
                            assert!(
                                running.iter().all(|(t, _)| *t != topic),
                                "{} +{hour} h: {:?} while {running:?}",
                                protocol.id,
                                item.title
                            );
                        }
                    }
                }
                // An "allowed again" coming up may stand beside the restriction it ends (the
                // same instant), never beside one of its topic that runs on after it.
                if let Some(section) = titled(&model, "today-reminders", locale) {
                    for item in section
                        .items
                        .iter()
                        .filter(|i| i.title == w.get("reminder-lifted-title"))
                    {
                        let lifts = w.arg(
                            "today-allowed-again",
                            "when",
                            item.trailing.clone().unwrap_or_default(),
                        );
                        for topic in topics(item.detail.as_deref().unwrap_or("")) {
                            for (t, until) in &running {
                                assert!(
                                    *t != topic || *until == lifts,
                                    "{} +{hour} h: {item:?} beside {until}",
                                    protocol.id
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A journal with the first run done and a session booked `days` from now, nothing done yet.
fn booked_in(locale: Locale, days: i64) -> Harness {
    Harness::with(locale, |journal| {
        ready(journal, locale);
        super::super::tests::booked_session(journal, start() + TimeDelta::days(days));
    })
}

#[test]
fn the_booked_sessions_preparation_is_a_checklist_with_dates_and_its_own_done() {
    for (locale, since, from, day_of, mark) in [
        (
            Locale::En,
            "Since Thu 19 Nov",
            "From Sun 22 Nov",
            "On the day (Tue 24 Nov)",
            "Mark the session as done",
        ),
        (
            Locale::Es,
            "Desde el jue 19 nov",
            "A partir del dom 22 nov",
            "El día de la sesión (mar 24 nov)",
            "Marcar la sesión como hecha",
        ),
    ] {
        let w = words(locale);
        // Booked for Tue 24 Nov, 10:00; today is Sat 21 Nov, 10:00.
        let mut h = booked_in(locale, 3);
        let model = today(&h.screen()).clone();
        let empty = model.empty.clone().unwrap();
        assert!(
            !empty.text.contains(':'),
            "no run of steps in the text: {}",
            empty.text
        );
        // The command says what it marks.
        assert_eq!(empty.commands[0].label, mark);
        assert!(
            empty.commands[0].accessibility_label.contains("24"),
            "{:?}",
            empty.commands[0]
        );
        let checklist = model.preparation.clone().expect("the checklist");
        assert_eq!(
            checklist.title,
            w.arg(
                "today-preparation",
                "when",
                w.stamp(start() + TimeDelta::days(3))
            )
        );
        let details: Vec<&str> = checklist
            .items
            .iter()
            .map(|i| i.detail.as_deref().unwrap())
            .collect();
        assert!(details.contains(&since), "{details:?}");
        assert!(details.contains(&from), "{details:?}");
        assert!(details.contains(&day_of), "{details:?}");
        // A date already past never reads "from": it started, and says so.
        let started = checklist
            .items
            .iter()
            .find(|i| i.detail.as_deref() == Some(since))
            .unwrap();
        assert_eq!(started.trailing, Some(w.get("preparation-now")));
        let ahead = checklist
            .items
            .iter()
            .find(|i| i.detail.as_deref() == Some(from))
            .unwrap();
        assert_eq!(ahead.trailing, None);
        for item in &checklist.items {
            assert_eq!(item.commands.len(), 1, "each step its own done: {item:?}");
            assert!(item.commands[0].accessibility_label.contains(&item.title));
        }
        // Done is kept, shown, and can be taken back.
        let step = started.title.clone();
        let update = h.press(&started.commands[0]);
        assert_eq!(
            update.message.clone().unwrap().text,
            w.get("message-reminder-done")
        );
        let find = |model: &TodayScreen| {
            model
                .preparation
                .as_ref()
                .unwrap()
                .items
                .iter()
                .find(|i| i.title == step)
                .cloned()
                .unwrap()
        };
        let done = find(today(&update.screen));
        assert_eq!(done.trailing, Some(w.get("today-done")));
        assert_eq!(done.tone, Tone::Normal);
        assert_eq!(done.commands[0].label, w.get("command-undo"));
        // Kept in the journal: a new process shows it done.
        let Harness { dir, app, .. } = h;
        drop(app);
        let app = crate::app::App::open(
            super::super::tests::config(dir.path().to_path_buf(), locale),
            start(),
        );
        let mut h = Harness {
            dir,
            app,
            now: start(),
            zone: super::super::tests::berlin(),
        };
        let done = find(today(&h.screen()));
        assert_eq!(done.trailing, Some(w.get("today-done")));
        let update = h.press(&done.commands[0]);
        assert_eq!(
            find(today(&update.screen)).trailing,
            Some(w.get("preparation-now"))
        );
    }
}

#[test]
fn a_preparation_step_done_is_a_reminder_that_need_not_fire() {
    // Recovering from session 1, session 2 booked in 5 days: its steps have reminders.
    let mut h = Harness::with(Locale::En, |journal| {
        ready(journal, Locale::En);
        super::super::tests::done_session(journal, start() - TimeDelta::days(27));
        super::super::tests::booked_session(journal, start() + TimeDelta::days(5));
    });
    let (_, schedule) = synced(&h.dispatch(AppAction::Resumed));
    let hydrate = schedule
        .iter()
        .find(|r| r.id.ends_with(":prep-hydrate:prep"))
        .expect("a reminder to drink water before the session")
        .clone();
    let model = today(&h.screen()).clone();
    let checklist = model.preparation.expect("the first step is 5 days away");
    let step = checklist
        .items
        .iter()
        .find(|i| i.title == hydrate.title)
        .expect("the same step on Today");
    let update = h.press(&step.commands[0]);
    let (cancel, _) = synced(&update);
    assert_eq!(cancel, vec![hydrate.os_id.clone()]);
    // The timeline's list says the same and offers the way back.
    let update = h.dispatch(AppAction::OpenLink {
        url: format!("aftercare://prepare?session={}", hydrate.session_key),
    });
    let timeline = crate::app::tests::timeline(&update.screen).clone();
    assert!(timeline.focus_preparation);
    let line = timeline
        .preparation
        .iter()
        .find(|l| l.title == hydrate.title)
        .unwrap();
    assert!(
        line.when.as_deref().unwrap().ends_with("· Done"),
        "{line:?}"
    );
    let undo = line.command.clone().unwrap();
    assert_eq!(undo.label, "Undo");
    let update = h.press(&undo);
    let (_, schedule) = synced(&update);
    assert!(schedule.iter().any(|r| r.id == hydrate.id));
}
