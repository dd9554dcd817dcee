// Every colour pair the theme promises meets WCAG AA, in light and in dark.
package health.aftercare.ui

import androidx.compose.material3.ColorScheme
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.luminance
import health.aftercare.ui.theme.AftercareColors
import health.aftercare.core.SeverityBand
import health.aftercare.core.Tone
import health.aftercare.ui.theme.tone
import health.aftercare.ui.theme.TonePalette
import org.junit.Assert.assertTrue
import org.junit.Test

class ThemeContrastTest {
    /** WCAG 2.x contrast ratio of two opaque colours. */
    private fun contrast(a: Color, b: Color): Double {
        val (light, dark) = listOf(a.luminance().toDouble(), b.luminance().toDouble()).sortedDescending()
        return (light + 0.05) / (dark + 0.05)
    }

    private fun check(name: String, foreground: Color, background: Color, minimum: Double, failures: MutableList<String>) {
        val ratio = contrast(foreground, background)
        if (ratio < minimum) failures += "$name: %.2f < $minimum".format(ratio)
    }

    private fun checkScheme(theme: String, scheme: ColorScheme, tones: TonePalette): List<String> {
        val failures = mutableListOf<String>()
        // Text on the scheme's own surfaces: 4.5:1 (AA for body text).
        check("$theme onSurface/surface", scheme.onSurface, scheme.surface, 4.5, failures)
        check("$theme onSurfaceVariant/surface", scheme.onSurfaceVariant, scheme.surface, 4.5, failures)
        check("$theme onBackground/background", scheme.onBackground, scheme.background, 4.5, failures)
        check("$theme primary text/surface", scheme.primary, scheme.surface, 4.5, failures)
        check("$theme onPrimary/primary", scheme.onPrimary, scheme.primary, 4.5, failures)
        check("$theme onPrimaryContainer/primaryContainer", scheme.onPrimaryContainer, scheme.primaryContainer, 4.5, failures)
        check("$theme onSecondaryContainer/secondaryContainer", scheme.onSecondaryContainer, scheme.secondaryContainer, 4.5, failures)
        check("$theme onError/error", scheme.onError, scheme.error, 4.5, failures)
        check("$theme error text/surface", scheme.error, scheme.surface, 4.5, failures)
        check("$theme onErrorContainer/errorContainer", scheme.onErrorContainer, scheme.errorContainer, 4.5, failures)
        // Borders and controls: 3:1 (AA for non-text contrast).
        check("$theme outline/surface", scheme.outline, scheme.surface, 3.0, failures)
        for (tone in Tone.entries) {
            val colors = tones[tone]
            check("$theme $tone text", colors.onContainer, colors.container, 4.5, failures)
            check("$theme $tone accent/surface", colors.accent, scheme.surface, 3.0, failures)
            check("$theme $tone accent/container", colors.accent, colors.container, 3.0, failures)
            // An inverted badge: the container colour as text on the accent.
            check("$theme $tone inverted badge", colors.container, colors.accent, 4.5, failures)
        }
        return failures
    }

    @Test
    fun `light and dark themes meet AA for text and for borders`() {
        val failures = checkScheme("light", AftercareColors.light, AftercareColors.lightTones) +
            checkScheme("dark", AftercareColors.dark, AftercareColors.darkTones)
        assertTrue(failures.joinToString("\n"), failures.isEmpty())
    }

    @Test
    fun `the six tones can be told apart from each other`() {
        // Not by colour alone (the words carry the meaning), but neighbours must not look alike.
        for (tones in listOf(AftercareColors.lightTones, AftercareColors.darkTones)) {
            val containers = Tone.entries.map { tones[it].container }
            assertTrue(containers.toSet().size == containers.size)
            val accents = Tone.entries.map { tones[it].accent }
            assertTrue(accents.toSet().size == accents.size)
        }
    }

    @Test
    fun `severity bands climb through the tones`() {
        val order = SeverityBand.entries.map { it.tone() }
        assertTrue(order.toSet().size == SeverityBand.entries.size)
        assertTrue(order.last() == Tone.URGENT && order.first() == Tone.NEUTRAL)
    }
}
