package health.aftercare.tests

import health.aftercare.core.AftercareCompanion
import health.aftercare.core.BodyArea
import health.aftercare.core.NewSessionInput
import health.aftercare.core.NewSymptom
import health.aftercare.core.SessionStatus
import health.aftercare.core.SymptomKind
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * `today` through the bindings on a 5-year journal, the same fixture `core/benches/ffi.rs`
 * builds through the Rust API, so the two medians differ only by the FFI and the JVM.
 * Run: `mvn -f tests/kotlin/pom.xml test -Pbench` (after bindings/generate.sh --release for
 * release numbers: -Daftercare.lib.dir=target/release).
 */
@Tag("bench")
class TodayOverheadBench {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `today through the bindings`() {
        val zone = "Europe/Berlin"
        val start = Instant.parse("2021-11-01T09:00:00Z")
        val kinds = listOf(SymptomKind.REDNESS, SymptomKind.SWELLING, SymptomKind.DRYNESS_FLAKING, SymptomKind.TIGHTNESS, SymptomKind.ITCHING)
        AftercareCompanion.open(dir.resolve("journal.db").toString(), null, start).use { companion ->
            val sessions = (0 until 30).map { i ->
                val ended = start.plus(Duration.ofDays(61L * i))
                companion.addSession(NewSessionInput("microneedling", 1u, SessionStatus.DONE, null, ended, zone), ended).id to ended
            }
            val now = sessions.last().second.plus(Duration.ofHours(50))
            val entries = (0 until 20_000).map { n ->
                val (id, ended) = sessions[n * 30 / 20_000]
                id to NewSymptom(kinds[n % 5], (n % 6).toUByte(), ended.plus(Duration.ofHours(1L + (n % 40) * 6)), BodyArea.CHEEKS, "a short note about the day")
            }
            // Logged later than the last entry (nothing is logged "in the future"); asked at `now`.
            val loggedAt = sessions.last().second.plus(Duration.ofDays(20))
            entries.groupBy({ it.first }, { it.second }).forEach { (id, list) -> companion.logSymptoms(id, list, loggedAt, zone) }

            // Warm-up long enough for C2 to compile the generated converters (see AppOverheadBench).
            val warmUntil = System.nanoTime() + 3_000_000_000L
            var warmed = 0
            while (warmed < 1_000 || System.nanoTime() < warmUntil) {
                companion.today(now, zone, null)
                warmed++
            }
            val samples = (0 until 1_000).map {
                val t0 = System.nanoTime()
                companion.today(now, zone, null)
                System.nanoTime() - t0
            }.sorted()
            val median = samples[samples.size / 2] / 1_000.0
            val p90 = samples[samples.size * 9 / 10] / 1_000.0
            println("BENCH jvm today median_us=%.1f p90_us=%.1f".format(median, p90))
        }
    }
}
