// The core's transient message, numbered so two equal messages are shown twice.
import AftercareCore

/// A message from the core to show once (a snackbar or toast). `id` tells two equal messages
/// apart ("Saved." after two saves).
public struct ShownMessage: Sendable, Equatable, Identifiable {
    /// The core's message.
    public var message: Message
    /// Its number in this run of the app.
    public var id: Int

    /// A message and its number.
    public init(message: Message, id: Int) {
        self.message = message
        self.id = id
    }
}
