// Files the patient shares (reports, backups), written where the app's FileProvider serves them.
package health.aftercare.platform

import android.content.ClipData
import android.content.Context
import android.content.Intent
import android.net.Uri
import java.io.File
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

/**
 * The app's shared-files folder, `cacheDir/shared/` (the FileProvider's `<cache-path
 * name="shared" path="shared/">` in `res/xml/shared_files.xml`, checked by a test), and the
 * share sheet for a file in it. The app passes [uriFor], FileProvider's `getUriForFile` with
 * its authority, so this code needs no androidx.
 *
 * Shared files hold health data: names never do (a day and a kind), and each write first
 * removes files older than [KEEP], long enough for the receiving app to read them.
 */
class SharedFiles(context: Context, private val uriFor: (File) -> Uri) {
    /** Where shared files are written. */
    val directory: File = File(context.cacheDir, DIRECTORY)

    /**
     * A new file for [kind] (`report`, `backup`) with [extension] (from the core's report, or
     * the backup's), e.g. `aftercare-report-20261121-0930.html`; older shared files are removed.
     */
    fun newFile(kind: String, extension: String, now: Instant): File {
        require(kind.matches(SAFE) && extension.matches(SAFE)) { "kind and extension must be plain words" }
        directory.mkdirs()
        prune(now)
        val stamp = STAMP.format(now.atZone(ZoneOffset.UTC))
        return File(directory, "aftercare-$kind-$stamp.$extension")
    }

    /** Writes [content] (a report) to a new file. */
    fun write(kind: String, extension: String, content: String, now: Instant): File =
        newFile(kind, extension, now).also { it.writeText(content, Charsets.UTF_8) }

    /**
     * The system share sheet for [file] as [mediaType]; the receiving app gets read access to
     * that one file only, for as long as it handles the intent.
     */
    fun shareIntent(file: File, mediaType: String, title: String?): Intent {
        require(file.parentFile?.canonicalFile == directory.canonicalFile) { "only files in the shared folder" }
        val uri = uriFor(file)
        val send = Intent(Intent.ACTION_SEND)
            .setType(mediaType)
            .putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        // ClipData carries the grant through the chooser to the app the patient picks.
        send.clipData = ClipData.newRawUri(file.name, uri)
        return Intent.createChooser(send, title).addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
    }

    private fun prune(now: Instant) {
        directory.listFiles()?.forEach { old ->
            if (Duration.between(Instant.ofEpochMilli(old.lastModified()), now) > KEEP) old.delete()
        }
    }

    companion object {
        /** The folder under `cacheDir`, as in `res/xml/shared_files.xml`. */
        const val DIRECTORY = "shared"

        /** How long a shared file stays for the app it was shared with. */
        val KEEP: Duration = Duration.ofDays(1)

        private val SAFE = Regex("[a-z0-9]{1,16}")
        private val STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
    }
}
