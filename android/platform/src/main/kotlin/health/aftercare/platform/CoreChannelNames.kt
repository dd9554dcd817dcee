// Notification channel names and descriptions in the core's words, in the app's language.
package health.aftercare.platform

import health.aftercare.core.AftercareCompanion
import health.aftercare.core.Category
import health.aftercare.core.Locale
import health.aftercare.core.ReminderCategoryView

/**
 * The names the system settings show for the reminder channels, from the core's
 * `reminderCategories` and `urgentReminders`, so the channels say what the app's screens say
 * and a new category needs no string resource. [locale] is the language the app shows (null:
 * the journal's saved language, for receivers started without the app on screen).
 */
class CoreChannelNames(
    private val companion: () -> AftercareCompanion,
    private val locale: () -> Locale? = { null },
) : ReminderChannelNames {
    override fun category(category: Category): String = view(category).label

    override fun urgent(): String = companion().urgentReminders(locale()).label

    override fun categoryDescription(category: Category): String = view(category).description

    override fun urgentDescription(): String = companion().urgentReminders(locale()).description

    private fun view(category: Category): ReminderCategoryView =
        companion().reminderCategories(locale()).firstOrNull { it.category == category }
            ?: error("the core has no words for a reminder category") // every Category is listed
}
