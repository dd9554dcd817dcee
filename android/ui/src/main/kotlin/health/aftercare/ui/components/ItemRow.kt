// One line of a list from the core's Item: title, value, second line, tone in words, commands.
package health.aftercare.ui.components

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.onClick
import androidx.compose.ui.semantics.role
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.Item
import health.aftercare.core.Tone
import health.aftercare.ui.theme.tone
import health.aftercare.ui.theme.toneColors

/**
 * An [Item]. The line is one element for a screen reader, saying the core's accessibility label
 * (a button when the item has an action); its commands follow as buttons of their own. A tone
 * or severity band shows as a coloured edge and, for a tone, its words in a badge.
 *
 * The trailing value ("3 h left", "08:00") sits at the end of the title's line while both fit
 * and moves under the title when they do not, so a long value in a large font never squeezes
 * the title into a column of broken syllables.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun ItemRow(item: Item, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    val edge = item.band?.tone() ?: item.tone
    val action = item.action
    Column(modifier.fillMaxWidth()) {
        Column(
            Modifier
                .fillMaxWidth()
                .heightIn(min = MIN_TOUCH)
                .clip(RoundedCornerShape(8.dp))
                .clearAndSetSemantics {
                    contentDescription = item.accessibilityLabel
                    if (action != null) {
                        role = Role.Button
                        onClick { onAction(action); true }
                    }
                }
                .then(if (action != null) Modifier.clickable(role = Role.Button) { onAction(action) } else Modifier)
                .padding(vertical = 8.dp)
                .then(if (edge != Tone.NEUTRAL) Modifier.toneEdge(toneColors(edge).accent) else Modifier),
            verticalArrangement = Arrangement.spacedBy(2.dp),
        ) {
            FlowRow(
                Modifier.fillMaxWidth(),
                horizontalArrangement = Arrangement.SpaceBetween,
                verticalArrangement = Arrangement.spacedBy(2.dp),
            ) {
                Text(item.title, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(end = 12.dp))
                item.trailing?.let {
                    Text(it, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.onSurfaceVariant)
                }
            }
            item.detail?.let {
                Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            }
            item.toneLabel?.let { ToneBadge(item.tone, it, Modifier.padding(top = 4.dp)) }
        }
        if (item.commands.isNotEmpty()) {
            CommandFlow(item.commands, onAction, Modifier.padding(start = if (edge != Tone.NEUTRAL) 16.dp else 0.dp))
        }
    }
}

/** Lines one under the other with a divider's worth of space, centred vertically in their rows. */
@Composable
fun ItemColumn(items: List<Item>, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        for (item in items) ItemRow(item, onAction)
    }
}

