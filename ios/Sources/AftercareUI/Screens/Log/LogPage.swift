// Screen 3, logging symptoms: one or several, each with kind (what is usual now first, then
// "Something else"), severity or a fever's yes/no and temperature, area, time and note.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The log form. With no session to log for, only the core's empty state. Otherwise the
    /// heading and which session; "same as yesterday"; each symptom in a card (what, how
    /// strong, where, when, a note, remove); add another; the photo; the form's error; save;
    /// delete when editing.
    struct LogPage: View {
        let model: LogScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                if let empty = model.empty {
                    EmptyMessageCard(empty: empty, onAction: onAction)
                } else {
                    PageTitle(heading: model.heading, subtitle: model.intro)
                    if let same = model.sameAsYesterday {
                        CommandButton(command: same, onAction: onAction)
                    }
                    ForEach(model.symptoms, id: \.index) { form in
                        SymptomCard(form: form, onAction: onAction)
                    }
                    if let add = model.addSymptom {
                        CommandButton(command: add, onAction: onAction)
                    }
                    if let photo = model.photo {
                        PhotoBlock(photo: photo, onAction: onAction)
                    }
                    if let error = model.error {
                        FormError(text: error)
                    }
                    CommandButton(command: model.save, onAction: onAction)
                    if let delete = model.delete {
                        CommandButton(command: delete, onAction: onAction)
                    }
                }
            }
        }
    }

    /// One symptom of the form: each question a heading VoiceOver can jump to.
    private struct SymptomCard: View {
        let form: SymptomForm
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 12) {
                SectionHeading(text: form.heading)
                Text(form.kindsLabel).font(.headline).accessibilityAddTraits(.isHeader)
                ChoiceChips(choices: form.kinds, onAction: onAction)
                if let more = form.moreKinds {
                    CommandButton(command: more, fill: false, onAction: onAction)
                }
                if let error = form.kindError {
                    ErrorLine(text: error)
                }
                // A 0–10 severity, or for a fever yes/no and the temperature: the core sends one.
                if let severity = form.severity {
                    SeverityPicker(input: severity, onAction: onAction)
                }
                if let fever = form.fever {
                    FeverBlock(fever: fever, onAction: onAction)
                }
                Text(form.areasLabel).font(.headline).accessibilityAddTraits(.isHeader)
                ChoiceChips(choices: form.areas, onAction: onAction)
                DateTimeField(input: form.time, onAction: onAction)
                TextInputField(input: form.note, onAction: onAction).id(form.note.field)
                if let remove = form.remove {
                    CommandButton(command: remove, onAction: onAction)
                }
            }
            .padding(16)
            .overlay(
                RoundedRectangle(cornerRadius: Metrics.corner, style: .continuous)
                    .strokeBorder(Color.secondary.opacity(0.4), lineWidth: 1)
            )
        }
    }

    /// "Do you have a fever or chills?" Yes / No, then the temperature if it was measured.
    private struct FeverBlock: View {
        let fever: FeverInput
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 8) {
                Text(fever.question).font(.headline).accessibilityAddTraits(.isHeader)
                ChoiceChips(choices: fever.answers, onAction: onAction)
                if let error = fever.answerError {
                    ErrorLine(text: error)
                }
                TextInputField(input: fever.temperature, onAction: onAction)
                    .id(fever.temperature.field)
            }
        }
    }

    /// The photo: what is attached, add, remove.
    private struct PhotoBlock: View {
        let photo: PhotoInput
        let onAction: ActionSink

        var body: some View {
            VStack(alignment: .leading, spacing: 8) {
                SectionHeading(text: photo.label)
                if let attached = photo.attached {
                    Text(attached)
                }
                CommandButton(command: photo.add, onAction: onAction)
                if let remove = photo.remove {
                    CommandButton(command: remove, onAction: onAction)
                }
            }
        }
    }
#endif
