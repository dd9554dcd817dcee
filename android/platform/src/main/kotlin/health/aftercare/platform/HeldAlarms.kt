// The mirror's record of the alarms it handed to Android, which Android cannot be asked for.
package health.aftercare.platform

import android.content.Context

/**
 * OS id → request code of every alarm set, in private SharedPreferences. Written with
 * `commit`, not `apply`: the next sync must read exactly what the system now holds.
 */
internal class HeldAlarms(context: Context) {
    private val prefs = context.getSharedPreferences(FILE, Context.MODE_PRIVATE)

    /** Every recorded alarm. */
    fun all(): Map<String, Int> = prefs.all.mapNotNull { (osId, code) -> (code as? Int)?.let { osId to it } }.toMap()

    /** Records alarms just set. */
    fun record(alarms: Map<String, Int>) {
        if (alarms.isEmpty()) return
        val edit = prefs.edit()
        alarms.forEach { (osId, code) -> edit.putInt(osId, code) }
        edit.commit()
    }

    /** Drops the records of alarms cancelled or gone. */
    fun forget(osIds: Collection<String>) {
        if (osIds.isEmpty()) return
        val edit = prefs.edit()
        osIds.forEach { edit.remove(it) }
        edit.commit()
    }

    private companion object {
        const val FILE = "health.aftercare.platform.held-alarms"
    }
}
