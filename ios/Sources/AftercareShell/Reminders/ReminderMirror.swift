// Applies the core's reminder diff to the phone's notification centre.
import AftercareCore
import Foundation

/// The core decides every reminder (what, when, text, buttons) and what to cancel and
/// schedule; the mirror only applies that diff to the notification centre: cancel first, then
/// schedule each under its `osId`. iOS keeps at most 64 pending notifications per app.
@MainActor
public final class ReminderMirror {
    /// iOS's cap on pending local notifications per app: the `limit` the core is told.
    public static let limit: UInt32 = 64

    /// What applying a diff came to.
    public enum Outcome: Sendable, Equatable {
        /// The phone holds what the core asked for: report `RemindersSynced`.
        case applied
        /// Notifications are not allowed: nothing was scheduled (the cancels were applied).
        /// The core is told nothing, so nothing counts as delivered; the next foreground
        /// reports what the phone holds.
        case notAllowed(skipped: Int)
        /// The phone refused some or had no room: report what it holds (`RemindersHeld`).
        case incomplete(held: [String])
    }

    private let center: any NotificationCenterService

    /// A mirror into `center`.
    public init(center: any NotificationCenterService) {
        self.center = center
    }

    /// The reminders the phone holds now (their `osId`s).
    public func held() async -> [String] {
        await center.pendingReminderIdentifiers()
    }

    /// Applies one `SyncReminders`: cancels, then schedules, at `now`.
    public func apply(
        cancel: [String],
        schedule: [Reminder],
        discreet: Bool,
        now: Date
    ) async -> Outcome {
        let before = Set(await center.pendingReminderIdentifiers())
        if !cancel.isEmpty {
            center.removePending(identifiers: cancel)
        }
        guard !schedule.isEmpty else {
            return .applied
        }
        guard await center.authorization().allowsReminders else {
            return .notAllowed(skipped: schedule.count)
        }
        await center.register(ReminderCategory.needed(by: schedule))
        // The core keeps the total within the limit of what it believes the phone holds; if
        // the phone holds something else, the core's first choices go in and it hears the rest.
        var remaining = before.subtracting(cancel)
        var refused = 0
        for reminder in schedule {
            let isNew = !remaining.contains(reminder.osId)
            if isNew && remaining.count >= Int(Self.limit) {
                refused += 1
                continue
            }
            do {
                try await center.add(
                    ReminderRequest(reminder: reminder, discreet: discreet, now: now))
                remaining.insert(reminder.osId)
            } catch {
                // Scheduled again after the core hears what the phone holds.
                refused += 1
            }
        }
        guard refused == 0 else {
            return .incomplete(held: await center.pendingReminderIdentifiers())
        }
        return .applied
    }
}
