// Screen 2, Today: where the recovery stands, what the log says, what is off-limits and until when.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// Today, top to bottom as the core orders it: banners about the app, the day and
    /// treatment, the phase, the prominent "How do you feel?" with "All fine today" under it
    /// (until today's check-in is done), what was logged today, the verdict with its call to
    /// action, the rule a reminder pointed at, the sections (off-limits with "allowed again",
    /// due today with each routine's own "Done", normal now, watch for, coming up), the next
    /// session, the empty state, the booked session's preparation checklist (each step its own
    /// "Done"), and the provider-comes-first notice. Lazy: Today can hold dozens of lines.
    struct TodayPage: View {
        let model: TodayScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn(lazy: true) {
                ForEach(Array(model.banners.enumerated()), id: \.offset) { entry in
                    BannerStrip(banner: entry.element, onAction: onAction)
                }
                PageTitle(heading: model.heading, subtitle: model.treatment)
                if let phase = model.phase {
                    OutlinedItem(item: phase, onAction: onAction)
                }
                VStack(alignment: .leading, spacing: 8) {
                    CommandButton(command: model.logEntry, onAction: onAction)
                    // The one-tap check-in for days with nothing new, right under the way to log.
                    if let allFine = model.allFine {
                        CommandButton(command: allFine, onAction: onAction)
                    }
                    if let logged = model.loggedToday {
                        Text(logged).font(.subheadline).foregroundStyle(.secondary)
                    }
                }
                if let verdict = model.verdict {
                    VerdictCard(verdict: verdict, onAction: onAction)
                }
                if let focus = model.focus {
                    SectionList(section: focus, onAction: onAction)
                        .padding(.horizontal, 12)
                        .padding(.bottom, 8)
                        .overlay(
                            RoundedRectangle(cornerRadius: 12, style: .continuous)
                                .strokeBorder(Color.accentColor, lineWidth: 2)
                        )
                }
                ForEach(Array(model.sections.enumerated()), id: \.offset) { entry in
                    SectionList(section: entry.element, onAction: onAction)
                }
                if let next = model.nextSession {
                    OutlinedItem(item: next, onAction: onAction)
                }
                if let empty = model.empty {
                    EmptyMessageCard(empty: empty, onAction: onAction)
                }
                if let preparation = model.preparation {
                    SectionList(section: preparation, onAction: onAction)
                }
                SmallPrint(text: model.disclaimer)
            }
        }
    }
#endif
