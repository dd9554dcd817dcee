// The wrapped journal key: round trip, damage, a lost wrapping key, and the real core opening with it.
package health.aftercare.platform

import health.aftercare.core.AftercareCompanion
import health.aftercare.core.AftercareException
import java.io.File
import java.nio.file.Files
import java.time.Instant
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

/** A software AES key in place of AndroidKeyStore, which does not exist off a device. */
private class SoftwareWrapping : WrappingKeySource {
    var key: SecretKey? = null
    var created = 0

    override fun existing(): SecretKey? = key

    override fun create(): SecretKey {
        created++
        return KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { key = it }
    }
}

@org.junit.runner.RunWith(org.robolectric.RobolectricTestRunner::class)
@org.robolectric.annotation.Config(sdk = [35])
class JournalKeyStoreTest {
    private val dir: File = Files.createTempDirectory("aftercare-key").toFile()
    private val file = File(dir, JournalKeyStore.FILE_NAME)

    private fun problemOf(store: JournalKeyStore): KeyProblem {
        try {
            store.loadOrCreate()
        } catch (e: JournalKeyUnavailable) {
            assertFalse("no key material in the message", e.message!!.contains("key=") )
            return e.problem
        }
        fail("expected JournalKeyUnavailable")
        error("unreachable")
    }

    @Test
    fun `the key is made once, stored only wrapped, and read back the same`() {
        val wrapping = SoftwareWrapping()
        val first = JournalKeyStore(file, wrapping).loadOrCreate()
        assertEquals(JournalKeyStore.LENGTH, first.size)
        val stored = file.readBytes()
        assertEquals(1.toByte(), stored[0])
        // The plain key appears nowhere in the file.
        assertFalse(stored.toList().windowed(first.size).any { it == first.toList() })

        val again = JournalKeyStore(file, wrapping).loadOrCreate()
        assertArrayEquals(first, again)
        assertEquals(1, wrapping.created)
    }

    @Test
    fun `a lost wrapping key stops with a typed problem and leaves the file alone`() {
        JournalKeyStore(file, SoftwareWrapping()).loadOrCreate()
        val before = file.readBytes()
        val lost = SoftwareWrapping()
        assertEquals(KeyProblem.WRAPPING_KEY_MISSING, problemOf(JournalKeyStore(file, lost)))
        assertEquals(0, lost.created)
        assertArrayEquals(before, file.readBytes())
    }

    @Test
    fun `a different wrapping key or a changed byte is damage`() {
        val wrapping = SoftwareWrapping()
        JournalKeyStore(file, wrapping).loadOrCreate()
        val other = SoftwareWrapping().apply { create() }
        assertEquals(KeyProblem.DAMAGED, problemOf(JournalKeyStore(file, other)))

        val bytes = file.readBytes()
        for (index in 2 until bytes.size) {
            val changed = bytes.copyOf().also { it[index] = (it[index].toInt() xor 0x01).toByte() }
            file.writeBytes(changed)
            assertEquals("byte $index", KeyProblem.DAMAGED, problemOf(JournalKeyStore(file, wrapping)))
        }
    }

    @Test
    fun `short, empty and foreign files are refused, never replaced`() {
        val wrapping = SoftwareWrapping()
        JournalKeyStore(file, wrapping).loadOrCreate()
        val bytes = file.readBytes()
        for (length in 0 until bytes.size) {
            file.writeBytes(bytes.copyOf(length))
            val problem = problemOf(JournalKeyStore(file, wrapping))
            assertTrue("length $length: $problem", problem == KeyProblem.DAMAGED)
            assertEquals(length, file.readBytes().size)
        }
        file.writeBytes(byteArrayOf(2) + bytes.copyOfRange(1, bytes.size))
        assertEquals(KeyProblem.UNKNOWN_FORMAT, problemOf(JournalKeyStore(file, wrapping)))
    }

    @Test
    fun `starting over keeps the unreadable key file aside and makes a working key`() {
        JournalKeyStore(file, SoftwareWrapping()).loadOrCreate()
        val unreadable = file.readBytes()
        val lost = SoftwareWrapping()
        assertEquals(KeyProblem.WRAPPING_KEY_MISSING, problemOf(JournalKeyStore(file, lost)))
        val fresh = JournalKeyStore(file, lost).startOver(1_800_000_000_000)
        assertEquals(JournalKeyStore.LENGTH, fresh.size)
        assertArrayEquals(unreadable, File(dir, "${JournalKeyStore.FILE_NAME}.unreadable-1800000000000").readBytes())
        assertArrayEquals(fresh, JournalKeyStore(file, lost).loadOrCreate())
    }

    @Test
    fun `the stored key opens the encrypted journal after a restart, and a new key does not`() {
        val wrapping = SoftwareWrapping()
        val now = Instant.parse("2026-11-21T09:00:00Z")
        val journalPath = File(dir, "journal.db").path
        val key = JournalKeyStore(file, wrapping).loadOrCreate()
        AftercareCompanion.open(journalPath, key, now).use { it.settings() }
        key.fill(0)

        val again = JournalKeyStore(file, wrapping).loadOrCreate()
        AftercareCompanion.open(journalPath, again, now).use { it.settings() }

        // Had the store made a new key instead (what it must never do), the core refuses it.
        File(dir, "other").mkdirs()
        val fresh = JournalKeyStore(File(dir, "other/key"), SoftwareWrapping()).loadOrCreate()
        try {
            AftercareCompanion.open(journalPath, fresh, now).close()
            fail("a different key must not open the journal")
        } catch (expected: AftercareException.WrongKey) {
            // The journal is untouched; the app shows the core's wrong-key notice.
        }
    }
}
