// How long the first frame of each screen takes on the desktop JVM: compose, lay out, draw.
package health.aftercare.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import health.aftercare.core.Screen
import java.lang.management.ManagementFactory
import org.junit.Test

/**
 * Not part of the normal run (surefire only picks up `*Test` classes); run it with
 * `mvn -f tests/android/pom.xml test -pl ui -am -Dtest=RenderBench -Dsurefire.failIfNoSpecifiedTests=false`.
 *
 * For every screen and state of [ScreenCatalogue] (English, light, font scale 1.0, a 360 x 760
 * dp phone at density 1), the frame right after the screen arrives from the core, from an
 * empty window: the whole screen composed, laid out, drawn and rasterised by Skia on the CPU
 * (a phone draws on its GPU). Prints the median and p99 of [ROUNDS] frames per screen, in wall
 * time and in this thread's CPU time (the machine is shared: wall-clock p99s under load mostly
 * measure waiting for a core). The goal is one frame at 120 Hz: 8 ms.
 */
class RenderBench {
    @Test
    fun `first frame of every screen`() {
        val shots = ScreenCatalogue.shots("en-GB")
        var screen: Screen? by mutableStateOf(null)
        val scene = ImageComposeScene(PHONE_WIDTH_DP, PHONE_HEIGHT_DP, Density(RENDER_DENSITY)) {
            screen?.let { Phone(it, Look(), onAction = {}) }
        }
        val threads = ManagementFactory.getThreadMXBean()
        var clock = 0L
        fun frame(): Pair<Long, Long> {
            clock += 16_000_000
            val wall = System.nanoTime()
            val cpu = threads.currentThreadCpuTime
            scene.render(clock).close()
            return (System.nanoTime() - wall) to (threads.currentThreadCpuTime - cpu)
        }
        println("screen (first frame, ms)                 median wall   p99 wall   median cpu   p99 cpu")
        val worst = mutableListOf<Double>()
        try {
            for (shot in shots) {
                val wall = mutableListOf<Long>()
                val cpu = mutableListOf<Long>()
                repeat(WARMUP + ROUNDS) { round ->
                    screen = null
                    frame()
                    screen = shot.screen
                    val (w, c) = frame()
                    if (round >= WARMUP) {
                        wall += w
                        cpu += c
                    }
                }
                val line = "%-40s %11.2f %10.2f %12.2f %9.2f".format(
                    shot.name, ms(median(wall)), ms(p99(wall)), ms(median(cpu)), ms(p99(cpu)),
                )
                println(line)
                worst += ms(median(wall))
            }
        } finally {
            scene.close()
        }
        println("slowest median: %.2f ms (goal: < 8 ms)".format(worst.max()))
    }

    private fun median(values: List<Long>): Long = values.sorted()[values.size / 2]

    private fun p99(values: List<Long>): Long = values.sorted()[((values.size - 1) * 0.99).toInt()]

    private fun ms(nanos: Long): Double = nanos / 1_000_000.0

    private companion object {
        const val WARMUP = 30
        const val ROUNDS = 200
    }
}
