package health.aftercare.shell

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.util.AtomicFile
import java.io.File
import java.io.FileNotFoundException
import java.io.IOException
import java.nio.ByteBuffer
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The journal's 32-byte encryption key, kept wrapped (AES-256-GCM) by a key that never leaves
 * the Android Keystore.
 *
 * The Keystore holds AES keys it can use but not export; the journal key itself must be handed
 * to the core as bytes, so it is generated here, encrypted with the Keystore key, and only the
 * encrypted form is stored, in `noBackupFilesDir`: the Keystore key does not travel with a
 * backup, so a backed-up copy could never be opened elsewhere. Moving to a new phone goes
 * through the core's own backup and restore.
 *
 * The Keystore key needs no screen unlock, so alarms and background work can open the journal
 * on a locked phone after a reboot. No recovery logic lives here: if the stored key cannot be
 * unwrapped this throws, and if a key does not fit the journal, `AftercareCompanion.open`
 * answers `AftercareException.WrongKey` and leaves the journal untouched.
 */
object KeystoreKey {
    /** The journal key's length, as the core requires. */
    const val LENGTH = 32

    private const val KEYSTORE = "AndroidKeyStore"
    private const val WRAPPING_ALIAS = "health.aftercare.journal-key-wrapping"
    private const val FILE_NAME = "journal-key.wrapped"
    private const val TRANSFORMATION = "AES/GCM/NoPadding"
    private const val TAG_BITS = 128
    /** First byte of the stored file, so its layout can change later. */
    private const val FORMAT: Byte = 1

    /** The journal key: unwrapped from app storage, or created, wrapped and stored on first use. */
    @Synchronized
    fun loadOrCreate(context: Context): ByteArray {
        val file = AtomicFile(File(context.noBackupFilesDir, FILE_NAME))
        val stored = try {
            file.readFully()
        } catch (missing: FileNotFoundException) {
            null
        }
        if (stored != null) return unwrap(stored)

        val key = ByteArray(LENGTH).also { SecureRandom().nextBytes(it) }
        val wrapped = wrap(key)
        // Written whole or not at all: a crash mid-write must not leave half a key behind.
        val out = file.startWrite()
        try {
            out.write(wrapped)
            file.finishWrite(out)
        } catch (e: IOException) {
            file.failWrite(out)
            throw e
        }
        return key
    }

    /** `[FORMAT][IV length][IV][ciphertext + GCM tag]`; the Keystore chooses the IV. */
    private fun wrap(key: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, wrappingKey())
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
        val buffer = ByteBuffer.wrap(stored)
        check(stored.size > 2 && buffer.get() == FORMAT) { "unknown journal key format" }
        val iv = ByteArray(buffer.get().toInt()).also { buffer.get(it) }
        val sealed = ByteArray(buffer.remaining()).also { buffer.get(it) }
        val wrappingKey = checkNotNull(existingWrappingKey()) {
            // Creating a new one could never decrypt the stored key.
            "the journal key's wrapping key is missing from the Android Keystore"
        }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, wrappingKey, GCMParameterSpec(TAG_BITS, iv))
        val key = cipher.doFinal(sealed)
        check(key.size == LENGTH) { "the stored journal key has the wrong length" }
        return key
    }

    private fun existingWrappingKey(): SecretKey? {
        val store = KeyStore.getInstance(KEYSTORE).apply { load(null) }
        return store.getKey(WRAPPING_ALIAS, null) as SecretKey?
    }

    private fun wrappingKey(): SecretKey =
        existingWrappingKey() ?: KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE)
            .apply {
                init(
                    KeyGenParameterSpec.Builder(
                        WRAPPING_ALIAS,
                        KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT,
                    )
                        .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                        .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                        .setKeySize(256)
                        .build()
                )
            }
            .generateKey()
}
