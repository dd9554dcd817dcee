// What the log says: one label, the reason in a few words, what to do, and the call to action.
package health.aftercare.ui.components

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
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
import health.aftercare.core.Verdict
import health.aftercare.ui.theme.toneColors

/**
 * The verdict in its tone: the one label (a heading a screen reader can jump to, saying the
 * core's whole accessibility label once: the label, why, what to do), the reason in a few
 * words ("Swelling 4/10 this morning"), the advice and, for a watch only, the check-in line;
 * then the commands in the core's order: "Call 112" (the local emergency number) first in an
 * emergency, "Call your clinic" first when contact is needed. A verdict that calls for contact
 * gets a heavier border; nothing logged yet is drawn in the neutral tone the core gives it.
 */
@Composable
fun VerdictCard(verdict: Verdict, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    val colors = toneColors(verdict.tone)
    Surface(
        modifier = modifier.fillMaxWidth(),
        shape = RoundedCornerShape(16.dp),
        color = colors.container,
        contentColor = colors.onContainer,
        border = BorderStroke(if (verdict.callsForContact) 3.dp else 1.dp, colors.accent),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Column(
                Modifier.clearAndSetSemantics {
                    heading()
                    contentDescription = verdict.accessibilityLabel
                },
                verticalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                // One label, then what adds to it: never the same words twice.
                Text(verdict.levelLabel, style = MaterialTheme.typography.titleLarge)
                Text(verdict.headline, style = MaterialTheme.typography.bodyLarge)
                Text(verdict.advice, style = MaterialTheme.typography.bodyMedium)
                verdict.checkIn?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            }
            CommandColumn(verdict.commands, onAction, Modifier.padding(top = 4.dp))
        }
    }
}
