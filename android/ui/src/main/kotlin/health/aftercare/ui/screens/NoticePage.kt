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
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.BorderStroke
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.NoticeScreen
import health.aftercare.ui.components.CommandColumn
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.Paragraphs
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.host.ScreenColumn
import health.aftercare.ui.theme.toneColors

/**
 * The notice in its tone: the heading, what it means, the details to keep (where a damaged
 * journal was moved, selectable so it can be copied for support) and the commands.
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
        if (model.details.isNotEmpty()) {
            model.detailsLabel?.let { SectionHeader(it) }
            SelectionContainer {
                Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    for (detail in model.details) Text(detail, style = MaterialTheme.typography.bodyMedium, fontFamily = FontFamily.Monospace)
                }
            }
        }
        CommandColumn(model.commands, onAction)
    }
}
