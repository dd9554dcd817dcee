// Opens the core's app on the journal with the key the policy chose.
import AftercareCore
import Foundation

/// Opens the core's app object; runs on the core's queue.
public protocol AppOpening: Sendable {
    /// The app at `now`, or nil while the journal has to wait (the key is locked until the
    /// phone is unlocked).
    func open(now: Date) -> AftercareApp?
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

    public func open(now: Date) -> AftercareApp? {
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
            return nil
        }
        let config = AppConfig(
            journalPath: folders.journal.path,
            key: key,
            shareDir: folders.share.path,
            language: language
        )
        do {
            // Throws only for a key that is not 32 bytes, which the policy never hands over.
            return try AftercareApp.open(config: config, now: now)
        } catch {
            diagnostics.note(.coreRefused(error: caseName(of: error)))
            return nil
        }
    }
}
