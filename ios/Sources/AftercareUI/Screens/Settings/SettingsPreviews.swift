// Previews of settings: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("settings") {
        CatalogueVariants("settings")
    }
#endif
