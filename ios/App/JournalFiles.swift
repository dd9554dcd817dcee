// The journal's folders on the phone: file protection, kept out of device backups.
import AftercareShell
import Foundation
import os

/// Where the app keeps its files, and how they are protected.
///
/// File protection: `completeUntilFirstUserAuthentication` (class C) for the journal's folder
/// (new files inherit it: the journal, its -wal, -shm and -keycheck, written by SQLite) and for
/// photos. After a reboot the journal stays sealed until the patient unlocks once, like the
/// Keychain key (`AfterFirstUnlockThisDeviceOnly`); from then on a background refresh or a
/// notification's "Done" can open it while the phone is locked, which reminders need.
/// `complete` would seal it again at every lock: a locked phone could not sync reminders, and
/// SQLite's open WAL would fail to write mid-transaction when the phone locks. A background
/// launch before the first unlock finds the key locked and waits (`KeyDecision.waitForUnlock`).
/// The journal lives in the app's own container, not a shared App Group one, so a suspended app
/// holding SQLite's file locks is not ended with 0xdead10cc (see README's device checklist).
enum JournalFiles {
    /// The app's folders, created and protected.
    static func prepare(diagnostics: any ShellDiagnostics) -> ShellFolders {
        let files = FileManager.default
        let root =
            (try? files.url(
                for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil,
                create: true)) ?? files.temporaryDirectory
        let folders = ShellFolders(root: root, temporary: files.temporaryDirectory)
        try? folders.create()
        for folder in [folders.journalFolder, folders.photos] {
            try? files.setAttributes(
                [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication],
                ofItemAtPath: folder.path)
            // Out of iCloud and computer backups: the key stays on this phone, so a restored
            // copy could not be opened; the core's backup is the way to a new phone.
            var url = folder
            var values = URLResourceValues()
            values.isExcludedFromBackup = true
            try? url.setResourceValues(values)
        }
        return folders
    }
}

/// The shell's notes in the system log (kinds and counts only, never health data).
struct SystemLog: ShellDiagnostics {
    private static let log = Logger(subsystem: "health.aftercare", category: "shell")

    func note(_ note: ShellNote) {
        // Public: a note is a kind and a count, by construction (ShellNote).
        Self.log.notice("\(String(describing: note), privacy: .public)")
    }
}
