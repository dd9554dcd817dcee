// One notification channel per reminder category, plus one for urgent check-ins.
package health.aftercare.platform

import android.app.NotificationChannel
import android.app.NotificationManager
import android.content.Context
import health.aftercare.core.Category

/**
 * The channels reminders are posted in: one per core [Category], so the patient can silence
 * sunscreen reminders in the system settings and keep check-ins, and one high-importance
 * channel for urgent check-ins (a red-flag watch), which may sound inside quiet hours.
 */
object ReminderChannels {
    /** The urgent channel's id. */
    const val URGENT = "health.aftercare.reminders.urgent"
    private const val PREFIX = "health.aftercare.reminders."

    /** The channel id of a category, e.g. `health.aftercare.reminders.check_in`. */
    fun id(category: Category): String = PREFIX + code(category)

    /** The channel a reminder goes to. */
    fun of(category: Category, urgent: Boolean): String = if (urgent) URGENT else id(category)

    /**
     * Creates the channels or renames them (after a language change); the patient's own
     * choices (importance, sound) are kept by the system. Idempotent.
     */
    fun ensure(context: Context, names: ReminderChannelNames) {
        val channels = Category.entries.map { category ->
            NotificationChannel(id(category), names.category(category), NotificationManager.IMPORTANCE_DEFAULT).apply {
                names.categoryDescription(category)?.let { description = it }
            }
        } + NotificationChannel(URGENT, names.urgent(), NotificationManager.IMPORTANCE_HIGH).apply {
            names.urgentDescription()?.let { description = it }
        }
        context.systemService<NotificationManager>().createNotificationChannels(channels)
    }

    /** The core's stable code of a category (as in its JSON), so ids never depend on Kotlin names. */
    private fun code(category: Category): String = when (category) {
        Category.PREPARATION -> "preparation"
        Category.LIFTED -> "lifted"
        Category.BOOKING -> "booking"
        Category.MAINTENANCE -> "maintenance"
        Category.CHECK_IN -> "check_in"
        Category.CARE -> "care"
        Category.SPF -> "spf"
    }
}
