#!/usr/bin/env bash
# The Python package's tests, as a user gets it: `pip install ./python` into
# a fresh venv (pip runs maturin, which builds the extension with cargo),
# then pytest against the installed package, from outside the source tree.
# MPSANDBOX_WHEEL_PROFILE picks the cargo profile (default test-release, the
# one scripts/test.sh builds, so the wasmtime build is shared; a user's
# `pip install` builds `release`).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=target/python-venv
PYTHON=${PYTHON:-python3}
PYTEST_VERSION=9.2.0
# The outcome contract is checked with a well-kept JSON Schema validator.
JSONSCHEMA_VERSION=4.26.0

. scripts/lib/toolchain.sh
command -v "$PYTHON" >/dev/null || ensure_apt_packages python3
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || ensure_apt_packages python3-venv
"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pytest==$PYTEST_VERSION" "jsonschema==$JSONSCHEMA_VERSION"
MATURIN_PEP517_ARGS="--profile ${MPSANDBOX_WHEEL_PROFILE:-test-release}" \
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check ./python
cd "$VENV"
exec "$ROOT/$VENV/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/python/tests" "$@"
