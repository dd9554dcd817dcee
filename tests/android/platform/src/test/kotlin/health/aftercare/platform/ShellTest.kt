// What every platform test starts from: Robolectric on API 35 and a journal with one session.
@file:Suppress("DEPRECATION") // Robolectric 4.17 marks ScheduledAlarm's public fields deprecated; its getters do not cover operation.
package health.aftercare.platform

import android.app.AlarmManager
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Intent
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.NewSessionInput
import health.aftercare.core.SessionStatus
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import org.junit.After
import org.junit.Before
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.shadows.ShadowAlarmManager

/** A microneedling session that ended at [ended], the day the tests start. */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35], application = TestApplication::class)
abstract class ShellTest {
    protected val ended: Instant = Instant.parse("2026-11-21T09:00:00Z")
    protected lateinit var app: TestApplication
    protected lateinit var journal: AftercareCompanion
    protected val alarmManager: AlarmManager get() = app.getSystemService(AlarmManager::class.java)!!
    protected val notificationManager: NotificationManager get() = app.getSystemService(NotificationManager::class.java)!!

    @Before
    fun openJournal() {
        app = RuntimeEnvironment.getApplication() as TestApplication
        val dir = Files.createTempDirectory("aftercare-platform")
        journal = AftercareCompanion.open(dir.resolve("journal.db").toString(), null, ended)
        journal.addSession(
            NewSessionInput(
                protocolId = "microneedling",
                protocolVersion = null,
                status = SessionStatus.DONE,
                startsAt = null,
                endedAt = ended,
                zone = "Europe/Berlin",
            ),
            ended,
        )
        app.journal = journal
        // The patient allowed notifications (Android 13+ asks at run time; tests of the denied
        // case take it back).
        shadowOf(app).grantPermissions(android.Manifest.permission.POST_NOTIFICATIONS)
        app.now = ended.plus(Duration.ofHours(1))
        ShadowAlarmManager.setCanScheduleExactAlarms(true)
    }

    @After
    fun closeJournal() {
        ShellBackground.awaitIdle()
        journal.close()
    }

    /** The mirror as the receivers build it. */
    protected fun mirror(): ReminderAlarms = ReminderAlarms.of(app, app)

    /** The reminder alarms Android holds (not the refresh alarm), by the intent they carry. */
    protected fun reminderAlarms(): List<ShadowAlarmManager.ScheduledAlarm> =
        shadowOf(alarmManager).scheduledAlarms.filter {
            it.operation != null && !shadowOf(it.operation).isCanceled &&
                shadowOf(it.operation).savedIntent.action == ReminderAlarmReceiver.ACTION_FIRE
        }

    /** The intent an alarm will deliver. */
    protected fun intentOf(alarm: ShadowAlarmManager.ScheduledAlarm): Intent = shadowOf(alarm.operation).savedIntent

    /** What a reboot does to alarms: all of them and their PendingIntents are gone. */
    protected fun reboot() {
        for (alarm in shadowOf(alarmManager).scheduledAlarms.toList()) {
            val operation = alarm.operation ?: continue
            alarmManager.cancel(operation)
            operation.cancel()
        }
    }

    /** Delivers a broadcast to [receiver] as the system would, then waits for its background work. */
    protected fun deliver(receiver: android.content.BroadcastReceiver, intent: Intent) {
        receiver.onReceive(app, intent)
        ShellBackground.awaitIdle()
    }

    /** The saved intent of a PendingIntent (a notification's button or tap). */
    protected fun intentOf(pending: PendingIntent): Intent = shadowOf(pending).savedIntent
}
