// The semantic tones a screen model can ask for; each one always comes with words.
package health.aftercare.ui.theme

import health.aftercare.core.TriageLevel

/**
 * How much attention something needs. Screens never pick colours: the core's models name a
 * tone and carry the words that say the same thing, so no meaning rests on colour alone.
 */
enum class Tone {
    /** Fits normal healing. */
    NORMAL,

    /** Keep an eye on it and keep logging. */
    WATCH,

    /** Contact the clinic soon. */
    CONTACT_PROVIDER,

    /** Contact the clinic now. */
    URGENT,
}

/** The tone of a triage level. */
fun TriageLevel.tone(): Tone = when (this) {
    TriageLevel.NORMAL -> Tone.NORMAL
    TriageLevel.WATCH -> Tone.WATCH
    TriageLevel.CONTACT_PROVIDER -> Tone.CONTACT_PROVIDER
    TriageLevel.URGENT -> Tone.URGENT
}
