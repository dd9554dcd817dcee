// The journal key: which key to open the journal with, and when to make a new one.
import Foundation

/// What the key store holds.
public enum StoredKey: Sendable, Equatable {
    /// The key.
    case found(Data)
    /// No key was ever stored.
    case missing
    /// The store cannot be read until the phone is unlocked once after a reboot (iOS:
    /// `errSecInteractionNotAllowed`). Temporary: never a reason for a new key.
    case locked
    /// Something is stored but it is not a usable key (damaged, another length, another
    /// format). Permanent.
    case unreadable
}

/// Where the 32-byte journal key lives (iOS: the Keychain, this device only, after first
/// unlock).
public protocol JournalKeyStore: Sendable {
    /// The stored key, or why there is none.
    func read() -> StoredKey
    /// Stores `key` (only when none is stored).
    func save(_ key: Data) throws
    /// Keeps an unreadable key under another name (`label`), so a new one can be stored; never
    /// deletes it: a journal moved aside as damaged may still need it.
    func setAside(label: String) throws
}

/// How to open the journal.
public enum KeyDecision: Sendable, Equatable {
    /// Open it with this key (the stored one, or a new one just stored).
    case use(Data)
    /// A journal is there and no key this phone holds can open it: open it without a key, so
    /// the core shows its wrong-key notice and touches nothing.
    case noKey
    /// The key cannot be read or kept now (phone locked since a reboot); try again when the
    /// app comes to the foreground.
    case waitForUnlock
}

/// The key policy, as on Android (`JournalKeyStore.startOver`): never a new key while a
/// journal exists, never a deleted key.
public enum JournalKeyPolicy {
    /// The key's length, as the core requires.
    public static let keyLength = 32

    /// Decides which key opens the journal. With no journal yet, an unreadable stored key is
    /// set aside (renamed, with `now` in its label) and a fresh random key is stored; a key
    /// that could not be stored is never used.
    public static func decide(
        store: any JournalKeyStore,
        journalExists: Bool,
        now: Date
    ) -> KeyDecision {
        switch store.read() {
        case .found(let key) where key.count == keyLength:
            return .use(key)
        case .locked:
            return .waitForUnlock
        case .missing:
            // A journal without our key (a wiped Keychain) stays untouched.
            return journalExists ? .noKey : fresh(in: store)
        case .found, .unreadable:
            if journalExists {
                return .noKey
            }
            let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
            do {
                try store.setAside(label: "unreadable-\(millis)")
            } catch {
                return .waitForUnlock
            }
            return fresh(in: store)
        }
    }

    /// A new random key, stored before it is used.
    private static func fresh(in store: any JournalKeyStore) -> KeyDecision {
        var random = SystemRandomNumberGenerator()
        let key = Data((0..<keyLength).map { _ in UInt8.random(in: .min ... .max, using: &random) })
        do {
            try store.save(key)
        } catch {
            // A journal encrypted with a key nobody kept could never be opened again.
            return .waitForUnlock
        }
        return .use(key)
    }
}
