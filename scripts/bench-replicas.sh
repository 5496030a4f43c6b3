#!/usr/bin/env bash
# The MCP server's session store, measured (issue 30): session calls through
# HAProxy with 4 concurrent clients for 5 s each, in a loopback-only network
# namespace (tests/mcp/replicas.sh):
#   reference   1 replica, sessions in the process
#   store/1     1 replica, sessions in Redis (every call writes the session's image)
#   store/3     3 replicas, sessions in Redis (round robin: most calls restore on another replica)
#   s3/1        1 replica, sessions in S3 (moto's server: a Python process, so
#               this row measures the S3 code path over moto, not AWS's latency)
# Prints each row and its ratio to the reference. Needs redis-server and
# haproxy (scripts/test.sh installs them) and target/mcp-venv and
# target/moto-venv (the tests make them).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release -p mpsandbox-cli
bin=$PWD/target/release/mpsandbox
python=$PWD/target/mcp-venv/bin/python
moto=$PWD/target/moto-venv/bin/moto_server
[ -x "$moto" ] || { echo "no $moto: run cargo test -p mpsandbox-cli --test mcp_replicas once" >&2; exit 1; }
row() { env "$@" tests/mcp/replicas.sh "$bin" "$python" bench 4 5 | tail -1; }
ref=$(row REPLICAS=1 STORE=0)
one=$(row REPLICAS=1 STORE=redis)
three=$(row REPLICAS=3 STORE=redis)
s3=$(row REPLICAS=1 STORE=s3 MOTO_SERVER="$moto")
python3 - "$ref" "$one" "$three" "$s3" <<'PY'
import json, sys
ref, one, three, s3 = (json.loads(a) for a in sys.argv[1:])
print(f"{'':30}{'calls/s':>10}{'median ms':>11}{'vs ref':>9}")
for name, r in [("reference (in process)", ref), ("Redis store, 1 replica", one), ("Redis store, 3 replicas", three),
                ("S3 store (moto), 1 replica", s3)]:
    print(f"{name:30}{r['calls_per_s']:>10}{r['median_ms']:>11}{r['calls_per_s'] / ref['calls_per_s']:>8.2f}x")
print(f"added latency per call with the store: {one['median_ms'] - ref['median_ms']:.2f} ms (Redis, 1 replica), "
      f"{three['median_ms'] - ref['median_ms']:.2f} ms (Redis, 3 replicas), "
      f"{s3['median_ms'] - ref['median_ms']:.2f} ms (S3 on moto, 1 replica)")
PY
