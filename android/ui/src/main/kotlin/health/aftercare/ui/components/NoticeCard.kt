// A card that tells the patient something in a tone: a title, a body and an optional action.
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import health.aftercare.ui.theme.AftercareTones
import health.aftercare.core.Tone

/**
 * A notice: the triage result's call to action, "notifications are off", "a damaged journal
 * was moved aside". The title is a heading for screen readers; the action, when given, is a
 * full-width button inside the card.
 */
@Composable
fun NoticeCard(
    tone: Tone,
    title: String,
    body: String?,
    modifier: Modifier = Modifier,
    action: (@Composable () -> Unit)? = null,
) {
    val colors = AftercareTones.current[tone]
    Card(
        modifier = modifier.fillMaxWidth(),
        colors = CardDefaults.cardColors(containerColor = colors.container, contentColor = colors.onContainer),
        border = BorderStroke(1.dp, colors.accent),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            body?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            action?.invoke()
        }
    }
}

/** A sentence to keep in mind (the "companion, not a doctor" notice) in a card of [tone]. */
@Composable
fun Callout(tone: Tone, text: String, modifier: Modifier = Modifier) {
    val colors = AftercareTones.current[tone]
    Card(
        modifier = modifier.fillMaxWidth(),
        colors = CardDefaults.cardColors(containerColor = colors.container, contentColor = colors.onContainer),
        border = BorderStroke(1.dp, colors.accent),
    ) {
        Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(16.dp))
    }
}
