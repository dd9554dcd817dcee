// Screen 10, a notice about the journal or the phone: what happened, what it means, what to do.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.text.selection.SelectionContainer
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.BorderStroke
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.NoticeScreen
import health.aftercare.ui.components.CommandColumn
import health.aftercare.ui.components.Disclosure
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.Paragraphs
import health.aftercare.ui.host.ScreenColumn
import health.aftercare.ui.theme.toneColors

/**
 * The notice in its tone: the heading, what it means, the commands, and the details for
 * support (where a damaged journal was kept) on request, selectable so they can be copied.
 */
@Composable
fun NoticePage(model: NoticeScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    val colors = toneColors(model.tone)
    ScreenColumn(padding) {
        Surface(
            modifier = Modifier.fillMaxWidth(),
            shape = RoundedCornerShape(16.dp),
            color = colors.container,
            contentColor = colors.onContainer,
            border = BorderStroke(1.dp, colors.accent),
        ) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
                PageHeading(model.heading)
                Paragraphs(model.paragraphs)
            }
        }
        CommandColumn(model.commands, onAction)
        if (model.details.isNotEmpty()) {
            // For support only (where the damaged file was kept): shown on request, below what
            // the patient needs, selectable so it can be copied.
            var open by rememberSaveable { mutableStateOf(false) }
            Disclosure(model.detailsLabel ?: "", open, { open = it }, Modifier.fillMaxWidth())
            if (open) {
                SelectionContainer {
                    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                        for (detail in model.details) Text(detail, style = MaterialTheme.typography.bodyMedium, fontFamily = FontFamily.Monospace)
                    }
                }
            }
        }
    }
}
