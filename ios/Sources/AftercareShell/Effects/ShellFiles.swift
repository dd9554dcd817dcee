// Files around the effects: what the share sheet gets, and where picked files are kept.
import AftercareCore
import Foundation

/// Writes the files the core shares and keeps the files the patient picks, in the app's
/// folders. Runs off the main actor (reports can be megabytes).
public struct ShellFiles: Sendable {
    /// How long a shared file is kept: long enough for the receiving app to read it.
    public static let shareLifetime: TimeInterval = 24 * 60 * 60

    /// The app's folders.
    public let folders: ShellFolders

    /// Files in `folders`.
    public init(folders: ShellFolders) {
        self.folders = folders
    }

    /// The file to hand to the share sheet: bytes from the core written to the share folder
    /// under the core's file name (made safe), or the file the core wrote itself. Shared
    /// files older than a day are removed first.
    public func prepare(_ file: SharedFile, now: Date) throws -> URL {
        let files = FileManager.default
        switch file.source {
        case .path(let path):
            guard files.isReadableFile(atPath: path) else {
                throw CocoaError(.fileNoSuchFile)
            }
            return URL(fileURLWithPath: path)
        case .bytes(let bytes):
            try files.createDirectory(at: folders.share, withIntermediateDirectories: true)
            removeOldShares(now: now)
            let target = folders.share.appendingPathComponent(Self.safeName(file.fileName))
            try bytes.write(to: target, options: .atomic)
            return target
        }
    }

    /// Copies a picked file into the app's storage, where the core reads it: a photo under a
    /// name of its own in the photo folder (the journal points at it for good), a backup or a
    /// protocol in the picked folder, replacing the last one.
    public func keep(picked: URL, for purpose: FilePurpose) throws -> URL {
        let files = FileManager.default
        let ext = Self.plainExtension(of: picked.lastPathComponent)
        let target: URL
        switch purpose {
        case .photo:
            try files.createDirectory(at: folders.photos, withIntermediateDirectories: true)
            target = folders.photos.appendingPathComponent(
                "photo-\(UUID().uuidString.lowercased())" + (ext.map { ".\($0)" } ?? ""))
        case .backup, .clinicProtocol:
            try files.createDirectory(at: folders.picked, withIntermediateDirectories: true)
            let stem = purpose == .backup ? "picked-backup" : "picked-protocol"
            target = folders.picked.appendingPathComponent(stem + (ext.map { ".\($0)" } ?? ""))
        }
        if files.fileExists(atPath: target.path) {
            try files.removeItem(at: target)
        }
        try files.copyItem(at: picked, to: target)
        return target
    }

    /// The core's file name with only letters, digits, `.`, `-` and `_` (others become `-`),
    /// no leading dot, at most 120 characters; `aftercare` if nothing is left.
    public static func safeName(_ name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        var safe = String(name.map { allowed.contains($0) ? $0 : "-" }.prefix(120))
        while safe.hasPrefix(".") {
            safe.removeFirst()
        }
        return safe.isEmpty ? "aftercare" : safe
    }

    /// A file name's extension when it is a plain word (`json`, `jpg`), lowercased.
    static func plainExtension(of name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return nil
        }
        let ext = name[name.index(after: dot)...].lowercased()
        let plain =
            !ext.isEmpty && ext.count <= 8
            && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return plain ? ext : nil
    }

    private func removeOldShares(now: Date) {
        let files = FileManager.default
        let keys: [URLResourceKey] = [.contentModificationDateKey]
        guard
            let shared = try? files.contentsOfDirectory(
                at: folders.share, includingPropertiesForKeys: keys)
        else {
            return
        }
        for file in shared {
            let modified = (try? file.resourceValues(forKeys: Set(keys)))?.contentModificationDate
            if let modified, now.timeIntervalSince(modified) > Self.shareLifetime {
                try? files.removeItem(at: file)
            }
        }
    }
}
