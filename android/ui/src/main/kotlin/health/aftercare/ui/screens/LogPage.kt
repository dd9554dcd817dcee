// Screen 3, logging symptoms: one or several, each with kind (the usual ones first, then
// "Something else"), severity or a fever's yes/no and temperature, area, time and note.
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
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.FeverInput
import health.aftercare.core.LogScreen
import health.aftercare.core.PhotoInput
import health.aftercare.core.SymptomForm
import health.aftercare.ui.components.ChoiceChips
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.DateTimeField
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.ErrorLine
import health.aftercare.ui.components.FormError
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.SeverityPicker
import health.aftercare.ui.components.Subtitle
import health.aftercare.ui.components.TextInputField
import health.aftercare.ui.host.ScreenColumn

/**
 * The log form. With no session to log for, only the core's empty state. Otherwise the
 * heading and which session; "same as yesterday"; each symptom in a card (what, how strong,
 * where, when, a note, remove); add another; the photo; the form's error; save; delete when
 * editing.
 */
@Composable
fun LogPage(model: LogScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    ScreenColumn(padding) {
        val empty = model.empty
        if (empty != null) {
            EmptyMessageCard(empty, onAction)
            return@ScreenColumn
        }
        Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
            PageHeading(model.heading)
            model.intro?.let { Subtitle(it) }
        }
        model.sameAsYesterday?.let { CommandButton(it, onAction) }
        for (symptom in model.symptoms) SymptomCard(symptom, onAction)
        model.addSymptom?.let { CommandButton(it, onAction) }
        model.photo?.let { PhotoBlock(it, onAction) }
        model.error?.let { FormError(it) }
        CommandButton(model.save, onAction)
        model.delete?.let { CommandButton(it, onAction) }
    }
}

@Composable
private fun SymptomCard(form: SymptomForm, onAction: (AppAction) -> Unit) {
    Surface(
        modifier = Modifier.fillMaxWidth(),
        shape = RoundedCornerShape(16.dp),
        border = BorderStroke(1.dp, MaterialTheme.colorScheme.outlineVariant),
        color = MaterialTheme.colorScheme.surface,
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
            SectionHeader(form.heading, Modifier.padding(top = 0.dp))
            Question(form.kindsLabel)
            ChoiceChips(form.kinds, onAction)
            // "Something else": the full list of kinds, after the ones usual at this point.
            form.moreKinds?.let { CommandButton(it, onAction) }
            form.kindError?.let { ErrorLine(it) }
            // A 0–10 severity, or for a fever yes/no and the temperature: the core sends one.
            form.severity?.let { SeverityPicker(it, onAction) }
            form.fever?.let { FeverBlock(it, onAction) }
            Question(form.areasLabel)
            ChoiceChips(form.areas, onAction)
            DateTimeField(form.time, onAction)
            TextInputField(form.note, onAction)
            form.remove?.let { CommandButton(it, onAction) }
        }
    }
}

/** "Do you have a fever or chills?" Yes / No, then the temperature if it was measured. */
@Composable
private fun FeverBlock(fever: FeverInput, onAction: (AppAction) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Question(fever.question)
        ChoiceChips(fever.answers, onAction)
        fever.answerError?.let { ErrorLine(it) }
        TextInputField(fever.temperature, onAction)
    }
}

@Composable
private fun PhotoBlock(photo: PhotoInput, onAction: (AppAction) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionHeader(photo.label)
        photo.attached?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        CommandButton(photo.add, onAction)
        photo.remove?.let { CommandButton(it, onAction) }
    }
}

/** The question above a group of choices, a heading a screen reader can jump to. */
@Composable
private fun Question(text: String) {
    Text(text, style = MaterialTheme.typography.titleSmall, modifier = Modifier.semantics { heading() })
}
