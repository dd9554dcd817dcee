// A strip about the app itself at the top of a screen (notifications off, the zone changed).
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.Banner
import health.aftercare.ui.theme.toneColors

/** The banner's words in its tone's colours, with its command under them. */
@Composable
fun BannerStrip(banner: Banner, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    val colors = toneColors(banner.tone)
    Surface(
        modifier = modifier.fillMaxWidth(),
        shape = RoundedCornerShape(12.dp),
        color = colors.container,
        contentColor = colors.onContainer,
        border = BorderStroke(1.dp, colors.accent),
    ) {
        Column(Modifier.padding(horizontal = 16.dp, vertical = 12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(banner.text, style = MaterialTheme.typography.bodyMedium)
            banner.command?.let { CommandButton(it, onAction, fill = false) }
        }
    }
}
