#!/usr/bin/env bash
# The project's test command (the README names it): every suite, optimized
# (the wasm compiler is slow in debug builds) but without LTO, which only
# slows linking the many test binaries (see Cargo.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
# The conformance suite also drives the stock wasmtime CLI (the version the
# host links) on the composed adapters; installed once if missing.
. scripts/lib/toolchain.sh
ensure_wasmtime_cli
exec cargo test --profile test-release --workspace "$@"
