// Screen 6, sessions and the series: booked and done sessions, book, add, mark done, delete.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.SessionForm
import health.aftercare.core.SessionsScreen
import health.aftercare.ui.components.ChoiceList
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.CommandColumn
import health.aftercare.ui.components.DateTimeField
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.ErrorLine
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.SectionList
import health.aftercare.ui.host.ScreenColumn

/**
 * The sessions. An open form (book, add a past one, mark a booked one done) takes the whole
 * screen, as a sheet would, and back closes it; otherwise the commands, booked and done
 * sessions with their own commands, the series and the empty state.
 */
@Composable
fun SessionsPage(model: SessionsScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    ScreenColumn(padding) {
        val form = model.form
        if (form != null) {
            SessionFormBlock(form, onAction)
            return@ScreenColumn
        }
        model.empty?.let { EmptyMessageCard(it, onAction) }
        if (model.empty == null) CommandColumn(model.commands, onAction)
        if (model.booked.items.isNotEmpty() || model.booked.empty != null) SectionList(model.booked, onAction)
        if (model.done.items.isNotEmpty() || model.done.empty != null) SectionList(model.done, onAction)
        if (model.series.isNotEmpty()) {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                SectionHeader(model.seriesHeading)
                for (line in model.series) Text(line, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}

@Composable
private fun SessionFormBlock(form: SessionForm, onAction: (AppAction) -> Unit) {
    PageHeading(form.heading)
    ChoiceList(form.protocols, onAction)
    form.protocolError?.let { ErrorLine(it) }
    DateTimeField(form.time, onAction)
    CommandButton(form.save, onAction)
    CommandButton(form.cancel, onAction)
}
