// Fakes for the platform's protocols: what the phone would do, recorded for the tests.
import AftercareCore
import AftercareShell
import Foundation

/// A notification centre that behaves like iOS's where the shell relies on it: refuses to add
/// while notifications are not allowed, replaces a request with the same identifier, keeps
/// only the soonest 64, and delivers (drops from pending) what is due when time passes.
@MainActor
final class FakeNotificationCenter: NotificationCenterService {
    var status: NotificationAuthorization = .notDetermined
    /// What the patient answers in the system's dialog.
    var patientAllows = true
    private(set) var pending: [String: ReminderRequest] = [:]
    private(set) var delivered: [ReminderRequest] = []
    private(set) var categories: [String: ReminderCategory] = [:]
    /// Every call that changes what is pending, in order ("remove x", "add y").
    private(set) var log: [String] = []
    private(set) var questions = 0
    /// Identifiers `add` refuses (a request the phone rejects).
    var refuse: Set<String> = []

    func authorization() async -> NotificationAuthorization {
        status
    }

    func requestAuthorization() async -> Bool {
        questions += 1
        if status == .notDetermined {
            status = patientAllows ? .authorized : .denied
        }
        return status.allowsReminders
    }

    func pendingReminderIdentifiers() async -> [String] {
        pending.keys.sorted()
    }

    func removePending(identifiers: [String]) {
        for id in identifiers {
            log.append("remove \(id)")
            pending[id] = nil
        }
    }

    func add(_ request: ReminderRequest) async throws {
        guard status.allowsReminders else {
            throw FakeError.notAllowed
        }
        guard !refuse.contains(request.identifier) else {
            throw FakeError.refused
        }
        log.append("add \(request.identifier)")
        pending[request.identifier] = request
        if pending.count > 64 {
            // iOS keeps the soonest-firing 64.
            let latest = pending.values.max { fireDate(of: $0) < fireDate(of: $1) }!
            pending[latest.identifier] = nil
        }
    }

    func register(_ categories: [ReminderCategory]) async {
        for category in categories {
            self.categories[category.identifier] = category
        }
    }

    /// Time passed to `now`: what was due fired and left the pending list.
    func deliver(until now: Date) {
        for request in pending.values.sorted(by: { fireDate(of: $0) < fireDate(of: $1) })
        where fireDate(of: request) <= now {
            pending[request.identifier] = nil
            delivered.append(request)
        }
    }

    func clearLog() {
        log.removeAll()
    }

    func fireDate(of request: ReminderRequest) -> Date {
        switch request.trigger {
        case .at(let components):
            return components.calendar!.date(from: components)!
        case .afterSeconds:
            return .distantPast
        }
    }
}

enum FakeError: Error {
    case notAllowed
    case refused
}

@MainActor
final class FakeBackground: BackgroundRefreshScheduler {
    var allowed = true
    private(set) var requests: [Date] = []

    func scheduleRefresh(earliest: Date) -> Bool {
        requests.append(earliest)
        return allowed
    }
}

@MainActor
final class FakeURLOpener: URLOpener {
    var notificationSettingsURL: URL? = URL(string: "app-settings:notifications")
    /// Schemes some app handles.
    var handled: Set<String> = ["tel", "mailto", "app-settings"]
    private(set) var opened: [URL] = []

    func open(_ url: URL) async -> Bool {
        opened.append(url)
        return handled.contains(url.scheme ?? "")
    }
}

@MainActor
final class FakeSharer: FileSharer {
    struct Shared {
        let file: URL
        let bytes: Data
        let title: String
        let mediaType: String
    }

    var canShow = true
    private(set) var shared: [Shared] = []

    func share(_ file: URL, title: String, mediaType: String) async -> Bool {
        guard canShow else {
            return false
        }
        let bytes = (try? Data(contentsOf: file)) ?? Data()
        shared.append(Shared(file: file, bytes: bytes, title: title, mediaType: mediaType))
        return true
    }
}

@MainActor
final class FakePicker: FilePicker {
    /// What the patient picks next (nil: cancels).
    var next: URL?
    private(set) var asked: [(FilePurpose, [String])] = []

    func pick(_ purpose: FilePurpose, mediaTypes: [String]) async -> URL? {
        asked.append((purpose, mediaTypes))
        defer { next = nil }
        return next
    }
}

/// An in-memory key store (the Keychain's part), with what the test makes it answer.
final class FakeKeyStore: JournalKeyStore, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: StoredKey
    private var asideItems: [String: StoredKey] = [:]
    private var saves = 0

    init(_ stored: StoredKey = .missing) {
        self.stored = stored
    }

    func read() -> StoredKey {
        lock.withLock { stored }
    }

    func save(_ key: Data) throws {
        try lock.withLock {
            guard stored == .missing else {
                throw FakeError.refused
            }
            saves += 1
            stored = .found(key)
        }
    }

    func setAside(label: String) throws {
        lock.withLock {
            asideItems[label] = stored
            stored = .missing
        }
    }

    /// Makes the store answer `value` from now on (a phone unlocked, a damaged item).
    func set(_ value: StoredKey) {
        lock.withLock { stored = value }
    }

    var aside: [String: StoredKey] {
        lock.withLock { asideItems }
    }

    var saveCount: Int {
        lock.withLock { saves }
    }

    var key: Data? {
        lock.withLock {
            if case .found(let key) = stored { return key }
            return nil
        }
    }
}

/// A clock the test moves by hand, and a zone it can change.
final class TestClock: ShellClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date
    private var zoneName: String

    init(_ instant: Date, zone: String = "Europe/Berlin") {
        self.instant = instant
        zoneName = zone
    }

    func now() -> Date {
        lock.withLock { instant }
    }

    func zone() -> String {
        lock.withLock { zoneName }
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { instant += seconds }
    }

    func set(zone: String) {
        lock.withLock { zoneName = zone }
    }
}

/// Proves the one-order rule: counts core jobs running at once, and any on the main thread.
final class CallProbe: CoreCallProbe, @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private(set) var most = 0
    private(set) var calls = 0
    private(set) var onMainThread = 0

    func callStarted() {
        lock.withLock {
            running += 1
            calls += 1
            most = max(most, running)
            if Thread.isMainThread {
                onMainThread += 1
            }
        }
        // Long enough for an overlapping call to show if the queue ever let one through.
        usleep(50)
    }

    func callEnded() {
        lock.withLock { running -= 1 }
    }

    var snapshot: (most: Int, calls: Int, onMainThread: Int) {
        lock.withLock { (most, calls, onMainThread) }
    }
}

/// Collects the shell's notes.
final class NoteCollector: ShellDiagnostics, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [ShellNote] = []

    func note(_ note: ShellNote) {
        lock.withLock { collected.append(note) }
    }

    var notes: [ShellNote] {
        lock.withLock { collected }
    }
}

/// The widgets: counts how often they were asked to reload.
@MainActor
final class FakeWidgets: WidgetReloader {
    private(set) var reloads = 0

    func reloadAllTimelines() {
        reloads += 1
    }
}
