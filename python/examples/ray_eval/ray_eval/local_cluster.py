"""A Ray cluster of several nodes on this machine, for the tests and the bench,
started with the ``ray start`` commands an operator types (a head, then
``ray start --address=...`` for each further node) and stopped with
``ray stop``.

It runs only inside a loopback-only network namespace of its own (see
``in-loopback-ns.sh``): outside one, Ray advertises the machine's other
addresses and probes public resolvers to find its own, and ``ray stop``
would stop every Ray process the user can see, not only this cluster's.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

# Set by in-loopback-ns.sh inside the namespaces it made (network, PID, mount).
NAMESPACE_MARK = "RAY_EVAL_LOOPBACK_NS"


class NotIsolated(RuntimeError):
    """Refused to start Ray outside a loopback-only namespace."""


def check_isolated() -> None:
    """Raises ``NotIsolated`` unless this process is in the namespaces
    in-loopback-ns.sh makes, with no network interface but loopback."""
    if os.environ.get(NAMESPACE_MARK) != "1":
        raise NotIsolated(f"run inside in-loopback-ns.sh ({NAMESPACE_MARK}=1 is not set)")
    others = [name for _, name in socket.if_nameindex() if name != "lo"]
    if others:
        raise NotIsolated(f"network interfaces other than loopback are visible: {', '.join(others)}")


class LocalCluster:
    """Nodes of ``cpus_per_node`` CPUs each, all on 127.0.0.1."""

    def __init__(self, *, port: int = 6379, cpus_per_node: int = 1, object_store_mb: int = 128) -> None:
        check_isolated()
        self.address = f"127.0.0.1:{port}"
        self.port = port
        self.cpus_per_node = cpus_per_node
        self.object_store_bytes = object_store_mb << 20
        self.nodes = 0
        self.ray = str(Path(sys.executable).with_name("ray"))
        # No usage report, no dashboard: nothing that wants more than loopback.
        self.env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")

    def _ray(self, *args: str, timeout: float = 120.0) -> None:
        result = subprocess.run([self.ray, *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"ray {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")

    def _node_args(self) -> list[str]:
        return [
            "--node-ip-address=127.0.0.1",
            f"--num-cpus={self.cpus_per_node}",
            f"--object-store-memory={self.object_store_bytes}",
            "--disable-usage-stats",
        ]

    def start_head(self) -> None:
        self._ray("start", "--head", f"--port={self.port}", "--include-dashboard=false", *self._node_args())
        self.nodes = 1

    def add_node(self) -> None:
        self._ray("start", f"--address={self.address}", *self._node_args())
        self.nodes += 1

    def wait_for_nodes(self, count: int, timeout: float = 60.0) -> list[dict]:
        """The alive nodes once ``count`` have joined (the driver must be
        connected: ``ray.init(address=cluster.address)``)."""
        import ray

        deadline = time.monotonic() + timeout
        while True:
            alive = [node for node in ray.nodes() if node["Alive"]]
            if len(alive) >= count:
                return alive
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(alive)} of {count} Ray nodes alive after {timeout} s")
            time.sleep(0.2)

    def stop(self) -> None:
        """``ray stop``: every Ray process in this PID namespace (so only this
        cluster's; whatever outlives it dies with the namespace)."""
        self._ray("stop", timeout=60.0)
        self.nodes = 0

    def __enter__(self) -> LocalCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
