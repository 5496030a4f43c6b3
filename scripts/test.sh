#!/usr/bin/env bash
# The project's test command (the README names it): every suite, optimized
# (the wasm compiler is slow in debug builds) but without LTO, which only
# slows linking the many test binaries (see Cargo.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --profile test-release --workspace "$@"
