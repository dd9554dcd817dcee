// Previews of the first run: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("first-run-1-welcome") {
        CatalogueVariants("first-run-1-welcome")
    }

    #Preview("first-run-2-treatment") {
        CatalogueVariants("first-run-2-treatment")
    }

    #Preview("first-run-3-when") {
        CatalogueVariants("first-run-3-when")
    }

    #Preview("first-run-4-zone") {
        CatalogueVariants("first-run-4-zone")
    }

    #Preview("first-run-5-clinic-refused") {
        CatalogueVariants("first-run-5-clinic-refused")
    }

    #Preview("first-run-6-reminders") {
        CatalogueVariants("first-run-6-reminders")
    }
#endif
