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
    assert_eq!(verdict.tone, Tone::Normal);
    assert_eq!(verdict.level_label, "Fits normal healing");
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
fn a_reminder_marked_done_leaves_the_list_and_the_phone() {
    let mut h = Harness::recovering(2);
    let screen = h.screen();
    let upcoming = today(&screen)
        .sections
        .iter()
        .find(|s| s.title == "Coming up")
        .unwrap()
        .clone();
    let (item, done) = upcoming
        .items
        .iter()
        .find_map(|i| i.commands.first().map(|c| (i.clone(), c.clone())))
        .expect("a reminder that can be marked done");
    assert!(done.accessibility_label.contains(&item.title));
    let update = h.press(&done);
    assert_eq!(update.message.unwrap().text, "Marked as done.");
    assert!(
        update
            .effects
            .iter()
            .any(|e| matches!(e, Effect::SyncReminders { .. }))
    );
    let after = today(&update.screen)
        .sections
        .iter()
        .find(|s| s.title == "Coming up")
        .unwrap()
        .clone();
    assert!(
        !after
            .items
            .iter()
            .any(|i| i.title == item.title && i.trailing == item.trailing)
    );
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
    assert!(zone.text.contains("America/New_York") && zone.text.contains("Europe/Berlin"));
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

#[test]
fn nothing_logged_is_not_called_normal_healing() {
    for locale in [Locale::En, Locale::Es] {
        let h = Harness::recovering_in(locale, 26);
        let screen = h.screen();
        let verdict = today(&screen).verdict.clone().unwrap();
        assert_eq!(verdict.level, TriageLevel::Normal);
        assert!(
            !verdict.headline.contains("logged looks") && !verdict.headline.contains("anotaste"),
            "{locale:?}: {}",
            verdict.headline
        );
    }
}
