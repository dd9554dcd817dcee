// The broadcast receivers of reminders: an alarm fired, "done" pressed, the system changed.
package health.aftercare.platform

import android.app.AlarmManager
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.net.Uri
import health.aftercare.core.ReminderResponse

/** Posts a reminder's notification when its alarm fires; the journal is not needed for that. */
class ReminderAlarmReceiver : BroadcastReceiver() {
    /** Handles the alarm broadcast [ReminderAlarms] set. */
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_FIRE) return
        val host = context.applicationContext as? AftercareHost ?: return
        ReminderNotifications.post(context, host.notificationLook, intent.extras ?: return)
    }

    companion object {
        /** The alarm's action. */
        const val ACTION_FIRE = "health.aftercare.platform.action.FIRE_REMINDER"
    }
}

/** The notification's "done" button: recorded in the core without opening the app. */
class ReminderDoneReceiver : BroadcastReceiver() {
    /** Removes the notification, records "done" in the core's ledger, and syncs. */
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_DONE) return
        val id = intent.getStringExtra(ReminderNotifications.EXTRA_ID) ?: return
        val notificationId = intent.getIntExtra(ReminderNotifications.EXTRA_NUMERIC_ID, 0)
        context.systemService<NotificationManager>().cancel(notificationId)
        ShellBackground.run(this, context) { app, host ->
            ReminderAlarms.of(app, host).respond(id, ReminderResponse.Done)
        }
    }

    companion object {
        /** The button's action. */
        const val ACTION_DONE = "health.aftercare.platform.action.REMINDER_DONE"

        /** The button's PendingIntent; the OS id in the data keeps each reminder's distinct. */
        internal fun pendingIntent(context: Context, id: String, osId: String, notificationId: Int): PendingIntent =
            PendingIntent.getBroadcast(
                context,
                notificationId,
                Intent(context, ReminderDoneReceiver::class.java)
                    .setAction(ACTION_DONE)
                    .setData(Uri.fromParts(ReminderAlarms.URI_SCHEME, osId, null))
                    .putExtra(ReminderNotifications.EXTRA_ID, id)
                    .putExtra(ReminderNotifications.EXTRA_NUMERIC_ID, notificationId),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )
    }
}

/**
 * Syncs again whenever Android dropped or shifted the alarms or their text: after a reboot or an
 * app update (alarms are gone), when the clock is set or the zone changes (wall-clock reminders
 * such as sunscreen at 08:00 move), when the language changes (channel names), at the core's
 * `refreshAt`, and re-arms everything exactly once exact alarms are allowed.
 */
class ResyncReceiver : BroadcastReceiver() {
    /** Handles the broadcasts in [SYSTEM_ACTIONS] and [ACTION_REFRESH]. */
    override fun onReceive(context: Context, intent: Intent) {
        val action = intent.action
        if (action != ACTION_REFRESH && action !in SYSTEM_ACTIONS) return
        ShellBackground.run(this, context) { app, host ->
            when (action) {
                AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED -> ReminderAlarms.of(app, host).rearm()
                Intent.ACTION_LOCALE_CHANGED -> {
                    ReminderChannels.ensure(app, host.notificationLook.channelNames)
                    ReminderAlarms.of(app, host).sync()
                }
                else -> ReminderAlarms.of(app, host).sync()
            }
        }
    }

    companion object {
        /** The mirror's own alarm at the core's `refreshAt`. */
        const val ACTION_REFRESH = "health.aftercare.platform.action.REFRESH_REMINDERS"

        /** The system broadcasts the app's manifest routes here (checked by a test). */
        val SYSTEM_ACTIONS: Set<String> = setOf(
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
            Intent.ACTION_TIME_CHANGED, // "android.intent.action.TIME_SET"
            Intent.ACTION_TIMEZONE_CHANGED,
            Intent.ACTION_LOCALE_CHANGED,
            AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED,
        )
    }
}
