// The Application the platform tests run in: a real journal, a settable clock and zone.
package health.aftercare.platform

import android.app.Application
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.Category
import java.time.Clock
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** Implements [AftercareHost] as the app does, over a journal each test opens. */
class TestApplication : Application(), AftercareHost {
    /** The journal the receivers reach through the host. */
    lateinit var journal: AftercareCompanion

    /** "Now" as the tests move it. */
    var now: Instant = Instant.parse("2026-11-21T09:00:00Z")

    /** The phone's zone as the tests change it. */
    var phoneZone: ZoneId = ZoneId.of("Europe/Berlin")

    /** Channel names in the language the tests switch to. */
    var language: String = "en"

    override fun companion(): AftercareCompanion = journal

    override val notificationLook = NotificationLook(
        smallIcon = android.R.drawable.ic_popup_reminder,
        channelNames = object : ReminderChannelNames {
            override fun category(category: Category) = "$language:${category.name}"
            override fun urgent() = "$language:urgent"
        },
    )

    override val clock: Clock get() = Clock.fixed(now, ZoneOffset.UTC)

    override fun zone(): ZoneId = phoneZone
}
