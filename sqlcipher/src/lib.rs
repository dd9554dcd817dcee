//! SQLCipher with LibTomCrypt: the build script compiles it; this crate has no Rust code.
//!
//! Depending on it puts `libsqlcipher.a` on the link line's search path, where the
//! `libsqlite3-sys` crate (feature `sqlcipher`, which links a library named `sqlcipher`
//! instead of compiling one) finds it. See `core/docs/crypto.md`.
