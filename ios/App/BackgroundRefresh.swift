// BGAppRefreshTask for the core's ScheduleRefresh: a background run to sync the reminders.
import AftercareShell
@preconcurrency import BackgroundTasks
import Foundation

/// Submits the core's refresh and runs it. Register before launch finishes; the identifier
/// is listed under `BGTaskSchedulerPermittedIdentifiers` and `fetch` under
/// `UIBackgroundModes` (ios/project.yml).
@MainActor
final class BackgroundRefresh: BackgroundRefreshScheduler {
    static let identifier = "health.aftercare.reminders.refresh"

    func scheduleRefresh(earliest: Date) -> Bool {
        let request = BGAppRefreshTaskRequest(identifier: Self.identifier)
        request.earliestBeginDate = earliest
        do {
            // Replaces the pending request. Fails in a simulator and when Background App
            // Refresh is off; the core then says reminders may not update in the background.
            try BGTaskScheduler.shared.submit(request)
            return true
        } catch {
            return false
        }
    }

    /// Registers the handler: it tells the store (`BackgroundRefresh`) and completes once the
    /// reminders are applied; iOS's expiration cancels nothing the core wrote.
    func register(store: AppStore) {
        _ = BGTaskScheduler.shared.register(forTaskWithIdentifier: Self.identifier, using: .main) {
            task in
            let refresh = UncheckedTask(task)
            MainActor.assumeIsolated {
                let work = Task { @MainActor in
                    await store.backgroundRefresh()
                    refresh.complete(success: true)
                }
                refresh.task.expirationHandler = {
                    work.cancel()
                    refresh.complete(success: false)
                }
            }
        }
    }
}

/// A BGTask handed between the handler, its work (main actor) and its expiration handler (any
/// thread), completed once.
private final class UncheckedTask: @unchecked Sendable {
    let task: BGTask
    private let lock = NSLock()
    private var done = false

    init(_ task: BGTask) {
        self.task = task
    }

    /// Completes the task once (the work and the expiration may both try).
    func complete(success: Bool) {
        let first = lock.withLock {
            defer { done = true }
            return !done
        }
        if first {
            task.setTaskCompleted(success: success)
        }
    }
}
