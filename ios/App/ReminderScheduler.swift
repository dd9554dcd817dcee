import AftercareCore
import BackgroundTasks
import Foundation
import UIKit
import UserNotifications

/// Mirrors the core's reminders into `UNUserNotificationCenter`.
///
/// The core decides every reminder: what, when (already moved out of quiet hours, already in
/// the patient's current zone), its text, its lock-screen variant, its buttons and when to look
/// again. This type only hands the core what iOS holds and applies the diff it gets back; it
/// keeps no state of its own. Calls are serialized, so two triggers arriving together (a
/// foreground and a time-zone change) cannot interleave their removes and adds.
actor ReminderScheduler {
    /// The background refresh task; list it under `BGTaskSchedulerPermittedIdentifiers` in
    /// Info.plist and add `fetch` to `UIBackgroundModes`.
    static let refreshTaskIdentifier = "health.aftercare.reminders.refresh"
    /// iOS keeps at most 64 pending local notifications per app.
    static let limit: UInt32 = 64
    /// `userInfo` key of the reminder's stable `id`: what `respondToReminder` takes.
    static let reminderIdKey = "aftercare.reminder.id"
    /// `userInfo` key of the reminder's deep link (`aftercare://…`).
    static let deepLinkKey = "aftercare.reminder.deepLink"

    /// Identifiers of the notification buttons, one per `ActionKind`.
    enum ActionIdentifier {
        /// Mark it done: recorded in the background, without opening the app.
        static let done = "aftercare.action.done"
        /// Snooze: opens the app, where the patient picks when.
        static let snooze = "aftercare.action.snooze"
        /// Open the symptom log.
        static let logSymptoms = "aftercare.action.log-symptoms"
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private let companion: AftercareCompanion
    private let center: UNUserNotificationCenter
    private let discreet: Bool
    private var running: Task<Void, Error>?

    /// A scheduler over the app's one `AftercareCompanion`. With `discreet`, notifications
    /// always show the core's lock-screen text (no health detail, even when unlocked);
    /// otherwise the full text shows and the lock-screen text stands in wherever iOS hides
    /// previews.
    init(
        companion: AftercareCompanion,
        center: UNUserNotificationCenter = .current(),
        discreet: Bool = false
    ) {
        self.companion = companion
        self.center = center
        self.discreet = discreet
    }

    /// Asks the core what to cancel and schedule given what iOS holds now, and applies it.
    /// Call on launch, on coming to the foreground, on a clock or time-zone change, from the
    /// background refresh, and after the patient changes settings or answers a reminder.
    func sync() async throws {
        let previous = running
        let current = Task {
            _ = await previous?.result
            try await self.apply()
        }
        running = current
        try await current.value
    }

    /// Records that the patient marked a reminder done from its notification, then syncs.
    func markDone(reminderId: String) async throws {
        try companion.respondToReminder(id: reminderId, response: .done, now: Date())
        try await sync()
    }

    private func apply() async throws {
        // Without permission there is nothing to mirror into; the app syncs again once the
        // patient grants it. Telling the core about reminders iOS will never show would count
        // them as delivered.
        let settings = await center.notificationSettings()
        switch settings.authorizationStatus {
        case .authorized, .provisional, .ephemeral:
            break
        default:
            return
        }

        // Only the requests this scheduler added: other notifications the app may post are not
        // the core's to cancel.
        let held = await center.pendingNotificationRequests()
            .filter { $0.content.userInfo[Self.reminderIdKey] != nil }
            .map(\.identifier)
        // Foundation caches the system zone until told to forget it; a sync right after a zone
        // change must see the new one.
        NSTimeZone.resetSystemTimeZone()
        let now = Date()
        let diff = try companion.syncReminders(
            now: now,
            zone: TimeZone.current.identifier,
            osPending: held,
            limit: Self.limit
        )

        if !diff.cancel.isEmpty {
            center.removePendingNotificationRequests(withIdentifiers: diff.cancel)
        }
        if !diff.schedule.isEmpty {
            await registerCategories(for: diff.schedule)
            for reminder in diff.schedule {
                // The OS identifier is `osId`: it changes whenever the time or text changes, so
                // an outdated notification is always replaced, never kept. A failed add is
                // simply scheduled again by the next sync (the core diffs against what iOS holds).
                let request = UNNotificationRequest(
                    identifier: reminder.osId,
                    content: content(for: reminder),
                    trigger: trigger(firingAt: reminder.fireAt, now: now)
                )
                try await center.add(request)
            }
        }
        scheduleRefresh(at: diff.refreshAt)
    }

    private func content(for reminder: Reminder) -> UNNotificationContent {
        let content = UNMutableNotificationContent()
        content.title = discreet ? reminder.lockScreenTitle : reminder.title
        content.body = discreet ? reminder.lockScreenBody : reminder.body
        content.sound = .default
        content.categoryIdentifier = categoryIdentifier(for: reminder)
        // One stack per treatment session in Notification Center.
        content.threadIdentifier = reminder.sessionKey
        content.userInfo = [Self.reminderIdKey: reminder.id, Self.deepLinkKey: reminder.deepLink]
        // Urgent reminders (check-ins of an urgent watch) break through Focus; this needs the
        // Time Sensitive Notifications capability, without it iOS treats them as `.active`.
        content.interruptionLevel = reminder.urgent ? .timeSensitive : .active
        return content
    }

    /// Fires at the core's instant. `fireAt` is an absolute time already computed for the
    /// patient's current zone, so the trigger is pinned to UTC: a later zone change leads to a
    /// new sync (and new `osId`s), not to iOS re-interpreting a wall-clock time.
    private func trigger(firingAt date: Date, now: Date) -> UNNotificationTrigger {
        guard date > now else {
            // A calendar trigger in the past would never fire; "now" is one second away.
            return UNTimeIntervalNotificationTrigger(timeInterval: 1, repeats: false)
        }
        var components = Self.utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: date)
        components.calendar = Self.utc
        components.timeZone = Self.utc.timeZone
        return UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
    }

    private func categoryIdentifier(for reminder: Reminder) -> String {
        let kinds = reminder.actions.map { Self.actionIdentifier(for: $0.kind) }
        return (["aftercare", String(describing: reminder.category)] + kinds).joined(separator: "|")
    }

    private static func actionIdentifier(for kind: ActionKind) -> String {
        switch kind {
        case .done: return ActionIdentifier.done
        case .snooze: return ActionIdentifier.snooze
        case .logSymptoms: return ActionIdentifier.logSymptoms
        }
    }

    /// Registers the buttons (labels in the patient's language) and the hidden-preview text of
    /// the new reminders' categories. `setNotificationCategories` replaces the whole set, so the
    /// categories of notifications scheduled earlier are kept.
    private func registerCategories(for reminders: [Reminder]) async {
        var categories: [String: UNNotificationCategory] = [:]
        for category in await center.notificationCategories() {
            categories[category.identifier] = category
        }
        for reminder in reminders {
            let actions = reminder.actions.map { action in
                UNNotificationAction(
                    identifier: Self.actionIdentifier(for: action.kind),
                    title: action.label,
                    // "Done" needs no screen; snoozing and logging do.
                    options: action.kind == .done ? [] : [.foreground]
                )
            }
            let identifier = categoryIdentifier(for: reminder)
            categories[identifier] = UNNotificationCategory(
                identifier: identifier,
                actions: actions,
                intentIdentifiers: [],
                // Shown instead of the body when previews are hidden (locked phone with
                // "Show Previews: When Unlocked"); the title is hidden too, leaving the app name.
                hiddenPreviewsBodyPlaceholder: reminder.lockScreenBody,
                options: []
            )
        }
        center.setNotificationCategories(Set(categories.values))
    }

    /// Asks iOS for a background run no earlier than the core's `refreshAt`. iOS picks the
    /// moment (it may be later); the next launch or foreground syncs in any case.
    private func scheduleRefresh(at date: Date) {
        let request = BGAppRefreshTaskRequest(identifier: Self.refreshTaskIdentifier)
        request.earliestBeginDate = date
        // Submitting again replaces the pending request. It fails in the simulator and when
        // Background App Refresh is off; the foreground sync covers both.
        try? BGTaskScheduler.shared.submit(request)
    }

    /// Registers the background refresh handler. Call once, before the app finishes launching
    /// (from the `App` initializer).
    nonisolated func registerBackgroundRefresh() {
        BGTaskScheduler.shared.register(
            forTaskWithIdentifier: Self.refreshTaskIdentifier, using: nil
        ) { task in
            let work = Task {
                do {
                    try await self.sync()
                    task.setTaskCompleted(success: true)
                } catch {
                    task.setTaskCompleted(success: false)
                }
            }
            task.expirationHandler = { work.cancel() }
        }
    }

    /// Syncs whenever the clock is changed or the time zone changes, for as long as the
    /// returned task runs. Call once at launch and keep the task.
    @MainActor
    func observeClockChanges() -> Task<Void, Never> {
        let names = [
            UIApplication.significantTimeChangeNotification,
            Notification.Name.NSSystemTimeZoneDidChange,
        ]
        return Task {
            await withTaskGroup(of: Void.self) { group in
                for name in names {
                    group.addTask {
                        for await _ in NotificationCenter.default.notifications(named: name) {
                            try? await self.sync()
                        }
                    }
                }
            }
        }
    }
}

/// Routes taps and buttons of Aftercare notifications: "done" goes to the core, everything else
/// opens the reminder's deep link in the app. Set it as `UNUserNotificationCenter.delegate`
/// before the app finishes launching.
final class ReminderNotificationDelegate: NSObject, UNUserNotificationCenterDelegate {
    private let scheduler: ReminderScheduler
    private let open: @MainActor (URL, String) -> Void

    /// `open` receives the deep link and the action identifier (a button's, or
    /// `UNNotificationDefaultActionIdentifier` for a tap) and shows the right screen.
    init(scheduler: ReminderScheduler, open: @escaping @MainActor (URL, String) -> Void) {
        self.scheduler = scheduler
        self.open = open
    }

    /// Shows Aftercare notifications as banners even while the app is open.
    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification
    ) async -> UNNotificationPresentationOptions {
        [.banner, .list, .sound]
    }

    /// Handles a tap or a button press.
    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse
    ) async {
        let info = response.notification.request.content.userInfo
        guard let id = info[ReminderScheduler.reminderIdKey] as? String else { return }
        let action = response.actionIdentifier
        if action == ReminderScheduler.ActionIdentifier.done {
            try? await scheduler.markDone(reminderId: id)
        } else if let link = info[ReminderScheduler.deepLinkKey] as? String,
            let url = URL(string: link)
        {
            await open(url, action)
        }
    }
}
