// The process-wide state: the one open journal, and what the platform code needs from the app.
package health.aftercare.app

import android.app.Application
import androidx.core.content.FileProvider
import health.aftercare.core.AftercareCompanion
import health.aftercare.platform.AftercareHost
import health.aftercare.platform.AndroidKeystoreWrapping
import health.aftercare.platform.JournalKeyStore
import health.aftercare.platform.NotificationLook
import health.aftercare.platform.SharedFiles
import java.io.File
import java.time.Instant
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * Opens the journal once, on first use, with the Keystore-wrapped key, and hands it to the
 * Activity and to the receivers the system starts ([AftercareHost]). Opening can fail with
 * `JournalKeyUnavailable` (the stored key cannot be read) or `AftercareException.WrongKey`;
 * both leave the journal untouched, and the Activity shows the core's notice.
 */
class AftercareApplication : Application(), AftercareHost {
    private val journal: AftercareCompanion by lazy(::openJournal)

    /** Where core calls run: one thread, off the main thread, in order. */
    val coreThread: ExecutorService = Executors.newSingleThreadExecutor { job ->
        Thread(job, "aftercare-core").apply { isDaemon = true }
    }

    /** Reports and backups to share, served by the manifest's FileProvider. */
    val sharedFiles: SharedFiles by lazy {
        SharedFiles(this) { file -> FileProvider.getUriForFile(this, "$packageName.files", file) }
    }

    override val notificationLook: NotificationLook by lazy {
        NotificationLook(R.drawable.ic_notification, ResourceChannelNames(this))
    }

    override fun companion(): AftercareCompanion = journal

    private fun openJournal(): AftercareCompanion {
        // noBackupFilesDir for both: the key never leaves this phone, so a backed-up journal
        // could not be opened elsewhere; moving phones goes through the core's backup.
        val key = JournalKeyStore(File(noBackupFilesDir, JournalKeyStore.FILE_NAME), AndroidKeystoreWrapping())
            .loadOrCreate()
        try {
            return AftercareCompanion.open(File(noBackupFilesDir, JOURNAL).path, key, Instant.now())
        } finally {
            key.fill(0) // the core keeps its own copy
        }
    }

    private companion object {
        const val JOURNAL = "journal.db"
    }
}
