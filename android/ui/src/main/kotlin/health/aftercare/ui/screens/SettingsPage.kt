// Screen 9, settings: reminders, language and zone, the clinic, notifications, protocols, backup.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import health.aftercare.core.AppAction
import health.aftercare.core.SettingsScreen
import health.aftercare.ui.components.BackupFlowPanel
import health.aftercare.ui.components.ChoiceList
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.FormError
import health.aftercare.ui.components.ItemRow
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.SectionList
import health.aftercare.ui.components.SmallPrint
import health.aftercare.ui.components.TextInputField
import health.aftercare.ui.components.ToggleRow
import health.aftercare.ui.host.ScreenColumn

/**
 * The settings form (reminder times and kinds, quiet hours, the lock screen, language and zone,
 * the clinic) with its error and its save button, enabled once something changed; then what
 * takes effect at once: notifications and exact alarms with what to do, the protocols and
 * their import, backup and restore. While a backup or restore flow is under way, only the flow
 * is drawn.
 */
@Composable
fun SettingsPage(model: SettingsScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    ScreenColumn(padding) {
        model.backupFlow?.let { flow ->
            BackupFlowPanel(flow, onAction)
            return@ScreenColumn
        }
        SectionHeader(model.remindersHeading)
        TextInputField(model.wake, onAction)
        TextInputField(model.checkIn, onAction)
        ToggleRow(model.quietHours, onAction)
        model.quietStart?.let { TextInputField(it, onAction) }
        model.quietEnd?.let { TextInputField(it, onAction) }
        for (category in model.categories) ToggleRow(category, onAction)
        ToggleRow(model.lockScreen, onAction)

        SectionHeader(model.languageHeading)
        ChoiceList(model.languages, onAction)
        ChoiceList(model.zoneChoices, onAction)
        model.zone?.let { TextInputField(it, onAction) }
        ChoiceList(model.zoneMatches, onAction)

        SectionHeader(model.clinicHeading)
        for (input in model.clinic) TextInputField(input, onAction)
        model.error?.let { FormError(it) }
        CommandButton(model.save, onAction)

        SectionHeader(model.notificationsHeading)
        ItemRow(model.notifications, onAction)
        model.exactAlarms?.let { ItemRow(it, onAction) }
        model.lastSync?.let { SmallPrint(it) }

        SectionList(model.protocols, onAction)
        CommandButton(model.importProtocol, onAction)

        SectionHeader(model.backupHeading)
        Text(model.backupNote, style = MaterialTheme.typography.bodyMedium)
        CommandButton(model.backup, onAction)
        CommandButton(model.restore, onAction)
        model.restoreNote?.let { SmallPrint(it) }
    }
}
