// Previews of the log form: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("log-1-refused") {
        CatalogueVariants("log-1-refused")
    }

    #Preview("log-2-two-symptoms") {
        CatalogueVariants("log-2-two-symptoms")
    }
#endif
