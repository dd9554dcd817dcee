# App texts: phases, times, milestones, levels and the words the CLI and shells show.

disclaimer = Aftercare is a companion, not a doctor. { $who ->
        [professional] A healthcare professional's advice comes first. If something worries you, contact one
       *[provider] Your provider's instructions come first. If something worries you, contact your provider
    }; in an emergency, call emergency services.

## Who to contact: the provider who treated the patient, or, after an at-home treatment, a
## healthcare professional ($who = professional). Used inside other messages.

who-contact-now = { $who ->
        [professional] Contact a healthcare professional now
       *[provider] Contact your provider now
    }
who-contact-now-lower = { $who ->
        [professional] contact a healthcare professional now
       *[provider] contact your provider now
    }
who-tell-today = { $who ->
        [professional] Let a healthcare professional take a look today
       *[provider] Let your provider know today
    }
who-your-provider = { $who ->
        [professional] a healthcare professional
       *[provider] your provider
    }

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
milestone-symptom-window-ends = Usually settled by this day: { $title }
milestone-routine-due = { $title }
milestone-daily-routine-starts = { $title } (every { $slot ->
        [morning] morning
       *[evening] evening
    } from this day)
milestone-preparation-starts = Before your next session: { $title }
milestone-next-session-earliest = The earliest day for your next session
milestone-next-session-recommended = The recommended time for your next session starts
milestone-next-session-latest = The latest day for your next session
milestone-next-session = Your next session
milestone-maintenance-due = Time for a maintenance session

## Preparation and series

preparation-from = From { $date }
preparation-since = Since { $date }
preparation-on-the-day = On the day ({ $date })
series-progress = Session { $done } of { $total }
series-complete = Your series of { $total } sessions is complete
series-next-window = Next session: ideally between { $from } and { $until } (not before { $earliest }, not after { $latest })
series-next-window-from-earliest = Next session: ideally between { $from } and { $until }, not after { $latest }
series-maintenance = Maintenance session due around { $date }

## Levels and red flags

level-emergency = Call emergency services now
level-urgent = { who-contact-now }
level-contact_provider = { $who ->
        [professional] Contact a healthcare professional
       *[provider] Contact your provider
    }

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
reminder-watch-body = You logged something { who-your-provider } may want to know about. Log how it looks today.
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
cli-watch-for = { $who ->
        [professional] Get help from a healthcare professional if you notice
       *[provider] Contact your provider if you notice
    }
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
triage-headline-normal-nothing-logged = Nothing logged yet. Log how your skin feels once a day.
triage-headline-watch = Keep an eye on this
triage-headline-contact_provider = { $who ->
        [professional] See a healthcare professional today
       *[provider] Contact your provider today
    }
triage-headline-urgent = { who-contact-now }
triage-headline-emergency = Call emergency services now: { $number }
triage-advice-normal = Keep following your aftercare plan.
triage-advice-watch = Keep logging once a day. If it gets worse, contact { who-your-provider }.
triage-advice-contact_provider = { $who ->
        [professional] Your doctor or a pharmacist can take a look today.
       *[provider] Let your provider know today; if your clinic is closed, contact them when it opens.
    } If it gets worse before then, get help now.
triage-advice-urgent = { $who ->
        [professional] Call your doctor, or go to urgent care now.
       *[provider] Call your clinic now. If it is closed or no one answers, go to urgent care.
    } In an emergency, call { $number }.
triage-advice-emergency = Call { $number } now, or ask someone near you to call. Tell them you had a skin treatment and what you noticed.
triage-reason-unexpected = { $symptom }: not usually expected at this point
    .detail = Your aftercare plan does not list this as part of normal healing right now.
triage-reason-strong = Strong { $symptom_lower }
    .detail = This can be part of normal healing, but you rated it 6 or more out of 10.

## The verdict in a few words: one label, and why

verdict-nothing-logged = Nothing logged yet
verdict-nothing-logged-headline = Check in once a day: log how your skin feels, or say that all is fine.
verdict-entry = { $symptom } { $severity }/10 { $when }
verdict-entry-spoken = { $symptom }, { $severity } of 10, { $when }
verdict-answer = { $symptom }: { $answer }, { $when }
verdict-all-fine = All fine { $when }
verdict-and-more = { $headline }, and { $count ->
        [one] 1 more sign
       *[other] { $count } more signs
    }
verdict-then-all-fine = { $headline }; all fine { $when }
verdict-when-early = early this morning
verdict-when-morning = this morning
verdict-when-afternoon = this afternoon
verdict-when-evening = this evening
verdict-when-yesterday = yesterday
verdict-when-on = on { $date }

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
symptom-hives_rash = Hives or an itchy rash
symptom-lips_tongue_throat_swelling = Swelling of the lips, tongue or throat
symptom-trouble_breathing = Trouble breathing or swallowing
symptom-faintness = Feeling faint or dizzy
symptom-spreading_redness = Redness spreading, or red streaks
symptom-eye_pain = Eye pain, or an eye swollen shut
symptom-vision_change = A change in vision
symptom-raw_skin = Broken, raw or weeping skin
symptom-skin_colour_change = White, grey or darkened skin
symptom-numbness = Numbness or tingling
symptom-draw_site = Pain, swelling or redness where blood was drawn
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
cli-journal-damaged-stopped = the journal was damaged; it was moved to { $path } and a new one started. Nothing else was done: run the command again, or restore a backup.
cli-journal-damaged-found = the journal was found damaged; it was moved to { $path } and a new one started. Nothing was written: run the command again, or restore a backup.
cli-wal-set-aside = a leftover file beside the journal (its -wal) did not belong to it; it was set aside as { $path } and not used. The journal is unchanged.
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
cli-call-to-action = { $who ->
        [professional] What you logged needs a healthcare professional
       *[provider] What you logged needs your provider
    }
cli-demo-log = An example log: what you might note, and what Aftercare makes of it
cli-call-to-action-emergency = What you logged is an emergency
cli-contacted-recorded = Recorded (#{ $id }, session { $session }): { $who ->
        [professional] you got help from a healthcare professional.
       *[provider] you contacted your provider.
    } Log again if anything gets worse or comes back.
cli-contacted-none = No provider contacts recorded for this session.
cli-contacted-all = every sign raised by then
cli-contacted-deleted = Provider contact { $id } deleted.
cli-check-in-until = Check in once a day until { $when }.
cli-emergency-number = In an emergency, call { $number }.
answer-yes = Yes
answer-no = No
report-col-answer = Answer
report-col-temperature = Temperature (°C)
cli-logged-today = { $count ->
        [0] Nothing logged today.
        [one] 1 entry logged today.
       *[other] { $count } entries logged today.
    }
cli-checked-in = Recorded (#{ $id }, session { $session }): all fine today.
cli-checkin-hint = Today's check-in is not done yet: log how your skin feels, or run `aftercare checkin` if all is fine.
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
cli-backup-code = Recovery code: { $code }
cli-backup-code-note = Write it down and keep it apart from the backup: it is the only way to open the backup, on any computer or phone. It is not shown again and is kept nowhere.
cli-restored = Restored into { $path }. Sessions: { $sessions }. Symptom entries: { $entries }.

## Provider report

report-title = Aftercare report
report-patient = Patient
report-period = Period
report-period-range = { $from } to { $to }
report-period-from = from { $from }
report-period-until = until { $to }
report-period-all = everything recorded
report-created = Created
report-zone = Time zone
report-summary = Summary
report-summary-caption = Sessions in this report
report-empty = Nothing was recorded in this period.
report-booked = Booked sessions
report-booked-item = { $when }: { $protocol }
report-col-session = Session
report-col-treatment = Treatment
report-col-ended = Ended
report-col-entries = Entries
report-col-highest = Highest severity
report-col-red-flags = Red flags
report-col-when = When
report-col-what = What
report-col-day = Recovery day
report-col-symptom = Symptom
report-col-severity = Severity (0–10)
report-col-area = Area
report-col-note = Note
report-session-heading = Session { $number }: { $protocol }
report-session-heading-booked = Booked session: { $protocol }
report-treatment = Treatment
report-protocol = Protocol
report-protocol-version = { $id }, version { $version }
report-booked-for = Booked for
report-timeline = Timeline followed
report-timeline-caption = The aftercare plan for this session, step by step
report-no-plan = The protocol of this session is not available, so its timeline cannot be shown.
report-charts = Symptoms over time
report-chart-none = No symptoms were logged after this session in this period.
report-chart-title = Symptoms since the session: severity (0–10) by day
report-chart-desc = { $count ->
        [one] { $symptom }: 1 entry, { $first } after the session, severity { $max } of 10;
       *[other] { $symptom }: { $count } entries from { $first } to { $last } after the session; highest severity { $max } of 10, { $max_at } after it;
    }
report-chart-window = usual { $windows }
report-chart-no-window = not listed as usual
report-chart-flagged = an entry behind a red flag
report-chart-x = Days since the session
report-entry-line = { $when }: { $symptom }, { $severity } of 10, { $area }
report-entry-line-answer = { $when }: { $symptom }, { $answer }, { $area }
report-entries = Symptom entries
report-entries-caption = Symptoms logged by the patient, oldest first
report-entries-none = No symptoms were logged in this period.
report-photos = Photos
report-photo-alt = Photo of the treated skin taken { $when }
report-photo-unavailable = The photo taken { $when } is not included: { $why }.
report-photo-problem-unreadable = the file could not be read
report-photo-problem-changed = the file changed after it was recorded
report-photo-problem-unsupported = only JPEG and PNG photos can be included
report-photos-not-included = { $count ->
        [one] 1 photo was taken in this period; photos are not included in this report.
       *[other] { $count } photos were taken in this period; photos are not included in this report.
    }
report-about = About this report
report-disclaimer = This report lists what the patient recorded in the Aftercare app. It is not a diagnosis. Red flags are the signs the aftercare protocol asks the patient to report; they are not findings.
report-fhir-symptom = Symptom
report-fhir-anonymous = Patient (no name given)
report-fhir-procedure = { $protocol }, session { $number }, ended { $when }
report-fhir-severity = Severity (0–10)
report-fhir-temperature = Body temperature
report-fhir-careplan = Aftercare plan: { $protocol }, session { $number }
report-fhir-procedure-note = Aftercare protocol { $id }, version { $version }; session { $number } of the series.
report-ics-session = { $protocol } session
report-ics-session-detail = Your booked { $protocol } session ({ $when }). Look at your preparation steps in Aftercare before it.
report-ics-alarm-tomorrow = Tomorrow: your { $protocol } session
report-ics-alarm-soon = Soon: your { $protocol } session
report-ics-preparation = Before your session: { $title }
report-ics-preparation-detail = Until your session on { $when }.
report-ics-lifted = Allowed again
report-cli-written = Report written to { $path }.
report-cli-photo-left-out = photo { $id } not included: { $why }
report-assessment = Assessment
report-assessment-lead = Each session as the app judged it, newest first: its level, the red flags with their dates, and the entries and notes behind them.
report-overview-heading = Session { $number }: { $protocol }, ended { $when }
report-judged-now = Assessed as of { $when }, when this report was made.
report-judged-end = Assessed as of { $when }, the end of the period.
report-level-word-normal = Normal
report-level-word-watch = Watch
report-level-word-contact_provider = Contact provider
report-level-word-urgent = Urgent
report-level-word-emergency = Emergency
report-level-word-none = Not assessed
report-level-text-normal = Everything logged fits normal healing.
report-level-text-watch = Something worth logging daily; no red flag is current.
report-level-text-contact_provider = A current red flag: the protocol asks the patient to contact the provider.
report-level-text-urgent = A current red flag: the protocol asks the patient to contact the provider now.
report-level-text-emergency = A current emergency sign: the protocol asks the patient to call emergency services now.
report-level-text-none = The protocol of this session is not available, so it could not be assessed.
report-col-level = Assessment
report-episodes = Red flags in this period
report-no-flags = No red flag was raised in this period.
report-watch = Also worth watching
report-contacts = “I contacted my provider”, as the patient recorded it
report-contact-about = about: { $flag }
report-contact-about-all = about every red flag raised by then
report-status-active = Current
report-status-contacted = Provider contacted
report-status-earlier = Reported earlier
report-status-resolved = Settled
report-status-past = In the past
report-date-since = Since
report-date-latest = Latest entry
report-date-resolved = Settled
report-date-contacted = Provider contacted
report-role-baseline = the low point it rose from
report-role-resolved = settled it
report-col-marks = Flags
report-mark-flag = Red flag
report-mark-unusual = Not usual then
report-marks-legend = ◆ Red flag: the entry is behind a red flag of the protocol (see the assessment on the first page).
report-marks-legend-unusual = ○ Not usual then: the protocol does not list this symptom, at this severity, as usual at that time.
report-chart-band = usual for this protocol
report-chart-dot = an entry
report-chart-title-hours = Symptoms since the session: severity (0–10) by hour
report-chart-x-hours = Hours since the session
report-window-hours = { $from } to { $to } hours after the session
report-window-days = { $from } to { $to } days after the session
report-elapsed-hours = { $n } { $count ->
        [one] hour
       *[other] hours
    }
report-elapsed-days = { $n } { $count ->
        [one] day
       *[other] days
    }
report-entry-what = { $symptom }, { $severity } of 10, { $area }
report-entry-what-answer = { $symptom }, { $answer }, { $area }
report-episode-title = { $flag }: { $symptom }
report-chart-window-short = usual { $windows }
report-window-short-hours = { $from }–{ $to } h after
report-window-short-days = { $from }–{ $to } days after
report-fhir-absent = { $when }: no { $symptom_lower } ({ $area })
report-fhir-absent-value = Absent
report-fhir-impression = Triage of session { $number } as of { $when }: { $level }
report-fhir-impression-code = Aftercare triage: the patient's symptom log judged against the protocol's red flags
report-fhir-investigation = Entries behind the red flag: { $flag }
report-fhir-communication = { $when }: the patient recorded that they contacted their provider, { $about }
cli-photo-added = Photo { $id } recorded for session { $session }. The file stays where it is.
cli-photo-heic = This is a HEIC photo: it is kept and listed, but a report cannot show it (only JPEG and PNG can be included). Export it as JPEG to include it.
cli-photo-missing = The file cannot be read now (moved or deleted?): a report will say it is not included.
cli-photos = { $count ->
        [0] Session { $session }: no photos.
        [one] Session { $session }: 1 photo.
       *[other] Session { $session }: { $count } photos.
    }
cli-photo-line = #{ $id }  { $when }  { $path }
cli-photo-deleted = Photo { $id } removed from the journal; the file itself was not deleted.
report-evidence-more = … { $count } more entries from { $from } to { $to }, each marked in this session’s entries table
report-check-in-all-fine = All fine: nothing new, nothing worse
report-check-ins = “All fine” check-ins (nothing new, nothing worse): { $list }.
report-fhir-check-in = { $when }: daily check-in, { $what }
report-fhir-check-in-code = Daily check-in
report-render-failed = This report could not be written.

## Words for codes: what a person sees instead of an id

reminder-category-preparation = Preparation
    .description = Steps to take before your next session.
reminder-category-lifted = Allowed again
    .description = When makeup, workouts, sun or your usual products are fine again.
reminder-category-booking = Booking
    .description = When it is time to book your next session.
reminder-category-maintenance = Maintenance
    .description = When a maintenance session is due.
reminder-category-check_in = Check-in
    .description = Your daily check-in on how your skin feels.
reminder-category-care = Care
    .description = One-off care steps, such as the first gentle wash.
reminder-category-spf = Sunscreen
    .description = Your morning sunscreen.
reminder-category-urgent = Urgent check-ins
    .description = Check-ins while something you logged needs watching; they may sound during quiet hours.
rule-kind-expected_symptom = Normal
rule-kind-restriction = Restriction
rule-kind-routine = To do
rule-kind-preparation = Before
rule-kind-red_flag = Warning sign
rule-kind-series = Series

## Triage: where a red flag stands

triage-status-active = Now
triage-status-contacted = { $who ->
        [professional] You got help
       *[provider] You contacted your provider
    }
triage-status-earlier = Reported earlier
triage-status-resolved = Settled
triage-status-past = In the past
triage-earlier-detail = You reported this on { $date }. If it comes back, contact { who-your-provider }.
triage-contacted-detail = { $who ->
        [professional] You got help from a healthcare professional about this on { $date }. If it gets worse or comes back, get help again.
       *[provider] You contacted your provider about this on { $date }. If it gets worse or comes back, contact your provider again.
    } If you feel very unwell, call emergency services.
triage-not-assessed-before = { $count ->
        [one] One entry is
       *[other] { $count } entries are
    } dated more than an hour before your session ended ({ $ended }), so { $count ->
        [one] it was
       *[other] they were
    } not assessed. If the time is wrong, edit the entry.
triage-reason-above-expected = { $symptom }: more than usually expected at this point
    .detail = Some { $symptom_lower } is normal right now, but not as much as you logged.
triage-reason-after-flag = { $symptom }: keep an eye on it
    .detail = It was a warning sign on { $date }. Keep logging it once a day; if it gets worse again, contact { who-your-provider }.
triage-temperature = { $temperature } measured
