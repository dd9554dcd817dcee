// The backup and restore flow as the core lays it out: how to lock a backup, the recovery code
// shown once, a passphrase, or the code that opens a picked backup.
package health.aftercare.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.BackupFlow

/**
 * [flow] in place of the screen's own content: heading and plain words, the two ways to lock a
 * backup, the code's six groups large in a fixed-width font (read out character by character by
 * TalkBack through the core's label), the passphrase or code inputs, why the last try did not
 * work, and the commands (the last one leaves the flow). Nothing here keeps the code or the
 * passphrase: they live only in the core's memory while the flow is open.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun BackupFlowPanel(flow: BackupFlow, onAction: (AppAction) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        PageHeading(flow.heading)
        Paragraphs(flow.paragraphs)
        ChoiceList(flow.choices, onAction)
        if (flow.code.isNotEmpty()) {
            FlowRow(
                horizontalArrangement = Arrangement.spacedBy(16.dp),
                verticalArrangement = Arrangement.spacedBy(8.dp),
                modifier = Modifier.fillMaxWidth().semantics(mergeDescendants = true) {
                    contentDescription = flow.codeAccessibilityLabel ?: flow.code.joinToString(" ")
                },
            ) {
                for (group in flow.code) {
                    Text(
                        group,
                        style = MaterialTheme.typography.headlineMedium,
                        fontFamily = FontFamily.Monospace,
                        fontWeight = FontWeight.SemiBold,
                        modifier = Modifier.clearAndSetSemantics {},
                    )
                }
            }
        }
        for (input in flow.inputs) TextInputField(input, onAction)
        flow.error?.let { FormError(it) }
        CommandColumn(flow.commands, onAction)
    }
}
