// The glance widget: the core's glance on the home screen and the lock screen, read from the
// file the app writes in the App Group container (never the journal).
#if canImport(WidgetKit)
    import AftercareGlance
    import Foundation
    import SwiftUI
    import WidgetKit

    /// One widget in the families the glance suits: small and medium on the home screen, the
    /// lock screen's rectangular and inline accessories. Every word comes from the core, in the
    /// patient's language and, with their discreet lock-screen setting, without a health word;
    /// only the widget gallery's name and description are the extension's own
    /// (Localizable.strings, en and es), since the gallery shows them before any file exists.
    struct GlanceWidget: Widget {
        /// The widget's kind.
        static let kind = "health.aftercare.glance"

        var body: some WidgetConfiguration {
            StaticConfiguration(kind: Self.kind, provider: GlanceProvider()) { entry in
                GlanceView(entry: entry)
            }
            .configurationDisplayName("At a glance")
            .description("Your plan today and what comes next.")
            .supportedFamilies([
                .systemSmall, .systemMedium, .accessoryRectangular, .accessoryInline,
            ])
        }
    }

    /// What the widget shows from `date` on.
    struct GlanceWidgetEntry: TimelineEntry {
        let date: Date
        let content: GlanceContent
    }

    /// Reads the file the app writes and hands WidgetKit its entries: the one holding now, the
    /// later ones, the stale words from the file's end, and when to ask again.
    struct GlanceProvider: TimelineProvider {
        /// The file, if the App Group container is there (the entitlement is in both targets).
        static var reader: GlanceReader? {
            FileManager.default
                .containerURL(forSecurityApplicationGroupIdentifier: GlanceStore.appGroup)
                .map { GlanceReader(folder: $0) }
        }

        static func schedule(at now: Date) -> GlanceSchedule {
            reader?.schedule(at: now)
                ?? GlanceSchedule(
                    moments: [GlanceMoment(date: now, content: .placeholder)], reloadAfter: nil,
                    trouble: .missing)
        }

        func placeholder(in context: Context) -> GlanceWidgetEntry {
            GlanceWidgetEntry(date: Date(), content: .placeholder)
        }

        func getSnapshot(in context: Context, completion: @escaping (GlanceWidgetEntry) -> Void) {
            let now = Date()
            let first = Self.schedule(at: now).moments.first
            completion(GlanceWidgetEntry(date: now, content: first?.content ?? .placeholder))
        }

        func getTimeline(
            in context: Context, completion: @escaping (Timeline<GlanceWidgetEntry>) -> Void
        ) {
            let schedule = Self.schedule(at: Date())
            let entries = schedule.moments.map {
                GlanceWidgetEntry(date: $0.date, content: $0.content)
            }
            // Nothing to ask before the file's refresh date: the app reloads the widgets itself
            // whenever it writes a new file.
            let policy: TimelineReloadPolicy = schedule.reloadAfter.map { .after($0) } ?? .never
            completion(Timeline(entries: entries, policy: policy))
        }
    }
#endif
