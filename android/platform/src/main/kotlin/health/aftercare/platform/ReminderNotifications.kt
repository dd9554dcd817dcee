// Builds and posts a reminder's notification from what its alarm carries.
package health.aftercare.platform

import android.app.Notification
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import health.aftercare.core.ActionKind
import health.aftercare.core.Category
import health.aftercare.core.Reminder

/**
 * A reminder's notification. The alarm carries the core's text as plain extras (alarms must not
 * carry custom Parcelables), so posting needs neither the journal nor its key.
 */
object ReminderNotifications {
    internal const val EXTRA_ID = "health.aftercare.reminder.ID"
    internal const val EXTRA_OS_ID = "health.aftercare.reminder.OS_ID"
    internal const val EXTRA_NUMERIC_ID = "health.aftercare.reminder.NUMERIC_ID"
    private const val EXTRA_FIRE_AT = "health.aftercare.reminder.FIRE_AT"
    private const val EXTRA_CATEGORY = "health.aftercare.reminder.CATEGORY"
    private const val EXTRA_URGENT = "health.aftercare.reminder.URGENT"
    private const val EXTRA_TITLE = "health.aftercare.reminder.TITLE"
    private const val EXTRA_BODY = "health.aftercare.reminder.BODY"
    private const val EXTRA_LOCK_TITLE = "health.aftercare.reminder.LOCK_SCREEN_TITLE"
    private const val EXTRA_LOCK_BODY = "health.aftercare.reminder.LOCK_SCREEN_BODY"
    private const val EXTRA_DEEP_LINK = "health.aftercare.reminder.DEEP_LINK"
    private const val EXTRA_ACTION_KINDS = "health.aftercare.reminder.ACTION_KINDS"
    private const val EXTRA_ACTION_LABELS = "health.aftercare.reminder.ACTION_LABELS"

    /** Query parameter the buttons that open the app add to the deep link. */
    const val ACTION_PARAMETER = "action"

    /** The value of [ACTION_PARAMETER] for each button that opens the app. */
    fun parameterOf(kind: ActionKind): String? = when (kind) {
        ActionKind.DONE -> null // recorded in the background, no screen
        ActionKind.SNOOZE -> "snooze"
        ActionKind.LOG_SYMPTOMS -> "log_symptoms"
    }

    /** The reminder as extras. */
    fun extras(reminder: Reminder): Bundle = Bundle().apply {
        putString(EXTRA_ID, reminder.id)
        putString(EXTRA_OS_ID, reminder.osId)
        putInt(EXTRA_NUMERIC_ID, reminder.numericId)
        putLong(EXTRA_FIRE_AT, reminder.fireAt.toEpochMilli())
        putString(EXTRA_CATEGORY, reminder.category.name)
        putBoolean(EXTRA_URGENT, reminder.urgent)
        putString(EXTRA_TITLE, reminder.title)
        putString(EXTRA_BODY, reminder.body)
        putString(EXTRA_LOCK_TITLE, reminder.lockScreenTitle)
        putString(EXTRA_LOCK_BODY, reminder.lockScreenBody)
        putString(EXTRA_DEEP_LINK, reminder.deepLink)
        putStringArray(EXTRA_ACTION_KINDS, reminder.actions.map { it.kind.name }.toTypedArray())
        putStringArray(EXTRA_ACTION_LABELS, reminder.actions.map { it.label }.toTypedArray())
    }

    /**
     * Posts the notification under the reminder's `numericId`; false when Android would not
     * show it (no permission, notifications off) or the extras are not a reminder's.
     */
    fun post(context: Context, look: NotificationLook, extras: Bundle): Boolean {
        if (!NotificationAccess(context).notificationsAllowed()) return false
        val id = extras.getString(EXTRA_ID) ?: return false
        val osId = extras.getString(EXTRA_OS_ID) ?: return false
        val deepLink = extras.getString(EXTRA_DEEP_LINK)?.let(Uri::parse) ?: return false
        // An alarm set by an older version of the app may name a category this one lacks.
        val category = Category.entries.firstOrNull { it.name == extras.getString(EXTRA_CATEGORY) }
            ?: return false
        val notificationId = extras.getInt(EXTRA_NUMERIC_ID)
        val channel = ReminderChannels.of(category, extras.getBoolean(EXTRA_URGENT))
        ReminderChannels.ensure(context, look.channelNames)

        // What a locked screen shows: the core's variant, without health detail.
        val public = Notification.Builder(context, channel)
            .setSmallIcon(look.smallIcon)
            .setContentTitle(extras.getString(EXTRA_LOCK_TITLE))
            .setContentText(extras.getString(EXTRA_LOCK_BODY))
            .build()
        val body = extras.getString(EXTRA_BODY)
        val builder = Notification.Builder(context, channel)
            .setSmallIcon(look.smallIcon)
            .setContentTitle(extras.getString(EXTRA_TITLE))
            .setContentText(body)
            .setStyle(Notification.BigTextStyle().bigText(body))
            .setCategory(Notification.CATEGORY_REMINDER)
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(public)
            .setWhen(extras.getLong(EXTRA_FIRE_AT))
            .setShowWhen(true)
            .setAutoCancel(true)
            .setContentIntent(openApp(context, deepLink, notificationId, parameter = null))

        val kinds = extras.getStringArray(EXTRA_ACTION_KINDS).orEmpty()
        val labels = extras.getStringArray(EXTRA_ACTION_LABELS).orEmpty()
        for ((kind, label) in kinds.zip(labels)) {
            val known = ActionKind.entries.firstOrNull { it.name == kind } ?: continue
            val intent = when (known) {
                ActionKind.DONE -> ReminderDoneReceiver.pendingIntent(context, id, osId, notificationId)
                ActionKind.SNOOZE, ActionKind.LOG_SYMPTOMS ->
                    openApp(context, deepLink, notificationId, parameterOf(known))
            }
            builder.addAction(Notification.Action.Builder(null, label, intent).build())
        }
        context.systemService<NotificationManager>().notify(notificationId, builder.build())
        return true
    }

    /**
     * Opens the app at the reminder's deep link (`aftercare://…`); a button adds
     * `action=snooze|log_symptoms`, which also keeps each button's PendingIntent distinct. The
     * app's Activity declares the intent filter for the `aftercare` scheme.
     */
    private fun openApp(context: Context, deepLink: Uri, requestCode: Int, parameter: String?): PendingIntent {
        val data = if (parameter == null) deepLink else {
            deepLink.buildUpon().appendQueryParameter(ACTION_PARAMETER, parameter).build()
        }
        val intent = Intent(Intent.ACTION_VIEW, data)
            .setPackage(context.packageName)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
        return PendingIntent.getActivity(
            context,
            requestCode,
            intent,
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }
}
