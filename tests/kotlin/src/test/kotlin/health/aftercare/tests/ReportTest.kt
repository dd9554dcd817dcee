package health.aftercare.tests

import ca.uhn.fhir.context.FhirContext
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport
import ca.uhn.fhir.validation.ResultSeverityEnum
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.AftercareException
import health.aftercare.core.BodyArea
import health.aftercare.core.NewPhoto
import health.aftercare.core.NewSessionInput
import health.aftercare.core.NewSymptom
import health.aftercare.core.ReportFormat
import health.aftercare.core.ReportInput
import health.aftercare.core.SessionStatus
import health.aftercare.core.SymptomKind
import java.io.StringReader
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import java.time.Duration
import java.time.Instant
import java.util.concurrent.TimeUnit
import net.fortuna.ical4j.data.CalendarBuilder
import net.fortuna.ical4j.model.component.VAlarm
import net.fortuna.ical4j.model.component.VEvent
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator
import org.hl7.fhir.r4.model.Bundle
import org.hl7.fhir.r4.model.Observation
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * The provider report through the bindings, checked by independent tools: HAPI FHIR's R4
 * validator, ical4j, and Debian's Chromium rendering the HTML to a PNG and a PDF.
 */
class ReportTest {
    private val zone = "Europe/Berlin"
    private val first: Instant = Instant.parse("2026-10-10T08:00:00Z")
    private val second: Instant = first.plus(Duration.ofDays(35))
    private val now: Instant = second.plus(Duration.ofDays(4))

    @TempDir
    lateinit var dir: Path

    private lateinit var companion: AftercareCompanion

    @BeforeEach
    fun journal() {
        companion = AftercareCompanion.open(dir.resolve("journal.db").toString(), null, first)
        val ids = listOf(first, second).map { ended ->
            companion.addSession(NewSessionInput("microneedling", 1u, SessionStatus.DONE, null, ended, zone), ended).id
        }
        companion.addSession(NewSessionInput("microneedling", 1u, SessionStatus.PLANNED, second.plus(Duration.ofDays(35)), null, zone), now)
        fun log(session: Long, kind: SymptomKind, severity: Int, at: Instant, note: String) =
            companion.logSymptom(session, NewSymptom(kind, severity.toUByte(), at, BodyArea.CHEEKS, note), now, zone)
        log(ids[0], SymptomKind.REDNESS, 5, first.plus(Duration.ofHours(6)), "warm, like a sunburn")
        log(ids[0], SymptomKind.REDNESS, 2, first.plus(Duration.ofHours(30)), "")
        log(ids[0], SymptomKind.PAIN, 3, first.plus(Duration.ofHours(8)), "stings; \"quotes\", commas")
        log(ids[1], SymptomKind.SWELLING, 4, second.plus(Duration.ofHours(3)), "")
        log(ids[1], SymptomKind.REDNESS, 3, second.plus(Duration.ofHours(12)), "")
        log(ids[1], SymptomKind.REDNESS, 6, second.plus(Duration.ofHours(60)), "worse today")
        log(ids[1], SymptomKind.FEVER, 4, second.plus(Duration.ofHours(70)), "")
        // A real PNG photo, recorded by path and hash as the shells do.
        val png = Base64Png.bytes()
        val photo = dir.resolve("photo.png")
        Files.write(photo, png)
        val sha = MessageDigest.getInstance("SHA-256").digest(png).joinToString("") { "%02x".format(it) }
        companion.addPhoto(ids[1], NewPhoto(photo.toString(), second.plus(Duration.ofHours(13)), sha, "day 1"))
    }

    private fun report(format: ReportFormat, name: String? = "Ana García", photos: Boolean = true) =
        companion.report(ReportInput(format, null, null, null, photos, name, zone, null), now)

    @Test
    fun `the FHIR bundle validates against R4`() {
        val json = report(ReportFormat.FHIR).content
        val ctx = FhirContext.forR4()
        val chain = ValidationSupportChain(
            DefaultProfileValidationSupport(ctx),
            CommonCodeSystemsTerminologyService(ctx),
            InMemoryTerminologyServerValidationSupport(ctx),
            SnapshotGeneratingValidationSupport(ctx),
        )
        val validator = ctx.newValidator().registerValidatorModule(FhirInstanceValidator(chain))
        val result = validator.validateWithResult(json)
        val errors = result.messages.filter { it.severity.ordinal >= ResultSeverityEnum.ERROR.ordinal }
        assertTrue(errors.isEmpty(), errors.joinToString("\n") { "${it.locationString}: ${it.message}" })

        val bundle = ctx.newJsonParser().parseResource(Bundle::class.java, json)
        assertEquals(Bundle.BundleType.COLLECTION, bundle.type)
        val types = bundle.entry.map { it.resource.fhirType() }
        assertEquals(1, types.count { it == "Patient" })
        assertEquals(2, types.count { it == "Procedure" })
        assertTrue("CarePlan" in types)
        assertEquals(7, types.count { it == "Observation" })
        assertEquals(1, types.count { it == "Media" })
        val observations = bundle.entry.map { it.resource }.filterIsInstance<Observation>()
        val codes = observations.map { it.code.codingFirstRep.code }.toSet()
        assertEquals(setOf("75325-1", "72514-3"), codes, "symptoms are 75325-1, pain is 72514-3")
        val redness = observations.first { o -> o.valueCodeableConcept?.codingFirstRep?.code == "444827008" }
        assertEquals("http://snomed.info/sct", redness.valueCodeableConcept.codingFirstRep.system)
        // Every reference resolves inside the bundle.
        val urls = bundle.entry.map { it.fullUrl }.toSet()
        observations.forEach { o -> assertTrue(o.subject.reference in urls, o.subject.reference) }
    }

    @Test
    fun `the calendar parses with an independent library`() {
        val ics = report(ReportFormat.ICS).content
        assertTrue(ics.contains("\r\n"), "RFC 5545 lines end in CRLF")
        val calendar = CalendarBuilder().build(StringReader(ics))
        val events = calendar.getComponents<VEvent>("VEVENT")
        assertTrue(events.isNotEmpty())
        val uids = events.map { it.uid.get().value }
        assertEquals(uids.size, uids.toSet().size, "UIDs are unique")
        events.forEach { e -> assertTrue(e.getProperty<net.fortuna.ical4j.model.Property>("DTSTART").isPresent, "every event has a start") }
        assertTrue(events.any { e -> e.getComponents<VAlarm>("VALARM").isNotEmpty() }, "alarms present")
        // Stable: the same selection gives the same UIDs.
        val again = CalendarBuilder().build(StringReader(report(ReportFormat.ICS).content))
        assertEquals(uids, again.getComponents<VEvent>("VEVENT").map { it.uid.get().value })
    }

    @Test
    fun `the HTML renders in Chromium to a PNG and a paged PDF without console errors`() {
        val html = report(ReportFormat.HTML).content
        val page = dir.resolve("report.html")
        Files.writeString(page, html)
        val png = dir.resolve("report.png")
        val pdf = dir.resolve("report.pdf")
        val shot = chromium(page, "--screenshot=$png", "--window-size=412,2400")
        val print = chromium(page, "--print-to-pdf=$pdf", "--no-pdf-header-footer")
        for (log in listOf(shot, print)) {
            val console = log.lines().filter { it.contains(":CONSOLE") || it.contains("Uncaught") }
            assertTrue(console.isEmpty(), "console output:\n" + console.joinToString("\n"))
        }
        val pngBytes = Files.readAllBytes(png)
        assertTrue(pngBytes.size > 10_000, "screenshot has content (${pngBytes.size} bytes)")
        Loader.loadPDF(pdf.toFile()).use { doc ->
            val text = { n: Int -> PDFTextStripper().apply { startPage = n; endPage = n }.getText(doc) }
            val pages = (1..doc.numberOfPages).map(text)
            // Each session starts on a page of its own (print CSS), after the summary.
            val summary = pages.indexOfFirst { it.contains("Summary") }
            val s1 = pages.indexOfFirst { it.contains("Session 1: Microneedling") }
            val s2 = pages.indexOfFirst { it.contains("Session 2: Microneedling") }
            assertTrue(summary in 0 until s1, "summary before session 1 (pages: ${pages.size})")
            assertTrue(s1 < s2, "session 2 on a later page than session 1")
            assertTrue(pages[s2].trimStart().startsWith("Session 2: Microneedling"), "session 2 starts its page")
            assertTrue(pages.last().contains("provider"), "the disclaimer closes the report")
            assertTrue(doc.numberOfPages >= 3)
        }
    }

    @Test
    fun `bad ranges are typed errors and an empty range is an honest empty report`() {
        val reversed = ReportInput(ReportFormat.CSV, "2026-12-01", "2026-11-01", null, false, null, zone, null)
        val error = assertThrows<AftercareException.InvalidInput> { companion.report(reversed, now) }
        assertEquals("from", error.field)
        assertThrows<AftercareException.InvalidInput> {
            companion.report(reversed.copy(from = "next tuesday", to = null), now)
        }
        val empty = companion.report(ReportInput(ReportFormat.CSV, "2025-01-01", "2025-01-31", null, false, null, zone, null), now)
        val rows = empty.content.trimEnd().lines()
        assertEquals(2, rows.size, "the header row and the disclaimer row, no entries")
        assertTrue(rows[1].startsWith(",") && rows[1].contains("not a doctor"))
        val emptyHtml = companion.report(ReportInput(ReportFormat.HTML, "2025-01-01", "2025-01-31", null, false, null, zone, null), now)
        assertTrue(emptyHtml.content.contains("<html"))
    }

    private fun chromium(page: Path, vararg args: String): String {
        val binary = System.getenv("AFTERCARE_CHROMIUM") ?: "/usr/bin/chromium"
        check(Files.isExecutable(Path.of(binary))) {
            "no Chromium at $binary: tests/run installs Debian's chromium (or set AFTERCARE_CHROMIUM)"
        }
        val profile = Files.createTempDirectory(dir, "chromium")
        val command = listOf(
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-quic", "--user-data-dir=$profile",
            "--enable-logging=stderr", "--v=0", *args, page.toUri().toString(),
        )
        val process = ProcessBuilder(command).redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        check(process.waitFor(90, TimeUnit.SECONDS)) { "Chromium did not finish" }
        check(process.exitValue() == 0) { "Chromium failed:\n$output" }
        return output
    }
}

/** A small real PNG (a 64×48 gradient with a tEXt chunk the report must strip). */
object Base64Png {
    fun bytes(): ByteArray {
        val image = java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB)
        for (x in 0 until 64) for (y in 0 until 48) image.setRGB(x, y, (x * 4 shl 16) or (y * 5 shl 8) or 0x80)
        val out = java.io.ByteArrayOutputStream()
        javax.imageio.ImageIO.write(image, "png", out)
        return out.toByteArray()
    }
}
