// The core's choices as chips that wrap (symptom kinds, body areas, sessions to show).
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.Choice

/**
 * Chips in rows that wrap, each at least 48 dp tall. The chosen one is filled, outlined more
 * strongly and carries a check mark, so the choice never rests on colour; a screen reader
 * hears a radio button with its selected state.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun ChoiceChips(choices: List<Choice>, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    if (choices.isEmpty()) return
    FlowRow(
        modifier.selectableGroup(),
        horizontalArrangement = Arrangement.spacedBy(8.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        for (choice in choices) ChoiceChip(choice, onAction)
    }
}

@Composable
private fun ChoiceChip(choice: Choice, onAction: (AppAction) -> Unit) {
    val colors = MaterialTheme.colorScheme
    Surface(
        shape = RoundedCornerShape(12.dp),
        color = if (choice.selected) colors.secondaryContainer else colors.surface,
        contentColor = if (choice.selected) colors.onSecondaryContainer else colors.onSurface,
        border = if (choice.selected) BorderStroke(2.dp, colors.primary) else BorderStroke(1.dp, colors.outline),
        modifier = Modifier
            .heightIn(min = MIN_TOUCH)
            .selectable(selected = choice.selected, role = Role.RadioButton, onClick = { onAction(choice.action) }),
    ) {
        Row(
            Modifier.heightIn(min = MIN_TOUCH).padding(horizontal = 14.dp, vertical = 8.dp),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(6.dp),
        ) {
            if (choice.selected) Icon(Glyphs.Check, contentDescription = null, modifier = Modifier.size(18.dp))
            Text(choice.label, style = MaterialTheme.typography.labelLarge)
        }
    }
}
