// Launch-time registrations that iOS requires before launch finishes.
import AftercareShell
import UIKit
@preconcurrency import UserNotifications

/// Sets the notification delegate and registers the background refresh while the app
/// launches (iOS delivers a notification answer or a background run right after), and opens
/// the journal for that launch.
final class AppDelegate: NSObject, UIApplicationDelegate {
    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil
    ) -> Bool {
        let environment = AppEnvironment.shared
        UNUserNotificationCenter.current().delegate = environment.notificationAnswers
        environment.refresh.register(store: environment.store)
        return true
    }
}
