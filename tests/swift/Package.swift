// swift-tools-version:5.9
// Swift tests of the generated bindings against the host build of the core (see README.md).
// Run through `bash tests/swift/run.sh`, which puts the generated files in place and passes the
// library's folder to the linker; a bare `swift test` here lacks both.
import PackageDescription

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
            path: "Sources/AftercareCore"
        ),
        .testTarget(
            name: "AftercareSwiftTests",
            dependencies: ["AftercareCore"],
            path: "Tests/AftercareSwiftTests"
        ),
    ]
)
