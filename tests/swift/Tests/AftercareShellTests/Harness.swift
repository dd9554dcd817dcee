// A shell over a real journal in a temporary folder, with fake platform services and a clock.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

/// Saturday 21 November 2026, 10:00 in Berlin (the core's tests' start).
let start = Date(timeIntervalSince1970: 1_795_251_600)

/// A journal folder, a key store, the fakes, a clock, and a store over them. Making a second
/// store over the same folder is a new process (the first one must be let go of first).
@MainActor
final class Harness {
    let dir: URL
    let folders: ShellFolders
    let keys: FakeKeyStore
    let clock: TestClock
    let center = FakeNotificationCenter()
    let background = FakeBackground()
    let urls = FakeURLOpener()
    let sharer = FakeSharer()
    let picker = FakePicker()
    let probe = CallProbe()
    let notes = NoteCollector()
    let widgets = FakeWidgets()
    /// The App Group container the widgets read the glance from.
    let group: URL
    let language: String
    private(set) var store: AppStore!

    init(language: String = "en-GB", keys: FakeKeyStore = FakeKeyStore(), clock: TestClock? = nil) {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("aftercare-shell-\(UUID().uuidString)", isDirectory: true)
        folders = ShellFolders(
            root: dir.appendingPathComponent("Library", isDirectory: true),
            temporary: dir.appendingPathComponent("tmp", isDirectory: true))
        group = dir.appendingPathComponent("AppGroup", isDirectory: true)
        self.keys = keys
        self.clock = clock ?? TestClock(start)
        self.language = language
        store = makeStore()
    }

    deinit {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A store over this folder, as a new process makes it.
    func makeStore() -> AppStore {
        AppStore(
            opener: JournalOpener(
                folders: folders, keys: keys, language: language, diagnostics: notes),
            platform: PlatformServices(
                notifications: center, background: background, urls: urls, sharer: sharer,
                picker: picker),
            files: ShellFiles(folders: folders),
            // A store of its own per process: what was written last is read from the file.
            glance: GlanceOutput(store: GlanceStore(folder: group), widgets: widgets),
            clock: clock,
            executor: CoreExecutor(probe: probe),
            diagnostics: notes
        )
    }

    /// The process ended and a new one starts. The old one's connection is closed first (as
    /// Kotlin's AppTest does with `use`): otherwise the last core job's block, released by
    /// Dispatch a moment after it ran, could close it (and checkpoint the WAL) after the new
    /// one looked at the files.
    func newProcess() async {
        await settle()
        await store.close()
        weak let old = store
        store = nil
        // The store let go of the journal with it: nothing else held the core's app.
        XCTAssertNil(old, "the old store is gone")
        store = makeStore()
    }

    /// Opens the journal and brings the app to the foreground, as a launch does.
    func launch() async {
        store.start()
        store.phaseChanged(to: .active)
        await settle()
    }

    /// Waits until the store has nothing left to do; fails the test after 30 s (a shell that
    /// kept handing the same thing back and forth would otherwise hang the whole run).
    func settle(file: StaticString = #filePath, line: UInt = #line) async {
        let store = store!
        await within30s(file: file, line: line) { await store.settled() }
    }

    /// A notification answered (`store.answer`, which returns once all of it is done).
    func answer(_ answer: NotificationAnswer, file: StaticString = #filePath, line: UInt = #line)
        async
    {
        let store = store!
        await within30s(file: file, line: line) { await store.answer(answer) }
    }

    /// The background refresh ran (`store.backgroundRefresh`, which returns once it is done).
    func backgroundRefresh(file: StaticString = #filePath, line: UInt = #line) async {
        let store = store!
        await within30s(file: file, line: line) { await store.backgroundRefresh() }
    }

    /// Runs `work`, failing the test if it has not returned after 30 s.
    func within30s(
        file: StaticString, line: UInt, _ work: @escaping @MainActor () async -> Void
    ) async {
        let (finished, finish) = AsyncStream.makeStream(of: Bool.self)
        Task {
            await work()
            finish.yield(true)
        }
        Task {
            try? await Task.sleep(nanoseconds: 30_000_000_000)
            finish.yield(false)
        }
        for await done in finished {
            XCTAssertTrue(done, "done within 30 s", file: file, line: line)
            return
        }
    }

    /// Sends `action` and waits until it and everything it caused are done.
    @discardableResult
    func send(_ action: AppAction) async -> Screen {
        store.send(action)
        await settle()
        return screen
    }

    /// Presses `command` (it must be enabled).
    @discardableResult
    func press(_ command: Command, file: StaticString = #filePath, line: UInt = #line) async
        -> Screen
    {
        XCTAssertTrue(command.enabled, "\(command.label) is enabled", file: file, line: line)
        return await send(command.action)
    }

    /// Moves the clock (and lets the phone deliver what fell due).
    func advance(hours: Double) {
        clock.advance(by: hours * 3600)
        center.deliver(until: clock.now())
    }

    var screen: Screen {
        store.screen!
    }

    /// The first run with a microneedling session that ended two hours ago, up to the
    /// reminders step (the clinic's phone given).
    func throughFirstRun() async {
        await press(screen.firstRun.commands.labelled("Get started"))
        await send(screen.firstRun.protocols.labelled("Microneedling").action)
        await press(screen.firstRun.commands.labelled("Next"))
        await send(.editTime(field: .sessionTime, at: clock.now().addingTimeInterval(-2 * 3600)))
        await press(screen.firstRun.commands.labelled("Next"))
        await press(screen.firstRun.commands.labelled("Next"))
        await send(.editText(field: .clinicName, text: "Glow Clinic"))
        await send(.editText(field: .clinicPhone, text: "+49 30 1234 5678"))
        await send(.editText(field: .clinicEmail, text: "care@glow.example"))
        await press(screen.firstRun.commands.labelled("Save and continue"))
        XCTAssertEqual(screen.firstRun.step, .reminders)
    }

    /// Launch, the first run, reminders allowed: on Today.
    func recovering() async {
        await launch()
        await throughFirstRun()
        await press(screen.firstRun.commands.labelled("Turn on reminders"))
        _ = screen.today
    }

    /// The log form with `symptoms` (kind label, severity) filled in, saved.
    @discardableResult
    func log(_ symptoms: [(String, UInt8)]) async -> Screen {
        await send(.navigate(destination: .log))
        for (index, (kind, severity)) in symptoms.enumerated() {
            if index > 0 {
                await press(screen.log.addSymptom!)
            }
            // What is usual now comes first; "Something else" opens every kind.
            if !screen.log.symptoms[index].kinds.contains(where: { $0.label == kind }),
                let more = screen.log.symptoms[index].moreKinds
            {
                await press(more)
            }
            await send(screen.log.symptoms[index].kinds.labelled(kind).action)
            let form = screen.log.symptoms[index]
            if let picker = form.severity {
                await send(picker.options[Int(severity)].action)
            } else if let fever = form.fever {
                // A fever is answered yes or no: any score above 0 is a yes.
                await send(fever.answers[severity > 0 ? 0 : 1].action)
            }
        }
        return await press(screen.log.save)
    }
}

// MARK: - Reading models

extension Screen {
    var firstRun: FirstRunScreen {
        guard case .firstRun(let model) = body else { fatalError("not the first run: \(title)") }
        return model
    }

    var today: TodayScreen {
        guard case .today(let model) = body else { fatalError("not Today: \(title)") }
        return model
    }

    var log: LogScreen {
        guard case .log(let model) = body else { fatalError("not the log form: \(title)") }
        return model
    }

    var triage: TriageScreen {
        guard case .triage(let model) = body else { fatalError("not triage: \(title)") }
        return model
    }

    var sessions: SessionsScreen {
        guard case .sessions(let model) = body else { fatalError("not sessions: \(title)") }
        return model
    }

    var history: HistoryScreen {
        guard case .history(let model) = body else { fatalError("not history: \(title)") }
        return model
    }

    var report: ReportScreen {
        guard case .report(let model) = body else { fatalError("not the report: \(title)") }
        return model
    }

    var settings: SettingsScreen {
        guard case .settings(let model) = body else { fatalError("not settings: \(title)") }
        return model
    }

    var notice: NoticeScreen {
        guard case .notice(let model) = body else { fatalError("not a notice: \(title)") }
        return model
    }

    var isToday: Bool {
        if case .today = body { return true }
        return false
    }
}

extension [Command] {
    func labelled(_ label: String) -> Command {
        guard let command = first(where: { $0.label == label }) else {
            fatalError("no command '\(label)' in \(map(\.label))")
        }
        return command
    }
}

extension [Choice] {
    func labelled(_ label: String) -> Choice {
        guard let choice = first(where: { $0.label == label }) else {
            fatalError("no choice '\(label)' in \(map(\.label))")
        }
        return choice
    }
}

extension Effect {
    var isSync: Bool {
        if case .syncReminders = self { return true }
        return false
    }
}
