// A queue of effect jobs on the main actor, carried out one after another in order.
/// Jobs started in the order they were queued, each awaited before the next, so two reminder
/// syncs can never interleave their removes and adds.
@MainActor
final class SerialLane {
    private var jobs: [@MainActor () async -> Void] = []
    private var running = false
    private let whenIdle: @MainActor () -> Void

    /// A lane that calls `whenIdle` each time its last job is done.
    init(whenIdle: @escaping @MainActor () -> Void) {
        self.whenIdle = whenIdle
    }

    /// Nothing queued and nothing running.
    var isIdle: Bool {
        !running && jobs.isEmpty
    }

    /// Queues `job` after the others.
    func enqueue(_ job: @escaping @MainActor () async -> Void) {
        jobs.append(job)
        guard !running else {
            return
        }
        running = true
        Task {
            while !jobs.isEmpty {
                let next = jobs.removeFirst()
                await next()
            }
            running = false
            whenIdle()
        }
    }
}
