// Reports and backups from the real core, written to the shared folder and offered to share.
package health.aftercare.platform

import android.content.Intent
import android.net.Uri
import health.aftercare.core.ReportFormat
import health.aftercare.core.ReportInput
import java.io.File
import java.time.Duration
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

class SharedFilesTest : ShellTest() {
    /** What FileProvider.getUriForFile answers for the app's authority and `shared` path name. */
    private fun files() = SharedFiles(app) { file -> Uri.parse("content://${app.packageName}.files/shared/${file.name}") }

    @Test
    fun `a report is written to the shared folder and offered read-only to one app`() {
        val report = journal.report(
            ReportInput(
                format = ReportFormat.HTML,
                from = null,
                to = null,
                sessionId = null,
                includePhotos = false,
                patientName = null,
                zone = "Europe/Berlin",
                locale = null,
            ),
            app.now,
        )
        val shared = files()
        val file = shared.write("report", report.extension, report.content, app.now)
        assertEquals(File(app.cacheDir, "shared"), file.parentFile)
        assertEquals("aftercare-report-20261121-100000.html", file.name)
        assertEquals(report.content, file.readText())

        val chooser = shared.shareIntent(file, report.mediaType, "Share")
        assertEquals(Intent.ACTION_CHOOSER, chooser.action)
        @Suppress("DEPRECATION")
        val send = chooser.getParcelableExtra<Intent>(Intent.EXTRA_INTENT)!!
        assertEquals(Intent.ACTION_SEND, send.action)
        assertEquals(report.mediaType, send.type)
        @Suppress("DEPRECATION")
        val stream = send.getParcelableExtra<Uri>(Intent.EXTRA_STREAM)!!
        assertEquals("content://${app.packageName}.files/shared/${file.name}", stream.toString())
        assertEquals(stream, send.clipData!!.getItemAt(0).uri)
        assertTrue(send.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION != 0)
        assertTrue(send.flags and Intent.FLAG_GRANT_WRITE_URI_PERMISSION == 0)
    }

    @Test
    fun `a backup from the core lands there too`() {
        val shared = files()
        val file = shared.newFile("backup", "db", app.now)
        journal.backup(file.path, app.now)
        assertTrue(file.length() > 0)
        assertTrue(file.name.matches(Regex("aftercare-backup-\\d{8}-\\d{6}\\.db")))
    }

    @Test
    fun `old shared files are removed, files elsewhere are never offered`() {
        val shared = files()
        val old = shared.write("report", "csv", "old", app.now)
        old.setLastModified(app.now.minus(Duration.ofDays(2)).toEpochMilli())
        val recent = shared.write("report", "csv", "recent", app.now.plusSeconds(1))
        recent.setLastModified(app.now.toEpochMilli())
        shared.write("report", "html", "new", app.now.plusSeconds(2))
        assertFalse(old.exists())
        assertTrue(recent.exists())

        val journalFile = File(app.filesDir, "journal.db").also { it.writeText("x") }
        try {
            shared.shareIntent(journalFile, "application/octet-stream", null)
            fail("only shared files may be offered")
        } catch (expected: IllegalArgumentException) {
        }
        for ((kind, extension) in listOf("../x" to "html", "report" to "html/../../x", "Report" to "html")) {
            try {
                shared.newFile(kind, extension, app.now)
                fail("$kind.$extension")
            } catch (expected: IllegalArgumentException) {
            }
        }
    }
}
