// Mirrors the core's reminders into AlarmManager: exact when allowed, inexact otherwise.
package health.aftercare.platform

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.Reminder
import health.aftercare.core.ReminderResponse
import health.aftercare.core.ReminderSync
import java.time.Clock
import java.time.Instant
import java.time.ZoneId

/** How precisely Android was asked to fire the alarms of one sync. */
enum class AlarmPrecision {
    /** `setExactAndAllowWhileIdle`: at the minute, even in Doze. */
    EXACT,

    /**
     * `setAndAllowWhileIdle`, the fallback without SCHEDULE_EXACT_ALARM: still fires in Doze,
     * but Android may deliver it later, usually by minutes (see android/README.md).
     */
    INEXACT,
}

/** What a sync did. */
sealed interface AlarmSync {
    /** The core's diff was applied; [precision] is how the new alarms were set. */
    data class Synced(val diff: ReminderSync, val precision: AlarmPrecision) : AlarmSync

    /**
     * Nothing was scheduled: Android would not show the notifications. The core is not told
     * anything either, so no reminder counts as delivered; the app still shows them on its
     * screens, and the next sync after the patient allows notifications schedules them.
     */
    data object NotificationsBlocked : AlarmSync
}

/**
 * The core decides every reminder: what, when (already out of quiet hours, in the patient's
 * current zone), its text, lock-screen variant and buttons, and when to look again. This class
 * only tells the core which reminders Android holds and applies the diff.
 *
 * AlarmManager cannot be asked what it holds, so the mirror records what it set (OS id →
 * request code, [HeldAlarms]) and, before each sync, keeps only the entries whose PendingIntent
 * still exists: a reboot or a force stop drops alarms and their PendingIntents together, and
 * the core then schedules everything again. Syncs are serialized process-wide.
 */
class ReminderAlarms(
    context: Context,
    private val companion: AftercareCompanion,
    private val clock: Clock,
    private val zone: () -> ZoneId,
) {
    private val context: Context = context.applicationContext
    private val alarms: AlarmManager = this.context.systemService<AlarmManager>()
    private val held = HeldAlarms(this.context)
    private val access = NotificationAccess(this.context)

    /**
     * Asks the core what to cancel and schedule given what Android holds now, and applies it.
     * Call on launch and on coming to the foreground, after any core call that changes
     * reminders (settings, sessions, a reminder answered); [ResyncReceiver] calls it for reboot,
     * app update, clock, zone and language changes and at the core's `refreshAt`. Blocking:
     * call it off the main thread.
     */
    fun sync(): AlarmSync = synchronized(LOCK) {
        // Telling the core about reminders Android will never show would count them as delivered.
        if (!access.notificationsAllowed()) return AlarmSync.NotificationsBlocked

        val recorded = held.all()
        val holding = recorded.filter { (osId, code) -> existing(osId, code) != null }
        val now = clock.instant()
        val diff = companion.syncReminders(now, zone().id, holding.keys.toList(), LIMIT)

        for (osId in diff.cancel) {
            holding[osId]?.let { code -> existing(osId, code)?.let(::cancel) }
        }
        // Records of alarms the system dropped (reboot, force stop), and of those just cancelled.
        held.forget((recorded.keys - holding.keys) + diff.cancel)
        var precision = if (access.exactAlarmsAllowed()) AlarmPrecision.EXACT else AlarmPrecision.INEXACT
        for (reminder in diff.schedule) {
            if (set(reminder.fireAt, alarmIntent(reminder), precision) == AlarmPrecision.INEXACT) {
                precision = AlarmPrecision.INEXACT
            }
        }
        // One write for all: an alarm set but not recorded (a crash here) is simply scheduled
        // again by the next sync, under the same identity, so it replaces itself.
        held.record(diff.schedule.associate { it.osId to it.numericId })
        setRefresh(diff.refreshAt)
        AlarmSync.Synced(diff, precision)
    }

    /**
     * Cancels every alarm this mirror set and schedules the core's list afresh: after exact
     * alarms become allowed, so the inexact ones set before are replaced by exact ones.
     */
    fun rearm(): AlarmSync = synchronized(LOCK) {
        val recorded = held.all()
        for ((osId, code) in recorded) existing(osId, code)?.let(::cancel)
        held.forget(recorded.keys)
        sync()
    }

    /** Records what the patient did with a reminder (its stable `id`), then syncs. */
    fun respond(reminderId: String, response: ReminderResponse): AlarmSync {
        companion.respondToReminder(reminderId, response, clock.instant())
        return sync()
    }

    /** Whether the next alarms can be exact; the app shows the core's notice when not. */
    fun exactAlarmsAllowed(): Boolean = access.exactAlarmsAllowed()

    private fun set(at: Instant, operation: PendingIntent, precision: AlarmPrecision): AlarmPrecision {
        if (precision == AlarmPrecision.EXACT) {
            try {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at.toEpochMilli(), operation)
                return AlarmPrecision.EXACT
            } catch (revoked: SecurityException) {
                // The permission was revoked between the check and the call: fall through.
            }
        }
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at.toEpochMilli(), operation)
        return AlarmPrecision.INEXACT
    }

    private fun cancel(operation: PendingIntent) {
        alarms.cancel(operation)
        operation.cancel()
    }

    /**
     * The next sync at the core's `refreshAt`, replacing the previous one. Inexact on purpose:
     * the alarms already set fire on their own, so a late refresh loses nothing.
     */
    private fun setRefresh(at: Instant) {
        val operation = PendingIntent.getBroadcast(
            context,
            0,
            Intent(context, ResyncReceiver::class.java).setAction(ResyncReceiver.ACTION_REFRESH),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at.toEpochMilli(), operation)
    }

    /**
     * The alarm's PendingIntent if Android still holds it. Its identity (what cancelling and
     * this check match on) is the receiver, the OS id in the data URI and the request code;
     * the notification's content travels in extras, which identity ignores.
     */
    private fun existing(osId: String, code: Int): PendingIntent? =
        PendingIntent.getBroadcast(
            context,
            code,
            fireIntent(osId),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_NO_CREATE,
        )

    private fun alarmIntent(reminder: Reminder): PendingIntent =
        PendingIntent.getBroadcast(
            context,
            reminder.numericId,
            fireIntent(reminder.osId).putExtras(ReminderNotifications.extras(reminder)),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )

    private fun fireIntent(osId: String): Intent =
        Intent(context, ReminderAlarmReceiver::class.java)
            .setAction(ReminderAlarmReceiver.ACTION_FIRE)
            // The OS id (it changes with the time or text) keeps an outdated alarm and its
            // replacement, which share a numeric id, distinct.
            .setData(Uri.fromParts(URI_SCHEME, osId, null))

    companion object {
        /** Reminders handed to Android at once; the core rolls the window forward at each sync. */
        val LIMIT: UInt = 64u

        internal const val URI_SCHEME = "aftercare-reminder"
        private val LOCK = Any()

        /** The mirror over the host's journal, clock and zone. */
        fun of(context: Context, host: AftercareHost): ReminderAlarms =
            ReminderAlarms(context, host.companion(), host.clock, host::zone)
    }
}
