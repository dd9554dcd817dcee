// A loose stand-in for the part of SwiftUI that ios/Sources/AftercareUI uses (Linux only).
//
// There is no SwiftUI on Linux, so the views could not be compiled here at all. Built against
// this stub (tests/swift/run.sh links the view files into the AftercareUICheck target), they are
// type-checked against the real generated models and the real shell, in Swift 6 mode: a field
// renamed in the core, a new enum case a view's switch misses, a wrong label on one of the
// app's own components or a main-actor mistake fails the Swift stage here. It checks nothing
// about SwiftUI itself (every modifier answers an AnyView and takes loose types): only Xcode
// does that. Add a modifier here when a view starts using one.
@_exported import Foundation

@MainActor @preconcurrency public protocol View {
    associatedtype Body: View
    @ViewBuilder var body: Body { get }
}
extension Never: View { public var body: Never { return fatalError() } }
public struct AnyView: View {
    public init<V: View>(_ v: V) {}
    nonisolated public init() {}
    public var body: Never { return fatalError() }
}

@resultBuilder public enum ViewBuilder {
    public static func buildExpression<V: View>(_ v: V) -> AnyView { AnyView() }
    public static func buildBlock(_ parts: AnyView...) -> AnyView { AnyView() }
    public static func buildOptional(_ v: AnyView?) -> AnyView { AnyView() }
    public static func buildEither(first: AnyView) -> AnyView { AnyView() }
    public static func buildEither(second: AnyView) -> AnyView { AnyView() }
    public static func buildLimitedAvailability(_ v: AnyView) -> AnyView { AnyView() }
}

public struct Font: Sendable {
    public static let title2 = Font(), title3 = Font(), subheadline = Font(), headline = Font(),
        body = Font(), caption = Font(), footnote = Font(), callout = Font()
    public struct Weight: Sendable {
        public static let semibold = Weight(), bold = Weight(), medium = Weight(),
            regular = Weight(), black = Weight()
    }
    public func weight(_ w: Weight) -> Font { self }
    public func monospaced() -> Font { self }
}
public protocol ShapeStyle: Sendable {}
public struct Color: ShapeStyle, Sendable, Equatable {
    public enum RGBColorSpace: Sendable { case sRGB }
    nonisolated public init(
        _ s: RGBColorSpace, red: Double, green: Double, blue: Double, opacity: Double
    ) {}
    nonisolated init() {}
    public static let clear = Color(), secondary = Color(), primary = Color(), red = Color(),
        orange = Color()
    // swift-format-ignore: DontRepeatTypeInStaticProperties
    public static let accentColor = Color()
    public func opacity(_ o: Double) -> Color { self }
}
extension Color: View {
    public var body: Never { return fatalError() }
}
extension ShapeStyle where Self == Color {
    public static var red: Color { Color() }
    public static var secondary: Color { Color() }
    public static var primary: Color { Color() }
}
public struct Material: ShapeStyle { public static let bar = Material() }
extension ShapeStyle where Self == Material { public static var bar: Material { Material() } }
public struct BackgroundStyle: ShapeStyle {}
extension ShapeStyle where Self == BackgroundStyle {
    public static var background: BackgroundStyle { BackgroundStyle() }
}

public enum ColorScheme: Sendable { case light, dark }
public enum LayoutDirection: Sendable { case leftToRight, rightToLeft }
public enum DynamicTypeSize: Sendable { case large, accessibility5 }
public struct EnvironmentValues {
    public var colorScheme: ColorScheme = .light
    public var locale = Locale(identifier: "en")
    public var layoutDirection: LayoutDirection = .leftToRight
    public var timeZone = TimeZone.current
}
@propertyWrapper public struct Environment<Value>: Sendable {
    public init(_ k: KeyPath<EnvironmentValues, Value> & Sendable) {}
    public var wrappedValue: Value { fatalError() }
}
@propertyWrapper public struct State<Value> {
    public init(initialValue: Value) {}
    public init(wrappedValue: Value) {}
    public var wrappedValue: Value {
        get { fatalError() }
        nonmutating set {}
    }
    public var projectedValue: Binding<Value> { fatalError() }
}
@propertyWrapper public struct Binding<Value> {
    public init(get: @escaping () -> Value, set: @escaping (Value) -> Void) {}
    public var wrappedValue: Value {
        get { fatalError() }
        nonmutating set {}
    }
}

public struct HorizontalAlignment: Sendable {
    public static let leading = HorizontalAlignment(), center = HorizontalAlignment()
}
public struct VerticalAlignment: Sendable {
    public static let top = VerticalAlignment(), center = VerticalAlignment(),
        firstTextBaseline = VerticalAlignment()
}
public struct Alignment: Sendable {
    public static let leading = Alignment(), top = Alignment(), topLeading = Alignment(),
        bottom = Alignment(), center = Alignment()
}
public struct UnitPoint: Sendable { public static let top = UnitPoint(), topLeading = UnitPoint() }
public enum Edge {
    public struct Set: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let horizontal = Set(rawValue: 1), vertical = Set(rawValue: 2),
            top = Set(rawValue: 4), bottom = Set(rawValue: 8), leading = Set(rawValue: 16),
            trailing = Set(rawValue: 32)
    }
}
public enum Axis {
    case vertical, horizontal
    public struct Set: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let horizontal = Set(rawValue: 1), vertical = Set(rawValue: 2)
    }
}
public enum TextAlignment { case center, leading }
public struct AccessibilityTraits: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let isHeader = Self(rawValue: 1), isButton = Self(rawValue: 2),
        isSelected = Self(rawValue: 4)
}
public enum AccessibilityChildBehavior { case ignore, combine }
public enum AccessibilityActionKind { case escape }
public enum AccessibilityNotification {
    public struct Announcement {
        public init(_ s: String) {}
        public func post() {}
    }
}
public struct ButtonStyleKind: Sendable {
    public static let borderedProminent = Self(), bordered = Self(), borderless = Self(),
        plain = Self()
}
public struct TextFieldStyleKind: Sendable { public static let roundedBorder = Self() }
public struct DatePickerStyleKind: Sendable { public static let graphical = Self() }
public struct TextSelectability: Sendable { public static let enabled = Self() }
public struct TextInputAutocapitalization: Sendable {
    public static let words = Self(), never = Self(), sentences = Self()
}
public struct ScrollDismissesKeyboardMode: Sendable { public static let interactively = Self() }
public struct PresentationDetent: Hashable, Sendable {
    public static let large = Self(), medium = Self()
}
public enum ButtonRole { case destructive, cancel }
public struct ToolbarItemPlacement: Sendable {
    public static let cancellationAction = Self(), confirmationAction = Self()
}
public struct DatePickerComponents: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let date = Self(rawValue: 1), hourAndMinute = Self(rawValue: 2)
}
public enum RoundedCornerStyle { case continuous, circular }

public protocol Shape: View {}
public protocol InsettableShape: Shape {}
extension InsettableShape {
    public func strokeBorder<S: ShapeStyle>(_ s: S, lineWidth: CGFloat = 1) -> AnyView { AnyView() }
}
extension Shape { public func fill<S: ShapeStyle>(_ s: S) -> AnyView { AnyView() } }
public struct Rectangle: InsettableShape {
    nonisolated public init() {}
    public var body: Never { return fatalError() }
}
public struct Circle: InsettableShape {
    nonisolated public init() {}
    public var body: Never { return fatalError() }
}
public struct Capsule: InsettableShape {
    nonisolated public init() {}
    public var body: Never { return fatalError() }
}
public struct RoundedRectangle: InsettableShape {
    public init(cornerRadius: CGFloat, style: RoundedCornerStyle = .circular) {}
    public var body: Never { return fatalError() }
}

public struct Text: View {
    public init(_ s: some StringProtocol) {}
    public init(verbatim: String) {}
    public var body: Never { return fatalError() }
}
public struct Image: View {
    public init(systemName: String) {}
    public var body: Never { return fatalError() }
    public enum Scale { case large }
}
public struct Button<L: View>: View {
    public init(
        role: ButtonRole? = nil, action: @escaping @MainActor () -> Void,
        @ViewBuilder label: () -> L
    ) {}
    public var body: Never { return fatalError() }
}
extension Button where L == Text {
    public init(
        _ title: some StringProtocol, role: ButtonRole? = nil,
        action: @escaping @MainActor () -> Void
    ) {}
}
public struct VStack: View {
    public init(
        alignment: HorizontalAlignment = .center, spacing: CGFloat? = nil,
        @ViewBuilder content: () -> AnyView
    ) {}
    public var body: Never { return fatalError() }
}
public struct LazyVStack: View {
    public init(
        alignment: HorizontalAlignment = .center, spacing: CGFloat? = nil,
        @ViewBuilder content: () -> AnyView
    ) {}
    public var body: Never { return fatalError() }
}
public struct HStack: View {
    public init(
        alignment: VerticalAlignment = .center, spacing: CGFloat? = nil,
        @ViewBuilder content: () -> AnyView
    ) {}
    public var body: Never { return fatalError() }
}
public struct Group: View {
    public init(@ViewBuilder content: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct ForEach<Data: RandomAccessCollection, ID: Hashable>: View {
    public init(
        _ data: Data, id: KeyPath<Data.Element, ID>,
        @ViewBuilder content: @escaping (Data.Element) -> AnyView
    ) {}
    public var body: Never { return fatalError() }
}
public struct ScrollView: View {
    public init(_ axes: Axis.Set = .vertical, @ViewBuilder content: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct ScrollViewProxy {
    public func scrollTo<ID: Hashable>(_ id: ID, anchor: UnitPoint? = nil) {}
}
public struct ScrollViewReader: View {
    public init(@ViewBuilder content: @escaping (ScrollViewProxy) -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct Label: View {
    public init(@ViewBuilder title: () -> AnyView, @ViewBuilder icon: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct Toggle: View {
    public init(isOn: Binding<Bool>, @ViewBuilder label: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct TextField: View {
    public init(_ title: some StringProtocol, text: Binding<String>) {}
    public init(_ title: some StringProtocol, text: Binding<String>, axis: Axis) {}
    public var body: Never { return fatalError() }
}
public struct SecureField: View {
    public init(_ title: some StringProtocol, text: Binding<String>) {}
    public var body: Never { return fatalError() }
}
public struct DatePicker: View {
    public init(
        _ t: some StringProtocol, selection: Binding<Date>, in r: ClosedRange<Date>,
        displayedComponents: DatePickerComponents
    ) {}
    public init(
        _ t: some StringProtocol, selection: Binding<Date>, in r: PartialRangeFrom<Date>,
        displayedComponents: DatePickerComponents
    ) {}
    public init(
        _ t: some StringProtocol, selection: Binding<Date>, in r: PartialRangeThrough<Date>,
        displayedComponents: DatePickerComponents
    ) {}
    public init(
        _ t: some StringProtocol, selection: Binding<Date>,
        displayedComponents: DatePickerComponents
    ) {}
    public var body: Never { return fatalError() }
}
public struct NavigationStack: View {
    public init(@ViewBuilder root: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct ToolbarItem: View {
    public init(placement: ToolbarItemPlacement, @ViewBuilder content: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct DisclosureGroup: View {
    public init(_ label: some StringProtocol, @ViewBuilder content: @escaping () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct ViewThatFits: View {
    public init(in axes: Axis.Set, @ViewBuilder content: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct ProgressView: View {
    public init(value: Double, total: Double) {}
    public var body: Never { return fatalError() }
}
public struct Spacer: View {
    public init(minLength: CGFloat? = nil) {}
    public var body: Never { return fatalError() }
}
public struct Link: View {
    public init(destination: URL, @ViewBuilder label: () -> AnyView) {}
    public var body: Never { return fatalError() }
}
public struct ContainerBackgroundPlacement: Sendable {
    public init() {}
}
public struct Divider: View {
    nonisolated public init() {}
    public var body: Never { return fatalError() }
}

public struct ProposedViewSize {
    public init(width: CGFloat?, height: CGFloat?) {}
    public init(_ s: CGSize) {}
    public var width: CGFloat? { nil }
}
public struct LayoutSubview {
    public func sizeThatFits(_ p: ProposedViewSize) -> CGSize { .zero }
    public func place(at: CGPoint, anchor: UnitPoint, proposal: ProposedViewSize) {}
}
public struct LayoutSubviews: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { 0 }
    public subscript(i: Int) -> LayoutSubview { LayoutSubview() }
}
public protocol Layout {
    typealias Subviews = LayoutSubviews
    associatedtype Cache = Void
    func sizeThatFits(proposal: ProposedViewSize, subviews: Subviews, cache: inout Cache) -> CGSize
    func placeSubviews(
        in bounds: CGRect, proposal: ProposedViewSize, subviews: Subviews, cache: inout Cache)
}
extension Layout {
    public func callAsFunction(@ViewBuilder _ content: () -> AnyView) -> AnyView { AnyView() }
}

@MainActor public protocol ViewModifier {
    associatedtype Body: View
    typealias Content = AnyView
    func body(content: Content) -> Body
}

extension View {
    public func font(_ f: Font?) -> AnyView { AnyView() }
    public func onAppear(perform a: (@MainActor () -> Void)? = nil) -> AnyView { AnyView() }
    public func padding(_ e: Edge.Set, _ l: CGFloat? = nil) -> AnyView { AnyView() }
    public func padding(_ l: CGFloat) -> AnyView { AnyView() }
    public func padding() -> AnyView { AnyView() }
    public func frame(width: CGFloat? = nil, height: CGFloat? = nil, alignment: Alignment = .center)
        -> AnyView
    { AnyView() }
    public func frame(
        minWidth: CGFloat? = nil, idealWidth: CGFloat? = nil, maxWidth: CGFloat? = nil,
        minHeight: CGFloat? = nil, idealHeight: CGFloat? = nil, maxHeight: CGFloat? = nil,
        alignment: Alignment = .center
    ) -> AnyView { AnyView() }
    public func foregroundStyle<S: ShapeStyle>(_ s: S) -> AnyView { AnyView() }
    public func accessibilityAddTraits(_ t: AccessibilityTraits) -> AnyView { AnyView() }
    public func accessibilityLabel(_ s: some StringProtocol) -> AnyView { AnyView() }
    public func accessibilityHidden(_ b: Bool) -> AnyView { AnyView() }
    public func accessibilityElement(children: AccessibilityChildBehavior = .ignore) -> AnyView {
        AnyView()
    }
    public func accessibilityAction(
        _ k: AccessibilityActionKind, _ h: @escaping @MainActor () -> Void
    ) -> AnyView { AnyView() }
    public func overlay<V: View>(_ v: V, alignment: Alignment = .center) -> AnyView { AnyView() }
    public func overlay<V: View>(alignment: Alignment = .center, @ViewBuilder content: () -> V)
        -> AnyView
    { AnyView() }
    public func background<S: ShapeStyle>(_ s: S) -> AnyView { AnyView() }
    public func background<S: ShapeStyle, T: Shape>(_ s: S, in shape: T) -> AnyView { AnyView() }
    public func buttonStyle(_ s: ButtonStyleKind) -> AnyView { AnyView() }
    public func contentShape<S: Shape>(_ s: S) -> AnyView { AnyView() }
    public func clipShape<S: Shape>(_ s: S) -> AnyView { AnyView() }
    public func environment<V>(_ k: WritableKeyPath<EnvironmentValues, V>, _ v: V) -> AnyView {
        AnyView()
    }
    public func id<H: Hashable>(_ h: H) -> AnyView { AnyView() }
    public func task<T: Equatable>(id: T, _ a: @escaping @MainActor () async -> Void) -> AnyView {
        AnyView()
    }
    public func onChange<V: Equatable>(
        of: V, initial: Bool = false, _ a: @escaping @MainActor (V, V) -> Void
    ) -> AnyView { AnyView() }
    public func lineLimit(_ r: ClosedRange<Int>) -> AnyView { AnyView() }
    public func lineLimit(_ n: Int?) -> AnyView { AnyView() }
    public func disabled(_ b: Bool) -> AnyView { AnyView() }
    public func textSelection(_ t: TextSelectability) -> AnyView { AnyView() }
    public func textInputAutocapitalization(_ t: TextInputAutocapitalization?) -> AnyView {
        AnyView()
    }
    public func autocorrectionDisabled(_ b: Bool = true) -> AnyView { AnyView() }
    public func textFieldStyle(_ s: TextFieldStyleKind) -> AnyView { AnyView() }
    public func sheet<V: View>(isPresented: Binding<Bool>, @ViewBuilder content: @escaping () -> V)
        -> AnyView
    { AnyView() }
    public func shadow(radius: CGFloat, y: CGFloat = 0) -> AnyView { AnyView() }
    public func scrollDismissesKeyboard(_ m: ScrollDismissesKeyboardMode) -> AnyView { AnyView() }
    public func presentationDetents(_ d: Set<PresentationDetent>) -> AnyView { AnyView() }
    public func navigationTitle(_ s: some StringProtocol) -> AnyView { AnyView() }
    public func multilineTextAlignment(_ a: TextAlignment) -> AnyView { AnyView() }
    public func imageScale(_ s: Image.Scale) -> AnyView { AnyView() }
    public func fontWeight(_ w: Font.Weight?) -> AnyView { AnyView() }
    public func fixedSize() -> AnyView { AnyView() }
    public func dynamicTypeSize(_ s: DynamicTypeSize) -> AnyView { AnyView() }
    public func datePickerStyle(_ s: DatePickerStyleKind) -> AnyView { AnyView() }
    public func toolbar(@ViewBuilder content: () -> AnyView) -> AnyView { AnyView() }
    public func modifier<M: ViewModifier>(_ m: M) -> AnyView { AnyView() }
    public func widgetURL(_ url: URL?) -> AnyView { AnyView() }
    public func widgetAccentable(_ accentable: Bool = true) -> AnyView { AnyView() }
    public func containerBackground<S: ShapeStyle>(
        _ style: S, for placement: ContainerBackgroundPlacement
    ) -> AnyView { AnyView() }
    public func alert<T, A: View, M: View>(
        _ title: some StringProtocol, isPresented: Binding<Bool>, presenting: T?,
        @ViewBuilder actions: (T) -> A, @ViewBuilder message: (T) -> M
    ) -> AnyView { AnyView() }
}
