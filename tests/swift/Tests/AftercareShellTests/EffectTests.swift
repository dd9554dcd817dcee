// Effects whose outcome the patient hears about: refresh, settings, pickers, imports, photos.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

@MainActor
final class EffectTests: XCTestCase {
    func testARefusedBackgroundRefreshIsSaidInTheCoresWords() async {
        let h = Harness()
        h.background.allowed = false
        await h.recovering()
        XCTAssertEqual(
            h.store.message?.message.text,
            "Reminders may not update in the background. Open the app now and then.")
        XCTAssertTrue(h.notes.notes.contains(.refreshNotScheduled))
    }

    func testSettingsThatCannotOpenAreSaidInTheCoresWords() async {
        let h = Harness()
        h.center.patientAllows = false
        h.urls.notificationSettingsURL = nil
        await h.launch()
        await h.throughFirstRun()
        await h.press(h.screen.firstRun.commands.labelled("Turn on reminders"))
        await h.press(h.screen.notice.commands.labelled("Open notification settings"))
        XCTAssertEqual(
            h.store.message?.message.text,
            "The settings could not be opened. Open them from your phone's Settings app.")
    }

    func testACancelledPickerChangesNothing() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .settings))
        let before = h.screen
        await h.press(h.screen.settings.importProtocol)
        XCTAssertEqual(h.picker.asked.last?.0, .clinicProtocol)
        XCTAssertTrue(
            h.picker.asked.last!.1.contains("application/json"), "\(h.picker.asked.last!.1)")
        XCTAssertEqual(h.screen, before)
    }

    func testAClinicProtocolIsImportedFromThePicker() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .settings))
        let count = h.screen.settings.protocols.items.count
        let example = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent(
                "../../../../core/docs/examples/glow-clinic-microneedling.json"
            ).standardized
        XCTAssertTrue(FileManager.default.fileExists(atPath: example.path), example.path)
        h.picker.next = example
        await h.press(h.screen.settings.importProtocol)
        XCTAssertEqual(h.screen.settings.protocols.items.count, count + 1)
        let kept = h.folders.picked.appendingPathComponent("picked-protocol.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: kept.path), "copied in first")
    }

    func testAPhotoIsKeptUnderANameOfItsOwn() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .log))
        guard let photo = h.screen.log.photo else {
            return XCTFail("the log form offers a photo")
        }
        let picked = h.dir.appendingPathComponent("IMG_0001.JPG")
        try! Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).write(to: picked)
        h.picker.next = picked
        await h.press(photo.add)
        XCTAssertEqual(h.picker.asked.last?.0, .photo)
        XCTAssertNotNil(h.screen.log.photo?.attached)
        let kept = try! FileManager.default.contentsOfDirectory(atPath: h.folders.photos.path)
        XCTAssertEqual(kept.count, 1)
        XCTAssertTrue(kept[0].hasPrefix("photo-") && kept[0].hasSuffix(".jpg"), kept[0])
        // A second photo does not overwrite the first (an entry points at it for good).
        h.picker.next = picked
        await h.press(h.screen.log.photo!.add)
        XCTAssertEqual(
            try! FileManager.default.contentsOfDirectory(atPath: h.folders.photos.path).count, 2)
    }

    func testAPickedFileThatCannotBeCopiedIsNotPicked() async {
        let h = Harness()
        await h.recovering()
        await h.send(.navigate(destination: .settings))
        let before = h.screen
        h.picker.next = h.dir.appendingPathComponent("gone.json")
        await h.press(h.screen.settings.importProtocol)
        XCTAssertTrue(h.notes.notes.contains(.pickedFileNotCopied))
        XCTAssertEqual(h.screen, before)
    }
}
