// How strong a symptom is: eleven values 0–10, the chosen one in words, the scale's anchors.
#if canImport(SwiftUI)
    import AftercareCore
    import AftercareShell
    import SwiftUI

    /// The severity of one symptom. Each value is a 44 pt square outlined in its band's
    /// colour; the chosen one is filled with a heavy border and a bold number, and the core's
    /// words for it ("7 of 10: severe") stand above, so nothing rests on colour. VoiceOver says
    /// each value in words, with "selected".
    struct SeverityPicker: View {
        let input: SeverityInput
        let onAction: ActionSink
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            VStack(alignment: .leading, spacing: 8) {
                Text(input.label).font(.headline).accessibilityAddTraits(.isHeader)
                if let words = input.valueLabel {
                    Text(words).font(.body.weight(.semibold))
                }
                FlowLayout(spacing: 6) {
                    ForEach(Array(input.options.enumerated()), id: \.offset) { entry in
                        value(entry.element)
                    }
                }
                HStack(alignment: .top) {
                    ForEach(Array(input.anchors.enumerated()), id: \.offset) { entry in
                        if entry.offset > 0 {
                            Spacer(minLength: 8)
                        }
                        VStack(alignment: .leading, spacing: 0) {
                            Text(verbatim: String(entry.element.value)).font(
                                .caption.weight(.semibold))
                            Text(entry.element.label).font(.caption).foregroundStyle(.secondary)
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
                if let error = input.error {
                    ErrorLine(text: error)
                }
            }
        }

        private func value(_ option: SeverityOption) -> some View {
            let tone = ToneStyle(option.band.tone, scheme)
            return Button {
                onAction(option.action)
            } label: {
                Text(verbatim: String(option.value))
                    .font(.title3.weight(option.selected ? .black : .regular))
                    .frame(minWidth: Metrics.target, minHeight: Metrics.target)
                    .foregroundStyle(option.selected ? tone.onContainer : Color.primary)
                    .background(
                        option.selected ? tone.container : Color.clear,
                        in: RoundedRectangle(cornerRadius: 10, style: .continuous)
                    )
                    .overlay(
                        RoundedRectangle(cornerRadius: 10, style: .continuous)
                            .strokeBorder(
                                option.selected ? tone.onContainer : tone.accent,
                                lineWidth: option.selected ? 3 : 1)
                    )
                    .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityLabel(option.accessibilityLabel)
            .accessibilityAddTraits(option.selected ? [.isButton, .isSelected] : .isButton)
        }
    }
#endif
