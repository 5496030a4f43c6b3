#!/usr/bin/env bash
# Builds MicroPython's unix port (standard variant) natively from the same
# pinned Debian source as the guest: the reference that benchmarks and the
# compatibility run compare the sandbox against.
#
#   scripts/build-native.sh     prints the path of the built executable
#
# Features whose code the Debian source package leaves out (bundled libffi,
# berkeley-db, TLS libraries, micropython-lib for frozen modules) are
# switched off; nothing else is changed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/toolchain.sh"

WORK="$ROOT/guest-micropython/build"
SRC="$WORK/native-src"
OUT="$WORK/native/micropython"

command -v make >/dev/null && command -v gcc >/dev/null || ensure_apt_packages build-essential
command -v python3 >/dev/null || ensure_apt_packages python3
fetch_micropython_source "$WORK/download" "$SRC"

if [ ! -x "$OUT" ] || [ "$OUT" -ot "$SRC/.mpsandbox-source" ]; then
    log "building the native unix port"
    export SOURCE_DATE_EPOCH=$MPY_SOURCE_DATE_EPOCH
    make -C "$SRC/ports/unix" -j"$(nproc)" VARIANT=standard \
        FROZEN_MANIFEST= MICROPY_PY_FFI=0 MICROPY_PY_BTREE=0 MICROPY_PY_SSL=0 \
        MICROPY_SSL_AXTLS=0 MICROPY_SSL_MBEDTLS=0 \
        >"$WORK/native-make.log" 2>&1 || { tail -30 "$WORK/native-make.log"; exit 1; }
    mkdir -p "$(dirname "$OUT")"
    cp "$SRC/ports/unix/build-standard/micropython" "$OUT"
fi
echo "$OUT"
