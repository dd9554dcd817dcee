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
        /// The phone refused `refused` reminders (or had no room for them). Not reported at
        /// once: a request the phone keeps refusing would be handed over again and again. The
        /// next foreground (or clock change) reports what the phone holds, and the core hands
        /// them over again.
        case incomplete(refused: Int)
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
        // the phone holds something else, the core's first choices go in, in its order.
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
                refused += 1
            }
        }
        return refused == 0 ? .applied : .incomplete(refused: refused)
    }
}
