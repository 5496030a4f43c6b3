#!/usr/bin/env bash
# The project's test command (the README names it): every suite, optimized
# (the wasm compiler is slow in debug builds) but without LTO, which only
# slows linking the many test binaries (see Cargo.toml); then the Python
# package, installed into a fresh venv and tested there, and the JavaScript
# package under Node and headless Chromium. Arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The conformance suite also drives the stock wasmtime CLI (the version the
# host links) on the composed adapters; installed once if missing.
. scripts/lib/toolchain.sh
ensure_wasmtime_cli
# The replica tests (MCP with a shared session store, wasmtime serve, Ray) run
# Redis and HAProxy in loopback-only network namespaces they make (`ip` brings
# their loopback up). The S3 store is tested on moto's server, which the tests
# pip-install into target/moto-venv when missing (as the MCP SDK into
# target/mcp-venv: host/cli/tests/common/venv.rs).
ensure_apt_packages redis-server haproxy iproute2
# The Python extension is tested through pytest (a cdylib for the Python
# interpreter, which `cargo test` cannot link on its own).
cargo test --profile test-release --workspace --exclude mpsandbox-python "$@"
# The module list in docs/compatibility.md must be the component's.
python3 scripts/modules-table.py --mpsandbox target/test-release/mpsandbox --check
scripts/test-python.sh
scripts/test-js.sh
