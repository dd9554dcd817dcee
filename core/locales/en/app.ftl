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

## Triage

triage-headline-normal = Everything you logged looks like normal healing.
triage-headline-watch = Keep an eye on this
triage-headline-contact_provider = Contact your provider
triage-headline-urgent = Contact your provider now
triage-advice-normal = Keep following your aftercare plan.
triage-advice-watch = Keep logging once a day. If it gets worse, contact your provider.
triage-advice-contact_provider = Let your provider know today.
triage-advice-urgent = Contact your provider now. If you feel very unwell or it is an emergency, call emergency services.
triage-reason-unexpected = { $symptom }: not usually expected at this point
    .detail = Your aftercare plan does not list this as part of normal healing right now.
triage-reason-strong = Strong { $symptom_lower }
    .detail = This can be part of normal healing, but you rated it 6 or more out of 10.

## Symptoms

symptom-redness = Redness
symptom-swelling = Swelling
symptom-pain = Pain or soreness
symptom-itching = Itching
symptom-burning = Burning or stinging
symptom-dryness_flaking = Dryness or flaking
symptom-tightness = Tightness
symptom-bruising = Bruising
symptom-bleeding = Bleeding
symptom-breakouts = Breakouts
symptom-bumps = Bumps
symptom-blisters = Blisters
symptom-pus_drainage = Pus or oozing
symptom-warmth = Warmth
symptom-fever = Fever or chills
symptom-dark_patches = Dark patches
symptom-other = Other

## Body areas

area-whole_area = Whole treated area
area-forehead = Forehead
area-around_eyes = Around the eyes
area-cheeks = Cheeks
area-nose = Nose
area-lips_mouth = Lips and mouth
area-chin_jaw = Chin and jaw
area-neck = Neck
area-chest = Chest
area-scalp = Scalp
area-hands = Hands
area-arms = Arms
area-abdomen = Abdomen
area-back = Back
area-legs = Legs
area-other = Other

## Command line: the journal

cli-journal-recovered = the journal was damaged; it was moved to { $path } and a new one started
cli-sessions = Sessions
cli-no-sessions = No sessions yet: add one with `aftercare session add`.
cli-session-ended-at = ended { $when }
cli-session-booked-for = booked for { $when }
cli-session-number = session { $number }
cli-session-added = Recorded session { $id }.
cli-session-completed = Session { $id } is done.
cli-log = Symptom log, session { $session }
cli-log-empty = Nothing logged.
cli-logged = Logged entry { $id } for session { $session }.
cli-log-edited = Entry { $id } updated.
cli-log-deleted = Entry { $id } deleted.
cli-same-nothing = Nothing was logged yesterday, so there is nothing to repeat.
cli-same-logged = { $count ->
        [one] Logged yesterday's entry again.
       *[other] Logged yesterday's { $count } entries again.
    }
cli-today = Today
cli-no-current-session = No session has ended yet: add one with `aftercare session add`.
cli-your-log = What your symptom log says
cli-check-in-until = Check in once a day until { $when }.
cli-logged-today = { $count ->
        [0] Nothing logged today.
        [one] 1 entry logged today.
       *[other] { $count } entries logged today.
    }
cli-next-session = Next session
cli-settings = Settings
cli-settings-saved = Settings saved.
cli-wake = Wake time
cli-checkin = Evening check-in
cli-quiet = Quiet hours
cli-off = off
cli-language = Language
cli-zone-not-saved = { $zone } (this computer's; not saved yet)
cli-backup-written = Backup written to { $path }.
cli-restored = Restored into { $path }. Sessions: { $sessions }. Symptom entries: { $entries }.
