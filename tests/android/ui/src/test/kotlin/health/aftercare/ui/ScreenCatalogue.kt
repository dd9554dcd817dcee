// Every screen and state the UI tests draw, as the real core builds it for a language.
package health.aftercare.ui

import health.aftercare.core.AppAction
import health.aftercare.core.Destination
import health.aftercare.core.Field
import health.aftercare.core.FirstRunAction
import health.aftercare.core.Message
import health.aftercare.core.PermissionState
import health.aftercare.core.Screen
import health.aftercare.core.ScreenBody
import health.aftercare.core.SessionsAction
import health.aftercare.core.SymptomKind
import health.aftercare.core.TriageAction
import java.nio.file.Files
import java.time.Duration

/** One state to draw: the core's screen and the message that came with it. */
data class Shot(val name: String, val screen: Screen, val message: Message?)

/**
 * Drives fresh apps through the first run, a recovery with entries over several days, an urgent
 * symptom, the notices and the empty states, and keeps each screen the core answered with.
 */
object ScreenCatalogue {
    private val cache = mutableMapOf<String, List<Shot>>()

    /** Every state in [language] (a BCP 47 tag the phone would report). */
    @Synchronized
    fun shots(language: String): List<Shot> = cache.getOrPut(language) { build(language) }

    private fun build(language: String): List<Shot> {
        val shots = mutableListOf<Shot>()
        fun AppDriver.shot(name: String) {
            shots += Shot(name, screen, message)
        }
        val hours = { h: Long -> Duration.ofHours(h) }
        // What a patient would type, in the screens' language.
        val spanish = language.startsWith("es")
        val warmNote = if (spanish) "Caliente y rosada, como una quemadura de sol leve." else "Warm and pink, like a mild sunburn."
        val flakingNote = if (spanish) "Se descama en las mejillas." else "Flaking on the cheeks."

        // The first run, step by step, with the clinic step refusing a phone number.
        AppDriver(language).use { d ->
            d.shot("first-run-1-welcome")
            d.firstRun(FirstRunAction.Start)
            d.shot("first-run-2-treatment")
            d.firstRun(FirstRunAction.ChooseProtocol("microneedling"))
            d.firstRun(FirstRunAction.Next)
            d.send(AppAction.EditTime(Field.SessionTime, d.now.minus(hours(3))))
            d.shot("first-run-3-when")
            d.firstRun(FirstRunAction.Next)
            d.firstRun(FirstRunAction.ChooseOtherZone)
            // Another zone is a place found by its name in the patient's words.
            d.send(AppAction.EditText(Field.Zone, if (spanish) "ciudad de méx" else "mexico c"))
            d.shot("first-run-4-zone-search")
            d.firstRun(FirstRunAction.ChooseZone("America/Mexico_City"))
            d.shot("first-run-4-zone")
            d.firstRun(FirstRunAction.FollowPhoneZone)
            d.firstRun(FirstRunAction.Next)
            d.send(AppAction.EditText(Field.ClinicName, "Clínica Lumen"))
            d.send(AppAction.EditText(Field.ClinicPhone, "call me"))
            d.firstRun(FirstRunAction.Next)
            d.shot("first-run-5-clinic-refused")
            d.send(AppAction.EditText(Field.ClinicPhone, "+34 910 123 456"))
            d.firstRun(FirstRunAction.Next)
            d.shot("first-run-6-reminders")
            d.firstRun(FirstRunAction.AllowReminders)
            d.send(AppAction.NotificationPermission(granted = true))
            d.send(AppAction.PermissionsChecked(PermissionState.GRANTED, PermissionState.GRANTED))
            d.shot("today-1-fresh")
            d.send(AppAction.Navigate(Destination.HISTORY))
            d.shot("history-empty")
        }

        // Recovering for three days, with entries on each day.
        AppDriver(language).use { d ->
            d.throughFirstRun(ago = hours(74))
            d.log(SymptomKind.REDNESS, 6, at = d.now.minus(hours(70)), note = warmNote)
            d.log(SymptomKind.SWELLING, 4, at = d.now.minus(hours(52)))
            d.log(SymptomKind.TIGHTNESS, 3, at = d.now.minus(hours(27)))
            d.send(AppAction.Navigate(Destination.TODAY))
            d.shot("today-2-before-logging")
            // "All fine today", answered with the verdict, then taken back.
            val allFine = (d.screen.body as ScreenBody.Today).model.allFine!!
            d.send(allFine.action)
            d.shot("today-2-all-fine")
            d.send(d.message!!.command!!.action)
            d.send(AppAction.Navigate(Destination.LOG))
            d.send(d.logForm().save.action)
            d.shot("log-1-refused")
            d.fill(0, SymptomKind.DRYNESS_FLAKING, 2, note = flakingNote)
            d.send(d.logForm().addSymptom!!.action)
            d.fill(1, SymptomKind.ITCHING, 3)
            d.shot("log-2-two-symptoms")
            d.send(d.logForm().save.action)
            d.shot("today-3-after-logging")
            d.send(AppAction.Navigate(Destination.TIMELINE))
            d.shot("timeline")
            d.send(AppAction.Navigate(Destination.SESSIONS))
            d.shot("sessions")
            d.send(AppAction.Sessions(SessionsAction.Book))
            d.shot("sessions-book-form")
            d.send(AppAction.Sessions(SessionsAction.CloseForm))
            d.send(d.commandFor { it is AppAction.Sessions && it.action is SessionsAction.Delete }.action)
            d.shot("sessions-delete-confirm")
            d.send(AppAction.Cancel)
            d.send(AppAction.Navigate(Destination.HISTORY))
            d.shot("history")
            d.send(d.commandFor { it == AppAction.Navigate(Destination.REPORT) }.action)
            d.shot("report")
            d.send(AppAction.Navigate(Destination.SETTINGS))
            d.shot("settings")
        }

        // An urgent symptom: the call to action, then "I contacted my provider".
        AppDriver(language).use { d ->
            d.throughFirstRun(ago = hours(30))
            d.log(SymptomKind.FEVER, 7)
            d.shot("triage-1-urgent")
            d.send(d.commandFor { it is AppAction.Triage && it.action is TriageAction.Contacted }.action)
            d.shot("triage-2-contacted")
            d.send(AppAction.Navigate(Destination.TODAY))
            d.shot("today-4-after-contact")
        }

        // A booked session only: Today's empty state with the preparation as a checklist, one
        // step marked done.
        AppDriver(language).use { d ->
            d.throughFirstRun(ago = hours(50), booked = true)
            d.shot("today-5-booked")
            val step = (d.screen.body as ScreenBody.Today).model.preparation!!.items.first().commands.first()
            d.send(step.action)
            d.shot("today-6-booked-step-done")
        }

        // The notices.
        AppDriver(language).use { d ->
            d.throughFirstRun(reminders = false)
            d.shot("notice-notifications-denied")
        }
        AppDriver(language).use { d ->
            d.throughFirstRun()
            d.send(AppAction.PermissionsChecked(PermissionState.GRANTED, PermissionState.DENIED))
            d.shot("notice-exact-alarms-denied")
        }
        val locked = Files.createTempDirectory("aftercare-ui-key")
        AppDriver(language, locked, key = ByteArray(32) { 7 }).use { it.throughFirstRun() }
        AppDriver(language, locked, key = ByteArray(32) { 8 }).use { it.shot("notice-wrong-key") }
        val damaged = Files.createTempDirectory("aftercare-ui-damaged")
        AppDriver(language, damaged).use { it.throughFirstRun() }
        val journal = damaged.resolve("journal.db")
        val bytes = Files.readAllBytes(journal)
        // Two header bytes changed: the file no longer reads as a journal (as tests/kotlin's AppTest).
        bytes[0] = (bytes[0].toInt() xor 0xff).toByte()
        bytes[5] = (bytes[5].toInt() xor 0xff).toByte()
        Files.write(journal, bytes)
        AppDriver(language, damaged).use { it.shot("notice-journal-recovered") }
        return shots
    }
}
