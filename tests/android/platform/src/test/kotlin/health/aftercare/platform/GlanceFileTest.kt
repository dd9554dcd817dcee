// The widget's glance file: the real core's timeline kept, read back, and drawn at the right moments.
package health.aftercare.platform

import health.aftercare.core.AftercareApp
import health.aftercare.core.AppConfig
import health.aftercare.core.GlanceTimeline
import health.aftercare.core.NewSessionInput
import health.aftercare.core.SessionStatus
import java.io.File
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config

@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35], application = TestApplication::class)
class GlanceFileTest {
    private val now: Instant = Instant.parse("2026-11-21T10:00:00Z")
    private lateinit var dir: File
    private lateinit var app: AftercareApp
    private lateinit var timeline: GlanceTimeline

    @Before
    fun open() {
        dir = Files.createTempDirectory("aftercare-glance").toFile()
        app = AftercareApp.open(AppConfig(File(dir, "journal.db").path, null, File(dir, "share").path, "en-GB"), now)
        app.companion()!!.addSession(
            NewSessionInput(
                protocolId = "microneedling",
                protocolVersion = null,
                status = SessionStatus.DONE,
                startsAt = null,
                endedAt = now.minus(Duration.ofHours(2)),
                zone = "Europe/Berlin",
            ),
            now,
        )
        timeline = app.glanceTimeline(now, "Europe/Berlin", now.plus(Duration.ofDays(7)))
    }

    @After
    fun close() {
        app.close()
    }

    private fun file() = GlanceFile(File(dir, GlanceFile.FILE_NAME))

    @Test
    fun `the core's timeline is kept and read back field for field, written only when new`() {
        assertTrue(timeline.entries.size > 5)
        assertTrue(file().write(timeline))
        assertEquals(timeline, file().read())
        assertFalse("the same again", file().write(timeline))
        val later = app.glanceTimeline(now.plus(Duration.ofDays(1)), "Europe/Berlin", now.plus(Duration.ofDays(8)))
        assertTrue(file().write(later))
        assertEquals(later, file().read())
    }

    @Test
    fun `the widget draws the entry holding now, again at the next change, stale at the end`() {
        file().write(timeline)
        val entries = timeline.entries
        val mid = entries[1].from.plus(Duration.between(entries[1].from, entries[2].from).dividedBy(2))
        val moment = file().at(mid)
        assertEquals(GlanceShown.Shown(entries[1].glance), moment.shown)
        assertEquals(entries[2].from, moment.nextChange)
        assertFalse(moment.refreshDue)
        // The first instant of an entry is that entry's.
        assertEquals(GlanceShown.Shown(entries[2].glance), file().at(entries[2].from).shown)
        // The last entry is redrawn at the refresh time, and the core asked from then on.
        val last = file().at(entries.last().from)
        val expected = if (entries.last().from.isBefore(timeline.refreshAt)) timeline.refreshAt else timeline.until
        assertEquals(expected, last.nextChange)
        assertTrue(file().at(timeline.refreshAt).refreshDue)
        // From `until` on: the core's stale words, nothing more to redraw.
        val stale = file().at(timeline.until)
        assertEquals(GlanceShown.Stale(timeline.staleText, timeline.staleLink), stale.shown)
        assertNull(stale.nextChange)
        // Written for a later moment (the clock went back): not shown as now; the core is asked.
        val early = file().at(entries[0].from.minusSeconds(60))
        assertEquals(GlanceShown.Stale(timeline.staleText, timeline.staleLink), early.shown)
        assertTrue(early.refreshDue)
    }

    @Test
    fun `no file, a damaged one, another format or a name this version does not know draw the placeholder`() {
        val placeholder = GlanceMoment(GlanceShown.Placeholder, null, refreshDue = false)
        assertEquals(placeholder, file().at(now))
        val path = File(dir, GlanceFile.FILE_NAME)
        for (bytes in listOf("", "{\"format\": 1, \"entries\": [", "[]")) {
            path.writeText(bytes)
            assertEquals(bytes, placeholder, file().at(now))
        }
        file().write(timeline)
        val written = path.readText()
        path.writeText(written.replace("\"format\":1", "\"format\":99"))
        assertEquals(placeholder, file().at(now))
        path.writeText(written.replace("\"state\":\"RECOVERING\"", "\"state\":\"SOMETHING_NEW\""))
        assertEquals(placeholder, file().at(now))
        // Replaced by the next write.
        assertTrue(file().write(timeline))
        assertEquals(timeline, file().read())
    }
}
