// The core's date-and-time inputs: shows the core's words; picks a day, then a time, in dialogs.
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.DatePicker
import androidx.compose.material3.DatePickerDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.SelectableDates
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimePicker
import androidx.compose.material3.rememberDatePickerState
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.onClick
import androidx.compose.ui.semantics.role
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.DateTimeInput
import health.aftercare.ui.host.LocalZone
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZoneOffset

/**
 * A field showing the core's words for the moment ("Now", "Sat 22 Nov, 10:00"); pressing it
 * opens Material's date picker, then its time picker, limited to the core's earliest and
 * latest days, and sends `EditTime` with the moment in the phone's zone. The core checks the
 * moment again (a time later today than now, say) and says what is wrong in [DateTimeInput.error].
 */
@Composable
fun DateTimeField(input: DateTimeInput, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    var picking by remember(input.field) { mutableStateOf(Picking.NONE) }
    var day by remember(input.field) { mutableStateOf<LocalDate?>(null) }
    val colors = MaterialTheme.colorScheme
    val zone = LocalZone.current
    Surface(
        shape = RoundedCornerShape(4.dp),
        border = BorderStroke(if (input.error != null) 2.dp else 1.dp, if (input.error != null) colors.error else colors.outline),
        color = colors.surface,
        modifier = modifier
            .fillMaxWidth()
            .heightIn(min = 56.dp)
            .clearAndSetSemantics {
                contentDescription = input.accessibilityLabel
                role = Role.Button
                input.error?.let { error(it) }
                onClick { picking = Picking.DAY; true }
            }
            .clickable(role = Role.Button) { picking = Picking.DAY },
    ) {
        Column(Modifier.padding(horizontal = 16.dp, vertical = 8.dp)) {
            Text(input.label, style = MaterialTheme.typography.bodySmall, color = if (input.error != null) colors.error else colors.onSurfaceVariant)
            Text(input.text, style = MaterialTheme.typography.bodyLarge)
        }
    }
    input.error?.let {
        Text(it, style = MaterialTheme.typography.bodySmall, color = colors.error, modifier = Modifier.padding(start = 16.dp, top = 4.dp))
    }
    when (picking) {
        Picking.NONE -> {}
        Picking.DAY -> DayDialog(input, zone, onDismiss = { picking = Picking.NONE }) { chosen ->
            day = chosen
            picking = Picking.TIME
        }
        Picking.TIME -> TimeDialog(input, zone, onDismiss = { picking = Picking.NONE }) { time ->
            picking = Picking.NONE
            val chosenDay = day ?: input.value.atZone(zone).toLocalDate()
            onAction(AppAction.EditTime(input.field, chosenDay.atTime(time).atZone(zone).toInstant()))
        }
    }
}

private enum class Picking { NONE, DAY, TIME }

/** Material's date picker works in UTC midnights; these are the patient's local days. */
private fun LocalDate.utcMillis(): Long = atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()

@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun DayDialog(input: DateTimeInput, zone: ZoneId, onDismiss: () -> Unit, onDay: (LocalDate) -> Unit) {
    val first = input.earliest?.atZone(zone)?.toLocalDate()
    val last = input.latest?.atZone(zone)?.toLocalDate()
    val state = rememberDatePickerState(
        initialSelectedDateMillis = input.value.atZone(zone).toLocalDate().utcMillis(),
        yearRange = (first?.year ?: 1900)..(last?.year ?: 2100),
        selectableDates = object : SelectableDates {
            override fun isSelectableDate(utcTimeMillis: Long): Boolean {
                val date = Instant.ofEpochMilli(utcTimeMillis).atZone(ZoneOffset.UTC).toLocalDate()
                return (first == null || !date.isBefore(first)) && (last == null || !date.isAfter(last))
            }
        },
    )
    DatePickerDialog(
        onDismissRequest = onDismiss,
        confirmButton = {
            TextButton(
                onClick = { state.selectedDateMillis?.let { onDay(Instant.ofEpochMilli(it).atZone(ZoneOffset.UTC).toLocalDate()) } },
                enabled = state.selectedDateMillis != null,
            ) { Text(input.confirmLabel) }
        },
        dismissButton = { TextButton(onClick = onDismiss) { Text(input.cancelLabel) } },
    ) {
        DatePicker(state = state, title = { Text(input.label, Modifier.padding(start = 24.dp, end = 12.dp, top = 16.dp)) })
    }
}

@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun TimeDialog(input: DateTimeInput, zone: ZoneId, onDismiss: () -> Unit, onTime: (LocalTime) -> Unit) {
    val shown = input.value.atZone(zone)
    val state = rememberTimePickerState(initialHour = shown.hour, initialMinute = shown.minute)
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(input.label) },
        text = { TimePicker(state = state) },
        confirmButton = { TextButton(onClick = { onTime(LocalTime.of(state.hour, state.minute)) }) { Text(input.confirmLabel) } },
        dismissButton = { TextButton(onClick = onDismiss) { Text(input.cancelLabel) } },
    )
}
