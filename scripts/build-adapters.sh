#!/usr/bin/env bash
# Builds the adapter components under adapters/ from source and composes
# each with the interpreter (host/component/interpreter.wasm):
#
#   adapters/dist/interpreter-grants-none.wasm   the interpreter with no host
#       functions granted: exports sandbox:interpreter/runtime, imports only
#       WASI (for `wasmtime run --invoke`)
#   adapters/dist/mpsandbox-cli.wasm             a wasi:cli/run command
#   adapters/dist/mpsandbox-http.wasm            a wasi:http/incoming-handler
#
#   scripts/build-adapters.sh           build
#   scripts/build-adapters.sh --check   build into a temp dir and fail if any
#                                       output differs from the committed one
#
# Reproducible like the guest: pinned tools and WIT, build paths mapped out
# of the binaries, no timestamps.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/toolchain.sh"

ADAPTERS="$ROOT/adapters"
WORK="$ADAPTERS/build"
DIST="$ADAPTERS/dist"
INTERPRETER="$ROOT/host/component/interpreter.wasm"
CHECK=0
[ "${1:-}" = "--check" ] && CHECK=1

ensure_adapter_toolchain

rm -rf "$WORK"
mkdir -p "$WORK"

# --- WIT: the adapters' worlds with every package they use ------------------
WIT="$WORK/wit"
mkdir -p "$WIT/deps/sandbox-interpreter"
cp "$ADAPTERS/wit/adapters.wit" "$WIT/"
cp -r "$ROOT/wit/deps/." "$WIT/deps/"
cp -r "$ADAPTERS/wit/deps/." "$WIT/deps/"
cp "$ROOT/wit/interpreter.wit" "$WIT/deps/sandbox-interpreter/"
fetch_wasi_http_wit "$WIT/deps/http/http.wit"

# --- compile ----------------------------------------------------------------
CFLAGS=(--target=wasm32-wasi -O2 -std=gnu11 -Wall -Wextra -Wno-unused-parameter
    -ffunction-sections -fdata-sections
    "-ffile-prefix-map=$ADAPTERS=adapters" "-ffile-prefix-map=$WORK=build" "-ffile-prefix-map=$ROOT=.")
LDFLAGS=(-mexec-model=reactor -Wl,--gc-sections -Wl,--strip-all)

# build_adapter WORLD SOURCE...: a component of the adapters' WORLD.
build_adapter() {
    local world=$1
    shift
    local name=${world//-/_}
    local out="$WORK/$world"
    mkdir -p "$out"
    wit-bindgen c "$WIT" --world "$world" --out-dir "$out" >"$out/bindgen.log" 2>&1 || { cat "$out/bindgen.log"; exit 1; }
    clang-19 "${CFLAGS[@]}" "${LDFLAGS[@]}" -I"$out" -I"$ADAPTERS/common" -I"$ROOT/guest-micropython" \
        "-DADAPTER_BINDINGS=\"$name.h\"" "-DADAPTER_LIST_U8=${name}_list_u8_t" \
        "$@" "$out/$name.c" "$out/${name}_component_type.o" -o "$out/core.wasm"
    # Only canonical-ABI imports: no preview1 adapter in between.
    if wasm-tools print "$out/core.wasm" | grep -q 'wasi_snapshot_preview1'; then
        echo "adapter $world imports wasi_snapshot_preview1; it must use only WASI 0.2 bindings" >&2
        exit 1
    fi
    wasm-tools component new "$out/core.wasm" -o "$WORK/$world.wasm"
    wasm-tools validate --features all "$WORK/$world.wasm"
}

build_adapter grants-none "$ADAPTERS/grants-none/grants_none.c"
build_adapter no-files "$ADAPTERS/no-files/no_files.c"
build_adapter cli "$ADAPTERS/cli/cli.c" "$ADAPTERS/common/text.c" "$ADAPTERS/common/streams.c"
build_adapter http "$ADAPTERS/http/http.c" "$ADAPTERS/http/json.c" "$ADAPTERS/common/text.c" "$ADAPTERS/common/streams.c"

# --- compose ----------------------------------------------------------------
OUT="$DIST"
[ $CHECK = 1 ] && OUT="$WORK/dist"
mkdir -p "$OUT"

# The interpreter's `host` import satisfied by grants-none; the result
# imports WASI only.
wasm-tools compose "$INTERPRETER" -d "$WORK/grants-none.wasm" -o "$WORK/interpreter-grants-none.wasm" >/dev/null
cp "$WORK/interpreter-grants-none.wasm" "$OUT/interpreter-grants-none.wasm"
wasm-tools compose "$WORK/cli.wasm" -d "$WORK/interpreter-grants-none.wasm" -o "$OUT/mpsandbox-cli.wasm" >/dev/null
# The HTTP handler's interpreter also gets a filesystem with no directory, so
# the result imports only what wasi:http/proxy offers (checked below).
wasm-tools compose "$WORK/interpreter-grants-none.wasm" -d "$WORK/no-files.wasm" -o "$WORK/interpreter-no-files.wasm" >/dev/null
wasm-tools compose "$WORK/http.wasm" -d "$WORK/interpreter-no-files.wasm" -o "$OUT/mpsandbox-http.wasm" >/dev/null
if ! wasm-tools component targets "$WIT" "$OUT/mpsandbox-http.wasm" --world wasi:http/proxy@0.2.0 >/dev/null 2>"$WORK/targets.log"; then
    cat "$WORK/targets.log" >&2
    echo "mpsandbox-http.wasm is not a wasi:http/proxy component" >&2
    exit 1
fi

status=0
for f in interpreter-grants-none mpsandbox-cli mpsandbox-http; do
    wasm-tools validate --features all "$OUT/$f.wasm"
    # Nothing of sandbox:interpreter is left to import.
    if wasm-tools component wit "$OUT/$f.wasm" | grep -q 'import sandbox:interpreter'; then
        echo "$f.wasm still imports sandbox:interpreter" >&2
        exit 1
    fi
    echo "$f.wasm: $(stat -c %s "$OUT/$f.wasm") bytes, sha256 $(sha256sum "$OUT/$f.wasm" | cut -d' ' -f1)"
    if [ $CHECK = 1 ]; then
        if cmp -s "$OUT/$f.wasm" "$DIST/$f.wasm"; then
            echo "  reproducible: byte-identical to adapters/dist/$f.wasm"
        else
            echo "MISMATCH: adapters/dist/$f.wasm differs from its rebuild" >&2
            status=1
        fi
    fi
done
exit $status
