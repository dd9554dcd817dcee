// The small protocols behind the core's effects; ios/App conforms the system to them.
import AftercareCore
import Foundation

/// What the patient allowed for notifications (UNAuthorizationStatus).
public enum NotificationAuthorization: Sendable, Equatable {
    /// Not asked yet.
    case notDetermined
    /// Refused (or switched off in Settings).
    case denied
    /// Allowed.
    case authorized
    /// Allowed quietly, without asking (delivered to Notification Center only).
    case provisional
    /// Allowed for an App Clip.
    case ephemeral

    /// Whether reminders handed over now will be shown.
    public var allowsReminders: Bool {
        switch self {
        case .authorized, .provisional, .ephemeral: return true
        case .notDetermined, .denied: return false
        }
    }

    /// As the core's `PermissionsChecked` takes it.
    public var permissionState: PermissionState {
        switch self {
        case .notDetermined: return .unknown
        case .denied: return .denied
        case .authorized, .provisional, .ephemeral: return .granted
        }
    }
}

/// The notification centre (UNUserNotificationCenter), limited to the app's reminders.
@MainActor
public protocol NotificationCenterService: AnyObject {
    /// What the patient allows now.
    func authorization() async -> NotificationAuthorization
    /// Shows the system's question; whether notifications are allowed afterwards.
    func requestAuthorization() async -> Bool
    /// The identifiers of the reminders the phone holds (only ours).
    func pendingReminderIdentifiers() async -> [String]
    /// Removes pending reminders.
    func removePending(identifiers: [String])
    /// Adds (or replaces, by identifier) a reminder; throws when the phone refuses it.
    func add(_ request: ReminderRequest) async throws
    /// Registers categories (buttons, hidden-preview texts), keeping the others.
    func register(_ categories: [ReminderCategory]) async
}

/// The background refresh (BGTaskScheduler).
@MainActor
public protocol BackgroundRefreshScheduler: AnyObject {
    /// Asks for a background run no earlier than `earliest`; false when the system refused
    /// (Background App Refresh off, a simulator).
    func scheduleRefresh(earliest: Date) -> Bool
}

/// Opens URLs in other apps (UIApplication.open): the dialer, mail, the system settings.
@MainActor
public protocol URLOpener: AnyObject {
    /// This app's notification settings page, if the system has one.
    var notificationSettingsURL: URL? { get }
    /// Opens `url`; false when no app could.
    func open(_ url: URL) async -> Bool
}

/// The share sheet.
@MainActor
public protocol FileSharer: AnyObject {
    /// Offers `file` to other apps and returns when the sheet closes; false when no sheet
    /// could be shown.
    func share(_ file: URL, title: String, mediaType: String) async -> Bool
}

/// The document (or photo) picker.
@MainActor
public protocol FilePicker: AnyObject {
    /// Lets the patient pick a file of `mediaTypes` (MIME types from the core); the picked
    /// file (a copy the app may read), or nil when cancelled.
    func pick(_ purpose: FilePurpose, mediaTypes: [String]) async -> URL?
}

/// Everything the effects need from the platform.
@MainActor
public struct PlatformServices {
    /// The notification centre.
    public var notifications: any NotificationCenterService
    /// The background refresh.
    public var background: any BackgroundRefreshScheduler
    /// Other apps by URL.
    public var urls: any URLOpener
    /// The share sheet.
    public var sharer: any FileSharer
    /// The picker.
    public var picker: any FilePicker

    /// The platform's services.
    public init(
        notifications: any NotificationCenterService,
        background: any BackgroundRefreshScheduler,
        urls: any URLOpener,
        sharer: any FileSharer,
        picker: any FilePicker
    ) {
        self.notifications = notifications
        self.background = background
        self.urls = urls
        self.sharer = sharer
        self.picker = picker
    }
}
