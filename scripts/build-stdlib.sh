#!/usr/bin/env bash
# Stages the Python standard library the guest freezes into the component:
#   - guest-micropython/lib/: modules written for the sandbox (one file each,
#     with a header saying what it covers and leaves out);
#   - upstream Python modules, each adapted by guest-micropython/patches/stdlib/NAME.patch:
#     CPython's pure-Python standard library from the pinned Debian python3.11
#     source (`From: cpython:Lib/...`) and MicroPython's own Python modules from
#     its pinned source (`From: micropython:extmod/...`). The patch's header
#     says why; an optional `To: path.py` line says where the file goes
#     (default: NAME with dots as slashes, .py). A patch with no hunks takes
#     the file unchanged. The hunks' paths are the file's path in its tree.
#
#   scripts/build-stdlib.sh [OUT]           stage into OUT (default
#                                           guest-micropython/build/stdlib) and print it
#   scripts/build-stdlib.sh --diff NAME FILE
#                                           rewrite NAME.patch's hunks as the diff from
#                                           its upstream file to FILE (the header is kept)
#
# The native reference runs the staged tree as the guest runs the frozen one:
#   MICROPYPATH=$(scripts/build-stdlib.sh) $(scripts/build-native.sh) prog.py
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/toolchain.sh"

GUEST="$ROOT/guest-micropython"
CPY="$GUEST/build/src/cpython"
MPY="$GUEST/build/src/micropython"
PATCHES="$GUEST/patches/stdlib"
fetch_cpython_source "$GUEST/build/download-cpython" "$CPY"
fetch_micropython_source "$GUEST/build/download" "$MPY"

# `From: TREE:PATH` -> the file's path in its tree; tree_of -> that tree.
from_of() { sed -n 's/^From: *[a-z]*:\([^ ]*\).*/\1/p' "$1" | head -1; }
tree_of() {
    case $(sed -n 's/^From: *\([a-z]*\):.*/\1/p' "$1" | head -1) in
    cpython) echo "$CPY" ;;
    micropython) echo "$MPY" ;;
    *) echo "$1: From: must be cpython:PATH or micropython:PATH" >&2; exit 1 ;;
    esac
}
to_of() {
    local to
    to=$(sed -n 's/^To: *\([^ ]*\).*/\1/p' "$1" | head -1)
    [ -n "$to" ] && echo "$to" || echo "$(basename "$1" .patch | tr . /).py"
}

if [ "${1:-}" = "--diff" ]; then
    name=$2 edited=$(realpath "$3") p="$PATCHES/$2.patch"
    [ -f "$p" ] || { echo "$p: no such patch (write its header first: From: Lib/...)" >&2; exit 1; }
    from=$(from_of "$p")
    [ -n "$from" ] || { echo "$p: no From: line" >&2; exit 1; }
    tree=$(tree_of "$p")
    header=$(sed '/^--- a\//,$d' "$p")
    tmp=$(mktemp -d)
    mkdir -p "$tmp/a/$(dirname "$from")" "$tmp/b/$(dirname "$from")"
    cp "$tree/$from" "$tmp/a/$from"
    cp "$edited" "$tmp/b/$from"
    { printf '%s\n' "$header"; (cd "$tmp" && diff -u --label "a/$from" --label "b/$from" "a/$from" "b/$from") || true; } >"$p"
    rm -rf "$tmp"
    echo "$p"
    exit 0
fi

OUT=$(realpath -m "${1:-$GUEST/build/stdlib}")
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/out"
for p in "$PATCHES"/*.patch; do
    [ -e "$p" ] || continue
    from=$(from_of "$p")
    [ -n "$from" ] || { echo "$p: no From: line" >&2; exit 1; }
    tree=$(tree_of "$p")
    rm -rf "$STAGE/up"
    mkdir -p "$STAGE/up/$(dirname "$from")"
    cp "$tree/$from" "$STAGE/up/$from"
    if grep -q '^--- a/' "$p"; then
        patch -d "$STAGE/up" -p1 --quiet --forward --no-backup-if-mismatch <"$p" ||
            { echo "$p does not apply" >&2; exit 1; }
    fi
    to=$(to_of "$p")
    [ -e "$STAGE/out/$to" ] && { echo "$to comes from two patches" >&2; exit 1; }
    mkdir -p "$STAGE/out/$(dirname "$to")"
    mv "$STAGE/up/$from" "$STAGE/out/$to"
done
# The sandbox's own modules; a name in both would be ambiguous.
(cd "$GUEST/lib" && find . -name '*.py' | sort) | while read -r f; do
    [ -e "$STAGE/out/$f" ] && { echo "$f is both in guest-micropython/lib and patches/cpython" >&2; exit 1; }
    mkdir -p "$STAGE/out/$(dirname "$f")"
    cp "$GUEST/lib/$f" "$STAGE/out/$f"
done
rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
cp -r "$STAGE/out" "$OUT"
echo "$OUT"
