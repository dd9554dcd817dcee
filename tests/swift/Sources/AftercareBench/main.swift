// Swift calls against the same Rust calls on the 5-year journal (core/benches/app.rs): the cost
// of the generated bindings (lowering the action, lifting the screen) on top of the core.
//
//   AFTERCARE_LIB_DIR=$PWD/target/release swift run -c release --package-path tests/swift AftercareBench
//
// A benchmark, not a test: it prints what it measured and checks nothing. See README.md.
import AftercareCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Nanoseconds on `clock` (CLOCK_MONOTONIC for wall time, CLOCK_THREAD_CPUTIME_ID for this
/// thread's time on a CPU: a call preempted by other work on a busy machine is not slow).
func nanos(_ clock: clockid_t) -> UInt64 {
    var time = timespec()
    clock_gettime(clock, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Median and p99 in microseconds of `samples` (nanoseconds).
func stats(_ samples: [UInt64]) -> (median: Double, p99: Double) {
    let sorted = samples.sorted()
    return (Double(sorted[sorted.count / 2]) / 1000, Double(sorted[sorted.count * 99 / 100]) / 1000)
}

/// Runs `call` `runs` times after `runs / 10` warm-up calls and prints the figures in the form
/// the Rust and JVM benchmarks print ("BENCH <lang> <name> median_us=… p99_us=…").
func measure(_ name: String, runs: Int = 2000, _ call: () throws -> Void) rethrows {
    for _ in 0..<runs / 10 {
        try call()
    }
    var wall: [UInt64] = []
    var cpu: [UInt64] = []
    wall.reserveCapacity(runs)
    cpu.reserveCapacity(runs)
    for _ in 0..<runs {
        let c0 = nanos(CLOCK_THREAD_CPUTIME_ID)
        let t0 = nanos(CLOCK_MONOTONIC)
        try call()
        wall.append(nanos(CLOCK_MONOTONIC) - t0)
        cpu.append(nanos(CLOCK_THREAD_CPUTIME_ID) - c0)
    }
    let (median, p99) = stats(wall)
    let (cpuMedian, cpuP99) = stats(cpu)
    print(
        "BENCH swift \(name) median_us=\(String(format: "%.1f", median))"
            + " p99_us=\(String(format: "%.1f", p99))"
            + " cpu_median_us=\(String(format: "%.1f", cpuMedian))"
            + " cpu_p99_us=\(String(format: "%.1f", cpuP99))")
}

/// The journal of core/benches/five_years: 30 microneedling sessions two months apart and
/// 20,000 entries, built through the bindings as a phone would; returns "now" (50 hours after
/// the last session ended).
func buildFiveYears(in folder: URL, zone: String) throws -> Date {
    let start = Date(timeIntervalSince1970: 1_635_757_200)  // 2021-11-01 09:00 UTC
    let hour: TimeInterval = 3600
    let kinds: [SymptomKind] = [.redness, .swelling, .drynessFlaking, .tightness, .itching]
    let companion = try AftercareCompanion.open(
        path: folder.appendingPathComponent("journal.db").path, key: nil, now: start)
    var sessions: [(id: Int64, ended: Date)] = []
    for index in 0..<30 {
        let ended = start.addingTimeInterval(Double(61 * index) * 24 * hour)
        let input = NewSessionInput(
            protocolId: "microneedling", protocolVersion: 1, status: .done, startsAt: nil,
            endedAt: ended, zone: zone)
        sessions.append((try companion.addSession(input: input, now: ended).id, ended))
    }
    var bySession = Array(repeating: [NewSymptom](), count: sessions.count)
    for n in 0..<20_000 {
        let s = n * 30 / 20_000
        bySession[s].append(
            NewSymptom(
                kind: kinds[n % 5], severity: UInt8(n % 6),
                observedAt: sessions[s].ended.addingTimeInterval(Double(1 + (n % 40) * 6) * hour),
                area: .cheeks, note: "a short note about the day"))
    }
    let loggedAt = sessions.last!.ended.addingTimeInterval(20 * 24 * hour)
    for (session, entries) in zip(sessions, bySession) {
        _ = try companion.logSymptoms(
            sessionId: session.id, symptoms: entries, now: loggedAt, zone: zone)
    }
    return sessions.last!.ended.addingTimeInterval(50 * hour)
}

let zone = "Europe/Berlin"
let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("aftercare-bench-\(UUID().uuidString)", isDirectory: true)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let now = try buildFiveYears(in: folder, zone: zone)
let app = try AftercareApp.open(
    config: AppConfig(
        journalPath: folder.appendingPathComponent("journal.db").path, key: nil,
        shareDir: folder.appendingPathComponent("share").path, language: "en"),
    now: now)

@discardableResult
func go(_ destination: Destination) throws -> Update {
    try app.dispatch(action: .navigate(destination: destination), now: now, zone: zone)
}

let companion = app.companion()!
try measure("companion today") {
    _ = try companion.today(now: now, zone: zone, locale: nil)
}
try go(.today)
try measure("app screen today") {
    _ = try app.screen(now: now, zone: zone)
}
try measure("app dispatch navigate_today") {
    try go(.today)
}
try go(.history)
try measure("app screen history") {
    _ = try app.screen(now: now, zone: zone)
}
try go(.log)
var severity: UInt8 = 0
try measure("app dispatch log_severity") {
    severity = (severity + 1) % 11
    _ = try app.dispatch(
        action: .log(action: .setSeverity(index: 0, severity: severity)), now: now, zone: zone)
}
// The Swift side alone: writing the update into a buffer and reading it back (what lifting
// costs, roughly twice over), for the log form and for Today.
let logUpdate = try app.dispatch(
    action: .log(action: .setSeverity(index: 0, severity: 3)), now: now, zone: zone)
try measure("swift lower_lift log_update") {
    _ = try FfiConverterTypeUpdate_lift(FfiConverterTypeUpdate_lower(logUpdate))
}
let todayUpdate = try go(.today)
try measure("swift lower_lift today_update") {
    _ = try FfiConverterTypeUpdate_lift(FfiConverterTypeUpdate_lower(todayUpdate))
}
