// The core's switches: a label, a line of explanation and the switch, the whole row the target.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.ToggleInput

/**
 * A switch row. Pressing anywhere on it dispatches the toggle's action (which flips it in the
 * core); a screen reader hears the core's accessibility label, "switch", and on or off.
 */
@Composable
fun ToggleRow(toggle: ToggleInput, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Row(
        modifier
            .fillMaxWidth()
            .heightIn(min = 56.dp)
            .toggleable(value = toggle.on, role = Role.Switch, onValueChange = { onAction(toggle.action) })
            .semantics { contentDescription = toggle.accessibilityLabel }
            .padding(vertical = 6.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        // The label is said once, through the row's description.
        Column(Modifier.weight(1f).clearAndSetSemantics {}) {
            Text(toggle.label, style = MaterialTheme.typography.bodyLarge)
            toggle.detail?.let {
                Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            }
        }
        Switch(checked = toggle.on, onCheckedChange = null)
    }
}
