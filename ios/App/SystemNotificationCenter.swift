// UNUserNotificationCenter as the shell's notification centre: the core's reminders, and only them.
import AftercareShell
import Foundation
@preconcurrency import UserNotifications

/// The reminder mirror's notification centre. Requests carry the reminder's id and deep
/// link in `userInfo`, which also marks them as the core's (other notifications the app may
/// post are not the core's to cancel).
@MainActor
final class SystemNotificationCenter: NotificationCenterService {
    private let center = UNUserNotificationCenter.current()

    func authorization() async -> NotificationAuthorization {
        switch await center.notificationSettings().authorizationStatus {
        case .notDetermined: return .notDetermined
        case .denied: return .denied
        case .authorized: return .authorized
        case .provisional: return .provisional
        case .ephemeral: return .ephemeral
        @unknown default: return .denied
        }
    }

    func requestAuthorization() async -> Bool {
        // Time-sensitive needs no extra option: the entitlement and `interruptionLevel` do it.
        (try? await center.requestAuthorization(options: [.alert, .sound, .badge])) ?? false
    }

    func pendingReminderIdentifiers() async -> [String] {
        await center.pendingNotificationRequests()
            .filter { $0.content.userInfo[ReminderRequest.reminderIDKey] != nil }
            .map(\.identifier)
    }

    func removePending(identifiers: [String]) {
        center.removePendingNotificationRequests(withIdentifiers: identifiers)
    }

    func add(_ request: ReminderRequest) async throws {
        let content = UNMutableNotificationContent()
        content.title = request.title
        content.body = request.body
        content.sound = .default
        content.categoryIdentifier = request.categoryIdentifier
        // One stack per treatment session in Notification Center.
        content.threadIdentifier = request.threadIdentifier
        content.userInfo = request.userInfo
        // Only the check-ins of an urgent watch break through Focus (needs the Time Sensitive
        // Notifications entitlement; without it iOS treats them as active).
        content.interruptionLevel = request.timeSensitive ? .timeSensitive : .active
        let trigger: UNNotificationTrigger
        switch request.trigger {
        case .at(let components):
            trigger = UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
        case .afterSeconds(let seconds):
            trigger = UNTimeIntervalNotificationTrigger(
                timeInterval: max(seconds, 1), repeats: false)
        }
        try await center.add(
            UNNotificationRequest(
                identifier: request.identifier, content: content, trigger: trigger))
    }

    func register(_ categories: [ReminderCategory]) async {
        // setNotificationCategories replaces the whole set: keep the ones registered before,
        // replacing those registered again (new labels after a language change).
        var all: [String: UNNotificationCategory] = [:]
        for existing in await center.notificationCategories() {
            all[existing.identifier] = existing
        }
        for category in categories {
            let actions = category.buttons.map { button in
                UNNotificationAction(
                    identifier: button.identifier,
                    title: button.title,
                    // "Done" and "Snooze" are recorded in the background; "Log symptoms" opens
                    // the form. Nothing needs the phone unlocked: the journal is readable after
                    // the first unlock (see JournalFiles).
                    options: button.opensApp ? [.foreground] : []
                )
            }
            all[category.identifier] = UNNotificationCategory(
                identifier: category.identifier,
                actions: actions,
                intentIdentifiers: [],
                hiddenPreviewsBodyPlaceholder: category.hiddenPreviewsBody,
                options: []
            )
        }
        center.setNotificationCategories(Set(all.values))
    }
}

/// Taps and buttons of the core's notifications, for the store; banners while the app is open.
final class NotificationAnswers: NSObject, UNUserNotificationCenterDelegate {
    private let store: AppStore

    init(store: AppStore) {
        self.store = store
    }

    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification
    ) async -> UNNotificationPresentationOptions {
        [.banner, .list, .sound]
    }

    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse
    ) async {
        let gesture: NotificationGesture
        switch response.actionIdentifier {
        case UNNotificationDefaultActionIdentifier: gesture = .tap
        case UNNotificationDismissActionIdentifier: gesture = .dismiss
        case let button: gesture = .button(button)
        }
        guard
            let answer = NotificationAnswer(
                gesture: gesture, userInfo: response.notification.request.content.userInfo)
        else {
            return
        }
        // Returns once the ledger has it and the phone holds what the core wants: iOS may
        // suspend the app as soon as this handler returns.
        await store.answer(answer)
    }
}
