// Starting another app's screen (dialer, mail, share sheet, system settings) without crashing.
package health.aftercare.platform

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent

/** Whether an external app took over. */
enum class Launch {
    /** The system started an app for it. */
    STARTED,

    /** No app on this phone handles it (a tablet without a dialer, no mail app). */
    NO_APP,
}

/** Starts other apps' screens for the shell's effects. */
object ExternalApps {
    /** Starts [intent] from [context]; [Launch.NO_APP] instead of a crash when nothing handles it. */
    fun start(context: Context, intent: Intent): Launch =
        try {
            if (context !is Activity) intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
            context.startActivity(intent)
            Launch.STARTED
        } catch (none: ActivityNotFoundException) {
            Launch.NO_APP
        }
}
