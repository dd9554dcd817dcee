// Screen 4, what the log says: the level and what to do, the findings behind it, the episodes.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The verdict with its call to action first; then "Why": each finding in its tone with
    /// its level and status in words, since when, the entries behind it and "I contacted my
    /// provider about this"; entries not assessed; the red flags so far; log again; the notice.
    struct TriagePage: View {
        let model: TriageScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                if let verdict = model.verdict {
                    VerdictCard(verdict: verdict, onAction: onAction)
                }
                if let empty = model.empty {
                    EmptyMessageCard(empty: empty, onAction: onAction)
                }
                if !model.reasons.isEmpty {
                    SectionHeading(text: model.reasonsHeading)
                    ForEach(Array(model.reasons.enumerated()), id: \.offset) { entry in
                        ReasonBlock(reason: entry.element, onAction: onAction)
                    }
                }
                if let notAssessed = model.notAssessed {
                    Text(notAssessed).font(.subheadline).foregroundStyle(.secondary)
                }
                if !model.episodes.items.isEmpty || model.episodes.empty != nil {
                    SectionList(section: model.episodes, onAction: onAction)
                }
                CommandButton(command: model.logAgain, onAction: onAction)
                SmallPrint(text: model.disclaimer)
            }
        }
    }

    /// One finding: a heading VoiceOver reads as the core's sentence, its entries, its command.
    private struct ReasonBlock: View {
        let reason: ReasonCard
        let onAction: ActionSink
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            VStack(alignment: .leading, spacing: 8) {
                VStack(alignment: .leading, spacing: 6) {
                    FlowLayout(spacing: 8) {
                        ToneBadge(tone: reason.tone, label: reason.levelLabel)
                        Text(reason.statusLabel).font(.subheadline.weight(.medium)).padding(
                            .vertical, 6)
                    }
                    Text(reason.title).font(.headline)
                    if let detail = reason.detail {
                        Text(detail).font(.subheadline)
                    }
                    Text(reason.since).font(.subheadline).foregroundStyle(.secondary)
                }
                .accessibilityElement(children: .ignore)
                .accessibilityLabel(reason.accessibilityLabel)
                .accessibilityAddTraits(.isHeader)
                ForEach(Array(reason.entries.enumerated()), id: \.offset) { entry in
                    ItemRow(item: entry.element, onAction: onAction)
                }
                if let contacted = reason.contacted {
                    CommandButton(command: contacted, onAction: onAction)
                }
            }
            .padding(16)
            .overlay(
                RoundedRectangle(cornerRadius: Metrics.corner, style: .continuous)
                    .strokeBorder(ToneStyle(reason.tone, scheme).accent, lineWidth: 2)
            )
        }
    }
#endif
