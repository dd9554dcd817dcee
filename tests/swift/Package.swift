// swift-tools-version:5.9
// Swift tests of the generated bindings against the host build of the core (see README.md), on
// macOS and on Linux (swift-corelibs Foundation and XCTest). `bash tests/swift/run.sh` puts the
// generated files in place and runs them; after one run.sh, a bare `swift test` here works too.
import PackageDescription

/// The folder holding the core's shared library (libaftercare_core.so / .dylib): the one
/// run.sh passes in AFTERCARE_LIB_DIR, else the debug build at the repository root, where
/// `cargo build` puts it without CARGO_TARGET_DIR.
let libraryFolder =
    Context.environment["AFTERCARE_LIB_DIR"]
    ?? "\(Context.packageDirectory)/../../target/debug"

let package = Package(
    name: "AftercareSwiftTests",
    platforms: [.macOS(.v12)],
    targets: [
        // The C half: AftercareCoreFFI.h (copied by run.sh) and a module map that links
        // libaftercare_core. A system library target, because SwiftPM has no binary targets
        // on Linux and the tests load the same shared library the Kotlin tests do.
        .systemLibrary(name: "AftercareCoreFFI", path: "Sources/AftercareCoreFFI"),
        // The generated AftercareCore.swift (copied by run.sh), exactly as the app gets it.
        .target(
            name: "AftercareCore",
            dependencies: ["AftercareCoreFFI"],
            path: "Sources/AftercareCore",
            linkerSettings: [
                // -L finds the library for the module map's `link "aftercare_core"`; the rpath
                // lets the test binary load it again at run time, on Linux (ld.so) and on macOS
                // (dyld, where SIP strips DYLD_* from the tools that start the tests).
                .unsafeFlags([
                    "-L\(libraryFolder)", "-Xlinker", "-rpath", "-Xlinker", libraryFolder,
                ])
            ]
        ),
        .testTarget(
            name: "AftercareSwiftTests",
            dependencies: ["AftercareCore"],
            path: "Tests/AftercareSwiftTests"
        ),
    ]
)
