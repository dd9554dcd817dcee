// One serial background thread for work the system starts through broadcasts.
package health.aftercare.platform

import android.content.BroadcastReceiver
import android.content.Context
import android.util.Log
import health.aftercare.core.AftercareException
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Runs receivers' work off the main thread, one job at a time so syncs apply in the order the
 * broadcasts came, keeping each broadcast alive (`goAsync`) until its job is done.
 */
object ShellBackground {
    private const val TAG = "AftercareShell"
    private val executor: ExecutorService = Executors.newSingleThreadExecutor { job ->
        Thread(job, "aftercare-shell").apply { isDaemon = true }
    }

    /**
     * Runs [work] with the app's [AftercareHost] on the background thread. Failures are logged
     * and dropped: the next sync starts again from what Android holds, so nothing is lost.
     */
    fun run(receiver: BroadcastReceiver, context: Context, work: (Context, AftercareHost) -> Unit) {
        val pending = receiver.goAsync()
        val app = context.applicationContext
        executor.execute {
            try {
                val host = app as? AftercareHost
                if (host == null) {
                    Log.e(TAG, "the Application must implement AftercareHost")
                } else {
                    work(app, host)
                }
            } catch (e: AftercareException) {
                // Typed and safe to log: the core's messages never carry what the patient wrote.
                Log.w(TAG, "background work failed: ${e.message}")
            } catch (e: JournalKeyUnavailable) {
                Log.w(TAG, "background work skipped: ${e.message}")
            } catch (e: Exception) {
                // A broadcast must never crash the app (an exception escaping this thread
                // would); the next launch shows what is wrong.
                Log.e(TAG, "background work failed: ${e.javaClass.name}")
            } finally {
                pending?.finish()
            }
        }
    }

    /** Waits until every job queued so far has run (tests, and orderly shutdown). */
    fun awaitIdle(timeoutMillis: Long = 10_000) {
        executor.submit {}.get(timeoutMillis, TimeUnit.MILLISECONDS)
    }
}
