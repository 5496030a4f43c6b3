#!/usr/bin/env bash
# Builds the MicroPython interpreter component from Debian's pinned source
# package and writes it to host/component/interpreter.wasm.
#
#   scripts/build-guest.sh            build (installing missing tools first)
#   scripts/build-guest.sh --check    build into a temp file and fail if it
#                                     differs from the committed component
#   scripts/build-guest.sh --checked  a variant with clang's integer- and
#                                     pointer-overflow checks in trapping mode,
#                                     written to guest-micropython/build/checked/
#                                     (never committed): run it with
#                                     MPSANDBOX_COMPONENT=... to find overflow sites
#
# Two runs on any machine produce byte-identical output: the source, every
# tool version and the version banner's date are pinned, and build paths are
# mapped out of the binary.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/toolchain.sh"

GUEST="$ROOT/guest-micropython"
WORK="$GUEST/build"
OUT="$ROOT/host/component/interpreter.wasm"
CHECK=0
CHECKED=0
[ "${1:-}" = "--check" ] && CHECK=1
[ "${1:-}" = "--checked" ] && CHECKED=1
# Signed overflow, shifts past the width and indexes past a fixed array are
# undefined behaviour in C and are checked. Left out because MicroPython
# relies on them on purpose and they drown the real sites: unsigned
# wraparound (hashes, small-int and qstr arithmetic), left shifts of
# negative values (small-int tagging) and pointer overflow (clang counts
# `NULL + 0`, which every empty map and list computes).
SANITIZE=""
# The checked build keeps function names, so a trap's backtrace names the
# overflowing function.
STRIP="--strip-debug --strip-producers"
[ $CHECKED = 1 ] && STRIP="-g"
[ $CHECKED = 1 ] && SANITIZE="-fsanitize=signed-integer-overflow,shift-exponent,array-bounds -fsanitize-trap=all"

ensure_guest_toolchain

# --- source -----------------------------------------------------------------
SRC="$WORK/src/micropython"
fetch_micropython_source "$WORK/download" "$SRC"
# PCRE2, the engine of the re module (guest-micropython/modre.c).
PCRE2_SRC="$WORK/src/pcre2"
fetch_pcre2_source "$WORK/download-pcre2" "$PCRE2_SRC"

# --- patches ----------------------------------------------------------------
# The pinned source stays pristine (compat.sh runs its tests); the guest
# compiles a copy with guest-micropython/patches/ applied in order. Each
# patch's header says what it fixes and why.
PATCHED="$WORK/src/patched"
patched_copy "$SRC" "$PATCHED" --exclude=./tests --exclude=./docs

# --- standard library -------------------------------------------------------
# The Python modules frozen into the component (guest-micropython/manifest.py),
# compiled by an mpy-cross built natively from the same patched source.
STDLIB="$WORK/stdlib"
"$ROOT/scripts/build-stdlib.sh" "$STDLIB" >/dev/null
env -u MAKEFLAGS -u MFLAGS make -C "$PATCHED/mpy-cross" -j"$(nproc)" >"$WORK/mpy-cross.log" 2>&1 ||
    { tail -30 "$WORK/mpy-cross.log"; exit 1; }

# --- bindings ---------------------------------------------------------------
BINDINGS="$WORK/bindings"
rm -rf "$BINDINGS"
mkdir -p "$BINDINGS"
wit-bindgen c "$ROOT/wit" --world interpreter --out-dir "$BINDINGS" >"$WORK/bindgen.log" 2>&1 || { cat "$WORK/bindgen.log"; exit 1; }

# --- compile ----------------------------------------------------------------
# The object directory is rebuilt from scratch: qstrs and the version header
# must never be stale, and the build is a few minutes at most.
OBJ="$WORK/obj"
[ $CHECKED = 1 ] && OBJ="$WORK/obj-checked"
rm -rf "$OBJ"
export SOURCE_DATE_EPOCH=$MPY_SOURCE_DATE_EPOCH
export MICROPY_GIT_TAG="v$MPY_UPSTREAM_VERSION"
export MICROPY_GIT_HASH="debian-$MPY_DEBIAN_VERSION"
make -C "$GUEST" -j"$(nproc)" \
    MPY_SRC="$PATCHED" BINDINGS="$BINDINGS" BUILD="$OBJ" PCRE2_SRC="$PCRE2_SRC" \
    STDLIB="$STDLIB" MICROPY_MPYCROSS="$PATCHED/mpy-cross/build/mpy-cross" \
    CFLAGS_EXTRA="-DMPSANDBOX_SOURCE='\"debian micropython $MPY_DEBIAN_VERSION\"' $SANITIZE" \
    >"$WORK/make.log" 2>&1 || { tail -40 "$WORK/make.log"; exit 1; }

# --- post-link --------------------------------------------------------------
# The collector runs only at safe points (guest-micropython/gccollect.c), so
# only the functions that can be on the stack there need --spill-pointers
# (which keeps every pointer live across a call in the scanned shadow stack).
# binaryen has no per-function pass filter: the module goes through wasm-opt
# with and without the pass, and gcspill takes each function's body from one
# or the other by the call graph. Optimisation runs after, as before;
# --translate-to-exnref turns clang 19's legacy exception instructions into
# the standard form wasmtime runs.
CORE="$OBJ/interpreter-core.wasm"
OPT="$OBJ/interpreter-core.opt.wasm"
FEATURES="--enable-exception-handling --enable-bulk-memory --enable-nontrapping-float-to-int
    --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types"
wasm_opt "$CORE" -o "$OBJ/interpreter-core.plain.wasm" $FEATURES -g --quiet
wasm_opt "$CORE" -o "$OBJ/interpreter-core.spilled.wasm" $FEATURES -g --spill-pointers
(cd "$ROOT" && cargo run -q --locked --profile test-release -p mpsandbox-gcspill -- \
    "$OBJ/interpreter-core.plain.wasm" "$OBJ/interpreter-core.spilled.wasm" "$OBJ/interpreter-core.gc.wasm" \
    --root gc_collect --exempt mp_execute_bytecode --exempt mp_execute_bytecode_stackless --not-reaching gc_alloc --not-reaching gc_realloc)
wasm_opt "$OBJ/interpreter-core.gc.wasm" -o "$OPT" $FEATURES -O2 --translate-to-exnref \
    $STRIP --strip-target-features

# --- pre-initialization -----------------------------------------------------
# Start-up runs once here and its memory becomes the module's initial
# contents, so instances begin with the interpreter initialized (see
# guest-micropython/preinit). The tool shares the test profile's build of
# wasmtime.
RAW="$OBJ/interpreter-uninit.wasm"
BAKED="$OBJ/interpreter-core.init.wasm"
wasm-tools component new "$OPT" -o "$RAW"
(cd "$ROOT" && cargo run -q --locked --profile test-release -p mpsandbox-preinit -- "$OPT" "$RAW" "$BAKED")

TARGET="$OUT"
[ $CHECK = 1 ] && TARGET="$OBJ/interpreter.wasm"
[ $CHECKED = 1 ] && TARGET="$WORK/checked/interpreter.wasm"
mkdir -p "$(dirname "$TARGET")"
wasm-tools component new "$BAKED" -o "$TARGET"
wasm-tools validate --features all "$TARGET"

echo "component: $TARGET ($(stat -c %s "$TARGET") bytes, sha256 $(sha256sum "$TARGET" | cut -d' ' -f1))"
if [ $CHECK = 1 ]; then
    if cmp -s "$TARGET" "$OUT"; then
        echo "reproducible: the rebuild is byte-identical to host/component/interpreter.wasm"
    else
        echo "MISMATCH: the rebuild differs from the committed host/component/interpreter.wasm" >&2
        echo "  committed: $(sha256sum "$OUT" | cut -d' ' -f1)" >&2
        echo "  rebuilt:   $(sha256sum "$TARGET" | cut -d' ' -f1)" >&2
        exit 1
    fi
fi
