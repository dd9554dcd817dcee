// The app's scene phase as the shell hears it (SwiftUI's ScenePhase, without SwiftUI).
/// Where the app's scene is.
public enum ScenePhaseEvent: Sendable, Equatable {
    /// In the foreground and receiving events.
    case active
    /// Visible but not receiving events (a system dialog, the app switcher).
    case inactive
    /// Not visible; iOS may suspend the process and end it without warning.
    case background
}
