#!/usr/bin/env bash
# Makes the vendored crate set from Cargo.lock, so a machine without crates.io can build and
# test the project (tools/cargo-offline.sh, which tests/run sources, picks it up):
#
#   bash tools/vendor-crates.sh [--out DIR] [--tar] [--all-platforms]
#
#   --out DIR         where the set goes; default ../shared/vendor beside the repository root
#   --tar             also write DIR.tar.gz (one folder inside, named like DIR)
#   --all-platforms   keep every crate of Cargo.lock; by default the crates that none of the
#                     platforms below compiles are left as stubs (see "Stubs")
#
# Platforms kept: Linux (x86_64, aarch64: desktops, CI, hosts of Android builds), macOS (both
# architectures: hosts of iOS builds and the package's macOS slice), iOS devices and simulators,
# and Android's ABIs. A Windows host needs --all-platforms.
#
# Stubs: cargo resolves Cargo.lock as a whole, for every platform, so a crate only Windows
# compiles (winapi-*-gnu, windows_* import libraries: a third of the full set) must still be
# present, but never needs its sources. Its folder keeps the Cargo.toml cargo vendor wrote and
# the package checksum of Cargo.lock, and an empty library file; nothing else. Which crates a
# platform compiles is cargo's own answer (`cargo tree --target ...` for all of them at once,
# normal, build and dev dependencies, read from the set itself).
#
# Needs crates.io (run it on a connected machine) and cargo; the set is written to a temporary
# folder first and moved into place only when complete.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd -P)"

out="$root/../shared/vendor"
tarball=false
all_platforms=false
while [ $# -gt 0 ]; do
  case "$1" in
    --out)
      out="${2:?--out needs a folder}"
      shift 2
      ;;
    --tar)
      tarball=true
      shift
      ;;
    --all-platforms)
      all_platforms=true
      shift
      ;;
    -h | --help)
      sed -n '2,25p' "$0"
      exit 0
      ;;
    *)
      echo "usage: bash tools/vendor-crates.sh [--out DIR] [--tar] [--all-platforms]" >&2
      exit 2
      ;;
  esac
done
case "$out" in
  /*) ;;
  *) out="$root/$out" ;;
esac
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd -P)/$(basename "$out")"

platforms=(
  x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu
  x86_64-apple-darwin aarch64-apple-darwin
  aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
  aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android
)

# A CARGO_HOME set up by tools/cargo-offline.sh would point cargo at an older set, offline.
if [ "${CARGO_HOME:-}" = "$root/build/offline/cargo-home" ]; then
  unset CARGO_HOME
fi

work="$out.tmp.$$"
trap 'rm -rf "$work" "$work.tar.gz"' EXIT
rm -rf "$work"

echo "== cargo vendor (every crate of Cargo.lock)"
# stdout is the config snippet cargo suggests; tools/cargo-offline.sh writes its own.
cargo vendor --locked --versioned-dirs --quiet "$work" >/dev/null

stubbed=()
if ! $all_platforms; then
  echo "== crates the supported platforms compile"
  # Resolved from the set itself, offline, so the answer is about exactly these sources.
  target_args=()
  for platform in "${platforms[@]}"; do
    target_args+=(--target "$platform")
  done
  keep="$(
    cargo tree --locked --offline --workspace -e normal,build,dev --prefix none --format '{p}' \
      --config "source.crates-io.replace-with='aftercare-vendored'" \
      --config "source.aftercare-vendored.directory='$work'" \
      "${target_args[@]}" |
      awk '$2 ~ /^v[0-9]/ && $3 !~ /^\(\// { print $1 "-" substr($2, 2) }' | sort -u
  )"
  for dir in "$work"/*/; do
    crate="$(basename "$dir")"
    if grep -qxF "$crate" <<<"$keep"; then
      continue
    fi
    # The package checksum Cargo.lock expects, and the library file the manifest names.
    package="$(sed -n 's/.*"package":"\([0-9a-f]*\)".*/\1/p' "$dir/.cargo-checksum.json")"
    lib_path="$(awk '
      /^\[/ { in_lib = ($0 == "[lib]") }
      in_lib && $1 == "path" { gsub(/[" ]/, "", $3); print $3; exit }
    ' "$dir/Cargo.toml")"
    find "$dir" -mindepth 1 -maxdepth 1 ! -name Cargo.toml -exec rm -rf {} +
    mkdir -p "$dir/$(dirname "${lib_path:-src/lib.rs}")"
    : >"$dir/${lib_path:-src/lib.rs}"
    printf '{"files":{},"package":"%s"}' "$package" >"$dir/.cargo-checksum.json"
    stubbed+=("$crate")
  done
fi

mkdir -p "$work/.aftercare"
cp Cargo.lock "$work/.aftercare/Cargo.lock"
{
  echo "Vendored crates of Aftercare's Cargo.lock, made by tools/vendor-crates.sh."
  echo "Use: AFTERCARE_VENDOR=<this folder or its .tar.gz> bash tests/run (see tools/cargo-offline.sh)."
  if $all_platforms; then
    echo "Every platform's crates are complete."
  else
    echo "Complete for: ${platforms[*]}."
    echo "Stubs (Cargo.toml and checksum only; no platform above compiles them): ${#stubbed[@]}"
    printf '  %s\n' ${stubbed[@]+"${stubbed[@]}"}
  fi
} >"$work/.aftercare/README"

rm -rf "$out"
mv "$work" "$out"
echo "set: $out ($(du -sh "$out" | cut -f1), $(find "$out" -type f | wc -l) files, ${#stubbed[@]} crates stubbed)"

if $tarball; then
  tar_flags=()
  if tar --version 2>/dev/null | grep -q 'GNU tar'; then
    # The same set gives the same archive.
    tar_flags=(--sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner)
  fi
  tar ${tar_flags[@]+"${tar_flags[@]}"} -czf "$work.tar.gz" -C "$(dirname "$out")" "$(basename "$out")"
  mv "$work.tar.gz" "$out.tar.gz"
  echo "archive: $out.tar.gz ($(du -sh "$out.tar.gz" | cut -f1))"
fi
