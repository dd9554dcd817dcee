// Reading the glance file for the widget: what to draw from now on, and when it is stale.
import Foundation

/// What a widget draws at one moment.
public enum GlanceContent: Equatable, Sendable {
    /// The core's glance.
    case glance(GlanceFile.Glance)
    /// The file is older than its last entry (or was written for a later moment: the clock
    /// went back): the core's words for it, and where they lead.
    case stale(text: String, link: String)
    /// No file the widget can read yet (none written, another version's, damaged): the app's
    /// name and icon only, no words (the core gives every word, and there is none to read).
    case placeholder

    /// Where the placeholder leads: Today, the app's first screen (one of the core's own
    /// links, `AppAction.OpenLink`).
    public static let placeholderLink = "aftercare://today"
}

/// One entry of a widget's timeline.
public struct GlanceMoment: Equatable, Sendable {
    /// From when it shows.
    public var date: Date
    /// What it shows.
    public var content: GlanceContent

    /// A moment.
    public init(date: Date, content: GlanceContent) {
        self.date = date
        self.content = content
    }
}

/// What a widget's timeline provider hands WidgetKit.
public struct GlanceSchedule: Equatable, Sendable {
    /// In time order; the first from the moment asked about.
    public var moments: [GlanceMoment]
    /// When to ask again; nil when only the app's next write (which reloads the widgets) can
    /// change anything.
    public var reloadAfter: Date?
    /// Why the file could not be used, if it could not.
    public var trouble: GlanceTrouble?

    /// A schedule.
    public init(moments: [GlanceMoment], reloadAfter: Date?, trouble: GlanceTrouble?) {
        self.moments = moments
        self.reloadAfter = reloadAfter
        self.trouble = trouble
    }
}

/// Why the glance file could not be used.
public enum GlanceTrouble: Equatable, Sendable {
    /// The app has not written it (yet), or it cannot be read now (before the first unlock).
    case missing
    /// Another version of the app wrote it.
    case otherFormat(Int)
    /// It is not a glance file.
    case unreadable
    /// Its last entry is over.
    case stale
    /// It was written for a later moment than now.
    case fromTheFuture
}

/// Reads the glance file for the widget extension (Foundation only; never the journal).
public struct GlanceReader: Sendable {
    /// The file.
    public let file: URL

    /// The reader of the file in `folder` (the App Group container).
    public init(folder: URL) {
        file = folder.appendingPathComponent(GlanceStore.fileName)
    }

    /// What to draw from `now` on: the entry holding now (dated now), the later ones, and the
    /// stale words from the file's end; or the placeholder or the stale words alone.
    public func schedule(at now: Date) -> GlanceSchedule {
        guard let data = try? Data(contentsOf: file) else {
            return Self.placeholder(now, .missing)
        }
        switch GlanceFile.decode(data) {
        case .otherFormat(let format):
            return Self.placeholder(now, .otherFormat(format))
        case .unreadable:
            return Self.placeholder(now, .unreadable)
        case .file(let glance):
            return Self.schedule(of: glance, at: now)
        }
    }

    /// What to draw from `now` on, from `file`.
    public static func schedule(of file: GlanceFile, at now: Date) -> GlanceSchedule {
        let stale = GlanceContent.stale(text: file.staleText, link: file.staleLink)
        guard now < file.until else {
            return GlanceSchedule(
                moments: [GlanceMoment(date: now, content: stale)], reloadAfter: nil,
                trouble: .stale)
        }
        guard let holding = file.entries.lastIndex(where: { $0.from <= now }) else {
            return GlanceSchedule(
                moments: [GlanceMoment(date: now, content: stale)], reloadAfter: nil,
                trouble: .fromTheFuture)
        }
        var moments = [GlanceMoment(date: now, content: .glance(file.entries[holding].glance))]
        for entry in file.entries[(holding + 1)...] where entry.from < file.until {
            moments.append(GlanceMoment(date: entry.from, content: .glance(entry.glance)))
        }
        moments.append(GlanceMoment(date: file.until, content: stale))
        return GlanceSchedule(
            moments: moments, reloadAfter: file.refreshAt > now ? file.refreshAt : nil,
            trouble: nil)
    }

    private static func placeholder(_ now: Date, _ trouble: GlanceTrouble) -> GlanceSchedule {
        GlanceSchedule(
            moments: [GlanceMoment(date: now, content: .placeholder)], reloadAfter: nil,
            trouble: trouble)
    }
}
