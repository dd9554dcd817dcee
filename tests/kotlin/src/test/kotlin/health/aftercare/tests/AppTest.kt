package health.aftercare.tests

import health.aftercare.core.AftercareApp
import health.aftercare.core.AftercareException
import health.aftercare.core.AppAction
import health.aftercare.core.AppConfig
import health.aftercare.core.Category
import health.aftercare.core.Command
import health.aftercare.core.Destination
import health.aftercare.core.Effect
import health.aftercare.core.Field
import health.aftercare.core.FirstRunStep
import health.aftercare.core.LogAction
import health.aftercare.core.NoticeAction
import health.aftercare.core.NoticeKind
import health.aftercare.core.Screen
import health.aftercare.core.ScreenBody
import health.aftercare.core.SeverityBand
import health.aftercare.core.TemperatureUnit
import health.aftercare.core.Tone
import health.aftercare.core.TriageLevel
import health.aftercare.core.Update
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * The app's main flows as a shell drives them: draw `screen`, press the commands the models
 * carry, carry out effects and report their outcomes, all through the generated Kotlin.
 */
class AppTest {
    private val zone = "Europe/Berlin"
    private var now: Instant = Instant.parse("2026-11-21T09:00:00Z")

    @TempDir
    lateinit var dir: Path

    private fun config(key: ByteArray? = null, language: String = "en-GB") = AppConfig(
        journalPath = dir.resolve("journal.db").toString(),
        key = key,
        shareDir = dir.resolve("share").toString(),
        language = language,
    )

    private fun AftercareApp.send(action: AppAction): Update = dispatch(action, now, zone)
    private fun AftercareApp.press(command: Command): Update {
        assertTrue(command.enabled, "${command.label} is enabled")
        return send(command.action)
    }
    private fun AftercareApp.current(): Screen = screen(now, zone)

    private fun List<Command>.labelled(label: String): Command =
        firstOrNull { it.label == label } ?: error("no command '$label' in ${map { it.label }}")

    private fun Screen.firstRun() = (body as ScreenBody.FirstRun).model
    private fun Screen.today() = (body as ScreenBody.Today).model
    private fun Screen.log() = (body as ScreenBody.Log).model
    private fun Screen.triage() = (body as ScreenBody.Triage).model
    private fun Screen.notice() = (body as ScreenBody.Notice).model

    /** The first run with a microneedling session that ended two hours ago, to Today. */
    private fun AftercareApp.throughFirstRun(): Update {
        press(current().firstRun().commands.labelled("Get started"))
        send(current().firstRun().protocols.first { it.label == "Microneedling" }.action)
        press(current().firstRun().commands.labelled("Next"))
        send(AppAction.EditTime(Field.SessionTime, now.minus(Duration.ofHours(2))))
        press(current().firstRun().commands.labelled("Next"))
        press(current().firstRun().commands.labelled("Next"))
        send(AppAction.EditText(Field.ClinicName, "Glow Clinic"))
        send(AppAction.EditText(Field.ClinicPhone, "+49 30 1234 5678"))
        val saved = press(current().firstRun().commands.labelled("Save and continue"))
        assertEquals(FirstRunStep.REMINDERS, saved.screen.firstRun().step)
        return saved
    }

    @Test
    fun `first run to home`() {
        AftercareApp.open(config(), now).use { app ->
            val welcome = app.current()
            assertEquals("Step 1 of 6", welcome.firstRun().progress)
            assertTrue(welcome.firstRun().disclaimer!!.contains("not a doctor"))
            assertNull(welcome.up)
            val saved = app.throughFirstRun()
            // Saving the first run hands the reminders to the phone and asks for a refresh.
            val sync = saved.effects.filterIsInstance<Effect.SyncReminders>().single()
            assertTrue(sync.schedule.isNotEmpty())
            assertTrue(sync.discreet)
            assertTrue(saved.effects.any { it is Effect.ScheduleRefresh })
            val ask = app.press(app.current().firstRun().commands.labelled("Turn on reminders"))
            assertEquals(listOf<Effect>(Effect.RequestNotificationPermission), ask.effects)
            val home = app.send(AppAction.NotificationPermission(granted = true))
            val today = home.screen.today()
            assertEquals("Day 1 of your recovery", today.heading)
            assertEquals("How do you feel?", today.logEntry.label)
            // Nothing logged yet reads neutral; "All fine today" checks in in one tap.
            assertEquals("Nothing logged yet", today.verdict!!.levelLabel)
            assertEquals(Tone.NEUTRAL, today.verdict!!.tone)
            val allFine = app.press(today.allFine!!)
            assertEquals("Checked in for today. Fits normal healing", allFine.message!!.text)
            assertNull(allFine.screen.today().allFine)
            assertEquals("Fits normal healing", allFine.screen.today().verdict!!.levelLabel)
            assertTrue(allFine.effects.filterIsInstance<Effect.SyncReminders>().single().cancel.isNotEmpty())
            assertEquals(5, home.screen.navigation.size)
            // The app's journal is the companion's: one connection per process.
            app.companion()!!.use { companion -> assertEquals(1, companion.sessions().size) }
        }
    }

    @Test
    fun `an urgent symptom leads to calling the clinic`() {
        AftercareApp.open(config(), now).use { app ->
            app.throughFirstRun()
            app.press(app.current().firstRun().commands.labelled("Not now"))
            app.send(AppAction.Navigate(Destination.LOG))
            // The kinds usual two hours after come first; a fever is under "Something else".
            val short = app.current().log().symptoms[0]
            assertTrue(short.kinds.none { it.label == "Fever or chills" })
            val redness = short.kinds.first { it.label == "Redness" }
            app.send(redness.action)
            val severity = app.current().log().symptoms[0].severity!!.options[7]
            assertEquals(SeverityBand.SEVERE, severity.band)
            assertEquals("7 of 10, severe", severity.accessibilityLabel)
            app.press(short.moreKinds!!)
            val form = app.current().log().symptoms[0]
            app.send(form.kinds.first { it.label == "Fever or chills" }.action)
            // A fever is yes or no, with the temperature if measured (en-GB: °C).
            val fever = app.current().log().symptoms[0].fever!!
            assertNull(app.current().log().symptoms[0].severity)
            assertEquals("Do you have a fever or chills?", fever.question)
            assertEquals(TemperatureUnit.CELSIUS, fever.unit)
            app.send(fever.answers.first { it.label == "Yes" }.action)
            app.send(AppAction.EditText(fever.temperature.field, "38.6"))
            val saved = app.press(app.current().log().save)
            assertNull(saved.message, "the call to action replaces a plain 'saved'")
            val verdict = saved.screen.triage().verdict!!
            assertEquals(TriageLevel.URGENT, verdict.level)
            assertEquals(Tone.URGENT, verdict.tone)
            assertTrue(verdict.callsForContact)
            // One next step: no daily check-in beside "contact now"; the UK's number if the
            // clinic cannot be reached.
            assertNull(verdict.checkIn)
            assertTrue(verdict.advice.contains("999"), verdict.advice)
            val call = verdict.commands.labelled("Call your clinic")
            val dial = app.press(call)
            assertEquals(listOf<Effect>(Effect.Dial("tel:+493012345678")), dial.effects)
            // "I contacted my provider", then undo from the snackbar.
            val contacted = app.press(verdict.commands.labelled("I contacted my provider"))
            assertEquals(TriageLevel.WATCH, contacted.screen.triage().verdict!!.level)
            val undo = app.press(contacted.message!!.command!!)
            assertEquals(TriageLevel.URGENT, undo.screen.triage().verdict!!.level)
        }
    }

    @Test
    fun `form errors come per field from the core`() {
        AftercareApp.open(config(), now).use { app ->
            app.throughFirstRun()
            app.press(app.current().firstRun().commands.labelled("Not now"))
            app.send(AppAction.Navigate(Destination.LOG))
            val refused = app.press(app.current().log().save)
            val symptom = refused.screen.log().symptoms[0]
            assertEquals("Choose what you noticed.", symptom.kindError)
            assertEquals("Choose how strong it is.", symptom.severity.error)
            // Leaving a filled form asks first.
            app.send(AppAction.Log(LogAction.SetSeverity(0u, 3u)))
            val ask = app.send(AppAction.Back)
            assertEquals("Discard this entry?", ask.screen.dialog!!.title)
            val gone = app.press(ask.screen.dialog!!.confirm)
            assertTrue(gone.screen.body is ScreenBody.Today)
        }
    }

    @Test
    fun `a form left in the background survives the process`() {
        AftercareApp.open(config(), now).use { app ->
            app.throughFirstRun()
            app.press(app.current().firstRun().commands.labelled("Not now"))
            app.send(AppAction.Navigate(Destination.LOG))
            app.send(AppAction.Log(LogAction.SetSeverity(0u, 5u)))
            app.send(AppAction.EditText(Field.SymptomNote(0u), "warm around the jaw"))
            app.send(AppAction.Backgrounded)
        }
        // The system ended the process; a new one opens the same journal.
        AftercareApp.open(config(), now).use { app ->
            val form = app.current().log()
            assertEquals("warm around the jaw", form.symptoms[0].note.value)
            assertTrue(form.symptoms[0].severity.options[5].selected)
        }
        // Handed back once.
        AftercareApp.open(config(), now).use { app ->
            assertTrue(app.current().body is ScreenBody.Today)
        }
    }

    @Test
    fun `a reminder's deep link and the back stack`() {
        AftercareApp.open(config(), now).use { app ->
            app.throughFirstRun()
            app.press(app.current().firstRun().commands.labelled("Not now"))
            // The phone holds nothing (say, after a reboot): everything is handed over again.
            val synced = app.send(AppAction.RemindersHeld(emptyList(), 64u))
            val schedule = synced.effects.filterIsInstance<Effect.SyncReminders>().single().schedule
            assertTrue(schedule.isNotEmpty())
            app.send(AppAction.RemindersSynced)
            assertTrue(app.send(AppAction.Resumed).effects.isEmpty(), "in line: nothing to do")
            val checkIn = schedule.first { it.category == Category.CHECK_IN }
            val opened = app.send(AppAction.OpenLink(checkIn.deepLink))
            assertTrue(opened.screen.body is ScreenBody.Log)
            assertEquals("Back to Today", opened.screen.up!!.accessibilityLabel)
            // Tabs sit on Today; forms open on top of where the patient is.
            app.send(AppAction.Navigate(Destination.HISTORY))
            app.send(AppAction.Navigate(Destination.LOG))
            assertTrue(app.send(AppAction.Back).screen.body is ScreenBody.History)
            val home = app.send(AppAction.Back).screen
            assertTrue(home.body is ScreenBody.Today)
            assertNull(home.up)
        }
    }

    @Test
    fun `permission denied keeps reminders in the app`() {
        AftercareApp.open(config(), now).use { app ->
            app.throughFirstRun()
            app.press(app.current().firstRun().commands.labelled("Turn on reminders"))
            val denied = app.send(AppAction.NotificationPermission(granted = false)).screen
            assertEquals(NoticeKind.NOTIFICATIONS_DENIED, denied.notice().kind)
            val settings = app.press(denied.notice().commands.labelled("Open notification settings"))
            assertTrue(settings.effects.any { it is Effect.OpenSystemSettings })
            val today = settings.screen.today()
            assertTrue(today.banners.first().text.startsWith("Notifications are off"))
            assertTrue(today.sections.first { it.title == "Coming up" }.items.isNotEmpty())
        }
    }

    @Test
    fun `a damaged journal is moved aside and the notice says where`() {
        AftercareApp.open(config(), now).use { app -> app.throughFirstRun() }
        val path = dir.resolve("journal.db")
        val bytes = Files.readAllBytes(path)
        bytes[0] = (bytes[0].toInt() xor 0xff).toByte()
        bytes[5] = (bytes[5].toInt() xor 0xff).toByte()
        Files.write(path, bytes)
        AftercareApp.open(config(), now).use { app ->
            val notice = app.current().notice()
            assertEquals(NoticeKind.JOURNAL_RECOVERED, notice.kind)
            assertFalse(notice.blocking)
            assertTrue(Files.exists(Path.of(notice.details.single())), "kept, never deleted")
            val next = app.press(notice.commands.labelled("Continue"))
            assertTrue(next.screen.body is ScreenBody.FirstRun)
        }
    }

    @Test
    fun `a wrong key is a notice, not a crash`() {
        val key = ByteArray(32) { 9 }
        AftercareApp.open(config(key), now).use { app -> app.throughFirstRun() }
        val before = Files.readAllBytes(dir.resolve("journal.db"))
        AftercareApp.open(config(ByteArray(32) { 1 }), now).use { app ->
            val screen = app.current()
            assertEquals(NoticeKind.WRONG_KEY, screen.notice().kind)
            assertTrue(screen.notice().blocking)
            assertNull(app.companion())
            val again = app.send(AppAction.Notice(NoticeAction.TRY_AGAIN))
            assertEquals(NoticeKind.WRONG_KEY, again.screen.notice().kind)
            assertTrue(again.effects.isEmpty())
        }
        assertTrue(before.contentEquals(Files.readAllBytes(dir.resolve("journal.db"))), "nothing written")
        assertThrows<AftercareException.InvalidInput> { AftercareApp.open(config(ByteArray(5)), now) }
        AftercareApp.open(config(key), now).use { app ->
            assertThrows<AftercareException.InvalidInput> { app.screen(now, "Mars/Olympus") }
            assertNotNull(app.current().today())
        }
    }

    @Test
    fun `a Spanish phone gets Spanish screens`() {
        AftercareApp.open(config(language = "es-MX"), now).use { app ->
            val welcome = app.current()
            assertEquals(health.aftercare.core.Locale.ES, welcome.locale)
            assertEquals("Paso 1 de 6", welcome.firstRun().progress)
            assertEquals("Empezar", welcome.firstRun().commands.first().label)
        }
    }
}
