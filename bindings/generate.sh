#!/usr/bin/env bash
# Builds the core library and generates its Kotlin and Swift bindings into build/bindings.
#
#   bindings/generate.sh            # debug library (what the JVM tests load)
#   bindings/generate.sh --release  # release library, plus stripped copies in build/lib
#
# Bindings are generated from the unstripped library (UniFFI reads its metadata symbols);
# only copies are stripped afterwards. Needs: cargo (rustup), and `strip` for --release.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=debug
if [ "${1:-}" = "--release" ]; then
  profile=release
fi
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"

case "$(uname -s)" in
  Darwin) lib_name=libaftercare_core.dylib ;;
  *) lib_name=libaftercare_core.so ;;
esac

if [ "$profile" = release ]; then
  # The shared library alone, as the phones get it: built beside the rlib and the staticlib,
  # LTO leaves ~0.4 MB more code in it.
  cargo rustc --locked --release -p aftercare-core --lib --crate-type cdylib
else
  cargo build --locked -p aftercare-core
fi
# The generator itself is a build tool: always a debug build, shared with the tests.
cargo build --locked -p uniffi-bindgen

lib="$target_dir/$profile/$lib_name"
out=build/bindings
rm -rf "$out"
mkdir -p "$out"
"$target_dir/debug/uniffi-bindgen" generate \
  --library "$lib" \
  --language kotlin --language swift \
  --config uniffi.toml \
  --out-dir "$out" \
  --no-format

if [ "$profile" = release ]; then
  mkdir -p build/lib
  cp "$lib" "build/lib/$lib_name"
  strip "build/lib/$lib_name"
  echo "stripped library: build/lib/$lib_name ($(wc -c < "build/lib/$lib_name") bytes)"
fi
echo "bindings: $out (library: $lib)"
