#!/usr/bin/env bash
# Makes target/ray-venv: Ray and pytest from PyPI at pinned versions
# (installed only when missing or at another version, timed), and this
# checkout's mpsandbox wheel (reinstalled only when the wheel changed).
# The wheel: $MPSANDBOX_WHEEL if set, else built with maturin (through pip)
# into target/wheels with the cargo profile scripts/test-python.sh uses, so
# right after that script the cargo build is already done.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
VENV=target/ray-venv
PYTHON=${PYTHON:-python3}
RAY_VERSION=2.60.0
PYTEST_VERSION=9.2.0

. scripts/lib/toolchain.sh  # log, ensure_apt_packages
since() { awk -v s="$1" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.1f", e - s }'; }

pinned() {
    "$VENV/bin/python" - "$RAY_VERSION" "$PYTEST_VERSION" 2>/dev/null <<'PY'
import importlib.metadata as m, sys
sys.exit(0 if (m.version("ray"), m.version("pytest")) == tuple(sys.argv[1:]) else 1)
PY
}

if ! { [ -x "$VENV/bin/python" ] && pinned; }; then
    command -v "$PYTHON" >/dev/null || ensure_apt_packages python3
    "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || ensure_apt_packages python3-venv
    start=$EPOCHREALTIME
    "$PYTHON" -m venv --clear "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        "ray==$RAY_VERSION" "pytest==$PYTEST_VERSION"
    log "installed ray $RAY_VERSION and pytest $PYTEST_VERSION in $(since "$start") s"
fi

wheel=${MPSANDBOX_WHEEL:-}
if [ -z "$wheel" ]; then
    log "building the mpsandbox wheel (a no-op cargo build after scripts/test-python.sh; minutes from scratch)"
    start=$EPOCHREALTIME
    rm -f target/wheels/mpsandbox-*.whl
    MATURIN_PEP517_ARGS="--profile ${MPSANDBOX_WHEEL_PROFILE:-test-release}" \
        "$VENV/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps \
        --wheel-dir target/wheels ./python
    wheel=$(ls target/wheels/mpsandbox-*.whl)
    log "built $wheel in $(since "$start") s"
fi
[ -f "$wheel" ] || { log "no mpsandbox wheel at $wheel"; exit 2; }
digest=$(sha256sum "$wheel" | cut -d' ' -f1)
if [ "$(cat "$VENV/mpsandbox-wheel.sha256" 2>/dev/null)" != "$digest" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$wheel"
    echo "$digest" >"$VENV/mpsandbox-wheel.sha256"
    log "installed $wheel into $VENV"
fi
