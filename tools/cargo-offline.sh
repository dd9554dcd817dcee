# Points cargo at a vendored crate set, when one is given, for the shell that sources this file.
#
#   . tools/cargo-offline.sh      # from the repository root (tests/run and .ci/run do it)
#
# The set is what tools/vendor-crates.sh writes: a folder, or that folder as a .tar.gz. Where:
#   AFTERCARE_VENDOR=PATH   the folder or the .tar.gz (a relative path is taken from the root);
#   unset                   ../shared/vendor, else ../shared/vendor.tar.gz, beside the root,
#                           when one exists; otherwise cargo uses crates.io as usual;
#   AFTERCARE_VENDOR=off    crates.io even when the default exists.
# With a set, cargo gets its own CARGO_HOME (build/offline/cargo-home: a config.toml that
# replaces crates.io with the set and turns on net.offline) and never touches the network; a
# .tar.gz is unpacked once into build/offline/. No tracked file is changed. Prints one line.
# Sourced: it exports CARGO_HOME only when a set is given, and changes no shell option.

aftercare_offline_setup() {
  local root set unpacked home lock_note=""
  root="$(pwd -P)"
  set="${AFTERCARE_VENDOR:-}"
  if [ "$set" = off ]; then
    return 0
  fi
  if [ -z "$set" ]; then
    if [ -d "$root/../shared/vendor" ]; then
      set="$root/../shared/vendor"
    elif [ -f "$root/../shared/vendor.tar.gz" ]; then
      set="$root/../shared/vendor.tar.gz"
    else
      return 0
    fi
  fi
  case "$set" in
    /*) ;;
    *) set="$root/$set" ;;
  esac
  if [ ! -e "$set" ]; then
    echo "cargo-offline: AFTERCARE_VENDOR=$set does not exist" >&2
    return 1
  fi

  if [ -f "$set" ]; then
    # Unpack once per archive: the stamp is the archive's size and modification time.
    local stamp
    stamp="$(stat -c '%s-%Y' "$set" 2>/dev/null || stat -f '%z-%m' "$set")"
    unpacked="$root/build/offline/vendor-$stamp"
    if [ ! -f "$unpacked/.complete" ]; then
      rm -rf "$root/build/offline"/vendor-*
      mkdir -p "$unpacked.tmp"
      if ! tar -xzf "$set" -C "$unpacked.tmp"; then
        rm -rf "$unpacked.tmp"
        echo "cargo-offline: cannot unpack $set" >&2
        return 1
      fi
      # tools/vendor-crates.sh --tar puts one folder in the archive; a flat archive works too.
      local entries
      entries=("$unpacked.tmp"/*)
      if [ "${#entries[@]}" = 1 ] && [ -d "${entries[0]}" ] && [ ! -f "${entries[0]}/Cargo.toml" ]; then
        mv "${entries[0]}" "$unpacked"
        rmdir "$unpacked.tmp"
      else
        mv "$unpacked.tmp" "$unpacked"
      fi
      touch "$unpacked/.complete"
    fi
    set="$unpacked"
  fi
  set="$(cd "$set" && pwd -P)"
  if ! ls "$set"/*/.cargo-checksum.json >/dev/null 2>&1; then
    echo "cargo-offline: $set is not a vendored crate set (no */.cargo-checksum.json)" >&2
    return 1
  fi
  if [ -f "$set/.aftercare/Cargo.lock" ] && ! cmp -s "$set/.aftercare/Cargo.lock" "$root/Cargo.lock"; then
    lock_note="; made from another Cargo.lock: if a crate is missing, run tools/vendor-crates.sh again"
  fi

  home="$root/build/offline/cargo-home"
  mkdir -p "$home"
  cat >"$home/config.toml" <<EOF
# Written by tools/cargo-offline.sh: crates come from the vendored set, never from the network.
[source.crates-io]
replace-with = "aftercare-vendored"

[source.aftercare-vendored]
directory = "$set"

[net]
offline = true
EOF
  export CARGO_HOME="$home"
  echo "cargo: offline, crates from the vendored set $set$lock_note"
}

aftercare_offline_setup
aftercare_offline_status=$?
unset -f aftercare_offline_setup
# shellcheck disable=SC2317 # `return` when sourced, `exit` when run by mistake.
return "$aftercare_offline_status" 2>/dev/null || exit "$aftercare_offline_status"
