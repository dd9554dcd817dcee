// What a screen shows when it has nothing yet, with the core's ways forward.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.EmptyMessage

/** The empty state: what is missing (a heading), what to do, and the commands to do it. */
@Composable
fun EmptyMessageCard(empty: EmptyMessage, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth().padding(vertical = 24.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        Text(empty.heading, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
        Text(empty.text, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.onSurfaceVariant)
        CommandColumn(empty.commands, onAction, Modifier.padding(top = 8.dp))
    }
}
