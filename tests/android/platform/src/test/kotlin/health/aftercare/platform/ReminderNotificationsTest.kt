// A fired alarm becomes a notification in its category's channel; its buttons reach the core.
package health.aftercare.platform

import android.Manifest
import android.app.Notification
import android.content.Intent
import health.aftercare.core.ActionKind
import health.aftercare.core.Category
import health.aftercare.core.AftercareException
import health.aftercare.core.Reminder
import health.aftercare.core.ReminderResponse
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import org.robolectric.Shadows.shadowOf

class ReminderNotificationsTest : ShellTest() {
    private fun scheduled(): List<Reminder> = (mirror().sync() as AlarmSync.Synced).diff.schedule

    /** Fires the alarm of [reminder] the way AlarmManager would deliver it. */
    private fun fire(reminder: Reminder) {
        val alarm = reminderAlarms().single { intentOf(it).data?.schemeSpecificPart == reminder.osId }
        app.now = reminder.fireAt
        deliver(ReminderAlarmReceiver(), intentOf(alarm))
    }

    private fun posted(reminder: Reminder): Notification? =
        shadowOf(notificationManager).getNotification(reminder.numericId)

    @Test
    fun `a fired alarm posts the core's text in the category's channel with its buttons`() {
        val reminders = scheduled()
        for (category in reminders.map { it.category }.distinct()) {
            val reminder = reminders.first { it.category == category }
            fire(reminder)
            val notification = posted(reminder)
            assertNotNull("posted: ${reminder.category}", notification)
            notification!!
            val expectedChannel = if (reminder.urgent) ReminderChannels.URGENT else ReminderChannels.id(category)
            assertEquals(expectedChannel, notification.channelId)
            assertEquals(reminder.title, notification.extras.getString(Notification.EXTRA_TITLE))
            assertEquals(reminder.body, notification.extras.getCharSequence(Notification.EXTRA_TEXT).toString())
            // The locked screen shows the core's variant without health detail.
            assertEquals(Notification.VISIBILITY_PRIVATE, notification.visibility)
            assertEquals(reminder.lockScreenTitle, notification.publicVersion.extras.getString(Notification.EXTRA_TITLE))
            assertEquals(reminder.actions.map { it.label }, notification.actions.orEmpty().map { it.title.toString() })
            // Tapping opens the app at the core's deep link.
            val open = intentOf(notification.contentIntent)
            assertEquals(Intent.ACTION_VIEW, open.action)
            assertEquals(reminder.deepLink, open.dataString)
            assertEquals(app.packageName, open.`package`)
        }
    }

    @Test
    fun `every category and urgent check-ins have a channel named by the app`() {
        fire(scheduled().first())
        val channels = notificationManager.notificationChannels.associateBy { it.id }
        for (category in Category.entries) {
            assertEquals("en:${category.name}", channels.getValue(ReminderChannels.id(category)).name.toString())
        }
        assertEquals(android.app.NotificationManager.IMPORTANCE_HIGH, channels.getValue(ReminderChannels.URGENT).importance)
        assertEquals(Category.entries.size + 1, channels.size)

        // A language change renames them (the system keeps the patient's own channel choices).
        app.language = "es"
        deliver(ResyncReceiver(), Intent(Intent.ACTION_LOCALE_CHANGED))
        val renamed = notificationManager.notificationChannels.associateBy { it.id }
        assertEquals("es:SPF", renamed.getValue(ReminderChannels.id(Category.SPF)).name.toString())
        assertEquals("es:urgent", renamed.getValue(ReminderChannels.URGENT).name.toString())
    }

    @Test
    fun `done from the notification is recorded in the core and the reminder never comes back`() {
        val withDone = scheduled().filter { r -> r.actions.any { it.kind == ActionKind.DONE } }.sortedBy { it.fireAt }
        val (done, open) = withDone[0] to withDone[1]
        fire(done)
        fire(open)
        val notification = posted(done)!!
        val label = done.actions.single { it.kind == ActionKind.DONE }.label
        val doneIntent = intentOf(notification.actions.single { it.title.toString() == label }.actionIntent)
        assertEquals(ReminderDoneReceiver.ACTION_DONE, doneIntent.action)

        deliver(ReminderDoneReceiver(), doneIntent)
        assertNull("the notification is gone", posted(done))
        assertNotNull("the other one stays", posted(open))

        // The core's ledger has it as done: done reminders cannot be snoozed back, while the one
        // left open (delivered, not answered) can.
        val later = ReminderResponse.Snooze(app.now.plusSeconds(3600))
        try {
            journal.respondToReminder(done.id, later, app.now)
            fail("a done reminder must not be snoozed back")
        } catch (expected: AftercareException) {
        }
        journal.respondToReminder(open.id, later, app.now)
        // And the sync after "done" left nothing of it in Android.
        val held = reminderAlarms().map { intentOf(it).data!!.schemeSpecificPart.substringBefore('#') }
        assertFalse(done.id in held)
    }

    @Test
    fun `snooze and log open the app with the button in the deep link`() {
        val reminder = scheduled().first { r -> r.actions.any { it.kind != ActionKind.DONE } }
        fire(reminder)
        val notification = posted(reminder)!!
        for (action in reminder.actions.filter { it.kind != ActionKind.DONE }) {
            val button = notification.actions.single { it.title.toString() == action.label }
            val open = intentOf(button.actionIntent)
            assertEquals(Intent.ACTION_VIEW, open.action)
            assertEquals(ReminderNotifications.parameterOf(action.kind), open.data!!.getQueryParameter(ReminderNotifications.ACTION_PARAMETER))
            assertTrue(open.dataString!!.startsWith(reminder.deepLink))
        }
    }

    @Test
    fun `without notification permission nothing is scheduled and the app still works`() {
        shadowOf(app).denyPermissions(Manifest.permission.POST_NOTIFICATIONS)
        assertFalse(NotificationAccess(app).notificationsAllowed())
        assertEquals(AlarmSync.NotificationsBlocked, mirror().sync())
        assertTrue(reminderAlarms().isEmpty())
        // The core still answers: the app shows today's reminders on its own screens.
        val today = journal.today(app.now, "Europe/Berlin", null)
        assertTrue(today.reminders.isNotEmpty())
        // A boot or zone change does not crash and does not schedule either.
        deliver(ResyncReceiver(), Intent(Intent.ACTION_BOOT_COMPLETED))
        assertTrue(reminderAlarms().isEmpty())

        // Allowed later: the next sync schedules everything, none counted as delivered before.
        shadowOf(app).grantPermissions(Manifest.permission.POST_NOTIFICATIONS)
        val synced = (mirror().sync() as AlarmSync.Synced).diff.schedule.map { it.id }
        assertTrue(today.reminders.all { it.reminder.id in synced })
    }

    @Test
    fun `notifications switched off in settings post nothing when an alarm fires`() {
        val reminder = scheduled().first()
        shadowOf(notificationManager).setNotificationsEnabled(false)
        fire(reminder)
        assertNull(posted(reminder))
    }
}
