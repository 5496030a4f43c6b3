#!/usr/bin/env bash
# Builds the MicroPython interpreter component from Debian's pinned source
# package and writes it to host/component/interpreter.wasm.
#
#   scripts/build-guest.sh            build (installing missing tools first)
#   scripts/build-guest.sh --check    build into a temp file and fail if it
#                                     differs from the committed component
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
[ "${1:-}" = "--check" ] && CHECK=1

ensure_guest_toolchain

# --- source -----------------------------------------------------------------
SRC="$WORK/src/micropython"
fetch_micropython_source "$WORK/download" "$SRC"

# --- patches ----------------------------------------------------------------
# The pinned source stays pristine (compat.sh runs its tests, the native
# reference builds from it); the guest compiles a copy with
# guest-micropython/patches/ applied in order. Each patch's header says what
# it fixes and why.
PATCHED="$WORK/src/patched"
rm -rf "$PATCHED"
mkdir -p "$PATCHED"
tar -C "$SRC" --exclude=./tests --exclude=./docs -cf - . | tar -C "$PATCHED" -xf -
for p in "$GUEST"/patches/*.patch; do
    patch -d "$PATCHED" -p1 --quiet --forward --no-backup-if-mismatch <"$p" || { echo "$p does not apply" >&2; exit 1; }
done

# --- bindings ---------------------------------------------------------------
BINDINGS="$WORK/bindings"
rm -rf "$BINDINGS"
mkdir -p "$BINDINGS"
wit-bindgen c "$ROOT/wit" --world interpreter --out-dir "$BINDINGS" >"$WORK/bindgen.log" 2>&1 || { cat "$WORK/bindgen.log"; exit 1; }

# --- compile ----------------------------------------------------------------
# The object directory is rebuilt from scratch: qstrs and the version header
# must never be stale, and the build is a few minutes at most.
OBJ="$WORK/obj"
rm -rf "$OBJ"
export SOURCE_DATE_EPOCH=$MPY_SOURCE_DATE_EPOCH
export MICROPY_GIT_TAG="v$MPY_UPSTREAM_VERSION"
export MICROPY_GIT_HASH="debian-$MPY_DEBIAN_VERSION"
make -C "$GUEST" -j"$(nproc)" \
    MPY_SRC="$PATCHED" BINDINGS="$BINDINGS" BUILD="$OBJ" \
    CFLAGS_EXTRA="-DMPSANDBOX_SOURCE='\"debian micropython $MPY_DEBIAN_VERSION\"'" \
    >"$WORK/make.log" 2>&1 || { tail -40 "$WORK/make.log"; exit 1; }

# --- post-link --------------------------------------------------------------
# --spill-pointers keeps every pointer live across a call in the shadow stack,
# where the GC's conservative scan sees it (see gccollect.c); it must run
# before optimisation. --translate-to-exnref turns clang 19's legacy exception
# instructions into the standard form wasmtime runs.
CORE="$OBJ/interpreter-core.wasm"
OPT="$OBJ/interpreter-core.opt.wasm"
wasm_opt "$CORE" -o "$OPT" \
    --enable-exception-handling --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
    --spill-pointers -O2 --translate-to-exnref \
    --strip-debug --strip-producers --strip-target-features

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
