package health.aftercare.shell

import android.Manifest
import android.app.AlarmManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.util.Log
import androidx.core.app.NotificationChannelCompat
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.ExistingWorkPolicy
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.Worker
import androidx.work.WorkerParameters
import health.aftercare.core.ActionKind
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.AftercareException
import health.aftercare.core.R
import health.aftercare.core.Reminder
import health.aftercare.core.ReminderResponse
import health.aftercare.core.ReminderSync
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * Implemented by the app's `Application`: the one open journal, for the code the system starts
 * on its own (alarm, boot and clock receivers, the refresh worker).
 */
interface AftercareHost {
    /** The app's open journal (opened once, then shared); throws if it cannot be opened. */
    fun companion(): AftercareCompanion
}

/**
 * Mirrors the core's reminders into [AlarmManager].
 *
 * The core decides every reminder: what, when (already out of quiet hours, already in the
 * patient's current zone), its text, its lock-screen variant, its buttons and when to look
 * again. This class only tells the core which reminders Android holds and applies the diff.
 *
 * AlarmManager cannot be asked what it holds, so the scheduler records what it set (OS id →
 * request code) and, before each sync, keeps only the entries whose `PendingIntent` still
 * exists: a reboot or a force stop drops alarms and their PendingIntents together, and the core
 * then schedules everything again. Syncs are serialized process-wide.
 */
class ReminderScheduler(context: Context, private val companion: AftercareCompanion) {
    private val context: Context = context.applicationContext
    private val alarms: AlarmManager = this.context.getSystemService(AlarmManager::class.java)
    private val held = this.context.getSharedPreferences(HELD_FILE, Context.MODE_PRIVATE)

    /**
     * Asks the core what to cancel and schedule given what Android holds now, and applies it.
     * Call on launch, on coming to the foreground, after the patient changes settings, adds a
     * session or answers a reminder; the receivers and the worker below call it for reboot,
     * app update, clock and zone changes, and `refreshAt`. Blocking: call it off the main thread.
     */
    fun sync(): ReminderSync? = synchronized(LOCK) {
        // Without notification permission there is nothing to mirror into; telling the core
        // about reminders Android will never show would count them as delivered.
        if (!NotificationManagerCompat.from(context).areNotificationsEnabled()) return null
        ReminderNotifications.ensureChannels(context)

        val recorded = held.all.mapNotNull { (osId, code) -> (code as? Int)?.let { osId to it } }.toMap()
        val holding = recorded.filter { (osId, code) -> alarmIntent(osId, code, existingOnly = true) != null }
        val now = Instant.now()
        val diff = companion.syncReminders(now, ZoneId.systemDefault().id, holding.keys.toList(), LIMIT)

        val edit = held.edit()
        // Records of alarms the system dropped (reboot, force stop): nothing to cancel there.
        (recorded.keys - holding.keys).forEach { edit.remove(it) }
        for (osId in diff.cancel) {
            holding[osId]?.let { code ->
                alarmIntent(osId, code, existingOnly = true)?.let { operation ->
                    alarms.cancel(operation)
                    operation.cancel()
                }
            }
            edit.remove(osId)
        }
        for (reminder in diff.schedule) {
            setAlarm(reminder.fireAt, alarmIntent(reminder))
            edit.putInt(reminder.osId, reminder.numericId)
        }
        // commit, not apply: the next sync must read exactly what the system now holds.
        edit.commit()
        scheduleRefresh(now, diff.refreshAt)
        diff
    }

    /**
     * Cancels every alarm this scheduler set and schedules the core's list afresh: after exact
     * alarms become allowed, so the inexact ones set before are replaced by exact ones.
     */
    fun rearm(): ReminderSync? = synchronized(LOCK) {
        for ((osId, code) in held.all) {
            if (code !is Int) continue
            alarmIntent(osId, code, existingOnly = true)?.let { operation ->
                alarms.cancel(operation)
                operation.cancel()
            }
        }
        held.edit().clear().commit()
        sync()
    }

    /** Records that the patient marked a reminder done (its stable `id`), then syncs. */
    fun markDone(reminderId: String): ReminderSync? {
        companion.respondToReminder(reminderId, ReminderResponse.Done, Instant.now())
        return sync()
    }

    private fun setAlarm(at: Instant, operation: PendingIntent) {
        val exact = Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()
        try {
            if (exact) {
                // Fires at the minute, even in Doze.
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at.toEpochMilli(), operation)
            } else {
                alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at.toEpochMilli(), operation)
            }
        } catch (revoked: SecurityException) {
            // The permission was revoked between the check and the call.
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at.toEpochMilli(), operation)
        }
    }

    /**
     * The alarm's PendingIntent. Its identity (what cancelling and the existence check match
     * on) is the receiver, the OS id in the data URI and the request code; the notification's
     * content travels in extras, which identity ignores.
     */
    private fun alarmIntent(osId: String, code: Int, existingOnly: Boolean): PendingIntent? {
        val flags = PendingIntent.FLAG_IMMUTABLE or
            if (existingOnly) PendingIntent.FLAG_NO_CREATE else PendingIntent.FLAG_UPDATE_CURRENT
        return PendingIntent.getBroadcast(context, code, fireIntent(osId), flags)
    }

    private fun alarmIntent(reminder: Reminder): PendingIntent {
        val intent = fireIntent(reminder.osId).putExtras(ReminderNotifications.extras(reminder))
        return PendingIntent.getBroadcast(
            context,
            reminder.numericId,
            intent,
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }

    private fun fireIntent(osId: String): Intent =
        Intent(context, ReminderAlarmReceiver::class.java)
            .setAction(ACTION_FIRE)
            .setData(Uri.fromParts(URI_SCHEME, osId, null))

    /**
     * A one-off background sync at the core's `refreshAt`, replacing any earlier one. Android
     * may run it a little later (Doze); the next launch syncs in any case.
     */
    private fun scheduleRefresh(now: Instant, at: Instant) {
        val delay = Duration.between(now, at).coerceAtLeast(Duration.ZERO)
        val request = OneTimeWorkRequestBuilder<ReminderRefreshWorker>().setInitialDelay(delay).build()
        WorkManager.getInstance(context).enqueueUniqueWork(REFRESH_WORK, ExistingWorkPolicy.REPLACE, request)
    }

    companion object {
        /** Reminders handed to Android at once; the core rolls the window forward at each sync. */
        val LIMIT: UInt = 64u

        internal const val ACTION_FIRE = "health.aftercare.shell.action.FIRE_REMINDER"
        internal const val ACTION_DONE = "health.aftercare.shell.action.REMINDER_DONE"
        internal const val URI_SCHEME = "aftercare-reminder"
        private const val HELD_FILE = "health.aftercare.shell.reminders"
        private const val REFRESH_WORK = "health.aftercare.shell.reminder-refresh"
        private const val TAG = "AftercareReminders"
        private val LOCK = Any()

        /** One background thread for the receivers: serial, so their syncs queue up in order. */
        private val background: ExecutorService = Executors.newSingleThreadExecutor()

        /**
         * Runs [work] with a scheduler over the host's journal on the background thread, keeping
         * [receiver]'s broadcast alive until it is done. Failures are logged, never retried
         * here: the next sync starts from what Android holds.
         */
        internal fun inBackground(
            context: Context,
            receiver: BroadcastReceiver,
            work: (ReminderScheduler) -> Unit,
        ) {
            val pending = receiver.goAsync()
            val app = context.applicationContext
            background.execute {
                try {
                    val host = app as? AftercareHost
                    if (host == null) {
                        Log.e(TAG, "the Application must implement AftercareHost")
                    } else {
                        work(ReminderScheduler(app, host.companion()))
                    }
                } catch (e: AftercareException) {
                    // Typed and safe to log: messages never carry what the patient wrote.
                    Log.w(TAG, "reminder sync failed: ${e.message}")
                } catch (e: Exception) {
                    // E.g. the journal key could not be read: a background broadcast must not
                    // crash the app; the next launch shows the error.
                    Log.e(TAG, "reminder sync failed", e)
                } finally {
                    pending.finish()
                }
            }
        }
    }
}

/** Builds and posts reminder notifications from the extras an alarm carries. */
internal object ReminderNotifications {
    private const val CHANNEL_REMINDERS = "health.aftercare.reminders"
    private const val CHANNEL_URGENT = "health.aftercare.reminders.urgent"

    internal const val EXTRA_ID = "health.aftercare.reminder.ID"
    internal const val EXTRA_OS_ID = "health.aftercare.reminder.OS_ID"
    internal const val EXTRA_NUMERIC_ID = "health.aftercare.reminder.NUMERIC_ID"
    private const val EXTRA_FIRE_AT = "health.aftercare.reminder.FIRE_AT"
    private const val EXTRA_TITLE = "health.aftercare.reminder.TITLE"
    private const val EXTRA_BODY = "health.aftercare.reminder.BODY"
    private const val EXTRA_LOCK_TITLE = "health.aftercare.reminder.LOCK_SCREEN_TITLE"
    private const val EXTRA_LOCK_BODY = "health.aftercare.reminder.LOCK_SCREEN_BODY"
    private const val EXTRA_URGENT = "health.aftercare.reminder.URGENT"
    private const val EXTRA_DEEP_LINK = "health.aftercare.reminder.DEEP_LINK"
    private const val EXTRA_ACTION_KINDS = "health.aftercare.reminder.ACTION_KINDS"
    private const val EXTRA_ACTION_LABELS = "health.aftercare.reminder.ACTION_LABELS"

    /** Query parameter added to the deep link of a button that opens the app. */
    const val ACTION_PARAMETER = "action"

    /** The reminder as plain extras (alarms must not carry custom Parcelables). */
    fun extras(reminder: Reminder): Bundle = Bundle().apply {
        putString(EXTRA_ID, reminder.id)
        putString(EXTRA_OS_ID, reminder.osId)
        putInt(EXTRA_NUMERIC_ID, reminder.numericId)
        putLong(EXTRA_FIRE_AT, reminder.fireAt.toEpochMilli())
        putString(EXTRA_TITLE, reminder.title)
        putString(EXTRA_BODY, reminder.body)
        putString(EXTRA_LOCK_TITLE, reminder.lockScreenTitle)
        putString(EXTRA_LOCK_BODY, reminder.lockScreenBody)
        putBoolean(EXTRA_URGENT, reminder.urgent)
        putString(EXTRA_DEEP_LINK, reminder.deepLink)
        putStringArray(EXTRA_ACTION_KINDS, reminder.actions.map { it.kind.name }.toTypedArray())
        putStringArray(EXTRA_ACTION_LABELS, reminder.actions.map { it.label }.toTypedArray())
    }

    /** Creates the two channels (idempotent); names come from the library's string resources. */
    fun ensureChannels(context: Context) {
        NotificationManagerCompat.from(context).createNotificationChannelsCompat(
            listOf(
                NotificationChannelCompat.Builder(CHANNEL_REMINDERS, NotificationManagerCompat.IMPORTANCE_DEFAULT)
                    .setName(context.getString(R.string.aftercare_channel_reminders))
                    .build(),
                NotificationChannelCompat.Builder(CHANNEL_URGENT, NotificationManagerCompat.IMPORTANCE_HIGH)
                    .setName(context.getString(R.string.aftercare_channel_urgent))
                    .build(),
            )
        )
    }

    /** Posts the notification an alarm carries, under the reminder's `numericId`. */
    fun post(context: Context, extras: Bundle) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        val id = extras.getString(EXTRA_ID) ?: return
        val osId = extras.getString(EXTRA_OS_ID) ?: return
        val notificationId = extras.getInt(EXTRA_NUMERIC_ID)
        val deepLink = Uri.parse(extras.getString(EXTRA_DEEP_LINK) ?: return)
        val channel = if (extras.getBoolean(EXTRA_URGENT)) CHANNEL_URGENT else CHANNEL_REMINDERS
        ensureChannels(context)

        // What a locked screen shows: the core's variant without health detail.
        val public = NotificationCompat.Builder(context, channel)
            .setSmallIcon(R.drawable.aftercare_ic_notification)
            .setContentTitle(extras.getString(EXTRA_LOCK_TITLE))
            .setContentText(extras.getString(EXTRA_LOCK_BODY))
            .build()
        val body = extras.getString(EXTRA_BODY)
        val builder = NotificationCompat.Builder(context, channel)
            .setSmallIcon(R.drawable.aftercare_ic_notification)
            .setContentTitle(extras.getString(EXTRA_TITLE))
            .setContentText(body)
            .setStyle(NotificationCompat.BigTextStyle().bigText(body))
            .setCategory(NotificationCompat.CATEGORY_REMINDER)
            .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
            .setPublicVersion(public)
            .setWhen(extras.getLong(EXTRA_FIRE_AT))
            .setShowWhen(true)
            .setAutoCancel(true)
            .setContentIntent(openApp(context, deepLink, notificationId, action = null))

        val kinds = extras.getStringArray(EXTRA_ACTION_KINDS).orEmpty()
        val labels = extras.getStringArray(EXTRA_ACTION_LABELS).orEmpty()
        for ((kind, label) in kinds.zip(labels)) {
            // An alarm set by an older version of the app may name a button this one lacks.
            val known = ActionKind.entries.firstOrNull { it.name == kind } ?: continue
            val intent = when (known) {
                // Recorded in the background: no screen needed.
                ActionKind.DONE -> PendingIntent.getBroadcast(
                    context,
                    notificationId,
                    Intent(context, ReminderActionReceiver::class.java)
                        .setAction(ReminderScheduler.ACTION_DONE)
                        .setData(Uri.fromParts(ReminderScheduler.URI_SCHEME, osId, null))
                        .putExtra(EXTRA_ID, id)
                        .putExtra(EXTRA_NUMERIC_ID, notificationId),
                    PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
                )
                // The patient picks when (snooze) or what (log): the app's screens.
                ActionKind.SNOOZE -> openApp(context, deepLink, notificationId, action = "snooze")
                ActionKind.LOG_SYMPTOMS -> openApp(context, deepLink, notificationId, action = "log_symptoms")
            }
            builder.addAction(0, label, intent)
        }
        NotificationManagerCompat.from(context).notify(notificationId, builder.build())
    }

    /**
     * Opens the app at the reminder's deep link (`aftercare://…`); a button adds
     * `action=snooze|log_symptoms`, which also keeps each button's PendingIntent distinct.
     * The app declares an intent filter for the `aftercare` scheme.
     */
    private fun openApp(context: Context, deepLink: Uri, requestCode: Int, action: String?): PendingIntent {
        val data = if (action == null) deepLink else {
            deepLink.buildUpon().appendQueryParameter(ACTION_PARAMETER, action).build()
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

/** Posts a reminder's notification when its alarm fires; the core is not needed for that. */
class ReminderAlarmReceiver : BroadcastReceiver() {
    /** Handles [ReminderScheduler]'s alarm broadcast. */
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ReminderScheduler.ACTION_FIRE) return
        ReminderNotifications.post(context, intent.extras ?: return)
    }
}

/** The notification's "done" button: records it in the core, removes the notification, syncs. */
class ReminderActionReceiver : BroadcastReceiver() {
    /** Handles the "done" button's broadcast. */
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ReminderScheduler.ACTION_DONE) return
        val id = intent.getStringExtra(ReminderNotifications.EXTRA_ID) ?: return
        NotificationManagerCompat.from(context).cancel(intent.getIntExtra(ReminderNotifications.EXTRA_NUMERIC_ID, 0))
        ReminderScheduler.inBackground(context, this) { it.markDone(id) }
    }
}

/**
 * Syncs when Android has dropped or shifted the alarms: after a reboot or an app update, when
 * the clock is set or the zone changes, and re-arms everything exactly once exact alarms are
 * allowed.
 */
class ReminderSyncReceiver : BroadcastReceiver() {
    /** Handles the system broadcasts listed in the library's manifest. */
    override fun onReceive(context: Context, intent: Intent) {
        when (intent.action) {
            AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED ->
                ReminderScheduler.inBackground(context, this) { it.rearm() }
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
            Intent.ACTION_TIME_CHANGED,
            Intent.ACTION_TIMEZONE_CHANGED ->
                ReminderScheduler.inBackground(context, this) { it.sync() }
        }
    }
}

/** The background sync WorkManager runs at the core's `refreshAt`. */
class ReminderRefreshWorker(context: Context, params: WorkerParameters) : Worker(context, params) {
    /** Syncs once; a failure waits for the next launch or system event (no retry loop here). */
    override fun doWork(): Result {
        val host = applicationContext as? AftercareHost ?: return Result.failure()
        return try {
            // This sync enqueues the next refresh, which replaces (and so stops) this very work
            // item; its result is then ignored, which is fine: the sync has already been applied.
            ReminderScheduler(applicationContext, host.companion()).sync()
            Result.success()
        } catch (e: AftercareException) {
            Log.w("AftercareReminders", "reminder refresh failed: ${e.message}")
            Result.failure()
        } catch (e: Exception) {
            Log.e("AftercareReminders", "reminder refresh failed", e)
            Result.failure()
        }
    }
}
