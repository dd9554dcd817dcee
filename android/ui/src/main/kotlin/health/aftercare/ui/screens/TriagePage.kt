// Screen 4, what the log says: the level and what to do, the findings behind it, the episodes.
package health.aftercare.ui.screens

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.ReasonCard
import health.aftercare.core.TriageScreen
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.ItemColumn
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.SectionList
import health.aftercare.ui.components.SmallPrint
import health.aftercare.ui.components.ToneBadge
import health.aftercare.ui.components.VerdictCard
import health.aftercare.ui.host.ScreenColumn
import health.aftercare.ui.theme.toneColors

/**
 * The verdict with its call to action first; then "Why": each finding in its tone with its
 * level and status in words, since when, the entries behind it and "I contacted my provider
 * about this"; entries not assessed; the red flags so far; log again; the notice.
 */
@Composable
fun TriagePage(model: TriageScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    ScreenColumn(padding) {
        model.verdict?.let { VerdictCard(it, onAction) }
        model.empty?.let { EmptyMessageCard(it, onAction) }
        if (model.reasons.isNotEmpty()) {
            SectionHeader(model.reasonsHeading)
            for (reason in model.reasons) ReasonBlock(reason, onAction)
        }
        model.notAssessed?.let { Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant) }
        if (model.episodes.items.isNotEmpty() || model.episodes.empty != null) SectionList(model.episodes, onAction)
        CommandButton(model.logAgain, onAction)
        SmallPrint(model.disclaimer)
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun ReasonBlock(reason: ReasonCard, onAction: (AppAction) -> Unit) {
    val colors = toneColors(reason.tone)
    Surface(
        modifier = Modifier.fillMaxWidth(),
        shape = RoundedCornerShape(16.dp),
        border = BorderStroke(2.dp, colors.accent),
        color = MaterialTheme.colorScheme.surface,
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Column(
                Modifier.clearAndSetSemantics {
                    heading()
                    contentDescription = reason.accessibilityLabel
                },
                verticalArrangement = Arrangement.spacedBy(6.dp),
            ) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
                    ToneBadge(reason.tone, reason.levelLabel)
                    Text(reason.statusLabel, style = MaterialTheme.typography.labelLarge, modifier = Modifier.padding(vertical = 6.dp))
                }
                Text(reason.title, style = MaterialTheme.typography.titleMedium)
                reason.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                Text(reason.since, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            }
            ItemColumn(reason.entries, onAction)
            reason.contacted?.let { CommandButton(it, onAction) }
        }
    }
}
