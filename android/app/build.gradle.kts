// The Aftercare app: one Activity drawing the core's screens (:ui), the platform code
// (:platform) the system starts on its own, and the core (:aftercare-core).
//   ./gradlew :app:assembleDebug      → app/build/outputs/apk/debug/app-debug.apk
//   ./gradlew :app:installDebug       (a device or emulator on adb)
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "health.aftercare.app"
    // 35 = Android 15: the exact-alarm, notification-permission and 16 KB-page behaviour the
    // platform code is written and tested for (Robolectric runs API 35).
    compileSdk = 35

    defaultConfig {
        applicationId = "health.aftercare"
        // 26 = Android 8.0: notification channels and AlarmManager's allow-while-idle calls
        // exist without compat code, and the Keystore does AES-GCM; ~97% of active devices.
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        // Only the languages the core speaks; the rest of androidx's translations are dropped.
        resourceConfigurations += listOf("en", "es")
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }

    packaging {
        // Native libraries stay uncompressed and 16 KB-aligned in the APK (Android 15+ devices
        // with 16 KB pages; see README.md).
        jniLibs.useLegacyPackaging = false
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    implementation(project(":ui"))
    implementation(project(":platform"))
    implementation(libs.activity.compose)
    // FileProvider, declared in the manifest.
    implementation(libs.androidx.core)
}
