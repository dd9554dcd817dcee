// The core's commands as buttons: the style decides the look, the model decides everything else.
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.widthIn
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.Command
import health.aftercare.core.CommandStyle

/** Android's minimum touch target. */
val MIN_TOUCH = 48.dp

/**
 * A button for [command]: primary filled, secondary outlined, destructive outlined in the
 * error colour (the core always confirms before deleting), quiet as a text button. At least
 * 48 dp in both directions, taller when a large font wraps the label. A screen reader says
 * the command's accessibility label (fuller than the visible one where that is ambiguous,
 * "Delete: Redness, 10:00").
 */
@Composable
fun CommandButton(command: Command, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier, fill: Boolean = true) {
    val sized = modifier
        .then(if (fill) Modifier.fillMaxWidth() else Modifier)
        .heightIn(min = MIN_TOUCH)
        .widthIn(min = MIN_TOUCH)
        .then(
            if (command.accessibilityLabel != command.label) {
                Modifier.semantics { contentDescription = command.accessibilityLabel }
            } else {
                Modifier
            }
        )
    val onClick = { onAction(command.action) }
    val label: @Composable () -> Unit = { Text(command.label, textAlign = TextAlign.Center) }
    when (command.style) {
        CommandStyle.PRIMARY -> Button(onClick, sized, command.enabled) { label() }
        CommandStyle.SECONDARY -> OutlinedButton(onClick, sized, command.enabled) { label() }
        CommandStyle.DESTRUCTIVE -> OutlinedButton(
            onClick,
            sized,
            command.enabled,
            colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
            border = BorderStroke(1.dp, if (command.enabled) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.outline),
        ) { label() }
        CommandStyle.QUIET -> TextButton(onClick, sized, command.enabled) { label() }
    }
}

/** A screen's commands, one under the other at full width, in the core's order (main first). */
@Composable
fun CommandColumn(commands: List<Command>, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    if (commands.isEmpty()) return
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (command in commands) CommandButton(command, onAction)
    }
}

/** A line's own commands (edit, delete, done), side by side while they fit, then wrapping. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun CommandFlow(commands: List<Command>, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    if (commands.isEmpty()) return
    FlowRow(modifier, horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        for (command in commands) CommandButton(command, onAction, fill = false)
    }
}
