//! Compiles SQLCipher with its LibTomCrypt provider into `libsqlcipher.a`.
//!
//! The SQLite options are those of `libsqlite3-sys`'s bundled SQLCipher less the extensions
//! the journal never uses (full-text search, R-trees, JSON, statistics tables, loadable
//! extensions): Apple's build (CommonCrypto, `libsqlite3-sys`'s own) is a superset, so what
//! the tests run here runs there. LibTomCrypt is compiled whole (one object per file, as
//! upstream builds it); the linker keeps only what SQLCipher calls (AES-256-CBC, SHA-1/256/512,
//! HMAC, PBKDF2, Fortuna).

use std::env;

/// `libsqlite3-sys` 0.39's options for its bundled SQLCipher, less FTS3/FTS5, R-tree, dbstat,
/// STAT4, soundex, column metadata, JSON and extension loading, which the journal does not use.
/// `ios/build-xcframework.sh` leaves out the same ones on Apple (`LIBSQLITE3_FLAGS`): change both.
const SQLITE_OPTIONS: &[&str] = &[
    "SQLITE_CORE",
    "SQLITE_DEFAULT_FOREIGN_KEYS=1",
    "SQLITE_ENABLE_API_ARMOR",
    "SQLITE_THREADSAFE=1",
    "SQLITE_USE_URI",
    "HAVE_USLEEP=1",
    "HAVE_ISNAN",
    "HAVE_LOCALTIME_R",
    "_POSIX_THREAD_SAFE_FUNCTIONS",
    "SQLITE_OMIT_LOAD_EXTENSION",
    "SQLITE_OMIT_JSON",
    "SQLITE_HAS_CODEC",
    "SQLITE_EXTRA_INIT=sqlcipher_extra_init",
    "SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown",
    "HAVE_STDINT_H=1",
    "SQLCIPHER_CRYPTO_LIBTOMCRYPT",
];

/// LibTomCrypt's switches, the same for SQLCipher (which includes tomcrypt.h) and for the
/// library: no self-tests, no file hashing, and thread-safe descriptor tables.
const LTC_OPTIONS: &[&str] = &["LTC_NO_TEST", "LTC_NO_FILE", "LTC_PTHREAD"];

fn main() {
    let dir = sqlcipher_src::source_dir();
    let include = dir.join(sqlcipher_src::LIBTOMCRYPT_INCLUDE_DIR);
    let android = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "android");

    let mut tomcrypt = cc::Build::new();
    tomcrypt
        .include(&include)
        .define("LTC_SOURCE", None)
        .warnings(false);
    no_unwind_tables(&mut tomcrypt);
    for option in LTC_OPTIONS {
        tomcrypt.define(option, None);
    }
    for source in sqlcipher_src::LIBTOMCRYPT_SOURCES {
        tomcrypt.file(dir.join(source));
    }
    // Objects only: they go into libsqlcipher.a below, next to SQLCipher's.
    let tomcrypt_objects = tomcrypt.compile_intermediates();

    let mut sqlcipher = cc::Build::new();
    sqlcipher
        .file(dir.join(sqlcipher_src::SOURCE_FILE))
        .include(dir)
        .include(&include)
        .warnings(false);
    no_unwind_tables(&mut sqlcipher);
    for option in SQLITE_OPTIONS.iter().chain(LTC_OPTIONS) {
        match option.split_once('=') {
            Some((name, value)) => sqlcipher.define(name, value),
            None => sqlcipher.define(option, None),
        };
    }
    // Temporary files in memory: SQLite finds no usable temp folder on Android (as in
    // libsqlite3-sys and Android's own SQLite); elsewhere when SQLCipher asks for it.
    sqlcipher.define("SQLITE_TEMP_STORE", if android { "3" } else { "2" });
    sqlcipher.objects(tomcrypt_objects);
    // Only the archive and its folder: libsqlite3-sys (feature `sqlcipher`) asks the linker for
    // `-lsqlcipher`, which finds it there (no shared libsqlcipher exists on Android). Linking it
    // from here as well would tie the link to whether Rust code uses this crate.
    sqlcipher.cargo_metadata(false);
    sqlcipher.compile("sqlcipher");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    println!("cargo:rustc-link-search=native={out_dir}");
    println!("cargo:rerun-if-changed=build.rs");
}

/// No unwind tables for the C code: nothing unwinds through it (a Rust callback that panics
/// under SQLite aborts at its `extern "C"` boundary), and they only take room.
fn no_unwind_tables(build: &mut cc::Build) {
    build
        .flag_if_supported("-fno-asynchronous-unwind-tables")
        .flag_if_supported("-fno-unwind-tables");
}
