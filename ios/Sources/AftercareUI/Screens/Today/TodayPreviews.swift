// Previews of Today: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("today-1-fresh") {
        CatalogueVariants("today-1-fresh")
    }

    #Preview("today-2-before-logging") {
        CatalogueVariants("today-2-before-logging")
    }

    #Preview("today-3-after-logging") {
        CatalogueVariants("today-3-after-logging")
    }

    #Preview("today-4-after-contact") {
        CatalogueVariants("today-4-after-contact")
    }

    #Preview("today-5-booked") {
        CatalogueVariants("today-5-booked")
    }
#endif
