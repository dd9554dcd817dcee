// Where the app keeps its files: the journal, files to share, picked files, photos.
import Foundation

/// The app's folders. The journal's folder is the one the app protects and keeps out of device
/// backups (the key never leaves this phone, so a restored copy could not be opened); moving
/// phones goes through the core's own backup.
public struct ShellFolders: Sendable, Equatable {
    /// The journal file (the core keeps its -wal, -shm and -keycheck beside it).
    public var journal: URL
    /// Reports and backups handed to the share sheet; the core writes backups here too.
    public var share: URL
    /// Backups and clinic protocols picked in the file picker, copied in before the core reads
    /// them (the picker's own copy may vanish).
    public var picked: URL
    /// Photos attached to entries: kept, since the journal points at them.
    public var photos: URL

    /// Folders at these places.
    public init(journal: URL, share: URL, picked: URL, photos: URL) {
        self.journal = journal
        self.share = share
        self.picked = picked
        self.photos = photos
    }

    /// The layout the app uses: `<root>/Journal/journal.db`, `<root>/Photos`, and the
    /// short-lived `<temporary>/Shared` and `<temporary>/Picked`.
    public init(root: URL, temporary: URL) {
        self.init(
            journal: root.appendingPathComponent("Journal", isDirectory: true)
                .appendingPathComponent("journal.db"),
            share: temporary.appendingPathComponent("Shared", isDirectory: true),
            picked: temporary.appendingPathComponent("Picked", isDirectory: true),
            photos: root.appendingPathComponent("Photos", isDirectory: true)
        )
    }

    /// The journal's folder.
    public var journalFolder: URL {
        journal.deletingLastPathComponent()
    }

    /// Creates every folder that is missing.
    public func create(using files: FileManager = .default) throws {
        for folder in [journalFolder, share, picked, photos] {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }

    /// Whether a journal file is there (a journal the key policy must protect).
    public func journalExists(using files: FileManager = .default) -> Bool {
        files.fileExists(atPath: journal.path)
    }
}
