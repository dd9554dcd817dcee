// The core's choices: radio rows (treatments, periods, formats, languages) and chips that wrap.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// One row per choice, the whole row the target (at least 44 pt): a radio mark, the label
    /// and its second line. VoiceOver says the label and "selected".
    struct ChoiceList: View {
        let choices: [Choice]
        let onAction: ActionSink

        var body: some View {
            VStack(spacing: 0) {
                ForEach(Array(choices.enumerated()), id: \.offset) { entry in
                    row(entry.element)
                }
            }
        }

        private func row(_ choice: Choice) -> some View {
            Button {
                onAction(choice.action)
            } label: {
                HStack(spacing: 12) {
                    Image(systemName: choice.selected ? "largecircle.fill.circle" : "circle")
                        .imageScale(.large)
                        .foregroundStyle(choice.selected ? Color.accentColor : .secondary)
                        .accessibilityHidden(true)
                    VStack(alignment: .leading, spacing: 2) {
                        Text(choice.label).foregroundStyle(.primary)
                        if let detail = choice.detail {
                            Text(detail).font(.subheadline).foregroundStyle(.secondary)
                        }
                    }
                    Spacer(minLength: 0)
                }
                .frame(minHeight: Metrics.target)
                .padding(.vertical, 4)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityElement(children: .combine)
            .accessibilityAddTraits(choice.selected ? [.isButton, .isSelected] : .isButton)
        }
    }

    /// Chips in rows that wrap, each at least 44 pt tall. The chosen one is filled, outlined
    /// more strongly and carries a check mark, so the choice never rests on colour.
    struct ChoiceChips: View {
        let choices: [Choice]
        let onAction: ActionSink

        var body: some View {
            FlowLayout(spacing: 8) {
                ForEach(Array(choices.enumerated()), id: \.offset) { entry in
                    chip(entry.element)
                }
            }
        }

        private func chip(_ choice: Choice) -> some View {
            Button {
                onAction(choice.action)
            } label: {
                HStack(spacing: 6) {
                    if choice.selected {
                        Image(systemName: "checkmark").accessibilityHidden(true)
                    }
                    Text(choice.label)
                }
                .font(.subheadline.weight(choice.selected ? .semibold : .regular))
                .padding(.horizontal, 14)
                .frame(minHeight: Metrics.target)
                .background(
                    choice.selected ? Color.accentColor.opacity(0.18) : Color.clear,
                    in: RoundedRectangle(cornerRadius: 12, style: .continuous)
                )
                .overlay(
                    RoundedRectangle(cornerRadius: 12, style: .continuous)
                        .strokeBorder(
                            choice.selected ? Color.accentColor : Color.secondary,
                            lineWidth: choice.selected ? 2 : 1)
                )
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(choice.selected ? [.isButton, .isSelected] : .isButton)
        }
    }

    /// A switch row: pressing anywhere flips it in the core; VoiceOver hears the core's
    /// accessibility label, "switch", and on or off.
    struct ToggleRow: View {
        let toggle: ToggleInput
        let onAction: ActionSink

        var body: some View {
            Toggle(
                isOn: Binding(
                    get: { toggle.on },
                    set: { wanted in
                        if wanted != toggle.on {
                            onAction(toggle.action)
                        }
                    })
            ) {
                VStack(alignment: .leading, spacing: 2) {
                    Text(toggle.label)
                    if let detail = toggle.detail {
                        Text(detail).font(.subheadline).foregroundStyle(.secondary)
                    }
                }
            }
            .frame(minHeight: Metrics.target)
            .accessibilityLabel(toggle.accessibilityLabel)
        }
    }
#endif
