// The Android side of Aftercare: one library module, `aftercare-core`, that packages the Rust
// core (built with cargo-ndk from the Cargo workspace one level up), its generated Kotlin API,
// and the reminder/key shell code. The app module includes it (see README.md).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    // Repositories are declared here only, so every module resolves the same artifacts.
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "aftercare-android"
include(":aftercare-core")
