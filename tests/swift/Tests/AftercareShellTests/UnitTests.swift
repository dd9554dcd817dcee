// The shell's small pieces on their own: requests, triggers, files, links, colours, typed text.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

final class RequestTests: XCTestCase {
    private func reminder(urgent: Bool = false, actions: [Action] = []) -> Reminder {
        Reminder(
            id: "microneedling.1:check-in:2026-11-22", osId: "microneedling.1:check-in#ab",
            numericId: 7, category: .checkIn, fireAt: start.addingTimeInterval(3600),
            dueAt: start.addingTimeInterval(3600), timing: .wallClock, urgent: urgent,
            sessionKey: "microneedling.1", ruleId: nil,
            title: "Daily check-in: how does your skin feel?", body: "Redness fading?",
            lockScreenTitle: "Aftercare", lockScreenBody: "Time for your daily check-in",
            actions: actions, deepLink: "aftercare://log?session=microneedling.1")
    }

    func testDiscreetRequestsShowOnlyTheLockScreenTexts() {
        let discreet = ReminderRequest(reminder: reminder(), discreet: true, now: start)
        XCTAssertEqual(discreet.title, "Aftercare")
        XCTAssertEqual(discreet.body, "Time for your daily check-in")
        let full = ReminderRequest(reminder: reminder(), discreet: false, now: start)
        XCTAssertEqual(full.title, "Daily check-in: how does your skin feel?")
        XCTAssertEqual(full.body, "Redness fading?")
        XCTAssertEqual(full.identifier, "microneedling.1:check-in#ab")
        XCTAssertEqual(full.threadIdentifier, "microneedling.1")
        XCTAssertEqual(
            full.userInfo,
            [
                ReminderRequest.reminderIDKey: "microneedling.1:check-in:2026-11-22",
                ReminderRequest.deepLinkKey: "aftercare://log?session=microneedling.1",
            ])
    }

    func testOnlyUrgentCheckInsAreTimeSensitive() {
        XCTAssertFalse(
            ReminderRequest(reminder: reminder(), discreet: true, now: start).timeSensitive)
        XCTAssertTrue(
            ReminderRequest(reminder: reminder(urgent: true), discreet: true, now: start)
                .timeSensitive)
    }

    func testTriggersFireAtTheCoresInstantInUTC() {
        let fireAt = Date(timeIntervalSince1970: 1_795_300_000)
        guard case .at(let components) = ReminderTrigger.firing(at: fireAt, now: start) else {
            return XCTFail("a future instant is a calendar trigger")
        }
        XCTAssertEqual(components.timeZone?.secondsFromGMT(), 0)
        XCTAssertEqual(components.calendar?.date(from: components), fireAt)
        // Due already (the app was away): in a second, not never.
        XCTAssertEqual(ReminderTrigger.firing(at: start, now: start), .afterSeconds(1))
        XCTAssertEqual(
            ReminderTrigger.firing(at: start.addingTimeInterval(-60), now: start), .afterSeconds(1))
    }

    func testButtonsAndCategories() {
        let actions = [
            Action(kind: .logSymptoms, label: "Log symptoms"),
            Action(kind: .snooze, label: "Snooze"),
        ]
        let request = ReminderRequest(
            reminder: reminder(actions: actions), discreet: true, now: start)
        let category = ReminderCategory(of: reminder(actions: actions))
        XCTAssertEqual(request.categoryIdentifier, category.identifier)
        XCTAssertEqual(
            category.identifier,
            "aftercare|checkIn|\(ReminderButton.logSymptoms)|\(ReminderButton.snooze)")
        XCTAssertEqual(category.buttons.map(\.title), ["Log symptoms", "Snooze"])
        XCTAssertEqual(category.buttons.map(\.opensApp), [true, false], "snooze needs no screen")
        XCTAssertEqual(category.hiddenPreviewsBody, "Time for your daily check-in")
        XCTAssertTrue(ReminderButton(Action(kind: .done, label: "Done")).opensApp == false)
        // One category per identifier, whatever the number of reminders.
        let needed = ReminderCategory.needed(by: [
            reminder(actions: actions), reminder(actions: actions), reminder(),
        ])
        XCTAssertEqual(needed.count, 2)
    }

    func testAuthorizationAsTheCoreHearsIt() {
        XCTAssertEqual(NotificationAuthorization.notDetermined.permissionState, .unknown)
        XCTAssertEqual(NotificationAuthorization.denied.permissionState, .denied)
        XCTAssertEqual(NotificationAuthorization.provisional.permissionState, .granted)
        XCTAssertFalse(NotificationAuthorization.notDetermined.allowsReminders)
        XCTAssertTrue(NotificationAuthorization.ephemeral.allowsReminders)
    }

    func testOnlyTheAppsOwnSchemeIsALink() {
        XCTAssertTrue(DeepLink.accepts(URL(string: "aftercare://today?rule=spf")!))
        XCTAssertTrue(DeepLink.accepts(URL(string: "AFTERCARE://log")!))
        XCTAssertFalse(DeepLink.accepts(URL(string: "https://aftercare.example/log")!))
        XCTAssertFalse(DeepLink.accepts(URL(string: "tel:+4930")!))
    }
}

final class FileTests: XCTestCase {
    private var dir: URL!

    override func setUp() {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("aftercare-files-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func testTheFoldersLayout() {
        let folders = ShellFolders(
            root: URL(fileURLWithPath: "/app/Library"), temporary: URL(fileURLWithPath: "/app/tmp"))
        XCTAssertEqual(folders.journal.path, "/app/Library/Journal/journal.db")
        XCTAssertEqual(folders.journalFolder.path, "/app/Library/Journal")
        XCTAssertEqual(folders.share.path, "/app/tmp/Shared")
        XCTAssertEqual(folders.picked.path, "/app/tmp/Picked")
        XCTAssertEqual(folders.photos.path, "/app/Library/Photos")
    }

    func testSharedFileNamesAreMadeSafe() {
        XCTAssertEqual(
            ShellFiles.safeName("aftercare-report-2026-11-21.html"),
            "aftercare-report-2026-11-21.html")
        XCTAssertEqual(ShellFiles.safeName("../../etc/passwd"), "-..-etc-passwd")
        XCTAssertEqual(ShellFiles.safeName("..hidden"), "hidden")
        XCTAssertEqual(ShellFiles.safeName("informe de María.csv"), "informe-de-Mar-a.csv")
        XCTAssertEqual(ShellFiles.safeName(""), "aftercare")
        XCTAssertEqual(ShellFiles.safeName("..."), "aftercare")
        XCTAssertEqual(ShellFiles.safeName(String(repeating: "a", count: 500)).count, 120)
    }

    func testBytesAreWrittenAndOldSharesRemoved() throws {
        let folders = ShellFolders(root: dir, temporary: dir)
        let files = ShellFiles(folders: folders)
        try FileManager.default.createDirectory(
            at: folders.share, withIntermediateDirectories: true)
        let old = folders.share.appendingPathComponent("old-report.html")
        try Data("old".utf8).write(to: old)
        try FileManager.default.setAttributes(
            [.modificationDate: start.addingTimeInterval(-2 * 86400)], ofItemAtPath: old.path)
        let file = SharedFile(
            source: .bytes(bytes: Data("a,b\n".utf8)), mediaType: "text/csv",
            fileName: "aftercare/report.csv", title: "Report")
        let url = try files.prepare(file, now: start)
        XCTAssertEqual(url.lastPathComponent, "aftercare-report.csv")
        XCTAssertEqual(try Data(contentsOf: url), Data("a,b\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: old.path), "a day old: removed")
        // A file the core wrote itself is shared where it is; a missing one is an error.
        let written = ShellFiles.safeName("backup.sqlite")
        let path = folders.share.appendingPathComponent(written)
        try Data("x".utf8).write(to: path)
        let byPath = SharedFile(
            source: .path(path: path.path), mediaType: "application/vnd.sqlite3", fileName: written,
            title: "Backup")
        XCTAssertEqual(try files.prepare(byPath, now: start).path, path.path)
        let missing = SharedFile(
            source: .path(path: dir.appendingPathComponent("nope").path), mediaType: "x/y",
            fileName: "n", title: "n")
        XCTAssertThrowsError(try files.prepare(missing, now: start))
    }

    func testPickedBackupsReplaceTheLastOne() throws {
        let folders = ShellFolders(root: dir, temporary: dir)
        let files = ShellFiles(folders: folders)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let first = dir.appendingPathComponent("one.sqlite")
        try Data("1".utf8).write(to: first)
        let second = dir.appendingPathComponent("two.SQLITE")
        try Data("2".utf8).write(to: second)
        let a = try files.keep(picked: first, for: .backup)
        let b = try files.keep(picked: second, for: .backup)
        XCTAssertEqual(a, b)
        XCTAssertEqual(b.lastPathComponent, "picked-backup.sqlite")
        XCTAssertEqual(try Data(contentsOf: b), Data("2".utf8))
        let odd = dir.appendingPathComponent("protocol.j$on")
        try Data("{}".utf8).write(to: odd)
        XCTAssertEqual(
            try files.keep(picked: odd, for: .clinicProtocol).lastPathComponent, "picked-protocol")
    }
}

final class PresentationTests: XCTestCase {
    func testEveryToneMeetsAAInBothAppearances() {
        for (palette, backgrounds) in [
            (TonePalette.light, TonePalette.lightBackgrounds),
            (TonePalette.dark, TonePalette.darkBackgrounds),
        ] {
            for tone in [Tone.neutral, .normal, .watch, .contactProvider, .urgent, .problem] {
                let colors = palette[tone]
                XCTAssertGreaterThanOrEqual(
                    colors.onContainer.contrast(with: colors.container), 4.5, "\(tone) text")
                // A badge drawn inverted: the container's colour on the accent.
                XCTAssertGreaterThanOrEqual(
                    colors.container.contrast(with: colors.accent), 3, "\(tone) badge")
                for background in backgrounds {
                    XCTAssertGreaterThanOrEqual(
                        colors.accent.contrast(with: background), 3, "\(tone) border")
                }
            }
        }
        XCTAssertEqual(RGB(hex: 0xFFFFFF).contrast(with: RGB(hex: 0x000000)), 21, accuracy: 0.01)
    }

    func testSeverityBandsHaveTones() {
        XCTAssertEqual(SeverityBand.none.tone, .neutral)
        XCTAssertEqual(SeverityBand.moderate.tone, .watch)
        XCTAssertEqual(SeverityBand.worst.tone, .urgent)
    }

    func testTypedTextKeepsWhatWasTypedWhileTheCoreCatchesUp() {
        var field = TypedText("")
        XCTAssertTrue(field.typed("w"))
        XCTAssertTrue(field.typed("wa"))
        XCTAssertTrue(field.typed("war"))
        // The core's answer to "w" arrives after "war" was typed: an acknowledgement.
        field.coreSays("w")
        XCTAssertEqual(field.text, "war")
        field.coreSays("wa")
        field.coreSays("war")
        XCTAssertEqual(field.text, "war")
        XCTAssertFalse(field.typed("war"), "no change, nothing to send")
        // The core's own value (a form filled from yesterday) replaces the text.
        field.coreSays("warm around the jaw")
        XCTAssertEqual(field.text, "warm around the jaw")
        // The core dropped the draft (an empty value it never got from here): the field follows.
        XCTAssertTrue(field.typed("warm"))
        field.coreSays("")
        XCTAssertEqual(field.text, "")
    }
}
