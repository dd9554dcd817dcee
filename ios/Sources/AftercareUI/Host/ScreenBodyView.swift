// Picks the page for the core's screen body.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The page of `content`. A new screen body added to the core is a new case here: the
    /// compiler points at this switch.
    struct ScreenBodyView: View {
        let content: ScreenBody
        let onAction: ActionSink

        var body: some View {
            switch content {
            case .firstRun(let model): FirstRunPage(model: model, onAction: onAction)
            case .today(let model): TodayPage(model: model, onAction: onAction)
            case .log(let model): LogPage(model: model, onAction: onAction)
            case .triage(let model): TriagePage(model: model, onAction: onAction)
            case .timeline(let model): TimelinePage(model: model, onAction: onAction)
            case .sessions(let model): SessionsPage(model: model, onAction: onAction)
            case .history(let model): HistoryPage(model: model, onAction: onAction)
            case .report(let model): ReportPage(model: model, onAction: onAction)
            case .settings(let model): SettingsPage(model: model, onAction: onAction)
            case .notice(let model): NoticePage(model: model, onAction: onAction)
            }
        }
    }

    /// A page's scrolling column: nothing is ever cut off at a large text size, the same
    /// margins and spacing everywhere; `lazy` for pages of dozens of lines (only what is on
    /// screen is laid out).
    struct PageColumn<Content: View>: View {
        var lazy = false
        @ViewBuilder let content: Content

        var body: some View {
            ScrollView {
                Group {
                    if lazy {
                        LazyVStack(alignment: .leading, spacing: Metrics.block) { content }
                    } else {
                        VStack(alignment: .leading, spacing: Metrics.block) { content }
                    }
                }
                .padding(16)
                .padding(.bottom, 72)
            }
            .scrollDismissesKeyboard(.interactively)
        }
    }
#endif
