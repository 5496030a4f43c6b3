"""The two-node cluster the Ray tests share: started once per run with
`ray start --head` and `ray start --address=...` (only inside the loopback-only
namespace run-tests.sh makes), stopped with `ray stop` at the end, which
must leave no Ray process behind."""

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # programs.py

PACKAGE = HERE.parent / "ray_eval"


def ray_processes() -> list[str]:
    """Command lines of the Ray daemons visible here (this PID namespace)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and any(name in cmdline for name in ("raylet", "gcs_server", "default_worker.py")):
            found.append(f"{pid}: {cmdline[:120]}")
    return found


@pytest.fixture(scope="session")
def cluster():
    import ray
    from ray_eval.local_cluster import LocalCluster

    local = LocalCluster(cpus_per_node=1)
    try:
        local.start_head()
        local.add_node()
        # The package reaches the workers the way it would on a real cluster:
        # Ray ships it (mpsandbox itself is installed on every node).
        ray.init(address=local.address, runtime_env={"py_modules": [str(PACKAGE)]}, log_to_driver=False)
        local.wait_for_nodes(2)
        yield local
    finally:
        ray.shutdown()
        local.stop()
    left = ray_processes()
    assert not left, "ray stop left processes:\n" + "\n".join(left)
