#!/usr/bin/env bash
# The project's test command (the README names it): every suite, release
# build (the wasm compiler is slow in debug builds).
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --release --workspace "$@"
