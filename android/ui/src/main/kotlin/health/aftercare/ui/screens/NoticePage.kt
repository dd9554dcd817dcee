// Screen 10, a notice about the journal or the phone: what happened, what it means, what to do.
package health.aftercare.ui.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.text.selection.SelectionContainer
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.draw.rotate
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.collapse
import androidx.compose.ui.semantics.expand
import androidx.compose.ui.semantics.semantics
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.BorderStroke
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.NoticeScreen
import health.aftercare.ui.components.CommandColumn
import health.aftercare.ui.components.Glyphs
import health.aftercare.ui.components.MIN_TOUCH
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
            Row(
                Modifier
                    .fillMaxWidth()
                    .heightIn(min = MIN_TOUCH)
                    .clickable(role = Role.Button) { open = !open }
                    .semantics { if (open) collapse { open = false; true } else expand { open = true; true } },
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = Arrangement.spacedBy(4.dp),
            ) {
                Text(
                    model.detailsLabel ?: "",
                    style = MaterialTheme.typography.labelLarge,
                    color = MaterialTheme.colorScheme.primary,
                    modifier = Modifier.weight(1f),
                )
                Icon(
                    Glyphs.ChevronDown,
                    contentDescription = null,
                    tint = MaterialTheme.colorScheme.primary,
                    modifier = Modifier.size(20.dp).rotate(if (open) 180f else 0f),
                )
            }
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
