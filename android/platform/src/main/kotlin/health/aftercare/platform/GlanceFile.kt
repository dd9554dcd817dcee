// The widget's glance: the core's timeline kept in a file, and what it says at a moment.
package health.aftercare.platform

import android.util.AtomicFile
import health.aftercare.core.Glance
import health.aftercare.core.GlanceAttention
import health.aftercare.core.GlanceEntry
import health.aftercare.core.GlanceLine
import health.aftercare.core.GlanceLineKind
import health.aftercare.core.GlanceState
import health.aftercare.core.GlanceTimeline
import health.aftercare.core.Locale
import health.aftercare.core.Tone
import health.aftercare.core.TriageLevel
import java.io.File
import java.io.IOException
import java.time.DateTimeException
import java.time.Instant
import org.json.JSONArray
import org.json.JSONException
import org.json.JSONObject

/** What the home-screen widget draws at one moment. */
sealed interface GlanceShown {
    /** The core's glance. */
    data class Shown(val glance: Glance) : GlanceShown

    /** The timeline has run out, or was written for a later moment (the clock went back): the core's words for it. */
    data class Stale(val text: String, val link: String) : GlanceShown

    /** No timeline to read (none written yet, another version's, damaged): the app's name, opening Today. */
    data object Placeholder : GlanceShown
}

/**
 * What to draw at a moment: [shown]; [nextChange], when to draw again (the next entry, the
 * timeline's end, or its `refreshAt`), none once it is stale; [refreshDue], whether the core
 * should be asked for the next timeline (its `refreshAt` has passed, or it starts later than now).
 */
data class GlanceMoment(val shown: GlanceShown, val nextChange: Instant?, val refreshDue: Boolean)

/**
 * The core's latest [GlanceTimeline] (`Effect.UpdateGlance`) in [file], for the widget: the
 * system redraws a widget without the app's screen, so it reads this, never the journal. JSON,
 * field for field the core's records, enums by name (a file with a name this version does not
 * know is not read); written whole ([AtomicFile]). Keep it in `noBackupFilesDir` beside the
 * journal: it is rebuilt from the journal. Its words are the ones the patient's discreet
 * setting chose: the core writes only that form.
 */
class GlanceFile(file: File) {
    private val atomic = AtomicFile(file)

    /** Keeps [timeline]; false when the file already says exactly that (nothing to redraw). */
    fun write(timeline: GlanceTimeline): Boolean = synchronized(LOCK) {
        val bytes = encode(timeline).toString().toByteArray(Charsets.UTF_8)
        val before = try {
            atomic.readFully()
        } catch (e: IOException) {
            null
        }
        if (before != null && before.contentEquals(bytes)) return false
        val out = atomic.startWrite()
        try {
            out.write(bytes)
            atomic.finishWrite(out)
        } catch (e: IOException) {
            atomic.failWrite(out)
            throw e
        }
        true
    }

    /** The timeline kept, or null: none yet, another version's, or damaged. */
    fun read(): GlanceTimeline? = synchronized(LOCK) {
        val text = try {
            atomic.readFully().toString(Charsets.UTF_8)
        } catch (e: IOException) {
            return null
        }
        try {
            decode(JSONObject(text))
        } catch (e: JSONException) {
            null
        } catch (e: IllegalArgumentException) {
            null
        } catch (e: DateTimeException) {
            null
        }
    }

    /** What to draw at [now]. */
    fun at(now: Instant): GlanceMoment = moment(read(), now)

    companion object {
        /** The format written and read; raised when a field changes meaning. */
        const val FORMAT = 1

        /** The file's name in `noBackupFilesDir`. */
        const val FILE_NAME = "glance.json"

        /** Where the placeholder leads: Today (one of the core's own links). */
        const val PLACEHOLDER_LINK = "aftercare://today"

        private val LOCK = Any()

        /** What [timeline] (none: no file) says at [now]. */
        fun moment(timeline: GlanceTimeline?, now: Instant): GlanceMoment {
            // No file: nothing to ask the core either (the app writes it once the first run ends).
            timeline ?: return GlanceMoment(GlanceShown.Placeholder, null, refreshDue = false)
            val stale = GlanceShown.Stale(timeline.staleText, timeline.staleLink)
            val due = !now.isBefore(timeline.refreshAt)
            if (!now.isBefore(timeline.until)) return GlanceMoment(stale, null, due)
            val holding = timeline.entries.indexOfLast { !it.from.isAfter(now) }
            if (holding < 0) return GlanceMoment(stale, null, refreshDue = true)
            val next = timeline.entries.getOrNull(holding + 1)?.from ?: timeline.until
            val redraw = if (!due && timeline.refreshAt.isBefore(next)) timeline.refreshAt else next
            return GlanceMoment(GlanceShown.Shown(timeline.entries[holding].glance), redraw, due)
        }

        private fun encode(timeline: GlanceTimeline): JSONObject = JSONObject()
            .put("format", FORMAT)
            .put("entries", JSONArray(timeline.entries.map { JSONObject().put("from", "${it.from}").put("glance", encode(it.glance)) }))
            .put("until", "${timeline.until}")
            .put("refreshAt", "${timeline.refreshAt}")
            .put("truncated", timeline.truncated)
            .put("staleText", timeline.staleText)
            .put("staleLink", timeline.staleLink)

        private fun encode(glance: Glance): JSONObject = JSONObject()
            .put("state", glance.state.name)
            .put("locale", glance.locale.name)
            .put("discreet", glance.discreet)
            .put("headline", glance.headline)
            .put("link", glance.link)
            .put(
                "attention",
                glance.attention?.let {
                    JSONObject()
                        .put("level", it.level.name)
                        .put("tone", it.tone.name)
                        .put("label", it.label)
                        .put("takesOver", it.takesOver)
                        .put("link", it.link)
                },
            )
            .put(
                "lines",
                JSONArray(glance.lines.map { JSONObject().put("kind", it.kind.name).put("text", it.text).put("at", "${it.at}").put("link", it.link) }),
            )
            .put("accessibilityLabel", glance.accessibilityLabel)

        private fun decode(json: JSONObject): GlanceTimeline? {
            if (json.getInt("format") != FORMAT) return null
            val entries = json.getJSONArray("entries").objects().map {
                GlanceEntry(from = Instant.parse(it.getString("from")), glance = glance(it.getJSONObject("glance")))
            }
            if (entries.isEmpty()) return null
            return GlanceTimeline(
                entries = entries,
                until = Instant.parse(json.getString("until")),
                refreshAt = Instant.parse(json.getString("refreshAt")),
                truncated = json.getBoolean("truncated"),
                staleText = json.getString("staleText"),
                staleLink = json.getString("staleLink"),
            )
        }

        private fun glance(json: JSONObject): Glance = Glance(
            state = GlanceState.valueOf(json.getString("state")),
            locale = Locale.valueOf(json.getString("locale")),
            discreet = json.getBoolean("discreet"),
            headline = json.getString("headline"),
            link = json.getString("link"),
            attention = json.optJSONObject("attention")?.let {
                GlanceAttention(
                    level = TriageLevel.valueOf(it.getString("level")),
                    tone = Tone.valueOf(it.getString("tone")),
                    label = it.getString("label"),
                    takesOver = it.getBoolean("takesOver"),
                    link = it.getString("link"),
                )
            },
            lines = json.getJSONArray("lines").objects().map {
                GlanceLine(
                    kind = GlanceLineKind.valueOf(it.getString("kind")),
                    text = it.getString("text"),
                    at = Instant.parse(it.getString("at")),
                    link = it.getString("link"),
                )
            },
            accessibilityLabel = json.getString("accessibilityLabel"),
        )

        private fun JSONArray.objects(): List<JSONObject> = (0 until length()).map { getJSONObject(it) }
    }
}
