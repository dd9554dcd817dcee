#!/usr/bin/env python3
"""Where the bytes of a built core library go: by component (Rust crate or C library) and by section."""
# Usage:
#   python3 tools/size-breakdown.py LIB [--archive NAME=PATH ...] [--top N]
#
# LIB is the unstripped release library (the profile keeps symbols). Each --archive names a C
# static library that was linked in (e.g. "OpenSSL=.../libcrypto.a"): a symbol the archive
# defines is counted for NAME. Rust symbols are counted for the first crate in their demangled
# path that is not core/alloc/std (generic code is counted where it was instantiated for), else
# for "Rust std". Relocation entries (.rela.dyn) are counted for the symbol whose pointer they
# fix up, so a table of pointers shows its full cost. Unwind tables, dynamic symbols and padding
# stay per section. Needs binutils (readelf, nm). Prints Markdown tables.
import argparse
import bisect
import collections
import os
import re
import subprocess
import sys

STD_CRATES = {"core", "alloc", "std", "compiler_builtins", "panic_unwind", "std_detect",
              "hashbrown", "rustc_demangle", "addr2line", "gimli", "miniz_oxide", "object",
              "adler2", "memchr", "unwind", "libc", "cfg_if"}
UNATTRIBUTED = "unnamed (Rust's anonymous constants, and gaps between components)"
# The sections counted per component, and the column each goes to.
SECTION_GROUP = {".text": "code", ".rodata": "data", ".data.rel.ro": "data", ".data": "data",
                 ".tdata": "data", ".init_array": "data", ".fini_array": "data"}
PATH_RE = re.compile(r"(?<![A-Za-z0-9_:])([A-Za-z_][A-Za-z0-9_]*)::")


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def sections(lib):
    """Allocated sections: name -> (start, size)."""
    out = {}
    for line in run("readelf", "-SW", lib).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S+\s+(\S*)", line)
        if m and "A" in m.group(4):
            out[m.group(1)] = (int(m.group(2), 16), int(m.group(3), 16))
    return out


def file_sections(lib):
    """Sections that take room in the file (not .bss): name -> size, plus the file size."""
    sizes = {}
    for line in run("readelf", "-SW", lib).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if m and m.group(2) != "NOBITS" and m.group(1) not in ("NULL",):
            sizes[m.group(1)] = int(m.group(3), 16)
    return sizes


def symbols(lib):
    """(address, size, mangled, demangled) of every defined symbol with a size."""
    raw = run("nm", "-S", "-p", "--defined-only", lib).splitlines()
    dem = run("nm", "-S", "-p", "--defined-only", "-C", lib).splitlines()
    out = []
    for a, b in zip(raw, dem):
        pa, pb = a.split(None, 3), b.split(None, 3)
        if len(pa) == 4 and len(pb) == 4:
            out.append((int(pa[0], 16), int(pa[1], 16), pa[3], pb[3]))
    return out


def archive_symbols(path):
    names = set()
    for line in run("nm", "--defined-only", path).splitlines():
        parts = line.split()
        if len(parts) == 3:
            names.add(parts[2])
    return names


def rust_crate(demangled):
    for crate in PATH_RE.findall(demangled):
        if crate not in STD_CRATES and crate not in ("impl", "dyn"):
            return crate
    return "Rust std"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lib")
    ap.add_argument("--archive", action="append", default=[], metavar="NAME=PATH")
    ap.add_argument("--top", type=int, default=14)
    ap.add_argument("--stripped", help="the stripped copy, whose sections are listed")
    args = ap.parse_args()

    secs = sections(args.lib)
    owners = []  # (name, set of symbols)
    for spec in args.archive:
        name, path = spec.split("=", 1)
        owners.append((name, archive_symbols(path)))

    def component(mangled, demangled):
        for name, names in owners:
            if mangled in names:
                return name
        if mangled.startswith(("_ZN", "_R")) or "::" in demangled:
            return rust_crate(demangled)
        # UniFFI's exported C functions and metadata are the core's own (unmangled) Rust.
        if mangled.lower().startswith(("uniffi_aftercare_core", "ffi_aftercare_core")):
            return "aftercare_core"
        if mangled.startswith("UNIFFI_META_"):
            return "aftercare_core"
        return "other (unmangled: C runtime glue, compiler builtins)"

    syms = sorted(s for s in symbols(args.lib) if s[1] > 0)
    sec_ranges = sorted((start, start + size, name) for name, (start, size) in secs.items()
                        if name in SECTION_GROUP)
    # Spans: every byte of the counted sections belongs to one symbol or to the gap after it.
    # A gap (unnamed constants: Rust's anonymous strings and tables, C's literals) between two
    # symbols of one component is that component's; other gaps stay unattributed.
    spans = []  # (start, end, component, section)
    for lo, hi, name in sec_ranges:
        inside = [(a, z, component(m, d)) for a, z, m, d in syms if lo <= a < hi]
        cursor, prev = lo, None
        for i, (a, z, comp) in enumerate(inside):
            if a > cursor:
                gap_owner = comp if prev == comp else UNATTRIBUTED
                spans.append((cursor, a, gap_owner, name))
            if a + z > cursor:
                spans.append((max(a, cursor), a + z, comp, name))
                cursor = a + z
            prev = comp
        if cursor < hi:
            spans.append((cursor, hi, UNATTRIBUTED, name))
    spans.sort()
    span_starts = [sp[0] for sp in spans]

    table = collections.defaultdict(collections.Counter)
    for lo, hi, comp, name in spans:
        table[comp][SECTION_GROUP[name]] += hi - lo

    # Relocations: one RELA entry per pointer to fix up at load time, counted where it points from.
    rela = secs.get(".rela.dyn", (0, 0))[1] + secs.get(".rela.plt", (0, 0))[1]
    entries = 0
    counts = collections.Counter()
    for line in run("readelf", "-rW", args.lib).splitlines():
        m = re.match(r"([0-9a-f]{8,})\s+[0-9a-f]+\s+R_", line)
        if not m:
            continue
        entries += 1
        off = int(m.group(1), 16)
        i = bisect.bisect_right(span_starts, off) - 1
        if i >= 0 and spans[i][0] <= off < spans[i][1]:
            counts[spans[i][2]] += 1
        else:
            counts["GOT and PLT (calls and addresses of shared-library symbols)"] += 1
    entry = rela // entries if entries else 0
    for comp, n in counts.items():
        table[comp]["relocations"] = n * entry

    for comp in table:
        table[comp]["total"] = table[comp]["code"] + table[comp]["data"] + table[comp]["relocations"]

    shown = args.stripped or args.lib
    fsecs = file_sections(shown)
    print(f"library: `{shown}`, {os.path.getsize(shown):,} bytes\n")
    print("| component | code (.text) | data (.rodata, .data.rel.ro, .data) | relocations | total |")
    print("|---|---:|---:|---:|---:|")
    ranked = sorted(table.items(), key=lambda kv: -kv[1]["total"])
    rest = collections.Counter()
    for n, (comp, c) in enumerate(ranked):
        if n < args.top:
            print(f"| {comp} | {c['code']:,} | {c['data']:,} | {c['relocations']:,} | {c['total']:,} |")
        else:
            rest.update({k: c[k] for k in ("code", "data", "relocations", "total")})
    if rest["total"]:
        print(f"| {len(ranked) - args.top} more | {rest['code']:,} | {rest['data']:,} | "
              f"{rest['relocations']:,} | {rest['total']:,} |")
    attributed = sum(c["total"] for comp, c in table.items() if comp != UNATTRIBUTED)
    print()
    print("| section | bytes |")
    print("|---|---:|")
    for name, size in sorted(fsecs.items(), key=lambda kv: -kv[1])[:12]:
        print(f"| {name} | {size:,} |")
    print()
    print(f"Components account for {attributed:,} bytes; the rest are unwind tables (.eh_frame*, "
          f".gcc_except_table), dynamic symbol tables, headers and padding.")


if __name__ == "__main__":
    sys.exit(main())
