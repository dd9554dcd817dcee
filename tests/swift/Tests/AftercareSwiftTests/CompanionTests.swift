import AftercareCore
import Dispatch
import Foundation
import XCTest

/// The scenarios a shell goes through, run on the real library through the generated Swift:
/// the same ones as tests/kotlin's `CompanionTest`, so both bindings are held to one behaviour.
final class CompanionTests: XCTestCase {
    private static let zone = "Europe/Berlin"
    /// The microneedling session ended 2026-11-21 09:00 UTC (10:00 in Berlin).
    private static let ended = Date(timeIntervalSince1970: 1_795_251_600)

    /// A fresh folder per test, removed afterwards.
    private var folder: URL!

    private var journalPath: String { folder.appendingPathComponent("journal.db").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("aftercare-swift-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `hours` after the session ended.
    private static func after(hours: Double) -> Date {
        ended.addingTimeInterval(hours * 3600)
    }

    /// Opens a journal in the test's folder and records the done session.
    private func openWithSession() throws -> (AftercareCompanion, Session) {
        let companion = try AftercareCompanion.open(path: journalPath, key: nil, now: Self.ended)
        let session = try companion.addSession(
            input: Self.doneSession(version: nil), now: Self.ended)
        return (companion, session)
    }

    private static func doneSession(version: UInt32?) -> NewSessionInput {
        NewSessionInput(
            protocolId: "microneedling",
            protocolVersion: version,
            status: .done,
            startsAt: nil,
            endedAt: ended,
            zone: zone
        )
    }

    private static func symptom(
        _ kind: SymptomKind, _ severity: UInt8, at observed: Date, note: String = ""
    ) -> NewSymptom {
        NewSymptom(kind: kind, severity: severity, observedAt: observed, area: .cheeks, note: note)
    }

    func testTodayShowsWhereThePatientIs() throws {
        let (companion, session) = try openWithSession()
        let now = Self.after(hours: 26)

        let today = try companion.today(now: now, zone: Self.zone, locale: nil)

        XCTAssertEqual(today.sessionId, session.id)
        let status = try XCTUnwrap(today.status)
        XCTAssertEqual(status.headline, "Day 2 of your recovery")
        XCTAssertEqual(status.zone, Self.zone)
        XCTAssertTrue(status.restrictions.contains { $0.rule.id == "no-swimming-sauna" })
        XCTAssertEqual(today.assessment?.level, TriageLevel.normal)
        XCTAssertFalse(today.reminders.isEmpty)
        // Spanish on request, same records.
        let spanish = try companion.today(now: now, zone: Self.zone, locale: .es)
        XCTAssertEqual(spanish.status?.headline, "Día 2 de tu recuperación")
    }

    func testLoggingUntilTriageSaysContactTheProvider() throws {
        let (companion, session) = try openWithSession()

        // Redness 4 twelve hours after the session is expected.
        let twelve = Self.after(hours: 12)
        let first = try companion.logSymptom(
            sessionId: session.id, symptom: Self.symptom(.redness, 4, at: twelve), now: twelve,
            zone: Self.zone)
        XCTAssertFalse(first.raised)
        let early = try companion.today(now: Self.after(hours: 13), zone: Self.zone, locale: nil)
        XCTAssertEqual(early.assessment?.level, TriageLevel.normal)

        // Stronger redness at 60 h, when it should be fading, is not: logging says so at once.
        let sixty = Self.after(hours: 60)
        let logged = try companion.logSymptom(
            sessionId: session.id, symptom: Self.symptom(.redness, 6, at: sixty), now: sixty,
            zone: Self.zone)
        XCTAssertTrue(logged.raised)
        XCTAssertEqual(logged.assessment?.level, TriageLevel.contactProvider)
        let worse = try XCTUnwrap(logged.entries.first)
        let now = Self.after(hours: 61)
        let assessment = try XCTUnwrap(
            companion.today(now: now, zone: Self.zone, locale: nil).assessment)
        XCTAssertEqual(assessment.level, TriageLevel.contactProvider)
        XCTAssertFalse(assessment.headline.isEmpty)
        let reason = try XCTUnwrap(
            assessment.reasons.first { $0.ruleId == "flag-redness-worsening" })
        XCTAssertTrue(reason.entries.contains { $0.id == worse.id })
        // The watch it opens asks for a check-in this evening.
        let sync = try companion.syncReminders(now: now, zone: Self.zone, osPending: [], limit: 64)
        XCTAssertTrue(sync.schedule.contains { $0.category == .checkIn })
    }

    func testSyncingRemindersTwiceGivesAnEmptyDiff() throws {
        let (companion, _) = try openWithSession()
        let now = Self.after(hours: 1)

        let first = try companion.syncReminders(now: now, zone: Self.zone, osPending: [], limit: 64)
        XCTAssertFalse(first.schedule.isEmpty)
        XCTAssertLessThanOrEqual(first.schedule.count, 64)
        XCTAssertEqual(first.cancel, [])
        XCTAssertGreaterThan(first.refreshAt, now)
        XCTAssertEqual(Set(first.schedule.map(\.osId)).count, first.schedule.count)
        for reminder in first.schedule {
            XCTAssertGreaterThanOrEqual(reminder.fireAt, now)
            XCTAssertFalse(reminder.title.isEmpty)
            XCTAssertFalse(reminder.lockScreenTitle.isEmpty)
        }

        // The OS now holds exactly what the core asked for.
        let held = first.schedule.map(\.osId)
        let second = try companion.syncReminders(
            now: now, zone: Self.zone, osPending: held, limit: 64)
        XCTAssertEqual(second.schedule, [], "nothing new to schedule")
        XCTAssertEqual(second.cancel, [], "nothing to cancel")

        // Done: the reminder is cancelled at the next sync and never comes back.
        let spf = try XCTUnwrap(first.schedule.first { $0.category == .spf })
        try companion.respondToReminder(id: spf.id, response: .done, now: now)
        let third = try companion.syncReminders(
            now: now, zone: Self.zone, osPending: held, limit: 64)
        XCTAssertEqual(third.cancel.filter { $0 == spf.osId }, [spf.osId])
        XCTAssertFalse(third.schedule.contains { $0.id == spf.id })
    }

    func testABadClinicProtocolIsATypedErrorNamingThePlace() throws {
        let (companion, _) = try openWithSession()
        let bad = """
            {"format":1,"id":"glow","version":1,"name":"protocol-microneedling","treatment":"microneedling",
             "rules":[{"id":"no-makeup-long","kind":"restriction","topic":"makeup",
               "window":{"anchor":"after_session","from":"48h","until":"24h"},
               "text":"restrict-makeup","sources":["clinic"]}]}
            """

        XCTAssertThrowsError(try companion.importProtocol(json: bad, now: Self.ended)) { error in
            guard case AftercareError.InvalidInput(let field, let message) = error else {
                return XCTFail("expected InvalidInput, got \(error)")
            }
            XCTAssertEqual(field, "protocol.rules[0].window.until")
            XCTAssertTrue(message.contains("ends before it starts"), message)
        }
        XCTAssertThrowsError(
            try companion.today(now: Self.ended, zone: "Mars/Olympus", locale: nil)
        ) {
            error in
            guard case AftercareError.InvalidInput(field: "zone", reason: _) = error else {
                return XCTFail("expected InvalidInput for the zone, got \(error)")
            }
        }
        XCTAssertThrowsError(try companion.symptoms(sessionId: 999)) { error in
            XCTAssertEqual(
                error as? AftercareError, AftercareError.NotFound(what: "session", id: 999))
        }
    }

    func testTwoThreadsShareOneCompanion() throws {
        let (companion, session) = try openWithSession()
        let now = Self.after(hours: 30)
        let results = Collected()

        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for n in 0..<50 {
                let symptom = Self.symptom(
                    .drynessFlaking, UInt8(n % 10),
                    at: now.addingTimeInterval(-Double(thread * 100 + n)),
                    note: "t\(thread)-\(n)")
                do {
                    let logged = try companion.logSymptom(
                        sessionId: session.id, symptom: symptom, now: now, zone: Self.zone)
                    results.add(id: logged.entries[0].id)
                    // A reader at the same time as the writers.
                    _ = try companion.today(now: now, zone: Self.zone, locale: nil)
                } catch {
                    results.add(failure: error)
                }
            }
        }

        XCTAssertEqual(results.failures.map { "\($0)" }, [])
        XCTAssertEqual(Set(results.ids).count, 100)
        let entries = try companion.symptoms(sessionId: session.id)
        XCTAssertEqual(entries.count, 100)
        let expected = Set((0..<2).flatMap { thread in (0..<50).map { "t\(thread)-\($0)" } })
        XCTAssertEqual(Set(entries.map(\.note)), expected)
    }

    func testReopeningFindsEverythingAndTheWrongKeyIsRefused() throws {
        // As the Keychain would hold it: 32 bytes.
        let key = Data((0..<32).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let backup = folder.appendingPathComponent("backup.db").path
        let written = try fillJournal(key: key, backup: backup)  // closed once this returns

        for wrong in [Data(count: 32), nil] {
            XCTAssertThrowsError(
                try AftercareCompanion.open(path: journalPath, key: wrong, now: Self.ended)
            ) {
                XCTAssertEqual($0 as? AftercareError, AftercareError.WrongKey)
            }
        }
        XCTAssertThrowsError(
            try AftercareCompanion.open(path: journalPath, key: Data(count: 5), now: Self.ended)
        ) {
            guard case AftercareError.InvalidInput(field: "key", reason: _) = $0 else {
                return XCTFail("expected InvalidInput for the key, got \($0)")
            }
        }

        let now = Self.after(hours: 48)
        let reopened = try AftercareCompanion.open(path: journalPath, key: key, now: now)
        XCTAssertNil(reopened.recovery())
        XCTAssertEqual(try reopened.sessions(), [written.session])
        XCTAssertEqual(try reopened.symptoms(sessionId: written.session.id).map(\.note), ["kept"])
        XCTAssertEqual(try reopened.settings().wakeTime, "07:15")
        // The reminder ledger survived too: what the OS holds is still what the core wants.
        let diff = try reopened.syncReminders(
            now: written.syncedAt, zone: Self.zone, osPending: written.scheduled.map(\.osId),
            limit: 64)
        XCTAssertEqual(diff.cancel, [])
        XCTAssertEqual(diff.schedule, [])

        let restoredPath = folder.appendingPathComponent("restored.db").path
        let restored = try AftercareCompanion.restore(
            backup: backup, path: restoredPath, key: key, now: Self.ended)
        XCTAssertEqual(try restored.symptoms(sessionId: written.session.id).count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: restoredPath))
    }

    /// Writes a session, an entry, a setting and a reminder sync into an encrypted journal and
    /// backs it up; the companion's last reference ends with this function, closing the journal.
    private func fillJournal(key: Data, backup: String) throws
        -> (session: Session, scheduled: [Reminder], syncedAt: Date)
    {
        let companion = try AftercareCompanion.open(path: journalPath, key: key, now: Self.ended)
        let session = try companion.addSession(input: Self.doneSession(version: 1), now: Self.ended)
        _ = try companion.logSymptom(
            sessionId: session.id,
            symptom: Self.symptom(
                .swelling, 3, at: Self.ended.addingTimeInterval(3600), note: "kept"),
            now: Self.ended.addingTimeInterval(3700), zone: Self.zone)
        var settings = try companion.settings()
        settings.wakeTime = "07:15"
        settings.zone = Self.zone
        try companion.saveSettings(settings: settings)
        let syncedAt = Self.after(hours: 2)
        let scheduled = try companion.syncReminders(
            now: syncedAt, zone: Self.zone, osPending: [], limit: 64
        ).schedule
        XCTAssertFalse(scheduled.isEmpty)
        try companion.backup(dest: backup, now: syncedAt)
        return (session, scheduled, syncedAt)
    }

    func testARecoveryCodeBackupMovesToAPhoneWithAnotherKey() throws {
        let oldKey = Data(repeating: 1, count: 32)
        let newKey = Data(repeating: 2, count: 32)
        let backup = folder.appendingPathComponent("moving.aftercare").path
        let code = try newRecoveryCode()
        XCTAssertEqual(code.count, 6)
        let sessionId: Int64
        do {
            let old = try AftercareCompanion.open(path: journalPath, key: oldKey, now: Self.ended)
            sessionId = try old.addSession(input: Self.doneSession(version: nil), now: Self.ended)
                .id
            _ = try old.logSymptom(
                sessionId: sessionId,
                symptom: Self.symptom(.redness, 4, at: Self.after(hours: 1), note: "kept"),
                now: Self.after(hours: 1), zone: Self.zone)
            try old.backupLocked(
                dest: backup, secret: code.joined(separator: "-"), recoveryCode: true,
                now: Self.ended)
            // A passphrase below the floor: refused, naming the field, never repeating it.
            XCTAssertThrowsError(
                try old.backupLocked(
                    dest: folder.appendingPathComponent("weak.aftercare").path,
                    secret: "password1234", recoveryCode: false, now: Self.ended)
            ) {
                guard case AftercareError.InvalidInput(field: "secret", let reason) = $0 else {
                    return XCTFail("expected InvalidInput for the secret, got \($0)")
                }
                XCTAssertFalse(reason.contains("password1234"))
            }
        }
        let info = try inspectBackup(backup: backup)
        XCTAssertEqual(info.lock, .recoveryCode)
        XCTAssertEqual(info.kdfRounds, 256_000)

        let restored = folder.appendingPathComponent("new.db").path
        XCTAssertThrowsError(
            try AftercareCompanion.restoreLocked(
                backup: backup, path: restored, key: newKey,
                secret: "0000-0000-0000-0000-0000-0000", now: Self.ended)
        ) {
            guard case AftercareError.InvalidInput(field: "secret", reason: _) = $0 else {
                return XCTFail("expected InvalidInput for the secret, got \($0)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: restored), "nothing written")
        do {
            let new = try AftercareCompanion.restoreLocked(
                backup: backup, path: restored, key: newKey,
                secret: code.joined(separator: " ").lowercased(), now: Self.ended)
            XCTAssertEqual(try new.symptoms(sessionId: sessionId).map(\.note), ["kept"])
        }
        XCTAssertThrowsError(
            try AftercareCompanion.open(path: restored, key: oldKey, now: Self.ended)
        ) {
            XCTAssertEqual($0 as? AftercareError, AftercareError.WrongKey)
        }
        let reopened = try AftercareCompanion.open(path: restored, key: newKey, now: Self.ended)
        XCTAssertEqual(try reopened.sessions().count, 1)
    }
}

/// What the worker threads produced, collected under a lock.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var storedIds: [Int64] = []
    private var storedFailures: [Error] = []

    /// Records a logged entry's id; safe from any thread.
    func add(id: Int64) {
        lock.lock()
        defer { lock.unlock() }
        storedIds.append(id)
    }

    /// Records a failure; safe from any thread.
    func add(failure: Error) {
        lock.lock()
        defer { lock.unlock() }
        storedFailures.append(failure)
    }

    /// Every id recorded so far.
    var ids: [Int64] {
        lock.lock()
        defer { lock.unlock() }
        return storedIds
    }

    /// Every failure recorded so far.
    var failures: [Error] {
        lock.lock()
        defer { lock.unlock() }
        return storedFailures
    }
}
