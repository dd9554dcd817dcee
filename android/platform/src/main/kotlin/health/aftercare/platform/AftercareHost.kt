// What the app's Application gives the platform code the system starts on its own.
package health.aftercare.platform

import health.aftercare.core.AftercareCompanion
import health.aftercare.core.Category
import java.time.Clock
import java.time.ZoneId

/**
 * Implemented by the app's `Application`: the one open journal and how notifications look, for
 * the code the system starts without an Activity (alarm, boot, clock and locale receivers, the
 * notification buttons).
 */
interface AftercareHost {
    /** The app's open journal (opened once, then shared); throws if it cannot be opened. */
    fun companion(): AftercareCompanion

    /** The status-bar icon and the channel names the app provides from its resources. */
    val notificationLook: NotificationLook

    /** "Now" for every core call; tests substitute a fixed clock. */
    val clock: Clock get() = Clock.systemUTC()

    /** The patient's current zone: the phone's, read at each call so a zone change is seen. */
    fun zone(): ZoneId = ZoneId.systemDefault()
}

/**
 * How reminder notifications look: the app owns its resources, so it hands them in (this code
 * also compiles and runs outside the Android build, where there is no `R` class).
 */
class NotificationLook(
    /** A drawable resource: white on transparent, as the status bar requires. */
    val smallIcon: Int,
    /** The names of the notification channels, shown in the system's settings. */
    val channelNames: ReminderChannelNames,
)

/** Channel names in the phone's language; the system shows them in its notification settings. */
interface ReminderChannelNames {
    /** The channel of one reminder category. */
    fun category(category: Category): String

    /** The channel of urgent check-ins (high importance: sound and heads-up). */
    fun urgent(): String

    /** What a category's channel is for, shown under its name; none by default. */
    fun categoryDescription(category: Category): String? = null

    /** What the urgent channel is for; none by default. */
    fun urgentDescription(): String? = null
}
