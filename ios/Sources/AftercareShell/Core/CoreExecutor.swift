// The one serial queue every call into the core runs on, off the main actor.
import Dispatch

/// Watches the jobs on the core's queue. Tests use it to prove that no two core calls ever run
/// at once and that none runs on the main thread; the app passes none.
public protocol CoreCallProbe: Sendable {
    /// A job is about to call into the core.
    func callStarted()
    /// That job is done.
    func callEnded()
}

/// Runs jobs that call into the core one at a time, in the order they were submitted, on a
/// serial queue of their own: the rule Android's shell follows with its one core thread. The
/// core is thread-safe, but one order for every call means an edit typed before "Save" is
/// always applied before it, and the main thread never waits on the journal.
public final class CoreExecutor: Sendable {
    private let queue: DispatchQueue
    private let probe: (any CoreCallProbe)?

    /// An executor with its own queue; `probe` (tests) sees every job start and end.
    public init(label: String = "health.aftercare.core", probe: (any CoreCallProbe)? = nil) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
        self.probe = probe
    }

    /// Queues `work` after everything submitted before it and returns at once.
    public func submit(_ work: @escaping @Sendable () -> Void) {
        queue.async { [probe] in
            probe?.callStarted()
            work()
            probe?.callEnded()
        }
    }

    /// Queues `work` after everything submitted before it and waits for its result.
    public func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            submit { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Stops the caller unless it runs on this executor's queue (a core call made elsewhere
    /// would break the one-order rule).
    func assertOnQueue() {
        dispatchPrecondition(condition: .onQueue(queue))
    }
}
