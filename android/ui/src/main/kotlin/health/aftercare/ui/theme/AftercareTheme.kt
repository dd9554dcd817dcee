// The theme every screen is drawn in: Material 3, light or dark, with the tone palette.
package health.aftercare.ui.theme

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.runtime.staticCompositionLocalOf

private val LocalTones = staticCompositionLocalOf { AftercareColors.lightTones }

/**
 * Material 3 with the app's schemes. Text sizes are Material's, in sp, so they follow the
 * phone's font scale; layouts must let text wrap (the screenshot tests render at 1.5x).
 */
@Composable
fun AftercareTheme(darkTheme: Boolean = isSystemInDarkTheme(), content: @Composable () -> Unit) {
    CompositionLocalProvider(LocalTones provides if (darkTheme) AftercareColors.darkTones else AftercareColors.lightTones) {
        MaterialTheme(
            colorScheme = if (darkTheme) AftercareColors.dark else AftercareColors.light,
            content = content,
        )
    }
}

/** The tone colours of the current theme. */
object AftercareTones {
    /** The palette of the theme around the caller. */
    val current: TonePalette
        @Composable @ReadOnlyComposable get() = LocalTones.current
}
