// Screen 1, the first run: one step at a time, as the core lays it out.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import health.aftercare.core.AppAction
import health.aftercare.core.FirstRunScreen
import health.aftercare.core.Tone
import health.aftercare.ui.components.BackupFlowPanel
import health.aftercare.ui.components.ChoiceList
import health.aftercare.ui.components.CommandColumn
import health.aftercare.ui.components.DateTimeField
import health.aftercare.ui.components.FormError
import health.aftercare.ui.components.Callout
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.Paragraphs
import health.aftercare.ui.components.TextInputField
import health.aftercare.ui.host.ScreenColumn

/**
 * A first-run step (its own title is in the top bar): the progress ("Step 2 of 6", also as a
 * bar), the heading and what it is about, the "companion, not a doctor" notice on the welcome,
 * then whatever the step asks (treatment, done or booked and when, the zone as a place, the
 * clinic's contact) and its commands. Restoring a backup from another phone (its recovery code
 * or passphrase) draws only that flow.
 */
@Composable
fun FirstRunPage(model: FirstRunScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    ScreenColumn(padding) {
        model.backupFlow?.let { flow ->
            BackupFlowPanel(flow, onAction)
            return@ScreenColumn
        }
        Text(model.progress, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.onSurfaceVariant)
        LinearProgressIndicator(
            progress = { model.stepNumber.toFloat() / model.stepCount.toFloat().coerceAtLeast(1f) },
            // The words above say the same; said once.
            modifier = Modifier.fillMaxWidth().clearAndSetSemantics {},
        )
        PageHeading(model.heading)
        Paragraphs(model.paragraphs)
        model.disclaimer?.let { Callout(Tone.NEUTRAL, it) }
        ChoiceList(model.protocols, onAction)
        ChoiceList(model.timings, onAction)
        model.time?.let { DateTimeField(it, onAction) }
        ChoiceList(model.zoneChoices, onAction)
        // Another zone is a place: the search, then the one chosen and what matches it, each
        // read as the core writes it ("Madrid (UTC+1)").
        model.zone?.let { TextInputField(it, onAction) }
        ChoiceList(model.zoneMatches, onAction)
        for (input in model.clinic) TextInputField(input, onAction)
        model.error?.let { FormError(it) }
        CommandColumn(model.commands, onAction)
    }
}

