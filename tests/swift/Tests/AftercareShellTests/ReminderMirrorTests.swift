// The reminder mirror against a fake notification centre and the real core's diffs.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

@MainActor
final class ReminderMirrorTests: XCTestCase {
    func testTheDiffIsAppliedAndASecondSyncHasNothingToDo() async {
        let h = Harness()
        await h.recovering()
        let held = h.center.pending
        XCTAssertFalse(held.isEmpty)
        // Each request is the core's reminder under its osId, at its instant, in UTC.
        for request in held.values {
            guard case .at(let components) = request.trigger else {
                return XCTFail("a future reminder fires at calendar components")
            }
            XCTAssertEqual(components.timeZone?.secondsFromGMT(), 0)
            XCTAssertTrue(request.deepLink.hasPrefix("aftercare://"))
            XCTAssertFalse(request.reminderID.isEmpty)
            XCTAssertTrue(h.center.categories[request.categoryIdentifier] != nil)
        }
        // Foreground again: the phone holds what the core wants; nothing is removed or added.
        h.center.clearLog()
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertEqual(h.center.log, [])
        XCTAssertEqual(h.center.pending, held)
    }

    func testNoMoreThan64AreHandedOverAndTheRestFollowAsTheyFire() async {
        let h = Harness()
        await h.recovering()
        // SPF every morning, daily check-ins, restrictions lifting: more than 64 in the window.
        XCTAssertEqual(h.center.pending.count, 64)
        let first = Set(h.center.pending.keys)
        // Three days pass; what fell due fired. The next foreground fills the phone up again.
        h.advance(hours: 72)
        XCTAssertLessThan(h.center.pending.count, 64)
        XCTAssertFalse(h.center.delivered.isEmpty)
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertEqual(h.center.pending.count, 64)
        XCTAssertFalse(Set(h.center.pending.keys).isSubset(of: first), "later ones were added")
        for delivered in h.center.delivered {
            XCTAssertNil(h.center.pending[delivered.identifier], "what fired is never issued again")
        }
    }

    func testAPhoneThatHoldsSomethingElseIsBroughtInLineWithinTheLimit() async {
        let h = Harness()
        await h.recovering()
        // A request the core does not know (left by an older version) takes a slot.
        h.center.removePending(identifiers: [h.center.pending.keys.sorted().last!])
        try! await h.center.add(
            ReminderRequest(
                reminder: fakeReminder(osId: "stale#1", fireAt: start.addingTimeInterval(86400)),
                discreet: true, now: start))
        h.clock.advance(by: 60)
        h.store.clockChanged()
        await h.settle()
        XCTAssertNil(h.center.pending["stale#1"], "an unknown identifier is cancelled")
        XCTAssertEqual(h.center.pending.count, 64)
    }

    func testSnoozeFromTheNotificationComesBackAnHourLater() async {
        let h = Harness()
        await h.recovering()
        let soonest = h.center.pending.values.min {
            h.center.fireDate(of: $0) < h.center.fireDate(of: $1)
        }!
        let fired = h.center.fireDate(of: soonest)
        // It fires; the patient presses "Snooze" two minutes later.
        h.clock.advance(by: fired.timeIntervalSince(h.clock.now()) + 120)
        h.center.deliver(until: h.clock.now())
        XCTAssertNil(h.center.pending[soonest.identifier])
        let answer = NotificationAnswer(
            gesture: .button(ReminderButton.snooze), userInfo: userInfo(of: soonest))!
        XCTAssertEqual(answer, .snooze(reminderID: soonest.reminderID))
        await h.answer(answer)
        let back = h.center.pending.values.filter { $0.reminderID == soonest.reminderID }
        XCTAssertEqual(back.count, 1, "it comes back once")
        XCTAssertGreaterThanOrEqual(
            h.center.fireDate(of: back[0]), h.clock.now().addingTimeInterval(3600))
        XCTAssertNotEqual(back[0].identifier, soonest.identifier, "a new osId for a new time")
    }

    func testDoneFromTheNotificationReachesTheLedgerWithoutAScreen() async {
        let h = Harness()
        await h.recovering()
        let next = h.center.pending.values.first { $0.categoryIdentifier.contains("done") }!
        let screenBefore = h.screen
        let answer = NotificationAnswer(
            gesture: .button(ReminderButton.done), userInfo: userInfo(of: next))!
        await h.answer(answer)
        XCTAssertNil(h.center.pending[next.identifier], "done: the core cancelled it")
        XCTAssertFalse(
            h.center.pending.values.contains { $0.reminderID == next.reminderID })
        XCTAssertEqual(h.screen, screenBefore, "no screen opened")
        XCTAssertFalse(
            h.notes.notes.contains {
                if case .answerNotRecorded = $0 { return true }
                return false
            })
    }

    func testATappedNotificationOpensItsDeepLink() async {
        let h = Harness()
        await h.recovering()
        let checkIn = h.center.pending.values.first { $0.deepLink.hasPrefix("aftercare://log") }!
        let answer = NotificationAnswer(
            gesture: .button(ReminderButton.logSymptoms), userInfo: userInfo(of: checkIn))!
        await h.answer(answer)
        XCTAssertFalse(h.screen.log.symptoms.isEmpty)
        XCTAssertEqual(h.screen.up?.accessibilityLabel, "Back to Today")
        // A tap on another one while the form is open goes where that one points.
        let tap = NotificationAnswer(gesture: .tap, userInfo: userInfo(of: checkIn))
        XCTAssertEqual(tap, .open(deepLink: checkIn.deepLink))
        XCTAssertNil(NotificationAnswer(gesture: .dismiss, userInfo: userInfo(of: checkIn)))
        XCTAssertNil(NotificationAnswer(gesture: .tap, userInfo: ["other": "app"]))
    }

    func testAZoneChangeMovesWallClockRemindersToTheSameLocalTime() async {
        let h = Harness()
        await h.recovering()
        let before = h.center.pending
        h.clock.set(zone: "America/New_York")
        h.clock.advance(by: 60)
        h.center.clearLog()
        h.store.clockChanged()
        await h.settle()
        XCTAssertTrue(h.center.log.contains { $0.hasPrefix("remove ") })
        XCTAssertTrue(h.center.log.contains { $0.hasPrefix("add ") })
        let firstAdd = h.center.log.firstIndex { $0.hasPrefix("add ") }!
        XCTAssertTrue(h.center.log[..<firstAdd].allSatisfy { $0.hasPrefix("remove ") })
        // The morning SPF: 08:00 in Berlin before, 08:00 in New York now.
        let hour = { (request: ReminderRequest, zone: String) -> Int in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: zone)!
            return calendar.component(.hour, from: h.center.fireDate(of: request))
        }
        let spfBefore = before.values.filter { $0.categoryIdentifier.contains("|spf|") }
        let spfAfter = h.center.pending.values.filter { $0.categoryIdentifier.contains("|spf|") }
        XCTAssertFalse(spfAfter.isEmpty)
        XCTAssertEqual(
            Set(spfBefore.map { hour($0, "Europe/Berlin") }),
            Set(spfAfter.map { hour($0, "America/New_York") }))
        // Settled in the new zone: nothing more to do.
        h.center.clearLog()
        h.store.clockChanged()
        await h.settle()
        XCTAssertEqual(h.center.log, [])
    }

    func testNotificationsDeniedShowTheCoresNoticeAndTheAppStillWorks() async {
        let h = Harness()
        h.center.patientAllows = false
        await h.launch()
        await h.throughFirstRun()
        await h.press(h.screen.firstRun.commands.labelled("Turn on reminders"))
        XCTAssertEqual(h.screen.notice.kind, .notificationsDenied)
        XCTAssertTrue(h.center.pending.isEmpty)
        XCTAssertTrue(
            h.notes.notes.contains {
                if case .remindersNotAllowed = $0 { return true }
                return false
            })
        // The notice leads to the phone's settings for this app.
        await h.press(h.screen.notice.commands.labelled("Open notification settings"))
        XCTAssertEqual(h.urls.opened.last, h.urls.notificationSettingsURL)
        XCTAssertTrue(h.screen.isToday)
        XCTAssertTrue(h.screen.today.banners.first!.text.hasPrefix("Notifications are off"))
        // Everything else works.
        let saved = await h.log([("Redness", 3)])
        XCTAssertTrue(saved.isToday)
        XCTAssertEqual(h.store.message?.message.text, "Saved.")
        // Allowed later in the phone's settings: the next foreground hands everything over.
        h.center.status = .authorized
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertFalse(h.center.pending.isEmpty)
        XCTAssertFalse(
            h.screen.today.banners.contains { $0.text.hasPrefix("Notifications are off") })
    }

    func testARefusedRequestIsReportedAndScheduledAgain() async {
        let h = Harness()
        await h.launch()
        await h.throughFirstRun()
        // The first request the phone sees fails once (iOS can refuse an add).
        h.center.status = .authorized
        let diff = h.center.pending.isEmpty
        XCTAssertTrue(diff)
        await h.press(h.screen.firstRun.commands.labelled("Turn on reminders"))
        let one = h.center.pending.keys.sorted().first!
        h.center.removePending(identifiers: [one])
        h.center.refuse = [one]
        h.store.clockChanged()
        await h.settle()
        XCTAssertNil(h.center.pending[one])
        XCTAssertTrue(h.notes.notes.contains(.remindersNotHeld(count: 1)))
        h.center.refuse = []
        h.store.clockChanged()
        await h.settle()
        XCTAssertNotNil(h.center.pending[one], "added at the next sync")
    }

    private func userInfo(of request: ReminderRequest) -> [AnyHashable: Any] {
        request.userInfo
    }
}

/// A reminder the core never made (for a phone that holds something unexpected).
func fakeReminder(osId: String, fireAt: Date) -> Reminder {
    Reminder(
        id: osId, osId: osId, numericId: 1, category: .care, fireAt: fireAt, dueAt: fireAt,
        timing: .exact,
        urgent: false, sessionKey: "x.1", ruleId: nil, title: "t", body: "b",
        lockScreenTitle: "Aftercare", lockScreenBody: "You have a reminder", actions: [],
        deepLink: "aftercare://today")
}
