// A PNG of every screen and state the real core produces, in English and Spanish, light and dark,
// at font scale 1.0 and 1.5, page by page; each one also checked for targets, labels and raw ids.
package health.aftercare.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import java.io.File
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * Writes `target/screenshots/screen-<state>-<language>-<light|dark>-<font scale %>.png` (and
 * `-more1.png`... for pages 4 on), the pages of a tall screen side by side. A state that came
 * with a message (a snackbar) gets a first image with it showing.
 */
@OptIn(ExperimentalTestApi::class)
class ScreenshotsTest {
    /** A semantics scroll is animated; this lets it finish before the next page is captured. */
    private val SCROLL_SETTLE_MS = 600L

    private val screenshots = File(System.getProperty("aftercare.screenshots.dir", "target/screenshots"))

    private val looks = listOf(Look(), Look(fontScale = 1.5f), Look(dark = true), Look(dark = true, fontScale = 1.5f))

    private fun shoot(language: String, looks: List<Look>, only: (Shot) -> Boolean = { true }) {
        val tag = language.substringBefore('-')
        val problems = mutableListOf<String>()
        // PNG encoding is slow; it runs beside the drawing.
        val writer = Executors.newSingleThreadExecutor()
        val written = mutableListOf<Future<List<File>>>()
        runSkikoComposeUiTest(
            size = Size(PHONE_WIDTH_DP * RENDER_DENSITY, PHONE_HEIGHT_DP * RENDER_DENSITY),
            density = Density(RENDER_DENSITY),
        ) {
            mainClock.autoAdvance = false
            var shot by mutableStateOf(ScreenCatalogue.shots(language).first())
            var look by mutableStateOf(looks.first())
            var withMessage by mutableStateOf(false)
            var serial by mutableStateOf(0L)
            setContent {
                // A fresh composition per image: scroll at the top, no snackbar left over.
                key(serial) { Phone(shot.screen, look, onAction = {}, message = shot.message.takeIf { withMessage }, messageId = serial) }
            }
            for (next in ScreenCatalogue.shots(language).filter(only)) {
                for (nextLook in looks) {
                    shot = next
                    look = nextLook
                    val pages = mutableListOf<java.awt.image.BufferedImage>()
                    if (next.message != null) {
                        withMessage = true
                        serial++
                        // The snackbar slides in.
                        mainClock.advanceTimeBy(600)
                        pages += captureToImage().toAwtImage()
                        withMessage = false
                    }
                    serial++
                    mainClock.advanceTimeBy(100)
                    problems += screenProblems("${next.name} $tag ${nextLook.tag}")
                    pages += if (next.screen.dialog != null) {
                        listOf(captureToImage().toAwtImage())
                    } else {
                        // Checked again on every page: a lazy page (Today, the timeline) only
                        // composes what is on screen.
                        capturePages(settle = {
                            mainClock.advanceTimeBy(SCROLL_SETTLE_MS)
                            problems += screenProblems("${next.name} $tag ${nextLook.tag} (scrolled)")
                        })
                    }
                    val name = "screen-${next.name}-$tag-${nextLook.tag}"
                    written += writer.submit<List<File>> { writeSheets(pages, screenshots, name) }
                }
            }
        }
        writer.shutdown()
        writer.awaitTermination(5, TimeUnit.MINUTES)
        val files = written.flatMap { it.get() }
        assertTrue(problems.joinToString("\n"), problems.isEmpty())
        assertTrue(files.all { it.length() > 1000 })
    }

    @Test
    fun `every screen in English, light and dark, at font scale 1 and 1_5`() = shoot("en-GB", looks)

    @Test
    fun `every screen in Spanish, light and dark, at font scale 1 and 1_5`() = shoot("es-ES", looks)

    @Test
    fun `the main screens right to left`() = shoot("en-GB", listOf(Look(rtl = true))) {
        it.name in setOf("today-3-after-logging", "log-2-two-symptoms", "timeline", "triage-1-urgent", "history", "settings")
    }
}
