// Looks up the system services the platform code uses.
package health.aftercare.platform

import android.content.Context

/** The system service of type [T]; every one used here exists on every supported phone. */
internal inline fun <reified T : Any> Context.systemService(): T =
    checkNotNull(getSystemService(T::class.java)) { "no ${T::class.java.simpleName} on this device" }
