// Whether reminders can reach the patient: the notification permission and exact alarms.
package health.aftercare.platform

import android.Manifest
import android.app.Activity
import android.app.AlarmManager
import android.app.NotificationManager
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.provider.Settings
import health.aftercare.core.AppAction
import health.aftercare.core.PermissionState

/**
 * The two permissions reminders depend on. Without notifications the app still works (the
 * core shows every reminder on its screens); without exact alarms reminders may come late.
 */
class NotificationAccess(context: Context) {
    private val context: Context = context.applicationContext
    private val notifications = this.context.systemService<NotificationManager>()
    private val alarms = this.context.systemService<AlarmManager>()

    /** Android 13+ asks the patient at run time; older versions grant it at install. */
    val needsRuntimePermission: Boolean get() = Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU

    /**
     * Whether a posted notification would be shown: the runtime permission (Android 13+) and
     * the app-wide switch in the system settings, which the patient can turn off on any version.
     */
    fun notificationsAllowed(): Boolean {
        val permitted = !needsRuntimePermission ||
            context.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED
        return permitted && notifications.areNotificationsEnabled()
    }

    /**
     * Whether alarms may fire at the exact minute. Android 12 and 13 grant SCHEDULE_EXACT_ALARM
     * at install; Android 14+ denies it by default for apps that are not alarm clocks or
     * calendars, and the patient can revoke it on any of them.
     */
    fun exactAlarmsAllowed(): Boolean =
        Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()

    /**
     * What the core is told at launch and on every resume (`PermissionsChecked`): the patient
     * may have changed either in the system settings meanwhile. Exact alarms are "not needed"
     * before Android 12, where every app has them.
     */
    fun checked(): AppAction.PermissionsChecked = AppAction.PermissionsChecked(
        if (notificationsAllowed()) PermissionState.GRANTED else PermissionState.DENIED,
        when {
            Build.VERSION.SDK_INT < Build.VERSION_CODES.S -> PermissionState.NOT_NEEDED
            exactAlarmsAllowed() -> PermissionState.GRANTED
            else -> PermissionState.DENIED
        },
    )

    /**
     * Shows the system's permission dialog when it can still be shown; false when there is
     * nothing to ask (already granted, or Android 12 and older). The answer arrives in the
     * Activity's permission callback with [requestCode]; after it, sync reminders again.
     */
    fun requestNotifications(activity: Activity, requestCode: Int): Boolean {
        if (!needsRuntimePermission || notificationsAllowed()) return false
        activity.requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), requestCode)
        return true
    }

    /** The system screen where the patient turns this app's notifications on. */
    fun notificationSettings(): Intent =
        Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS)
            .putExtra(Settings.EXTRA_APP_PACKAGE, context.packageName)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)

    /** The system screen where the patient allows exact alarms; null before Android 12. */
    fun exactAlarmSettings(): Intent? =
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) {
            null
        } else {
            Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.fromParts("package", context.packageName, null))
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        }
}
