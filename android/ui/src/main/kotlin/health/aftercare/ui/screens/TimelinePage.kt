// Screen 5, a session's timeline: milestones with "now", phases with their rules and why.
package health.aftercare.ui.screens

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.rememberLazyListState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.runtime.snapshotFlow
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.drawBehind
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import health.aftercare.core.AppAction
import health.aftercare.core.MilestoneState
import health.aftercare.core.PhaseCard
import health.aftercare.core.RuleLine
import health.aftercare.core.TimelineMilestone
import health.aftercare.core.TimelineScreen
import health.aftercare.ui.components.ChoiceChips
import health.aftercare.ui.components.Disclosure
import health.aftercare.ui.components.EmptyMessageCard
import health.aftercare.ui.components.PageHeading
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.CommandButton
import health.aftercare.ui.components.SmallPrint
import health.aftercare.ui.components.Subtitle
import health.aftercare.ui.host.ScreenList
import health.aftercare.ui.host.block
import kotlinx.coroutines.flow.first

/**
 * The session picker; the heading, when it ended and where the patient is; the milestones on a
 * line with the "now" marker (the core's words) before the first one still ahead; phase by
 * phase, the current one marked with the same words; what to watch for; the preparation for
 * the next session (brought into view when a reminder asked for it); the series; the notice.
 * Each rule can show its "why": the sources behind it.
 */
@Composable
fun TimelinePage(model: TimelineScreen, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    val list = rememberLazyListState()
    // Drawn lazily (dozens of milestones and rules); the milestones are flush items so their
    // line runs on unbroken.
    ScreenList(padding, state = list) {
        block { ChoiceChips(model.sessions, onAction) }
        val empty = model.empty
        if (empty != null) {
            block { EmptyMessageCard(empty, onAction) }
            return@ScreenList
        }
        block {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                PageHeading(model.heading)
                Subtitle(model.ended)
                model.status?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            }
        }
        model.milestones.forEachIndexed { index, milestone ->
            if (index == model.nowIndex.toInt()) item { NowMarker(model.nowLabel) }
            item { MilestoneRow(milestone) }
        }
        if (model.nowIndex.toInt() >= model.milestones.size) item { NowMarker(model.nowLabel) }
        item { Spacer(Modifier.height(16.dp)) }
        block { SectionHeader(model.phasesHeading) }
        for (phase in model.phases) block { PhaseBlock(phase, model.nowLabel, onAction) }
        if (model.watchFor.isNotEmpty()) {
            block { SectionHeader(model.watchForHeading) }
            for (rule in model.watchFor) block { RuleBlock(rule, onAction) }
        }
        if (model.preparation.isNotEmpty()) {
            block(key = PREPARATION) {
                Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    SectionHeader(model.preparationHeading)
                    for (rule in model.preparation) RuleBlock(rule, onAction)
                }
            }
        }
        for (line in model.series) block { Text(line, style = MaterialTheme.typography.bodyMedium) }
        block { SmallPrint(model.disclaimer) }
    }
    LaunchedEffect(model.focusPreparation) {
        if (model.focusPreparation && model.preparation.isNotEmpty()) {
            // Once the list has its items: a reminder pointed at the preparation.
            snapshotFlow { list.layoutInfo.totalItemsCount }.first { it > 0 }
            list.animateScrollToItem(preparationIndex(model))
        }
    }
}

/** Where the preparation block sits in [TimelinePage]'s list: the items before it, counted as the page adds them. */
private fun preparationIndex(model: TimelineScreen): Int {
    val nowMarkers = 1
    val watch = if (model.watchFor.isNotEmpty()) 1 + model.watchFor.size else 0
    // chips, heading, milestones with the "now" marker, the spacer, the phases' header and cards, watch-for.
    return 1 + 1 + model.milestones.size + nowMarkers + 1 + 1 + model.phases.size + watch
}

private const val PREPARATION = "preparation"

@Composable
private fun NowMarker(label: String) {
    Row(Modifier.fillMaxWidth().padding(vertical = 4.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Box(Modifier.size(16.dp).background(MaterialTheme.colorScheme.primary, CircleShape))
        Text(label, style = MaterialTheme.typography.labelLarge, fontWeight = FontWeight.Bold, color = MaterialTheme.colorScheme.primary)
    }
}

@Composable
private fun MilestoneRow(milestone: TimelineMilestone) {
    val colors = MaterialTheme.colorScheme
    val line = if (milestone.state == MilestoneState.PAST) colors.primary else colors.outlineVariant
    val dot = when (milestone.state) {
        MilestoneState.PAST -> colors.primary
        MilestoneState.NEXT -> colors.tertiary
        MilestoneState.LATER -> colors.outline
    }
    Column(
        Modifier
            .fillMaxWidth()
            .clearAndSetSemantics { contentDescription = milestone.accessibilityLabel }
            // The line, solid where time has passed, and the milestone's dot; drawn behind the
            // texts so the row takes the texts' own height however they wrap.
            .drawBehind {
                val x = if (layoutDirection == LayoutDirection.Ltr) 8.dp.toPx() else size.width - 8.dp.toPx()
                drawLine(line, Offset(x, 0f), Offset(x, size.height), strokeWidth = 2.dp.toPx())
                drawCircle(dot, radius = 5.dp.toPx(), center = Offset(x, 11.dp.toPx()))
            }
            .padding(start = 28.dp, bottom = 12.dp),
    ) {
        Text(milestone.`when`, style = MaterialTheme.typography.labelLarge, color = colors.onSurfaceVariant)
        Text(
            milestone.text,
            style = MaterialTheme.typography.bodyLarge,
            fontWeight = if (milestone.state == MilestoneState.NEXT) FontWeight.SemiBold else FontWeight.Normal,
        )
    }
}

@Composable
private fun PhaseBlock(phase: PhaseCard, nowLabel: String, onAction: (AppAction) -> Unit) {
    Surface(
        modifier = Modifier.fillMaxWidth(),
        shape = RoundedCornerShape(16.dp),
        border = BorderStroke(if (phase.current) 2.dp else 1.dp, if (phase.current) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.outlineVariant),
        color = MaterialTheme.colorScheme.surface,
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            // The current phase says so in words (the core's "Now: …"), not by its border alone.
            if (phase.current) NowMarker(nowLabel)
            Text(phase.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            Text(phase.`when`, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.onSurfaceVariant)
            Text(phase.detail, style = MaterialTheme.typography.bodyMedium)
            for (rule in phase.normal) RuleBlock(rule, onAction)
            for (rule in phase.avoid) RuleBlock(rule, onAction)
        }
    }
}

/**
 * A rule: its kind in words, what it says, when (a preparation step: its date and where it
 * stands), its own "Done" / "Undo" when it has one, and "Why?" opening its sources.
 */
@Composable
private fun RuleBlock(rule: RuleLine, onAction: (AppAction) -> Unit) {
    var open by rememberSaveable(rule.title) { mutableStateOf(false) }
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text(rule.kindLabel, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.primary)
        Text(rule.title, style = MaterialTheme.typography.bodyLarge)
        rule.`when`?.let { Text(it, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.onSurfaceVariant) }
        rule.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant) }
        rule.command?.let { CommandButton(it, onAction, fill = false) }
        if (rule.sources.isNotEmpty()) {
            Disclosure(rule.whyLabel, open, { open = it })
            if (open) {
                for (source in rule.sources) {
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.semantics(mergeDescendants = true) {}) {
                        Text(source.key, style = MaterialTheme.typography.labelLarge)
                        Text(source.text, style = MaterialTheme.typography.bodySmall, modifier = Modifier.weight(1f))
                    }
                }
            }
        }
    }
}
