#!/usr/bin/env bash
# Builds the Aftercare core for iOS and assembles the Swift package's binary target:
#
#   bash ios/build-xcframework.sh            # device + simulator slices
#   bash ios/build-xcframework.sh --macos    # also a macOS slice (to build the package on a Mac)
#
# Produces (see ios/README.md):
#   ios/build/AftercareCoreFFI.xcframework     the static library + C header + module map, per platform
#   ios/Sources/AftercareCore/AftercareCore.swift   the generated Swift API over it
# Then `cd ios && xcodegen` makes the app's Xcode project (ios/project.yml).
# Intermediate files (slices, headers, bindings) go to build/ios/ at the repository root.
#
# Needs: macOS with Xcode (not only the Command Line Tools: `xcodebuild -create-xcframework`
# comes with Xcode) and rustup with the targets below. SQLCipher is compiled against Apple's
# CommonCrypto (core/Cargo.toml chooses it for Apple targets): no OpenSSL, no perl.
# Offline: `. .ci/cargo-offline.sh` first (a vendored crate set; see README.md).
set -euo pipefail
script="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$script")/.."

with_macos=false
case "${1:-}" in
  "") ;;
  --macos) with_macos=true ;;
  -h | --help)
    sed -n '2,15p' "$script" # the comment block above
    exit 0
    ;;
  *)
    echo "usage: bash ios/build-xcframework.sh [--macos]" >&2
    exit 2
    ;;
esac

die() {
  echo "build-xcframework: $*" >&2
  exit 1
}

# --- Prerequisites: fail early with a message that says what to install. -------------------
[ "$(uname -s)" = Darwin ] || die "iOS libraries can only be built on macOS (with Xcode)."
command -v xcodebuild >/dev/null 2>&1 || die "xcodebuild not found: install Xcode from the App Store."
# With only the Command Line Tools selected, xcodebuild exists but refuses to run.
xcodebuild -version >/dev/null 2>&1 ||
  die "xcodebuild cannot run: install Xcode, then 'sudo xcode-select -s /Applications/Xcode.app'."
command -v lipo >/dev/null 2>&1 || die "lipo not found (it comes with Xcode)."
command -v rustup >/dev/null 2>&1 || die "rustup not found: install Rust from https://rustup.rs."
command -v cargo >/dev/null 2>&1 || die "cargo not found."
command -v nm >/dev/null 2>&1 || die "nm not found (it comes with Xcode)."
command -v python3 >/dev/null 2>&1 || die "python3 not found (it comes with Xcode's command line tools)."

device_target=aarch64-apple-ios
sim_targets=(aarch64-apple-ios-sim x86_64-apple-ios)
mac_targets=(aarch64-apple-darwin x86_64-apple-darwin)
wanted=("$device_target" "${sim_targets[@]}")
if $with_macos; then
  wanted+=("${mac_targets[@]}")
fi
installed="$(rustup target list --installed)"
missing=()
for target in "${wanted[@]}"; do
  grep -qx "$target" <<<"$installed" || missing+=("$target")
done
if [ "${#missing[@]}" -gt 0 ]; then
  die "missing Rust targets; run: rustup target add ${missing[*]}"
fi

# --- Paths. ----------------------------------------------------------------------------------
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
case "$target_dir" in
  /*) ;;
  *) target_dir="$PWD/$target_dir" ;; # cargo resolves a relative one against this directory too
esac
lib=libaftercare_core.a
stage=build/ios                               # intermediates, under the ignored /build
headers="$stage/headers"                      # AftercareCoreFFI.h + module.modulemap
xcframework=ios/build/AftercareCoreFFI.xcframework # where ios/Package.swift's binaryTarget points
swift_dest=ios/Sources/AftercareCore/AftercareCore.swift

# The same minimum versions as ios/Package.swift: the C code (SQLCipher) and Rust are
# compiled for them, so the app's linker sees no objects "built for a newer iOS version".
export IPHONEOS_DEPLOYMENT_TARGET=17.0
export MACOSX_DEPLOYMENT_TARGET=14.0

# SQLite as on Android and Linux (core/sqlcipher/build.rs): without the extensions the journal never
# uses (full-text search, R-trees, JSON, statistics, extension loading), ~0.35 MB less code.
# The same list as SQLITE_OPTIONS in core/sqlcipher/build.rs: change both.
export LIBSQLITE3_FLAGS="-USQLITE_ENABLE_FTS3 -USQLITE_ENABLE_FTS3_PARENTHESIS -USQLITE_ENABLE_FTS5 \
-USQLITE_ENABLE_RTREE -USQLITE_ENABLE_DBSTAT_VTAB -USQLITE_ENABLE_STAT4 -USQLITE_SOUNDEX \
-USQLITE_ENABLE_COLUMN_METADATA -USQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_OMIT_LOAD_EXTENSION \
-DSQLITE_OMIT_JSON"

# --- 1. Static libraries, one per target (release profile: size-tuned, unstripped). -----------
# Only the static library: built beside the rlib and the cdylib, LTO leaves more code in it.
for target in "${wanted[@]}"; do
  echo "== cargo rustc --release --crate-type staticlib --target $target"
  cargo rustc --locked --release -p aftercare-core --lib --crate-type staticlib --target "$target"
done

# SQLCipher must have come out with the CommonCrypto provider: CommonCrypto calls, no OpenSSL.
# (Cargo picks the crypto from the target; a stray RUSTFLAGS --cfg could still change it.)
for target in "${wanted[@]}"; do
  symbols="$(nm -g "$target_dir/$target/release/$lib" 2>/dev/null)"
  grep -q ' U _CCCryptorCreate$' <<<"$symbols" ||
    die "$target: libaftercare_core.a does not call CommonCrypto (CCCryptorCreate)"
  if grep -q ' T _EVP_CIPHER_fetch$' <<<"$symbols"; then
    die "$target: libaftercare_core.a contains OpenSSL; Apple targets use CommonCrypto"
  fi
done

# --- 2. Swift bindings, from a host build of the library. ------------------------------------
# UniFFI reads the API from metadata symbols in the library, so the generator needs an
# unstripped one; a host debug build is quick and carries the same metadata as the iOS slices.
# --no-format: the output must not depend on whether swiftformat happens to be installed.
echo "== generating Swift bindings"
cargo build --locked -p aftercare-core
host_lib="$target_dir/debug/libaftercare_core.dylib"
[ -f "$host_lib" ] || die "host library not found at $host_lib"
rm -rf "$stage"
mkdir -p "$stage/bindings" "$headers" "$stage/simulator" "$stage/macos"
cargo run --locked -p uniffi-bindgen -- generate \
  --library "$host_lib" \
  --language swift \
  --config uniffi.toml \
  --out-dir "$stage/bindings" \
  --no-format

# An XCFramework's headers directory must name its module map exactly `module.modulemap`:
# that is the only name Clang looks for when Xcode exposes the C module `AftercareCoreFFI`.
cp "$stage/bindings/AftercareCoreFFI.h" "$headers/AftercareCoreFFI.h"
cp "$stage/bindings/AftercareCoreFFI.modulemap" "$headers/module.modulemap"

# --- 3. One fat simulator library (Apple-silicon and Intel Macs). ----------------------------
# An XCFramework holds one library per platform variant, so both simulator architectures go
# into a single universal file.
sim_inputs=()
for target in "${sim_targets[@]}"; do
  sim_inputs+=("$target_dir/$target/release/$lib")
done
lipo -create "${sim_inputs[@]}" -output "$stage/simulator/$lib"

xcframework_args=(
  -library "$target_dir/$device_target/release/$lib" -headers "$headers"
  -library "$stage/simulator/$lib" -headers "$headers"
)
if $with_macos; then
  mac_inputs=()
  for target in "${mac_targets[@]}"; do
    mac_inputs+=("$target_dir/$target/release/$lib")
  done
  lipo -create "${mac_inputs[@]}" -output "$stage/macos/$lib"
  xcframework_args+=(-library "$stage/macos/$lib" -headers "$headers")
fi

# --- 4. The XCFramework, where the Swift package expects it. ---------------------------------
# xcodebuild refuses to overwrite an existing XCFramework.
rm -rf "$xcframework"
mkdir -p "$(dirname "$xcframework")"
xcodebuild -create-xcframework "${xcframework_args[@]}" -output "$xcframework"

# --- 5. The generated Swift API into the package's AftercareCore target. --------------------
# With the faster reader: UniFFI's own reads every integer through a generic Data.copyBytes
# (ios/fast-reader.py says why and what changes).
python3 ios/fast-reader.py "$stage/bindings/AftercareCore.swift" >"$swift_dest"

echo "xcframework: $xcframework"
echo "swift api:   $swift_dest"
echo "next: cd ios && xcodegen && open Aftercare.xcodeproj (see ios/README.md)"
