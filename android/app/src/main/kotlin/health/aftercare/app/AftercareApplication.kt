// The process-wide state: the one open app (journal included), and what the platform code needs.
package health.aftercare.app

import android.app.Application
import androidx.core.content.FileProvider
import health.aftercare.core.AftercareApp
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.AppConfig
import health.aftercare.core.Locale
import health.aftercare.platform.AftercareHost
import health.aftercare.platform.AndroidKeystoreWrapping
import health.aftercare.platform.CoreChannelNames
import health.aftercare.platform.JournalKeyStore
import health.aftercare.platform.JournalKeyUnavailable
import health.aftercare.platform.NotificationLook
import health.aftercare.platform.SharedFiles
import java.io.File
import java.security.SecureRandom
import java.time.Instant
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * Opens the core's app once, on first use, with the Keystore-wrapped key, and hands it to the
 * Activity and its journal to the receivers the system starts ([AftercareHost]). The core
 * decides what a journal it cannot open means (wrong key, damage moved aside, a newer
 * version) and says so on its own notice screen; it never deletes the journal.
 */
class AftercareApplication : Application(), AftercareHost {
    /** The app: screens, actions, effects, and the journal behind them. */
    val core: AftercareApp by lazy(::openApp)

    /** Where core calls run: one thread, off the main thread, in order. */
    val coreThread: ExecutorService = Executors.newSingleThreadExecutor { job ->
        Thread(job, "aftercare-core").apply { isDaemon = true }
    }

    /** The language the app's screens show (from the last screen), for the channel names. */
    @Volatile
    var screenLocale: Locale? = null

    /** Reports and backups to share, served by the manifest's FileProvider. */
    val sharedFiles: SharedFiles by lazy {
        SharedFiles(this) { file -> FileProvider.getUriForFile(this, "$packageName.files", file) }
    }

    override val notificationLook: NotificationLook by lazy {
        NotificationLook(R.drawable.ic_notification, CoreChannelNames({ companion() }, { screenLocale }))
    }

    /** The journal; throws when the core could not open it (its notice screen says why). */
    override fun companion(): AftercareCompanion =
        core.companion() ?: throw IllegalStateException("the journal is not open")

    private fun openApp(): AftercareApp {
        // noBackupFilesDir for both: the key never leaves this phone, so a backed-up journal
        // could not be opened elsewhere; moving phones goes through the core's backup.
        val journal = File(noBackupFilesDir, JOURNAL)
        val keys = JournalKeyStore(File(noBackupFilesDir, JournalKeyStore.FILE_NAME), AndroidKeystoreWrapping())
        val key = try {
            keys.loadOrCreate()
        } catch (e: JournalKeyUnavailable) {
            // The stored key cannot be unwrapped (Keystore reset, restored to another phone).
            // With a journal: a key that cannot match makes the core show its wrong-key notice
            // and leave the journal untouched, which is the truth the patient needs. Without
            // one there is nothing to protect and nothing to explain: start over with a new
            // key (the unreadable file is kept aside, never deleted).
            if (journal.exists()) ByteArray(32).also(SecureRandom()::nextBytes) else keys.startOver(System.currentTimeMillis())
        }
        try {
            val config = AppConfig(
                journalPath = journal.path,
                key = key,
                shareDir = sharedFiles.directory.path,
                // The phone's language until the patient chooses one in the app's settings.
                language = java.util.Locale.getDefault().toLanguageTag(),
            )
            return AftercareApp.open(config, Instant.now())
        } finally {
            key.fill(0) // the core keeps its own copy
        }
    }

    private companion object {
        const val JOURNAL = "journal.db"
    }
}
