// The journal key policy: never a new key while a journal exists, never a deleted key.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

@MainActor
final class KeyPolicyTests: XCTestCase {
    func testTheFirstLaunchMakesAndKeepsA32ByteKey() async {
        let keys = FakeKeyStore(.missing)
        let h = Harness(keys: keys)
        await h.launch()
        XCTAssertEqual(keys.key?.count, 32)
        XCTAssertEqual(keys.saveCount, 1)
        XCTAssertTrue(h.folders.journalExists())
        // The journal is encrypted with it: not a plain SQLite file.
        let header = try! Data(contentsOf: h.folders.journal).prefix(16)
        XCTAssertNotEqual(header, Data("SQLite format 3\0".utf8))
        // The next launch reads the same key and opens the same journal.
        await h.throughFirstRun()
        let first = keys.key
        await h.newProcess()
        await h.launch()
        XCTAssertEqual(keys.key, first)
        XCTAssertEqual(keys.saveCount, 1)
        XCTAssertEqual(h.screen.today.treatment, "Microneedling, session 1", "the same journal")
    }

    func testAnUnreadableKeyWithAJournalShowsTheWrongKeyNoticeAndTouchesNothing() async {
        let keys = FakeKeyStore()
        let h = Harness(keys: keys)
        await h.recovering()
        await h.newProcess()
        let journal = try! Data(contentsOf: h.folders.journal)
        let keycheck = h.folders.journal.path + "-keycheck"
        let check = FileManager.default.contents(atPath: keycheck)
        // The Keychain item is damaged (or was restored from another phone).
        keys.set(.unreadable)
        await h.launch()
        let notice = h.screen.notice
        XCTAssertEqual(notice.kind, .wrongKey)
        XCTAssertTrue(notice.blocking)
        XCTAssertNil(h.screen.up)
        XCTAssertTrue(h.screen.navigation.isEmpty)
        // Every action but "Try again" is ignored; trying again changes nothing.
        await h.send(.navigate(destination: .log))
        XCTAssertEqual(h.screen.notice.kind, .wrongKey)
        await h.send(.notice(action: .tryAgain))
        XCTAssertEqual(h.screen.notice.kind, .wrongKey)
        await h.store.close()
        XCTAssertEqual(try! Data(contentsOf: h.folders.journal), journal, "not a byte written")
        XCTAssertEqual(FileManager.default.contents(atPath: keycheck), check)
        XCTAssertEqual(keys.saveCount, 1, "no new key")
        XCTAssertTrue(keys.aside.isEmpty, "nothing set aside")
        // A notification's "Done" has no journal to go to: noted, nothing else.
        await h.newProcess()
        await h.launch()
        await h.answer(.done(reminderID: "whatever"))
        XCTAssertTrue(
            h.notes.notes.contains(.answerNotRecorded(error: "journalClosed")), "\(h.notes.notes)")
    }

    func testAKeychainThatAnswersAgainOpensTheJournalAtTheNextForeground() async {
        let keys = FakeKeyStore()
        let h = Harness(keys: keys)
        await h.recovering()
        let original = keys.key!
        await h.newProcess()
        keys.set(.unreadable)
        await h.launch()
        XCTAssertEqual(h.screen.notice.kind, .wrongKey)
        // Still unreadable when the patient comes back: the notice stays, nothing new made.
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertEqual(h.screen.notice.kind, .wrongKey)
        XCTAssertEqual(keys.saveCount, 1)
        // The Keychain answers again: the next foreground opens the journal with the key.
        keys.set(.found(original))
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertTrue(h.screen.isToday)
        XCTAssertEqual(h.screen.today.treatment, "Microneedling, session 1")
    }

    func testAMissingKeyWithAJournalIsTheWrongKeyNoticeToo() async {
        let keys = FakeKeyStore()
        let h = Harness(keys: keys)
        await h.recovering()
        await h.newProcess()
        keys.set(.missing)
        await h.launch()
        XCTAssertEqual(h.screen.notice.kind, .wrongKey)
        XCTAssertNil(keys.key, "no key made for a journal it could never open")
    }

    func testAnUnreadableKeyWithoutAJournalIsSetAsideAndANewOneStarts() async {
        let keys = FakeKeyStore(.unreadable)
        let h = Harness(keys: keys, clock: TestClock(start))
        await h.launch()
        XCTAssertEqual(h.screen.firstRun.step, .welcome)
        XCTAssertEqual(keys.key?.count, 32)
        let millis = Int64(start.timeIntervalSince1970 * 1000)
        XCTAssertEqual(keys.aside, ["unreadable-\(millis)": .unreadable], "kept, never deleted")
    }

    func testALockedKeychainWaitsForTheUnlock() async {
        let keys = FakeKeyStore()
        let h = Harness(keys: keys)
        await h.recovering()
        let original = keys.key!
        await h.newProcess()
        // Launched in the background before the first unlock since a reboot.
        keys.set(.locked)
        h.store.start()
        await h.settle()
        XCTAssertNil(h.store.screen)
        XCTAssertTrue(h.store.waitingForUnlock)
        XCTAssertTrue(h.notes.notes.contains(.journalWaitingForUnlock))
        await h.backgroundRefresh()
        XCTAssertNil(h.store.screen, "nothing to sync without the journal")
        XCTAssertEqual(keys.saveCount, 1, "no new key while locked")
        // Unlocked: the app comes to the foreground and opens the journal.
        keys.set(.found(original))
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertFalse(h.store.waitingForUnlock)
        XCTAssertTrue(h.screen.isToday)
    }

    func testThePolicyOnItsOwn() {
        let key = Data(repeating: 7, count: 32)
        XCTAssertEqual(
            JournalKeyPolicy.decide(
                store: FakeKeyStore(.found(key)), journalExists: true, now: start),
            .use(key))
        XCTAssertEqual(
            JournalKeyPolicy.decide(store: FakeKeyStore(.locked), journalExists: false, now: start),
            .waitForUnlock)
        XCTAssertEqual(
            JournalKeyPolicy.decide(store: FakeKeyStore(.missing), journalExists: true, now: start),
            .noKey)
        // A stored value of the wrong length is unreadable, not a key.
        let short = FakeKeyStore(.found(Data(repeating: 1, count: 16)))
        XCTAssertEqual(
            JournalKeyPolicy.decide(store: short, journalExists: true, now: start), .noKey)
        guard
            case .use(let fresh) = JournalKeyPolicy.decide(
                store: short, journalExists: false, now: start)
        else {
            return XCTFail("a fresh key")
        }
        XCTAssertEqual(fresh.count, 32)
        XCTAssertEqual(short.aside.count, 1)
        // Two fresh keys differ (random, not a constant).
        let a = JournalKeyPolicy.decide(
            store: FakeKeyStore(.missing), journalExists: false, now: start)
        let b = JournalKeyPolicy.decide(
            store: FakeKeyStore(.missing), journalExists: false, now: start)
        XCTAssertNotEqual(a, b)
        // A key that cannot be stored is never used.
        XCTAssertEqual(
            JournalKeyPolicy.decide(store: UnsavableStore(), journalExists: false, now: start),
            .waitForUnlock)
    }
}

/// A key store that cannot store anything (a Keychain error).
private struct UnsavableStore: JournalKeyStore {
    func read() -> StoredKey { .missing }
    func save(_ key: Data) throws { throw FakeError.refused }
    func setAside(label: String) throws { throw FakeError.refused }
}
