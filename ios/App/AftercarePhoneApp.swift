// The app: one store for the process, the scene's phase and links passed to it.
import AftercareShell
import AftercareUI
import SwiftUI

/// Aftercare on iPhone. Everything it shows comes from the core through `AppStore`; this
/// struct only wires the scene to it: the phase (`Resumed`, `Backgrounded`, the foreground
/// check) and the app's own links (`OpenLink`).
@main
struct AftercarePhoneApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var appDelegate
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            AftercareRootView(store: AppEnvironment.shared.store)
                .onOpenURL { url in
                    AppEnvironment.shared.store.open(url)
                }
        }
        .onChange(of: scenePhase, initial: true) { _, phase in
            AppEnvironment.shared.phaseChanged(phase)
        }
    }
}
