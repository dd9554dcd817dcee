// Previews of history: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("history") {
        CatalogueVariants("history")
    }

    #Preview("history-empty") {
        CatalogueVariants("history-empty")
    }
#endif
