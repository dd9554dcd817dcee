// A core reminder as the phone's notification centre takes it: content, trigger, buttons.
import AftercareCore
import Foundation

/// When a notification fires.
public enum ReminderTrigger: Sendable, Equatable {
    /// At these calendar components in UTC (year to second): `fireAt` is an instant the core
    /// already computed for the patient's zone, so the trigger must not float with the phone's
    /// zone (a zone change leads to a new sync and new identifiers instead).
    case at(DateComponents)
    /// After this many seconds: an instant already due (a calendar trigger in the past would
    /// never fire).
    case afterSeconds(TimeInterval)

    /// UTC, for the calendar components.
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The trigger for a reminder due at `fireAt`, seen at `now`.
    public static func firing(at fireAt: Date, now: Date) -> ReminderTrigger {
        guard fireAt > now else {
            return .afterSeconds(1)
        }
        var components = utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: fireAt)
        components.calendar = utc
        components.timeZone = utc.timeZone
        return .at(components)
    }
}

/// A notification button.
public struct ReminderButton: Sendable, Hashable {
    /// "Done": recorded in the background, no screen.
    public static let done = "aftercare.action.done"
    /// "Snooze": the core's snooze, recorded in the background.
    public static let snooze = "aftercare.action.snooze"
    /// "Log symptoms": opens the log form.
    public static let logSymptoms = "aftercare.action.log-symptoms"

    /// The button's identifier (one of the constants above).
    public var identifier: String
    /// Its label, in the patient's language.
    public var title: String
    /// Whether pressing it brings the app to the foreground.
    public var opensApp: Bool

    /// The button for one of a reminder's actions.
    public init(_ action: Action) {
        switch action.kind {
        case .done:
            identifier = Self.done
            opensApp = false
        case .snooze:
            identifier = Self.snooze
            opensApp = false
        case .logSymptoms:
            identifier = Self.logSymptoms
            opensApp = true
        }
        title = action.label
    }
}

/// A notification category: a reminder category with one set of buttons.
public struct ReminderCategory: Sendable, Hashable {
    /// `aftercare|<category>|<buttons>`: reminders with the same buttons share it.
    public var identifier: String
    /// Its buttons, in the core's order.
    public var buttons: [ReminderButton]
    /// What a locked phone that hides previews shows instead of the body (the core's
    /// lock-screen text, nothing about the skin).
    public var hiddenPreviewsBody: String

    /// The category of `reminder`.
    public init(of reminder: Reminder) {
        buttons = reminder.actions.map(ReminderButton.init)
        identifier = Self.identifier(of: reminder)
        hiddenPreviewsBody = reminder.lockScreenBody
    }

    /// The categories `reminders` need, one per identifier, in first-seen order.
    public static func needed(by reminders: [Reminder]) -> [ReminderCategory] {
        var seen = Set<String>()
        return reminders.map(ReminderCategory.init(of:)).filter {
            seen.insert($0.identifier).inserted
        }
    }

    static func identifier(of reminder: Reminder) -> String {
        let buttons = reminder.actions.map { ReminderButton($0).identifier }
        return (["aftercare", String(describing: reminder.category)] + buttons)
            .joined(separator: "|")
    }
}

/// A core reminder as a notification request.
public struct ReminderRequest: Sendable, Equatable {
    /// `userInfo` key of the reminder's stable `id` (what the ledger takes).
    public static let reminderIDKey = "aftercare.reminder.id"
    /// `userInfo` key of the reminder's deep link.
    public static let deepLinkKey = "aftercare.reminder.deepLink"

    /// The request's identifier: the core's `osId`, which changes whenever the time or text
    /// does, so an outdated notification is always replaced.
    public var identifier: String
    /// The title shown.
    public var title: String
    /// The body shown.
    public var body: String
    /// Its category (buttons, hidden-preview text).
    public var categoryIdentifier: String
    /// One stack per treatment session.
    public var threadIdentifier: String
    /// The reminder's stable id, for the ledger.
    public var reminderID: String
    /// Where a tap leads (`aftercare://…`).
    public var deepLink: String
    /// When it fires.
    public var trigger: ReminderTrigger
    /// Breaks through Focus: only the check-ins of an urgent watch.
    public var timeSensitive: Bool

    /// The request for `reminder`. With `discreet` (the patient's choice, on by default) the
    /// notification always shows the core's lock-screen texts, nothing about the skin.
    public init(reminder: Reminder, discreet: Bool, now: Date) {
        identifier = reminder.osId
        title = discreet ? reminder.lockScreenTitle : reminder.title
        body = discreet ? reminder.lockScreenBody : reminder.body
        categoryIdentifier = ReminderCategory.identifier(of: reminder)
        threadIdentifier = reminder.sessionKey
        reminderID = reminder.id
        deepLink = reminder.deepLink
        trigger = .firing(at: reminder.fireAt, now: now)
        timeSensitive = reminder.urgent
    }

    /// The `userInfo` the notification carries for the response handler.
    public var userInfo: [String: String] {
        [Self.reminderIDKey: reminderID, Self.deepLinkKey: deepLink]
    }
}
