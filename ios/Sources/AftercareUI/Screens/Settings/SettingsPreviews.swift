// Previews of settings: every state the catalogue reaches, in each variant.
#if canImport(SwiftUI) && DEBUG
    import SwiftUI

    #Preview("settings") {
        CatalogueVariants("settings")
    }

    #Preview("settings-backup-choose") {
        CatalogueVariants("settings-backup-choose")
    }

    #Preview("settings-backup-code") {
        CatalogueVariants("settings-backup-code")
    }
#endif
