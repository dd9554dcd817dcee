#!/usr/bin/env bash
# Swift tests of the bindings and of the iOS app's shell (tests/swift/README.md):
#
#   bash tests/swift/run.sh [swift test arguments, e.g. --filter ReminderMirrorTests]
#
# Builds the core's debug library and generates the bindings (bindings/generate.sh), puts the
# generated Swift and C header where the iOS package (ios/, a dependency of this one) expects
# them, and runs `swift test` linked against <target>/debug/libaftercare_core (macOS or Linux).
# Without a Swift toolchain it says so and succeeds.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "skipped: no Swift toolchain"
  exit 0
fi

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

bash bindings/generate.sh

# The same folder bindings/generate.sh built into (it resolves CARGO_TARGET_DIR from the root).
target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in
  /*) ;;
  *) target_dir="$root/$target_dir" ;;
esac
libdir="$target_dir/debug"

# The iOS package's targets AftercareCore (generated Swift) and AftercareCoreFFI (a system
# library over the host's shared library when AFTERCARE_LIB_DIR is set; see ios/Package.swift).
# Copied only when changed, so SwiftPM does not rebuild the bindings for nothing.
place() {
  cmp -s "$1" "$2" || cp "$1" "$2"
}
# The Swift as the app gets it: generated, with the faster reader (ios/fast-reader.py).
patched="$(mktemp)"
trap 'rm -f "$patched"' EXIT
python3 "$root/ios/fast-reader.py" build/bindings/AftercareCore.swift >"$patched"
place "$patched" "$root/ios/Sources/AftercareCore/AftercareCore.swift"
place build/bindings/AftercareCoreFFI.h "$root/ios/Sources/AftercareCoreFFI/AftercareCoreFFI.h"

# Linux has no SwiftUI: the view files (not the previews, whose #Preview macro needs Xcode) are
# linked into the AftercareUICheck target and type-checked against Sources/SwiftUI, a stand-in
# for the SwiftUI API they use (see its header). On a Mac the real SwiftUI builds them instead.
check="$here/Sources/AftercareUICheck"
rm -rf "$check"
if [ "$(uname -s)" = Linux ]; then
  mkdir -p "$check"
  (cd "$root/ios/Sources/AftercareUI" && find . -name '*.swift' ! -name '*Previews.swift') |
    while read -r file; do
      ln -s "$root/ios/Sources/AftercareUI/${file#./}" "$check/$(echo "${file#./}" | tr / _)"
    done
fi

# The widget extension's files likewise (not its @main bundle: a library cannot have one),
# against Sources/WidgetKit beside the SwiftUI stand-in.
widgets="$here/Sources/AftercareWidgetsCheck"
rm -rf "$widgets"
if [ "$(uname -s)" = Linux ]; then
  mkdir -p "$widgets"
  for file in "$root"/ios/Widget/*.swift; do
    case "$file" in *Main.swift) continue ;; esac
    ln -s "$file" "$widgets/$(basename "$file")"
  done
fi

# The module map says `link "aftercare_core"`; Package.swift passes this folder to the linker
# (-L) and as the test binary's rpath. LD_LIBRARY_PATH is a second route on Linux for runners
# that start another process.
export AFTERCARE_LIB_DIR="$libdir"
export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

cd "$here"
swift test "$@"
