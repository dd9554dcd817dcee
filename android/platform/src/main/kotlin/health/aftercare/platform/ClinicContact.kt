// The dialer and e-mail intents for the patient's clinic.
package health.aftercare.platform

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri

/** Whether an external app took over. */
enum class Launch {
    /** The system started an app for it. */
    STARTED,

    /** No app on this phone handles it (a tablet without a dialer, no mail app). */
    NO_APP,
}

/**
 * Intents to reach the clinic. The dialer opens with the number filled in and the patient
 * presses call (`ACTION_DIAL`: no CALL_PHONE permission); e-mail opens a draft in a mail app
 * (`ACTION_SENDTO` with `mailto:`, so only mail apps answer). The core validated both values.
 */
object ClinicContact {
    /** The dialer with [phone]; null when it has no digit to dial. */
    fun dial(phone: String): Intent? {
        if (phone.none(Char::isDigit)) return null
        // fromParts encodes what a tel: URI cannot carry raw ('#', spaces), so no input breaks it.
        return Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", phone.trim(), null))
    }

    /**
     * A mail draft to [address] with an optional [subject] from the core. The address travels
     * in EXTRA_EMAIL, which every mail app reads, and not in the URI, where characters such as
     * `?` or `&` in a typed address would be read as more headers.
     */
    fun email(address: String, subject: String?): Intent =
        Intent(Intent.ACTION_SENDTO, Uri.parse("mailto:"))
            .putExtra(Intent.EXTRA_EMAIL, arrayOf(address.trim()))
            .apply { if (subject != null) putExtra(Intent.EXTRA_SUBJECT, subject) }

    /** Starts [intent] from [context]; [Launch.NO_APP] instead of a crash when nothing handles it. */
    fun start(context: Context, intent: Intent): Launch =
        try {
            if (context !is android.app.Activity) intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
            context.startActivity(intent)
            Launch.STARTED
        } catch (none: ActivityNotFoundException) {
            Launch.NO_APP
        }
}
