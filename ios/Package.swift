// swift-tools-version:5.9
// The Aftercare core as a Swift package for the iOS app.
//
// `bash ios/build-xcframework.sh` must run first: it builds `build/AftercareCoreFFI.xcframework`
// (the Rust static library, its C header and module map) and writes the generated Swift API to
// `Sources/AftercareCore/AftercareCore.swift`. Neither is committed. See README.md.
import PackageDescription

let package = Package(
    name: "AftercareCore",
    platforms: [
        .iOS(.v15),
        // Lets the package resolve and build on a Mac for local tests; the XCFramework has a
        // macOS slice only when built with `--macos`.
        .macOS(.v12),
    ],
    products: [
        .library(name: "AftercareCore", targets: ["AftercareCore"])
    ],
    targets: [
        // The C module `AftercareCoreFFI`: libaftercare_core.a per platform, with
        // AftercareCoreFFI.h and module.modulemap as its headers.
        .binaryTarget(
            name: "AftercareCoreFFI",
            path: "build/AftercareCoreFFI.xcframework"
        ),
        // The generated Swift API (`Companion`, records, `AftercareError`) over the C module.
        .target(
            name: "AftercareCore",
            dependencies: ["AftercareCoreFFI"],
            path: "Sources/AftercareCore",
            linkerSettings: [
                // A static library carries no link directives of its own. chrono's `clock`
                // feature pulls in iana-time-zone, which calls CoreFoundation; linking it here
                // keeps the app's link from failing on those symbols (harmless if LTO dropped
                // them).
                .linkedFramework("CoreFoundation"),
                // SQLCipher encrypts with CommonCrypto (in libSystem, linked anyway) and draws
                // its random bytes with SecRandomCopyBytes, which is in Security.
                .linkedFramework("Security"),
            ]
        ),
    ]
)
