// Screen 8, a report for the clinic: period, format, photos and name, then create and share.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import health.aftercare.core.AppAction
import health.aftercare.core.ReportScreen
import health.aftercare.ui.components.ChoiceList
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.FormError
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.SmallPrint
import health.aftercare.ui.components.TextInputField
import health.aftercare.ui.components.ToggleRow
import health.aftercare.ui.host.ScreenColumn

/**
 * What a report is for; the period (with the days for a chosen range); the format, each with
 * what it is for; photos and the name on or off; where the report goes (nowhere until shared);
 * the error; create and share. With nothing recorded, the core's empty state.
 */
@Composable
fun ReportPage(model: ReportScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    ScreenColumn(padding) {
        val empty = model.empty
        if (empty != null) {
            EmptyMessageCard(empty, onAction)
            return@ScreenColumn
        }
        Text(model.intro, style = MaterialTheme.typography.bodyLarge)
        SectionHeader(model.periodsHeading)
        ChoiceList(model.periods, onAction)
        model.from?.let { TextInputField(it, onAction) }
        model.to?.let { TextInputField(it, onAction) }
        SectionHeader(model.formatsHeading)
        ChoiceList(model.formats, onAction)
        model.photos?.let { ToggleRow(it, onAction) }
        ToggleRow(model.name, onAction)
        model.nameInput?.let { TextInputField(it, onAction) }
        SmallPrint(model.privacy)
        model.error?.let { FormError(it) }
        CommandButton(model.create, onAction)
    }
}
