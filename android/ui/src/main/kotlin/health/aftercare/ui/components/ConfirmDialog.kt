// The confirmation the core asks for before anything is deleted or discarded.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import health.aftercare.core.AppAction
import health.aftercare.core.Command
import health.aftercare.core.CommandStyle
import health.aftercare.core.Confirmation

/**
 * A dialog with the core's question, what will happen, and its two commands. A destructive
 * confirm is in the error colour; dismissing (back, a tap outside) is the cancel command.
 */
@Composable
fun ConfirmDialog(confirmation: Confirmation, onAction: (AppAction) -> Unit) {
    AlertDialog(
        onDismissRequest = { onAction(confirmation.cancel.action) },
        title = { Text(confirmation.title) },
        text = { Text(confirmation.body) },
        confirmButton = { DialogButton(confirmation.confirm, onAction) },
        dismissButton = { DialogButton(confirmation.cancel, onAction) },
    )
}

@Composable
private fun DialogButton(command: Command, onAction: (AppAction) -> Unit) {
    TextButton(
        onClick = { onAction(command.action) },
        enabled = command.enabled,
        modifier = Modifier
            .heightIn(min = MIN_TOUCH)
            .semantics { contentDescription = command.accessibilityLabel },
        colors = if (command.style == CommandStyle.DESTRUCTIVE) {
            ButtonDefaults.textButtonColors(contentColor = MaterialTheme.colorScheme.error)
        } else {
            ButtonDefaults.textButtonColors()
        },
    ) { Text(command.label) }
}
