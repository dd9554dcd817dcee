// The journal's 32-byte key, stored only wrapped by a key that never leaves the Keystore.
package health.aftercare.platform

import android.util.AtomicFile
import java.io.File
import java.io.FileNotFoundException
import java.io.IOException
import java.nio.BufferUnderflowException
import java.nio.ByteBuffer
import java.security.GeneralSecurityException
import java.security.InvalidKeyException
import java.security.SecureRandom
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec

/** Why the stored journal key cannot be read. The journal itself is never touched. */
enum class KeyProblem {
    /** A wrapped key is stored but its wrapping key is gone (Keystore reset, device restore). */
    WRAPPING_KEY_MISSING,

    /** The wrapping key exists but refuses to work (invalidated by the system). */
    WRAPPING_KEY_UNUSABLE,

    /** The stored bytes fail their authentication tag or are cut short. */
    DAMAGED,

    /** The stored file was written by a newer app version, or is not a key file. */
    UNKNOWN_FORMAT,
}

/**
 * The stored journal key cannot be read. Never answered by making a new key: a new key could
 * not open the existing journal, so the app stops and explains (the core's wrong-key notice).
 */
class JournalKeyUnavailable(val problem: KeyProblem, cause: Throwable? = null) :
    Exception("the journal key cannot be read: $problem", cause)

/**
 * The journal key, kept wrapped (AES-256-GCM) by a [WrappingKeySource] key.
 *
 * The core needs the journal key as bytes, so it is generated here, encrypted with the
 * wrapping key, and only the encrypted form is stored, in `noBackupFilesDir`: the Keystore key
 * does not travel with a device backup, so a backed-up copy could never be opened elsewhere.
 * Moving phones goes through the core's own backup and restore. File layout:
 * `[FORMAT][IV length][IV][ciphertext + GCM tag]`; the wrapping key picks the IV.
 */
class JournalKeyStore(
    file: File,
    private val wrapping: WrappingKeySource,
    private val random: SecureRandom = SecureRandom(),
) {
    private val file = AtomicFile(file)

    /**
     * The journal key: unwrapped from storage, or created, wrapped and stored on first use.
     * The caller hands it to `AftercareCompanion.open` and then zeroes it.
     */
    @Synchronized
    @Throws(JournalKeyUnavailable::class, IOException::class)
    fun loadOrCreate(): ByteArray {
        val stored = try {
            file.readFully()
        } catch (missing: FileNotFoundException) {
            null
        }
        if (stored != null) return unwrap(stored)

        val key = ByteArray(LENGTH).also(random::nextBytes)
        val wrapped = wrap(key)
        // Written whole or not at all: a crash mid-write must not leave half a key behind.
        val out = file.startWrite()
        try {
            out.write(wrapped)
            file.finishWrite(out)
        } catch (e: IOException) {
            file.failWrite(out)
            key.fill(0)
            throw e
        }
        return key
    }

    /**
     * A new key after the stored one proved unreadable, for when there is no journal it could
     * open: the unreadable file is renamed aside (`…unreadable-<millis>`), never deleted, since
     * a journal moved aside as damaged may still need it once the Keystore recovers. With a
     * journal present, do not call this: the core's wrong-key notice is the answer.
     */
    @Synchronized
    @Throws(IOException::class)
    fun startOver(nowMillis: Long): ByteArray {
        val stored = file.baseFile
        if (stored.exists()) {
            val aside = File(stored.parentFile, "${stored.name}.unreadable-$nowMillis")
            if (!stored.renameTo(aside)) throw IOException("the unreadable key file could not be set aside")
        }
        return loadOrCreate()
    }

    private fun wrap(key: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, wrapping.existing() ?: wrapping.create())
        val iv = cipher.iv
        val sealed = cipher.doFinal(key)
        return ByteBuffer.allocate(2 + iv.size + sealed.size)
            .put(FORMAT)
            .put(iv.size.toByte())
            .put(iv)
            .put(sealed)
            .array()
    }

    private fun unwrap(stored: ByteArray): ByteArray {
        if (stored.isEmpty()) throw JournalKeyUnavailable(KeyProblem.DAMAGED)
        if (stored[0] != FORMAT) throw JournalKeyUnavailable(KeyProblem.UNKNOWN_FORMAT)
        val buffer = ByteBuffer.wrap(stored, 1, stored.size - 1)
        val (iv, sealed) = try {
            val ivLength = buffer.get().toInt()
            if (ivLength !in IV_LENGTHS) throw JournalKeyUnavailable(KeyProblem.DAMAGED)
            val iv = ByteArray(ivLength).also { buffer.get(it) }
            iv to ByteArray(buffer.remaining()).also { buffer.get(it) }
        } catch (short: BufferUnderflowException) {
            throw JournalKeyUnavailable(KeyProblem.DAMAGED, short)
        }
        // Creating a new wrapping key could never decrypt the stored key.
        val wrappingKey = wrapping.existing() ?: throw JournalKeyUnavailable(KeyProblem.WRAPPING_KEY_MISSING)
        val key = try {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey, GCMParameterSpec(TAG_BITS, iv))
            cipher.doFinal(sealed)
        } catch (tampered: AEADBadTagException) {
            throw JournalKeyUnavailable(KeyProblem.DAMAGED, tampered)
        } catch (refused: InvalidKeyException) {
            throw JournalKeyUnavailable(KeyProblem.WRAPPING_KEY_UNUSABLE, refused)
        } catch (other: GeneralSecurityException) {
            throw JournalKeyUnavailable(KeyProblem.DAMAGED, other)
        }
        if (key.size != LENGTH) {
            key.fill(0)
            throw JournalKeyUnavailable(KeyProblem.DAMAGED)
        }
        return key
    }

    companion object {
        /** The journal key's length, as the core requires. */
        const val LENGTH = 32

        /** The stored file's name in `noBackupFilesDir`. */
        const val FILE_NAME = "journal-key.wrapped"

        private const val TRANSFORMATION = "AES/GCM/NoPadding"
        private const val TAG_BITS = 128

        /** GCM IVs the wrapping key may choose (12 bytes is what the Keystore uses). */
        private val IV_LENGTHS = 12..16

        /** First byte of the stored file, so its layout can change later. */
        private const val FORMAT: Byte = 1
    }
}
