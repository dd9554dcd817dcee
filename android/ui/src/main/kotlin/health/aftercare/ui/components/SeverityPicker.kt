// How strong a symptom is: eleven values 0–10, the chosen one in words, the scale's anchors.
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.SeverityInput
import health.aftercare.core.SeverityOption
import health.aftercare.ui.theme.tone
import health.aftercare.ui.theme.toneColors

/**
 * The severity of one symptom. Each value is a 48 dp square outlined in its band's colour;
 * the chosen one is filled with a heavy border and bold number, and the core's words for it
 * ("7 of 10, severe") stand above the values, so nothing rests on colour. A screen reader says
 * each value in words ("7 of 10, severe") with its selected state.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun SeverityPicker(input: SeverityInput, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(input.label, style = MaterialTheme.typography.titleSmall, modifier = Modifier.semantics { heading() })
        input.valueLabel?.let {
            Text(
                it,
                style = MaterialTheme.typography.bodyLarge,
                fontWeight = FontWeight.SemiBold,
                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
            )
        }
        FlowRow(
            Modifier.fillMaxWidth().selectableGroup(),
            horizontalArrangement = Arrangement.spacedBy(6.dp),
            verticalArrangement = Arrangement.spacedBy(6.dp),
        ) {
            for (option in input.options) SeverityValue(option, onAction)
        }
        // The scale's words at its anchors (0 none, 5 moderate, 10 worst imaginable): each value
        // above its words, spread across the width like the scale.
        FlowRow(
            Modifier.fillMaxWidth(),
            horizontalArrangement = Arrangement.SpaceBetween,
            verticalArrangement = Arrangement.spacedBy(2.dp),
        ) {
            for (anchor in input.anchors) {
                Column(Modifier.semantics(mergeDescendants = true) {}) {
                    Text(anchor.value.toString(), style = MaterialTheme.typography.labelLarge)
                    Text(anchor.label, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
                }
            }
        }
        input.error?.let { ErrorLine(it) }
    }
}

@Composable
private fun SeverityValue(option: SeverityOption, onAction: (AppAction) -> Unit) {
    val colors = toneColors(option.band.tone())
    val selected = option.selected
    Surface(
        shape = RoundedCornerShape(10.dp),
        color = if (selected) colors.container else MaterialTheme.colorScheme.surface,
        contentColor = if (selected) colors.onContainer else MaterialTheme.colorScheme.onSurface,
        border = BorderStroke(if (selected) 3.dp else 1.dp, if (selected) colors.onContainer else colors.accent),
        modifier = Modifier
            .sizeIn(minWidth = MIN_TOUCH, minHeight = MIN_TOUCH)
            .selectable(selected = selected, role = Role.RadioButton, onClick = { onAction(option.action) })
            .semantics { contentDescription = option.accessibilityLabel },
    ) {
        Box(Modifier.sizeIn(minWidth = MIN_TOUCH, minHeight = MIN_TOUCH), contentAlignment = Alignment.Center) {
            Text(
                option.value.toString(),
                style = MaterialTheme.typography.titleMedium,
                fontWeight = if (selected) FontWeight.Black else FontWeight.Normal,
                // Said as the value's words instead ("7 of 10, severe").
                modifier = Modifier.clearAndSetSemantics {},
            )
        }
    }
}
