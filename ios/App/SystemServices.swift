// Other apps by URL (dialer, mail, settings), the share sheet and the pickers, over UIKit.
import AftercareCore
import AftercareShell
import PhotosUI
import UIKit
import UniformTypeIdentifiers

/// `tel:` (the patient presses call in the system's confirmation), `mailto:` and this app's
/// notification settings.
@MainActor
final class SystemURLOpener: URLOpener {
    var notificationSettingsURL: URL? {
        URL(string: UIApplication.openNotificationSettingsURLString)
    }

    func open(_ url: URL) async -> Bool {
        // An iPad or an iPod has no dialer, a phone may have no mail app: `canOpenURL` says so
        // (tel and mailto are listed under LSApplicationQueriesSchemes), and the core tells
        // the patient, with the clinic's number to read out.
        if ["tel", "mailto"].contains(url.scheme?.lowercased() ?? ""),
            !UIApplication.shared.canOpenURL(url)
        {
            return false
        }
        return await UIApplication.shared.open(url)
    }
}

/// The view controller sheets are presented from: the key window's topmost one.
@MainActor
final class Presenter {
    var top: UIViewController? {
        let scenes = UIApplication.shared.connectedScenes.compactMap { $0 as? UIWindowScene }
        let window = scenes.flatMap(\.windows).first { $0.isKeyWindow }
        var top = window?.rootViewController
        while let presented = top?.presentedViewController {
            top = presented
        }
        return top
    }
}

/// The share sheet for reports and backups; returns when it closes (shared or not).
@MainActor
final class ShareSheet: FileSharer {
    private let presenter: Presenter

    init(presenter: Presenter) {
        self.presenter = presenter
    }

    func share(_ file: URL, title: String, mediaType: String) async -> Bool {
        guard let top = presenter.top else {
            return false
        }
        return await withCheckedContinuation { continuation in
            let sheet = UIActivityViewController(activityItems: [file], applicationActivities: nil)
            sheet.title = title
            // An iPad shows it as a popover from the middle of the screen.
            sheet.popoverPresentationController?.sourceView = top.view
            sheet.popoverPresentationController?.sourceRect = CGRect(
                x: top.view.bounds.midX, y: top.view.bounds.midY, width: 0, height: 0)
            sheet.popoverPresentationController?.permittedArrowDirections = []
            sheet.completionWithItemsHandler = { _, _, _, _ in
                continuation.resume(returning: true)
            }
            top.present(sheet, animated: true)
        }
    }
}

/// The document picker (backups, clinic protocols) and the photo picker (photos), each
/// returning a copy the app may read.
@MainActor
final class DocumentPicker: NSObject, FilePicker {
    private let presenter: Presenter
    private var waiting: CheckedContinuation<URL?, Never>?

    init(presenter: Presenter) {
        self.presenter = presenter
    }

    func pick(_ purpose: FilePurpose, mediaTypes: [String]) async -> URL? {
        guard let top = presenter.top, waiting == nil else {
            return nil
        }
        return await withCheckedContinuation { continuation in
            waiting = continuation
            switch purpose {
            case .photo:
                var configuration = PHPickerConfiguration()
                configuration.filter = .images
                configuration.selectionLimit = 1
                let picker = PHPickerViewController(configuration: configuration)
                picker.delegate = self
                top.present(picker, animated: true)
            case .backup, .clinicProtocol:
                // The core names MIME types; unknown ones fall back to any data.
                let types = mediaTypes.compactMap { UTType(mimeType: $0) }
                let picker = UIDocumentPickerViewController(
                    forOpeningContentTypes: types.isEmpty ? [.data] : types, asCopy: true)
                picker.delegate = self
                picker.allowsMultipleSelection = false
                top.present(picker, animated: true)
            }
        }
    }

    fileprivate func finish(_ url: URL?) {
        waiting?.resume(returning: url)
        waiting = nil
    }
}

extension DocumentPicker: UIDocumentPickerDelegate {
    nonisolated func documentPicker(
        _ controller: UIDocumentPickerViewController, didPickDocumentsAt urls: [URL]
    ) {
        let url = urls.first
        MainActor.assumeIsolated { finish(url) }
    }

    nonisolated func documentPickerWasCancelled(_ controller: UIDocumentPickerViewController) {
        MainActor.assumeIsolated { finish(nil) }
    }
}

extension DocumentPicker: PHPickerViewControllerDelegate {
    nonisolated func picker(
        _ picker: PHPickerViewController, didFinishPicking results: [PHPickerResult]
    ) {
        MainActor.assumeIsolated { picker.dismiss(animated: true) }
        guard let provider = results.first?.itemProvider,
            provider.hasItemConformingToTypeIdentifier(UTType.image.identifier)
        else {
            MainActor.assumeIsolated { finish(nil) }
            return
        }
        // The provider's file exists only inside this callback: copy it out first.
        provider.loadFileRepresentation(forTypeIdentifier: UTType.image.identifier) { url, _ in
            var copy: URL?
            if let url {
                let target = FileManager.default.temporaryDirectory
                    .appendingPathComponent(UUID().uuidString)
                    .appendingPathExtension(url.pathExtension)
                if (try? FileManager.default.copyItem(at: url, to: target)) != nil {
                    copy = target
                }
            }
            let picked = copy
            Task { @MainActor in self.finish(picked) }
        }
    }
}
