// The app's colours: a calm Material 3 scheme and the tone colours, light and dark, all AA.
package health.aftercare.ui.theme

import androidx.compose.material3.ColorScheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Immutable
import androidx.compose.ui.graphics.Color
import health.aftercare.core.Tone

/** The colours of one tone. */
@Immutable
data class ToneColors(
    /** Background of a card or badge in this tone. */
    val container: Color,
    /** Text and icons on [container]: at least 4.5:1 against it (WCAG AA). */
    val onContainer: Color,
    /** A border or mark on the screen's background: at least 3:1 against it. */
    val accent: Color,
)

/** Every tone's colours in one theme, one per core [Tone]. */
@Immutable
data class TonePalette(
    /** Plain information. */
    val neutral: ToneColors,
    /** Fits normal healing. */
    val normal: ToneColors,
    /** Keep an eye on it. */
    val watch: ToneColors,
    /** Contact the provider soon. */
    val contactProvider: ToneColors,
    /** Contact the provider now. */
    val urgent: ToneColors,
    /** Something about the app went wrong (not about health). */
    val problem: ToneColors,
) {
    /** The colours of [tone]. */
    operator fun get(tone: Tone): ToneColors = when (tone) {
        Tone.NEUTRAL -> neutral
        Tone.NORMAL -> normal
        Tone.WATCH -> watch
        Tone.CONTACT_PROVIDER -> contactProvider
        Tone.URGENT -> urgent
        Tone.PROBLEM -> problem
    }
}

/**
 * The schemes and palettes. Dynamic colour (Material You) is left out on purpose: the tone
 * colours must keep their meaning and contrast next to the base scheme on every phone.
 * tests/android/ui checks every pair this file promises.
 */
object AftercareColors {
    /** Light base scheme: a calm teal, with Material's baseline neutrals. */
    val light: ColorScheme = lightColorScheme(
        primary = Color(0xFF006A6A),
        onPrimary = Color(0xFFFFFFFF),
        primaryContainer = Color(0xFF9CF1F0),
        onPrimaryContainer = Color(0xFF002020),
        secondary = Color(0xFF4A6363),
        onSecondary = Color(0xFFFFFFFF),
        secondaryContainer = Color(0xFFCCE8E7),
        onSecondaryContainer = Color(0xFF051F1F),
        background = Color(0xFFFAFDFC),
        onBackground = Color(0xFF191C1C),
        surface = Color(0xFFFAFDFC),
        onSurface = Color(0xFF191C1C),
        surfaceVariant = Color(0xFFDAE5E4),
        onSurfaceVariant = Color(0xFF3F4948),
        outline = Color(0xFF6F7979),
        error = Color(0xFFBA1A1A),
        onError = Color(0xFFFFFFFF),
        errorContainer = Color(0xFFFFDAD6),
        onErrorContainer = Color(0xFF410002),
    )

    /** Dark base scheme. */
    val dark: ColorScheme = darkColorScheme(
        primary = Color(0xFF80D5D4),
        onPrimary = Color(0xFF003737),
        primaryContainer = Color(0xFF004F4F),
        onPrimaryContainer = Color(0xFF9CF1F0),
        secondary = Color(0xFFB0CCCB),
        onSecondary = Color(0xFF1B3534),
        secondaryContainer = Color(0xFF324B4B),
        onSecondaryContainer = Color(0xFFCCE8E7),
        background = Color(0xFF191C1C),
        onBackground = Color(0xFFE0E3E2),
        surface = Color(0xFF191C1C),
        onSurface = Color(0xFFE0E3E2),
        surfaceVariant = Color(0xFF3F4948),
        onSurfaceVariant = Color(0xFFBEC9C8),
        outline = Color(0xFF889392),
        error = Color(0xFFFFB4AB),
        onError = Color(0xFF690005),
        errorContainer = Color(0xFF93000A),
        onErrorContainer = Color(0xFFFFDAD6),
    )

    /** Tones on the light scheme: grey-teal, green, amber, orange, red, and a violet for problems. */
    val lightTones = TonePalette(
        neutral = ToneColors(Color(0xFFE3EBEA), Color(0xFF1B2B2A), Color(0xFF5A6968)),
        normal = ToneColors(Color(0xFFD7F3DF), Color(0xFF0B3D1E), Color(0xFF1E7A3E)),
        watch = ToneColors(Color(0xFFFFF0C2), Color(0xFF3F2D00), Color(0xFF8A6100)),
        contactProvider = ToneColors(Color(0xFFFFDDC7), Color(0xFF4F1C00), Color(0xFFA84200)),
        urgent = ToneColors(Color(0xFFFFDAD6), Color(0xFF5C0004), Color(0xFFBA1A1A)),
        problem = ToneColors(Color(0xFFEDE0FF), Color(0xFF2E1055), Color(0xFF6B4A9E)),
    )

    /** Tones on the dark scheme. */
    val darkTones = TonePalette(
        neutral = ToneColors(Color(0xFF2B3433), Color(0xFFDCE5E4), Color(0xFF8F9E9D)),
        normal = ToneColors(Color(0xFF0F3D22), Color(0xFFB7F0C8), Color(0xFF7DD89B)),
        watch = ToneColors(Color(0xFF3D2E00), Color(0xFFFFE08A), Color(0xFFF0C14B)),
        contactProvider = ToneColors(Color(0xFF4A1F00), Color(0xFFFFD2B3), Color(0xFFFF9A57)),
        urgent = ToneColors(Color(0xFF690005), Color(0xFFFFDAD6), Color(0xFFFFB4AB)),
        problem = ToneColors(Color(0xFF3B2460), Color(0xFFEBDDFF), Color(0xFFC3A6F0)),
    )
}
