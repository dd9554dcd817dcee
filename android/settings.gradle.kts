// The Android app of Aftercare:
//   :app            the application: Activity, Application, manifest, resources, FileProvider
//   :ui             Compose screens, theme and components (no android.* imports: the same files
//                   compile for the desktop JVM in tests/android/ui)
//   :platform       android.* code: alarms, notifications, receivers, the journal key, sharing
//                   (framework APIs only: the same files run under Robolectric in
//                   tests/android/platform)
//   :aftercare-core the Rust core (cargo-ndk) and its generated Kotlin API
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
include(":app", ":ui", ":platform", ":aftercare-core")
