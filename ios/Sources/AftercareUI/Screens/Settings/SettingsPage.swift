// Screen 9, settings: reminders, language and zone, the clinic, notifications, protocols, backup.
#if canImport(SwiftUI)
    import AftercareCore
    import SwiftUI

    /// The settings form (reminder times and kinds, quiet hours, the lock screen, language and
    /// zone, the clinic) with its error and its save button, enabled once something changed;
    /// then what takes effect at once: notifications with what to do, the protocols and their
    /// import, backup and restore.
    struct SettingsPage: View {
        let model: SettingsScreen
        let onAction: ActionSink

        var body: some View {
            // Backing up or restoring draws only that flow, until it ends.
            if let flow = model.backupFlow {
                BackupFlowPanel(flow: flow, onAction: onAction)
            } else {
                form
            }
        }

        private var form: some View {
            // One group per part (a view builder's block holds at most ten views).
            PageColumn {
                Group {
                    SectionHeading(text: model.remindersHeading)
                    TextInputField(input: model.wake, onAction: onAction)
                    TextInputField(input: model.checkIn, onAction: onAction)
                    ToggleRow(toggle: model.quietHours, onAction: onAction)
                    if let start = model.quietStart {
                        TextInputField(input: start, onAction: onAction)
                    }
                    if let end = model.quietEnd {
                        TextInputField(input: end, onAction: onAction)
                    }
                    ForEach(Array(model.categories.enumerated()), id: \.offset) { entry in
                        ToggleRow(toggle: entry.element, onAction: onAction)
                    }
                    ToggleRow(toggle: model.lockScreen, onAction: onAction)
                }
                Group {
                    SectionHeading(text: model.languageHeading)
                    ChoiceList(choices: model.languages, onAction: onAction)
                    ChoiceList(choices: model.zoneChoices, onAction: onAction)
                    if let zone = model.zone {
                        TextInputField(input: zone, onAction: onAction)
                    }
                    // Another zone is a place: the search, then what matches it ("Madrid (UTC+1)").
                    ChoiceList(choices: model.zoneMatches, onAction: onAction)
                }
                Group {
                    SectionHeading(text: model.clinicHeading)
                    ForEach(model.clinic, id: \.field) { input in
                        TextInputField(input: input, onAction: onAction)
                    }
                    if let error = model.error {
                        FormError(text: error)
                    }
                    CommandButton(command: model.save, onAction: onAction)
                }
                Group {
                    SectionHeading(text: model.notificationsHeading)
                    ItemRow(item: model.notifications, onAction: onAction)
                    if let exact = model.exactAlarms {
                        ItemRow(item: exact, onAction: onAction)
                    }
                    if let lastSync = model.lastSync {
                        SmallPrint(text: lastSync)
                    }
                }
                Group {
                    SectionList(section: model.protocols, onAction: onAction)
                    CommandButton(command: model.importProtocol, onAction: onAction)
                }
                Group {
                    SectionHeading(text: model.backupHeading)
                    Text(model.backupNote).font(.subheadline)
                    CommandButton(command: model.backup, onAction: onAction)
                    CommandButton(command: model.restore, onAction: onAction)
                    if let note = model.restoreNote {
                        SmallPrint(text: note)
                    }
                }
            }
        }
    }
#endif
