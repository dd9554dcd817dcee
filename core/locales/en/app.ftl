# App texts: phases, times, milestones, levels and the words the CLI and shells show.

disclaimer = Aftercare is a companion, not a doctor. Your provider's instructions come first. If something worries you, contact your provider; in an emergency, call emergency services.

## Phases

phase-first_hours = The first hours
    .detail = Your skin has just been treated. Redness, warmth and tightness are normal.
phase-day_1 = The rest of day 1
    .detail = Keep things gentle and let your skin calm down.
phase-day_2 = Day 2
    .detail = Redness and swelling are usually fading.
phase-week_1 = Days 3 to 7
    .detail = Some dryness and light flaking are common as your skin renews.
phase-until_next_session = After the first week
    .detail = Collagen keeps building for weeks. Keep up your daily sun protection.

## Durations

duration-days-hours = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }{ $hours ->
        [0] {""}
       *[other] {" "}{ $hours } h
    }
duration-hours-minutes = { $hours } h{ $minutes ->
        [0] {""}
       *[other] {" "}{ $minutes } min
    }
duration-minutes = { $minutes } min

## Status

status-before-session = Your recovery plan starts when your session ends ({ $when }).
status-day = Day { $day } of your recovery
status-after-plan = Your recovery plan for this session has ended.
status-time-left = { $left } left
status-allowed-again = allowed again { $when }
status-due-at = at { $time }
status-nothing-restricted = Nothing is off-limits right now.

## Milestones

milestone-phase-begins = New phase: { $phase }
milestone-restriction-lifts = { $lifted }
milestone-symptom-window-ends = Usually settled by now: { $title }
milestone-routine-due = { $title }
milestone-daily-routine-starts = From today, every { $slot ->
        [morning] morning
       *[evening] evening
    }: { $title }
milestone-preparation-starts = Before your next session: { $title }
milestone-next-session-earliest = Your next session can be booked from today
milestone-next-session-recommended = The recommended time for your next session starts
milestone-next-session-latest = Try to have your next session by today
milestone-next-session = Your next session
milestone-maintenance-due = Time for a maintenance session

## Preparation and series

preparation-from = From { $date }
preparation-on-the-day = On the day ({ $date })
series-progress = Session { $done } of { $total }
series-complete = Your series of { $total } sessions is complete
series-next-window = Next session: ideally between { $from } and { $until } (not before { $earliest }, not after { $latest })
series-maintenance = Maintenance session due around { $date }

## Levels and red flags

level-urgent = Contact your provider now
level-contact_provider = Contact your provider

## Reminders

reminder-lock-title = Aftercare
reminder-lock-preparation = A step to prepare for your appointment
reminder-lock-lifted = An update about your plan
reminder-lock-booking = Time to book your next appointment
reminder-lock-maintenance = Time to book a follow-up appointment
reminder-lock-check_in = Time for your daily check-in
reminder-lock-care = You have a reminder
reminder-lock-spf = Your morning reminder
reminder-lifted-title = Allowed again
reminder-preparation-body = Your session is on { $date }.
reminder-booking-title = Time to book your next session
reminder-booking-body = Your skin is ready for the next session of your series. The recommended time is { $from } to { $until }.
reminder-maintenance-title = Time for a maintenance session
reminder-maintenance-body = A maintenance session helps your results last. Contact your clinic to book it.
reminder-watch-title = Check-in: how does your skin look now?
reminder-watch-body = You logged something your provider may want to know about. Log how it looks today.
reminder-action-done = Done
reminder-action-snooze = Snooze
reminder-action-log = Log symptoms

## Command line

cli-protocols-heading = Built-in and imported protocols
cli-session = Session
cli-ended = Ended
cli-zone = Time zone
cli-now = Now
cli-phase = Phase
cli-timeline = Timeline
cli-phases = What is normal, phase by phase
cli-normal = Normal
cli-avoid = Avoid
cli-avoid-until = Off-limits now
cli-lifted = Allowed again
cli-due-today = Due today
cli-expected-now = Normal right now
cli-how-skin-feels = How your skin may feel
cli-no-longer-expected = Should have settled by now
cli-expected-later = May come later
cli-watch-for = Contact your provider if you notice
cli-next = Next
cli-preparation = Before your next session
cli-series = Your series
cli-sources = Sources
cli-demo-intro = Demo: a { $protocol } session that ended yesterday at { $time }.
cli-protocol-ok = { $id } v{ $version } is valid: { $rules } rules.
cli-reminders = Upcoming reminders
cli-refresh-at = Ask again by { $when }.
