#!/usr/bin/env bash
# Runs a command inside new network, PID and mount namespaces that this script
# makes: the only network interface is loopback (brought up here), /tmp and
# /dev/shm are private tmpfs mounts (Ray's session files and object store),
# and every process the command leaves behind dies with the namespace.
# Ray needs this to stay on loopback: otherwise it advertises the machine's
# other addresses and probes public resolvers to learn its own address.
#   in-loopback-ns.sh COMMAND [ARGS...]
set -euo pipefail
if [ "${RAY_EVAL_LOOPBACK_NS:-}" != 1 ]; then
    # --kill-child: if unshare itself is killed (a timeout), the namespace's
    # first process is killed too, and with it everything inside.
    args=(--net --pid --fork --mount-proc --kill-child)
    # Without root, a user namespace gives the rights to set these up.
    [ "$(id -u)" = 0 ] || args+=(--user --map-root-user)
    RAY_EVAL_LOOPBACK_NS=1 exec unshare "${args[@]}" -- "$0" "$@"
fi
ip link set lo up
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=1777 tmpfs /dev/shm
# Not exec: this shell stays PID 1 of the namespace, so it reaps the daemons
# `ray start` leaves (a PID 1 that never waits would keep them as zombies,
# and `ray stop` would wait on them).
"$@"
