// What the patient did with a notification, and where it goes: the ledger or a screen.
/// How the patient answered a notification.
public enum NotificationGesture: Sendable, Equatable {
    /// Tapped the notification itself.
    case tap
    /// Swiped it away.
    case dismiss
    /// Pressed a button (its identifier, see `ReminderButton`).
    case button(String)
}

/// What the shell does with an answer.
public enum NotificationAnswer: Sendable, Equatable {
    /// "Done", recorded in the ledger through the companion, without a screen.
    case done(reminderID: String)
    /// "Snooze", the core's snooze, recorded in the ledger through the companion.
    case snooze(reminderID: String)
    /// A tap or "Log symptoms": the reminder's deep link, as the core's `OpenLink`.
    case open(deepLink: String)

    /// The answer for `gesture` on a notification carrying `userInfo` (see
    /// `ReminderRequest.userInfo`); nil for a dismissal or a notification that is not ours.
    public init?(gesture: NotificationGesture, userInfo: [AnyHashable: Any]) {
        guard let id = userInfo[ReminderRequest.reminderIDKey] as? String else {
            return nil
        }
        let link = userInfo[ReminderRequest.deepLinkKey] as? String
        switch gesture {
        case .dismiss:
            return nil
        case .button(ReminderButton.done):
            self = .done(reminderID: id)
        case .button(ReminderButton.snooze):
            self = .snooze(reminderID: id)
        case .tap, .button:
            guard let link else {
                return nil
            }
            self = .open(deepLink: link)
        }
    }
}
