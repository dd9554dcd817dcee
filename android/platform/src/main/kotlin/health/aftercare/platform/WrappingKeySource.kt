// Where the key that wraps the journal key lives: the Android Keystore on a phone.
package health.aftercare.platform

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.security.KeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * The AES-256 key that wraps the journal key. An interface because the Android Keystore only
 * exists on a device: tests wrap with a software key through the same [JournalKeyStore] code.
 */
interface WrappingKeySource {
    /** The wrapping key, or null if it was never made or the store lost it. */
    fun existing(): SecretKey?

    /** Makes the wrapping key (for AES/GCM/NoPadding with an IV the key store picks). */
    fun create(): SecretKey
}

/**
 * A wrapping key generated inside `AndroidKeyStore` (in secure hardware where the phone has
 * it) that never leaves it. It needs no screen unlock, so alarms and background work can open
 * the journal on a locked phone after a reboot.
 */
class AndroidKeystoreWrapping(private val alias: String = DEFAULT_ALIAS) : WrappingKeySource {
    override fun existing(): SecretKey? {
        val store = KeyStore.getInstance(KEYSTORE).apply { load(null) }
        return store.getKey(alias, null) as SecretKey?
    }

    override fun create(): SecretKey =
        KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE)
            .apply {
                init(
                    KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                        .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                        .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                        .setKeySize(256)
                        .build()
                )
            }
            .generateKey()

    private companion object {
        const val KEYSTORE = "AndroidKeyStore"
        const val DEFAULT_ALIAS = "health.aftercare.journal-key-wrapping"
    }
}
