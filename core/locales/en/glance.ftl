# The glance: what the home-screen and lock-screen widgets show (core/docs/glance.md).
# Arguments of the "when" messages: $day is today, tomorrow or later (on the patient's local
# calendar at the moment the glance is for), $time "10:00", $date "Sat 28 Nov", $hour the hour.
# The *-discreet messages are for the patient's discreet lock-screen setting: no word about a
# treatment, symptom, restriction or product. core/src/app/glance/tests.rs checks every one of
# them against the words of the protocols' rules and the symptom and area names.

## What is allowed again, as a short noun for the line "Makeup from 10:00" (by the rule's topic)

glance-topic-makeup = Makeup
glance-topic-exercise = Workouts
glance-topic-heat_and_water = Swimming and sauna
glance-topic-sun = Direct sun
glance-topic-sun_protection = Sunscreen
glance-topic-actives = Retinoids, acids and vitamin C
glance-topic-skincare = Your usual skincare
glance-topic-cleansing = Washing the area
glance-topic-medication = Medicines
glance-topic-hair_removal = Waxing and hair removal
glance-topic-hydration = Hydration
glance-topic-skin_check = Skin check
glance-topic-device_hygiene = Your device
glance-topic-check_in = Check-in
glance-topic-other = What was on hold

## Headlines

glance-empty = Nothing to show yet
glance-empty-discreet = Tap to set up Aftercare
glance-unavailable = Tap to open Aftercare
glance-stale = Tap to bring Aftercare up to date
glance-day-discreet = Your plan, day { $day }
glance-after-plan-discreet = Plan complete
glance-before-discreet = Your plan from { $when }
glance-booked = { $day ->
    [today] Your session is today at { $time }
    [tomorrow] Your session is tomorrow at { $time }
   *[later] Your session is on { $date } at { $time }
}
glance-appointment-discreet = { $day ->
    [today] Appointment { $time }
    [tomorrow] Appointment tomorrow, { $time }
   *[later] Appointment { $date }, { $time }
}

## What the log says, discreetly (the full form is the level's own label)

glance-attention-discreet-watch = A note for you in Aftercare
glance-attention-discreet-contact_provider = Aftercare needs your attention today
glance-attention-discreet-urgent = Aftercare needs your attention right away
# An emergency says what to do even on a locked phone: calling is never a word about a
# treatment, symptom or product, and the patient may have seconds to read it.
glance-attention-discreet-emergency = Aftercare: call emergency services now

## Lines

glance-lift = { $day ->
    [today] { $what } from { $time }
    [tomorrow] { $what } from tomorrow, { $time }
   *[later] { $what } from { $date }, { $time }
}
glance-lift-discreet = { $day ->
    [today] Plan update { $time }
    [tomorrow] Plan update tomorrow, { $time }
   *[later] Plan update { $date }, { $time }
}
glance-reminder = { $day ->
    [today] { $what } at { $time }
    [tomorrow] { $what } tomorrow at { $time }
   *[later] { $what } on { $date } at { $time }
}
glance-reminder-due = Due now: { $what }
glance-reminder-discreet = { $day ->
    [today] Reminder { $time }
    [tomorrow] Reminder tomorrow, { $time }
   *[later] Reminder { $date }, { $time }
}
glance-reminder-due-discreet = Reminder due
glance-reminder-preparation = Preparation step
glance-reminder-lifted = Allowed again
glance-reminder-booking = Booking your next session
glance-reminder-maintenance = Booking a maintenance session
glance-reminder-check_in = Check-in
glance-reminder-spf = Sunscreen
glance-next-session = { $day ->
    [today] Next session today at { $time }
    [tomorrow] Next session tomorrow at { $time }
   *[later] Next session on { $date } at { $time }
}
glance-window-opens = { $day ->
    [today] Next session from today
    [tomorrow] Next session from tomorrow
   *[later] Next session from { $date }
}
glance-window-opens-discreet = { $day ->
    [today] Next appointment from today
    [tomorrow] Next appointment from tomorrow
   *[later] Next appointment from { $date }
}
glance-window-closes = { $day ->
    [today] Book your next session today
    [tomorrow] Book your next session by tomorrow
   *[later] Book your next session by { $date }
}
glance-window-closes-discreet = { $day ->
    [today] Book your next appointment today
    [tomorrow] Book your next appointment by tomorrow
   *[later] Book your next appointment by { $date }
}
glance-maintenance = { $day ->
    [today] Maintenance session from today
    [tomorrow] Maintenance session from tomorrow
   *[later] Maintenance session from { $date }
}
glance-maintenance-discreet = { $day ->
    [today] Follow-up appointment from today
    [tomorrow] Follow-up appointment from tomorrow
   *[later] Follow-up appointment from { $date }
}
glance-maintenance-due = Time for a maintenance session
glance-maintenance-due-discreet = Time to book a follow-up appointment
glance-step = { $state ->
    [now] Now: { $step }
    [on-the-day] On the day: { $step }
   *[ahead] { $day ->
        [today] From { $time }: { $step }
        [tomorrow] From tomorrow: { $step }
       *[later] From { $date }: { $step }
    }
}
glance-step-discreet = { $state ->
    [ahead] { $day ->
        [today] A step to prepare, from { $time }
        [tomorrow] A step to prepare, from tomorrow
       *[later] A step to prepare, from { $date }
    }
   *[other] A step to prepare
}
