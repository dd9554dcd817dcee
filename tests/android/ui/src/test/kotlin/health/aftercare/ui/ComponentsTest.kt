// The theme and shared components rendered headless with the real core's text: semantics,
// clicks, touch targets, and a PNG per theme and font scale under target/screenshots/.
package health.aftercare.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.width
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assertHeightIsAtLeast
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isHeading
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.NewSessionInput
import health.aftercare.core.SessionStatus
import health.aftercare.core.TodayView
import health.aftercare.ui.components.ActionButton
import health.aftercare.ui.components.ActionStyle
import health.aftercare.ui.components.ConfirmDialog
import health.aftercare.ui.components.EmptyState
import health.aftercare.ui.components.ListRow
import health.aftercare.ui.components.MIN_TOUCH
import health.aftercare.ui.components.NoticeCard
import health.aftercare.ui.components.SectionHeader
import health.aftercare.ui.components.ToneBadge
import health.aftercare.ui.host.ScreenColumn
import health.aftercare.ui.host.ScreenHost
import health.aftercare.ui.theme.AftercareTheme
import health.aftercare.ui.theme.Tone
import health.aftercare.ui.theme.tone
import java.io.File
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import javax.imageio.ImageIO
import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.BeforeClass
import org.junit.Rule
import org.junit.Test

class ComponentsTest {
    @get:Rule
    val rule = createComposeRule()

    companion object {
        private lateinit var journal: AftercareCompanion
        private val ended = Instant.parse("2026-11-21T09:00:00Z")

        /** What the real core says on day 2, in English and Spanish. */
        lateinit var todayEn: TodayView
        lateinit var todayEs: TodayView

        @BeforeClass
        @JvmStatic
        fun openJournal() {
            val dir = Files.createTempDirectory("aftercare-ui")
            journal = AftercareCompanion.open(dir.resolve("journal.db").toString(), null, ended)
            journal.addSession(NewSessionInput("microneedling", null, SessionStatus.DONE, null, ended, "Europe/Berlin"), ended)
            val now = ended.plus(Duration.ofHours(26))
            todayEn = journal.today(now, "Europe/Berlin", health.aftercare.core.Locale.EN)
            todayEs = journal.today(now, "Europe/Berlin", health.aftercare.core.Locale.ES)
        }

        @AfterClass
        @JvmStatic
        fun closeJournal() = journal.close()
    }

    private val screenshots = File(System.getProperty("aftercare.screenshots.dir", "target/screenshots"))

    /** A phone-wide catalogue of the components, filled with the core's words. */
    @Composable
    private fun Catalogue(today: TodayView, onAction: (String) -> Unit, message: String? = null, onMessageShown: () -> Unit = {}) {
        val status = today.status!!
        val assessment = today.assessment!!
        ScreenHost(
            title = status.headline,
            upLabel = "Back",
            onUp = { onAction("up") },
            message = message,
            onMessageShown = onMessageShown,
            modifier = Modifier.width(360.dp).testTag("screen"),
        ) { padding ->
            ScreenColumn(padding) {
                NoticeCard(
                    tone = assessment.level.tone(),
                    title = assessment.headline,
                    body = assessment.advice,
                    action = { ActionButton(label = "How do you feel?", onClick = { onAction("log") }) },
                )
                Column {
                    for (tone in Tone.entries) ToneBadge(tone, tone.name.lowercase().replace('_', ' '))
                }
                SectionHeader(status.phaseTitle ?: status.headline)
                for (restriction in status.restrictions.take(3)) {
                    ListRow(
                        title = restriction.rule.title,
                        supporting = restriction.allowedAgain.text,
                        trailing = restriction.left,
                        onClick = { onAction("rule:${restriction.rule.id}") },
                    )
                }
                ActionButton("Call your clinic", onClick = { onAction("call") }, style = ActionStyle.SECONDARY)
                ActionButton("Delete this entry", onClick = { onAction("delete") }, style = ActionStyle.DESTRUCTIVE)
                EmptyState(status.disclaimer)
            }
        }
    }

    @Composable
    private fun Framed(dark: Boolean, fontScale: Float, rtl: Boolean = false, content: @Composable () -> Unit) {
        val density = LocalDensity.current
        CompositionLocalProvider(
            LocalDensity provides Density(density.density, fontScale),
            LocalLayoutDirection provides if (rtl) LayoutDirection.Rtl else LayoutDirection.Ltr,
        ) {
            AftercareTheme(darkTheme = dark) {
                Column(Modifier.background(MaterialTheme.colorScheme.background)) { content() }
            }
        }
    }

    private fun capture(name: String) {
        screenshots.mkdirs()
        val image = rule.onNodeWithTag("screen").captureToImage().toAwtImage()
        val file = File(screenshots, "$name.png")
        ImageIO.write(image, "png", file)
        assertTrue("$file written", file.length() > 1000)
    }

    @Test
    fun `every component renders in light and dark at font scale 1 and 1_5, in English and Spanish`() {
        var dark by mutableStateOf(false)
        var scale by mutableStateOf(1f)
        var spanish by mutableStateOf(false)
        rule.setContent { Framed(dark, scale) { Catalogue(if (spanish) todayEs else todayEn, onAction = {}) } }
        for (language in listOf("en", "es")) {
            for (theme in listOf("light", "dark")) {
                for (fontScale in listOf(1f, 1.5f)) {
                    spanish = language == "es"
                    dark = theme == "dark"
                    scale = fontScale
                    rule.waitForIdle()
                    val today = if (spanish) todayEs else todayEn
                    rule.onNodeWithText(today.status!!.headline).assertExists()
                    rule.onNode(hasText(today.assessment!!.headline) and isHeading()).assertExists()
                    // Every button stays a finger-sized target whatever the font scale.
                    for (label in listOf("How do you feel?", "Call your clinic", "Delete this entry")) {
                        rule.onNodeWithText(label).assertHeightIsAtLeast(MIN_TOUCH)
                    }
                    val name = "components-$language-$theme-${(fontScale * 100).toInt()}"
                    capture(name)
                    // And the end of the column: the other buttons and the empty state.
                    rule.onNodeWithText(today.status!!.disclaimer).performScrollTo()
                    capture("$name-end")
                    rule.onNodeWithText(today.assessment!!.headline).performScrollTo()
                }
            }
        }
    }

    @Test
    fun `right-to-left layout mirrors the frame and the up arrow`() {
        rule.setContent { Framed(dark = false, fontScale = 1f, rtl = true) { Catalogue(todayEn, onAction = {}) } }
        rule.onNode(hasContentDescription("Back")).assertExists()
        capture("components-rtl")
    }

    @Test
    fun `clicks reach the caller and controls say what they are`() {
        val actions = mutableListOf<String>()
        rule.setContent { Framed(dark = false, fontScale = 1f) { Catalogue(todayEn, onAction = { actions += it }) } }

        rule.onNodeWithText("How do you feel?").performClick()
        rule.onNode(hasContentDescription("Back")).performClick()
        val first = todayEn.status!!.restrictions.first()
        rule.onNodeWithText(first.rule.title, substring = true).performClick()
        rule.onNodeWithText("Delete this entry").performScrollTo().performClick()
        assertEquals(listOf("log", "up", "rule:${first.rule.id}", "delete"), actions)

        val isButton = SemanticsMatcher.expectValue(SemanticsProperties.Role, Role.Button)
        rule.onNode(hasText("Call your clinic") and isButton, useUnmergedTree = false).assertExists()
        // A list row is one item for TalkBack: its title and its "allowed again" line together.
        rule.onNode(hasText(first.rule.title) and hasText(first.allowedAgain.text) and isButton).assertExists()
    }

    @Test
    fun `the core's message shows once as a snackbar`() {
        var shown = 0
        var message by mutableStateOf<String?>(null)
        rule.setContent {
            Framed(dark = false, fontScale = 1f) {
                Catalogue(todayEn, onAction = {}, message = message, onMessageShown = { shown++; message = null })
            }
        }
        message = "Saved"
        rule.waitUntil(timeoutMillis = 10_000) { shown == 1 }
        assertEquals(1, shown)
    }

    @Test
    fun `the confirmation dialog answers with the button pressed`() {
        val answers = mutableListOf<String>()
        rule.setContent {
            Framed(dark = false, fontScale = 1f) {
                ConfirmDialog(
                    title = "Delete this entry?",
                    body = "It is removed from your log and from reports.",
                    confirmLabel = "Delete",
                    dismissLabel = "Keep",
                    onConfirm = { answers += "confirm" },
                    onDismiss = { answers += "dismiss" },
                )
            }
        }
        rule.onNodeWithText("Keep").performClick()
        rule.onNodeWithText("Delete").performClick()
        assertEquals(listOf("dismiss", "confirm"), answers)
    }
}
