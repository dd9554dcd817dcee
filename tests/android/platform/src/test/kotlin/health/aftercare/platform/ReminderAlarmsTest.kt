// The AlarmManager mirror against the real core: instants, precision, reboot, clock and zone.
@file:Suppress("DEPRECATION") // Robolectric 4.17 marks ScheduledAlarm's public fields deprecated; its getters do not cover operation.
package health.aftercare.platform

import android.app.AlarmManager
import android.content.Intent
import health.aftercare.core.Timing
import java.time.Instant
import java.time.ZoneId
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlarmManager

class ReminderAlarmsTest : ShellTest() {
    private fun synced(result: AlarmSync): AlarmSync.Synced {
        assertTrue("expected a sync, got $result", result is AlarmSync.Synced)
        return result as AlarmSync.Synced
    }

    @Test
    fun `alarms fire at the core's instants, exact when allowed`() {
        val result = synced(mirror().sync())
        assertEquals(AlarmPrecision.EXACT, result.precision)
        assertTrue("the core schedules this session's reminders", result.diff.schedule.size > 3)

        val alarms = reminderAlarms()
        assertEquals(result.diff.schedule.map { it.fireAt.toEpochMilli() }.sorted(), alarms.map { it.triggerAtTime }.sorted())
        for (alarm in alarms) {
            assertEquals(AlarmManager.RTC_WAKEUP, alarm.type)
            assertTrue("fires in Doze", alarm.isAllowWhileIdle)
            assertEquals(ShadowAlarmManager.WINDOW_EXACT, alarm.windowLengthMs)
        }
        // Each alarm carries its own reminder, keyed by the OS id the core gave it.
        for (reminder in result.diff.schedule) {
            val alarm = alarms.single { intentOf(it).data?.schemeSpecificPart == reminder.osId }
            assertEquals(reminder.fireAt.toEpochMilli(), alarm.triggerAtTime)
        }
        // And the next sync is due at the core's refreshAt.
        val refresh = shadowOf(alarmManager).scheduledAlarms.single {
            intentOf(it).action == ResyncReceiver.ACTION_REFRESH
        }
        assertEquals(result.diff.refreshAt.toEpochMilli(), refresh.triggerAtTime)
    }

    @Test
    fun `a second sync changes nothing`() {
        val first = synced(mirror().sync())
        val again = synced(mirror().sync())
        assertTrue(again.diff.cancel.isEmpty())
        assertTrue(again.diff.schedule.isEmpty())
        assertEquals(first.diff.schedule.size, reminderAlarms().size)
    }

    @Test
    fun `without exact alarms the same reminders are set inexact`() {
        ShadowAlarmManager.setCanScheduleExactAlarms(false)
        val result = synced(mirror().sync())
        assertEquals(AlarmPrecision.INEXACT, result.precision)
        val alarms = reminderAlarms()
        assertEquals(result.diff.schedule.map { it.fireAt.toEpochMilli() }.sorted(), alarms.map { it.triggerAtTime }.sorted())
        for (alarm in alarms) {
            assertTrue("still fires in Doze", alarm.isAllowWhileIdle)
            assertEquals(ShadowAlarmManager.WINDOW_HEURISTIC, alarm.windowLengthMs)
        }
        assertTrue(!mirror().exactAlarmsAllowed())

        // The patient allows exact alarms: Android tells the app, every alarm is set again, exact.
        ShadowAlarmManager.setCanScheduleExactAlarms(true)
        deliver(ResyncReceiver(), Intent(AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED))
        val rearmed = reminderAlarms()
        assertEquals(alarms.map { it.triggerAtTime }.sorted(), rearmed.map { it.triggerAtTime }.sorted())
        assertTrue(rearmed.all { it.windowLengthMs == ShadowAlarmManager.WINDOW_EXACT })
    }

    @Test
    fun `a reboot drops the alarms and the boot broadcast sets them again`() {
        val before = synced(mirror().sync()).diff.schedule.map { it.fireAt.toEpochMilli() }.sorted()
        reboot()
        assertTrue(reminderAlarms().isEmpty())

        deliver(ResyncReceiver(), Intent(Intent.ACTION_BOOT_COMPLETED))
        assertEquals(before, reminderAlarms().map { it.triggerAtTime }.sorted())
        // An app update drops them the same way.
        reboot()
        deliver(ResyncReceiver(), Intent(Intent.ACTION_MY_PACKAGE_REPLACED))
        assertEquals(before, reminderAlarms().map { it.triggerAtTime }.sorted())
    }

    @Test
    fun `a zone change moves wall-clock reminders to the same local time in the new zone`() {
        val berlin = ZoneId.of("Europe/Berlin")
        val newYork = ZoneId.of("America/New_York")
        val first = synced(mirror().sync()).diff.schedule.associateBy { it.id }
        assertTrue("sunscreen and check-ins follow the local clock", first.values.any { it.timing == Timing.WALL_CLOCK })

        app.phoneZone = newYork
        deliver(ResyncReceiver(), Intent(Intent.ACTION_TIMEZONE_CHANGED))

        var moved = 0
        for (alarm in reminderAlarms()) {
            // The alarm's data is the core's OS id: the stable id, '#', a fingerprint.
            val id = intentOf(alarm).data!!.schemeSpecificPart.substringBefore('#')
            val before = first[id] ?: continue
            if (before.timing != Timing.WALL_CLOCK) continue
            val at = Instant.ofEpochMilli(alarm.triggerAtTime)
            // Sunscreen at 08:00 in Berlin is sunscreen at 08:00 in New York: a new instant.
            assertEquals(id, before.fireAt.atZone(berlin).toLocalTime(), at.atZone(newYork).toLocalTime())
            assertNotEquals(before.fireAt, at)
            moved++
        }
        assertTrue("wall-clock reminders were set again", moved > 3)
        // What Android holds is what the core now wants: another sync has nothing to do.
        val again = synced(mirror().sync()).diff
        assertTrue(again.cancel.isEmpty() && again.schedule.isEmpty())
    }

    @Test
    fun `the clock being set resyncs from the new now`() {
        val first = synced(mirror().sync()).diff.schedule
        app.now = app.now.plus(java.time.Duration.ofDays(3))
        deliver(ResyncReceiver(), Intent(Intent.ACTION_TIME_CHANGED))
        val held = reminderAlarms().map { it.triggerAtTime }
        assertTrue("nothing in the past stays scheduled", held.all { it >= app.now.toEpochMilli() })
        assertNotEquals(first.map { it.fireAt.toEpochMilli() }.sorted(), held.sorted())
    }

    @Test
    fun `the refresh alarm rolls the window forward`() {
        val first = synced(mirror().sync())
        app.now = first.diff.refreshAt
        deliver(ResyncReceiver(), Intent(ResyncReceiver.ACTION_REFRESH))
        val refresh = shadowOf(alarmManager).scheduledAlarms.filter {
            intentOf(it).action == ResyncReceiver.ACTION_REFRESH && !shadowOf(it.operation).isCanceled
        }
        // One refresh alarm, replaced rather than added, and later than the last one.
        assertEquals(1, refresh.size)
        assertTrue(refresh.single().triggerAtTime > first.diff.refreshAt.toEpochMilli())
    }
}
