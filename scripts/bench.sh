#!/usr/bin/env bash
# Runs every benchmark row of the performance issue against its reference,
# measured in the same run, and writes bench-results.json plus a table.
#
#   scripts/bench.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
NATIVE=$(scripts/build-native.sh)
cargo build --release -q --bin mpsandbox --example bench
exec python3 scripts/bench/run.py "$NATIVE" target/release/mpsandbox target/release/examples/bench
