// Carries out what only the phone can do, for the Activity: one method per kind of effect.
package health.aftercare.app

import android.net.Uri
import android.util.Log
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import health.aftercare.platform.AlarmSync
import health.aftercare.platform.ClinicIntents
import health.aftercare.platform.ExternalApps
import health.aftercare.platform.Launch
import health.aftercare.platform.NotificationAccess
import health.aftercare.platform.ReminderAlarms
import java.io.File

/**
 * The effects the core's app layer asks for, each a call into :platform or the system. Every
 * outcome is handed back through a callback, so the Activity can report it to the core as an
 * action (permission granted or not, no app to dial with, a file picked or not). Create it in
 * `onCreate`: the result launchers must be registered before the Activity starts.
 */
class PlatformEffects(private val activity: ComponentActivity, private val app: AftercareApplication) {
    private val access = NotificationAccess(activity)
    private var onPermission: (Boolean) -> Unit = {}
    private var onPicked: (Uri?) -> Unit = {}

    private val permissionRequest =
        activity.registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            // Allowed: the reminders the core could not hand over before are scheduled now.
            syncReminders()
            onPermission(granted)
        }

    private val documentPicker =
        activity.registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri -> onPicked(uri) }

    /** Mirrors the core's reminders into AlarmManager on the core's thread; [done] gets the outcome. */
    fun syncReminders(done: (AlarmSync) -> Unit = {}) {
        app.coreThread.execute {
            val result = try {
                ReminderAlarms.of(app, app).sync()
            } catch (e: Exception) {
                // Typed and free of health data; the next start syncs again from what Android holds.
                Log.w(TAG, "reminder sync failed: ${e.javaClass.simpleName}")
                return@execute
            }
            activity.runOnUiThread { done(result) }
        }
    }

    /**
     * The system's notification permission dialog (Android 13+). [answer] gets whether
     * notifications are allowed now; at once, without a dialog, when there is nothing to ask.
     */
    fun requestNotificationPermission(answer: (Boolean) -> Unit) {
        onPermission = answer
        if (!access.needsRuntimePermission || access.notificationsAllowed()) {
            answer(access.notificationsAllowed())
            return
        }
        permissionRequest.launch(android.Manifest.permission.POST_NOTIFICATIONS)
    }

    /** Whether exact alarms are allowed, for the core's "reminders may be late" notice. */
    fun exactAlarmsAllowed(): Boolean = access.exactAlarmsAllowed()

    /** The system screen for this app's notifications. */
    fun openNotificationSettings(): Launch = ExternalApps.start(activity, access.notificationSettings())

    /** The system screen that allows exact alarms (Android 12+). */
    fun openExactAlarmSettings(): Launch =
        access.exactAlarmSettings()?.let { ExternalApps.start(activity, it) } ?: Launch.NO_APP

    /** The dialer with the clinic's number; [Launch.NO_APP] on a phone without one. */
    fun dial(phone: String): Launch = ClinicIntents.dial(phone)?.let { ExternalApps.start(activity, it) } ?: Launch.NO_APP

    /** A mail draft to the clinic. */
    fun email(address: String, subject: String?): Launch = ExternalApps.start(activity, ClinicIntents.email(address, subject))

    /** The share sheet for a file written with [AftercareApplication.sharedFiles]. */
    fun share(file: File, mediaType: String, title: String?): Launch =
        ExternalApps.start(activity, app.sharedFiles.shareIntent(file, mediaType, title))

    /** The system's document picker (a clinic protocol, a backup, a photo); null when cancelled. */
    fun pickFile(mediaTypes: List<String>, picked: (Uri?) -> Unit) {
        onPicked = picked
        documentPicker.launch(mediaTypes.toTypedArray())
    }

    private companion object {
        const val TAG = "AftercareApp"
    }
}
