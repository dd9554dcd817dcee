// The core's semantic tones as colours for the current appearance, and the layout's measures.
#if canImport(SwiftUI)
    import AftercareCore
    import AftercareShell
    import SwiftUI

    /// What every view can call with a press, a choice or an edit: the store's `send`.
    public typealias ActionSink = @MainActor (AppAction) -> Void

    /// The layout's measures.
    enum Metrics {
        /// Apple's minimum touch target.
        static let target: CGFloat = 44
        /// Between blocks of a page.
        static let block: CGFloat = 16
        /// A card's corner.
        static let corner: CGFloat = 16
    }

    extension Color {
        /// An sRGB colour from the shell's palette.
        init(_ rgb: RGB) {
            self.init(.sRGB, red: rgb.red, green: rgb.green, blue: rgb.blue, opacity: 1)
        }
    }

    /// A tone's colours in SwiftUI (made while drawing, on the main actor).
    @MainActor
    struct ToneStyle {
        /// Behind a card or badge.
        let container: Color
        /// Text on the container.
        let onContainer: Color
        /// A border or mark on the screen's background.
        let accent: Color

        /// The colours of `tone` in `scheme` (the palette the tests check for AA contrast).
        init(_ tone: Tone, _ scheme: ColorScheme) {
            let colors = (scheme == .dark ? TonePalette.dark : TonePalette.light)[tone]
            container = Color(colors.container)
            onContainer = Color(colors.onContainer)
            accent = Color(colors.accent)
        }
    }

    extension AftercareCore.Locale {
        /// The app's language for the system's own controls (date pickers, alerts).
        var foundation: Foundation.Locale {
            switch self {
            case .en: return Foundation.Locale(identifier: "en_GB")
            case .es: return Foundation.Locale(identifier: "es_ES")
            }
        }
    }
#endif
