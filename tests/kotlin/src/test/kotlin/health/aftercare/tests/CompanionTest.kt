package health.aftercare.tests

import health.aftercare.core.AftercareException
import health.aftercare.core.BodyArea
import health.aftercare.core.FlagStatus
import health.aftercare.core.AftercareCompanion
import health.aftercare.core.BackupLock
import health.aftercare.core.NewSessionInput
import health.aftercare.core.NewSymptom
import health.aftercare.core.SessionStatus
import health.aftercare.core.SymptomKind
import health.aftercare.core.TriageLevel
import health.aftercare.core.inspectBackup
import health.aftercare.core.newRecoveryCode
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** The scenarios a shell goes through, run on the real library through the generated Kotlin. */
class CompanionTest {
    private val ended: Instant = Instant.parse("2026-11-21T09:00:00Z")
    private val zone = "Europe/Berlin"

    @TempDir
    lateinit var dir: Path

    private fun journal(): String = dir.resolve("journal.db").toString()

    private fun openWithSession(): Pair<AftercareCompanion, Long> {
        val companion = AftercareCompanion.open(journal(), null, ended)
        val session = companion.addSession(
            NewSessionInput(
                protocolId = "microneedling",
                protocolVersion = null,
                status = SessionStatus.DONE,
                startsAt = null,
                endedAt = ended,
                zone = zone,
            ),
            ended,
        )
        return companion to session.id
    }

    private fun symptom(kind: SymptomKind, severity: Int, at: Instant, note: String = "") =
        NewSymptom(kind = kind, severity = severity.toUByte(), observedAt = at, area = BodyArea.CHEEKS, note = note)

    @Test
    fun `today shows where the patient is`() {
        val (companion, sessionId) = openWithSession()
        companion.use {
            val today = it.today(ended.plus(Duration.ofHours(26)), zone, null)
            assertEquals(sessionId, today.sessionId)
            val status = today.status!!
            assertEquals("Day 2 of your recovery", status.headline)
            assertTrue(status.restrictions.any { r -> r.rule.id == "no-swimming-sauna" })
            assertEquals(TriageLevel.NORMAL, today.assessment!!.level)
            assertTrue(today.reminders.isNotEmpty())
            // Spanish on request, same records.
            val es = it.today(ended.plus(Duration.ofHours(26)), zone, health.aftercare.core.Locale.ES)
            assertEquals("Día 2 de tu recuperación", es.status!!.headline)
        }
    }

    @Test
    fun `logging until triage says contact provider`() {
        val (companion, sessionId) = openWithSession()
        companion.use {
            val now = ended.plus(Duration.ofHours(61))
            assertEquals(sessionId, it.recoveringFrom(now)?.id, "new entries belong to this session")
            val first = it.logSymptom(sessionId, symptom(SymptomKind.REDNESS, 4, ended.plus(Duration.ofHours(12))), now, zone)
            assertFalse(first.raised)
            assertEquals(TriageLevel.NORMAL, first.assessment!!.level)
            assertEquals(TriageLevel.NORMAL, it.today(now, zone, null).assessment!!.level)
            // Logging answers at once: the entry that raised the log, and the call to action.
            val logged = it.logSymptom(sessionId, symptom(SymptomKind.REDNESS, 6, ended.plus(Duration.ofHours(60))), now, zone)
            assertTrue(logged.raised)
            val worse = logged.entries.single()
            assertEquals(TriageLevel.CONTACT_PROVIDER, logged.assessment!!.level)
            val assessment = it.today(now, zone, null).assessment!!
            assertEquals(TriageLevel.CONTACT_PROVIDER, assessment.level)
            val reason = assessment.reasons.first { r -> r.ruleId == "flag-redness-worsening" }
            assertTrue(reason.entries.any { e -> e.id == worse.id })
            assertEquals(FlagStatus.ACTIVE, reason.status)
            // "I contacted my provider": kept, and the flag steps down to a watch.
            it.recordProviderContact(sessionId, "flag-redness-worsening", now, "", now)
            val after = it.assessment(sessionId, now.plusSeconds(60), zone, null)
            assertEquals(TriageLevel.WATCH, after.level)
            assertEquals(FlagStatus.CONTACTED, after.reasons.first { r -> r.ruleId == "flag-redness-worsening" }.status)
            assertEquals(1, it.providerContacts(sessionId).size)
            // The watch it opens asks for a check-in this evening.
            val sync = it.syncReminders(now, zone, emptyList(), 64u)
            assertTrue(sync.schedule.any { r -> r.category == health.aftercare.core.Category.CHECK_IN })
        }
    }

    @Test
    fun `syncing reminders twice gives an empty diff`() {
        val (companion, _) = openWithSession()
        companion.use {
            val now = ended.plus(Duration.ofHours(1))
            val first = it.syncReminders(now, zone, emptyList(), 64u)
            assertTrue(first.schedule.isNotEmpty())
            assertTrue(first.schedule.size <= 64)
            assertTrue(first.cancel.isEmpty())
            val held = first.schedule.map { r -> r.osId }
            val second = it.syncReminders(now, zone, held, 64u)
            assertTrue(second.schedule.isEmpty(), "nothing new to schedule")
            assertTrue(second.cancel.isEmpty(), "nothing to cancel")
            // Done: the reminder is cancelled at the next sync and never comes back.
            val spf = first.schedule.first { r -> r.category == health.aftercare.core.Category.SPF }
            it.respondToReminder(spf.id, health.aftercare.core.ReminderResponse.Done, now)
            val third = it.syncReminders(now, zone, held, 64u)
            assertEquals(listOf(spf.osId), third.cancel.filter { id -> id == spf.osId })
        }
    }

    @Test
    fun `a notification snooze puts the reminder off by the core hour`() {
        val (companion, _) = openWithSession()
        companion.use {
            val now = ended.plus(Duration.ofHours(1))
            val first = it.syncReminders(now, zone, emptyList(), 64u)
            val held = first.schedule.map { r -> r.osId }
            val reminder = first.schedule.first()
            // It fired; the patient pressed "Snooze" a minute later. The core picks the time.
            val pressed = reminder.fireAt.plus(Duration.ofMinutes(1))
            val until = it.snoozeReminder(reminder.id, pressed)
            assertEquals(pressed.plus(Duration.ofHours(1)), until)
            val again = it.syncReminders(pressed, zone, held, 64u)
            val back = again.schedule.filter { r -> r.id == reminder.id }
            assertEquals(1, back.size, "it comes back once")
            assertTrue(!back[0].fireAt.isBefore(until))
        }
    }

    @Test
    fun `a bad clinic protocol is a typed error naming the place`() {
        val (companion, _) = openWithSession()
        companion.use {
            val bad = """
                {"format":1,"id":"glow","version":1,"name":"protocol-microneedling","treatment":"microneedling",
                 "rules":[{"id":"no-makeup-long","kind":"restriction","topic":"makeup",
                   "window":{"anchor":"after_session","from":"48h","until":"24h"},
                   "text":"restrict-makeup","sources":["clinic"]}]}
            """.trimIndent()
            val error = assertThrows<AftercareException.InvalidInput> { it.importProtocol(bad, ended) }
            assertEquals("protocol.rules[0].window.until", error.field)
            assertTrue(error.message!!.contains("ends before it starts"), error.message)
            assertThrows<AftercareException.InvalidInput> { it.today(ended, "Mars/Olympus", null) }
            assertThrows<AftercareException.NotFound> { it.symptoms(999) }
        }
    }

    @Test
    fun `two threads share one companion`() {
        val (companion, sessionId) = openWithSession()
        companion.use {
            val now = ended.plus(Duration.ofHours(30))
            val pool = Executors.newFixedThreadPool(2)
            val start = CountDownLatch(1)
            val futures = (0 until 2).map { thread ->
                pool.submit<List<Long>> {
                    start.await()
                    (0 until 50).map { n ->
                        it.logSymptom(
                            sessionId,
                            symptom(SymptomKind.DRYNESS_FLAKING, n % 10, now.minusSeconds((thread * 100 + n).toLong()), "t$thread-$n"),
                            now,
                            zone,
                        ).entries.single().id
                    }
                }
            }
            // Readers at the same time as the writers.
            val reader = pool.submit { repeat(20) { _ -> it.today(now, zone, null) } }
            start.countDown()
            val ids = futures.flatMap { f -> f.get(60, TimeUnit.SECONDS) }
            reader.get(60, TimeUnit.SECONDS)
            pool.shutdown()
            assertEquals(100, ids.toSet().size)
            assertEquals(100, it.symptoms(sessionId).size)
        }
    }

    @Test
    fun `reopening finds everything, and the wrong key is refused`() {
        val key = ByteArray(32) { i -> (i * 7).toByte() }
        val path = journal()
        val sessionId: Long
        AftercareCompanion.open(path, key, ended).use {
            sessionId = it.addSession(
                NewSessionInput("microneedling", 1u, SessionStatus.DONE, null, ended, zone),
                ended,
            ).id
            it.logSymptom(sessionId, symptom(SymptomKind.SWELLING, 3, ended.plusSeconds(3600), "kept"), ended.plusSeconds(3700), zone)
            val settings = it.settings()
            it.saveSettings(settings.copy(wakeTime = "07:15", zone = zone))
            it.backup(dir.resolve("backup.db").toString(), ended)
        }
        assertThrows<AftercareException.WrongKey> { AftercareCompanion.open(path, ByteArray(32), ended) }
        assertThrows<AftercareException.WrongKey> { AftercareCompanion.open(path, null, ended) }
        assertThrows<AftercareException.InvalidInput> { AftercareCompanion.open(path, ByteArray(5), ended) }
        AftercareCompanion.open(path, key, ended.plus(Duration.ofDays(2))).use {
            assertNull(it.recovery())
            assertEquals(listOf(sessionId), it.sessions().map { s -> s.id })
            val entries = it.symptoms(sessionId)
            assertEquals(listOf("kept"), entries.map { e -> e.note })
            assertEquals("07:15", it.settings().wakeTime)
        }
        val restored = dir.resolve("restored.db").toString()
        AftercareCompanion.restore(dir.resolve("backup.db").toString(), restored, key, ended).use {
            assertEquals(1, it.symptoms(sessionId).size)
        }
        assertTrue(Files.exists(Path.of(restored)))
    }

    @Test
    fun `a recovery code backup moves to a phone with another key, and a wrong code changes nothing`() {
        val oldKey = ByteArray(32) { 1 }
        val newKey = ByteArray(32) { 2 }
        val backup = dir.resolve("moving.aftercare").toString()
        val code = newRecoveryCode()
        assertEquals(6, code.size)
        val sessionId: Long
        AftercareCompanion.open(dir.resolve("old.db").toString(), oldKey, ended).use {
            sessionId = it.addSession(
                NewSessionInput("microneedling", 1u, SessionStatus.DONE, null, ended, zone),
                ended,
            ).id
            it.logSymptom(sessionId, symptom(SymptomKind.REDNESS, 4, ended.plusSeconds(3600), "kept"), ended.plusSeconds(3700), zone)
            it.backupLocked(backup, code.joinToString("-"), true, ended)
            // A passphrase below the floor is refused, naming the field and never repeating it.
            val weak = assertThrows<AftercareException.InvalidInput> {
                it.backupLocked(dir.resolve("weak.aftercare").toString(), "password1234", false, ended)
            }
            assertEquals("secret", weak.field)
            assertFalse(weak.reason.contains("password1234"))
        }
        val info = inspectBackup(backup)
        assertEquals(BackupLock.RECOVERY_CODE, info.lock)
        assertEquals(256_000u, info.kdfRounds)
        val restored = dir.resolve("new.db").toString()
        val wrong = assertThrows<AftercareException.InvalidInput> {
            AftercareCompanion.restoreLocked(backup, restored, newKey, "0000-0000-0000-0000-0000-0000", ended)
        }
        assertEquals("secret", wrong.field)
        assertFalse(Files.exists(Path.of(restored)))
        AftercareCompanion.restoreLocked(backup, restored, newKey, code.joinToString(" ").lowercase(), ended).use {
            assertEquals(listOf("kept"), it.symptoms(sessionId).map { e -> e.note })
        }
        assertThrows<AftercareException.WrongKey> { AftercareCompanion.open(restored, oldKey, ended) }
        AftercareCompanion.open(restored, newKey, ended).use { assertEquals(1, it.sessions().size) }
    }
}
