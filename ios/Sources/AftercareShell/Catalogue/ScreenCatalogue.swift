// Every screen and state as the real core builds it, for the views' previews (debug only).
#if DEBUG
    import AftercareCore
    import Foundation

    /// One state to draw: the core's screen and the message that came with it.
    public struct CatalogueShot: Sendable {
        /// The state's name, e.g. `today-3-after-logging`.
        public let name: String
        /// The screen the core answered with.
        public let screen: Screen
        /// The message that came with it, if any.
        public let message: Message?
    }

    /// The fixtures of the SwiftUI previews: fresh apps over temporary journals, driven through
    /// the first run, a recovery with entries over several days, an urgent symptom, the
    /// notices and the empty states (the states Android's screen catalogue draws), keeping each
    /// screen the core answered with. The models are the core's own, so the previews never
    /// drift from what the app shows. Built synchronously on the caller's thread: preview and
    /// test support, never used by the app itself (debug builds only).
    public enum ScreenCatalogue {
        /// Every state's name, in the order they are built.
        public static let names = [
            "first-run-1-welcome", "first-run-2-treatment", "first-run-3-when",
            "first-run-4-zone", "first-run-5-clinic-refused", "first-run-6-reminders",
            "today-1-fresh", "history-empty", "today-2-before-logging", "log-1-refused",
            "log-2-two-symptoms", "today-3-after-logging", "timeline", "sessions",
            "sessions-book-form", "sessions-delete-confirm", "history", "report", "settings",
            "settings-backup-choose", "settings-backup-code",
            "triage-1-urgent", "triage-2-contacted", "today-4-after-contact", "today-5-booked",
            "notice-notifications-denied", "notice-wrong-key", "notice-journal-recovered",
        ]

        private static let cache = Cache()

        /// Every state in `language` (a BCP 47 tag as the phone reports it).
        public static func shots(language: String) -> [CatalogueShot] {
            cache.shots(language: language) { build(language: $0) }
        }

        /// The state `name` in `language`.
        public static func shot(_ name: String, language: String) -> CatalogueShot? {
            shots(language: language).first { $0.name == name }
        }

        private static func build(language: String) -> [CatalogueShot] {
            var shots: [CatalogueShot] = []
            func shot(_ driver: CatalogueDriver, _ name: String) {
                shots.append(
                    CatalogueShot(name: name, screen: driver.screen, message: driver.message))
            }
            let hour: TimeInterval = 3600
            let spanish = language.hasPrefix("es")
            let warm =
                spanish
                ? "Caliente y rosada, como una quemadura de sol leve."
                : "Warm and pink, like a mild sunburn."
            let flaking = spanish ? "Se descama en las mejillas." : "Flaking on the cheeks."

            // The first run, step by step, with the clinic step refusing a phone number.
            do {
                let d = CatalogueDriver(language: language)
                shot(d, "first-run-1-welcome")
                d.firstRun(.start)
                shot(d, "first-run-2-treatment")
                d.firstRun(.chooseProtocol(id: "microneedling"))
                d.firstRun(.next)
                d.send(.editTime(field: .sessionTime, at: d.now.addingTimeInterval(-3 * hour)))
                shot(d, "first-run-3-when")
                d.firstRun(.next)
                d.firstRun(.chooseOtherZone)
                d.send(.editText(field: .zone, text: "America/Mexico_City"))
                shot(d, "first-run-4-zone")
                d.firstRun(.followPhoneZone)
                d.firstRun(.next)
                d.send(.editText(field: .clinicName, text: "Clínica Lumen"))
                d.send(.editText(field: .clinicPhone, text: "call me"))
                d.firstRun(.next)
                shot(d, "first-run-5-clinic-refused")
                d.send(.editText(field: .clinicPhone, text: "+34 910 123 456"))
                d.firstRun(.next)
                shot(d, "first-run-6-reminders")
                d.allowReminders(true)
                shot(d, "today-1-fresh")
                d.send(.navigate(destination: .history))
                shot(d, "history-empty")
            }

            // Recovering for three days, with entries on each day.
            do {
                let d = CatalogueDriver(language: language)
                d.throughFirstRun(ago: 74 * hour)
                d.log(.redness, 6, at: d.now.addingTimeInterval(-70 * hour), note: warm)
                d.log(.swelling, 4, at: d.now.addingTimeInterval(-52 * hour))
                d.log(.tightness, 3, at: d.now.addingTimeInterval(-27 * hour))
                d.send(.navigate(destination: .today))
                shot(d, "today-2-before-logging")
                d.send(.navigate(destination: .log))
                d.send(d.logForm.save.action)
                shot(d, "log-1-refused")
                d.fill(0, .drynessFlaking, 2, note: flaking)
                if let add = d.logForm.addSymptom {
                    d.send(add.action)
                }
                d.fill(1, .itching, 3)
                shot(d, "log-2-two-symptoms")
                d.send(d.logForm.save.action)
                shot(d, "today-3-after-logging")
                d.send(.navigate(destination: .timeline))
                shot(d, "timeline")
                d.send(.navigate(destination: .sessions))
                shot(d, "sessions")
                d.send(.sessions(action: .book))
                shot(d, "sessions-book-form")
                d.send(.sessions(action: .closeForm))
                if case .sessions(let model) = d.screen.body,
                    let delete = model.done.items.first?.commands.first(where: {
                        $0.style == .destructive
                    })
                {
                    d.send(delete.action)
                }
                shot(d, "sessions-delete-confirm")
                d.send(.cancel)
                d.send(.navigate(destination: .history))
                shot(d, "history")
                if case .history(let model) = d.screen.body {
                    d.send(model.report.action)
                }
                shot(d, "report")
                d.send(.navigate(destination: .settings))
                shot(d, "settings")
                // A backup: how to lock it, then the recovery code shown once (a new one at
                // every build), then left.
                if case .settings(let model) = d.screen.body {
                    d.send(model.backup.action)
                }
                shot(d, "settings-backup-choose")
                if case .settings(let model) = d.screen.body,
                    let choice = model.backupFlow?.choices.first
                {
                    d.send(choice.action)
                }
                shot(d, "settings-backup-code")
                if case .settings(let model) = d.screen.body,
                    let leave = model.backupFlow?.commands.last
                {
                    d.send(leave.action)
                }
            }

            // An urgent symptom: the call to action, then "I contacted my provider".
            do {
                let d = CatalogueDriver(language: language)
                d.throughFirstRun(ago: 30 * hour)
                d.log(.fever, 7)
                shot(d, "triage-1-urgent")
                if case .triage(let model) = d.screen.body,
                    let contacted = model.verdict?.commands.first(where: {
                        if case .triage(.contacted) = $0.action { return true }
                        return false
                    })
                {
                    d.send(contacted.action)
                }
                shot(d, "triage-2-contacted")
                d.send(.navigate(destination: .today))
                shot(d, "today-4-after-contact")
            }

            // A booked session only: Today's empty state with the preparation.
            do {
                let d = CatalogueDriver(language: language)
                d.throughFirstRun(ago: 50 * hour, booked: true)
                shot(d, "today-5-booked")
            }

            // The notices.
            do {
                let d = CatalogueDriver(language: language)
                d.throughFirstRun(reminders: false)
                shot(d, "notice-notifications-denied")
            }
            do {
                let folder = CatalogueDriver.temporaryFolder()
                defer { try? FileManager.default.removeItem(at: folder) }
                do {
                    let d = CatalogueDriver(
                        language: language, folder: folder, key: Data(repeating: 7, count: 32))
                    d.throughFirstRun()
                }
                let d = CatalogueDriver(
                    language: language, folder: folder, key: Data(repeating: 8, count: 32))
                shot(d, "notice-wrong-key")
            }
            do {
                let folder = CatalogueDriver.temporaryFolder()
                defer { try? FileManager.default.removeItem(at: folder) }
                do {
                    CatalogueDriver(language: language, folder: folder).throughFirstRun()
                }
                // Two header bytes changed: the file no longer reads as a journal.
                let journal = folder.appendingPathComponent("journal.db")
                if var bytes = try? Data(contentsOf: journal), bytes.count > 5 {
                    bytes[0] ^= 0xFF
                    bytes[5] ^= 0xFF
                    try? bytes.write(to: journal)
                }
                shot(
                    CatalogueDriver(language: language, folder: folder), "notice-journal-recovered")
            }
            return shots
        }
    }

    /// Built catalogues, one per language.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var built: [String: [CatalogueShot]] = [:]

        func shots(language: String, build: (String) -> [CatalogueShot]) -> [CatalogueShot] {
            lock.lock()
            defer { lock.unlock() }
            if let shots = built[language] {
                return shots
            }
            let shots = build(language)
            built[language] = shots
            return shots
        }
    }

    /// One patient's app on a temporary journal: "now" fixed at a Saturday morning in Madrid.
    /// `send` is what the views' actions do in the app: dispatch, keep the screen and message.
    final class CatalogueDriver {
        /// Saturday 21 November 2026, 10:00 in Madrid.
        static let start = Date(timeIntervalSince1970: 1_795_251_600)

        let folder: URL
        /// Whether the folder is the driver's own (removed with it) or a test's.
        private let ownsFolder: Bool
        let app: AftercareApp
        let zone = "Europe/Madrid"
        var now = CatalogueDriver.start
        private(set) var screen: Screen
        private(set) var message: Message?

        static func temporaryFolder() -> URL {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent(
                    "aftercare-catalogue-\(UUID().uuidString)", isDirectory: true)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder
        }

        init(language: String, folder: URL? = nil, key: Data? = nil) {
            ownsFolder = folder == nil
            let folder = folder ?? CatalogueDriver.temporaryFolder()
            self.folder = folder
            let config = AppConfig(
                journalPath: folder.appendingPathComponent("journal.db").path, key: key,
                shareDir: folder.appendingPathComponent("share").path, language: language)
            // Only a key that is not 32 bytes or a zone that is not IANA could throw.
            app = try! AftercareApp.open(config: config, now: CatalogueDriver.start)
            screen = try! app.screen(now: CatalogueDriver.start, zone: zone)
        }

        @discardableResult
        func send(_ action: AppAction) -> Update {
            let update = try! app.dispatch(action: action, now: now, zone: zone)
            screen = update.screen
            message = update.message
            return update
        }

        func firstRun(_ action: FirstRunAction) {
            send(.firstRun(action: action))
        }

        /// The reminders step answered: allowed, or refused.
        func allowReminders(_ allowed: Bool) {
            firstRun(.allowReminders)
            send(.notificationPermission(granted: allowed))
            if allowed {
                send(.permissionsChecked(notifications: .granted, exactAlarms: .notNeeded))
            }
        }

        /// Through the first run to Today with a microneedling session that ended `ago` before
        /// now (booked `ago` ahead with `booked`); reminders allowed, refused, or not asked.
        func throughFirstRun(
            ago: TimeInterval = 7200, reminders: Bool? = true, booked: Bool = false
        ) {
            firstRun(.start)
            firstRun(.chooseProtocol(id: "microneedling"))
            firstRun(.next)
            if booked {
                firstRun(.chooseTiming(timing: .booked))
            }
            let at = booked ? now.addingTimeInterval(ago) : now.addingTimeInterval(-ago)
            send(.editTime(field: .sessionTime, at: at))
            firstRun(.next)
            firstRun(.next)
            send(.editText(field: .clinicName, text: "Clínica Lumen"))
            send(.editText(field: .clinicPhone, text: "+34 910 123 456"))
            send(.editText(field: .clinicEmail, text: "hola@clinicalumen.es"))
            firstRun(.next)
            if let reminders {
                allowReminders(reminders)
            }
        }

        var logForm: LogScreen {
            guard case .log(let model) = screen.body else {
                fatalError("the log form is not on screen")
            }
            return model
        }

        /// Logs one symptom through the log form.
        func log(_ kind: SymptomKind, _ severity: UInt8, at: Date? = nil, note: String? = nil) {
            send(.navigate(destination: .log))
            fill(0, kind, severity, at: at, note: note)
            send(logForm.save.action)
        }

        /// Fills symptom `index` of the open log form with the form's own choices.
        func fill(
            _ index: UInt32, _ kind: SymptomKind, _ severity: UInt8, at: Date? = nil,
            note: String? = nil
        ) {
            let wanted = AppAction.log(action: .setKind(index: index, kind: kind))
            // The form offers first what is usual now; "Something else" opens every kind.
            if !logForm.symptoms[Int(index)].kinds.contains(where: { $0.action == wanted }),
                let more = logForm.symptoms[Int(index)].moreKinds
            {
                send(more.action)
            }
            if let choice = logForm.symptoms[Int(index)].kinds.first(where: {
                $0.action == wanted
            }) {
                send(choice.action)
            }
            let symptom = logForm.symptoms[Int(index)]
            if let picker = symptom.severity {
                send(picker.options[Int(severity)].action)
            } else if let fever = symptom.fever {
                // A fever is answered yes or no: any score above 0 is a yes.
                let answer = fever.answers[severity > 0 ? 0 : min(1, fever.answers.count - 1)]
                send(answer.action)
            }
            if let at {
                send(.editTime(field: .symptomTime(index: index), at: at))
            }
            if let note {
                send(.editText(field: .symptomNote(index: index), text: note))
            }
        }

        deinit {
            if ownsFolder {
                try? FileManager.default.removeItem(at: folder)
            }
        }
    }
#endif
