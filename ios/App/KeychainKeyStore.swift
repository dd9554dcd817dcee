// The journal key in the Keychain: this device only, readable after the first unlock.
import AftercareShell
import Foundation
import Security

/// The 32-byte journal key as a generic password, `kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`:
/// readable after the first unlock since a reboot, so a background refresh or a notification's
/// "Done" can open the journal while the phone is locked, and never synced or restored to
/// another device (a journal copied elsewhere stays unreadable; moving phones goes through
/// the core's backup). The policy (never a new key while a journal exists, never a deleted
/// key) is the shell's `JournalKeyPolicy`.
struct KeychainKeyStore: JournalKeyStore {
    private static let service = "health.aftercare.journal"
    private static let account = "journal-key"

    private func identity(account: String = KeychainKeyStore.account) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: Self.service,
            kSecAttrAccount as String: account,
            // The iOS-style keychain on a Mac too (tests, Mac Catalyst); ignored on iOS.
            kSecUseDataProtectionKeychain as String: true,
        ]
    }

    func read() -> StoredKey {
        var query = identity()
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var result: CFTypeRef?
        switch SecItemCopyMatching(query as CFDictionary, &result) {
        case errSecSuccess:
            guard let key = result as? Data, key.count == JournalKeyPolicy.keyLength else {
                return .unreadable
            }
            return .found(key)
        case errSecItemNotFound:
            return .missing
        case errSecInteractionNotAllowed:
            // Before the first unlock since a reboot: wait, never make a new key.
            return .locked
        default:
            return .unreadable
        }
    }

    func save(_ key: Data) throws {
        var item = identity()
        item[kSecValueData as String] = key
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(item as CFDictionary, nil)
        guard status == errSecSuccess else {
            throw KeychainFailure(status: status)
        }
    }

    func setAside(label: String) throws {
        // Renamed, never deleted: a journal moved aside as damaged may still need it.
        let status = SecItemUpdate(
            identity() as CFDictionary,
            [kSecAttrAccount as String: "\(Self.account).\(label)"] as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeychainFailure(status: status)
        }
    }
}

/// A Keychain call failed (an `OSStatus`; no key material in it).
struct KeychainFailure: Error {
    let status: OSStatus
}
