// The core's commands as buttons: the style decides the look, the model everything else.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// A button for `command`: primary prominent, secondary bordered, destructive in red (the
    /// core always confirms before deleting), quiet borderless. At least 44 pt both ways and
    /// taller when a large text size wraps the label. VoiceOver says the command's
    /// accessibility label ("Delete: Redness, 10:00"), fuller than the visible one.
    struct CommandButton: View {
        let command: Command
        var fill = true
        let onAction: ActionSink

        var body: some View {
            styled(
                Button(role: command.style == .destructive ? .destructive : nil) {
                    onAction(command.action)
                } label: {
                    Text(command.label)
                        .multilineTextAlignment(.center)
                        .frame(maxWidth: fill ? .infinity : nil, minHeight: Metrics.target)
                }
            )
            .disabled(!command.enabled)
            .accessibilityLabel(command.accessibilityLabel)
        }

        @ViewBuilder
        private func styled(_ button: some View) -> some View {
            switch command.style {
            case .primary:
                button.buttonStyle(.borderedProminent)
            case .secondary, .destructive:
                button.buttonStyle(.bordered)
            case .quiet:
                button.buttonStyle(.borderless).frame(minWidth: Metrics.target)
            }
        }
    }

    /// A screen's commands one under the other at full width, in the core's order.
    struct CommandColumn: View {
        let commands: [Command]
        let onAction: ActionSink

        var body: some View {
            VStack(spacing: 8) {
                ForEach(Array(commands.enumerated()), id: \.offset) { entry in
                    CommandButton(command: entry.element, onAction: onAction)
                }
            }
        }
    }

    /// A line's own commands (edit, delete, done), side by side while they fit.
    struct CommandFlow: View {
        let commands: [Command]
        let onAction: ActionSink

        var body: some View {
            FlowLayout(spacing: 8) {
                ForEach(Array(commands.enumerated()), id: \.offset) { entry in
                    CommandButton(command: entry.element, fill: false, onAction: onAction)
                }
            }
        }
    }
#endif
