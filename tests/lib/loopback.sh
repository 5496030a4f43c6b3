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
