// A text field's own text while the core's answers to what was typed catch up.
/// What a text field shows. Each change is sent to the core (`EditText`) and the core answers
/// with the field's value, possibly after the next key press: a value that matches something
/// typed is an acknowledgement and leaves the field alone; any other value is the core's own
/// (a form filled from yesterday, a draft dropped) and replaces the text. As Android's
/// TextInputField does.
public struct TypedText: Sendable, Equatable {
    /// The text to show.
    public private(set) var text: String
    private var sent: [String] = []

    /// A field showing the core's `value`.
    public init(_ value: String) {
        text = value
    }

    /// The patient changed the text to `new`; true when it must be sent to the core.
    public mutating func typed(_ new: String) -> Bool {
        guard new != text else {
            return false
        }
        text = new
        sent.append(new)
        return true
    }

    /// The core's model says the field holds `value`.
    public mutating func coreSays(_ value: String) {
        if let acknowledged = sent.firstIndex(of: value) {
            sent.removeFirst(acknowledged + 1)
        } else if value != text {
            sent.removeAll()
            text = value
        }
    }
}
