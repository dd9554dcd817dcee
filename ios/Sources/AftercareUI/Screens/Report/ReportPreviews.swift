// Previews of the report: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("report") {
        CatalogueVariants("report")
    }
#endif
