// Previews from the screen catalogue: the core's own models for every state, in the variants
// every screen is checked in.
#if canImport(SwiftUI) && DEBUG
    import AftercareCore
    import AftercareShell
    import SwiftUI

    /// One state of the catalogue in a language, drawn in the app's frame (presses do nothing).
    struct CataloguePreview: View {
        let state: String
        let language: String

        var body: some View {
            if let shot = ScreenCatalogue.shot(state, language: language) {
                ScreenFrame(
                    screen: shot.screen,
                    message: shot.message.map { ShownMessage(message: $0, id: 1) },
                    onAction: { _ in },
                    onMessageShown: { _ in }
                )
            } else {
                Text(verbatim: "No state \(state) in the catalogue")
            }
        }
    }

    /// A state in the variants every screen is checked in, side by side: English light,
    /// Spanish dark, English at the largest accessibility text size, and Spanish right to left
    /// (where phone numbers, addresses, times and zones stay left to right).
    struct CatalogueVariants: View {
        let state: String

        init(_ state: String) {
            self.state = state
        }

        var body: some View {
            ScrollView(.horizontal) {
                HStack(alignment: .top, spacing: 24) {
                    variant("en · light") {
                        CataloguePreview(state: state, language: "en-GB")
                            .environment(\.colorScheme, .light)
                    }
                    variant("es · dark") {
                        CataloguePreview(state: state, language: "es-ES")
                            .environment(\.colorScheme, .dark)
                    }
                    variant("en · AX5") {
                        CataloguePreview(state: state, language: "en-GB")
                            .dynamicTypeSize(.accessibility5)
                    }
                    variant("es · RTL") {
                        CataloguePreview(state: state, language: "es-ES")
                            .environment(\.layoutDirection, .rightToLeft)
                    }
                }
                .padding()
            }
        }

        private func variant(_ name: String, @ViewBuilder _ content: () -> some View) -> some View {
            VStack(alignment: .leading, spacing: 8) {
                Text(verbatim: "\(state) · \(name)").font(.caption.monospaced())
                content()
                    .background(.background)
                    .frame(width: 390, height: 844)
                    .clipShape(RoundedRectangle(cornerRadius: 24, style: .continuous))
                    .overlay(
                        RoundedRectangle(cornerRadius: 24, style: .continuous)
                            .strokeBorder(Color.secondary)
                    )
            }
        }
    }
#endif
