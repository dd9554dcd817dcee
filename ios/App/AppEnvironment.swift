// The process's one store and the platform services it carries out effects with.
import AftercareShell
import Foundation
import SwiftUI
import UIKit
import WidgetKit

/// Built once, on the main actor, at launch: the journal's folders (protected, out of
/// backups), the Keychain key, the system services, and the store over them.
@MainActor
final class AppEnvironment {
    static let shared = AppEnvironment()

    /// The app's state for the views.
    let store: AppStore
    /// Receives notification taps and buttons.
    let notificationAnswers: NotificationAnswers
    /// The background refresh.
    let refresh: BackgroundRefresh
    private let background = BackgroundTime()
    private var clockWatch: [any NSObjectProtocol] = []

    private init() {
        let diagnostics = SystemLog()
        let folders = JournalFiles.prepare(diagnostics: diagnostics)
        let presenter = Presenter()
        refresh = BackgroundRefresh()
        store = AppStore(
            opener: JournalOpener(
                folders: folders,
                keys: KeychainKeyStore(),
                // The phone's language until the patient chooses one in the app.
                language: Foundation.Locale.preferredLanguages.first ?? "en",
                diagnostics: diagnostics
            ),
            platform: PlatformServices(
                notifications: SystemNotificationCenter(),
                background: refresh,
                urls: SystemURLOpener(),
                sharer: ShareSheet(presenter: presenter),
                picker: DocumentPicker(presenter: presenter)
            ),
            files: ShellFiles(folders: folders),
            glance: Widgets.output(),
            diagnostics: diagnostics
        )
        notificationAnswers = NotificationAnswers(store: store)
        store.start()
        watchTheClock()
    }

    /// The scene's phase, for the store. Going to the background keeps the app alive until the
    /// core has written the unsaved forms (`Backgrounded`): iOS may end it any time after.
    func phaseChanged(_ phase: ScenePhase) {
        switch phase {
        case .active:
            store.phaseChanged(to: .active)
        case .inactive:
            store.phaseChanged(to: .inactive)
        case .background:
            background.begin()
            store.phaseChanged(to: .background)
            Task {
                await store.settled()
                background.end()
            }
        @unknown default:
            break
        }
    }

    /// A clock set by hand, midnight, a DST change or a new zone: the core hears what the phone
    /// holds and moves wall-clock reminders to the same local time.
    private func watchTheClock() {
        let store = store
        for name in [UIApplication.significantTimeChangeNotification, .NSSystemTimeZoneDidChange] {
            clockWatch.append(
                NotificationCenter.default.addObserver(forName: name, object: nil, queue: .main) {
                    _ in
                    MainActor.assumeIsolated {
                        SystemClock.zoneChanged()
                        store.clockChanged()
                    }
                })
        }
    }
}

/// A little background time while the core writes the unsaved forms.
@MainActor
private final class BackgroundTime {
    private var task: UIBackgroundTaskIdentifier = .invalid

    func begin() {
        guard task == .invalid else {
            return
        }
        task = UIApplication.shared.beginBackgroundTask(withName: "health.aftercare.backgrounded") {
            MainActor.assumeIsolated { self.end() }
        }
    }

    func end() {
        guard task != .invalid else {
            return
        }
        UIApplication.shared.endBackgroundTask(task)
        task = .invalid
    }
}

/// The widgets: the glance file in the App Group container, and WidgetKit's reload.
@MainActor
final class Widgets: WidgetReloader {
    /// Where the app writes the widgets' glance; nil without the App Group (a build whose
    /// entitlements lack it): the app then has no widgets to feed.
    static func output() -> GlanceOutput? {
        guard
            let container = FileManager.default.containerURL(
                forSecurityApplicationGroupIdentifier: GlanceStore.appGroup)
        else {
            return nil
        }
        return GlanceOutput(store: GlanceStore(folder: container), widgets: Widgets())
    }

    func reloadAllTimelines() {
        WidgetCenter.shared.reloadAllTimelines()
    }
}
