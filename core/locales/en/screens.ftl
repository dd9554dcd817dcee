# The phone app's screens: titles, labels, buttons, empty states, errors and what a screen
# reader says. Every text a shell shows comes from here (or from app.ftl and the protocols).

## Each language named in itself (the language picker)

language-name = English

## Titles and navigation

title-first-run = Welcome
title-today = Today
title-log = How do you feel?
title-log-edit = Edit entry
title-triage = What your log says
title-timeline = Your timeline
title-sessions = Sessions
title-history = History
title-report = Report for your clinic
title-settings = Settings
title-notice = Notice
nav-today = Today
nav-timeline = Timeline
nav-history = History
nav-sessions = Sessions
nav-settings = Settings
nav-selected = { $place }, current screen

## Commands

command-back = Back
command-back-to = Back to { $screen }
command-next = Next
command-continue = Continue
command-ok = OK
command-cancel = Cancel
command-save = Save
command-save-continue = Save and continue
command-skip = Skip
command-not-now = Not now
command-try-again = Try again
command-get-started = Get started
command-restore-backup = Restore a backup
command-import-protocol = Import your clinic's protocol
command-allow-reminders = Turn on reminders
command-turn-on = Turn on
command-open-notification-settings = Open notification settings
command-open-alarm-settings = Open alarm settings
command-use-zone = Use { $zone }
command-call-clinic = Call your clinic
command-call-clinic-spoken = Call your clinic, { $name }
command-email-clinic = Email your clinic
command-email-clinic-spoken = Email your clinic, { $name }
command-add-clinic = Add your clinic's phone number
command-call-emergency = Call { $number }
command-call-emergency-spoken = Call emergency services on { $number }
command-contacted = { $who ->
        [professional] I got help from a healthcare professional
       *[provider] I contacted my provider
    }
command-contacted-about = { $who ->
        [professional] I got help about this
       *[provider] I contacted my provider about this
    }
command-contacted-about-spoken = { $who ->
        [professional] I got help from a healthcare professional about: { $title }
       *[provider] I contacted my provider about: { $title }
    }
command-what-you-logged = What you logged
command-log-again = Log how you feel
command-undo = Undo
command-done = Done
command-done-spoken = Mark as done: { $title }
command-add-session = Add your session
command-add-past-session = Add a past session
command-book-session = Book a session
command-mark-done = Mark as done
command-mark-done-spoken = Mark as done: { $name }
command-mark-session-done = Mark the session as done
command-mark-session-done-spoken = Mark your { $treatment } session of { $when } as done
command-not-done-spoken = Mark as not done: { $title }
command-delete = Delete
command-delete-spoken = Delete: { $title }
command-delete-session-spoken = Delete session: { $name }
command-delete-entry = Delete this entry
command-edit = Edit
command-edit-spoken = Edit: { $title }
command-remove = Remove
command-add-symptom = Add another symptom
command-same-as-yesterday = Same as yesterday
command-add-photo = Add a photo
command-replace-photo = Choose another photo
command-remove-photo = Remove the photo
command-report = Report for your clinic
command-show-earlier = Show earlier entries
command-create-report = Create and share
command-backup = Make a backup
toggle-on = on
toggle-off = off

## Form errors: what is wrong with a field, never what was typed

form-error = Some answers need a look: see the message under each one.
field-error-required = This is needed.
field-error-too-long = At most { $max } characters.
field-error-control = Use plain text only.
field-error-passphrase-short = Use at least { $min } characters: a few words you will remember.
field-error-passphrase-easy = Too easy to guess: avoid repeats, runs like abc or 123, and common words.
field-error-passphrase-mismatch = The two passphrases are not the same.
field-error-recovery-code = A recovery code is 24 letters and numbers, in six groups of four.
field-error-clock = Use a time like 08:00.
field-error-date = Use a date like 2026-11-21.
field-error-zone = Choose your city, or another in your time zone, from the list.
field-error-future = This is in the future. Choose a time that has passed.
field-error-appointment-past = This time has passed. Choose a time ahead, or add it as a past session.
field-error-before-appointment = The session cannot end before it started.
field-error-quiet-empty = Quiet hours must start and end at different times.
field-error-phone = Use digits, spaces and + - ( ), with at least 3 digits.
field-error-email = Use an address like clinic@example.com.
field-error-range = The last day is before the first day.
field-error-choose-symptom = Choose what you noticed.
field-error-choose-severity = Choose how strong it is.
field-error-before-session = This is before your session ended. Choose a later time.
field-error-out-of-reach = This date is too far from today. Choose one within the last ten years or the next two.
field-error-temperature = Use a temperature between { $low } and { $high }, like { $example }.
field-error-choose-answer = Choose yes or no.

## Inputs

time-now = Now
time-not-chosen = Not chosen yet
time-picker-confirm = OK
time-picker-cancel = Cancel
input-zone = Find your city
    .hint = For example Madrid
input-clinic-name = Clinic or provider name
input-clinic-phone = Phone number
    .hint = For example +34 912 345 678
input-clinic-email = Email address
input-wake = Wake time
    .hint = Morning reminders, such as sunscreen
input-check-in = Evening check-in
    .hint = When you are asked how your skin feels
input-quiet-start = Quiet from
input-quiet-end = Quiet until
input-report-from = First day
    .hint = YYYY-MM-DD
input-report-to = Last day
    .hint = YYYY-MM-DD
input-report-name = Your name as it should appear

## Severity: words at the anchors and for every value

log-severity = How strong is it?
severity-anchor-0 = None
severity-anchor-5 = Moderate
severity-anchor-10 = Worst imaginable
severity-band-none = none
severity-band-mild = mild
severity-band-moderate = moderate
severity-band-severe = severe
severity-band-worst = worst imaginable
severity-value = { $value } of 10, { $band }
severity-not-chosen = not chosen yet
symptom-severity = { $symptom }, { $severity }
severity-yes = yes
severity-no = no

## Levels in short words (with their semantic tokens in the models)

level-label-normal = Fits normal healing
level-label-watch = Keep an eye on it
level-label-contact_provider = { $who ->
        [professional] See a healthcare professional
       *[provider] Contact your provider
    }
level-label-urgent = { who-contact-now }
level-label-emergency = Call emergency services now

## 1. First run

first-run-progress = Step { $number } of { $count }
first-run-title-welcome = Welcome
first-run-title-treatment = Your treatment
first-run-title-when = Your session
first-run-title-zone = Time zone
first-run-title-clinic = Your clinic
first-run-title-reminders = Reminders
first-run-welcome = Welcome to Aftercare
    .p1 = Aftercare walks you through your recovery after a skin treatment: what is normal, what to avoid and until when, and when to check in.
    .p2 = Everything you enter stays on this phone.
first-run-treatment = Which treatment did you have?
    .p1 = Choose the treatment, or import the protocol file your clinic gave you.
first-run-choose-treatment = Choose your treatment to continue.
protocol-builtin = Built into the app
protocol-from-clinic = From your clinic (version { $version })
first-run-when = When is your session?
    .p1 = Your recovery plan counts from the moment your session ended.
first-run-timing-done = I have had it
    .detail = Your plan starts when it ended.
first-run-timing-booked = It is booked
    .detail = You get reminders to prepare for it.
first-run-ended-at = When it ended
first-run-starts-at = When it starts
first-run-zone = Your time zone
first-run-zone-phone = Reminders and times follow your time zone. Your phone is set to { $zone }.
first-run-zone-follow = Use my phone's time zone
first-run-zone-other = Use another time zone
first-run-clinic = Your clinic
    .p1 = Who should you call if something worries you? This is optional, and you can change it later in Settings.
first-run-reminders = Reminders
    .p1 = Aftercare reminds you of sunscreen in the morning, your evening check-in, when things like makeup are allowed again, and how to prepare for your next session.
    .p2 = { $who ->
        [professional] If something you log needs a healthcare professional, it also reminds you to check in until it has settled.
       *[provider] If something you log needs your provider, it also reminds you to check in until it has settled.
    }
    .p3 = Your phone will ask you to allow notifications. You can change this at any time.

## 2. Today

today-welcome = Welcome
today-treatment = { $treatment }, session { $number }
today-log-entry = How do you feel?
today-log-entry-spoken = How do you feel? Log your symptoms
today-all-fine = All fine today
today-all-fine-spoken = All fine today: check in with nothing new and nothing worse
today-checked-in-all-fine = Checked in today: all fine.
today-done = Done
today-reminder-held = Reminder held until { $time }, the end of your quiet hours.
today-preparation = Before your session on { $when }
preparation-now = Now
preparation-past = Past
today-logged = { $count ->
        [0] Nothing logged today yet.
        [one] 1 entry logged today.
       *[other] { $count } entries logged today.
    }
today-from-reminder = From your reminder
today-off-limits = Restrictions for now
today-nothing-off-limits = Nothing is off-limits right now.
today-allowed-again = Allowed again { $when }
today-allowed-again-heading = Allowed again
today-due = Due today
today-normal-now = Normal right now
today-watch-for = { $who ->
        [professional] Get help from a healthcare professional if you notice
       *[provider] Contact your provider if you notice
    }
today-reminders = Coming up
today-no-reminders = No reminders coming up.
today-next-session = Your next session
today-empty = No session yet
    .text = Add the session you just had to see your recovery plan, or book your next one.
today-booked = Your session is booked for { $when }
    .text = Your recovery plan starts once it is done; mark it done when you have had it.
banner-notifications-off = Notifications are off. Your reminders are still listed here in the app.
banner-notifications-unknown = Turn on reminders so you do not miss sunscreen, check-ins and when things are allowed again.
banner-exact-alarms-off = Reminders may arrive a few minutes late because exact alarms are off.
banner-zone-differs = Your phone is set to { $phone }, but times are shown in { $zone }.

## 3. Log symptoms

log-heading = How do you feel?
log-heading-edit = Edit this entry
log-intro = For your { $treatment } session that ended { $when }
log-symptom-heading = Symptom { $number }
log-remove-spoken = Remove symptom { $number }
log-kind = What did you notice?
log-kind-more = Something else
    .spoken = Something else: show every symptom
log-fever = Do you have a fever or chills?
log-temperature = Temperature, if you measured it (optional)
    .hint = For example { $example }
log-area = Where is it?
log-noticed = When you noticed it
log-note = Note (optional)
    .hint = Anything { who-your-provider } should know
log-photo = Photo (optional)
log-photo-added = Photo added
log-empty = Nothing to log against yet
    .text = Add the session you had first; your log belongs to it.

## 4. Triage result

triage-reasons = Why
triage-since = Since { $when }
triage-started = Started { $when }
triage-check-in-until = Check in once a day until { $when }.
triage-episodes = Warning signs so far
triage-episodes-empty = No warning signs so far.
triage-empty = Nothing to assess yet
    .text = Your log is assessed from the moment your session ended.
clinic-unnamed = your clinic
email-subject = Question about my aftercare

## 5. Timeline

timeline-now = Now: { $when }
timeline-past = done
timeline-next = next
timeline-later = later
timeline-phases = Phase by phase
timeline-phase-when = { $from } to { $until }
timeline-preparation = Before your next session
timeline-step-when = { $when } · { $state }
timeline-why = Why?
timeline-empty = No timeline yet
    .text = Your timeline starts when your session is done. Add it under Sessions.
source-clinic-sheet = Public aftercare sheet of { $clinic }
source-seed-article = A public article on microneedling aftercare
source-your-clinic = Named by your clinic's protocol

## 6. Sessions

sessions-booked = Booked
sessions-booked-empty = Nothing booked.
sessions-booked-for = Booked for { $when }
sessions-was-booked-for = Was booked for { $when }: mark it done if you had it
sessions-done = Done
sessions-done-empty = No sessions done yet.
sessions-ended = Ended { $when }
sessions-series = Your series
sessions-empty = No sessions yet
    .text = Book a session, or add one you have already had.
sessions-form-book = Book a session
sessions-form-done = Add a past session
sessions-form-complete = Mark the session as done
sessions-form-starts = Appointment
confirm-delete-session = Delete this session?
    .confirm = Delete
confirm-delete-session-body = { $entries ->
        [0] The session will be deleted.
        [one] The session and 1 entry logged for it will be deleted.
       *[other] The session and { $entries } entries logged for it will be deleted.
    }{ $photos ->
        [0] {""}
        [one] {" "}So will the record of 1 photo.
       *[other] {" "}So will the records of { $photos } photos.
    } This cannot be undone.

## 7. History

history-today = Today
history-session = { $treatment }, session { $number } ({ $when })
history-session-booked = { $treatment }, booked ({ $when })
history-contacted = { $who ->
        [professional] You got help from a healthcare professional
       *[provider] You contacted your provider
    }
history-all-fine = All fine
    .detail = Check-in: nothing new, nothing worse
history-empty = Nothing logged yet
    .text = What you log appears here, day by day.
confirm-delete-entry = Delete this entry?
    .body = It will no longer count in what your log says or in reports. This cannot be undone.
    .confirm = Delete
confirm-delete-contact = { $who ->
        [professional] Delete this record of getting help?
       *[provider] Delete this contact with your provider?
    }
    .body = { $who ->
        [professional] Warning signs you got help for will ask for it again.
       *[provider] Warning signs you had contacted your provider about will ask for contact again.
    }
    .confirm = Delete
confirm-delete-check-in = Delete this check-in?
    .body = That day will no longer count as checked in. This cannot be undone.
    .confirm = Delete
confirm-discard-log = Discard this entry?
    .body = What you entered has not been saved.
    .confirm = Discard
confirm-discard-settings = Discard your changes?
    .body = Your changes to the settings have not been saved.
    .confirm = Discard

## 8. Report

reporting-intro = A summary of what you logged, to share with your clinic. It is made on this phone and goes nowhere until you share it.
reporting-periods = What to include
reporting-period-session = This session
reporting-period-week = The last 7 days
reporting-period-month = The last 30 days
reporting-period-everything = Everything
reporting-period-custom = Choose the days
reporting-formats = Format
reporting-format-html = Printable page
    .detail = To read, print or save as PDF
reporting-format-csv = Spreadsheet (CSV)
    .detail = Every entry as a row
reporting-format-fhir = Health record (FHIR)
    .detail = For your clinic's records system
reporting-format-ics = Calendar (iCalendar)
    .detail = Booked sessions and dates ahead
reporting-photos = Include photos
    .detail = Only photos taken in the chosen period
reporting-name = Include my name
reporting-privacy = Reports hold health information. Share them only with people you trust.
reporting-empty = Nothing to report yet
    .text = Add your session and log how you feel first.
reporting-error-empty-calendar = There is nothing ahead to put in a calendar for these days. Choose another format or period.
share-report-title = Share your report
share-backup-title = Save or share your backup

## 9. Settings

settings-reminders = Reminders
settings-quiet-hours = Quiet hours
    .detail = No reminders in this time, except urgent check-ins
settings-category-preparation = Preparing for a session
settings-category-lifted = Allowed again
    .detail = For example, when you may wear makeup again
settings-category-booking = Booking your next session
settings-category-maintenance = Maintenance sessions
settings-category-check_in = Daily check-in
settings-category-care = Care steps
    .detail = For example, your first gentle wash
settings-category-spf = Morning sunscreen
settings-discreet = Discreet on the lock screen
    .detail = Notifications on a locked phone say only that you have a reminder, nothing about your skin
settings-language = Language and time zone
settings-clinic = Your clinic
settings-notifications = Notifications
settings-notifications-on = Notifications are on
settings-notifications-off = Notifications are off
    .detail = Reminders are still listed in the app. Turn notifications on in your phone's settings.
settings-notifications-unknown = Notifications are not turned on yet
settings-exact-alarms-off = Exact alarms are off
    .detail = Reminders may arrive a few minutes late.
settings-exact-alarms-on = Reminders arrive on the minute
settings-last-sync = Reminders last updated { $when }
settings-protocols = Treatment protocols
settings-backup = Backup
settings-backup-note = A backup is a copy of your journal to keep somewhere else (your computer, a cloud drive), so you can bring it to a new phone if this one is lost or replaced. It is locked with a recovery code (or a passphrase you choose): that code is the only way to open it. Nobody else, not even Aftercare, can open it or find the code again.
settings-restore-needs-empty = A backup can be restored on a new phone or after a reset, while the journal is still empty.

## Backup and restore (drawn in Settings and the first run)

backup-choose = How should this backup be locked?
    .title = Make a backup
    .p1 = The backup is locked so that only you can open it, on this phone or on a new one.
    .p2 = Keep what opens it apart from your phone: if the phone is lost, that is the only way back to your journal.
backup-choice-code = With a recovery code (recommended)
    .detail = Aftercare makes a code of 24 letters and numbers, and you write it down.
backup-choice-passphrase = With a passphrase you choose
    .detail = At least 12 characters. Easier to forget than a written-down code.
backup-code = Your recovery code
    .p1 = Write this code down on paper and keep it somewhere safe, away from your phone.
    .p2 = It is the only way to open this backup, on this phone or a new one. It is shown only now: nobody, not even Aftercare, can show it again or find it for you.
backup-code-spoken = Recovery code: { $code }
command-wrote-it-down = I wrote it down
backup-passphrase = Choose a passphrase
    .p1 = At least 12 characters: a few words you will remember, like a short sentence. Avoid names, dates and common words.
    .p2 = This passphrase is the only way to open the backup. If you forget it, nobody can open the backup.
input-backup-passphrase = Passphrase
input-backup-passphrase-again = The same passphrase again
command-make-backup = Make the backup
backup-unlock = Open your backup
backup-unlock-code = Type the recovery code you wrote down when you made this backup ({ $when }). Spaces, dashes and small letters do not matter.
backup-unlock-passphrase = Type the passphrase you chose when you made this backup ({ $when }).
backup-made-unknown = date unknown
backup-unlock-note = Nothing on this phone changes until the backup opens.
input-backup-code = Recovery code
input-backup-unlock-passphrase = Passphrase
command-unlock-restore = Open and restore

## 10. Notices

notice-moved-to = For support: where the damaged file is kept
notice-recovered = Your journal was damaged
    .title = Journal damaged
    .p1 = The file that keeps your journal could not be read correctly, so Aftercare kept it aside, untouched, and started a new, empty journal.
    .p2 = Nothing was deleted: the damaged file is kept on this phone. If you contact support, the details below say where.
    .p3 = If you have a backup, you can restore it now.
notice-set-aside-to = Where the files were kept
notice-files-set-aside = A file beside your journal was set aside
    .title = File set aside
    .p1 = A file next to your journal did not belong to it (it may have come from another phone, a backup copied by hand or a sync app), so Aftercare did not use it.
    .p2 = Your journal is unchanged. The file was kept, not deleted, where it says below.
notice-wrong-key = Your journal cannot be unlocked
    .title = Journal locked
    .p1 = The key this phone holds does not open your journal. Nothing was changed.
    .p2 = This can happen after restoring the phone or changing its security settings. If the phone has just restarted, unlock it with your code first, then try again.
notice-newer-version = Please update Aftercare
    .title = Update needed
    .p1 = Your journal was saved by a newer version of Aftercare. This version cannot read it, and nothing was changed.
    .p2 = Update the app, then open it again.
notice-storage-full = Your phone's storage is full
    .title = Storage full
    .p1 = Aftercare cannot open your journal until there is some free space. Nothing was changed.
    .p2 = Free some space, then try again.
notice-cannot-open = Your journal cannot be opened
    .title = Cannot open
    .p1 = Aftercare could not open the file that keeps your journal. Nothing was changed.
    .p2 = Try again. If it keeps happening, restart your phone.
notice-cannot-read = Your journal could not be read just now
    .title = Something went wrong
    .p1 = Nothing was changed. Try again.
notice-damaged = Your journal needs to be checked
    .title = Journal damaged
    .p1 = Aftercare found damage in the file that keeps your journal.
    .p2 = When you try again, it checks the file. If it is damaged, it is set aside (never deleted) and a new journal is started.
notice-notifications-denied = Notifications are off
    .title = Notifications
    .p1 = Your reminders are still shown in the app, on the Today screen.
    .p2 = To get them as notifications, open your phone's settings for Aftercare and allow notifications.
notice-exact-alarms-denied = Reminders may come a few minutes late
    .title = Alarms
    .p1 = Your phone does not allow Aftercare exact alarms, so it may deliver reminders a few minutes after their time.
    .p2 = To get them on the minute, allow "Alarms and reminders" for Aftercare in your phone's settings.

## Messages (snackbars)

message-saved = { $count ->
        [one] Saved.
       *[other] Saved { $count } entries.
    }
message-saved-photo-failed = Saved. The photo could not be added.
message-nothing-yesterday = Nothing was logged yesterday.
message-yesterday-partial = The first { $copied } of yesterday's { $count } entries were copied; add the others one by one.
message-contacted = { $who ->
        [professional] Noted: you got help from a healthcare professional.
       *[provider] Noted: you contacted your provider.
    }
message-contact-removed = { $who ->
        [professional] Record of getting help removed.
       *[provider] Contact with your provider removed.
    }
message-entry-deleted = Entry deleted.
message-reminder-done = Marked as done.
message-step-not-done = Marked as not done.
message-checked-in = Checked in for today.
message-verdict = { $label }: { $headline }
message-check-in-removed = Check-in removed.
message-session-booked = Session booked.
message-session-added = Session added.
message-session-completed = Session marked as done.
message-session-deleted = Session deleted.
message-settings-saved = Settings saved.
message-report-ready = Your report is ready to share.
message-backup-written = Your backup is ready to save or share.
message-restored = Your backup was restored.
message-protocol-imported = Added: { $name }.
message-protocol-invalid = This file is not a protocol Aftercare can use. Ask your clinic for a new file (problem at { $place }).
message-file-unreadable = That file could not be read.
message-restore-needs-empty = A backup can only be restored into an empty journal.
message-restore-invalid = This file is not an Aftercare backup, or it is damaged. Nothing was changed.
message-restore-wrong-key = This backup is locked with another phone's key: only that phone can open it. Nothing was changed.
message-restore-wrong-secret = That code or passphrase does not open this backup. Nothing was changed: check it and try again.
message-restore-newer = This backup comes from a newer version of Aftercare. Update the app first. Nothing was changed.
message-restore-failed = The backup could not be restored. Nothing was changed.
message-restore-in-use = The backup could not be restored while your journal is open elsewhere (a widget, a background task). Nothing was changed; close Aftercare completely and try again.
message-disk-full = Your phone's storage is full. Nothing was saved.
message-read-only = Aftercare cannot write to its storage. Nothing was saved.
message-not-found = That record no longer exists.
message-failed = Something went wrong. Nothing was changed; try again.
message-link-unknown = That link could not be opened.
message-link-gone = That reminder belongs to a session that no longer exists.
message-no-clinic-phone = Add your clinic's phone number in Settings first.
message-no-clinic-email = Add your clinic's email address in Settings first.
message-no-dialer = This phone cannot make calls.
message-no-dialer-number = This phone cannot make calls. Your clinic's number is { $phone }.
message-no-dialer-emergency = This phone cannot make calls. Call { $number } from another phone, or ask someone near you to call.
message-no-mail = No email app was found on this phone.
message-no-share = No app to share with was found on this phone.
message-no-settings = The settings could not be opened. Open them from your phone's Settings app.
message-launch-failed = That did not work. Try again.
message-refresh-failed = Reminders may not update in the background. Open the app now and then.
