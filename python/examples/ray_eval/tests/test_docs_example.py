"""docs/ray.md's example runs as written, as a separate driver program
connecting to the running two-node cluster (`address="auto"`)."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import ray

DOC = Path(__file__).resolve().parents[4] / "docs/ray.md"


def test_the_docs_example_runs_as_written(cluster):
    block = re.search(r"```python\n(.*?)```", DOC.read_text(), re.DOTALL).group(1)
    # The example starts a worker per CPU: wait until the earlier tests'
    # workers (killed, which Ray carries out asynchronously) gave theirs back.
    deadline = time.monotonic() + 30
    while ray.available_resources().get("CPU") != 2:
        assert time.monotonic() < deadline, ray.available_resources()
        time.sleep(0.2)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run([sys.executable, "-c", block], capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.startswith("program: ModuleNotFoundError: socket is not available in the mpsandbox sandbox")
