// The top bar: the up button and the screen's title, growing with the title instead of clipping it.
package health.aftercare.ui.host

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.WindowInsets
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.statusBars
import androidx.compose.foundation.layout.windowInsetsPadding
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.Command
import health.aftercare.ui.components.MIN_TOUCH
import health.aftercare.ui.components.UpArrow

/**
 * Material's small top bar has a fixed 64 dp height and clips a title that wraps at a large
 * font scale ("Día 2 de tu recuperación" at 1.5x); this one keeps 64 dp as its minimum and
 * grows, below the status bar. The up button says where it leads ("Back to Today").
 */
@Composable
internal fun HostTopBar(title: String, up: Command?, onAction: (AppAction) -> Unit) {
    Surface(color = MaterialTheme.colorScheme.surface, contentColor = MaterialTheme.colorScheme.onSurface) {
        Row(
            modifier = Modifier
                .fillMaxWidth()
                .windowInsetsPadding(WindowInsets.statusBars)
                .heightIn(min = 64.dp)
                .padding(horizontal = 4.dp, vertical = 8.dp),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(4.dp),
        ) {
            if (up != null) {
                // Material's icon button is 40 dp; the whole 48 dp is the target here.
                IconButton(onClick = { onAction(up.action) }, enabled = up.enabled, modifier = Modifier.size(MIN_TOUCH)) {
                    Icon(UpArrow, contentDescription = up.accessibilityLabel)
                }
            } else {
                Box(Modifier.size(12.dp))
            }
            Text(
                title,
                style = MaterialTheme.typography.titleLarge,
                modifier = Modifier.weight(1f).padding(end = 12.dp).semantics { heading() },
            )
        }
    }
}
