//! `uniffi-bindgen`, built from the same UniFFI version as `aftercare-core`, so the generated
//! Kotlin and Swift always match the library's scaffolding. Run it through
//! `bindings/generate.sh`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
