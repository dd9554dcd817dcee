// Previews of the timeline: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("timeline") {
        CatalogueVariants("timeline")
    }
#endif
