#!/usr/bin/env bash
# The JavaScript package's tests: installs Node >= 24 and Debian's Chromium
# when missing, installs the package's locked dependencies, transpiles the
# committed component with jco, then runs every node:test suite (API,
# conformance, CLI, and the demo page in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/toolchain.sh
ensure_node
ensure_apt_packages chromium
command -v npm >/dev/null || ensure_apt_packages npm
cd js
# npm runs scripts and bins with the Node first on PATH: make it the new one.
export PATH="$(dirname "$NODE"):$PATH"
npm ci --silent --no-audit --no-fund
npm run --silent build
exec "$NODE" --test test/*.test.js "$@"
