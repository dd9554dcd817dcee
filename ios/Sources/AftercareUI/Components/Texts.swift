// Running text from the core: headings, paragraphs, small print, errors.
#if canImport(SwiftUI)
    import SwiftUI

    /// A screen's main heading.
    struct PageHeading: View {
        let text: String

        var body: some View {
            Text(text)
                .font(.title2.weight(.semibold))
                .accessibilityAddTraits(.isHeader)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
    }

    /// A screen's heading with the line under it, if any (Today's treatment, the log's session).
    struct PageTitle: View {
        let heading: String
        let subtitle: String?

        var body: some View {
            VStack(alignment: .leading, spacing: 4) {
                PageHeading(text: heading)
                if let subtitle {
                    Subtitle(text: subtitle)
                }
            }
        }
    }

    /// A section's heading.
    struct SectionHeading: View {
        let text: String

        var body: some View {
            Text(text)
                .font(.headline)
                .accessibilityAddTraits(.isHeader)
                .frame(maxWidth: .infinity, alignment: .leading)
                .padding(.top, 8)
        }
    }

    /// A line under a heading ("Microneedling, session 2").
    struct Subtitle: View {
        let text: String

        var body: some View {
            Text(text)
                .font(.title3)
                .foregroundStyle(.secondary)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
    }

    /// Paragraphs one under the other.
    struct Paragraphs: View {
        let paragraphs: [String]

        var body: some View {
            VStack(alignment: .leading, spacing: 8) {
                ForEach(Array(paragraphs.enumerated()), id: \.offset) { entry in
                    Text(entry.element).font(.body)
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }

    /// Small print at the end of a screen (the provider-comes-first notice).
    struct SmallPrint: View {
        let text: String

        var body: some View {
            Text(text)
                .font(.footnote)
                .foregroundStyle(.secondary)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
    }

    /// A field's error under it, in the error colour and in words.
    struct ErrorLine: View {
        let text: String

        var body: some View {
            Label {
                Text(text)
            } icon: {
                Image(systemName: "exclamationmark.circle").accessibilityHidden(true)
            }
            .font(.subheadline)
            .foregroundStyle(.red)
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }

    /// Why a form was refused, in one line, in a box with an edge mark (not colour alone);
    /// VoiceOver says it as soon as it appears.
    struct FormError: View {
        let text: String

        var body: some View {
            HStack(spacing: 12) {
                Rectangle().fill(.red).frame(width: 6).accessibilityHidden(true)
                Text(text).font(.body).padding(.vertical, 12)
                Spacer(minLength: 0)
            }
            .background(.red.opacity(0.12), in: RoundedRectangle(cornerRadius: 8))
            .clipShape(RoundedRectangle(cornerRadius: 8))
            .accessibilityElement(children: .combine)
            .onAppear {
                AccessibilityNotification.Announcement(text).post()
            }
        }
    }
#endif
