// Screen 10, a notice about the journal or the phone: what happened, what it means, what to do.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The notice in its tone: the heading, what it means, the commands, and the details for
    /// support (where a damaged journal was kept) on request, selectable so they can be copied,
    /// left to right since they are paths.
    struct NoticePage: View {
        let model: NoticeScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                ToneCard(tone: model.tone) {
                    PageHeading(text: model.heading)
                    Paragraphs(paragraphs: model.paragraphs)
                }
                CommandColumn(commands: model.commands, onAction: onAction)
                if !model.details.isEmpty {
                    // For support only: below what the patient needs, shown on request.
                    DisclosureGroup(model.detailsLabel ?? "") {
                        VStack(alignment: .leading, spacing: 4) {
                            ForEach(Array(model.details.enumerated()), id: \.offset) { entry in
                                Text(entry.element).font(.callout.monospaced())
                            }
                        }
                        .textSelection(.enabled)
                        .leftToRight()
                    }
                    .frame(minHeight: Metrics.target)
                }
            }
        }
    }
#endif
