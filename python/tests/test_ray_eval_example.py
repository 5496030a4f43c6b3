"""Runs the Ray batch-evaluation example's own tests
(python/examples/ray_eval/run-tests.sh): Ray from PyPI in target/ray-venv with
this checkout's wheel, a two-node cluster in a loopback-only network namespace
the script makes, every verdict scored on it, a crashed worker restarted.
Its pytest runs apart from this one because Ray lives in its own venv."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "python/examples/ray_eval/run-tests.sh"


def test_ray_eval_example_passes_on_a_two_node_cluster():
    # run-tests.sh bounds itself (600 s); this is the backstop.
    result = subprocess.run([SCRIPT], capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)
    output = result.stdout + result.stderr
    print(output[-3000:])
    assert result.returncode == 0, output[-8000:]
    summary = re.search(r"^(\d+) passed(?:, .*)? in [\d.]+s", result.stdout, re.MULTILINE)
    assert summary, output[-3000:]
    # Nothing skipped, deselected or failed: every test of the example ran.
    assert summary.group(0).startswith(f"{summary.group(1)} passed in "), summary.group(0)
