// Writing the widgets' glance file, only when it says something new.
import Foundation

/// The glance file in the App Group container, written by the app.
///
/// Protection: `completeUntilFirstUserAuthentication`. Lock-screen accessories are drawn while
/// the phone is locked, and WidgetKit asks the widget extension for a timeline whenever it
/// chooses (after the app's reload, at the timeline's refresh date), mostly on a locked phone:
/// with `complete` the file could not be read then and the lock screen would show the
/// placeholder exactly where the widget matters; `completeUnlessOpen` lets a background refresh
/// write while locked but not the widget read it afterwards. Until the first unlock after a
/// restart the file stays sealed, like the journal's key: the widget shows what WidgetKit drew
/// last, or its placeholder. What the file holds while readable on a locked phone is what the
/// lock screen shows anyway: with the discreet setting (the default) no health word at all;
/// without it, the patient chose to show their recovery on the locked screen. The file is kept
/// out of backups (it is rebuilt from the journal, which has its own backup).
///
/// Written whole (`atomic`: a temporary file renamed over it), so the widget never reads half a
/// file, and no lock is held on the shared container while the app is suspended.
public final class GlanceStore: @unchecked Sendable {
    /// The App Group the app and its widget extension share (both targets' entitlements).
    public static let appGroup = "group.health.aftercare"
    /// The file's name in the container.
    public static let fileName = "glance.json"

    /// The file.
    public let file: URL
    private let lock = NSLock()
    /// What this process last wrote, or read from the file at first use.
    private var last: GlanceFile?
    private var loaded = false

    /// The store of the file in `folder` (the App Group container).
    public init(folder: URL) {
        file = folder.appendingPathComponent(Self.fileName)
    }

    /// Writes `glance` unless it continues what was last written (the same entries from its
    /// first instant on, the same end); true when it wrote, so the widgets must be reloaded.
    /// A file another version wrote, or one that cannot be read, is always replaced.
    public func write(_ glance: GlanceFile) throws -> Bool {
        try lock.withLock {
            if !loaded {
                loaded = true
                if let data = try? Data(contentsOf: file),
                    case .file(let earlier) = GlanceFile.decode(data)
                {
                    last = earlier
                }
            }
            if let last, glance.continues(last) {
                return false
            }
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try glance.encoded().write(to: file, options: Self.writing)
            Self.keepOutOfBackups(file)
            last = glance
            return true
        }
    }

    /// How the file is written (see the type's comment).
    static let writing: Data.WritingOptions = [
        .atomic, .completeFileProtectionUntilFirstUserAuthentication,
    ]

    private static func keepOutOfBackups(_ file: URL) {
        #if canImport(Darwin)
            var url = file
            var values = URLResourceValues()
            values.isExcludedFromBackup = true
            try? url.setResourceValues(values)
        #endif
    }
}
