// swift-tools-version:6.0
// Swift tests against the host build of the core (see README.md), on Linux and macOS: the
// generated bindings (CompanionTests) and the iOS app's shell (ShellTests: store, effects,
// reminder mirror, lifecycle, key policy) from ../../ios, with fakes for the platform. Also
// the benchmark executable (AftercareBench). `bash tests/swift/run.sh` puts the generated files
// in place and runs the tests; after one run.sh, a bare `swift test` here works too.
import Foundation
import PackageDescription

/// The folder holding the core's shared library (libaftercare_core.so / .dylib): the one
/// run.sh passes in AFTERCARE_LIB_DIR, else the debug build at the repository root.
let libraryFolder =
    Context.environment["AFTERCARE_LIB_DIR"]
    ?? "\(Context.packageDirectory)/../../target/debug"

/// -L finds the library for the module map's `link "aftercare_core"`; the rpath lets the binary
/// load it again at run time, on Linux (ld.so) and on macOS (dyld, where SIP strips DYLD_*).
let linkCore: [LinkerSetting] = [
    .unsafeFlags(["-L\(libraryFolder)", "-Xlinker", "-rpath", "-Xlinker", libraryFolder])
]

/// Linux only: the views of ios/Sources/AftercareUI (linked in by run.sh, previews left out)
/// type-checked against a stand-in for SwiftUI (Sources/SwiftUI) and the real models. On a Mac
/// the real SwiftUI builds them, so neither target exists there.
#if os(Linux)
    let checksViews = FileManager.default.fileExists(
        atPath: "\(Context.packageDirectory)/Sources/AftercareUICheck")
    let checksWidgets = FileManager.default.fileExists(
        atPath: "\(Context.packageDirectory)/Sources/AftercareWidgetsCheck")
#else
    let checksViews = false
    let checksWidgets = false
#endif
let viewCheck: [Target] =
    checksViews
    ? [
        .target(name: "SwiftUI", path: "Sources/SwiftUI"),
        .target(
            name: "AftercareUICheck",
            dependencies: [
                "SwiftUI",
                .product(name: "AftercareCore", package: "Aftercare"),
                .product(name: "AftercareShell", package: "Aftercare"),
            ],
            path: "Sources/AftercareUICheck"
        ),
    ] : []

/// Linux only: the widget extension's files (ios/Widget, linked in by run.sh, its `@main` left
/// out) type-checked against the SwiftUI and WidgetKit stand-ins and the real glance file.
let widgetCheck: [Target] =
    checksWidgets
    ? [
        .target(name: "WidgetKit", dependencies: ["SwiftUI"], path: "Sources/WidgetKit"),
        .target(
            name: "AftercareWidgetsCheck",
            dependencies: [
                "SwiftUI", "WidgetKit", .product(name: "AftercareGlance", package: "Aftercare"),
            ],
            path: "Sources/AftercareWidgetsCheck"
        ),
    ] : []

let package = Package(
    name: "AftercareSwiftTests",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Aftercare", path: "../../ios")],
    targets: viewCheck + widgetCheck + [
        .testTarget(
            name: "AftercareSwiftTests",
            dependencies: [.product(name: "AftercareCore", package: "Aftercare")],
            path: "Tests/AftercareSwiftTests",
            linkerSettings: linkCore
        ),
        // Swift calls against the same Rust calls (README.md): `swift run -c release AftercareBench`.
        .executableTarget(
            name: "AftercareBench",
            dependencies: [.product(name: "AftercareCore", package: "Aftercare")],
            path: "Sources/AftercareBench",
            linkerSettings: linkCore
        ),
        .testTarget(
            name: "AftercareShellTests",
            dependencies: [
                .product(name: "AftercareCore", package: "Aftercare"),
                .product(name: "AftercareShell", package: "Aftercare"),
            ] + (checksViews ? [] : [.product(name: "AftercareUI", package: "Aftercare")]),
            path: "Tests/AftercareShellTests",
            linkerSettings: linkCore
        ),
    ]
)
