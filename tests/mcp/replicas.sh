#!/usr/bin/env bash
# Three `mpsandbox mcp --http` replicas sharing a Redis session store behind
# HAProxy (round robin), inside a loopback-only network and PID namespace of
# their own (everything in it dies with this script). drive.py's `replicas`
# mode holds a conversation through the balancer and kills replicas in the
# middle of it. Run by host/cli/tests/mcp_replicas.rs.
#   replicas.sh MPSANDBOX_BINARY PYTHON_WITH_MCP_SDK [drive.py mode [ARGS...]]
# REPLICAS=N (default 3) replicas; STORE=0 runs them without the store (for
# the bench's reference: each is then a separate server).
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
redis-server --port 6390 --bind 127.0.0.1 --save '' --appendonly no > "$work/redis.log" 2>&1 &
wait_port 6390
store=(--session-store redis://127.0.0.1:6390/0)
[ "${STORE:-1}" = 0 ] && store=()
pids=()
servers=""
for i in $(seq "$replicas"); do
    MPSANDBOX_SNAPSHOT_KEY_FILE="$work/key" "$bin" mcp --http "127.0.0.1:810$i" --max-sessions 64 \
        "${store[@]}" 2> "$work/replica$i.log" &
    pids+=($!)
    servers+="    server r$i 127.0.0.1:810$i check inter 100ms fall 1 rise 2
"
done
for i in $(seq "$replicas"); do wait_port "810$i"; done
cat > "$work/haproxy.cfg" <<CFG
global
    maxconn 256
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
frontend mcp
    bind 127.0.0.1:8100
    default_backend replicas
backend replicas
    balance roundrobin
    # TCP checks: a killed replica leaves the rotation within ~0.2 s, and
    # a request sent to it meanwhile is retried on another one.
$servers
CFG
haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
wait_port 8100
if [ "$mode" = bench ]; then
    "$python" "$here/drive.py" bench http://127.0.0.1:8100/mcp "$@"
else
    "$python" "$here/drive.py" "$mode" http://127.0.0.1:8100/mcp "${pids[@]}"
fi
