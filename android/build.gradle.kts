// Plugin versions for every module (gradle/libs.versions.toml), applied where needed.
// AGP 8.7 needs Gradle 8.9+ and JDK 17.
plugins {
    alias(libs.plugins.android.application) apply false
    alias(libs.plugins.android.library) apply false
    alias(libs.plugins.kotlin.android) apply false
    alias(libs.plugins.kotlin.compose) apply false
}
