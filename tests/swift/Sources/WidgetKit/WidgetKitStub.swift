// A loose stand-in for the part of WidgetKit that ios/Widget uses (Linux only), as
// Sources/SwiftUI is for SwiftUI: the widget's files are type-checked here against the real
// glance file (AftercareGlance) in Swift 6 mode (a renamed field, a missed case, a wrong type);
// WidgetKit itself is only checked by Xcode. Add what a widget file starts using.
@_exported import SwiftUI

@MainActor @preconcurrency public protocol Widget {
    associatedtype Body: WidgetConfiguration
    init()
    var body: Body { get }
}
public protocol WidgetConfiguration {}
public struct AnyWidgetConfiguration: WidgetConfiguration {}
extension WidgetConfiguration {
    public func configurationDisplayName(_ s: some StringProtocol) -> AnyWidgetConfiguration {
        AnyWidgetConfiguration()
    }
    public func description(_ s: some StringProtocol) -> AnyWidgetConfiguration {
        AnyWidgetConfiguration()
    }
    public func supportedFamilies(_ f: [WidgetFamily]) -> AnyWidgetConfiguration {
        AnyWidgetConfiguration()
    }
}
public struct StaticConfiguration: WidgetConfiguration {
    public init<P: TimelineProvider>(
        kind: String, provider: P, @ViewBuilder content: @escaping (P.Entry) -> AnyView
    ) {}
}

public enum WidgetFamily: Sendable {
    case systemSmall, systemMedium, systemLarge, systemExtraLarge, accessoryCircular,
        accessoryRectangular, accessoryInline
}
extension EnvironmentValues {
    public var widgetFamily: WidgetFamily { .systemSmall }
}
extension ContainerBackgroundPlacement {
    public static let widget = ContainerBackgroundPlacement()
}

public protocol TimelineEntry {
    var date: Date { get }
}
public struct TimelineProviderContext: Sendable {
    public var isPreview: Bool { false }
    public var family: WidgetFamily { .systemSmall }
}
public protocol TimelineProvider {
    associatedtype Entry: TimelineEntry
    typealias Context = TimelineProviderContext
    func placeholder(in context: Context) -> Entry
    func getSnapshot(in context: Context, completion: @escaping (Entry) -> Void)
    func getTimeline(in context: Context, completion: @escaping (Timeline<Entry>) -> Void)
}
public struct Timeline<EntryType: TimelineEntry> {
    public init(entries: [EntryType], policy: TimelineReloadPolicy) {}
}
public struct TimelineReloadPolicy: Sendable {
    public static let atEnd = Self(), never = Self()
    public static func after(_ date: Date) -> Self { Self() }
}

// Apple's Foundation has it; Linux's does not.
extension FileManager {
    public func containerURL(forSecurityApplicationGroupIdentifier id: String) -> URL? { nil }
}
