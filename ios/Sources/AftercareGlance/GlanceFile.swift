// The file the app writes for the widgets: the core's glance timeline, readable without the core.
import Foundation

/// The core's `GlanceTimeline` as the app writes it for the widget extension (JSON in the App
/// Group container). This module does not link the core: the widget reads the file with
/// Foundation alone and never opens the journal. Field for field the core's records
/// (`core/docs/glance.md`); enums by name.
public struct GlanceFile: Codable, Equatable, Sendable {
    /// The format this build writes and reads. Raised when a field changes meaning; a file of
    /// another format is not read (the widget shows its placeholder until the app writes again).
    public static let currentFormat = 1

    /// The file's format.
    public var format: Int
    /// When the app wrote it (not compared: a timeline is the same whenever it was written).
    public var writtenAt: Date
    /// The glance from each instant on, in time order; never empty.
    public var entries: [Entry]
    /// Until when the last entry holds; after it the file is stale.
    public var until: Date
    /// When the widget should ask again (the app has written the next one by then if it could).
    public var refreshAt: Date
    /// Whether the core's bound ended the timeline early.
    public var truncated: Bool
    /// What to show once `until` has passed (never a health word).
    public var staleText: String
    /// Where that leads.
    public var staleLink: String

    /// A file of the current format.
    public init(
        writtenAt: Date, entries: [Entry], until: Date, refreshAt: Date, truncated: Bool,
        staleText: String, staleLink: String
    ) {
        format = Self.currentFormat
        self.writtenAt = writtenAt
        self.entries = entries
        self.until = until
        self.refreshAt = refreshAt
        self.truncated = truncated
        self.staleText = staleText
        self.staleLink = staleLink
    }

    /// A glance and the instant from which it holds.
    public struct Entry: Codable, Equatable, Sendable {
        /// From when it holds.
        public var from: Date
        /// What it shows.
        public var glance: Glance

        /// An entry.
        public init(from: Date, glance: Glance) {
            self.from = from
            self.glance = glance
        }
    }

    /// What a widget shows at one moment (the core's `Glance`).
    public struct Glance: Codable, Equatable, Sendable {
        /// What it is about.
        public var state: State
        /// The language of its words (`en`, `es`).
        public var locale: String
        /// Whether its words are the discreet ones (no health word).
        public var discreet: Bool
        /// "Day 2 of your recovery".
        public var headline: String
        /// Where tapping the widget leads.
        public var link: String
        /// What the log says, when it calls for attention.
        public var attention: Attention?
        /// Up to three lines, what matters next first.
        public var lines: [Line]
        /// What a screen reader says for the whole glance.
        public var accessibilityLabel: String

        /// A glance.
        public init(
            state: State, locale: String, discreet: Bool, headline: String, link: String,
            attention: Attention?, lines: [Line], accessibilityLabel: String
        ) {
            self.state = state
            self.locale = locale
            self.discreet = discreet
            self.headline = headline
            self.link = link
            self.attention = attention
            self.lines = lines
            self.accessibilityLabel = accessibilityLabel
        }
    }

    /// What a glance is about (the core's `GlanceState`).
    public enum State: String, Codable, Sendable {
        /// A recovery.
        case recovering
        /// A booked session's preparation.
        case preparing
        /// No session yet.
        case empty
        /// The journal cannot be read.
        case unavailable
    }

    /// The log's verdict on a glance (the core's `GlanceAttention`).
    public struct Attention: Codable, Equatable, Sendable {
        /// The triage level's name (`watch`, `contactProvider`, `urgent`, and any the core adds).
        public var level: String
        /// Its semantic tone.
        public var tone: GlanceTone
        /// The level in words.
        public var label: String
        /// Whether it is shown alone.
        public var takesOver: Bool
        /// Where it leads.
        public var link: String

        /// An attention.
        public init(level: String, tone: GlanceTone, label: String, takesOver: Bool, link: String) {
            self.level = level
            self.tone = tone
            self.label = label
            self.takesOver = takesOver
            self.link = link
        }
    }

    /// One line of a glance (the core's `GlanceLine`).
    public struct Line: Codable, Hashable, Sendable {
        /// What it is about.
        public var kind: LineKind
        /// The line in words.
        public var text: String
        /// The instant it is about.
        public var at: Date
        /// Where tapping it leads.
        public var link: String

        /// A line.
        public init(kind: LineKind, text: String, at: Date, link: String) {
            self.kind = kind
            self.text = text
            self.at = at
            self.link = link
        }
    }

    /// What a line is about (the core's `GlanceLineKind`).
    public enum LineKind: String, Codable, Hashable, Sendable {
        /// The next restriction to lift.
        case restriction
        /// The next reminder.
        case reminder
        /// The next session.
        case session
        /// A preparation step.
        case preparation
    }

    /// Whether this file says nothing `earlier` did not already say from this file's first
    /// instant on: the core's `GlanceTimeline::continues`, the same rule on both sides of the
    /// FFI. The store writes only when it does not.
    public func continues(_ earlier: GlanceFile) -> Bool {
        guard earlier.format == format, let first = entries.first,
            let at = earlier.entries.lastIndex(where: { $0.from <= first.from })
        else {
            return false
        }
        let tail = earlier.entries[at...]
        return first.from < earlier.until && tail.count == entries.count
            && tail.first?.glance == first.glance
            && Array(tail.dropFirst()) == Array(entries.dropFirst())
            && earlier.until == until && earlier.refreshAt == refreshAt
            && earlier.truncated == truncated && earlier.staleText == staleText
            && earlier.staleLink == staleLink
    }

    /// The file as written: JSON, instants as seconds since 1970 (fractions kept).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// The bytes read back as a file of this build's format, or why they are not one.
    public static func decode(_ data: Data) -> Decoded {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        guard let format = try? decoder.decode(FormatOnly.self, from: data).format else {
            return .unreadable
        }
        guard format == currentFormat else {
            return .otherFormat(format)
        }
        guard let file = try? decoder.decode(GlanceFile.self, from: data), !file.entries.isEmpty
        else {
            return .unreadable
        }
        return .file(file)
    }

    /// What bytes read as a glance file turned out to be.
    public enum Decoded: Equatable, Sendable {
        /// A file of this build's format.
        case file(GlanceFile)
        /// A file another version of the app wrote (its format number).
        case otherFormat(Int)
        /// Not a glance file (cut short, damaged, empty).
        case unreadable
    }

    /// What a file of any format says first.
    private struct FormatOnly: Decodable {
        var format: Int
    }
}
