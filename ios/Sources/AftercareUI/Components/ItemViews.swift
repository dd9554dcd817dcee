// Lines and lists from the core's Item and ListSection; the empty state.
#if canImport(SwiftUI)
    import AftercareCore
    import AftercareShell
    import SwiftUI

    /// An `Item`. The line is one element for VoiceOver, saying the core's accessibility label
    /// (a button when the item has an action); its commands follow as buttons of their own. A
    /// tone or severity band shows as a coloured edge and, for a tone, its words in a badge.
    /// The trailing value ("3 h left") sits at the end of the title's line while both fit and
    /// moves under it when they do not.
    struct ItemRow: View {
        let item: Item
        let onAction: ActionSink
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            VStack(alignment: .leading, spacing: 4) {
                if let action = item.action {
                    Button {
                        onAction(action)
                    } label: {
                        line.contentShape(Rectangle())
                    }
                    .buttonStyle(.plain)
                    .accessibilityElement(children: .ignore)
                    .accessibilityLabel(item.accessibilityLabel)
                    .accessibilityAddTraits(.isButton)
                } else {
                    line
                        .accessibilityElement(children: .ignore)
                        .accessibilityLabel(item.accessibilityLabel)
                }
                if !item.commands.isEmpty {
                    CommandFlow(commands: item.commands, onAction: onAction)
                        .padding(.leading, edge == .neutral ? 0 : 16)
                }
            }
        }

        private var edge: Tone {
            item.band?.tone ?? item.tone
        }

        private var line: some View {
            HStack(spacing: 12) {
                if edge != .neutral {
                    RoundedRectangle(cornerRadius: 2)
                        .fill(ToneStyle(edge, scheme).accent)
                        .frame(width: 4)
                }
                VStack(alignment: .leading, spacing: 2) {
                    ViewThatFits(in: .horizontal) {
                        HStack(alignment: .firstTextBaseline) {
                            Text(item.title)
                            Spacer(minLength: 12)
                            trailing
                        }
                        VStack(alignment: .leading, spacing: 2) {
                            Text(item.title)
                            trailing
                        }
                    }
                    if let detail = item.detail {
                        Text(detail).font(.subheadline).foregroundStyle(.secondary)
                    }
                    if let words = item.toneLabel {
                        ToneBadge(tone: item.tone, label: words).padding(.top, 4)
                    }
                }
            }
            .frame(maxWidth: .infinity, minHeight: Metrics.target, alignment: .leading)
            .padding(.vertical, 6)
        }

        @ViewBuilder
        private var trailing: some View {
            if let value = item.trailing {
                Text(value).font(.subheadline.weight(.medium)).foregroundStyle(.secondary)
            }
        }
    }

    /// A titled list: the title as a heading, then its lines, or the core's empty line.
    struct SectionList: View {
        let section: ListSection
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 4) {
                SectionHeading(text: section.title)
                if section.items.isEmpty {
                    if let empty = section.empty {
                        Text(empty).font(.subheadline).foregroundStyle(.secondary)
                    }
                } else {
                    ForEach(Array(section.items.enumerated()), id: \.offset) { entry in
                        ItemRow(item: entry.element, onAction: onAction)
                        if entry.offset < section.items.count - 1 {
                            Divider()
                        }
                    }
                }
            }
        }
    }

    /// An item on its own in an outlined card (the phase, the next session).
    struct OutlinedItem: View {
        let item: Item
        let onAction: ActionSink

        var body: some View {
            ItemRow(item: item, onAction: onAction)
                .padding(.horizontal, 12)
                .padding(.vertical, 4)
                .overlay(
                    RoundedRectangle(cornerRadius: 12, style: .continuous)
                        .strokeBorder(Color.secondary.opacity(0.5), lineWidth: 1)
                )
        }
    }

    /// The empty state: what is missing (a heading), what to do, and the commands to do it.
    struct EmptyMessageCard: View {
        let empty: EmptyMessage
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 12) {
                Text(empty.heading).font(.title3.weight(.semibold)).accessibilityAddTraits(
                    .isHeader)
                Text(empty.text).foregroundStyle(.secondary)
                CommandColumn(commands: empty.commands, onAction: onAction).padding(.top, 8)
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(.vertical, 24)
        }
    }
#endif
