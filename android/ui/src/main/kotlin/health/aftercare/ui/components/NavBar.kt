// The navigation bar of the main places, from the core's NavItems.
package health.aftercare.ui.components

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.BoxWithConstraints
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.WindowInsets
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.navigationBars
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.windowInsetsPadding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.BasicText
import androidx.compose.foundation.text.TextAutoSize
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.rememberTextMeasurer
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import health.aftercare.core.AppAction
import health.aftercare.core.NavItem

/**
 * Material's navigation bar has a fixed height that clips a label a large font wraps; this one
 * grows with its labels. Each place is a tab (a screen reader hears the core's label, "Today,
 * current screen", and the selected state); the current one has an indicator behind its icon
 * and a bold label, not a colour change alone.
 */
@Composable
fun NavBar(items: List<NavItem>, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    if (items.isEmpty()) return
    val colors = MaterialTheme.colorScheme
    val style = MaterialTheme.typography.labelMedium.copy(fontWeight = FontWeight.Bold, textAlign = TextAlign.Center)
    val measurer = rememberTextMeasurer()
    val density = LocalDensity.current
    Surface(color = colors.surfaceContainer, contentColor = colors.onSurface, modifier = modifier.fillMaxWidth()) {
        BoxWithConstraints(Modifier.fillMaxWidth().windowInsetsPadding(WindowInsets.navigationBars)) {
            // When the labels do not all fit at the patient's font size, only the current
            // place keeps its label (Material's labels-on-selection pattern): shrinking every
            // label would undo the larger font the patient chose. Every place still says its
            // label to a screen reader.
            val labelled = with(density) {
                val total = items.sumOf { measurer.measure(it.label, style, maxLines = 1).size.width + (LABEL_PADDING.toPx() * 2).toInt() }
                total <= constraints.maxWidth
            }
            val widths = with(density) {
                val needed = items.map {
                    if (labelled || it.selected) {
                        measurer.measure(it.label, style, maxLines = 1).size.width.toFloat() + LABEL_PADDING.toPx() * 2
                    } else {
                        MIN_PLACE.toPx()
                    }
                }
                placeWidths(needed, constraints.maxWidth.toFloat(), MIN_PLACE.toPx()).map { it.toDp() }
            }
            Row(Modifier.fillMaxWidth().selectableGroup()) {
                items.forEachIndexed { index, item -> Place(item, widths[index], style, labelled || item.selected, onAction) }
            }
        }
    }
}

@Composable
private fun Place(item: NavItem, width: Dp, style: TextStyle, showLabel: Boolean, onAction: (AppAction) -> Unit) {
    val colors = MaterialTheme.colorScheme
    Column(
        Modifier
            .width(width)
            .heightIn(min = 64.dp)
            .selectable(selected = item.selected, role = Role.Tab, onClick = { onAction(item.action) })
            .semantics { contentDescription = item.accessibilityLabel }
            .padding(horizontal = LABEL_PADDING, vertical = 8.dp),
        horizontalAlignment = Alignment.CenterHorizontally,
        verticalArrangement = Arrangement.spacedBy(4.dp),
    ) {
        Box(
            Modifier
                .background(if (item.selected) colors.secondaryContainer else colors.surfaceContainer, RoundedCornerShape(16.dp))
                .padding(horizontal = 12.dp, vertical = 4.dp),
            contentAlignment = Alignment.Center,
        ) {
            Icon(
                Glyphs.of(item.destination),
                contentDescription = null,
                tint = if (item.selected) colors.onSecondaryContainer else colors.onSurfaceVariant,
                modifier = Modifier.size(24.dp),
            )
        }
        // One line; shrunk to fit only in the rare case that even the current place's label alone
        // does not fit: a word broken across lines ("Cronol-ogía") is harder to read than a
        // smaller one. A screen reader says the place's label from the model (the tab's
        // description).
        if (!showLabel) return@Column
        val labelColor = if (item.selected) colors.onSurface else colors.onSurfaceVariant
        BasicText(
            item.label,
            style = style.copy(fontWeight = if (item.selected) FontWeight.Bold else FontWeight.Medium),
            color = { labelColor },
            maxLines = 1,
            // Clip, not ellipsis: auto-size only sees an overflow it could fix when the text
            // is clipped (an ellipsis never "overflows").
            autoSize = TextAutoSize.StepBased(minFontSize = 7.sp, maxFontSize = style.fontSize, stepSize = 0.25.sp),
            modifier = Modifier.fillMaxWidth(),
        )
    }
}

/** The smallest width a place gets, whatever the labels: more than a finger. */
private val MIN_PLACE = 56.dp
// Half the least gap between two labels: words that run together ("Historial Sesiones") read as one.
private val LABEL_PADDING = 4.dp

/**
 * The width of each place. Equal while every label fits in an equal share; otherwise each
 * place keeps [floor] and the rest of the bar goes to the labels that need more, in
 * proportion to what they lack, so "Cronología" gets more room than "Hoy".
 */
internal fun placeWidths(needed: List<Float>, total: Float, floor: Float): List<Float> {
    val share = total / needed.size
    if (needed.all { it <= share }) return needed.map { share }
    val base = minOf(floor, share)
    val lacking = needed.map { maxOf(0f, it - base) }
    val room = total - base * needed.size
    val sum = lacking.sum()
    return lacking.map { base + if (sum > 0f) room * it / sum else room / needed.size }
}
