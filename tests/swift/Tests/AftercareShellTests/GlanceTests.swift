// The widgets' glance: written by the store after the dispatches that change it, read back as
// the widget extension reads it, only rewritten when it says something new, stale detected.
import AftercareCore
import AftercareShell
import Foundation
import XCTest

@MainActor
final class GlanceTests: XCTestCase {
    private func written(_ h: Harness, file: StaticString = #filePath, line: UInt = #line)
        -> GlanceFile?
    {
        guard let data = try? Data(contentsOf: GlanceReader(folder: h.group).file),
            case .file(let glance) = GlanceFile.decode(data)
        else {
            XCTFail("no glance file", file: file, line: line)
            return nil
        }
        return glance
    }

    private func bytes(_ h: Harness) -> Data? {
        try? Data(contentsOf: GlanceReader(folder: h.group).file)
    }

    /// Every word the file holds for a person or a tap: what a widget shows, and the links.
    private func texts(_ file: GlanceFile) -> String {
        var out = [file.staleText, file.staleLink]
        for entry in file.entries {
            let glance = entry.glance
            out += [glance.headline, glance.accessibilityLabel, glance.link]
            out += [glance.attention?.label, glance.attention?.link].compactMap { $0 }
            out += glance.lines.flatMap { [$0.text, $0.link] }
        }
        return out.joined(separator: "\n")
    }

    func testTheTimelineIsWrittenForTheWidgetsAndReadBack() async throws {
        let h = Harness()
        await h.launch()
        XCTAssertNil(bytes(h), "nothing before the first run ends")
        await h.throughFirstRun()
        await h.press(h.screen.firstRun.commands.labelled("Turn on reminders"))
        XCTAssertEqual(h.widgets.reloads, 1)
        let file = try XCTUnwrap(written(h))
        XCTAssertEqual(file.format, GlanceFile.currentFormat)
        XCTAssertEqual(file.entries.first?.from, h.clock.now())
        XCTAssertGreaterThan(file.entries.count, 5)
        // The patient's discreet lock-screen setting is on by default: discreet words only.
        XCTAssertTrue(file.entries.allSatisfy { $0.glance.discreet })
        let first = file.entries[0].glance
        XCTAssertEqual(first.state, .recovering)
        XCTAssertEqual(first.headline, "Your plan, day 1")
        XCTAssertEqual(first.lines.first?.kind, .restriction)
        XCTAssertEqual(first.lines.first?.text, "Plan update tomorrow, 08:00")
        // The next week's, to the local midnight seven days on, asking again a day before.
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = berlin
        let midnight = calendar.startOfDay(for: h.clock.now())
        XCTAssertEqual(file.until, calendar.date(byAdding: .day, value: 7, to: midnight))
        XCTAssertEqual(file.refreshAt, file.until.addingTimeInterval(-24 * 3600))
        XCTAssertFalse(file.truncated)
        // Read back between two entries: that entry from now on, the later ones, and the stale
        // words from the file's end.
        let reader = GlanceReader(folder: h.group)
        let gap = file.entries[3].from.timeIntervalSince(file.entries[2].from)
        let mid = file.entries[2].from.addingTimeInterval(gap / 2)
        let schedule = reader.schedule(at: mid)
        XCTAssertNil(schedule.trouble)
        XCTAssertEqual(
            schedule.moments.first,
            GlanceMoment(date: mid, content: .glance(file.entries[2].glance)))
        XCTAssertEqual(schedule.moments.count, file.entries.count - 2 + 1)
        XCTAssertEqual(
            Array(schedule.moments.dropFirst().dropLast()).map(\.date),
            file.entries.dropFirst(3).map(\.from))
        XCTAssertEqual(
            schedule.moments.last,
            GlanceMoment(
                date: file.until,
                content: .stale(
                    text: "Tap to bring Aftercare up to date", link: "aftercare://today")))
        XCTAssertEqual(schedule.reloadAfter, file.refreshAt)
    }

    func testNothingIsWrittenWhenNothingChanged() async throws {
        let h = Harness()
        await h.recovering()
        let before = try XCTUnwrap(bytes(h))
        XCTAssertEqual(h.widgets.reloads, 1)
        // Back in the foreground: the core hands nothing over (nothing changed).
        h.store.phaseChanged(to: .background)
        h.store.phaseChanged(to: .active)
        await h.settle()
        // A new process: the core hands the glance over again, the store compares it with the
        // file and leaves it (its write time would have changed).
        await h.newProcess()
        await h.launch()
        XCTAssertEqual(bytes(h), before)
        // An hour on, past entries that began since: still what the file says.
        h.advance(hours: 1)
        await h.backgroundRefresh()
        XCTAssertEqual(bytes(h), before)
        XCTAssertEqual(h.widgets.reloads, 1)
        // A new local day runs a day further: written, and the widgets reloaded.
        h.advance(hours: 24)
        await h.backgroundRefresh()
        let later = try XCTUnwrap(written(h))
        XCTAssertEqual(later.entries[0].from, h.clock.now())
        XCTAssertEqual(h.widgets.reloads, 2)
    }

    /// `glance` is the verdict alone: `level` in the urgent tone with `label`, no lines, the
    /// verdict's link, and read out first.
    private func assertTakesOver(
        _ glance: GlanceFile.Glance, level: String, label: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let attention = glance.attention else {
            XCTFail("no attention", file: file, line: line)
            return
        }
        XCTAssertEqual(attention.level, level, file: file, line: line)
        XCTAssertEqual(attention.tone, .urgent, file: file, line: line)
        XCTAssertTrue(attention.takesOver, file: file, line: line)
        XCTAssertEqual(attention.label, label, file: file, line: line)
        XCTAssertTrue(glance.lines.isEmpty, file: file, line: line)
        XCTAssertEqual(glance.link, attention.link, file: file, line: line)
        XCTAssertTrue(glance.accessibilityLabel.hasPrefix(label), file: file, line: line)
    }

    func testAnUrgentEntryIsWrittenAtOnceAndTakesOver() async throws {
        let h = Harness()
        await h.recovering()
        await h.log([("Fever or chills", 8)])
        XCTAssertEqual(h.widgets.reloads, 2)
        let file = try XCTUnwrap(written(h))
        assertTakesOver(
            file.entries[0].glance, level: "urgent",
            label: "Aftercare needs your attention right away")
        // Three days on (and a second) the flag is a watch: the entry is already in the file.
        let stepped = file.entries.first { $0.glance.attention?.level == "watch" }
        XCTAssertEqual(
            stepped?.from, file.entries[0].from.addingTimeInterval(72 * 3600 + 1))
    }

    func testAnEmergencyTakesOverFromAnUrgentEntryInItsOwnWords() async throws {
        let h = Harness()
        await h.recovering()
        await h.log([("Fever or chills", 8)])
        await h.log([("Trouble breathing or swallowing", 2)])
        XCTAssertEqual(h.widgets.reloads, 3)
        // The most severe level the log reads, alone; discreet by default, yet saying what to do.
        assertTakesOver(
            try XCTUnwrap(written(h)).entries[0].glance, level: "emergency",
            label: "Aftercare: call emergency services now")
    }

    func testTheDiscreetSettingDecidesTheWordsInTheFile() async throws {
        let h = Harness()
        await h.recovering()
        let discreet = texts(try XCTUnwrap(written(h)))
        await h.send(.navigate(destination: .settings))
        await h.send(h.screen.settings.lockScreen.action)
        await h.press(h.screen.settings.save)
        XCTAssertEqual(h.widgets.reloads, 2)
        let full = try XCTUnwrap(written(h))
        XCTAssertTrue(full.entries.allSatisfy { !$0.glance.discreet })
        XCTAssertEqual(full.entries[0].glance.headline, "Day 1 of your recovery")
        XCTAssertEqual(full.entries[0].glance.lines.first?.text, "Makeup from tomorrow, 08:00")
        // The discreet file said none of the full one's words about the skin or the plan
        // (core/src/app/glance/tests.rs checks the discreet words against every health word).
        let fullText = texts(full)
        for word in [
            "Makeup", "recovery", "Sunscreen", "Check-in", "session", "Swimming", "microneedling",
        ] {
            XCTAssertTrue(fullText.contains(word), "the full words name \(word)")
            XCTAssertFalse(discreet.contains(word), "\(word) in the discreet file")
        }
        // On again: discreet again.
        await h.send(.navigate(destination: .settings))
        await h.send(h.screen.settings.lockScreen.action)
        await h.press(h.screen.settings.save)
        XCTAssertTrue(try XCTUnwrap(written(h)).entries.allSatisfy { $0.glance.discreet })
    }

    func testWhatTheWidgetShowsWhenTheFileIsStaleFromAnotherVersionOrMissing() async throws {
        let h = Harness()
        let reader = GlanceReader(folder: h.group)
        // No file yet (or, before the first unlock, none readable): the placeholder.
        XCTAssertEqual(
            reader.schedule(at: start),
            GlanceSchedule(
                moments: [GlanceMoment(date: start, content: .placeholder)], reloadAfter: nil,
                trouble: .missing))
        await h.recovering()
        let file = try XCTUnwrap(written(h))
        // Older than its last entry: the core's stale words, nothing to reload for.
        let late = file.until.addingTimeInterval(60)
        let stale = reader.schedule(at: late)
        XCTAssertEqual(stale.trouble, .stale)
        XCTAssertEqual(
            stale.moments,
            [
                GlanceMoment(
                    date: late,
                    content: .stale(
                        text: "Tap to bring Aftercare up to date", link: "aftercare://today"))
            ])
        // Written for a later moment (the clock went back): not shown as if it were now.
        let early = file.entries[0].from.addingTimeInterval(-60)
        XCTAssertEqual(reader.schedule(at: early).trouble, .fromTheFuture)
        // Another version's file: the placeholder, and the app replaces it even though what it
        // says continues.
        var json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: try XCTUnwrap(bytes(h))) as? [String: Any])
        json["format"] = 99
        try JSONSerialization.data(withJSONObject: json).write(to: reader.file)
        XCTAssertEqual(reader.schedule(at: start).trouble, .otherFormat(99))
        XCTAssertEqual(reader.schedule(at: start).moments.map(\.content), [.placeholder])
        XCTAssertTrue(try GlanceStore(folder: h.group).write(file))
        XCTAssertNil(reader.schedule(at: start).trouble)
        XCTAssertFalse(try GlanceStore(folder: h.group).write(file), "the same again")
        // Cut short or damaged: the placeholder.
        try Data("{\"format\": 1, \"entries\": [".utf8).write(to: reader.file)
        XCTAssertEqual(reader.schedule(at: start).trouble, .unreadable)
        try Data().write(to: reader.file)
        XCTAssertEqual(reader.schedule(at: start).trouble, .unreadable)
    }

    /// The screen a tap on the widget leads to: the app hands the link to the store
    /// (`onOpenURL`), which hands it to the core (`OpenLink`).
    private func opened(
        _ h: Harness, _ link: String, file: StaticString = #filePath, line: UInt = #line
    ) async -> Screen {
        guard let url = URL(string: link) else {
            XCTFail("\(link) is not a URL", file: file, line: line)
            return h.screen
        }
        if let shown = h.store.message {
            h.store.messageShown(id: shown.id)
        }
        XCTAssertTrue(h.store.open(url), "\(link) is the app's own", file: file, line: line)
        await h.settle()
        XCTAssertNil(
            h.store.message?.message.text, "\(link) is read and found", file: file, line: line)
        return h.screen
    }

    /// Whether `screen` is the one a link to `host` opens.
    private func shows(_ screen: Screen, _ host: String?) -> Bool {
        switch (host, screen.body) {
        case ("today", .today), ("log", .log), ("prepare", .timeline), ("book", .sessions):
            return true
        default:
            return false
        }
    }

    /// Every link of the file: the widget's, its attention's and its lines', and the stale one.
    private func links(_ file: GlanceFile) -> [String] {
        var out = [file.staleLink]
        for entry in file.entries {
            let glance = entry.glance
            out += [glance.link] + [glance.attention?.link].compactMap { $0 }
            out += glance.lines.map(\.link)
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    func testEveryLinkTheWidgetsOpenLeadsToItsScreen() async throws {
        let h = Harness()
        await h.recovering()
        // A session booked ahead, so the file has a session line besides the plan's.
        await h.send(.navigate(destination: .sessions))
        await h.press(h.screen.sessions.commands.labelled("Book a session"))
        let form = try XCTUnwrap(h.screen.sessions.form)
        await h.send(.editTime(field: form.time.field, at: start.addingTimeInterval(30 * 86_400)))
        await h.press(try XCTUnwrap(h.screen.sessions.form?.save))
        await h.send(.navigate(destination: .today))
        let discreet = try XCTUnwrap(written(h))
        // Discreet links name only the screen; each still opens it.
        let discreetLinks = links(discreet)
        XCTAssertTrue(
            discreetLinks.allSatisfy { !$0.contains("session=") && !$0.contains("rule=") })
        for link in discreetLinks + [GlanceContent.placeholderLink] {
            let screen = await opened(h, link)
            XCTAssertTrue(shows(screen, URL(string: link)?.host), "\(link) → \(screen.title)")
        }
        // The full words' links name the session and the rule: the restriction line opens
        // Today with its rule in focus, the others their screens.
        await h.send(.navigate(destination: .settings))
        await h.send(h.screen.settings.lockScreen.action)
        await h.press(h.screen.settings.save)
        let full = try XCTUnwrap(written(h))
        let fullLinks = links(full)
        let kinds = Set(full.entries.flatMap { $0.glance.lines.map(\.kind) })
        XCTAssertTrue(kinds.isSuperset(of: [.restriction, .reminder, .session]), "\(kinds)")
        XCTAssertTrue(fullLinks.contains { $0.contains("rule=") })
        for link in fullLinks {
            let screen = await opened(h, link)
            XCTAssertTrue(shows(screen, URL(string: link)?.host), "\(link) → \(screen.title)")
        }
        let restriction = try XCTUnwrap(
            full.entries[0].glance.lines.first { $0.kind == .restriction })
        let focused = await opened(h, restriction.link)
        XCTAssertNotNil(focused.today.focus, "Today points at the rule that lifts")
        // An urgent verdict takes the widget over: its link opens Today with the verdict.
        await h.log([("Fever or chills", 8)])
        let urgent = try XCTUnwrap(written(h)).entries[0].glance
        XCTAssertEqual(urgent.link, urgent.attention?.link)
        let verdict = await opened(h, urgent.link)
        XCTAssertNotNil(verdict.today.verdict)
    }

    func testAFileThatCannotBeWrittenIsNotedAndTheWidgetsAreLeftAlone() async {
        let h = Harness()
        // Something that is not a folder where the container should be.
        try? FileManager.default.createDirectory(at: h.dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: h.group.path, contents: Data("x".utf8))
        await h.recovering()
        XCTAssertEqual(h.widgets.reloads, 0)
        XCTAssertTrue(h.notes.notes.contains(.glanceNotWritten))
        XCTAssertTrue(h.screen.isToday, "the app carries on")
    }
}
