// Previews of the notices: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("notice-notifications-denied") {
        CatalogueVariants("notice-notifications-denied")
    }

    #Preview("notice-wrong-key") {
        CatalogueVariants("notice-wrong-key")
    }

    #Preview("notice-journal-recovered") {
        CatalogueVariants("notice-journal-recovered")
    }
#endif
