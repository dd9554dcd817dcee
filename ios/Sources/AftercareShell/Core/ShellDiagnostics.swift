// What the shell notices without telling the patient, for the app's log: never health data.
import AftercareCore

/// Something the shell noticed. Only kinds and counts: no notes, symptoms, names or reminder
/// texts, since these end up in the system log.
public enum ShellNote: Sendable, Equatable {
    /// A core call threw (only a programmer's error can: a zone that is not IANA, say); the
    /// screen stays as it was. `error` is the error's case name.
    case coreRefused(error: String)
    /// The journal key cannot be read until the phone is unlocked; the app waits.
    case journalWaitingForUnlock
    /// Notifications are not allowed: `skipped` reminders were not handed to the phone.
    case remindersNotAllowed(skipped: Int)
    /// The phone refused `count` reminders (or could hold no more); the core hears what the
    /// phone holds at the next foreground.
    case remindersNotHeld(count: Int)
    /// A notification's button could not be recorded (the journal is closed, or the core said no).
    case answerNotRecorded(error: String)
    /// The background refresh could not be scheduled (off in Settings, or a simulator).
    case refreshNotScheduled
    /// A file to share could not be written.
    case shareNotPrepared
    /// A picked file could not be copied into the app's storage.
    case pickedFileNotCopied
    /// The widgets' glance file could not be written (the widgets keep the last one until
    /// its end, then ask to open the app).
    case glanceNotWritten
}

/// Receives the shell's notes (the app logs them; tests collect them).
public protocol ShellDiagnostics: Sendable {
    /// Records `note`.
    func note(_ note: ShellNote)
}

/// Drops every note.
public struct SilentDiagnostics: ShellDiagnostics {
    /// Diagnostics that record nothing.
    public init() {}

    public func note(_ note: ShellNote) {}
}

extension AftercareError {
    /// The case name alone: what is safe to log.
    var caseName: String {
        switch self {
        case .InvalidInput: return "InvalidInput"
        case .NotFound: return "NotFound"
        case .WrongKey: return "WrongKey"
        case .NewerVersion: return "NewerVersion"
        case .DiskFull: return "DiskFull"
        case .ReadOnly: return "ReadOnly"
        case .Damaged: return "Damaged"
        case .Storage: return "Storage"
        case .Internal: return "Internal"
        }
    }
}

/// The case name of any error a core call threw.
func caseName(of error: any Error) -> String {
    if error is JournalClosed {
        return "journalClosed"
    }
    return (error as? AftercareError)?.caseName ?? "unexpected"
}
