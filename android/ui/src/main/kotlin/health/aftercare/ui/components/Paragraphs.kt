// Running text from the core: paragraphs, and the small print (the provider-comes-first notice).
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp

/** Paragraphs one under the other. */
@Composable
fun Paragraphs(paragraphs: List<String>, modifier: Modifier = Modifier) {
    if (paragraphs.isEmpty()) return
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (paragraph in paragraphs) Text(paragraph, style = MaterialTheme.typography.bodyLarge)
    }
}

/** A screen's main heading (larger than a section's). */
@Composable
fun PageHeading(text: String, modifier: Modifier = Modifier) {
    Text(text, style = MaterialTheme.typography.headlineSmall, modifier = modifier.semantics { heading() })
}

/** A line under a heading ("Microneedling, session 2"). */
@Composable
fun Subtitle(text: String, modifier: Modifier = Modifier) {
    Text(text, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurfaceVariant, modifier = modifier)
}

/** Small print at the end of a screen. */
@Composable
fun SmallPrint(text: String, modifier: Modifier = Modifier) {
    Text(text, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant, modifier = modifier)
}
