// The whole of one core Screen: frame, page, dialog and message.
package health.aftercare.ui.host

import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import health.aftercare.core.AppAction
import health.aftercare.core.Screen
import health.aftercare.ui.components.ConfirmDialog
import health.aftercare.ui.screens.ScreenBodyContent

/**
 * Draws [screen] as the core built it and sends every press, choice and edit to [onAction]:
 * the shell dispatches it and draws the screen the core answers with. [message] is the last
 * update's message, shown once.
 */
@Composable
fun AppScreen(
    screen: Screen,
    onAction: (AppAction) -> Unit,
    modifier: Modifier = Modifier,
    message: ShownMessage? = null,
    onMessageShown: () -> Unit = {},
) {
    ScreenHost(
        title = screen.title,
        up = screen.up,
        navigation = screen.navigation,
        onAction = onAction,
        modifier = modifier,
        message = message,
        onMessageShown = onMessageShown,
    ) { padding -> ScreenBodyContent(screen.body, padding, onAction) }
    screen.dialog?.let { ConfirmDialog(it, onAction) }
}
