// Screen 7, history: a session's entries by day, newest first, with edit and delete.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The session picker, the report command, then a heading per day and its entries
    /// (severity in words and as a coloured edge, notes, "Edit" / "Delete"), and "Show earlier
    /// entries". A page holds up to a hundred lines, so the list is lazy.
    struct HistoryPage: View {
        let model: HistoryScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn(lazy: true) {
                if !model.sessions.isEmpty {
                    ChoiceChips(choices: model.sessions, onAction: onAction)
                }
                if let empty = model.empty {
                    EmptyMessageCard(empty: empty, onAction: onAction)
                } else {
                    CommandButton(command: model.report, onAction: onAction)
                }
                ForEach(Array(model.days.enumerated()), id: \.offset) { day in
                    SectionHeading(text: day.element.title)
                    ForEach(Array(day.element.items.enumerated()), id: \.offset) { entry in
                        ItemRow(item: entry.element, onAction: onAction)
                    }
                }
                if let earlier = model.showEarlier {
                    CommandButton(command: earlier, onAction: onAction)
                }
            }
        }
    }
#endif
