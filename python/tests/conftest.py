"""Fixtures shared by the test modules: a python with the official MCP SDK,
to run the test tool server (tests/mcp/tool_server.py) the Rust tests use."""

import fcntl
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Pinned as in host/cli/tests/common/mod.rs (MCP_SDK), whose venv this shares.
MCP_SDK = ("mcp", "2.3.0")


@pytest.fixture(scope="session")
def mcp_python():
    """target/mcp-venv's python, the venv made (or remade at the pinned
    version) when the Rust tests have not made it already."""
    venv = ROOT / "target/mcp-venv"
    python = venv / "bin/python"
    name, version = MCP_SDK
    check = f"import importlib.metadata as m; assert m.version({name!r}) == {version!r}"

    def ready():
        return python.exists() and subprocess.run([python, "-c", check], capture_output=True).returncode == 0

    venv.parent.mkdir(parents=True, exist_ok=True)
    # Another test process (or a second pytest) may be making it too.
    with open(venv.parent / "mcp-venv.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ready():
            subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True)
            pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{name}=={version}"]
            subprocess.run(pip, check=True)
            assert ready(), f"{name}=={version} did not install into {venv}"
    return python


@pytest.fixture(scope="session")
def tool_server_script():
    """The test tool server: `tool_server.py stdio` or `tool_server.py http PORT`."""
    return ROOT / "tests/mcp/tool_server.py"


@pytest.fixture(scope="session")
def tracker_command(mcp_python, tool_server_script):
    """The argv of the test tool server, speaking MCP on stdio."""
    return [str(mcp_python), str(tool_server_script), "stdio"]
