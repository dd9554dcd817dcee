// "Now" and the phone's zone, as every core call takes them: the core never reads a clock.
import Foundation

/// Where the shell reads "now" and the phone's IANA zone for each core call (tests pass a
/// clock they move by hand).
public protocol ShellClock: Sendable {
    /// The current instant.
    func now() -> Date
    /// The phone's current IANA zone, e.g. `Europe/Berlin`.
    func zone() -> String
}

/// The phone's own clock and zone.
public struct SystemClock: ShellClock {
    /// The system clock.
    public init() {}

    public func now() -> Date {
        Date()
    }

    public func zone() -> String {
        TimeZone.current.identifier
    }

    /// Foundation caches the system zone until told to forget it: call this when the phone
    /// says the zone changed, before the next core call.
    public static func zoneChanged() {
        NSTimeZone.resetSystemTimeZone()
    }
}
