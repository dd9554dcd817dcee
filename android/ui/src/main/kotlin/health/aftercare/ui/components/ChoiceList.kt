// The core's choices as a list of radio rows (treatments, periods, formats, languages, zones).
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.Choice

/**
 * One row per choice, the whole row the touch target (at least 56 dp): a radio button, the
 * label and its second line. A screen reader says the label and the platform's own
 * "selected" state; the group is one selectable group.
 */
@Composable
fun ChoiceList(choices: List<Choice>, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    if (choices.isEmpty()) return
    Column(modifier.fillMaxWidth().selectableGroup()) {
        for (choice in choices) {
            Row(
                Modifier
                    .fillMaxWidth()
                    .heightIn(min = 56.dp)
                    .selectable(selected = choice.selected, role = Role.RadioButton, onClick = { onAction(choice.action) })
                    .padding(vertical = 4.dp),
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                RadioButton(selected = choice.selected, onClick = null)
                Column(Modifier.weight(1f)) {
                    Text(choice.label, style = MaterialTheme.typography.bodyLarge)
                    choice.detail?.let {
                        Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                    }
                }
            }
        }
    }
}
