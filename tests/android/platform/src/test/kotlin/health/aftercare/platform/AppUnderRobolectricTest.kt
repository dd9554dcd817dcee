// The real AftercareApp inside Robolectric's Android: permission answers as the phone gives
// them, and channel names from the core.
package health.aftercare.platform

import android.Manifest
import android.app.NotificationManager
import health.aftercare.core.AftercareApp
import health.aftercare.core.AppAction
import health.aftercare.core.AppConfig
import health.aftercare.core.Category
import health.aftercare.core.Destination
import health.aftercare.core.Effect
import health.aftercare.core.Field
import health.aftercare.core.FirstRunAction
import health.aftercare.core.Locale
import health.aftercare.core.LogAction
import health.aftercare.core.NoticeKind
import health.aftercare.core.ScreenBody
import health.aftercare.core.SymptomKind
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.shadows.ShadowAlarmManager

@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35], application = TestApplication::class)
class AppUnderRobolectricTest {
    private lateinit var android: TestApplication
    private lateinit var app: AftercareApp
    private var now: Instant = Instant.parse("2026-11-21T09:00:00Z")
    private val zone = "Europe/Madrid"

    @Before
    fun open() {
        android = RuntimeEnvironment.getApplication() as TestApplication
        val dir = Files.createTempDirectory("aftercare-app")
        app = AftercareApp.open(
            AppConfig(dir.resolve("journal.db").toString(), null, dir.resolve("share").toString(), "es-ES"),
            now,
        )
        // The receivers and the alarm mirror reach the same journal through the host.
        android.journal = app.companion()!!
        android.now = now
        ShadowAlarmManager.setCanScheduleExactAlarms(true)
    }

    @After
    fun close() {
        ShellBackground.awaitIdle()
        app.close()
    }

    private fun send(action: AppAction) = app.dispatch(action, now, zone)

    /** The first run up to its reminders step, with a session that ended two hours ago. */
    private fun toRemindersStep() {
        send(AppAction.FirstRun(FirstRunAction.Start))
        send(AppAction.FirstRun(FirstRunAction.ChooseProtocol("microneedling")))
        send(AppAction.FirstRun(FirstRunAction.Next))
        send(AppAction.EditTime(Field.SessionTime, now.minus(Duration.ofHours(2))))
        send(AppAction.FirstRun(FirstRunAction.Next))
        send(AppAction.FirstRun(FirstRunAction.Next))
        send(AppAction.FirstRun(FirstRunAction.Next))
    }

    @Test
    fun `permission denied shows the notice and the app still works`() {
        shadowOf(android).denyPermissions(Manifest.permission.POST_NOTIFICATIONS)
        val access = NotificationAccess(android)
        toRemindersStep()
        val asked = send(AppAction.FirstRun(FirstRunAction.AllowReminders))
        assertTrue(asked.effects.toString(), asked.effects.any { it is Effect.RequestNotificationPermission })
        // What the Activity reports after the system dialog, and on the resume after it.
        assertFalse(access.notificationsAllowed())
        send(AppAction.NotificationPermission(granted = access.notificationsAllowed()))
        val resumed = send(access.checked())
        val notice = (resumed.screen.body as? ScreenBody.Notice)?.model ?: error("no notice: ${resumed.screen.body}")
        assertEquals(NoticeKind.NOTIFICATIONS_DENIED, notice.kind)
        // The alarm mirror holds off without a crash (the screens show every reminder).
        assertEquals(AlarmSync.NotificationsBlocked, ReminderAlarms.of(android, android).sync())
        // "Not now" (back) leads to Today, and the app works: an entry is saved and counted.
        val today = send(AppAction.Back)
        assertTrue(today.screen.body.toString(), today.screen.body is ScreenBody.Today)
        send(AppAction.Navigate(Destination.LOG))
        send(AppAction.Log(LogAction.SetKind(0u, SymptomKind.REDNESS)))
        val form = (app.screen(now, zone).body as ScreenBody.Log).model
        send(form.symptoms[0].severity!!.options[3].action)
        val saved = send((app.screen(now, zone).body as ScreenBody.Log).model.save.action)
        val after = (saved.screen.body as? ScreenBody.Today)?.model ?: error("not back on Today: ${saved.screen.body}")
        val before = (today.screen.body as ScreenBody.Today).model.loggedToday
        assertTrue("$before -> ${after.loggedToday}", after.loggedToday != null && after.loggedToday != before)
        // Allowed later in the system settings: the next resume says so and alarms are set.
        shadowOf(android).grantPermissions(Manifest.permission.POST_NOTIFICATIONS)
        val allowed = send(access.checked())
        assertTrue(allowed.screen.body is ScreenBody.Today)
        assertTrue(ReminderAlarms.of(android, android).sync() is AlarmSync.Synced)
    }

    @Test
    fun `channels are named in the core's words, in the app's language`() {
        toRemindersStep()
        var locale = Locale.ES
        val names = CoreChannelNames({ app.companion()!! }, { locale })
        ReminderChannels.ensure(android, names)
        val manager = android.getSystemService(NotificationManager::class.java)!!
        val spanish = app.companion()!!.reminderCategories(Locale.ES)
        for (category in Category.entries) {
            val channel = manager.getNotificationChannel(ReminderChannels.id(category))
            val words = spanish.first { it.category == category }
            assertEquals(words.label, channel.name.toString())
            assertEquals(words.description, channel.description)
        }
        assertEquals(app.companion()!!.urgentReminders(Locale.ES).label, manager.getNotificationChannel(ReminderChannels.URGENT).name.toString())
        // A language change renames them.
        locale = Locale.EN
        ReminderChannels.ensure(android, names)
        val spf = manager.getNotificationChannel(ReminderChannels.id(Category.SPF)).name.toString()
        assertEquals(app.companion()!!.reminderCategories(Locale.EN).first { it.category == Category.SPF }.label, spf)
        assertTrue(spf != spanish.first { it.category == Category.SPF }.label)
    }
}
