// The frame every screen is drawn in: top bar with up, the page, the navigation bar, the
// message, the confirmation.
#if canImport(SwiftUI)
    import AftercareCore
    import AftercareShell
    import SwiftUI

    /// The app's root view: the store's screen in its frame (nothing for the frame or two
    /// while the journal opens, or while it waits for the phone's unlock). VoiceOver's escape
    /// gesture is the core's back.
    public struct AftercareRootView: View {
        private let store: AppStore

        /// The root view over `store`.
        public init(store: AppStore) {
            self.store = store
        }

        public var body: some View {
            Group {
                if let screen = store.screen {
                    ScreenFrame(
                        screen: screen,
                        message: store.message,
                        onAction: store.send,
                        onMessageShown: store.messageShown(id:)
                    )
                } else {
                    Color.clear
                }
            }
            .accessibilityAction(.escape) {
                _ = store.back()
            }
        }
    }

    /// One screen of the core's route stack, drawn as the core built it: the title and `up` in
    /// the top bar, the page for the body, the navigation bar on the main places, the message
    /// (shown once) and the pending confirmation. System controls use the app's language.
    struct ScreenFrame: View {
        let screen: Screen
        let message: ShownMessage?
        let onAction: ActionSink
        let onMessageShown: @MainActor (Int) -> Void

        var body: some View {
            VStack(spacing: 0) {
                TopBar(title: screen.title, up: screen.up, onAction: onAction)
                ScreenBodyView(content: screen.body, onAction: onAction)
                    .frame(maxHeight: .infinity, alignment: .top)
                if !screen.navigation.isEmpty {
                    NavBar(items: screen.navigation, onAction: onAction)
                }
            }
            .overlay(alignment: .bottom) {
                if let message {
                    MessageToast(shown: message, onAction: onAction, onShown: onMessageShown)
                        .padding(.horizontal, 16)
                        .padding(.bottom, screen.navigation.isEmpty ? 16 : 96)
                        .id(message.id)
                }
            }
            .confirmation(screen.dialog, onAction: onAction)
            .environment(\.locale, screen.locale.foundation)
        }
    }

    /// The top bar: the up button (saying where it leads, "Back to Today") and the title, which
    /// wraps at large text sizes instead of being cut.
    struct TopBar: View {
        let title: String
        let up: Command?
        let onAction: ActionSink

        var body: some View {
            HStack(spacing: 4) {
                if let up {
                    Button {
                        onAction(up.action)
                    } label: {
                        Image(systemName: "chevron.backward")
                            .font(.title3.weight(.semibold))
                            .frame(width: Metrics.target, height: Metrics.target)
                            .contentShape(Rectangle())
                    }
                    .disabled(!up.enabled)
                    .accessibilityLabel(up.accessibilityLabel)
                } else {
                    Spacer().frame(width: 12)
                }
                Text(title)
                    .font(.title3.weight(.semibold))
                    .accessibilityAddTraits(.isHeader)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .padding(.trailing, 12)
            }
            .frame(minHeight: 56)
            .background(.bar)
        }
    }

    /// The navigation bar of the main places, from the core's items. Each place says the core's
    /// label ("Today, current screen"); the current one is bold with an indicator, not a colour
    /// change alone. When the labels do not fit at the patient's text size, only the current
    /// place keeps its label (shrinking every label would undo the size the patient chose).
    struct NavBar: View {
        let items: [NavItem]
        let onAction: ActionSink

        var body: some View {
            ViewThatFits(in: .horizontal) {
                bar(labels: true)
                bar(labels: false)
            }
            .background(.bar)
        }

        private func bar(labels: Bool) -> some View {
            HStack(spacing: 0) {
                ForEach(Array(items.enumerated()), id: \.offset) { entry in
                    place(entry.element, label: labels || entry.element.selected)
                }
            }
        }

        private func place(_ item: NavItem, label: Bool) -> some View {
            Button {
                onAction(item.action)
            } label: {
                VStack(spacing: 4) {
                    Image(systemName: symbol(for: item.destination))
                        .font(.title3)
                        .padding(.horizontal, 12)
                        .padding(.vertical, 4)
                        .background(
                            item.selected ? Color.accentColor.opacity(0.18) : Color.clear,
                            in: Capsule())
                    if label {
                        Text(item.label)
                            .font(.caption.weight(item.selected ? .bold : .medium))
                            .lineLimit(1)
                            .fixedSize()
                    }
                }
                .foregroundStyle(item.selected ? Color.primary : Color.secondary)
                .frame(maxWidth: .infinity, minHeight: 56)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(item.accessibilityLabel)
            .accessibilityAddTraits(item.selected ? [.isButton, .isSelected] : .isButton)
        }

        private func symbol(for destination: Destination) -> String {
            switch destination {
            case .today: return "sun.max"
            case .log: return "square.and.pencil"
            case .timeline: return "calendar.day.timeline.leading"
            case .history: return "clock.arrow.circlepath"
            case .sessions: return "calendar"
            case .report: return "doc.text"
            case .settings: return "gearshape"
            }
        }
    }

    /// The core's message, shown once at the bottom (a snackbar): said by VoiceOver, with its
    /// command ("Undo") as a button; it stays longer when it has one, then reports itself shown.
    struct MessageToast: View {
        let shown: ShownMessage
        let onAction: ActionSink
        let onShown: @MainActor (Int) -> Void
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            let tone = ToneStyle(shown.message.tone, scheme)
            HStack(spacing: 12) {
                Text(shown.message.text)
                    .frame(maxWidth: .infinity, alignment: .leading)
                if let command = shown.message.command {
                    CommandButton(command: command, fill: false) { action in
                        onAction(action)
                        onShown(shown.id)
                    }
                }
            }
            .padding(12)
            .foregroundStyle(tone.onContainer)
            .background(tone.container, in: RoundedRectangle(cornerRadius: 12, style: .continuous))
            .overlay(
                RoundedRectangle(cornerRadius: 12, style: .continuous).strokeBorder(tone.accent)
            )
            .shadow(radius: 4, y: 2)
            .task(id: shown.id) {
                AccessibilityNotification.Announcement(shown.message.text).post()
                let seconds: UInt64 = shown.message.command == nil ? 4 : 10
                try? await Task.sleep(nanoseconds: seconds * 1_000_000_000)
                if !Task.isCancelled {
                    onShown(shown.id)
                }
            }
        }
    }

    extension View {
        /// The core's pending confirmation as an alert (see `ConfirmationAlert`).
        func confirmation(_ dialog: Confirmation?, onAction: @escaping ActionSink) -> some View {
            modifier(ConfirmationAlert(dialog: dialog, onAction: onAction))
        }
    }

    /// The core's pending confirmation as an alert: its question, what will happen, and its two
    /// commands (a destructive confirm in red). An alert closes only through them; it is shown
    /// while the core's screen has the dialog, and not again between a press and the answer.
    struct ConfirmationAlert: ViewModifier {
        let dialog: Confirmation?
        let onAction: ActionSink
        @State private var presented = false

        func body(content: Content) -> some View {
            content
                .onChange(of: dialog, initial: true) { _, next in
                    presented = next != nil
                }
                .alert(dialog?.title ?? "", isPresented: $presented, presenting: dialog) { dialog in
                    Button(
                        dialog.confirm.label,
                        role: dialog.confirm.style == .destructive ? .destructive : nil
                    ) {
                        onAction(dialog.confirm.action)
                    }
                    .accessibilityLabel(dialog.confirm.accessibilityLabel)
                    Button(dialog.cancel.label, role: .cancel) {
                        onAction(dialog.cancel.action)
                    }
                    .accessibilityLabel(dialog.cancel.accessibilityLabel)
                } message: { dialog in
                    Text(dialog.body)
                }
        }
    }
#endif
