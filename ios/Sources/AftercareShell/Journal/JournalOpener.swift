// Opens the core's app on the journal with the key the policy chose.
import AftercareCore
import Foundation

/// What opening gave.
public enum Opening: Sendable {
    /// The app, over a journal opened with the key.
    case opened(AftercareApp)
    /// The app, but no key this phone holds could be read: the core shows its wrong-key
    /// notice. Worth trying again when the app comes back (the Keychain may answer then).
    case withoutKey(AftercareApp)
    /// Nothing yet: the key is locked until the phone is unlocked.
    case waiting
}

/// Opens the core's app object; runs on the core's queue.
public protocol AppOpening: Sendable {
    /// Opens the app at `now`.
    func open(now: Date) -> Opening
}

/// The app's opener: folders, key store and the phone's language.
public struct JournalOpener: AppOpening {
    private let folders: ShellFolders
    private let keys: any JournalKeyStore
    private let language: String
    private let diagnostics: any ShellDiagnostics

    /// An opener for the journal in `folders`, keyed from `keys`; `language` is the phone's
    /// (BCP 47, e.g. `es-ES`), used until the patient saves a language in the app.
    public init(
        folders: ShellFolders,
        keys: any JournalKeyStore,
        language: String,
        diagnostics: any ShellDiagnostics = SilentDiagnostics()
    ) {
        self.folders = folders
        self.keys = keys
        self.language = language
        self.diagnostics = diagnostics
    }

    public func open(now: Date) -> Opening {
        do {
            try folders.create()
        } catch {
            // The core says what a missing or read-only folder means on its notice screen.
        }
        let key: Data?
        switch JournalKeyPolicy.decide(
            store: keys, journalExists: folders.journalExists(), now: now)
        {
        case .use(let stored):
            key = stored
        case .noKey:
            key = nil
        case .waitForUnlock:
            diagnostics.note(.journalWaitingForUnlock)
            return .waiting
        }
        let config = AppConfig(
            journalPath: folders.journal.path,
            key: key,
            shareDir: folders.share.path,
            language: language
        )
        do {
            // Throws only for a key that is not 32 bytes, which the policy never hands over.
            let app = try AftercareApp.open(config: config, now: now)
            return key == nil ? .withoutKey(app) : .opened(app)
        } catch {
            diagnostics.note(.coreRefused(error: caseName(of: error)))
            return .waiting
        }
    }
}
