#!/usr/bin/env bash
# Three `mpsandbox mcp --http` replicas sharing a session store behind
# HAProxy (round robin), inside a loopback-only network and PID namespace of
# their own (everything in it dies with this script). drive.py's `replicas`
# mode holds a conversation through the balancer and kills replicas in the
# middle of it. Run by host/cli/tests/mcp_replicas.rs.
#   replicas.sh MPSANDBOX_BINARY PYTHON_WITH_MCP_SDK [drive.py mode [ARGS...]]
# REPLICAS=N (default 3) replicas; STORE=redis (the default: a redis-server)
# or STORE=s3 (moto's S3 server, MOTO_SERVER=path of its moto_server script)
# or STORE=0, without a store (for the bench's reference: each replica is
# then a separate server).
set -euo pipefail
. "$(dirname "$0")/../lib/loopback.sh"
enter_loopback_namespace "$0" "$@"
bin=$1 python=$2 mode=${3:-replicas}
shift 3 || shift $#
replicas=${REPLICAS:-3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

head -c 32 /dev/urandom > "$work/key"
case "${STORE:-redis}" in
    redis | 1)
        redis-server --port 6390 --bind 127.0.0.1 --save '' --appendonly no > "$work/redis.log" 2>&1 &
        wait_port 6390
        store=(--session-store redis://127.0.0.1:6390/0)
        ;;
    s3)
        "${MOTO_SERVER:?MOTO_SERVER: the path of moto_server}" -H 127.0.0.1 -p 6391 > "$work/moto.log" 2>&1 &
        wait_port 6391 20
        # moto takes any credentials (it does not check signatures) but
        # refuses anonymous requests; the replicas sign as for AWS.
        export AWS_ACCESS_KEY_ID=mpsandbox-test AWS_SECRET_ACCESS_KEY=mpsandbox-test-secret
        "$(dirname "$MOTO_SERVER")/python" - <<'PY'
import urllib.request as u
auth = "AWS4-HMAC-SHA256 Credential=mpsandbox-test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0"
u.urlopen(u.Request("http://127.0.0.1:6391/sessions", method="PUT", headers={"Authorization": auth}))
PY
        store=(--session-store "s3://sessions/mcp?endpoint=http://127.0.0.1:6391&region=us-east-1")
        ;;
    0) store=() ;;
    *) echo "STORE=$STORE: use redis, s3 or 0" >&2; exit 2 ;;
esac
pids=()
ports=()
for i in $(seq "$replicas"); do
    MPSANDBOX_SNAPSHOT_KEY_FILE="$work/key" "$bin" mcp --http "127.0.0.1:810$i" --max-sessions 64 \
        "${store[@]}" 2> "$work/replica$i.log" &
    pids+=($!)
    ports+=("810$i")
done
for i in $(seq "$replicas"); do wait_port "810$i"; done
start_balancer "$work" 8100 "${ports[@]}"
if [ "$mode" = bench ]; then
    "$python" "$here/drive.py" bench http://127.0.0.1:8100/mcp "$@"
else
    "$python" "$here/drive.py" "$mode" http://127.0.0.1:8100/mcp "${pids[@]}"
fi
