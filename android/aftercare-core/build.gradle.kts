// The Aftercare core as an Android library (AAR):
//   - libaftercare_core.so for arm64-v8a, armeabi-v7a and x86_64, built by cargo-ndk from the
//     Cargo workspace at the repository root (task cargoNdkBuild, into src/main/jniLibs), with
//     SQLCipher on LibTomCrypt (no OpenSSL: core/docs/crypto.md);
//   - the generated Kotlin API (package health.aftercare.core), generated from a host build of
//     the same library (task generateUniffiBindings, into build/generated/uniffi);
//   - JNA, which the generated Kotlin calls the library through.
// The shell code that uses it lives in :platform (android.*) and :ui (Compose).
// `./gradlew :aftercare-core:assembleRelease` runs both tasks first (see ../README.md).
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

/**
 * The Cargo workspace: the repository root, two levels above this module (android/aftercare-core),
 * so it is found the same way when an app's build includes this module from elsewhere;
 * `-Paftercare.workspace=…` overrides it.
 */
val workspace: File = providers.gradleProperty("aftercare.workspace")
    .map { File(it) }
    .getOrElse(projectDir.resolve("../..").canonicalFile)

/** The NDK (r27+) the libraries are linked with: `aftercare.ndkVersion`, else r27c. */
val pinnedNdkVersion: String = providers.gradleProperty("aftercare.ndkVersion")
    .getOrElse("27.2.12479018")

/** Where cargo puts its builds: $CARGO_TARGET_DIR (relative to the workspace), else target/. */
val cargoTargetDir: File = providers.environmentVariable("CARGO_TARGET_DIR")
    .map { workspace.resolve(it) }
    .getOrElse(workspace.resolve("target"))

/**
 * cargo itself. Android Studio started from the Dock or a launcher does not see the shell's
 * PATH, so rustup's usual location is tried before plain `cargo`; `-Paftercare.cargo=…` wins.
 */
val cargo: String = providers.gradleProperty("aftercare.cargo").orNull
    ?: listOfNotNull(
        providers.environmentVariable("CARGO_HOME").orNull?.let { File(it, "bin/cargo") },
        File(System.getProperty("user.home"), ".cargo/bin/cargo"),
    ).firstOrNull { it.canExecute() }?.path
    ?: "cargo"

/** The host build of the library, read by uniffi-bindgen (UniFFI reads the API from it). */
val hostLibrary: File = cargoTargetDir.resolve(
    System.getProperty("os.name").lowercase().let { os ->
        when {
            "mac" in os -> "debug/libaftercare_core.dylib"
            "windows" in os -> "debug/aftercare_core.dll"
            else -> "debug/libaftercare_core.so"
        }
    }
)

/** cargo-ndk's output: the default jniLibs folder, so AGP packages it without configuration. */
val jniLibsDir: File = layout.projectDirectory.dir("src/main/jniLibs").asFile

/** The generated Kotlin bindings. */
val uniffiDir: File = layout.buildDirectory.dir("generated/uniffi").get().asFile

android {
    namespace = "health.aftercare.core"
    compileSdk = 35
    ndkVersion = pinnedNdkVersion

    defaultConfig {
        minSdk = 26
        // Keep rules for JNA and the bindings, applied by every app that shrinks with R8.
        consumerProguardFiles("consumer-rules.pro")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets.getByName("main") {
        java.srcDir(uniffiDir)
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    // The generated bindings call the library through JNA; the AAR brings libjnidispatch.so for
    // each ABI. 5.17.0 rather than 5.15.0: 5.15.0's x86_64 libjnidispatch.so is linked for 4 KB
    // pages (LOAD align 0x1000), which fails Play's 16 KB check; 5.17.0's are 0x4000 for every
    // ABI (and its regression on Android 5/6 is below minSdk 26).
    api(libs.jna) {
        artifact { type = "aar" }
    }
}

// --- The Rust library for each ABI. ------------------------------------------------------------
val cargoNdkBuild by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libaftercare_core.so for each ABI with cargo-ndk into src/main/jniLibs."
    workingDir = workspace
    commandLine(
        cargo, "ndk",
        "-t", "arm64-v8a", "-t", "armeabi-v7a", "-t", "x86_64",
        "-o", jniLibsDir.path,
        "--platform", "26", // = minSdk: the NDK API level the library is linked against
        // Only the cdylib: built beside the rlib and the staticlib (Cargo.toml's crate types,
        // which the tests and iOS need), LTO leaves ~0.4 MB more code in it.
        "rustc", "--release", "--locked", "-p", "aftercare-core", "--lib", "--crate-type", "cdylib",
    )
    // cargo-ndk picks the newest NDK under the SDK unless ANDROID_NDK_HOME is set; point it at
    // the pinned one so AGP and cargo-ndk use the same NDK.
    if (System.getenv("ANDROID_NDK_HOME") == null) {
        val pinned = androidComponents.sdkComponents.sdkDirectory.get().asFile
            .resolve("ndk/$pinnedNdkVersion")
        if (pinned.isDirectory) environment("ANDROID_NDK_HOME", pinned.path)
    }
    // 16 KB pages (Android 15+ arm64 devices; required by Google Play for 64-bit libraries):
    // NDK r28+ links that way by default, but NDK r27 aligns only through its own build systems
    // (ndk-build/CMake), not the bare clang driver cargo uses, and only recent cargo-ndk versions
    // add the flag themselves. Passing it here makes the result independent of both. 32-bit ABIs
    // never run with 16 KB pages.
    val pageSize = "-C link-arg=-Wl,-z,max-page-size=16384"
    // Packed relocations (Android's APS2 format, loaded since API 23): the library's tables of
    // pointers (time-zone data, SQLCipher, Rust's string tables) need ~65,000 relative
    // relocations, 24 bytes each unpacked; packed, 1.55 MB of .rela.dyn become ~0.2 MB.
    // (RELR would be smaller still but needs API 28; minSdk is 26.)
    val packedRelocations = "-C link-arg=-Wl,--pack-dyn-relocs=android"
    for (triple in listOf("aarch64-linux-android", "x86_64-linux-android", "armv7-linux-androideabi")) {
        val key = "CARGO_TARGET_${triple.uppercase().replace('-', '_')}_RUSTFLAGS"
        val flags = if (triple.startsWith("armv7")) listOf(packedRelocations) else listOf(pageSize, packedRelocations)
        environment(key, (listOfNotNull(System.getenv(key)) + flags).joinToString(" "))
    }
    // No declared outputs: cargo decides what is stale, so the task always runs (a no-op build
    // takes a second).
}

// --- The Kotlin API, generated from the library's metadata. -------------------------------------
val buildHostLibrary by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds the core for this computer: uniffi-bindgen reads the API from it."
    workingDir = workspace
    commandLine(cargo, "build", "--locked", "-p", "aftercare-core")
}

val generateUniffiBindings by tasks.registering(Exec::class) {
    group = "rust"
    description = "Generates the Kotlin bindings into build/generated/uniffi."
    dependsOn(buildHostLibrary)
    workingDir = workspace
    // The workspace's own uniffi-bindgen, pinned to the library's UniFFI version, with the
    // shared uniffi.toml (package health.aftercare.core). --no-format: the output must not
    // depend on whether ktlint happens to be installed.
    commandLine(
        cargo, "run", "--locked", "-p", "uniffi-bindgen", "--",
        "generate",
        "--library", hostLibrary.path,
        "--language", "kotlin",
        "--config", "uniffi.toml",
        "--out-dir", uniffiDir.path,
        "--no-format",
    )
}

tasks.named("preBuild") {
    dependsOn(cargoNdkBuild, generateUniffiBindings)
}

tasks.named<Delete>("clean") {
    delete(fileTree(jniLibsDir) { include("**/libaftercare_core.so") })
}
