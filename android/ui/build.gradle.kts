// Compose UI shared with the desktop check: theme, components, the screen host, and (phase 2)
// the screens that draw the core's screen models. Only androidx.compose.* and the core's
// generated types here: tests/android/ui compiles these files against JetBrains Compose for
// desktop, where an android.* import fails the build.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "health.aftercare.ui"
    compileSdk = 35

    defaultConfig {
        minSdk = 26
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    // Screen models and semantic tokens are the core's types.
    api(project(":aftercare-core"))
    api(libs.compose.runtime)
    api(libs.compose.foundation)
    api(libs.compose.ui)
    api(libs.compose.material3)
}
