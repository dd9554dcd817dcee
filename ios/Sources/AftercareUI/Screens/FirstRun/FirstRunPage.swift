// Screen 1, the first run: one step at a time, as the core lays it out.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// A first-run step: the progress ("Step 2 of 6", also as a bar VoiceOver skips), the
    /// heading and what it is about, the "companion, not a doctor" notice on the welcome, then
    /// whatever the step asks (treatment, done or booked and when, zone, the clinic's contact)
    /// and its commands.
    struct FirstRunPage: View {
        let model: FirstRunScreen
        let onAction: ActionSink

        var body: some View {
            // Backing up or restoring draws only that flow, until it ends.
            if let flow = model.backupFlow {
                BackupFlowPanel(flow: flow, onAction: onAction)
            } else {
                form
            }
        }

        private var form: some View {
            // Groups of at most ten views each (a view builder's block).
            PageColumn {
                Group {
                    Text(model.progress).font(.subheadline).foregroundStyle(.secondary)
                    ProgressView(
                        value: Double(model.stepNumber), total: Double(max(model.stepCount, 1))
                    )
                    .accessibilityHidden(true)
                    PageHeading(text: model.heading)
                    Paragraphs(paragraphs: model.paragraphs)
                    if let disclaimer = model.disclaimer {
                        Callout(tone: .neutral, text: disclaimer)
                    }
                }
                Group {
                    ChoiceList(choices: model.protocols, onAction: onAction)
                    ChoiceList(choices: model.timings, onAction: onAction)
                    if let time = model.time {
                        DateTimeField(input: time, onAction: onAction)
                    }
                    ChoiceList(choices: model.zoneChoices, onAction: onAction)
                    if let zone = model.zone {
                        TextInputField(input: zone, onAction: onAction)
                    }
                    // Another zone is a place: the search, then what matches it ("Madrid (UTC+1)").
                    ChoiceList(choices: model.zoneMatches, onAction: onAction)
                }
                ForEach(model.clinic, id: \.field) { input in
                    TextInputField(input: input, onAction: onAction)
                }
                if let error = model.error {
                    FormError(text: error)
                }
                CommandColumn(commands: model.commands, onAction: onAction)
            }
        }
    }
#endif
