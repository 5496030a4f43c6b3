#!/usr/bin/env bash
# Builds MicroPython's unix port (standard variant) natively from the same
# pinned Debian source as the guest, with the same patches
# (guest-micropython/patches/): the same interpreter on a 64-bit host, the
# reference that benchmarks, the differential fuzzer and the compatibility
# run compare the sandbox against. Like the guest, it formats floats with
# libc's printf (the patches' float formatting relies on it) and its re is
# guest-micropython/modre.c on PCRE2 (a user C module).
#
#   scripts/build-native.sh     prints the path of the built executable
#
# Docstrings are kept, as in the guest (mpconfigport.h). Features whose code
# the Debian source package leaves out (bundled libffi,
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
PRISTINE="$WORK/src/micropython"
fetch_micropython_source "$WORK/download" "$PRISTINE"

PCRE2_SRC="$WORK/src/pcre2"
fetch_pcre2_source "$WORK/download-pcre2" "$PCRE2_SRC"

# The source with the patches applied, rebuilt whenever a patch or the re
# module changes.
STAMP=$(cat "$PRISTINE/.mpsandbox-source" "$ROOT"/guest-micropython/patches/*.patch \
    "$ROOT"/guest-micropython/modre.c "$ROOT"/guest-micropython/pcre2/*.h "$ROOT"/guest-micropython/pcre2/*.mk |
    sha256sum | cut -d' ' -f1)
if [ ! -x "$OUT" ] || [ "$(cat "$SRC/.mpsandbox-patched" 2>/dev/null)" != "$STAMP" ]; then
    log "building the native unix port"
    patched_copy "$PRISTINE" "$SRC"
    export SOURCE_DATE_EPOCH=$MPY_SOURCE_DATE_EPOCH
    make -C "$SRC/ports/unix" -j"$(nproc)" VARIANT=standard \
        FROZEN_MANIFEST= MICROPY_PY_FFI=0 MICROPY_PY_BTREE=0 MICROPY_PY_SSL=0 \
        MICROPY_SSL_AXTLS=0 MICROPY_SSL_MBEDTLS=0 \
        CFLAGS_EXTRA="-DMICROPY_USE_INTERNAL_PRINTF=0 -DMICROPY_PY_RE=0 -DMICROPY_ENABLE_DOC_STRING=1" \
        USER_C_MODULES="$ROOT/guest-micropython/pcre2/native" PCRE2_SRC="$PCRE2_SRC" \
        >"$WORK/native-make.log" 2>&1 || { tail -30 "$WORK/native-make.log"; exit 1; }
    mkdir -p "$(dirname "$OUT")"
    # Replaced, not overwritten: the old build may be running.
    cp "$SRC/ports/unix/build-standard/micropython" "$OUT.new"
    mv "$OUT.new" "$OUT"
    echo "$STAMP" >"$SRC/.mpsandbox-patched"
fi
echo "$OUT"
