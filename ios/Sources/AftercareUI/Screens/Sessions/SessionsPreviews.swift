// Previews of sessions: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("sessions") {
        CatalogueVariants("sessions")
    }

    #Preview("sessions-book-form") {
        CatalogueVariants("sessions-book-form")
    }

    #Preview("sessions-delete-confirm") {
        CatalogueVariants("sessions-delete-confirm")
    }
#endif
