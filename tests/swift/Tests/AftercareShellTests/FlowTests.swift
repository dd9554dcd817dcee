// The app's main flows through the Swift store, as the Kotlin AppTest walks them.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

@MainActor
final class FlowTests: XCTestCase {
    func testFirstRunToToday() async {
        let h = Harness()
        await h.launch()
        let welcome = h.screen
        XCTAssertEqual(welcome.firstRun.progress, "Step 1 of 6")
        XCTAssertTrue(welcome.firstRun.disclaimer!.contains("not a doctor"))
        XCTAssertNil(welcome.up)
        XCTAssertFalse(h.store.back(), "the first screen leaves back to the system")
        await h.throughFirstRun()
        // Saving the first run handed the reminders over before notifications were allowed:
        // the phone got none of them.
        XCTAssertTrue(h.center.pending.isEmpty)
        await h.press(h.screen.firstRun.commands.labelled("Turn on reminders"))
        XCTAssertEqual(h.center.questions, 1)
        let today = h.screen.today
        XCTAssertEqual(today.heading, "Day 1 of your recovery")
        XCTAssertEqual(today.logEntry.label, "How do you feel?")
        XCTAssertEqual(h.screen.navigation.count, 5)
        XCTAssertNil(h.screen.up)
        // Allowed: the core heard what the phone holds (nothing) and handed everything over.
        XCTAssertFalse(h.center.pending.isEmpty)
        XCTAssertLessThanOrEqual(h.center.pending.count, 64)
        XCTAssertFalse(h.background.requests.isEmpty, "a background refresh was asked for")
        // Discreet by default: the lock-screen texts, nothing about the skin.
        XCTAssertTrue(h.center.pending.values.allSatisfy { $0.title == "Aftercare" })
    }

    func testLogTwoSymptomsAndReadTheVerdict() async {
        let h = Harness()
        await h.recovering()
        let saved = await h.log([("Redness", 4), ("Swelling", 3)])
        XCTAssertTrue(saved.isToday)
        XCTAssertEqual(h.store.message?.message.text, "Saved 2 entries.")
        let today = saved.today
        XCTAssertNotNil(today.loggedToday)
        let verdict = today.verdict!
        XCTAssertEqual(verdict.level, .normal)
        XCTAssertFalse(verdict.callsForContact)
        XCTAssertFalse(verdict.accessibilityLabel.isEmpty)
    }

    func testUrgentVerdictCallsTheClinicAndAMissingDialerSaysTheNumber() async {
        let h = Harness()
        await h.recovering()
        let saved = await h.log([("Fever or chills", 7)])
        XCTAssertNil(h.store.message, "the call to action replaces a plain 'saved'")
        let verdict = saved.triage.verdict!
        XCTAssertEqual(verdict.level, .urgent)
        XCTAssertEqual(verdict.tone, .urgent)
        XCTAssertTrue(verdict.callsForContact)
        XCTAssertEqual(verdict.commands.first?.label, "Call your clinic")
        await h.press(verdict.commands.labelled("Call your clinic"))
        XCTAssertEqual(h.urls.opened.last, URL(string: "tel:+493012345678"))
        XCTAssertNil(h.store.message, "dialled: nothing to say")
        // A phone that cannot call (an iPad): the core says so, with the number to read out.
        h.urls.handled.remove("tel")
        await h.press(verdict.commands.labelled("Call your clinic"))
        XCTAssertEqual(
            h.store.message?.message.text,
            "This phone cannot make calls. Your clinic's number is +49 30 1234 5678.")
        XCTAssertEqual(h.store.message?.message.tone, .problem)
        // E-mail goes to the mail app with the clinic's address.
        await h.press(h.screen.triage.verdict!.commands.labelled("Email your clinic"))
        XCTAssertEqual(h.urls.opened.last?.scheme, "mailto")
        XCTAssertTrue(h.urls.opened.last!.absoluteString.contains("care@glow.example"))
    }

    func testAnEmergencyDialsTheLocalEmergencyNumberFirst() async {
        // The harness's phone is en-GB: the emergency number is 999.
        let h = Harness()
        await h.recovering()
        let saved = await h.log([("Trouble breathing or swallowing", 2)])
        let verdict = saved.triage.verdict!
        XCTAssertEqual(verdict.level, .emergency)
        XCTAssertEqual(verdict.tone, .urgent)
        XCTAssertNil(verdict.checkIn, "one next step")
        XCTAssertEqual(verdict.commands.first?.label, "Call 999")
        XCTAssertEqual(verdict.commands.first?.style, .primary)
        await h.press(verdict.commands[0])
        XCTAssertEqual(h.urls.opened.last, URL(string: "tel:999"))
        // The clinic is still there, after it, never as a second primary step.
        let rest = h.screen.triage.verdict!.commands.dropFirst()
        XCTAssertTrue(rest.contains { $0.label == "Call your clinic" })
        XCTAssertFalse(rest.contains { $0.style == .primary })
    }

    func testIContactedMyProviderAndUndo() async {
        let h = Harness()
        await h.recovering()
        let saved = await h.log([("Fever or chills", 7)])
        let verdict = saved.triage.verdict!
        let contacted = await h.press(verdict.commands.labelled("I contacted my provider"))
        XCTAssertEqual(contacted.triage.verdict?.level, .watch)
        let undo = h.store.message!.message.command!
        let back = await h.press(undo)
        XCTAssertEqual(back.triage.verdict?.level, .urgent)
        // Back from the triage result leads home, not to the form it replaced.
        XCTAssertEqual(h.screen.up?.accessibilityLabel, "Back to Today")
        XCTAssertTrue(h.store.back())
        await h.settle()
        XCTAssertTrue(h.screen.isToday)
    }

    func testBookMarkDoneAndDeleteASession() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .sessions))
        await h.press(h.screen.sessions.commands.labelled("Book a session"))
        let form = h.screen.sessions.form!
        XCTAssertEqual(form.time.text, "Not chosen yet")
        let appointment = h.clock.now().addingTimeInterval(2 * 86400)
        await h.send(.editTime(field: form.time.field, at: appointment))
        await h.press(h.screen.sessions.form!.save)
        XCTAssertEqual(h.store.message?.message.text, "Session booked.")
        let booked = h.screen.sessions.booked.items[0]
        XCTAssertTrue(booked.detail!.hasPrefix("Booked for"))
        // Three days later it happened.
        h.advance(hours: 72)
        await h.press(booked.commands.labelled("Mark as done"))
        await h.send(.editTime(field: .sessionTime, at: appointment.addingTimeInterval(3600)))
        await h.press(h.screen.sessions.form!.save)
        XCTAssertEqual(h.store.message?.message.text, "Session marked as done.")
        XCTAssertTrue(h.screen.sessions.booked.items.isEmpty)
        XCTAssertEqual(h.screen.sessions.done.items.count, 2)
        // Deleting asks first; cancelling keeps it.
        let delete = h.screen.sessions.done.items[0].commands.first { $0.style == .destructive }!
        let asking = await h.press(delete)
        let dialog = asking.dialog!
        XCTAssertEqual(dialog.title, "Delete this session?")
        XCTAssertTrue(h.store.back(), "back closes the dialog")
        await h.settle()
        XCTAssertNil(h.screen.dialog)
        XCTAssertEqual(h.screen.sessions.done.items.count, 2)
        await h.press(delete)
        await h.press(h.screen.dialog!.confirm)
        XCTAssertEqual(h.store.message?.message.text, "Session deleted.")
        XCTAssertEqual(h.screen.sessions.done.items.count, 1)
    }

    func testAReportIsSharedAsAFile() async {
        let h = Harness()
        await h.recovering()
        await h.log([("Redness", 4)])
        await h.send(.navigate(destination: .history))
        await h.press(h.screen.history.report)
        let report = h.screen.report
        await h.send(report.formats.first { $0.label.contains("CSV") }!.action)
        await h.press(h.screen.report.create)
        let shared = h.sharer.shared.last!
        XCTAssertEqual(shared.mediaType.hasPrefix("text/csv"), true, shared.mediaType)
        XCTAssertTrue(
            shared.file.path.hasPrefix(h.folders.share.path), "served from the share folder")
        XCTAssertEqual(shared.file.pathExtension, "csv")
        let text = String(decoding: shared.bytes, as: UTF8.self)
        XCTAssertTrue(
            text.contains("redness") || text.contains("Redness"), String(text.prefix(200)))
        XCTAssertNil(h.store.message.map(\.message.tone).flatMap { $0 == .problem ? $0 : nil })
        // No app to share with: the core's words.
        h.sharer.canShow = false
        await h.press(h.screen.report.create)
        XCTAssertEqual(
            h.store.message?.message.text, "No app to share with was found on this phone.")
    }

    func testDiscreetLockScreenTextsAreReplacedWhenTurnedOff() async {
        let h = Harness()
        await h.recovering()
        let before = Set(h.center.pending.keys)
        XCTAssertTrue(h.center.pending.values.allSatisfy { $0.title == "Aftercare" })
        h.center.clearLog()
        await h.send(.navigate(destination: .settings))
        XCTAssertTrue(h.screen.settings.lockScreen.on)
        await h.send(h.screen.settings.lockScreen.action)
        await h.press(h.screen.settings.save)
        // Everything was cancelled first, then scheduled again with the full texts.
        let removes = h.center.log.filter { $0.hasPrefix("remove ") }
        let firstAdd = h.center.log.firstIndex { $0.hasPrefix("add ") }!
        XCTAssertEqual(Set(removes.map { String($0.dropFirst(7)) }), before)
        XCTAssertTrue(h.center.log[..<firstAdd].allSatisfy { $0.hasPrefix("remove ") })
        XCTAssertFalse(h.center.pending.isEmpty)
        XCTAssertTrue(h.center.pending.values.allSatisfy { $0.title != "Aftercare" })
        // Locked phones that hide previews still show nothing about the skin.
        for category in h.center.categories.values {
            XCTAssertFalse(category.hiddenPreviewsBody.isEmpty)
        }
        // In line: nothing more to do.
        h.center.clearLog()
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        XCTAssertEqual(h.center.log, [])
    }

    func testABackupWithARecoveryCodeMovesToANewPhone() async {
        let old = Harness(keys: FakeKeyStore())
        await old.recovering()
        await old.log([("Redness", 4)])
        await old.send(.navigate(destination: .settings))
        XCTAssertNil(old.screen.settings.backupFlow)
        await old.press(old.screen.settings.backup)
        XCTAssertEqual(old.screen.settings.backupFlow?.step, .chooseLock)
        await old.send(
            old.screen.settings.backupFlow!.choices.labelled("With a recovery code (recommended)")
                .action)
        let shown = old.screen.settings.backupFlow!
        XCTAssertEqual(shown.step, .showCode)
        XCTAssertEqual(shown.code.count, 6)
        let code = shown.code.joined(separator: "-")
        await old.press(shown.commands.labelled("I wrote it down"))
        XCTAssertNil(old.screen.settings.backupFlow, "the flow ends once the backup is made")
        let backup = old.sharer.shared.last!
        XCTAssertEqual(backup.mediaType, "application/octet-stream")
        XCTAssertFalse(
            String(decoding: backup.bytes, as: UTF8.self).contains(code),
            "the code is never in the file")

        // A new phone: its own key, an empty journal, the first run.
        let new = Harness(keys: FakeKeyStore())
        await new.launch()
        let copy = new.dir.appendingPathComponent("Downloads-\(backup.file.lastPathComponent)")
        try? FileManager.default.createDirectory(at: new.dir, withIntermediateDirectories: true)
        try! backup.bytes.write(to: copy)
        new.picker.next = copy
        await new.press(new.screen.firstRun.commands.labelled("Restore a backup"))
        XCTAssertEqual(new.picker.asked.last?.0, .backup)
        let unlock = new.screen.firstRun.backupFlow!
        XCTAssertEqual(unlock.step, .unlock)
        XCTAssertEqual(unlock.inputs.first?.kind, .recoveryCode)
        // A wrong code: said so on the flow, nothing restored.
        await new.send(.editText(field: .backupSecret, text: "0000-0000-0000-0000-0000-0000"))
        await new.press(unlock.commands.labelled("Open and restore"))
        XCTAssertEqual(new.screen.firstRun.backupFlow?.step, .unlock)
        XCTAssertNotNil(new.screen.firstRun.backupFlow?.error)
        // The right one, typed as people do.
        await new.send(
            .editText(
                field: .backupSecret,
                text: code.lowercased().replacingOccurrences(of: "-", with: " ")))
        await new.press(unlock.commands.labelled("Open and restore"))
        XCTAssertEqual(new.store.message?.message.text, "Your backup was restored.")
        XCTAssertTrue(new.screen.isToday)
        await new.send(.navigate(destination: .history))
        XCTAssertFalse(new.screen.history.days.isEmpty, "the entry came back")
    }

    func testDraftsSurviveTheProcessOnceAndOnlyOnce() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .log))
        await h.send(.log(action: .setSeverity(index: 0, severity: 5)))
        await h.send(.editText(field: .symptomNote(index: 0), text: "warm around the jaw"))
        h.store.phaseChanged(to: .inactive)
        h.store.phaseChanged(to: .background)
        await h.newProcess()
        await h.launch()
        let form = h.screen.log
        XCTAssertEqual(form.symptoms[0].note.value, "warm around the jaw")
        XCTAssertEqual(form.symptoms[0].severity?.options[5].selected, true)
        // Handed back once: the next process starts at home.
        await h.newProcess()
        await h.launch()
        XCTAssertTrue(h.screen.isToday)
    }
}
