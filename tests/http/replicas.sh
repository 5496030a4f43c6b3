#!/usr/bin/env bash
# Stateless replicas of the proxy-world HTTP component: three `wasmtime
# serve` processes behind HAProxy (round robin), inside a loopback-only
# network and PID namespace of their own. load.py sends a bounded load,
# kills one replica in the middle of it, and reports what happened. Run by
# host/cli/tests/conformance_wasmtime.rs.
#   replicas.sh WASMTIME COMPONENT PYTHON
set -euo pipefail
. "$(dirname "$0")/../lib/loopback.sh"
enter_loopback_namespace "$0" "$@"
wasmtime=$1 component=$2 python=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pids=()
for i in 1 2 3; do
    # No -S cli: the component is a pure wasi:http/proxy one.
    "$wasmtime" serve --addr "127.0.0.1:820$i" -W timeout=10s "$component" 2> "$work/replica$i.log" &
    pids+=($!)
done
# wasmtime serve compiles the component before it listens.
for i in 1 2 3; do wait_port "820$i" 20; done
start_balancer "$work" 8200 8201 8202 8203
"$python" "$here/load.py" http://127.0.0.1:8200 "${pids[1]}"
