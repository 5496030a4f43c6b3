#!/usr/bin/env bash
# The MCP server's session store, measured (issue 30): session calls through
# HAProxy with 4 concurrent clients for 5 s each, in a loopback-only network
# namespace (tests/mcp/replicas.sh):
#   reference   1 replica, sessions in the process
#   store/1     1 replica, sessions in Redis (every call writes the session's image)
#   store/3     3 replicas, sessions in Redis (round robin: most calls restore on another replica)
# Prints each row and its ratio to the reference. Needs redis-server and
# haproxy (scripts/test.sh installs them) and target/mcp-venv (the tests make it).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release -p mpsandbox-cli
bin=$PWD/target/release/mpsandbox
python=$PWD/target/mcp-venv/bin/python
row() { env "$@" tests/mcp/replicas.sh "$bin" "$python" bench 4 5 | tail -1; }
ref=$(row REPLICAS=1 STORE=0)
one=$(row REPLICAS=1 STORE=1)
three=$(row REPLICAS=3 STORE=1)
python3 - "$ref" "$one" "$three" <<'PY'
import json, sys
ref, one, three = (json.loads(a) for a in sys.argv[1:])
print(f"{'':28}{'calls/s':>10}{'median ms':>11}{'vs ref':>9}")
for name, r in [("reference (in process)", ref), ("store, 1 replica", one), ("store, 3 replicas", three)]:
    print(f"{name:28}{r['calls_per_s']:>10}{r['median_ms']:>11}{r['calls_per_s'] / ref['calls_per_s']:>8.2f}x")
print(f"added latency per call with the store: {one['median_ms'] - ref['median_ms']:.2f} ms (1 replica), "
      f"{three['median_ms'] - ref['median_ms']:.2f} ms (3 replicas)")
PY
