// The app's buttons: primary, secondary and destructive, never smaller than a finger.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp

/** What a button does, which decides how it looks. */
enum class ActionStyle {
    /** The screen's main action ("How do you feel?", "Call your clinic"). */
    PRIMARY,

    /** Any other action. */
    SECONDARY,

    /** Deletes something (after the core's confirmation). */
    DESTRUCTIVE,
}

/**
 * A full-width button with the core's [label]; at least 48 dp tall (Android's minimum touch
 * target), and taller when a large font wraps the label onto more lines.
 */
@Composable
fun ActionButton(
    label: String,
    onClick: () -> Unit,
    modifier: Modifier = Modifier,
    style: ActionStyle = ActionStyle.PRIMARY,
    enabled: Boolean = true,
) {
    val sized = modifier.fillMaxWidth().heightIn(min = MIN_TOUCH)
    val text: @Composable () -> Unit = { Text(label, textAlign = TextAlign.Center) }
    when (style) {
        ActionStyle.PRIMARY -> Button(onClick, sized, enabled) { text() }
        ActionStyle.SECONDARY -> OutlinedButton(onClick, sized, enabled) { text() }
        ActionStyle.DESTRUCTIVE -> Button(
            onClick,
            sized,
            enabled,
            colors = ButtonDefaults.buttonColors(
                containerColor = MaterialTheme.colorScheme.error,
                contentColor = MaterialTheme.colorScheme.onError,
            ),
        ) { text() }
    }
}

/** Android's minimum touch target. */
val MIN_TOUCH = 48.dp
