// The backup and restore flow as the core lays it out, drawn in place of a screen's content.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The flow's step: heading and plain words, the two ways to lock a backup, the recovery
    /// code's six groups large in a fixed-width font (VoiceOver reads the core's label, one
    /// character at a time), the passphrase or code inputs, why the last try did not work, and
    /// the commands (the last one leaves the flow). Nothing here keeps the code or the
    /// passphrase: they live in the core's memory while the flow is open.
    struct BackupFlowPanel: View {
        let flow: BackupFlow
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                PageHeading(text: flow.heading)
                Paragraphs(paragraphs: flow.paragraphs)
                ChoiceList(choices: flow.choices, onAction: onAction)
                if !flow.code.isEmpty {
                    FlowLayout(spacing: 16) {
                        ForEach(Array(flow.code.enumerated()), id: \.offset) { entry in
                            Text(entry.element).font(.title2.monospaced()).fontWeight(.semibold)
                        }
                    }
                    .leftToRight()
                    .accessibilityElement(children: .ignore)
                    .accessibilityLabel(
                        flow.codeAccessibilityLabel ?? flow.code.joined(separator: " "))
                }
                ForEach(flow.inputs, id: \.field) { input in
                    TextInputField(input: input, onAction: onAction)
                }
                if let error = flow.error {
                    FormError(text: error)
                }
                CommandColumn(commands: flow.commands, onAction: onAction)
            }
        }
    }
#endif
