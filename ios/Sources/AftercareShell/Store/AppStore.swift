// The store the views observe: the core's screen and message, published on the main actor.
import AftercareCore
import Foundation
import Observation

/// What a job on the core's queue answers, in the order the jobs ran.
enum CoreAnswer: Sendable {
    /// The journal was opened (or found open): its screen, or nil while it waits for the
    /// phone's unlock.
    case opened(Result<Screen, any Error>?)
    /// A dispatch's answer.
    case update(Update)
    /// A dispatch that did not happen: the core refused it, or no journal is open.
    case unchanged((any Error)?)
}

/// The app's state for the views: the core's current `Screen` and its transient message.
///
/// Every core call runs on one serial executor off the main actor, in the order the actions
/// were sent (an edit typed before "Save" always reaches the core first); each answer is
/// published here on the main actor, in the same order. Effects are carried out by the
/// `EffectRunner`, whose outcomes come back through `send`. The views hold no state of the
/// app's own: they draw `screen` and send what the patient did.
@MainActor
@Observable
public final class AppStore {
    /// The screen to draw; nil until the journal is open (a frame or two at launch).
    public private(set) var screen: Screen?
    /// The last update's message, shown once (then `messageShown`).
    public private(set) var message: ShownMessage?
    /// The journal waits for the phone to be unlocked once since its restart.
    public private(set) var waitingForUnlock = false
    /// The scene's phase as last reported.
    public private(set) var phase: ScenePhaseEvent = .inactive

    @ObservationIgnored private let host: CoreHost
    @ObservationIgnored private let answers: AsyncStream<CoreAnswer>.Continuation
    @ObservationIgnored private let diagnostics: any ShellDiagnostics
    @ObservationIgnored private var effects: EffectRunner?
    @ObservationIgnored private var inFlight = 0
    @ObservationIgnored private var waiters: [CheckedContinuation<Void, Never>] = []
    @ObservationIgnored private var messages = 0

    /// A store over the journal `opener` opens, carrying out effects on `platform`, writing the
    /// widgets' glance through `glance` (none: an app without widgets).
    public init(
        opener: any AppOpening,
        platform: PlatformServices,
        files: ShellFiles,
        glance: GlanceOutput? = nil,
        clock: any ShellClock = SystemClock(),
        executor: CoreExecutor = CoreExecutor(),
        diagnostics: any ShellDiagnostics = SilentDiagnostics()
    ) {
        host = CoreHost(executor: executor, opener: opener, clock: clock)
        self.diagnostics = diagnostics
        let (stream, continuation) = AsyncStream.makeStream(of: CoreAnswer.self)
        answers = continuation
        effects = EffectRunner(
            platform: platform, files: files, host: host, glance: glance,
            diagnostics: diagnostics)
        effects?.store = self
        // One reader, so answers are published in the order the core gave them.
        Task { [weak self] in
            for await answer in stream {
                guard let self else {
                    return
                }
                self.publish(answer)
            }
        }
    }

    deinit {
        answers.finish()
    }

    // MARK: - What the views and the app call

    /// Opens the journal (off the main actor) and draws its first screen.
    public func start() {
        inFlight += 1
        let answers = answers
        host.open { answers.yield(.opened($0)) }
    }

    /// A journal opened without a key (its notice says it cannot be unlocked) is opened
    /// again once the key store gives the key: a Keychain that failed for a moment.
    private func retryKey() {
        inFlight += 1
        let answers = answers
        host.reopenIfKeyless { reopened in
            answers.yield(reopened.map { .opened($0) } ?? .unchanged(nil))
        }
    }

    /// Sends what the patient did (or an effect's outcome) to the core; its answer is
    /// published when it comes.
    public func send(_ action: AppAction) {
        inFlight += 1
        let answers = answers
        let clock = host.clock
        host.submit { app in
            guard let app else {
                answers.yield(.unchanged(nil))
                return
            }
            do {
                let update = try app.dispatch(action: action, now: clock.now(), zone: clock.zone())
                answers.yield(.update(update))
            } catch {
                answers.yield(.unchanged(error))
            }
        }
    }

    /// The system's back (VoiceOver's escape gesture, a hardware keyboard's Escape): the
    /// core's back while the screen has a way back or a dialog; false when there is none
    /// and the system may have the gesture.
    @discardableResult
    public func back() -> Bool {
        guard let screen, screen.dialog != nil || screen.up != nil else {
            return false
        }
        send(screen.dialog != nil ? .back : screen.up?.action ?? .back)
        return true
    }

    /// The message with `id` was shown; it is not shown again.
    public func messageShown(id: Int) {
        if message?.id == id {
            message = nil
        }
    }

    /// The scene's phase changed. Coming to the foreground tells the core what the phone
    /// allows and holds and that the app is back (`PermissionsChecked`, `RemindersHeld`,
    /// `Resumed`); leaving it lets the core keep the unsaved forms (`Backgrounded`), since iOS
    /// may end the process without warning from then on.
    public func phaseChanged(to next: ScenePhaseEvent) {
        let previous = phase
        phase = next
        guard next != previous else {
            return
        }
        switch next {
        case .active:
            if waitingForUnlock {
                start()
            } else {
                retryKey()
            }
            effects?.resume()
        case .background:
            send(.backgrounded)
        case .inactive:
            break
        }
    }

    /// A link from outside (a tapped notification, the system): the app's own links become
    /// the core's `OpenLink`; false for any other link.
    @discardableResult
    public func open(_ url: URL) -> Bool {
        guard DeepLink.accepts(url) else {
            return false
        }
        send(.openLink(url: url.absoluteString))
        return true
    }

    /// A notification was answered: "Done" and "Snooze" go to the ledger through the
    /// companion (no screen), then the core hears what the phone holds and syncs; a tap or
    /// "Log symptoms" opens the reminder's deep link. Returns once all of it is done.
    public func answer(_ answer: NotificationAnswer) async {
        switch answer {
        case .open(let link):
            send(.openLink(url: link))
        case .done, .snooze:
            effects?.record(answer)
        }
        await settled()
    }

    /// The background refresh ran: the core syncs the reminders. Returns once they are
    /// applied.
    public func backgroundRefresh() async {
        send(.backgroundRefresh)
        await settled()
    }

    /// The clock was set or the zone changed: the core hears what the phone holds and syncs
    /// (wall-clock reminders move to the same local time in the new zone).
    public func clockChanged() {
        effects?.reportHeld()
    }

    /// Returns once every action sent so far has been answered and every effect carried out.
    public func settled() async {
        if isSettled {
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Lets go of the journal (a test's "process ends"; the app never needs it).
    public func close() async {
        await settled()
        await host.close()
    }

    // MARK: - Answers

    private func publish(_ answer: CoreAnswer) {
        switch answer {
        case .opened(.some(.success(let first))):
            waitingForUnlock = false
            screen = first
        case .opened(.some(.failure(let error))):
            waitingForUnlock = false
            diagnostics.note(.coreRefused(error: caseName(of: error)))
        case .opened(.none):
            waitingForUnlock = true
        case .update(let update):
            screen = update.screen
            if let shown = update.message {
                messages += 1
                message = ShownMessage(message: shown, id: messages)
            }
            effects?.carryOut(update.effects)
        case .unchanged(let error):
            if let error {
                diagnostics.note(.coreRefused(error: caseName(of: error)))
            }
        }
        inFlight -= 1
        checkSettled()
    }

    private var isSettled: Bool {
        inFlight == 0 && (effects?.isIdle ?? true)
    }

    /// Wakes whoever waits in `settled` once nothing is left to do.
    func checkSettled() {
        guard isSettled, !waiters.isEmpty else {
            return
        }
        let waiting = waiters
        waiters.removeAll()
        for waiter in waiting {
            waiter.resume()
        }
    }
}
