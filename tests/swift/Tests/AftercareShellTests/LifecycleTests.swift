// Scene phases, links from outside, back, messages, background refresh, permissions.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

@MainActor
final class LifecycleTests: XCTestCase {
    func testLeavingAgainBeforeTheForegroundCheckRanKeepsTheForm() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .log))
        await h.send(.editText(field: .symptomNote(index: 0), text: "itchy by the ear"))
        h.store.phaseChanged(to: .background)
        // Back for a blink (the app switcher), then gone: the foreground check must not end
        // with `Resumed` after the second `Backgrounded`, or the kept form would be dropped.
        h.store.phaseChanged(to: .active)
        h.store.phaseChanged(to: .background)
        await h.settle()
        await h.newProcess()
        await h.launch()
        XCTAssertEqual(h.screen.log.symptoms[0].note.value, "itchy by the ear")
    }

    func testOnlyTheAppsOwnLinksOpenScreens() async {
        let h = Harness()
        await h.recovering()
        XCTAssertFalse(h.store.open(URL(string: "https://example.com/log")!))
        await h.settle()
        XCTAssertTrue(h.screen.isToday)
        XCTAssertTrue(h.store.open(URL(string: "aftercare://log")!))
        await h.settle()
        XCTAssertFalse(h.screen.log.symptoms.isEmpty)
        // A link the core cannot read leads home and says so.
        h.store.open(URL(string: "aftercare://nowhere?x=1")!)
        await h.settle()
        XCTAssertTrue(h.screen.isToday)
        XCTAssertNotNil(h.store.message)
    }

    func testSystemBackFollowsTheModel() async {
        let h = Harness()
        await h.recovering()
        XCTAssertFalse(h.store.back(), "Today is the root: the system has back")
        await h.send(.navigate(destination: .history))
        XCTAssertTrue(h.store.back())
        await h.settle()
        XCTAssertTrue(h.screen.isToday)
        // A filled form asks before it is dropped; back again closes the question.
        await h.send(.navigate(destination: .log))
        await h.send(.log(action: .setSeverity(index: 0, severity: 3)))
        h.store.back()
        await h.settle()
        XCTAssertEqual(h.screen.dialog?.title, "Discard this entry?")
        h.store.back()
        await h.settle()
        XCTAssertNil(h.screen.dialog)
        XCTAssertFalse(h.screen.log.symptoms.isEmpty)
    }

    func testMessagesAreNumberedAndShownOnce() async {
        let h = Harness()
        await h.recovering()
        await h.log([("Redness", 2)])
        let first = h.store.message!
        await h.log([("Redness", 3)])
        let second = h.store.message!
        XCTAssertEqual(first.message, second.message)
        XCTAssertNotEqual(first.id, second.id, "the same words twice are two messages")
        h.store.messageShown(id: first.id)
        XCTAssertEqual(h.store.message, second, "an older message does not clear a newer one")
        h.store.messageShown(id: second.id)
        XCTAssertNil(h.store.message)
    }

    func testTheBackgroundRefreshHandsOverWhatComesNext() async {
        let h = Harness()
        await h.recovering()
        let asked = h.background.requests.count
        h.advance(hours: 5 * 24)
        let left = h.center.pending.count
        await h.backgroundRefresh()
        XCTAssertGreaterThan(h.center.pending.count, left)
        XCTAssertEqual(h.center.pending.count, 64)
        XCTAssertGreaterThan(h.background.requests.count, asked, "and the next refresh asked for")
        XCTAssertGreaterThan(h.background.requests.last!, h.clock.now())
    }

    func testNotificationsSwitchedOffInSettingsAreNoticedAtTheNextForeground() async {
        let h = Harness()
        await h.recovering()
        XCTAssertFalse(
            h.screen.today.banners.contains { $0.text.hasPrefix("Notifications are off") })
        h.store.phaseChanged(to: .background)
        h.center.status = .denied
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertTrue(
            h.screen.today.banners.contains { $0.text.hasPrefix("Notifications are off") })
    }

    func testAZoneTheCoreCannotReadLeavesTheScreenAndIsNoted() async {
        let h = Harness()
        await h.recovering()
        let before = h.screen
        h.clock.set(zone: "Mars/Olympus")
        await h.send(.navigate(destination: .history))
        XCTAssertEqual(h.screen, before)
        XCTAssertTrue(h.notes.notes.contains(.coreRefused(error: "InvalidInput")))
    }

    func testASpanishPhoneGetsSpanishScreens() async {
        let h = Harness(language: "es-ES")
        await h.launch()
        XCTAssertEqual(h.screen.locale, .es)
        XCTAssertEqual(h.screen.firstRun.progress, "Paso 1 de 6")
        XCTAssertEqual(h.screen.firstRun.commands.first?.label, "Empezar")
    }
}
