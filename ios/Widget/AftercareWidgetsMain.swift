// The widget extension's entry point (kept apart: Linux type-checks the other files).
#if canImport(WidgetKit)
    import SwiftUI
    import WidgetKit

    /// The app's widgets.
    @main
    struct AftercareWidgets: WidgetBundle {
        var body: some Widget {
            GlanceWidget()
        }
    }
#endif
