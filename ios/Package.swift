// swift-tools-version:6.0
// The Aftercare iOS app's Swift package: the core's generated bindings, the shell below the views
// (store, effects, reminders, lifecycle, journal key; Foundation only, built and tested on Linux
// by tests/swift) and the SwiftUI views (Apple only). See README.md.
//
// Where the core's library comes from:
// - the app (Xcode, no AFTERCARE_LIB_DIR): `bash ios/build-xcframework.sh` builds
//   `build/AftercareCoreFFI.xcframework` (static library, C header, module map per platform);
// - tests on Linux or a Mac (AFTERCARE_LIB_DIR set, as tests/swift/run.sh does): the host's
//   shared library, through the system library target `Sources/AftercareCoreFFI`, whose header
//   run.sh copies in. SwiftPM has no binary targets on Linux.
// Either way the generated `Sources/AftercareCore/AftercareCore.swift` is copied in by the
// script that built the library; neither it nor the library is committed.
import PackageDescription

#if os(Linux)
    let hostLibrary = true
#else
    let hostLibrary = Context.environment["AFTERCARE_LIB_DIR"] != nil
#endif

let coreFFI: Target =
    hostLibrary
    ? .systemLibrary(name: "AftercareCoreFFI", path: "Sources/AftercareCoreFFI")
    : .binaryTarget(name: "AftercareCoreFFI", path: "build/AftercareCoreFFI.xcframework")

let package = Package(
    name: "Aftercare",
    // @Observable needs iOS 17 / macOS 14.
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "AftercareCore", targets: ["AftercareCore"]),
        .library(name: "AftercareShell", targets: ["AftercareShell"]),
        // The widgets' side of the glance file (Foundation only, no core): the widget
        // extension links this alone.
        .library(name: "AftercareGlance", targets: ["AftercareGlance"]),
        .library(name: "AftercareUI", targets: ["AftercareUI"]),
    ],
    targets: [
        coreFFI,
        // The generated Swift API (`AftercareApp`, `AftercareCompanion`, records, `AftercareError`).
        .target(
            name: "AftercareCore",
            dependencies: ["AftercareCoreFFI"],
            path: "Sources/AftercareCore",
            linkerSettings: [
                // The static library carries no link directives of its own: chrono's clock
                // pulls in iana-time-zone (CoreFoundation); SQLCipher draws random bytes with
                // SecRandomCopyBytes (Security).
                .linkedFramework("CoreFoundation", .when(platforms: [.iOS, .macOS])),
                .linkedFramework("Security", .when(platforms: [.iOS, .macOS])),
            ]
        ),
        // The glance file the app writes for the widgets and the widget extension reads, the
        // tone palette they draw with: Foundation only, and not the core, so the extension
        // stays small (widgets have a tight memory limit) and never opens the journal.
        .target(
            name: "AftercareGlance",
            path: "Sources/AftercareGlance"
        ),
        // The store, effect runner, reminder mirror, lifecycle and key policy: Foundation,
        // Dispatch and Observation only.
        .target(
            name: "AftercareShell",
            dependencies: ["AftercareCore", "AftercareGlance"],
            path: "Sources/AftercareShell"
        ),
        // One SwiftUI view per screen and the shared components; every file is inside
        // `#if canImport(SwiftUI)`, so on Linux this is an empty module.
        .target(
            name: "AftercareUI",
            dependencies: ["AftercareShell", "AftercareCore"],
            path: "Sources/AftercareUI"
        ),
    ]
)
