// Draws a core screen headless the way a phone would: theme, font scale, zone, layout direction.
package health.aftercare.ui

import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.LayoutDirection
import health.aftercare.core.AppAction
import health.aftercare.core.Message
import health.aftercare.core.Screen
import health.aftercare.ui.host.AppScreen
import health.aftercare.ui.host.LocalZone
import health.aftercare.ui.host.ShownMessage
import health.aftercare.ui.theme.AftercareTheme
import java.time.ZoneId

/** How a phone is set: light or dark, font scale, right-to-left. */
data class Look(val dark: Boolean = false, val fontScale: Float = 1f, val rtl: Boolean = false) {
    /** "light-100", "dark-150". */
    val tag: String get() = "${if (dark) "dark" else "light"}-${(fontScale * 100).toInt()}" + if (rtl) "-rtl" else ""
}

/** A phone's width and height in dp (a common 6.1" phone), and the pixel density tests render at. */
const val PHONE_WIDTH_DP = 360
const val PHONE_HEIGHT_DP = 760
const val RENDER_DENSITY = 1f

/** The app's screen as the Activity draws it, with the phone set to [look]. */
@Composable
fun Phone(
    screen: Screen,
    look: Look,
    onAction: (AppAction) -> Unit,
    message: Message? = null,
    messageId: Long = 0,
    zone: ZoneId = ZoneId.of("Europe/Madrid"),
) {
    val density = LocalDensity.current
    CompositionLocalProvider(
        LocalDensity provides Density(density.density, look.fontScale),
        LocalLayoutDirection provides if (look.rtl) LayoutDirection.Rtl else LayoutDirection.Ltr,
        LocalZone provides zone,
    ) {
        AftercareTheme(darkTheme = look.dark) {
            AppScreen(
                screen = screen,
                onAction = onAction,
                modifier = Modifier.fillMaxSize(),
                message = message?.let { ShownMessage(it, messageId) },
            )
        }
    }
}
