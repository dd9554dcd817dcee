// Screen 7, history: a session's entries by day, newest first, with edit and delete.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.consumeWindowInsets
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.HistoryScreen
import health.aftercare.ui.components.ChoiceChips
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.ItemRow
import health.aftercare.ui.components.SectionHeader

/**
 * The session picker, the report command, then a heading per day and its entries (severity in
 * words and as a coloured edge, notes, "Edit" / "Delete"), and "Show earlier entries". A page
 * holds up to a hundred lines and more pages can follow, so the list is lazy: only the lines
 * on the screen are composed.
 */
@Composable
fun HistoryPage(model: HistoryScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    LazyColumn(
        Modifier.fillMaxSize().padding(padding).consumeWindowInsets(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        if (model.sessions.isNotEmpty()) item(key = "sessions") { ChoiceChips(model.sessions, onAction) }
        val empty = model.empty
        if (empty != null) {
            item(key = "empty") { EmptyMessageCard(empty, onAction) }
        } else {
            item(key = "report") { CommandButton(model.report, onAction) }
        }
        for ((index, day) in model.days.withIndex()) {
            item(key = "day-$index") { SectionHeader(day.title) }
            items(day.items.size, key = { "day-$index-${it}" }) { ItemRow(day.items[it], onAction) }
        }
        model.showEarlier?.let { command -> item(key = "earlier") { CommandButton(command, onAction) } }
    }
}

