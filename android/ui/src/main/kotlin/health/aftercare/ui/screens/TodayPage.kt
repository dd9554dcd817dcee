// Screen 2, Today: where the recovery stands, what the log says, what is off-limits and until when.
package health.aftercare.ui.screens

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
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
import health.aftercare.core.Item
import health.aftercare.core.TodayScreen
import health.aftercare.ui.components.BannerStrip
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.ItemRow
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.SectionList
import health.aftercare.ui.components.SmallPrint
import health.aftercare.ui.components.Subtitle
import health.aftercare.ui.components.VerdictCard
import health.aftercare.ui.host.ScreenList
import health.aftercare.ui.host.block

/**
 * Today, top to bottom as the core orders it: banners about the app, the day and treatment,
 * the phase, the prominent "How do you feel?" with "All fine today" beside it (until today's
 * check-in is done), what was logged today, the verdict with its call to action, the rule a
 * reminder pointed at, the sections (off-limits with "allowed again", due today with each
 * routine's own "Done", normal now, watch for, coming up), the next session, the empty state,
 * the booked session's preparation checklist (each step its own "Done"), and the
 * provider-comes-first notice.
 */
@Composable
fun TodayPage(model: TodayScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    // Drawn lazily: Today can hold dozens of lines (off-limits, due, normal, watch for, coming up).
    ScreenList(padding) {
        for (banner in model.banners) block { BannerStrip(banner, onAction) }
        block {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                PageHeading(model.heading)
                model.treatment?.let { Subtitle(it) }
            }
        }
        model.phase?.let { block { OutlinedItem(it, onAction) } }
        block {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                CommandButton(model.logEntry, onAction)
                // The one-tap check-in for days with nothing new, right under the way to log.
                model.allFine?.let { CommandButton(it, onAction) }
            }
        }
        model.loggedToday?.let {
            block { Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant) }
        }
        model.verdict?.let { block { VerdictCard(it, onAction) } }
        model.focus?.let { focus ->
            block {
                Surface(
                    shape = RoundedCornerShape(12.dp),
                    border = BorderStroke(2.dp, MaterialTheme.colorScheme.primary),
                    color = MaterialTheme.colorScheme.surface,
                ) { SectionList(focus, onAction, Modifier.padding(horizontal = 12.dp).padding(bottom = 8.dp)) }
            }
        }
        for (section in model.sections) block { SectionList(section, onAction) }
        model.nextSession?.let { block { OutlinedItem(it, onAction) } }
        model.empty?.let { block { EmptyMessageCard(it, onAction) } }
        model.preparation?.let { block { SectionList(it, onAction) } }
        block { SmallPrint(model.disclaimer) }
    }
}

/** An item on its own, in an outlined card (the phase, the next session). */
@Composable
internal fun OutlinedItem(item: Item, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Surface(
        modifier = modifier.fillMaxWidth(),
        shape = RoundedCornerShape(12.dp),
        border = BorderStroke(1.dp, MaterialTheme.colorScheme.outlineVariant),
        color = MaterialTheme.colorScheme.surface,
    ) { ItemRow(item, onAction, Modifier.padding(horizontal = 12.dp, vertical = 4.dp)) }
}
