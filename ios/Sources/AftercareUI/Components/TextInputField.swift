// The core's text inputs: every change goes to the core, which validates when the form is saved.
#if canImport(SwiftUI)
    import AftercareCore
    import AftercareShell
    import SwiftUI

    #if os(iOS)
        import UIKit
    #endif

    /// A text field that sends `EditText` on every change. It keeps what was typed while the
    /// core's answers catch up (`TypedText`); a value of the core's own replaces it. The label
    /// is above the field, the error below; VoiceOver says the core's accessibility label
    /// (label and error). Phone numbers, addresses, times, zone names and recovery codes read
    /// left to right in every language; a passphrase is masked.
    struct TextInputField: View {
        let input: TextInput
        let onAction: ActionSink
        @State private var typed: TypedText

        init(input: TextInput, onAction: @escaping ActionSink) {
            self.input = input
            self.onAction = onAction
            _typed = State(initialValue: TypedText(input.value))
        }

        var body: some View {
            VStack(alignment: .leading, spacing: 4) {
                Text(input.label)
                    .font(.subheadline)
                    .foregroundStyle(input.error == nil ? Color.secondary : Color.red)
                    .accessibilityHidden(true)
                field
                    .textFieldStyle(.roundedBorder)
                    .inputKind(input.kind)
                    .overlay(
                        RoundedRectangle(cornerRadius: 6)
                            .strokeBorder(Color.red, lineWidth: input.error == nil ? 0 : 2)
                    )
                    .accessibilityLabel(input.accessibilityLabel)
                if let error = input.error {
                    ErrorLine(text: error).accessibilityHidden(true)
                }
            }
            .onChange(of: input.value) { _, value in
                typed.coreSays(value)
            }
        }

        private var text: Binding<String> {
            Binding(
                get: { typed.text },
                set: { new in
                    if typed.typed(new) {
                        onAction(.editText(field: input.field, text: new))
                    }
                })
        }

        @ViewBuilder
        private var field: some View {
            if input.kind == .multiline {
                TextField(input.hint ?? "", text: text, axis: .vertical).lineLimit(3...8)
            } else if input.kind == .secret {
                // Masked; AutoFill may offer a strong passphrase when one is chosen, and the
                // saved one when a backup is opened, never another app's.
                SecureField(input.hint ?? "", text: text)
                    .secretContent(choosing: input.field != .backupSecret)
            } else {
                TextField(input.hint ?? "", text: text)
            }
        }
    }

    extension View {
        /// The keyboard, text content and direction a kind of input wants; the core checks the
        /// value whatever was typed.
        @ViewBuilder
        func inputKind(_ kind: InputKind) -> some View {
            switch kind {
            case .phone:
                leftToRight().keyboard(.phonePad, content: .telephoneNumber, words: false)
            case .email:
                leftToRight().keyboard(.emailAddress, content: .emailAddress, words: false)
            case .decimal:
                // A temperature: digits and the locale's decimal separator ("38,4" or "38.4").
                leftToRight().keyboard(.decimalPad, content: nil, words: false)
            case .clock, .date, .zone:
                // "08:00" and "2026-11-21" need a colon or hyphen, which number pads lack.
                leftToRight().keyboard(.numbersAndPunctuation, content: nil, words: false)
            case .recoveryCode:
                // Letters and digits in groups, upper case, never corrected or learned.
                leftToRight().codeKeyboard()
            case .secret:
                keyboard(.default, content: nil, words: false)
            case .personName:
                keyboard(.default, content: .name, words: true)
            case .text, .multiline:
                keyboard(.default, content: nil, words: nil)
            }
        }

        /// AutoFill's kind for a passphrase: a new one when choosing, the saved one to unlock.
        @ViewBuilder
        func secretContent(choosing: Bool) -> some View {
            #if os(iOS)
                self.textContentType(choosing ? .newPassword : .password)
            #else
                self
            #endif
        }

        /// A recovery code's keyboard: ASCII, capitals, no corrections or suggestions.
        @ViewBuilder
        func codeKeyboard() -> some View {
            #if os(iOS)
                self.keyboardType(.asciiCapable)
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled(true)
            #else
                self
            #endif
        }

        /// Numbers and addresses read left to right even in a right-to-left layout (the bidi
        /// algorithm would show "+34 910 123 456" as "456 123 910 34+").
        func leftToRight() -> some View {
            environment(\.layoutDirection, .leftToRight)
        }

        @ViewBuilder
        private func keyboard(_ type: KeyboardKind, content: TextContentKind?, words: Bool?)
            -> some View
        {
            #if os(iOS)
                self.keyboardType(type.uiKit)
                    .textContentType(content?.uiKit)
                    .textInputAutocapitalization(
                        words == true ? .words : words == false ? .never : .sentences
                    )
                    .autocorrectionDisabled(words != nil)
            #else
                self
            #endif
        }
    }

    /// The keyboards the inputs use (UIKit's, named without UIKit).
    enum KeyboardKind {
        case `default`
        case phonePad
        case emailAddress
        case numbersAndPunctuation
        case decimalPad

        #if os(iOS)
            var uiKit: UIKeyboardType {
                switch self {
                case .default: return .default
                case .phonePad: return .phonePad
                case .emailAddress: return .emailAddress
                case .numbersAndPunctuation: return .numbersAndPunctuation
                case .decimalPad: return .decimalPad
                }
            }
        #endif
    }

    /// What an input holds, for AutoFill.
    enum TextContentKind {
        case telephoneNumber
        case emailAddress
        case name

        #if os(iOS)
            var uiKit: UITextContentType {
                switch self {
                case .telephoneNumber: return .telephoneNumber
                case .emailAddress: return .emailAddress
                case .name: return .name
                }
            }
        #endif
    }
#endif
