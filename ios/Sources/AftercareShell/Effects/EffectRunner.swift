// Carries out the core's effects on the platform and sends each outcome back to the core.
import AftercareCore
import Foundation

/// Carries out every `Effect` in the order the core gave it, through the platform's
/// protocols, and reports each outcome as the action `core/docs/app.md` names.
///
/// Two lanes, each strictly in order: the system lane (reminders, the background refresh, the
/// foreground check, notification answers) never waits for the patient, so a reminder sync
/// is never held up behind an open share sheet; the interactive lane (permission dialog,
/// dialer, mail, settings, share sheet, picker) waits for the patient.
@MainActor
final class EffectRunner {
    /// The store the outcomes go back to.
    weak var store: AppStore?

    private let platform: PlatformServices
    private let mirror: ReminderMirror
    private let files: ShellFiles
    private let host: CoreHost
    private let glance: GlanceOutput?
    private let diagnostics: any ShellDiagnostics
    private var system: SerialLane!
    private var interactive: SerialLane!

    init(
        platform: PlatformServices,
        files: ShellFiles,
        host: CoreHost,
        glance: GlanceOutput?,
        diagnostics: any ShellDiagnostics
    ) {
        self.platform = platform
        mirror = ReminderMirror(center: platform.notifications)
        self.files = files
        self.host = host
        self.glance = glance
        self.diagnostics = diagnostics
        system = SerialLane { [weak self] in self?.store?.checkSettled() }
        interactive = SerialLane { [weak self] in self?.store?.checkSettled() }
    }

    /// Nothing queued or running in either lane.
    var isIdle: Bool {
        system.isIdle && interactive.isIdle
    }

    /// Queues the effects of one update, in its order.
    func carryOut(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .syncReminders(let cancel, let schedule, let discreet):
                system.enqueue { await self.syncReminders(cancel, schedule, discreet) }
            case .scheduleRefresh(let at):
                system.enqueue { self.scheduleRefresh(at) }
            case .requestNotificationPermission:
                interactive.enqueue { await self.requestPermission() }
            case .openSystemSettings(let page):
                interactive.enqueue { await self.openSettings(page) }
            case .dial(let uri):
                interactive.enqueue { await self.open(uri, scheme: "tel", as: .dial) }
            case .email(let uri, _, _):
                interactive.enqueue { await self.open(uri, scheme: "mailto", as: .email) }
            case .shareFile(let file):
                interactive.enqueue { await self.share(file) }
            case .pickFile(let purpose, let mediaTypes):
                interactive.enqueue { await self.pick(purpose, mediaTypes) }
            case .updateGlance(let timeline):
                system.enqueue { await self.updateGlance(timeline) }
            }
        }
    }

    /// The app came to the foreground: what the phone allows and holds, then `Resumed`. Not
    /// sent if the app left again meanwhile (a late `Resumed` would drop the forms that
    /// `Backgrounded` just kept).
    func resume() {
        system.enqueue {
            let allowed = await self.platform.notifications.authorization()
            let held = await self.mirror.held()
            guard let store = self.store, store.phase == .active else {
                return
            }
            store.send(
                .permissionsChecked(
                    notifications: allowed.permissionState, exactAlarms: .notNeeded))
            store.send(.remindersHeld(osIds: held, limit: ReminderMirror.limit))
            store.send(.resumed)
        }
    }

    /// Tells the core what the phone holds (it then syncs the difference).
    func reportHeld() {
        system.enqueue { await self.sendHeld() }
    }

    /// Records a notification's "Done" or "Snooze" in the ledger through the companion, then
    /// reports what the phone holds so the core syncs.
    func record(_ answer: NotificationAnswer) {
        system.enqueue {
            do {
                try await self.host.withCompanion { companion, clock in
                    switch answer {
                    case .done(let id):
                        try companion.respondToReminder(id: id, response: .done, now: clock.now())
                    case .snooze(let id):
                        _ = try companion.snoozeReminder(id: id, now: clock.now())
                    case .open:
                        break
                    }
                }
            } catch {
                self.diagnostics.note(.answerNotRecorded(error: caseName(of: error)))
            }
            await self.sendHeld()
        }
    }

    // MARK: - Effects

    private func send(_ action: AppAction) {
        store?.send(action)
    }

    private func sendHeld() async {
        let held = await mirror.held()
        send(.remindersHeld(osIds: held, limit: ReminderMirror.limit))
    }

    private func syncReminders(_ cancel: [String], _ schedule: [Reminder], _ discreet: Bool) async {
        let outcome = await mirror.apply(
            cancel: cancel, schedule: schedule, discreet: discreet, now: host.clock.now())
        switch outcome {
        case .applied:
            send(.remindersSynced)
        case .notAllowed(let skipped):
            diagnostics.note(.remindersNotAllowed(skipped: skipped))
        case .incomplete(let refused):
            diagnostics.note(.remindersNotHeld(count: refused))
        }
    }

    private func scheduleRefresh(_ at: Date) {
        let scheduled = platform.background.scheduleRefresh(earliest: at)
        if !scheduled {
            diagnostics.note(.refreshNotScheduled)
        }
        send(.launched(effect: .scheduleRefresh, outcome: scheduled ? .done : .failed))
    }

    /// Writes the widgets' glance unless it continues what was last written (a background
    /// refresh, or a new process, hands over the same timeline again), then reloads them.
    private func updateGlance(_ timeline: GlanceTimeline) async {
        guard let glance else {
            return
        }
        let file = GlanceFile(timeline, writtenAt: host.clock.now())
        let store = glance.store
        let written = await Task.detached { try? store.write(file) }.value
        switch written {
        case .some(true):
            glance.widgets.reloadAllTimelines()
        case .some(false):
            break
        case .none:
            diagnostics.note(.glanceNotWritten)
        }
    }

    private func requestPermission() async {
        let granted = await platform.notifications.requestAuthorization()
        send(.notificationPermission(granted: granted))
        if granted {
            // Reminders handed over while notifications were not allowed were never added.
            reportHeld()
        }
    }

    private func openSettings(_ page: SystemPage) async {
        let url: URL?
        switch page {
        case .notifications:
            url = platform.urls.notificationSettingsURL
        case .exactAlarms:
            // iOS has no such page (the core is told exact alarms are not needed).
            url = nil
        }
        guard let url else {
            send(.launched(effect: .openSystemSettings, outcome: .noApp))
            return
        }
        let opened = await platform.urls.open(url)
        send(.launched(effect: .openSystemSettings, outcome: opened ? .done : .noApp))
    }

    /// The dialer (`tel:`) or mail (`mailto:`): only the scheme the effect is for.
    private func open(_ uri: String, scheme: String, as kind: EffectKind) async {
        guard let url = URL(string: uri), url.scheme?.lowercased() == scheme else {
            send(.launched(effect: kind, outcome: .failed))
            return
        }
        let opened = await platform.urls.open(url)
        send(.launched(effect: kind, outcome: opened ? .done : .noApp))
    }

    private func share(_ file: SharedFile) async {
        let files = files
        let now = host.clock.now()
        let prepared = await Task.detached { try? files.prepare(file, now: now) }.value
        guard let prepared else {
            diagnostics.note(.shareNotPrepared)
            send(.launched(effect: .shareFile, outcome: .failed))
            return
        }
        let shown = await platform.sharer.share(
            prepared, title: file.title, mediaType: file.mediaType)
        send(.launched(effect: .shareFile, outcome: shown ? .done : .noApp))
    }

    private func pick(_ purpose: FilePurpose, _ mediaTypes: [String]) async {
        guard let picked = await platform.picker.pick(purpose, mediaTypes: mediaTypes) else {
            send(.fileNotPicked(purpose: purpose))
            return
        }
        let files = files
        let kept = await Task.detached { try? files.keep(picked: picked, for: purpose) }.value
        guard let kept else {
            diagnostics.note(.pickedFileNotCopied)
            send(.fileNotPicked(purpose: purpose))
            return
        }
        send(.filePicked(purpose: purpose, path: kept.path))
    }
}
