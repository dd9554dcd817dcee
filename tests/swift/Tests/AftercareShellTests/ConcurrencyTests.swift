// One serial executor for every core call: never two at once, never on the main thread.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

final class ConcurrencyTests: XCTestCase {
    @MainActor
    func testDispatchesFromManyTasksNeverRunTwoCoreCallsAtOnce() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .log))
        let store = h.store!
        let before = h.probe.snapshot.calls
        // Eight tasks off the main actor send severities, and tap notifications and change
        // the clock, all at once.
        let order = SentOrder()
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for step in 0..<25 {
                        let severity = UInt8((task + step) % 11)
                        await MainActor.run {
                            order.items.append(severity)
                            store.send(.log(action: .setSeverity(index: 0, severity: severity)))
                        }
                        if step % 10 == 0 {
                            await store.clockChanged()
                        }
                        await Task.yield()
                    }
                }
            }
        }
        await h.settle()
        let probe = h.probe.snapshot
        XCTAssertEqual(probe.most, 1, "never two core calls at once")
        XCTAssertEqual(probe.onMainThread, 0, "never on the main thread")
        XCTAssertGreaterThanOrEqual(probe.calls - before, 200)
        // Answers are published in the order the actions were sent: the last one wins.
        let shown = h.screen.log.symptoms[0].severity?.options.first { $0.selected }?.value
        XCTAssertEqual(shown, order.items.last)
    }

    func testTheExecutorRunsJobsOneAtATimeInTheOrderSubmitted() async throws {
        let probe = CallProbe()
        let executor = CoreExecutor(probe: probe)
        final class Log: @unchecked Sendable {
            var items: [Int] = []
        }
        let log = Log()
        // Submitted from one thread: run in that order.
        for index in 0..<500 {
            executor.submit { log.items.append(index) }
        }
        // Submitted from many threads at once, and awaited from many tasks.
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            executor.submit { log.items.append(1000 + index) }
        }
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<100 {
                group.addTask { try await executor.run { index * 2 } }
            }
            return try await group.reduce(0, +)
        }
        XCTAssertEqual(results, (0..<100).map { $0 * 2 }.reduce(0, +))
        let items = try await executor.run { log.items }
        XCTAssertEqual(Array(items.prefix(500)), Array(0..<500))
        XCTAssertEqual(Set(items.dropFirst(500)), Set(1000..<1200))
        XCTAssertEqual(probe.snapshot.most, 1)
        XCTAssertEqual(probe.snapshot.calls, 500 + 200 + 100 + 1)
        // An error thrown on the queue reaches the caller.
        do {
            _ = try await executor.run { () throws -> Int in throw FakeError.refused }
            XCTFail("the error came back")
        } catch FakeError.refused {
        }
    }
}

/// The severities in the order they were sent (on the main actor).
@MainActor
private final class SentOrder {
    var items: [UInt8] = []
}
