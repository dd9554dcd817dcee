// How the glance looks in each widget family; tapping opens the line's (or the widget's) link.
#if canImport(WidgetKit)
    import AftercareGlance
    import Foundation
    import SwiftUI
    import WidgetKit

    /// One entry in the widget's family.
    struct GlanceView: View {
        let entry: GlanceWidgetEntry
        @Environment(\.widgetFamily) private var family
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            // The system's background, light or dark; the lock screen's accessories drop it.
            content
                .containerBackground(.background, for: .widget)
        }

        @ViewBuilder private var content: some View {
            switch entry.content {
            case .glance(let glance):
                GlanceBody(glance: glance, family: family, palette: palette)
                    .widgetURL(URL(string: glance.link))
                    .environment(\.locale, Locale(identifier: glance.locale))
            case .stale(let text, let link):
                Text(text)
                    .font(.footnote)
                    .widgetURL(URL(string: link))
            case .placeholder:
                // No file to read yet: the app's name only (no words but the core's).
                Text(verbatim: "Aftercare")
                    .font(.headline)
                    .widgetURL(URL(string: GlanceContent.placeholderLink))
            }
        }

        private var palette: TonePalette {
            scheme == .dark ? .dark : .light
        }
    }

    /// A glance in one family.
    struct GlanceBody: View {
        let glance: GlanceFile.Glance
        let family: WidgetFamily
        let palette: TonePalette

        var body: some View {
            switch family {
            case .accessoryInline:
                // One line: the call to action, else what comes next, else the headline.
                Text(glance.attention?.label ?? glance.lines.first?.text ?? glance.headline)
                    .accessibilityLabel(glance.accessibilityLabel)
            case .accessoryRectangular:
                VStack(alignment: .leading, spacing: 2) {
                    if let attention = glance.attention {
                        Text(attention.label).font(.headline).widgetAccentable()
                    }
                    if glance.attention?.takesOver != true {
                        Text(glance.headline).font(.headline).lineLimit(1)
                        ForEach(glance.lines.prefix(2), id: \.self) { line in
                            Text(line.text).font(.caption).lineLimit(1)
                        }
                    }
                }
                .accessibilityElement(children: .ignore)
                .accessibilityLabel(glance.accessibilityLabel)
            case .systemSmall:
                VStack(alignment: .leading, spacing: 6) {
                    attentionCard
                    if glance.attention?.takesOver != true {
                        Text(glance.headline).font(.headline).lineLimit(2)
                        if let line = glance.lines.first {
                            Text(line.text).font(.footnote).lineLimit(3)
                        }
                    }
                    Spacer(minLength: 0)
                }
                .frame(maxWidth: .infinity, alignment: .leading)
                .accessibilityElement(children: .ignore)
                .accessibilityLabel(glance.accessibilityLabel)
            default:
                // Medium: each line opens its own screen.
                VStack(alignment: .leading, spacing: 6) {
                    attentionCard
                    if glance.attention?.takesOver != true {
                        Text(glance.headline).font(.headline).lineLimit(1)
                        ForEach(glance.lines, id: \.self) { line in
                            if let url = URL(string: line.link) {
                                Link(destination: url) {
                                    Text(line.text).font(.footnote).lineLimit(1)
                                }
                            }
                        }
                    }
                    Spacer(minLength: 0)
                }
                .frame(maxWidth: .infinity, alignment: .leading)
            }
        }

        /// The verdict in its tone, with its words (never the colour alone).
        @ViewBuilder private var attentionCard: some View {
            if let attention = glance.attention {
                let colors = palette[attention.tone]
                Text(attention.label)
                    .font(attention.takesOver ? .headline : .footnote)
                    .lineLimit(attention.takesOver ? 4 : 2)
                    .foregroundStyle(colors.onContainer.color)
                    .padding(6)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .background(colors.container.color)
                    .clipShape(RoundedRectangle(cornerRadius: 8))
            }
        }
    }

    extension RGB {
        /// The colour for SwiftUI.
        fileprivate var color: Color {
            Color(.sRGB, red: red, green: green, blue: blue, opacity: 1)
        }
    }
#endif
