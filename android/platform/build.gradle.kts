// What only Android can do, driven by the core: alarms mirroring the core's reminders,
// notification channels and buttons, the resync receivers, the Keystore-wrapped journal key,
// sharing files, the dialer and e-mail. Framework APIs only (minSdk 26 needs no compat
// library), so tests/android/platform compiles these files against Robolectric's android-all
// and runs them with the real core. The app's manifest declares the receivers.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

android {
    namespace = "health.aftercare.platform"
    compileSdk = 35

    defaultConfig {
        minSdk = 26
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    api(project(":aftercare-core"))
}
