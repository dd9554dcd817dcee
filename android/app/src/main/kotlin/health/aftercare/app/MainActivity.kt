// The one Activity: draws the core's screens, sends it every action, carries out its effects.
package health.aftercare.app

import android.content.Intent
import android.os.Bundle
import android.util.Log
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import health.aftercare.core.AftercareException
import health.aftercare.core.AppAction
import health.aftercare.core.Screen
import health.aftercare.core.Update
import health.aftercare.ui.host.AppScreen
import health.aftercare.ui.host.ShownMessage
import health.aftercare.ui.theme.AftercareTheme
import java.time.Instant

/**
 * Navigation is the core's: it keeps the route stack and answers every action with the next
 * screen, so this Activity holds no navigation graph and no text of its own. Every core call
 * runs on the application's core thread, in order; the answer is drawn on the main thread and
 * its effects are carried out by [PlatformEffects], whose outcomes go back to the core as
 * actions. Deep links (`aftercare://…` from reminder notifications; `singleTop`, so a tap
 * while the app is open arrives in [onNewIntent]) become the core's `OpenLink`. Back is the
 * model's `up` (or the core's back while a dialog is open); on a root screen the system
 * closes the app.
 */
class MainActivity : ComponentActivity() {
    private val app: AftercareApplication get() = application as AftercareApplication
    private lateinit var effects: PlatformEffects

    private var screen: Screen? by mutableStateOf(null)
    private var message: ShownMessage? by mutableStateOf(null)
    private var messages = 0L

    private val back = object : OnBackPressedCallback(false) {
        override fun handleOnBackPressed() {
            val current = screen ?: return
            send(if (current.dialog != null) AppAction.Back else current.up?.action ?: AppAction.Back)
        }
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        effects = PlatformEffects(this, app)
        onBackPressedDispatcher.addCallback(this, back)
        setContent {
            AftercareTheme {
                // Nothing until the core's first screen (a frame or two while the journal opens).
                screen?.let { current ->
                    AppScreen(
                        screen = current,
                        onAction = ::send,
                        modifier = Modifier.fillMaxSize(),
                        message = message,
                        onMessageShown = { message = null },
                    )
                }
            }
        }
        app.coreThread.execute {
            val first = try {
                app.core.screen(Instant.now(), app.zone().id)
            } catch (e: AftercareException) {
                Log.w(TAG, "no first screen: ${e.javaClass.simpleName}")
                return@execute
            }
            runOnUiThread { show(first, null) }
        }
        openLink(intent)
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        openLink(intent)
    }

    override fun onStart() {
        super.onStart()
        // Coming back may follow a permission change in the system settings, a reboot, or
        // days away: the core hears what the phone allows now and decides what to sync.
        send(effects.permissions())
        send(AppAction.Resumed)
    }

    override fun onStop() {
        super.onStop()
        // Android may end the process any time from here on (routinely while the camera or a
        // picker is in front): the core keeps the unsaved forms in the journal, and a new
        // process opens on them again. A rotation stops and starts again at once; nothing to keep.
        if (!isChangingConfigurations) send(AppAction.Backgrounded)
    }

    /** Dispatches [action] on the core thread and draws the answer. */
    private fun send(action: AppAction) {
        app.coreThread.execute {
            val update = try {
                app.core.dispatch(action, Instant.now(), app.zone().id)
            } catch (e: AftercareException) {
                // Typed, without health data; the screen stays as it was.
                Log.w(TAG, "action refused: ${e.javaClass.simpleName}")
                return@execute
            }
            runOnUiThread { show(update.screen, update) }
        }
    }

    private fun show(next: Screen, update: Update?) {
        screen = next
        app.screenLocale = next.locale
        back.isEnabled = next.up != null || next.dialog != null
        update?.message?.let { message = ShownMessage(it, ++messages) }
        update?.effects?.forEach { effects.carryOut(it, ::send) }
    }

    /** Only this app's own links (`aftercare:`), as the manifest's intent filter routes them. */
    private fun openLink(intent: Intent?) {
        val link = intent?.takeIf { it.action == Intent.ACTION_VIEW }?.data?.takeIf { it.scheme == "aftercare" } ?: return
        // Handled once: a configuration change re-creates the Activity with the same intent.
        intent.data = null
        send(AppAction.OpenLink(link.toString()))
    }

    private companion object {
        const val TAG = "AftercareApp"
    }
}
