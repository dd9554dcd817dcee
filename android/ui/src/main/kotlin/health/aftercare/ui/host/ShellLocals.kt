// What only the shell knows and the screens need: the phone's time zone.
package health.aftercare.ui.host

import androidx.compose.runtime.staticCompositionLocalOf
import java.time.ZoneId

/**
 * The phone's current zone, the one the core is called with: a picked day and time of day
 * become an instant in it. The shell provides it (tests set it).
 */
val LocalZone = staticCompositionLocalOf<ZoneId> { ZoneId.systemDefault() }
