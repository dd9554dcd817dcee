// Screen 8, a report for the clinic: period, format, photos and name, then create and share.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// What a report is for; the period (with the days for a chosen range); the format, each
    /// with what it is for; photos and the name on or off; where the report goes (nowhere
    /// until shared); the error; create and share. With nothing recorded, the empty state.
    struct ReportPage: View {
        let model: ReportScreen
        let onAction: ActionSink

        var body: some View {
            PageColumn {
                if let empty = model.empty {
                    EmptyMessageCard(empty: empty, onAction: onAction)
                } else {
                    Text(model.intro)
                    Group {
                        SectionHeading(text: model.periodsHeading)
                        ChoiceList(choices: model.periods, onAction: onAction)
                        if let from = model.from {
                            TextInputField(input: from, onAction: onAction)
                        }
                        if let to = model.to {
                            TextInputField(input: to, onAction: onAction)
                        }
                    }
                    SectionHeading(text: model.formatsHeading)
                    ChoiceList(choices: model.formats, onAction: onAction)
                    if let photos = model.photos {
                        ToggleRow(toggle: photos, onAction: onAction)
                    }
                    ToggleRow(toggle: model.name, onAction: onAction)
                    if let name = model.nameInput {
                        TextInputField(input: name, onAction: onAction)
                    }
                    SmallPrint(text: model.privacy)
                    if let error = model.error {
                        FormError(text: error)
                    }
                    CommandButton(command: model.create, onAction: onAction)
                }
            }
        }
    }
#endif
