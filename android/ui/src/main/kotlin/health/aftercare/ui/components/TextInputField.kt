// The core's text inputs: every change goes to the core, which validates when the form is saved.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.TextRange
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.TextFieldValue
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.text.style.TextDirection
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.InputKind
import health.aftercare.core.TextInput

/**
 * A text field for [input] that sends `EditText` on every change. The field keeps what was
 * typed while the core's answers catch up (they may arrive after the next key press): a value
 * from the core that matches something typed is an acknowledgement; any other value is the
 * core's own (a form filled from yesterday, a draft dropped) and replaces the text. The label
 * is above the field, the error below it; a screen reader says the core's accessibility label
 * (label and error) for the field.
 */
@Composable
fun TextInputField(input: TextInput, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    var local by remember(input.field) { mutableStateOf(TextFieldValue(input.value, TextRange(input.value.length))) }
    val sent = remember(input.field) { ArrayDeque<String>() }
    LaunchedEffect(input.field, input.value) {
        val acknowledged = sent.indexOf(input.value)
        if (acknowledged >= 0) {
            repeat(acknowledged + 1) { sent.removeFirst() }
        } else if (input.value != local.text) {
            sent.clear()
            local = TextFieldValue(input.value, TextRange(input.value.length))
        }
    }
    val multiline = input.kind == InputKind.MULTILINE
    val colors = MaterialTheme.colorScheme
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        // The label sits above the field rather than in its outline: a long label in a large
        // font ("Nombre de la clínica o del profesional") wraps there without crossing the border.
        Text(
            input.label,
            style = MaterialTheme.typography.bodyMedium,
            color = if (input.error != null) colors.error else colors.onSurfaceVariant,
            modifier = Modifier.clearAndSetSemantics {},
        )
        OutlinedTextField(
            value = local,
            onValueChange = { changed ->
                val textChanged = changed.text != local.text
                local = changed
                if (textChanged) {
                    sent.addLast(changed.text)
                    onAction(AppAction.EditText(input.field, changed.text))
                }
            },
            modifier = Modifier.fillMaxWidth().semantics { contentDescription = input.accessibilityLabel },
            placeholder = input.hint?.let { hint -> { Text(hint) } },
            isError = input.error != null,
            supportingText = input.error?.let { error -> { Text(error) } },
            singleLine = !multiline,
            minLines = if (multiline) 3 else 1,
            keyboardOptions = keyboardFor(input.kind),
            // A passphrase is shown masked; the core never shows it back in any other way.
            visualTransformation = if (input.kind == InputKind.SECRET) PasswordVisualTransformation() else VisualTransformation.None,
            textStyle = LocalTextStyle.current.copy(textDirection = directionFor(input.kind)),
        )
    }
}

/** The keyboard a kind of input wants; the core checks the value whatever was typed. */
private fun keyboardFor(kind: InputKind): KeyboardOptions = when (kind) {
    InputKind.TEXT -> KeyboardOptions(capitalization = KeyboardCapitalization.Sentences, imeAction = ImeAction.Next)
    InputKind.MULTILINE -> KeyboardOptions(capitalization = KeyboardCapitalization.Sentences, imeAction = ImeAction.Default)
    InputKind.PHONE -> KeyboardOptions(keyboardType = KeyboardType.Phone, imeAction = ImeAction.Next)
    InputKind.EMAIL -> KeyboardOptions(keyboardType = KeyboardType.Email, autoCorrectEnabled = false, imeAction = ImeAction.Next)
    // "08:00" and "2026-11-21" need a colon or hyphen, which number pads lack.
    InputKind.CLOCK, InputKind.DATE -> KeyboardOptions(keyboardType = KeyboardType.Ascii, autoCorrectEnabled = false, imeAction = ImeAction.Next)
    InputKind.ZONE -> KeyboardOptions(keyboardType = KeyboardType.Ascii, autoCorrectEnabled = false, imeAction = ImeAction.Next)
    InputKind.PERSON_NAME -> KeyboardOptions(capitalization = KeyboardCapitalization.Words, autoCorrectEnabled = false, imeAction = ImeAction.Next)
    // A temperature: digits and a decimal point or comma (the core reads both, and "101F").
    InputKind.DECIMAL -> KeyboardOptions(keyboardType = KeyboardType.Decimal, autoCorrectEnabled = false, imeAction = ImeAction.Next)
    // No suggestions: the keyboard must not learn a passphrase or a recovery code.
    InputKind.SECRET -> KeyboardOptions(keyboardType = KeyboardType.Password, autoCorrectEnabled = false, imeAction = ImeAction.Done)
    InputKind.RECOVERY_CODE -> KeyboardOptions(keyboardType = KeyboardType.Ascii, capitalization = KeyboardCapitalization.Characters, autoCorrectEnabled = false, imeAction = ImeAction.Done)
}

/**
 * Numbers, addresses, times and zone ids read left to right in every language: in a right-to-left
 * layout the bidi algorithm would otherwise show "+34 910 123 456" as "456 123 910 34+" and a
 * patient could dial it wrong. Free text follows its own content.
 */
private fun directionFor(kind: InputKind): TextDirection = when (kind) {
    InputKind.PHONE, InputKind.EMAIL, InputKind.CLOCK, InputKind.DATE, InputKind.ZONE, InputKind.DECIMAL, InputKind.RECOVERY_CODE -> TextDirection.Ltr
    InputKind.TEXT, InputKind.MULTILINE, InputKind.PERSON_NAME, InputKind.SECRET -> TextDirection.Content
}
