// The previews' fixtures: every state reached, every screen body covered, in both languages.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

final class CatalogueTests: XCTestCase {
    func testEveryStateIsReachedInEnglishAndSpanish() {
        for language in ["en-GB", "es-ES"] {
            let shots = ScreenCatalogue.shots(language: language)
            XCTAssertEqual(shots.map(\.name), ScreenCatalogue.names, language)
            let bodies = Set(shots.map { bodyName($0.screen.body) })
            XCTAssertEqual(bodies.count, 10, "every ScreenBody has a preview: \(bodies.sorted())")
            for shot in shots {
                XCTAssertEqual(shot.screen.locale, language.hasPrefix("es") ? .es : .en, shot.name)
            }
        }
        let state = { (name: String, language: String) in
            ScreenCatalogue.shot(name, language: language)!.screen
        }
        XCTAssertEqual(state("first-run-1-welcome", "es-ES").firstRun.progress, "Paso 1 de 6")
        XCTAssertEqual(state("triage-1-urgent", "en-GB").triage.verdict?.level, .urgent)
        XCTAssertEqual(state("triage-2-contacted", "en-GB").triage.verdict?.level, .watch)
        XCTAssertEqual(state("notice-wrong-key", "en-GB").notice.kind, .wrongKey)
        XCTAssertEqual(state("notice-journal-recovered", "en-GB").notice.kind, .journalRecovered)
        XCTAssertEqual(
            state("notice-notifications-denied", "en-GB").notice.kind, .notificationsDenied)
        XCTAssertNotNil(state("sessions-delete-confirm", "en-GB").dialog)
        XCTAssertNotNil(state("sessions-book-form", "en-GB").sessions.form)
        XCTAssertNotNil(state("first-run-5-clinic-refused", "en-GB").firstRun.clinic[1].error)
        XCTAssertEqual(state("log-2-two-symptoms", "en-GB").log.symptoms.count, 2)
        XCTAssertNotNil(state("today-5-booked", "en-GB").today.empty)
    }

    func testEveryControlTheViewsDrawHasWordsForVoiceOver() {
        for shot in ScreenCatalogue.shots(language: "en-GB") {
            let screen = shot.screen
            for command in commands(in: screen) {
                XCTAssertFalse(command.label.isEmpty, shot.name)
                XCTAssertFalse(command.accessibilityLabel.isEmpty, "\(shot.name): \(command.label)")
            }
            for item in screen.navigation {
                XCTAssertFalse(item.accessibilityLabel.isEmpty, shot.name)
            }
            if let up = screen.up {
                XCTAssertTrue(up.accessibilityLabel.hasPrefix("Back to"), shot.name)
            }
        }
    }
}

private func bodyName(_ body: ScreenBody) -> String {
    String(String(describing: body).prefix { $0 != "(" })
}

/// Every command anywhere in a screen model, found by walking its values (so a field added to
/// a model later is walked too).
private func commands(in screen: Screen) -> [Command] {
    var found: [Command] = []
    func walk(_ value: Any) {
        if let command = value as? Command {
            found.append(command)
            return
        }
        for child in Mirror(reflecting: value).children {
            walk(child.value)
        }
    }
    walk(screen)
    return found
}
