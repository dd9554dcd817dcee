// swift-tools-version:6.0
// Swift tests against the host build of the core (see README.md), on Linux and macOS: the
// generated bindings (CompanionTests) and the iOS app's shell (ShellTests: store, effects,
// reminder mirror, lifecycle, key policy) from ../../ios, with fakes for the platform. Also
// the benchmark executable (AftercareBench). `bash tests/swift/run.sh` puts the generated files
// in place and runs the tests; after one run.sh, a bare `swift test` here works too.
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

let package = Package(
    name: "AftercareSwiftTests",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Aftercare", path: "../../ios")],
    targets: [
        .testTarget(
            name: "AftercareSwiftTests",
            dependencies: [.product(name: "AftercareCore", package: "Aftercare")],
            path: "Tests/AftercareSwiftTests",
            linkerSettings: linkCore
        ),
        .testTarget(
            name: "AftercareShellTests",
            dependencies: [
                .product(name: "AftercareCore", package: "Aftercare"),
                .product(name: "AftercareShell", package: "Aftercare"),
                // Empty on Linux (its files are Apple-only); linking it proves they parse.
                .product(name: "AftercareUI", package: "Aftercare"),
            ],
            path: "Tests/AftercareShellTests",
            linkerSettings: linkCore
        ),
    ]
)
