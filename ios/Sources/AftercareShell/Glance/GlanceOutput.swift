// The app's side of the widgets: the core's glance timeline written for them, and their reload.
import AftercareCore
import Foundation

/// Reloads the widgets' timelines (WidgetKit's `WidgetCenter` on the phone).
@MainActor
public protocol WidgetReloader: AnyObject {
    /// Asks every widget of the app for a new timeline.
    func reloadAllTimelines()
}

/// Where the app writes the glance for its widgets, and how it tells them.
@MainActor
public struct GlanceOutput {
    /// The file in the App Group container.
    public var store: GlanceStore
    /// The widgets.
    public var widgets: any WidgetReloader

    /// An output writing through `store` and reloading `widgets`.
    public init(store: GlanceStore, widgets: any WidgetReloader) {
        self.store = store
        self.widgets = widgets
    }
}

extension GlanceFile {
    /// The core's timeline as the widgets read it, written at `writtenAt`.
    public init(_ timeline: GlanceTimeline, writtenAt: Date) {
        self.init(
            writtenAt: writtenAt,
            entries: timeline.entries.map { Entry(from: $0.from, glance: Glance($0.glance)) },
            until: timeline.until,
            refreshAt: timeline.refreshAt,
            truncated: timeline.truncated,
            staleText: timeline.staleText,
            staleLink: timeline.staleLink
        )
    }
}

extension GlanceFile.Glance {
    /// The core's glance, field for field.
    init(_ glance: AftercareCore.Glance) {
        self.init(
            state: GlanceFile.State(glance.state),
            // The generated enums' case names are the codes (`en`, `es`; `urgent`,
            // `contactProvider`): a level the core adds needs nothing here.
            locale: "\(glance.locale)",
            discreet: glance.discreet,
            headline: glance.headline,
            link: glance.link,
            attention: glance.attention.map {
                GlanceFile.Attention(
                    level: "\($0.level)", tone: GlanceTone($0.tone), label: $0.label,
                    takesOver: $0.takesOver, link: $0.link)
            },
            lines: glance.lines.map {
                GlanceFile.Line(
                    kind: GlanceFile.LineKind($0.kind), text: $0.text, at: $0.at, link: $0.link)
            },
            accessibilityLabel: glance.accessibilityLabel
        )
    }
}

extension GlanceFile.State {
    init(_ state: GlanceState) {
        switch state {
        case .recovering: self = .recovering
        case .preparing: self = .preparing
        case .empty: self = .empty
        case .unavailable: self = .unavailable
        }
    }
}

extension GlanceFile.LineKind {
    init(_ kind: GlanceLineKind) {
        switch kind {
        case .restriction: self = .restriction
        case .reminder: self = .reminder
        case .session: self = .session
        case .preparation: self = .preparation
        }
    }
}
