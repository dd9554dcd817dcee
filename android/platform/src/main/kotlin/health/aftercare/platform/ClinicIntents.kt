// The dialer and e-mail intents that reach the patient's clinic (the core keeps its contact).
package health.aftercare.platform

import android.content.Intent
import android.net.Uri

/**
 * Intents to reach the clinic. The dialer opens with the number filled in and the patient
 * presses call (`ACTION_DIAL`: no CALL_PHONE permission); e-mail opens a draft in a mail app
 * (`ACTION_SENDTO` with `mailto:`, so only mail apps answer). The core validated both values.
 */
object ClinicIntents {
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
}
