// A titled list from the core's ListSection, with its empty line when it has no items.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import health.aftercare.core.AppAction
import health.aftercare.core.ListSection

/** The section's title as a heading, then its lines, or the core's empty line. */
@Composable
fun SectionList(section: ListSection, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth()) {
        SectionHeader(section.title)
        if (section.items.isEmpty()) {
            section.empty?.let {
                Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            }
        } else {
            ItemColumn(section.items, onAction)
        }
    }
}
