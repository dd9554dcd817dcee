// Carries out the core's effects for the Activity and reports each outcome as the core's action.
package health.aftercare.app

import android.net.Uri
import android.util.Log
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import health.aftercare.core.AppAction
import health.aftercare.core.Effect
import health.aftercare.core.EffectKind
import health.aftercare.core.FilePurpose
import health.aftercare.core.FileSource
import health.aftercare.core.LaunchOutcome
import health.aftercare.core.SharedFile
import health.aftercare.core.SystemPage
import health.aftercare.platform.AlarmSync
import health.aftercare.platform.ClinicIntents
import health.aftercare.platform.ExternalApps
import health.aftercare.platform.Launch
import health.aftercare.platform.NotificationAccess
import health.aftercare.platform.ReminderAlarms
import java.io.File
import java.time.Instant

/**
 * The effects in the core's `Update`, each a call into :platform or the system, with the
 * outcome handed to `report` as the action `core/docs/app.md` names for it (permission
 * answered, no app to dial with, a file picked or not). Create it in `onCreate`: the result
 * launchers must be registered before the Activity starts.
 */
class PlatformEffects(private val activity: ComponentActivity, private val app: AftercareApplication) {
    private val access = NotificationAccess(activity)
    private var onPermission: (Boolean) -> Unit = {}
    private var onPicked: (Uri?) -> Unit = {}

    private val permissionRequest =
        activity.registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted -> onPermission(granted) }

    private val documentPicker =
        activity.registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri -> onPicked(uri) }

    /** Carries out [effect]; [report] gets the outcome to dispatch (on the main thread). */
    fun carryOut(effect: Effect, report: (AppAction) -> Unit) {
        when (effect) {
            // Android's alarms cannot be listed, so ReminderAlarms keeps its own record and runs
            // the companion's sync against it (core/docs/app.md, Reminders): the same alarms as
            // applying the diff as given, and it also arms the refresh alarm.
            is Effect.SyncReminders -> syncReminders { if (it is AlarmSync.Synced) report(AppAction.RemindersSynced) }
            is Effect.ScheduleRefresh -> syncReminders { report(AppAction.Launched(EffectKind.SCHEDULE_REFRESH, LaunchOutcome.DONE)) }
            Effect.RequestNotificationPermission -> requestNotificationPermission { granted ->
                report(AppAction.NotificationPermission(granted))
            }
            is Effect.OpenSystemSettings -> {
                val launch = when (effect.page) {
                    SystemPage.NOTIFICATIONS -> ExternalApps.start(activity, access.notificationSettings())
                    SystemPage.EXACT_ALARMS -> access.exactAlarmSettings()?.let { ExternalApps.start(activity, it) } ?: Launch.NO_APP
                }
                report(AppAction.Launched(EffectKind.OPEN_SYSTEM_SETTINGS, outcome(launch)))
            }
            is Effect.Dial -> {
                val phone = Uri.parse(effect.uri).schemeSpecificPart.orEmpty()
                val launch = ClinicIntents.dial(phone)?.let { ExternalApps.start(activity, it) } ?: Launch.NO_APP
                report(AppAction.Launched(EffectKind.DIAL, outcome(launch)))
            }
            is Effect.Email -> {
                val launch = ExternalApps.start(activity, ClinicIntents.email(effect.address, effect.subject))
                report(AppAction.Launched(EffectKind.EMAIL, outcome(launch)))
            }
            is Effect.ShareFile -> share(effect.file) { report(AppAction.Launched(EffectKind.SHARE_FILE, it)) }
            is Effect.PickFile -> pickFile(effect.purpose, effect.mediaTypes, report)
            // Kept for the home-screen widget and drawn there; no outcome to report.
            is Effect.UpdateGlance -> app.coreThread.execute {
                try {
                    GlanceWidgets.update(app, effect.timeline)
                } catch (e: Exception) {
                    Log.w(TAG, "glance not kept: ${e.javaClass.simpleName}")
                }
            }
        }
    }

    /** Whether notifications and exact alarms are allowed now, as the core is told on resume. */
    fun permissions(): AppAction = access.checked()

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
    private fun requestNotificationPermission(answer: (Boolean) -> Unit) {
        onPermission = answer
        if (!access.needsRuntimePermission || access.notificationsAllowed()) {
            answer(access.notificationsAllowed())
            return
        }
        permissionRequest.launch(android.Manifest.permission.POST_NOTIFICATIONS)
    }

    /**
     * The share sheet for a report or backup: bytes are written into the FileProvider folder
     * first; a file the core wrote elsewhere is copied there (only that folder is served).
     */
    private fun share(file: SharedFile, done: (LaunchOutcome) -> Unit) {
        app.coreThread.execute {
            val shared = try {
                val target = app.sharedFiles.newFile(KIND, extensionOf(file.fileName), Instant.now())
                when (val source = file.source) {
                    is FileSource.Bytes -> target.writeBytes(source.bytes)
                    is FileSource.Path -> File(source.path).copyTo(target, overwrite = true)
                }
                target
            } catch (e: Exception) {
                Log.w(TAG, "could not prepare a file to share: ${e.javaClass.simpleName}")
                null
            }
            activity.runOnUiThread {
                if (shared == null) {
                    done(LaunchOutcome.FAILED)
                } else {
                    done(outcome(ExternalApps.start(activity, app.sharedFiles.shareIntent(shared, file.mediaType, file.title))))
                }
            }
        }
    }

    /**
     * The system's document picker; the picked file is copied into app-private storage (the
     * core reads a path, and the grant to a content URI ends with the Activity) before the
     * core hears of it.
     */
    private fun pickFile(purpose: FilePurpose, mediaTypes: List<String>, report: (AppAction) -> Unit) {
        onPicked = { uri ->
            if (uri == null) {
                report(AppAction.FileNotPicked(purpose))
            } else {
                app.coreThread.execute {
                    val copy = try {
                        val dir = File(app.noBackupFilesDir, PICKED).apply { mkdirs() }
                        val target = File(dir, "picked-${purpose.name.lowercase()}")
                        app.contentResolver.openInputStream(uri).use { input ->
                            requireNotNull(input) { "the provider gave no stream" }
                            target.outputStream().use { input.copyTo(it) }
                        }
                        target
                    } catch (e: Exception) {
                        Log.w(TAG, "could not read the picked file: ${e.javaClass.simpleName}")
                        null
                    }
                    activity.runOnUiThread {
                        report(if (copy == null) AppAction.FileNotPicked(purpose) else AppAction.FilePicked(purpose, copy.path))
                    }
                }
            }
        }
        documentPicker.launch(mediaTypes.toTypedArray())
    }

    private fun outcome(launch: Launch): LaunchOutcome = when (launch) {
        Launch.STARTED -> LaunchOutcome.DONE
        Launch.NO_APP -> LaunchOutcome.NO_APP
    }

    /** The core's file name's extension when it is a plain word (`html`, `csv`), else `bin`. */
    private fun extensionOf(fileName: String): String =
        fileName.substringAfterLast('.', "").lowercase().takeIf { it.matches(Regex("[a-z0-9]{1,16}")) } ?: "bin"

    private companion object {
        const val TAG = "AftercareApp"
        const val KIND = "shared"
        const val PICKED = "picked"
    }
}
