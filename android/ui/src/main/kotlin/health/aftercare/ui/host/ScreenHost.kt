// The frame every screen is drawn in: top bar with up, the core's transient message, content.
package health.aftercare.ui.host

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.Scaffold
import androidx.compose.material3.SnackbarHost
import androidx.compose.material3.SnackbarHostState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier

/**
 * Draws one screen of the core's route stack. Everything shown comes from the core's screen
 * model: the [title], the label of the up button ([upLabel], null on the first screen of the
 * stack), and the transient [message] after an action ("Saved"), shown once as a snackbar and
 * then reported with [onMessageShown]. [onUp] sends the core's back action; the Activity also
 * routes the system back gesture there.
 */
@Composable
fun ScreenHost(
    title: String,
    upLabel: String?,
    onUp: () -> Unit,
    message: String?,
    onMessageShown: () -> Unit,
    modifier: Modifier = Modifier,
    content: @Composable (PaddingValues) -> Unit,
) {
    val snackbars = remember { SnackbarHostState() }
    LaunchedEffect(message) {
        if (message != null) {
            snackbars.showSnackbar(message)
            onMessageShown()
        }
    }
    Scaffold(
        modifier = modifier,
        topBar = { HostTopBar(title, upLabel, onUp) },
        snackbarHost = { SnackbarHost(snackbars) },
        content = content,
    )
}
