// The frame every screen is drawn in: top bar with up, navigation bar, the core's message.
package health.aftercare.ui.host

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Snackbar
import androidx.compose.material3.SnackbarDuration
import androidx.compose.material3.SnackbarHost
import androidx.compose.material3.SnackbarHostState
import androidx.compose.material3.SnackbarResult
import androidx.compose.material3.SnackbarVisuals
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import health.aftercare.core.AppAction
import health.aftercare.core.Command
import health.aftercare.core.Message
import health.aftercare.core.NavItem
import health.aftercare.core.Tone
import health.aftercare.ui.components.NavBar
import health.aftercare.ui.theme.toneColors

/**
 * A message from the core to show once. [id] tells two equal messages apart ("Saved." after
 * two saves): the shell numbers each update's message.
 */
data class ShownMessage(val message: Message, val id: Long)

/**
 * Draws one screen of the core's route stack: the [title] and the [up] command in the top bar,
 * the [navigation] bar, and the transient [message] as a snackbar, shown once and then reported
 * with [onMessageShown]; its command ("Undo") is dispatched when pressed. The Activity also
 * routes the system back gesture to the core's back action.
 */
@Composable
fun ScreenHost(
    title: String,
    up: Command?,
    navigation: List<NavItem>,
    onAction: (AppAction) -> Unit,
    modifier: Modifier = Modifier,
    message: ShownMessage? = null,
    onMessageShown: () -> Unit = {},
    content: @Composable (PaddingValues) -> Unit,
) {
    val snackbars = remember { SnackbarHostState() }
    LaunchedEffect(message?.id) {
        if (message != null) {
            val command = message.message.command
            val result = snackbars.showSnackbar(MessageVisuals(message.message))
            if (result == SnackbarResult.ActionPerformed && command != null) onAction(command.action)
            onMessageShown()
        }
    }
    Scaffold(
        modifier = modifier,
        topBar = { HostTopBar(title, up, onAction) },
        bottomBar = { NavBar(navigation, onAction) },
        snackbarHost = {
            SnackbarHost(snackbars) { data ->
                val tone = (data.visuals as? MessageVisuals)?.tone ?: Tone.NEUTRAL
                if (tone == Tone.NEUTRAL || tone == Tone.NORMAL) {
                    Snackbar(data)
                } else {
                    val colors = toneColors(tone)
                    Snackbar(
                        data,
                        containerColor = colors.container,
                        contentColor = colors.onContainer,
                        actionColor = colors.onContainer,
                        dismissActionContentColor = colors.onContainer,
                    )
                }
            }
        },
        containerColor = MaterialTheme.colorScheme.background,
        content = content,
    )
}

/** A core message as Material's snackbar wants it; one with a command stays longer. */
private class MessageVisuals(message: Message) : SnackbarVisuals {
    val tone: Tone = message.tone
    override val message: String = message.text
    override val actionLabel: String? = message.command?.label
    override val withDismissAction: Boolean = false
    override val duration: SnackbarDuration = if (message.command != null) SnackbarDuration.Long else SnackbarDuration.Short
}
