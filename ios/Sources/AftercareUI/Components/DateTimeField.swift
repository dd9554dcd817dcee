// The core's date-and-time inputs: the core's words for the moment; a picker in a sheet.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// A field showing the core's words for the moment ("Now", "Sat 22 Nov, 10:00"); pressing
    /// it opens the system's date and time picker in a sheet, limited to the core's earliest
    /// and latest, with the model's own "OK" and "Cancel" (in the app's language, which may not
    /// be the phone's), and sends `EditTime` with the moment picked in the phone's zone. The
    /// core checks it again and says what is wrong in `error`.
    struct DateTimeField: View {
        let input: DateTimeInput
        let onAction: ActionSink
        @State private var picking = false
        @State private var chosen = Date()

        var body: some View {
            VStack(alignment: .leading, spacing: 4) {
                Button {
                    chosen = input.value
                    picking = true
                } label: {
                    VStack(alignment: .leading, spacing: 2) {
                        Text(input.label)
                            .font(.subheadline)
                            .foregroundStyle(input.error == nil ? Color.secondary : Color.red)
                        Text(input.text).foregroundStyle(.primary)
                    }
                    .frame(maxWidth: .infinity, minHeight: Metrics.target, alignment: .leading)
                    .padding(.horizontal, 12)
                    .padding(.vertical, 6)
                    .overlay(
                        RoundedRectangle(cornerRadius: 8)
                            .strokeBorder(
                                input.error == nil ? Color.secondary : Color.red,
                                lineWidth: input.error == nil ? 1 : 2)
                    )
                    .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
                .accessibilityElement(children: .ignore)
                .accessibilityLabel(input.accessibilityLabel)
                .accessibilityAddTraits(.isButton)
                if let error = input.error {
                    ErrorLine(text: error).accessibilityHidden(true)
                }
            }
            .sheet(isPresented: $picking) {
                picker
            }
        }

        private var picker: some View {
            NavigationStack {
                ranged
                    .datePickerStyle(.graphical)
                    .padding()
                    .navigationTitle(input.label)
                    .toolbar {
                        ToolbarItem(placement: .cancellationAction) {
                            Button(input.cancelLabel) { picking = false }
                        }
                        ToolbarItem(placement: .confirmationAction) {
                            Button(input.confirmLabel) {
                                picking = false
                                onAction(.editTime(field: input.field, at: chosen))
                            }
                        }
                    }
            }
            .presentationDetents([.large])
        }

        @ViewBuilder
        private var ranged: some View {
            let parts: DatePickerComponents = [.date, .hourAndMinute]
            switch (input.earliest, input.latest) {
            case (let earliest?, let latest?) where earliest <= latest:
                DatePicker(
                    input.label, selection: $chosen, in: earliest...latest,
                    displayedComponents: parts)
            case (let earliest?, nil):
                DatePicker(
                    input.label, selection: $chosen, in: earliest..., displayedComponents: parts)
            case (nil, let latest?):
                DatePicker(
                    input.label, selection: $chosen, in: ...latest, displayedComponents: parts)
            default:
                DatePicker(input.label, selection: $chosen, displayedComponents: parts)
            }
        }
    }
#endif
