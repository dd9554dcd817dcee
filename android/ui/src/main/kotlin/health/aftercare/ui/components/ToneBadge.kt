// A small pill that states a tone in words, coloured by the tone.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import health.aftercare.ui.theme.AftercareTones
import health.aftercare.core.Tone

/**
 * [label] (the core's words for the level, e.g. "Contact your clinic") in [tone]'s colours;
 * [inverted] (the tone's accent behind its container colour) inside a card of the same tone.
 */
@Composable
fun ToneBadge(tone: Tone, label: String, modifier: Modifier = Modifier, inverted: Boolean = false) {
    val colors = AftercareTones.current[tone]
    Surface(
        modifier = modifier,
        shape = RoundedCornerShape(50),
        color = if (inverted) colors.accent else colors.container,
        contentColor = if (inverted) colors.container else colors.onContainer,
    ) {
        Text(
            text = label,
            style = MaterialTheme.typography.labelLarge,
            modifier = Modifier.padding(horizontal = 12.dp, vertical = 6.dp),
        )
    }
}
