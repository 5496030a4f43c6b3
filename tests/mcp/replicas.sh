#!/usr/bin/env bash
# Three `mpsandbox mcp --http` replicas sharing a Redis session store behind
# HAProxy (round robin), inside a loopback-only network and PID namespace of
# their own (everything in it dies with this script). drive.py's `replicas`
# mode holds a conversation through the balancer and kills replicas in the
# middle of it. Run by host/cli/tests/mcp_replicas.rs.
#   replicas.sh MPSANDBOX_BINARY PYTHON_WITH_MCP_SDK [drive.py mode]
set -euo pipefail
if [ -z "${MPS_IN_NETNS:-}" ]; then
    exec env MPS_IN_NETNS=1 timeout 180 unshare --net --pid --fork --mount-proc "$0" "$@"
fi
ip link set lo up
bin=$1 python=$2 mode=${3:-replicas}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wait_port() {
    for _ in $(seq 200); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "nothing listens on port $1" >&2
    return 1
}

head -c 32 /dev/urandom > "$work/key"
redis-server --port 6390 --bind 127.0.0.1 --save '' --appendonly no > "$work/redis.log" 2>&1 &
wait_port 6390
pids=()
for i in 1 2 3; do
    MPSANDBOX_SNAPSHOT_KEY_FILE="$work/key" "$bin" mcp --http "127.0.0.1:810$i" \
        --session-store redis://127.0.0.1:6390/0 2> "$work/replica$i.log" &
    pids+=($!)
done
for i in 1 2 3; do wait_port "810$i"; done
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
    server r1 127.0.0.1:8101 check inter 100ms fall 1 rise 2
    server r2 127.0.0.1:8102 check inter 100ms fall 1 rise 2
    server r3 127.0.0.1:8103 check inter 100ms fall 1 rise 2
CFG
haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
wait_port 8100
"$python" "$here/drive.py" "$mode" http://127.0.0.1:8100/mcp "${pids[@]}"
