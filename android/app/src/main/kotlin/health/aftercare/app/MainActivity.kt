// The one Activity: the screen host of the core's route stack, deep links and effects.
package health.aftercare.app

import android.content.Intent
import android.net.Uri
import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import health.aftercare.ui.theme.AftercareTheme

/**
 * Navigation is the core's: it keeps the route stack and answers every action with the next
 * screen model, so this Activity holds no navigation graph of its own. It receives deep links
 * (`aftercare://…` from reminder notifications; `singleTop`, so a tap while the app is open
 * arrives in [onNewIntent]), syncs reminders whenever the app comes to the foreground, and
 * owns the [PlatformEffects] the core's effects are carried out with.
 *
 * Phase 2 of issue 10 draws the core's screens here, inside `ScreenHost` from :ui, with the
 * system back gesture sent to the core as its back action; until the core's app layer exists
 * this Activity draws the theme's empty surface and nothing invented in Kotlin.
 */
class MainActivity : ComponentActivity() {
    private val app: AftercareApplication get() = application as AftercareApplication
    private lateinit var effects: PlatformEffects

    /** The latest deep link not yet handed to the core. */
    private var deepLink: Uri? by mutableStateOf(null)

    override fun onCreate(savedInstanceState: Bundle?) {
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        effects = PlatformEffects(this, app)
        deepLink = deepLinkOf(intent)
        setContent {
            AftercareTheme { }
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        deepLinkOf(intent)?.let { deepLink = it }
    }

    override fun onStart() {
        super.onStart()
        // Coming back may follow a permission change in the system settings, a reboot, or
        // days away: the core decides what Android should hold now.
        effects.syncReminders()
    }

    /** Only this app's own links (`aftercare:`), as the manifest's intent filter routes them. */
    private fun deepLinkOf(intent: Intent?): Uri? =
        intent?.takeIf { it.action == Intent.ACTION_VIEW }?.data?.takeIf { it.scheme == "aftercare" }
}
