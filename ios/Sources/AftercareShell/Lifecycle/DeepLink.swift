// The app's own links (aftercare://…), from a tapped notification or the system.
import Foundation

/// Links the app accepts from outside (a notification, the system): the app's own scheme.
public enum DeepLink {
    /// The app's URL scheme.
    public static let scheme = "aftercare"

    /// Whether `url` is one of the app's links; the core reads what it says, strictly.
    public static func accepts(_ url: URL) -> Bool {
        url.scheme?.lowercased() == scheme
    }
}
