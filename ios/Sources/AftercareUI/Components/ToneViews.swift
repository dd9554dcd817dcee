// Cards and badges in a tone: the verdict, notices, banners, the "not a doctor" callout.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// `label` (the core's words for a level) in `tone`'s colours; `inverted` inside a card of
    /// the same tone.
    struct ToneBadge: View {
        let tone: Tone
        let label: String
        var inverted = false
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            let style = ToneStyle(tone, scheme)
            Text(label)
                .font(.subheadline.weight(.semibold))
                .padding(.horizontal, 12)
                .padding(.vertical, 6)
                .foregroundStyle(inverted ? style.container : style.onContainer)
                .background(inverted ? style.accent : style.container, in: Capsule())
        }
    }

    /// A card in a tone: its container colour, its text colour, its accent as the border.
    struct ToneCard<Content: View>: View {
        let tone: Tone
        var border: CGFloat = 1
        @ViewBuilder let content: Content
        @Environment(\.colorScheme) private var scheme

        var body: some View {
            let style = ToneStyle(tone, scheme)
            VStack(alignment: .leading, spacing: 8) {
                content
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(16)
            .foregroundStyle(style.onContainer)
            .background(
                style.container,
                in: RoundedRectangle(cornerRadius: Metrics.corner, style: .continuous)
            )
            .overlay(
                RoundedRectangle(cornerRadius: Metrics.corner, style: .continuous)
                    .strokeBorder(style.accent, lineWidth: border)
            )
        }
    }

    /// What the log says: the one label (a heading VoiceOver can jump to, saying the core's
    /// whole accessibility label once: the label, why, what to do), the reason in a few words
    /// ("Swelling 4/10 this morning"), the advice and the check-in line; then the commands,
    /// "Call your clinic" first when contact is needed. A verdict that calls for contact gets a
    /// heavier border; nothing logged yet comes in the neutral tone the core gives it.
    struct VerdictCard: View {
        let verdict: Verdict
        let onAction: ActionSink

        var body: some View {
            ToneCard(tone: verdict.tone, border: verdict.callsForContact ? 3 : 1) {
                VStack(alignment: .leading, spacing: 8) {
                    // One label, then what adds to it: never the same words twice.
                    Text(verdict.levelLabel).font(.title3.weight(.semibold))
                    Text(verdict.headline)
                    Text(verdict.advice).font(.subheadline)
                    if let checkIn = verdict.checkIn {
                        Text(checkIn).font(.subheadline)
                    }
                }
                .accessibilityElement(children: .ignore)
                .accessibilityLabel(verdict.accessibilityLabel)
                .accessibilityAddTraits(.isHeader)
                CommandColumn(commands: verdict.commands, onAction: onAction).padding(.top, 4)
            }
        }
    }

    /// A strip about the app itself (notifications off, the zone changed), with its command.
    struct BannerStrip: View {
        let banner: Banner
        let onAction: ActionSink

        var body: some View {
            ToneCard(tone: banner.tone) {
                Text(banner.text).font(.subheadline)
                if let command = banner.command {
                    CommandButton(command: command, fill: false, onAction: onAction)
                }
            }
        }
    }

    /// A sentence to keep in mind (the "companion, not a doctor" notice) in a card.
    struct Callout: View {
        let tone: Tone
        let text: String

        var body: some View {
            ToneCard(tone: tone) {
                Text(text)
            }
        }
    }
#endif
