// Screen 6, sessions and the series: booked and done sessions, book, add, mark done, delete.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The sessions. An open form (book, add a past one, mark a booked one done) takes the
    /// whole page, as a sheet would, and back closes it; otherwise the commands, booked and
    /// done sessions with their own commands, the series and the empty state.
    struct SessionsPage: View {
        let model: SessionsScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                if let form = model.form {
                    PageHeading(text: form.heading)
                    ChoiceList(choices: form.protocols, onAction: onAction)
                    if let error = form.protocolError {
                        ErrorLine(text: error)
                    }
                    DateTimeField(input: form.time, onAction: onAction)
                    CommandButton(command: form.save, onAction: onAction)
                    CommandButton(command: form.cancel, onAction: onAction)
                } else {
                    if let empty = model.empty {
                        EmptyMessageCard(empty: empty, onAction: onAction)
                    } else {
                        CommandColumn(commands: model.commands, onAction: onAction)
                    }
                    if !model.booked.items.isEmpty || model.booked.empty != nil {
                        SectionList(section: model.booked, onAction: onAction)
                    }
                    if !model.done.items.isEmpty || model.done.empty != nil {
                        SectionList(section: model.done, onAction: onAction)
                    }
                    if !model.series.isEmpty {
                        SectionHeading(text: model.seriesHeading)
                        ForEach(Array(model.series.enumerated()), id: \.offset) { entry in
                            Text(entry.element)
                        }
                    }
                }
            }
        }
    }
#endif
