// The core's semantic tokens (tones, severity bands) mapped to the theme's colours.
package health.aftercare.ui.theme

import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import health.aftercare.core.SeverityBand
import health.aftercare.core.Tone

/**
 * The colours of a severity band. Bands share the tones' colours (none and mild are calm,
 * moderate is "watch", severe "contact", worst "urgent"); the words always come with them.
 */
fun SeverityBand.tone(): Tone = when (this) {
    SeverityBand.NONE -> Tone.NEUTRAL
    SeverityBand.MILD -> Tone.NORMAL
    SeverityBand.MODERATE -> Tone.WATCH
    SeverityBand.SEVERE -> Tone.CONTACT_PROVIDER
    SeverityBand.WORST -> Tone.URGENT
}

/** The colours of [tone] in the current theme. */
@Composable
@ReadOnlyComposable
fun toneColors(tone: Tone): ToneColors = AftercareTones.current[tone]
