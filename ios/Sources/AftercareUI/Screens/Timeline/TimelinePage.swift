// Screen 5, a session's timeline: milestones with "now", phases with their rules and why.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The session picker; the heading, when it ended and where the patient is; the milestones
    /// on a line with the "now" marker (the core's words) before the first one still ahead;
    /// phase by phase, the current one marked with the same words; what to watch for; the
    /// preparation for the next session (scrolled into view when a reminder asked for it); the
    /// series; the notice. Each rule can show its "why": the sources behind it.
    struct TimelinePage: View {
        let model: TimelineScreen
        let onAction: ActionSink
        private static let preparation = "preparation"

        var body: some View {
            ScrollViewReader { proxy in
                PageColumn(lazy: true) {
                    ChoiceChips(choices: model.sessions, onAction: onAction)
                    if let empty = model.empty {
                        EmptyMessageCard(empty: empty, onAction: onAction)
                    } else {
                        content
                    }
                }
                .task(id: model.focusPreparation) {
                    if model.focusPreparation && !model.preparation.isEmpty {
                        proxy.scrollTo(Self.preparation, anchor: .top)
                    }
                }
            }
        }

        @ViewBuilder
        private var content: some View {
            VStack(alignment: .leading, spacing: 4) {
                PageHeading(text: model.heading)
                Subtitle(text: model.ended)
                if let status = model.status {
                    Text(status)
                }
            }
            VStack(alignment: .leading, spacing: 0) {
                ForEach(Array(model.milestones.enumerated()), id: \.offset) { entry in
                    if entry.offset == Int(model.nowIndex) {
                        NowMarker(label: model.nowLabel)
                    }
                    MilestoneRow(milestone: entry.element)
                }
                if Int(model.nowIndex) >= model.milestones.count {
                    NowMarker(label: model.nowLabel)
                }
            }
            SectionHeading(text: model.phasesHeading)
            ForEach(Array(model.phases.enumerated()), id: \.offset) { entry in
                PhaseBlock(phase: entry.element, nowLabel: model.nowLabel, onAction: onAction)
            }
            if !model.watchFor.isEmpty {
                SectionHeading(text: model.watchForHeading)
                ForEach(Array(model.watchFor.enumerated()), id: \.offset) { entry in
                    RuleBlock(rule: entry.element, onAction: onAction)
                }
            }
            if !model.preparation.isEmpty {
                VStack(alignment: .leading, spacing: 8) {
                    SectionHeading(text: model.preparationHeading)
                    ForEach(Array(model.preparation.enumerated()), id: \.offset) { entry in
                        RuleBlock(rule: entry.element, onAction: onAction)
                    }
                }
                .id(Self.preparation)
            }
            ForEach(Array(model.series.enumerated()), id: \.offset) { entry in
                Text(entry.element).font(.subheadline)
            }
            SmallPrint(text: model.disclaimer)
        }
    }

    /// "Now", in the core's words, on the line.
    private struct NowMarker: View {
        let label: String

        var body: some View {
            HStack(spacing: 8) {
                Circle().fill(Color.accentColor).frame(width: 16, height: 16).accessibilityHidden(
                    true)
                Text(label).font(.subheadline.weight(.bold)).foregroundStyle(Color.accentColor)
            }
            .padding(.vertical, 4)
        }
    }

    /// A milestone on the line: solid where time has passed; VoiceOver says the core's label.
    private struct MilestoneRow: View {
        let milestone: TimelineMilestone

        var body: some View {
            HStack(alignment: .top, spacing: 12) {
                VStack(spacing: 0) {
                    Circle()
                        .fill(dot)
                        .frame(width: 10, height: 10)
                        .padding(.top, 6)
                    Rectangle()
                        .fill(
                            milestone.state == .past
                                ? Color.accentColor : Color.secondary.opacity(0.4)
                        )
                        .frame(width: 2)
                        .frame(maxHeight: .infinity)
                }
                .frame(width: 16)
                VStack(alignment: .leading, spacing: 2) {
                    Text(milestone.when).font(.subheadline).foregroundStyle(.secondary)
                    Text(milestone.text).fontWeight(milestone.state == .next ? .semibold : .regular)
                }
                .padding(.bottom, 12)
            }
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(milestone.accessibilityLabel)
        }

        private var dot: Color {
            switch milestone.state {
            case .past: return .accentColor
            case .next: return .orange
            case .later: return .secondary
            }
        }
    }

    /// A phase: "now" in words when it is the current one (not its border alone), its rules.
    private struct PhaseBlock: View {
        let phase: PhaseCard
        let nowLabel: String
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 8) {
                if phase.current {
                    NowMarker(label: nowLabel)
                }
                Text(phase.title).font(.headline).accessibilityAddTraits(.isHeader)
                Text(phase.when).font(.subheadline).foregroundStyle(.secondary)
                Text(phase.detail).font(.subheadline)
                ForEach(Array((phase.normal + phase.avoid).enumerated()), id: \.offset) { entry in
                    RuleBlock(rule: entry.element, onAction: onAction)
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(16)
            .overlay(
                RoundedRectangle(cornerRadius: Metrics.corner, style: .continuous)
                    .strokeBorder(
                        phase.current ? Color.accentColor : Color.secondary.opacity(0.4),
                        lineWidth: phase.current ? 2 : 1)
            )
        }
    }

    /// A rule: its kind in words, what it says, when (a preparation step: its date and where it
    /// stands), its own "Done" / "Undo" when it has one, and "Why?" opening its sources
    /// (VoiceOver says expanded or collapsed in the phone's words).
    private struct RuleBlock: View {
        let rule: RuleLine
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 2) {
                Text(rule.kindLabel).font(.caption.weight(.semibold)).foregroundStyle(
                    Color.accentColor)
                Text(rule.title)
                if let when = rule.when {
                    Text(when).font(.subheadline).foregroundStyle(.secondary)
                }
                if let detail = rule.detail {
                    Text(detail).font(.subheadline).foregroundStyle(.secondary)
                }
                if let command = rule.command {
                    CommandButton(command: command, fill: false, onAction: onAction)
                }
                if !rule.sources.isEmpty {
                    DisclosureGroup(rule.whyLabel) {
                        VStack(alignment: .leading, spacing: 6) {
                            ForEach(Array(rule.sources.enumerated()), id: \.offset) { entry in
                                HStack(alignment: .firstTextBaseline, spacing: 8) {
                                    Text(entry.element.key).font(.caption.weight(.semibold))
                                    Text(entry.element.text).font(.caption)
                                }
                                .accessibilityElement(children: .combine)
                            }
                        }
                        .padding(.top, 4)
                    }
                    .frame(minHeight: Metrics.target)
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
#endif
