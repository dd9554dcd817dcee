// Previews of triage: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("triage-1-urgent") {
        CatalogueVariants("triage-1-urgent")
    }

    #Preview("triage-2-contacted") {
        CatalogueVariants("triage-2-contacted")
    }
#endif
