// The core's app object behind its executor: every call into it goes through here.
import AftercareCore
import Foundation

/// Owns the core's `AftercareApp`. The app object is only ever read or replaced by jobs on the
/// executor's queue, one at a time; that is what makes sharing this class across threads safe.
final class CoreHost: @unchecked Sendable {
    /// The queue of every core call.
    let executor: CoreExecutor
    /// "Now" and the zone for each call.
    let clock: any ShellClock
    private let opener: any AppOpening
    /// Only touched on the executor's queue.
    private var app: AftercareApp?
    /// Whether `app` was opened without a key (only touched on the executor's queue).
    private var keyless = false

    init(executor: CoreExecutor, opener: any AppOpening, clock: any ShellClock) {
        self.executor = executor
        self.opener = opener
        self.clock = clock
    }

    /// Queues `work` with the app (nil while the journal waits for the phone's unlock).
    func submit(_ work: @escaping @Sendable (AftercareApp?) -> Void) {
        executor.submit { [self] in
            executor.assertOnQueue()
            work(app)
        }
    }

    /// Opens the journal unless it is open, then hands over the screen to draw (nil while the
    /// journal waits).
    func open(then deliver: @escaping @Sendable (Result<Screen, any Error>?) -> Void) {
        executor.submit { [self] in
            executor.assertOnQueue()
            if app == nil {
                take(opener.open(now: clock.now()))
            }
            guard let app else {
                deliver(nil)
                return
            }
            deliver(Result { try app.screen(now: clock.now(), zone: clock.zone()) })
        }
    }

    /// If the journal was opened without a key, tries the key store again; when it now gives
    /// the key, the app is opened anew with it and its screen handed over. Otherwise `deliver`
    /// gets nil and the app stays as it was (its notice touched nothing).
    func reopenIfKeyless(then deliver: @escaping @Sendable (Result<Screen, any Error>?) -> Void) {
        executor.submit { [self] in
            executor.assertOnQueue()
            guard keyless, case .opened(let keyed) = opener.open(now: clock.now()) else {
                deliver(nil)
                return
            }
            take(.opened(keyed))
            deliver(Result { try keyed.screen(now: clock.now(), zone: clock.zone()) })
        }
    }

    private func take(_ opening: Opening) {
        switch opening {
        case .opened(let opened):
            app = opened
            keyless = false
        case .withoutKey(let opened):
            app = opened
            keyless = true
        case .waiting:
            app = nil
            keyless = false
        }
    }

    /// Runs `work` with a companion over the app's own journal (one connection per process)
    /// and lets go of it afterwards: a restore waits until every handle is closed.
    func withCompanion<T: Sendable>(
        _ work: @escaping @Sendable (AftercareCompanion, any ShellClock) throws -> T
    ) async throws -> T {
        try await executor.run { [self] in
            executor.assertOnQueue()
            guard let companion = app?.companion() else {
                throw JournalClosed()
            }
            return try work(companion, clock)
        }
    }

    /// Lets go of the app (tests: a process that ends).
    func close() async {
        _ = try? await executor.run { [self] in
            app = nil
        }
    }
}

/// The journal is not open (a notice says why, or it waits for the phone's unlock).
struct JournalClosed: Error {}
