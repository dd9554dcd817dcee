// Notification channel names from the app's resources, in the phone's language.
package health.aftercare.app

import android.content.Context
import health.aftercare.core.Category
import health.aftercare.platform.ReminderChannelNames

/** The system settings show these; the resync receiver renames the channels on a language change. */
class ResourceChannelNames(private val context: Context) : ReminderChannelNames {
    override fun category(category: Category): String = context.getString(
        when (category) {
            Category.PREPARATION -> R.string.channel_preparation
            Category.LIFTED -> R.string.channel_lifted
            Category.BOOKING -> R.string.channel_booking
            Category.MAINTENANCE -> R.string.channel_maintenance
            Category.CHECK_IN -> R.string.channel_check_in
            Category.CARE -> R.string.channel_care
            Category.SPF -> R.string.channel_spf
        }
    )

    override fun urgent(): String = context.getString(R.string.channel_urgent)
}
