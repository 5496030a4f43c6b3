# Sourced by the multi-process tests (tests/mcp/replicas.sh,
# tests/http/replicas.sh): a loopback-only network and PID namespace of their
# own, so their servers and balancers never touch the machine's network and
# all die with the script.

# Re-runs the calling script (its "$0" "$@") inside new network, PID and
# mount namespaces, bounded to 180 s, and brings loopback up there.
enter_loopback_namespace() {
    if [ -z "${MPS_IN_NETNS:-}" ]; then
        exec env MPS_IN_NETNS=1 timeout 180 unshare --net --pid --fork --mount-proc "$@"
    fi
    ip link set lo up
}

# wait_port PORT [SECONDS]: waits (10 s unless told) until something
# listens on 127.0.0.1:PORT.
wait_port() {
    for _ in $(seq $((${2:-10} * 20))); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "nothing listens on port $1" >&2
    return 1
}

# start_balancer WORK PORT BACKEND_PORT... : HAProxy on 127.0.0.1:PORT,
# round robin over the backends, logging to WORK/haproxy.log. Plain TCP
# checks: a killed replica leaves the rotation within ~0.2 s, a request sent
# to it meanwhile is retried on another one, and HAProxy's default HTTP check
# (HTTP/1.0 without a Host header) would get a 500 from wasmtime serve. Each
# response says which replica answered (x-served-by).
start_balancer() {
    local work=$1 port=$2 servers="" i=0
    shift 2
    for backend in "$@"; do
        i=$((i + 1))
        servers+="    server r$i 127.0.0.1:$backend check inter 100ms fall 1 rise 2
"
    done
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
frontend front
    bind 127.0.0.1:$port
    default_backend replicas
backend replicas
    balance roundrobin
    http-response set-header x-served-by %s
$servers
CFG
    haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
    wait_port "$port" 20
}
