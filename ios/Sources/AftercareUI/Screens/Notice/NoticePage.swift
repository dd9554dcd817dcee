// Screen 10, a notice about the journal or the phone: what happened, what it means, what to do.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The notice in its tone: the heading, what it means, the details to keep (where a
    /// damaged journal was moved, selectable so it can be copied for support, left to right
    /// since they are paths) and the commands.
    struct NoticePage: View {
        let model: NoticeScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                ToneCard(tone: model.tone) {
                    PageHeading(text: model.heading)
                    Paragraphs(paragraphs: model.paragraphs)
                }
                if !model.details.isEmpty {
                    if let label = model.detailsLabel {
                        SectionHeading(text: label)
                    }
                    VStack(alignment: .leading, spacing: 4) {
                        ForEach(Array(model.details.enumerated()), id: \.offset) { entry in
                            Text(entry.element).font(.callout.monospaced())
                        }
                    }
                    .textSelection(.enabled)
                    .leftToRight()
                }
                CommandColumn(commands: model.commands, onAction: onAction)
            }
        }
    }
#endif
