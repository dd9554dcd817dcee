import Foundation
import Security

/// The journal's 32-byte encryption key, held in the Keychain of this device only.
///
/// The key is created once, on first launch, and never leaves the Keychain except to be handed
/// to `AftercareCompanion.open(path:key:now:)`. It is readable after the first unlock following
/// a reboot, so a background refresh can open the journal while the phone is locked, and it is
/// never synced or restored to another device (`…ThisDeviceOnly`): a journal copied elsewhere
/// stays unreadable. Moving to a new phone goes through the core's own backup and restore.
///
/// No recovery logic lives here: if the key does not match the journal,
/// `AftercareCompanion.open` answers `AftercareError.WrongKey` and leaves the journal untouched.
enum KeychainKey {
    /// What went wrong talking to the Keychain.
    struct Failure: Error, CustomStringConvertible {
        /// The `OSStatus` the Keychain returned.
        let status: OSStatus

        var description: String {
            let text = SecCopyErrorMessageString(status, nil) as String? ?? "unknown error"
            return "Keychain error \(status): \(text)"
        }
    }

    /// The journal key's length, as the core requires.
    static let length = 32

    private static let service = "health.aftercare.journal"
    private static let account = "journal-key"

    /// The attributes that identify the one key item.
    private static var identity: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            // The iOS-style keychain on macOS too (tests, Mac Catalyst); ignored on iOS.
            kSecUseDataProtectionKeychain as String: true,
        ]
    }

    /// The stored key, creating and storing a new random one if there is none yet.
    static func loadOrCreate() throws -> Data {
        if let key = try load() {
            return key
        }
        var key = Data(count: length)
        let generated = key.withUnsafeMutableBytes { buffer in
            SecRandomCopyBytes(kSecRandomDefault, length, buffer.baseAddress!)
        }
        guard generated == errSecSuccess else { throw Failure(status: generated) }

        var item = identity
        item[kSecValueData as String] = key
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(item as CFDictionary, nil)
        switch status {
        case errSecSuccess:
            return key
        case errSecDuplicateItem:
            // Another caller stored a key between our read and our add: theirs is the key.
            guard let stored = try load() else { throw Failure(status: status) }
            return stored
        default:
            throw Failure(status: status)
        }
    }

    /// The stored key, or nil if none was ever stored.
    static func load() throws -> Data? {
        var query = identity
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        switch status {
        case errSecSuccess:
            guard let key = result as? Data, key.count == length else {
                // Something else under our name: refuse rather than hand the core a bad key.
                throw Failure(status: errSecDecode)
            }
            return key
        case errSecItemNotFound:
            return nil
        default:
            // errSecInteractionNotAllowed: before the first unlock after a reboot. The caller
            // tries again later; it must not create a new key in that case.
            throw Failure(status: status)
        }
    }
}
