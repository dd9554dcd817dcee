package health.aftercare.tests

import health.aftercare.core.AftercareApp
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.AppAction
import health.aftercare.core.AppConfig
import health.aftercare.core.BodyArea
import health.aftercare.core.Destination
import health.aftercare.core.LogAction
import health.aftercare.core.NewSessionInput
import health.aftercare.core.NewSymptom
import health.aftercare.core.SessionStatus
import health.aftercare.core.SymptomKind
import java.lang.management.ManagementFactory
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * `AftercareApp.screen` and `dispatch` through the bindings on the 5-year journal that
 * `core/benches/app.rs` builds through the Rust API, printing the same lines (median and p99),
 * so the two differ only by the FFI and the JVM. Run: `mvn -f tests/kotlin/pom.xml test -Pbench
 * -Daftercare.lib.dir=$PWD/target/release` after `cargo bench -p aftercare-core --bench app`.
 */
@Tag("bench")
class AppOverheadBench {
    @TempDir
    lateinit var dir: Path

    private val threads = ManagementFactory.getThreadMXBean()

    /**
     * Prints the median and p99 of [runs] calls in microseconds: wall-clock time, and time on a
     * CPU (so a call preempted by other work on a busy machine is not counted as slow).
     */
    private fun measure(name: String, runs: Int, call: () -> Unit) {
        // Warm-up: a few hundred calls leave the generated converters interpreted or in C1 (C2
        // compiles after thousands of invocations), which measured the JIT, not the call; three
        // seconds of calls reach the steady state a phone's profile-guided build starts from.
        val warmUntil = System.nanoTime() + 3_000_000_000L
        var warmed = 0
        while (warmed < runs || System.nanoTime() < warmUntil) {
            call()
            warmed++
        }
        val wall = LongArray(runs)
        val cpu = LongArray(runs)
        for (i in 0 until runs) {
            val c0 = threads.currentThreadCpuTime
            val t0 = System.nanoTime()
            call()
            wall[i] = System.nanoTime() - t0
            cpu[i] = threads.currentThreadCpuTime - c0
        }
        wall.sort()
        cpu.sort()
        fun us(samples: LongArray, q: Int) = samples[runs * q / 100] / 1_000.0
        println(
            "BENCH jvm %s median_us=%.1f p99_us=%.1f cpu_median_us=%.1f cpu_p99_us=%.1f"
                .format(name, us(wall, 50), us(wall, 99), us(cpu, 50), us(cpu, 99)),
        )
    }

    @Test
    fun `screen and dispatch through the bindings`() {
        val zone = "Europe/Berlin"
        val start = Instant.parse("2021-11-01T09:00:00Z")
        val kinds = listOf(SymptomKind.REDNESS, SymptomKind.SWELLING, SymptomKind.DRYNESS_FLAKING, SymptomKind.TIGHTNESS, SymptomKind.ITCHING)
        val journal = dir.resolve("journal.db").toString()
        val now = AftercareCompanion.open(journal, null, start).use { companion ->
            val sessions = (0 until 30).map { i ->
                val ended = start.plus(Duration.ofDays(61L * i))
                companion.addSession(NewSessionInput("microneedling", 1u, SessionStatus.DONE, null, ended, zone), ended).id to ended
            }
            val entries = (0 until 20_000).map { n ->
                val (id, ended) = sessions[n * 30 / 20_000]
                id to NewSymptom(kinds[n % 5], (n % 6).toUByte(), ended.plus(Duration.ofHours(1L + (n % 40) * 6)), BodyArea.CHEEKS, "a short note about the day")
            }
            val loggedAt = sessions.last().second.plus(Duration.ofDays(20))
            entries.groupBy({ it.first }, { it.second }).forEach { (id, list) -> companion.logSymptoms(id, list, loggedAt, zone) }
            sessions.last().second.plus(Duration.ofHours(50))
        }
        val config = AppConfig(journal, null, dir.resolve("share").toString(), "en")
        AftercareApp.open(config, now).use { app ->
            val go = { destination: Destination -> app.dispatch(AppAction.Navigate(destination), now, zone) }
            val runs = 2_000
            go(Destination.TODAY)
            measure("app screen today", runs) { app.screen(now, zone) }
            measure("app dispatch navigate_today", runs) { go(Destination.TODAY) }
            go(Destination.HISTORY)
            measure("app screen history", runs) { app.screen(now, zone) }
            go(Destination.LOG)
            var severity = 0
            measure("app dispatch log_severity", runs) {
                severity = (severity + 1) % 11
                app.dispatch(AppAction.Log(LogAction.SetSeverity(0u, severity.toUByte())), now, zone)
            }
        }
    }
}
